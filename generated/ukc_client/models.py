"""Models of the Unikraft Cloud Platform API: one class per component schema (API version document-d80d1114d508).

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.

In a model the client sends, a field that is not required defaults to ``UNSET`` (absent, left
out of the JSON); ``None`` is an explicit null. In a model the client only receives (a response
and what it holds), an optional field reads as ``None`` when absent or null, an array as
``[]``; which of them the JSON had is kept apart, so writing the model back gives the same JSON. Fields a newer server sends that this client does not know are kept in
``additional_properties`` and sent back unchanged.

Each class is defined in a private module of ``ukc_client._models`` and loads on first use,
with the classes its annotations name: building every attrs class of the API at import would
cost more than most programs use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models.attach_volume_by_uuid_request_body import (
        AttachVolumeByUUIDRequestBody as AttachVolumeByUUIDRequestBody,
    )
    from ._models.attach_volumes_request import AttachVolumesRequest as AttachVolumesRequest
    from ._models.attach_volumes_request import (
        AttachVolumesRequestInstanceID as AttachVolumesRequestInstanceID,
    )
    from ._models.attach_volumes_response import AttachVolumesResponse as AttachVolumesResponse
    from ._models.attach_volumes_response import (
        AttachVolumesResponseAttachedVolume as AttachVolumesResponseAttachedVolume,
    )
    from ._models.attach_volumes_response import (
        AttachVolumesResponseData as AttachVolumesResponseData,
    )
    from ._models.autoscale_policy import AutoscalePolicy as AutoscalePolicy
    from ._models.autoscale_policy import (
        AutoscalePolicyAdjustmentType as AutoscalePolicyAdjustmentType,
    )
    from ._models.autoscale_policy import AutoscalePolicyMetric as AutoscalePolicyMetric
    from ._models.autoscale_policy import AutoscalePolicyStep as AutoscalePolicyStep
    from ._models.body_instance_id import BodyInstanceID as BodyInstanceID
    from ._models.certificate import Certificate as Certificate
    from ._models.certificate import CertificateState as CertificateState
    from ._models.create_autoscale_configuration_by_service_group_uuid_request import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequest as CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    )
    from ._models.create_autoscale_configuration_by_service_group_uuid_request import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs as CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
    )
    from ._models.create_autoscale_configuration_by_service_group_uuid_request import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms as CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    )
    from ._models.create_autoscale_configuration_by_service_group_uuid_request import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate as CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    )
    from ._models.create_autoscale_configuration_policy_request import (
        CreateAutoscaleConfigurationPolicyRequest as CreateAutoscaleConfigurationPolicyRequest,
    )
    from ._models.create_autoscale_configuration_policy_response import (
        CreateAutoscaleConfigurationPolicyResponse as CreateAutoscaleConfigurationPolicyResponse,
    )
    from ._models.create_autoscale_configuration_policy_response import (
        CreateAutoscaleConfigurationPolicyResponseData as CreateAutoscaleConfigurationPolicyResponseData,
    )
    from ._models.create_autoscale_configuration_policy_response import (
        CreateAutoscaleConfigurationPolicyResponsePolicy as CreateAutoscaleConfigurationPolicyResponsePolicy,
    )
    from ._models.create_autoscale_configurations_request_configuration import (
        ConfigurationInstanceCreateArgs as ConfigurationInstanceCreateArgs,
    )
    from ._models.create_autoscale_configurations_request_configuration import (
        ConfigurationInstanceCreateArgsRoms as ConfigurationInstanceCreateArgsRoms,
    )
    from ._models.create_autoscale_configurations_request_configuration import (
        ConfigurationInstanceCreateArgsTemplate as ConfigurationInstanceCreateArgsTemplate,
    )
    from ._models.create_autoscale_configurations_request_configuration import (
        CreateAutoscaleConfigurationsRequestConfiguration as CreateAutoscaleConfigurationsRequestConfiguration,
    )
    from ._models.create_autoscale_configurations_response import (
        CreateAutoscaleConfigurationsResponse as CreateAutoscaleConfigurationsResponse,
    )
    from ._models.create_autoscale_configurations_response import (
        CreateAutoscaleConfigurationsResponseConfigurationsResponse as CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    )
    from ._models.create_autoscale_configurations_response import (
        CreateAutoscaleConfigurationsResponseData as CreateAutoscaleConfigurationsResponseData,
    )
    from ._models.create_certificate_request import (
        CreateCertificateRequest as CreateCertificateRequest,
    )
    from ._models.create_certificate_response import (
        CreateCertificateResponse as CreateCertificateResponse,
    )
    from ._models.create_certificate_response import (
        CreateCertificateResponseData as CreateCertificateResponseData,
    )
    from ._models.create_instance_request import CreateInstanceRequest as CreateInstanceRequest
    from ._models.create_instance_request import (
        CreateInstanceRequestDomain as CreateInstanceRequestDomain,
    )
    from ._models.create_instance_request import (
        CreateInstanceRequestFeaturesItem as CreateInstanceRequestFeaturesItem,
    )
    from ._models.create_instance_request import (
        CreateInstanceRequestServiceGroup as CreateInstanceRequestServiceGroup,
    )
    from ._models.create_instance_request import (
        CreateInstanceRequestServiceGroupByName as CreateInstanceRequestServiceGroupByName,
    )
    from ._models.create_instance_request import (
        CreateInstanceRequestServiceGroupByUUID as CreateInstanceRequestServiceGroupByUUID,
    )
    from ._models.create_instance_request import (
        CreateInstanceRequestServiceGroupNew as CreateInstanceRequestServiceGroupNew,
    )
    from ._models.create_instance_request import (
        CreateInstanceRequestVolume as CreateInstanceRequestVolume,
    )
    from ._models.create_instance_response import CreateInstanceResponse as CreateInstanceResponse
    from ._models.create_instance_response import (
        CreateInstanceResponseData as CreateInstanceResponseData,
    )
    from ._models.create_service_group_request import (
        CreateServiceGroupRequest as CreateServiceGroupRequest,
    )
    from ._models.create_service_group_request import (
        CreateServiceGroupRequestDomain as CreateServiceGroupRequestDomain,
    )
    from ._models.create_service_group_response import (
        CreateServiceGroupResponse as CreateServiceGroupResponse,
    )
    from ._models.create_service_group_response import (
        CreateServiceGroupResponseData as CreateServiceGroupResponseData,
    )
    from ._models.create_volume_request import CreateVolumeRequest as CreateVolumeRequest
    from ._models.create_volume_response import CreateVolumeResponse as CreateVolumeResponse
    from ._models.create_volume_response import CreateVolumeResponseData as CreateVolumeResponseData
    from ._models.create_volume_response import (
        CreateVolumeResponseVolume as CreateVolumeResponseVolume,
    )
    from ._models.delete_autoscale_configuration_policy_response import (
        DeleteAutoscaleConfigurationPolicyResponse as DeleteAutoscaleConfigurationPolicyResponse,
    )
    from ._models.delete_autoscale_configuration_policy_response import (
        DeleteAutoscaleConfigurationPolicyResponseData as DeleteAutoscaleConfigurationPolicyResponseData,
    )
    from ._models.delete_autoscale_configuration_policy_response import (
        DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse as DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    )
    from ._models.delete_autoscale_configurations_response import (
        DeleteAutoscaleConfigurationsResponse as DeleteAutoscaleConfigurationsResponse,
    )
    from ._models.delete_autoscale_configurations_response import (
        DeleteAutoscaleConfigurationsResponseData as DeleteAutoscaleConfigurationsResponseData,
    )
    from ._models.delete_autoscale_configurations_response import (
        DeleteAutoscaleConfigurationsResponseServiceGroup as DeleteAutoscaleConfigurationsResponseServiceGroup,
    )
    from ._models.delete_certificates_response import (
        DeleteCertificatesResponse as DeleteCertificatesResponse,
    )
    from ._models.delete_certificates_response import (
        DeleteCertificatesResponseData as DeleteCertificatesResponseData,
    )
    from ._models.delete_certificates_response import (
        DeleteCertificatesResponseDeletedCertificate as DeleteCertificatesResponseDeletedCertificate,
    )
    from ._models.delete_instances_response import (
        DeleteInstancesResponse as DeleteInstancesResponse,
    )
    from ._models.delete_instances_response import (
        DeleteInstancesResponseData as DeleteInstancesResponseData,
    )
    from ._models.delete_instances_response import (
        DeleteInstancesResponseDeletedInstance as DeleteInstancesResponseDeletedInstance,
    )
    from ._models.delete_policy_request import DeletePolicyRequest as DeletePolicyRequest
    from ._models.delete_service_groups_response import (
        DeleteServiceGroupsResponse as DeleteServiceGroupsResponse,
    )
    from ._models.delete_service_groups_response import (
        DeleteServiceGroupsResponseData as DeleteServiceGroupsResponseData,
    )
    from ._models.delete_service_groups_response import (
        DeleteServiceGroupsResponseDeletedServiceGroup as DeleteServiceGroupsResponseDeletedServiceGroup,
    )
    from ._models.delete_volumes_response import DeleteVolumesResponse as DeleteVolumesResponse
    from ._models.delete_volumes_response import (
        DeleteVolumesResponseData as DeleteVolumesResponseData,
    )
    from ._models.delete_volumes_response import (
        DeleteVolumesResponseDeletedVolume as DeleteVolumesResponseDeletedVolume,
    )
    from ._models.detach_volume_by_uuid_request_body import (
        DetachVolumeByUUIDRequestBody as DetachVolumeByUUIDRequestBody,
    )
    from ._models.detach_volumes_request import DetachVolumesRequest as DetachVolumesRequest
    from ._models.detach_volumes_request import (
        DetachVolumesRequestInstanceID as DetachVolumesRequestInstanceID,
    )
    from ._models.detach_volumes_response import DetachVolumesResponse as DetachVolumesResponse
    from ._models.detach_volumes_response import (
        DetachVolumesResponseData as DetachVolumesResponseData,
    )
    from ._models.detach_volumes_response import (
        DetachVolumesResponseDetachedVolume as DetachVolumesResponseDetachedVolume,
    )
    from ._models.get_autoscale_configuration_policy_request import (
        GetAutoscaleConfigurationPolicyRequest as GetAutoscaleConfigurationPolicyRequest,
    )
    from ._models.get_autoscale_configuration_policy_response import (
        GetAutoscaleConfigurationPolicyResponse as GetAutoscaleConfigurationPolicyResponse,
    )
    from ._models.get_autoscale_configuration_policy_response import (
        GetAutoscaleConfigurationPolicyResponseData as GetAutoscaleConfigurationPolicyResponseData,
    )
    from ._models.get_autoscale_configuration_policy_response import (
        GetAutoscaleConfigurationPolicyResponsePolicyResponse as GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    )
    from ._models.get_autoscale_configurations_response import (
        GetAutoscaleConfigurationsResponse as GetAutoscaleConfigurationsResponse,
    )
    from ._models.get_autoscale_configurations_response import (
        GetAutoscaleConfigurationsResponseData as GetAutoscaleConfigurationsResponseData,
    )
    from ._models.get_autoscale_configurations_response import (
        GetAutoscaleConfigurationsResponseServiceGroup as GetAutoscaleConfigurationsResponseServiceGroup,
    )
    from ._models.get_certificates_response import (
        GetCertificatesResponse as GetCertificatesResponse,
    )
    from ._models.get_certificates_response import (
        GetCertificatesResponseData as GetCertificatesResponseData,
    )
    from ._models.get_image_response import GetImageResponse as GetImageResponse
    from ._models.get_image_response import GetImageResponseData as GetImageResponseData
    from ._models.get_image_response import Image as Image
    from ._models.get_image_response import Object as Object
    from ._models.get_instance_logs_by_uuid_request_body import (
        GetInstanceLogsByUUIDRequestBody as GetInstanceLogsByUUIDRequestBody,
    )
    from ._models.get_instance_logs_request import GetInstanceLogsRequest as GetInstanceLogsRequest
    from ._models.get_instance_logs_response import (
        GetInstanceLogsResponse as GetInstanceLogsResponse,
    )
    from ._models.get_instance_logs_response import (
        GetInstanceLogsResponseAvailable as GetInstanceLogsResponseAvailable,
    )
    from ._models.get_instance_logs_response import (
        GetInstanceLogsResponseData as GetInstanceLogsResponseData,
    )
    from ._models.get_instance_logs_response import (
        GetInstanceLogsResponseLoggedInstance as GetInstanceLogsResponseLoggedInstance,
    )
    from ._models.get_instance_logs_response import (
        GetInstanceLogsResponseRange as GetInstanceLogsResponseRange,
    )
    from ._models.get_instance_metrics_response import (
        GetInstanceMetricsResponse as GetInstanceMetricsResponse,
    )
    from ._models.get_instance_metrics_response import (
        GetInstanceMetricsResponseData as GetInstanceMetricsResponseData,
    )
    from ._models.get_instance_metrics_response import (
        GetInstanceMetricsResponseInstanceMetrics as GetInstanceMetricsResponseInstanceMetrics,
    )
    from ._models.get_instances_response import GetInstancesResponse as GetInstancesResponse
    from ._models.get_instances_response import GetInstancesResponseData as GetInstancesResponseData
    from ._models.get_service_groups_response import (
        GetServiceGroupsResponse as GetServiceGroupsResponse,
    )
    from ._models.get_service_groups_response import (
        GetServiceGroupsResponseData as GetServiceGroupsResponseData,
    )
    from ._models.get_volumes_response import GetVolumesResponse as GetVolumesResponse
    from ._models.get_volumes_response import GetVolumesResponseData as GetVolumesResponseData
    from ._models.get_volumes_response import Volume as Volume
    from ._models.get_volumes_response import VolumeInstanceID as VolumeInstanceID
    from ._models.get_volumes_response import VolumeState as VolumeState
    from ._models.get_volumes_response import VolumeVolumeInstanceMount as VolumeVolumeInstanceMount
    from ._models.google_protobuf_value import GoogleProtobufValue as GoogleProtobufValue
    from ._models.healthz_response import HealthzResponse as HealthzResponse
    from ._models.healthz_response import HealthzResponseData as HealthzResponseData
    from ._models.instance import Instance as Instance
    from ._models.instance import InstanceInstanceServiceGroup as InstanceInstanceServiceGroup
    from ._models.instance import InstanceInstanceVolume as InstanceInstanceVolume
    from ._models.instance import InstanceNetworkInterface as InstanceNetworkInterface
    from ._models.instance import (
        InstanceServiceGroupInstanceDomain as InstanceServiceGroupInstanceDomain,
    )
    from ._models.instance_create_args_instance_create_request_roms import (
        InstanceCreateArgsInstanceCreateRequestRoms as InstanceCreateArgsInstanceCreateRequestRoms,
    )
    from ._models.instance_restart_policy import InstanceRestartPolicy as InstanceRestartPolicy
    from ._models.instance_scale_to_zero import InstanceScaleToZero as InstanceScaleToZero
    from ._models.instance_scale_to_zero import (
        InstanceScaleToZeroPolicy as InstanceScaleToZeroPolicy,
    )
    from ._models.instance_state import InstanceState as InstanceState
    from ._models.name_or_uuid import NameOrUUID as NameOrUUID
    from ._models.name_or_uuid import NameOrUUIDByName as NameOrUUIDByName
    from ._models.name_or_uuid import NameOrUUIDByUUID as NameOrUUIDByUUID
    from ._models.quotas_response import Quotas as Quotas
    from ._models.quotas_response import QuotasLimits as QuotasLimits
    from ._models.quotas_response import QuotasResponse as QuotasResponse
    from ._models.quotas_response import QuotasResponseData as QuotasResponseData
    from ._models.quotas_response import QuotasStats as QuotasStats
    from ._models.response_error import ResponseError as ResponseError
    from ._models.response_status import ResponseStatus as ResponseStatus
    from ._models.service import Service as Service
    from ._models.service import ServiceHandlersItem as ServiceHandlersItem
    from ._models.service_group import Domain as Domain
    from ._models.service_group import ServiceGroup as ServiceGroup
    from ._models.service_group import ServiceGroupInstance as ServiceGroupInstance
    from ._models.service_group_template import ServiceGroupTemplate as ServiceGroupTemplate
    from ._models.start_instance_response import StartInstanceResponse as StartInstanceResponse
    from ._models.start_instance_response import (
        StartInstanceResponseData as StartInstanceResponseData,
    )
    from ._models.start_instance_response import (
        StartInstanceResponseStartedInstance as StartInstanceResponseStartedInstance,
    )
    from ._models.stop_instance_response import StopInstanceResponse as StopInstanceResponse
    from ._models.stop_instance_response import StopInstanceResponseData as StopInstanceResponseData
    from ._models.stop_instance_response import (
        StopInstanceResponseStoppedInstance as StopInstanceResponseStoppedInstance,
    )
    from ._models.stop_instances_request_id import StopInstancesRequestID as StopInstancesRequestID
    from ._models.update_instance_by_uuid_request_body import (
        UpdateInstanceByUUIDRequestBody as UpdateInstanceByUUIDRequestBody,
    )
    from ._models.update_instance_property import UpdateInstanceProperty as UpdateInstanceProperty
    from ._models.update_instances_request import UpdateInstancesRequest as UpdateInstancesRequest
    from ._models.update_instances_response import (
        UpdateInstancesResponse as UpdateInstancesResponse,
    )
    from ._models.update_instances_response import (
        UpdateInstancesResponseData as UpdateInstancesResponseData,
    )
    from ._models.update_instances_response import (
        UpdateInstancesResponseUpdatedInstance as UpdateInstancesResponseUpdatedInstance,
    )
    from ._models.update_operation import UpdateOperation as UpdateOperation
    from ._models.update_service_group_by_uuid_request_body import (
        UpdateServiceGroupByUUIDRequestBody as UpdateServiceGroupByUUIDRequestBody,
    )
    from ._models.update_service_group_property import (
        UpdateServiceGroupProperty as UpdateServiceGroupProperty,
    )
    from ._models.update_service_groups_request_item import (
        UpdateServiceGroupsRequestItem as UpdateServiceGroupsRequestItem,
    )
    from ._models.update_service_groups_response import (
        UpdateServiceGroupsResponse as UpdateServiceGroupsResponse,
    )
    from ._models.update_service_groups_response import (
        UpdateServiceGroupsResponseData as UpdateServiceGroupsResponseData,
    )
    from ._models.update_service_groups_response import (
        UpdateServiceGroupsResponseUpdatedServiceGroup as UpdateServiceGroupsResponseUpdatedServiceGroup,
    )
    from ._models.update_volume_by_uuid_request_body import (
        UpdateVolumeByUUIDRequestBody as UpdateVolumeByUUIDRequestBody,
    )
    from ._models.update_volume_property import UpdateVolumeProperty as UpdateVolumeProperty
    from ._models.update_volumes_request_item import (
        UpdateVolumesRequestItem as UpdateVolumesRequestItem,
    )
    from ._models.update_volumes_response import UpdateVolumesResponse as UpdateVolumesResponse
    from ._models.update_volumes_response import (
        UpdateVolumesResponseData as UpdateVolumesResponseData,
    )
    from ._models.update_volumes_response import (
        UpdateVolumesResponseUpdatedVolume as UpdateVolumesResponseUpdatedVolume,
    )
    from ._models.wait_instance_by_uuid_request_body import (
        WaitInstanceByUUIDRequestBody as WaitInstanceByUUIDRequestBody,
    )
    from ._models.wait_instance_response import WaitInstanceResponse as WaitInstanceResponse
    from ._models.wait_instance_response import WaitInstanceResponseData as WaitInstanceResponseData
    from ._models.wait_instance_response import (
        WaitInstanceResponseWaitedInstance as WaitInstanceResponseWaitedInstance,
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
