"""Of ``ukc_client.models``: Quotas, QuotasLimits, QuotasResponse, QuotasResponseData, QuotasStats.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY
from .response_error import ResponseError
from .response_status import ResponseStatus

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


@attrs.define(kw_only=True)
class Quotas:
    """The quota(s) which were retrieved by the request (``QuotasResponseData.quotas``)."""

    uuid: UUID | None = None
    """The UUID of the quota. ``None`` when the API leaves it out."""

    used: QuotasStats | None = None
    """Used quota. ``None`` when the API leaves it out."""

    hard: QuotasStats | None = None
    """Configured quota limits. ``None`` when the API leaves it out."""

    limits: QuotasLimits | None = None
    """Additional limits. ``None`` when the API leaves it out."""

    status: ResponseStatus | None = None
    """An optional field representing the status of the request. This field is only set when this
    message object is used as a response message. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is only
    set when this message object is used as a response message, and is useful when the status is
    not success. ``None`` when the API leaves it out."""

    error: int | None = None
    """An optional error code providing additional information about the status. This field is only
    set when this message object is used as a response message, and is useful when the status is
    not success. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class QuotasResponse:
    """The answer of ``get_user``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: QuotasResponseData | None = None
    """The response data for this request. ``None`` when the API leaves it out."""

    errors: list[ResponseError] = attrs.field(factory=_new_list)
    """A list of errors which may have occurred during the request. Empty when the API leaves it
    out."""

    op_time_us: int | None = None
    """The operation time in microseconds. This is the time it took to process the request and
    generate the response. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class QuotasResponseData:
    """The response data for this request (``QuotasResponse.data``)."""

    quotas: list[Quotas] = attrs.field(factory=_new_list)
    """The quota(s) which were retrieved by the request. Empty when the API leaves it out."""

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
