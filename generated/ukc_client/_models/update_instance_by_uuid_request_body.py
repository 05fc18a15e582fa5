"""Of ``ukc_client.models``: UpdateInstanceByUUIDRequestBody.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset
from .update_instance_property import UpdateInstanceProperty
from .update_operation import UpdateOperation


@attrs.define(kw_only=True)
class UpdateInstanceByUUIDRequestBody:
    """The request body of ``update_instance_by_uuid``."""

    prop: UpdateInstanceProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform on the property."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation. The type depends on the property and operation:

    - For "image": string
    - For "args": string or array of strings
    - For "env": object (for SET/ADD) or string/array of strings (for DEL)
    - For "memory_mb": integer
    - For "vcpus": integer
    - For "scale_to_zero": object with cooldown_time_ms, policy, and stateful fields
    - For "tags": array of strings
    - For "delete_lock": boolean. ``UNSET`` (the default) leaves it out of the JSON."""

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
