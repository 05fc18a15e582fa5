"""Of ``ukc_client.models``: CreateInstanceRequestFeaturesItem.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class CreateInstanceRequestFeaturesItem(OpenEnum):
    """The values of CreateInstanceRequestFeaturesItem."""

    DELETE_ON_STOP = "delete_on_stop"
