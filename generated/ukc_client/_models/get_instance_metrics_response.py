"""Of ``ukc_client.models``: GetInstanceMetricsResponse, GetInstanceMetricsResponseData, GetInstanceMetricsResponseInstanceMetrics.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY
from .response_error import ResponseError
from .response_status import ResponseStatus

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


@attrs.define(kw_only=True)
class GetInstanceMetricsResponse:
    """The answer of ``get_instance_metrics``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetInstanceMetricsResponseData | None = None
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
class GetInstanceMetricsResponseData:
    """The response data for this request (``GetInstanceMetricsResponse.data``)."""

    instances: list[GetInstanceMetricsResponseInstanceMetrics] = attrs.field(factory=_new_list)
    """The instance which this requested metrics for. Note: only one instance can be specified in
    the request, so this will always contain a single entry. Empty when the API leaves it out."""

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
class GetInstanceMetricsResponseInstanceMetrics:
    """The instance which this requested metrics for. Note: only one instance can be specified in
    the request, so this will always contain a single entry
    (``GetInstanceMetricsResponseData.instances``)."""

    rss_bytes: int | None = None
    """Resident set size of the VMM in bytes.

    The resident set size (RSS) specifies the amount of physical memory that has been touched by
    the instance and is currently reserved for the instance on the Unikraft Cloud server. The
    RSS grows until the instance has touched all memory assigned to it via the memory_mb setting
    and may also exceed this value as supporting services running outside the instance acquire
    memory. The RSS is different from the current amount of memory allocated by the application,
    which is likely to fluctuate over the lifetime of the application. The RSS is not a
    cumulative metric. When the instance is stopped rss goes down to 0. ``None`` when the API
    leaves it out."""

    cpu_time_ms: int | None = None
    """Consumed CPU time in milliseconds. ``None`` when the API leaves it out."""

    boot_time_us: int | None = None
    """The boot time of the instance in microseconds. We take a pragmatic approach is to define the
    boot time. We calculate this as the difference in time between the moment the virtualization
    toolstack is invoked to respond to a VM boot request and the moment the OS starts executing
    user code (i.e., the end of the guest OS boot process). This is essentially the time that a
    user would experience in a deployment, minus the application initialization time, which we
    leave out since it is independent from the OS. ``None`` when the API leaves it out."""

    net_time_us: int | None = None
    """This is the time it took for the user-level application to start listening on a non-
    localhost port measured in microseconds. This is the time from when the instance started
    until it reasonably ready to start responding to network requests. This is useful for
    measuring the time it takes for the instance to become operationally ready. ``None`` when
    the API leaves it out."""

    rx_bytes: int | None = None
    """Total amount of bytes received from network. ``None`` when the API leaves it out."""

    rx_packets: int | None = None
    """Total count of packets received from network. ``None`` when the API leaves it out."""

    tx_bytes: int | None = None
    """Total amount of bytes transmitted over network. ``None`` when the API leaves it out."""

    tx_packets: int | None = None
    """Total count of packets transmitted over network. ``None`` when the API leaves it out."""

    nconns: int | None = None
    """Number of currently established inbound connections (non-HTTP). ``None`` when the API leaves
    it out."""

    nreqs: int | None = None
    """Number of in-flight HTTP requests. ``None`` when the API leaves it out."""

    nqueued: int | None = None
    """Number of queued inbound connections and HTTP requests. ``None`` when the API leaves it out."""

    ntotal: int | None = None
    """Total number of inbound connections and HTTP requests handled. ``None`` when the API leaves
    it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    error: int | None = None
    """An optional error code providing additional information about the status. This field is
    useful when the status is not success. ``None`` when the API leaves it out."""

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
