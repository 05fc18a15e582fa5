"""Of ``ukc_client.models``: InstanceScaleToZeroPolicy, InstanceScaleToZero.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, OpenEnum, Unset


class InstanceScaleToZeroPolicy(OpenEnum):
    """The specific policy to use for scaling the instance to zero."""

    ON = "on"
    OFF = "off"
    IDLE = "idle"


@attrs.define(kw_only=True)
class InstanceScaleToZero:
    """Scale-to-zero configuration for the instance (``CreateInstanceRequest.scale_to_zero``)."""

    enabled: bool | Unset = UNSET
    """Indicates whether scale-to-zero is enabled for the instance. ``UNSET`` (the default) leaves
    it out of the JSON."""

    policy: InstanceScaleToZeroPolicy | Unset = UNSET
    """The specific policy to use for scaling the instance to zero. ``UNSET`` (the default) leaves
    it out of the JSON."""

    stateful: bool | Unset = UNSET
    """Whether the instance should be stateful when scaled to zero. If set to true, the instance
    will retain its state (e.g., RAM contents) when scaled to zero. This is useful for instances
    that need to maintain their state across scale-to-zero operations. If set to false, the
    instance will lose its state when scaled to zero, and it will be restarted from scratch when
    scaled back up. ``UNSET`` (the default) leaves it out of the JSON."""

    cooldown_time_ms: int | Unset = UNSET
    """The cooldown time in milliseconds before the instance can be scaled to zero again. This is
    useful to prevent rapid scaling to zero and back up, which can lead to performance issues or
    resource exhaustion. ``UNSET`` (the default) leaves it out of the JSON."""

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
