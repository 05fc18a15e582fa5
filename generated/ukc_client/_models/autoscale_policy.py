"""Of ``ukc_client.models``: AutoscalePolicyMetric, AutoscalePolicyAdjustmentType, AutoscalePolicy, AutoscalePolicyStep.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, OpenEnum, Unset


class AutoscalePolicyMetric(OpenEnum):
    """Metric to use for the step policy."""

    CPU = "cpu"


class AutoscalePolicyAdjustmentType(OpenEnum):
    """The type of adjustment to be made in the step policy."""

    CHANGE = "change"
    EXACT = "exact"
    PERCENTAGE = "percentage"


@attrs.define(kw_only=True)
class AutoscalePolicy:
    """The policies to apply to the autoscale configuration
    (``CreateAutoscaleConfigurationByServiceGroupUUIDRequest.policies``)."""

    name: str | Unset = UNSET
    """The name of the policy. ``UNSET`` (the default) leaves it out of the JSON."""

    enabled: bool | Unset = UNSET
    """If the policy is enabled. ``UNSET`` (the default) leaves it out of the JSON."""

    metric: AutoscalePolicyMetric | Unset = UNSET
    """Metric to use for the step policy. ``UNSET`` (the default) leaves it out of the JSON."""

    adjustment_type: AutoscalePolicyAdjustmentType | Unset = UNSET
    """The type of adjustment to be made in the step policy. ``UNSET`` (the default) leaves it out
    of the JSON."""

    steps: list[AutoscalePolicyStep] | Unset = UNSET
    """The steps for the step policy. Each step defines an adjustment value and optional bounds.
    ``UNSET`` (the default) leaves it out of the JSON."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
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


@attrs.define(kw_only=True)
class AutoscalePolicyStep:
    """The steps for the step policy. Each step defines an adjustment value and optional bounds
    (``AutoscalePolicy.steps``)."""

    adjustment: int | Unset = UNSET
    """The adjustment value for the step. ``UNSET`` (the default) leaves it out of the JSON."""

    lower_bound: int | Unset = UNSET
    """Lower bound for the step. ``UNSET`` (the default) leaves it out of the JSON."""

    upper_bound: int | Unset = UNSET
    """Upper bound for the step. ``UNSET`` (the default) leaves it out of the JSON."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
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
