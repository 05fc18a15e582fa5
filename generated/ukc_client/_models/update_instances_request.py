"""Of ``ukc_client.models``: UpdateInstancesRequest.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import attrs

from .._wire import count_present, exactly_one_of_message, unknown_fields_key, unknown_fields_repr
from ..errors import ConstraintError
from ..types import UNSET, Unset
from .update_instance_property import UpdateInstanceProperty
from .update_operation import UpdateOperation


@attrs.define(kw_only=True)
class UpdateInstancesRequest:
    """The request body of ``update_instances``."""

    prop: UpdateInstanceProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform on the property."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance to update. Mutually exclusive with name. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance to update. Mutually exclusive with UUID. ``UNSET`` (the default)
    leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("UpdateInstancesRequest", (("uuid",), ("name",)))
            )
