"""Models of the Unikraft Cloud Platform API: one class per component schema (API version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.

In a model the client sends, a field that is not required defaults to ``UNSET`` (absent, left
out of the JSON); ``None`` is an explicit null, where the schema allows one. In a model the client only receives (a response
and what it holds), an optional field reads as ``None`` when absent or null, an array as
``[]``; which of them the JSON had is kept apart, so writing the model back gives the same JSON. Fields a newer server sends that this client does not know are kept in
``additional_properties`` and sent back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeAlias, cast
from uuid import UUID

import attrs

from ._wire import (
    at_least_one_of_message,
    count_present,
    exactly_one_of_message,
    unknown_fields_key,
    unknown_fields_repr,
)
from .errors import ConstraintError
from .types import NOTHING_EMPTY, UNSET, OpenEnum, Unset

__all__ = [
    "MODELS",
    "AttachVolumeByUUIDRequestBody",
    "AttachVolumesRequest",
    "AttachVolumesRequestInstanceID",
    "AttachVolumesResponse",
    "AttachVolumesResponseAttachedVolume",
    "AttachVolumesResponseData",
    "AutoscalePolicy",
    "AutoscalePolicyAdjustmentType",
    "AutoscalePolicyMetric",
    "AutoscalePolicyStep",
    "BodyInstanceID",
    "Certificate",
    "CertificateState",
    "ConfigurationInstanceCreateArgs",
    "ConfigurationInstanceCreateArgsRoms",
    "ConfigurationInstanceCreateArgsTemplate",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequest",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate",
    "CreateAutoscaleConfigurationPolicyRequest",
    "CreateAutoscaleConfigurationPolicyResponse",
    "CreateAutoscaleConfigurationPolicyResponseData",
    "CreateAutoscaleConfigurationPolicyResponsePolicy",
    "CreateAutoscaleConfigurationsRequestConfiguration",
    "CreateAutoscaleConfigurationsResponse",
    "CreateAutoscaleConfigurationsResponseConfigurationsResponse",
    "CreateAutoscaleConfigurationsResponseData",
    "CreateCertificateRequest",
    "CreateCertificateResponse",
    "CreateCertificateResponseData",
    "CreateInstanceRequest",
    "CreateInstanceRequestDomain",
    "CreateInstanceRequestFeaturesItem",
    "CreateInstanceRequestServiceGroup",
    "CreateInstanceRequestServiceGroupByName",
    "CreateInstanceRequestServiceGroupByUUID",
    "CreateInstanceRequestServiceGroupNew",
    "CreateInstanceRequestVolume",
    "CreateInstanceResponse",
    "CreateInstanceResponseData",
    "CreateServiceGroupRequest",
    "CreateServiceGroupRequestDomain",
    "CreateServiceGroupResponse",
    "CreateServiceGroupResponseData",
    "CreateVolumeRequest",
    "CreateVolumeResponse",
    "CreateVolumeResponseData",
    "CreateVolumeResponseVolume",
    "DeleteAutoscaleConfigurationPolicyResponse",
    "DeleteAutoscaleConfigurationPolicyResponseData",
    "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse",
    "DeleteAutoscaleConfigurationsResponse",
    "DeleteAutoscaleConfigurationsResponseData",
    "DeleteAutoscaleConfigurationsResponseServiceGroup",
    "DeleteCertificatesResponse",
    "DeleteCertificatesResponseData",
    "DeleteCertificatesResponseDeletedCertificate",
    "DeleteInstancesResponse",
    "DeleteInstancesResponseData",
    "DeleteInstancesResponseDeletedInstance",
    "DeletePolicyRequest",
    "DeleteServiceGroupsResponse",
    "DeleteServiceGroupsResponseData",
    "DeleteServiceGroupsResponseDeletedServiceGroup",
    "DeleteVolumesResponse",
    "DeleteVolumesResponseData",
    "DeleteVolumesResponseDeletedVolume",
    "DetachVolumeByUUIDRequestBody",
    "DetachVolumesRequest",
    "DetachVolumesRequestInstanceID",
    "DetachVolumesResponse",
    "DetachVolumesResponseData",
    "DetachVolumesResponseDetachedVolume",
    "Domain",
    "GetAutoscaleConfigurationPolicyRequest",
    "GetAutoscaleConfigurationPolicyResponse",
    "GetAutoscaleConfigurationPolicyResponseData",
    "GetAutoscaleConfigurationPolicyResponsePolicyResponse",
    "GetAutoscaleConfigurationsResponse",
    "GetAutoscaleConfigurationsResponseData",
    "GetAutoscaleConfigurationsResponseServiceGroup",
    "GetCertificatesResponse",
    "GetCertificatesResponseData",
    "GetImageResponse",
    "GetImageResponseData",
    "GetInstanceLogsByUUIDRequestBody",
    "GetInstanceLogsRequest",
    "GetInstanceLogsResponse",
    "GetInstanceLogsResponseAvailable",
    "GetInstanceLogsResponseData",
    "GetInstanceLogsResponseLoggedInstance",
    "GetInstanceLogsResponseRange",
    "GetInstanceMetricsResponse",
    "GetInstanceMetricsResponseData",
    "GetInstanceMetricsResponseInstanceMetrics",
    "GetInstancesResponse",
    "GetInstancesResponseData",
    "GetServiceGroupsResponse",
    "GetServiceGroupsResponseData",
    "GetVolumesResponse",
    "GetVolumesResponseData",
    "GoogleProtobufValue",
    "HealthzResponse",
    "HealthzResponseData",
    "Image",
    "Instance",
    "InstanceCreateArgsInstanceCreateRequestRoms",
    "InstanceInstanceServiceGroup",
    "InstanceInstanceVolume",
    "InstanceNetworkInterface",
    "InstanceRestartPolicy",
    "InstanceScaleToZero",
    "InstanceScaleToZeroPolicy",
    "InstanceServiceGroupInstanceDomain",
    "InstanceState",
    "NameOrUUID",
    "NameOrUUIDByName",
    "NameOrUUIDByUUID",
    "Object",
    "Quotas",
    "QuotasLimits",
    "QuotasResponse",
    "QuotasResponseData",
    "QuotasStats",
    "ResponseError",
    "ResponseStatus",
    "Service",
    "ServiceGroup",
    "ServiceGroupInstance",
    "ServiceGroupTemplate",
    "ServiceHandlersItem",
    "StartInstanceResponse",
    "StartInstanceResponseData",
    "StartInstanceResponseStartedInstance",
    "StopInstanceResponse",
    "StopInstanceResponseData",
    "StopInstanceResponseStoppedInstance",
    "StopInstancesRequestID",
    "UpdateInstanceByUUIDRequestBody",
    "UpdateInstanceProperty",
    "UpdateInstancesRequest",
    "UpdateInstancesResponse",
    "UpdateInstancesResponseData",
    "UpdateInstancesResponseUpdatedInstance",
    "UpdateOperation",
    "UpdateServiceGroupByUUIDRequestBody",
    "UpdateServiceGroupProperty",
    "UpdateServiceGroupsRequestItem",
    "UpdateServiceGroupsResponse",
    "UpdateServiceGroupsResponseData",
    "UpdateServiceGroupsResponseUpdatedServiceGroup",
    "UpdateVolumeByUUIDRequestBody",
    "UpdateVolumeProperty",
    "UpdateVolumesRequestItem",
    "UpdateVolumesResponse",
    "UpdateVolumesResponseData",
    "UpdateVolumesResponseUpdatedVolume",
    "Volume",
    "VolumeInstanceID",
    "VolumeState",
    "VolumeVolumeInstanceMount",
    "WaitInstanceByUUIDRequestBody",
    "WaitInstanceResponse",
    "WaitInstanceResponseData",
    "WaitInstanceResponseWaitedInstance",
]

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


class InstanceRestartPolicy(OpenEnum):
    """The restart configuration for the instance. (`Instance.restart_policy`)"""

    NEVER = "never"
    ALWAYS = "always"
    ON_FAILURE = "on_failure"
    ON_FAILURE2 = "on-failure"


class InstanceState(OpenEnum):
    """The state of the instance. This indicates the current state of the instance, such as whether
    it is running, stopped, or in an error state. (`Instance.state`)"""

    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"
    DRAINING = "draining"
    STOPPING = "stopping"
    STANDBY = "standby"


class ResponseStatus(OpenEnum):
    """The response status of an API request."""

    SUCCESS = "success"
    ERROR = "error"


class UpdateInstanceProperty(OpenEnum):
    """The property to modify. (`UpdateInstancesRequest.prop`)"""

    IMAGE = "image"
    ARGS = "args"
    ENV = "env"
    MEMORY_MB = "memory_mb"
    VCPUS = "vcpus"
    SCALE_TO_ZERO = "scale_to_zero"
    TAGS = "tags"
    DELETE_LOCK = "delete_lock"


class UpdateOperation(OpenEnum):
    """The operation to perform on the property. (`UpdateInstancesRequest.op`)"""

    SET = "set"
    ADD = "add"
    DEL = "del"


class UpdateServiceGroupProperty(OpenEnum):
    """The property to modify. (`UpdateServiceGroupsRequestItem.prop`)"""

    SERVICES = "services"
    DOMAINS = "domains"
    SOFT_LIMIT = "soft_limit"
    HARD_LIMIT = "hard_limit"


class UpdateVolumeProperty(OpenEnum):
    """The property to modify. (`UpdateVolumesRequestItem.prop`)"""

    SIZE_MB = "size_mb"
    TAGS = "tags"
    QUOTA_POLICY = "quota_policy"
    DELETE_LOCK = "delete_lock"


class AutoscalePolicyMetric(OpenEnum):
    """Metric to use for the step policy."""

    CPU = "cpu"


class AutoscalePolicyAdjustmentType(OpenEnum):
    """The type of adjustment to be made in the step policy."""

    CHANGE = "change"
    EXACT = "exact"
    PERCENTAGE = "percentage"


class CertificateState(OpenEnum):
    """The current state of the certificate.

    This indicates whether the certificate is pending issuance, valid and ready for use, or in
    an error state. See CertificateState enum for detailed state descriptions."""

    PENDING = "pending"
    VALID = "valid"
    ERROR = "error"


class CreateInstanceRequestFeaturesItem(OpenEnum):
    """The values of CreateInstanceRequestFeaturesItem."""

    DELETE_ON_STOP = "delete_on_stop"


class InstanceScaleToZeroPolicy(OpenEnum):
    """The specific policy to use for scaling the instance to zero."""

    ON = "on"
    OFF = "off"
    IDLE = "idle"


class ServiceHandlersItem(OpenEnum):
    """The values of ServiceHandlersItem."""

    TLS = "tls"
    HTTP = "http"
    REDIRECT = "redirect"


class VolumeState(OpenEnum):
    """Current state of the volume."""

    UNINITIALIZED = "uninitialized"
    INITIALIZING = "initializing"
    AVAILABLE = "available"
    IDLE = "idle"
    MOUNTED = "mounted"
    BUSY = "busy"
    ERROR = "error"


@attrs.define(kw_only=True)
class AttachVolumeByUUIDRequestBody:
    """The request body of ``attach_volume_by_uuid``."""

    attach_to: BodyInstanceID
    """UUID or name of the instance to attach the volume to."""

    at: str
    """Path of the mountpoint.

    The path must be absolute, not contain . and .. components, and not contain colons (:). The
    path must point to an empty directory. If the directory does not exist, it is created."""

    readonly: bool | Unset = UNSET
    """Whether the volume should be mounted read-only. ``UNSET`` (the default) leaves it out of the
    JSON."""

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
class AttachVolumesRequest:
    """The request body of ``attach_volumes``."""

    attach_to: AttachVolumesRequestInstanceID
    """UUID or name of the instance to attach the volume to."""

    at: str
    """Path of the mountpoint.

    The path must be absolute, not contain . and .. components, and not contain colons (:). The
    path must point to an empty directory. If the directory does not exist, it is created."""

    uuid: UUID | Unset = UNSET
    """The UUID of the volume to attach. Mutually exclusive with name. Exactly one of uuid or name
    must be provided. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the volume to attach. Mutually exclusive with UUID. Exactly one of uuid or name
    must be provided. ``UNSET`` (the default) leaves it out of the JSON."""

    readonly: bool | Unset = UNSET
    """Whether the volume should be mounted read-only. ``UNSET`` (the default) leaves it out of the
    JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("AttachVolumesRequest", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class AttachVolumesRequestInstanceID:
    """UUID or name of the instance to attach the volume to (``AttachVolumesRequest.attach_to``)."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance that the volume is attached to. ``UNSET`` (the default) leaves it
    out of the JSON."""

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
class AttachVolumesResponse:
    """The answer of ``attach_volumes``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: AttachVolumesResponseData | None = None
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
class AttachVolumesResponseAttachedVolume:
    """The volume(s) which were attached by the request (``AttachVolumesResponseData.volumes``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the volume that was attached. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the volume that was attached. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class AttachVolumesResponseData:
    """The response data for this request (``AttachVolumesResponse.data``)."""

    volumes: list[AttachVolumesResponseAttachedVolume] = attrs.field(factory=_new_list)
    """The volume(s) which were attached by the request. Empty when the API leaves it out."""

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


@attrs.define(kw_only=True)
class BodyInstanceID:
    """UUID or name of the instance to attach the volume to
    (``AttachVolumeByUUIDRequestBody.attach_to``)."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance that the volume is detached from. ``UNSET`` (the default) leaves it
    out of the JSON."""

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
class Certificate:
    """The certificate which was created by this request.

    Note: only one certificate can be specified in the request, so this will always contain a
    single entry (``CreateCertificateResponseData.certificates``)."""

    uuid: UUID | None = None
    """The UUID of the certificate.

    This is a unique identifier for the certificate that is generated when the certificate is
    created. The UUID is used to reference the certificate in API calls and can be used to
    identify the certificate in all API calls that require an identifier. ``None`` when the API
    leaves it out."""

    name: str | None = None
    """The name of the certificate.

    This is a human-readable name that can be used to identify the certificate. The name must be
    unique within the context of your account. The name can also be used to identify the
    certificate in API calls. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """The time the certificate was created. ``None`` when the API leaves it out."""

    common_name: str | None = None
    """The common name (CN) field from the certificate's subject.

    This is typically the primary domain name that the certificate is issued for. It represents
    the main identity that the certificate validates. ``None`` when the API leaves it out."""

    subject: str | None = None
    """The complete subject distinguished name (DN) of the certificate.

    This contains the full subject information from the certificate, including the common name,
    organization, organizational unit, locality, state, and country. The subject identifies the
    entity that the certificate is issued to. ``None`` when the API leaves it out."""

    issuer: str | None = None
    """The complete issuer distinguished name (DN) of the certificate.

    This identifies the Certificate Authority (CA) that issued the certificate. It contains
    information about the CA including its common name, organization, and country. ``None`` when
    the API leaves it out."""

    serial_number: str | None = None
    """The unique serial number assigned to the certificate by the issuing CA.

    This is a unique identifier within the scope of the issuing CA that can be used to identify
    and track the certificate. Serial numbers are typically represented as hexadecimal strings.
    ``None`` when the API leaves it out."""

    not_before: datetime | None = None
    """The date and time when the certificate becomes valid.

    The certificate should not be trusted before this date. This timestamp marks the beginning
    of the certificate's validity period. ``None`` when the API leaves it out."""

    not_after: datetime | None = None
    """The date and time when the certificate expires.

    The certificate should not be trusted after this date. This timestamp marks the end of the
    certificate's validity period. Certificates should be renewed before this date to maintain
    service availability. ``None`` when the API leaves it out."""

    state: CertificateState | None = None
    """The current state of the certificate.

    This indicates whether the certificate is pending issuance, valid and ready for use, or in
    an error state. See CertificateState enum for detailed state descriptions. ``None`` when the
    API leaves it out."""

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
class ConfigurationInstanceCreateArgsRoms:
    """ConfigurationInstanceCreateArgs, given by its roms."""

    roms: InstanceCreateArgsInstanceCreateRequestRoms
    """The ROM to use for the autoscale configuration."""

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
class ConfigurationInstanceCreateArgsTemplate:
    """ConfigurationInstanceCreateArgs, given by its template."""

    template: ServiceGroupTemplate
    """The instance template used for the autoscale configuration."""

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
class CreateAutoscaleConfigurationByServiceGroupUUIDRequest:
    """The request body of ``create_autoscale_configuration_by_service_group_uuid``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the service to create a configuration for. Mutually exclusive with name.
    ``UNSET`` (the default) leaves it out of the JSON."""

    min_size: int | Unset = UNSET
    """The minimum number of instances to keep running. ``UNSET`` (the default) leaves it out of
    the JSON."""

    max_size: int | Unset = UNSET
    """The maximum number of instances to keep running. ``UNSET`` (the default) leaves it out of
    the JSON."""

    warmup_time_ms: int | Unset = UNSET
    """The warmup time in milliseconds for new instances. ``UNSET`` (the default) leaves it out of
    the JSON."""

    cooldown_time_ms: int | Unset = UNSET
    """The cooldown time in milliseconds for the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

    create_args: CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs | Unset = (
        UNSET
    )
    """The arguments to use when creating the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

    policies: list[AutoscalePolicy] | Unset = UNSET
    """The policies to apply to the autoscale configuration. ``UNSET`` (the default) leaves it out
    of the JSON."""

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
class CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms:
    """CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs, given by its roms."""

    roms: InstanceCreateArgsInstanceCreateRequestRoms
    """The ROM to use for the autoscale configuration."""

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
class CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate:
    """CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs, given by its
    template."""

    template: ServiceGroupTemplate
    """The instance template used for the autoscale configuration."""

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
class CreateAutoscaleConfigurationPolicyRequest:
    """The request body of ``create_autoscale_configuration_policy``."""

    name: str
    """The Name of the service to add a policy to."""

    type: AutoscalePolicy
    """The policy type to add to the autoscale configuration."""

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
class CreateAutoscaleConfigurationPolicyResponse:
    """The answer of ``create_autoscale_configuration_policy``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: CreateAutoscaleConfigurationPolicyResponseData | None = None
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
class CreateAutoscaleConfigurationPolicyResponseData:
    """The response data for this request (``CreateAutoscaleConfigurationPolicyResponse.data``)."""

    policies: list[CreateAutoscaleConfigurationPolicyResponsePolicy] = attrs.field(
        factory=_new_list
    )
    """The policies which were added by the request. Empty when the API leaves it out."""

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
class CreateAutoscaleConfigurationPolicyResponsePolicy:
    """The policies which were added by the request
    (``CreateAutoscaleConfigurationPolicyResponseData.policies``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the service of the added policy. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the service of the added policy. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationsRequestConfiguration:
    """An item of the request body of ``create_autoscale_configurations``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the service to create a configuration for. Mutually exclusive with name.
    ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the service to create a configuration for. Mutually exclusive with UUID.
    ``UNSET`` (the default) leaves it out of the JSON."""

    min_size: int | Unset = UNSET
    """The minimum number of instances to keep running. ``UNSET`` (the default) leaves it out of
    the JSON."""

    max_size: int | Unset = UNSET
    """The maximum number of instances to keep running. ``UNSET`` (the default) leaves it out of
    the JSON."""

    warmup_time_ms: int | Unset = UNSET
    """The warmup time in milliseconds for new instances. ``UNSET`` (the default) leaves it out of
    the JSON."""

    cooldown_time_ms: int | Unset = UNSET
    """The cooldown time in milliseconds for the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

    create_args: ConfigurationInstanceCreateArgs | Unset = UNSET
    """The arguments to use when creating the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

    policies: list[AutoscalePolicy] | Unset = UNSET
    """The policies to apply to the autoscale configuration. ``UNSET`` (the default) leaves it out
    of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message(
                    "CreateAutoscaleConfigurationsRequestConfiguration", (("uuid",), ("name",))
                )
            )


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationsResponse:
    """The answer of ``create_autoscale_configurations``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: CreateAutoscaleConfigurationsResponseData | None = None
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
class CreateAutoscaleConfigurationsResponseConfigurationsResponse:
    """The configuration(s) which were created by the request
    (``CreateAutoscaleConfigurationsResponseData.service_groups``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the service where the configuration was created. ``None`` when the API leaves it
    out."""

    name: str | None = None
    """The name of the service where the configuration was created. ``None`` when the API leaves it
    out."""

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


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationsResponseData:
    """The response data for this request (``CreateAutoscaleConfigurationsResponse.data``)."""

    service_groups: list[CreateAutoscaleConfigurationsResponseConfigurationsResponse] = attrs.field(
        factory=_new_list
    )
    """The configuration(s) which were created by the request. Empty when the API leaves it out."""

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
class CreateCertificateRequest:
    """The request body of ``create_certificate``."""

    name: str | Unset = UNSET
    """The name of the certificate.

    This is a human-readable name that can be used to identify the certificate. The name must be
    unique within the context of your account. If no name is specified, a random name is
    generated for you. The name can also be used to identify the certificate in API calls.
    ``UNSET`` (the default) leaves it out of the JSON."""

    cn: str
    """The common name the certificate is for."""

    chain: str
    """The certificate chain, PEM."""

    pkey: str
    """The private key, PEM."""

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
class CreateCertificateResponse:
    """The answer of ``create_certificate``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: CreateCertificateResponseData | None = None
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
class CreateCertificateResponseData:
    """The response data for this request (``CreateCertificateResponse.data``)."""

    certificates: list[Certificate] = attrs.field(factory=_new_list)
    """The certificate which was created by this request.

    Note: only one certificate can be specified in the request, so this will always contain a
    single entry. Empty when the API leaves it out."""

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
class CreateInstanceRequest:
    """The request body of ``create_instance``."""

    image: str
    """The image to use for the instance."""

    name: str | Unset = UNSET
    """(Optional). The name of the instance.

    If not provided, a random name will be generated. The name must be unique. ``UNSET`` (the
    default) leaves it out of the JSON."""

    args: list[str] | Unset = UNSET
    """(Optional). The arguments to pass to the instance when it starts. ``UNSET`` (the default)
    leaves it out of the JSON."""

    env: dict[str, str] | Unset = UNSET
    """(Optional). Environment variables to set for the instance. ``UNSET`` (the default) leaves it
    out of the JSON."""

    memory_mb: int | Unset = UNSET
    """(Optional). Memory in MB to allocate for the instance. Default is 128. ``UNSET`` (the
    default) leaves it out of the JSON."""

    service_group: CreateInstanceRequestServiceGroup | Unset = UNSET
    """(Optional). The service group configuration when creating an instance.

    When creating an instance, either a previously created (persistent) service group can be
    referenced (either through its name or UUID), or a new (ephemeral) service group can be
    created for the instance by specifying the list of services it should expose and optionally
    the domains it should use. ``UNSET`` (the default) leaves it out of the JSON."""

    volumes: list[CreateInstanceRequestVolume] | Unset = UNSET
    """Volumes to attach to the instance.

    This list can contain both existing and new volumes to create as part of the instance
    creation. Existing volumes can be referenced by their name or UUID. New volumes can be
    created by specifying a name, size in MiB, and mount point in the instance. The mount point
    is the directory in the instance where the volume will be mounted. ``UNSET`` (the default)
    leaves it out of the JSON."""

    autostart: bool | Unset = UNSET
    """Whether the instance should start automatically on creation. ``UNSET`` (the default) leaves
    it out of the JSON."""

    replicas: int | Unset = UNSET
    """Number of replicas for the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    restart_policy: InstanceRestartPolicy | Unset = UNSET
    """Restart policy for the instance. This defines how the instance should behave when it stops
    or crashes. ``UNSET`` (the default) leaves it out of the JSON."""

    scale_to_zero: InstanceScaleToZero | Unset = UNSET
    """Scale-to-zero configuration for the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    vcpus: int | Unset = UNSET
    """Number of vCPUs to allocate for the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    wait_timeout_ms: int | Unset = UNSET
    """Timeout to wait for all new instances to reach running state in milliseconds. If you
    autostart your new instance, you can wait for it to finish starting with a blocking API call
    if you specify a wait timeout greater than zero. No wait performed for a value of 0.
    ``UNSET`` (the default) leaves it out of the JSON."""

    features: list[CreateInstanceRequestFeaturesItem] | Unset = UNSET
    """Features to enable for the instance. Features are specific configurations or capabilities
    that can be enabled for the instance. ``UNSET`` (the default) leaves it out of the JSON."""

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
class CreateInstanceRequestDomain:
    """Domains of a new (ephemeral) service group
    (``CreateInstanceRequestServiceGroupNew.domains``)."""

    certificate: NameOrUUID | Unset = UNSET
    """A reference to an existing certificate which can be used for the specified domain. If
    unspecified, Unikraft Cloud will automatically generate a new certificate for the domain
    based on Let's Encrypt and seek to accomplish a DNS-01 challenge. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str
    """Publicly accessible domain name. If this name ends in a period . it must be a valid Full
    Qualified Domain Name (FQDN), otherwise it will become a subdomain of the target metro."""

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
class CreateInstanceRequestServiceGroupByName:
    """A reference to an existing resource by its name."""

    name: str
    """The name of the referenced resource."""

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
class CreateInstanceRequestServiceGroupByUUID:
    """A reference to an existing resource by its uuid."""

    uuid: UUID
    """(Optional). Reference an existing (persistent) service group by its UUID. Mutually exclusive
    with name."""

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
class CreateInstanceRequestServiceGroupNew:
    """A new (ephemeral) service group, described by the services it exposes."""

    services: list[Service]
    """Services of a new (ephemeral) service group."""

    domains: list[CreateInstanceRequestDomain] | Unset = UNSET
    """Domains of a new (ephemeral) service group. ``UNSET`` (the default) leaves it out of the
    JSON."""

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
class CreateInstanceRequestVolume:
    """Volumes to attach to the instance.

    This list can contain both existing and new volumes to create as part of the instance
    creation. Existing volumes can be referenced by their name or UUID. New volumes can be
    created by specifying a name, size in MiB, and mount point in the instance. The mount point
    is the directory in the instance where the volume will be mounted
    (``CreateInstanceRequest.volumes``)."""

    at: str
    """The mount point for the volume in the instance."""

    uuid: UUID | Unset = UNSET
    """The UUID of an existing volume.

    If this is the only specified field, then it will look up an existing volume by this UUID.
    ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the volume.

    If this is the only specified field, then it will look up an existing volume by this name.
    If the volume does not exist, the request will fail. If a new volume is intended to be
    created, then this field must be specified along with the size in MiB and the mount point in
    the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    size_mb: int | Unset = UNSET
    """The size of the volume when creating a new volume.

    When creating a new volume as part of the instance create request, specify the size of the
    volume in MiB. ``UNSET`` (the default) leaves it out of the JSON."""

    read_only: bool | Unset = UNSET
    """Whether the volume is read-only.

    If this field is set to true, the volume will be mounted as read-only in the instance. This
    field is optional and defaults to false and is only applicable when using an existing
    volume. ``UNSET`` (the default) leaves it out of the JSON."""

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
class CreateInstanceResponse:
    """The answer of ``create_instance``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: CreateInstanceResponseData | None = None
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
class CreateInstanceResponseData:
    """The response data for this request (``CreateInstanceResponse.data``)."""

    instances: list[Instance] = attrs.field(factory=_new_list)
    """The instance that was created in this request. Empty when the API leaves it out."""

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
class CreateServiceGroupRequest:
    """The request body of ``create_service_group``."""

    name: str | Unset = UNSET
    """Name of the service group. This is a human-readable name that can be used to identify the
    service group. The name must be unique within the context of your account. If no name is
    specified, a random name is generated for you. The name can also be used to identify the
    service group in API calls. ``UNSET`` (the default) leaves it out of the JSON."""

    services: list[Service] | Unset = UNSET
    """Description of exposed services. ``UNSET`` (the default) leaves it out of the JSON."""

    domains: list[CreateServiceGroupRequestDomain] | Unset = UNSET
    """Description of domains associated with the service group. ``UNSET`` (the default) leaves it
    out of the JSON."""

    soft_limit: int | Unset = UNSET
    """The soft limit is used by the Unikraft Cloud load balancer to decide when to wake up another
    standby instance.

    For example, if the soft limit is set to 5 and the service consists of 2 standby instances,
    one of the instances receives up to 5 concurrent requests. The 6th parallel requests wakes
    up the second instance. If there are no more standby instances to wake up, the number of
    requests assigned to each instance will exceed the soft limit. The load balancer makes sure
    that when the number of in-flight requests goes down again, instances are put into standby
    as fast as possible. ``UNSET`` (the default) leaves it out of the JSON."""

    hard_limit: int | Unset = UNSET
    """The hard limit defines the maximum number of concurrent requests that an instance assigned
    to the this service can handle.

    The load balancer will never assign more requests to a single instance. In case there are no
    other instances available, excess requests fail (i.e., they are blocked and not queued).
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
class CreateServiceGroupRequestDomain:
    """Description of domains associated with the service group
    (``CreateServiceGroupRequest.domains``)."""

    name: str
    """Publicly accessible domain name. If this name ends in a period . it must be a valid Full
    Qualified Domain Name (FQDN), otherwise it will become a subdomain of the target metro."""

    certificate: NameOrUUID | Unset = UNSET
    """Use an existing certificate for the domain. If this field is specified, the domain must be
    associated with a valid certificate. ``UNSET`` (the default) leaves it out of the JSON."""

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
class CreateServiceGroupResponse:
    """The answer of ``create_service_group``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: CreateServiceGroupResponseData | None = None
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
class CreateServiceGroupResponseData:
    """The response data for this request (``CreateServiceGroupResponse.data``)."""

    service_groups: list[ServiceGroup] = attrs.field(factory=_new_list)
    """The service group which was created by this request.

    Note: only one service group can be specified in the request, so this will always contain a
    single entry. Empty when the API leaves it out."""

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
class CreateVolumeRequest:
    """The request body of ``create_volume``."""

    name: str | Unset = UNSET
    """The name of the volume.

    This is a human-readable name that can be used to identify the volume. The name must be
    unique within the context of your account. If no name is specified, a random name of the
    form vol-X is generated for you, where X is a 5 character long random alphanumeric suffix..
    The name can also be used to identify the volume in API calls. ``UNSET`` (the default)
    leaves it out of the JSON."""

    size_mb: int
    """Size of the new volume in MiB."""

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
class CreateVolumeResponse:
    """The answer of ``create_volume``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: CreateVolumeResponseData | None = None
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
class CreateVolumeResponseData:
    """The response data for this request (``CreateVolumeResponse.data``)."""

    volumes: list[CreateVolumeResponseVolume] = attrs.field(factory=_new_list)
    """The volume(s) which were created by the request. Empty when the API leaves it out."""

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
class CreateVolumeResponseVolume:
    """The volume(s) which were created by the request (``CreateVolumeResponseData.volumes``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """UUID of the newly created volume. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the newly created volume. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationPolicyResponse:
    """The answer of ``delete_autoscale_configuration_policies``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DeleteAutoscaleConfigurationPolicyResponseData | None = None
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
class DeleteAutoscaleConfigurationPolicyResponseData:
    """The response data for this request (``DeleteAutoscaleConfigurationPolicyResponse.data``)."""

    policies: list[DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse] = attrs.field(
        factory=_new_list
    )
    """The policies which were deleted by the request. Empty when the API leaves it out."""

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
class DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse:
    """The policies which were deleted by the request
    (``DeleteAutoscaleConfigurationPolicyResponseData.policies``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the service of the deleted policy. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationsResponse:
    """The answer of ``delete_autoscale_configurations``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DeleteAutoscaleConfigurationsResponseData | None = None
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
class DeleteAutoscaleConfigurationsResponseData:
    """The response data for this request (``DeleteAutoscaleConfigurationsResponse.data``)."""

    service_groups: list[DeleteAutoscaleConfigurationsResponseServiceGroup] = attrs.field(
        factory=_new_list
    )
    """The configuration(s) which were deleted by the request. Empty when the API leaves it out."""

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
class DeleteAutoscaleConfigurationsResponseServiceGroup:
    """The configuration(s) which were deleted by the request
    (``DeleteAutoscaleConfigurationsResponseData.service_groups``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the service where the configuration was deleted. ``None`` when the API leaves it
    out."""

    name: str | None = None
    """The name of the service where the configuration was deleted. ``None`` when the API leaves it
    out."""

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


@attrs.define(kw_only=True)
class DeleteCertificatesResponse:
    """The answer of ``delete_certificates``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DeleteCertificatesResponseData | None = None
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
class DeleteCertificatesResponseData:
    """The response data for this request (``DeleteCertificatesResponse.data``)."""

    certificates: list[DeleteCertificatesResponseDeletedCertificate] = attrs.field(
        factory=_new_list
    )
    """The certificate(s) which were deleted by the request. Empty when the API leaves it out."""

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
class DeleteCertificatesResponseDeletedCertificate:
    """The certificate(s) which were deleted by the request
    (``DeleteCertificatesResponseData.certificates``)."""

    status: ResponseStatus | None = None
    """Indicates whether the delete operation was successful or not for this certificate. ``None``
    when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the certificate which was deleted. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the certificate which was deleted. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class DeleteInstancesResponse:
    """The answer of ``delete_instances``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DeleteInstancesResponseData | None = None
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
class DeleteInstancesResponseData:
    """The response data for this request (``DeleteInstancesResponse.data``)."""

    instances: list[DeleteInstancesResponseDeletedInstance] = attrs.field(factory=_new_list)
    """The instance(s) which were deleted by the request. Empty when the API leaves it out."""

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
class DeleteInstancesResponseDeletedInstance:
    """The instance(s) which were deleted by the request
    (``DeleteInstancesResponseData.instances``)."""

    status: ResponseStatus | None = None
    """Indicates whether the start operation was successful or not for this instance. ``None`` when
    the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the instance which was deleted. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance which was deleted. ``None`` when the API leaves it out."""

    previous_state: str | None = None
    """The previous state of the instance before it was deleted. ``None`` when the API leaves it
    out."""

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


@attrs.define(kw_only=True)
class DeletePolicyRequest:
    """The request body of ``delete_autoscale_configuration_policies``."""

    name: str
    """The Name of the policy to delete."""

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
class DeleteServiceGroupsResponse:
    """The answer of ``delete_service_groups``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DeleteServiceGroupsResponseData | None = None
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
class DeleteServiceGroupsResponseData:
    """The response data for this request (``DeleteServiceGroupsResponse.data``)."""

    service_groups: list[DeleteServiceGroupsResponseDeletedServiceGroup] = attrs.field(
        factory=_new_list
    )
    """The service group(s) which were deleted by the request. Empty when the API leaves it out."""

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
class DeleteServiceGroupsResponseDeletedServiceGroup:
    """The service group(s) which were deleted by the request
    (``DeleteServiceGroupsResponseData.service_groups``)."""

    status: ResponseStatus | None = None
    """Indicates whether the delete operation was successful or not for this service group.
    ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the service group which was deleted. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the service group which was deleted. ``None`` when the API leaves it out."""

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
class DeleteVolumesResponse:
    """The answer of ``delete_volumes``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DeleteVolumesResponseData | None = None
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
class DeleteVolumesResponseData:
    """The response data for this request (``DeleteVolumesResponse.data``)."""

    volumes: list[DeleteVolumesResponseDeletedVolume] = attrs.field(factory=_new_list)
    """The volume(s) which were deleted by the request. Empty when the API leaves it out."""

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
class DeleteVolumesResponseDeletedVolume:
    """The volume(s) which were deleted by the request (``DeleteVolumesResponseData.volumes``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the volume that was deleted. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the volume that was deleted. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class DetachVolumeByUUIDRequestBody:
    """The request body of ``detach_volume_by_uuid``."""

    from_: BodyInstanceID | Unset = UNSET
    """UUID or name of the instance to detach the volume from. JSON: ``from``. ``UNSET`` (the
    default) leaves it out of the JSON."""

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
class DetachVolumesRequest:
    """The request body of ``detach_volumes``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the volume to detach. Mutually exclusive with name. Exactly one of uuid or name
    must be provided. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the volume to detach. Mutually exclusive with UUID. Exactly one of uuid or name
    must be provided. ``UNSET`` (the default) leaves it out of the JSON."""

    from_: DetachVolumesRequestInstanceID | Unset = UNSET
    """UUID or name of the instance to detach the volume from. JSON: ``from``. ``UNSET`` (the
    default) leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("DetachVolumesRequest", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class DetachVolumesRequestInstanceID:
    """UUID or name of the instance to detach the volume from (``DetachVolumesRequest.from_``)."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance that the volume is detached from. ``UNSET`` (the default) leaves it
    out of the JSON."""

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
class DetachVolumesResponse:
    """The answer of ``detach_volumes``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DetachVolumesResponseData | None = None
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
class DetachVolumesResponseData:
    """The response data for this request (``DetachVolumesResponse.data``)."""

    volumes: list[DetachVolumesResponseDetachedVolume] = attrs.field(factory=_new_list)
    """The volume(s) which were detached by the request. Empty when the API leaves it out."""

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
class DetachVolumesResponseDetachedVolume:
    """The volume(s) which were detached by the request (``DetachVolumesResponseData.volumes``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the volume that was detached. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the volume that was detached. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class Domain:
    """List of domains associated with the service. Domains are used to access the service over the
    Internet (``ServiceGroup.domains``)."""

    certificate: Certificate | None = None
    """Use an existing certificate for the domain. If this field is specified, the domain must be
    associated with a valid certificate. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationPolicyRequest:
    """The request body of ``get_autoscale_configuration_policies``."""

    name: str
    """The Name of the policy to get."""

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
class GetAutoscaleConfigurationPolicyResponse:
    """The answer of ``get_autoscale_configuration_policies``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetAutoscaleConfigurationPolicyResponseData | None = None
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
class GetAutoscaleConfigurationPolicyResponseData:
    """The response data for this request (``GetAutoscaleConfigurationPolicyResponse.data``)."""

    policies: list[GetAutoscaleConfigurationPolicyResponsePolicyResponse] = attrs.field(
        factory=_new_list
    )
    """The policy which was retrieved by the request. Empty when the API leaves it out."""

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
class GetAutoscaleConfigurationPolicyResponsePolicyResponse:
    """The policy which was retrieved by the request
    (``GetAutoscaleConfigurationPolicyResponseData.policies``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    policy: AutoscalePolicy | None = None
    """The policy which was retrieved by the request. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationsResponse:
    """The answer of ``get_autoscale_configurations``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetAutoscaleConfigurationsResponseData | None = None
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
class GetAutoscaleConfigurationsResponseData:
    """The response data for this request (``GetAutoscaleConfigurationsResponse.data``)."""

    service_groups: list[GetAutoscaleConfigurationsResponseServiceGroup] = attrs.field(
        factory=_new_list
    )
    """The configuration(s) which were retrieved by the request. Empty when the API leaves it out."""

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
class GetAutoscaleConfigurationsResponseServiceGroup:
    """The configuration(s) which were retrieved by the request
    (``GetAutoscaleConfigurationsResponseData.service_groups``)."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the service where the configuration was created. ``None`` when the API leaves it
    out."""

    name: str | None = None
    """The name of the service where the configuration was created. ``None`` when the API leaves it
    out."""

    enabled: bool | None = None
    """If the autoscale configuration is enabled. ``None`` when the API leaves it out."""

    min_size: int | None = None
    """The minimum number of instances to keep running. Only if enabled is true. ``None`` when the
    API leaves it out."""

    max_size: int | None = None
    """The maximum number of instances to keep running. Only if enabled is true. ``None`` when the
    API leaves it out."""

    warmup_time_ms: int | None = None
    """The warmup time in seconds for new instances. Only if enabled is true. ``None`` when the API
    leaves it out."""

    cooldown_time_ms: int | None = None
    """The cooldown time in seconds for the autoscale configuration. Only if enabled is true.
    ``None`` when the API leaves it out."""

    template: ServiceGroupTemplate | None = None
    """The instance template used for the autoscale configuration. Only if enabled is true.
    ``None`` when the API leaves it out."""

    policies: list[AutoscalePolicy] = attrs.field(factory=_new_list)
    """The policies applied to the autoscale configuration. Empty when the API leaves it out."""

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


@attrs.define(kw_only=True)
class GetCertificatesResponse:
    """The answer of ``get_certificates``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetCertificatesResponseData | None = None
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
class GetCertificatesResponseData:
    """The response data for this request (``GetCertificatesResponse.data``)."""

    certificates: list[Certificate] = attrs.field(factory=_new_list)
    """The certificate(s) which were retrieved by the request. Empty when the API leaves it out."""

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
class GetImageResponse:
    """The answer of ``get_image_by_digest``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the response. ``None`` when the
    API leaves it out."""

    data: GetImageResponseData | None = None
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
class GetImageResponseData:
    """The response data for this request (``GetImageResponse.data``)."""

    image: Image | None = None
    """The instance that was created in this request. ``None`` when the API leaves it out."""

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
class GetInstanceLogsByUUIDRequestBody:
    """The request body of ``get_instance_logs_by_uuid``."""

    offset: int | Unset = UNSET
    """The byte offset of the log output to receive. A negative sign makes the offset relative to
    the end of the log. ``UNSET`` (the default) leaves it out of the JSON."""

    limit: int | Unset = UNSET
    """The amount of bytes to return at most. ``UNSET`` (the default) leaves it out of the JSON."""

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
class GetInstanceLogsRequest:
    """The request body of ``get_instance_logs``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance to retrieve logs for. Mutually exclusive with name. ``UNSET`` (the
    default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance to retrieve logs for. Mutually exclusive with UUID. ``UNSET`` (the
    default) leaves it out of the JSON."""

    offset: int | Unset = UNSET
    """The byte offset of the log output to receive. A negative sign makes the offset relative to
    the end of the log. ``UNSET`` (the default) leaves it out of the JSON."""

    limit: int | Unset = UNSET
    """The amount of bytes to return at most. ``UNSET`` (the default) leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        named = (
            (self.uuid,),
            (self.name,),
        )
        if not count_present(named):
            raise ConstraintError(
                at_least_one_of_message("GetInstanceLogsRequest", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class GetInstanceLogsResponse:
    """The answer of ``get_instance_logs``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetInstanceLogsResponseData | None = None
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
class GetInstanceLogsResponseAvailable:
    """Description of the log availability (``GetInstanceLogsResponseLoggedInstance.available``)."""

    start: int | None = None
    """The first byte offset that can be retrieved. ``None`` when the API leaves it out."""

    end: int | None = None
    """The last byte offset that can be retrieved. ``None`` when the API leaves it out."""

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
class GetInstanceLogsResponseData:
    """The response data for this request (``GetInstanceLogsResponse.data``)."""

    instances: list[GetInstanceLogsResponseLoggedInstance] = attrs.field(factory=_new_list)
    """The instance which this requested waited on.

    Note: only one instance can be specified in the request, so this will always contain a
    single entry. Empty when the API leaves it out."""

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
class GetInstanceLogsResponseLoggedInstance:
    """The instance which this requested waited on.

    Note: only one instance can be specified in the request, so this will always contain a
    single entry (``GetInstanceLogsResponseData.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance. ``None`` when the API leaves it out."""

    output: str | None = None
    """Base64 encoded log output of the instance. ``None`` when the API leaves it out."""

    available: GetInstanceLogsResponseAvailable | None = None
    """Description of the log availability. ``None`` when the API leaves it out."""

    range: GetInstanceLogsResponseRange | None = None
    """Description of the range that was returned. Useful for requests with offset relative to end.
    ``None`` when the API leaves it out."""

    state: InstanceState | None = None
    """State of the instance when the logs were retrieved. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class GetInstanceLogsResponseRange:
    """Description of the range that was returned. Useful for requests with offset relative to end
    (``GetInstanceLogsResponseLoggedInstance.range``)."""

    start: int | None = None
    """The first retrieved byte. ``None`` when the API leaves it out."""

    end: int | None = None
    """The last retrieved byte. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class GetInstancesResponse:
    """The answer of ``get_instances``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetInstancesResponseData | None = None
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
class GetInstancesResponseData:
    """The response data for this request (``GetInstancesResponse.data``)."""

    instances: list[Instance] = attrs.field(factory=_new_list)
    """The instance(s) that were retrieved by the request. Empty when the API leaves it out."""

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
class GetServiceGroupsResponse:
    """The answer of ``get_service_groups``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetServiceGroupsResponseData | None = None
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
class GetServiceGroupsResponseData:
    """The response data for this request (``GetServiceGroupsResponse.data``)."""

    service_groups: list[ServiceGroup] = attrs.field(factory=_new_list)
    """The service group(s) which were retrieved by the request. Empty when the API leaves it out."""

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
class GetVolumesResponse:
    """The answer of ``get_volumes``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetVolumesResponseData | None = None
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
class GetVolumesResponseData:
    """The response data for this request (``GetVolumesResponse.data``)."""

    volumes: list[Volume] = attrs.field(factory=_new_list)
    """The volume(s) which were retrieved by the request. Empty when the API leaves it out."""

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
class HealthzResponse:
    """The answer of ``healthz``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the response. ``None`` when the
    API leaves it out."""

    errors: list[ResponseError] = attrs.field(factory=_new_list)
    """A list of errors which may have occurred during the request. Empty when the API leaves it
    out."""

    data: HealthzResponseData | None = None
    """The response data for this request. ``None`` when the API leaves it out."""

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
class HealthzResponseData:
    """The response data for this request (``HealthzResponse.data``)."""

    services: dict[str, Any] | None = None
    """The ``services`` field. ``None`` when the API leaves it out."""

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
class Image:
    """The instance that was created in this request (``GetImageResponseData.image``)."""

    tag: str | None = None
    """The canonical name of the image is known as the "tag". ``None`` when the API leaves it out."""

    digest: str | None = None
    """The digest of the image is a unique identifier of the image manifest which is a string
    representation including the hashing algorithm and the hash value separated by a colon.
    ``None`` when the API leaves it out."""

    description: str | None = None
    """A description of the image. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """When the image was created. ``None`` when the API leaves it out."""

    arch: str | None = None
    """The architecture of the image. ``None`` when the API leaves it out."""

    entrypoint: list[str] = attrs.field(factory=_new_list)
    """The entrypoint of the image is the command that is run when the image is started. Empty when
    the API leaves it out."""

    cmd: list[str] = attrs.field(factory=_new_list)
    """The command to run when the image is started. Empty when the API leaves it out."""

    env: list[str] = attrs.field(factory=_new_list)
    """The environment variables to set when the image is started. Empty when the API leaves it
    out."""

    ports: list[str] = attrs.field(factory=_new_list)
    """Documented port mappings for the image. Empty when the API leaves it out."""

    volumes: list[str] = attrs.field(factory=_new_list)
    """Documented volumes for the image. Empty when the API leaves it out."""

    labels: dict[str, str] | None = None
    """Labels are key-value pairs. ``None`` when the API leaves it out."""

    workdir: str | None = None
    """The working directory for the image is the directory that is set as the current working
    directory when the image is started. ``None`` when the API leaves it out."""

    kernel: Object | None = None
    """The kernel object is a reference to the kernel that is used by the image. ``None`` when the
    API leaves it out."""

    auxiliary_roms: list[Object] = attrs.field(factory=_new_list)
    """List of auxiliary ROMs that are used by the image. Empty when the API leaves it out."""

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
class InstanceCreateArgsInstanceCreateRequestRoms:
    """The ROM to use for the autoscale configuration
    (``ConfigurationInstanceCreateArgsRoms.roms``)."""

    image: str
    """The image of the ROM to use for the autoscale configuration."""

    name: str | Unset = UNSET
    """The name of the ROM to use for the autoscale configuration. ``UNSET`` (the default) leaves
    it out of the JSON."""

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
class InstanceScaleToZero:
    """Scale-to-zero configuration for the instance (``CreateInstanceRequest.scale_to_zero``)."""

    enabled: bool | Unset = UNSET
    """Indicates whether scale-to-zero is enabled for the instance. ``UNSET`` (the default) leaves
    it out of the JSON."""

    policy: InstanceScaleToZeroPolicy | Unset = UNSET
    """The specific policy to use for scaling the instance to zero. ``UNSET`` (the default) leaves
    it out of the JSON."""

    stateful: bool | Unset = UNSET
    """Whether the instance should be stateful when scaled to zero. If set to true, the instance
    will retain its state (e.g., RAM contents) when scaled to zero. This is useful for instances
    that need to maintain their state across scale-to-zero operations. If set to false, the
    instance will lose its state when scaled to zero, and it will be restarted from scratch when
    scaled back up. ``UNSET`` (the default) leaves it out of the JSON."""

    cooldown_time_ms: int | Unset = UNSET
    """The cooldown time in milliseconds before the instance can be scaled to zero again. This is
    useful to prevent rapid scaling to zero and back up, which can lead to performance issues or
    resource exhaustion. ``UNSET`` (the default) leaves it out of the JSON."""

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


@attrs.define(kw_only=True)
class NameOrUUIDByName:
    """A reference to an existing resource by its name."""

    name: str
    """The name of the referenced resource."""

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
class NameOrUUIDByUUID:
    """A reference to an existing resource by its uuid."""

    uuid: UUID
    """Mutually exclusive with name."""

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
class Object:
    """The kernel object is a reference to the kernel that is used by the image (``Image.kernel``)."""

    digest: str | None = None
    """The digest is a string representation including the hashing algorithm and the hash value
    separated by a colon. ``None`` when the API leaves it out."""

    media_type: str | None = None
    """The media type of the layer is a string that identifies the type of content that the layer
    contains. ``None`` when the API leaves it out."""

    size: int | None = None
    """The size of the layer in bytes. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class ResponseError:
    """A list of errors which may have occurred during the request
    (``AttachVolumesResponse.errors``)."""

    status: int | None = None
    """The HTTP status code of the error. ``None`` when the API leaves it out."""

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
class Service:
    """Services of a new (ephemeral) service group
    (``CreateInstanceRequestServiceGroupNew.services``)."""

    port: int
    """This is the public-facing port that the service will be accessible from on the Internet."""

    destination_port: int | Unset = UNSET
    """The port number that the instance is listening on. This is the internal port which Unikraft
    Cloud will forward traffic to. ``UNSET`` (the default) leaves it out of the JSON."""

    handlers: list[ServiceHandlersItem] | Unset = UNSET
    """Connection handlers to use for the service. Handlers define how the service will handle
    incoming connections and forward traffic from the Internet to your application. For example,
    a service can be configured to terminate TLS connections, redirect HTTP traffic, or enable
    HTTP mode for load balancing. You configure the handlers for every published service port
    individually. ``UNSET`` (the default) leaves it out of the JSON."""

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
class ServiceGroup:
    """The service group which was created by this request.

    Note: only one service group can be specified in the request, so this will always contain a
    single entry (``CreateServiceGroupResponseData.service_groups``)."""

    uuid: UUID | None = None
    """The UUID of the service group.

    This is a unique identifier for the service group that is generated when the service group
    is created. The UUID is used to reference the service in API calls and can be used to
    identify the service group in all API calls that require an identifier. ``None`` when the
    API leaves it out."""

    name: str | None = None
    """The name of the service group.

    This is a human-readable name that can be used to identify the service group. The name must
    be unique within the context of your account. The name can also be used to identify the
    service in API calls. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """The time the service was created. ``None`` when the API leaves it out."""

    persistent: bool | None = None
    """Indicates if the service will stay remain even after the last instance detached. If this is
    set to false, the service will be deleted when the last instance detached from it. If this
    is set to true, the service will remain and can be reused by other instances. This is useful
    if you want to keep the service configuration, e.g., the published ports, handlers, and
    domains, even if there are no instances assigned to it. ``None`` when the API leaves it out."""

    autoscale: bool | None = None
    """Indicates if the service has autoscale enabled. See the associated autoscale documentation
    for more information about how to set this up. Autoscale policies can be set up after the
    service has been created. ``None`` when the API leaves it out."""

    soft_limit: int | None = None
    """The soft limit is used by the Unikraft Cloud load balancer to decide when to wake up another
    standby instance. For example, if the soft limit is set to 5 and the service consists of 2
    standby instances, one of the instances receives up to 5 concurrent requests. The 6th
    parallel requests wakes up the second instance. If there are no more standby instances to
    wake up, the number of requests assigned to each instance will exceed the soft limit. The
    load balancer makes sure that when the number of in-flight requests goes down again,
    instances are put into standby as fast as possible. ``None`` when the API leaves it out."""

    hard_limit: int | None = None
    """The hard limit defines the maximum number of concurrent requests that an instance assigned
    to the this service can handle. The load balancer will never assign more requests to a
    single instance. In case there are no other instances available, excess requests fail (i.e.,
    they are blocked and not queued). ``None`` when the API leaves it out."""

    services: list[Service] = attrs.field(factory=_new_list)
    """List of published network ports for this service and the destination port to which Unikraft
    Cloud will forward traffic to. Additional handlers can be defined for each published port in
    order to define how the service will handle incoming connections and forward traffic from
    the Internet to your application. For example, a service can be configured to terminate TLS
    connections, redirect HTTP traffic, or enable HTTP mode for load balancing. Empty when the
    API leaves it out."""

    domains: list[Domain] = attrs.field(factory=_new_list)
    """List of domains associated with the service. Domains are used to access the service over the
    Internet. Empty when the API leaves it out."""

    instances: list[ServiceGroupInstance] = attrs.field(factory=_new_list)
    """List of instances assigned to the service. Empty when the API leaves it out."""

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
class ServiceGroupInstance:
    """List of instances assigned to the service (``ServiceGroup.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance. This is a unique identifier for the instance that is generated
    when the instance is created. The UUID is used to reference the instance in API calls and
    can be used to identify the instance in all API calls that require an instance identifier.
    ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance. This is a human-readable name that can be used to identify the
    instance. The name must be unique within the context of your account. If no name is
    specified, a random name is generated for you. The name can also be used to identify the
    instance in API calls. ``None`` when the API leaves it out."""

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
class ServiceGroupTemplate:
    """The instance template used for the autoscale configuration
    (``ConfigurationInstanceCreateArgsTemplate.template``)."""

    name: str | Unset = UNSET
    """The name of the template used for the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

    uuid: UUID | Unset = UNSET
    """The UUID of the template used for the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

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
class StartInstanceResponse:
    """The answer of ``start_instances``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: StartInstanceResponseData | None = None
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
class StartInstanceResponseData:
    """The response data for this request (``StartInstanceResponse.data``)."""

    instances: list[StartInstanceResponseStartedInstance] = attrs.field(factory=_new_list)
    """The instance(s) which were started by the request. Empty when the API leaves it out."""

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
class StartInstanceResponseStartedInstance:
    """The instance(s) which were started by the request (``StartInstanceResponseData.instances``)."""

    status: ResponseStatus | None = None
    """Indicates whether the start operation was successful or not for this instance. ``None`` when
    the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the instance which was deleted. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance which was deleted. ``None`` when the API leaves it out."""

    state: str | None = None
    """The current state of the instance after this request. ``None`` when the API leaves it out."""

    previous_state: str | None = None
    """The previous state of the instance before it was deleted. ``None`` when the API leaves it
    out."""

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


@attrs.define(kw_only=True)
class StopInstanceResponse:
    """The answer of ``stop_instances``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: StopInstanceResponseData | None = None
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
class StopInstanceResponseData:
    """The response data for this request (``StopInstanceResponse.data``)."""

    instances: list[StopInstanceResponseStoppedInstance] = attrs.field(factory=_new_list)
    """The instance(s) which were stopped by the request. Empty when the API leaves it out."""

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
class StopInstanceResponseStoppedInstance:
    """The instance(s) which were stopped by the request (``StopInstanceResponseData.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance. ``None`` when the API leaves it out."""

    state: InstanceState | None = None
    """The current state of the instance. ``None`` when the API leaves it out."""

    previous_state: InstanceState | None = None
    """The previous state of the instance before the stop operation was invoked. ``None`` when the
    API leaves it out."""

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


@attrs.define(kw_only=True)
class StopInstancesRequestID:
    """An item of the request body of ``stop_instances``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance to stop. Mutually exclusive with name. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance to stop. Mutually exclusive with UUID. ``UNSET`` (the default)
    leaves it out of the JSON."""

    force: bool | Unset = UNSET
    """Whether to immediately force stop the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    drain_timeout_ms: int | Unset = UNSET
    """Timeout for draining connections in milliseconds. The instance does not receive new
    connections in the draining phase. The instance is stopped when the last connection has been
    closed or the timeout expired. The maximum timeout may vary. Use -1 for the largest possible
    value.

    Note: This endpoint does not block. Use the wait endpoint for the instance to reach the
    stopped state. ``UNSET`` (the default) leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        named = (
            (self.uuid,),
            (self.name,),
        )
        if not count_present(named):
            raise ConstraintError(
                at_least_one_of_message("StopInstancesRequestID", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class UpdateInstanceByUUIDRequestBody:
    """The request body of ``update_instance_by_uuid``."""

    prop: UpdateInstanceProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform on the property."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation. The type depends on the property and operation:

    - For "image": string
    - For "args": string or array of strings
    - For "env": object (for SET/ADD) or string/array of strings (for DEL)
    - For "memory_mb": integer
    - For "vcpus": integer
    - For "scale_to_zero": object with cooldown_time_ms, policy, and stateful fields
    - For "tags": array of strings
    - For "delete_lock": boolean. ``UNSET`` (the default) leaves it out of the JSON."""

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
class UpdateInstancesRequest:
    """The request body of ``update_instances``."""

    prop: UpdateInstanceProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform on the property."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance to update. Mutually exclusive with name. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance to update. Mutually exclusive with UUID. ``UNSET`` (the default)
    leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation. The type depends on the property and operation:

    - For "image": string
    - For "args": string or array of strings
    - For "env": object (for SET/ADD) or string/array of strings (for DEL)
    - For "memory_mb": integer
    - For "vcpus": integer
    - For "scale_to_zero": object with cooldown_time_ms, policy, and stateful fields
    - For "tags": array of strings
    - For "delete_lock": boolean. ``UNSET`` (the default) leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("UpdateInstancesRequest", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class UpdateInstancesResponse:
    """The answer of ``update_instances``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: UpdateInstancesResponseData | None = None
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
class UpdateInstancesResponseData:
    """The response data for this request (``UpdateInstancesResponse.data``)."""

    instances: list[UpdateInstancesResponseUpdatedInstance] = attrs.field(factory=_new_list)
    """List of instances that were processed during the update operation. Empty when the API leaves
    it out."""

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
class UpdateInstancesResponseUpdatedInstance:
    """List of instances that were processed during the update operation
    (``UpdateInstancesResponseData.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance that was updated. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance that was updated. ``None`` when the API leaves it out."""

    status: str | None = None
    """The status of this particular instance update operation. ``None`` when the API leaves it
    out."""

    id: str | None = None
    """(Optional). The client-provided ID from the request. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class UpdateServiceGroupByUUIDRequestBody:
    """The request body of ``update_service_group_by_uuid``."""

    prop: UpdateServiceGroupProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation:

    - For "services": array of Service objects
    - For "domains": array of Domain objects
    - For "soft_limit": integer (1–65535), must be <= "hard_limit"
    - For "hard_limit": integer (1–65535), must be >= "soft_limit". ``UNSET`` (the default)
    leaves it out of the JSON."""

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
class UpdateServiceGroupsRequestItem:
    """An item of the request body of ``update_service_groups``."""

    prop: UpdateServiceGroupProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    uuid: UUID | Unset = UNSET
    """The UUID of the service group to update. Mutually exclusive with name. ``UNSET`` (the
    default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the service group to update. Mutually exclusive with UUID. ``UNSET`` (the
    default) leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation:

    - For "services": array of Service objects
    - For "domains": array of Domain objects
    - For "soft_limit": integer (1–65535), must be <= "hard_limit"
    - For "hard_limit": integer (1–65535), must be >= "soft_limit". ``UNSET`` (the default)
    leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("UpdateServiceGroupsRequestItem", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class UpdateServiceGroupsResponse:
    """The answer of ``update_service_groups``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: UpdateServiceGroupsResponseData | None = None
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
class UpdateServiceGroupsResponseData:
    """The response data for this request (``UpdateServiceGroupsResponse.data``)."""

    service_groups: list[UpdateServiceGroupsResponseUpdatedServiceGroup] = attrs.field(
        factory=_new_list
    )
    """List of service groups that were processed during the update operation. Empty when the API
    leaves it out."""

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
class UpdateServiceGroupsResponseUpdatedServiceGroup:
    """List of service groups that were processed during the update operation
    (``UpdateServiceGroupsResponseData.service_groups``)."""

    uuid: UUID | None = None
    """The UUID of the service group that was updated. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the service group that was updated. ``None`` when the API leaves it out."""

    status: str | None = None
    """The status of this particular service group update operation. ``None`` when the API leaves
    it out."""

    id: str | None = None
    """(Optional). The client-provided ID from the request. ``None`` when the API leaves it out."""

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
class UpdateVolumeByUUIDRequestBody:
    """The request body of ``update_volume_by_uuid``."""

    prop: UpdateVolumeProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation. The type depends on the property and operation:

    - For "size_mb": unsigned integer
    - For "quota_policy": "static" or "dynamic"
    - For "tags": array of Strings
    - For "delete_lock": boolean. ``UNSET`` (the default) leaves it out of the JSON."""

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
class UpdateVolumesRequestItem:
    """An item of the request body of ``update_volumes``."""

    prop: UpdateVolumeProperty
    """The property to modify."""

    op: UpdateOperation
    """The operation to perform."""

    id: str | Unset = UNSET
    """(Optional). A client-provided identifier for tracking this operation in the response.
    ``UNSET`` (the default) leaves it out of the JSON."""

    uuid: UUID | Unset = UNSET
    """The UUID of the volume to update. Mutually exclusive with name. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the volume to update. Mutually exclusive with UUID. ``UNSET`` (the default)
    leaves it out of the JSON."""

    value: Any | Unset = UNSET
    """The value for the update operation. The type depends on the property and operation:

    - For "size_mb": unsigned integer
    - For "quota_policy": 1 - static reservation, 2 - dynamic reservation
    - For "tags": array of Strings
    - For "delete_lock": boolean. ``UNSET`` (the default) leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("UpdateVolumesRequestItem", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class UpdateVolumesResponse:
    """The answer of ``update_volumes``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: UpdateVolumesResponseData | None = None
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
class UpdateVolumesResponseData:
    """The response data for this request (``UpdateVolumesResponse.data``)."""

    volumes: list[UpdateVolumesResponseUpdatedVolume] = attrs.field(factory=_new_list)
    """List of volumes that were processed during the update operation. Empty when the API leaves
    it out."""

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
class UpdateVolumesResponseUpdatedVolume:
    """List of volumes that were processed during the update operation
    (``UpdateVolumesResponseData.volumes``)."""

    uuid: UUID | None = None
    """The UUID of the volume that was updated. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the service group that was updated. ``None`` when the API leaves it out."""

    status: str | None = None
    """The status of this particular volume update operation. ``None`` when the API leaves it out."""

    id: str | None = None
    """(Optional). The client-provided ID from the request. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class Volume:
    """The volume(s) which were retrieved by the request (``GetVolumesResponseData.volumes``)."""

    uuid: UUID | None = None
    """The UUID of the volume.

    This is a unique identifier for the volume that is generated when the volume is created. The
    UUID is used to reference the volume in API calls and can be used to identify the volume in
    all API calls that require an identifier. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the volume.

    This is a human-readable name that can be used to identify the volume. The name must be
    unique within the context of your account. The name can also be used to identify the volume
    in API calls. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """The time the volume was created. ``None`` when the API leaves it out."""

    state: VolumeState | None = None
    """Current state of the volume. ``None`` when the API leaves it out."""

    size_mb: int | None = None
    """The size of the volume in megabytes. ``None`` when the API leaves it out."""

    persistent: bool | None = None
    """Indicates if the volume will stay alive when the last instance is deleted that this volume
    is attached to. ``None`` when the API leaves it out."""

    attached_to: list[VolumeInstanceID] = attrs.field(factory=_new_list)
    """List of instances that this volume is attached to. Empty when the API leaves it out."""

    mounted_by: list[VolumeVolumeInstanceMount] = attrs.field(factory=_new_list)
    """List of instances that have this volume mounted. Empty when the API leaves it out."""

    tags: list[str] = attrs.field(factory=_new_list)
    """The tags associated with the volume. Empty when the API leaves it out."""

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
class VolumeInstanceID:
    """List of instances that this volume is attached to (``Volume.attached_to``)."""

    uuid: UUID | None = None
    """The UUID of the instance. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance that the volume is attached to. ``None`` when the API leaves it
    out."""

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
class VolumeVolumeInstanceMount:
    """List of instances that have this volume mounted (``Volume.mounted_by``)."""

    uuid: UUID | None = None
    """The UUID of the instance. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance that the volume is mounted in. ``None`` when the API leaves it out."""

    read_only: bool | None = None
    """Whether the instance mounts the volume read-only. ``None`` when the API leaves it out."""

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
class WaitInstanceByUUIDRequestBody:
    """The request body of ``wait_instance_by_uuid``."""

    timeout_ms: int | Unset = UNSET
    """Timeout in milliseconds to wait for the instance to reach the desired state. If the timeout
    is reached, the request will fail with an error. A value of -1 means to wait indefinitely
    until the instance reaches the desired state. ``UNSET`` (the default) leaves it out of the
    JSON."""

    state: InstanceState | Unset = UNSET
    """The state to wait for. ``UNSET`` (the default) leaves it out of the JSON."""

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
class WaitInstanceResponse:
    """The answer of ``wait_instances``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: WaitInstanceResponseData | None = None
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
class WaitInstanceResponseData:
    """The response data for this request (``WaitInstanceResponse.data``)."""

    instances: list[WaitInstanceResponseWaitedInstance] = attrs.field(factory=_new_list)
    """The instance(s) which this requested waited on. Empty when the API leaves it out."""

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
class WaitInstanceResponseWaitedInstance:
    """The instance(s) which this requested waited on (``WaitInstanceResponseData.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance. ``None`` when the API leaves it out."""

    state: InstanceState | None = None
    """The current state of the instance. ``None`` when the API leaves it out."""

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


ConfigurationInstanceCreateArgs: TypeAlias = (
    ConfigurationInstanceCreateArgsRoms | ConfigurationInstanceCreateArgsTemplate
)
"""The arguments to use when creating the autoscale configuration. One of: `roms`, `template`."""


CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs: TypeAlias = (
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms
    | CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate
)
"""The arguments to use when creating the autoscale configuration. One of: `roms`, `template`."""


CreateInstanceRequestServiceGroup: TypeAlias = (
    CreateInstanceRequestServiceGroupByUUID
    | CreateInstanceRequestServiceGroupByName
    | CreateInstanceRequestServiceGroupNew
)
"""Exactly one of: A reference to an existing resource by its uuid; A reference to an existing
resource by its name; A new (ephemeral) service group, described by the services it exposes."""


NameOrUUID: TypeAlias = NameOrUUIDByUUID | NameOrUUIDByName
"""Exactly one of: `uuid`, `name`."""


GoogleProtobufValue: TypeAlias = Any
"""Any JSON value (the page lists no properties and no type)."""


MODELS: dict[str, Any] = {
    "AttachVolumeByUUIDRequestBody": AttachVolumeByUUIDRequestBody,
    "AttachVolumesRequest": AttachVolumesRequest,
    "AttachVolumesRequestInstanceID": AttachVolumesRequestInstanceID,
    "AttachVolumesResponse": AttachVolumesResponse,
    "AttachVolumesResponseAttachedVolume": AttachVolumesResponseAttachedVolume,
    "AttachVolumesResponseData": AttachVolumesResponseData,
    "AutoscalePolicy": AutoscalePolicy,
    "AutoscalePolicyStep": AutoscalePolicyStep,
    "BodyInstanceID": BodyInstanceID,
    "Certificate": Certificate,
    "ConfigurationInstanceCreateArgsRoms": ConfigurationInstanceCreateArgsRoms,
    "ConfigurationInstanceCreateArgsTemplate": ConfigurationInstanceCreateArgsTemplate,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequest": CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms": CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate": CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    "CreateAutoscaleConfigurationPolicyRequest": CreateAutoscaleConfigurationPolicyRequest,
    "CreateAutoscaleConfigurationPolicyResponse": CreateAutoscaleConfigurationPolicyResponse,
    "CreateAutoscaleConfigurationPolicyResponseData": CreateAutoscaleConfigurationPolicyResponseData,
    "CreateAutoscaleConfigurationPolicyResponsePolicy": CreateAutoscaleConfigurationPolicyResponsePolicy,
    "CreateAutoscaleConfigurationsRequestConfiguration": CreateAutoscaleConfigurationsRequestConfiguration,
    "CreateAutoscaleConfigurationsResponse": CreateAutoscaleConfigurationsResponse,
    "CreateAutoscaleConfigurationsResponseConfigurationsResponse": CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    "CreateAutoscaleConfigurationsResponseData": CreateAutoscaleConfigurationsResponseData,
    "CreateCertificateRequest": CreateCertificateRequest,
    "CreateCertificateResponse": CreateCertificateResponse,
    "CreateCertificateResponseData": CreateCertificateResponseData,
    "CreateInstanceRequest": CreateInstanceRequest,
    "CreateInstanceRequestDomain": CreateInstanceRequestDomain,
    "CreateInstanceRequestServiceGroupByName": CreateInstanceRequestServiceGroupByName,
    "CreateInstanceRequestServiceGroupByUUID": CreateInstanceRequestServiceGroupByUUID,
    "CreateInstanceRequestServiceGroupNew": CreateInstanceRequestServiceGroupNew,
    "CreateInstanceRequestVolume": CreateInstanceRequestVolume,
    "CreateInstanceResponse": CreateInstanceResponse,
    "CreateInstanceResponseData": CreateInstanceResponseData,
    "CreateServiceGroupRequest": CreateServiceGroupRequest,
    "CreateServiceGroupRequestDomain": CreateServiceGroupRequestDomain,
    "CreateServiceGroupResponse": CreateServiceGroupResponse,
    "CreateServiceGroupResponseData": CreateServiceGroupResponseData,
    "CreateVolumeRequest": CreateVolumeRequest,
    "CreateVolumeResponse": CreateVolumeResponse,
    "CreateVolumeResponseData": CreateVolumeResponseData,
    "CreateVolumeResponseVolume": CreateVolumeResponseVolume,
    "DeleteAutoscaleConfigurationPolicyResponse": DeleteAutoscaleConfigurationPolicyResponse,
    "DeleteAutoscaleConfigurationPolicyResponseData": DeleteAutoscaleConfigurationPolicyResponseData,
    "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse": DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    "DeleteAutoscaleConfigurationsResponse": DeleteAutoscaleConfigurationsResponse,
    "DeleteAutoscaleConfigurationsResponseData": DeleteAutoscaleConfigurationsResponseData,
    "DeleteAutoscaleConfigurationsResponseServiceGroup": DeleteAutoscaleConfigurationsResponseServiceGroup,
    "DeleteCertificatesResponse": DeleteCertificatesResponse,
    "DeleteCertificatesResponseData": DeleteCertificatesResponseData,
    "DeleteCertificatesResponseDeletedCertificate": DeleteCertificatesResponseDeletedCertificate,
    "DeleteInstancesResponse": DeleteInstancesResponse,
    "DeleteInstancesResponseData": DeleteInstancesResponseData,
    "DeleteInstancesResponseDeletedInstance": DeleteInstancesResponseDeletedInstance,
    "DeletePolicyRequest": DeletePolicyRequest,
    "DeleteServiceGroupsResponse": DeleteServiceGroupsResponse,
    "DeleteServiceGroupsResponseData": DeleteServiceGroupsResponseData,
    "DeleteServiceGroupsResponseDeletedServiceGroup": DeleteServiceGroupsResponseDeletedServiceGroup,
    "DeleteVolumesResponse": DeleteVolumesResponse,
    "DeleteVolumesResponseData": DeleteVolumesResponseData,
    "DeleteVolumesResponseDeletedVolume": DeleteVolumesResponseDeletedVolume,
    "DetachVolumeByUUIDRequestBody": DetachVolumeByUUIDRequestBody,
    "DetachVolumesRequest": DetachVolumesRequest,
    "DetachVolumesRequestInstanceID": DetachVolumesRequestInstanceID,
    "DetachVolumesResponse": DetachVolumesResponse,
    "DetachVolumesResponseData": DetachVolumesResponseData,
    "DetachVolumesResponseDetachedVolume": DetachVolumesResponseDetachedVolume,
    "Domain": Domain,
    "GetAutoscaleConfigurationPolicyRequest": GetAutoscaleConfigurationPolicyRequest,
    "GetAutoscaleConfigurationPolicyResponse": GetAutoscaleConfigurationPolicyResponse,
    "GetAutoscaleConfigurationPolicyResponseData": GetAutoscaleConfigurationPolicyResponseData,
    "GetAutoscaleConfigurationPolicyResponsePolicyResponse": GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    "GetAutoscaleConfigurationsResponse": GetAutoscaleConfigurationsResponse,
    "GetAutoscaleConfigurationsResponseData": GetAutoscaleConfigurationsResponseData,
    "GetAutoscaleConfigurationsResponseServiceGroup": GetAutoscaleConfigurationsResponseServiceGroup,
    "GetCertificatesResponse": GetCertificatesResponse,
    "GetCertificatesResponseData": GetCertificatesResponseData,
    "GetImageResponse": GetImageResponse,
    "GetImageResponseData": GetImageResponseData,
    "GetInstanceLogsByUUIDRequestBody": GetInstanceLogsByUUIDRequestBody,
    "GetInstanceLogsRequest": GetInstanceLogsRequest,
    "GetInstanceLogsResponse": GetInstanceLogsResponse,
    "GetInstanceLogsResponseAvailable": GetInstanceLogsResponseAvailable,
    "GetInstanceLogsResponseData": GetInstanceLogsResponseData,
    "GetInstanceLogsResponseLoggedInstance": GetInstanceLogsResponseLoggedInstance,
    "GetInstanceLogsResponseRange": GetInstanceLogsResponseRange,
    "GetInstanceMetricsResponse": GetInstanceMetricsResponse,
    "GetInstanceMetricsResponseData": GetInstanceMetricsResponseData,
    "GetInstanceMetricsResponseInstanceMetrics": GetInstanceMetricsResponseInstanceMetrics,
    "GetInstancesResponse": GetInstancesResponse,
    "GetInstancesResponseData": GetInstancesResponseData,
    "GetServiceGroupsResponse": GetServiceGroupsResponse,
    "GetServiceGroupsResponseData": GetServiceGroupsResponseData,
    "GetVolumesResponse": GetVolumesResponse,
    "GetVolumesResponseData": GetVolumesResponseData,
    "HealthzResponse": HealthzResponse,
    "HealthzResponseData": HealthzResponseData,
    "Image": Image,
    "Instance": Instance,
    "InstanceCreateArgsInstanceCreateRequestRoms": InstanceCreateArgsInstanceCreateRequestRoms,
    "InstanceInstanceServiceGroup": InstanceInstanceServiceGroup,
    "InstanceInstanceVolume": InstanceInstanceVolume,
    "InstanceNetworkInterface": InstanceNetworkInterface,
    "InstanceScaleToZero": InstanceScaleToZero,
    "InstanceServiceGroupInstanceDomain": InstanceServiceGroupInstanceDomain,
    "NameOrUUIDByName": NameOrUUIDByName,
    "NameOrUUIDByUUID": NameOrUUIDByUUID,
    "Object": Object,
    "Quotas": Quotas,
    "QuotasLimits": QuotasLimits,
    "QuotasResponse": QuotasResponse,
    "QuotasResponseData": QuotasResponseData,
    "QuotasStats": QuotasStats,
    "ResponseError": ResponseError,
    "Service": Service,
    "ServiceGroup": ServiceGroup,
    "ServiceGroupInstance": ServiceGroupInstance,
    "ServiceGroupTemplate": ServiceGroupTemplate,
    "StartInstanceResponse": StartInstanceResponse,
    "StartInstanceResponseData": StartInstanceResponseData,
    "StartInstanceResponseStartedInstance": StartInstanceResponseStartedInstance,
    "StopInstanceResponse": StopInstanceResponse,
    "StopInstanceResponseData": StopInstanceResponseData,
    "StopInstanceResponseStoppedInstance": StopInstanceResponseStoppedInstance,
    "StopInstancesRequestID": StopInstancesRequestID,
    "UpdateInstanceByUUIDRequestBody": UpdateInstanceByUUIDRequestBody,
    "UpdateInstancesRequest": UpdateInstancesRequest,
    "UpdateInstancesResponse": UpdateInstancesResponse,
    "UpdateInstancesResponseData": UpdateInstancesResponseData,
    "UpdateInstancesResponseUpdatedInstance": UpdateInstancesResponseUpdatedInstance,
    "UpdateServiceGroupByUUIDRequestBody": UpdateServiceGroupByUUIDRequestBody,
    "UpdateServiceGroupsRequestItem": UpdateServiceGroupsRequestItem,
    "UpdateServiceGroupsResponse": UpdateServiceGroupsResponse,
    "UpdateServiceGroupsResponseData": UpdateServiceGroupsResponseData,
    "UpdateServiceGroupsResponseUpdatedServiceGroup": UpdateServiceGroupsResponseUpdatedServiceGroup,
    "UpdateVolumeByUUIDRequestBody": UpdateVolumeByUUIDRequestBody,
    "UpdateVolumesRequestItem": UpdateVolumesRequestItem,
    "UpdateVolumesResponse": UpdateVolumesResponse,
    "UpdateVolumesResponseData": UpdateVolumesResponseData,
    "UpdateVolumesResponseUpdatedVolume": UpdateVolumesResponseUpdatedVolume,
    "Volume": Volume,
    "VolumeInstanceID": VolumeInstanceID,
    "VolumeVolumeInstanceMount": VolumeVolumeInstanceMount,
    "WaitInstanceByUUIDRequestBody": WaitInstanceByUUIDRequestBody,
    "WaitInstanceResponse": WaitInstanceResponse,
    "WaitInstanceResponseData": WaitInstanceResponseData,
    "WaitInstanceResponseWaitedInstance": WaitInstanceResponseWaitedInstance,
    "InstanceRestartPolicy": InstanceRestartPolicy,
    "InstanceState": InstanceState,
    "ResponseStatus": ResponseStatus,
    "UpdateInstanceProperty": UpdateInstanceProperty,
    "UpdateOperation": UpdateOperation,
    "UpdateServiceGroupProperty": UpdateServiceGroupProperty,
    "UpdateVolumeProperty": UpdateVolumeProperty,
    "ConfigurationInstanceCreateArgs": ConfigurationInstanceCreateArgs,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs": CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
    "CreateInstanceRequestServiceGroup": CreateInstanceRequestServiceGroup,
    "NameOrUUID": NameOrUUID,
    "GoogleProtobufValue": GoogleProtobufValue,
}
"""Component name -> its class (a model or an enum) or type alias (a union or an alias)."""
