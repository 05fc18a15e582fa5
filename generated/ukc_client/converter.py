"""The cattrs converter of every model: JSON values in, models out, and back.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.

Each model has a straight-line structure function and unstructure function (no per-field
dispatch), registered on one ``cattrs.Converter``. Reading a value that does not fit raises
``DecodeError`` with the JSON path of the value (``data.instances[3].state``).
"""

# The structure functions set the models' private slots (unknown fields, which fields were
# null on the wire) directly: that is this module's job, so pyright's private-use check is
# off here only.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar, overload
from uuid import UUID

from ._wire import (
    at_least_one_of_message,
    count_present,
    exactly_one_of_message,
    foreign_decode_error,
    foreign_encode_error,
    missing_field,
    not_an_object,
    select_variant,
    structure_any,
    structure_datetime,
    structure_enum,
    structure_json_object,
    structure_list,
    structure_str_list,
    structure_string_map,
    structure_uuid,
    unstructure_datetime,
    unstructure_uuid,
)
from .errors import DecodeError, EncodeError, UkcError
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
    GoogleProtobufValue,
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
from .types import NOTHING_EMPTY, UNSET, OpenEnum, OpenIntEnum

__all__ = ["converter", "structure", "unstructure"]

T = TypeVar("T")
# The structure functions make a model without its __init__ and set its slots: attrs'
# __init__ with keyword arguments costs more than reading the fields, and its only other
# work (the exactly-one-of check) the structure function does before.
_new_object = object.__new__
# ``dict`` typed as a JSON object's class: ``type(data) is not dict`` would narrow ``data`` to
# ``dict[Unknown, Unknown]`` in pyright, this to ``dict[str, Any]`` (the same test at run time).
_JSON_OBJECT: type[dict[str, Any]] = dict


_MEMBERS_InstanceRestartPolicy = InstanceRestartPolicy._value2member_map_


def _structure_InstanceRestartPolicy(value: Any) -> InstanceRestartPolicy:
    if type(value) is str:
        member = _MEMBERS_InstanceRestartPolicy.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, InstanceRestartPolicy)


_MEMBERS_InstanceState = InstanceState._value2member_map_


def _structure_InstanceState(value: Any) -> InstanceState:
    if type(value) is str:
        member = _MEMBERS_InstanceState.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, InstanceState)


_MEMBERS_ResponseStatus = ResponseStatus._value2member_map_


def _structure_ResponseStatus(value: Any) -> ResponseStatus:
    if type(value) is str:
        member = _MEMBERS_ResponseStatus.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, ResponseStatus)


_MEMBERS_UpdateInstanceProperty = UpdateInstanceProperty._value2member_map_


def _structure_UpdateInstanceProperty(value: Any) -> UpdateInstanceProperty:
    if type(value) is str:
        member = _MEMBERS_UpdateInstanceProperty.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, UpdateInstanceProperty)


_MEMBERS_UpdateOperation = UpdateOperation._value2member_map_


def _structure_UpdateOperation(value: Any) -> UpdateOperation:
    if type(value) is str:
        member = _MEMBERS_UpdateOperation.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, UpdateOperation)


_MEMBERS_UpdateServiceGroupProperty = UpdateServiceGroupProperty._value2member_map_


def _structure_UpdateServiceGroupProperty(value: Any) -> UpdateServiceGroupProperty:
    if type(value) is str:
        member = _MEMBERS_UpdateServiceGroupProperty.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, UpdateServiceGroupProperty)


_MEMBERS_UpdateVolumeProperty = UpdateVolumeProperty._value2member_map_


def _structure_UpdateVolumeProperty(value: Any) -> UpdateVolumeProperty:
    if type(value) is str:
        member = _MEMBERS_UpdateVolumeProperty.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, UpdateVolumeProperty)


_MEMBERS_AutoscalePolicyMetric = AutoscalePolicyMetric._value2member_map_


def _structure_AutoscalePolicyMetric(value: Any) -> AutoscalePolicyMetric:
    if type(value) is str:
        member = _MEMBERS_AutoscalePolicyMetric.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, AutoscalePolicyMetric)


_MEMBERS_AutoscalePolicyAdjustmentType = AutoscalePolicyAdjustmentType._value2member_map_


def _structure_AutoscalePolicyAdjustmentType(value: Any) -> AutoscalePolicyAdjustmentType:
    if type(value) is str:
        member = _MEMBERS_AutoscalePolicyAdjustmentType.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, AutoscalePolicyAdjustmentType)


_MEMBERS_CertificateState = CertificateState._value2member_map_


def _structure_CertificateState(value: Any) -> CertificateState:
    if type(value) is str:
        member = _MEMBERS_CertificateState.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, CertificateState)


_MEMBERS_CreateInstanceRequestFeaturesItem = CreateInstanceRequestFeaturesItem._value2member_map_


def _structure_CreateInstanceRequestFeaturesItem(value: Any) -> CreateInstanceRequestFeaturesItem:
    if type(value) is str:
        member = _MEMBERS_CreateInstanceRequestFeaturesItem.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, CreateInstanceRequestFeaturesItem)


_MEMBERS_InstanceScaleToZeroPolicy = InstanceScaleToZeroPolicy._value2member_map_


def _structure_InstanceScaleToZeroPolicy(value: Any) -> InstanceScaleToZeroPolicy:
    if type(value) is str:
        member = _MEMBERS_InstanceScaleToZeroPolicy.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, InstanceScaleToZeroPolicy)


_MEMBERS_ServiceHandlersItem = ServiceHandlersItem._value2member_map_


def _structure_ServiceHandlersItem(value: Any) -> ServiceHandlersItem:
    if type(value) is str:
        member = _MEMBERS_ServiceHandlersItem.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, ServiceHandlersItem)


_MEMBERS_VolumeState = VolumeState._value2member_map_


def _structure_VolumeState(value: Any) -> VolumeState:
    if type(value) is str:
        member = _MEMBERS_VolumeState.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    return structure_enum(value, VolumeState)


_KNOWN_AttachVolumeByUUIDRequestBody = frozenset(
    {
        "attach_to",
        "at",
        "readonly",
    }
)


def _structure_AttachVolumeByUUIDRequestBody(data: Any) -> AttachVolumeByUUIDRequestBody:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AttachVolumeByUUIDRequestBody")
    try:
        v_attach_to = data["attach_to"]
    except KeyError:
        raise missing_field("AttachVolumeByUUIDRequestBody", "attach_to") from None
    try:
        v_attach_to = _structure_BodyInstanceID(v_attach_to)
    except DecodeError as error:
        raise error.at("attach_to") from None
    try:
        v_at = data["at"]
    except KeyError:
        raise missing_field("AttachVolumeByUUIDRequestBody", "at") from None
    if type(v_at) is not str:
        raise DecodeError("a string", v_at, "at")
    v_readonly = data.get("readonly", UNSET)
    if type(v_readonly) is not bool and v_readonly is not UNSET:
        raise DecodeError("a boolean", v_readonly, "readonly")
    result = _new_object(AttachVolumeByUUIDRequestBody)
    result.attach_to = v_attach_to
    result.at = v_at
    result.readonly = v_readonly
    if _KNOWN_AttachVolumeByUUIDRequestBody.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_AttachVolumeByUUIDRequestBody
        }
    return result


def _unstructure_AttachVolumeByUUIDRequestBody(
    obj: AttachVolumeByUUIDRequestBody,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_attach_to = obj.attach_to
    data["attach_to"] = _unstructure_BodyInstanceID(v_attach_to)
    v_at = obj.at
    data["at"] = v_at
    v_readonly = obj.readonly
    if v_readonly is not UNSET:
        data["readonly"] = v_readonly
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_AttachVolumesRequest = frozenset(
    {
        "attach_to",
        "at",
        "uuid",
        "name",
        "readonly",
    }
)


def _structure_AttachVolumesRequest(data: Any) -> AttachVolumesRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AttachVolumesRequest")
    try:
        v_attach_to = data["attach_to"]
    except KeyError:
        raise missing_field("AttachVolumesRequest", "attach_to") from None
    try:
        v_attach_to = _structure_AttachVolumesRequestInstanceID(v_attach_to)
    except DecodeError as error:
        raise error.at("attach_to") from None
    try:
        v_at = data["at"]
    except KeyError:
        raise missing_field("AttachVolumesRequest", "at") from None
    if type(v_at) is not str:
        raise DecodeError("a string", v_at, "at")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_readonly = data.get("readonly", UNSET)
    if type(v_readonly) is not bool and v_readonly is not UNSET:
        raise DecodeError("a boolean", v_readonly, "readonly")
    groups = (
        (v_uuid,),
        (v_name,),
    )
    if len(count_present(groups)) != 1:
        raise DecodeError(
            exactly_one_of_message("AttachVolumesRequest", (("uuid",), ("name",))), data
        )
    result = _new_object(AttachVolumesRequest)
    result.attach_to = v_attach_to
    result.at = v_at
    result.uuid = v_uuid
    result.name = v_name
    result.readonly = v_readonly
    if _KNOWN_AttachVolumesRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_AttachVolumesRequest
        }
    return result


def _unstructure_AttachVolumesRequest(obj: AttachVolumesRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_attach_to = obj.attach_to
    data["attach_to"] = _unstructure_AttachVolumesRequestInstanceID(v_attach_to)
    v_at = obj.at
    data["at"] = v_at
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_readonly = obj.readonly
    if v_readonly is not UNSET:
        data["readonly"] = v_readonly
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_AttachVolumesRequestInstanceID = frozenset(
    {
        "uuid",
        "name",
    }
)


def _structure_AttachVolumesRequestInstanceID(data: Any) -> AttachVolumesRequestInstanceID:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AttachVolumesRequestInstanceID")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(AttachVolumesRequestInstanceID)
    result.uuid = v_uuid
    result.name = v_name
    if _KNOWN_AttachVolumesRequestInstanceID.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_AttachVolumesRequestInstanceID
        }
    return result


def _unstructure_AttachVolumesRequestInstanceID(
    obj: AttachVolumesRequestInstanceID,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_AttachVolumesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_AttachVolumesResponse(data: Any) -> AttachVolumesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AttachVolumesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_AttachVolumesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(AttachVolumesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_AttachVolumesResponse
        }
    return result


def _unstructure_AttachVolumesResponse(obj: AttachVolumesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_AttachVolumesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_AttachVolumesResponseAttachedVolume = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_AttachVolumesResponseAttachedVolume(
    data: Any,
) -> AttachVolumesResponseAttachedVolume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AttachVolumesResponseAttachedVolume")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(AttachVolumesResponseAttachedVolume)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_AttachVolumesResponseAttachedVolume
        }
    return result


def _unstructure_AttachVolumesResponseAttachedVolume(
    obj: AttachVolumesResponseAttachedVolume,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_AttachVolumesResponseData = frozenset(
    {
        "volumes",
    }
)


def _structure_AttachVolumesResponseData(data: Any) -> AttachVolumesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AttachVolumesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_list(v_volumes, _structure_AttachVolumesResponseAttachedVolume)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    result = _new_object(AttachVolumesResponseData)
    result.volumes = v_volumes
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_AttachVolumesResponseData
        }
    return result


def _unstructure_AttachVolumesResponseData(obj: AttachVolumesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = [
            _unstructure_AttachVolumesResponseAttachedVolume(item0) for item0 in v_volumes
        ]
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_AutoscalePolicy = frozenset(
    {
        "name",
        "enabled",
        "metric",
        "adjustment_type",
        "steps",
    }
)


def _structure_AutoscalePolicy(data: Any) -> AutoscalePolicy:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AutoscalePolicy")
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_enabled = data.get("enabled", UNSET)
    if type(v_enabled) is not bool and v_enabled is not UNSET:
        raise DecodeError("a boolean", v_enabled, "enabled")
    v_metric = data.get("metric", UNSET)
    if v_metric is not UNSET:
        try:
            v_metric = _structure_AutoscalePolicyMetric(v_metric)
        except DecodeError as error:
            raise error.at("metric") from None
    v_adjustment_type = data.get("adjustment_type", UNSET)
    if v_adjustment_type is not UNSET:
        try:
            v_adjustment_type = _structure_AutoscalePolicyAdjustmentType(v_adjustment_type)
        except DecodeError as error:
            raise error.at("adjustment_type") from None
    v_steps = data.get("steps", UNSET)
    if v_steps is not UNSET:
        try:
            v_steps = structure_list(v_steps, _structure_AutoscalePolicyStep)
        except DecodeError as error:
            raise error.at("steps") from None
    result = _new_object(AutoscalePolicy)
    result.name = v_name
    result.enabled = v_enabled
    result.metric = v_metric
    result.adjustment_type = v_adjustment_type
    result.steps = v_steps
    if _KNOWN_AutoscalePolicy.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_AutoscalePolicy
        }
    return result


def _unstructure_AutoscalePolicy(obj: AutoscalePolicy) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_enabled = obj.enabled
    if v_enabled is not UNSET:
        data["enabled"] = v_enabled
    v_metric = obj.metric
    if v_metric is not UNSET:
        data["metric"] = v_metric._value_
    v_adjustment_type = obj.adjustment_type
    if v_adjustment_type is not UNSET:
        data["adjustment_type"] = v_adjustment_type._value_
    v_steps = obj.steps
    if v_steps is not UNSET:
        data["steps"] = [_unstructure_AutoscalePolicyStep(item0) for item0 in v_steps]
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_AutoscalePolicyStep = frozenset(
    {
        "adjustment",
        "lower_bound",
        "upper_bound",
    }
)


def _structure_AutoscalePolicyStep(data: Any) -> AutoscalePolicyStep:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "AutoscalePolicyStep")
    v_adjustment = data.get("adjustment", UNSET)
    if type(v_adjustment) is not int and v_adjustment is not UNSET:
        raise DecodeError("an integer", v_adjustment, "adjustment")
    v_lower_bound = data.get("lower_bound", UNSET)
    if type(v_lower_bound) is not int and v_lower_bound is not UNSET:
        raise DecodeError("an integer", v_lower_bound, "lower_bound")
    v_upper_bound = data.get("upper_bound", UNSET)
    if type(v_upper_bound) is not int and v_upper_bound is not UNSET:
        raise DecodeError("an integer", v_upper_bound, "upper_bound")
    result = _new_object(AutoscalePolicyStep)
    result.adjustment = v_adjustment
    result.lower_bound = v_lower_bound
    result.upper_bound = v_upper_bound
    if _KNOWN_AutoscalePolicyStep.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_AutoscalePolicyStep
        }
    return result


def _unstructure_AutoscalePolicyStep(obj: AutoscalePolicyStep) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_adjustment = obj.adjustment
    if v_adjustment is not UNSET:
        data["adjustment"] = v_adjustment
    v_lower_bound = obj.lower_bound
    if v_lower_bound is not UNSET:
        data["lower_bound"] = v_lower_bound
    v_upper_bound = obj.upper_bound
    if v_upper_bound is not UNSET:
        data["upper_bound"] = v_upper_bound
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_BodyInstanceID = frozenset(
    {
        "uuid",
        "name",
    }
)


def _structure_BodyInstanceID(data: Any) -> BodyInstanceID:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "BodyInstanceID")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(BodyInstanceID)
    result.uuid = v_uuid
    result.name = v_name
    if _KNOWN_BodyInstanceID.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_BodyInstanceID
        }
    return result


def _unstructure_BodyInstanceID(obj: BodyInstanceID) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Certificate = frozenset(
    {
        "uuid",
        "name",
        "created_at",
        "common_name",
        "subject",
        "issuer",
        "serial_number",
        "not_before",
        "not_after",
        "state",
        "status",
        "message",
        "error",
    }
)


def _structure_Certificate(data: Any) -> Certificate:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Certificate")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_created_at = data.get("created_at")
    if v_created_at is not None:
        try:
            v_created_at = structure_datetime(v_created_at)
        except DecodeError as error:
            raise error.at("created_at") from None
    else:
        if "created_at" in data:
            empty_on_wire = {**empty_on_wire, "created_at": True}
        else:
            absent += 1
    v_common_name = data.get("common_name")
    if type(v_common_name) is not str:
        if v_common_name is not None:
            raise DecodeError("a string", v_common_name, "common_name")
        if "common_name" in data:
            empty_on_wire = {**empty_on_wire, "common_name": True}
        else:
            absent += 1
    v_subject = data.get("subject")
    if type(v_subject) is not str:
        if v_subject is not None:
            raise DecodeError("a string", v_subject, "subject")
        if "subject" in data:
            empty_on_wire = {**empty_on_wire, "subject": True}
        else:
            absent += 1
    v_issuer = data.get("issuer")
    if type(v_issuer) is not str:
        if v_issuer is not None:
            raise DecodeError("a string", v_issuer, "issuer")
        if "issuer" in data:
            empty_on_wire = {**empty_on_wire, "issuer": True}
        else:
            absent += 1
    v_serial_number = data.get("serial_number")
    if type(v_serial_number) is not str:
        if v_serial_number is not None:
            raise DecodeError("a string", v_serial_number, "serial_number")
        if "serial_number" in data:
            empty_on_wire = {**empty_on_wire, "serial_number": True}
        else:
            absent += 1
    v_not_before = data.get("not_before")
    if v_not_before is not None:
        try:
            v_not_before = structure_datetime(v_not_before)
        except DecodeError as error:
            raise error.at("not_before") from None
    else:
        if "not_before" in data:
            empty_on_wire = {**empty_on_wire, "not_before": True}
        else:
            absent += 1
    v_not_after = data.get("not_after")
    if v_not_after is not None:
        try:
            v_not_after = structure_datetime(v_not_after)
        except DecodeError as error:
            raise error.at("not_after") from None
    else:
        if "not_after" in data:
            empty_on_wire = {**empty_on_wire, "not_after": True}
        else:
            absent += 1
    v_state = data.get("state")
    if v_state is not None:
        try:
            v_state = _structure_CertificateState(v_state)
        except DecodeError as error:
            raise error.at("state") from None
    else:
        if "state" in data:
            empty_on_wire = {**empty_on_wire, "state": True}
        else:
            absent += 1
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(Certificate)
    result.uuid = v_uuid
    result.name = v_name
    result.created_at = v_created_at
    result.common_name = v_common_name
    result.subject = v_subject
    result.issuer = v_issuer
    result.serial_number = v_serial_number
    result.not_before = v_not_before
    result.not_after = v_not_after
    result.state = v_state
    result.status = v_status
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 13 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Certificate
        }
    return result


def _unstructure_Certificate(obj: Certificate) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_created_at = obj.created_at
    if v_created_at is not None:
        data["created_at"] = unstructure_datetime(v_created_at)
    elif "created_at" in empty_on_wire:
        data["created_at"] = None
    v_common_name = obj.common_name
    if v_common_name is not None:
        data["common_name"] = v_common_name
    elif "common_name" in empty_on_wire:
        data["common_name"] = None
    v_subject = obj.subject
    if v_subject is not None:
        data["subject"] = v_subject
    elif "subject" in empty_on_wire:
        data["subject"] = None
    v_issuer = obj.issuer
    if v_issuer is not None:
        data["issuer"] = v_issuer
    elif "issuer" in empty_on_wire:
        data["issuer"] = None
    v_serial_number = obj.serial_number
    if v_serial_number is not None:
        data["serial_number"] = v_serial_number
    elif "serial_number" in empty_on_wire:
        data["serial_number"] = None
    v_not_before = obj.not_before
    if v_not_before is not None:
        data["not_before"] = unstructure_datetime(v_not_before)
    elif "not_before" in empty_on_wire:
        data["not_before"] = None
    v_not_after = obj.not_after
    if v_not_after is not None:
        data["not_after"] = unstructure_datetime(v_not_after)
    elif "not_after" in empty_on_wire:
        data["not_after"] = None
    v_state = obj.state
    if v_state is not None:
        data["state"] = v_state._value_
    elif "state" in empty_on_wire:
        data["state"] = None
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_ConfigurationInstanceCreateArgsRoms = frozenset(
    {
        "roms",
    }
)


def _structure_ConfigurationInstanceCreateArgsRoms(
    data: Any,
) -> ConfigurationInstanceCreateArgsRoms:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "ConfigurationInstanceCreateArgsRoms")
    absent = 0
    try:
        v_roms = data["roms"]
    except KeyError:
        raise missing_field("ConfigurationInstanceCreateArgsRoms", "roms") from None
    try:
        v_roms = _structure_InstanceCreateArgsInstanceCreateRequestRoms(v_roms)
    except DecodeError as error:
        raise error.at("roms") from None
    result = _new_object(ConfigurationInstanceCreateArgsRoms)
    result.roms = v_roms
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_ConfigurationInstanceCreateArgsRoms
        }
    return result


def _unstructure_ConfigurationInstanceCreateArgsRoms(
    obj: ConfigurationInstanceCreateArgsRoms,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_roms = obj.roms
    data["roms"] = _unstructure_InstanceCreateArgsInstanceCreateRequestRoms(v_roms)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_ConfigurationInstanceCreateArgsTemplate = frozenset(
    {
        "template",
    }
)


def _structure_ConfigurationInstanceCreateArgsTemplate(
    data: Any,
) -> ConfigurationInstanceCreateArgsTemplate:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "ConfigurationInstanceCreateArgsTemplate")
    absent = 0
    try:
        v_template = data["template"]
    except KeyError:
        raise missing_field("ConfigurationInstanceCreateArgsTemplate", "template") from None
    try:
        v_template = _structure_ServiceGroupTemplate(v_template)
    except DecodeError as error:
        raise error.at("template") from None
    result = _new_object(ConfigurationInstanceCreateArgsTemplate)
    result.template = v_template
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_ConfigurationInstanceCreateArgsTemplate
        }
    return result


def _unstructure_ConfigurationInstanceCreateArgsTemplate(
    obj: ConfigurationInstanceCreateArgsTemplate,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_template = obj.template
    data["template"] = _unstructure_ServiceGroupTemplate(v_template)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationByServiceGroupUUIDRequest = frozenset(
    {
        "uuid",
        "min_size",
        "max_size",
        "warmup_time_ms",
        "cooldown_time_ms",
        "create_args",
        "policies",
    }
)


def _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequest(
    data: Any,
) -> CreateAutoscaleConfigurationByServiceGroupUUIDRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationByServiceGroupUUIDRequest")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_min_size = data.get("min_size", UNSET)
    if type(v_min_size) is not int and v_min_size is not UNSET:
        raise DecodeError("an integer", v_min_size, "min_size")
    v_max_size = data.get("max_size", UNSET)
    if type(v_max_size) is not int and v_max_size is not UNSET:
        raise DecodeError("an integer", v_max_size, "max_size")
    v_warmup_time_ms = data.get("warmup_time_ms", UNSET)
    if type(v_warmup_time_ms) is not int and v_warmup_time_ms is not UNSET:
        raise DecodeError("an integer", v_warmup_time_ms, "warmup_time_ms")
    v_cooldown_time_ms = data.get("cooldown_time_ms", UNSET)
    if type(v_cooldown_time_ms) is not int and v_cooldown_time_ms is not UNSET:
        raise DecodeError("an integer", v_cooldown_time_ms, "cooldown_time_ms")
    v_create_args = data.get("create_args", UNSET)
    if v_create_args is not UNSET:
        try:
            v_create_args = (
                _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs(
                    v_create_args
                )
            )
        except DecodeError as error:
            raise error.at("create_args") from None
    v_policies = data.get("policies", UNSET)
    if v_policies is not UNSET:
        try:
            v_policies = structure_list(v_policies, _structure_AutoscalePolicy)
        except DecodeError as error:
            raise error.at("policies") from None
    result = _new_object(CreateAutoscaleConfigurationByServiceGroupUUIDRequest)
    result.uuid = v_uuid
    result.min_size = v_min_size
    result.max_size = v_max_size
    result.warmup_time_ms = v_warmup_time_ms
    result.cooldown_time_ms = v_cooldown_time_ms
    result.create_args = v_create_args
    result.policies = v_policies
    if _KNOWN_CreateAutoscaleConfigurationByServiceGroupUUIDRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationByServiceGroupUUIDRequest
        }
    return result


def _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequest(
    obj: CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_min_size = obj.min_size
    if v_min_size is not UNSET:
        data["min_size"] = v_min_size
    v_max_size = obj.max_size
    if v_max_size is not UNSET:
        data["max_size"] = v_max_size
    v_warmup_time_ms = obj.warmup_time_ms
    if v_warmup_time_ms is not UNSET:
        data["warmup_time_ms"] = v_warmup_time_ms
    v_cooldown_time_ms = obj.cooldown_time_ms
    if v_cooldown_time_ms is not UNSET:
        data["cooldown_time_ms"] = v_cooldown_time_ms
    v_create_args = obj.create_args
    if v_create_args is not UNSET:
        data["create_args"] = (
            _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs(
                v_create_args
            )
        )
    v_policies = obj.policies
    if v_policies is not UNSET:
        data["policies"] = [_unstructure_AutoscalePolicy(item0) for item0 in v_policies]
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms = frozenset(
    {
        "roms",
    }
)


def _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms(
    data: Any,
) -> CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(
            data, "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms"
        )
    absent = 0
    try:
        v_roms = data["roms"]
    except KeyError:
        raise missing_field(
            "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms", "roms"
        ) from None
    try:
        v_roms = _structure_InstanceCreateArgsInstanceCreateRequestRoms(v_roms)
    except DecodeError as error:
        raise error.at("roms") from None
    result = _new_object(
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms
    )
    result.roms = v_roms
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key
            not in _KNOWN_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms
        }
    return result


def _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms(
    obj: CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_roms = obj.roms
    data["roms"] = _unstructure_InstanceCreateArgsInstanceCreateRequestRoms(v_roms)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate = frozenset(
    {
        "template",
    }
)


def _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate(
    data: Any,
) -> CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(
            data, "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate"
        )
    absent = 0
    try:
        v_template = data["template"]
    except KeyError:
        raise missing_field(
            "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate",
            "template",
        ) from None
    try:
        v_template = _structure_ServiceGroupTemplate(v_template)
    except DecodeError as error:
        raise error.at("template") from None
    result = _new_object(
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate
    )
    result.template = v_template
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key
            not in _KNOWN_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate
        }
    return result


def _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate(
    obj: CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_template = obj.template
    data["template"] = _unstructure_ServiceGroupTemplate(v_template)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationPolicyRequest = frozenset(
    {
        "name",
        "type",
    }
)


def _structure_CreateAutoscaleConfigurationPolicyRequest(
    data: Any,
) -> CreateAutoscaleConfigurationPolicyRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationPolicyRequest")
    absent = 0
    try:
        v_name = data["name"]
    except KeyError:
        raise missing_field("CreateAutoscaleConfigurationPolicyRequest", "name") from None
    if type(v_name) is not str:
        raise DecodeError("a string", v_name, "name")
    try:
        v_type = data["type"]
    except KeyError:
        raise missing_field("CreateAutoscaleConfigurationPolicyRequest", "type") from None
    try:
        v_type = _structure_AutoscalePolicy(v_type)
    except DecodeError as error:
        raise error.at("type") from None
    result = _new_object(CreateAutoscaleConfigurationPolicyRequest)
    result.name = v_name
    result.type = v_type
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 2 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationPolicyRequest
        }
    return result


def _unstructure_CreateAutoscaleConfigurationPolicyRequest(
    obj: CreateAutoscaleConfigurationPolicyRequest,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    data["name"] = v_name
    v_type = obj.type
    data["type"] = _unstructure_AutoscalePolicy(v_type)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationPolicyResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_CreateAutoscaleConfigurationPolicyResponse(
    data: Any,
) -> CreateAutoscaleConfigurationPolicyResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationPolicyResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_CreateAutoscaleConfigurationPolicyResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(CreateAutoscaleConfigurationPolicyResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationPolicyResponse
        }
    return result


def _unstructure_CreateAutoscaleConfigurationPolicyResponse(
    obj: CreateAutoscaleConfigurationPolicyResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_CreateAutoscaleConfigurationPolicyResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationPolicyResponseData = frozenset(
    {
        "policies",
    }
)


def _structure_CreateAutoscaleConfigurationPolicyResponseData(
    data: Any,
) -> CreateAutoscaleConfigurationPolicyResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationPolicyResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_policies = data.get("policies")
    if v_policies is not None:
        try:
            v_policies = structure_list(
                v_policies, _structure_CreateAutoscaleConfigurationPolicyResponsePolicy
            )
        except DecodeError as error:
            raise error.at("policies") from None
        if not v_policies:
            empty_on_wire = {**empty_on_wire, "policies": False}
    else:
        if "policies" in data:
            empty_on_wire = {**empty_on_wire, "policies": True}
        else:
            absent += 1
        v_policies = []
    result = _new_object(CreateAutoscaleConfigurationPolicyResponseData)
    result.policies = v_policies
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationPolicyResponseData
        }
    return result


def _unstructure_CreateAutoscaleConfigurationPolicyResponseData(
    obj: CreateAutoscaleConfigurationPolicyResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_policies = obj.policies
    if v_policies:
        data["policies"] = [
            _unstructure_CreateAutoscaleConfigurationPolicyResponsePolicy(item0)
            for item0 in v_policies
        ]
    elif "policies" in empty_on_wire:
        data["policies"] = None if empty_on_wire["policies"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationPolicyResponsePolicy = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_CreateAutoscaleConfigurationPolicyResponsePolicy(
    data: Any,
) -> CreateAutoscaleConfigurationPolicyResponsePolicy:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationPolicyResponsePolicy")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(CreateAutoscaleConfigurationPolicyResponsePolicy)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationPolicyResponsePolicy
        }
    return result


def _unstructure_CreateAutoscaleConfigurationPolicyResponsePolicy(
    obj: CreateAutoscaleConfigurationPolicyResponsePolicy,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationsRequestConfiguration = frozenset(
    {
        "uuid",
        "name",
        "min_size",
        "max_size",
        "warmup_time_ms",
        "cooldown_time_ms",
        "create_args",
        "policies",
    }
)


def _structure_CreateAutoscaleConfigurationsRequestConfiguration(
    data: Any,
) -> CreateAutoscaleConfigurationsRequestConfiguration:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationsRequestConfiguration")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_min_size = data.get("min_size", UNSET)
    if type(v_min_size) is not int and v_min_size is not UNSET:
        raise DecodeError("an integer", v_min_size, "min_size")
    v_max_size = data.get("max_size", UNSET)
    if type(v_max_size) is not int and v_max_size is not UNSET:
        raise DecodeError("an integer", v_max_size, "max_size")
    v_warmup_time_ms = data.get("warmup_time_ms", UNSET)
    if type(v_warmup_time_ms) is not int and v_warmup_time_ms is not UNSET:
        raise DecodeError("an integer", v_warmup_time_ms, "warmup_time_ms")
    v_cooldown_time_ms = data.get("cooldown_time_ms", UNSET)
    if type(v_cooldown_time_ms) is not int and v_cooldown_time_ms is not UNSET:
        raise DecodeError("an integer", v_cooldown_time_ms, "cooldown_time_ms")
    v_create_args = data.get("create_args", UNSET)
    if v_create_args is not UNSET:
        try:
            v_create_args = _structure_ConfigurationInstanceCreateArgs(v_create_args)
        except DecodeError as error:
            raise error.at("create_args") from None
    v_policies = data.get("policies", UNSET)
    if v_policies is not UNSET:
        try:
            v_policies = structure_list(v_policies, _structure_AutoscalePolicy)
        except DecodeError as error:
            raise error.at("policies") from None
    groups = (
        (v_uuid,),
        (v_name,),
    )
    if len(count_present(groups)) != 1:
        raise DecodeError(
            exactly_one_of_message(
                "CreateAutoscaleConfigurationsRequestConfiguration", (("uuid",), ("name",))
            ),
            data,
        )
    result = _new_object(CreateAutoscaleConfigurationsRequestConfiguration)
    result.uuid = v_uuid
    result.name = v_name
    result.min_size = v_min_size
    result.max_size = v_max_size
    result.warmup_time_ms = v_warmup_time_ms
    result.cooldown_time_ms = v_cooldown_time_ms
    result.create_args = v_create_args
    result.policies = v_policies
    if _KNOWN_CreateAutoscaleConfigurationsRequestConfiguration.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationsRequestConfiguration
        }
    return result


def _unstructure_CreateAutoscaleConfigurationsRequestConfiguration(
    obj: CreateAutoscaleConfigurationsRequestConfiguration,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_min_size = obj.min_size
    if v_min_size is not UNSET:
        data["min_size"] = v_min_size
    v_max_size = obj.max_size
    if v_max_size is not UNSET:
        data["max_size"] = v_max_size
    v_warmup_time_ms = obj.warmup_time_ms
    if v_warmup_time_ms is not UNSET:
        data["warmup_time_ms"] = v_warmup_time_ms
    v_cooldown_time_ms = obj.cooldown_time_ms
    if v_cooldown_time_ms is not UNSET:
        data["cooldown_time_ms"] = v_cooldown_time_ms
    v_create_args = obj.create_args
    if v_create_args is not UNSET:
        data["create_args"] = _unstructure_ConfigurationInstanceCreateArgs(v_create_args)
    v_policies = obj.policies
    if v_policies is not UNSET:
        data["policies"] = [_unstructure_AutoscalePolicy(item0) for item0 in v_policies]
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_CreateAutoscaleConfigurationsResponse(
    data: Any,
) -> CreateAutoscaleConfigurationsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_CreateAutoscaleConfigurationsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(CreateAutoscaleConfigurationsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationsResponse
        }
    return result


def _unstructure_CreateAutoscaleConfigurationsResponse(
    obj: CreateAutoscaleConfigurationsResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_CreateAutoscaleConfigurationsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationsResponseConfigurationsResponse = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_CreateAutoscaleConfigurationsResponseConfigurationsResponse(
    data: Any,
) -> CreateAutoscaleConfigurationsResponseConfigurationsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationsResponseConfigurationsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(CreateAutoscaleConfigurationsResponseConfigurationsResponse)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationsResponseConfigurationsResponse
        }
    return result


def _unstructure_CreateAutoscaleConfigurationsResponseConfigurationsResponse(
    obj: CreateAutoscaleConfigurationsResponseConfigurationsResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateAutoscaleConfigurationsResponseData = frozenset(
    {
        "service_groups",
    }
)


def _structure_CreateAutoscaleConfigurationsResponseData(
    data: Any,
) -> CreateAutoscaleConfigurationsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateAutoscaleConfigurationsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_service_groups = data.get("service_groups")
    if v_service_groups is not None:
        try:
            v_service_groups = structure_list(
                v_service_groups,
                _structure_CreateAutoscaleConfigurationsResponseConfigurationsResponse,
            )
        except DecodeError as error:
            raise error.at("service_groups") from None
        if not v_service_groups:
            empty_on_wire = {**empty_on_wire, "service_groups": False}
    else:
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
        v_service_groups = []
    result = _new_object(CreateAutoscaleConfigurationsResponseData)
    result.service_groups = v_service_groups
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateAutoscaleConfigurationsResponseData
        }
    return result


def _unstructure_CreateAutoscaleConfigurationsResponseData(
    obj: CreateAutoscaleConfigurationsResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_service_groups = obj.service_groups
    if v_service_groups:
        data["service_groups"] = [
            _unstructure_CreateAutoscaleConfigurationsResponseConfigurationsResponse(item0)
            for item0 in v_service_groups
        ]
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None if empty_on_wire["service_groups"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateCertificateRequest = frozenset(
    {
        "name",
        "cn",
        "chain",
        "pkey",
    }
)


def _structure_CreateCertificateRequest(data: Any) -> CreateCertificateRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateCertificateRequest")
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    try:
        v_cn = data["cn"]
    except KeyError:
        raise missing_field("CreateCertificateRequest", "cn") from None
    if type(v_cn) is not str:
        raise DecodeError("a string", v_cn, "cn")
    try:
        v_chain = data["chain"]
    except KeyError:
        raise missing_field("CreateCertificateRequest", "chain") from None
    if type(v_chain) is not str:
        raise DecodeError("a string", v_chain, "chain")
    try:
        v_pkey = data["pkey"]
    except KeyError:
        raise missing_field("CreateCertificateRequest", "pkey") from None
    if type(v_pkey) is not str:
        raise DecodeError("a string", v_pkey, "pkey")
    result = _new_object(CreateCertificateRequest)
    result.name = v_name
    result.cn = v_cn
    result.chain = v_chain
    result.pkey = v_pkey
    if _KNOWN_CreateCertificateRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateCertificateRequest
        }
    return result


def _unstructure_CreateCertificateRequest(obj: CreateCertificateRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_cn = obj.cn
    data["cn"] = v_cn
    v_chain = obj.chain
    data["chain"] = v_chain
    v_pkey = obj.pkey
    data["pkey"] = v_pkey
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateCertificateResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_CreateCertificateResponse(data: Any) -> CreateCertificateResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateCertificateResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_CreateCertificateResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(CreateCertificateResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateCertificateResponse
        }
    return result


def _unstructure_CreateCertificateResponse(obj: CreateCertificateResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_CreateCertificateResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateCertificateResponseData = frozenset(
    {
        "certificates",
    }
)


def _structure_CreateCertificateResponseData(data: Any) -> CreateCertificateResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateCertificateResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_certificates = data.get("certificates")
    if v_certificates is not None:
        try:
            v_certificates = structure_list(v_certificates, _structure_Certificate)
        except DecodeError as error:
            raise error.at("certificates") from None
        if not v_certificates:
            empty_on_wire = {**empty_on_wire, "certificates": False}
    else:
        if "certificates" in data:
            empty_on_wire = {**empty_on_wire, "certificates": True}
        else:
            absent += 1
        v_certificates = []
    result = _new_object(CreateCertificateResponseData)
    result.certificates = v_certificates
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateCertificateResponseData
        }
    return result


def _unstructure_CreateCertificateResponseData(
    obj: CreateCertificateResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_certificates = obj.certificates
    if v_certificates:
        data["certificates"] = [_unstructure_Certificate(item0) for item0 in v_certificates]
    elif "certificates" in empty_on_wire:
        data["certificates"] = None if empty_on_wire["certificates"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceRequest = frozenset(
    {
        "image",
        "name",
        "args",
        "env",
        "memory_mb",
        "service_group",
        "volumes",
        "autostart",
        "replicas",
        "restart_policy",
        "scale_to_zero",
        "vcpus",
        "wait_timeout_ms",
        "features",
    }
)


def _structure_CreateInstanceRequest(data: Any) -> CreateInstanceRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceRequest")
    try:
        v_image = data["image"]
    except KeyError:
        raise missing_field("CreateInstanceRequest", "image") from None
    if type(v_image) is not str:
        raise DecodeError("a string", v_image, "image")
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_args = data.get("args", UNSET)
    if v_args is not UNSET:
        try:
            v_args = structure_str_list(v_args)
        except DecodeError as error:
            raise error.at("args") from None
    v_env = data.get("env", UNSET)
    if v_env is not UNSET:
        try:
            v_env = structure_string_map(v_env)
        except DecodeError as error:
            raise error.at("env") from None
    v_memory_mb = data.get("memory_mb", UNSET)
    if type(v_memory_mb) is not int and v_memory_mb is not UNSET:
        raise DecodeError("an integer", v_memory_mb, "memory_mb")
    v_service_group = data.get("service_group", UNSET)
    if v_service_group is not UNSET:
        try:
            v_service_group = _structure_CreateInstanceRequestServiceGroup(v_service_group)
        except DecodeError as error:
            raise error.at("service_group") from None
    v_volumes = data.get("volumes", UNSET)
    if v_volumes is not UNSET:
        try:
            v_volumes = structure_list(v_volumes, _structure_CreateInstanceRequestVolume)
        except DecodeError as error:
            raise error.at("volumes") from None
    v_autostart = data.get("autostart", UNSET)
    if type(v_autostart) is not bool and v_autostart is not UNSET:
        raise DecodeError("a boolean", v_autostart, "autostart")
    v_replicas = data.get("replicas", UNSET)
    if type(v_replicas) is not int and v_replicas is not UNSET:
        raise DecodeError("an integer", v_replicas, "replicas")
    v_restart_policy = data.get("restart_policy", UNSET)
    if v_restart_policy is not UNSET:
        try:
            v_restart_policy = _structure_InstanceRestartPolicy(v_restart_policy)
        except DecodeError as error:
            raise error.at("restart_policy") from None
    v_scale_to_zero = data.get("scale_to_zero", UNSET)
    if v_scale_to_zero is not UNSET:
        try:
            v_scale_to_zero = _structure_InstanceScaleToZero(v_scale_to_zero)
        except DecodeError as error:
            raise error.at("scale_to_zero") from None
    v_vcpus = data.get("vcpus", UNSET)
    if type(v_vcpus) is not int and v_vcpus is not UNSET:
        raise DecodeError("an integer", v_vcpus, "vcpus")
    v_wait_timeout_ms = data.get("wait_timeout_ms", UNSET)
    if type(v_wait_timeout_ms) is not int and v_wait_timeout_ms is not UNSET:
        raise DecodeError("an integer", v_wait_timeout_ms, "wait_timeout_ms")
    v_features = data.get("features", UNSET)
    if v_features is not UNSET:
        try:
            v_features = structure_list(v_features, _structure_CreateInstanceRequestFeaturesItem)
        except DecodeError as error:
            raise error.at("features") from None
    result = _new_object(CreateInstanceRequest)
    result.image = v_image
    result.name = v_name
    result.args = v_args
    result.env = v_env
    result.memory_mb = v_memory_mb
    result.service_group = v_service_group
    result.volumes = v_volumes
    result.autostart = v_autostart
    result.replicas = v_replicas
    result.restart_policy = v_restart_policy
    result.scale_to_zero = v_scale_to_zero
    result.vcpus = v_vcpus
    result.wait_timeout_ms = v_wait_timeout_ms
    result.features = v_features
    if _KNOWN_CreateInstanceRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateInstanceRequest
        }
    return result


def _unstructure_CreateInstanceRequest(obj: CreateInstanceRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_image = obj.image
    data["image"] = v_image
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_args = obj.args
    if v_args is not UNSET:
        data["args"] = list(v_args)
    v_env = obj.env
    if v_env is not UNSET:
        data["env"] = dict(v_env)
    v_memory_mb = obj.memory_mb
    if v_memory_mb is not UNSET:
        data["memory_mb"] = v_memory_mb
    v_service_group = obj.service_group
    if v_service_group is not UNSET:
        data["service_group"] = _unstructure_CreateInstanceRequestServiceGroup(v_service_group)
    v_volumes = obj.volumes
    if v_volumes is not UNSET:
        data["volumes"] = [_unstructure_CreateInstanceRequestVolume(item0) for item0 in v_volumes]
    v_autostart = obj.autostart
    if v_autostart is not UNSET:
        data["autostart"] = v_autostart
    v_replicas = obj.replicas
    if v_replicas is not UNSET:
        data["replicas"] = v_replicas
    v_restart_policy = obj.restart_policy
    if v_restart_policy is not UNSET:
        data["restart_policy"] = v_restart_policy._value_
    v_scale_to_zero = obj.scale_to_zero
    if v_scale_to_zero is not UNSET:
        data["scale_to_zero"] = _unstructure_InstanceScaleToZero(v_scale_to_zero)
    v_vcpus = obj.vcpus
    if v_vcpus is not UNSET:
        data["vcpus"] = v_vcpus
    v_wait_timeout_ms = obj.wait_timeout_ms
    if v_wait_timeout_ms is not UNSET:
        data["wait_timeout_ms"] = v_wait_timeout_ms
    v_features = obj.features
    if v_features is not UNSET:
        data["features"] = [item0._value_ for item0 in v_features]
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceRequestDomain = frozenset(
    {
        "certificate",
        "name",
    }
)


def _structure_CreateInstanceRequestDomain(data: Any) -> CreateInstanceRequestDomain:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceRequestDomain")
    v_certificate = data.get("certificate", UNSET)
    if v_certificate is not UNSET:
        try:
            v_certificate = _structure_NameOrUUID(v_certificate)
        except DecodeError as error:
            raise error.at("certificate") from None
    try:
        v_name = data["name"]
    except KeyError:
        raise missing_field("CreateInstanceRequestDomain", "name") from None
    if type(v_name) is not str:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(CreateInstanceRequestDomain)
    result.certificate = v_certificate
    result.name = v_name
    if _KNOWN_CreateInstanceRequestDomain.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateInstanceRequestDomain
        }
    return result


def _unstructure_CreateInstanceRequestDomain(obj: CreateInstanceRequestDomain) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_certificate = obj.certificate
    if v_certificate is not UNSET:
        data["certificate"] = _unstructure_NameOrUUID(v_certificate)
    v_name = obj.name
    data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceRequestServiceGroupByName = frozenset(
    {
        "name",
    }
)


def _structure_CreateInstanceRequestServiceGroupByName(
    data: Any,
) -> CreateInstanceRequestServiceGroupByName:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceRequestServiceGroupByName")
    absent = 0
    try:
        v_name = data["name"]
    except KeyError:
        raise missing_field("CreateInstanceRequestServiceGroupByName", "name") from None
    if type(v_name) is not str:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(CreateInstanceRequestServiceGroupByName)
    result.name = v_name
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateInstanceRequestServiceGroupByName
        }
    return result


def _unstructure_CreateInstanceRequestServiceGroupByName(
    obj: CreateInstanceRequestServiceGroupByName,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceRequestServiceGroupByUUID = frozenset(
    {
        "uuid",
    }
)


def _structure_CreateInstanceRequestServiceGroupByUUID(
    data: Any,
) -> CreateInstanceRequestServiceGroupByUUID:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceRequestServiceGroupByUUID")
    absent = 0
    try:
        v_uuid = data["uuid"]
    except KeyError:
        raise missing_field("CreateInstanceRequestServiceGroupByUUID", "uuid") from None
    try:
        v_uuid = structure_uuid(v_uuid)
    except DecodeError as error:
        raise error.at("uuid") from None
    result = _new_object(CreateInstanceRequestServiceGroupByUUID)
    result.uuid = v_uuid
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateInstanceRequestServiceGroupByUUID
        }
    return result


def _unstructure_CreateInstanceRequestServiceGroupByUUID(
    obj: CreateInstanceRequestServiceGroupByUUID,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    data["uuid"] = unstructure_uuid(v_uuid)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceRequestServiceGroupNew = frozenset(
    {
        "services",
        "domains",
    }
)


def _structure_CreateInstanceRequestServiceGroupNew(
    data: Any,
) -> CreateInstanceRequestServiceGroupNew:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceRequestServiceGroupNew")
    try:
        v_services = data["services"]
    except KeyError:
        raise missing_field("CreateInstanceRequestServiceGroupNew", "services") from None
    try:
        v_services = structure_list(v_services, _structure_Service)
    except DecodeError as error:
        raise error.at("services") from None
    v_domains = data.get("domains", UNSET)
    if v_domains is not UNSET:
        try:
            v_domains = structure_list(v_domains, _structure_CreateInstanceRequestDomain)
        except DecodeError as error:
            raise error.at("domains") from None
    result = _new_object(CreateInstanceRequestServiceGroupNew)
    result.services = v_services
    result.domains = v_domains
    if _KNOWN_CreateInstanceRequestServiceGroupNew.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateInstanceRequestServiceGroupNew
        }
    return result


def _unstructure_CreateInstanceRequestServiceGroupNew(
    obj: CreateInstanceRequestServiceGroupNew,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_services = obj.services
    data["services"] = [_unstructure_Service(item0) for item0 in v_services]
    v_domains = obj.domains
    if v_domains is not UNSET:
        data["domains"] = [_unstructure_CreateInstanceRequestDomain(item0) for item0 in v_domains]
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceRequestVolume = frozenset(
    {
        "at",
        "uuid",
        "name",
        "size_mb",
        "read_only",
    }
)


def _structure_CreateInstanceRequestVolume(data: Any) -> CreateInstanceRequestVolume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceRequestVolume")
    try:
        v_at = data["at"]
    except KeyError:
        raise missing_field("CreateInstanceRequestVolume", "at") from None
    if type(v_at) is not str:
        raise DecodeError("a string", v_at, "at")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_size_mb = data.get("size_mb", UNSET)
    if type(v_size_mb) is not int and v_size_mb is not UNSET:
        raise DecodeError("an integer", v_size_mb, "size_mb")
    v_read_only = data.get("read_only", UNSET)
    if type(v_read_only) is not bool and v_read_only is not UNSET:
        raise DecodeError("a boolean", v_read_only, "read_only")
    result = _new_object(CreateInstanceRequestVolume)
    result.at = v_at
    result.uuid = v_uuid
    result.name = v_name
    result.size_mb = v_size_mb
    result.read_only = v_read_only
    if _KNOWN_CreateInstanceRequestVolume.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateInstanceRequestVolume
        }
    return result


def _unstructure_CreateInstanceRequestVolume(obj: CreateInstanceRequestVolume) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_at = obj.at
    data["at"] = v_at
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_size_mb = obj.size_mb
    if v_size_mb is not UNSET:
        data["size_mb"] = v_size_mb
    v_read_only = obj.read_only
    if v_read_only is not UNSET:
        data["read_only"] = v_read_only
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_CreateInstanceResponse(data: Any) -> CreateInstanceResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_CreateInstanceResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(CreateInstanceResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateInstanceResponse
        }
    return result


def _unstructure_CreateInstanceResponse(obj: CreateInstanceResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_CreateInstanceResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateInstanceResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_CreateInstanceResponseData(data: Any) -> CreateInstanceResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateInstanceResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(v_instances, _structure_Instance)
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(CreateInstanceResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateInstanceResponseData
        }
    return result


def _unstructure_CreateInstanceResponseData(obj: CreateInstanceResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [_unstructure_Instance(item0) for item0 in v_instances]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateServiceGroupRequest = frozenset(
    {
        "name",
        "services",
        "domains",
        "soft_limit",
        "hard_limit",
    }
)


def _structure_CreateServiceGroupRequest(data: Any) -> CreateServiceGroupRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateServiceGroupRequest")
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_services = data.get("services", UNSET)
    if v_services is not UNSET:
        try:
            v_services = structure_list(v_services, _structure_Service)
        except DecodeError as error:
            raise error.at("services") from None
    v_domains = data.get("domains", UNSET)
    if v_domains is not UNSET:
        try:
            v_domains = structure_list(v_domains, _structure_CreateServiceGroupRequestDomain)
        except DecodeError as error:
            raise error.at("domains") from None
    v_soft_limit = data.get("soft_limit", UNSET)
    if type(v_soft_limit) is not int and v_soft_limit is not UNSET:
        raise DecodeError("an integer", v_soft_limit, "soft_limit")
    v_hard_limit = data.get("hard_limit", UNSET)
    if type(v_hard_limit) is not int and v_hard_limit is not UNSET:
        raise DecodeError("an integer", v_hard_limit, "hard_limit")
    result = _new_object(CreateServiceGroupRequest)
    result.name = v_name
    result.services = v_services
    result.domains = v_domains
    result.soft_limit = v_soft_limit
    result.hard_limit = v_hard_limit
    if _KNOWN_CreateServiceGroupRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateServiceGroupRequest
        }
    return result


def _unstructure_CreateServiceGroupRequest(obj: CreateServiceGroupRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_services = obj.services
    if v_services is not UNSET:
        data["services"] = [_unstructure_Service(item0) for item0 in v_services]
    v_domains = obj.domains
    if v_domains is not UNSET:
        data["domains"] = [
            _unstructure_CreateServiceGroupRequestDomain(item0) for item0 in v_domains
        ]
    v_soft_limit = obj.soft_limit
    if v_soft_limit is not UNSET:
        data["soft_limit"] = v_soft_limit
    v_hard_limit = obj.hard_limit
    if v_hard_limit is not UNSET:
        data["hard_limit"] = v_hard_limit
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateServiceGroupRequestDomain = frozenset(
    {
        "name",
        "certificate",
    }
)


def _structure_CreateServiceGroupRequestDomain(data: Any) -> CreateServiceGroupRequestDomain:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateServiceGroupRequestDomain")
    try:
        v_name = data["name"]
    except KeyError:
        raise missing_field("CreateServiceGroupRequestDomain", "name") from None
    if type(v_name) is not str:
        raise DecodeError("a string", v_name, "name")
    v_certificate = data.get("certificate", UNSET)
    if v_certificate is not UNSET:
        try:
            v_certificate = _structure_NameOrUUID(v_certificate)
        except DecodeError as error:
            raise error.at("certificate") from None
    result = _new_object(CreateServiceGroupRequestDomain)
    result.name = v_name
    result.certificate = v_certificate
    if _KNOWN_CreateServiceGroupRequestDomain.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateServiceGroupRequestDomain
        }
    return result


def _unstructure_CreateServiceGroupRequestDomain(
    obj: CreateServiceGroupRequestDomain,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    data["name"] = v_name
    v_certificate = obj.certificate
    if v_certificate is not UNSET:
        data["certificate"] = _unstructure_NameOrUUID(v_certificate)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateServiceGroupResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_CreateServiceGroupResponse(data: Any) -> CreateServiceGroupResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateServiceGroupResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_CreateServiceGroupResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(CreateServiceGroupResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateServiceGroupResponse
        }
    return result


def _unstructure_CreateServiceGroupResponse(obj: CreateServiceGroupResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_CreateServiceGroupResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateServiceGroupResponseData = frozenset(
    {
        "service_groups",
    }
)


def _structure_CreateServiceGroupResponseData(data: Any) -> CreateServiceGroupResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateServiceGroupResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_service_groups = data.get("service_groups")
    if v_service_groups is not None:
        try:
            v_service_groups = structure_list(v_service_groups, _structure_ServiceGroup)
        except DecodeError as error:
            raise error.at("service_groups") from None
        if not v_service_groups:
            empty_on_wire = {**empty_on_wire, "service_groups": False}
    else:
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
        v_service_groups = []
    result = _new_object(CreateServiceGroupResponseData)
    result.service_groups = v_service_groups
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateServiceGroupResponseData
        }
    return result


def _unstructure_CreateServiceGroupResponseData(
    obj: CreateServiceGroupResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_service_groups = obj.service_groups
    if v_service_groups:
        data["service_groups"] = [_unstructure_ServiceGroup(item0) for item0 in v_service_groups]
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None if empty_on_wire["service_groups"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateVolumeRequest = frozenset(
    {
        "name",
        "size_mb",
    }
)


def _structure_CreateVolumeRequest(data: Any) -> CreateVolumeRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateVolumeRequest")
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    try:
        v_size_mb = data["size_mb"]
    except KeyError:
        raise missing_field("CreateVolumeRequest", "size_mb") from None
    if type(v_size_mb) is not int:
        raise DecodeError("an integer", v_size_mb, "size_mb")
    result = _new_object(CreateVolumeRequest)
    result.name = v_name
    result.size_mb = v_size_mb
    if _KNOWN_CreateVolumeRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateVolumeRequest
        }
    return result


def _unstructure_CreateVolumeRequest(obj: CreateVolumeRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_size_mb = obj.size_mb
    data["size_mb"] = v_size_mb
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateVolumeResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_CreateVolumeResponse(data: Any) -> CreateVolumeResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateVolumeResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_CreateVolumeResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(CreateVolumeResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateVolumeResponse
        }
    return result


def _unstructure_CreateVolumeResponse(obj: CreateVolumeResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_CreateVolumeResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateVolumeResponseData = frozenset(
    {
        "volumes",
    }
)


def _structure_CreateVolumeResponseData(data: Any) -> CreateVolumeResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateVolumeResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_list(v_volumes, _structure_CreateVolumeResponseVolume)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    result = _new_object(CreateVolumeResponseData)
    result.volumes = v_volumes
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_CreateVolumeResponseData
        }
    return result


def _unstructure_CreateVolumeResponseData(obj: CreateVolumeResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = [_unstructure_CreateVolumeResponseVolume(item0) for item0 in v_volumes]
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_CreateVolumeResponseVolume = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_CreateVolumeResponseVolume(data: Any) -> CreateVolumeResponseVolume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "CreateVolumeResponseVolume")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(CreateVolumeResponseVolume)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_CreateVolumeResponseVolume
        }
    return result


def _unstructure_CreateVolumeResponseVolume(obj: CreateVolumeResponseVolume) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteAutoscaleConfigurationPolicyResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_DeleteAutoscaleConfigurationPolicyResponse(
    data: Any,
) -> DeleteAutoscaleConfigurationPolicyResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteAutoscaleConfigurationPolicyResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_DeleteAutoscaleConfigurationPolicyResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(DeleteAutoscaleConfigurationPolicyResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteAutoscaleConfigurationPolicyResponse
        }
    return result


def _unstructure_DeleteAutoscaleConfigurationPolicyResponse(
    obj: DeleteAutoscaleConfigurationPolicyResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_DeleteAutoscaleConfigurationPolicyResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteAutoscaleConfigurationPolicyResponseData = frozenset(
    {
        "policies",
    }
)


def _structure_DeleteAutoscaleConfigurationPolicyResponseData(
    data: Any,
) -> DeleteAutoscaleConfigurationPolicyResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteAutoscaleConfigurationPolicyResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_policies = data.get("policies")
    if v_policies is not None:
        try:
            v_policies = structure_list(
                v_policies, _structure_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse
            )
        except DecodeError as error:
            raise error.at("policies") from None
        if not v_policies:
            empty_on_wire = {**empty_on_wire, "policies": False}
    else:
        if "policies" in data:
            empty_on_wire = {**empty_on_wire, "policies": True}
        else:
            absent += 1
        v_policies = []
    result = _new_object(DeleteAutoscaleConfigurationPolicyResponseData)
    result.policies = v_policies
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteAutoscaleConfigurationPolicyResponseData
        }
    return result


def _unstructure_DeleteAutoscaleConfigurationPolicyResponseData(
    obj: DeleteAutoscaleConfigurationPolicyResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_policies = obj.policies
    if v_policies:
        data["policies"] = [
            _unstructure_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse(item0)
            for item0 in v_policies
        ]
    elif "policies" in empty_on_wire:
        data["policies"] = None if empty_on_wire["policies"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse = frozenset(
    {
        "status",
        "name",
        "message",
        "error",
    }
)


def _structure_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse(
    data: Any,
) -> DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse)
    result.status = v_status
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 4 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse
        }
    return result


def _unstructure_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse(
    obj: DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteAutoscaleConfigurationsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_DeleteAutoscaleConfigurationsResponse(
    data: Any,
) -> DeleteAutoscaleConfigurationsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteAutoscaleConfigurationsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_DeleteAutoscaleConfigurationsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(DeleteAutoscaleConfigurationsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteAutoscaleConfigurationsResponse
        }
    return result


def _unstructure_DeleteAutoscaleConfigurationsResponse(
    obj: DeleteAutoscaleConfigurationsResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_DeleteAutoscaleConfigurationsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteAutoscaleConfigurationsResponseData = frozenset(
    {
        "service_groups",
    }
)


def _structure_DeleteAutoscaleConfigurationsResponseData(
    data: Any,
) -> DeleteAutoscaleConfigurationsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteAutoscaleConfigurationsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_service_groups = data.get("service_groups")
    if v_service_groups is not None:
        try:
            v_service_groups = structure_list(
                v_service_groups, _structure_DeleteAutoscaleConfigurationsResponseServiceGroup
            )
        except DecodeError as error:
            raise error.at("service_groups") from None
        if not v_service_groups:
            empty_on_wire = {**empty_on_wire, "service_groups": False}
    else:
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
        v_service_groups = []
    result = _new_object(DeleteAutoscaleConfigurationsResponseData)
    result.service_groups = v_service_groups
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteAutoscaleConfigurationsResponseData
        }
    return result


def _unstructure_DeleteAutoscaleConfigurationsResponseData(
    obj: DeleteAutoscaleConfigurationsResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_service_groups = obj.service_groups
    if v_service_groups:
        data["service_groups"] = [
            _unstructure_DeleteAutoscaleConfigurationsResponseServiceGroup(item0)
            for item0 in v_service_groups
        ]
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None if empty_on_wire["service_groups"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteAutoscaleConfigurationsResponseServiceGroup = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_DeleteAutoscaleConfigurationsResponseServiceGroup(
    data: Any,
) -> DeleteAutoscaleConfigurationsResponseServiceGroup:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteAutoscaleConfigurationsResponseServiceGroup")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(DeleteAutoscaleConfigurationsResponseServiceGroup)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteAutoscaleConfigurationsResponseServiceGroup
        }
    return result


def _unstructure_DeleteAutoscaleConfigurationsResponseServiceGroup(
    obj: DeleteAutoscaleConfigurationsResponseServiceGroup,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteCertificatesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_DeleteCertificatesResponse(data: Any) -> DeleteCertificatesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteCertificatesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_DeleteCertificatesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(DeleteCertificatesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteCertificatesResponse
        }
    return result


def _unstructure_DeleteCertificatesResponse(obj: DeleteCertificatesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_DeleteCertificatesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteCertificatesResponseData = frozenset(
    {
        "certificates",
    }
)


def _structure_DeleteCertificatesResponseData(data: Any) -> DeleteCertificatesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteCertificatesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_certificates = data.get("certificates")
    if v_certificates is not None:
        try:
            v_certificates = structure_list(
                v_certificates, _structure_DeleteCertificatesResponseDeletedCertificate
            )
        except DecodeError as error:
            raise error.at("certificates") from None
        if not v_certificates:
            empty_on_wire = {**empty_on_wire, "certificates": False}
    else:
        if "certificates" in data:
            empty_on_wire = {**empty_on_wire, "certificates": True}
        else:
            absent += 1
        v_certificates = []
    result = _new_object(DeleteCertificatesResponseData)
    result.certificates = v_certificates
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteCertificatesResponseData
        }
    return result


def _unstructure_DeleteCertificatesResponseData(
    obj: DeleteCertificatesResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_certificates = obj.certificates
    if v_certificates:
        data["certificates"] = [
            _unstructure_DeleteCertificatesResponseDeletedCertificate(item0)
            for item0 in v_certificates
        ]
    elif "certificates" in empty_on_wire:
        data["certificates"] = None if empty_on_wire["certificates"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteCertificatesResponseDeletedCertificate = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_DeleteCertificatesResponseDeletedCertificate(
    data: Any,
) -> DeleteCertificatesResponseDeletedCertificate:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteCertificatesResponseDeletedCertificate")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(DeleteCertificatesResponseDeletedCertificate)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteCertificatesResponseDeletedCertificate
        }
    return result


def _unstructure_DeleteCertificatesResponseDeletedCertificate(
    obj: DeleteCertificatesResponseDeletedCertificate,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteInstancesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_DeleteInstancesResponse(data: Any) -> DeleteInstancesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteInstancesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_DeleteInstancesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(DeleteInstancesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_DeleteInstancesResponse
        }
    return result


def _unstructure_DeleteInstancesResponse(obj: DeleteInstancesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_DeleteInstancesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteInstancesResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_DeleteInstancesResponseData(data: Any) -> DeleteInstancesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteInstancesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(
                v_instances, _structure_DeleteInstancesResponseDeletedInstance
            )
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(DeleteInstancesResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteInstancesResponseData
        }
    return result


def _unstructure_DeleteInstancesResponseData(obj: DeleteInstancesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [
            _unstructure_DeleteInstancesResponseDeletedInstance(item0) for item0 in v_instances
        ]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteInstancesResponseDeletedInstance = frozenset(
    {
        "status",
        "uuid",
        "name",
        "previous_state",
        "message",
        "error",
    }
)


def _structure_DeleteInstancesResponseDeletedInstance(
    data: Any,
) -> DeleteInstancesResponseDeletedInstance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteInstancesResponseDeletedInstance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_previous_state = data.get("previous_state")
    if type(v_previous_state) is not str:
        if v_previous_state is not None:
            raise DecodeError("a string", v_previous_state, "previous_state")
        if "previous_state" in data:
            empty_on_wire = {**empty_on_wire, "previous_state": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(DeleteInstancesResponseDeletedInstance)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.previous_state = v_previous_state
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 6 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteInstancesResponseDeletedInstance
        }
    return result


def _unstructure_DeleteInstancesResponseDeletedInstance(
    obj: DeleteInstancesResponseDeletedInstance,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_previous_state = obj.previous_state
    if v_previous_state is not None:
        data["previous_state"] = v_previous_state
    elif "previous_state" in empty_on_wire:
        data["previous_state"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeletePolicyRequest = frozenset(
    {
        "name",
    }
)


def _structure_DeletePolicyRequest(data: Any) -> DeletePolicyRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeletePolicyRequest")
    absent = 0
    try:
        v_name = data["name"]
    except KeyError:
        raise missing_field("DeletePolicyRequest", "name") from None
    if type(v_name) is not str:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(DeletePolicyRequest)
    result.name = v_name
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_DeletePolicyRequest
        }
    return result


def _unstructure_DeletePolicyRequest(obj: DeletePolicyRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteServiceGroupsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_DeleteServiceGroupsResponse(data: Any) -> DeleteServiceGroupsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteServiceGroupsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_DeleteServiceGroupsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(DeleteServiceGroupsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteServiceGroupsResponse
        }
    return result


def _unstructure_DeleteServiceGroupsResponse(obj: DeleteServiceGroupsResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_DeleteServiceGroupsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteServiceGroupsResponseData = frozenset(
    {
        "service_groups",
    }
)


def _structure_DeleteServiceGroupsResponseData(data: Any) -> DeleteServiceGroupsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteServiceGroupsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_service_groups = data.get("service_groups")
    if v_service_groups is not None:
        try:
            v_service_groups = structure_list(
                v_service_groups, _structure_DeleteServiceGroupsResponseDeletedServiceGroup
            )
        except DecodeError as error:
            raise error.at("service_groups") from None
        if not v_service_groups:
            empty_on_wire = {**empty_on_wire, "service_groups": False}
    else:
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
        v_service_groups = []
    result = _new_object(DeleteServiceGroupsResponseData)
    result.service_groups = v_service_groups
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteServiceGroupsResponseData
        }
    return result


def _unstructure_DeleteServiceGroupsResponseData(
    obj: DeleteServiceGroupsResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_service_groups = obj.service_groups
    if v_service_groups:
        data["service_groups"] = [
            _unstructure_DeleteServiceGroupsResponseDeletedServiceGroup(item0)
            for item0 in v_service_groups
        ]
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None if empty_on_wire["service_groups"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteServiceGroupsResponseDeletedServiceGroup = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_DeleteServiceGroupsResponseDeletedServiceGroup(
    data: Any,
) -> DeleteServiceGroupsResponseDeletedServiceGroup:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteServiceGroupsResponseDeletedServiceGroup")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(DeleteServiceGroupsResponseDeletedServiceGroup)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteServiceGroupsResponseDeletedServiceGroup
        }
    return result


def _unstructure_DeleteServiceGroupsResponseDeletedServiceGroup(
    obj: DeleteServiceGroupsResponseDeletedServiceGroup,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteVolumesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_DeleteVolumesResponse(data: Any) -> DeleteVolumesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteVolumesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_DeleteVolumesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(DeleteVolumesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_DeleteVolumesResponse
        }
    return result


def _unstructure_DeleteVolumesResponse(obj: DeleteVolumesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_DeleteVolumesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteVolumesResponseData = frozenset(
    {
        "volumes",
    }
)


def _structure_DeleteVolumesResponseData(data: Any) -> DeleteVolumesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteVolumesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_list(v_volumes, _structure_DeleteVolumesResponseDeletedVolume)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    result = _new_object(DeleteVolumesResponseData)
    result.volumes = v_volumes
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_DeleteVolumesResponseData
        }
    return result


def _unstructure_DeleteVolumesResponseData(obj: DeleteVolumesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = [
            _unstructure_DeleteVolumesResponseDeletedVolume(item0) for item0 in v_volumes
        ]
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DeleteVolumesResponseDeletedVolume = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_DeleteVolumesResponseDeletedVolume(data: Any) -> DeleteVolumesResponseDeletedVolume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DeleteVolumesResponseDeletedVolume")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(DeleteVolumesResponseDeletedVolume)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DeleteVolumesResponseDeletedVolume
        }
    return result


def _unstructure_DeleteVolumesResponseDeletedVolume(
    obj: DeleteVolumesResponseDeletedVolume,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DetachVolumeByUUIDRequestBody = frozenset(
    {
        "from",
    }
)


def _structure_DetachVolumeByUUIDRequestBody(data: Any) -> DetachVolumeByUUIDRequestBody:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DetachVolumeByUUIDRequestBody")
    v_from_ = data.get("from", UNSET)
    if v_from_ is not UNSET:
        try:
            v_from_ = _structure_BodyInstanceID(v_from_)
        except DecodeError as error:
            raise error.at("from") from None
    result = _new_object(DetachVolumeByUUIDRequestBody)
    result.from_ = v_from_
    if _KNOWN_DetachVolumeByUUIDRequestBody.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DetachVolumeByUUIDRequestBody
        }
    return result


def _unstructure_DetachVolumeByUUIDRequestBody(
    obj: DetachVolumeByUUIDRequestBody,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_from_ = obj.from_
    if v_from_ is not UNSET:
        data["from"] = _unstructure_BodyInstanceID(v_from_)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DetachVolumesRequest = frozenset(
    {
        "uuid",
        "name",
        "from",
    }
)


def _structure_DetachVolumesRequest(data: Any) -> DetachVolumesRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DetachVolumesRequest")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_from_ = data.get("from", UNSET)
    if v_from_ is not UNSET:
        try:
            v_from_ = _structure_DetachVolumesRequestInstanceID(v_from_)
        except DecodeError as error:
            raise error.at("from") from None
    groups = (
        (v_uuid,),
        (v_name,),
    )
    if len(count_present(groups)) != 1:
        raise DecodeError(
            exactly_one_of_message("DetachVolumesRequest", (("uuid",), ("name",))), data
        )
    result = _new_object(DetachVolumesRequest)
    result.uuid = v_uuid
    result.name = v_name
    result.from_ = v_from_
    if _KNOWN_DetachVolumesRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_DetachVolumesRequest
        }
    return result


def _unstructure_DetachVolumesRequest(obj: DetachVolumesRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_from_ = obj.from_
    if v_from_ is not UNSET:
        data["from"] = _unstructure_DetachVolumesRequestInstanceID(v_from_)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DetachVolumesRequestInstanceID = frozenset(
    {
        "uuid",
        "name",
    }
)


def _structure_DetachVolumesRequestInstanceID(data: Any) -> DetachVolumesRequestInstanceID:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DetachVolumesRequestInstanceID")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(DetachVolumesRequestInstanceID)
    result.uuid = v_uuid
    result.name = v_name
    if _KNOWN_DetachVolumesRequestInstanceID.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DetachVolumesRequestInstanceID
        }
    return result


def _unstructure_DetachVolumesRequestInstanceID(
    obj: DetachVolumesRequestInstanceID,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DetachVolumesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_DetachVolumesResponse(data: Any) -> DetachVolumesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DetachVolumesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_DetachVolumesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(DetachVolumesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_DetachVolumesResponse
        }
    return result


def _unstructure_DetachVolumesResponse(obj: DetachVolumesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_DetachVolumesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DetachVolumesResponseData = frozenset(
    {
        "volumes",
    }
)


def _structure_DetachVolumesResponseData(data: Any) -> DetachVolumesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DetachVolumesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_list(v_volumes, _structure_DetachVolumesResponseDetachedVolume)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    result = _new_object(DetachVolumesResponseData)
    result.volumes = v_volumes
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_DetachVolumesResponseData
        }
    return result


def _unstructure_DetachVolumesResponseData(obj: DetachVolumesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = [
            _unstructure_DetachVolumesResponseDetachedVolume(item0) for item0 in v_volumes
        ]
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_DetachVolumesResponseDetachedVolume = frozenset(
    {
        "status",
        "uuid",
        "name",
        "message",
        "error",
    }
)


def _structure_DetachVolumesResponseDetachedVolume(
    data: Any,
) -> DetachVolumesResponseDetachedVolume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "DetachVolumesResponseDetachedVolume")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(DetachVolumesResponseDetachedVolume)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_DetachVolumesResponseDetachedVolume
        }
    return result


def _unstructure_DetachVolumesResponseDetachedVolume(
    obj: DetachVolumesResponseDetachedVolume,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Domain = frozenset(
    {
        "certificate",
        "fqdn",
    }
)


def _structure_Domain(data: Any) -> Domain:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Domain")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_certificate = data.get("certificate")
    if v_certificate is not None:
        try:
            v_certificate = _structure_Certificate(v_certificate)
        except DecodeError as error:
            raise error.at("certificate") from None
    else:
        if "certificate" in data:
            empty_on_wire = {**empty_on_wire, "certificate": True}
        else:
            absent += 1
    v_fqdn = data.get("fqdn")
    if type(v_fqdn) is not str:
        if v_fqdn is not None:
            raise DecodeError("a string", v_fqdn, "fqdn")
        if "fqdn" in data:
            empty_on_wire = {**empty_on_wire, "fqdn": True}
        else:
            absent += 1
    result = _new_object(Domain)
    result.certificate = v_certificate
    result.fqdn = v_fqdn
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 2 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Domain
        }
    return result


def _unstructure_Domain(obj: Domain) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_certificate = obj.certificate
    if v_certificate is not None:
        data["certificate"] = _unstructure_Certificate(v_certificate)
    elif "certificate" in empty_on_wire:
        data["certificate"] = None
    v_fqdn = obj.fqdn
    if v_fqdn is not None:
        data["fqdn"] = v_fqdn
    elif "fqdn" in empty_on_wire:
        data["fqdn"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetAutoscaleConfigurationPolicyRequest = frozenset(
    {
        "name",
    }
)


def _structure_GetAutoscaleConfigurationPolicyRequest(
    data: Any,
) -> GetAutoscaleConfigurationPolicyRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetAutoscaleConfigurationPolicyRequest")
    absent = 0
    try:
        v_name = data["name"]
    except KeyError:
        raise missing_field("GetAutoscaleConfigurationPolicyRequest", "name") from None
    if type(v_name) is not str:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(GetAutoscaleConfigurationPolicyRequest)
    result.name = v_name
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetAutoscaleConfigurationPolicyRequest
        }
    return result


def _unstructure_GetAutoscaleConfigurationPolicyRequest(
    obj: GetAutoscaleConfigurationPolicyRequest,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetAutoscaleConfigurationPolicyResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetAutoscaleConfigurationPolicyResponse(
    data: Any,
) -> GetAutoscaleConfigurationPolicyResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetAutoscaleConfigurationPolicyResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetAutoscaleConfigurationPolicyResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetAutoscaleConfigurationPolicyResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetAutoscaleConfigurationPolicyResponse
        }
    return result


def _unstructure_GetAutoscaleConfigurationPolicyResponse(
    obj: GetAutoscaleConfigurationPolicyResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetAutoscaleConfigurationPolicyResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetAutoscaleConfigurationPolicyResponseData = frozenset(
    {
        "policies",
    }
)


def _structure_GetAutoscaleConfigurationPolicyResponseData(
    data: Any,
) -> GetAutoscaleConfigurationPolicyResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetAutoscaleConfigurationPolicyResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_policies = data.get("policies")
    if v_policies is not None:
        try:
            v_policies = structure_list(
                v_policies, _structure_GetAutoscaleConfigurationPolicyResponsePolicyResponse
            )
        except DecodeError as error:
            raise error.at("policies") from None
        if not v_policies:
            empty_on_wire = {**empty_on_wire, "policies": False}
    else:
        if "policies" in data:
            empty_on_wire = {**empty_on_wire, "policies": True}
        else:
            absent += 1
        v_policies = []
    result = _new_object(GetAutoscaleConfigurationPolicyResponseData)
    result.policies = v_policies
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetAutoscaleConfigurationPolicyResponseData
        }
    return result


def _unstructure_GetAutoscaleConfigurationPolicyResponseData(
    obj: GetAutoscaleConfigurationPolicyResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_policies = obj.policies
    if v_policies:
        data["policies"] = [
            _unstructure_GetAutoscaleConfigurationPolicyResponsePolicyResponse(item0)
            for item0 in v_policies
        ]
    elif "policies" in empty_on_wire:
        data["policies"] = None if empty_on_wire["policies"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetAutoscaleConfigurationPolicyResponsePolicyResponse = frozenset(
    {
        "status",
        "policy",
        "message",
        "error",
    }
)


def _structure_GetAutoscaleConfigurationPolicyResponsePolicyResponse(
    data: Any,
) -> GetAutoscaleConfigurationPolicyResponsePolicyResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetAutoscaleConfigurationPolicyResponsePolicyResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_policy = data.get("policy")
    if v_policy is not None:
        try:
            v_policy = _structure_AutoscalePolicy(v_policy)
        except DecodeError as error:
            raise error.at("policy") from None
    else:
        if "policy" in data:
            empty_on_wire = {**empty_on_wire, "policy": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(GetAutoscaleConfigurationPolicyResponsePolicyResponse)
    result.status = v_status
    result.policy = v_policy
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 4 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetAutoscaleConfigurationPolicyResponsePolicyResponse
        }
    return result


def _unstructure_GetAutoscaleConfigurationPolicyResponsePolicyResponse(
    obj: GetAutoscaleConfigurationPolicyResponsePolicyResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_policy = obj.policy
    if v_policy is not None:
        data["policy"] = _unstructure_AutoscalePolicy(v_policy)
    elif "policy" in empty_on_wire:
        data["policy"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetAutoscaleConfigurationsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetAutoscaleConfigurationsResponse(data: Any) -> GetAutoscaleConfigurationsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetAutoscaleConfigurationsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetAutoscaleConfigurationsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetAutoscaleConfigurationsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetAutoscaleConfigurationsResponse
        }
    return result


def _unstructure_GetAutoscaleConfigurationsResponse(
    obj: GetAutoscaleConfigurationsResponse,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetAutoscaleConfigurationsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetAutoscaleConfigurationsResponseData = frozenset(
    {
        "service_groups",
    }
)


def _structure_GetAutoscaleConfigurationsResponseData(
    data: Any,
) -> GetAutoscaleConfigurationsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetAutoscaleConfigurationsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_service_groups = data.get("service_groups")
    if v_service_groups is not None:
        try:
            v_service_groups = structure_list(
                v_service_groups, _structure_GetAutoscaleConfigurationsResponseServiceGroup
            )
        except DecodeError as error:
            raise error.at("service_groups") from None
        if not v_service_groups:
            empty_on_wire = {**empty_on_wire, "service_groups": False}
    else:
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
        v_service_groups = []
    result = _new_object(GetAutoscaleConfigurationsResponseData)
    result.service_groups = v_service_groups
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetAutoscaleConfigurationsResponseData
        }
    return result


def _unstructure_GetAutoscaleConfigurationsResponseData(
    obj: GetAutoscaleConfigurationsResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_service_groups = obj.service_groups
    if v_service_groups:
        data["service_groups"] = [
            _unstructure_GetAutoscaleConfigurationsResponseServiceGroup(item0)
            for item0 in v_service_groups
        ]
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None if empty_on_wire["service_groups"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetAutoscaleConfigurationsResponseServiceGroup = frozenset(
    {
        "status",
        "uuid",
        "name",
        "enabled",
        "min_size",
        "max_size",
        "warmup_time_ms",
        "cooldown_time_ms",
        "template",
        "policies",
        "message",
        "error",
    }
)


def _structure_GetAutoscaleConfigurationsResponseServiceGroup(
    data: Any,
) -> GetAutoscaleConfigurationsResponseServiceGroup:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetAutoscaleConfigurationsResponseServiceGroup")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_enabled = data.get("enabled")
    if type(v_enabled) is not bool:
        if v_enabled is not None:
            raise DecodeError("a boolean", v_enabled, "enabled")
        if "enabled" in data:
            empty_on_wire = {**empty_on_wire, "enabled": True}
        else:
            absent += 1
    v_min_size = data.get("min_size")
    if type(v_min_size) is not int:
        if v_min_size is not None:
            raise DecodeError("an integer", v_min_size, "min_size")
        if "min_size" in data:
            empty_on_wire = {**empty_on_wire, "min_size": True}
        else:
            absent += 1
    v_max_size = data.get("max_size")
    if type(v_max_size) is not int:
        if v_max_size is not None:
            raise DecodeError("an integer", v_max_size, "max_size")
        if "max_size" in data:
            empty_on_wire = {**empty_on_wire, "max_size": True}
        else:
            absent += 1
    v_warmup_time_ms = data.get("warmup_time_ms")
    if type(v_warmup_time_ms) is not int:
        if v_warmup_time_ms is not None:
            raise DecodeError("an integer", v_warmup_time_ms, "warmup_time_ms")
        if "warmup_time_ms" in data:
            empty_on_wire = {**empty_on_wire, "warmup_time_ms": True}
        else:
            absent += 1
    v_cooldown_time_ms = data.get("cooldown_time_ms")
    if type(v_cooldown_time_ms) is not int:
        if v_cooldown_time_ms is not None:
            raise DecodeError("an integer", v_cooldown_time_ms, "cooldown_time_ms")
        if "cooldown_time_ms" in data:
            empty_on_wire = {**empty_on_wire, "cooldown_time_ms": True}
        else:
            absent += 1
    v_template = data.get("template")
    if v_template is not None:
        try:
            v_template = _structure_ServiceGroupTemplate(v_template)
        except DecodeError as error:
            raise error.at("template") from None
    else:
        if "template" in data:
            empty_on_wire = {**empty_on_wire, "template": True}
        else:
            absent += 1
    v_policies = data.get("policies")
    if v_policies is not None:
        try:
            v_policies = structure_list(v_policies, _structure_AutoscalePolicy)
        except DecodeError as error:
            raise error.at("policies") from None
        if not v_policies:
            empty_on_wire = {**empty_on_wire, "policies": False}
    else:
        if "policies" in data:
            empty_on_wire = {**empty_on_wire, "policies": True}
        else:
            absent += 1
        v_policies = []
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(GetAutoscaleConfigurationsResponseServiceGroup)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.enabled = v_enabled
    result.min_size = v_min_size
    result.max_size = v_max_size
    result.warmup_time_ms = v_warmup_time_ms
    result.cooldown_time_ms = v_cooldown_time_ms
    result.template = v_template
    result.policies = v_policies
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 12 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetAutoscaleConfigurationsResponseServiceGroup
        }
    return result


def _unstructure_GetAutoscaleConfigurationsResponseServiceGroup(
    obj: GetAutoscaleConfigurationsResponseServiceGroup,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_enabled = obj.enabled
    if v_enabled is not None:
        data["enabled"] = v_enabled
    elif "enabled" in empty_on_wire:
        data["enabled"] = None
    v_min_size = obj.min_size
    if v_min_size is not None:
        data["min_size"] = v_min_size
    elif "min_size" in empty_on_wire:
        data["min_size"] = None
    v_max_size = obj.max_size
    if v_max_size is not None:
        data["max_size"] = v_max_size
    elif "max_size" in empty_on_wire:
        data["max_size"] = None
    v_warmup_time_ms = obj.warmup_time_ms
    if v_warmup_time_ms is not None:
        data["warmup_time_ms"] = v_warmup_time_ms
    elif "warmup_time_ms" in empty_on_wire:
        data["warmup_time_ms"] = None
    v_cooldown_time_ms = obj.cooldown_time_ms
    if v_cooldown_time_ms is not None:
        data["cooldown_time_ms"] = v_cooldown_time_ms
    elif "cooldown_time_ms" in empty_on_wire:
        data["cooldown_time_ms"] = None
    v_template = obj.template
    if v_template is not None:
        data["template"] = _unstructure_ServiceGroupTemplate(v_template)
    elif "template" in empty_on_wire:
        data["template"] = None
    v_policies = obj.policies
    if v_policies:
        data["policies"] = [_unstructure_AutoscalePolicy(item0) for item0 in v_policies]
    elif "policies" in empty_on_wire:
        data["policies"] = None if empty_on_wire["policies"] else []
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetCertificatesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetCertificatesResponse(data: Any) -> GetCertificatesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetCertificatesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetCertificatesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetCertificatesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetCertificatesResponse
        }
    return result


def _unstructure_GetCertificatesResponse(obj: GetCertificatesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetCertificatesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetCertificatesResponseData = frozenset(
    {
        "certificates",
    }
)


def _structure_GetCertificatesResponseData(data: Any) -> GetCertificatesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetCertificatesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_certificates = data.get("certificates")
    if v_certificates is not None:
        try:
            v_certificates = structure_list(v_certificates, _structure_Certificate)
        except DecodeError as error:
            raise error.at("certificates") from None
        if not v_certificates:
            empty_on_wire = {**empty_on_wire, "certificates": False}
    else:
        if "certificates" in data:
            empty_on_wire = {**empty_on_wire, "certificates": True}
        else:
            absent += 1
        v_certificates = []
    result = _new_object(GetCertificatesResponseData)
    result.certificates = v_certificates
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetCertificatesResponseData
        }
    return result


def _unstructure_GetCertificatesResponseData(obj: GetCertificatesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_certificates = obj.certificates
    if v_certificates:
        data["certificates"] = [_unstructure_Certificate(item0) for item0 in v_certificates]
    elif "certificates" in empty_on_wire:
        data["certificates"] = None if empty_on_wire["certificates"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetImageResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetImageResponse(data: Any) -> GetImageResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetImageResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetImageResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetImageResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetImageResponse
        }
    return result


def _unstructure_GetImageResponse(obj: GetImageResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetImageResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetImageResponseData = frozenset(
    {
        "image",
    }
)


def _structure_GetImageResponseData(data: Any) -> GetImageResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetImageResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_image = data.get("image")
    if v_image is not None:
        try:
            v_image = _structure_Image(v_image)
        except DecodeError as error:
            raise error.at("image") from None
    else:
        if "image" in data:
            empty_on_wire = {**empty_on_wire, "image": True}
        else:
            absent += 1
    result = _new_object(GetImageResponseData)
    result.image = v_image
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetImageResponseData
        }
    return result


def _unstructure_GetImageResponseData(obj: GetImageResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_image = obj.image
    if v_image is not None:
        data["image"] = _unstructure_Image(v_image)
    elif "image" in empty_on_wire:
        data["image"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceLogsByUUIDRequestBody = frozenset(
    {
        "offset",
        "limit",
    }
)


def _structure_GetInstanceLogsByUUIDRequestBody(data: Any) -> GetInstanceLogsByUUIDRequestBody:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceLogsByUUIDRequestBody")
    v_offset = data.get("offset", UNSET)
    if type(v_offset) is not int and v_offset is not UNSET:
        raise DecodeError("an integer", v_offset, "offset")
    v_limit = data.get("limit", UNSET)
    if type(v_limit) is not int and v_limit is not UNSET:
        raise DecodeError("an integer", v_limit, "limit")
    result = _new_object(GetInstanceLogsByUUIDRequestBody)
    result.offset = v_offset
    result.limit = v_limit
    if _KNOWN_GetInstanceLogsByUUIDRequestBody.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceLogsByUUIDRequestBody
        }
    return result


def _unstructure_GetInstanceLogsByUUIDRequestBody(
    obj: GetInstanceLogsByUUIDRequestBody,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_offset = obj.offset
    if v_offset is not UNSET:
        data["offset"] = v_offset
    v_limit = obj.limit
    if v_limit is not UNSET:
        data["limit"] = v_limit
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceLogsRequest = frozenset(
    {
        "uuid",
        "name",
        "offset",
        "limit",
    }
)


def _structure_GetInstanceLogsRequest(data: Any) -> GetInstanceLogsRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceLogsRequest")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_offset = data.get("offset", UNSET)
    if type(v_offset) is not int and v_offset is not UNSET:
        raise DecodeError("an integer", v_offset, "offset")
    v_limit = data.get("limit", UNSET)
    if type(v_limit) is not int and v_limit is not UNSET:
        raise DecodeError("an integer", v_limit, "limit")
    named = (
        (v_uuid,),
        (v_name,),
    )
    if not count_present(named):
        raise DecodeError(
            at_least_one_of_message("GetInstanceLogsRequest", (("uuid",), ("name",))), data
        )
    result = _new_object(GetInstanceLogsRequest)
    result.uuid = v_uuid
    result.name = v_name
    result.offset = v_offset
    result.limit = v_limit
    if _KNOWN_GetInstanceLogsRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetInstanceLogsRequest
        }
    return result


def _unstructure_GetInstanceLogsRequest(obj: GetInstanceLogsRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_offset = obj.offset
    if v_offset is not UNSET:
        data["offset"] = v_offset
    v_limit = obj.limit
    if v_limit is not UNSET:
        data["limit"] = v_limit
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceLogsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetInstanceLogsResponse(data: Any) -> GetInstanceLogsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceLogsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetInstanceLogsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetInstanceLogsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetInstanceLogsResponse
        }
    return result


def _unstructure_GetInstanceLogsResponse(obj: GetInstanceLogsResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetInstanceLogsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceLogsResponseAvailable = frozenset(
    {
        "start",
        "end",
    }
)


def _structure_GetInstanceLogsResponseAvailable(data: Any) -> GetInstanceLogsResponseAvailable:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceLogsResponseAvailable")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_start = data.get("start")
    if type(v_start) is not int:
        if v_start is not None:
            raise DecodeError("an integer", v_start, "start")
        if "start" in data:
            empty_on_wire = {**empty_on_wire, "start": True}
        else:
            absent += 1
    v_end = data.get("end")
    if type(v_end) is not int:
        if v_end is not None:
            raise DecodeError("an integer", v_end, "end")
        if "end" in data:
            empty_on_wire = {**empty_on_wire, "end": True}
        else:
            absent += 1
    result = _new_object(GetInstanceLogsResponseAvailable)
    result.start = v_start
    result.end = v_end
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 2 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceLogsResponseAvailable
        }
    return result


def _unstructure_GetInstanceLogsResponseAvailable(
    obj: GetInstanceLogsResponseAvailable,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_start = obj.start
    if v_start is not None:
        data["start"] = v_start
    elif "start" in empty_on_wire:
        data["start"] = None
    v_end = obj.end
    if v_end is not None:
        data["end"] = v_end
    elif "end" in empty_on_wire:
        data["end"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceLogsResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_GetInstanceLogsResponseData(data: Any) -> GetInstanceLogsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceLogsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(
                v_instances, _structure_GetInstanceLogsResponseLoggedInstance
            )
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(GetInstanceLogsResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceLogsResponseData
        }
    return result


def _unstructure_GetInstanceLogsResponseData(obj: GetInstanceLogsResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [
            _unstructure_GetInstanceLogsResponseLoggedInstance(item0) for item0 in v_instances
        ]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceLogsResponseLoggedInstance = frozenset(
    {
        "uuid",
        "name",
        "output",
        "available",
        "range",
        "state",
        "message",
        "error",
    }
)


def _structure_GetInstanceLogsResponseLoggedInstance(
    data: Any,
) -> GetInstanceLogsResponseLoggedInstance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceLogsResponseLoggedInstance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_output = data.get("output")
    if type(v_output) is not str:
        if v_output is not None:
            raise DecodeError("a string", v_output, "output")
        if "output" in data:
            empty_on_wire = {**empty_on_wire, "output": True}
        else:
            absent += 1
    v_available = data.get("available")
    if v_available is not None:
        try:
            v_available = _structure_GetInstanceLogsResponseAvailable(v_available)
        except DecodeError as error:
            raise error.at("available") from None
    else:
        if "available" in data:
            empty_on_wire = {**empty_on_wire, "available": True}
        else:
            absent += 1
    v_range = data.get("range")
    if v_range is not None:
        try:
            v_range = _structure_GetInstanceLogsResponseRange(v_range)
        except DecodeError as error:
            raise error.at("range") from None
    else:
        if "range" in data:
            empty_on_wire = {**empty_on_wire, "range": True}
        else:
            absent += 1
    v_state = data.get("state")
    if v_state is not None:
        try:
            v_state = _structure_InstanceState(v_state)
        except DecodeError as error:
            raise error.at("state") from None
    else:
        if "state" in data:
            empty_on_wire = {**empty_on_wire, "state": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(GetInstanceLogsResponseLoggedInstance)
    result.uuid = v_uuid
    result.name = v_name
    result.output = v_output
    result.available = v_available
    result.range = v_range
    result.state = v_state
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 8 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceLogsResponseLoggedInstance
        }
    return result


def _unstructure_GetInstanceLogsResponseLoggedInstance(
    obj: GetInstanceLogsResponseLoggedInstance,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_output = obj.output
    if v_output is not None:
        data["output"] = v_output
    elif "output" in empty_on_wire:
        data["output"] = None
    v_available = obj.available
    if v_available is not None:
        data["available"] = _unstructure_GetInstanceLogsResponseAvailable(v_available)
    elif "available" in empty_on_wire:
        data["available"] = None
    v_range = obj.range
    if v_range is not None:
        data["range"] = _unstructure_GetInstanceLogsResponseRange(v_range)
    elif "range" in empty_on_wire:
        data["range"] = None
    v_state = obj.state
    if v_state is not None:
        data["state"] = v_state._value_
    elif "state" in empty_on_wire:
        data["state"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceLogsResponseRange = frozenset(
    {
        "start",
        "end",
    }
)


def _structure_GetInstanceLogsResponseRange(data: Any) -> GetInstanceLogsResponseRange:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceLogsResponseRange")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_start = data.get("start")
    if type(v_start) is not int:
        if v_start is not None:
            raise DecodeError("an integer", v_start, "start")
        if "start" in data:
            empty_on_wire = {**empty_on_wire, "start": True}
        else:
            absent += 1
    v_end = data.get("end")
    if type(v_end) is not int:
        if v_end is not None:
            raise DecodeError("an integer", v_end, "end")
        if "end" in data:
            empty_on_wire = {**empty_on_wire, "end": True}
        else:
            absent += 1
    result = _new_object(GetInstanceLogsResponseRange)
    result.start = v_start
    result.end = v_end
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 2 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceLogsResponseRange
        }
    return result


def _unstructure_GetInstanceLogsResponseRange(obj: GetInstanceLogsResponseRange) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_start = obj.start
    if v_start is not None:
        data["start"] = v_start
    elif "start" in empty_on_wire:
        data["start"] = None
    v_end = obj.end
    if v_end is not None:
        data["end"] = v_end
    elif "end" in empty_on_wire:
        data["end"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceMetricsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetInstanceMetricsResponse(data: Any) -> GetInstanceMetricsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceMetricsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetInstanceMetricsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetInstanceMetricsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceMetricsResponse
        }
    return result


def _unstructure_GetInstanceMetricsResponse(obj: GetInstanceMetricsResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetInstanceMetricsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceMetricsResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_GetInstanceMetricsResponseData(data: Any) -> GetInstanceMetricsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceMetricsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(
                v_instances, _structure_GetInstanceMetricsResponseInstanceMetrics
            )
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(GetInstanceMetricsResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceMetricsResponseData
        }
    return result


def _unstructure_GetInstanceMetricsResponseData(
    obj: GetInstanceMetricsResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [
            _unstructure_GetInstanceMetricsResponseInstanceMetrics(item0) for item0 in v_instances
        ]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstanceMetricsResponseInstanceMetrics = frozenset(
    {
        "rss_bytes",
        "cpu_time_ms",
        "boot_time_us",
        "net_time_us",
        "rx_bytes",
        "rx_packets",
        "tx_bytes",
        "tx_packets",
        "nconns",
        "nreqs",
        "nqueued",
        "ntotal",
        "message",
        "error",
    }
)


def _structure_GetInstanceMetricsResponseInstanceMetrics(
    data: Any,
) -> GetInstanceMetricsResponseInstanceMetrics:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstanceMetricsResponseInstanceMetrics")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_rss_bytes = data.get("rss_bytes")
    if type(v_rss_bytes) is not int:
        if v_rss_bytes is not None:
            raise DecodeError("an integer", v_rss_bytes, "rss_bytes")
        if "rss_bytes" in data:
            empty_on_wire = {**empty_on_wire, "rss_bytes": True}
        else:
            absent += 1
    v_cpu_time_ms = data.get("cpu_time_ms")
    if type(v_cpu_time_ms) is not int:
        if v_cpu_time_ms is not None:
            raise DecodeError("an integer", v_cpu_time_ms, "cpu_time_ms")
        if "cpu_time_ms" in data:
            empty_on_wire = {**empty_on_wire, "cpu_time_ms": True}
        else:
            absent += 1
    v_boot_time_us = data.get("boot_time_us")
    if type(v_boot_time_us) is not int:
        if v_boot_time_us is not None:
            raise DecodeError("an integer", v_boot_time_us, "boot_time_us")
        if "boot_time_us" in data:
            empty_on_wire = {**empty_on_wire, "boot_time_us": True}
        else:
            absent += 1
    v_net_time_us = data.get("net_time_us")
    if type(v_net_time_us) is not int:
        if v_net_time_us is not None:
            raise DecodeError("an integer", v_net_time_us, "net_time_us")
        if "net_time_us" in data:
            empty_on_wire = {**empty_on_wire, "net_time_us": True}
        else:
            absent += 1
    v_rx_bytes = data.get("rx_bytes")
    if type(v_rx_bytes) is not int:
        if v_rx_bytes is not None:
            raise DecodeError("an integer", v_rx_bytes, "rx_bytes")
        if "rx_bytes" in data:
            empty_on_wire = {**empty_on_wire, "rx_bytes": True}
        else:
            absent += 1
    v_rx_packets = data.get("rx_packets")
    if type(v_rx_packets) is not int:
        if v_rx_packets is not None:
            raise DecodeError("an integer", v_rx_packets, "rx_packets")
        if "rx_packets" in data:
            empty_on_wire = {**empty_on_wire, "rx_packets": True}
        else:
            absent += 1
    v_tx_bytes = data.get("tx_bytes")
    if type(v_tx_bytes) is not int:
        if v_tx_bytes is not None:
            raise DecodeError("an integer", v_tx_bytes, "tx_bytes")
        if "tx_bytes" in data:
            empty_on_wire = {**empty_on_wire, "tx_bytes": True}
        else:
            absent += 1
    v_tx_packets = data.get("tx_packets")
    if type(v_tx_packets) is not int:
        if v_tx_packets is not None:
            raise DecodeError("an integer", v_tx_packets, "tx_packets")
        if "tx_packets" in data:
            empty_on_wire = {**empty_on_wire, "tx_packets": True}
        else:
            absent += 1
    v_nconns = data.get("nconns")
    if type(v_nconns) is not int:
        if v_nconns is not None:
            raise DecodeError("an integer", v_nconns, "nconns")
        if "nconns" in data:
            empty_on_wire = {**empty_on_wire, "nconns": True}
        else:
            absent += 1
    v_nreqs = data.get("nreqs")
    if type(v_nreqs) is not int:
        if v_nreqs is not None:
            raise DecodeError("an integer", v_nreqs, "nreqs")
        if "nreqs" in data:
            empty_on_wire = {**empty_on_wire, "nreqs": True}
        else:
            absent += 1
    v_nqueued = data.get("nqueued")
    if type(v_nqueued) is not int:
        if v_nqueued is not None:
            raise DecodeError("an integer", v_nqueued, "nqueued")
        if "nqueued" in data:
            empty_on_wire = {**empty_on_wire, "nqueued": True}
        else:
            absent += 1
    v_ntotal = data.get("ntotal")
    if type(v_ntotal) is not int:
        if v_ntotal is not None:
            raise DecodeError("an integer", v_ntotal, "ntotal")
        if "ntotal" in data:
            empty_on_wire = {**empty_on_wire, "ntotal": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(GetInstanceMetricsResponseInstanceMetrics)
    result.rss_bytes = v_rss_bytes
    result.cpu_time_ms = v_cpu_time_ms
    result.boot_time_us = v_boot_time_us
    result.net_time_us = v_net_time_us
    result.rx_bytes = v_rx_bytes
    result.rx_packets = v_rx_packets
    result.tx_bytes = v_tx_bytes
    result.tx_packets = v_tx_packets
    result.nconns = v_nconns
    result.nreqs = v_nreqs
    result.nqueued = v_nqueued
    result.ntotal = v_ntotal
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 14 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetInstanceMetricsResponseInstanceMetrics
        }
    return result


def _unstructure_GetInstanceMetricsResponseInstanceMetrics(
    obj: GetInstanceMetricsResponseInstanceMetrics,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_rss_bytes = obj.rss_bytes
    if v_rss_bytes is not None:
        data["rss_bytes"] = v_rss_bytes
    elif "rss_bytes" in empty_on_wire:
        data["rss_bytes"] = None
    v_cpu_time_ms = obj.cpu_time_ms
    if v_cpu_time_ms is not None:
        data["cpu_time_ms"] = v_cpu_time_ms
    elif "cpu_time_ms" in empty_on_wire:
        data["cpu_time_ms"] = None
    v_boot_time_us = obj.boot_time_us
    if v_boot_time_us is not None:
        data["boot_time_us"] = v_boot_time_us
    elif "boot_time_us" in empty_on_wire:
        data["boot_time_us"] = None
    v_net_time_us = obj.net_time_us
    if v_net_time_us is not None:
        data["net_time_us"] = v_net_time_us
    elif "net_time_us" in empty_on_wire:
        data["net_time_us"] = None
    v_rx_bytes = obj.rx_bytes
    if v_rx_bytes is not None:
        data["rx_bytes"] = v_rx_bytes
    elif "rx_bytes" in empty_on_wire:
        data["rx_bytes"] = None
    v_rx_packets = obj.rx_packets
    if v_rx_packets is not None:
        data["rx_packets"] = v_rx_packets
    elif "rx_packets" in empty_on_wire:
        data["rx_packets"] = None
    v_tx_bytes = obj.tx_bytes
    if v_tx_bytes is not None:
        data["tx_bytes"] = v_tx_bytes
    elif "tx_bytes" in empty_on_wire:
        data["tx_bytes"] = None
    v_tx_packets = obj.tx_packets
    if v_tx_packets is not None:
        data["tx_packets"] = v_tx_packets
    elif "tx_packets" in empty_on_wire:
        data["tx_packets"] = None
    v_nconns = obj.nconns
    if v_nconns is not None:
        data["nconns"] = v_nconns
    elif "nconns" in empty_on_wire:
        data["nconns"] = None
    v_nreqs = obj.nreqs
    if v_nreqs is not None:
        data["nreqs"] = v_nreqs
    elif "nreqs" in empty_on_wire:
        data["nreqs"] = None
    v_nqueued = obj.nqueued
    if v_nqueued is not None:
        data["nqueued"] = v_nqueued
    elif "nqueued" in empty_on_wire:
        data["nqueued"] = None
    v_ntotal = obj.ntotal
    if v_ntotal is not None:
        data["ntotal"] = v_ntotal
    elif "ntotal" in empty_on_wire:
        data["ntotal"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstancesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetInstancesResponse(data: Any) -> GetInstancesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstancesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetInstancesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetInstancesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetInstancesResponse
        }
    return result


def _unstructure_GetInstancesResponse(obj: GetInstancesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetInstancesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetInstancesResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_GetInstancesResponseData(data: Any) -> GetInstancesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetInstancesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(v_instances, _structure_Instance)
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(GetInstancesResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetInstancesResponseData
        }
    return result


def _unstructure_GetInstancesResponseData(obj: GetInstancesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [_unstructure_Instance(item0) for item0 in v_instances]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetServiceGroupsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetServiceGroupsResponse(data: Any) -> GetServiceGroupsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetServiceGroupsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetServiceGroupsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetServiceGroupsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetServiceGroupsResponse
        }
    return result


def _unstructure_GetServiceGroupsResponse(obj: GetServiceGroupsResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetServiceGroupsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetServiceGroupsResponseData = frozenset(
    {
        "service_groups",
    }
)


def _structure_GetServiceGroupsResponseData(data: Any) -> GetServiceGroupsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetServiceGroupsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_service_groups = data.get("service_groups")
    if v_service_groups is not None:
        try:
            v_service_groups = structure_list(v_service_groups, _structure_ServiceGroup)
        except DecodeError as error:
            raise error.at("service_groups") from None
        if not v_service_groups:
            empty_on_wire = {**empty_on_wire, "service_groups": False}
    else:
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
        v_service_groups = []
    result = _new_object(GetServiceGroupsResponseData)
    result.service_groups = v_service_groups
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_GetServiceGroupsResponseData
        }
    return result


def _unstructure_GetServiceGroupsResponseData(obj: GetServiceGroupsResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_service_groups = obj.service_groups
    if v_service_groups:
        data["service_groups"] = [_unstructure_ServiceGroup(item0) for item0 in v_service_groups]
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None if empty_on_wire["service_groups"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetVolumesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_GetVolumesResponse(data: Any) -> GetVolumesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetVolumesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_GetVolumesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(GetVolumesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetVolumesResponse
        }
    return result


def _unstructure_GetVolumesResponse(obj: GetVolumesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_GetVolumesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_GetVolumesResponseData = frozenset(
    {
        "volumes",
    }
)


def _structure_GetVolumesResponseData(data: Any) -> GetVolumesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "GetVolumesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_list(v_volumes, _structure_Volume)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    result = _new_object(GetVolumesResponseData)
    result.volumes = v_volumes
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_GetVolumesResponseData
        }
    return result


def _unstructure_GetVolumesResponseData(obj: GetVolumesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = [_unstructure_Volume(item0) for item0 in v_volumes]
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_HealthzResponse = frozenset(
    {
        "status",
        "message",
        "errors",
        "data",
        "op_time_us",
    }
)


def _structure_HealthzResponse(data: Any) -> HealthzResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "HealthzResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_HealthzResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(HealthzResponse)
    result.status = v_status
    result.message = v_message
    result.errors = v_errors
    result.data = v_data
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_HealthzResponse
        }
    return result


def _unstructure_HealthzResponse(obj: HealthzResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_HealthzResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_HealthzResponseData = frozenset(
    {
        "services",
    }
)


def _structure_HealthzResponseData(data: Any) -> HealthzResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "HealthzResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_services = data.get("services")
    if v_services is not None:
        try:
            v_services = structure_json_object(v_services)
        except DecodeError as error:
            raise error.at("services") from None
    else:
        if "services" in data:
            empty_on_wire = {**empty_on_wire, "services": True}
        else:
            absent += 1
    result = _new_object(HealthzResponseData)
    result.services = v_services
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_HealthzResponseData
        }
    return result


def _unstructure_HealthzResponseData(obj: HealthzResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_services = obj.services
    if v_services is not None:
        data["services"] = dict(v_services)
    elif "services" in empty_on_wire:
        data["services"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Image = frozenset(
    {
        "tag",
        "digest",
        "description",
        "created_at",
        "arch",
        "entrypoint",
        "cmd",
        "env",
        "ports",
        "volumes",
        "labels",
        "workdir",
        "kernel",
        "auxiliary_roms",
    }
)


def _structure_Image(data: Any) -> Image:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Image")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_tag = data.get("tag")
    if type(v_tag) is not str:
        if v_tag is not None:
            raise DecodeError("a string", v_tag, "tag")
        if "tag" in data:
            empty_on_wire = {**empty_on_wire, "tag": True}
        else:
            absent += 1
    v_digest = data.get("digest")
    if type(v_digest) is not str:
        if v_digest is not None:
            raise DecodeError("a string", v_digest, "digest")
        if "digest" in data:
            empty_on_wire = {**empty_on_wire, "digest": True}
        else:
            absent += 1
    v_description = data.get("description")
    if type(v_description) is not str:
        if v_description is not None:
            raise DecodeError("a string", v_description, "description")
        if "description" in data:
            empty_on_wire = {**empty_on_wire, "description": True}
        else:
            absent += 1
    v_created_at = data.get("created_at")
    if v_created_at is not None:
        try:
            v_created_at = structure_datetime(v_created_at)
        except DecodeError as error:
            raise error.at("created_at") from None
    else:
        if "created_at" in data:
            empty_on_wire = {**empty_on_wire, "created_at": True}
        else:
            absent += 1
    v_arch = data.get("arch")
    if type(v_arch) is not str:
        if v_arch is not None:
            raise DecodeError("a string", v_arch, "arch")
        if "arch" in data:
            empty_on_wire = {**empty_on_wire, "arch": True}
        else:
            absent += 1
    v_entrypoint = data.get("entrypoint")
    if v_entrypoint is not None:
        try:
            v_entrypoint = structure_str_list(v_entrypoint)
        except DecodeError as error:
            raise error.at("entrypoint") from None
        if not v_entrypoint:
            empty_on_wire = {**empty_on_wire, "entrypoint": False}
    else:
        if "entrypoint" in data:
            empty_on_wire = {**empty_on_wire, "entrypoint": True}
        else:
            absent += 1
        v_entrypoint = []
    v_cmd = data.get("cmd")
    if v_cmd is not None:
        try:
            v_cmd = structure_str_list(v_cmd)
        except DecodeError as error:
            raise error.at("cmd") from None
        if not v_cmd:
            empty_on_wire = {**empty_on_wire, "cmd": False}
    else:
        if "cmd" in data:
            empty_on_wire = {**empty_on_wire, "cmd": True}
        else:
            absent += 1
        v_cmd = []
    v_env = data.get("env")
    if v_env is not None:
        try:
            v_env = structure_str_list(v_env)
        except DecodeError as error:
            raise error.at("env") from None
        if not v_env:
            empty_on_wire = {**empty_on_wire, "env": False}
    else:
        if "env" in data:
            empty_on_wire = {**empty_on_wire, "env": True}
        else:
            absent += 1
        v_env = []
    v_ports = data.get("ports")
    if v_ports is not None:
        try:
            v_ports = structure_str_list(v_ports)
        except DecodeError as error:
            raise error.at("ports") from None
        if not v_ports:
            empty_on_wire = {**empty_on_wire, "ports": False}
    else:
        if "ports" in data:
            empty_on_wire = {**empty_on_wire, "ports": True}
        else:
            absent += 1
        v_ports = []
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_str_list(v_volumes)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    v_labels = data.get("labels")
    if v_labels is not None:
        try:
            v_labels = structure_string_map(v_labels)
        except DecodeError as error:
            raise error.at("labels") from None
    else:
        if "labels" in data:
            empty_on_wire = {**empty_on_wire, "labels": True}
        else:
            absent += 1
    v_workdir = data.get("workdir")
    if type(v_workdir) is not str:
        if v_workdir is not None:
            raise DecodeError("a string", v_workdir, "workdir")
        if "workdir" in data:
            empty_on_wire = {**empty_on_wire, "workdir": True}
        else:
            absent += 1
    v_kernel = data.get("kernel")
    if v_kernel is not None:
        try:
            v_kernel = _structure_Object(v_kernel)
        except DecodeError as error:
            raise error.at("kernel") from None
    else:
        if "kernel" in data:
            empty_on_wire = {**empty_on_wire, "kernel": True}
        else:
            absent += 1
    v_auxiliary_roms = data.get("auxiliary_roms")
    if v_auxiliary_roms is not None:
        try:
            v_auxiliary_roms = structure_list(v_auxiliary_roms, _structure_Object)
        except DecodeError as error:
            raise error.at("auxiliary_roms") from None
        if not v_auxiliary_roms:
            empty_on_wire = {**empty_on_wire, "auxiliary_roms": False}
    else:
        if "auxiliary_roms" in data:
            empty_on_wire = {**empty_on_wire, "auxiliary_roms": True}
        else:
            absent += 1
        v_auxiliary_roms = []
    result = _new_object(Image)
    result.tag = v_tag
    result.digest = v_digest
    result.description = v_description
    result.created_at = v_created_at
    result.arch = v_arch
    result.entrypoint = v_entrypoint
    result.cmd = v_cmd
    result.env = v_env
    result.ports = v_ports
    result.volumes = v_volumes
    result.labels = v_labels
    result.workdir = v_workdir
    result.kernel = v_kernel
    result.auxiliary_roms = v_auxiliary_roms
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 14 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Image
        }
    return result


def _unstructure_Image(obj: Image) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_tag = obj.tag
    if v_tag is not None:
        data["tag"] = v_tag
    elif "tag" in empty_on_wire:
        data["tag"] = None
    v_digest = obj.digest
    if v_digest is not None:
        data["digest"] = v_digest
    elif "digest" in empty_on_wire:
        data["digest"] = None
    v_description = obj.description
    if v_description is not None:
        data["description"] = v_description
    elif "description" in empty_on_wire:
        data["description"] = None
    v_created_at = obj.created_at
    if v_created_at is not None:
        data["created_at"] = unstructure_datetime(v_created_at)
    elif "created_at" in empty_on_wire:
        data["created_at"] = None
    v_arch = obj.arch
    if v_arch is not None:
        data["arch"] = v_arch
    elif "arch" in empty_on_wire:
        data["arch"] = None
    v_entrypoint = obj.entrypoint
    if v_entrypoint:
        data["entrypoint"] = list(v_entrypoint)
    elif "entrypoint" in empty_on_wire:
        data["entrypoint"] = None if empty_on_wire["entrypoint"] else []
    v_cmd = obj.cmd
    if v_cmd:
        data["cmd"] = list(v_cmd)
    elif "cmd" in empty_on_wire:
        data["cmd"] = None if empty_on_wire["cmd"] else []
    v_env = obj.env
    if v_env:
        data["env"] = list(v_env)
    elif "env" in empty_on_wire:
        data["env"] = None if empty_on_wire["env"] else []
    v_ports = obj.ports
    if v_ports:
        data["ports"] = list(v_ports)
    elif "ports" in empty_on_wire:
        data["ports"] = None if empty_on_wire["ports"] else []
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = list(v_volumes)
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    v_labels = obj.labels
    if v_labels is not None:
        data["labels"] = dict(v_labels)
    elif "labels" in empty_on_wire:
        data["labels"] = None
    v_workdir = obj.workdir
    if v_workdir is not None:
        data["workdir"] = v_workdir
    elif "workdir" in empty_on_wire:
        data["workdir"] = None
    v_kernel = obj.kernel
    if v_kernel is not None:
        data["kernel"] = _unstructure_Object(v_kernel)
    elif "kernel" in empty_on_wire:
        data["kernel"] = None
    v_auxiliary_roms = obj.auxiliary_roms
    if v_auxiliary_roms:
        data["auxiliary_roms"] = [_unstructure_Object(item0) for item0 in v_auxiliary_roms]
    elif "auxiliary_roms" in empty_on_wire:
        data["auxiliary_roms"] = None if empty_on_wire["auxiliary_roms"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Instance = frozenset(
    {
        "uuid",
        "name",
        "created_at",
        "state",
        "private_fqdn",
        "image",
        "memory_mb",
        "vcpus",
        "args",
        "env",
        "start_count",
        "restart_count",
        "started_at",
        "stopped_at",
        "uptime_ms",
        "vmm_start_time_us",
        "vmm_load_time_us",
        "vmm_ready_time_us",
        "boot_time_us",
        "net_time_us",
        "stop_reason",
        "exit_code",
        "stop_code",
        "restart_policy",
        "scale_to_zero",
        "volumes",
        "service_group",
        "network_interfaces",
        "tags",
        "status",
        "message",
        "error",
    }
)


def _structure_Instance(data: Any) -> Instance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Instance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_created_at = data.get("created_at")
    if v_created_at is not None:
        try:
            v_created_at = structure_datetime(v_created_at)
        except DecodeError as error:
            raise error.at("created_at") from None
    else:
        if "created_at" in data:
            empty_on_wire = {**empty_on_wire, "created_at": True}
        else:
            absent += 1
    v_state = data.get("state")
    if v_state is not None:
        try:
            v_state = _structure_InstanceState(v_state)
        except DecodeError as error:
            raise error.at("state") from None
    else:
        if "state" in data:
            empty_on_wire = {**empty_on_wire, "state": True}
        else:
            absent += 1
    v_private_fqdn = data.get("private_fqdn")
    if type(v_private_fqdn) is not str:
        if v_private_fqdn is not None:
            raise DecodeError("a string", v_private_fqdn, "private_fqdn")
        if "private_fqdn" in data:
            empty_on_wire = {**empty_on_wire, "private_fqdn": True}
        else:
            absent += 1
    v_image = data.get("image")
    if type(v_image) is not str:
        if v_image is not None:
            raise DecodeError("a string", v_image, "image")
        if "image" in data:
            empty_on_wire = {**empty_on_wire, "image": True}
        else:
            absent += 1
    v_memory_mb = data.get("memory_mb")
    if type(v_memory_mb) is not int:
        if v_memory_mb is not None:
            raise DecodeError("an integer", v_memory_mb, "memory_mb")
        if "memory_mb" in data:
            empty_on_wire = {**empty_on_wire, "memory_mb": True}
        else:
            absent += 1
    v_vcpus = data.get("vcpus")
    if type(v_vcpus) is not int:
        if v_vcpus is not None:
            raise DecodeError("an integer", v_vcpus, "vcpus")
        if "vcpus" in data:
            empty_on_wire = {**empty_on_wire, "vcpus": True}
        else:
            absent += 1
    v_args = data.get("args")
    if v_args is not None:
        try:
            v_args = structure_str_list(v_args)
        except DecodeError as error:
            raise error.at("args") from None
        if not v_args:
            empty_on_wire = {**empty_on_wire, "args": False}
    else:
        if "args" in data:
            empty_on_wire = {**empty_on_wire, "args": True}
        else:
            absent += 1
        v_args = []
    v_env = data.get("env")
    if v_env is not None:
        try:
            v_env = structure_string_map(v_env)
        except DecodeError as error:
            raise error.at("env") from None
    else:
        if "env" in data:
            empty_on_wire = {**empty_on_wire, "env": True}
        else:
            absent += 1
    v_start_count = data.get("start_count")
    if type(v_start_count) is not int:
        if v_start_count is not None:
            raise DecodeError("an integer", v_start_count, "start_count")
        if "start_count" in data:
            empty_on_wire = {**empty_on_wire, "start_count": True}
        else:
            absent += 1
    v_restart_count = data.get("restart_count")
    if type(v_restart_count) is not int:
        if v_restart_count is not None:
            raise DecodeError("an integer", v_restart_count, "restart_count")
        if "restart_count" in data:
            empty_on_wire = {**empty_on_wire, "restart_count": True}
        else:
            absent += 1
    v_started_at = data.get("started_at")
    if v_started_at is not None:
        try:
            v_started_at = structure_datetime(v_started_at)
        except DecodeError as error:
            raise error.at("started_at") from None
    else:
        if "started_at" in data:
            empty_on_wire = {**empty_on_wire, "started_at": True}
        else:
            absent += 1
    v_stopped_at = data.get("stopped_at")
    if v_stopped_at is not None:
        try:
            v_stopped_at = structure_datetime(v_stopped_at)
        except DecodeError as error:
            raise error.at("stopped_at") from None
    else:
        if "stopped_at" in data:
            empty_on_wire = {**empty_on_wire, "stopped_at": True}
        else:
            absent += 1
    v_uptime_ms = data.get("uptime_ms")
    if type(v_uptime_ms) is not int:
        if v_uptime_ms is not None:
            raise DecodeError("an integer", v_uptime_ms, "uptime_ms")
        if "uptime_ms" in data:
            empty_on_wire = {**empty_on_wire, "uptime_ms": True}
        else:
            absent += 1
    v_vmm_start_time_us = data.get("vmm_start_time_us")
    if type(v_vmm_start_time_us) is not int:
        if v_vmm_start_time_us is not None:
            raise DecodeError("an integer", v_vmm_start_time_us, "vmm_start_time_us")
        if "vmm_start_time_us" in data:
            empty_on_wire = {**empty_on_wire, "vmm_start_time_us": True}
        else:
            absent += 1
    v_vmm_load_time_us = data.get("vmm_load_time_us")
    if type(v_vmm_load_time_us) is not int:
        if v_vmm_load_time_us is not None:
            raise DecodeError("an integer", v_vmm_load_time_us, "vmm_load_time_us")
        if "vmm_load_time_us" in data:
            empty_on_wire = {**empty_on_wire, "vmm_load_time_us": True}
        else:
            absent += 1
    v_vmm_ready_time_us = data.get("vmm_ready_time_us")
    if type(v_vmm_ready_time_us) is not int:
        if v_vmm_ready_time_us is not None:
            raise DecodeError("an integer", v_vmm_ready_time_us, "vmm_ready_time_us")
        if "vmm_ready_time_us" in data:
            empty_on_wire = {**empty_on_wire, "vmm_ready_time_us": True}
        else:
            absent += 1
    v_boot_time_us = data.get("boot_time_us")
    if type(v_boot_time_us) is not int:
        if v_boot_time_us is not None:
            raise DecodeError("an integer", v_boot_time_us, "boot_time_us")
        if "boot_time_us" in data:
            empty_on_wire = {**empty_on_wire, "boot_time_us": True}
        else:
            absent += 1
    v_net_time_us = data.get("net_time_us")
    if type(v_net_time_us) is not int:
        if v_net_time_us is not None:
            raise DecodeError("an integer", v_net_time_us, "net_time_us")
        if "net_time_us" in data:
            empty_on_wire = {**empty_on_wire, "net_time_us": True}
        else:
            absent += 1
    v_stop_reason = data.get("stop_reason")
    if type(v_stop_reason) is not int:
        if v_stop_reason is not None:
            raise DecodeError("an integer", v_stop_reason, "stop_reason")
        if "stop_reason" in data:
            empty_on_wire = {**empty_on_wire, "stop_reason": True}
        else:
            absent += 1
    v_exit_code = data.get("exit_code")
    if type(v_exit_code) is not int:
        if v_exit_code is not None:
            raise DecodeError("an integer", v_exit_code, "exit_code")
        if "exit_code" in data:
            empty_on_wire = {**empty_on_wire, "exit_code": True}
        else:
            absent += 1
    v_stop_code = data.get("stop_code")
    if type(v_stop_code) is not int:
        if v_stop_code is not None:
            raise DecodeError("an integer", v_stop_code, "stop_code")
        if "stop_code" in data:
            empty_on_wire = {**empty_on_wire, "stop_code": True}
        else:
            absent += 1
    v_restart_policy = data.get("restart_policy")
    if v_restart_policy is not None:
        try:
            v_restart_policy = _structure_InstanceRestartPolicy(v_restart_policy)
        except DecodeError as error:
            raise error.at("restart_policy") from None
    else:
        if "restart_policy" in data:
            empty_on_wire = {**empty_on_wire, "restart_policy": True}
        else:
            absent += 1
    v_scale_to_zero = data.get("scale_to_zero")
    if v_scale_to_zero is not None:
        try:
            v_scale_to_zero = _structure_InstanceScaleToZero(v_scale_to_zero)
        except DecodeError as error:
            raise error.at("scale_to_zero") from None
    else:
        if "scale_to_zero" in data:
            empty_on_wire = {**empty_on_wire, "scale_to_zero": True}
        else:
            absent += 1
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_list(v_volumes, _structure_InstanceInstanceVolume)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    v_service_group = data.get("service_group")
    if v_service_group is not None:
        try:
            v_service_group = _structure_InstanceInstanceServiceGroup(v_service_group)
        except DecodeError as error:
            raise error.at("service_group") from None
    else:
        if "service_group" in data:
            empty_on_wire = {**empty_on_wire, "service_group": True}
        else:
            absent += 1
    v_network_interfaces = data.get("network_interfaces")
    if v_network_interfaces is not None:
        try:
            v_network_interfaces = structure_list(
                v_network_interfaces, _structure_InstanceNetworkInterface
            )
        except DecodeError as error:
            raise error.at("network_interfaces") from None
        if not v_network_interfaces:
            empty_on_wire = {**empty_on_wire, "network_interfaces": False}
    else:
        if "network_interfaces" in data:
            empty_on_wire = {**empty_on_wire, "network_interfaces": True}
        else:
            absent += 1
        v_network_interfaces = []
    v_tags = data.get("tags")
    if v_tags is not None:
        try:
            v_tags = structure_str_list(v_tags)
        except DecodeError as error:
            raise error.at("tags") from None
        if not v_tags:
            empty_on_wire = {**empty_on_wire, "tags": False}
    else:
        if "tags" in data:
            empty_on_wire = {**empty_on_wire, "tags": True}
        else:
            absent += 1
        v_tags = []
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(Instance)
    result.uuid = v_uuid
    result.name = v_name
    result.created_at = v_created_at
    result.state = v_state
    result.private_fqdn = v_private_fqdn
    result.image = v_image
    result.memory_mb = v_memory_mb
    result.vcpus = v_vcpus
    result.args = v_args
    result.env = v_env
    result.start_count = v_start_count
    result.restart_count = v_restart_count
    result.started_at = v_started_at
    result.stopped_at = v_stopped_at
    result.uptime_ms = v_uptime_ms
    result.vmm_start_time_us = v_vmm_start_time_us
    result.vmm_load_time_us = v_vmm_load_time_us
    result.vmm_ready_time_us = v_vmm_ready_time_us
    result.boot_time_us = v_boot_time_us
    result.net_time_us = v_net_time_us
    result.stop_reason = v_stop_reason
    result.exit_code = v_exit_code
    result.stop_code = v_stop_code
    result.restart_policy = v_restart_policy
    result.scale_to_zero = v_scale_to_zero
    result.volumes = v_volumes
    result.service_group = v_service_group
    result.network_interfaces = v_network_interfaces
    result.tags = v_tags
    result.status = v_status
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 32 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Instance
        }
    return result


def _unstructure_Instance(obj: Instance) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_created_at = obj.created_at
    if v_created_at is not None:
        data["created_at"] = unstructure_datetime(v_created_at)
    elif "created_at" in empty_on_wire:
        data["created_at"] = None
    v_state = obj.state
    if v_state is not None:
        data["state"] = v_state._value_
    elif "state" in empty_on_wire:
        data["state"] = None
    v_private_fqdn = obj.private_fqdn
    if v_private_fqdn is not None:
        data["private_fqdn"] = v_private_fqdn
    elif "private_fqdn" in empty_on_wire:
        data["private_fqdn"] = None
    v_image = obj.image
    if v_image is not None:
        data["image"] = v_image
    elif "image" in empty_on_wire:
        data["image"] = None
    v_memory_mb = obj.memory_mb
    if v_memory_mb is not None:
        data["memory_mb"] = v_memory_mb
    elif "memory_mb" in empty_on_wire:
        data["memory_mb"] = None
    v_vcpus = obj.vcpus
    if v_vcpus is not None:
        data["vcpus"] = v_vcpus
    elif "vcpus" in empty_on_wire:
        data["vcpus"] = None
    v_args = obj.args
    if v_args:
        data["args"] = list(v_args)
    elif "args" in empty_on_wire:
        data["args"] = None if empty_on_wire["args"] else []
    v_env = obj.env
    if v_env is not None:
        data["env"] = dict(v_env)
    elif "env" in empty_on_wire:
        data["env"] = None
    v_start_count = obj.start_count
    if v_start_count is not None:
        data["start_count"] = v_start_count
    elif "start_count" in empty_on_wire:
        data["start_count"] = None
    v_restart_count = obj.restart_count
    if v_restart_count is not None:
        data["restart_count"] = v_restart_count
    elif "restart_count" in empty_on_wire:
        data["restart_count"] = None
    v_started_at = obj.started_at
    if v_started_at is not None:
        data["started_at"] = unstructure_datetime(v_started_at)
    elif "started_at" in empty_on_wire:
        data["started_at"] = None
    v_stopped_at = obj.stopped_at
    if v_stopped_at is not None:
        data["stopped_at"] = unstructure_datetime(v_stopped_at)
    elif "stopped_at" in empty_on_wire:
        data["stopped_at"] = None
    v_uptime_ms = obj.uptime_ms
    if v_uptime_ms is not None:
        data["uptime_ms"] = v_uptime_ms
    elif "uptime_ms" in empty_on_wire:
        data["uptime_ms"] = None
    v_vmm_start_time_us = obj.vmm_start_time_us
    if v_vmm_start_time_us is not None:
        data["vmm_start_time_us"] = v_vmm_start_time_us
    elif "vmm_start_time_us" in empty_on_wire:
        data["vmm_start_time_us"] = None
    v_vmm_load_time_us = obj.vmm_load_time_us
    if v_vmm_load_time_us is not None:
        data["vmm_load_time_us"] = v_vmm_load_time_us
    elif "vmm_load_time_us" in empty_on_wire:
        data["vmm_load_time_us"] = None
    v_vmm_ready_time_us = obj.vmm_ready_time_us
    if v_vmm_ready_time_us is not None:
        data["vmm_ready_time_us"] = v_vmm_ready_time_us
    elif "vmm_ready_time_us" in empty_on_wire:
        data["vmm_ready_time_us"] = None
    v_boot_time_us = obj.boot_time_us
    if v_boot_time_us is not None:
        data["boot_time_us"] = v_boot_time_us
    elif "boot_time_us" in empty_on_wire:
        data["boot_time_us"] = None
    v_net_time_us = obj.net_time_us
    if v_net_time_us is not None:
        data["net_time_us"] = v_net_time_us
    elif "net_time_us" in empty_on_wire:
        data["net_time_us"] = None
    v_stop_reason = obj.stop_reason
    if v_stop_reason is not None:
        data["stop_reason"] = v_stop_reason
    elif "stop_reason" in empty_on_wire:
        data["stop_reason"] = None
    v_exit_code = obj.exit_code
    if v_exit_code is not None:
        data["exit_code"] = v_exit_code
    elif "exit_code" in empty_on_wire:
        data["exit_code"] = None
    v_stop_code = obj.stop_code
    if v_stop_code is not None:
        data["stop_code"] = v_stop_code
    elif "stop_code" in empty_on_wire:
        data["stop_code"] = None
    v_restart_policy = obj.restart_policy
    if v_restart_policy is not None:
        data["restart_policy"] = v_restart_policy._value_
    elif "restart_policy" in empty_on_wire:
        data["restart_policy"] = None
    v_scale_to_zero = obj.scale_to_zero
    if v_scale_to_zero is not None:
        data["scale_to_zero"] = _unstructure_InstanceScaleToZero(v_scale_to_zero)
    elif "scale_to_zero" in empty_on_wire:
        data["scale_to_zero"] = None
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = [_unstructure_InstanceInstanceVolume(item0) for item0 in v_volumes]
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    v_service_group = obj.service_group
    if v_service_group is not None:
        data["service_group"] = _unstructure_InstanceInstanceServiceGroup(v_service_group)
    elif "service_group" in empty_on_wire:
        data["service_group"] = None
    v_network_interfaces = obj.network_interfaces
    if v_network_interfaces:
        data["network_interfaces"] = [
            _unstructure_InstanceNetworkInterface(item0) for item0 in v_network_interfaces
        ]
    elif "network_interfaces" in empty_on_wire:
        data["network_interfaces"] = None if empty_on_wire["network_interfaces"] else []
    v_tags = obj.tags
    if v_tags:
        data["tags"] = list(v_tags)
    elif "tags" in empty_on_wire:
        data["tags"] = None if empty_on_wire["tags"] else []
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_InstanceCreateArgsInstanceCreateRequestRoms = frozenset(
    {
        "image",
        "name",
    }
)


def _structure_InstanceCreateArgsInstanceCreateRequestRoms(
    data: Any,
) -> InstanceCreateArgsInstanceCreateRequestRoms:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "InstanceCreateArgsInstanceCreateRequestRoms")
    try:
        v_image = data["image"]
    except KeyError:
        raise missing_field("InstanceCreateArgsInstanceCreateRequestRoms", "image") from None
    if type(v_image) is not str:
        raise DecodeError("a string", v_image, "image")
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(InstanceCreateArgsInstanceCreateRequestRoms)
    result.image = v_image
    result.name = v_name
    if _KNOWN_InstanceCreateArgsInstanceCreateRequestRoms.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_InstanceCreateArgsInstanceCreateRequestRoms
        }
    return result


def _unstructure_InstanceCreateArgsInstanceCreateRequestRoms(
    obj: InstanceCreateArgsInstanceCreateRequestRoms,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_image = obj.image
    data["image"] = v_image
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_InstanceInstanceServiceGroup = frozenset(
    {
        "uuid",
        "name",
        "domains",
    }
)


def _structure_InstanceInstanceServiceGroup(data: Any) -> InstanceInstanceServiceGroup:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "InstanceInstanceServiceGroup")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_domains = data.get("domains")
    if v_domains is not None:
        try:
            v_domains = structure_list(v_domains, _structure_InstanceServiceGroupInstanceDomain)
        except DecodeError as error:
            raise error.at("domains") from None
        if not v_domains:
            empty_on_wire = {**empty_on_wire, "domains": False}
    else:
        if "domains" in data:
            empty_on_wire = {**empty_on_wire, "domains": True}
        else:
            absent += 1
        v_domains = []
    result = _new_object(InstanceInstanceServiceGroup)
    result.uuid = v_uuid
    result.name = v_name
    result.domains = v_domains
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 3 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_InstanceInstanceServiceGroup
        }
    return result


def _unstructure_InstanceInstanceServiceGroup(obj: InstanceInstanceServiceGroup) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_domains = obj.domains
    if v_domains:
        data["domains"] = [
            _unstructure_InstanceServiceGroupInstanceDomain(item0) for item0 in v_domains
        ]
    elif "domains" in empty_on_wire:
        data["domains"] = None if empty_on_wire["domains"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_InstanceInstanceVolume = frozenset(
    {
        "uuid",
        "name",
        "at",
        "read_only",
    }
)


def _structure_InstanceInstanceVolume(data: Any) -> InstanceInstanceVolume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "InstanceInstanceVolume")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_at = data.get("at")
    if type(v_at) is not str:
        if v_at is not None:
            raise DecodeError("a string", v_at, "at")
        if "at" in data:
            empty_on_wire = {**empty_on_wire, "at": True}
        else:
            absent += 1
    v_read_only = data.get("read_only")
    if type(v_read_only) is not bool:
        if v_read_only is not None:
            raise DecodeError("a boolean", v_read_only, "read_only")
        if "read_only" in data:
            empty_on_wire = {**empty_on_wire, "read_only": True}
        else:
            absent += 1
    result = _new_object(InstanceInstanceVolume)
    result.uuid = v_uuid
    result.name = v_name
    result.at = v_at
    result.read_only = v_read_only
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 4 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_InstanceInstanceVolume
        }
    return result


def _unstructure_InstanceInstanceVolume(obj: InstanceInstanceVolume) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_at = obj.at
    if v_at is not None:
        data["at"] = v_at
    elif "at" in empty_on_wire:
        data["at"] = None
    v_read_only = obj.read_only
    if v_read_only is not None:
        data["read_only"] = v_read_only
    elif "read_only" in empty_on_wire:
        data["read_only"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_InstanceNetworkInterface = frozenset(
    {
        "uuid",
        "private_ip",
        "mac",
        "rx_bytes",
        "rx_packets",
        "tx_bytes",
        "tx_packets",
    }
)


def _structure_InstanceNetworkInterface(data: Any) -> InstanceNetworkInterface:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "InstanceNetworkInterface")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_private_ip = data.get("private_ip")
    if type(v_private_ip) is not str:
        if v_private_ip is not None:
            raise DecodeError("a string", v_private_ip, "private_ip")
        if "private_ip" in data:
            empty_on_wire = {**empty_on_wire, "private_ip": True}
        else:
            absent += 1
    v_mac = data.get("mac")
    if type(v_mac) is not str:
        if v_mac is not None:
            raise DecodeError("a string", v_mac, "mac")
        if "mac" in data:
            empty_on_wire = {**empty_on_wire, "mac": True}
        else:
            absent += 1
    v_rx_bytes = data.get("rx_bytes")
    if type(v_rx_bytes) is not int:
        if v_rx_bytes is not None:
            raise DecodeError("an integer", v_rx_bytes, "rx_bytes")
        if "rx_bytes" in data:
            empty_on_wire = {**empty_on_wire, "rx_bytes": True}
        else:
            absent += 1
    v_rx_packets = data.get("rx_packets")
    if type(v_rx_packets) is not int:
        if v_rx_packets is not None:
            raise DecodeError("an integer", v_rx_packets, "rx_packets")
        if "rx_packets" in data:
            empty_on_wire = {**empty_on_wire, "rx_packets": True}
        else:
            absent += 1
    v_tx_bytes = data.get("tx_bytes")
    if type(v_tx_bytes) is not int:
        if v_tx_bytes is not None:
            raise DecodeError("an integer", v_tx_bytes, "tx_bytes")
        if "tx_bytes" in data:
            empty_on_wire = {**empty_on_wire, "tx_bytes": True}
        else:
            absent += 1
    v_tx_packets = data.get("tx_packets")
    if type(v_tx_packets) is not int:
        if v_tx_packets is not None:
            raise DecodeError("an integer", v_tx_packets, "tx_packets")
        if "tx_packets" in data:
            empty_on_wire = {**empty_on_wire, "tx_packets": True}
        else:
            absent += 1
    result = _new_object(InstanceNetworkInterface)
    result.uuid = v_uuid
    result.private_ip = v_private_ip
    result.mac = v_mac
    result.rx_bytes = v_rx_bytes
    result.rx_packets = v_rx_packets
    result.tx_bytes = v_tx_bytes
    result.tx_packets = v_tx_packets
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 7 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_InstanceNetworkInterface
        }
    return result


def _unstructure_InstanceNetworkInterface(obj: InstanceNetworkInterface) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_private_ip = obj.private_ip
    if v_private_ip is not None:
        data["private_ip"] = v_private_ip
    elif "private_ip" in empty_on_wire:
        data["private_ip"] = None
    v_mac = obj.mac
    if v_mac is not None:
        data["mac"] = v_mac
    elif "mac" in empty_on_wire:
        data["mac"] = None
    v_rx_bytes = obj.rx_bytes
    if v_rx_bytes is not None:
        data["rx_bytes"] = v_rx_bytes
    elif "rx_bytes" in empty_on_wire:
        data["rx_bytes"] = None
    v_rx_packets = obj.rx_packets
    if v_rx_packets is not None:
        data["rx_packets"] = v_rx_packets
    elif "rx_packets" in empty_on_wire:
        data["rx_packets"] = None
    v_tx_bytes = obj.tx_bytes
    if v_tx_bytes is not None:
        data["tx_bytes"] = v_tx_bytes
    elif "tx_bytes" in empty_on_wire:
        data["tx_bytes"] = None
    v_tx_packets = obj.tx_packets
    if v_tx_packets is not None:
        data["tx_packets"] = v_tx_packets
    elif "tx_packets" in empty_on_wire:
        data["tx_packets"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_InstanceScaleToZero = frozenset(
    {
        "enabled",
        "policy",
        "stateful",
        "cooldown_time_ms",
    }
)


def _structure_InstanceScaleToZero(data: Any) -> InstanceScaleToZero:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "InstanceScaleToZero")
    v_enabled = data.get("enabled", UNSET)
    if type(v_enabled) is not bool and v_enabled is not UNSET:
        raise DecodeError("a boolean", v_enabled, "enabled")
    v_policy = data.get("policy", UNSET)
    if v_policy is not UNSET:
        try:
            v_policy = _structure_InstanceScaleToZeroPolicy(v_policy)
        except DecodeError as error:
            raise error.at("policy") from None
    v_stateful = data.get("stateful", UNSET)
    if type(v_stateful) is not bool and v_stateful is not UNSET:
        raise DecodeError("a boolean", v_stateful, "stateful")
    v_cooldown_time_ms = data.get("cooldown_time_ms", UNSET)
    if type(v_cooldown_time_ms) is not int and v_cooldown_time_ms is not UNSET:
        raise DecodeError("an integer", v_cooldown_time_ms, "cooldown_time_ms")
    result = _new_object(InstanceScaleToZero)
    result.enabled = v_enabled
    result.policy = v_policy
    result.stateful = v_stateful
    result.cooldown_time_ms = v_cooldown_time_ms
    if _KNOWN_InstanceScaleToZero.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_InstanceScaleToZero
        }
    return result


def _unstructure_InstanceScaleToZero(obj: InstanceScaleToZero) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_enabled = obj.enabled
    if v_enabled is not UNSET:
        data["enabled"] = v_enabled
    v_policy = obj.policy
    if v_policy is not UNSET:
        data["policy"] = v_policy._value_
    v_stateful = obj.stateful
    if v_stateful is not UNSET:
        data["stateful"] = v_stateful
    v_cooldown_time_ms = obj.cooldown_time_ms
    if v_cooldown_time_ms is not UNSET:
        data["cooldown_time_ms"] = v_cooldown_time_ms
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_InstanceServiceGroupInstanceDomain = frozenset(
    {
        "certificate",
        "fqdn",
    }
)


def _structure_InstanceServiceGroupInstanceDomain(data: Any) -> InstanceServiceGroupInstanceDomain:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "InstanceServiceGroupInstanceDomain")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_certificate = data.get("certificate")
    if v_certificate is not None:
        try:
            v_certificate = _structure_Certificate(v_certificate)
        except DecodeError as error:
            raise error.at("certificate") from None
    else:
        if "certificate" in data:
            empty_on_wire = {**empty_on_wire, "certificate": True}
        else:
            absent += 1
    v_fqdn = data.get("fqdn")
    if type(v_fqdn) is not str:
        if v_fqdn is not None:
            raise DecodeError("a string", v_fqdn, "fqdn")
        if "fqdn" in data:
            empty_on_wire = {**empty_on_wire, "fqdn": True}
        else:
            absent += 1
    result = _new_object(InstanceServiceGroupInstanceDomain)
    result.certificate = v_certificate
    result.fqdn = v_fqdn
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 2 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_InstanceServiceGroupInstanceDomain
        }
    return result


def _unstructure_InstanceServiceGroupInstanceDomain(
    obj: InstanceServiceGroupInstanceDomain,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_certificate = obj.certificate
    if v_certificate is not None:
        data["certificate"] = _unstructure_Certificate(v_certificate)
    elif "certificate" in empty_on_wire:
        data["certificate"] = None
    v_fqdn = obj.fqdn
    if v_fqdn is not None:
        data["fqdn"] = v_fqdn
    elif "fqdn" in empty_on_wire:
        data["fqdn"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_NameOrUUIDByName = frozenset(
    {
        "name",
    }
)


def _structure_NameOrUUIDByName(data: Any) -> NameOrUUIDByName:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "NameOrUUIDByName")
    absent = 0
    try:
        v_name = data["name"]
    except KeyError:
        raise missing_field("NameOrUUIDByName", "name") from None
    if type(v_name) is not str:
        raise DecodeError("a string", v_name, "name")
    result = _new_object(NameOrUUIDByName)
    result.name = v_name
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_NameOrUUIDByName
        }
    return result


def _unstructure_NameOrUUIDByName(obj: NameOrUUIDByName) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    data["name"] = v_name
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_NameOrUUIDByUUID = frozenset(
    {
        "uuid",
    }
)


def _structure_NameOrUUIDByUUID(data: Any) -> NameOrUUIDByUUID:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "NameOrUUIDByUUID")
    absent = 0
    try:
        v_uuid = data["uuid"]
    except KeyError:
        raise missing_field("NameOrUUIDByUUID", "uuid") from None
    try:
        v_uuid = structure_uuid(v_uuid)
    except DecodeError as error:
        raise error.at("uuid") from None
    result = _new_object(NameOrUUIDByUUID)
    result.uuid = v_uuid
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_NameOrUUIDByUUID
        }
    return result


def _unstructure_NameOrUUIDByUUID(obj: NameOrUUIDByUUID) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    data["uuid"] = unstructure_uuid(v_uuid)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Object = frozenset(
    {
        "digest",
        "media_type",
        "size",
    }
)


def _structure_Object(data: Any) -> Object:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Object")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_digest = data.get("digest")
    if type(v_digest) is not str:
        if v_digest is not None:
            raise DecodeError("a string", v_digest, "digest")
        if "digest" in data:
            empty_on_wire = {**empty_on_wire, "digest": True}
        else:
            absent += 1
    v_media_type = data.get("media_type")
    if type(v_media_type) is not str:
        if v_media_type is not None:
            raise DecodeError("a string", v_media_type, "media_type")
        if "media_type" in data:
            empty_on_wire = {**empty_on_wire, "media_type": True}
        else:
            absent += 1
    v_size = data.get("size")
    if type(v_size) is not int:
        if v_size is not None:
            raise DecodeError("an integer", v_size, "size")
        if "size" in data:
            empty_on_wire = {**empty_on_wire, "size": True}
        else:
            absent += 1
    result = _new_object(Object)
    result.digest = v_digest
    result.media_type = v_media_type
    result.size = v_size
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 3 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Object
        }
    return result


def _unstructure_Object(obj: Object) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_digest = obj.digest
    if v_digest is not None:
        data["digest"] = v_digest
    elif "digest" in empty_on_wire:
        data["digest"] = None
    v_media_type = obj.media_type
    if v_media_type is not None:
        data["media_type"] = v_media_type
    elif "media_type" in empty_on_wire:
        data["media_type"] = None
    v_size = obj.size
    if v_size is not None:
        data["size"] = v_size
    elif "size" in empty_on_wire:
        data["size"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Quotas = frozenset(
    {
        "uuid",
        "used",
        "hard",
        "limits",
        "status",
        "message",
        "error",
    }
)


def _structure_Quotas(data: Any) -> Quotas:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Quotas")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_used = data.get("used")
    if v_used is not None:
        try:
            v_used = _structure_QuotasStats(v_used)
        except DecodeError as error:
            raise error.at("used") from None
    else:
        if "used" in data:
            empty_on_wire = {**empty_on_wire, "used": True}
        else:
            absent += 1
    v_hard = data.get("hard")
    if v_hard is not None:
        try:
            v_hard = _structure_QuotasStats(v_hard)
        except DecodeError as error:
            raise error.at("hard") from None
    else:
        if "hard" in data:
            empty_on_wire = {**empty_on_wire, "hard": True}
        else:
            absent += 1
    v_limits = data.get("limits")
    if v_limits is not None:
        try:
            v_limits = _structure_QuotasLimits(v_limits)
        except DecodeError as error:
            raise error.at("limits") from None
    else:
        if "limits" in data:
            empty_on_wire = {**empty_on_wire, "limits": True}
        else:
            absent += 1
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(Quotas)
    result.uuid = v_uuid
    result.used = v_used
    result.hard = v_hard
    result.limits = v_limits
    result.status = v_status
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 7 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Quotas
        }
    return result


def _unstructure_Quotas(obj: Quotas) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_used = obj.used
    if v_used is not None:
        data["used"] = _unstructure_QuotasStats(v_used)
    elif "used" in empty_on_wire:
        data["used"] = None
    v_hard = obj.hard
    if v_hard is not None:
        data["hard"] = _unstructure_QuotasStats(v_hard)
    elif "hard" in empty_on_wire:
        data["hard"] = None
    v_limits = obj.limits
    if v_limits is not None:
        data["limits"] = _unstructure_QuotasLimits(v_limits)
    elif "limits" in empty_on_wire:
        data["limits"] = None
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_QuotasLimits = frozenset(
    {
        "min_memory_mb",
        "max_memory_mb",
        "min_volume_mb",
        "max_volume_mb",
        "min_autoscale_size",
        "max_autoscale_size",
        "min_vcpus",
        "max_vcpus",
    }
)


def _structure_QuotasLimits(data: Any) -> QuotasLimits:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "QuotasLimits")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_min_memory_mb = data.get("min_memory_mb")
    if type(v_min_memory_mb) is not int:
        if v_min_memory_mb is not None:
            raise DecodeError("an integer", v_min_memory_mb, "min_memory_mb")
        if "min_memory_mb" in data:
            empty_on_wire = {**empty_on_wire, "min_memory_mb": True}
        else:
            absent += 1
    v_max_memory_mb = data.get("max_memory_mb")
    if type(v_max_memory_mb) is not int:
        if v_max_memory_mb is not None:
            raise DecodeError("an integer", v_max_memory_mb, "max_memory_mb")
        if "max_memory_mb" in data:
            empty_on_wire = {**empty_on_wire, "max_memory_mb": True}
        else:
            absent += 1
    v_min_volume_mb = data.get("min_volume_mb")
    if type(v_min_volume_mb) is not int:
        if v_min_volume_mb is not None:
            raise DecodeError("an integer", v_min_volume_mb, "min_volume_mb")
        if "min_volume_mb" in data:
            empty_on_wire = {**empty_on_wire, "min_volume_mb": True}
        else:
            absent += 1
    v_max_volume_mb = data.get("max_volume_mb")
    if type(v_max_volume_mb) is not int:
        if v_max_volume_mb is not None:
            raise DecodeError("an integer", v_max_volume_mb, "max_volume_mb")
        if "max_volume_mb" in data:
            empty_on_wire = {**empty_on_wire, "max_volume_mb": True}
        else:
            absent += 1
    v_min_autoscale_size = data.get("min_autoscale_size")
    if type(v_min_autoscale_size) is not int:
        if v_min_autoscale_size is not None:
            raise DecodeError("an integer", v_min_autoscale_size, "min_autoscale_size")
        if "min_autoscale_size" in data:
            empty_on_wire = {**empty_on_wire, "min_autoscale_size": True}
        else:
            absent += 1
    v_max_autoscale_size = data.get("max_autoscale_size")
    if type(v_max_autoscale_size) is not int:
        if v_max_autoscale_size is not None:
            raise DecodeError("an integer", v_max_autoscale_size, "max_autoscale_size")
        if "max_autoscale_size" in data:
            empty_on_wire = {**empty_on_wire, "max_autoscale_size": True}
        else:
            absent += 1
    v_min_vcpus = data.get("min_vcpus")
    if type(v_min_vcpus) is not int:
        if v_min_vcpus is not None:
            raise DecodeError("an integer", v_min_vcpus, "min_vcpus")
        if "min_vcpus" in data:
            empty_on_wire = {**empty_on_wire, "min_vcpus": True}
        else:
            absent += 1
    v_max_vcpus = data.get("max_vcpus")
    if type(v_max_vcpus) is not int:
        if v_max_vcpus is not None:
            raise DecodeError("an integer", v_max_vcpus, "max_vcpus")
        if "max_vcpus" in data:
            empty_on_wire = {**empty_on_wire, "max_vcpus": True}
        else:
            absent += 1
    result = _new_object(QuotasLimits)
    result.min_memory_mb = v_min_memory_mb
    result.max_memory_mb = v_max_memory_mb
    result.min_volume_mb = v_min_volume_mb
    result.max_volume_mb = v_max_volume_mb
    result.min_autoscale_size = v_min_autoscale_size
    result.max_autoscale_size = v_max_autoscale_size
    result.min_vcpus = v_min_vcpus
    result.max_vcpus = v_max_vcpus
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 8 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_QuotasLimits
        }
    return result


def _unstructure_QuotasLimits(obj: QuotasLimits) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_min_memory_mb = obj.min_memory_mb
    if v_min_memory_mb is not None:
        data["min_memory_mb"] = v_min_memory_mb
    elif "min_memory_mb" in empty_on_wire:
        data["min_memory_mb"] = None
    v_max_memory_mb = obj.max_memory_mb
    if v_max_memory_mb is not None:
        data["max_memory_mb"] = v_max_memory_mb
    elif "max_memory_mb" in empty_on_wire:
        data["max_memory_mb"] = None
    v_min_volume_mb = obj.min_volume_mb
    if v_min_volume_mb is not None:
        data["min_volume_mb"] = v_min_volume_mb
    elif "min_volume_mb" in empty_on_wire:
        data["min_volume_mb"] = None
    v_max_volume_mb = obj.max_volume_mb
    if v_max_volume_mb is not None:
        data["max_volume_mb"] = v_max_volume_mb
    elif "max_volume_mb" in empty_on_wire:
        data["max_volume_mb"] = None
    v_min_autoscale_size = obj.min_autoscale_size
    if v_min_autoscale_size is not None:
        data["min_autoscale_size"] = v_min_autoscale_size
    elif "min_autoscale_size" in empty_on_wire:
        data["min_autoscale_size"] = None
    v_max_autoscale_size = obj.max_autoscale_size
    if v_max_autoscale_size is not None:
        data["max_autoscale_size"] = v_max_autoscale_size
    elif "max_autoscale_size" in empty_on_wire:
        data["max_autoscale_size"] = None
    v_min_vcpus = obj.min_vcpus
    if v_min_vcpus is not None:
        data["min_vcpus"] = v_min_vcpus
    elif "min_vcpus" in empty_on_wire:
        data["min_vcpus"] = None
    v_max_vcpus = obj.max_vcpus
    if v_max_vcpus is not None:
        data["max_vcpus"] = v_max_vcpus
    elif "max_vcpus" in empty_on_wire:
        data["max_vcpus"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_QuotasResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_QuotasResponse(data: Any) -> QuotasResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "QuotasResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_QuotasResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(QuotasResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_QuotasResponse
        }
    return result


def _unstructure_QuotasResponse(obj: QuotasResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_QuotasResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_QuotasResponseData = frozenset(
    {
        "quotas",
    }
)


def _structure_QuotasResponseData(data: Any) -> QuotasResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "QuotasResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_quotas = data.get("quotas")
    if v_quotas is not None:
        try:
            v_quotas = structure_list(v_quotas, _structure_Quotas)
        except DecodeError as error:
            raise error.at("quotas") from None
        if not v_quotas:
            empty_on_wire = {**empty_on_wire, "quotas": False}
    else:
        if "quotas" in data:
            empty_on_wire = {**empty_on_wire, "quotas": True}
        else:
            absent += 1
        v_quotas = []
    result = _new_object(QuotasResponseData)
    result.quotas = v_quotas
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_QuotasResponseData
        }
    return result


def _unstructure_QuotasResponseData(obj: QuotasResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_quotas = obj.quotas
    if v_quotas:
        data["quotas"] = [_unstructure_Quotas(item0) for item0 in v_quotas]
    elif "quotas" in empty_on_wire:
        data["quotas"] = None if empty_on_wire["quotas"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_QuotasStats = frozenset(
    {
        "instances",
        "live_instances",
        "live_vcpus",
        "live_memory_mb",
        "service_groups",
        "services",
        "volumes",
        "total_volume_mb",
    }
)


def _structure_QuotasStats(data: Any) -> QuotasStats:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "QuotasStats")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if type(v_instances) is not int:
        if v_instances is not None:
            raise DecodeError("an integer", v_instances, "instances")
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
    v_live_instances = data.get("live_instances")
    if type(v_live_instances) is not int:
        if v_live_instances is not None:
            raise DecodeError("an integer", v_live_instances, "live_instances")
        if "live_instances" in data:
            empty_on_wire = {**empty_on_wire, "live_instances": True}
        else:
            absent += 1
    v_live_vcpus = data.get("live_vcpus")
    if type(v_live_vcpus) is not int:
        if v_live_vcpus is not None:
            raise DecodeError("an integer", v_live_vcpus, "live_vcpus")
        if "live_vcpus" in data:
            empty_on_wire = {**empty_on_wire, "live_vcpus": True}
        else:
            absent += 1
    v_live_memory_mb = data.get("live_memory_mb")
    if type(v_live_memory_mb) is not int:
        if v_live_memory_mb is not None:
            raise DecodeError("an integer", v_live_memory_mb, "live_memory_mb")
        if "live_memory_mb" in data:
            empty_on_wire = {**empty_on_wire, "live_memory_mb": True}
        else:
            absent += 1
    v_service_groups = data.get("service_groups")
    if type(v_service_groups) is not int:
        if v_service_groups is not None:
            raise DecodeError("an integer", v_service_groups, "service_groups")
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
    v_services = data.get("services")
    if type(v_services) is not int:
        if v_services is not None:
            raise DecodeError("an integer", v_services, "services")
        if "services" in data:
            empty_on_wire = {**empty_on_wire, "services": True}
        else:
            absent += 1
    v_volumes = data.get("volumes")
    if type(v_volumes) is not int:
        if v_volumes is not None:
            raise DecodeError("an integer", v_volumes, "volumes")
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
    v_total_volume_mb = data.get("total_volume_mb")
    if type(v_total_volume_mb) is not int:
        if v_total_volume_mb is not None:
            raise DecodeError("an integer", v_total_volume_mb, "total_volume_mb")
        if "total_volume_mb" in data:
            empty_on_wire = {**empty_on_wire, "total_volume_mb": True}
        else:
            absent += 1
    result = _new_object(QuotasStats)
    result.instances = v_instances
    result.live_instances = v_live_instances
    result.live_vcpus = v_live_vcpus
    result.live_memory_mb = v_live_memory_mb
    result.service_groups = v_service_groups
    result.services = v_services
    result.volumes = v_volumes
    result.total_volume_mb = v_total_volume_mb
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 8 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_QuotasStats
        }
    return result


def _unstructure_QuotasStats(obj: QuotasStats) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances is not None:
        data["instances"] = v_instances
    elif "instances" in empty_on_wire:
        data["instances"] = None
    v_live_instances = obj.live_instances
    if v_live_instances is not None:
        data["live_instances"] = v_live_instances
    elif "live_instances" in empty_on_wire:
        data["live_instances"] = None
    v_live_vcpus = obj.live_vcpus
    if v_live_vcpus is not None:
        data["live_vcpus"] = v_live_vcpus
    elif "live_vcpus" in empty_on_wire:
        data["live_vcpus"] = None
    v_live_memory_mb = obj.live_memory_mb
    if v_live_memory_mb is not None:
        data["live_memory_mb"] = v_live_memory_mb
    elif "live_memory_mb" in empty_on_wire:
        data["live_memory_mb"] = None
    v_service_groups = obj.service_groups
    if v_service_groups is not None:
        data["service_groups"] = v_service_groups
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None
    v_services = obj.services
    if v_services is not None:
        data["services"] = v_services
    elif "services" in empty_on_wire:
        data["services"] = None
    v_volumes = obj.volumes
    if v_volumes is not None:
        data["volumes"] = v_volumes
    elif "volumes" in empty_on_wire:
        data["volumes"] = None
    v_total_volume_mb = obj.total_volume_mb
    if v_total_volume_mb is not None:
        data["total_volume_mb"] = v_total_volume_mb
    elif "total_volume_mb" in empty_on_wire:
        data["total_volume_mb"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_ResponseError = frozenset(
    {
        "status",
    }
)


def _structure_ResponseError(data: Any) -> ResponseError:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "ResponseError")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if type(v_status) is not int:
        if v_status is not None:
            raise DecodeError("an integer", v_status, "status")
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    result = _new_object(ResponseError)
    result.status = v_status
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_ResponseError
        }
    return result


def _unstructure_ResponseError(obj: ResponseError) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status
    elif "status" in empty_on_wire:
        data["status"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Service = frozenset(
    {
        "port",
        "destination_port",
        "handlers",
    }
)


def _structure_Service(data: Any) -> Service:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Service")
    try:
        v_port = data["port"]
    except KeyError:
        raise missing_field("Service", "port") from None
    if type(v_port) is not int:
        raise DecodeError("an integer", v_port, "port")
    v_destination_port = data.get("destination_port", UNSET)
    if type(v_destination_port) is not int and v_destination_port is not UNSET:
        raise DecodeError("an integer", v_destination_port, "destination_port")
    v_handlers = data.get("handlers", UNSET)
    if v_handlers is not UNSET:
        try:
            v_handlers = structure_list(v_handlers, _structure_ServiceHandlersItem)
        except DecodeError as error:
            raise error.at("handlers") from None
    result = _new_object(Service)
    result.port = v_port
    result.destination_port = v_destination_port
    result.handlers = v_handlers
    if _KNOWN_Service.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Service
        }
    return result


def _unstructure_Service(obj: Service) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_port = obj.port
    data["port"] = v_port
    v_destination_port = obj.destination_port
    if v_destination_port is not UNSET:
        data["destination_port"] = v_destination_port
    v_handlers = obj.handlers
    if v_handlers is not UNSET:
        data["handlers"] = [item0._value_ for item0 in v_handlers]
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_ServiceGroup = frozenset(
    {
        "uuid",
        "name",
        "created_at",
        "persistent",
        "autoscale",
        "soft_limit",
        "hard_limit",
        "services",
        "domains",
        "instances",
        "status",
        "message",
        "error",
    }
)


def _structure_ServiceGroup(data: Any) -> ServiceGroup:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "ServiceGroup")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_created_at = data.get("created_at")
    if v_created_at is not None:
        try:
            v_created_at = structure_datetime(v_created_at)
        except DecodeError as error:
            raise error.at("created_at") from None
    else:
        if "created_at" in data:
            empty_on_wire = {**empty_on_wire, "created_at": True}
        else:
            absent += 1
    v_persistent = data.get("persistent")
    if type(v_persistent) is not bool:
        if v_persistent is not None:
            raise DecodeError("a boolean", v_persistent, "persistent")
        if "persistent" in data:
            empty_on_wire = {**empty_on_wire, "persistent": True}
        else:
            absent += 1
    v_autoscale = data.get("autoscale")
    if type(v_autoscale) is not bool:
        if v_autoscale is not None:
            raise DecodeError("a boolean", v_autoscale, "autoscale")
        if "autoscale" in data:
            empty_on_wire = {**empty_on_wire, "autoscale": True}
        else:
            absent += 1
    v_soft_limit = data.get("soft_limit")
    if type(v_soft_limit) is not int:
        if v_soft_limit is not None:
            raise DecodeError("an integer", v_soft_limit, "soft_limit")
        if "soft_limit" in data:
            empty_on_wire = {**empty_on_wire, "soft_limit": True}
        else:
            absent += 1
    v_hard_limit = data.get("hard_limit")
    if type(v_hard_limit) is not int:
        if v_hard_limit is not None:
            raise DecodeError("an integer", v_hard_limit, "hard_limit")
        if "hard_limit" in data:
            empty_on_wire = {**empty_on_wire, "hard_limit": True}
        else:
            absent += 1
    v_services = data.get("services")
    if v_services is not None:
        try:
            v_services = structure_list(v_services, _structure_Service)
        except DecodeError as error:
            raise error.at("services") from None
        if not v_services:
            empty_on_wire = {**empty_on_wire, "services": False}
    else:
        if "services" in data:
            empty_on_wire = {**empty_on_wire, "services": True}
        else:
            absent += 1
        v_services = []
    v_domains = data.get("domains")
    if v_domains is not None:
        try:
            v_domains = structure_list(v_domains, _structure_Domain)
        except DecodeError as error:
            raise error.at("domains") from None
        if not v_domains:
            empty_on_wire = {**empty_on_wire, "domains": False}
    else:
        if "domains" in data:
            empty_on_wire = {**empty_on_wire, "domains": True}
        else:
            absent += 1
        v_domains = []
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(v_instances, _structure_ServiceGroupInstance)
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(ServiceGroup)
    result.uuid = v_uuid
    result.name = v_name
    result.created_at = v_created_at
    result.persistent = v_persistent
    result.autoscale = v_autoscale
    result.soft_limit = v_soft_limit
    result.hard_limit = v_hard_limit
    result.services = v_services
    result.domains = v_domains
    result.instances = v_instances
    result.status = v_status
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 13 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_ServiceGroup
        }
    return result


def _unstructure_ServiceGroup(obj: ServiceGroup) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_created_at = obj.created_at
    if v_created_at is not None:
        data["created_at"] = unstructure_datetime(v_created_at)
    elif "created_at" in empty_on_wire:
        data["created_at"] = None
    v_persistent = obj.persistent
    if v_persistent is not None:
        data["persistent"] = v_persistent
    elif "persistent" in empty_on_wire:
        data["persistent"] = None
    v_autoscale = obj.autoscale
    if v_autoscale is not None:
        data["autoscale"] = v_autoscale
    elif "autoscale" in empty_on_wire:
        data["autoscale"] = None
    v_soft_limit = obj.soft_limit
    if v_soft_limit is not None:
        data["soft_limit"] = v_soft_limit
    elif "soft_limit" in empty_on_wire:
        data["soft_limit"] = None
    v_hard_limit = obj.hard_limit
    if v_hard_limit is not None:
        data["hard_limit"] = v_hard_limit
    elif "hard_limit" in empty_on_wire:
        data["hard_limit"] = None
    v_services = obj.services
    if v_services:
        data["services"] = [_unstructure_Service(item0) for item0 in v_services]
    elif "services" in empty_on_wire:
        data["services"] = None if empty_on_wire["services"] else []
    v_domains = obj.domains
    if v_domains:
        data["domains"] = [_unstructure_Domain(item0) for item0 in v_domains]
    elif "domains" in empty_on_wire:
        data["domains"] = None if empty_on_wire["domains"] else []
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [_unstructure_ServiceGroupInstance(item0) for item0 in v_instances]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_ServiceGroupInstance = frozenset(
    {
        "uuid",
        "name",
    }
)


def _structure_ServiceGroupInstance(data: Any) -> ServiceGroupInstance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "ServiceGroupInstance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    result = _new_object(ServiceGroupInstance)
    result.uuid = v_uuid
    result.name = v_name
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 2 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_ServiceGroupInstance
        }
    return result


def _unstructure_ServiceGroupInstance(obj: ServiceGroupInstance) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_ServiceGroupTemplate = frozenset(
    {
        "name",
        "uuid",
    }
)


def _structure_ServiceGroupTemplate(data: Any) -> ServiceGroupTemplate:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "ServiceGroupTemplate")
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    result = _new_object(ServiceGroupTemplate)
    result.name = v_name
    result.uuid = v_uuid
    if _KNOWN_ServiceGroupTemplate.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_ServiceGroupTemplate
        }
    return result


def _unstructure_ServiceGroupTemplate(obj: ServiceGroupTemplate) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_StartInstanceResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_StartInstanceResponse(data: Any) -> StartInstanceResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "StartInstanceResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_StartInstanceResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(StartInstanceResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_StartInstanceResponse
        }
    return result


def _unstructure_StartInstanceResponse(obj: StartInstanceResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_StartInstanceResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_StartInstanceResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_StartInstanceResponseData(data: Any) -> StartInstanceResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "StartInstanceResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(
                v_instances, _structure_StartInstanceResponseStartedInstance
            )
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(StartInstanceResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_StartInstanceResponseData
        }
    return result


def _unstructure_StartInstanceResponseData(obj: StartInstanceResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [
            _unstructure_StartInstanceResponseStartedInstance(item0) for item0 in v_instances
        ]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_StartInstanceResponseStartedInstance = frozenset(
    {
        "status",
        "uuid",
        "name",
        "state",
        "previous_state",
        "message",
        "error",
    }
)


def _structure_StartInstanceResponseStartedInstance(
    data: Any,
) -> StartInstanceResponseStartedInstance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "StartInstanceResponseStartedInstance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_state = data.get("state")
    if type(v_state) is not str:
        if v_state is not None:
            raise DecodeError("a string", v_state, "state")
        if "state" in data:
            empty_on_wire = {**empty_on_wire, "state": True}
        else:
            absent += 1
    v_previous_state = data.get("previous_state")
    if type(v_previous_state) is not str:
        if v_previous_state is not None:
            raise DecodeError("a string", v_previous_state, "previous_state")
        if "previous_state" in data:
            empty_on_wire = {**empty_on_wire, "previous_state": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(StartInstanceResponseStartedInstance)
    result.status = v_status
    result.uuid = v_uuid
    result.name = v_name
    result.state = v_state
    result.previous_state = v_previous_state
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 7 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_StartInstanceResponseStartedInstance
        }
    return result


def _unstructure_StartInstanceResponseStartedInstance(
    obj: StartInstanceResponseStartedInstance,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_state = obj.state
    if v_state is not None:
        data["state"] = v_state
    elif "state" in empty_on_wire:
        data["state"] = None
    v_previous_state = obj.previous_state
    if v_previous_state is not None:
        data["previous_state"] = v_previous_state
    elif "previous_state" in empty_on_wire:
        data["previous_state"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_StopInstanceResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_StopInstanceResponse(data: Any) -> StopInstanceResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "StopInstanceResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_StopInstanceResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(StopInstanceResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_StopInstanceResponse
        }
    return result


def _unstructure_StopInstanceResponse(obj: StopInstanceResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_StopInstanceResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_StopInstanceResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_StopInstanceResponseData(data: Any) -> StopInstanceResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "StopInstanceResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(
                v_instances, _structure_StopInstanceResponseStoppedInstance
            )
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(StopInstanceResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_StopInstanceResponseData
        }
    return result


def _unstructure_StopInstanceResponseData(obj: StopInstanceResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [
            _unstructure_StopInstanceResponseStoppedInstance(item0) for item0 in v_instances
        ]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_StopInstanceResponseStoppedInstance = frozenset(
    {
        "uuid",
        "name",
        "state",
        "previous_state",
        "message",
        "error",
    }
)


def _structure_StopInstanceResponseStoppedInstance(
    data: Any,
) -> StopInstanceResponseStoppedInstance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "StopInstanceResponseStoppedInstance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_state = data.get("state")
    if v_state is not None:
        try:
            v_state = _structure_InstanceState(v_state)
        except DecodeError as error:
            raise error.at("state") from None
    else:
        if "state" in data:
            empty_on_wire = {**empty_on_wire, "state": True}
        else:
            absent += 1
    v_previous_state = data.get("previous_state")
    if v_previous_state is not None:
        try:
            v_previous_state = _structure_InstanceState(v_previous_state)
        except DecodeError as error:
            raise error.at("previous_state") from None
    else:
        if "previous_state" in data:
            empty_on_wire = {**empty_on_wire, "previous_state": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(StopInstanceResponseStoppedInstance)
    result.uuid = v_uuid
    result.name = v_name
    result.state = v_state
    result.previous_state = v_previous_state
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 6 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_StopInstanceResponseStoppedInstance
        }
    return result


def _unstructure_StopInstanceResponseStoppedInstance(
    obj: StopInstanceResponseStoppedInstance,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_state = obj.state
    if v_state is not None:
        data["state"] = v_state._value_
    elif "state" in empty_on_wire:
        data["state"] = None
    v_previous_state = obj.previous_state
    if v_previous_state is not None:
        data["previous_state"] = v_previous_state._value_
    elif "previous_state" in empty_on_wire:
        data["previous_state"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_StopInstancesRequestID = frozenset(
    {
        "uuid",
        "name",
        "force",
        "drain_timeout_ms",
    }
)


def _structure_StopInstancesRequestID(data: Any) -> StopInstancesRequestID:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "StopInstancesRequestID")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_force = data.get("force", UNSET)
    if type(v_force) is not bool and v_force is not UNSET:
        raise DecodeError("a boolean", v_force, "force")
    v_drain_timeout_ms = data.get("drain_timeout_ms", UNSET)
    if type(v_drain_timeout_ms) is not int and v_drain_timeout_ms is not UNSET:
        raise DecodeError("an integer", v_drain_timeout_ms, "drain_timeout_ms")
    named = (
        (v_uuid,),
        (v_name,),
    )
    if not count_present(named):
        raise DecodeError(
            at_least_one_of_message("StopInstancesRequestID", (("uuid",), ("name",))), data
        )
    result = _new_object(StopInstancesRequestID)
    result.uuid = v_uuid
    result.name = v_name
    result.force = v_force
    result.drain_timeout_ms = v_drain_timeout_ms
    if _KNOWN_StopInstancesRequestID.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_StopInstancesRequestID
        }
    return result


def _unstructure_StopInstancesRequestID(obj: StopInstancesRequestID) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_force = obj.force
    if v_force is not UNSET:
        data["force"] = v_force
    v_drain_timeout_ms = obj.drain_timeout_ms
    if v_drain_timeout_ms is not UNSET:
        data["drain_timeout_ms"] = v_drain_timeout_ms
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateInstanceByUUIDRequestBody = frozenset(
    {
        "prop",
        "op",
        "id",
        "value",
    }
)


def _structure_UpdateInstanceByUUIDRequestBody(data: Any) -> UpdateInstanceByUUIDRequestBody:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateInstanceByUUIDRequestBody")
    try:
        v_prop = data["prop"]
    except KeyError:
        raise missing_field("UpdateInstanceByUUIDRequestBody", "prop") from None
    try:
        v_prop = _structure_UpdateInstanceProperty(v_prop)
    except DecodeError as error:
        raise error.at("prop") from None
    try:
        v_op = data["op"]
    except KeyError:
        raise missing_field("UpdateInstanceByUUIDRequestBody", "op") from None
    try:
        v_op = _structure_UpdateOperation(v_op)
    except DecodeError as error:
        raise error.at("op") from None
    v_id = data.get("id", UNSET)
    if type(v_id) is not str and v_id is not UNSET:
        raise DecodeError("a string", v_id, "id")
    v_value = data.get("value", UNSET)
    if v_value is not UNSET:
        try:
            v_value = structure_any(v_value)
        except DecodeError as error:
            raise error.at("value") from None
    result = _new_object(UpdateInstanceByUUIDRequestBody)
    result.prop = v_prop
    result.op = v_op
    result.id = v_id
    result.value = v_value
    if _KNOWN_UpdateInstanceByUUIDRequestBody.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateInstanceByUUIDRequestBody
        }
    return result


def _unstructure_UpdateInstanceByUUIDRequestBody(
    obj: UpdateInstanceByUUIDRequestBody,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_prop = obj.prop
    data["prop"] = v_prop._value_
    v_op = obj.op
    data["op"] = v_op._value_
    v_id = obj.id
    if v_id is not UNSET:
        data["id"] = v_id
    v_value = obj.value
    if v_value is not UNSET:
        data["value"] = v_value
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateInstancesRequest = frozenset(
    {
        "prop",
        "op",
        "id",
        "uuid",
        "name",
        "value",
    }
)


def _structure_UpdateInstancesRequest(data: Any) -> UpdateInstancesRequest:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateInstancesRequest")
    try:
        v_prop = data["prop"]
    except KeyError:
        raise missing_field("UpdateInstancesRequest", "prop") from None
    try:
        v_prop = _structure_UpdateInstanceProperty(v_prop)
    except DecodeError as error:
        raise error.at("prop") from None
    try:
        v_op = data["op"]
    except KeyError:
        raise missing_field("UpdateInstancesRequest", "op") from None
    try:
        v_op = _structure_UpdateOperation(v_op)
    except DecodeError as error:
        raise error.at("op") from None
    v_id = data.get("id", UNSET)
    if type(v_id) is not str and v_id is not UNSET:
        raise DecodeError("a string", v_id, "id")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_value = data.get("value", UNSET)
    if v_value is not UNSET:
        try:
            v_value = structure_any(v_value)
        except DecodeError as error:
            raise error.at("value") from None
    groups = (
        (v_uuid,),
        (v_name,),
    )
    if len(count_present(groups)) != 1:
        raise DecodeError(
            exactly_one_of_message("UpdateInstancesRequest", (("uuid",), ("name",))), data
        )
    result = _new_object(UpdateInstancesRequest)
    result.prop = v_prop
    result.op = v_op
    result.id = v_id
    result.uuid = v_uuid
    result.name = v_name
    result.value = v_value
    if _KNOWN_UpdateInstancesRequest.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_UpdateInstancesRequest
        }
    return result


def _unstructure_UpdateInstancesRequest(obj: UpdateInstancesRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_prop = obj.prop
    data["prop"] = v_prop._value_
    v_op = obj.op
    data["op"] = v_op._value_
    v_id = obj.id
    if v_id is not UNSET:
        data["id"] = v_id
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_value = obj.value
    if v_value is not UNSET:
        data["value"] = v_value
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateInstancesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_UpdateInstancesResponse(data: Any) -> UpdateInstancesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateInstancesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_UpdateInstancesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(UpdateInstancesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_UpdateInstancesResponse
        }
    return result


def _unstructure_UpdateInstancesResponse(obj: UpdateInstancesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_UpdateInstancesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateInstancesResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_UpdateInstancesResponseData(data: Any) -> UpdateInstancesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateInstancesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(
                v_instances, _structure_UpdateInstancesResponseUpdatedInstance
            )
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(UpdateInstancesResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateInstancesResponseData
        }
    return result


def _unstructure_UpdateInstancesResponseData(obj: UpdateInstancesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [
            _unstructure_UpdateInstancesResponseUpdatedInstance(item0) for item0 in v_instances
        ]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateInstancesResponseUpdatedInstance = frozenset(
    {
        "uuid",
        "name",
        "status",
        "id",
        "message",
        "error",
    }
)


def _structure_UpdateInstancesResponseUpdatedInstance(
    data: Any,
) -> UpdateInstancesResponseUpdatedInstance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateInstancesResponseUpdatedInstance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_status = data.get("status")
    if type(v_status) is not str:
        if v_status is not None:
            raise DecodeError("a string", v_status, "status")
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_id = data.get("id")
    if type(v_id) is not str:
        if v_id is not None:
            raise DecodeError("a string", v_id, "id")
        if "id" in data:
            empty_on_wire = {**empty_on_wire, "id": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(UpdateInstancesResponseUpdatedInstance)
    result.uuid = v_uuid
    result.name = v_name
    result.status = v_status
    result.id = v_id
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 6 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateInstancesResponseUpdatedInstance
        }
    return result


def _unstructure_UpdateInstancesResponseUpdatedInstance(
    obj: UpdateInstancesResponseUpdatedInstance,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status
    elif "status" in empty_on_wire:
        data["status"] = None
    v_id = obj.id
    if v_id is not None:
        data["id"] = v_id
    elif "id" in empty_on_wire:
        data["id"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateServiceGroupByUUIDRequestBody = frozenset(
    {
        "prop",
        "op",
        "id",
        "value",
    }
)


def _structure_UpdateServiceGroupByUUIDRequestBody(
    data: Any,
) -> UpdateServiceGroupByUUIDRequestBody:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateServiceGroupByUUIDRequestBody")
    try:
        v_prop = data["prop"]
    except KeyError:
        raise missing_field("UpdateServiceGroupByUUIDRequestBody", "prop") from None
    try:
        v_prop = _structure_UpdateServiceGroupProperty(v_prop)
    except DecodeError as error:
        raise error.at("prop") from None
    try:
        v_op = data["op"]
    except KeyError:
        raise missing_field("UpdateServiceGroupByUUIDRequestBody", "op") from None
    try:
        v_op = _structure_UpdateOperation(v_op)
    except DecodeError as error:
        raise error.at("op") from None
    v_id = data.get("id", UNSET)
    if type(v_id) is not str and v_id is not UNSET:
        raise DecodeError("a string", v_id, "id")
    v_value = data.get("value", UNSET)
    if v_value is not UNSET:
        try:
            v_value = structure_any(v_value)
        except DecodeError as error:
            raise error.at("value") from None
    result = _new_object(UpdateServiceGroupByUUIDRequestBody)
    result.prop = v_prop
    result.op = v_op
    result.id = v_id
    result.value = v_value
    if _KNOWN_UpdateServiceGroupByUUIDRequestBody.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateServiceGroupByUUIDRequestBody
        }
    return result


def _unstructure_UpdateServiceGroupByUUIDRequestBody(
    obj: UpdateServiceGroupByUUIDRequestBody,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_prop = obj.prop
    data["prop"] = v_prop._value_
    v_op = obj.op
    data["op"] = v_op._value_
    v_id = obj.id
    if v_id is not UNSET:
        data["id"] = v_id
    v_value = obj.value
    if v_value is not UNSET:
        data["value"] = v_value
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateServiceGroupsRequestItem = frozenset(
    {
        "prop",
        "op",
        "id",
        "uuid",
        "name",
        "value",
    }
)


def _structure_UpdateServiceGroupsRequestItem(data: Any) -> UpdateServiceGroupsRequestItem:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateServiceGroupsRequestItem")
    try:
        v_prop = data["prop"]
    except KeyError:
        raise missing_field("UpdateServiceGroupsRequestItem", "prop") from None
    try:
        v_prop = _structure_UpdateServiceGroupProperty(v_prop)
    except DecodeError as error:
        raise error.at("prop") from None
    try:
        v_op = data["op"]
    except KeyError:
        raise missing_field("UpdateServiceGroupsRequestItem", "op") from None
    try:
        v_op = _structure_UpdateOperation(v_op)
    except DecodeError as error:
        raise error.at("op") from None
    v_id = data.get("id", UNSET)
    if type(v_id) is not str and v_id is not UNSET:
        raise DecodeError("a string", v_id, "id")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_value = data.get("value", UNSET)
    if v_value is not UNSET:
        try:
            v_value = structure_any(v_value)
        except DecodeError as error:
            raise error.at("value") from None
    groups = (
        (v_uuid,),
        (v_name,),
    )
    if len(count_present(groups)) != 1:
        raise DecodeError(
            exactly_one_of_message("UpdateServiceGroupsRequestItem", (("uuid",), ("name",))), data
        )
    result = _new_object(UpdateServiceGroupsRequestItem)
    result.prop = v_prop
    result.op = v_op
    result.id = v_id
    result.uuid = v_uuid
    result.name = v_name
    result.value = v_value
    if _KNOWN_UpdateServiceGroupsRequestItem.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateServiceGroupsRequestItem
        }
    return result


def _unstructure_UpdateServiceGroupsRequestItem(
    obj: UpdateServiceGroupsRequestItem,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_prop = obj.prop
    data["prop"] = v_prop._value_
    v_op = obj.op
    data["op"] = v_op._value_
    v_id = obj.id
    if v_id is not UNSET:
        data["id"] = v_id
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_value = obj.value
    if v_value is not UNSET:
        data["value"] = v_value
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateServiceGroupsResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_UpdateServiceGroupsResponse(data: Any) -> UpdateServiceGroupsResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateServiceGroupsResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_UpdateServiceGroupsResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(UpdateServiceGroupsResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateServiceGroupsResponse
        }
    return result


def _unstructure_UpdateServiceGroupsResponse(obj: UpdateServiceGroupsResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_UpdateServiceGroupsResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateServiceGroupsResponseData = frozenset(
    {
        "service_groups",
    }
)


def _structure_UpdateServiceGroupsResponseData(data: Any) -> UpdateServiceGroupsResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateServiceGroupsResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_service_groups = data.get("service_groups")
    if v_service_groups is not None:
        try:
            v_service_groups = structure_list(
                v_service_groups, _structure_UpdateServiceGroupsResponseUpdatedServiceGroup
            )
        except DecodeError as error:
            raise error.at("service_groups") from None
        if not v_service_groups:
            empty_on_wire = {**empty_on_wire, "service_groups": False}
    else:
        if "service_groups" in data:
            empty_on_wire = {**empty_on_wire, "service_groups": True}
        else:
            absent += 1
        v_service_groups = []
    result = _new_object(UpdateServiceGroupsResponseData)
    result.service_groups = v_service_groups
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateServiceGroupsResponseData
        }
    return result


def _unstructure_UpdateServiceGroupsResponseData(
    obj: UpdateServiceGroupsResponseData,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_service_groups = obj.service_groups
    if v_service_groups:
        data["service_groups"] = [
            _unstructure_UpdateServiceGroupsResponseUpdatedServiceGroup(item0)
            for item0 in v_service_groups
        ]
    elif "service_groups" in empty_on_wire:
        data["service_groups"] = None if empty_on_wire["service_groups"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateServiceGroupsResponseUpdatedServiceGroup = frozenset(
    {
        "uuid",
        "name",
        "status",
        "id",
        "message",
        "error",
    }
)


def _structure_UpdateServiceGroupsResponseUpdatedServiceGroup(
    data: Any,
) -> UpdateServiceGroupsResponseUpdatedServiceGroup:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateServiceGroupsResponseUpdatedServiceGroup")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_status = data.get("status")
    if type(v_status) is not str:
        if v_status is not None:
            raise DecodeError("a string", v_status, "status")
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_id = data.get("id")
    if type(v_id) is not str:
        if v_id is not None:
            raise DecodeError("a string", v_id, "id")
        if "id" in data:
            empty_on_wire = {**empty_on_wire, "id": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(UpdateServiceGroupsResponseUpdatedServiceGroup)
    result.uuid = v_uuid
    result.name = v_name
    result.status = v_status
    result.id = v_id
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 6 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateServiceGroupsResponseUpdatedServiceGroup
        }
    return result


def _unstructure_UpdateServiceGroupsResponseUpdatedServiceGroup(
    obj: UpdateServiceGroupsResponseUpdatedServiceGroup,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status
    elif "status" in empty_on_wire:
        data["status"] = None
    v_id = obj.id
    if v_id is not None:
        data["id"] = v_id
    elif "id" in empty_on_wire:
        data["id"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateVolumeByUUIDRequestBody = frozenset(
    {
        "prop",
        "op",
        "id",
        "value",
    }
)


def _structure_UpdateVolumeByUUIDRequestBody(data: Any) -> UpdateVolumeByUUIDRequestBody:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateVolumeByUUIDRequestBody")
    try:
        v_prop = data["prop"]
    except KeyError:
        raise missing_field("UpdateVolumeByUUIDRequestBody", "prop") from None
    try:
        v_prop = _structure_UpdateVolumeProperty(v_prop)
    except DecodeError as error:
        raise error.at("prop") from None
    try:
        v_op = data["op"]
    except KeyError:
        raise missing_field("UpdateVolumeByUUIDRequestBody", "op") from None
    try:
        v_op = _structure_UpdateOperation(v_op)
    except DecodeError as error:
        raise error.at("op") from None
    v_id = data.get("id", UNSET)
    if type(v_id) is not str and v_id is not UNSET:
        raise DecodeError("a string", v_id, "id")
    v_value = data.get("value", UNSET)
    if v_value is not UNSET:
        try:
            v_value = structure_any(v_value)
        except DecodeError as error:
            raise error.at("value") from None
    result = _new_object(UpdateVolumeByUUIDRequestBody)
    result.prop = v_prop
    result.op = v_op
    result.id = v_id
    result.value = v_value
    if _KNOWN_UpdateVolumeByUUIDRequestBody.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateVolumeByUUIDRequestBody
        }
    return result


def _unstructure_UpdateVolumeByUUIDRequestBody(
    obj: UpdateVolumeByUUIDRequestBody,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_prop = obj.prop
    data["prop"] = v_prop._value_
    v_op = obj.op
    data["op"] = v_op._value_
    v_id = obj.id
    if v_id is not UNSET:
        data["id"] = v_id
    v_value = obj.value
    if v_value is not UNSET:
        data["value"] = v_value
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateVolumesRequestItem = frozenset(
    {
        "prop",
        "op",
        "id",
        "uuid",
        "name",
        "value",
    }
)


def _structure_UpdateVolumesRequestItem(data: Any) -> UpdateVolumesRequestItem:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateVolumesRequestItem")
    try:
        v_prop = data["prop"]
    except KeyError:
        raise missing_field("UpdateVolumesRequestItem", "prop") from None
    try:
        v_prop = _structure_UpdateVolumeProperty(v_prop)
    except DecodeError as error:
        raise error.at("prop") from None
    try:
        v_op = data["op"]
    except KeyError:
        raise missing_field("UpdateVolumesRequestItem", "op") from None
    try:
        v_op = _structure_UpdateOperation(v_op)
    except DecodeError as error:
        raise error.at("op") from None
    v_id = data.get("id", UNSET)
    if type(v_id) is not str and v_id is not UNSET:
        raise DecodeError("a string", v_id, "id")
    v_uuid = data.get("uuid", UNSET)
    if v_uuid is not UNSET:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    v_name = data.get("name", UNSET)
    if type(v_name) is not str and v_name is not UNSET:
        raise DecodeError("a string", v_name, "name")
    v_value = data.get("value", UNSET)
    if v_value is not UNSET:
        try:
            v_value = structure_any(v_value)
        except DecodeError as error:
            raise error.at("value") from None
    groups = (
        (v_uuid,),
        (v_name,),
    )
    if len(count_present(groups)) != 1:
        raise DecodeError(
            exactly_one_of_message("UpdateVolumesRequestItem", (("uuid",), ("name",))), data
        )
    result = _new_object(UpdateVolumesRequestItem)
    result.prop = v_prop
    result.op = v_op
    result.id = v_id
    result.uuid = v_uuid
    result.name = v_name
    result.value = v_value
    if _KNOWN_UpdateVolumesRequestItem.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_UpdateVolumesRequestItem
        }
    return result


def _unstructure_UpdateVolumesRequestItem(obj: UpdateVolumesRequestItem) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_prop = obj.prop
    data["prop"] = v_prop._value_
    v_op = obj.op
    data["op"] = v_op._value_
    v_id = obj.id
    if v_id is not UNSET:
        data["id"] = v_id
    v_uuid = obj.uuid
    if v_uuid is not UNSET:
        data["uuid"] = unstructure_uuid(v_uuid)
    v_name = obj.name
    if v_name is not UNSET:
        data["name"] = v_name
    v_value = obj.value
    if v_value is not UNSET:
        data["value"] = v_value
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateVolumesResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_UpdateVolumesResponse(data: Any) -> UpdateVolumesResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateVolumesResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_UpdateVolumesResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(UpdateVolumesResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_UpdateVolumesResponse
        }
    return result


def _unstructure_UpdateVolumesResponse(obj: UpdateVolumesResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_UpdateVolumesResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateVolumesResponseData = frozenset(
    {
        "volumes",
    }
)


def _structure_UpdateVolumesResponseData(data: Any) -> UpdateVolumesResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateVolumesResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_volumes = data.get("volumes")
    if v_volumes is not None:
        try:
            v_volumes = structure_list(v_volumes, _structure_UpdateVolumesResponseUpdatedVolume)
        except DecodeError as error:
            raise error.at("volumes") from None
        if not v_volumes:
            empty_on_wire = {**empty_on_wire, "volumes": False}
    else:
        if "volumes" in data:
            empty_on_wire = {**empty_on_wire, "volumes": True}
        else:
            absent += 1
        v_volumes = []
    result = _new_object(UpdateVolumesResponseData)
    result.volumes = v_volumes
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_UpdateVolumesResponseData
        }
    return result


def _unstructure_UpdateVolumesResponseData(obj: UpdateVolumesResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_volumes = obj.volumes
    if v_volumes:
        data["volumes"] = [
            _unstructure_UpdateVolumesResponseUpdatedVolume(item0) for item0 in v_volumes
        ]
    elif "volumes" in empty_on_wire:
        data["volumes"] = None if empty_on_wire["volumes"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_UpdateVolumesResponseUpdatedVolume = frozenset(
    {
        "uuid",
        "name",
        "status",
        "id",
        "message",
        "error",
    }
)


def _structure_UpdateVolumesResponseUpdatedVolume(data: Any) -> UpdateVolumesResponseUpdatedVolume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "UpdateVolumesResponseUpdatedVolume")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_status = data.get("status")
    if type(v_status) is not str:
        if v_status is not None:
            raise DecodeError("a string", v_status, "status")
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_id = data.get("id")
    if type(v_id) is not str:
        if v_id is not None:
            raise DecodeError("a string", v_id, "id")
        if "id" in data:
            empty_on_wire = {**empty_on_wire, "id": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(UpdateVolumesResponseUpdatedVolume)
    result.uuid = v_uuid
    result.name = v_name
    result.status = v_status
    result.id = v_id
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 6 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_UpdateVolumesResponseUpdatedVolume
        }
    return result


def _unstructure_UpdateVolumesResponseUpdatedVolume(
    obj: UpdateVolumesResponseUpdatedVolume,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status
    elif "status" in empty_on_wire:
        data["status"] = None
    v_id = obj.id
    if v_id is not None:
        data["id"] = v_id
    elif "id" in empty_on_wire:
        data["id"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_Volume = frozenset(
    {
        "uuid",
        "name",
        "created_at",
        "state",
        "size_mb",
        "persistent",
        "attached_to",
        "mounted_by",
        "tags",
        "status",
        "message",
        "error",
    }
)


def _structure_Volume(data: Any) -> Volume:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "Volume")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_created_at = data.get("created_at")
    if v_created_at is not None:
        try:
            v_created_at = structure_datetime(v_created_at)
        except DecodeError as error:
            raise error.at("created_at") from None
    else:
        if "created_at" in data:
            empty_on_wire = {**empty_on_wire, "created_at": True}
        else:
            absent += 1
    v_state = data.get("state")
    if v_state is not None:
        try:
            v_state = _structure_VolumeState(v_state)
        except DecodeError as error:
            raise error.at("state") from None
    else:
        if "state" in data:
            empty_on_wire = {**empty_on_wire, "state": True}
        else:
            absent += 1
    v_size_mb = data.get("size_mb")
    if type(v_size_mb) is not int:
        if v_size_mb is not None:
            raise DecodeError("an integer", v_size_mb, "size_mb")
        if "size_mb" in data:
            empty_on_wire = {**empty_on_wire, "size_mb": True}
        else:
            absent += 1
    v_persistent = data.get("persistent")
    if type(v_persistent) is not bool:
        if v_persistent is not None:
            raise DecodeError("a boolean", v_persistent, "persistent")
        if "persistent" in data:
            empty_on_wire = {**empty_on_wire, "persistent": True}
        else:
            absent += 1
    v_attached_to = data.get("attached_to")
    if v_attached_to is not None:
        try:
            v_attached_to = structure_list(v_attached_to, _structure_VolumeInstanceID)
        except DecodeError as error:
            raise error.at("attached_to") from None
        if not v_attached_to:
            empty_on_wire = {**empty_on_wire, "attached_to": False}
    else:
        if "attached_to" in data:
            empty_on_wire = {**empty_on_wire, "attached_to": True}
        else:
            absent += 1
        v_attached_to = []
    v_mounted_by = data.get("mounted_by")
    if v_mounted_by is not None:
        try:
            v_mounted_by = structure_list(v_mounted_by, _structure_VolumeVolumeInstanceMount)
        except DecodeError as error:
            raise error.at("mounted_by") from None
        if not v_mounted_by:
            empty_on_wire = {**empty_on_wire, "mounted_by": False}
    else:
        if "mounted_by" in data:
            empty_on_wire = {**empty_on_wire, "mounted_by": True}
        else:
            absent += 1
        v_mounted_by = []
    v_tags = data.get("tags")
    if v_tags is not None:
        try:
            v_tags = structure_str_list(v_tags)
        except DecodeError as error:
            raise error.at("tags") from None
        if not v_tags:
            empty_on_wire = {**empty_on_wire, "tags": False}
    else:
        if "tags" in data:
            empty_on_wire = {**empty_on_wire, "tags": True}
        else:
            absent += 1
        v_tags = []
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(Volume)
    result.uuid = v_uuid
    result.name = v_name
    result.created_at = v_created_at
    result.state = v_state
    result.size_mb = v_size_mb
    result.persistent = v_persistent
    result.attached_to = v_attached_to
    result.mounted_by = v_mounted_by
    result.tags = v_tags
    result.status = v_status
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 12 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_Volume
        }
    return result


def _unstructure_Volume(obj: Volume) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_created_at = obj.created_at
    if v_created_at is not None:
        data["created_at"] = unstructure_datetime(v_created_at)
    elif "created_at" in empty_on_wire:
        data["created_at"] = None
    v_state = obj.state
    if v_state is not None:
        data["state"] = v_state._value_
    elif "state" in empty_on_wire:
        data["state"] = None
    v_size_mb = obj.size_mb
    if v_size_mb is not None:
        data["size_mb"] = v_size_mb
    elif "size_mb" in empty_on_wire:
        data["size_mb"] = None
    v_persistent = obj.persistent
    if v_persistent is not None:
        data["persistent"] = v_persistent
    elif "persistent" in empty_on_wire:
        data["persistent"] = None
    v_attached_to = obj.attached_to
    if v_attached_to:
        data["attached_to"] = [_unstructure_VolumeInstanceID(item0) for item0 in v_attached_to]
    elif "attached_to" in empty_on_wire:
        data["attached_to"] = None if empty_on_wire["attached_to"] else []
    v_mounted_by = obj.mounted_by
    if v_mounted_by:
        data["mounted_by"] = [
            _unstructure_VolumeVolumeInstanceMount(item0) for item0 in v_mounted_by
        ]
    elif "mounted_by" in empty_on_wire:
        data["mounted_by"] = None if empty_on_wire["mounted_by"] else []
    v_tags = obj.tags
    if v_tags:
        data["tags"] = list(v_tags)
    elif "tags" in empty_on_wire:
        data["tags"] = None if empty_on_wire["tags"] else []
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_VolumeInstanceID = frozenset(
    {
        "uuid",
        "name",
    }
)


def _structure_VolumeInstanceID(data: Any) -> VolumeInstanceID:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "VolumeInstanceID")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    result = _new_object(VolumeInstanceID)
    result.uuid = v_uuid
    result.name = v_name
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 2 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_VolumeInstanceID
        }
    return result


def _unstructure_VolumeInstanceID(obj: VolumeInstanceID) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_VolumeVolumeInstanceMount = frozenset(
    {
        "uuid",
        "name",
        "read_only",
    }
)


def _structure_VolumeVolumeInstanceMount(data: Any) -> VolumeVolumeInstanceMount:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "VolumeVolumeInstanceMount")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_read_only = data.get("read_only")
    if type(v_read_only) is not bool:
        if v_read_only is not None:
            raise DecodeError("a boolean", v_read_only, "read_only")
        if "read_only" in data:
            empty_on_wire = {**empty_on_wire, "read_only": True}
        else:
            absent += 1
    result = _new_object(VolumeVolumeInstanceMount)
    result.uuid = v_uuid
    result.name = v_name
    result.read_only = v_read_only
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 3 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_VolumeVolumeInstanceMount
        }
    return result


def _unstructure_VolumeVolumeInstanceMount(obj: VolumeVolumeInstanceMount) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_read_only = obj.read_only
    if v_read_only is not None:
        data["read_only"] = v_read_only
    elif "read_only" in empty_on_wire:
        data["read_only"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_WaitInstanceByUUIDRequestBody = frozenset(
    {
        "timeout_ms",
        "state",
    }
)


def _structure_WaitInstanceByUUIDRequestBody(data: Any) -> WaitInstanceByUUIDRequestBody:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "WaitInstanceByUUIDRequestBody")
    v_timeout_ms = data.get("timeout_ms", UNSET)
    if type(v_timeout_ms) is not int and v_timeout_ms is not UNSET:
        raise DecodeError("an integer", v_timeout_ms, "timeout_ms")
    v_state = data.get("state", UNSET)
    if v_state is not UNSET:
        try:
            v_state = _structure_InstanceState(v_state)
        except DecodeError as error:
            raise error.at("state") from None
    result = _new_object(WaitInstanceByUUIDRequestBody)
    result.timeout_ms = v_timeout_ms
    result.state = v_state
    if _KNOWN_WaitInstanceByUUIDRequestBody.issuperset(data):
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_WaitInstanceByUUIDRequestBody
        }
    return result


def _unstructure_WaitInstanceByUUIDRequestBody(
    obj: WaitInstanceByUUIDRequestBody,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    v_timeout_ms = obj.timeout_ms
    if v_timeout_ms is not UNSET:
        data["timeout_ms"] = v_timeout_ms
    v_state = obj.state
    if v_state is not UNSET:
        data["state"] = v_state._value_
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_WaitInstanceResponse = frozenset(
    {
        "status",
        "message",
        "data",
        "errors",
        "op_time_us",
    }
)


def _structure_WaitInstanceResponse(data: Any) -> WaitInstanceResponse:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "WaitInstanceResponse")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_status = data.get("status")
    if v_status is not None:
        try:
            v_status = _structure_ResponseStatus(v_status)
        except DecodeError as error:
            raise error.at("status") from None
    else:
        if "status" in data:
            empty_on_wire = {**empty_on_wire, "status": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_data = data.get("data")
    if v_data is not None:
        try:
            v_data = _structure_WaitInstanceResponseData(v_data)
        except DecodeError as error:
            raise error.at("data") from None
    else:
        if "data" in data:
            empty_on_wire = {**empty_on_wire, "data": True}
        else:
            absent += 1
    v_errors = data.get("errors")
    if v_errors is not None:
        try:
            v_errors = structure_list(v_errors, _structure_ResponseError)
        except DecodeError as error:
            raise error.at("errors") from None
        if not v_errors:
            empty_on_wire = {**empty_on_wire, "errors": False}
    else:
        if "errors" in data:
            empty_on_wire = {**empty_on_wire, "errors": True}
        else:
            absent += 1
        v_errors = []
    v_op_time_us = data.get("op_time_us")
    if type(v_op_time_us) is not int:
        if v_op_time_us is not None:
            raise DecodeError("an integer", v_op_time_us, "op_time_us")
        if "op_time_us" in data:
            empty_on_wire = {**empty_on_wire, "op_time_us": True}
        else:
            absent += 1
    result = _new_object(WaitInstanceResponse)
    result.status = v_status
    result.message = v_message
    result.data = v_data
    result.errors = v_errors
    result.op_time_us = v_op_time_us
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_WaitInstanceResponse
        }
    return result


def _unstructure_WaitInstanceResponse(obj: WaitInstanceResponse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_status = obj.status
    if v_status is not None:
        data["status"] = v_status._value_
    elif "status" in empty_on_wire:
        data["status"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_data = obj.data
    if v_data is not None:
        data["data"] = _unstructure_WaitInstanceResponseData(v_data)
    elif "data" in empty_on_wire:
        data["data"] = None
    v_errors = obj.errors
    if v_errors:
        data["errors"] = [_unstructure_ResponseError(item0) for item0 in v_errors]
    elif "errors" in empty_on_wire:
        data["errors"] = None if empty_on_wire["errors"] else []
    v_op_time_us = obj.op_time_us
    if v_op_time_us is not None:
        data["op_time_us"] = v_op_time_us
    elif "op_time_us" in empty_on_wire:
        data["op_time_us"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_WaitInstanceResponseData = frozenset(
    {
        "instances",
    }
)


def _structure_WaitInstanceResponseData(data: Any) -> WaitInstanceResponseData:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "WaitInstanceResponseData")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_instances = data.get("instances")
    if v_instances is not None:
        try:
            v_instances = structure_list(v_instances, _structure_WaitInstanceResponseWaitedInstance)
        except DecodeError as error:
            raise error.at("instances") from None
        if not v_instances:
            empty_on_wire = {**empty_on_wire, "instances": False}
    else:
        if "instances" in data:
            empty_on_wire = {**empty_on_wire, "instances": True}
        else:
            absent += 1
        v_instances = []
    result = _new_object(WaitInstanceResponseData)
    result.instances = v_instances
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 1 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value for key, value in data.items() if key not in _KNOWN_WaitInstanceResponseData
        }
    return result


def _unstructure_WaitInstanceResponseData(obj: WaitInstanceResponseData) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_instances = obj.instances
    if v_instances:
        data["instances"] = [
            _unstructure_WaitInstanceResponseWaitedInstance(item0) for item0 in v_instances
        ]
    elif "instances" in empty_on_wire:
        data["instances"] = None if empty_on_wire["instances"] else []
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_KNOWN_WaitInstanceResponseWaitedInstance = frozenset(
    {
        "uuid",
        "name",
        "state",
        "message",
        "error",
    }
)


def _structure_WaitInstanceResponseWaitedInstance(data: Any) -> WaitInstanceResponseWaitedInstance:
    if type(data) is not _JSON_OBJECT:
        raise not_an_object(data, "WaitInstanceResponseWaitedInstance")
    empty_on_wire = NOTHING_EMPTY
    absent = 0
    v_uuid = data.get("uuid")
    if v_uuid is not None:
        try:
            v_uuid = structure_uuid(v_uuid)
        except DecodeError as error:
            raise error.at("uuid") from None
    else:
        if "uuid" in data:
            empty_on_wire = {**empty_on_wire, "uuid": True}
        else:
            absent += 1
    v_name = data.get("name")
    if type(v_name) is not str:
        if v_name is not None:
            raise DecodeError("a string", v_name, "name")
        if "name" in data:
            empty_on_wire = {**empty_on_wire, "name": True}
        else:
            absent += 1
    v_state = data.get("state")
    if v_state is not None:
        try:
            v_state = _structure_InstanceState(v_state)
        except DecodeError as error:
            raise error.at("state") from None
    else:
        if "state" in data:
            empty_on_wire = {**empty_on_wire, "state": True}
        else:
            absent += 1
    v_message = data.get("message")
    if type(v_message) is not str:
        if v_message is not None:
            raise DecodeError("a string", v_message, "message")
        if "message" in data:
            empty_on_wire = {**empty_on_wire, "message": True}
        else:
            absent += 1
    v_error = data.get("error")
    if type(v_error) is not int:
        if v_error is not None:
            raise DecodeError("an integer", v_error, "error")
        if "error" in data:
            empty_on_wire = {**empty_on_wire, "error": True}
        else:
            absent += 1
    result = _new_object(WaitInstanceResponseWaitedInstance)
    result.uuid = v_uuid
    result.name = v_name
    result.state = v_state
    result.message = v_message
    result.error = v_error
    result._empty_on_wire = empty_on_wire
    # Every key is a known field's or an unknown one: the count of keys tells them apart.
    if len(data) == 5 - absent:
        result._additional_properties = None
    else:
        result._additional_properties = {
            key: value
            for key, value in data.items()
            if key not in _KNOWN_WaitInstanceResponseWaitedInstance
        }
    return result


def _unstructure_WaitInstanceResponseWaitedInstance(
    obj: WaitInstanceResponseWaitedInstance,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    empty_on_wire = obj._empty_on_wire
    v_uuid = obj.uuid
    if v_uuid is not None:
        data["uuid"] = unstructure_uuid(v_uuid)
    elif "uuid" in empty_on_wire:
        data["uuid"] = None
    v_name = obj.name
    if v_name is not None:
        data["name"] = v_name
    elif "name" in empty_on_wire:
        data["name"] = None
    v_state = obj.state
    if v_state is not None:
        data["state"] = v_state._value_
    elif "state" in empty_on_wire:
        data["state"] = None
    v_message = obj.message
    if v_message is not None:
        data["message"] = v_message
    elif "message" in empty_on_wire:
        data["message"] = None
    v_error = obj.error
    if v_error is not None:
        data["error"] = v_error
    elif "error" in empty_on_wire:
        data["error"] = None
    unknown = obj._additional_properties
    if unknown:
        for key, value in unknown.items():
            data.setdefault(key, value)
    return data


_VARIANTS_ConfigurationInstanceCreateArgs = (
    (
        "ConfigurationInstanceCreateArgsRoms",
        frozenset(("roms",)),
        frozenset(("roms",)),
        _structure_ConfigurationInstanceCreateArgsRoms,
    ),
    (
        "ConfigurationInstanceCreateArgsTemplate",
        frozenset(("template",)),
        frozenset(("template",)),
        _structure_ConfigurationInstanceCreateArgsTemplate,
    ),
)


def _structure_ConfigurationInstanceCreateArgs(data: Any) -> ConfigurationInstanceCreateArgs:
    variant = select_variant(
        data,
        "ConfigurationInstanceCreateArgs",
        _VARIANTS_ConfigurationInstanceCreateArgs,
    )
    if variant == 0:
        return _structure_ConfigurationInstanceCreateArgsRoms(data)
    return _structure_ConfigurationInstanceCreateArgsTemplate(data)


# ``obj: object``: a value that is no variant (from a caller without a type check) is an
# ``EncodeError``, and pyright would call the last variant's check unnecessary.
def _unstructure_ConfigurationInstanceCreateArgs(obj: object) -> dict[str, Any]:
    if isinstance(obj, ConfigurationInstanceCreateArgsRoms):
        return _unstructure_ConfigurationInstanceCreateArgsRoms(obj)
    if isinstance(obj, ConfigurationInstanceCreateArgsTemplate):
        return _unstructure_ConfigurationInstanceCreateArgsTemplate(obj)
    raise EncodeError(f"{obj!r} is no variant of ConfigurationInstanceCreateArgs")


_VARIANTS_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs = (
    (
        "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms",
        frozenset(("roms",)),
        frozenset(("roms",)),
        _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    ),
    (
        "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate",
        frozenset(("template",)),
        frozenset(("template",)),
        _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    ),
)


def _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs(
    data: Any,
) -> CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs:
    variant = select_variant(
        data,
        "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs",
        _VARIANTS_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
    )
    if variant == 0:
        return (
            _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms(
                data
            )
        )
    return (
        _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate(
            data
        )
    )


# ``obj: object``: a value that is no variant (from a caller without a type check) is an
# ``EncodeError``, and pyright would call the last variant's check unnecessary.
def _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs(
    obj: object,
) -> dict[str, Any]:
    if isinstance(obj, CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms):
        return _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms(
            obj
        )
    if isinstance(
        obj, CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate
    ):
        return _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate(
            obj
        )
    raise EncodeError(
        f"{obj!r} is no variant of CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs"
    )


_VARIANTS_CreateInstanceRequestServiceGroup = (
    (
        "CreateInstanceRequestServiceGroupByUUID",
        frozenset(("uuid",)),
        frozenset(("uuid",)),
        _structure_CreateInstanceRequestServiceGroupByUUID,
    ),
    (
        "CreateInstanceRequestServiceGroupByName",
        frozenset(("name",)),
        frozenset(("name",)),
        _structure_CreateInstanceRequestServiceGroupByName,
    ),
    (
        "CreateInstanceRequestServiceGroupNew",
        frozenset(("services",)),
        frozenset(("services", "domains")),
        _structure_CreateInstanceRequestServiceGroupNew,
    ),
)


def _structure_CreateInstanceRequestServiceGroup(data: Any) -> CreateInstanceRequestServiceGroup:
    variant = select_variant(
        data,
        "CreateInstanceRequestServiceGroup",
        _VARIANTS_CreateInstanceRequestServiceGroup,
    )
    if variant == 0:
        return _structure_CreateInstanceRequestServiceGroupByUUID(data)
    if variant == 1:
        return _structure_CreateInstanceRequestServiceGroupByName(data)
    return _structure_CreateInstanceRequestServiceGroupNew(data)


# ``obj: object``: a value that is no variant (from a caller without a type check) is an
# ``EncodeError``, and pyright would call the last variant's check unnecessary.
def _unstructure_CreateInstanceRequestServiceGroup(obj: object) -> dict[str, Any]:
    if isinstance(obj, CreateInstanceRequestServiceGroupByUUID):
        return _unstructure_CreateInstanceRequestServiceGroupByUUID(obj)
    if isinstance(obj, CreateInstanceRequestServiceGroupByName):
        return _unstructure_CreateInstanceRequestServiceGroupByName(obj)
    if isinstance(obj, CreateInstanceRequestServiceGroupNew):
        return _unstructure_CreateInstanceRequestServiceGroupNew(obj)
    raise EncodeError(f"{obj!r} is no variant of CreateInstanceRequestServiceGroup")


_VARIANTS_NameOrUUID = (
    (
        "NameOrUUIDByUUID",
        frozenset(("uuid",)),
        frozenset(("uuid",)),
        _structure_NameOrUUIDByUUID,
    ),
    (
        "NameOrUUIDByName",
        frozenset(("name",)),
        frozenset(("name",)),
        _structure_NameOrUUIDByName,
    ),
)


def _structure_NameOrUUID(data: Any) -> NameOrUUID:
    variant = select_variant(
        data,
        "NameOrUUID",
        _VARIANTS_NameOrUUID,
    )
    if variant == 0:
        return _structure_NameOrUUIDByUUID(data)
    return _structure_NameOrUUIDByName(data)


# ``obj: object``: a value that is no variant (from a caller without a type check) is an
# ``EncodeError``, and pyright would call the last variant's check unnecessary.
def _unstructure_NameOrUUID(obj: object) -> dict[str, Any]:
    if isinstance(obj, NameOrUUIDByUUID):
        return _unstructure_NameOrUUIDByUUID(obj)
    if isinstance(obj, NameOrUUIDByName):
        return _unstructure_NameOrUUIDByName(obj)
    raise EncodeError(f"{obj!r} is no variant of NameOrUUID")


def _unstructure_enum(value: OpenEnum | OpenIntEnum) -> str | int:
    return value._value_


_STRUCTURE_HOOKS: dict[Any, Callable[[Any], Any]] = {
    AttachVolumeByUUIDRequestBody: _structure_AttachVolumeByUUIDRequestBody,
    AttachVolumesRequest: _structure_AttachVolumesRequest,
    AttachVolumesRequestInstanceID: _structure_AttachVolumesRequestInstanceID,
    AttachVolumesResponse: _structure_AttachVolumesResponse,
    AttachVolumesResponseAttachedVolume: _structure_AttachVolumesResponseAttachedVolume,
    AttachVolumesResponseData: _structure_AttachVolumesResponseData,
    AutoscalePolicy: _structure_AutoscalePolicy,
    AutoscalePolicyStep: _structure_AutoscalePolicyStep,
    BodyInstanceID: _structure_BodyInstanceID,
    Certificate: _structure_Certificate,
    ConfigurationInstanceCreateArgsRoms: _structure_ConfigurationInstanceCreateArgsRoms,
    ConfigurationInstanceCreateArgsTemplate: _structure_ConfigurationInstanceCreateArgsTemplate,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest: _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms: _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate: _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    CreateAutoscaleConfigurationPolicyRequest: _structure_CreateAutoscaleConfigurationPolicyRequest,
    CreateAutoscaleConfigurationPolicyResponse: _structure_CreateAutoscaleConfigurationPolicyResponse,
    CreateAutoscaleConfigurationPolicyResponseData: _structure_CreateAutoscaleConfigurationPolicyResponseData,
    CreateAutoscaleConfigurationPolicyResponsePolicy: _structure_CreateAutoscaleConfigurationPolicyResponsePolicy,
    CreateAutoscaleConfigurationsRequestConfiguration: _structure_CreateAutoscaleConfigurationsRequestConfiguration,
    CreateAutoscaleConfigurationsResponse: _structure_CreateAutoscaleConfigurationsResponse,
    CreateAutoscaleConfigurationsResponseConfigurationsResponse: _structure_CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    CreateAutoscaleConfigurationsResponseData: _structure_CreateAutoscaleConfigurationsResponseData,
    CreateCertificateRequest: _structure_CreateCertificateRequest,
    CreateCertificateResponse: _structure_CreateCertificateResponse,
    CreateCertificateResponseData: _structure_CreateCertificateResponseData,
    CreateInstanceRequest: _structure_CreateInstanceRequest,
    CreateInstanceRequestDomain: _structure_CreateInstanceRequestDomain,
    CreateInstanceRequestServiceGroupByName: _structure_CreateInstanceRequestServiceGroupByName,
    CreateInstanceRequestServiceGroupByUUID: _structure_CreateInstanceRequestServiceGroupByUUID,
    CreateInstanceRequestServiceGroupNew: _structure_CreateInstanceRequestServiceGroupNew,
    CreateInstanceRequestVolume: _structure_CreateInstanceRequestVolume,
    CreateInstanceResponse: _structure_CreateInstanceResponse,
    CreateInstanceResponseData: _structure_CreateInstanceResponseData,
    CreateServiceGroupRequest: _structure_CreateServiceGroupRequest,
    CreateServiceGroupRequestDomain: _structure_CreateServiceGroupRequestDomain,
    CreateServiceGroupResponse: _structure_CreateServiceGroupResponse,
    CreateServiceGroupResponseData: _structure_CreateServiceGroupResponseData,
    CreateVolumeRequest: _structure_CreateVolumeRequest,
    CreateVolumeResponse: _structure_CreateVolumeResponse,
    CreateVolumeResponseData: _structure_CreateVolumeResponseData,
    CreateVolumeResponseVolume: _structure_CreateVolumeResponseVolume,
    DeleteAutoscaleConfigurationPolicyResponse: _structure_DeleteAutoscaleConfigurationPolicyResponse,
    DeleteAutoscaleConfigurationPolicyResponseData: _structure_DeleteAutoscaleConfigurationPolicyResponseData,
    DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse: _structure_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    DeleteAutoscaleConfigurationsResponse: _structure_DeleteAutoscaleConfigurationsResponse,
    DeleteAutoscaleConfigurationsResponseData: _structure_DeleteAutoscaleConfigurationsResponseData,
    DeleteAutoscaleConfigurationsResponseServiceGroup: _structure_DeleteAutoscaleConfigurationsResponseServiceGroup,
    DeleteCertificatesResponse: _structure_DeleteCertificatesResponse,
    DeleteCertificatesResponseData: _structure_DeleteCertificatesResponseData,
    DeleteCertificatesResponseDeletedCertificate: _structure_DeleteCertificatesResponseDeletedCertificate,
    DeleteInstancesResponse: _structure_DeleteInstancesResponse,
    DeleteInstancesResponseData: _structure_DeleteInstancesResponseData,
    DeleteInstancesResponseDeletedInstance: _structure_DeleteInstancesResponseDeletedInstance,
    DeletePolicyRequest: _structure_DeletePolicyRequest,
    DeleteServiceGroupsResponse: _structure_DeleteServiceGroupsResponse,
    DeleteServiceGroupsResponseData: _structure_DeleteServiceGroupsResponseData,
    DeleteServiceGroupsResponseDeletedServiceGroup: _structure_DeleteServiceGroupsResponseDeletedServiceGroup,
    DeleteVolumesResponse: _structure_DeleteVolumesResponse,
    DeleteVolumesResponseData: _structure_DeleteVolumesResponseData,
    DeleteVolumesResponseDeletedVolume: _structure_DeleteVolumesResponseDeletedVolume,
    DetachVolumeByUUIDRequestBody: _structure_DetachVolumeByUUIDRequestBody,
    DetachVolumesRequest: _structure_DetachVolumesRequest,
    DetachVolumesRequestInstanceID: _structure_DetachVolumesRequestInstanceID,
    DetachVolumesResponse: _structure_DetachVolumesResponse,
    DetachVolumesResponseData: _structure_DetachVolumesResponseData,
    DetachVolumesResponseDetachedVolume: _structure_DetachVolumesResponseDetachedVolume,
    Domain: _structure_Domain,
    GetAutoscaleConfigurationPolicyRequest: _structure_GetAutoscaleConfigurationPolicyRequest,
    GetAutoscaleConfigurationPolicyResponse: _structure_GetAutoscaleConfigurationPolicyResponse,
    GetAutoscaleConfigurationPolicyResponseData: _structure_GetAutoscaleConfigurationPolicyResponseData,
    GetAutoscaleConfigurationPolicyResponsePolicyResponse: _structure_GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    GetAutoscaleConfigurationsResponse: _structure_GetAutoscaleConfigurationsResponse,
    GetAutoscaleConfigurationsResponseData: _structure_GetAutoscaleConfigurationsResponseData,
    GetAutoscaleConfigurationsResponseServiceGroup: _structure_GetAutoscaleConfigurationsResponseServiceGroup,
    GetCertificatesResponse: _structure_GetCertificatesResponse,
    GetCertificatesResponseData: _structure_GetCertificatesResponseData,
    GetImageResponse: _structure_GetImageResponse,
    GetImageResponseData: _structure_GetImageResponseData,
    GetInstanceLogsByUUIDRequestBody: _structure_GetInstanceLogsByUUIDRequestBody,
    GetInstanceLogsRequest: _structure_GetInstanceLogsRequest,
    GetInstanceLogsResponse: _structure_GetInstanceLogsResponse,
    GetInstanceLogsResponseAvailable: _structure_GetInstanceLogsResponseAvailable,
    GetInstanceLogsResponseData: _structure_GetInstanceLogsResponseData,
    GetInstanceLogsResponseLoggedInstance: _structure_GetInstanceLogsResponseLoggedInstance,
    GetInstanceLogsResponseRange: _structure_GetInstanceLogsResponseRange,
    GetInstanceMetricsResponse: _structure_GetInstanceMetricsResponse,
    GetInstanceMetricsResponseData: _structure_GetInstanceMetricsResponseData,
    GetInstanceMetricsResponseInstanceMetrics: _structure_GetInstanceMetricsResponseInstanceMetrics,
    GetInstancesResponse: _structure_GetInstancesResponse,
    GetInstancesResponseData: _structure_GetInstancesResponseData,
    GetServiceGroupsResponse: _structure_GetServiceGroupsResponse,
    GetServiceGroupsResponseData: _structure_GetServiceGroupsResponseData,
    GetVolumesResponse: _structure_GetVolumesResponse,
    GetVolumesResponseData: _structure_GetVolumesResponseData,
    HealthzResponse: _structure_HealthzResponse,
    HealthzResponseData: _structure_HealthzResponseData,
    Image: _structure_Image,
    Instance: _structure_Instance,
    InstanceCreateArgsInstanceCreateRequestRoms: _structure_InstanceCreateArgsInstanceCreateRequestRoms,
    InstanceInstanceServiceGroup: _structure_InstanceInstanceServiceGroup,
    InstanceInstanceVolume: _structure_InstanceInstanceVolume,
    InstanceNetworkInterface: _structure_InstanceNetworkInterface,
    InstanceScaleToZero: _structure_InstanceScaleToZero,
    InstanceServiceGroupInstanceDomain: _structure_InstanceServiceGroupInstanceDomain,
    NameOrUUIDByName: _structure_NameOrUUIDByName,
    NameOrUUIDByUUID: _structure_NameOrUUIDByUUID,
    Object: _structure_Object,
    Quotas: _structure_Quotas,
    QuotasLimits: _structure_QuotasLimits,
    QuotasResponse: _structure_QuotasResponse,
    QuotasResponseData: _structure_QuotasResponseData,
    QuotasStats: _structure_QuotasStats,
    ResponseError: _structure_ResponseError,
    Service: _structure_Service,
    ServiceGroup: _structure_ServiceGroup,
    ServiceGroupInstance: _structure_ServiceGroupInstance,
    ServiceGroupTemplate: _structure_ServiceGroupTemplate,
    StartInstanceResponse: _structure_StartInstanceResponse,
    StartInstanceResponseData: _structure_StartInstanceResponseData,
    StartInstanceResponseStartedInstance: _structure_StartInstanceResponseStartedInstance,
    StopInstanceResponse: _structure_StopInstanceResponse,
    StopInstanceResponseData: _structure_StopInstanceResponseData,
    StopInstanceResponseStoppedInstance: _structure_StopInstanceResponseStoppedInstance,
    StopInstancesRequestID: _structure_StopInstancesRequestID,
    UpdateInstanceByUUIDRequestBody: _structure_UpdateInstanceByUUIDRequestBody,
    UpdateInstancesRequest: _structure_UpdateInstancesRequest,
    UpdateInstancesResponse: _structure_UpdateInstancesResponse,
    UpdateInstancesResponseData: _structure_UpdateInstancesResponseData,
    UpdateInstancesResponseUpdatedInstance: _structure_UpdateInstancesResponseUpdatedInstance,
    UpdateServiceGroupByUUIDRequestBody: _structure_UpdateServiceGroupByUUIDRequestBody,
    UpdateServiceGroupsRequestItem: _structure_UpdateServiceGroupsRequestItem,
    UpdateServiceGroupsResponse: _structure_UpdateServiceGroupsResponse,
    UpdateServiceGroupsResponseData: _structure_UpdateServiceGroupsResponseData,
    UpdateServiceGroupsResponseUpdatedServiceGroup: _structure_UpdateServiceGroupsResponseUpdatedServiceGroup,
    UpdateVolumeByUUIDRequestBody: _structure_UpdateVolumeByUUIDRequestBody,
    UpdateVolumesRequestItem: _structure_UpdateVolumesRequestItem,
    UpdateVolumesResponse: _structure_UpdateVolumesResponse,
    UpdateVolumesResponseData: _structure_UpdateVolumesResponseData,
    UpdateVolumesResponseUpdatedVolume: _structure_UpdateVolumesResponseUpdatedVolume,
    Volume: _structure_Volume,
    VolumeInstanceID: _structure_VolumeInstanceID,
    VolumeVolumeInstanceMount: _structure_VolumeVolumeInstanceMount,
    WaitInstanceByUUIDRequestBody: _structure_WaitInstanceByUUIDRequestBody,
    WaitInstanceResponse: _structure_WaitInstanceResponse,
    WaitInstanceResponseData: _structure_WaitInstanceResponseData,
    WaitInstanceResponseWaitedInstance: _structure_WaitInstanceResponseWaitedInstance,
    InstanceRestartPolicy: _structure_InstanceRestartPolicy,
    InstanceState: _structure_InstanceState,
    ResponseStatus: _structure_ResponseStatus,
    UpdateInstanceProperty: _structure_UpdateInstanceProperty,
    UpdateOperation: _structure_UpdateOperation,
    UpdateServiceGroupProperty: _structure_UpdateServiceGroupProperty,
    UpdateVolumeProperty: _structure_UpdateVolumeProperty,
    AutoscalePolicyMetric: _structure_AutoscalePolicyMetric,
    AutoscalePolicyAdjustmentType: _structure_AutoscalePolicyAdjustmentType,
    CertificateState: _structure_CertificateState,
    CreateInstanceRequestFeaturesItem: _structure_CreateInstanceRequestFeaturesItem,
    InstanceScaleToZeroPolicy: _structure_InstanceScaleToZeroPolicy,
    ServiceHandlersItem: _structure_ServiceHandlersItem,
    VolumeState: _structure_VolumeState,
    ConfigurationInstanceCreateArgs: _structure_ConfigurationInstanceCreateArgs,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs: _structure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
    CreateInstanceRequestServiceGroup: _structure_CreateInstanceRequestServiceGroup,
    NameOrUUID: _structure_NameOrUUID,
    GoogleProtobufValue: structure_any,
}

_UNSTRUCTURE_HOOKS: dict[type, Callable[[Any], Any]] = {
    AttachVolumeByUUIDRequestBody: _unstructure_AttachVolumeByUUIDRequestBody,
    AttachVolumesRequest: _unstructure_AttachVolumesRequest,
    AttachVolumesRequestInstanceID: _unstructure_AttachVolumesRequestInstanceID,
    AttachVolumesResponse: _unstructure_AttachVolumesResponse,
    AttachVolumesResponseAttachedVolume: _unstructure_AttachVolumesResponseAttachedVolume,
    AttachVolumesResponseData: _unstructure_AttachVolumesResponseData,
    AutoscalePolicy: _unstructure_AutoscalePolicy,
    AutoscalePolicyStep: _unstructure_AutoscalePolicyStep,
    BodyInstanceID: _unstructure_BodyInstanceID,
    Certificate: _unstructure_Certificate,
    ConfigurationInstanceCreateArgsRoms: _unstructure_ConfigurationInstanceCreateArgsRoms,
    ConfigurationInstanceCreateArgsTemplate: _unstructure_ConfigurationInstanceCreateArgsTemplate,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest: _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms: _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate: _unstructure_CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    CreateAutoscaleConfigurationPolicyRequest: _unstructure_CreateAutoscaleConfigurationPolicyRequest,
    CreateAutoscaleConfigurationPolicyResponse: _unstructure_CreateAutoscaleConfigurationPolicyResponse,
    CreateAutoscaleConfigurationPolicyResponseData: _unstructure_CreateAutoscaleConfigurationPolicyResponseData,
    CreateAutoscaleConfigurationPolicyResponsePolicy: _unstructure_CreateAutoscaleConfigurationPolicyResponsePolicy,
    CreateAutoscaleConfigurationsRequestConfiguration: _unstructure_CreateAutoscaleConfigurationsRequestConfiguration,
    CreateAutoscaleConfigurationsResponse: _unstructure_CreateAutoscaleConfigurationsResponse,
    CreateAutoscaleConfigurationsResponseConfigurationsResponse: _unstructure_CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    CreateAutoscaleConfigurationsResponseData: _unstructure_CreateAutoscaleConfigurationsResponseData,
    CreateCertificateRequest: _unstructure_CreateCertificateRequest,
    CreateCertificateResponse: _unstructure_CreateCertificateResponse,
    CreateCertificateResponseData: _unstructure_CreateCertificateResponseData,
    CreateInstanceRequest: _unstructure_CreateInstanceRequest,
    CreateInstanceRequestDomain: _unstructure_CreateInstanceRequestDomain,
    CreateInstanceRequestServiceGroupByName: _unstructure_CreateInstanceRequestServiceGroupByName,
    CreateInstanceRequestServiceGroupByUUID: _unstructure_CreateInstanceRequestServiceGroupByUUID,
    CreateInstanceRequestServiceGroupNew: _unstructure_CreateInstanceRequestServiceGroupNew,
    CreateInstanceRequestVolume: _unstructure_CreateInstanceRequestVolume,
    CreateInstanceResponse: _unstructure_CreateInstanceResponse,
    CreateInstanceResponseData: _unstructure_CreateInstanceResponseData,
    CreateServiceGroupRequest: _unstructure_CreateServiceGroupRequest,
    CreateServiceGroupRequestDomain: _unstructure_CreateServiceGroupRequestDomain,
    CreateServiceGroupResponse: _unstructure_CreateServiceGroupResponse,
    CreateServiceGroupResponseData: _unstructure_CreateServiceGroupResponseData,
    CreateVolumeRequest: _unstructure_CreateVolumeRequest,
    CreateVolumeResponse: _unstructure_CreateVolumeResponse,
    CreateVolumeResponseData: _unstructure_CreateVolumeResponseData,
    CreateVolumeResponseVolume: _unstructure_CreateVolumeResponseVolume,
    DeleteAutoscaleConfigurationPolicyResponse: _unstructure_DeleteAutoscaleConfigurationPolicyResponse,
    DeleteAutoscaleConfigurationPolicyResponseData: _unstructure_DeleteAutoscaleConfigurationPolicyResponseData,
    DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse: _unstructure_DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    DeleteAutoscaleConfigurationsResponse: _unstructure_DeleteAutoscaleConfigurationsResponse,
    DeleteAutoscaleConfigurationsResponseData: _unstructure_DeleteAutoscaleConfigurationsResponseData,
    DeleteAutoscaleConfigurationsResponseServiceGroup: _unstructure_DeleteAutoscaleConfigurationsResponseServiceGroup,
    DeleteCertificatesResponse: _unstructure_DeleteCertificatesResponse,
    DeleteCertificatesResponseData: _unstructure_DeleteCertificatesResponseData,
    DeleteCertificatesResponseDeletedCertificate: _unstructure_DeleteCertificatesResponseDeletedCertificate,
    DeleteInstancesResponse: _unstructure_DeleteInstancesResponse,
    DeleteInstancesResponseData: _unstructure_DeleteInstancesResponseData,
    DeleteInstancesResponseDeletedInstance: _unstructure_DeleteInstancesResponseDeletedInstance,
    DeletePolicyRequest: _unstructure_DeletePolicyRequest,
    DeleteServiceGroupsResponse: _unstructure_DeleteServiceGroupsResponse,
    DeleteServiceGroupsResponseData: _unstructure_DeleteServiceGroupsResponseData,
    DeleteServiceGroupsResponseDeletedServiceGroup: _unstructure_DeleteServiceGroupsResponseDeletedServiceGroup,
    DeleteVolumesResponse: _unstructure_DeleteVolumesResponse,
    DeleteVolumesResponseData: _unstructure_DeleteVolumesResponseData,
    DeleteVolumesResponseDeletedVolume: _unstructure_DeleteVolumesResponseDeletedVolume,
    DetachVolumeByUUIDRequestBody: _unstructure_DetachVolumeByUUIDRequestBody,
    DetachVolumesRequest: _unstructure_DetachVolumesRequest,
    DetachVolumesRequestInstanceID: _unstructure_DetachVolumesRequestInstanceID,
    DetachVolumesResponse: _unstructure_DetachVolumesResponse,
    DetachVolumesResponseData: _unstructure_DetachVolumesResponseData,
    DetachVolumesResponseDetachedVolume: _unstructure_DetachVolumesResponseDetachedVolume,
    Domain: _unstructure_Domain,
    GetAutoscaleConfigurationPolicyRequest: _unstructure_GetAutoscaleConfigurationPolicyRequest,
    GetAutoscaleConfigurationPolicyResponse: _unstructure_GetAutoscaleConfigurationPolicyResponse,
    GetAutoscaleConfigurationPolicyResponseData: _unstructure_GetAutoscaleConfigurationPolicyResponseData,
    GetAutoscaleConfigurationPolicyResponsePolicyResponse: _unstructure_GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    GetAutoscaleConfigurationsResponse: _unstructure_GetAutoscaleConfigurationsResponse,
    GetAutoscaleConfigurationsResponseData: _unstructure_GetAutoscaleConfigurationsResponseData,
    GetAutoscaleConfigurationsResponseServiceGroup: _unstructure_GetAutoscaleConfigurationsResponseServiceGroup,
    GetCertificatesResponse: _unstructure_GetCertificatesResponse,
    GetCertificatesResponseData: _unstructure_GetCertificatesResponseData,
    GetImageResponse: _unstructure_GetImageResponse,
    GetImageResponseData: _unstructure_GetImageResponseData,
    GetInstanceLogsByUUIDRequestBody: _unstructure_GetInstanceLogsByUUIDRequestBody,
    GetInstanceLogsRequest: _unstructure_GetInstanceLogsRequest,
    GetInstanceLogsResponse: _unstructure_GetInstanceLogsResponse,
    GetInstanceLogsResponseAvailable: _unstructure_GetInstanceLogsResponseAvailable,
    GetInstanceLogsResponseData: _unstructure_GetInstanceLogsResponseData,
    GetInstanceLogsResponseLoggedInstance: _unstructure_GetInstanceLogsResponseLoggedInstance,
    GetInstanceLogsResponseRange: _unstructure_GetInstanceLogsResponseRange,
    GetInstanceMetricsResponse: _unstructure_GetInstanceMetricsResponse,
    GetInstanceMetricsResponseData: _unstructure_GetInstanceMetricsResponseData,
    GetInstanceMetricsResponseInstanceMetrics: _unstructure_GetInstanceMetricsResponseInstanceMetrics,
    GetInstancesResponse: _unstructure_GetInstancesResponse,
    GetInstancesResponseData: _unstructure_GetInstancesResponseData,
    GetServiceGroupsResponse: _unstructure_GetServiceGroupsResponse,
    GetServiceGroupsResponseData: _unstructure_GetServiceGroupsResponseData,
    GetVolumesResponse: _unstructure_GetVolumesResponse,
    GetVolumesResponseData: _unstructure_GetVolumesResponseData,
    HealthzResponse: _unstructure_HealthzResponse,
    HealthzResponseData: _unstructure_HealthzResponseData,
    Image: _unstructure_Image,
    Instance: _unstructure_Instance,
    InstanceCreateArgsInstanceCreateRequestRoms: _unstructure_InstanceCreateArgsInstanceCreateRequestRoms,
    InstanceInstanceServiceGroup: _unstructure_InstanceInstanceServiceGroup,
    InstanceInstanceVolume: _unstructure_InstanceInstanceVolume,
    InstanceNetworkInterface: _unstructure_InstanceNetworkInterface,
    InstanceScaleToZero: _unstructure_InstanceScaleToZero,
    InstanceServiceGroupInstanceDomain: _unstructure_InstanceServiceGroupInstanceDomain,
    NameOrUUIDByName: _unstructure_NameOrUUIDByName,
    NameOrUUIDByUUID: _unstructure_NameOrUUIDByUUID,
    Object: _unstructure_Object,
    Quotas: _unstructure_Quotas,
    QuotasLimits: _unstructure_QuotasLimits,
    QuotasResponse: _unstructure_QuotasResponse,
    QuotasResponseData: _unstructure_QuotasResponseData,
    QuotasStats: _unstructure_QuotasStats,
    ResponseError: _unstructure_ResponseError,
    Service: _unstructure_Service,
    ServiceGroup: _unstructure_ServiceGroup,
    ServiceGroupInstance: _unstructure_ServiceGroupInstance,
    ServiceGroupTemplate: _unstructure_ServiceGroupTemplate,
    StartInstanceResponse: _unstructure_StartInstanceResponse,
    StartInstanceResponseData: _unstructure_StartInstanceResponseData,
    StartInstanceResponseStartedInstance: _unstructure_StartInstanceResponseStartedInstance,
    StopInstanceResponse: _unstructure_StopInstanceResponse,
    StopInstanceResponseData: _unstructure_StopInstanceResponseData,
    StopInstanceResponseStoppedInstance: _unstructure_StopInstanceResponseStoppedInstance,
    StopInstancesRequestID: _unstructure_StopInstancesRequestID,
    UpdateInstanceByUUIDRequestBody: _unstructure_UpdateInstanceByUUIDRequestBody,
    UpdateInstancesRequest: _unstructure_UpdateInstancesRequest,
    UpdateInstancesResponse: _unstructure_UpdateInstancesResponse,
    UpdateInstancesResponseData: _unstructure_UpdateInstancesResponseData,
    UpdateInstancesResponseUpdatedInstance: _unstructure_UpdateInstancesResponseUpdatedInstance,
    UpdateServiceGroupByUUIDRequestBody: _unstructure_UpdateServiceGroupByUUIDRequestBody,
    UpdateServiceGroupsRequestItem: _unstructure_UpdateServiceGroupsRequestItem,
    UpdateServiceGroupsResponse: _unstructure_UpdateServiceGroupsResponse,
    UpdateServiceGroupsResponseData: _unstructure_UpdateServiceGroupsResponseData,
    UpdateServiceGroupsResponseUpdatedServiceGroup: _unstructure_UpdateServiceGroupsResponseUpdatedServiceGroup,
    UpdateVolumeByUUIDRequestBody: _unstructure_UpdateVolumeByUUIDRequestBody,
    UpdateVolumesRequestItem: _unstructure_UpdateVolumesRequestItem,
    UpdateVolumesResponse: _unstructure_UpdateVolumesResponse,
    UpdateVolumesResponseData: _unstructure_UpdateVolumesResponseData,
    UpdateVolumesResponseUpdatedVolume: _unstructure_UpdateVolumesResponseUpdatedVolume,
    Volume: _unstructure_Volume,
    VolumeInstanceID: _unstructure_VolumeInstanceID,
    VolumeVolumeInstanceMount: _unstructure_VolumeVolumeInstanceMount,
    WaitInstanceByUUIDRequestBody: _unstructure_WaitInstanceByUUIDRequestBody,
    WaitInstanceResponse: _unstructure_WaitInstanceResponse,
    WaitInstanceResponseData: _unstructure_WaitInstanceResponseData,
    WaitInstanceResponseWaitedInstance: _unstructure_WaitInstanceResponseWaitedInstance,
    InstanceRestartPolicy: _unstructure_enum,
    InstanceState: _unstructure_enum,
    ResponseStatus: _unstructure_enum,
    UpdateInstanceProperty: _unstructure_enum,
    UpdateOperation: _unstructure_enum,
    UpdateServiceGroupProperty: _unstructure_enum,
    UpdateVolumeProperty: _unstructure_enum,
    AutoscalePolicyMetric: _unstructure_enum,
    AutoscalePolicyAdjustmentType: _unstructure_enum,
    CertificateState: _unstructure_enum,
    CreateInstanceRequestFeaturesItem: _unstructure_enum,
    InstanceScaleToZeroPolicy: _unstructure_enum,
    ServiceHandlersItem: _unstructure_enum,
    VolumeState: _unstructure_enum,
}


def _make_converter() -> cattrs.Converter:
    import cattrs

    made = cattrs.Converter()
    made.register_structure_hook(UUID, lambda value, _: structure_uuid(value))
    made.register_unstructure_hook(UUID, unstructure_uuid)
    made.register_structure_hook(datetime, lambda value, _: structure_datetime(value))
    made.register_unstructure_hook(datetime, unstructure_datetime)
    # One predicate for all models: no per-class registration cost at import.
    made.register_structure_hook_func(
        _STRUCTURE_HOOKS.__contains__, lambda data, cls: _STRUCTURE_HOOKS[cls](data)
    )
    made.register_unstructure_hook_func(
        _UNSTRUCTURE_HOOKS.__contains__, lambda obj: _UNSTRUCTURE_HOOKS[type(obj)](obj)
    )
    return made


if TYPE_CHECKING:
    import cattrs

    converter: cattrs.Converter
    """The converter of every model, enum and union of this package (and UUIDs, date-times)."""

# cattrs loads when the converter is first used: the functions above need none of it, and
# importing it costs more than reading a large response.
_made: list[cattrs.Converter] = []


def _converter() -> cattrs.Converter:
    if not _made:
        _made.append(_make_converter())
    return _made[0]


def __getattr__(name: str) -> Any:
    if name == "converter":
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@overload
def structure(data: Any, cls: type[T]) -> T: ...
@overload
def structure(data: Any, cls: Any) -> Any: ...
def structure(data: Any, cls: Any) -> Any:
    """Read the decoded JSON ``data`` as ``cls`` (a model, enum, union or other type).

    Raises only ``DecodeError``: any other exception met on the way is turned into one.
    """
    try:
        hook = _STRUCTURE_HOOKS.get(cls)
        if hook is not None:
            return hook(data)
        return _converter().structure(data, cls)
    except UkcError:
        raise
    except Exception as error:  # noqa: BLE001 (the package's boundary)
        foreign = error
    raise foreign_decode_error(foreign, data)


def unstructure(obj: object) -> Any:
    """The JSON value (dicts, lists, strings, numbers) of ``obj``; ``UNSET`` fields left out.

    Raises only ``EncodeError``: any other exception met on the way is turned into one.
    """
    try:
        hook = _UNSTRUCTURE_HOOKS.get(type(obj))
        if hook is not None:
            return hook(obj)
        return _converter().unstructure(obj)
    except UkcError:
        raise
    except Exception as error:  # noqa: BLE001 (the package's boundary)
        foreign = error
    raise foreign_encode_error(foreign, obj)
