"""Of ``ukc_client.models``: QuotasLimits.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY


@attrs.define(kw_only=True)
class QuotasLimits:
    """Additional limits (``Quotas.limits``)."""

    min_memory_mb: int | None = None
    """Minimum amount of memory assigned to live instances in megabytes. ``None`` when the API
    leaves it out."""

    max_memory_mb: int | None = None
    """Maximum amount of memory assigned to live instances in megabytes. ``None`` when the API
    leaves it out."""

    min_volume_mb: int | None = None
    """Minimum size of a volume in megabytes. ``None`` when the API leaves it out."""

    max_volume_mb: int | None = None
    """Maximum size of a volume in megabytes. ``None`` when the API leaves it out."""

    min_autoscale_size: int | None = None
    """Minimum size of an autoscale group. ``None`` when the API leaves it out."""

    max_autoscale_size: int | None = None
    """Maximum size of an autoscale group. ``None`` when the API leaves it out."""

    min_vcpus: int | None = None
    """Minimum number of vCPUs. ``None`` when the API leaves it out."""

    max_vcpus: int | None = None
    """Maximum number of vCPUs. ``None`` when the API leaves it out."""

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
