"""Of ``ukc_client.models``: ServiceHandlersItem.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class ServiceHandlersItem(OpenEnum):
    """The values of ServiceHandlersItem."""

    TLS = "tls"
    HTTP = "http"
    REDIRECT = "redirect"
