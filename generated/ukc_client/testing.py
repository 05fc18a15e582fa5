"""Hypothesis strategies of every model of the Unikraft Cloud Platform API: test data that fits the spec.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.

Importing this module registers a strategy for every model and enum, so that
``hypothesis.strategies.from_type(Model)`` draws instances that fit the spec; ``STRATEGIES``
maps every component name (unions and aliases included) to its strategy. Drawn values keep
to the spec: enum values, integer bounds, UUIDs, date-times with a zone, required fields set
and optional ones ``UNSET`` or set, exactly one of mutually exclusive fields, every variant of
a union, and unknown fields (in ``additional_properties``) under names no schema uses.

This module needs Hypothesis, a test dependency: nothing else in the package imports it.
"""

from __future__ import annotations

from datetime import UTC, timedelta, timezone
from typing import Any, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as error:
    raise ImportError(
        "ukc_client.testing needs Hypothesis: install the package's 'testing' extra"
        " (pip install 'ukc-client[testing]'), or leave testing.py out of a vendored copy"
    ) from error

from .models import (
    AttachVolumeByUUIDRequestBody,
    AttachVolumesRequest,
    AttachVolumesRequestInstanceID,
    AttachVolumesResponse,
    AttachVolumesResponseAttachedVolume,
    AttachVolumesResponseData,
    AutoscalePolicy,
    AutoscalePolicyAdjustmentType,
    AutoscalePolicyMetric,
    AutoscalePolicyStep,
    BodyInstanceID,
    Certificate,
    CertificateState,
    ConfigurationInstanceCreateArgs,
    ConfigurationInstanceCreateArgsRoms,
    ConfigurationInstanceCreateArgsTemplate,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    CreateAutoscaleConfigurationPolicyRequest,
    CreateAutoscaleConfigurationPolicyResponse,
    CreateAutoscaleConfigurationPolicyResponseData,
    CreateAutoscaleConfigurationPolicyResponsePolicy,
    CreateAutoscaleConfigurationsRequestConfiguration,
    CreateAutoscaleConfigurationsResponse,
    CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    CreateAutoscaleConfigurationsResponseData,
    CreateCertificateRequest,
    CreateCertificateResponse,
    CreateCertificateResponseData,
    CreateInstanceRequest,
    CreateInstanceRequestDomain,
    CreateInstanceRequestFeaturesItem,
    CreateInstanceRequestServiceGroup,
    CreateInstanceRequestServiceGroupByName,
    CreateInstanceRequestServiceGroupByUUID,
    CreateInstanceRequestServiceGroupNew,
    CreateInstanceRequestVolume,
    CreateInstanceResponse,
    CreateInstanceResponseData,
    CreateServiceGroupRequest,
    CreateServiceGroupRequestDomain,
    CreateServiceGroupResponse,
    CreateServiceGroupResponseData,
    CreateVolumeRequest,
    CreateVolumeResponse,
    CreateVolumeResponseData,
    CreateVolumeResponseVolume,
    DeleteAutoscaleConfigurationPolicyResponse,
    DeleteAutoscaleConfigurationPolicyResponseData,
    DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    DeleteAutoscaleConfigurationsResponse,
    DeleteAutoscaleConfigurationsResponseData,
    DeleteAutoscaleConfigurationsResponseServiceGroup,
    DeleteCertificatesResponse,
    DeleteCertificatesResponseData,
    DeleteCertificatesResponseDeletedCertificate,
    DeleteInstancesResponse,
    DeleteInstancesResponseData,
    DeleteInstancesResponseDeletedInstance,
    DeletePolicyRequest,
    DeleteServiceGroupsResponse,
    DeleteServiceGroupsResponseData,
    DeleteServiceGroupsResponseDeletedServiceGroup,
    DeleteVolumesResponse,
    DeleteVolumesResponseData,
    DeleteVolumesResponseDeletedVolume,
    DetachVolumeByUUIDRequestBody,
    DetachVolumesRequest,
    DetachVolumesRequestInstanceID,
    DetachVolumesResponse,
    DetachVolumesResponseData,
    DetachVolumesResponseDetachedVolume,
    Domain,
    GetAutoscaleConfigurationPolicyRequest,
    GetAutoscaleConfigurationPolicyResponse,
    GetAutoscaleConfigurationPolicyResponseData,
    GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    GetAutoscaleConfigurationsResponse,
    GetAutoscaleConfigurationsResponseData,
    GetAutoscaleConfigurationsResponseServiceGroup,
    GetCertificatesResponse,
    GetCertificatesResponseData,
    GetImageResponse,
    GetImageResponseData,
    GetInstanceLogsByUUIDRequestBody,
    GetInstanceLogsRequest,
    GetInstanceLogsResponse,
    GetInstanceLogsResponseAvailable,
    GetInstanceLogsResponseData,
    GetInstanceLogsResponseLoggedInstance,
    GetInstanceLogsResponseRange,
    GetInstanceMetricsResponse,
    GetInstanceMetricsResponseData,
    GetInstanceMetricsResponseInstanceMetrics,
    GetInstancesResponse,
    GetInstancesResponseData,
    GetServiceGroupsResponse,
    GetServiceGroupsResponseData,
    GetVolumesResponse,
    GetVolumesResponseData,
    HealthzResponse,
    HealthzResponseData,
    Image,
    Instance,
    InstanceCreateArgsInstanceCreateRequestRoms,
    InstanceInstanceServiceGroup,
    InstanceInstanceVolume,
    InstanceNetworkInterface,
    InstanceRestartPolicy,
    InstanceScaleToZero,
    InstanceScaleToZeroPolicy,
    InstanceServiceGroupInstanceDomain,
    InstanceState,
    NameOrUUID,
    NameOrUUIDByName,
    NameOrUUIDByUUID,
    Object,
    Quotas,
    QuotasLimits,
    QuotasResponse,
    QuotasResponseData,
    QuotasStats,
    ResponseError,
    ResponseStatus,
    Service,
    ServiceGroup,
    ServiceGroupInstance,
    ServiceGroupTemplate,
    ServiceHandlersItem,
    StartInstanceResponse,
    StartInstanceResponseData,
    StartInstanceResponseStartedInstance,
    StopInstanceResponse,
    StopInstanceResponseData,
    StopInstanceResponseStoppedInstance,
    StopInstancesRequestID,
    UpdateInstanceByUUIDRequestBody,
    UpdateInstanceProperty,
    UpdateInstancesRequest,
    UpdateInstancesResponse,
    UpdateInstancesResponseData,
    UpdateInstancesResponseUpdatedInstance,
    UpdateOperation,
    UpdateServiceGroupByUUIDRequestBody,
    UpdateServiceGroupProperty,
    UpdateServiceGroupsRequestItem,
    UpdateServiceGroupsResponse,
    UpdateServiceGroupsResponseData,
    UpdateServiceGroupsResponseUpdatedServiceGroup,
    UpdateVolumeByUUIDRequestBody,
    UpdateVolumeProperty,
    UpdateVolumesRequestItem,
    UpdateVolumesResponse,
    UpdateVolumesResponseData,
    UpdateVolumesResponseUpdatedVolume,
    Volume,
    VolumeInstanceID,
    VolumeState,
    VolumeVolumeInstanceMount,
    WaitInstanceByUUIDRequestBody,
    WaitInstanceResponse,
    WaitInstanceResponseData,
    WaitInstanceResponseWaitedInstance,
)
from .types import UNSET, Unset

__all__ = ["STRATEGIES", "json_values"]

T = TypeVar("T")

# Small sizes: models nest, and every level multiplies the size of a document.
_MAX_ITEMS = 3
_TEXT = st.text(max_size=8)
# RFC 3339 writes a zone offset in whole minutes, less than a day either way.
_ZONES = st.just(UTC) | st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
_DATETIMES = st.datetimes(timezones=_ZONES)


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value (no NaN or infinities, which JSON cannot write), small."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | _TEXT
    )
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=_MAX_ITEMS)
            | st.dictionaries(_TEXT, children, max_size=_MAX_ITEMS)
        ),
        max_leaves=8,
    )


# Fields a newer server might send; their names start with one no property of the spec uses.
_UNKNOWN_FIELDS = st.dictionaries(_TEXT.map("x-".__add__), json_values(), max_size=2)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | Unset]:
    """An optional field: absent (``UNSET``) or a value."""
    return st.just(UNSET) | strategy


_strategy_InstanceRestartPolicy = st.sampled_from(InstanceRestartPolicy)

_strategy_InstanceState = st.sampled_from(InstanceState)

_strategy_ResponseStatus = st.sampled_from(ResponseStatus)

_strategy_UpdateInstanceProperty = st.sampled_from(UpdateInstanceProperty)

_strategy_UpdateOperation = st.sampled_from(UpdateOperation)

_strategy_UpdateServiceGroupProperty = st.sampled_from(UpdateServiceGroupProperty)

_strategy_UpdateVolumeProperty = st.sampled_from(UpdateVolumeProperty)

_strategy_AutoscalePolicyMetric = st.sampled_from(AutoscalePolicyMetric)

_strategy_AutoscalePolicyAdjustmentType = st.sampled_from(AutoscalePolicyAdjustmentType)

_strategy_CertificateState = st.sampled_from(CertificateState)

_strategy_CreateInstanceRequestFeaturesItem = st.sampled_from(CreateInstanceRequestFeaturesItem)

_strategy_InstanceScaleToZeroPolicy = st.sampled_from(InstanceScaleToZeroPolicy)

_strategy_ServiceHandlersItem = st.sampled_from(ServiceHandlersItem)

_strategy_VolumeState = st.sampled_from(VolumeState)

_strategy_GoogleProtobufValue = json_values()

_strategy_BodyInstanceID: st.SearchStrategy[BodyInstanceID] = st.builds(
    BodyInstanceID,
    uuid=_optional(st.uuids()),
    name=_optional(_TEXT),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_AttachVolumeByUUIDRequestBody: st.SearchStrategy[AttachVolumeByUUIDRequestBody] = (
    st.builds(
        AttachVolumeByUUIDRequestBody,
        attach_to=_strategy_BodyInstanceID,
        at=_TEXT,
        readonly=_optional(st.booleans()),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_AttachVolumesRequestInstanceID: st.SearchStrategy[AttachVolumesRequestInstanceID] = (
    st.builds(
        AttachVolumesRequestInstanceID,
        uuid=_optional(st.uuids()),
        name=_optional(_TEXT),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_AttachVolumesRequest: st.SearchStrategy[AttachVolumesRequest] = st.one_of(
    st.builds(
        AttachVolumesRequest,
        attach_to=_strategy_AttachVolumesRequestInstanceID,
        at=_TEXT,
        uuid=st.uuids(),
        name=st.just(UNSET),
        readonly=_optional(st.booleans()),
        additional_properties=_UNKNOWN_FIELDS,
    ),
    st.builds(
        AttachVolumesRequest,
        attach_to=_strategy_AttachVolumesRequestInstanceID,
        at=_TEXT,
        uuid=st.just(UNSET),
        name=_TEXT,
        readonly=_optional(st.booleans()),
        additional_properties=_UNKNOWN_FIELDS,
    ),
)

_strategy_AttachVolumesResponseAttachedVolume: st.SearchStrategy[
    AttachVolumesResponseAttachedVolume
] = st.builds(
    AttachVolumesResponseAttachedVolume,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_AttachVolumesResponseData: st.SearchStrategy[AttachVolumesResponseData] = st.builds(
    AttachVolumesResponseData,
    volumes=st.lists(_strategy_AttachVolumesResponseAttachedVolume, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_ResponseError: st.SearchStrategy[ResponseError] = st.builds(
    ResponseError,
    status=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_AttachVolumesResponse: st.SearchStrategy[AttachVolumesResponse] = st.builds(
    AttachVolumesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_AttachVolumesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_AutoscalePolicyStep: st.SearchStrategy[AutoscalePolicyStep] = st.builds(
    AutoscalePolicyStep,
    adjustment=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    lower_bound=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    upper_bound=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_AutoscalePolicy: st.SearchStrategy[AutoscalePolicy] = st.builds(
    AutoscalePolicy,
    name=_optional(_TEXT),
    enabled=_optional(st.booleans()),
    metric=_optional(_strategy_AutoscalePolicyMetric),
    adjustment_type=_optional(_strategy_AutoscalePolicyAdjustmentType),
    steps=_optional(st.lists(_strategy_AutoscalePolicyStep, max_size=_MAX_ITEMS)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Certificate: st.SearchStrategy[Certificate] = st.builds(
    Certificate,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    created_at=st.none() | _DATETIMES,
    common_name=st.none() | _TEXT,
    subject=st.none() | _TEXT,
    issuer=st.none() | _TEXT,
    serial_number=st.none() | _TEXT,
    not_before=st.none() | _DATETIMES,
    not_after=st.none() | _DATETIMES,
    state=st.none() | _strategy_CertificateState,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_InstanceCreateArgsInstanceCreateRequestRoms: st.SearchStrategy[
    InstanceCreateArgsInstanceCreateRequestRoms
] = st.builds(
    InstanceCreateArgsInstanceCreateRequestRoms,
    image=_TEXT,
    name=_optional(_TEXT),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_ConfigurationInstanceCreateArgsRoms: st.SearchStrategy[
    ConfigurationInstanceCreateArgsRoms
] = st.builds(
    ConfigurationInstanceCreateArgsRoms,
    roms=_strategy_InstanceCreateArgsInstanceCreateRequestRoms,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_ServiceGroupTemplate: st.SearchStrategy[ServiceGroupTemplate] = st.builds(
    ServiceGroupTemplate,
    name=_optional(_TEXT),
    uuid=_optional(st.uuids()),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_ConfigurationInstanceCreateArgsTemplate: st.SearchStrategy[
    ConfigurationInstanceCreateArgsTemplate
] = st.builds(
    ConfigurationInstanceCreateArgsTemplate,
    template=_strategy_ServiceGroupTemplate,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms: st.SearchStrategy[
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms
] = st.builds(
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    roms=_strategy_InstanceCreateArgsInstanceCreateRequestRoms,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate: st.SearchStrategy[
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate
] = st.builds(
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    template=_strategy_ServiceGroupTemplate,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs: st.SearchStrategy[
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs
] = st.one_of(
    _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
)

_strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequest: st.SearchStrategy[
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest
] = st.builds(
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    uuid=_optional(st.uuids()),
    min_size=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    max_size=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    warmup_time_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    cooldown_time_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    create_args=_optional(
        _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs
    ),
    policies=_optional(st.lists(_strategy_AutoscalePolicy, max_size=_MAX_ITEMS)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationPolicyRequest: st.SearchStrategy[
    CreateAutoscaleConfigurationPolicyRequest
] = st.builds(
    CreateAutoscaleConfigurationPolicyRequest,
    name=_TEXT,
    type=_strategy_AutoscalePolicy,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationPolicyResponsePolicy: st.SearchStrategy[
    CreateAutoscaleConfigurationPolicyResponsePolicy
] = st.builds(
    CreateAutoscaleConfigurationPolicyResponsePolicy,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationPolicyResponseData: st.SearchStrategy[
    CreateAutoscaleConfigurationPolicyResponseData
] = st.builds(
    CreateAutoscaleConfigurationPolicyResponseData,
    policies=st.lists(
        _strategy_CreateAutoscaleConfigurationPolicyResponsePolicy, max_size=_MAX_ITEMS
    ),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationPolicyResponse: st.SearchStrategy[
    CreateAutoscaleConfigurationPolicyResponse
] = st.builds(
    CreateAutoscaleConfigurationPolicyResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_CreateAutoscaleConfigurationPolicyResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_ConfigurationInstanceCreateArgs: st.SearchStrategy[ConfigurationInstanceCreateArgs] = (
    st.one_of(
        _strategy_ConfigurationInstanceCreateArgsRoms,
        _strategy_ConfigurationInstanceCreateArgsTemplate,
    )
)

_strategy_CreateAutoscaleConfigurationsRequestConfiguration: st.SearchStrategy[
    CreateAutoscaleConfigurationsRequestConfiguration
] = st.one_of(
    st.builds(
        CreateAutoscaleConfigurationsRequestConfiguration,
        uuid=st.uuids(),
        name=st.just(UNSET),
        min_size=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        max_size=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        warmup_time_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        cooldown_time_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        create_args=_optional(_strategy_ConfigurationInstanceCreateArgs),
        policies=_optional(st.lists(_strategy_AutoscalePolicy, max_size=_MAX_ITEMS)),
        additional_properties=_UNKNOWN_FIELDS,
    ),
    st.builds(
        CreateAutoscaleConfigurationsRequestConfiguration,
        uuid=st.just(UNSET),
        name=_TEXT,
        min_size=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        max_size=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        warmup_time_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        cooldown_time_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        create_args=_optional(_strategy_ConfigurationInstanceCreateArgs),
        policies=_optional(st.lists(_strategy_AutoscalePolicy, max_size=_MAX_ITEMS)),
        additional_properties=_UNKNOWN_FIELDS,
    ),
)

_strategy_CreateAutoscaleConfigurationsResponseConfigurationsResponse: st.SearchStrategy[
    CreateAutoscaleConfigurationsResponseConfigurationsResponse
] = st.builds(
    CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationsResponseData: st.SearchStrategy[
    CreateAutoscaleConfigurationsResponseData
] = st.builds(
    CreateAutoscaleConfigurationsResponseData,
    service_groups=st.lists(
        _strategy_CreateAutoscaleConfigurationsResponseConfigurationsResponse, max_size=_MAX_ITEMS
    ),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateAutoscaleConfigurationsResponse: st.SearchStrategy[
    CreateAutoscaleConfigurationsResponse
] = st.builds(
    CreateAutoscaleConfigurationsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_CreateAutoscaleConfigurationsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateCertificateRequest: st.SearchStrategy[CreateCertificateRequest] = st.builds(
    CreateCertificateRequest,
    name=_optional(_TEXT),
    cn=_TEXT,
    chain=_TEXT,
    pkey=_TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateCertificateResponseData: st.SearchStrategy[CreateCertificateResponseData] = (
    st.builds(
        CreateCertificateResponseData,
        certificates=st.lists(_strategy_Certificate, max_size=_MAX_ITEMS),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_CreateCertificateResponse: st.SearchStrategy[CreateCertificateResponse] = st.builds(
    CreateCertificateResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_CreateCertificateResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateInstanceRequestServiceGroupByUUID: st.SearchStrategy[
    CreateInstanceRequestServiceGroupByUUID
] = st.builds(
    CreateInstanceRequestServiceGroupByUUID,
    uuid=st.uuids(),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateInstanceRequestServiceGroupByName: st.SearchStrategy[
    CreateInstanceRequestServiceGroupByName
] = st.builds(
    CreateInstanceRequestServiceGroupByName,
    name=_TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Service: st.SearchStrategy[Service] = st.builds(
    Service,
    port=st.integers(0, 4294967295),
    destination_port=_optional(st.integers(0, 4294967295)),
    handlers=_optional(st.lists(_strategy_ServiceHandlersItem, max_size=_MAX_ITEMS)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_NameOrUUIDByUUID: st.SearchStrategy[NameOrUUIDByUUID] = st.builds(
    NameOrUUIDByUUID,
    uuid=st.uuids(),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_NameOrUUIDByName: st.SearchStrategy[NameOrUUIDByName] = st.builds(
    NameOrUUIDByName,
    name=_TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_NameOrUUID: st.SearchStrategy[NameOrUUID] = st.one_of(
    _strategy_NameOrUUIDByUUID, _strategy_NameOrUUIDByName
)

_strategy_CreateInstanceRequestDomain: st.SearchStrategy[CreateInstanceRequestDomain] = st.builds(
    CreateInstanceRequestDomain,
    certificate=_optional(_strategy_NameOrUUID),
    name=_TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateInstanceRequestServiceGroupNew: st.SearchStrategy[
    CreateInstanceRequestServiceGroupNew
] = st.builds(
    CreateInstanceRequestServiceGroupNew,
    services=st.lists(_strategy_Service, max_size=_MAX_ITEMS),
    domains=_optional(st.lists(_strategy_CreateInstanceRequestDomain, max_size=_MAX_ITEMS)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateInstanceRequestServiceGroup: st.SearchStrategy[
    CreateInstanceRequestServiceGroup
] = st.one_of(
    _strategy_CreateInstanceRequestServiceGroupByUUID,
    _strategy_CreateInstanceRequestServiceGroupByName,
    _strategy_CreateInstanceRequestServiceGroupNew,
)

_strategy_CreateInstanceRequestVolume: st.SearchStrategy[CreateInstanceRequestVolume] = st.builds(
    CreateInstanceRequestVolume,
    at=_TEXT,
    uuid=_optional(st.uuids()),
    name=_optional(_TEXT),
    size_mb=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    read_only=_optional(st.booleans()),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_InstanceScaleToZero: st.SearchStrategy[InstanceScaleToZero] = st.builds(
    InstanceScaleToZero,
    enabled=_optional(st.booleans()),
    policy=_optional(_strategy_InstanceScaleToZeroPolicy),
    stateful=_optional(st.booleans()),
    cooldown_time_ms=_optional(st.integers(-2147483648, 2147483647)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateInstanceRequest: st.SearchStrategy[CreateInstanceRequest] = st.builds(
    CreateInstanceRequest,
    image=_TEXT,
    name=_optional(_TEXT),
    args=_optional(st.lists(_TEXT, max_size=_MAX_ITEMS)),
    env=_optional(st.dictionaries(_TEXT, _TEXT, max_size=_MAX_ITEMS)),
    memory_mb=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    service_group=_optional(_strategy_CreateInstanceRequestServiceGroup),
    volumes=_optional(st.lists(_strategy_CreateInstanceRequestVolume, max_size=_MAX_ITEMS)),
    autostart=_optional(st.booleans()),
    replicas=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    restart_policy=_optional(_strategy_InstanceRestartPolicy),
    scale_to_zero=_optional(_strategy_InstanceScaleToZero),
    vcpus=_optional(st.integers(-2147483648, 2147483647)),
    wait_timeout_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
    features=_optional(st.lists(_strategy_CreateInstanceRequestFeaturesItem, max_size=_MAX_ITEMS)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_InstanceInstanceVolume: st.SearchStrategy[InstanceInstanceVolume] = st.builds(
    InstanceInstanceVolume,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    at=st.none() | _TEXT,
    read_only=st.none() | st.booleans(),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_InstanceServiceGroupInstanceDomain: st.SearchStrategy[
    InstanceServiceGroupInstanceDomain
] = st.builds(
    InstanceServiceGroupInstanceDomain,
    certificate=st.none() | _strategy_Certificate,
    fqdn=st.none() | _TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_InstanceInstanceServiceGroup: st.SearchStrategy[InstanceInstanceServiceGroup] = st.builds(
    InstanceInstanceServiceGroup,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    domains=st.lists(_strategy_InstanceServiceGroupInstanceDomain, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_InstanceNetworkInterface: st.SearchStrategy[InstanceNetworkInterface] = st.builds(
    InstanceNetworkInterface,
    uuid=st.none() | st.uuids(),
    private_ip=st.none() | _TEXT,
    mac=st.none() | _TEXT,
    rx_bytes=st.none() | st.integers(0, 18446744073709551615),
    rx_packets=st.none() | st.integers(0, 18446744073709551615),
    tx_bytes=st.none() | st.integers(0, 18446744073709551615),
    tx_packets=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Instance: st.SearchStrategy[Instance] = st.builds(
    Instance,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    created_at=st.none() | _DATETIMES,
    state=st.none() | _strategy_InstanceState,
    private_fqdn=st.none() | _TEXT,
    image=st.none() | _TEXT,
    memory_mb=st.none() | st.integers(0, 18446744073709551615),
    vcpus=st.none() | st.integers(0, 4294967295),
    args=st.lists(_TEXT, max_size=_MAX_ITEMS),
    env=st.none() | st.dictionaries(_TEXT, _TEXT, max_size=_MAX_ITEMS),
    start_count=st.none() | st.integers(0, 18446744073709551615),
    restart_count=st.none() | st.integers(0, 18446744073709551615),
    started_at=st.none() | _DATETIMES,
    stopped_at=st.none() | _DATETIMES,
    uptime_ms=st.none() | st.integers(0, 18446744073709551615),
    vmm_start_time_us=st.none() | st.integers(0, 18446744073709551615),
    vmm_load_time_us=st.none() | st.integers(0, 18446744073709551615),
    vmm_ready_time_us=st.none() | st.integers(0, 18446744073709551615),
    boot_time_us=st.none() | st.integers(0, 18446744073709551615),
    net_time_us=st.none() | st.integers(0, 18446744073709551615),
    stop_reason=st.none() | st.integers(0, 4294967295),
    exit_code=st.none() | st.integers(0, 4294967295),
    stop_code=st.none() | st.integers(0, 4294967295),
    restart_policy=st.none() | _strategy_InstanceRestartPolicy,
    scale_to_zero=st.none() | _strategy_InstanceScaleToZero,
    volumes=st.lists(_strategy_InstanceInstanceVolume, max_size=_MAX_ITEMS),
    service_group=st.none() | _strategy_InstanceInstanceServiceGroup,
    network_interfaces=st.lists(_strategy_InstanceNetworkInterface, max_size=_MAX_ITEMS),
    tags=st.lists(_TEXT, max_size=_MAX_ITEMS),
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateInstanceResponseData: st.SearchStrategy[CreateInstanceResponseData] = st.builds(
    CreateInstanceResponseData,
    instances=st.lists(_strategy_Instance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateInstanceResponse: st.SearchStrategy[CreateInstanceResponse] = st.builds(
    CreateInstanceResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_CreateInstanceResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateServiceGroupRequestDomain: st.SearchStrategy[CreateServiceGroupRequestDomain] = (
    st.builds(
        CreateServiceGroupRequestDomain,
        name=_TEXT,
        certificate=_optional(_strategy_NameOrUUID),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_CreateServiceGroupRequest: st.SearchStrategy[CreateServiceGroupRequest] = st.builds(
    CreateServiceGroupRequest,
    name=_optional(_TEXT),
    services=_optional(st.lists(_strategy_Service, max_size=_MAX_ITEMS)),
    domains=_optional(st.lists(_strategy_CreateServiceGroupRequestDomain, max_size=_MAX_ITEMS)),
    soft_limit=_optional(st.integers(0, 18446744073709551615)),
    hard_limit=_optional(st.integers(0, 18446744073709551615)),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Domain: st.SearchStrategy[Domain] = st.builds(
    Domain,
    certificate=st.none() | _strategy_Certificate,
    fqdn=st.none() | _TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_ServiceGroupInstance: st.SearchStrategy[ServiceGroupInstance] = st.builds(
    ServiceGroupInstance,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_ServiceGroup: st.SearchStrategy[ServiceGroup] = st.builds(
    ServiceGroup,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    created_at=st.none() | _DATETIMES,
    persistent=st.none() | st.booleans(),
    autoscale=st.none() | st.booleans(),
    soft_limit=st.none() | st.integers(0, 18446744073709551615),
    hard_limit=st.none() | st.integers(0, 18446744073709551615),
    services=st.lists(_strategy_Service, max_size=_MAX_ITEMS),
    domains=st.lists(_strategy_Domain, max_size=_MAX_ITEMS),
    instances=st.lists(_strategy_ServiceGroupInstance, max_size=_MAX_ITEMS),
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateServiceGroupResponseData: st.SearchStrategy[CreateServiceGroupResponseData] = (
    st.builds(
        CreateServiceGroupResponseData,
        service_groups=st.lists(_strategy_ServiceGroup, max_size=_MAX_ITEMS),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_CreateServiceGroupResponse: st.SearchStrategy[CreateServiceGroupResponse] = st.builds(
    CreateServiceGroupResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_CreateServiceGroupResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateVolumeRequest: st.SearchStrategy[CreateVolumeRequest] = st.builds(
    CreateVolumeRequest,
    name=_optional(_TEXT),
    size_mb=st.integers(-9223372036854775808, 9223372036854775807),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateVolumeResponseVolume: st.SearchStrategy[CreateVolumeResponseVolume] = st.builds(
    CreateVolumeResponseVolume,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateVolumeResponseData: st.SearchStrategy[CreateVolumeResponseData] = st.builds(
    CreateVolumeResponseData,
    volumes=st.lists(_strategy_CreateVolumeResponseVolume, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_CreateVolumeResponse: st.SearchStrategy[CreateVolumeResponse] = st.builds(
    CreateVolumeResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_CreateVolumeResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse: st.SearchStrategy[
    DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse
] = st.builds(
    DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    status=st.none() | _strategy_ResponseStatus,
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteAutoscaleConfigurationPolicyResponseData: st.SearchStrategy[
    DeleteAutoscaleConfigurationPolicyResponseData
] = st.builds(
    DeleteAutoscaleConfigurationPolicyResponseData,
    policies=st.lists(
        _strategy_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse, max_size=_MAX_ITEMS
    ),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteAutoscaleConfigurationPolicyResponse: st.SearchStrategy[
    DeleteAutoscaleConfigurationPolicyResponse
] = st.builds(
    DeleteAutoscaleConfigurationPolicyResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_DeleteAutoscaleConfigurationPolicyResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteAutoscaleConfigurationsResponseServiceGroup: st.SearchStrategy[
    DeleteAutoscaleConfigurationsResponseServiceGroup
] = st.builds(
    DeleteAutoscaleConfigurationsResponseServiceGroup,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteAutoscaleConfigurationsResponseData: st.SearchStrategy[
    DeleteAutoscaleConfigurationsResponseData
] = st.builds(
    DeleteAutoscaleConfigurationsResponseData,
    service_groups=st.lists(
        _strategy_DeleteAutoscaleConfigurationsResponseServiceGroup, max_size=_MAX_ITEMS
    ),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteAutoscaleConfigurationsResponse: st.SearchStrategy[
    DeleteAutoscaleConfigurationsResponse
] = st.builds(
    DeleteAutoscaleConfigurationsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_DeleteAutoscaleConfigurationsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteCertificatesResponseDeletedCertificate: st.SearchStrategy[
    DeleteCertificatesResponseDeletedCertificate
] = st.builds(
    DeleteCertificatesResponseDeletedCertificate,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteCertificatesResponseData: st.SearchStrategy[DeleteCertificatesResponseData] = (
    st.builds(
        DeleteCertificatesResponseData,
        certificates=st.lists(
            _strategy_DeleteCertificatesResponseDeletedCertificate, max_size=_MAX_ITEMS
        ),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_DeleteCertificatesResponse: st.SearchStrategy[DeleteCertificatesResponse] = st.builds(
    DeleteCertificatesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_DeleteCertificatesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteInstancesResponseDeletedInstance: st.SearchStrategy[
    DeleteInstancesResponseDeletedInstance
] = st.builds(
    DeleteInstancesResponseDeletedInstance,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    previous_state=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteInstancesResponseData: st.SearchStrategy[DeleteInstancesResponseData] = st.builds(
    DeleteInstancesResponseData,
    instances=st.lists(_strategy_DeleteInstancesResponseDeletedInstance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteInstancesResponse: st.SearchStrategy[DeleteInstancesResponse] = st.builds(
    DeleteInstancesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_DeleteInstancesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeletePolicyRequest: st.SearchStrategy[DeletePolicyRequest] = st.builds(
    DeletePolicyRequest,
    name=_TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteServiceGroupsResponseDeletedServiceGroup: st.SearchStrategy[
    DeleteServiceGroupsResponseDeletedServiceGroup
] = st.builds(
    DeleteServiceGroupsResponseDeletedServiceGroup,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteServiceGroupsResponseData: st.SearchStrategy[DeleteServiceGroupsResponseData] = (
    st.builds(
        DeleteServiceGroupsResponseData,
        service_groups=st.lists(
            _strategy_DeleteServiceGroupsResponseDeletedServiceGroup, max_size=_MAX_ITEMS
        ),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_DeleteServiceGroupsResponse: st.SearchStrategy[DeleteServiceGroupsResponse] = st.builds(
    DeleteServiceGroupsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_DeleteServiceGroupsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteVolumesResponseDeletedVolume: st.SearchStrategy[
    DeleteVolumesResponseDeletedVolume
] = st.builds(
    DeleteVolumesResponseDeletedVolume,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteVolumesResponseData: st.SearchStrategy[DeleteVolumesResponseData] = st.builds(
    DeleteVolumesResponseData,
    volumes=st.lists(_strategy_DeleteVolumesResponseDeletedVolume, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DeleteVolumesResponse: st.SearchStrategy[DeleteVolumesResponse] = st.builds(
    DeleteVolumesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_DeleteVolumesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DetachVolumeByUUIDRequestBody: st.SearchStrategy[DetachVolumeByUUIDRequestBody] = (
    st.builds(
        DetachVolumeByUUIDRequestBody,
        from_=_optional(_strategy_BodyInstanceID),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_DetachVolumesRequestInstanceID: st.SearchStrategy[DetachVolumesRequestInstanceID] = (
    st.builds(
        DetachVolumesRequestInstanceID,
        uuid=_optional(st.uuids()),
        name=_optional(_TEXT),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_DetachVolumesRequest: st.SearchStrategy[DetachVolumesRequest] = st.one_of(
    st.builds(
        DetachVolumesRequest,
        uuid=st.uuids(),
        name=st.just(UNSET),
        from_=_optional(_strategy_DetachVolumesRequestInstanceID),
        additional_properties=_UNKNOWN_FIELDS,
    ),
    st.builds(
        DetachVolumesRequest,
        uuid=st.just(UNSET),
        name=_TEXT,
        from_=_optional(_strategy_DetachVolumesRequestInstanceID),
        additional_properties=_UNKNOWN_FIELDS,
    ),
)

_strategy_DetachVolumesResponseDetachedVolume: st.SearchStrategy[
    DetachVolumesResponseDetachedVolume
] = st.builds(
    DetachVolumesResponseDetachedVolume,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DetachVolumesResponseData: st.SearchStrategy[DetachVolumesResponseData] = st.builds(
    DetachVolumesResponseData,
    volumes=st.lists(_strategy_DetachVolumesResponseDetachedVolume, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_DetachVolumesResponse: st.SearchStrategy[DetachVolumesResponse] = st.builds(
    DetachVolumesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_DetachVolumesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetAutoscaleConfigurationPolicyRequest: st.SearchStrategy[
    GetAutoscaleConfigurationPolicyRequest
] = st.builds(
    GetAutoscaleConfigurationPolicyRequest,
    name=_TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetAutoscaleConfigurationPolicyResponsePolicyResponse: st.SearchStrategy[
    GetAutoscaleConfigurationPolicyResponsePolicyResponse
] = st.builds(
    GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    status=st.none() | _strategy_ResponseStatus,
    policy=st.none() | _strategy_AutoscalePolicy,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetAutoscaleConfigurationPolicyResponseData: st.SearchStrategy[
    GetAutoscaleConfigurationPolicyResponseData
] = st.builds(
    GetAutoscaleConfigurationPolicyResponseData,
    policies=st.lists(
        _strategy_GetAutoscaleConfigurationPolicyResponsePolicyResponse, max_size=_MAX_ITEMS
    ),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetAutoscaleConfigurationPolicyResponse: st.SearchStrategy[
    GetAutoscaleConfigurationPolicyResponse
] = st.builds(
    GetAutoscaleConfigurationPolicyResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetAutoscaleConfigurationPolicyResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetAutoscaleConfigurationsResponseServiceGroup: st.SearchStrategy[
    GetAutoscaleConfigurationsResponseServiceGroup
] = st.builds(
    GetAutoscaleConfigurationsResponseServiceGroup,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    enabled=st.none() | st.booleans(),
    min_size=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    max_size=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    warmup_time_ms=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    cooldown_time_ms=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    template=st.none() | _strategy_ServiceGroupTemplate,
    policies=st.lists(_strategy_AutoscalePolicy, max_size=_MAX_ITEMS),
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetAutoscaleConfigurationsResponseData: st.SearchStrategy[
    GetAutoscaleConfigurationsResponseData
] = st.builds(
    GetAutoscaleConfigurationsResponseData,
    service_groups=st.lists(
        _strategy_GetAutoscaleConfigurationsResponseServiceGroup, max_size=_MAX_ITEMS
    ),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetAutoscaleConfigurationsResponse: st.SearchStrategy[
    GetAutoscaleConfigurationsResponse
] = st.builds(
    GetAutoscaleConfigurationsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetAutoscaleConfigurationsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetCertificatesResponseData: st.SearchStrategy[GetCertificatesResponseData] = st.builds(
    GetCertificatesResponseData,
    certificates=st.lists(_strategy_Certificate, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetCertificatesResponse: st.SearchStrategy[GetCertificatesResponse] = st.builds(
    GetCertificatesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetCertificatesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Object: st.SearchStrategy[Object] = st.builds(
    Object,
    digest=st.none() | _TEXT,
    media_type=st.none() | _TEXT,
    size=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Image: st.SearchStrategy[Image] = st.builds(
    Image,
    tag=st.none() | _TEXT,
    digest=st.none() | _TEXT,
    description=st.none() | _TEXT,
    created_at=st.none() | _DATETIMES,
    arch=st.none() | _TEXT,
    entrypoint=st.lists(_TEXT, max_size=_MAX_ITEMS),
    cmd=st.lists(_TEXT, max_size=_MAX_ITEMS),
    env=st.lists(_TEXT, max_size=_MAX_ITEMS),
    ports=st.lists(_TEXT, max_size=_MAX_ITEMS),
    volumes=st.lists(_TEXT, max_size=_MAX_ITEMS),
    labels=st.none() | st.dictionaries(_TEXT, _TEXT, max_size=_MAX_ITEMS),
    workdir=st.none() | _TEXT,
    kernel=st.none() | _strategy_Object,
    auxiliary_roms=st.lists(_strategy_Object, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetImageResponseData: st.SearchStrategy[GetImageResponseData] = st.builds(
    GetImageResponseData,
    image=st.none() | _strategy_Image,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetImageResponse: st.SearchStrategy[GetImageResponse] = st.builds(
    GetImageResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetImageResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstanceLogsByUUIDRequestBody: st.SearchStrategy[GetInstanceLogsByUUIDRequestBody] = (
    st.builds(
        GetInstanceLogsByUUIDRequestBody,
        offset=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        limit=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_GetInstanceLogsRequest: st.SearchStrategy[GetInstanceLogsRequest] = st.one_of(
    st.builds(
        GetInstanceLogsRequest,
        uuid=st.uuids(),
        name=_optional(_TEXT),
        offset=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        limit=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        additional_properties=_UNKNOWN_FIELDS,
    ),
    st.builds(
        GetInstanceLogsRequest,
        uuid=_optional(st.uuids()),
        name=_TEXT,
        offset=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        limit=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        additional_properties=_UNKNOWN_FIELDS,
    ),
)

_strategy_GetInstanceLogsResponseAvailable: st.SearchStrategy[GetInstanceLogsResponseAvailable] = (
    st.builds(
        GetInstanceLogsResponseAvailable,
        start=st.none() | st.integers(0, 18446744073709551615),
        end=st.none() | st.integers(0, 18446744073709551615),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_GetInstanceLogsResponseRange: st.SearchStrategy[GetInstanceLogsResponseRange] = st.builds(
    GetInstanceLogsResponseRange,
    start=st.none() | st.integers(0, 18446744073709551615),
    end=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstanceLogsResponseLoggedInstance: st.SearchStrategy[
    GetInstanceLogsResponseLoggedInstance
] = st.builds(
    GetInstanceLogsResponseLoggedInstance,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    output=st.none() | _TEXT,
    available=st.none() | _strategy_GetInstanceLogsResponseAvailable,
    range=st.none() | _strategy_GetInstanceLogsResponseRange,
    state=st.none() | _strategy_InstanceState,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstanceLogsResponseData: st.SearchStrategy[GetInstanceLogsResponseData] = st.builds(
    GetInstanceLogsResponseData,
    instances=st.lists(_strategy_GetInstanceLogsResponseLoggedInstance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstanceLogsResponse: st.SearchStrategy[GetInstanceLogsResponse] = st.builds(
    GetInstanceLogsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetInstanceLogsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstanceMetricsResponseInstanceMetrics: st.SearchStrategy[
    GetInstanceMetricsResponseInstanceMetrics
] = st.builds(
    GetInstanceMetricsResponseInstanceMetrics,
    rss_bytes=st.none() | st.integers(0, 18446744073709551615),
    cpu_time_ms=st.none() | st.integers(0, 18446744073709551615),
    boot_time_us=st.none() | st.integers(0, 18446744073709551615),
    net_time_us=st.none() | st.integers(0, 18446744073709551615),
    rx_bytes=st.none() | st.integers(0, 18446744073709551615),
    rx_packets=st.none() | st.integers(0, 18446744073709551615),
    tx_bytes=st.none() | st.integers(0, 18446744073709551615),
    tx_packets=st.none() | st.integers(0, 18446744073709551615),
    nconns=st.none() | st.integers(0, 18446744073709551615),
    nreqs=st.none() | st.integers(0, 18446744073709551615),
    nqueued=st.none() | st.integers(0, 18446744073709551615),
    ntotal=st.none() | st.integers(0, 18446744073709551615),
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstanceMetricsResponseData: st.SearchStrategy[GetInstanceMetricsResponseData] = (
    st.builds(
        GetInstanceMetricsResponseData,
        instances=st.lists(
            _strategy_GetInstanceMetricsResponseInstanceMetrics, max_size=_MAX_ITEMS
        ),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_GetInstanceMetricsResponse: st.SearchStrategy[GetInstanceMetricsResponse] = st.builds(
    GetInstanceMetricsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetInstanceMetricsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstancesResponseData: st.SearchStrategy[GetInstancesResponseData] = st.builds(
    GetInstancesResponseData,
    instances=st.lists(_strategy_Instance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetInstancesResponse: st.SearchStrategy[GetInstancesResponse] = st.builds(
    GetInstancesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetInstancesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetServiceGroupsResponseData: st.SearchStrategy[GetServiceGroupsResponseData] = st.builds(
    GetServiceGroupsResponseData,
    service_groups=st.lists(_strategy_ServiceGroup, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetServiceGroupsResponse: st.SearchStrategy[GetServiceGroupsResponse] = st.builds(
    GetServiceGroupsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetServiceGroupsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_VolumeInstanceID: st.SearchStrategy[VolumeInstanceID] = st.builds(
    VolumeInstanceID,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_VolumeVolumeInstanceMount: st.SearchStrategy[VolumeVolumeInstanceMount] = st.builds(
    VolumeVolumeInstanceMount,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    read_only=st.none() | st.booleans(),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Volume: st.SearchStrategy[Volume] = st.builds(
    Volume,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    created_at=st.none() | _DATETIMES,
    state=st.none() | _strategy_VolumeState,
    size_mb=st.none() | st.integers(0, 18446744073709551615),
    persistent=st.none() | st.booleans(),
    attached_to=st.lists(_strategy_VolumeInstanceID, max_size=_MAX_ITEMS),
    mounted_by=st.lists(_strategy_VolumeVolumeInstanceMount, max_size=_MAX_ITEMS),
    tags=st.lists(_TEXT, max_size=_MAX_ITEMS),
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetVolumesResponseData: st.SearchStrategy[GetVolumesResponseData] = st.builds(
    GetVolumesResponseData,
    volumes=st.lists(_strategy_Volume, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_GetVolumesResponse: st.SearchStrategy[GetVolumesResponse] = st.builds(
    GetVolumesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_GetVolumesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_HealthzResponseData: st.SearchStrategy[HealthzResponseData] = st.builds(
    HealthzResponseData,
    services=st.none() | st.dictionaries(_TEXT, json_values(), max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_HealthzResponse: st.SearchStrategy[HealthzResponse] = st.builds(
    HealthzResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    data=st.none() | _strategy_HealthzResponseData,
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_QuotasStats: st.SearchStrategy[QuotasStats] = st.builds(
    QuotasStats,
    instances=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    live_instances=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    live_vcpus=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    live_memory_mb=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    service_groups=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    services=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    volumes=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    total_volume_mb=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_QuotasLimits: st.SearchStrategy[QuotasLimits] = st.builds(
    QuotasLimits,
    min_memory_mb=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    max_memory_mb=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    min_volume_mb=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    max_volume_mb=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    min_autoscale_size=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    max_autoscale_size=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    min_vcpus=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    max_vcpus=st.none() | st.integers(-9223372036854775808, 9223372036854775807),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_Quotas: st.SearchStrategy[Quotas] = st.builds(
    Quotas,
    uuid=st.none() | st.uuids(),
    used=st.none() | _strategy_QuotasStats,
    hard=st.none() | _strategy_QuotasStats,
    limits=st.none() | _strategy_QuotasLimits,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_QuotasResponseData: st.SearchStrategy[QuotasResponseData] = st.builds(
    QuotasResponseData,
    quotas=st.lists(_strategy_Quotas, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_QuotasResponse: st.SearchStrategy[QuotasResponse] = st.builds(
    QuotasResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_QuotasResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_StartInstanceResponseStartedInstance: st.SearchStrategy[
    StartInstanceResponseStartedInstance
] = st.builds(
    StartInstanceResponseStartedInstance,
    status=st.none() | _strategy_ResponseStatus,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    state=st.none() | _TEXT,
    previous_state=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_StartInstanceResponseData: st.SearchStrategy[StartInstanceResponseData] = st.builds(
    StartInstanceResponseData,
    instances=st.lists(_strategy_StartInstanceResponseStartedInstance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_StartInstanceResponse: st.SearchStrategy[StartInstanceResponse] = st.builds(
    StartInstanceResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_StartInstanceResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_StopInstanceResponseStoppedInstance: st.SearchStrategy[
    StopInstanceResponseStoppedInstance
] = st.builds(
    StopInstanceResponseStoppedInstance,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    state=st.none() | _strategy_InstanceState,
    previous_state=st.none() | _strategy_InstanceState,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_StopInstanceResponseData: st.SearchStrategy[StopInstanceResponseData] = st.builds(
    StopInstanceResponseData,
    instances=st.lists(_strategy_StopInstanceResponseStoppedInstance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_StopInstanceResponse: st.SearchStrategy[StopInstanceResponse] = st.builds(
    StopInstanceResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_StopInstanceResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_StopInstancesRequestID: st.SearchStrategy[StopInstancesRequestID] = st.one_of(
    st.builds(
        StopInstancesRequestID,
        uuid=st.uuids(),
        name=_optional(_TEXT),
        force=_optional(st.booleans()),
        drain_timeout_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        additional_properties=_UNKNOWN_FIELDS,
    ),
    st.builds(
        StopInstancesRequestID,
        uuid=_optional(st.uuids()),
        name=_TEXT,
        force=_optional(st.booleans()),
        drain_timeout_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        additional_properties=_UNKNOWN_FIELDS,
    ),
)

_strategy_UpdateInstanceByUUIDRequestBody: st.SearchStrategy[UpdateInstanceByUUIDRequestBody] = (
    st.builds(
        UpdateInstanceByUUIDRequestBody,
        prop=_strategy_UpdateInstanceProperty,
        op=_strategy_UpdateOperation,
        id=_optional(_TEXT),
        value=_optional(json_values()),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_UpdateInstancesRequest: st.SearchStrategy[UpdateInstancesRequest] = st.one_of(
    st.builds(
        UpdateInstancesRequest,
        prop=_strategy_UpdateInstanceProperty,
        op=_strategy_UpdateOperation,
        id=_optional(_TEXT),
        uuid=st.uuids(),
        name=st.just(UNSET),
        value=_optional(json_values()),
        additional_properties=_UNKNOWN_FIELDS,
    ),
    st.builds(
        UpdateInstancesRequest,
        prop=_strategy_UpdateInstanceProperty,
        op=_strategy_UpdateOperation,
        id=_optional(_TEXT),
        uuid=st.just(UNSET),
        name=_TEXT,
        value=_optional(json_values()),
        additional_properties=_UNKNOWN_FIELDS,
    ),
)

_strategy_UpdateInstancesResponseUpdatedInstance: st.SearchStrategy[
    UpdateInstancesResponseUpdatedInstance
] = st.builds(
    UpdateInstancesResponseUpdatedInstance,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    status=st.none() | _TEXT,
    id=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateInstancesResponseData: st.SearchStrategy[UpdateInstancesResponseData] = st.builds(
    UpdateInstancesResponseData,
    instances=st.lists(_strategy_UpdateInstancesResponseUpdatedInstance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateInstancesResponse: st.SearchStrategy[UpdateInstancesResponse] = st.builds(
    UpdateInstancesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_UpdateInstancesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateServiceGroupByUUIDRequestBody: st.SearchStrategy[
    UpdateServiceGroupByUUIDRequestBody
] = st.builds(
    UpdateServiceGroupByUUIDRequestBody,
    prop=_strategy_UpdateServiceGroupProperty,
    op=_strategy_UpdateOperation,
    id=_optional(_TEXT),
    value=_optional(json_values()),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateServiceGroupsRequestItem: st.SearchStrategy[UpdateServiceGroupsRequestItem] = (
    st.one_of(
        st.builds(
            UpdateServiceGroupsRequestItem,
            prop=_strategy_UpdateServiceGroupProperty,
            op=_strategy_UpdateOperation,
            id=_optional(_TEXT),
            uuid=st.uuids(),
            name=st.just(UNSET),
            value=_optional(json_values()),
            additional_properties=_UNKNOWN_FIELDS,
        ),
        st.builds(
            UpdateServiceGroupsRequestItem,
            prop=_strategy_UpdateServiceGroupProperty,
            op=_strategy_UpdateOperation,
            id=_optional(_TEXT),
            uuid=st.just(UNSET),
            name=_TEXT,
            value=_optional(json_values()),
            additional_properties=_UNKNOWN_FIELDS,
        ),
    )
)

_strategy_UpdateServiceGroupsResponseUpdatedServiceGroup: st.SearchStrategy[
    UpdateServiceGroupsResponseUpdatedServiceGroup
] = st.builds(
    UpdateServiceGroupsResponseUpdatedServiceGroup,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    status=st.none() | _TEXT,
    id=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateServiceGroupsResponseData: st.SearchStrategy[UpdateServiceGroupsResponseData] = (
    st.builds(
        UpdateServiceGroupsResponseData,
        service_groups=st.lists(
            _strategy_UpdateServiceGroupsResponseUpdatedServiceGroup, max_size=_MAX_ITEMS
        ),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_UpdateServiceGroupsResponse: st.SearchStrategy[UpdateServiceGroupsResponse] = st.builds(
    UpdateServiceGroupsResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_UpdateServiceGroupsResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateVolumeByUUIDRequestBody: st.SearchStrategy[UpdateVolumeByUUIDRequestBody] = (
    st.builds(
        UpdateVolumeByUUIDRequestBody,
        prop=_strategy_UpdateVolumeProperty,
        op=_strategy_UpdateOperation,
        id=_optional(_TEXT),
        value=_optional(json_values()),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_UpdateVolumesRequestItem: st.SearchStrategy[UpdateVolumesRequestItem] = st.one_of(
    st.builds(
        UpdateVolumesRequestItem,
        prop=_strategy_UpdateVolumeProperty,
        op=_strategy_UpdateOperation,
        id=_optional(_TEXT),
        uuid=st.uuids(),
        name=st.just(UNSET),
        value=_optional(json_values()),
        additional_properties=_UNKNOWN_FIELDS,
    ),
    st.builds(
        UpdateVolumesRequestItem,
        prop=_strategy_UpdateVolumeProperty,
        op=_strategy_UpdateOperation,
        id=_optional(_TEXT),
        uuid=st.just(UNSET),
        name=_TEXT,
        value=_optional(json_values()),
        additional_properties=_UNKNOWN_FIELDS,
    ),
)

_strategy_UpdateVolumesResponseUpdatedVolume: st.SearchStrategy[
    UpdateVolumesResponseUpdatedVolume
] = st.builds(
    UpdateVolumesResponseUpdatedVolume,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    status=st.none() | _TEXT,
    id=st.none() | _TEXT,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateVolumesResponseData: st.SearchStrategy[UpdateVolumesResponseData] = st.builds(
    UpdateVolumesResponseData,
    volumes=st.lists(_strategy_UpdateVolumesResponseUpdatedVolume, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_UpdateVolumesResponse: st.SearchStrategy[UpdateVolumesResponse] = st.builds(
    UpdateVolumesResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_UpdateVolumesResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_WaitInstanceByUUIDRequestBody: st.SearchStrategy[WaitInstanceByUUIDRequestBody] = (
    st.builds(
        WaitInstanceByUUIDRequestBody,
        timeout_ms=_optional(st.integers(-9223372036854775808, 9223372036854775807)),
        state=_optional(_strategy_InstanceState),
        additional_properties=_UNKNOWN_FIELDS,
    )
)

_strategy_WaitInstanceResponseWaitedInstance: st.SearchStrategy[
    WaitInstanceResponseWaitedInstance
] = st.builds(
    WaitInstanceResponseWaitedInstance,
    uuid=st.none() | st.uuids(),
    name=st.none() | _TEXT,
    state=st.none() | _strategy_InstanceState,
    message=st.none() | _TEXT,
    error=st.none() | st.integers(-2147483648, 2147483647),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_WaitInstanceResponseData: st.SearchStrategy[WaitInstanceResponseData] = st.builds(
    WaitInstanceResponseData,
    instances=st.lists(_strategy_WaitInstanceResponseWaitedInstance, max_size=_MAX_ITEMS),
    additional_properties=_UNKNOWN_FIELDS,
)

_strategy_WaitInstanceResponse: st.SearchStrategy[WaitInstanceResponse] = st.builds(
    WaitInstanceResponse,
    status=st.none() | _strategy_ResponseStatus,
    message=st.none() | _TEXT,
    data=st.none() | _strategy_WaitInstanceResponseData,
    errors=st.lists(_strategy_ResponseError, max_size=_MAX_ITEMS),
    op_time_us=st.none() | st.integers(0, 18446744073709551615),
    additional_properties=_UNKNOWN_FIELDS,
)

STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "AttachVolumeByUUIDRequestBody": _strategy_AttachVolumeByUUIDRequestBody,
    "AttachVolumesRequest": _strategy_AttachVolumesRequest,
    "AttachVolumesRequestInstanceID": _strategy_AttachVolumesRequestInstanceID,
    "AttachVolumesResponse": _strategy_AttachVolumesResponse,
    "AttachVolumesResponseAttachedVolume": _strategy_AttachVolumesResponseAttachedVolume,
    "AttachVolumesResponseData": _strategy_AttachVolumesResponseData,
    "AutoscalePolicy": _strategy_AutoscalePolicy,
    "AutoscalePolicyStep": _strategy_AutoscalePolicyStep,
    "BodyInstanceID": _strategy_BodyInstanceID,
    "Certificate": _strategy_Certificate,
    "ConfigurationInstanceCreateArgsRoms": _strategy_ConfigurationInstanceCreateArgsRoms,
    "ConfigurationInstanceCreateArgsTemplate": _strategy_ConfigurationInstanceCreateArgsTemplate,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequest": _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms": _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate": _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    "CreateAutoscaleConfigurationPolicyRequest": _strategy_CreateAutoscaleConfigurationPolicyRequest,
    "CreateAutoscaleConfigurationPolicyResponse": _strategy_CreateAutoscaleConfigurationPolicyResponse,
    "CreateAutoscaleConfigurationPolicyResponseData": _strategy_CreateAutoscaleConfigurationPolicyResponseData,
    "CreateAutoscaleConfigurationPolicyResponsePolicy": _strategy_CreateAutoscaleConfigurationPolicyResponsePolicy,
    "CreateAutoscaleConfigurationsRequestConfiguration": _strategy_CreateAutoscaleConfigurationsRequestConfiguration,
    "CreateAutoscaleConfigurationsResponse": _strategy_CreateAutoscaleConfigurationsResponse,
    "CreateAutoscaleConfigurationsResponseConfigurationsResponse": _strategy_CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    "CreateAutoscaleConfigurationsResponseData": _strategy_CreateAutoscaleConfigurationsResponseData,
    "CreateCertificateRequest": _strategy_CreateCertificateRequest,
    "CreateCertificateResponse": _strategy_CreateCertificateResponse,
    "CreateCertificateResponseData": _strategy_CreateCertificateResponseData,
    "CreateInstanceRequest": _strategy_CreateInstanceRequest,
    "CreateInstanceRequestDomain": _strategy_CreateInstanceRequestDomain,
    "CreateInstanceRequestServiceGroupByName": _strategy_CreateInstanceRequestServiceGroupByName,
    "CreateInstanceRequestServiceGroupByUUID": _strategy_CreateInstanceRequestServiceGroupByUUID,
    "CreateInstanceRequestServiceGroupNew": _strategy_CreateInstanceRequestServiceGroupNew,
    "CreateInstanceRequestVolume": _strategy_CreateInstanceRequestVolume,
    "CreateInstanceResponse": _strategy_CreateInstanceResponse,
    "CreateInstanceResponseData": _strategy_CreateInstanceResponseData,
    "CreateServiceGroupRequest": _strategy_CreateServiceGroupRequest,
    "CreateServiceGroupRequestDomain": _strategy_CreateServiceGroupRequestDomain,
    "CreateServiceGroupResponse": _strategy_CreateServiceGroupResponse,
    "CreateServiceGroupResponseData": _strategy_CreateServiceGroupResponseData,
    "CreateVolumeRequest": _strategy_CreateVolumeRequest,
    "CreateVolumeResponse": _strategy_CreateVolumeResponse,
    "CreateVolumeResponseData": _strategy_CreateVolumeResponseData,
    "CreateVolumeResponseVolume": _strategy_CreateVolumeResponseVolume,
    "DeleteAutoscaleConfigurationPolicyResponse": _strategy_DeleteAutoscaleConfigurationPolicyResponse,
    "DeleteAutoscaleConfigurationPolicyResponseData": _strategy_DeleteAutoscaleConfigurationPolicyResponseData,
    "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse": _strategy_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    "DeleteAutoscaleConfigurationsResponse": _strategy_DeleteAutoscaleConfigurationsResponse,
    "DeleteAutoscaleConfigurationsResponseData": _strategy_DeleteAutoscaleConfigurationsResponseData,
    "DeleteAutoscaleConfigurationsResponseServiceGroup": _strategy_DeleteAutoscaleConfigurationsResponseServiceGroup,
    "DeleteCertificatesResponse": _strategy_DeleteCertificatesResponse,
    "DeleteCertificatesResponseData": _strategy_DeleteCertificatesResponseData,
    "DeleteCertificatesResponseDeletedCertificate": _strategy_DeleteCertificatesResponseDeletedCertificate,
    "DeleteInstancesResponse": _strategy_DeleteInstancesResponse,
    "DeleteInstancesResponseData": _strategy_DeleteInstancesResponseData,
    "DeleteInstancesResponseDeletedInstance": _strategy_DeleteInstancesResponseDeletedInstance,
    "DeletePolicyRequest": _strategy_DeletePolicyRequest,
    "DeleteServiceGroupsResponse": _strategy_DeleteServiceGroupsResponse,
    "DeleteServiceGroupsResponseData": _strategy_DeleteServiceGroupsResponseData,
    "DeleteServiceGroupsResponseDeletedServiceGroup": _strategy_DeleteServiceGroupsResponseDeletedServiceGroup,
    "DeleteVolumesResponse": _strategy_DeleteVolumesResponse,
    "DeleteVolumesResponseData": _strategy_DeleteVolumesResponseData,
    "DeleteVolumesResponseDeletedVolume": _strategy_DeleteVolumesResponseDeletedVolume,
    "DetachVolumeByUUIDRequestBody": _strategy_DetachVolumeByUUIDRequestBody,
    "DetachVolumesRequest": _strategy_DetachVolumesRequest,
    "DetachVolumesRequestInstanceID": _strategy_DetachVolumesRequestInstanceID,
    "DetachVolumesResponse": _strategy_DetachVolumesResponse,
    "DetachVolumesResponseData": _strategy_DetachVolumesResponseData,
    "DetachVolumesResponseDetachedVolume": _strategy_DetachVolumesResponseDetachedVolume,
    "Domain": _strategy_Domain,
    "GetAutoscaleConfigurationPolicyRequest": _strategy_GetAutoscaleConfigurationPolicyRequest,
    "GetAutoscaleConfigurationPolicyResponse": _strategy_GetAutoscaleConfigurationPolicyResponse,
    "GetAutoscaleConfigurationPolicyResponseData": _strategy_GetAutoscaleConfigurationPolicyResponseData,
    "GetAutoscaleConfigurationPolicyResponsePolicyResponse": _strategy_GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    "GetAutoscaleConfigurationsResponse": _strategy_GetAutoscaleConfigurationsResponse,
    "GetAutoscaleConfigurationsResponseData": _strategy_GetAutoscaleConfigurationsResponseData,
    "GetAutoscaleConfigurationsResponseServiceGroup": _strategy_GetAutoscaleConfigurationsResponseServiceGroup,
    "GetCertificatesResponse": _strategy_GetCertificatesResponse,
    "GetCertificatesResponseData": _strategy_GetCertificatesResponseData,
    "GetImageResponse": _strategy_GetImageResponse,
    "GetImageResponseData": _strategy_GetImageResponseData,
    "GetInstanceLogsByUUIDRequestBody": _strategy_GetInstanceLogsByUUIDRequestBody,
    "GetInstanceLogsRequest": _strategy_GetInstanceLogsRequest,
    "GetInstanceLogsResponse": _strategy_GetInstanceLogsResponse,
    "GetInstanceLogsResponseAvailable": _strategy_GetInstanceLogsResponseAvailable,
    "GetInstanceLogsResponseData": _strategy_GetInstanceLogsResponseData,
    "GetInstanceLogsResponseLoggedInstance": _strategy_GetInstanceLogsResponseLoggedInstance,
    "GetInstanceLogsResponseRange": _strategy_GetInstanceLogsResponseRange,
    "GetInstanceMetricsResponse": _strategy_GetInstanceMetricsResponse,
    "GetInstanceMetricsResponseData": _strategy_GetInstanceMetricsResponseData,
    "GetInstanceMetricsResponseInstanceMetrics": _strategy_GetInstanceMetricsResponseInstanceMetrics,
    "GetInstancesResponse": _strategy_GetInstancesResponse,
    "GetInstancesResponseData": _strategy_GetInstancesResponseData,
    "GetServiceGroupsResponse": _strategy_GetServiceGroupsResponse,
    "GetServiceGroupsResponseData": _strategy_GetServiceGroupsResponseData,
    "GetVolumesResponse": _strategy_GetVolumesResponse,
    "GetVolumesResponseData": _strategy_GetVolumesResponseData,
    "HealthzResponse": _strategy_HealthzResponse,
    "HealthzResponseData": _strategy_HealthzResponseData,
    "Image": _strategy_Image,
    "Instance": _strategy_Instance,
    "InstanceCreateArgsInstanceCreateRequestRoms": _strategy_InstanceCreateArgsInstanceCreateRequestRoms,
    "InstanceInstanceServiceGroup": _strategy_InstanceInstanceServiceGroup,
    "InstanceInstanceVolume": _strategy_InstanceInstanceVolume,
    "InstanceNetworkInterface": _strategy_InstanceNetworkInterface,
    "InstanceScaleToZero": _strategy_InstanceScaleToZero,
    "InstanceServiceGroupInstanceDomain": _strategy_InstanceServiceGroupInstanceDomain,
    "NameOrUUIDByName": _strategy_NameOrUUIDByName,
    "NameOrUUIDByUUID": _strategy_NameOrUUIDByUUID,
    "Object": _strategy_Object,
    "Quotas": _strategy_Quotas,
    "QuotasLimits": _strategy_QuotasLimits,
    "QuotasResponse": _strategy_QuotasResponse,
    "QuotasResponseData": _strategy_QuotasResponseData,
    "QuotasStats": _strategy_QuotasStats,
    "ResponseError": _strategy_ResponseError,
    "Service": _strategy_Service,
    "ServiceGroup": _strategy_ServiceGroup,
    "ServiceGroupInstance": _strategy_ServiceGroupInstance,
    "ServiceGroupTemplate": _strategy_ServiceGroupTemplate,
    "StartInstanceResponse": _strategy_StartInstanceResponse,
    "StartInstanceResponseData": _strategy_StartInstanceResponseData,
    "StartInstanceResponseStartedInstance": _strategy_StartInstanceResponseStartedInstance,
    "StopInstanceResponse": _strategy_StopInstanceResponse,
    "StopInstanceResponseData": _strategy_StopInstanceResponseData,
    "StopInstanceResponseStoppedInstance": _strategy_StopInstanceResponseStoppedInstance,
    "StopInstancesRequestID": _strategy_StopInstancesRequestID,
    "UpdateInstanceByUUIDRequestBody": _strategy_UpdateInstanceByUUIDRequestBody,
    "UpdateInstancesRequest": _strategy_UpdateInstancesRequest,
    "UpdateInstancesResponse": _strategy_UpdateInstancesResponse,
    "UpdateInstancesResponseData": _strategy_UpdateInstancesResponseData,
    "UpdateInstancesResponseUpdatedInstance": _strategy_UpdateInstancesResponseUpdatedInstance,
    "UpdateServiceGroupByUUIDRequestBody": _strategy_UpdateServiceGroupByUUIDRequestBody,
    "UpdateServiceGroupsRequestItem": _strategy_UpdateServiceGroupsRequestItem,
    "UpdateServiceGroupsResponse": _strategy_UpdateServiceGroupsResponse,
    "UpdateServiceGroupsResponseData": _strategy_UpdateServiceGroupsResponseData,
    "UpdateServiceGroupsResponseUpdatedServiceGroup": _strategy_UpdateServiceGroupsResponseUpdatedServiceGroup,
    "UpdateVolumeByUUIDRequestBody": _strategy_UpdateVolumeByUUIDRequestBody,
    "UpdateVolumesRequestItem": _strategy_UpdateVolumesRequestItem,
    "UpdateVolumesResponse": _strategy_UpdateVolumesResponse,
    "UpdateVolumesResponseData": _strategy_UpdateVolumesResponseData,
    "UpdateVolumesResponseUpdatedVolume": _strategy_UpdateVolumesResponseUpdatedVolume,
    "Volume": _strategy_Volume,
    "VolumeInstanceID": _strategy_VolumeInstanceID,
    "VolumeVolumeInstanceMount": _strategy_VolumeVolumeInstanceMount,
    "WaitInstanceByUUIDRequestBody": _strategy_WaitInstanceByUUIDRequestBody,
    "WaitInstanceResponse": _strategy_WaitInstanceResponse,
    "WaitInstanceResponseData": _strategy_WaitInstanceResponseData,
    "WaitInstanceResponseWaitedInstance": _strategy_WaitInstanceResponseWaitedInstance,
    "InstanceRestartPolicy": _strategy_InstanceRestartPolicy,
    "InstanceState": _strategy_InstanceState,
    "ResponseStatus": _strategy_ResponseStatus,
    "UpdateInstanceProperty": _strategy_UpdateInstanceProperty,
    "UpdateOperation": _strategy_UpdateOperation,
    "UpdateServiceGroupProperty": _strategy_UpdateServiceGroupProperty,
    "UpdateVolumeProperty": _strategy_UpdateVolumeProperty,
    "ConfigurationInstanceCreateArgs": _strategy_ConfigurationInstanceCreateArgs,
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs": _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
    "CreateInstanceRequestServiceGroup": _strategy_CreateInstanceRequestServiceGroup,
    "NameOrUUID": _strategy_NameOrUUID,
    "GoogleProtobufValue": _strategy_GoogleProtobufValue,
}
"""Component name -> the strategy of its values, for every component of ``MODELS``."""

st.register_type_strategy(AttachVolumeByUUIDRequestBody, _strategy_AttachVolumeByUUIDRequestBody)
st.register_type_strategy(AttachVolumesRequest, _strategy_AttachVolumesRequest)
st.register_type_strategy(AttachVolumesRequestInstanceID, _strategy_AttachVolumesRequestInstanceID)
st.register_type_strategy(AttachVolumesResponse, _strategy_AttachVolumesResponse)
st.register_type_strategy(
    AttachVolumesResponseAttachedVolume, _strategy_AttachVolumesResponseAttachedVolume
)
st.register_type_strategy(AttachVolumesResponseData, _strategy_AttachVolumesResponseData)
st.register_type_strategy(AutoscalePolicy, _strategy_AutoscalePolicy)
st.register_type_strategy(AutoscalePolicyStep, _strategy_AutoscalePolicyStep)
st.register_type_strategy(BodyInstanceID, _strategy_BodyInstanceID)
st.register_type_strategy(Certificate, _strategy_Certificate)
st.register_type_strategy(
    ConfigurationInstanceCreateArgsRoms, _strategy_ConfigurationInstanceCreateArgsRoms
)
st.register_type_strategy(
    ConfigurationInstanceCreateArgsTemplate, _strategy_ConfigurationInstanceCreateArgsTemplate
)
st.register_type_strategy(
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
)
st.register_type_strategy(
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
)
st.register_type_strategy(
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    _strategy_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
)
st.register_type_strategy(
    CreateAutoscaleConfigurationPolicyRequest, _strategy_CreateAutoscaleConfigurationPolicyRequest
)
st.register_type_strategy(
    CreateAutoscaleConfigurationPolicyResponse, _strategy_CreateAutoscaleConfigurationPolicyResponse
)
st.register_type_strategy(
    CreateAutoscaleConfigurationPolicyResponseData,
    _strategy_CreateAutoscaleConfigurationPolicyResponseData,
)
st.register_type_strategy(
    CreateAutoscaleConfigurationPolicyResponsePolicy,
    _strategy_CreateAutoscaleConfigurationPolicyResponsePolicy,
)
st.register_type_strategy(
    CreateAutoscaleConfigurationsRequestConfiguration,
    _strategy_CreateAutoscaleConfigurationsRequestConfiguration,
)
st.register_type_strategy(
    CreateAutoscaleConfigurationsResponse, _strategy_CreateAutoscaleConfigurationsResponse
)
st.register_type_strategy(
    CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    _strategy_CreateAutoscaleConfigurationsResponseConfigurationsResponse,
)
st.register_type_strategy(
    CreateAutoscaleConfigurationsResponseData, _strategy_CreateAutoscaleConfigurationsResponseData
)
st.register_type_strategy(CreateCertificateRequest, _strategy_CreateCertificateRequest)
st.register_type_strategy(CreateCertificateResponse, _strategy_CreateCertificateResponse)
st.register_type_strategy(CreateCertificateResponseData, _strategy_CreateCertificateResponseData)
st.register_type_strategy(CreateInstanceRequest, _strategy_CreateInstanceRequest)
st.register_type_strategy(CreateInstanceRequestDomain, _strategy_CreateInstanceRequestDomain)
st.register_type_strategy(
    CreateInstanceRequestServiceGroupByName, _strategy_CreateInstanceRequestServiceGroupByName
)
st.register_type_strategy(
    CreateInstanceRequestServiceGroupByUUID, _strategy_CreateInstanceRequestServiceGroupByUUID
)
st.register_type_strategy(
    CreateInstanceRequestServiceGroupNew, _strategy_CreateInstanceRequestServiceGroupNew
)
st.register_type_strategy(CreateInstanceRequestVolume, _strategy_CreateInstanceRequestVolume)
st.register_type_strategy(CreateInstanceResponse, _strategy_CreateInstanceResponse)
st.register_type_strategy(CreateInstanceResponseData, _strategy_CreateInstanceResponseData)
st.register_type_strategy(CreateServiceGroupRequest, _strategy_CreateServiceGroupRequest)
st.register_type_strategy(
    CreateServiceGroupRequestDomain, _strategy_CreateServiceGroupRequestDomain
)
st.register_type_strategy(CreateServiceGroupResponse, _strategy_CreateServiceGroupResponse)
st.register_type_strategy(CreateServiceGroupResponseData, _strategy_CreateServiceGroupResponseData)
st.register_type_strategy(CreateVolumeRequest, _strategy_CreateVolumeRequest)
st.register_type_strategy(CreateVolumeResponse, _strategy_CreateVolumeResponse)
st.register_type_strategy(CreateVolumeResponseData, _strategy_CreateVolumeResponseData)
st.register_type_strategy(CreateVolumeResponseVolume, _strategy_CreateVolumeResponseVolume)
st.register_type_strategy(
    DeleteAutoscaleConfigurationPolicyResponse, _strategy_DeleteAutoscaleConfigurationPolicyResponse
)
st.register_type_strategy(
    DeleteAutoscaleConfigurationPolicyResponseData,
    _strategy_DeleteAutoscaleConfigurationPolicyResponseData,
)
st.register_type_strategy(
    DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    _strategy_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
)
st.register_type_strategy(
    DeleteAutoscaleConfigurationsResponse, _strategy_DeleteAutoscaleConfigurationsResponse
)
st.register_type_strategy(
    DeleteAutoscaleConfigurationsResponseData, _strategy_DeleteAutoscaleConfigurationsResponseData
)
st.register_type_strategy(
    DeleteAutoscaleConfigurationsResponseServiceGroup,
    _strategy_DeleteAutoscaleConfigurationsResponseServiceGroup,
)
st.register_type_strategy(DeleteCertificatesResponse, _strategy_DeleteCertificatesResponse)
st.register_type_strategy(DeleteCertificatesResponseData, _strategy_DeleteCertificatesResponseData)
st.register_type_strategy(
    DeleteCertificatesResponseDeletedCertificate,
    _strategy_DeleteCertificatesResponseDeletedCertificate,
)
st.register_type_strategy(DeleteInstancesResponse, _strategy_DeleteInstancesResponse)
st.register_type_strategy(DeleteInstancesResponseData, _strategy_DeleteInstancesResponseData)
st.register_type_strategy(
    DeleteInstancesResponseDeletedInstance, _strategy_DeleteInstancesResponseDeletedInstance
)
st.register_type_strategy(DeletePolicyRequest, _strategy_DeletePolicyRequest)
st.register_type_strategy(DeleteServiceGroupsResponse, _strategy_DeleteServiceGroupsResponse)
st.register_type_strategy(
    DeleteServiceGroupsResponseData, _strategy_DeleteServiceGroupsResponseData
)
st.register_type_strategy(
    DeleteServiceGroupsResponseDeletedServiceGroup,
    _strategy_DeleteServiceGroupsResponseDeletedServiceGroup,
)
st.register_type_strategy(DeleteVolumesResponse, _strategy_DeleteVolumesResponse)
st.register_type_strategy(DeleteVolumesResponseData, _strategy_DeleteVolumesResponseData)
st.register_type_strategy(
    DeleteVolumesResponseDeletedVolume, _strategy_DeleteVolumesResponseDeletedVolume
)
st.register_type_strategy(DetachVolumeByUUIDRequestBody, _strategy_DetachVolumeByUUIDRequestBody)
st.register_type_strategy(DetachVolumesRequest, _strategy_DetachVolumesRequest)
st.register_type_strategy(DetachVolumesRequestInstanceID, _strategy_DetachVolumesRequestInstanceID)
st.register_type_strategy(DetachVolumesResponse, _strategy_DetachVolumesResponse)
st.register_type_strategy(DetachVolumesResponseData, _strategy_DetachVolumesResponseData)
st.register_type_strategy(
    DetachVolumesResponseDetachedVolume, _strategy_DetachVolumesResponseDetachedVolume
)
st.register_type_strategy(Domain, _strategy_Domain)
st.register_type_strategy(
    GetAutoscaleConfigurationPolicyRequest, _strategy_GetAutoscaleConfigurationPolicyRequest
)
st.register_type_strategy(
    GetAutoscaleConfigurationPolicyResponse, _strategy_GetAutoscaleConfigurationPolicyResponse
)
st.register_type_strategy(
    GetAutoscaleConfigurationPolicyResponseData,
    _strategy_GetAutoscaleConfigurationPolicyResponseData,
)
st.register_type_strategy(
    GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    _strategy_GetAutoscaleConfigurationPolicyResponsePolicyResponse,
)
st.register_type_strategy(
    GetAutoscaleConfigurationsResponse, _strategy_GetAutoscaleConfigurationsResponse
)
st.register_type_strategy(
    GetAutoscaleConfigurationsResponseData, _strategy_GetAutoscaleConfigurationsResponseData
)
st.register_type_strategy(
    GetAutoscaleConfigurationsResponseServiceGroup,
    _strategy_GetAutoscaleConfigurationsResponseServiceGroup,
)
st.register_type_strategy(GetCertificatesResponse, _strategy_GetCertificatesResponse)
st.register_type_strategy(GetCertificatesResponseData, _strategy_GetCertificatesResponseData)
st.register_type_strategy(GetImageResponse, _strategy_GetImageResponse)
st.register_type_strategy(GetImageResponseData, _strategy_GetImageResponseData)
st.register_type_strategy(
    GetInstanceLogsByUUIDRequestBody, _strategy_GetInstanceLogsByUUIDRequestBody
)
st.register_type_strategy(GetInstanceLogsRequest, _strategy_GetInstanceLogsRequest)
st.register_type_strategy(GetInstanceLogsResponse, _strategy_GetInstanceLogsResponse)
st.register_type_strategy(
    GetInstanceLogsResponseAvailable, _strategy_GetInstanceLogsResponseAvailable
)
st.register_type_strategy(GetInstanceLogsResponseData, _strategy_GetInstanceLogsResponseData)
st.register_type_strategy(
    GetInstanceLogsResponseLoggedInstance, _strategy_GetInstanceLogsResponseLoggedInstance
)
st.register_type_strategy(GetInstanceLogsResponseRange, _strategy_GetInstanceLogsResponseRange)
st.register_type_strategy(GetInstanceMetricsResponse, _strategy_GetInstanceMetricsResponse)
st.register_type_strategy(GetInstanceMetricsResponseData, _strategy_GetInstanceMetricsResponseData)
st.register_type_strategy(
    GetInstanceMetricsResponseInstanceMetrics, _strategy_GetInstanceMetricsResponseInstanceMetrics
)
st.register_type_strategy(GetInstancesResponse, _strategy_GetInstancesResponse)
st.register_type_strategy(GetInstancesResponseData, _strategy_GetInstancesResponseData)
st.register_type_strategy(GetServiceGroupsResponse, _strategy_GetServiceGroupsResponse)
st.register_type_strategy(GetServiceGroupsResponseData, _strategy_GetServiceGroupsResponseData)
st.register_type_strategy(GetVolumesResponse, _strategy_GetVolumesResponse)
st.register_type_strategy(GetVolumesResponseData, _strategy_GetVolumesResponseData)
st.register_type_strategy(HealthzResponse, _strategy_HealthzResponse)
st.register_type_strategy(HealthzResponseData, _strategy_HealthzResponseData)
st.register_type_strategy(Image, _strategy_Image)
st.register_type_strategy(Instance, _strategy_Instance)
st.register_type_strategy(
    InstanceCreateArgsInstanceCreateRequestRoms,
    _strategy_InstanceCreateArgsInstanceCreateRequestRoms,
)
st.register_type_strategy(InstanceInstanceServiceGroup, _strategy_InstanceInstanceServiceGroup)
st.register_type_strategy(InstanceInstanceVolume, _strategy_InstanceInstanceVolume)
st.register_type_strategy(InstanceNetworkInterface, _strategy_InstanceNetworkInterface)
st.register_type_strategy(InstanceScaleToZero, _strategy_InstanceScaleToZero)
st.register_type_strategy(
    InstanceServiceGroupInstanceDomain, _strategy_InstanceServiceGroupInstanceDomain
)
st.register_type_strategy(NameOrUUIDByName, _strategy_NameOrUUIDByName)
st.register_type_strategy(NameOrUUIDByUUID, _strategy_NameOrUUIDByUUID)
st.register_type_strategy(Object, _strategy_Object)
st.register_type_strategy(Quotas, _strategy_Quotas)
st.register_type_strategy(QuotasLimits, _strategy_QuotasLimits)
st.register_type_strategy(QuotasResponse, _strategy_QuotasResponse)
st.register_type_strategy(QuotasResponseData, _strategy_QuotasResponseData)
st.register_type_strategy(QuotasStats, _strategy_QuotasStats)
st.register_type_strategy(ResponseError, _strategy_ResponseError)
st.register_type_strategy(Service, _strategy_Service)
st.register_type_strategy(ServiceGroup, _strategy_ServiceGroup)
st.register_type_strategy(ServiceGroupInstance, _strategy_ServiceGroupInstance)
st.register_type_strategy(ServiceGroupTemplate, _strategy_ServiceGroupTemplate)
st.register_type_strategy(StartInstanceResponse, _strategy_StartInstanceResponse)
st.register_type_strategy(StartInstanceResponseData, _strategy_StartInstanceResponseData)
st.register_type_strategy(
    StartInstanceResponseStartedInstance, _strategy_StartInstanceResponseStartedInstance
)
st.register_type_strategy(StopInstanceResponse, _strategy_StopInstanceResponse)
st.register_type_strategy(StopInstanceResponseData, _strategy_StopInstanceResponseData)
st.register_type_strategy(
    StopInstanceResponseStoppedInstance, _strategy_StopInstanceResponseStoppedInstance
)
st.register_type_strategy(StopInstancesRequestID, _strategy_StopInstancesRequestID)
st.register_type_strategy(
    UpdateInstanceByUUIDRequestBody, _strategy_UpdateInstanceByUUIDRequestBody
)
st.register_type_strategy(UpdateInstancesRequest, _strategy_UpdateInstancesRequest)
st.register_type_strategy(UpdateInstancesResponse, _strategy_UpdateInstancesResponse)
st.register_type_strategy(UpdateInstancesResponseData, _strategy_UpdateInstancesResponseData)
st.register_type_strategy(
    UpdateInstancesResponseUpdatedInstance, _strategy_UpdateInstancesResponseUpdatedInstance
)
st.register_type_strategy(
    UpdateServiceGroupByUUIDRequestBody, _strategy_UpdateServiceGroupByUUIDRequestBody
)
st.register_type_strategy(UpdateServiceGroupsRequestItem, _strategy_UpdateServiceGroupsRequestItem)
st.register_type_strategy(UpdateServiceGroupsResponse, _strategy_UpdateServiceGroupsResponse)
st.register_type_strategy(
    UpdateServiceGroupsResponseData, _strategy_UpdateServiceGroupsResponseData
)
st.register_type_strategy(
    UpdateServiceGroupsResponseUpdatedServiceGroup,
    _strategy_UpdateServiceGroupsResponseUpdatedServiceGroup,
)
st.register_type_strategy(UpdateVolumeByUUIDRequestBody, _strategy_UpdateVolumeByUUIDRequestBody)
st.register_type_strategy(UpdateVolumesRequestItem, _strategy_UpdateVolumesRequestItem)
st.register_type_strategy(UpdateVolumesResponse, _strategy_UpdateVolumesResponse)
st.register_type_strategy(UpdateVolumesResponseData, _strategy_UpdateVolumesResponseData)
st.register_type_strategy(
    UpdateVolumesResponseUpdatedVolume, _strategy_UpdateVolumesResponseUpdatedVolume
)
st.register_type_strategy(Volume, _strategy_Volume)
st.register_type_strategy(VolumeInstanceID, _strategy_VolumeInstanceID)
st.register_type_strategy(VolumeVolumeInstanceMount, _strategy_VolumeVolumeInstanceMount)
st.register_type_strategy(WaitInstanceByUUIDRequestBody, _strategy_WaitInstanceByUUIDRequestBody)
st.register_type_strategy(WaitInstanceResponse, _strategy_WaitInstanceResponse)
st.register_type_strategy(WaitInstanceResponseData, _strategy_WaitInstanceResponseData)
st.register_type_strategy(
    WaitInstanceResponseWaitedInstance, _strategy_WaitInstanceResponseWaitedInstance
)
st.register_type_strategy(InstanceRestartPolicy, _strategy_InstanceRestartPolicy)
st.register_type_strategy(InstanceState, _strategy_InstanceState)
st.register_type_strategy(ResponseStatus, _strategy_ResponseStatus)
st.register_type_strategy(UpdateInstanceProperty, _strategy_UpdateInstanceProperty)
st.register_type_strategy(UpdateOperation, _strategy_UpdateOperation)
st.register_type_strategy(UpdateServiceGroupProperty, _strategy_UpdateServiceGroupProperty)
st.register_type_strategy(UpdateVolumeProperty, _strategy_UpdateVolumeProperty)
st.register_type_strategy(AutoscalePolicyMetric, _strategy_AutoscalePolicyMetric)
st.register_type_strategy(AutoscalePolicyAdjustmentType, _strategy_AutoscalePolicyAdjustmentType)
st.register_type_strategy(CertificateState, _strategy_CertificateState)
st.register_type_strategy(
    CreateInstanceRequestFeaturesItem, _strategy_CreateInstanceRequestFeaturesItem
)
st.register_type_strategy(InstanceScaleToZeroPolicy, _strategy_InstanceScaleToZeroPolicy)
st.register_type_strategy(ServiceHandlersItem, _strategy_ServiceHandlersItem)
st.register_type_strategy(VolumeState, _strategy_VolumeState)
