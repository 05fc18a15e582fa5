"""Of ``ukc_client.models``: AutoscalePolicyAdjustmentType.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class AutoscalePolicyAdjustmentType(OpenEnum):
    """The type of adjustment to be made in the step policy."""

    CHANGE = "change"
    EXACT = "exact"
    PERCENTAGE = "percentage"
