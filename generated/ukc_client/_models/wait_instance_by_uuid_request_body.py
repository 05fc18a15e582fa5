"""Of ``ukc_client.models``: WaitInstanceByUUIDRequestBody.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset
from .instance_state import InstanceState


@attrs.define(kw_only=True)
class WaitInstanceByUUIDRequestBody:
    """The request body of ``wait_instance_by_uuid``."""

    timeout_ms: int | Unset = UNSET
    """Timeout in milliseconds to wait for the instance to reach the desired state. If the timeout
    is reached, the request will fail with an error. A value of -1 means to wait indefinitely
    until the instance reaches the desired state. ``UNSET`` (the default) leaves it out of the
    JSON."""

    state: InstanceState | Unset = UNSET
    """The state to wait for. ``UNSET`` (the default) leaves it out of the JSON."""

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
