"""Models of the Unikraft Cloud Platform API: one class per component schema (API version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.

In a model the client sends, a field that is not required defaults to ``UNSET`` (absent, left
out of the JSON); ``None`` is an explicit null, where the schema allows one. In a model the
client only receives (a response and what it holds), an optional field reads as ``None`` when
absent or null, an array as ``[]``; which of them the JSON had is kept apart, so writing the
model back gives the same JSON. Fields a newer server sends that this client does not know are
kept in ``additional_properties`` and sent back unchanged.

Each class is defined in a private module of ``ukc_client._models`` and loads on first use,
with the classes its annotations name: building every attrs class of the API at import would
cost more than most programs use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models.attach_volume_by_uuid_request_body import AttachVolumeByUUIDRequestBody
    from ._models.attach_volumes_request import AttachVolumesRequest, AttachVolumesRequestInstanceID
    from ._models.attach_volumes_response import (
        AttachVolumesResponse,
        AttachVolumesResponseAttachedVolume,
        AttachVolumesResponseData,
    )
    from ._models.autoscale_policy import (
        AutoscalePolicy,
        AutoscalePolicyAdjustmentType,
        AutoscalePolicyMetric,
        AutoscalePolicyStep,
    )
    from ._models.body_instance_id import BodyInstanceID
    from ._models.certificate import Certificate, CertificateState
    from ._models.create_autoscale_configuration_by_service_group_uuid_request import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    )
    from ._models.create_autoscale_configuration_policy_request import (
        CreateAutoscaleConfigurationPolicyRequest,
    )
    from ._models.create_autoscale_configuration_policy_response import (
        CreateAutoscaleConfigurationPolicyResponse,
        CreateAutoscaleConfigurationPolicyResponseData,
        CreateAutoscaleConfigurationPolicyResponsePolicy,
    )
    from ._models.create_autoscale_configurations_request_configuration import (
        ConfigurationInstanceCreateArgs,
        ConfigurationInstanceCreateArgsRoms,
        ConfigurationInstanceCreateArgsTemplate,
        CreateAutoscaleConfigurationsRequestConfiguration,
    )
    from ._models.create_autoscale_configurations_response import (
        CreateAutoscaleConfigurationsResponse,
        CreateAutoscaleConfigurationsResponseConfigurationsResponse,
        CreateAutoscaleConfigurationsResponseData,
    )
    from ._models.create_certificate_request import CreateCertificateRequest
    from ._models.create_certificate_response import (
        CreateCertificateResponse,
        CreateCertificateResponseData,
    )
    from ._models.create_instance_request import (
        CreateInstanceRequest,
        CreateInstanceRequestDomain,
        CreateInstanceRequestFeaturesItem,
        CreateInstanceRequestServiceGroup,
        CreateInstanceRequestServiceGroupByName,
        CreateInstanceRequestServiceGroupByUUID,
        CreateInstanceRequestServiceGroupNew,
        CreateInstanceRequestVolume,
    )
    from ._models.create_instance_response import CreateInstanceResponse, CreateInstanceResponseData
    from ._models.create_service_group_request import (
        CreateServiceGroupRequest,
        CreateServiceGroupRequestDomain,
    )
    from ._models.create_service_group_response import (
        CreateServiceGroupResponse,
        CreateServiceGroupResponseData,
    )
    from ._models.create_volume_request import CreateVolumeRequest
    from ._models.create_volume_response import (
        CreateVolumeResponse,
        CreateVolumeResponseData,
        CreateVolumeResponseVolume,
    )
    from ._models.delete_autoscale_configuration_policy_response import (
        DeleteAutoscaleConfigurationPolicyResponse,
        DeleteAutoscaleConfigurationPolicyResponseData,
        DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    )
    from ._models.delete_autoscale_configurations_response import (
        DeleteAutoscaleConfigurationsResponse,
        DeleteAutoscaleConfigurationsResponseData,
        DeleteAutoscaleConfigurationsResponseServiceGroup,
    )
    from ._models.delete_certificates_response import (
        DeleteCertificatesResponse,
        DeleteCertificatesResponseData,
        DeleteCertificatesResponseDeletedCertificate,
    )
    from ._models.delete_instances_response import (
        DeleteInstancesResponse,
        DeleteInstancesResponseData,
        DeleteInstancesResponseDeletedInstance,
    )
    from ._models.delete_policy_request import DeletePolicyRequest
    from ._models.delete_service_groups_response import (
        DeleteServiceGroupsResponse,
        DeleteServiceGroupsResponseData,
        DeleteServiceGroupsResponseDeletedServiceGroup,
    )
    from ._models.delete_volumes_response import (
        DeleteVolumesResponse,
        DeleteVolumesResponseData,
        DeleteVolumesResponseDeletedVolume,
    )
    from ._models.detach_volume_by_uuid_request_body import DetachVolumeByUUIDRequestBody
    from ._models.detach_volumes_request import DetachVolumesRequest, DetachVolumesRequestInstanceID
    from ._models.detach_volumes_response import (
        DetachVolumesResponse,
        DetachVolumesResponseData,
        DetachVolumesResponseDetachedVolume,
    )
    from ._models.get_autoscale_configuration_policy_request import (
        GetAutoscaleConfigurationPolicyRequest,
    )
    from ._models.get_autoscale_configuration_policy_response import (
        GetAutoscaleConfigurationPolicyResponse,
        GetAutoscaleConfigurationPolicyResponseData,
        GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    )
    from ._models.get_autoscale_configurations_response import (
        GetAutoscaleConfigurationsResponse,
        GetAutoscaleConfigurationsResponseData,
        GetAutoscaleConfigurationsResponseServiceGroup,
    )
    from ._models.get_certificates_response import (
        GetCertificatesResponse,
        GetCertificatesResponseData,
    )
    from ._models.get_image_response import GetImageResponse, GetImageResponseData, Image, Object
    from ._models.get_instance_logs_by_uuid_request_body import GetInstanceLogsByUUIDRequestBody
    from ._models.get_instance_logs_request import GetInstanceLogsRequest
    from ._models.get_instance_logs_response import (
        GetInstanceLogsResponse,
        GetInstanceLogsResponseAvailable,
        GetInstanceLogsResponseData,
        GetInstanceLogsResponseLoggedInstance,
        GetInstanceLogsResponseRange,
    )
    from ._models.get_instance_metrics_response import (
        GetInstanceMetricsResponse,
        GetInstanceMetricsResponseData,
        GetInstanceMetricsResponseInstanceMetrics,
    )
    from ._models.get_instances_response import GetInstancesResponse, GetInstancesResponseData
    from ._models.get_service_groups_response import (
        GetServiceGroupsResponse,
        GetServiceGroupsResponseData,
    )
    from ._models.get_volumes_response import (
        GetVolumesResponse,
        GetVolumesResponseData,
        Volume,
        VolumeInstanceID,
        VolumeState,
        VolumeVolumeInstanceMount,
    )
    from ._models.google_protobuf_value import GoogleProtobufValue
    from ._models.healthz_response import HealthzResponse, HealthzResponseData
    from ._models.instance import (
        Instance,
        InstanceInstanceServiceGroup,
        InstanceInstanceVolume,
        InstanceNetworkInterface,
        InstanceServiceGroupInstanceDomain,
    )
    from ._models.instance_create_args_instance_create_request_roms import (
        InstanceCreateArgsInstanceCreateRequestRoms,
    )
    from ._models.instance_restart_policy import InstanceRestartPolicy
    from ._models.instance_scale_to_zero import InstanceScaleToZero, InstanceScaleToZeroPolicy
    from ._models.instance_state import InstanceState
    from ._models.name_or_uuid import NameOrUUID, NameOrUUIDByName, NameOrUUIDByUUID
    from ._models.quotas_response import (
        Quotas,
        QuotasLimits,
        QuotasResponse,
        QuotasResponseData,
        QuotasStats,
    )
    from ._models.response_error import ResponseError
    from ._models.response_status import ResponseStatus
    from ._models.service import Service, ServiceHandlersItem
    from ._models.service_group import Domain, ServiceGroup, ServiceGroupInstance
    from ._models.service_group_template import ServiceGroupTemplate
    from ._models.start_instance_response import (
        StartInstanceResponse,
        StartInstanceResponseData,
        StartInstanceResponseStartedInstance,
    )
    from ._models.stop_instance_response import (
        StopInstanceResponse,
        StopInstanceResponseData,
        StopInstanceResponseStoppedInstance,
    )
    from ._models.stop_instances_request_id import StopInstancesRequestID
    from ._models.update_instance_by_uuid_request_body import UpdateInstanceByUUIDRequestBody
    from ._models.update_instance_property import UpdateInstanceProperty
    from ._models.update_instances_request import UpdateInstancesRequest
    from ._models.update_instances_response import (
        UpdateInstancesResponse,
        UpdateInstancesResponseData,
        UpdateInstancesResponseUpdatedInstance,
    )
    from ._models.update_operation import UpdateOperation
    from ._models.update_service_group_by_uuid_request_body import (
        UpdateServiceGroupByUUIDRequestBody,
    )
    from ._models.update_service_group_property import UpdateServiceGroupProperty
    from ._models.update_service_groups_request_item import UpdateServiceGroupsRequestItem
    from ._models.update_service_groups_response import (
        UpdateServiceGroupsResponse,
        UpdateServiceGroupsResponseData,
        UpdateServiceGroupsResponseUpdatedServiceGroup,
    )
    from ._models.update_volume_by_uuid_request_body import UpdateVolumeByUUIDRequestBody
    from ._models.update_volume_property import UpdateVolumeProperty
    from ._models.update_volumes_request_item import UpdateVolumesRequestItem
    from ._models.update_volumes_response import (
        UpdateVolumesResponse,
        UpdateVolumesResponseData,
        UpdateVolumesResponseUpdatedVolume,
    )
    from ._models.wait_instance_by_uuid_request_body import WaitInstanceByUUIDRequestBody
    from ._models.wait_instance_response import (
        WaitInstanceResponse,
        WaitInstanceResponseData,
        WaitInstanceResponseWaitedInstance,
    )

    MODELS: dict[str, Any]
    """Component name -> its class (a model or an enum) or type alias (a union or an alias)."""

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

# Name -> the module of ``_models`` that defines it.
_MODULES = {
    "InstanceRestartPolicy": "instance_restart_policy",
    "InstanceState": "instance_state",
    "ResponseStatus": "response_status",
    "UpdateInstanceProperty": "update_instance_property",
    "UpdateOperation": "update_operation",
    "UpdateServiceGroupProperty": "update_service_group_property",
    "UpdateVolumeProperty": "update_volume_property",
    "AttachVolumeByUUIDRequestBody": "attach_volume_by_uuid_request_body",
    "AttachVolumesRequest": "attach_volumes_request",
    "AttachVolumesRequestInstanceID": "attach_volumes_request",
    "AttachVolumesResponse": "attach_volumes_response",
    "AttachVolumesResponseAttachedVolume": "attach_volumes_response",
    "AttachVolumesResponseData": "attach_volumes_response",
    "AutoscalePolicyMetric": "autoscale_policy",
    "AutoscalePolicyAdjustmentType": "autoscale_policy",
    "AutoscalePolicy": "autoscale_policy",
    "AutoscalePolicyStep": "autoscale_policy",
    "BodyInstanceID": "body_instance_id",
    "CertificateState": "certificate",
    "Certificate": "certificate",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequest": "create_autoscale_configuration_by_service_group_uuid_request",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms": "create_autoscale_configuration_by_service_group_uuid_request",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate": "create_autoscale_configuration_by_service_group_uuid_request",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs": "create_autoscale_configuration_by_service_group_uuid_request",
    "CreateAutoscaleConfigurationPolicyRequest": "create_autoscale_configuration_policy_request",
    "CreateAutoscaleConfigurationPolicyResponse": "create_autoscale_configuration_policy_response",
    "CreateAutoscaleConfigurationPolicyResponseData": "create_autoscale_configuration_policy_response",
    "CreateAutoscaleConfigurationPolicyResponsePolicy": "create_autoscale_configuration_policy_response",
    "ConfigurationInstanceCreateArgsRoms": "create_autoscale_configurations_request_configuration",
    "ConfigurationInstanceCreateArgsTemplate": "create_autoscale_configurations_request_configuration",
    "CreateAutoscaleConfigurationsRequestConfiguration": "create_autoscale_configurations_request_configuration",
    "ConfigurationInstanceCreateArgs": "create_autoscale_configurations_request_configuration",
    "CreateAutoscaleConfigurationsResponse": "create_autoscale_configurations_response",
    "CreateAutoscaleConfigurationsResponseConfigurationsResponse": "create_autoscale_configurations_response",
    "CreateAutoscaleConfigurationsResponseData": "create_autoscale_configurations_response",
    "CreateCertificateRequest": "create_certificate_request",
    "CreateCertificateResponse": "create_certificate_response",
    "CreateCertificateResponseData": "create_certificate_response",
    "CreateInstanceRequestFeaturesItem": "create_instance_request",
    "CreateInstanceRequest": "create_instance_request",
    "CreateInstanceRequestDomain": "create_instance_request",
    "CreateInstanceRequestServiceGroupByName": "create_instance_request",
    "CreateInstanceRequestServiceGroupByUUID": "create_instance_request",
    "CreateInstanceRequestServiceGroupNew": "create_instance_request",
    "CreateInstanceRequestVolume": "create_instance_request",
    "CreateInstanceRequestServiceGroup": "create_instance_request",
    "CreateInstanceResponse": "create_instance_response",
    "CreateInstanceResponseData": "create_instance_response",
    "CreateServiceGroupRequest": "create_service_group_request",
    "CreateServiceGroupRequestDomain": "create_service_group_request",
    "CreateServiceGroupResponse": "create_service_group_response",
    "CreateServiceGroupResponseData": "create_service_group_response",
    "CreateVolumeRequest": "create_volume_request",
    "CreateVolumeResponse": "create_volume_response",
    "CreateVolumeResponseData": "create_volume_response",
    "CreateVolumeResponseVolume": "create_volume_response",
    "DeleteAutoscaleConfigurationPolicyResponse": "delete_autoscale_configuration_policy_response",
    "DeleteAutoscaleConfigurationPolicyResponseData": "delete_autoscale_configuration_policy_response",
    "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse": "delete_autoscale_configuration_policy_response",
    "DeleteAutoscaleConfigurationsResponse": "delete_autoscale_configurations_response",
    "DeleteAutoscaleConfigurationsResponseData": "delete_autoscale_configurations_response",
    "DeleteAutoscaleConfigurationsResponseServiceGroup": "delete_autoscale_configurations_response",
    "DeleteCertificatesResponse": "delete_certificates_response",
    "DeleteCertificatesResponseData": "delete_certificates_response",
    "DeleteCertificatesResponseDeletedCertificate": "delete_certificates_response",
    "DeleteInstancesResponse": "delete_instances_response",
    "DeleteInstancesResponseData": "delete_instances_response",
    "DeleteInstancesResponseDeletedInstance": "delete_instances_response",
    "DeletePolicyRequest": "delete_policy_request",
    "DeleteServiceGroupsResponse": "delete_service_groups_response",
    "DeleteServiceGroupsResponseData": "delete_service_groups_response",
    "DeleteServiceGroupsResponseDeletedServiceGroup": "delete_service_groups_response",
    "DeleteVolumesResponse": "delete_volumes_response",
    "DeleteVolumesResponseData": "delete_volumes_response",
    "DeleteVolumesResponseDeletedVolume": "delete_volumes_response",
    "DetachVolumeByUUIDRequestBody": "detach_volume_by_uuid_request_body",
    "DetachVolumesRequest": "detach_volumes_request",
    "DetachVolumesRequestInstanceID": "detach_volumes_request",
    "DetachVolumesResponse": "detach_volumes_response",
    "DetachVolumesResponseData": "detach_volumes_response",
    "DetachVolumesResponseDetachedVolume": "detach_volumes_response",
    "GetAutoscaleConfigurationPolicyRequest": "get_autoscale_configuration_policy_request",
    "GetAutoscaleConfigurationPolicyResponse": "get_autoscale_configuration_policy_response",
    "GetAutoscaleConfigurationPolicyResponseData": "get_autoscale_configuration_policy_response",
    "GetAutoscaleConfigurationPolicyResponsePolicyResponse": "get_autoscale_configuration_policy_response",
    "GetAutoscaleConfigurationsResponse": "get_autoscale_configurations_response",
    "GetAutoscaleConfigurationsResponseData": "get_autoscale_configurations_response",
    "GetAutoscaleConfigurationsResponseServiceGroup": "get_autoscale_configurations_response",
    "GetCertificatesResponse": "get_certificates_response",
    "GetCertificatesResponseData": "get_certificates_response",
    "GetImageResponse": "get_image_response",
    "GetImageResponseData": "get_image_response",
    "Image": "get_image_response",
    "Object": "get_image_response",
    "GetInstanceLogsByUUIDRequestBody": "get_instance_logs_by_uuid_request_body",
    "GetInstanceLogsRequest": "get_instance_logs_request",
    "GetInstanceLogsResponse": "get_instance_logs_response",
    "GetInstanceLogsResponseAvailable": "get_instance_logs_response",
    "GetInstanceLogsResponseData": "get_instance_logs_response",
    "GetInstanceLogsResponseLoggedInstance": "get_instance_logs_response",
    "GetInstanceLogsResponseRange": "get_instance_logs_response",
    "GetInstanceMetricsResponse": "get_instance_metrics_response",
    "GetInstanceMetricsResponseData": "get_instance_metrics_response",
    "GetInstanceMetricsResponseInstanceMetrics": "get_instance_metrics_response",
    "GetInstancesResponse": "get_instances_response",
    "GetInstancesResponseData": "get_instances_response",
    "GetServiceGroupsResponse": "get_service_groups_response",
    "GetServiceGroupsResponseData": "get_service_groups_response",
    "VolumeState": "get_volumes_response",
    "GetVolumesResponse": "get_volumes_response",
    "GetVolumesResponseData": "get_volumes_response",
    "Volume": "get_volumes_response",
    "VolumeInstanceID": "get_volumes_response",
    "VolumeVolumeInstanceMount": "get_volumes_response",
    "HealthzResponse": "healthz_response",
    "HealthzResponseData": "healthz_response",
    "Instance": "instance",
    "InstanceInstanceServiceGroup": "instance",
    "InstanceInstanceVolume": "instance",
    "InstanceNetworkInterface": "instance",
    "InstanceServiceGroupInstanceDomain": "instance",
    "InstanceCreateArgsInstanceCreateRequestRoms": "instance_create_args_instance_create_request_roms",
    "InstanceScaleToZeroPolicy": "instance_scale_to_zero",
    "InstanceScaleToZero": "instance_scale_to_zero",
    "Quotas": "quotas_response",
    "QuotasLimits": "quotas_response",
    "QuotasResponse": "quotas_response",
    "QuotasResponseData": "quotas_response",
    "QuotasStats": "quotas_response",
    "ResponseError": "response_error",
    "ServiceHandlersItem": "service",
    "Service": "service",
    "Domain": "service_group",
    "ServiceGroup": "service_group",
    "ServiceGroupInstance": "service_group",
    "ServiceGroupTemplate": "service_group_template",
    "StartInstanceResponse": "start_instance_response",
    "StartInstanceResponseData": "start_instance_response",
    "StartInstanceResponseStartedInstance": "start_instance_response",
    "StopInstanceResponse": "stop_instance_response",
    "StopInstanceResponseData": "stop_instance_response",
    "StopInstanceResponseStoppedInstance": "stop_instance_response",
    "StopInstancesRequestID": "stop_instances_request_id",
    "UpdateInstanceByUUIDRequestBody": "update_instance_by_uuid_request_body",
    "UpdateInstancesRequest": "update_instances_request",
    "UpdateInstancesResponse": "update_instances_response",
    "UpdateInstancesResponseData": "update_instances_response",
    "UpdateInstancesResponseUpdatedInstance": "update_instances_response",
    "UpdateServiceGroupByUUIDRequestBody": "update_service_group_by_uuid_request_body",
    "UpdateServiceGroupsRequestItem": "update_service_groups_request_item",
    "UpdateServiceGroupsResponse": "update_service_groups_response",
    "UpdateServiceGroupsResponseData": "update_service_groups_response",
    "UpdateServiceGroupsResponseUpdatedServiceGroup": "update_service_groups_response",
    "UpdateVolumeByUUIDRequestBody": "update_volume_by_uuid_request_body",
    "UpdateVolumesRequestItem": "update_volumes_request_item",
    "UpdateVolumesResponse": "update_volumes_response",
    "UpdateVolumesResponseData": "update_volumes_response",
    "UpdateVolumesResponseUpdatedVolume": "update_volumes_response",
    "WaitInstanceByUUIDRequestBody": "wait_instance_by_uuid_request_body",
    "WaitInstanceResponse": "wait_instance_response",
    "WaitInstanceResponseData": "wait_instance_response",
    "WaitInstanceResponseWaitedInstance": "wait_instance_response",
    "NameOrUUIDByName": "name_or_uuid",
    "NameOrUUIDByUUID": "name_or_uuid",
    "NameOrUUID": "name_or_uuid",
    "GoogleProtobufValue": "google_protobuf_value",
}

_COMPONENTS = {
    "AttachVolumeByUUIDRequestBody": "AttachVolumeByUUIDRequestBody",
    "AttachVolumesRequest": "AttachVolumesRequest",
    "AttachVolumesRequestInstanceID": "AttachVolumesRequestInstanceID",
    "AttachVolumesResponse": "AttachVolumesResponse",
    "AttachVolumesResponseAttachedVolume": "AttachVolumesResponseAttachedVolume",
    "AttachVolumesResponseData": "AttachVolumesResponseData",
    "AutoscalePolicy": "AutoscalePolicy",
    "AutoscalePolicyStep": "AutoscalePolicyStep",
    "BodyInstanceID": "BodyInstanceID",
    "Certificate": "Certificate",
    "ConfigurationInstanceCreateArgsRoms": "ConfigurationInstanceCreateArgsRoms",
    "ConfigurationInstanceCreateArgsTemplate": "ConfigurationInstanceCreateArgsTemplate",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequest": "CreateAutoscaleConfigurationByServiceGroupUUIDRequest",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms": "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate": "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate",
    "CreateAutoscaleConfigurationPolicyRequest": "CreateAutoscaleConfigurationPolicyRequest",
    "CreateAutoscaleConfigurationPolicyResponse": "CreateAutoscaleConfigurationPolicyResponse",
    "CreateAutoscaleConfigurationPolicyResponseData": "CreateAutoscaleConfigurationPolicyResponseData",
    "CreateAutoscaleConfigurationPolicyResponsePolicy": "CreateAutoscaleConfigurationPolicyResponsePolicy",
    "CreateAutoscaleConfigurationsRequestConfiguration": "CreateAutoscaleConfigurationsRequestConfiguration",
    "CreateAutoscaleConfigurationsResponse": "CreateAutoscaleConfigurationsResponse",
    "CreateAutoscaleConfigurationsResponseConfigurationsResponse": "CreateAutoscaleConfigurationsResponseConfigurationsResponse",
    "CreateAutoscaleConfigurationsResponseData": "CreateAutoscaleConfigurationsResponseData",
    "CreateCertificateRequest": "CreateCertificateRequest",
    "CreateCertificateResponse": "CreateCertificateResponse",
    "CreateCertificateResponseData": "CreateCertificateResponseData",
    "CreateInstanceRequest": "CreateInstanceRequest",
    "CreateInstanceRequestDomain": "CreateInstanceRequestDomain",
    "CreateInstanceRequestServiceGroupByName": "CreateInstanceRequestServiceGroupByName",
    "CreateInstanceRequestServiceGroupByUUID": "CreateInstanceRequestServiceGroupByUUID",
    "CreateInstanceRequestServiceGroupNew": "CreateInstanceRequestServiceGroupNew",
    "CreateInstanceRequestVolume": "CreateInstanceRequestVolume",
    "CreateInstanceResponse": "CreateInstanceResponse",
    "CreateInstanceResponseData": "CreateInstanceResponseData",
    "CreateServiceGroupRequest": "CreateServiceGroupRequest",
    "CreateServiceGroupRequestDomain": "CreateServiceGroupRequestDomain",
    "CreateServiceGroupResponse": "CreateServiceGroupResponse",
    "CreateServiceGroupResponseData": "CreateServiceGroupResponseData",
    "CreateVolumeRequest": "CreateVolumeRequest",
    "CreateVolumeResponse": "CreateVolumeResponse",
    "CreateVolumeResponseData": "CreateVolumeResponseData",
    "CreateVolumeResponseVolume": "CreateVolumeResponseVolume",
    "DeleteAutoscaleConfigurationPolicyResponse": "DeleteAutoscaleConfigurationPolicyResponse",
    "DeleteAutoscaleConfigurationPolicyResponseData": "DeleteAutoscaleConfigurationPolicyResponseData",
    "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse": "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse",
    "DeleteAutoscaleConfigurationsResponse": "DeleteAutoscaleConfigurationsResponse",
    "DeleteAutoscaleConfigurationsResponseData": "DeleteAutoscaleConfigurationsResponseData",
    "DeleteAutoscaleConfigurationsResponseServiceGroup": "DeleteAutoscaleConfigurationsResponseServiceGroup",
    "DeleteCertificatesResponse": "DeleteCertificatesResponse",
    "DeleteCertificatesResponseData": "DeleteCertificatesResponseData",
    "DeleteCertificatesResponseDeletedCertificate": "DeleteCertificatesResponseDeletedCertificate",
    "DeleteInstancesResponse": "DeleteInstancesResponse",
    "DeleteInstancesResponseData": "DeleteInstancesResponseData",
    "DeleteInstancesResponseDeletedInstance": "DeleteInstancesResponseDeletedInstance",
    "DeletePolicyRequest": "DeletePolicyRequest",
    "DeleteServiceGroupsResponse": "DeleteServiceGroupsResponse",
    "DeleteServiceGroupsResponseData": "DeleteServiceGroupsResponseData",
    "DeleteServiceGroupsResponseDeletedServiceGroup": "DeleteServiceGroupsResponseDeletedServiceGroup",
    "DeleteVolumesResponse": "DeleteVolumesResponse",
    "DeleteVolumesResponseData": "DeleteVolumesResponseData",
    "DeleteVolumesResponseDeletedVolume": "DeleteVolumesResponseDeletedVolume",
    "DetachVolumeByUUIDRequestBody": "DetachVolumeByUUIDRequestBody",
    "DetachVolumesRequest": "DetachVolumesRequest",
    "DetachVolumesRequestInstanceID": "DetachVolumesRequestInstanceID",
    "DetachVolumesResponse": "DetachVolumesResponse",
    "DetachVolumesResponseData": "DetachVolumesResponseData",
    "DetachVolumesResponseDetachedVolume": "DetachVolumesResponseDetachedVolume",
    "Domain": "Domain",
    "GetAutoscaleConfigurationPolicyRequest": "GetAutoscaleConfigurationPolicyRequest",
    "GetAutoscaleConfigurationPolicyResponse": "GetAutoscaleConfigurationPolicyResponse",
    "GetAutoscaleConfigurationPolicyResponseData": "GetAutoscaleConfigurationPolicyResponseData",
    "GetAutoscaleConfigurationPolicyResponsePolicyResponse": "GetAutoscaleConfigurationPolicyResponsePolicyResponse",
    "GetAutoscaleConfigurationsResponse": "GetAutoscaleConfigurationsResponse",
    "GetAutoscaleConfigurationsResponseData": "GetAutoscaleConfigurationsResponseData",
    "GetAutoscaleConfigurationsResponseServiceGroup": "GetAutoscaleConfigurationsResponseServiceGroup",
    "GetCertificatesResponse": "GetCertificatesResponse",
    "GetCertificatesResponseData": "GetCertificatesResponseData",
    "GetImageResponse": "GetImageResponse",
    "GetImageResponseData": "GetImageResponseData",
    "GetInstanceLogsByUUIDRequestBody": "GetInstanceLogsByUUIDRequestBody",
    "GetInstanceLogsRequest": "GetInstanceLogsRequest",
    "GetInstanceLogsResponse": "GetInstanceLogsResponse",
    "GetInstanceLogsResponseAvailable": "GetInstanceLogsResponseAvailable",
    "GetInstanceLogsResponseData": "GetInstanceLogsResponseData",
    "GetInstanceLogsResponseLoggedInstance": "GetInstanceLogsResponseLoggedInstance",
    "GetInstanceLogsResponseRange": "GetInstanceLogsResponseRange",
    "GetInstanceMetricsResponse": "GetInstanceMetricsResponse",
    "GetInstanceMetricsResponseData": "GetInstanceMetricsResponseData",
    "GetInstanceMetricsResponseInstanceMetrics": "GetInstanceMetricsResponseInstanceMetrics",
    "GetInstancesResponse": "GetInstancesResponse",
    "GetInstancesResponseData": "GetInstancesResponseData",
    "GetServiceGroupsResponse": "GetServiceGroupsResponse",
    "GetServiceGroupsResponseData": "GetServiceGroupsResponseData",
    "GetVolumesResponse": "GetVolumesResponse",
    "GetVolumesResponseData": "GetVolumesResponseData",
    "HealthzResponse": "HealthzResponse",
    "HealthzResponseData": "HealthzResponseData",
    "Image": "Image",
    "Instance": "Instance",
    "InstanceCreateArgsInstanceCreateRequestRoms": "InstanceCreateArgsInstanceCreateRequestRoms",
    "InstanceInstanceServiceGroup": "InstanceInstanceServiceGroup",
    "InstanceInstanceVolume": "InstanceInstanceVolume",
    "InstanceNetworkInterface": "InstanceNetworkInterface",
    "InstanceScaleToZero": "InstanceScaleToZero",
    "InstanceServiceGroupInstanceDomain": "InstanceServiceGroupInstanceDomain",
    "NameOrUUIDByName": "NameOrUUIDByName",
    "NameOrUUIDByUUID": "NameOrUUIDByUUID",
    "Object": "Object",
    "Quotas": "Quotas",
    "QuotasLimits": "QuotasLimits",
    "QuotasResponse": "QuotasResponse",
    "QuotasResponseData": "QuotasResponseData",
    "QuotasStats": "QuotasStats",
    "ResponseError": "ResponseError",
    "Service": "Service",
    "ServiceGroup": "ServiceGroup",
    "ServiceGroupInstance": "ServiceGroupInstance",
    "ServiceGroupTemplate": "ServiceGroupTemplate",
    "StartInstanceResponse": "StartInstanceResponse",
    "StartInstanceResponseData": "StartInstanceResponseData",
    "StartInstanceResponseStartedInstance": "StartInstanceResponseStartedInstance",
    "StopInstanceResponse": "StopInstanceResponse",
    "StopInstanceResponseData": "StopInstanceResponseData",
    "StopInstanceResponseStoppedInstance": "StopInstanceResponseStoppedInstance",
    "StopInstancesRequestID": "StopInstancesRequestID",
    "UpdateInstanceByUUIDRequestBody": "UpdateInstanceByUUIDRequestBody",
    "UpdateInstancesRequest": "UpdateInstancesRequest",
    "UpdateInstancesResponse": "UpdateInstancesResponse",
    "UpdateInstancesResponseData": "UpdateInstancesResponseData",
    "UpdateInstancesResponseUpdatedInstance": "UpdateInstancesResponseUpdatedInstance",
    "UpdateServiceGroupByUUIDRequestBody": "UpdateServiceGroupByUUIDRequestBody",
    "UpdateServiceGroupsRequestItem": "UpdateServiceGroupsRequestItem",
    "UpdateServiceGroupsResponse": "UpdateServiceGroupsResponse",
    "UpdateServiceGroupsResponseData": "UpdateServiceGroupsResponseData",
    "UpdateServiceGroupsResponseUpdatedServiceGroup": "UpdateServiceGroupsResponseUpdatedServiceGroup",
    "UpdateVolumeByUUIDRequestBody": "UpdateVolumeByUUIDRequestBody",
    "UpdateVolumesRequestItem": "UpdateVolumesRequestItem",
    "UpdateVolumesResponse": "UpdateVolumesResponse",
    "UpdateVolumesResponseData": "UpdateVolumesResponseData",
    "UpdateVolumesResponseUpdatedVolume": "UpdateVolumesResponseUpdatedVolume",
    "Volume": "Volume",
    "VolumeInstanceID": "VolumeInstanceID",
    "VolumeVolumeInstanceMount": "VolumeVolumeInstanceMount",
    "WaitInstanceByUUIDRequestBody": "WaitInstanceByUUIDRequestBody",
    "WaitInstanceResponse": "WaitInstanceResponse",
    "WaitInstanceResponseData": "WaitInstanceResponseData",
    "WaitInstanceResponseWaitedInstance": "WaitInstanceResponseWaitedInstance",
    "InstanceRestartPolicy": "InstanceRestartPolicy",
    "InstanceState": "InstanceState",
    "ResponseStatus": "ResponseStatus",
    "UpdateInstanceProperty": "UpdateInstanceProperty",
    "UpdateOperation": "UpdateOperation",
    "UpdateServiceGroupProperty": "UpdateServiceGroupProperty",
    "UpdateVolumeProperty": "UpdateVolumeProperty",
    "ConfigurationInstanceCreateArgs": "ConfigurationInstanceCreateArgs",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs": "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs",
    "CreateInstanceRequestServiceGroup": "CreateInstanceRequestServiceGroup",
    "NameOrUUID": "NameOrUUID",
    "GoogleProtobufValue": "GoogleProtobufValue",
}


def __getattr__(name: str) -> Any:
    if name == "MODELS":
        value: Any = {component: __getattr__(named) for component, named in _COMPONENTS.items()}
    elif name in _MODULES:
        value = getattr(importlib.import_module(f"._models.{_MODULES[name]}", __package__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
