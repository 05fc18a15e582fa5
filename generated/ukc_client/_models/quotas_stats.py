"""Of ``ukc_client.models``: QuotasStats.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY


@attrs.define(kw_only=True)
class QuotasStats:
    """Used quota (``Quotas.used``)."""

    instances: int | None = None
    """Number of instances. ``None`` when the API leaves it out."""

    live_instances: int | None = None
    """Number of instances that are not in the stopped state. ``None`` when the API leaves it out."""

    live_vcpus: int | None = None
    """Number of vCPUs. ``None`` when the API leaves it out."""

    live_memory_mb: int | None = None
    """Amount of memory assigned to instances that are not in the stopped state in megabytes.
    ``None`` when the API leaves it out."""

    service_groups: int | None = None
    """Number of services. ``None`` when the API leaves it out."""

    services: int | None = None
    """Number of published network ports over all existing services. ``None`` when the API leaves
    it out."""

    volumes: int | None = None
    """Number of volumes. ``None`` when the API leaves it out."""

    total_volume_mb: int | None = None
    """Total size of all volumes in megabytes. ``None`` when the API leaves it out."""

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
