"""Of ``ukc_client.models``: Instance, InstanceInstanceServiceGroup, InstanceInstanceVolume, InstanceNetworkInterface, InstanceServiceGroupInstanceDomain.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY
from .certificate import Certificate
from .instance_restart_policy import InstanceRestartPolicy
from .instance_scale_to_zero import InstanceScaleToZero
from .instance_state import InstanceState
from .response_status import ResponseStatus

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


@attrs.define(kw_only=True)
class Instance:
    """The instance that was created in this request (``CreateInstanceResponseData.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance.

    This is a unique identifier for the instance that is generated when the instance is created.
    The UUID is used to reference the instance in API calls and can be used to identify the
    instance in all API calls that require an instance identifier. ``None`` when the API leaves
    it out."""

    name: str | None = None
    """The name of the instance.

    This is a human-readable name that can be used to identify the instance. The name must be
    unique within the context of your account. The name can also be used to identify the
    instance in API calls. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """The time the instance was created. ``None`` when the API leaves it out."""

    state: InstanceState | None = None
    """The state of the instance. This indicates the current state of the instance, such as whether
    it is running, stopped, or in an error state. ``None`` when the API leaves it out."""

    private_fqdn: str | None = None
    """The internal hostname of the instance. This address can be used privately within the
    Unikraft Cloud network to access the instance. It is not accessible from the public
    Internet. ``None`` when the API leaves it out."""

    image: str | None = None
    """The image used to create the instance. This is a reference to the Unikraft image that was
    used to create the instance. ``None`` when the API leaves it out."""

    memory_mb: int | None = None
    """The amount of memory in megabytes allocated for the instance. This is the total amount of
    memory that is available to the instance for its operations. ``None`` when the API leaves it
    out."""

    vcpus: int | None = None
    """The number of vCPUs allocated for the instance. This is the total number of virtual CPUs
    that are available to the instance for its operations. ``None`` when the API leaves it out."""

    args: list[str] = attrs.field(factory=_new_list)
    """The arguments passed to the instance when it was started. This is a list of command-line
    arguments that were provided to the instance at startup. These arguments can be used to
    configure the behavior of the instance and its applications. Empty when the API leaves it
    out."""

    env: dict[str, str] | None = None
    """Environment variables set for the instance. ``None`` when the API leaves it out."""

    start_count: int | None = None
    """The total number of times the instance has been started. This is a counter that increments
    each time the instance is started, regardless of whether it was manually stopped or
    restarted. This can be useful for tracking the usage of the instance over time and/or for
    debugging purposes. ``None`` when the API leaves it out."""

    restart_count: int | None = None
    """The total number of times the instance has been restarted. This is a counter that increments
    each time the instance has been restarted. This can be useful for tracking the usage of the
    instance over time and/or for debugging purposes. ``None`` when the API leaves it out."""

    started_at: datetime | None = None
    """The time the instance was started. This is the timestamp when the instance was last started.
    ``None`` when the API leaves it out."""

    stopped_at: datetime | None = None
    """The time the instance was stopped. This is the timestamp when the instance was last stopped.
    If the instance is currently running, this field will be empty. ``None`` when the API leaves
    it out."""

    uptime_ms: int | None = None
    """The total amount of time the instance has been running in milliseconds. ``None`` when the
    API leaves it out."""

    vmm_start_time_us: int | None = None
    """(Developer-only). The time taken between the main controller and the beginning of execution
    of the VMM (Virtual Machine Monitor) measured in microseconds. This field is primarily used
    for debugging and performance analysis purposes. ``None`` when the API leaves it out."""

    vmm_load_time_us: int | None = None
    """(Developer-only). The time it took the VMM (Virtual Machine Monitor) to load the instance's
    kernel and initramfs into VM memory measured in microseconds. This field is primarily used
    for debugging and performance analysis purposes. ``None`` when the API leaves it out."""

    vmm_ready_time_us: int | None = None
    """(Developer-only). The time taken for the VMM (Virtual Machine Monitor) to become ready to
    execute the instance measured in microseconds. This is the time from when the VMM started
    until it was ready to execute the instance's code. This field is primarily used for
    debugging and performance analysis purposes. ``None`` when the API leaves it out."""

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

    stop_reason: int | None = None
    """The instance stop reason.

    Provides reason as to why an instance is stopped or in the process of shutting down. The
    stop reason is a bitmask that tells you the origin of the shutdown:

    | Bit | 4 | 3 | 2 | 1 | 0 (LSB) |
    |---|---|---|---|---|---|
    | Purpose | [F]orced | [U]ser | [P]latform | [A]pp | [K]ernel |

    - Forced: This was a force stop. A forced stop does not give the instance a chance to
    perform a clean shutdown. Bits 0 (Kernel) and 1 (App) can thus never be set for forced
    shutdowns. Consequently, there won't be an exit_code or stop_code.
    - User: Stop initiated by user, e.g. via an API call.
    - Platform: Stop initiated by platform, e.g. an autoscale policy.
    - App: The Application exited. The exit_code field will be set.
    - Kernel: The kernel exited. The stop_code field will be set.

    For example, the stop reason will contain the following values in the given scenarios:

    | Value | Bitmask | Aliases | Scenario |
    |---|---|---|---|
    | 28 | 11100 | FUP-- | Forced user-initiated shutdown. |
    | 15 | 01111 | -UPAK | Regular user-initiated shutdown. The application and kernel have
    exited. The exit_code and stop_code indicate if the application and kernel shut down
    cleanly. |
    | 13 | 01101 | -UP-K | The user initiated a shutdown but the application was forcefully
    killed by the kernel during shutdown. This can be the case if the image does not support a
    clean application exit or the application crashed after receiving a termination signal. The
    exit_code won’t be present in this scenario. |
    | 7 | 00111 | --PAK | Unikraft Cloud initiated the shutdown, for example, due to scale-to-
    zero. The application and kernel have exited. The exit_code and stop_code indicate if the
    application and kernel shut down cleanly. |
    | 3 | 00011 | ---AK | The application exited. The exit_code and stop_code indicate if the
    application and kernel shut down cleanly. |
    | 1 | 00001 | ----K | The instance likely expierenced a fatal crash and the stop_code
    contains more information about the cause of the crash. |
    | 0 | 00000 | ----- | The stop reason is unknown. |. ``None`` when the API leaves it out."""

    exit_code: int | None = None
    """The application exit code.

    This is the code which the application returns upon leaving its main entry point. The
    encoding of the exit code is application specific. See the documentation of the application
    for more details. Usually, an exit code of 0 indicates success / no failure. ``None`` when
    the API leaves it out."""

    stop_code: int | None = None
    """The kernel stop code.

    This value encodes multiple details about the stop irrespective of the application.

    Code

    ```text
    MSB LSB
    ┌──────────────┬──────────┬──────────┬───────────┬────────┐
    │ 31 ────── 24 │ 23 ── 16 │ 15 │ 14 ──── 8 │ 7 ── 0 │
    ├──────────────┼──────────┼──────────┼───────────┼────────┤
    │ reserved[^1] │ errno │ shutdown │ initlevel │ reason │
    └──────────────┴──────────┴──────────┴───────────┴────────┘
    ```

    - errno: The application errno, using Linux's errno.h values. (Optional, can be 0.)
    - shutdown: Whether the shutdown originated from the inittable (0) or from the termtable
    (1).
    - initlevel: The initlevel at the time of the stop.
    - reason: The reason for the stop. See StopCodeReason. ``None`` when the API leaves it out."""

    restart_policy: InstanceRestartPolicy | None = None
    """The restart configuration for the instance.

    When an instance stops either because the application exits or the instance crashes,
    Unikraft Cloud can auto-restart your instance. Auto-restarts are performed according to the
    restart policy configured for a particular instance.

    The policy can have the following values:

    | Policy | Description |
    |---|---|
    | never | Never restart the instance (default). |
    | always | Always restart the instance when the stop is initiated from within the instance
    (i.e., the application exits or the instance crashes). |
    | on-failure | Only restart the instance if it crashes. |

    When an instance stops, the stop reason and the configured restart policy are evaluated to
    decide if a restart should be performed. Unikraft Cloud uses an exponential back-off delay
    (immediate, 5s, 10s, 20s, 40s, ..., 5m) to slow down restarts in tight crash loops. If an
    instance runs without problems for 10s the back-off delay is reset and the restart sequence
    ends.

    The restart.attempt attribute reported in counts the number of restarts performed in the
    current sequence. The restart.next_at field indicates when the next restart will take place
    if a back-off delay is in effect.

    A manual start or stop of the instance aborts the restart sequence and resets the back-off
    delay. ``None`` when the API leaves it out."""

    scale_to_zero: InstanceScaleToZero | None = None
    """The scale-to-zero configuration for the instance.

    With conventional cloud platforms you need to keep at least one instance running at all
    times to be able to respond to incoming requests. Performing a just-in-time cold boot is
    simply too time-consuming and would create a response latency of multiple seconds. This is
    not the case with Unikraft Cloud. Instances on Unikraft Cloud are able to cold boot within
    milliseconds, which allows us to perform low-latency scale-to-zero.

    To enable scale-to-zero for an instance it is sufficient to add a scale_to_zero
    configuration block. Unikraft Cloud will then put the instance into standby if there is no
    traffic to your service within the window of a cooldown period. When there is new traffic
    coming in, it is automatically started again.

    If you have a heavyweight application that takes long to cold boot or has bad first request
    latency (e.g., with JIT compilation) consider to enable stateful scale-to-zero. ``None``
    when the API leaves it out."""

    volumes: list[InstanceInstanceVolume] = attrs.field(factory=_new_list)
    """The list of volumes attached to the instance. Empty when the API leaves it out."""

    service_group: InstanceInstanceServiceGroup | None = None
    """The service group configuration for the instance. ``None`` when the API leaves it out."""

    network_interfaces: list[InstanceNetworkInterface] = attrs.field(factory=_new_list)
    """The network interfaces of the instance. Empty when the API leaves it out."""

    tags: list[str] = attrs.field(factory=_new_list)
    """The tags associated with the instance. Empty when the API leaves it out."""

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
class InstanceInstanceServiceGroup:
    """The service group configuration for the instance (``Instance.service_group``)."""

    uuid: UUID | None = None
    """The UUID of the service group.

    This is a unique identifier for the service group that is generated when the service is
    created. The UUID is used to reference the service group in API calls and can be used to
    identify the service in all API calls that require an service identifier. ``None`` when the
    API leaves it out."""

    name: str | None = None
    """The name of the service group.

    This is a human-readable name that can be used to identify the service group. The name is
    unique within the context of your account. The name can also be used to identify the service
    group in API calls. ``None`` when the API leaves it out."""

    domains: list[InstanceServiceGroupInstanceDomain] = attrs.field(factory=_new_list)
    """The domain configuration for the service group. Empty when the API leaves it out."""

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
class InstanceInstanceVolume:
    """The list of volumes attached to the instance (``Instance.volumes``)."""

    uuid: UUID | None = None
    """The UUID of the volume.

    This is a unique identifier for the volume that is generated when the volume is created. The
    UUID is used to reference the volume in API calls and can be used to identify the volume in
    all API calls that require a volume identifier. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the volume.

    This is a human-readable name that can be used to identify the volume. The name must be
    unique within the context of your account. The name can also be used to identify the volume
    in API calls. ``None`` when the API leaves it out."""

    at: str | None = None
    """The mount point of the volume in the instance. This is the directory in the instance where
    the volume will be mounted. ``None`` when the API leaves it out."""

    read_only: bool | None = None
    """Whether the volume is read-only or not. ``None`` when the API leaves it out."""

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
class InstanceNetworkInterface:
    """The network interfaces of the instance (``Instance.network_interfaces``)."""

    uuid: UUID | None = None
    """The UUID of the network interface. This is a unique identifier for the network interface
    that is generated when the instance is created. ``None`` when the API leaves it out."""

    private_ip: str | None = None
    """The private IP address of the network interface. This is the internal IP address that is
    used for communication between instances within the same network. ``None`` when the API
    leaves it out."""

    mac: str | None = None
    """The MAC address of the network interface. ``None`` when the API leaves it out."""

    rx_bytes: int | None = None
    """Amount of bytes received from interface. ``None`` when the API leaves it out."""

    rx_packets: int | None = None
    """Count of packets received from interface. ``None`` when the API leaves it out."""

    tx_bytes: int | None = None
    """Amount of bytes sent to interface. ``None`` when the API leaves it out."""

    tx_packets: int | None = None
    """Count of packets sent to interface. ``None`` when the API leaves it out."""

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
class InstanceServiceGroupInstanceDomain:
    """The domain configuration for the service group (``InstanceInstanceServiceGroup.domains``)."""

    certificate: Certificate | None = None
    """The certificate associated with the domain.

    The certificate is used to secure the domain with TLS/SSL. If no certificate is specified,
    Unikraft Cloud will automatically generate a new certificate for the domain based on Let's
    Encrypt and seek to accomplish a DNS-01 challenge. ``None`` when the API leaves it out."""

    fqdn: str | None = None
    """The fully qualified domain name. ``None`` when the API leaves it out."""

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
