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
    from ._models.attach_volumes_request_instance_id import (
        AttachVolumesRequestInstanceID as AttachVolumesRequestInstanceID,
    )
    from ._models.attach_volumes_response import AttachVolumesResponse as AttachVolumesResponse
    from ._models.attach_volumes_response_attached_volume import (
        AttachVolumesResponseAttachedVolume as AttachVolumesResponseAttachedVolume,
    )
    from ._models.attach_volumes_response_data import (
        AttachVolumesResponseData as AttachVolumesResponseData,
    )
    from ._models.autoscale_policy import AutoscalePolicy as AutoscalePolicy
    from ._models.autoscale_policy_adjustment_type import (
        AutoscalePolicyAdjustmentType as AutoscalePolicyAdjustmentType,
    )
    from ._models.autoscale_policy_metric import AutoscalePolicyMetric as AutoscalePolicyMetric
    from ._models.autoscale_policy_step import AutoscalePolicyStep as AutoscalePolicyStep
    from ._models.body_instance_id import BodyInstanceID as BodyInstanceID
    from ._models.certificate import Certificate as Certificate
    from ._models.certificate_state import CertificateState as CertificateState
    from ._models.configuration_instance_create_args import (
        ConfigurationInstanceCreateArgs as ConfigurationInstanceCreateArgs,
    )
    from ._models.configuration_instance_create_args_roms import (
        ConfigurationInstanceCreateArgsRoms as ConfigurationInstanceCreateArgsRoms,
    )
    from ._models.configuration_instance_create_args_template import (
        ConfigurationInstanceCreateArgsTemplate as ConfigurationInstanceCreateArgsTemplate,
    )
    from ._models.create_autoscale_configuration_by_service_group_uuid_request import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequest as CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    )
    from ._models.create_autoscale_configuration_by_service_group_uuid_request_instance_create_args import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs as CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs,
    )
    from ._models.create_autoscale_configuration_by_service_group_uuid_request_instance_create_args_roms import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms as CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
    )
    from ._models.create_autoscale_configuration_by_service_group_uuid_request_instance_create_args_template import (
        CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate as CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
    )
    from ._models.create_autoscale_configuration_policy_request import (
        CreateAutoscaleConfigurationPolicyRequest as CreateAutoscaleConfigurationPolicyRequest,
    )
    from ._models.create_autoscale_configuration_policy_response import (
        CreateAutoscaleConfigurationPolicyResponse as CreateAutoscaleConfigurationPolicyResponse,
    )
    from ._models.create_autoscale_configuration_policy_response_data import (
        CreateAutoscaleConfigurationPolicyResponseData as CreateAutoscaleConfigurationPolicyResponseData,
    )
    from ._models.create_autoscale_configuration_policy_response_policy import (
        CreateAutoscaleConfigurationPolicyResponsePolicy as CreateAutoscaleConfigurationPolicyResponsePolicy,
    )
    from ._models.create_autoscale_configurations_request_configuration import (
        CreateAutoscaleConfigurationsRequestConfiguration as CreateAutoscaleConfigurationsRequestConfiguration,
    )
    from ._models.create_autoscale_configurations_response import (
        CreateAutoscaleConfigurationsResponse as CreateAutoscaleConfigurationsResponse,
    )
    from ._models.create_autoscale_configurations_response_configurations_response import (
        CreateAutoscaleConfigurationsResponseConfigurationsResponse as CreateAutoscaleConfigurationsResponseConfigurationsResponse,
    )
    from ._models.create_autoscale_configurations_response_data import (
        CreateAutoscaleConfigurationsResponseData as CreateAutoscaleConfigurationsResponseData,
    )
    from ._models.create_certificate_request import (
        CreateCertificateRequest as CreateCertificateRequest,
    )
    from ._models.create_certificate_response import (
        CreateCertificateResponse as CreateCertificateResponse,
    )
    from ._models.create_certificate_response_data import (
        CreateCertificateResponseData as CreateCertificateResponseData,
    )
    from ._models.create_instance_request import CreateInstanceRequest as CreateInstanceRequest
    from ._models.create_instance_request_domain import (
        CreateInstanceRequestDomain as CreateInstanceRequestDomain,
    )
    from ._models.create_instance_request_features_item import (
        CreateInstanceRequestFeaturesItem as CreateInstanceRequestFeaturesItem,
    )
    from ._models.create_instance_request_service_group import (
        CreateInstanceRequestServiceGroup as CreateInstanceRequestServiceGroup,
    )
    from ._models.create_instance_request_service_group_by_name import (
        CreateInstanceRequestServiceGroupByName as CreateInstanceRequestServiceGroupByName,
    )
    from ._models.create_instance_request_service_group_by_uuid import (
        CreateInstanceRequestServiceGroupByUUID as CreateInstanceRequestServiceGroupByUUID,
    )
    from ._models.create_instance_request_service_group_new import (
        CreateInstanceRequestServiceGroupNew as CreateInstanceRequestServiceGroupNew,
    )
    from ._models.create_instance_request_volume import (
        CreateInstanceRequestVolume as CreateInstanceRequestVolume,
    )
    from ._models.create_instance_response import CreateInstanceResponse as CreateInstanceResponse
    from ._models.create_instance_response_data import (
        CreateInstanceResponseData as CreateInstanceResponseData,
    )
    from ._models.create_service_group_request import (
        CreateServiceGroupRequest as CreateServiceGroupRequest,
    )
    from ._models.create_service_group_request_domain import (
        CreateServiceGroupRequestDomain as CreateServiceGroupRequestDomain,
    )
    from ._models.create_service_group_response import (
        CreateServiceGroupResponse as CreateServiceGroupResponse,
    )
    from ._models.create_service_group_response_data import (
        CreateServiceGroupResponseData as CreateServiceGroupResponseData,
    )
    from ._models.create_volume_request import CreateVolumeRequest as CreateVolumeRequest
    from ._models.create_volume_response import CreateVolumeResponse as CreateVolumeResponse
    from ._models.create_volume_response_data import (
        CreateVolumeResponseData as CreateVolumeResponseData,
    )
    from ._models.create_volume_response_volume import (
        CreateVolumeResponseVolume as CreateVolumeResponseVolume,
    )
    from ._models.delete_autoscale_configuration_policy_response import (
        DeleteAutoscaleConfigurationPolicyResponse as DeleteAutoscaleConfigurationPolicyResponse,
    )
    from ._models.delete_autoscale_configuration_policy_response_data import (
        DeleteAutoscaleConfigurationPolicyResponseData as DeleteAutoscaleConfigurationPolicyResponseData,
    )
    from ._models.delete_autoscale_configuration_policy_response_policies_response import (
        DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse as DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse,
    )
    from ._models.delete_autoscale_configurations_response import (
        DeleteAutoscaleConfigurationsResponse as DeleteAutoscaleConfigurationsResponse,
    )
    from ._models.delete_autoscale_configurations_response_data import (
        DeleteAutoscaleConfigurationsResponseData as DeleteAutoscaleConfigurationsResponseData,
    )
    from ._models.delete_autoscale_configurations_response_service_group import (
        DeleteAutoscaleConfigurationsResponseServiceGroup as DeleteAutoscaleConfigurationsResponseServiceGroup,
    )
    from ._models.delete_certificates_response import (
        DeleteCertificatesResponse as DeleteCertificatesResponse,
    )
    from ._models.delete_certificates_response_data import (
        DeleteCertificatesResponseData as DeleteCertificatesResponseData,
    )
    from ._models.delete_certificates_response_deleted_certificate import (
        DeleteCertificatesResponseDeletedCertificate as DeleteCertificatesResponseDeletedCertificate,
    )
    from ._models.delete_instances_response import (
        DeleteInstancesResponse as DeleteInstancesResponse,
    )
    from ._models.delete_instances_response_data import (
        DeleteInstancesResponseData as DeleteInstancesResponseData,
    )
    from ._models.delete_instances_response_deleted_instance import (
        DeleteInstancesResponseDeletedInstance as DeleteInstancesResponseDeletedInstance,
    )
    from ._models.delete_policy_request import DeletePolicyRequest as DeletePolicyRequest
    from ._models.delete_service_groups_response import (
        DeleteServiceGroupsResponse as DeleteServiceGroupsResponse,
    )
    from ._models.delete_service_groups_response_data import (
        DeleteServiceGroupsResponseData as DeleteServiceGroupsResponseData,
    )
    from ._models.delete_service_groups_response_deleted_service_group import (
        DeleteServiceGroupsResponseDeletedServiceGroup as DeleteServiceGroupsResponseDeletedServiceGroup,
    )
    from ._models.delete_volumes_response import DeleteVolumesResponse as DeleteVolumesResponse
    from ._models.delete_volumes_response_data import (
        DeleteVolumesResponseData as DeleteVolumesResponseData,
    )
    from ._models.delete_volumes_response_deleted_volume import (
        DeleteVolumesResponseDeletedVolume as DeleteVolumesResponseDeletedVolume,
    )
    from ._models.detach_volume_by_uuid_request_body import (
        DetachVolumeByUUIDRequestBody as DetachVolumeByUUIDRequestBody,
    )
    from ._models.detach_volumes_request import DetachVolumesRequest as DetachVolumesRequest
    from ._models.detach_volumes_request_instance_id import (
        DetachVolumesRequestInstanceID as DetachVolumesRequestInstanceID,
    )
    from ._models.detach_volumes_response import DetachVolumesResponse as DetachVolumesResponse
    from ._models.detach_volumes_response_data import (
        DetachVolumesResponseData as DetachVolumesResponseData,
    )
    from ._models.detach_volumes_response_detached_volume import (
        DetachVolumesResponseDetachedVolume as DetachVolumesResponseDetachedVolume,
    )
    from ._models.domain import Domain as Domain
    from ._models.get_autoscale_configuration_policy_request import (
        GetAutoscaleConfigurationPolicyRequest as GetAutoscaleConfigurationPolicyRequest,
    )
    from ._models.get_autoscale_configuration_policy_response import (
        GetAutoscaleConfigurationPolicyResponse as GetAutoscaleConfigurationPolicyResponse,
    )
    from ._models.get_autoscale_configuration_policy_response_data import (
        GetAutoscaleConfigurationPolicyResponseData as GetAutoscaleConfigurationPolicyResponseData,
    )
    from ._models.get_autoscale_configuration_policy_response_policy_response import (
        GetAutoscaleConfigurationPolicyResponsePolicyResponse as GetAutoscaleConfigurationPolicyResponsePolicyResponse,
    )
    from ._models.get_autoscale_configurations_response import (
        GetAutoscaleConfigurationsResponse as GetAutoscaleConfigurationsResponse,
    )
    from ._models.get_autoscale_configurations_response_data import (
        GetAutoscaleConfigurationsResponseData as GetAutoscaleConfigurationsResponseData,
    )
    from ._models.get_autoscale_configurations_response_service_group import (
        GetAutoscaleConfigurationsResponseServiceGroup as GetAutoscaleConfigurationsResponseServiceGroup,
    )
    from ._models.get_certificates_response import (
        GetCertificatesResponse as GetCertificatesResponse,
    )
    from ._models.get_certificates_response_data import (
        GetCertificatesResponseData as GetCertificatesResponseData,
    )
    from ._models.get_image_response import GetImageResponse as GetImageResponse
    from ._models.get_image_response_data import GetImageResponseData as GetImageResponseData
    from ._models.get_instance_logs_by_uuid_request_body import (
        GetInstanceLogsByUUIDRequestBody as GetInstanceLogsByUUIDRequestBody,
    )
    from ._models.get_instance_logs_request import GetInstanceLogsRequest as GetInstanceLogsRequest
    from ._models.get_instance_logs_response import (
        GetInstanceLogsResponse as GetInstanceLogsResponse,
    )
    from ._models.get_instance_logs_response_available import (
        GetInstanceLogsResponseAvailable as GetInstanceLogsResponseAvailable,
    )
    from ._models.get_instance_logs_response_data import (
        GetInstanceLogsResponseData as GetInstanceLogsResponseData,
    )
    from ._models.get_instance_logs_response_logged_instance import (
        GetInstanceLogsResponseLoggedInstance as GetInstanceLogsResponseLoggedInstance,
    )
    from ._models.get_instance_logs_response_range import (
        GetInstanceLogsResponseRange as GetInstanceLogsResponseRange,
    )
    from ._models.get_instance_metrics_response import (
        GetInstanceMetricsResponse as GetInstanceMetricsResponse,
    )
    from ._models.get_instance_metrics_response_data import (
        GetInstanceMetricsResponseData as GetInstanceMetricsResponseData,
    )
    from ._models.get_instance_metrics_response_instance_metrics import (
        GetInstanceMetricsResponseInstanceMetrics as GetInstanceMetricsResponseInstanceMetrics,
    )
    from ._models.get_instances_response import GetInstancesResponse as GetInstancesResponse
    from ._models.get_instances_response_data import (
        GetInstancesResponseData as GetInstancesResponseData,
    )
    from ._models.get_service_groups_response import (
        GetServiceGroupsResponse as GetServiceGroupsResponse,
    )
    from ._models.get_service_groups_response_data import (
        GetServiceGroupsResponseData as GetServiceGroupsResponseData,
    )
    from ._models.get_volumes_response import GetVolumesResponse as GetVolumesResponse
    from ._models.get_volumes_response_data import GetVolumesResponseData as GetVolumesResponseData
    from ._models.google_protobuf_value import GoogleProtobufValue as GoogleProtobufValue
    from ._models.healthz_response import HealthzResponse as HealthzResponse
    from ._models.healthz_response_data import HealthzResponseData as HealthzResponseData
    from ._models.image import Image as Image
    from ._models.instance import Instance as Instance
    from ._models.instance_create_args_instance_create_request_roms import (
        InstanceCreateArgsInstanceCreateRequestRoms as InstanceCreateArgsInstanceCreateRequestRoms,
    )
    from ._models.instance_instance_service_group import (
        InstanceInstanceServiceGroup as InstanceInstanceServiceGroup,
    )
    from ._models.instance_instance_volume import InstanceInstanceVolume as InstanceInstanceVolume
    from ._models.instance_network_interface import (
        InstanceNetworkInterface as InstanceNetworkInterface,
    )
    from ._models.instance_restart_policy import InstanceRestartPolicy as InstanceRestartPolicy
    from ._models.instance_scale_to_zero import InstanceScaleToZero as InstanceScaleToZero
    from ._models.instance_scale_to_zero_policy import (
        InstanceScaleToZeroPolicy as InstanceScaleToZeroPolicy,
    )
    from ._models.instance_service_group_instance_domain import (
        InstanceServiceGroupInstanceDomain as InstanceServiceGroupInstanceDomain,
    )
    from ._models.instance_state import InstanceState as InstanceState
    from ._models.name_or_uuid import NameOrUUID as NameOrUUID
    from ._models.name_or_uuid_by_name import NameOrUUIDByName as NameOrUUIDByName
    from ._models.name_or_uuid_by_uuid import NameOrUUIDByUUID as NameOrUUIDByUUID
    from ._models.object import Object as Object
    from ._models.quotas import Quotas as Quotas
    from ._models.quotas_limits import QuotasLimits as QuotasLimits
    from ._models.quotas_response import QuotasResponse as QuotasResponse
    from ._models.quotas_response_data import QuotasResponseData as QuotasResponseData
    from ._models.quotas_stats import QuotasStats as QuotasStats
    from ._models.response_error import ResponseError as ResponseError
    from ._models.response_status import ResponseStatus as ResponseStatus
    from ._models.service import Service as Service
    from ._models.service_group import ServiceGroup as ServiceGroup
    from ._models.service_group_instance import ServiceGroupInstance as ServiceGroupInstance
    from ._models.service_group_template import ServiceGroupTemplate as ServiceGroupTemplate
    from ._models.service_handlers_item import ServiceHandlersItem as ServiceHandlersItem
    from ._models.start_instance_response import StartInstanceResponse as StartInstanceResponse
    from ._models.start_instance_response_data import (
        StartInstanceResponseData as StartInstanceResponseData,
    )
    from ._models.start_instance_response_started_instance import (
        StartInstanceResponseStartedInstance as StartInstanceResponseStartedInstance,
    )
    from ._models.stop_instance_response import StopInstanceResponse as StopInstanceResponse
    from ._models.stop_instance_response_data import (
        StopInstanceResponseData as StopInstanceResponseData,
    )
    from ._models.stop_instance_response_stopped_instance import (
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
    from ._models.update_instances_response_data import (
        UpdateInstancesResponseData as UpdateInstancesResponseData,
    )
    from ._models.update_instances_response_updated_instance import (
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
    from ._models.update_service_groups_response_data import (
        UpdateServiceGroupsResponseData as UpdateServiceGroupsResponseData,
    )
    from ._models.update_service_groups_response_updated_service_group import (
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
    from ._models.update_volumes_response_data import (
        UpdateVolumesResponseData as UpdateVolumesResponseData,
    )
    from ._models.update_volumes_response_updated_volume import (
        UpdateVolumesResponseUpdatedVolume as UpdateVolumesResponseUpdatedVolume,
    )
    from ._models.volume import Volume as Volume
    from ._models.volume_instance_id import VolumeInstanceID as VolumeInstanceID
    from ._models.volume_state import VolumeState as VolumeState
    from ._models.volume_volume_instance_mount import (
        VolumeVolumeInstanceMount as VolumeVolumeInstanceMount,
    )
    from ._models.wait_instance_by_uuid_request_body import (
        WaitInstanceByUUIDRequestBody as WaitInstanceByUUIDRequestBody,
    )
    from ._models.wait_instance_response import WaitInstanceResponse as WaitInstanceResponse
    from ._models.wait_instance_response_data import (
        WaitInstanceResponseData as WaitInstanceResponseData,
    )
    from ._models.wait_instance_response_waited_instance import (
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
    "AutoscalePolicyMetric": "autoscale_policy_metric",
    "AutoscalePolicyAdjustmentType": "autoscale_policy_adjustment_type",
    "CertificateState": "certificate_state",
    "CreateInstanceRequestFeaturesItem": "create_instance_request_features_item",
    "InstanceScaleToZeroPolicy": "instance_scale_to_zero_policy",
    "ServiceHandlersItem": "service_handlers_item",
    "VolumeState": "volume_state",
    "AttachVolumeByUUIDRequestBody": "attach_volume_by_uuid_request_body",
    "AttachVolumesRequest": "attach_volumes_request",
    "AttachVolumesRequestInstanceID": "attach_volumes_request_instance_id",
    "AttachVolumesResponse": "attach_volumes_response",
    "AttachVolumesResponseAttachedVolume": "attach_volumes_response_attached_volume",
    "AttachVolumesResponseData": "attach_volumes_response_data",
    "AutoscalePolicy": "autoscale_policy",
    "AutoscalePolicyStep": "autoscale_policy_step",
    "BodyInstanceID": "body_instance_id",
    "Certificate": "certificate",
    "ConfigurationInstanceCreateArgsRoms": "configuration_instance_create_args_roms",
    "ConfigurationInstanceCreateArgsTemplate": "configuration_instance_create_args_template",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequest": "create_autoscale_configuration_by_service_group_uuid_request",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms": "create_autoscale_configuration_by_service_group_uuid_request_instance_create_args_roms",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate": "create_autoscale_configuration_by_service_group_uuid_request_instance_create_args_template",
    "CreateAutoscaleConfigurationPolicyRequest": "create_autoscale_configuration_policy_request",
    "CreateAutoscaleConfigurationPolicyResponse": "create_autoscale_configuration_policy_response",
    "CreateAutoscaleConfigurationPolicyResponseData": "create_autoscale_configuration_policy_response_data",
    "CreateAutoscaleConfigurationPolicyResponsePolicy": "create_autoscale_configuration_policy_response_policy",
    "CreateAutoscaleConfigurationsRequestConfiguration": "create_autoscale_configurations_request_configuration",
    "CreateAutoscaleConfigurationsResponse": "create_autoscale_configurations_response",
    "CreateAutoscaleConfigurationsResponseConfigurationsResponse": "create_autoscale_configurations_response_configurations_response",
    "CreateAutoscaleConfigurationsResponseData": "create_autoscale_configurations_response_data",
    "CreateCertificateRequest": "create_certificate_request",
    "CreateCertificateResponse": "create_certificate_response",
    "CreateCertificateResponseData": "create_certificate_response_data",
    "CreateInstanceRequest": "create_instance_request",
    "CreateInstanceRequestDomain": "create_instance_request_domain",
    "CreateInstanceRequestServiceGroupByName": "create_instance_request_service_group_by_name",
    "CreateInstanceRequestServiceGroupByUUID": "create_instance_request_service_group_by_uuid",
    "CreateInstanceRequestServiceGroupNew": "create_instance_request_service_group_new",
    "CreateInstanceRequestVolume": "create_instance_request_volume",
    "CreateInstanceResponse": "create_instance_response",
    "CreateInstanceResponseData": "create_instance_response_data",
    "CreateServiceGroupRequest": "create_service_group_request",
    "CreateServiceGroupRequestDomain": "create_service_group_request_domain",
    "CreateServiceGroupResponse": "create_service_group_response",
    "CreateServiceGroupResponseData": "create_service_group_response_data",
    "CreateVolumeRequest": "create_volume_request",
    "CreateVolumeResponse": "create_volume_response",
    "CreateVolumeResponseData": "create_volume_response_data",
    "CreateVolumeResponseVolume": "create_volume_response_volume",
    "DeleteAutoscaleConfigurationPolicyResponse": "delete_autoscale_configuration_policy_response",
    "DeleteAutoscaleConfigurationPolicyResponseData": "delete_autoscale_configuration_policy_response_data",
    "DeleteAutoscaleConfigurationPolicyResponsePoliciesResponse": "delete_autoscale_configuration_policy_response_policies_response",
    "DeleteAutoscaleConfigurationsResponse": "delete_autoscale_configurations_response",
    "DeleteAutoscaleConfigurationsResponseData": "delete_autoscale_configurations_response_data",
    "DeleteAutoscaleConfigurationsResponseServiceGroup": "delete_autoscale_configurations_response_service_group",
    "DeleteCertificatesResponse": "delete_certificates_response",
    "DeleteCertificatesResponseData": "delete_certificates_response_data",
    "DeleteCertificatesResponseDeletedCertificate": "delete_certificates_response_deleted_certificate",
    "DeleteInstancesResponse": "delete_instances_response",
    "DeleteInstancesResponseData": "delete_instances_response_data",
    "DeleteInstancesResponseDeletedInstance": "delete_instances_response_deleted_instance",
    "DeletePolicyRequest": "delete_policy_request",
    "DeleteServiceGroupsResponse": "delete_service_groups_response",
    "DeleteServiceGroupsResponseData": "delete_service_groups_response_data",
    "DeleteServiceGroupsResponseDeletedServiceGroup": "delete_service_groups_response_deleted_service_group",
    "DeleteVolumesResponse": "delete_volumes_response",
    "DeleteVolumesResponseData": "delete_volumes_response_data",
    "DeleteVolumesResponseDeletedVolume": "delete_volumes_response_deleted_volume",
    "DetachVolumeByUUIDRequestBody": "detach_volume_by_uuid_request_body",
    "DetachVolumesRequest": "detach_volumes_request",
    "DetachVolumesRequestInstanceID": "detach_volumes_request_instance_id",
    "DetachVolumesResponse": "detach_volumes_response",
    "DetachVolumesResponseData": "detach_volumes_response_data",
    "DetachVolumesResponseDetachedVolume": "detach_volumes_response_detached_volume",
    "Domain": "domain",
    "GetAutoscaleConfigurationPolicyRequest": "get_autoscale_configuration_policy_request",
    "GetAutoscaleConfigurationPolicyResponse": "get_autoscale_configuration_policy_response",
    "GetAutoscaleConfigurationPolicyResponseData": "get_autoscale_configuration_policy_response_data",
    "GetAutoscaleConfigurationPolicyResponsePolicyResponse": "get_autoscale_configuration_policy_response_policy_response",
    "GetAutoscaleConfigurationsResponse": "get_autoscale_configurations_response",
    "GetAutoscaleConfigurationsResponseData": "get_autoscale_configurations_response_data",
    "GetAutoscaleConfigurationsResponseServiceGroup": "get_autoscale_configurations_response_service_group",
    "GetCertificatesResponse": "get_certificates_response",
    "GetCertificatesResponseData": "get_certificates_response_data",
    "GetImageResponse": "get_image_response",
    "GetImageResponseData": "get_image_response_data",
    "GetInstanceLogsByUUIDRequestBody": "get_instance_logs_by_uuid_request_body",
    "GetInstanceLogsRequest": "get_instance_logs_request",
    "GetInstanceLogsResponse": "get_instance_logs_response",
    "GetInstanceLogsResponseAvailable": "get_instance_logs_response_available",
    "GetInstanceLogsResponseData": "get_instance_logs_response_data",
    "GetInstanceLogsResponseLoggedInstance": "get_instance_logs_response_logged_instance",
    "GetInstanceLogsResponseRange": "get_instance_logs_response_range",
    "GetInstanceMetricsResponse": "get_instance_metrics_response",
    "GetInstanceMetricsResponseData": "get_instance_metrics_response_data",
    "GetInstanceMetricsResponseInstanceMetrics": "get_instance_metrics_response_instance_metrics",
    "GetInstancesResponse": "get_instances_response",
    "GetInstancesResponseData": "get_instances_response_data",
    "GetServiceGroupsResponse": "get_service_groups_response",
    "GetServiceGroupsResponseData": "get_service_groups_response_data",
    "GetVolumesResponse": "get_volumes_response",
    "GetVolumesResponseData": "get_volumes_response_data",
    "HealthzResponse": "healthz_response",
    "HealthzResponseData": "healthz_response_data",
    "Image": "image",
    "Instance": "instance",
    "InstanceCreateArgsInstanceCreateRequestRoms": "instance_create_args_instance_create_request_roms",
    "InstanceInstanceServiceGroup": "instance_instance_service_group",
    "InstanceInstanceVolume": "instance_instance_volume",
    "InstanceNetworkInterface": "instance_network_interface",
    "InstanceScaleToZero": "instance_scale_to_zero",
    "InstanceServiceGroupInstanceDomain": "instance_service_group_instance_domain",
    "NameOrUUIDByName": "name_or_uuid_by_name",
    "NameOrUUIDByUUID": "name_or_uuid_by_uuid",
    "Object": "object",
    "Quotas": "quotas",
    "QuotasLimits": "quotas_limits",
    "QuotasResponse": "quotas_response",
    "QuotasResponseData": "quotas_response_data",
    "QuotasStats": "quotas_stats",
    "ResponseError": "response_error",
    "Service": "service",
    "ServiceGroup": "service_group",
    "ServiceGroupInstance": "service_group_instance",
    "ServiceGroupTemplate": "service_group_template",
    "StartInstanceResponse": "start_instance_response",
    "StartInstanceResponseData": "start_instance_response_data",
    "StartInstanceResponseStartedInstance": "start_instance_response_started_instance",
    "StopInstanceResponse": "stop_instance_response",
    "StopInstanceResponseData": "stop_instance_response_data",
    "StopInstanceResponseStoppedInstance": "stop_instance_response_stopped_instance",
    "StopInstancesRequestID": "stop_instances_request_id",
    "UpdateInstanceByUUIDRequestBody": "update_instance_by_uuid_request_body",
    "UpdateInstancesRequest": "update_instances_request",
    "UpdateInstancesResponse": "update_instances_response",
    "UpdateInstancesResponseData": "update_instances_response_data",
    "UpdateInstancesResponseUpdatedInstance": "update_instances_response_updated_instance",
    "UpdateServiceGroupByUUIDRequestBody": "update_service_group_by_uuid_request_body",
    "UpdateServiceGroupsRequestItem": "update_service_groups_request_item",
    "UpdateServiceGroupsResponse": "update_service_groups_response",
    "UpdateServiceGroupsResponseData": "update_service_groups_response_data",
    "UpdateServiceGroupsResponseUpdatedServiceGroup": "update_service_groups_response_updated_service_group",
    "UpdateVolumeByUUIDRequestBody": "update_volume_by_uuid_request_body",
    "UpdateVolumesRequestItem": "update_volumes_request_item",
    "UpdateVolumesResponse": "update_volumes_response",
    "UpdateVolumesResponseData": "update_volumes_response_data",
    "UpdateVolumesResponseUpdatedVolume": "update_volumes_response_updated_volume",
    "Volume": "volume",
    "VolumeInstanceID": "volume_instance_id",
    "VolumeVolumeInstanceMount": "volume_volume_instance_mount",
    "WaitInstanceByUUIDRequestBody": "wait_instance_by_uuid_request_body",
    "WaitInstanceResponse": "wait_instance_response",
    "WaitInstanceResponseData": "wait_instance_response_data",
    "WaitInstanceResponseWaitedInstance": "wait_instance_response_waited_instance",
    "ConfigurationInstanceCreateArgs": "configuration_instance_create_args",
    "CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs": "create_autoscale_configuration_by_service_group_uuid_request_instance_create_args",
    "CreateInstanceRequestServiceGroup": "create_instance_request_service_group",
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
