"""Models of the Unikraft Cloud Platform API: one class per component schema (API version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.

A field that is not required defaults to ``UNSET`` (absent, left out of the JSON); ``None``
is an explicit null. Fields a newer server sends that this client does not know are kept in
``additional_properties`` and sent back unchanged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeAlias
from uuid import UUID

import attrs

from ._wire import at_least_one_of_message, count_present, exactly_one_of_message
from .errors import ConstraintError
from .types import UNSET, OpenEnum, Unset

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
    """AttachVolumeByUUIDRequestBody

    Attributes:
        attach_to: UUID or name of the instance to attach the volume to.
        at: Path of the mountpoint.

            The path must be absolute, not contain . and .. components, and not contain colons
            (:). The path must point to an empty directory. If the directory does not exist, it
            is created.
        readonly: Whether the volume should be mounted read-only.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    attach_to: BodyInstanceID
    at: str
    readonly: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class AttachVolumesRequest:
    """AttachVolumesRequest

    Attributes:
        attach_to: UUID or name of the instance to attach the volume to.
        at: Path of the mountpoint.

            The path must be absolute, not contain . and .. components, and not contain colons
            (:). The path must point to an empty directory. If the directory does not exist, it
            is created.
        uuid: The UUID of the volume to attach. Mutually exclusive with name. Exactly one of uuid
            or name must be provided.
        name: The name of the volume to attach. Mutually exclusive with UUID. Exactly one of uuid
            or name must be provided.
        readonly: Whether the volume should be mounted read-only.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    attach_to: AttachVolumesRequestInstanceID
    at: str
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """AttachVolumesRequestInstanceID

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance that the volume is attached to.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class AttachVolumesResponse:
    """AttachVolumesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: AttachVolumesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class AttachVolumesResponseAttachedVolume:
    """AttachVolumesResponseAttachedVolume

    Attributes:
        status: The status of the response.
        uuid: The UUID of the volume that was attached.
        name: The name of the volume that was attached.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class AttachVolumesResponseData:
    """AttachVolumesResponseData

    Attributes:
        volumes: The volume(s) which were attached by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    volumes: list[AttachVolumesResponseAttachedVolume] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class AutoscalePolicy:
    """AutoscalePolicy

    Attributes:
        name: The name of the policy.
        enabled: If the policy is enabled.
        metric: Metric to use for the step policy.
        adjustment_type: The type of adjustment to be made in the step policy.
        steps: The steps for the step policy. Each step defines an adjustment value and optional
            bounds.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    metric: AutoscalePolicyMetric | None | Unset = UNSET
    adjustment_type: AutoscalePolicyAdjustmentType | None | Unset = UNSET
    steps: list[AutoscalePolicyStep] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class AutoscalePolicyStep:
    """AutoscalePolicyStep

    Attributes:
        adjustment: The adjustment value for the step.
        lower_bound: Lower bound for the step.
        upper_bound: Upper bound for the step.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    adjustment: int | None | Unset = UNSET
    lower_bound: int | None | Unset = UNSET
    upper_bound: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class BodyInstanceID:
    """BodyInstanceID

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance that the volume is detached from.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Certificate:
    """Certificate

    Attributes:
        uuid: The UUID of the certificate.

            This is a unique identifier for the certificate that is generated when the
            certificate is created. The UUID is used to reference the certificate in API calls
            and can be used to identify the certificate in all API calls that require an
            identifier.
        name: The name of the certificate.

            This is a human-readable name that can be used to identify the certificate. The name
            must be unique within the context of your account. The name can also be used to
            identify the certificate in API calls.
        created_at: The time the certificate was created.
        common_name: The common name (CN) field from the certificate's subject.

            This is typically the primary domain name that the certificate is issued for. It
            represents the main identity that the certificate validates.
        subject: The complete subject distinguished name (DN) of the certificate.

            This contains the full subject information from the certificate, including the
            common name, organization, organizational unit, locality, state, and country. The
            subject identifies the entity that the certificate is issued to.
        issuer: The complete issuer distinguished name (DN) of the certificate.

            This identifies the Certificate Authority (CA) that issued the certificate. It
            contains information about the CA including its common name, organization, and
            country.
        serial_number: The unique serial number assigned to the certificate by the issuing CA.

            This is a unique identifier within the scope of the issuing CA that can be used to
            identify and track the certificate. Serial numbers are typically represented as
            hexadecimal strings.
        not_before: The date and time when the certificate becomes valid.

            The certificate should not be trusted before this date. This timestamp marks the
            beginning of the certificate's validity period.
        not_after: The date and time when the certificate expires.

            The certificate should not be trusted after this date. This timestamp marks the end
            of the certificate's validity period. Certificates should be renewed before this
            date to maintain service availability.
        state: The current state of the certificate.

            This indicates whether the certificate is pending issuance, valid and ready for use,
            or in an error state. See CertificateState enum for detailed state descriptions.
        status: An optional field representing the status of the request. This field is only set
            when this message object is used as a response message.
        message: An optional message providing additional information about the status. This field is
            only set when this message object is used as a response message, and is useful when
            the status is not success.
        error: An optional error code providing additional information about the status. This field
            is only set when this message object is used as a response message, and is useful
            when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    created_at: datetime | None | Unset = UNSET
    common_name: str | None | Unset = UNSET
    subject: str | None | Unset = UNSET
    issuer: str | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    not_before: datetime | None | Unset = UNSET
    not_after: datetime | None | Unset = UNSET
    state: CertificateState | None | Unset = UNSET
    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class ConfigurationInstanceCreateArgsRoms:
    """ConfigurationInstanceCreateArgs, given by its roms.

    Attributes:
        roms: The ROM to use for the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    roms: InstanceCreateArgsInstanceCreateRequestRoms
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class ConfigurationInstanceCreateArgsTemplate:
    """ConfigurationInstanceCreateArgs, given by its template.

    Attributes:
        template: The instance template used for the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    template: ServiceGroupTemplate
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationByServiceGroupUUIDRequest:
    """CreateAutoscaleConfigurationByServiceGroupUUIDRequest

    Attributes:
        uuid: The UUID of the service to create a configuration for. Mutually exclusive with name.
        min_size: The minimum number of instances to keep running.
        max_size: The maximum number of instances to keep running.
        warmup_time_ms: The warmup time in milliseconds for new instances.
        cooldown_time_ms: The cooldown time in milliseconds for the autoscale configuration.
        create_args: The arguments to use when creating the autoscale configuration.
        policies: The policies to apply to the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    min_size: int | None | Unset = UNSET
    max_size: int | None | Unset = UNSET
    warmup_time_ms: int | None | Unset = UNSET
    cooldown_time_ms: int | None | Unset = UNSET
    create_args: (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs | None | Unset
    ) = UNSET
    policies: list[AutoscalePolicy] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms:
    """CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs, given by its roms.

    Attributes:
        roms: The ROM to use for the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    roms: InstanceCreateArgsInstanceCreateRequestRoms
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate:
    """CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs, given by its
    template.

    Attributes:
        template: The instance template used for the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    template: ServiceGroupTemplate
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationPolicyRequest:
    """CreateAutoscaleConfigurationPolicyRequest

    Attributes:
        name: The Name of the service to add a policy to.
        type: The policy type to add to the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str
    type: AutoscalePolicy
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationPolicyResponse:
    """CreateAutoscaleConfigurationPolicyResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: CreateAutoscaleConfigurationPolicyResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationPolicyResponseData:
    """CreateAutoscaleConfigurationPolicyResponseData

    Attributes:
        policies: The policies which were added by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    policies: list[CreateAutoscaleConfigurationPolicyResponsePolicy] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationPolicyResponsePolicy:
    """CreateAutoscaleConfigurationPolicyResponsePolicy

    Attributes:
        status: The status of the response.
        uuid: The UUID of the service of the added policy.
        name: The name of the service of the added policy.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationsRequestConfiguration:
    """CreateAutoscaleConfigurationsRequestConfiguration

    Attributes:
        uuid: The UUID of the service to create a configuration for. Mutually exclusive with name.
        name: The name of the service to create a configuration for. Mutually exclusive with UUID.
        min_size: The minimum number of instances to keep running.
        max_size: The maximum number of instances to keep running.
        warmup_time_ms: The warmup time in milliseconds for new instances.
        cooldown_time_ms: The cooldown time in milliseconds for the autoscale configuration.
        create_args: The arguments to use when creating the autoscale configuration.
        policies: The policies to apply to the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    min_size: int | None | Unset = UNSET
    max_size: int | None | Unset = UNSET
    warmup_time_ms: int | None | Unset = UNSET
    cooldown_time_ms: int | None | Unset = UNSET
    create_args: ConfigurationInstanceCreateArgs | None | Unset = UNSET
    policies: list[AutoscalePolicy] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """CreateAutoscaleConfigurationsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: CreateAutoscaleConfigurationsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationsResponseConfigurationsResponse:
    """CreateAutoscaleConfigurationsResponseConfigurationsResponse

    Attributes:
        status: The status of the response.
        uuid: The UUID of the service where the configuration was created.
        name: The name of the service where the configuration was created.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateAutoscaleConfigurationsResponseData:
    """CreateAutoscaleConfigurationsResponseData

    Attributes:
        service_groups: The configuration(s) which were created by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    service_groups: (
        list[CreateAutoscaleConfigurationsResponseConfigurationsResponse] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateCertificateRequest:
    """CreateCertificateRequest

    Attributes:
        name: The name of the certificate.

            This is a human-readable name that can be used to identify the certificate. The name
            must be unique within the context of your account. If no name is specified, a random
            name is generated for you. The name can also be used to identify the certificate in
            API calls.
        cn: The common name the certificate is for.
        chain: The certificate chain, PEM.
        pkey: The private key, PEM.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str | None | Unset = UNSET
    cn: str
    chain: str
    pkey: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateCertificateResponse:
    """CreateCertificateResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: CreateCertificateResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateCertificateResponseData:
    """CreateCertificateResponseData

    Attributes:
        certificates: The certificate which was created by this request.

            Note: only one certificate can be specified in the request, so this will always
            contain a single entry.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    certificates: list[Certificate] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceRequest:
    """CreateInstanceRequest

    Attributes:
        image: The image to use for the instance.
        name: (Optional). The name of the instance.

            If not provided, a random name will be generated. The name must be unique.
        args: (Optional). The arguments to pass to the instance when it starts.
        env: (Optional). Environment variables to set for the instance.
        memory_mb: (Optional). Memory in MB to allocate for the instance. Default is 128.
        service_group: (Optional). The service group configuration when creating an instance.

            When creating an instance, either a previously created (persistent) service group
            can be referenced (either through its name or UUID), or a new (ephemeral) service
            group can be created for the instance by specifying the list of services it should
            expose and optionally the domains it should use.
        volumes: Volumes to attach to the instance.

            This list can contain both existing and new volumes to create as part of the
            instance creation. Existing volumes can be referenced by their name or UUID. New
            volumes can be created by specifying a name, size in MiB, and mount point in the
            instance. The mount point is the directory in the instance where the volume will be
            mounted.
        autostart: Whether the instance should start automatically on creation.
        replicas: Number of replicas for the instance.
        restart_policy: Restart policy for the instance. This defines how the instance should behave when it
            stops or crashes.
        scale_to_zero: Scale-to-zero configuration for the instance.
        vcpus: Number of vCPUs to allocate for the instance.
        wait_timeout_ms: Timeout to wait for all new instances to reach running state in milliseconds. If you
            autostart your new instance, you can wait for it to finish starting with a blocking
            API call if you specify a wait timeout greater than zero. No wait performed for a
            value of 0.
        features: Features to enable for the instance. Features are specific configurations or
            capabilities that can be enabled for the instance.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    image: str
    name: str | None | Unset = UNSET
    args: list[str] | None | Unset = UNSET
    env: dict[str, str] | None | Unset = UNSET
    memory_mb: int | None | Unset = UNSET
    service_group: CreateInstanceRequestServiceGroup | None | Unset = UNSET
    volumes: list[CreateInstanceRequestVolume] | None | Unset = UNSET
    autostart: bool | None | Unset = UNSET
    replicas: int | None | Unset = UNSET
    restart_policy: InstanceRestartPolicy | None | Unset = UNSET
    scale_to_zero: InstanceScaleToZero | None | Unset = UNSET
    vcpus: int | None | Unset = UNSET
    wait_timeout_ms: int | None | Unset = UNSET
    features: list[CreateInstanceRequestFeaturesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceRequestDomain:
    """CreateInstanceRequestDomain

    Attributes:
        certificate: A reference to an existing certificate which can be used for the specified domain.
            If unspecified, Unikraft Cloud will automatically generate a new certificate for the
            domain based on Let's Encrypt and seek to accomplish a DNS-01 challenge.
        name: Publicly accessible domain name. If this name ends in a period . it must be a valid
            Full Qualified Domain Name (FQDN), otherwise it will become a subdomain of the
            target metro.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    certificate: NameOrUUID | None | Unset = UNSET
    name: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceRequestServiceGroupByName:
    """A reference to an existing resource by its name.

    Attributes:
        name: The name of the referenced resource.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceRequestServiceGroupByUUID:
    """A reference to an existing resource by its uuid.

    Attributes:
        uuid: (Optional). Reference an existing (persistent) service group by its UUID. Mutually
            exclusive with name.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceRequestServiceGroupNew:
    """A new (ephemeral) service group, described by the services it exposes.

    Attributes:
        services: Services of a new (ephemeral) service group.
        domains: Domains of a new (ephemeral) service group.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    services: list[Service]
    domains: list[CreateInstanceRequestDomain] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceRequestVolume:
    """CreateInstanceRequestVolume

    Attributes:
        at: The mount point for the volume in the instance.
        uuid: The UUID of an existing volume.

            If this is the only specified field, then it will look up an existing volume by this
            UUID.
        name: The name of the volume.

            If this is the only specified field, then it will look up an existing volume by this
            name. If the volume does not exist, the request will fail. If a new volume is
            intended to be created, then this field must be specified along with the size in MiB
            and the mount point in the instance.
        size_mb: The size of the volume when creating a new volume.

            When creating a new volume as part of the instance create request, specify the size
            of the volume in MiB.
        read_only: Whether the volume is read-only.

            If this field is set to true, the volume will be mounted as read-only in the
            instance. This field is optional and defaults to false and is only applicable when
            using an existing volume.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    at: str
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    size_mb: int | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceResponse:
    """CreateInstanceResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: CreateInstanceResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateInstanceResponseData:
    """CreateInstanceResponseData

    Attributes:
        instances: The instance that was created in this request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[Instance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateServiceGroupRequest:
    """CreateServiceGroupRequest

    Attributes:
        name: Name of the service group. This is a human-readable name that can be used to
            identify the service group. The name must be unique within the context of your
            account. If no name is specified, a random name is generated for you. The name can
            also be used to identify the service group in API calls.
        services: Description of exposed services.
        domains: Description of domains associated with the service group.
        soft_limit: The soft limit is used by the Unikraft Cloud load balancer to decide when to wake up
            another standby instance.

            For example, if the soft limit is set to 5 and the service consists of 2 standby
            instances, one of the instances receives up to 5 concurrent requests. The 6th
            parallel requests wakes up the second instance. If there are no more standby
            instances to wake up, the number of requests assigned to each instance will exceed
            the soft limit. The load balancer makes sure that when the number of in-flight
            requests goes down again, instances are put into standby as fast as possible.
        hard_limit: The hard limit defines the maximum number of concurrent requests that an instance
            assigned to the this service can handle.

            The load balancer will never assign more requests to a single instance. In case
            there are no other instances available, excess requests fail (i.e., they are blocked
            and not queued).
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str | None | Unset = UNSET
    services: list[Service] | None | Unset = UNSET
    domains: list[CreateServiceGroupRequestDomain] | None | Unset = UNSET
    soft_limit: int | None | Unset = UNSET
    hard_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateServiceGroupRequestDomain:
    """CreateServiceGroupRequestDomain

    Attributes:
        name: Publicly accessible domain name. If this name ends in a period . it must be a valid
            Full Qualified Domain Name (FQDN), otherwise it will become a subdomain of the
            target metro.
        certificate: Use an existing certificate for the domain. If this field is specified, the domain
            must be associated with a valid certificate.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str
    certificate: NameOrUUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateServiceGroupResponse:
    """CreateServiceGroupResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: CreateServiceGroupResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateServiceGroupResponseData:
    """CreateServiceGroupResponseData

    Attributes:
        service_groups: The service group which was created by this request.

            Note: only one service group can be specified in the request, so this will always
            contain a single entry.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    service_groups: list[ServiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateVolumeRequest:
    """CreateVolumeRequest

    Attributes:
        name: The name of the volume.

            This is a human-readable name that can be used to identify the volume. The name must
            be unique within the context of your account. If no name is specified, a random name
            of the form vol-X is generated for you, where X is a 5 character long random
            alphanumeric suffix.. The name can also be used to identify the volume in API calls.
        size_mb: Size of the new volume in MiB.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str | None | Unset = UNSET
    size_mb: int
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateVolumeResponse:
    """CreateVolumeResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: CreateVolumeResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateVolumeResponseData:
    """CreateVolumeResponseData

    Attributes:
        volumes: The volume(s) which were created by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    volumes: list[CreateVolumeResponseVolume] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class CreateVolumeResponseVolume:
    """CreateVolumeResponseVolume

    Attributes:
        status: The status of the response.
        uuid: UUID of the newly created volume.
        name: The name of the newly created volume.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationPolicyResponse:
    """DeleteAutoscaleConfigurationPolicyResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: DeleteAutoscaleConfigurationPolicyResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationPolicyResponseData:
    """DeleteAutoscaleConfigurationPolicyResponseData

    Attributes:
        policies: The policies which were deleted by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    policies: list[DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse:
    """DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse

    Attributes:
        status: The status of the response.
        name: The name of the service of the deleted policy.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationsResponse:
    """DeleteAutoscaleConfigurationsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: DeleteAutoscaleConfigurationsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationsResponseData:
    """DeleteAutoscaleConfigurationsResponseData

    Attributes:
        service_groups: The configuration(s) which were deleted by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    service_groups: list[DeleteAutoscaleConfigurationsResponseServiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteAutoscaleConfigurationsResponseServiceGroup:
    """DeleteAutoscaleConfigurationsResponseServiceGroup

    Attributes:
        status: The status of the response.
        uuid: The UUID of the service where the configuration was deleted.
        name: The name of the service where the configuration was deleted.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteCertificatesResponse:
    """DeleteCertificatesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: DeleteCertificatesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteCertificatesResponseData:
    """DeleteCertificatesResponseData

    Attributes:
        certificates: The certificate(s) which were deleted by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    certificates: list[DeleteCertificatesResponseDeletedCertificate] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteCertificatesResponseDeletedCertificate:
    """DeleteCertificatesResponseDeletedCertificate

    Attributes:
        status: Indicates whether the delete operation was successful or not for this certificate.
        uuid: The UUID of the certificate which was deleted.
        name: The name of the certificate which was deleted.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteInstancesResponse:
    """DeleteInstancesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: DeleteInstancesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteInstancesResponseData:
    """DeleteInstancesResponseData

    Attributes:
        instances: The instance(s) which were deleted by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[DeleteInstancesResponseDeletedInstance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteInstancesResponseDeletedInstance:
    """DeleteInstancesResponseDeletedInstance

    Attributes:
        status: Indicates whether the start operation was successful or not for this instance.
        uuid: The UUID of the instance which was deleted.
        name: The name of the instance which was deleted.
        previous_state: The previous state of the instance before it was deleted.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    previous_state: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeletePolicyRequest:
    """DeletePolicyRequest

    Attributes:
        name: The Name of the policy to delete.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteServiceGroupsResponse:
    """DeleteServiceGroupsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: DeleteServiceGroupsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteServiceGroupsResponseData:
    """DeleteServiceGroupsResponseData

    Attributes:
        service_groups: The service group(s) which were deleted by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    service_groups: list[DeleteServiceGroupsResponseDeletedServiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteServiceGroupsResponseDeletedServiceGroup:
    """DeleteServiceGroupsResponseDeletedServiceGroup

    Attributes:
        status: Indicates whether the delete operation was successful or not for this service group.
        uuid: The UUID of the service group which was deleted.
        name: The name of the service group which was deleted.
        message: An optional message providing additional information about the status. This field is
            only set when this message object is used as a response message, and is useful when
            the status is not success.
        error: An optional error code providing additional information about the status. This field
            is only set when this message object is used as a response message, and is useful
            when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteVolumesResponse:
    """DeleteVolumesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: DeleteVolumesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteVolumesResponseData:
    """DeleteVolumesResponseData

    Attributes:
        volumes: The volume(s) which were deleted by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    volumes: list[DeleteVolumesResponseDeletedVolume] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DeleteVolumesResponseDeletedVolume:
    """DeleteVolumesResponseDeletedVolume

    Attributes:
        status: The status of the response.
        uuid: The UUID of the volume that was deleted.
        name: The name of the volume that was deleted.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DetachVolumeByUUIDRequestBody:
    """DetachVolumeByUUIDRequestBody

    Attributes:
        from_: UUID or name of the instance to detach the volume from. (JSON: ``from``)
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    from_: BodyInstanceID | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DetachVolumesRequest:
    """DetachVolumesRequest

    Attributes:
        uuid: The UUID of the volume to detach. Mutually exclusive with name. Exactly one of uuid
            or name must be provided.
        name: The name of the volume to detach. Mutually exclusive with UUID. Exactly one of uuid
            or name must be provided.
        from_: UUID or name of the instance to detach the volume from. (JSON: ``from``)
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    from_: DetachVolumesRequestInstanceID | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """DetachVolumesRequestInstanceID

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance that the volume is detached from.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DetachVolumesResponse:
    """DetachVolumesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: DetachVolumesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DetachVolumesResponseData:
    """DetachVolumesResponseData

    Attributes:
        volumes: The volume(s) which were detached by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    volumes: list[DetachVolumesResponseDetachedVolume] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class DetachVolumesResponseDetachedVolume:
    """DetachVolumesResponseDetachedVolume

    Attributes:
        status: The status of the response.
        uuid: The UUID of the volume that was detached.
        name: The name of the volume that was detached.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Domain:
    """Domain

    Attributes:
        certificate: Use an existing certificate for the domain. If this field is specified, the domain
            must be associated with a valid certificate.
        fqdn: The fully qualified domain name.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    certificate: Certificate | None | Unset = UNSET
    fqdn: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationPolicyRequest:
    """GetAutoscaleConfigurationPolicyRequest

    Attributes:
        name: The Name of the policy to get.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationPolicyResponse:
    """GetAutoscaleConfigurationPolicyResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetAutoscaleConfigurationPolicyResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationPolicyResponseData:
    """GetAutoscaleConfigurationPolicyResponseData

    Attributes:
        policies: The policy which was retrieved by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    policies: list[GetAutoscaleConfigurationPolicyResponsePolicyResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationPolicyResponsePolicyResponse:
    """GetAutoscaleConfigurationPolicyResponsePolicyResponse

    Attributes:
        status: The status of the response.
        policy: The policy which was retrieved by the request.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    policy: AutoscalePolicy | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationsResponse:
    """GetAutoscaleConfigurationsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetAutoscaleConfigurationsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationsResponseData:
    """GetAutoscaleConfigurationsResponseData

    Attributes:
        service_groups: The configuration(s) which were retrieved by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    service_groups: list[GetAutoscaleConfigurationsResponseServiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetAutoscaleConfigurationsResponseServiceGroup:
    """GetAutoscaleConfigurationsResponseServiceGroup

    Attributes:
        status: The status of the response.
        uuid: The UUID of the service where the configuration was created.
        name: The name of the service where the configuration was created.
        enabled: If the autoscale configuration is enabled.
        min_size: The minimum number of instances to keep running. Only if enabled is true.
        max_size: The maximum number of instances to keep running. Only if enabled is true.
        warmup_time_ms: The warmup time in seconds for new instances. Only if enabled is true.
        cooldown_time_ms: The cooldown time in seconds for the autoscale configuration. Only if enabled is
            true.
        template: The instance template used for the autoscale configuration. Only if enabled is true.
        policies: The policies applied to the autoscale configuration.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    min_size: int | None | Unset = UNSET
    max_size: int | None | Unset = UNSET
    warmup_time_ms: int | None | Unset = UNSET
    cooldown_time_ms: int | None | Unset = UNSET
    template: ServiceGroupTemplate | None | Unset = UNSET
    policies: list[AutoscalePolicy] | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetCertificatesResponse:
    """GetCertificatesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetCertificatesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetCertificatesResponseData:
    """GetCertificatesResponseData

    Attributes:
        certificates: The certificate(s) which were retrieved by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    certificates: list[Certificate] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetImageResponse:
    """GetImageResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the response.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetImageResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetImageResponseData:
    """GetImageResponseData

    Attributes:
        image: The instance that was created in this request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    image: Image | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceLogsByUUIDRequestBody:
    """GetInstanceLogsByUUIDRequestBody

    Attributes:
        offset: The byte offset of the log output to receive. A negative sign makes the offset
            relative to the end of the log.
        limit: The amount of bytes to return at most.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    offset: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceLogsRequest:
    """GetInstanceLogsRequest

    Attributes:
        uuid: The UUID of the instance to retrieve logs for. Mutually exclusive with name.
        name: The name of the instance to retrieve logs for. Mutually exclusive with UUID.
        offset: The byte offset of the log output to receive. A negative sign makes the offset
            relative to the end of the log.
        limit: The amount of bytes to return at most.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """GetInstanceLogsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetInstanceLogsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceLogsResponseAvailable:
    """GetInstanceLogsResponseAvailable

    Attributes:
        start: The first byte offset that can be retrieved.
        end: The last byte offset that can be retrieved.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceLogsResponseData:
    """GetInstanceLogsResponseData

    Attributes:
        instances: The instance which this requested waited on.

            Note: only one instance can be specified in the request, so this will always contain
            a single entry.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[GetInstanceLogsResponseLoggedInstance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceLogsResponseLoggedInstance:
    """GetInstanceLogsResponseLoggedInstance

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance.
        output: Base64 encoded log output of the instance.
        available: Description of the log availability.
        range: Description of the range that was returned. Useful for requests with offset relative
            to end.
        state: State of the instance when the logs were retrieved.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    output: str | None | Unset = UNSET
    available: GetInstanceLogsResponseAvailable | None | Unset = UNSET
    range: GetInstanceLogsResponseRange | None | Unset = UNSET
    state: InstanceState | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceLogsResponseRange:
    """GetInstanceLogsResponseRange

    Attributes:
        start: The first retrieved byte.
        end: The last retrieved byte.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceMetricsResponse:
    """GetInstanceMetricsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetInstanceMetricsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceMetricsResponseData:
    """GetInstanceMetricsResponseData

    Attributes:
        instances: The instance which this requested metrics for. Note: only one instance can be
            specified in the request, so this will always contain a single entry.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[GetInstanceMetricsResponseInstanceMetrics] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstanceMetricsResponseInstanceMetrics:
    """GetInstanceMetricsResponseInstanceMetrics

    Attributes:
        rss_bytes: Resident set size of the VMM in bytes.

            The resident set size (RSS) specifies the amount of physical memory that has been
            touched by the instance and is currently reserved for the instance on the Unikraft
            Cloud server. The RSS grows until the instance has touched all memory assigned to it
            via the memory_mb setting and may also exceed this value as supporting services
            running outside the instance acquire memory. The RSS is different from the current
            amount of memory allocated by the application, which is likely to fluctuate over the
            lifetime of the application. The RSS is not a cumulative metric. When the instance
            is stopped rss goes down to 0.
        cpu_time_ms: Consumed CPU time in milliseconds.
        boot_time_us: The boot time of the instance in microseconds. We take a pragmatic approach is to
            define the boot time. We calculate this as the difference in time between the moment
            the virtualization toolstack is invoked to respond to a VM boot request and the
            moment the OS starts executing user code (i.e., the end of the guest OS boot
            process). This is essentially the time that a user would experience in a deployment,
            minus the application initialization time, which we leave out since it is
            independent from the OS.
        net_time_us: This is the time it took for the user-level application to start listening on a non-
            localhost port measured in microseconds. This is the time from when the instance
            started until it reasonably ready to start responding to network requests. This is
            useful for measuring the time it takes for the instance to become operationally
            ready.
        rx_bytes: Total amount of bytes received from network.
        rx_packets: Total count of packets received from network.
        tx_bytes: Total amount of bytes transmitted over network.
        tx_packets: Total count of packets transmitted over network.
        nconns: Number of currently established inbound connections (non-HTTP).
        nreqs: Number of in-flight HTTP requests.
        nqueued: Number of queued inbound connections and HTTP requests.
        ntotal: Total number of inbound connections and HTTP requests handled.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    rss_bytes: int | None | Unset = UNSET
    cpu_time_ms: int | None | Unset = UNSET
    boot_time_us: int | None | Unset = UNSET
    net_time_us: int | None | Unset = UNSET
    rx_bytes: int | None | Unset = UNSET
    rx_packets: int | None | Unset = UNSET
    tx_bytes: int | None | Unset = UNSET
    tx_packets: int | None | Unset = UNSET
    nconns: int | None | Unset = UNSET
    nreqs: int | None | Unset = UNSET
    nqueued: int | None | Unset = UNSET
    ntotal: int | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstancesResponse:
    """GetInstancesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetInstancesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetInstancesResponseData:
    """GetInstancesResponseData

    Attributes:
        instances: The instance(s) that were retrieved by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[Instance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetServiceGroupsResponse:
    """GetServiceGroupsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetServiceGroupsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetServiceGroupsResponseData:
    """GetServiceGroupsResponseData

    Attributes:
        service_groups: The service group(s) which were retrieved by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    service_groups: list[ServiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetVolumesResponse:
    """GetVolumesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: GetVolumesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class GetVolumesResponseData:
    """GetVolumesResponseData

    Attributes:
        volumes: The volume(s) which were retrieved by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    volumes: list[Volume] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class HealthzResponse:
    """HealthzResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the response.
        errors: A list of errors which may have occurred during the request.
        data: The response data for this request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    data: HealthzResponseData | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class HealthzResponseData:
    """HealthzResponseData

    Attributes:
        services:
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    services: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Image:
    """Image

    Attributes:
        tag: The canonical name of the image is known as the "tag".
        digest: The digest of the image is a unique identifier of the image manifest which is a
            string representation including the hashing algorithm and the hash value separated
            by a colon.
        description: A description of the image.
        created_at: When the image was created.
        arch: The architecture of the image.
        entrypoint: The entrypoint of the image is the command that is run when the image is started.
        cmd: The command to run when the image is started.
        env: The environment variables to set when the image is started.
        ports: Documented port mappings for the image.
        volumes: Documented volumes for the image.
        labels: Labels are key-value pairs.
        workdir: The working directory for the image is the directory that is set as the current
            working directory when the image is started.
        kernel: The kernel object is a reference to the kernel that is used by the image.
        auxiliary_roms: List of auxiliary ROMs that are used by the image.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    tag: str | None | Unset = UNSET
    digest: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    created_at: datetime | None | Unset = UNSET
    arch: str | None | Unset = UNSET
    entrypoint: list[str] | None | Unset = UNSET
    cmd: list[str] | None | Unset = UNSET
    env: list[str] | None | Unset = UNSET
    ports: list[str] | None | Unset = UNSET
    volumes: list[str] | None | Unset = UNSET
    labels: dict[str, str] | None | Unset = UNSET
    workdir: str | None | Unset = UNSET
    kernel: Object | None | Unset = UNSET
    auxiliary_roms: list[Object] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Instance:
    """Instance

    Attributes:
        uuid: The UUID of the instance.

            This is a unique identifier for the instance that is generated when the instance is
            created. The UUID is used to reference the instance in API calls and can be used to
            identify the instance in all API calls that require an instance identifier.
        name: The name of the instance.

            This is a human-readable name that can be used to identify the instance. The name
            must be unique within the context of your account. The name can also be used to
            identify the instance in API calls.
        created_at: The time the instance was created.
        state: The state of the instance. This indicates the current state of the instance, such as
            whether it is running, stopped, or in an error state.
        private_fqdn: The internal hostname of the instance. This address can be used privately within the
            Unikraft Cloud network to access the instance. It is not accessible from the public
            Internet.
        image: The image used to create the instance. This is a reference to the Unikraft image
            that was used to create the instance.
        memory_mb: The amount of memory in megabytes allocated for the instance. This is the total
            amount of memory that is available to the instance for its operations.
        vcpus: The number of vCPUs allocated for the instance. This is the total number of virtual
            CPUs that are available to the instance for its operations.
        args: The arguments passed to the instance when it was started. This is a list of command-
            line arguments that were provided to the instance at startup. These arguments can be
            used to configure the behavior of the instance and its applications.
        env: Environment variables set for the instance.
        start_count: The total number of times the instance has been started. This is a counter that
            increments each time the instance is started, regardless of whether it was manually
            stopped or restarted. This can be useful for tracking the usage of the instance over
            time and/or for debugging purposes.
        restart_count: The total number of times the instance has been restarted. This is a counter that
            increments each time the instance has been restarted. This can be useful for
            tracking the usage of the instance over time and/or for debugging purposes.
        started_at: The time the instance was started. This is the timestamp when the instance was last
            started.
        stopped_at: The time the instance was stopped. This is the timestamp when the instance was last
            stopped. If the instance is currently running, this field will be empty.
        uptime_ms: The total amount of time the instance has been running in milliseconds.
        vmm_start_time_us: (Developer-only). The time taken between the main controller and the beginning of
            execution of the VMM (Virtual Machine Monitor) measured in microseconds. This field
            is primarily used for debugging and performance analysis purposes.
        vmm_load_time_us: (Developer-only). The time it took the VMM (Virtual Machine Monitor) to load the
            instance's kernel and initramfs into VM memory measured in microseconds. This field
            is primarily used for debugging and performance analysis purposes.
        vmm_ready_time_us: (Developer-only). The time taken for the VMM (Virtual Machine Monitor) to become
            ready to execute the instance measured in microseconds. This is the time from when
            the VMM started until it was ready to execute the instance's code. This field is
            primarily used for debugging and performance analysis purposes.
        boot_time_us: The boot time of the instance in microseconds. We take a pragmatic approach is to
            define the boot time. We calculate this as the difference in time between the moment
            the virtualization toolstack is invoked to respond to a VM boot request and the
            moment the OS starts executing user code (i.e., the end of the guest OS boot
            process). This is essentially the time that a user would experience in a deployment,
            minus the application initialization time, which we leave out since it is
            independent from the OS.
        net_time_us: This is the time it took for the user-level application to start listening on a non-
            localhost port measured in microseconds. This is the time from when the instance
            started until it reasonably ready to start responding to network requests. This is
            useful for measuring the time it takes for the instance to become operationally
            ready.
        stop_reason: The instance stop reason.

            Provides reason as to why an instance is stopped or in the process of shutting down.
            The stop reason is a bitmask that tells you the origin of the shutdown:

            | Bit | 4 | 3 | 2 | 1 | 0 (LSB) |
            |---|---|---|---|---|---|
            | Purpose | [F]orced | [U]ser | [P]latform | [A]pp | [K]ernel |

            - Forced: This was a force stop. A forced stop does not give the instance a chance
            to perform a clean shutdown. Bits 0 (Kernel) and 1 (App) can thus never be set for
            forced shutdowns. Consequently, there won't be an exit_code or stop_code.
            - User: Stop initiated by user, e.g. via an API call.
            - Platform: Stop initiated by platform, e.g. an autoscale policy.
            - App: The Application exited. The exit_code field will be set.
            - Kernel: The kernel exited. The stop_code field will be set.

            For example, the stop reason will contain the following values in the given
            scenarios:

            | Value | Bitmask | Aliases | Scenario |
            |---|---|---|---|
            | 28 | 11100 | FUP-- | Forced user-initiated shutdown. |
            | 15 | 01111 | -UPAK | Regular user-initiated shutdown. The application and kernel
            have exited. The exit_code and stop_code indicate if the application and kernel shut
            down cleanly. |
            | 13 | 01101 | -UP-K | The user initiated a shutdown but the application was
            forcefully killed by the kernel during shutdown. This can be the case if the image
            does not support a clean application exit or the application crashed after receiving
            a termination signal. The exit_code won’t be present in this scenario. |
            | 7 | 00111 | --PAK | Unikraft Cloud initiated the shutdown, for example, due to
            scale-to-zero. The application and kernel have exited. The exit_code and stop_code
            indicate if the application and kernel shut down cleanly. |
            | 3 | 00011 | ---AK | The application exited. The exit_code and stop_code indicate
            if the application and kernel shut down cleanly. |
            | 1 | 00001 | ----K | The instance likely expierenced a fatal crash and the
            stop_code contains more information about the cause of the crash. |
            | 0 | 00000 | ----- | The stop reason is unknown. |
        exit_code: The application exit code.

            This is the code which the application returns upon leaving its main entry point.
            The encoding of the exit code is application specific. See the documentation of the
            application for more details. Usually, an exit code of 0 indicates success / no
            failure.
        stop_code: The kernel stop code.

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
            - shutdown: Whether the shutdown originated from the inittable (0) or from the
            termtable (1).
            - initlevel: The initlevel at the time of the stop.
            - reason: The reason for the stop. See StopCodeReason.
        restart_policy: The restart configuration for the instance.

            When an instance stops either because the application exits or the instance crashes,
            Unikraft Cloud can auto-restart your instance. Auto-restarts are performed according
            to the restart policy configured for a particular instance.

            The policy can have the following values:

            | Policy | Description |
            |---|---|
            | never | Never restart the instance (default). |
            | always | Always restart the instance when the stop is initiated from within the
            instance (i.e., the application exits or the instance crashes). |
            | on-failure | Only restart the instance if it crashes. |

            When an instance stops, the stop reason and the configured restart policy are
            evaluated to decide if a restart should be performed. Unikraft Cloud uses an
            exponential back-off delay (immediate, 5s, 10s, 20s, 40s, ..., 5m) to slow down
            restarts in tight crash loops. If an instance runs without problems for 10s the
            back-off delay is reset and the restart sequence ends.

            The restart.attempt attribute reported in counts the number of restarts performed in
            the current sequence. The restart.next_at field indicates when the next restart will
            take place if a back-off delay is in effect.

            A manual start or stop of the instance aborts the restart sequence and resets the
            back-off delay.
        scale_to_zero: The scale-to-zero configuration for the instance.

            With conventional cloud platforms you need to keep at least one instance running at
            all times to be able to respond to incoming requests. Performing a just-in-time cold
            boot is simply too time-consuming and would create a response latency of multiple
            seconds. This is not the case with Unikraft Cloud. Instances on Unikraft Cloud are
            able to cold boot within milliseconds, which allows us to perform low-latency scale-
            to-zero.

            To enable scale-to-zero for an instance it is sufficient to add a scale_to_zero
            configuration block. Unikraft Cloud will then put the instance into standby if there
            is no traffic to your service within the window of a cooldown period. When there is
            new traffic coming in, it is automatically started again.

            If you have a heavyweight application that takes long to cold boot or has bad first
            request latency (e.g., with JIT compilation) consider to enable stateful scale-to-
            zero.
        volumes: The list of volumes attached to the instance.
        service_group: The service group configuration for the instance.
        network_interfaces: The network interfaces of the instance.
        tags: The tags associated with the instance.
        status: An optional field representing the status of the request. This field is only set
            when this message object is used as a response message.
        message: An optional message providing additional information about the status. This field is
            only set when this message object is used as a response message, and is useful when
            the status is not success.
        error: An optional error code providing additional information about the status. This field
            is only set when this message object is used as a response message, and is useful
            when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    created_at: datetime | None | Unset = UNSET
    state: InstanceState | None | Unset = UNSET
    private_fqdn: str | None | Unset = UNSET
    image: str | None | Unset = UNSET
    memory_mb: int | None | Unset = UNSET
    vcpus: int | None | Unset = UNSET
    args: list[str] | None | Unset = UNSET
    env: dict[str, str] | None | Unset = UNSET
    start_count: int | None | Unset = UNSET
    restart_count: int | None | Unset = UNSET
    started_at: datetime | None | Unset = UNSET
    stopped_at: datetime | None | Unset = UNSET
    uptime_ms: int | None | Unset = UNSET
    vmm_start_time_us: int | None | Unset = UNSET
    vmm_load_time_us: int | None | Unset = UNSET
    vmm_ready_time_us: int | None | Unset = UNSET
    boot_time_us: int | None | Unset = UNSET
    net_time_us: int | None | Unset = UNSET
    stop_reason: int | None | Unset = UNSET
    exit_code: int | None | Unset = UNSET
    stop_code: int | None | Unset = UNSET
    restart_policy: InstanceRestartPolicy | None | Unset = UNSET
    scale_to_zero: InstanceScaleToZero | None | Unset = UNSET
    volumes: list[InstanceInstanceVolume] | None | Unset = UNSET
    service_group: InstanceInstanceServiceGroup | None | Unset = UNSET
    network_interfaces: list[InstanceNetworkInterface] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class InstanceCreateArgsInstanceCreateRequestRoms:
    """InstanceCreateArgsInstanceCreateRequestRoms

    Attributes:
        image: The image of the ROM to use for the autoscale configuration.
        name: The name of the ROM to use for the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    image: str
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class InstanceInstanceServiceGroup:
    """InstanceInstanceServiceGroup

    Attributes:
        uuid: The UUID of the service group.

            This is a unique identifier for the service group that is generated when the service
            is created. The UUID is used to reference the service group in API calls and can be
            used to identify the service in all API calls that require an service identifier.
        name: The name of the service group.

            This is a human-readable name that can be used to identify the service group. The
            name is unique within the context of your account. The name can also be used to
            identify the service group in API calls.
        domains: The domain configuration for the service group.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    domains: list[InstanceServiceGroupInstanceDomain] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class InstanceInstanceVolume:
    """InstanceInstanceVolume

    Attributes:
        uuid: The UUID of the volume.

            This is a unique identifier for the volume that is generated when the volume is
            created. The UUID is used to reference the volume in API calls and can be used to
            identify the volume in all API calls that require a volume identifier.
        name: The name of the volume.

            This is a human-readable name that can be used to identify the volume. The name must
            be unique within the context of your account. The name can also be used to identify
            the volume in API calls.
        at: The mount point of the volume in the instance. This is the directory in the instance
            where the volume will be mounted.
        read_only: Whether the volume is read-only or not.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    at: str | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class InstanceNetworkInterface:
    """InstanceNetworkInterface

    Attributes:
        uuid: The UUID of the network interface. This is a unique identifier for the network
            interface that is generated when the instance is created.
        private_ip: The private IP address of the network interface. This is the internal IP address
            that is used for communication between instances within the same network.
        mac: The MAC address of the network interface.
        rx_bytes: Amount of bytes received from interface.
        rx_packets: Count of packets received from interface
        tx_bytes: Amount of bytes sent to interface.
        tx_packets: Count of packets sent to interface
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    private_ip: str | None | Unset = UNSET
    mac: str | None | Unset = UNSET
    rx_bytes: int | None | Unset = UNSET
    rx_packets: int | None | Unset = UNSET
    tx_bytes: int | None | Unset = UNSET
    tx_packets: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class InstanceScaleToZero:
    """InstanceScaleToZero

    Attributes:
        enabled: Indicates whether scale-to-zero is enabled for the instance.
        policy: The specific policy to use for scaling the instance to zero.
        stateful: Whether the instance should be stateful when scaled to zero. If set to true, the
            instance will retain its state (e.g., RAM contents) when scaled to zero. This is
            useful for instances that need to maintain their state across scale-to-zero
            operations. If set to false, the instance will lose its state when scaled to zero,
            and it will be restarted from scratch when scaled back up.
        cooldown_time_ms: The cooldown time in milliseconds before the instance can be scaled to zero again.
            This is useful to prevent rapid scaling to zero and back up, which can lead to
            performance issues or resource exhaustion.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    enabled: bool | None | Unset = UNSET
    policy: InstanceScaleToZeroPolicy | None | Unset = UNSET
    stateful: bool | None | Unset = UNSET
    cooldown_time_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class InstanceServiceGroupInstanceDomain:
    """InstanceServiceGroupInstanceDomain

    Attributes:
        certificate: The certificate associated with the domain.

            The certificate is used to secure the domain with TLS/SSL. If no certificate is
            specified, Unikraft Cloud will automatically generate a new certificate for the
            domain based on Let's Encrypt and seek to accomplish a DNS-01 challenge.
        fqdn: The fully qualified domain name.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    certificate: Certificate | None | Unset = UNSET
    fqdn: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class NameOrUUIDByName:
    """A reference to an existing resource by its name.

    Attributes:
        name: The name of the referenced resource.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class NameOrUUIDByUUID:
    """A reference to an existing resource by its uuid.

    Attributes:
        uuid: Mutually exclusive with name.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Object:
    """Object

    Attributes:
        digest: The digest is a string representation including the hashing algorithm and the hash
            value separated by a colon.
        media_type: The media type of the layer is a string that identifies the type of content that the
            layer contains.
        size: The size of the layer in bytes.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    digest: str | None | Unset = UNSET
    media_type: str | None | Unset = UNSET
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Quotas:
    """Quotas

    Attributes:
        uuid: The UUID of the quota.
        used: Used quota
        hard: Configured quota limits
        limits: Additional limits
        status: An optional field representing the status of the request. This field is only set
            when this message object is used as a response message.
        message: An optional message providing additional information about the status. This field is
            only set when this message object is used as a response message, and is useful when
            the status is not success.
        error: An optional error code providing additional information about the status. This field
            is only set when this message object is used as a response message, and is useful
            when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    used: QuotasStats | None | Unset = UNSET
    hard: QuotasStats | None | Unset = UNSET
    limits: QuotasLimits | None | Unset = UNSET
    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class QuotasLimits:
    """QuotasLimits

    Attributes:
        min_memory_mb: Minimum amount of memory assigned to live instances in megabytes
        max_memory_mb: Maximum amount of memory assigned to live instances in megabytes
        min_volume_mb: Minimum size of a volume in megabytes
        max_volume_mb: Maximum size of a volume in megabytes
        min_autoscale_size: Minimum size of an autoscale group
        max_autoscale_size: Maximum size of an autoscale group
        min_vcpus: Minimum number of vCPUs
        max_vcpus: Maximum number of vCPUs
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    min_memory_mb: int | None | Unset = UNSET
    max_memory_mb: int | None | Unset = UNSET
    min_volume_mb: int | None | Unset = UNSET
    max_volume_mb: int | None | Unset = UNSET
    min_autoscale_size: int | None | Unset = UNSET
    max_autoscale_size: int | None | Unset = UNSET
    min_vcpus: int | None | Unset = UNSET
    max_vcpus: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class QuotasResponse:
    """QuotasResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: QuotasResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class QuotasResponseData:
    """QuotasResponseData

    Attributes:
        quotas: The quota(s) which were retrieved by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    quotas: list[Quotas] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class QuotasStats:
    """QuotasStats

    Attributes:
        instances: Number of instances
        live_instances: Number of instances that are not in the stopped state
        live_vcpus: Number of vCPUs
        live_memory_mb: Amount of memory assigned to instances that are not in the stopped state in
            megabytes
        service_groups: Number of services
        services: Number of published network ports over all existing services
        volumes: Number of volumes
        total_volume_mb: Total size of all volumes in megabytes
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: int | None | Unset = UNSET
    live_instances: int | None | Unset = UNSET
    live_vcpus: int | None | Unset = UNSET
    live_memory_mb: int | None | Unset = UNSET
    service_groups: int | None | Unset = UNSET
    services: int | None | Unset = UNSET
    volumes: int | None | Unset = UNSET
    total_volume_mb: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class ResponseError:
    """ResponseError

    Attributes:
        status: The HTTP status code of the error.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Service:
    """Service

    Attributes:
        port: This is the public-facing port that the service will be accessible from on the
            Internet.
        destination_port: The port number that the instance is listening on. This is the internal port which
            Unikraft Cloud will forward traffic to.
        handlers: Connection handlers to use for the service. Handlers define how the service will
            handle incoming connections and forward traffic from the Internet to your
            application. For example, a service can be configured to terminate TLS connections,
            redirect HTTP traffic, or enable HTTP mode for load balancing. You configure the
            handlers for every published service port individually.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    port: int
    destination_port: int | None | Unset = UNSET
    handlers: list[ServiceHandlersItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class ServiceGroup:
    """ServiceGroup

    Attributes:
        uuid: The UUID of the service group.

            This is a unique identifier for the service group that is generated when the service
            group is created. The UUID is used to reference the service in API calls and can be
            used to identify the service group in all API calls that require an identifier.
        name: The name of the service group.

            This is a human-readable name that can be used to identify the service group. The
            name must be unique within the context of your account. The name can also be used to
            identify the service in API calls.
        created_at: The time the service was created.
        persistent: Indicates if the service will stay remain even after the last instance detached. If
            this is set to false, the service will be deleted when the last instance detached
            from it. If this is set to true, the service will remain and can be reused by other
            instances. This is useful if you want to keep the service configuration, e.g., the
            published ports, handlers, and domains, even if there are no instances assigned to
            it.
        autoscale: Indicates if the service has autoscale enabled. See the associated autoscale
            documentation for more information about how to set this up. Autoscale policies can
            be set up after the service has been created.
        soft_limit: The soft limit is used by the Unikraft Cloud load balancer to decide when to wake up
            another standby instance. For example, if the soft limit is set to 5 and the service
            consists of 2 standby instances, one of the instances receives up to 5 concurrent
            requests. The 6th parallel requests wakes up the second instance. If there are no
            more standby instances to wake up, the number of requests assigned to each instance
            will exceed the soft limit. The load balancer makes sure that when the number of in-
            flight requests goes down again, instances are put into standby as fast as possible.
        hard_limit: The hard limit defines the maximum number of concurrent requests that an instance
            assigned to the this service can handle. The load balancer will never assign more
            requests to a single instance. In case there are no other instances available,
            excess requests fail (i.e., they are blocked and not queued).
        services: List of published network ports for this service and the destination port to which
            Unikraft Cloud will forward traffic to. Additional handlers can be defined for each
            published port in order to define how the service will handle incoming connections
            and forward traffic from the Internet to your application. For example, a service
            can be configured to terminate TLS connections, redirect HTTP traffic, or enable
            HTTP mode for load balancing.
        domains: List of domains associated with the service. Domains are used to access the service
            over the Internet.
        instances: List of instances assigned to the service.
        status: An optional field representing the status of the request. This field is only set
            when this message object is used as a response message.
        message: An optional message providing additional information about the status. This field is
            only set when this message object is used as a response message, and is useful when
            the status is not success.
        error: An optional error code providing additional information about the status. This field
            is only set when this message object is used as a response message, and is useful
            when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    created_at: datetime | None | Unset = UNSET
    persistent: bool | None | Unset = UNSET
    autoscale: bool | None | Unset = UNSET
    soft_limit: int | None | Unset = UNSET
    hard_limit: int | None | Unset = UNSET
    services: list[Service] | None | Unset = UNSET
    domains: list[Domain] | None | Unset = UNSET
    instances: list[ServiceGroupInstance] | None | Unset = UNSET
    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class ServiceGroupInstance:
    """ServiceGroupInstance

    Attributes:
        uuid: The UUID of the instance. This is a unique identifier for the instance that is
            generated when the instance is created. The UUID is used to reference the instance
            in API calls and can be used to identify the instance in all API calls that require
            an instance identifier.
        name: The name of the instance. This is a human-readable name that can be used to identify
            the instance. The name must be unique within the context of your account. If no name
            is specified, a random name is generated for you. The name can also be used to
            identify the instance in API calls.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class ServiceGroupTemplate:
    """ServiceGroupTemplate

    Attributes:
        name: The name of the template used for the autoscale configuration.
        uuid: The UUID of the template used for the autoscale configuration.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    name: str | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class StartInstanceResponse:
    """StartInstanceResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: StartInstanceResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class StartInstanceResponseData:
    """StartInstanceResponseData

    Attributes:
        instances: The instance(s) which were started by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[StartInstanceResponseStartedInstance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class StartInstanceResponseStartedInstance:
    """StartInstanceResponseStartedInstance

    Attributes:
        status: Indicates whether the start operation was successful or not for this instance.
        uuid: The UUID of the instance which was deleted.
        name: The name of the instance which was deleted.
        state: The current state of the instance after this request.
        previous_state: The previous state of the instance before it was deleted.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    previous_state: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class StopInstanceResponse:
    """StopInstanceResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: StopInstanceResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class StopInstanceResponseData:
    """StopInstanceResponseData

    Attributes:
        instances: The instance(s) which were stopped by the request.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[StopInstanceResponseStoppedInstance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class StopInstanceResponseStoppedInstance:
    """StopInstanceResponseStoppedInstance

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance.
        state: The current state of the instance.
        previous_state: The previous state of the instance before the stop operation was invoked.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state: InstanceState | None | Unset = UNSET
    previous_state: InstanceState | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class StopInstancesRequestID:
    """StopInstancesRequestID

    Attributes:
        uuid: The UUID of the instance to stop. Mutually exclusive with name.
        name: The name of the instance to stop. Mutually exclusive with UUID.
        force: Whether to immediately force stop the instance.
        drain_timeout_ms: Timeout for draining connections in milliseconds. The instance does not receive new
            connections in the draining phase. The instance is stopped when the last connection
            has been closed or the timeout expired. The maximum timeout may vary. Use -1 for the
            largest possible value.

            Note: This endpoint does not block. Use the wait endpoint for the instance to reach
            the stopped state.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    force: bool | None | Unset = UNSET
    drain_timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """UpdateInstanceByUUIDRequestBody

    Attributes:
        prop: The property to modify.
        op: The operation to perform on the property.
        id: (Optional). A client-provided identifier for tracking this operation in the
            response.
        value: The value for the update operation. The type depends on the property and operation:

            - For "image": string
            - For "args": string or array of strings
            - For "env": object (for SET/ADD) or string/array of strings (for DEL)
            - For "memory_mb": integer
            - For "vcpus": integer
            - For "scale_to_zero": object with cooldown_time_ms, policy, and stateful fields
            - For "tags": array of strings
            - For "delete_lock": boolean
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    prop: UpdateInstanceProperty
    op: UpdateOperation
    id: str | None | Unset = UNSET
    value: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateInstancesRequest:
    """UpdateInstancesRequest

    Attributes:
        prop: The property to modify.
        op: The operation to perform on the property.
        id: (Optional). A client-provided identifier for tracking this operation in the
            response.
        uuid: The UUID of the instance to update. Mutually exclusive with name.
        name: The name of the instance to update. Mutually exclusive with UUID.
        value: The value for the update operation. The type depends on the property and operation:

            - For "image": string
            - For "args": string or array of strings
            - For "env": object (for SET/ADD) or string/array of strings (for DEL)
            - For "memory_mb": integer
            - For "vcpus": integer
            - For "scale_to_zero": object with cooldown_time_ms, policy, and stateful fields
            - For "tags": array of strings
            - For "delete_lock": boolean
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    prop: UpdateInstanceProperty
    op: UpdateOperation
    id: str | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    value: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """UpdateInstancesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: UpdateInstancesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateInstancesResponseData:
    """UpdateInstancesResponseData

    Attributes:
        instances: List of instances that were processed during the update operation.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[UpdateInstancesResponseUpdatedInstance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateInstancesResponseUpdatedInstance:
    """UpdateInstancesResponseUpdatedInstance

    Attributes:
        uuid: The UUID of the instance that was updated.
        name: The name of the instance that was updated.
        status: The status of this particular instance update operation.
        id: (Optional). The client-provided ID from the request.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateServiceGroupByUUIDRequestBody:
    """UpdateServiceGroupByUUIDRequestBody

    Attributes:
        prop: The property to modify.
        op: The operation to perform.
        id: (Optional). A client-provided identifier for tracking this operation in the
            response.
        value: The value for the update operation:

            - For "services": array of Service objects
            - For "domains": array of Domain objects
            - For "soft_limit": integer (1–65535), must be <= "hard_limit"
            - For "hard_limit": integer (1–65535), must be >= "soft_limit\"
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    prop: UpdateServiceGroupProperty
    op: UpdateOperation
    id: str | None | Unset = UNSET
    value: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateServiceGroupsRequestItem:
    """UpdateServiceGroupsRequestItem

    Attributes:
        prop: The property to modify.
        op: The operation to perform.
        id: (Optional). A client-provided identifier for tracking this operation in the
            response.
        uuid: The UUID of the service group to update. Mutually exclusive with name.
        name: The name of the service group to update. Mutually exclusive with UUID.
        value: The value for the update operation:

            - For "services": array of Service objects
            - For "domains": array of Domain objects
            - For "soft_limit": integer (1–65535), must be <= "hard_limit"
            - For "hard_limit": integer (1–65535), must be >= "soft_limit\"
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    prop: UpdateServiceGroupProperty
    op: UpdateOperation
    id: str | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    value: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """UpdateServiceGroupsResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: UpdateServiceGroupsResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateServiceGroupsResponseData:
    """UpdateServiceGroupsResponseData

    Attributes:
        service_groups: List of service groups that were processed during the update operation.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    service_groups: list[UpdateServiceGroupsResponseUpdatedServiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateServiceGroupsResponseUpdatedServiceGroup:
    """UpdateServiceGroupsResponseUpdatedServiceGroup

    Attributes:
        uuid: The UUID of the service group that was updated.
        name: The name of the service group that was updated.
        status: The status of this particular service group update operation.
        id: (Optional). The client-provided ID from the request.
        message: An optional message providing additional information about the status. This field is
            only set when this message object is used as a response message, and is useful when
            the status is not success.
        error: An optional error code providing additional information about the status. This field
            is only set when this message object is used as a response message, and is useful
            when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateVolumeByUUIDRequestBody:
    """UpdateVolumeByUUIDRequestBody

    Attributes:
        prop: The property to modify.
        op: The operation to perform.
        id: (Optional). A client-provided identifier for tracking this operation in the
            response.
        value: The value for the update operation. The type depends on the property and operation:

            - For "size_mb": unsigned integer
            - For "quota_policy": "static" or "dynamic"
            - For "tags": array of Strings
            - For "delete_lock": boolean
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    prop: UpdateVolumeProperty
    op: UpdateOperation
    id: str | None | Unset = UNSET
    value: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateVolumesRequestItem:
    """UpdateVolumesRequestItem

    Attributes:
        prop: The property to modify.
        op: The operation to perform.
        id: (Optional). A client-provided identifier for tracking this operation in the
            response.
        uuid: The UUID of the volume to update. Mutually exclusive with name.
        name: The name of the volume to update. Mutually exclusive with UUID.
        value: The value for the update operation. The type depends on the property and operation:

            - For "size_mb": unsigned integer
            - For "quota_policy": 1 - static reservation, 2 - dynamic reservation
            - For "tags": array of Strings
            - For "delete_lock": boolean
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    prop: UpdateVolumeProperty
    op: UpdateOperation
    id: str | None | Unset = UNSET
    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    value: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
    """UpdateVolumesResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: UpdateVolumesResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateVolumesResponseData:
    """UpdateVolumesResponseData

    Attributes:
        volumes: List of volumes that were processed during the update operation.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    volumes: list[UpdateVolumesResponseUpdatedVolume] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class UpdateVolumesResponseUpdatedVolume:
    """UpdateVolumesResponseUpdatedVolume

    Attributes:
        uuid: The UUID of the volume that was updated.
        name: The name of the service group that was updated.
        status: The status of this particular volume update operation.
        id: (Optional). The client-provided ID from the request.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class Volume:
    """Volume

    Attributes:
        uuid: The UUID of the volume.

            This is a unique identifier for the volume that is generated when the volume is
            created. The UUID is used to reference the volume in API calls and can be used to
            identify the volume in all API calls that require an identifier.
        name: The name of the volume.

            This is a human-readable name that can be used to identify the volume. The name must
            be unique within the context of your account. The name can also be used to identify
            the volume in API calls.
        created_at: The time the volume was created.
        state: Current state of the volume.
        size_mb: The size of the volume in megabytes.
        persistent: Indicates if the volume will stay alive when the last instance is deleted that this
            volume is attached to.
        attached_to: List of instances that this volume is attached to.
        mounted_by: List of instances that have this volume mounted.
        tags: The tags associated with the volume.
        status: An optional field representing the status of the request. This field is only set
            when this message object is used as a response message.
        message: An optional message providing additional information about the status. This field is
            only set when this message object is used as a response message, and is useful when
            the status is not success.
        error: An optional error code providing additional information about the status. This field
            is only set when this message object is used as a response message, and is useful
            when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    created_at: datetime | None | Unset = UNSET
    state: VolumeState | None | Unset = UNSET
    size_mb: int | None | Unset = UNSET
    persistent: bool | None | Unset = UNSET
    attached_to: list[VolumeInstanceID] | None | Unset = UNSET
    mounted_by: list[VolumeVolumeInstanceMount] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class VolumeInstanceID:
    """VolumeInstanceID

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance that the volume is attached to.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class VolumeVolumeInstanceMount:
    """VolumeVolumeInstanceMount

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance that the volume is mounted in.
        read_only: Whether the instance mounts the volume read-only.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class WaitInstanceByUUIDRequestBody:
    """WaitInstanceByUUIDRequestBody

    Attributes:
        timeout_ms: Timeout in milliseconds to wait for the instance to reach the desired state. If the
            timeout is reached, the request will fail with an error. A value of -1 means to wait
            indefinitely until the instance reaches the desired state.
        state: The state to wait for.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    timeout_ms: int | None | Unset = UNSET
    state: InstanceState | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class WaitInstanceResponse:
    """WaitInstanceResponse

    Attributes:
        status: The status of the response.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        data: The response data for this request.
        errors: A list of errors which may have occurred during the request.
        op_time_us: The operation time in microseconds. This is the time it took to process the request
            and generate the response.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    status: ResponseStatus | None | Unset = UNSET
    message: str | None | Unset = UNSET
    data: WaitInstanceResponseData | None | Unset = UNSET
    errors: list[ResponseError] | None | Unset = UNSET
    op_time_us: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class WaitInstanceResponseData:
    """WaitInstanceResponseData

    Attributes:
        instances: The instance(s) which this requested waited on.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    instances: list[WaitInstanceResponseWaitedInstance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(kw_only=True)
class WaitInstanceResponseWaitedInstance:
    """WaitInstanceResponseWaitedInstance

    Attributes:
        uuid: The UUID of the instance.
        name: The name of the instance.
        state: The current state of the instance.
        message: An optional message providing additional information about the status. This field is
            useful when the status is not success.
        error: An optional error code providing additional information about the status. This field
            is useful when the status is not success.
        additional_properties: Fields of the JSON this client does not know, sent back unchanged.
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    state: InstanceState | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


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
