"""Of ``ukc_client.models``: InstanceNetworkInterface.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY


@attrs.define(kw_only=True)
class InstanceNetworkInterface:
    """The network interfaces of the instance (``Instance.network_interfaces``)."""

    uuid: UUID | None = None
    """The UUID of the network interface. This is a unique identifier for the network interface
    that is generated when the instance is created. ``None`` when the API leaves it out."""

    private_ip: str | None = None
    """The private IP address of the network interface. This is the internal IP address that is
    used for communication between instances within the same network. ``None`` when the API
    leaves it out."""

    mac: str | None = None
    """The MAC address of the network interface. ``None`` when the API leaves it out."""

    rx_bytes: int | None = None
    """Amount of bytes received from interface. ``None`` when the API leaves it out."""

    rx_packets: int | None = None
    """Count of packets received from interface. ``None`` when the API leaves it out."""

    tx_bytes: int | None = None
    """Amount of bytes sent to interface. ``None`` when the API leaves it out."""

    tx_packets: int | None = None
    """Count of packets sent to interface. ``None`` when the API leaves it out."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
    )

    _empty_on_wire: Mapping[str, bool] = attrs.field(
        default=NOTHING_EMPTY, init=False, repr=False, eq=False
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
