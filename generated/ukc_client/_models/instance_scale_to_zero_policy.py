"""Of ``ukc_client.models``: InstanceScaleToZeroPolicy.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class InstanceScaleToZeroPolicy(OpenEnum):
    """The specific policy to use for scaling the instance to zero."""

    ON = "on"
    OFF = "off"
    IDLE = "idle"
