"""Of ``ukc_client.models``: UpdateServiceGroupsRequestItem.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import attrs

from .._wire import count_present, exactly_one_of_message, unknown_fields_key, unknown_fields_repr
from ..errors import ConstraintError
from ..types import UNSET, Unset
from .update_operation import UpdateOperation
from .update_service_group_property import UpdateServiceGroupProperty


@attrs.define(kw_only=True)
class UpdateServiceGroupsRequestItem:
    """An item of the request body of ``update_service_groups``."""

    prop: UpdateServiceGroupProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    uuid: UUID | Unset = UNSET
    """The UUID of the service group to update. Mutually exclusive with name. ``UNSET`` (the
    default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the service group to update. Mutually exclusive with UUID. ``UNSET`` (the
    default) leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("UpdateServiceGroupsRequestItem", (("uuid",), ("name",)))
            )
