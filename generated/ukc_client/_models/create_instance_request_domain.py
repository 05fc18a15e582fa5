"""Of ``ukc_client.models``: CreateInstanceRequestDomain.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset
from .name_or_uuid import NameOrUUID


@attrs.define(kw_only=True)
class CreateInstanceRequestDomain:
    """Domains of a new (ephemeral) service group
    (``CreateInstanceRequestServiceGroupNew.domains``)."""

    certificate: NameOrUUID | None | Unset = UNSET
    """A reference to an existing certificate which can be used for the specified domain. If
    unspecified, Unikraft Cloud will automatically generate a new certificate for the domain
    based on Let's Encrypt and seek to accomplish a DNS-01 challenge. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str
    """Publicly accessible domain name. If this name ends in a period . it must be a valid Full
    Qualified Domain Name (FQDN), otherwise it will become a subdomain of the target metro."""

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
