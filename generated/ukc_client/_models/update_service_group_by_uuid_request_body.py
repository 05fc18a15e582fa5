"""Of ``ukc_client.models``: UpdateServiceGroupByUUIDRequestBody.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset
from .update_operation import UpdateOperation
from .update_service_group_property import UpdateServiceGroupProperty


@attrs.define(kw_only=True)
class UpdateServiceGroupByUUIDRequestBody:
    """The request body of ``update_service_group_by_uuid``."""

    prop: UpdateServiceGroupProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation:

    - For "services": array of Service objects
    - For "domains": array of Domain objects
    - For "soft_limit": integer (1–65535), must be <= "hard_limit"
    - For "hard_limit": integer (1–65535), must be >= "soft_limit". ``UNSET`` (the default)
    leaves it out of the JSON."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields of the JSON this client does not know, sent back unchanged."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value
