"""Of ``ukc_client.models``: ServiceHandlersItem, Service.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, OpenEnum, Unset


class ServiceHandlersItem(OpenEnum):
    """The values of ServiceHandlersItem."""

    TLS = "tls"
    HTTP = "http"
    REDIRECT = "redirect"


@attrs.define(kw_only=True)
class Service:
    """Services of a new (ephemeral) service group
    (``CreateInstanceRequestServiceGroupNew.services``)."""

    port: int
    """This is the public-facing port that the service will be accessible from on the Internet."""

    destination_port: int | Unset = UNSET
    """The port number that the instance is listening on. This is the internal port which Unikraft
    Cloud will forward traffic to. ``UNSET`` (the default) leaves it out of the JSON."""

    handlers: list[ServiceHandlersItem] | Unset = UNSET
    """Connection handlers to use for the service. Handlers define how the service will handle
    incoming connections and forward traffic from the Internet to your application. For example,
    a service can be configured to terminate TLS connections, redirect HTTP traffic, or enable
    HTTP mode for load balancing. You configure the handlers for every published service port
    individually. ``UNSET`` (the default) leaves it out of the JSON."""

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
