"""Of ``ukc_client.models``: CreateInstanceRequestServiceGroupNew.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset
from .create_instance_request_domain import CreateInstanceRequestDomain
from .service import Service


@attrs.define(kw_only=True)
class CreateInstanceRequestServiceGroupNew:
    """A new (ephemeral) service group, described by the services it exposes."""

    services: list[Service]
    """Services of a new (ephemeral) service group."""

    domains: list[CreateInstanceRequestDomain] | None | Unset = UNSET
    """Domains of a new (ephemeral) service group. ``UNSET`` (the default) leaves it out of the
    JSON."""

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
