"""Of ``ukc_client.models``: CreateCertificateRequest.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset


@attrs.define(kw_only=True)
class CreateCertificateRequest:
    """The request body of ``create_certificate``."""

    name: str | Unset = UNSET
    """The name of the certificate.

    This is a human-readable name that can be used to identify the certificate. The name must be
    unique within the context of your account. If no name is specified, a random name is
    generated for you. The name can also be used to identify the certificate in API calls.
    ``UNSET`` (the default) leaves it out of the JSON."""

    cn: str
    """The common name the certificate is for."""

    chain: str
    """The certificate chain, PEM."""

    pkey: str
    """The private key, PEM."""

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
