"""Of ``ukc_client.models``: StopInstancesRequestID.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import attrs

from .._wire import at_least_one_of_message, count_present, unknown_fields_key, unknown_fields_repr
from ..errors import ConstraintError
from ..types import UNSET, Unset


@attrs.define(kw_only=True)
class StopInstancesRequestID:
    """An item of the request body of ``stop_instances``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance to stop. Mutually exclusive with name. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance to stop. Mutually exclusive with UUID. ``UNSET`` (the default)
    leaves it out of the JSON."""

    force: bool | Unset = UNSET
    """Whether to immediately force stop the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    drain_timeout_ms: int | Unset = UNSET
    """Timeout for draining connections in milliseconds. The instance does not receive new
    connections in the draining phase. The instance is stopped when the last connection has been
    closed or the timeout expired. The maximum timeout may vary. Use -1 for the largest possible
    value.

    Note: This endpoint does not block. Use the wait endpoint for the instance to reach the
    stopped state. ``UNSET`` (the default) leaves it out of the JSON."""

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
        named = (
            (self.uuid,),
            (self.name,),
        )
        if not count_present(named):
            raise ConstraintError(
                at_least_one_of_message("StopInstancesRequestID", (("uuid",), ("name",)))
            )
