"""The API client: one method per operation of the spec, grouped by tag.

``Client`` holds one connection pool; ``client.instances.create(...)`` and its siblings send
one request each. ``OPERATIONS`` maps every operation id of the spec to its HTTP method, path
template and the client method that calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType, TracebackType
from typing import Any, Self
from uuid import UUID

import urllib3

from ._answer import DEFAULT_MAX_ANSWER_BYTES
from ._config import resolve_endpoint
from ._meta import __version__
from ._retry import DEFAULT_RETRY_POLICY, RetryPolicy
from ._transport import DEFAULT_TIMEOUT, Operation, TimeoutArg, Transport, failed_items
from .converter import unstructure
from .models import (
    AttachVolumeByUUIDRequestBody,
    AttachVolumesRequest,
    AttachVolumesResponse,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    CreateAutoscaleConfigurationPolicyRequest,
    CreateAutoscaleConfigurationPolicyResponse,
    CreateAutoscaleConfigurationsRequestConfiguration,
    CreateAutoscaleConfigurationsResponse,
    CreateCertificateRequest,
    CreateCertificateResponse,
    CreateInstanceRequest,
    CreateInstanceResponse,
    CreateServiceGroupRequest,
    CreateServiceGroupResponse,
    CreateVolumeRequest,
    CreateVolumeResponse,
    DeleteAutoscaleConfigurationPolicyResponse,
    DeleteAutoscaleConfigurationsResponse,
    DeleteCertificatesResponse,
    DeleteInstancesResponse,
    DeletePolicyRequest,
    DeleteServiceGroupsResponse,
    DeleteVolumesResponse,
    DetachVolumeByUUIDRequestBody,
    DetachVolumesRequest,
    DetachVolumesResponse,
    GetAutoscaleConfigurationPolicyRequest,
    GetAutoscaleConfigurationPolicyResponse,
    GetAutoscaleConfigurationsResponse,
    GetCertificatesResponse,
    GetImageResponse,
    GetInstanceLogsByUUIDRequestBody,
    GetInstanceLogsRequest,
    GetInstanceLogsResponse,
    GetInstanceMetricsResponse,
    GetInstancesResponse,
    GetServiceGroupsResponse,
    GetVolumesResponse,
    HealthzResponse,
    InstanceState,
    NameOrUUID,
    QuotasResponse,
    StartInstanceResponse,
    StopInstanceResponse,
    StopInstancesRequestID,
    UpdateInstanceByUUIDRequestBody,
    UpdateInstancesRequest,
    UpdateInstancesResponse,
    UpdateServiceGroupByUUIDRequestBody,
    UpdateServiceGroupsRequestItem,
    UpdateServiceGroupsResponse,
    UpdateVolumeByUUIDRequestBody,
    UpdateVolumesRequestItem,
    UpdateVolumesResponse,
    WaitInstanceByUUIDRequestBody,
    WaitInstanceResponse,
)

__all__ = ["OPERATIONS", "Client", "Operation", "RetryPolicy", "failed_items"]

SERVER_URL = "https://api.{metro}.kraft.cloud"
DEFAULT_METRO = "fra0"
USER_AGENT = f"ukc-client/{__version__}"

_ATTACH_VOLUME_BY_UUID: Operation[AttachVolumesResponse] = Operation(
    operation_id="attach_volume_by_uuid",
    http_method="PUT",
    path="/v1/volumes/{uuid}/attach",
    response_type=AttachVolumesResponse,
    client_method="volumes.attach_by_uuid",
    item_fields=("volumes",),
)

_ATTACH_VOLUMES: Operation[AttachVolumesResponse] = Operation(
    operation_id="attach_volumes",
    http_method="PUT",
    path="/v1/volumes/attach",
    response_type=AttachVolumesResponse,
    client_method="volumes.attach",
    item_fields=("volumes",),
)

_CREATE_AUTOSCALE_CONFIGURATION_BY_SERVICE_GROUP_UUID: Operation[
    CreateAutoscaleConfigurationsResponse
] = Operation(
    operation_id="create_autoscale_configuration_by_service_group_uuid",
    http_method="POST",
    path="/v1/services/{uuid}/autoscale",
    response_type=CreateAutoscaleConfigurationsResponse,
    client_method="autoscale.create_configuration_by_service_group_uuid",
    item_fields=("service_groups",),
)

_CREATE_AUTOSCALE_CONFIGURATION_POLICY: Operation[CreateAutoscaleConfigurationPolicyResponse] = (
    Operation(
        operation_id="create_autoscale_configuration_policy",
        http_method="POST",
        path="/v1/services/{uuid}/autoscale/policies",
        response_type=CreateAutoscaleConfigurationPolicyResponse,
        client_method="autoscale.create_configuration_policy",
        item_fields=("policies",),
    )
)

_CREATE_AUTOSCALE_CONFIGURATIONS: Operation[CreateAutoscaleConfigurationsResponse] = Operation(
    operation_id="create_autoscale_configurations",
    http_method="POST",
    path="/v1/services/autoscale",
    response_type=CreateAutoscaleConfigurationsResponse,
    client_method="autoscale.create_configurations",
    item_fields=("service_groups",),
)

_CREATE_CERTIFICATE: Operation[CreateCertificateResponse] = Operation(
    operation_id="create_certificate",
    http_method="POST",
    path="/v1/certificates",
    response_type=CreateCertificateResponse,
    client_method="certificates.create",
    item_fields=("certificates",),
)

_CREATE_INSTANCE: Operation[CreateInstanceResponse] = Operation(
    operation_id="create_instance",
    http_method="POST",
    path="/v1/instances",
    response_type=CreateInstanceResponse,
    client_method="instances.create",
    item_fields=("instances",),
)

_CREATE_SERVICE_GROUP: Operation[CreateServiceGroupResponse] = Operation(
    operation_id="create_service_group",
    http_method="POST",
    path="/v1/services",
    response_type=CreateServiceGroupResponse,
    client_method="service_groups.create",
    item_fields=("service_groups",),
)

_CREATE_VOLUME: Operation[CreateVolumeResponse] = Operation(
    operation_id="create_volume",
    http_method="POST",
    path="/v1/volumes",
    response_type=CreateVolumeResponse,
    client_method="volumes.create",
    item_fields=("volumes",),
)

_DELETE_AUTOSCALE_CONFIGURATION_POLICIES: Operation[DeleteAutoscaleConfigurationPolicyResponse] = (
    Operation(
        operation_id="delete_autoscale_configuration_policies",
        http_method="DELETE",
        path="/v1/services/{uuid}/autoscale/policies",
        response_type=DeleteAutoscaleConfigurationPolicyResponse,
        client_method="autoscale.delete_configuration_policies",
        item_fields=("policies",),
    )
)

_DELETE_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME: Operation[
    DeleteAutoscaleConfigurationPolicyResponse
] = Operation(
    operation_id="delete_autoscale_configuration_policy_by_name",
    http_method="DELETE",
    path="/v1/services/{uuid}/autoscale/policies/{name}",
    response_type=DeleteAutoscaleConfigurationPolicyResponse,
    client_method="autoscale.delete_configuration_policy_by_name",
    item_fields=("policies",),
)

_DELETE_AUTOSCALE_CONFIGURATIONS: Operation[DeleteAutoscaleConfigurationsResponse] = Operation(
    operation_id="delete_autoscale_configurations",
    http_method="DELETE",
    path="/v1/services/autoscale",
    response_type=DeleteAutoscaleConfigurationsResponse,
    client_method="autoscale.delete_configurations",
    item_fields=("service_groups",),
)

_DELETE_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID: Operation[
    DeleteAutoscaleConfigurationsResponse
] = Operation(
    operation_id="delete_autoscale_configurations_by_service_group_uuid",
    http_method="DELETE",
    path="/v1/services/{uuid}/autoscale",
    response_type=DeleteAutoscaleConfigurationsResponse,
    client_method="autoscale.delete_configurations_by_service_group_uuid",
    item_fields=("service_groups",),
)

_DELETE_CERTIFICATE_BY_UUID: Operation[DeleteCertificatesResponse] = Operation(
    operation_id="delete_certificate_by_uuid",
    http_method="DELETE",
    path="/v1/certificates/{uuid}",
    response_type=DeleteCertificatesResponse,
    client_method="certificates.delete_by_uuid",
    item_fields=("certificates",),
)

_DELETE_CERTIFICATES: Operation[DeleteCertificatesResponse] = Operation(
    operation_id="delete_certificates",
    http_method="DELETE",
    path="/v1/certificates",
    response_type=DeleteCertificatesResponse,
    client_method="certificates.delete",
    item_fields=("certificates",),
)

_DELETE_INSTANCE_BY_UUID: Operation[DeleteInstancesResponse] = Operation(
    operation_id="delete_instance_by_uuid",
    http_method="DELETE",
    path="/v1/instances/{uuid}",
    response_type=DeleteInstancesResponse,
    client_method="instances.delete_by_uuid",
    item_fields=("instances",),
)

_DELETE_INSTANCES: Operation[DeleteInstancesResponse] = Operation(
    operation_id="delete_instances",
    http_method="DELETE",
    path="/v1/instances",
    response_type=DeleteInstancesResponse,
    client_method="instances.delete",
    item_fields=("instances",),
)

_DELETE_SERVICE_GROUP_BY_UUID: Operation[DeleteServiceGroupsResponse] = Operation(
    operation_id="delete_service_group_by_uuid",
    http_method="DELETE",
    path="/v1/services/{uuid}",
    response_type=DeleteServiceGroupsResponse,
    client_method="service_groups.delete_by_uuid",
    item_fields=("service_groups",),
)

_DELETE_SERVICE_GROUPS: Operation[DeleteServiceGroupsResponse] = Operation(
    operation_id="delete_service_groups",
    http_method="DELETE",
    path="/v1/services",
    response_type=DeleteServiceGroupsResponse,
    client_method="service_groups.delete",
    item_fields=("service_groups",),
)

_DELETE_VOLUME_BY_UUID: Operation[DeleteVolumesResponse] = Operation(
    operation_id="delete_volume_by_uuid",
    http_method="DELETE",
    path="/v1/volumes/{uuid}",
    response_type=DeleteVolumesResponse,
    client_method="volumes.delete_by_uuid",
    item_fields=("volumes",),
)

_DELETE_VOLUMES: Operation[DeleteVolumesResponse] = Operation(
    operation_id="delete_volumes",
    http_method="DELETE",
    path="/v1/volumes",
    response_type=DeleteVolumesResponse,
    client_method="volumes.delete",
    item_fields=("volumes",),
)

_DETACH_VOLUME_BY_UUID: Operation[DetachVolumesResponse] = Operation(
    operation_id="detach_volume_by_uuid",
    http_method="PUT",
    path="/v1/volumes/{uuid}/detach",
    response_type=DetachVolumesResponse,
    client_method="volumes.detach_by_uuid",
    item_fields=("volumes",),
)

_DETACH_VOLUMES: Operation[DetachVolumesResponse] = Operation(
    operation_id="detach_volumes",
    http_method="PUT",
    path="/v1/volumes/detach",
    response_type=DetachVolumesResponse,
    client_method="volumes.detach",
    item_fields=("volumes",),
)

_GET_AUTOSCALE_CONFIGURATION_POLICIES: Operation[GetAutoscaleConfigurationPolicyResponse] = (
    Operation(
        operation_id="get_autoscale_configuration_policies",
        http_method="GET",
        path="/v1/services/{uuid}/autoscale/policies",
        response_type=GetAutoscaleConfigurationPolicyResponse,
        client_method="autoscale.get_configuration_policies",
        item_fields=("policies",),
    )
)

_GET_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME: Operation[GetAutoscaleConfigurationPolicyResponse] = (
    Operation(
        operation_id="get_autoscale_configuration_policy_by_name",
        http_method="GET",
        path="/v1/services/{uuid}/autoscale/policies/{name}",
        response_type=GetAutoscaleConfigurationPolicyResponse,
        client_method="autoscale.get_configuration_policy_by_name",
        item_fields=("policies",),
    )
)

_GET_AUTOSCALE_CONFIGURATIONS: Operation[GetAutoscaleConfigurationsResponse] = Operation(
    operation_id="get_autoscale_configurations",
    http_method="GET",
    path="/v1/services/autoscale",
    response_type=GetAutoscaleConfigurationsResponse,
    client_method="autoscale.get_configurations",
    item_fields=("service_groups",),
)

_GET_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID: Operation[
    GetAutoscaleConfigurationsResponse
] = Operation(
    operation_id="get_autoscale_configurations_by_service_group_uuid",
    http_method="GET",
    path="/v1/services/{uuid}/autoscale",
    response_type=GetAutoscaleConfigurationsResponse,
    client_method="autoscale.get_configurations_by_service_group_uuid",
    item_fields=("service_groups",),
)

_GET_CERTIFICATE_BY_UUID: Operation[GetCertificatesResponse] = Operation(
    operation_id="get_certificate_by_uuid",
    http_method="GET",
    path="/v1/certificates/{uuid}",
    response_type=GetCertificatesResponse,
    client_method="certificates.get_by_uuid",
    item_fields=("certificates",),
)

_GET_CERTIFICATES: Operation[GetCertificatesResponse] = Operation(
    operation_id="get_certificates",
    http_method="GET",
    path="/v1/certificates",
    response_type=GetCertificatesResponse,
    client_method="certificates.get",
    item_fields=("certificates",),
)

_GET_IMAGE_BY_DIGEST: Operation[GetImageResponse] = Operation(
    operation_id="get_image_by_digest",
    http_method="GET",
    path="/v1/images/digest/{digest}",
    response_type=GetImageResponse,
    client_method="images.get_by_digest",
    item_fields=(),
)

_GET_IMAGE_BY_TAG: Operation[GetImageResponse] = Operation(
    operation_id="get_image_by_tag",
    http_method="GET",
    path="/v1/images/tag/{tag}",
    response_type=GetImageResponse,
    client_method="images.get_by_tag",
    item_fields=(),
)

_GET_INSTANCE_BY_UUID: Operation[GetInstancesResponse] = Operation(
    operation_id="get_instance_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}",
    response_type=GetInstancesResponse,
    client_method="instances.get_by_uuid",
    item_fields=("instances",),
)

_GET_INSTANCE_LOGS: Operation[GetInstanceLogsResponse] = Operation(
    operation_id="get_instance_logs",
    http_method="GET",
    path="/v1/instances/log",
    response_type=GetInstanceLogsResponse,
    client_method="instances.get_logs",
    item_fields=("instances",),
)

_GET_INSTANCE_LOGS_BY_UUID: Operation[GetInstanceLogsResponse] = Operation(
    operation_id="get_instance_logs_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}/log",
    response_type=GetInstanceLogsResponse,
    client_method="instances.get_logs_by_uuid",
    item_fields=("instances",),
)

_GET_INSTANCE_METRICS: Operation[GetInstanceMetricsResponse] = Operation(
    operation_id="get_instance_metrics",
    http_method="GET",
    path="/v1/instances/metrics",
    response_type=GetInstanceMetricsResponse,
    client_method="instances.get_metrics",
    item_fields=("instances",),
)

_GET_INSTANCE_METRICS_BY_UUID: Operation[GetInstanceMetricsResponse] = Operation(
    operation_id="get_instance_metrics_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}/metrics",
    response_type=GetInstanceMetricsResponse,
    client_method="instances.get_metrics_by_uuid",
    item_fields=("instances",),
)

_GET_INSTANCES: Operation[GetInstancesResponse] = Operation(
    operation_id="get_instances",
    http_method="GET",
    path="/v1/instances",
    response_type=GetInstancesResponse,
    client_method="instances.get",
    item_fields=("instances",),
)

_GET_SERVICE_GROUP_BY_UUID: Operation[GetServiceGroupsResponse] = Operation(
    operation_id="get_service_group_by_uuid",
    http_method="GET",
    path="/v1/services/{uuid}",
    response_type=GetServiceGroupsResponse,
    client_method="service_groups.get_by_uuid",
    item_fields=("service_groups",),
)

_GET_SERVICE_GROUPS: Operation[GetServiceGroupsResponse] = Operation(
    operation_id="get_service_groups",
    http_method="GET",
    path="/v1/services",
    response_type=GetServiceGroupsResponse,
    client_method="service_groups.get",
    item_fields=("service_groups",),
)

_GET_USER: Operation[QuotasResponse] = Operation(
    operation_id="get_user",
    http_method="GET",
    path="/v1/users/quotas",
    response_type=QuotasResponse,
    client_method="users.get",
    item_fields=("quotas",),
)

_GET_USER_BY_UUID: Operation[QuotasResponse] = Operation(
    operation_id="get_user_by_uuid",
    http_method="GET",
    path="/v1/users/{uuid}/quotas",
    response_type=QuotasResponse,
    client_method="users.get_by_uuid",
    item_fields=("quotas",),
)

_GET_VOLUME_BY_UUID: Operation[GetVolumesResponse] = Operation(
    operation_id="get_volume_by_uuid",
    http_method="GET",
    path="/v1/volumes/{uuid}",
    response_type=GetVolumesResponse,
    client_method="volumes.get_by_uuid",
    item_fields=("volumes",),
)

_GET_VOLUMES: Operation[GetVolumesResponse] = Operation(
    operation_id="get_volumes",
    http_method="GET",
    path="/v1/volumes",
    response_type=GetVolumesResponse,
    client_method="volumes.get",
    item_fields=("volumes",),
)

_HEALTHZ: Operation[HealthzResponse] = Operation(
    operation_id="healthz",
    http_method="GET",
    path="/v1/healthz",
    response_type=HealthzResponse,
    client_method="system.healthz",
    item_fields=(),
)

_START_INSTANCE_BY_UUID: Operation[StartInstanceResponse] = Operation(
    operation_id="start_instance_by_uuid",
    http_method="PUT",
    path="/v1/instances/{uuid}/start",
    response_type=StartInstanceResponse,
    client_method="instances.start_by_uuid",
    item_fields=("instances",),
)

_START_INSTANCES: Operation[StartInstanceResponse] = Operation(
    operation_id="start_instances",
    http_method="PUT",
    path="/v1/instances/start",
    response_type=StartInstanceResponse,
    client_method="instances.start",
    item_fields=("instances",),
)

_STOP_INSTANCE_BY_UUID: Operation[StopInstanceResponse] = Operation(
    operation_id="stop_instance_by_uuid",
    http_method="PUT",
    path="/v1/instances/{uuid}/stop",
    response_type=StopInstanceResponse,
    client_method="instances.stop_by_uuid",
    item_fields=("instances",),
)

_STOP_INSTANCES: Operation[StopInstanceResponse] = Operation(
    operation_id="stop_instances",
    http_method="PUT",
    path="/v1/instances/stop",
    response_type=StopInstanceResponse,
    client_method="instances.stop",
    item_fields=("instances",),
)

_UPDATE_INSTANCE_BY_UUID: Operation[UpdateInstancesResponse] = Operation(
    operation_id="update_instance_by_uuid",
    http_method="PATCH",
    path="/v1/instances/{uuid}",
    response_type=UpdateInstancesResponse,
    client_method="instances.update_by_uuid",
    item_fields=("instances",),
)

_UPDATE_INSTANCES: Operation[UpdateInstancesResponse] = Operation(
    operation_id="update_instances",
    http_method="PATCH",
    path="/v1/instances",
    response_type=UpdateInstancesResponse,
    client_method="instances.update",
    item_fields=("instances",),
)

_UPDATE_SERVICE_GROUP_BY_UUID: Operation[UpdateServiceGroupsResponse] = Operation(
    operation_id="update_service_group_by_uuid",
    http_method="PATCH",
    path="/v1/services/{uuid}",
    response_type=UpdateServiceGroupsResponse,
    client_method="service_groups.update_by_uuid",
    item_fields=("service_groups",),
)

_UPDATE_SERVICE_GROUPS: Operation[UpdateServiceGroupsResponse] = Operation(
    operation_id="update_service_groups",
    http_method="PATCH",
    path="/v1/services",
    response_type=UpdateServiceGroupsResponse,
    client_method="service_groups.update",
    item_fields=("service_groups",),
)

_UPDATE_VOLUME_BY_UUID: Operation[UpdateVolumesResponse] = Operation(
    operation_id="update_volume_by_uuid",
    http_method="PATCH",
    path="/v1/volumes/{uuid}",
    response_type=UpdateVolumesResponse,
    client_method="volumes.update_by_uuid",
    item_fields=("volumes",),
)

_UPDATE_VOLUMES: Operation[UpdateVolumesResponse] = Operation(
    operation_id="update_volumes",
    http_method="PATCH",
    path="/v1/volumes",
    response_type=UpdateVolumesResponse,
    client_method="volumes.update",
    item_fields=("volumes",),
)

_WAIT_INSTANCE_BY_UUID: Operation[WaitInstanceResponse] = Operation(
    operation_id="wait_instance_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}/wait",
    response_type=WaitInstanceResponse,
    client_method="instances.wait_by_uuid",
    item_fields=("instances",),
)

_WAIT_INSTANCES: Operation[WaitInstanceResponse] = Operation(
    operation_id="wait_instances",
    http_method="GET",
    path="/v1/instances/wait",
    response_type=WaitInstanceResponse,
    client_method="instances.wait",
    item_fields=("instances",),
)

OPERATIONS: Mapping[str, Operation[Any]] = MappingProxyType(
    {
        "attach_volume_by_uuid": _ATTACH_VOLUME_BY_UUID,
        "attach_volumes": _ATTACH_VOLUMES,
        "create_autoscale_configuration_by_service_group_uuid": _CREATE_AUTOSCALE_CONFIGURATION_BY_SERVICE_GROUP_UUID,
        "create_autoscale_configuration_policy": _CREATE_AUTOSCALE_CONFIGURATION_POLICY,
        "create_autoscale_configurations": _CREATE_AUTOSCALE_CONFIGURATIONS,
        "create_certificate": _CREATE_CERTIFICATE,
        "create_instance": _CREATE_INSTANCE,
        "create_service_group": _CREATE_SERVICE_GROUP,
        "create_volume": _CREATE_VOLUME,
        "delete_autoscale_configuration_policies": _DELETE_AUTOSCALE_CONFIGURATION_POLICIES,
        "delete_autoscale_configuration_policy_by_name": _DELETE_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
        "delete_autoscale_configurations": _DELETE_AUTOSCALE_CONFIGURATIONS,
        "delete_autoscale_configurations_by_service_group_uuid": _DELETE_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
        "delete_certificate_by_uuid": _DELETE_CERTIFICATE_BY_UUID,
        "delete_certificates": _DELETE_CERTIFICATES,
        "delete_instance_by_uuid": _DELETE_INSTANCE_BY_UUID,
        "delete_instances": _DELETE_INSTANCES,
        "delete_service_group_by_uuid": _DELETE_SERVICE_GROUP_BY_UUID,
        "delete_service_groups": _DELETE_SERVICE_GROUPS,
        "delete_volume_by_uuid": _DELETE_VOLUME_BY_UUID,
        "delete_volumes": _DELETE_VOLUMES,
        "detach_volume_by_uuid": _DETACH_VOLUME_BY_UUID,
        "detach_volumes": _DETACH_VOLUMES,
        "get_autoscale_configuration_policies": _GET_AUTOSCALE_CONFIGURATION_POLICIES,
        "get_autoscale_configuration_policy_by_name": _GET_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
        "get_autoscale_configurations": _GET_AUTOSCALE_CONFIGURATIONS,
        "get_autoscale_configurations_by_service_group_uuid": _GET_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
        "get_certificate_by_uuid": _GET_CERTIFICATE_BY_UUID,
        "get_certificates": _GET_CERTIFICATES,
        "get_image_by_digest": _GET_IMAGE_BY_DIGEST,
        "get_image_by_tag": _GET_IMAGE_BY_TAG,
        "get_instance_by_uuid": _GET_INSTANCE_BY_UUID,
        "get_instance_logs": _GET_INSTANCE_LOGS,
        "get_instance_logs_by_uuid": _GET_INSTANCE_LOGS_BY_UUID,
        "get_instance_metrics": _GET_INSTANCE_METRICS,
        "get_instance_metrics_by_uuid": _GET_INSTANCE_METRICS_BY_UUID,
        "get_instances": _GET_INSTANCES,
        "get_service_group_by_uuid": _GET_SERVICE_GROUP_BY_UUID,
        "get_service_groups": _GET_SERVICE_GROUPS,
        "get_user": _GET_USER,
        "get_user_by_uuid": _GET_USER_BY_UUID,
        "get_volume_by_uuid": _GET_VOLUME_BY_UUID,
        "get_volumes": _GET_VOLUMES,
        "healthz": _HEALTHZ,
        "start_instance_by_uuid": _START_INSTANCE_BY_UUID,
        "start_instances": _START_INSTANCES,
        "stop_instance_by_uuid": _STOP_INSTANCE_BY_UUID,
        "stop_instances": _STOP_INSTANCES,
        "update_instance_by_uuid": _UPDATE_INSTANCE_BY_UUID,
        "update_instances": _UPDATE_INSTANCES,
        "update_service_group_by_uuid": _UPDATE_SERVICE_GROUP_BY_UUID,
        "update_service_groups": _UPDATE_SERVICE_GROUPS,
        "update_volume_by_uuid": _UPDATE_VOLUME_BY_UUID,
        "update_volumes": _UPDATE_VOLUMES,
        "wait_instance_by_uuid": _WAIT_INSTANCE_BY_UUID,
        "wait_instances": _WAIT_INSTANCES,
    }
)
"""Every operation of the spec, by operation id."""


class AutoscaleOperations:
    """Autoscale configurations and policies of service groups."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def create_configuration_by_service_group_uuid(
        self,
        uuid: UUID | str,
        body: CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationsResponse:
        """Create an autoscale configuration for a service group.

        ``POST /v1/services/{uuid}/autoscale`` (``create_autoscale_configuration_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _CREATE_AUTOSCALE_CONFIGURATION_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def create_configuration_policy(
        self,
        uuid: str,
        body: CreateAutoscaleConfigurationPolicyRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationPolicyResponse:
        """Create an autoscale policy for a service group.

        ``POST /v1/services/{uuid}/autoscale/policies`` (``create_autoscale_configuration_policy``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _CREATE_AUTOSCALE_CONFIGURATION_POLICY,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def create_configurations(
        self,
        body: list[CreateAutoscaleConfigurationsRequestConfiguration],
        *,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationsResponse:
        """Create autoscale configurations.

        ``POST /v1/services/autoscale`` (``create_autoscale_configurations``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _CREATE_AUTOSCALE_CONFIGURATIONS,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete_configuration_policies(
        self,
        uuid: str,
        body: DeletePolicyRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponse:
        """Delete autoscale policies of a service group.

        ``DELETE /v1/services/{uuid}/autoscale/policies`` (``delete_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def delete_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponse:
        """Delete an autoscale policy by name.

        ``DELETE /v1/services/{uuid}/autoscale/policies/{name}`` (``delete_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )

    def delete_configurations(
        self,
        body: list[NameOrUUID],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationsResponse:
        """Delete autoscale configurations.

        ``DELETE /v1/services/autoscale`` (``delete_autoscale_configurations``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_AUTOSCALE_CONFIGURATIONS,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationsResponse:
        """Delete the autoscale configuration of a service group.

        ``DELETE /v1/services/{uuid}/autoscale`` (``delete_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )

    def get_configuration_policies(
        self,
        uuid: str,
        body: GetAutoscaleConfigurationPolicyRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponse:
        """Get autoscale policies of a service group.

        ``GET /v1/services/{uuid}/autoscale/policies`` (``get_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def get_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponse:
        """Get an autoscale policy by name.

        ``GET /v1/services/{uuid}/autoscale/policies/{name}`` (``get_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )

    def get_configurations(
        self,
        body: list[NameOrUUID] | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationsResponse:
        """Get autoscale configurations.

        ``GET /v1/services/autoscale`` (``get_autoscale_configurations``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_AUTOSCALE_CONFIGURATIONS,
            body=None if body is None else unstructure(body),
            timeout=timeout,
        )

    def get_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationsResponse:
        """Get the autoscale configuration of a service group.

        ``GET /v1/services/{uuid}/autoscale`` (``get_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )


class CertificatesOperations:
    """TLS certificates used by service groups."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def create(
        self,
        body: CreateCertificateRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> CreateCertificateResponse:
        """Create a certificate.

        ``POST /v1/certificates`` (``create_certificate``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _CREATE_CERTIFICATE,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete(
        self,
        body: list[NameOrUUID],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteCertificatesResponse:
        """Delete certificates.

        ``DELETE /v1/certificates`` (``delete_certificates``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_CERTIFICATES,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteCertificatesResponse:
        """Delete a certificate by UUID.

        ``DELETE /v1/certificates/{uuid}`` (``delete_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )

    def get(
        self,
        body: list[NameOrUUID] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetCertificatesResponse:
        """Get certificates.

        ``GET /v1/certificates`` (``get_certificates``).

        Args:
            details: Whether to return the full details of each certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_CERTIFICATES,
            query={
                "details": details,
            },
            body=None if body is None else unstructure(body),
            timeout=timeout,
        )

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetCertificatesResponse:
        """Get a certificate by UUID.

        ``GET /v1/certificates/{uuid}`` (``get_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )


class ImagesOperations:
    """Images, looked up by digest or by tag."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_by_digest(
        self,
        digest: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetImageResponse:
        """Get an image by digest.

        ``GET /v1/images/digest/{digest}`` (``get_image_by_digest``).

        Args:
            digest: The digest of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_IMAGE_BY_DIGEST,
            path_params={
                "digest": digest,
            },
            timeout=timeout,
        )

    def get_by_tag(
        self,
        tag: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetImageResponse:
        """Get an image by tag.

        ``GET /v1/images/tag/{tag}`` (``get_image_by_tag``).

        Args:
            tag: The tag of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_IMAGE_BY_TAG,
            path_params={
                "tag": tag,
            },
            timeout=timeout,
        )


class InstancesOperations:
    """Instances, their lifecycle, logs and metrics."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def create(
        self,
        body: CreateInstanceRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> CreateInstanceResponse:
        """Create an instance.

        ``POST /v1/instances`` (``create_instance``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _CREATE_INSTANCE,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete(
        self,
        body: list[NameOrUUID],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteInstancesResponse:
        """Delete instances.

        ``DELETE /v1/instances`` (``delete_instances``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteInstancesResponse:
        """Delete an instance by UUID.

        ``DELETE /v1/instances/{uuid}`` (``delete_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )

    def get(
        self,
        body: list[NameOrUUID] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstancesResponse:
        """Get instances.

        ``GET /v1/instances`` (``get_instances``).

        Args:
            details: Whether to return the full details of each instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_INSTANCES,
            query={
                "details": details,
            },
            body=None if body is None else unstructure(body),
            timeout=timeout,
        )

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstancesResponse:
        """Get an instance by UUID.

        ``GET /v1/instances/{uuid}`` (``get_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            details: Whether to return the full details of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )

    def get_logs(
        self,
        body: GetInstanceLogsRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponse:
        """Get the logs of an instance.

        ``GET /v1/instances/log`` (``get_instance_logs``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_INSTANCE_LOGS,
            body=unstructure(body),
            timeout=timeout,
        )

    def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        body: GetInstanceLogsByUUIDRequestBody,
        *,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponse:
        """Get the logs of an instance by UUID.

        ``GET /v1/instances/{uuid}/log`` (``get_instance_logs_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_INSTANCE_LOGS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def get_metrics(
        self,
        *,
        uuid: UUID | str | None = None,
        name: str | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstanceMetricsResponse:
        """Get the metrics of an instance.

        ``GET /v1/instances/metrics`` (``get_instance_metrics``).

        Args:
            uuid: The UUID of the instance.
            name: The name of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_INSTANCE_METRICS,
            query={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )

    def get_metrics_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetInstanceMetricsResponse:
        """Get the metrics of an instance by UUID.

        ``GET /v1/instances/{uuid}/metrics`` (``get_instance_metrics_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_INSTANCE_METRICS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )

    def start(
        self,
        body: list[NameOrUUID],
        *,
        timeout: TimeoutArg = None,
    ) -> StartInstanceResponse:
        """Start instances.

        ``PUT /v1/instances/start`` (``start_instances``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _START_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )

    def start_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> StartInstanceResponse:
        """Start an instance by UUID.

        ``PUT /v1/instances/{uuid}/start`` (``start_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _START_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )

    def stop(
        self,
        body: list[StopInstancesRequestID],
        *,
        timeout: TimeoutArg = None,
    ) -> StopInstanceResponse:
        """Stop instances.

        ``PUT /v1/instances/stop`` (``stop_instances``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _STOP_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )

    def stop_by_uuid(
        self,
        uuid: UUID | str,
        *,
        force: bool | None = None,
        drain_timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> StopInstanceResponse:
        """Stop an instance by UUID.

        ``PUT /v1/instances/{uuid}/stop`` (``stop_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            force: Whether to immediately force stop the instance.
            drain_timeout_ms: Timeout for draining connections, in milliseconds; -1 for the
                largest possible.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _STOP_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "force": force,
                "drain_timeout_ms": drain_timeout_ms,
            },
            timeout=timeout,
        )

    def update(
        self,
        body: UpdateInstancesRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponse:
        """Update instances.

        ``PATCH /v1/instances`` (``update_instances``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _UPDATE_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )

    def update_by_uuid(
        self,
        uuid: UUID | str,
        body: UpdateInstanceByUUIDRequestBody,
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponse:
        """Update an instance by UUID.

        ``PATCH /v1/instances/{uuid}`` (``update_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _UPDATE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def wait(
        self,
        body: list[NameOrUUID] | None = None,
        *,
        state: InstanceState | None = None,
        timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponse:
        """Wait for instances to reach a state.

        ``GET /v1/instances/wait`` (``wait_instances``).

        Args:
            state: The state to wait for.
            timeout_ms: How long to wait for the instances to reach the state, in milliseconds.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _WAIT_INSTANCES,
            query={
                "state": state,
                "timeout_ms": timeout_ms,
            },
            body=None if body is None else unstructure(body),
            timeout=timeout,
        )

    def wait_by_uuid(
        self,
        uuid: UUID | str,
        body: WaitInstanceByUUIDRequestBody,
        *,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponse:
        """Wait for an instance to reach a state, by UUID.

        ``GET /v1/instances/{uuid}/wait`` (``wait_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _WAIT_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )


class ServiceGroupsOperations:
    """Service groups, which publish services and route traffic to instances."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def create(
        self,
        body: CreateServiceGroupRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> CreateServiceGroupResponse:
        """Create a service group.

        ``POST /v1/services`` (``create_service_group``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _CREATE_SERVICE_GROUP,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete(
        self,
        body: list[NameOrUUID],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteServiceGroupsResponse:
        """Delete service groups.

        ``DELETE /v1/services`` (``delete_service_groups``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_SERVICE_GROUPS,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteServiceGroupsResponse:
        """Delete a service group by UUID.

        ``DELETE /v1/services/{uuid}`` (``delete_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )

    def get(
        self,
        body: list[NameOrUUID] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetServiceGroupsResponse:
        """Get service groups.

        ``GET /v1/services`` (``get_service_groups``).

        Args:
            details: Whether to return the full details of each service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_SERVICE_GROUPS,
            query={
                "details": details,
            },
            body=None if body is None else unstructure(body),
            timeout=timeout,
        )

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetServiceGroupsResponse:
        """Get a service group by UUID.

        ``GET /v1/services/{uuid}`` (``get_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            details: Whether to return the full details of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )

    def update(
        self,
        body: list[UpdateServiceGroupsRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponse:
        """Update service groups.

        ``PATCH /v1/services`` (``update_service_groups``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _UPDATE_SERVICE_GROUPS,
            body=unstructure(body),
            timeout=timeout,
        )

    def update_by_uuid(
        self,
        uuid: UUID | str,
        body: UpdateServiceGroupByUUIDRequestBody,
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponse:
        """Update a service group by UUID.

        ``PATCH /v1/services/{uuid}`` (``update_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _UPDATE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )


class SystemOperations:
    """The health of the API."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def healthz(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> HealthzResponse:
        """Check the health of the API.

        ``GET /v1/healthz`` (``healthz``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _HEALTHZ,
            timeout=timeout,
        )


class UsersOperations:
    """Users and their quotas."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> QuotasResponse:
        """Get the quotas of the calling user.

        ``GET /v1/users/quotas`` (``get_user``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_USER,
            timeout=timeout,
        )

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> QuotasResponse:
        """Get the quotas of a user by UUID.

        ``GET /v1/users/{uuid}/quotas`` (``get_user_by_uuid``).

        Args:
            uuid: The UUID of the user.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_USER_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )


class VolumesOperations:
    """Persistent volumes and their attachment to instances."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def attach(
        self,
        body: AttachVolumesRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponse:
        """Attach a volume to an instance.

        ``PUT /v1/volumes/attach`` (``attach_volumes``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _ATTACH_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )

    def attach_by_uuid(
        self,
        uuid: UUID | str,
        body: AttachVolumeByUUIDRequestBody,
        *,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponse:
        """Attach a volume to an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/attach`` (``attach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _ATTACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def create(
        self,
        body: CreateVolumeRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> CreateVolumeResponse:
        """Create a volume.

        ``POST /v1/volumes`` (``create_volume``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _CREATE_VOLUME,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete(
        self,
        body: list[NameOrUUID],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteVolumesResponse:
        """Delete volumes.

        ``DELETE /v1/volumes`` (``delete_volumes``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteVolumesResponse:
        """Delete a volume by UUID.

        ``DELETE /v1/volumes/{uuid}`` (``delete_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DELETE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )

    def detach(
        self,
        body: DetachVolumesRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponse:
        """Detach a volume from an instance.

        ``PUT /v1/volumes/detach`` (``detach_volumes``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DETACH_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )

    def detach_by_uuid(
        self,
        uuid: UUID | str,
        body: DetachVolumeByUUIDRequestBody,
        *,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponse:
        """Detach a volume from an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/detach`` (``detach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _DETACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )

    def get(
        self,
        body: list[NameOrUUID] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetVolumesResponse:
        """Get volumes.

        ``GET /v1/volumes`` (``get_volumes``).

        Args:
            details: Whether to return the full details of each volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_VOLUMES,
            query={
                "details": details,
            },
            body=None if body is None else unstructure(body),
            timeout=timeout,
        )

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetVolumesResponse:
        """Get a volume by UUID.

        ``GET /v1/volumes/{uuid}`` (``get_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            details: Whether to return the full details of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _GET_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )

    def update(
        self,
        body: list[UpdateVolumesRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponse:
        """Update volumes.

        ``PATCH /v1/volumes`` (``update_volumes``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _UPDATE_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )

    def update_by_uuid(
        self,
        uuid: UUID | str,
        body: UpdateVolumeByUUIDRequestBody,
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponse:
        """Update a volume by UUID.

        ``PATCH /v1/volumes/{uuid}`` (``update_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.
        """
        return self._transport.call(
            _UPDATE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )


class Client:
    """A client of the API, safe to share between threads; close it, or use it in ``with``.

    The token comes from ``token`` or the ``UKC_TOKEN`` environment variable. Requests go to
    ``base_url`` if given (a mock or staging server), else to the metro from ``metro``, the
    ``UKC_METRO`` environment variable or the spec's default (fra0).
    Plain ``http://`` needs ``allow_http=True``. ``timeout`` is the default for every call
    (seconds, or a ``urllib3.Timeout`` with separate connect and read limits); each method
    takes its own ``timeout`` as well. A call ends within its deadline, ``Timeout(total=...)``
    or else the connect and read timeouts added up, retries included. An answer larger than
    ``max_answer_bytes`` (after decoding) raises ``ResponseTooLargeError``. ``retry`` governs
    retries of GET, PUT and DELETE (``None`` switches them off); POST and PATCH never are.

    A 2xx answer that reports failed items raises ``PartialFailureError`` unless
    ``raise_on_partial_failure`` is false; ``failed_items`` then finds them.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        metro: str | None = None,
        base_url: str | None = None,
        allow_http: bool = False,
        timeout: float | urllib3.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
        raise_on_partial_failure: bool = True,
        ca_certs: str | None = None,
        pool_maxsize: int = 10,
        max_answer_bytes: int = DEFAULT_MAX_ANSWER_BYTES,
    ) -> None:
        endpoint = resolve_endpoint(
            token=token,
            metro=metro,
            base_url=base_url,
            server_url=SERVER_URL,
            default_metro=DEFAULT_METRO,
            allow_http=allow_http,
        )
        self._transport = Transport(
            endpoint,
            user_agent=USER_AGENT,
            timeout=timeout,
            retry=RetryPolicy.disabled() if retry is None else retry,
            raise_on_partial_failure=raise_on_partial_failure,
            ca_certs=ca_certs,
            pool_maxsize=pool_maxsize,
            max_answer_bytes=max_answer_bytes,
        )
        self.autoscale = AutoscaleOperations(self._transport)
        self.certificates = CertificatesOperations(self._transport)
        self.images = ImagesOperations(self._transport)
        self.instances = InstancesOperations(self._transport)
        self.service_groups = ServiceGroupsOperations(self._transport)
        self.system = SystemOperations(self._transport)
        self.users = UsersOperations(self._transport)
        self.volumes = VolumesOperations(self._transport)

    @property
    def base_url(self) -> str:
        """Where the requests go: scheme, host and any path prefix."""
        return self._transport.base_url

    def operation(self, operation_id: str) -> Callable[..., Any]:
        """The bound client method of an operation id of the spec."""
        try:
            group, method = OPERATIONS[operation_id].client_method.split(".")
        except KeyError:
            raise KeyError(f"no operation {operation_id!r} in the spec") from None
        bound: Callable[..., Any] = getattr(getattr(self, group), method)
        return bound

    def close(self) -> None:
        """Close the pooled connections."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r})"
