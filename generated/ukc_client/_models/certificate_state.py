"""Of ``ukc_client.models``: CertificateState.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class CertificateState(OpenEnum):
    """The current state of the certificate.

    This indicates whether the certificate is pending issuance, valid and ready for use, or in
    an error state. See CertificateState enum for detailed state descriptions."""

    PENDING = "pending"
    VALID = "valid"
    ERROR = "error"
