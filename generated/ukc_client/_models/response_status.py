"""Of ``ukc_client.models``: ResponseStatus.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class ResponseStatus(OpenEnum):
    """The response status of an API request."""

    SUCCESS = "success"
    ERROR = "error"
