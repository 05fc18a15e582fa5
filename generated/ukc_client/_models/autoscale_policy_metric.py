"""Of ``ukc_client.models``: AutoscalePolicyMetric.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class AutoscalePolicyMetric(OpenEnum):
    """Metric to use for the step policy."""

    CPU = "cpu"
