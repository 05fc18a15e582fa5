"""Of ``ukc_client.models``: VolumeState.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class VolumeState(OpenEnum):
    """Current state of the volume."""

    UNINITIALIZED = "uninitialized"
    INITIALIZING = "initializing"
    AVAILABLE = "available"
    IDLE = "idle"
    MOUNTED = "mounted"
    BUSY = "busy"
    ERROR = "error"
