"""Of ``ukc_client.models``: CertificateState, Certificate.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY, OpenEnum
from .response_status import ResponseStatus


class CertificateState(OpenEnum):
    """The current state of the certificate.

    This indicates whether the certificate is pending issuance, valid and ready for use, or in
    an error state. See CertificateState enum for detailed state descriptions."""

    PENDING = "pending"
    VALID = "valid"
    ERROR = "error"


@attrs.define(kw_only=True)
class Certificate:
    """The certificate which was created by this request.

    Note: only one certificate can be specified in the request, so this will always contain a
    single entry (``CreateCertificateResponseData.certificates``)."""

    uuid: UUID | None = None
    """The UUID of the certificate.

    This is a unique identifier for the certificate that is generated when the certificate is
    created. The UUID is used to reference the certificate in API calls and can be used to
    identify the certificate in all API calls that require an identifier. ``None`` when the API
    leaves it out."""

    name: str | None = None
    """The name of the certificate.

    This is a human-readable name that can be used to identify the certificate. The name must be
    unique within the context of your account. The name can also be used to identify the
    certificate in API calls. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """The time the certificate was created. ``None`` when the API leaves it out."""

    common_name: str | None = None
    """The common name (CN) field from the certificate's subject.

    This is typically the primary domain name that the certificate is issued for. It represents
    the main identity that the certificate validates. ``None`` when the API leaves it out."""

    subject: str | None = None
    """The complete subject distinguished name (DN) of the certificate.

    This contains the full subject information from the certificate, including the common name,
    organization, organizational unit, locality, state, and country. The subject identifies the
    entity that the certificate is issued to. ``None`` when the API leaves it out."""

    issuer: str | None = None
    """The complete issuer distinguished name (DN) of the certificate.

    This identifies the Certificate Authority (CA) that issued the certificate. It contains
    information about the CA including its common name, organization, and country. ``None`` when
    the API leaves it out."""

    serial_number: str | None = None
    """The unique serial number assigned to the certificate by the issuing CA.

    This is a unique identifier within the scope of the issuing CA that can be used to identify
    and track the certificate. Serial numbers are typically represented as hexadecimal strings.
    ``None`` when the API leaves it out."""

    not_before: datetime | None = None
    """The date and time when the certificate becomes valid.

    The certificate should not be trusted before this date. This timestamp marks the beginning
    of the certificate's validity period. ``None`` when the API leaves it out."""

    not_after: datetime | None = None
    """The date and time when the certificate expires.

    The certificate should not be trusted after this date. This timestamp marks the end of the
    certificate's validity period. Certificates should be renewed before this date to maintain
    service availability. ``None`` when the API leaves it out."""

    state: CertificateState | None = None
    """The current state of the certificate.

    This indicates whether the certificate is pending issuance, valid and ready for use, or in
    an error state. See CertificateState enum for detailed state descriptions. ``None`` when the
    API leaves it out."""

    status: ResponseStatus | None = None
    """An optional field representing the status of the request. This field is only set when this
    message object is used as a response message. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is only
    set when this message object is used as a response message, and is useful when the status is
    not success. ``None`` when the API leaves it out."""

    error: int | None = None
    """An optional error code providing additional information about the status. This field is only
    set when this message object is used as a response message, and is useful when the status is
    not success. ``None`` when the API leaves it out."""

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
