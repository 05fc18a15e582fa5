"""The API client: one method per operation of the spec, grouped by tag.

``Client`` holds one connection pool; ``client.instances.create(image=...)`` and its siblings
send one request each and return the answer's ``data``; ``client.with_raw_response`` has the
same methods, returning the whole answer. A body's fields are keyword arguments (or the whole
body, a model, as ``body=``). ``OPERATIONS`` maps every operation id of the spec to its HTTP
method, path template and the client method that calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, overload
from uuid import UUID

import urllib3

from ._answer import DEFAULT_MAX_ANSWER_BYTES
from ._config import SecurityScheme, resolve_endpoint
from ._meta import __version__
from ._retry import DEFAULT_RETRY_POLICY, RetryPolicy
from ._transport import DEFAULT_TIMEOUT, Operation, RawResponse, TimeoutArg, Transport, failed_items
from ._waiting import AsyncInstanceWaiting, InstanceWaiting
from .converter import unstructure
from .models import (
    AttachVolumeByUUIDRequestBody,
    AttachVolumesRequest,
    AttachVolumesRequestInstanceID,
    AttachVolumesResponse,
    AttachVolumesResponseData,
    AutoscalePolicy,
    BodyInstanceID,
    CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
    CreateAutoscaleConfigurationPolicyRequest,
    CreateAutoscaleConfigurationPolicyResponse,
    CreateAutoscaleConfigurationPolicyResponseData,
    CreateAutoscaleConfigurationsRequestConfiguration,
    CreateAutoscaleConfigurationsResponse,
    CreateAutoscaleConfigurationsResponseData,
    CreateCertificateRequest,
    CreateCertificateResponse,
    CreateCertificateResponseData,
    CreateInstanceRequest,
    CreateInstanceRequestFeaturesItem,
    CreateInstanceRequestServiceGroup,
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
    DeleteAutoscaleConfigurationPolicyResponse,
    DeleteAutoscaleConfigurationPolicyResponseData,
    DeleteAutoscaleConfigurationsResponse,
    DeleteAutoscaleConfigurationsResponseData,
    DeleteCertificatesResponse,
    DeleteCertificatesResponseData,
    DeleteInstancesResponse,
    DeleteInstancesResponseData,
    DeletePolicyRequest,
    DeleteServiceGroupsResponse,
    DeleteServiceGroupsResponseData,
    DeleteVolumesResponse,
    DeleteVolumesResponseData,
    DetachVolumeByUUIDRequestBody,
    DetachVolumesRequest,
    DetachVolumesRequestInstanceID,
    DetachVolumesResponse,
    DetachVolumesResponseData,
    GetAutoscaleConfigurationPolicyRequest,
    GetAutoscaleConfigurationPolicyResponse,
    GetAutoscaleConfigurationPolicyResponseData,
    GetAutoscaleConfigurationsResponse,
    GetAutoscaleConfigurationsResponseData,
    GetCertificatesResponse,
    GetCertificatesResponseData,
    GetImageResponse,
    GetImageResponseData,
    GetInstanceLogsByUUIDRequestBody,
    GetInstanceLogsRequest,
    GetInstanceLogsResponse,
    GetInstanceLogsResponseData,
    GetInstanceMetricsResponse,
    GetInstanceMetricsResponseData,
    GetInstancesResponse,
    GetInstancesResponseData,
    GetServiceGroupsResponse,
    GetServiceGroupsResponseData,
    GetVolumesResponse,
    GetVolumesResponseData,
    HealthzResponse,
    HealthzResponseData,
    InstanceRestartPolicy,
    InstanceScaleToZero,
    InstanceState,
    NameOrUUID,
    NameOrUUIDByName,
    NameOrUUIDByUUID,
    QuotasResponse,
    QuotasResponseData,
    Service,
    StartInstanceResponse,
    StartInstanceResponseData,
    StopInstanceResponse,
    StopInstanceResponseData,
    StopInstancesRequestID,
    UpdateInstanceByUUIDRequestBody,
    UpdateInstanceProperty,
    UpdateInstancesRequest,
    UpdateInstancesResponse,
    UpdateInstancesResponseData,
    UpdateOperation,
    UpdateServiceGroupByUUIDRequestBody,
    UpdateServiceGroupProperty,
    UpdateServiceGroupsRequestItem,
    UpdateServiceGroupsResponse,
    UpdateServiceGroupsResponseData,
    UpdateVolumeByUUIDRequestBody,
    UpdateVolumeProperty,
    UpdateVolumesRequestItem,
    UpdateVolumesResponse,
    UpdateVolumesResponseData,
    WaitInstanceByUUIDRequestBody,
    WaitInstanceResponse,
    WaitInstanceResponseData,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    # httpx is the ``async`` extra: imported only when an ``AsyncClient`` is made.
    from ._async_transport import AsyncTransport

__all__ = [
    "OPERATIONS",
    "AsyncClient",
    "AsyncWithRawResponse",
    "Client",
    "Operation",
    "RawResponse",
    "RetryPolicy",
    "WithRawResponse",
    "failed_items",
]

ModelT = TypeVar("ModelT")
# ``prop`` value -> (classes ``value`` may be, the only values allowed or (), the type's name).
ValueTypes = Mapping[str, tuple[tuple[type, ...], tuple[object, ...], str]]

SERVER_URL = "https://api.{metro}.kraft.cloud"
DEFAULT_METRO = "fra0"
USER_AGENT = f"ukc-client/{__version__}"
SECURITY_SCHEMES: Mapping[str, SecurityScheme] = {
    "bearerAuth": SecurityScheme("bearer", "token", "header", "Authorization"),
}
CREDENTIALS_ALWAYS_NEEDED = True
"""Whether every operation needs credentials: a client without any is refused at once."""

_ATTACH_VOLUME_BY_UUID: Operation[AttachVolumesResponse] = Operation(
    operation_id="attach_volume_by_uuid",
    http_method="PUT",
    path="/v1/volumes/{uuid}/attach",
    response_type=AttachVolumesResponse,
    client_method="volumes.attach_by_uuid",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_ATTACH_VOLUMES: Operation[AttachVolumesResponse] = Operation(
    operation_id="attach_volumes",
    http_method="PUT",
    path="/v1/volumes/attach",
    response_type=AttachVolumesResponse,
    client_method="volumes.attach",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
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
    security=(("bearerAuth",),),
)

_CREATE_AUTOSCALE_CONFIGURATION_POLICY: Operation[CreateAutoscaleConfigurationPolicyResponse] = (
    Operation(
        operation_id="create_autoscale_configuration_policy",
        http_method="POST",
        path="/v1/services/{uuid}/autoscale/policies",
        response_type=CreateAutoscaleConfigurationPolicyResponse,
        client_method="autoscale.create_configuration_policy",
        item_fields=("policies",),
        security=(("bearerAuth",),),
    )
)

_CREATE_AUTOSCALE_CONFIGURATIONS: Operation[CreateAutoscaleConfigurationsResponse] = Operation(
    operation_id="create_autoscale_configurations",
    http_method="POST",
    path="/v1/services/autoscale",
    response_type=CreateAutoscaleConfigurationsResponse,
    client_method="autoscale.create_configurations",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_CREATE_CERTIFICATE: Operation[CreateCertificateResponse] = Operation(
    operation_id="create_certificate",
    http_method="POST",
    path="/v1/certificates",
    response_type=CreateCertificateResponse,
    client_method="certificates.create",
    item_fields=("certificates",),
    security=(("bearerAuth",),),
)

_CREATE_INSTANCE: Operation[CreateInstanceResponse] = Operation(
    operation_id="create_instance",
    http_method="POST",
    path="/v1/instances",
    response_type=CreateInstanceResponse,
    client_method="instances.create",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_CREATE_SERVICE_GROUP: Operation[CreateServiceGroupResponse] = Operation(
    operation_id="create_service_group",
    http_method="POST",
    path="/v1/services",
    response_type=CreateServiceGroupResponse,
    client_method="service_groups.create",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_CREATE_VOLUME: Operation[CreateVolumeResponse] = Operation(
    operation_id="create_volume",
    http_method="POST",
    path="/v1/volumes",
    response_type=CreateVolumeResponse,
    client_method="volumes.create",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_DELETE_AUTOSCALE_CONFIGURATION_POLICIES: Operation[DeleteAutoscaleConfigurationPolicyResponse] = (
    Operation(
        operation_id="delete_autoscale_configuration_policies",
        http_method="DELETE",
        path="/v1/services/{uuid}/autoscale/policies",
        response_type=DeleteAutoscaleConfigurationPolicyResponse,
        client_method="autoscale.delete_configuration_policies",
        item_fields=("policies",),
        security=(("bearerAuth",),),
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
    security=(("bearerAuth",),),
)

_DELETE_AUTOSCALE_CONFIGURATIONS: Operation[DeleteAutoscaleConfigurationsResponse] = Operation(
    operation_id="delete_autoscale_configurations",
    http_method="DELETE",
    path="/v1/services/autoscale",
    response_type=DeleteAutoscaleConfigurationsResponse,
    client_method="autoscale.delete_configurations",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
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
    security=(("bearerAuth",),),
)

_DELETE_CERTIFICATE_BY_UUID: Operation[DeleteCertificatesResponse] = Operation(
    operation_id="delete_certificate_by_uuid",
    http_method="DELETE",
    path="/v1/certificates/{uuid}",
    response_type=DeleteCertificatesResponse,
    client_method="certificates.delete_by_uuid",
    item_fields=("certificates",),
    security=(("bearerAuth",),),
)

_DELETE_CERTIFICATES: Operation[DeleteCertificatesResponse] = Operation(
    operation_id="delete_certificates",
    http_method="DELETE",
    path="/v1/certificates",
    response_type=DeleteCertificatesResponse,
    client_method="certificates.delete",
    item_fields=("certificates",),
    security=(("bearerAuth",),),
)

_DELETE_INSTANCE_BY_UUID: Operation[DeleteInstancesResponse] = Operation(
    operation_id="delete_instance_by_uuid",
    http_method="DELETE",
    path="/v1/instances/{uuid}",
    response_type=DeleteInstancesResponse,
    client_method="instances.delete_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_DELETE_INSTANCES: Operation[DeleteInstancesResponse] = Operation(
    operation_id="delete_instances",
    http_method="DELETE",
    path="/v1/instances",
    response_type=DeleteInstancesResponse,
    client_method="instances.delete",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_DELETE_SERVICE_GROUP_BY_UUID: Operation[DeleteServiceGroupsResponse] = Operation(
    operation_id="delete_service_group_by_uuid",
    http_method="DELETE",
    path="/v1/services/{uuid}",
    response_type=DeleteServiceGroupsResponse,
    client_method="service_groups.delete_by_uuid",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_DELETE_SERVICE_GROUPS: Operation[DeleteServiceGroupsResponse] = Operation(
    operation_id="delete_service_groups",
    http_method="DELETE",
    path="/v1/services",
    response_type=DeleteServiceGroupsResponse,
    client_method="service_groups.delete",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_DELETE_VOLUME_BY_UUID: Operation[DeleteVolumesResponse] = Operation(
    operation_id="delete_volume_by_uuid",
    http_method="DELETE",
    path="/v1/volumes/{uuid}",
    response_type=DeleteVolumesResponse,
    client_method="volumes.delete_by_uuid",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_DELETE_VOLUMES: Operation[DeleteVolumesResponse] = Operation(
    operation_id="delete_volumes",
    http_method="DELETE",
    path="/v1/volumes",
    response_type=DeleteVolumesResponse,
    client_method="volumes.delete",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_DETACH_VOLUME_BY_UUID: Operation[DetachVolumesResponse] = Operation(
    operation_id="detach_volume_by_uuid",
    http_method="PUT",
    path="/v1/volumes/{uuid}/detach",
    response_type=DetachVolumesResponse,
    client_method="volumes.detach_by_uuid",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_DETACH_VOLUMES: Operation[DetachVolumesResponse] = Operation(
    operation_id="detach_volumes",
    http_method="PUT",
    path="/v1/volumes/detach",
    response_type=DetachVolumesResponse,
    client_method="volumes.detach",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_GET_AUTOSCALE_CONFIGURATION_POLICIES: Operation[GetAutoscaleConfigurationPolicyResponse] = (
    Operation(
        operation_id="get_autoscale_configuration_policies",
        http_method="GET",
        path="/v1/services/{uuid}/autoscale/policies",
        response_type=GetAutoscaleConfigurationPolicyResponse,
        client_method="autoscale.get_configuration_policies",
        item_fields=("policies",),
        security=(("bearerAuth",),),
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
        security=(("bearerAuth",),),
    )
)

_GET_AUTOSCALE_CONFIGURATIONS: Operation[GetAutoscaleConfigurationsResponse] = Operation(
    operation_id="get_autoscale_configurations",
    http_method="GET",
    path="/v1/services/autoscale",
    response_type=GetAutoscaleConfigurationsResponse,
    client_method="autoscale.get_configurations",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
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
    security=(("bearerAuth",),),
)

_GET_CERTIFICATE_BY_UUID: Operation[GetCertificatesResponse] = Operation(
    operation_id="get_certificate_by_uuid",
    http_method="GET",
    path="/v1/certificates/{uuid}",
    response_type=GetCertificatesResponse,
    client_method="certificates.get_by_uuid",
    item_fields=("certificates",),
    security=(("bearerAuth",),),
)

_GET_CERTIFICATES: Operation[GetCertificatesResponse] = Operation(
    operation_id="get_certificates",
    http_method="GET",
    path="/v1/certificates",
    response_type=GetCertificatesResponse,
    client_method="certificates.get",
    item_fields=("certificates",),
    security=(("bearerAuth",),),
)

_GET_IMAGE_BY_DIGEST: Operation[GetImageResponse] = Operation(
    operation_id="get_image_by_digest",
    http_method="GET",
    path="/v1/images/digest/{digest}",
    response_type=GetImageResponse,
    client_method="images.get_by_digest",
    item_fields=(),
    security=(("bearerAuth",),),
)

_GET_IMAGE_BY_TAG: Operation[GetImageResponse] = Operation(
    operation_id="get_image_by_tag",
    http_method="GET",
    path="/v1/images/tag/{tag}",
    response_type=GetImageResponse,
    client_method="images.get_by_tag",
    item_fields=(),
    security=(("bearerAuth",),),
)

_GET_INSTANCE_BY_UUID: Operation[GetInstancesResponse] = Operation(
    operation_id="get_instance_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}",
    response_type=GetInstancesResponse,
    client_method="instances.get_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_GET_INSTANCE_LOGS: Operation[GetInstanceLogsResponse] = Operation(
    operation_id="get_instance_logs",
    http_method="GET",
    path="/v1/instances/log",
    response_type=GetInstanceLogsResponse,
    client_method="instances.get_logs",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_GET_INSTANCE_LOGS_BY_UUID: Operation[GetInstanceLogsResponse] = Operation(
    operation_id="get_instance_logs_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}/log",
    response_type=GetInstanceLogsResponse,
    client_method="instances.get_logs_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_GET_INSTANCE_METRICS: Operation[GetInstanceMetricsResponse] = Operation(
    operation_id="get_instance_metrics",
    http_method="GET",
    path="/v1/instances/metrics",
    response_type=GetInstanceMetricsResponse,
    client_method="instances.get_metrics",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_GET_INSTANCE_METRICS_BY_UUID: Operation[GetInstanceMetricsResponse] = Operation(
    operation_id="get_instance_metrics_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}/metrics",
    response_type=GetInstanceMetricsResponse,
    client_method="instances.get_metrics_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_GET_INSTANCES: Operation[GetInstancesResponse] = Operation(
    operation_id="get_instances",
    http_method="GET",
    path="/v1/instances",
    response_type=GetInstancesResponse,
    client_method="instances.get",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_GET_SERVICE_GROUP_BY_UUID: Operation[GetServiceGroupsResponse] = Operation(
    operation_id="get_service_group_by_uuid",
    http_method="GET",
    path="/v1/services/{uuid}",
    response_type=GetServiceGroupsResponse,
    client_method="service_groups.get_by_uuid",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_GET_SERVICE_GROUPS: Operation[GetServiceGroupsResponse] = Operation(
    operation_id="get_service_groups",
    http_method="GET",
    path="/v1/services",
    response_type=GetServiceGroupsResponse,
    client_method="service_groups.get",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_GET_USER: Operation[QuotasResponse] = Operation(
    operation_id="get_user",
    http_method="GET",
    path="/v1/users/quotas",
    response_type=QuotasResponse,
    client_method="users.get",
    item_fields=("quotas",),
    security=(("bearerAuth",),),
)

_GET_USER_BY_UUID: Operation[QuotasResponse] = Operation(
    operation_id="get_user_by_uuid",
    http_method="GET",
    path="/v1/users/{uuid}/quotas",
    response_type=QuotasResponse,
    client_method="users.get_by_uuid",
    item_fields=("quotas",),
    security=(("bearerAuth",),),
)

_GET_VOLUME_BY_UUID: Operation[GetVolumesResponse] = Operation(
    operation_id="get_volume_by_uuid",
    http_method="GET",
    path="/v1/volumes/{uuid}",
    response_type=GetVolumesResponse,
    client_method="volumes.get_by_uuid",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_GET_VOLUMES: Operation[GetVolumesResponse] = Operation(
    operation_id="get_volumes",
    http_method="GET",
    path="/v1/volumes",
    response_type=GetVolumesResponse,
    client_method="volumes.get",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_HEALTHZ: Operation[HealthzResponse] = Operation(
    operation_id="healthz",
    http_method="GET",
    path="/v1/healthz",
    response_type=HealthzResponse,
    client_method="system.healthz",
    item_fields=(),
    security=(("bearerAuth",),),
)

_START_INSTANCE_BY_UUID: Operation[StartInstanceResponse] = Operation(
    operation_id="start_instance_by_uuid",
    http_method="PUT",
    path="/v1/instances/{uuid}/start",
    response_type=StartInstanceResponse,
    client_method="instances.start_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_START_INSTANCES: Operation[StartInstanceResponse] = Operation(
    operation_id="start_instances",
    http_method="PUT",
    path="/v1/instances/start",
    response_type=StartInstanceResponse,
    client_method="instances.start",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_STOP_INSTANCE_BY_UUID: Operation[StopInstanceResponse] = Operation(
    operation_id="stop_instance_by_uuid",
    http_method="PUT",
    path="/v1/instances/{uuid}/stop",
    response_type=StopInstanceResponse,
    client_method="instances.stop_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_STOP_INSTANCES: Operation[StopInstanceResponse] = Operation(
    operation_id="stop_instances",
    http_method="PUT",
    path="/v1/instances/stop",
    response_type=StopInstanceResponse,
    client_method="instances.stop",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_UPDATE_INSTANCE_BY_UUID: Operation[UpdateInstancesResponse] = Operation(
    operation_id="update_instance_by_uuid",
    http_method="PATCH",
    path="/v1/instances/{uuid}",
    response_type=UpdateInstancesResponse,
    client_method="instances.update_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_UPDATE_INSTANCES: Operation[UpdateInstancesResponse] = Operation(
    operation_id="update_instances",
    http_method="PATCH",
    path="/v1/instances",
    response_type=UpdateInstancesResponse,
    client_method="instances.update",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_UPDATE_SERVICE_GROUP_BY_UUID: Operation[UpdateServiceGroupsResponse] = Operation(
    operation_id="update_service_group_by_uuid",
    http_method="PATCH",
    path="/v1/services/{uuid}",
    response_type=UpdateServiceGroupsResponse,
    client_method="service_groups.update_by_uuid",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_UPDATE_SERVICE_GROUPS: Operation[UpdateServiceGroupsResponse] = Operation(
    operation_id="update_service_groups",
    http_method="PATCH",
    path="/v1/services",
    response_type=UpdateServiceGroupsResponse,
    client_method="service_groups.update",
    item_fields=("service_groups",),
    security=(("bearerAuth",),),
)

_UPDATE_VOLUME_BY_UUID: Operation[UpdateVolumesResponse] = Operation(
    operation_id="update_volume_by_uuid",
    http_method="PATCH",
    path="/v1/volumes/{uuid}",
    response_type=UpdateVolumesResponse,
    client_method="volumes.update_by_uuid",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_UPDATE_VOLUMES: Operation[UpdateVolumesResponse] = Operation(
    operation_id="update_volumes",
    http_method="PATCH",
    path="/v1/volumes",
    response_type=UpdateVolumesResponse,
    client_method="volumes.update",
    item_fields=("volumes",),
    security=(("bearerAuth",),),
)

_WAIT_INSTANCE_BY_UUID: Operation[WaitInstanceResponse] = Operation(
    operation_id="wait_instance_by_uuid",
    http_method="GET",
    path="/v1/instances/{uuid}/wait",
    response_type=WaitInstanceResponse,
    client_method="instances.wait_by_uuid",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_WAIT_INSTANCES: Operation[WaitInstanceResponse] = Operation(
    operation_id="wait_instances",
    http_method="GET",
    path="/v1/instances/wait",
    response_type=WaitInstanceResponse,
    client_method="instances.wait",
    item_fields=("instances",),
    security=(("bearerAuth",),),
)

_ATTACH_VOLUME_BY_UUID_COERCE: Mapping[str, Callable[[str], object]] = {}
_ATTACH_VOLUMES_COERCE: Mapping[str, Callable[[str], object]] = {
    "uuid": UUID,
}
_CREATE_AUTOSCALE_CONFIGURATION_POLICY_COERCE: Mapping[str, Callable[[str], object]] = {}
_CREATE_CERTIFICATE_COERCE: Mapping[str, Callable[[str], object]] = {}
_CREATE_INSTANCE_COERCE: Mapping[str, Callable[[str], object]] = {
    "restart_policy": InstanceRestartPolicy,
}
_CREATE_SERVICE_GROUP_COERCE: Mapping[str, Callable[[str], object]] = {}
_CREATE_VOLUME_COERCE: Mapping[str, Callable[[str], object]] = {}
_DELETE_AUTOSCALE_CONFIGURATION_POLICIES_COERCE: Mapping[str, Callable[[str], object]] = {}
_DETACH_VOLUME_BY_UUID_COERCE: Mapping[str, Callable[[str], object]] = {}
_DETACH_VOLUMES_COERCE: Mapping[str, Callable[[str], object]] = {
    "uuid": UUID,
}
_GET_AUTOSCALE_CONFIGURATION_POLICIES_COERCE: Mapping[str, Callable[[str], object]] = {}
_GET_INSTANCE_LOGS_COERCE: Mapping[str, Callable[[str], object]] = {
    "uuid": UUID,
}
_GET_INSTANCE_LOGS_BY_UUID_COERCE: Mapping[str, Callable[[str], object]] = {}
_UPDATE_INSTANCE_BY_UUID_COERCE: Mapping[str, Callable[[str], object]] = {
    "prop": UpdateInstanceProperty,
    "op": UpdateOperation,
}
_UPDATE_INSTANCES_COERCE: Mapping[str, Callable[[str], object]] = {
    "prop": UpdateInstanceProperty,
    "op": UpdateOperation,
    "uuid": UUID,
}
_UPDATE_SERVICE_GROUP_BY_UUID_COERCE: Mapping[str, Callable[[str], object]] = {
    "prop": UpdateServiceGroupProperty,
    "op": UpdateOperation,
}
_UPDATE_VOLUME_BY_UUID_COERCE: Mapping[str, Callable[[str], object]] = {
    "prop": UpdateVolumeProperty,
    "op": UpdateOperation,
}
_WAIT_INSTANCE_BY_UUID_COERCE: Mapping[str, Callable[[str], object]] = {
    "state": InstanceState,
}
_UPDATE_INSTANCE_BY_UUID_VALUE_TYPES: ValueTypes = {
    "image": ((str,), (), "str"),
    "args": (
        (
            str,
            list,
        ),
        (),
        "str | list[str]",
    ),
    "env": (
        (
            dict,
            str,
            list,
        ),
        (),
        "dict[str, Any] | str | list[str]",
    ),
    "memory_mb": ((int,), (), "int"),
    "vcpus": ((int,), (), "int"),
    "scale_to_zero": ((dict,), (), "dict[str, Any]"),
    "tags": ((list,), (), "list[str]"),
    "delete_lock": ((bool,), (), "bool"),
}
_UPDATE_INSTANCES_VALUE_TYPES: ValueTypes = {
    "image": ((str,), (), "str"),
    "args": (
        (
            str,
            list,
        ),
        (),
        "str | list[str]",
    ),
    "env": (
        (
            dict,
            str,
            list,
        ),
        (),
        "dict[str, Any] | str | list[str]",
    ),
    "memory_mb": ((int,), (), "int"),
    "vcpus": ((int,), (), "int"),
    "scale_to_zero": ((dict,), (), "dict[str, Any]"),
    "tags": ((list,), (), "list[str]"),
    "delete_lock": ((bool,), (), "bool"),
}
_UPDATE_SERVICE_GROUP_BY_UUID_VALUE_TYPES: ValueTypes = {
    "services": ((list,), (), "list[dict[str, Any]]"),
    "domains": ((list,), (), "list[dict[str, Any]]"),
    "soft_limit": ((int,), (), "int"),
    "hard_limit": ((int,), (), "int"),
}
_UPDATE_SERVICE_GROUPS_VALUE_TYPES: ValueTypes = {
    "services": ((list,), (), "list[dict[str, Any]]"),
    "domains": ((list,), (), "list[dict[str, Any]]"),
    "soft_limit": ((int,), (), "int"),
    "hard_limit": ((int,), (), "int"),
}
_UPDATE_VOLUME_BY_UUID_VALUE_TYPES: ValueTypes = {
    "size_mb": ((int,), (), "int"),
    "quota_policy": (
        (
            str,
            int,
        ),
        ("static", "dynamic", 1, 2),
        'Literal["static", "dynamic", 1, 2]',
    ),
    "tags": ((list,), (), "list[str]"),
    "delete_lock": ((bool,), (), "bool"),
}
_UPDATE_VOLUMES_VALUE_TYPES: ValueTypes = {
    "size_mb": ((int,), (), "int"),
    "quota_policy": (
        (
            str,
            int,
        ),
        ("static", "dynamic", 1, 2),
        'Literal["static", "dynamic", 1, 2]',
    ),
    "tags": ((list,), (), "list[str]"),
    "delete_lock": ((bool,), (), "bool"),
}

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


def request_body(
    model: Callable[..., ModelT],
    body: ModelT | None,
    fields: dict[str, Any],
    coerce: Mapping[str, Callable[[str], object]],
) -> ModelT:
    """The body of a call: ``body`` as given, or the model built from the keyword arguments
    (strings turned into the enum members or UUIDs the model holds)."""
    if body is not None:
        if fields:
            raise TypeError(f"pass body= or the body's fields ({', '.join(fields)}), not both")
        return body
    for name, convert in coerce.items():
        value = fields.get(name)
        if isinstance(value, str):
            fields[name] = convert(value)
    return model(**fields)


def request_document(
    model: Callable[..., ModelT],
    body: ModelT | None,
    fields: dict[str, Any],
    coerce: Mapping[str, Callable[[str], object]],
    *,
    required: bool,
) -> Any:
    """The JSON body of a call (see ``request_body``); none at all when the operation's body is
    optional and the call gives neither ``body`` nor a field."""
    if body is None and not fields and not required:
        return None
    return unstructure(request_body(model, body, fields, coerce))


def check_value(operation_id: str, prop: object, value: object, types: ValueTypes) -> None:
    """Refuse, before sending, an update ``value`` whose type the spec gives otherwise for
    ``prop``. A ``prop`` the spec does not list (from a newer server) is the server's to judge."""
    rule = types.get(str(prop)) if isinstance(prop, str) else None
    if rule is None or value is UNSET:
        return
    classes, choices, expected = rule
    fits = isinstance(value, classes) and (bool in classes or not isinstance(value, bool))
    if fits and choices:
        fits = value in choices
    if not fits:
        raise TypeError(
            f"{operation_id}: the value of prop {str(prop)!r} must be {expected},"
            f" not {type(value).__name__} {value!r}"
        )


def as_uuid(text: str) -> UUID | None:
    """``text`` as a UUID when it is one (36 characters, hyphens included), else ``None``."""
    if len(text) != 36:
        return None
    try:
        return UUID(text)
    except ValueError:
        return None


def to_NameOrUUID(item: NameOrUUID | UUID | str) -> NameOrUUID:
    """An item by UUID for a ``UUID`` or a string that is one, by name for any other string."""
    if isinstance(item, UUID):
        return NameOrUUIDByUUID(uuid=item)
    if isinstance(item, str):
        uuid = as_uuid(item)
        if uuid is not None:
            return NameOrUUIDByUUID(uuid=uuid)
        return NameOrUUIDByName(name=item)
    return item


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
    ) -> CreateAutoscaleConfigurationsResponseData:
        """Create an autoscale configuration for a service group.

        ``POST /v1/services/{uuid}/autoscale`` (``create_autoscale_configuration_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationByServiceGroupUUIDRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateAutoscaleConfigurationsResponseData``.
        """
        raw = self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def create_configuration_policy(
        self,
        uuid: str,
        *,
        name: str,
        type: AutoscalePolicy,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationPolicyResponseData: ...

    @overload
    def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationPolicyResponseData: ...

    def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateAutoscaleConfigurationPolicyResponseData:
        """Create an autoscale policy for a service group.

        ``POST /v1/services/{uuid}/autoscale/policies`` (``create_autoscale_configuration_policy``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the service to add a policy to.
            type: The policy type to add to the autoscale configuration.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateAutoscaleConfigurationPolicyResponseData``.
        """
        raw = self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_POLICY,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                CreateAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _CREATE_AUTOSCALE_CONFIGURATION_POLICY_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def create_configurations(
        self,
        body: Sequence[CreateAutoscaleConfigurationsRequestConfiguration],
        *,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationsResponseData:
        """Create autoscale configurations.

        ``POST /v1/services/autoscale`` (``create_autoscale_configurations``).

        Args:
            body: The items of the request body
                (list[CreateAutoscaleConfigurationsRequestConfiguration]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateAutoscaleConfigurationsResponseData``.
        """
        raw = self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATIONS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def delete_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData: ...

    @overload
    def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData: ...

    def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData:
        """Delete autoscale policies of a service group.

        ``DELETE /v1/services/{uuid}/autoscale/policies`` (``delete_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to delete.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DeletePolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationPolicyResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DeletePolicyRequest,
                body,
                fields,
                _DELETE_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData:
        """Delete an autoscale policy by name.

        ``DELETE /v1/services/{uuid}/autoscale/policies/{name}`` (``delete_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationPolicyResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationsResponseData:
        """Delete autoscale configurations.

        ``DELETE /v1/services/autoscale`` (``delete_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationsResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationsResponseData:
        """Delete the autoscale configuration of a service group.

        ``DELETE /v1/services/{uuid}/autoscale`` (``delete_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationsResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def get_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponseData: ...

    @overload
    def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponseData: ...

    def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> GetAutoscaleConfigurationPolicyResponseData:
        """Get autoscale policies of a service group.

        ``GET /v1/services/{uuid}/autoscale/policies`` (``get_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to get.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``GetAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationPolicyResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _GET_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponseData:
        """Get an autoscale policy by name.

        ``GET /v1/services/{uuid}/autoscale/policies/{name}`` (``get_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationPolicyResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationsResponseData:
        """Get autoscale configurations.

        ``GET /v1/services/autoscale`` (``get_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS,
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationsResponseData:
        """Get the autoscale configuration of a service group.

        ``GET /v1/services/{uuid}/autoscale`` (``get_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class CertificatesOperations:
    """TLS certificates used by service groups."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        cn: str,
        chain: str,
        pkey: str,
        timeout: TimeoutArg = None,
    ) -> CreateCertificateResponseData: ...

    @overload
    def create(
        self,
        *,
        body: CreateCertificateRequest,
        timeout: TimeoutArg = None,
    ) -> CreateCertificateResponseData: ...

    def create(
        self,
        *,
        body: CreateCertificateRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateCertificateResponseData:
        """Create a certificate.

        ``POST /v1/certificates`` (``create_certificate``).

        Args:
            name: The name of the certificate. This is a human-readable name that can be used to
                identify the certificate. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the certificate in API calls.
            cn: The common name the certificate is for.
            chain: The certificate chain, PEM.
            pkey: The private key, PEM.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateCertificateRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateCertificateResponseData``.
        """
        raw = self._transport.call_raw(
            _CREATE_CERTIFICATE,
            body=request_document(
                CreateCertificateRequest, body, fields, _CREATE_CERTIFICATE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteCertificatesResponseData:
        """Delete certificates.

        ``DELETE /v1/certificates`` (``delete_certificates``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteCertificatesResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_CERTIFICATES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteCertificatesResponseData:
        """Delete a certificate by UUID.

        ``DELETE /v1/certificates/{uuid}`` (``delete_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteCertificatesResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetCertificatesResponseData:
        """Get certificates.

        ``GET /v1/certificates`` (``get_certificates``).

        Args:
            details: Whether to return the full details of each certificate.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetCertificatesResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_CERTIFICATES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetCertificatesResponseData:
        """Get a certificate by UUID.

        ``GET /v1/certificates/{uuid}`` (``get_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetCertificatesResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


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
    ) -> GetImageResponseData:
        """Get an image by digest.

        ``GET /v1/images/digest/{digest}`` (``get_image_by_digest``).

        Args:
            digest: The digest of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetImageResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_IMAGE_BY_DIGEST,
            path_params={
                "digest": digest,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_by_tag(
        self,
        tag: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetImageResponseData:
        """Get an image by tag.

        ``GET /v1/images/tag/{tag}`` (``get_image_by_tag``).

        Args:
            tag: The tag of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetImageResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_IMAGE_BY_TAG,
            path_params={
                "tag": tag,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class InstancesOperations(InstanceWaiting):
    """Instances, their lifecycle, logs and metrics."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        args: list[str] | Unset = UNSET,
        env: dict[str, str] | Unset = UNSET,
        memory_mb: int | Unset = UNSET,
        service_group: CreateInstanceRequestServiceGroup | Unset = UNSET,
        volumes: list[CreateInstanceRequestVolume] | Unset = UNSET,
        autostart: bool | Unset = UNSET,
        replicas: int | Unset = UNSET,
        restart_policy: InstanceRestartPolicy
        | Literal["never", "always", "on_failure", "on-failure"]
        | Unset = UNSET,
        scale_to_zero: InstanceScaleToZero | Unset = UNSET,
        vcpus: int | Unset = UNSET,
        wait_timeout_ms: int | Unset = UNSET,
        features: list[CreateInstanceRequestFeaturesItem] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> CreateInstanceResponseData: ...

    @overload
    def create(
        self,
        *,
        body: CreateInstanceRequest,
        timeout: TimeoutArg = None,
    ) -> CreateInstanceResponseData: ...

    def create(
        self,
        *,
        body: CreateInstanceRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateInstanceResponseData:
        """Create an instance.

        ``POST /v1/instances`` (``create_instance``).

        Args:
            image: The image to use for the instance.
            name: (Optional). The name of the instance. If not provided, a random name will be
                generated. The name must be unique.
            args: (Optional). The arguments to pass to the instance when it starts.
            env: (Optional). Environment variables to set for the instance.
            memory_mb: (Optional). Memory in MB to allocate for the instance. Default is 128.
            service_group: (Optional). The service group configuration when creating an
                instance. When creating an instance, either a previously created (persistent)
                service group can be referenced (either through its name or UUID), or a new
                (ephemeral) service group can be created for the instance by specifying the list
                of services it should expose and optionally the domains it should use.
            volumes: Volumes to attach to the instance. This list can contain both existing and
                new volumes to create as part of the instance creation. Existing volumes can be
                referenced by their name or UUID. New volumes can be created by specifying a
                name, size in MiB, and mount point in the instance. The mount point is the
                directory in the instance where the volume will be mounted.
            autostart: Whether the instance should start automatically on creation.
            replicas: Number of replicas for the instance.
            restart_policy: Restart policy for the instance. This defines how the instance
                should behave when it stops or crashes.
            scale_to_zero: Scale-to-zero configuration for the instance.
            vcpus: Number of vCPUs to allocate for the instance.
            wait_timeout_ms: Timeout to wait for all new instances to reach running state in
                milliseconds. If you autostart your new instance, you can wait for it to finish
                starting with a blocking API call if you specify a wait timeout greater than
                zero. No wait performed for a value of 0.
            features: Features to enable for the instance. Features are specific configurations
                or capabilities that can be enabled for the instance.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateInstanceRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateInstanceResponseData``.
        """
        raw = self._transport.call_raw(
            _CREATE_INSTANCE,
            body=request_document(
                CreateInstanceRequest, body, fields, _CREATE_INSTANCE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteInstancesResponseData:
        """Delete instances.

        ``DELETE /v1/instances`` (``delete_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteInstancesResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteInstancesResponseData:
        """Delete an instance by UUID.

        ``DELETE /v1/instances/{uuid}`` (``delete_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteInstancesResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstancesResponseData:
        """Get instances.

        ``GET /v1/instances`` (``get_instances``).

        Args:
            details: Whether to return the full details of each instance.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstancesResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstancesResponseData:
        """Get an instance by UUID.

        ``GET /v1/instances/{uuid}`` (``get_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            details: Whether to return the full details of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstancesResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def get_logs(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    @overload
    def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> GetInstanceLogsResponseData:
        """Get the logs of an instance.

        ``GET /v1/instances/log`` (``get_instance_logs``).

        Args:
            uuid: The UUID of the instance to retrieve logs for. Mutually exclusive with name.
            name: The name of the instance to retrieve logs for. Mutually exclusive with UUID.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceLogsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_LOGS,
            body=request_document(
                GetInstanceLogsRequest, body, fields, _GET_INSTANCE_LOGS_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    @overload
    def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> GetInstanceLogsResponseData:
        """Get the logs of an instance by UUID.

        ``GET /v1/instances/{uuid}/log`` (``get_instance_logs_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceLogsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_LOGS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetInstanceLogsByUUIDRequestBody,
                body,
                fields,
                _GET_INSTANCE_LOGS_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_metrics(
        self,
        *,
        uuid: UUID | str | None = None,
        name: str | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstanceMetricsResponseData:
        """Get the metrics of an instance.

        ``GET /v1/instances/metrics`` (``get_instance_metrics``).

        Args:
            uuid: The UUID of the instance.
            name: The name of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceMetricsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_METRICS,
            query={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_metrics_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetInstanceMetricsResponseData:
        """Get the metrics of an instance by UUID.

        ``GET /v1/instances/{uuid}/metrics`` (``get_instance_metrics_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceMetricsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_METRICS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def start(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> StartInstanceResponseData:
        """Start instances.

        ``PUT /v1/instances/start`` (``start_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StartInstanceResponseData``.
        """
        raw = self._transport.call_raw(
            _START_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def start_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> StartInstanceResponseData:
        """Start an instance by UUID.

        ``PUT /v1/instances/{uuid}/start`` (``start_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StartInstanceResponseData``.
        """
        raw = self._transport.call_raw(
            _START_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def stop(
        self,
        body: Sequence[StopInstancesRequestID],
        *,
        timeout: TimeoutArg = None,
    ) -> StopInstanceResponseData:
        """Stop instances.

        ``PUT /v1/instances/stop`` (``stop_instances``).

        Args:
            body: The items of the request body (list[StopInstancesRequestID]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StopInstanceResponseData``.
        """
        raw = self._transport.call_raw(
            _STOP_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def stop_by_uuid(
        self,
        uuid: UUID | str,
        *,
        force: bool | None = None,
        drain_timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> StopInstanceResponseData:
        """Stop an instance by UUID.

        ``PUT /v1/instances/{uuid}/stop`` (``stop_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            force: Whether to immediately force stop the instance.
            drain_timeout_ms: Timeout for draining connections, in milliseconds; -1 for the
                largest possible.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StopInstanceResponseData``.
        """
        raw = self._transport.call_raw(
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
        return raw.require_data(raw.envelope.data)

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update(
        self,
        *,
        body: UpdateInstancesRequest,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    def update(
        self,
        *,
        body: UpdateInstancesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateInstancesResponseData:
        """Update instances.

        ``PATCH /v1/instances`` (``update_instances``).

        Args:
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            uuid: The UUID of the instance to update. Mutually exclusive with name.
            name: The name of the instance to update. Mutually exclusive with UUID.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstancesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateInstancesResponseData``.
        """
        check_value(
            "update_instances",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCES_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_INSTANCES,
            body=request_document(
                UpdateInstancesRequest, body, fields, _UPDATE_INSTANCES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateInstancesResponseData:
        """Update an instance by UUID.

        ``PATCH /v1/instances/{uuid}`` (``update_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateInstancesResponseData``.
        """
        check_value(
            "update_instance_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCE_BY_UUID_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateInstanceByUUIDRequestBody,
                body,
                fields,
                _UPDATE_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def wait(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | None = None,
        timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponseData:
        """Wait for instances to reach a state.

        ``GET /v1/instances/wait`` (``wait_instances``).

        Args:
            state: The state to wait for.
            timeout_ms: How long to wait for the instances to reach the state, in milliseconds.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``WaitInstanceResponseData``.
        """
        raw = self._transport.call_raw(
            _WAIT_INSTANCES,
            query={
                "state": state,
                "timeout_ms": timeout_ms,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout_ms: int | Unset = UNSET,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponseData: ...

    @overload
    def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponseData: ...

    def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> WaitInstanceResponseData:
        """Wait for an instance to reach a state, by UUID.

        ``GET /v1/instances/{uuid}/wait`` (``wait_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout_ms: Timeout in milliseconds to wait for the instance to reach the desired
                state. If the timeout is reached, the request will fail with an error. A value
                of -1 means to wait indefinitely until the instance reaches the desired state.
            state: The state to wait for.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``WaitInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``WaitInstanceResponseData``.
        """
        raw = self._transport.call_raw(
            _WAIT_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                WaitInstanceByUUIDRequestBody,
                body,
                fields,
                _WAIT_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class ServiceGroupsOperations:
    """Service groups, which publish services and route traffic to instances."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        services: list[Service] | Unset = UNSET,
        domains: list[CreateServiceGroupRequestDomain] | Unset = UNSET,
        soft_limit: int | Unset = UNSET,
        hard_limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> CreateServiceGroupResponseData: ...

    @overload
    def create(
        self,
        *,
        body: CreateServiceGroupRequest,
        timeout: TimeoutArg = None,
    ) -> CreateServiceGroupResponseData: ...

    def create(
        self,
        *,
        body: CreateServiceGroupRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateServiceGroupResponseData:
        """Create a service group.

        ``POST /v1/services`` (``create_service_group``).

        Args:
            name: Name of the service group. This is a human-readable name that can be used to
                identify the service group. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the service group in API calls.
            services: Description of exposed services.
            domains: Description of domains associated with the service group.
            soft_limit: The soft limit is used by the Unikraft Cloud load balancer to decide
                when to wake up another standby instance. For example, if the soft limit is set
                to 5 and the service consists of 2 standby instances, one of the instances
                receives up to 5 concurrent requests. The 6th parallel requests wakes up the
                second instance. If there are no more standby instances to wake up, the number
                of requests assigned to each instance will exceed the soft limit. The load
                balancer makes sure that when the number of in-flight requests goes down again,
                instances are put into standby as fast as possible.
            hard_limit: The hard limit defines the maximum number of concurrent requests that an
                instance assigned to the this service can handle. The load balancer will never
                assign more requests to a single instance. In case there are no other instances
                available, excess requests fail (i.e., they are blocked and not queued).
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateServiceGroupRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateServiceGroupResponseData``.
        """
        raw = self._transport.call_raw(
            _CREATE_SERVICE_GROUP,
            body=request_document(
                CreateServiceGroupRequest, body, fields, _CREATE_SERVICE_GROUP_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteServiceGroupsResponseData:
        """Delete service groups.

        ``DELETE /v1/services`` (``delete_service_groups``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteServiceGroupsResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_SERVICE_GROUPS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteServiceGroupsResponseData:
        """Delete a service group by UUID.

        ``DELETE /v1/services/{uuid}`` (``delete_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteServiceGroupsResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetServiceGroupsResponseData:
        """Get service groups.

        ``GET /v1/services`` (``get_service_groups``).

        Args:
            details: Whether to return the full details of each service group.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetServiceGroupsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_SERVICE_GROUPS,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetServiceGroupsResponseData:
        """Get a service group by UUID.

        ``GET /v1/services/{uuid}`` (``get_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            details: Whether to return the full details of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetServiceGroupsResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def update(
        self,
        body: Sequence[UpdateServiceGroupsRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData:
        """Update service groups.

        ``PATCH /v1/services`` (``update_service_groups``).

        Args:
            body: The items of the request body (list[UpdateServiceGroupsRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateServiceGroupsResponseData``.
        """
        for item in body:
            check_value(
                "update_service_groups", item.prop, item.value, _UPDATE_SERVICE_GROUPS_VALUE_TYPES
            )
        raw = self._transport.call_raw(
            _UPDATE_SERVICE_GROUPS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SERVICES, "services"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.DOMAINS, "domains"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SOFT_LIMIT, "soft_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.HARD_LIMIT, "hard_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateServiceGroupsResponseData:
        """Update a service group by UUID.

        ``PATCH /v1/services/{uuid}`` (``update_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation: - For "services": array of Service
                objects - For "domains": array of Domain objects - For "soft_limit": integer
                (1–65535), must be <= "hard_limit" - For "hard_limit": integer (1–65535), must
                be >= "soft_limit"
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateServiceGroupByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateServiceGroupsResponseData``.
        """
        check_value(
            "update_service_group_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_SERVICE_GROUP_BY_UUID_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateServiceGroupByUUIDRequestBody,
                body,
                fields,
                _UPDATE_SERVICE_GROUP_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class SystemOperations:
    """The health of the API."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def healthz(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> HealthzResponseData:
        """Check the health of the API.

        ``GET /v1/healthz`` (``healthz``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``HealthzResponseData``.
        """
        raw = self._transport.call_raw(
            _HEALTHZ,
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class UsersOperations:
    """Users and their quotas."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> QuotasResponseData:
        """Get the quotas of the calling user.

        ``GET /v1/users/quotas`` (``get_user``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``QuotasResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_USER,
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> QuotasResponseData:
        """Get the quotas of a user by UUID.

        ``GET /v1/users/{uuid}/quotas`` (``get_user_by_uuid``).

        Args:
            uuid: The UUID of the user.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``QuotasResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_USER_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class VolumesOperations:
    """Persistent volumes and their attachment to instances."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def attach(
        self,
        *,
        attach_to: AttachVolumesRequestInstanceID,
        at: str,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    @overload
    def attach(
        self,
        *,
        body: AttachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    def attach(
        self,
        *,
        body: AttachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AttachVolumesResponseData:
        """Attach a volume to an instance.

        ``PUT /v1/volumes/attach`` (``attach_volumes``).

        Args:
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            uuid: The UUID of the volume to attach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to attach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``AttachVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _ATTACH_VOLUMES,
            body=request_document(
                AttachVolumesRequest, body, fields, _ATTACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        attach_to: BodyInstanceID,
        at: str,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    @overload
    def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AttachVolumesResponseData:
        """Attach a volume to an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/attach`` (``attach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``AttachVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _ATTACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                AttachVolumeByUUIDRequestBody,
                body,
                fields,
                _ATTACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        size_mb: int,
        timeout: TimeoutArg = None,
    ) -> CreateVolumeResponseData: ...

    @overload
    def create(
        self,
        *,
        body: CreateVolumeRequest,
        timeout: TimeoutArg = None,
    ) -> CreateVolumeResponseData: ...

    def create(
        self,
        *,
        body: CreateVolumeRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateVolumeResponseData:
        """Create a volume.

        ``POST /v1/volumes`` (``create_volume``).

        Args:
            name: The name of the volume. This is a human-readable name that can be used to
                identify the volume. The name must be unique within the context of your account.
                If no name is specified, a random name of the form vol-X is generated for you,
                where X is a 5 character long random alphanumeric suffix.. The name can also be
                used to identify the volume in API calls.
            size_mb: Size of the new volume in MiB.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateVolumeRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateVolumeResponseData``.
        """
        raw = self._transport.call_raw(
            _CREATE_VOLUME,
            body=request_document(
                CreateVolumeRequest, body, fields, _CREATE_VOLUME_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteVolumesResponseData:
        """Delete volumes.

        ``DELETE /v1/volumes`` (``delete_volumes``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_VOLUMES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteVolumesResponseData:
        """Delete a volume by UUID.

        ``DELETE /v1/volumes/{uuid}`` (``delete_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _DELETE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def detach(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        from_: DetachVolumesRequestInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    @overload
    def detach(
        self,
        *,
        body: DetachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    def detach(
        self,
        *,
        body: DetachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> DetachVolumesResponseData:
        """Detach a volume from an instance.

        ``PUT /v1/volumes/detach`` (``detach_volumes``).

        Args:
            uuid: The UUID of the volume to detach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to detach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DetachVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _DETACH_VOLUMES,
            body=request_document(
                DetachVolumesRequest, body, fields, _DETACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        from_: BodyInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    @overload
    def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> DetachVolumesResponseData:
        """Detach a volume from an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/detach`` (``detach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DetachVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _DETACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DetachVolumeByUUIDRequestBody,
                body,
                fields,
                _DETACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetVolumesResponseData:
        """Get volumes.

        ``GET /v1/volumes`` (``get_volumes``).

        Args:
            details: Whether to return the full details of each volume.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_VOLUMES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetVolumesResponseData:
        """Get a volume by UUID.

        ``GET /v1/volumes/{uuid}`` (``get_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            details: Whether to return the full details of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetVolumesResponseData``.
        """
        raw = self._transport.call_raw(
            _GET_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    def update(
        self,
        body: Sequence[UpdateVolumesRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData:
        """Update volumes.

        ``PATCH /v1/volumes`` (``update_volumes``).

        Args:
            body: The items of the request body (list[UpdateVolumesRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateVolumesResponseData``.
        """
        for item in body:
            check_value("update_volumes", item.prop, item.value, _UPDATE_VOLUMES_VALUE_TYPES)
        raw = self._transport.call_raw(
            _UPDATE_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.SIZE_MB, "size_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.QUOTA_POLICY, "quota_policy"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: Literal["static", "dynamic", 1, 2] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateVolumesResponseData:
        """Update a volume by UUID.

        ``PATCH /v1/volumes/{uuid}`` (``update_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "size_mb": unsigned integer - For "quota_policy": "static" or
                "dynamic" - For "tags": array of Strings - For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateVolumesResponseData``.
        """
        check_value(
            "update_volume_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_VOLUME_BY_UUID_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateVolumeByUUIDRequestBody,
                body,
                fields,
                _UPDATE_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AutoscaleOperationsWithRawResponse:
    """Autoscale configurations and policies of service groups. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def create_configuration_by_service_group_uuid(
        self,
        uuid: UUID | str,
        body: CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationsResponse]:
        """Create an autoscale configuration for a service group.

        ``POST /v1/services/{uuid}/autoscale`` (``create_autoscale_configuration_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationByServiceGroupUUIDRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateAutoscaleConfigurationsResponse]``.
        """
        raw = self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    def create_configuration_policy(
        self,
        uuid: str,
        *,
        name: str,
        type: AutoscalePolicy,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationPolicyResponse]: ...

    @overload
    def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationPolicyResponse]: ...

    def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateAutoscaleConfigurationPolicyResponse]:
        """Create an autoscale policy for a service group.

        ``POST /v1/services/{uuid}/autoscale/policies`` (``create_autoscale_configuration_policy``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the service to add a policy to.
            type: The policy type to add to the autoscale configuration.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateAutoscaleConfigurationPolicyResponse]``.
        """
        raw = self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_POLICY,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                CreateAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _CREATE_AUTOSCALE_CONFIGURATION_POLICY_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    def create_configurations(
        self,
        body: Sequence[CreateAutoscaleConfigurationsRequestConfiguration],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationsResponse]:
        """Create autoscale configurations.

        ``POST /v1/services/autoscale`` (``create_autoscale_configurations``).

        Args:
            body: The items of the request body
                (list[CreateAutoscaleConfigurationsRequestConfiguration]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateAutoscaleConfigurationsResponse]``.
        """
        raw = self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATIONS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    def delete_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]: ...

    @overload
    def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]: ...

    def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]:
        """Delete autoscale policies of a service group.

        ``DELETE /v1/services/{uuid}/autoscale/policies`` (``delete_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to delete.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DeletePolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationPolicyResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DeletePolicyRequest,
                body,
                fields,
                _DELETE_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    def delete_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]:
        """Delete an autoscale policy by name.

        ``DELETE /v1/services/{uuid}/autoscale/policies/{name}`` (``delete_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationPolicyResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw

    def delete_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationsResponse]:
        """Delete autoscale configurations.

        ``DELETE /v1/services/autoscale`` (``delete_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationsResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def delete_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationsResponse]:
        """Delete the autoscale configuration of a service group.

        ``DELETE /v1/services/{uuid}/autoscale`` (``delete_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationsResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    @overload
    def get_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]: ...

    @overload
    def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]: ...

    def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]:
        """Get autoscale policies of a service group.

        ``GET /v1/services/{uuid}/autoscale/policies`` (``get_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to get.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``GetAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationPolicyResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _GET_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    def get_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]:
        """Get an autoscale policy by name.

        ``GET /v1/services/{uuid}/autoscale/policies/{name}`` (``get_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationPolicyResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw

    def get_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationsResponse]:
        """Get autoscale configurations.

        ``GET /v1/services/autoscale`` (``get_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS,
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def get_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationsResponse]:
        """Get the autoscale configuration of a service group.

        ``GET /v1/services/{uuid}/autoscale`` (``get_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw


class CertificatesOperationsWithRawResponse:
    """TLS certificates used by service groups. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        cn: str,
        chain: str,
        pkey: str,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateCertificateResponse]: ...

    @overload
    def create(
        self,
        *,
        body: CreateCertificateRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateCertificateResponse]: ...

    def create(
        self,
        *,
        body: CreateCertificateRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateCertificateResponse]:
        """Create a certificate.

        ``POST /v1/certificates`` (``create_certificate``).

        Args:
            name: The name of the certificate. This is a human-readable name that can be used to
                identify the certificate. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the certificate in API calls.
            cn: The common name the certificate is for.
            chain: The certificate chain, PEM.
            pkey: The private key, PEM.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateCertificateRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateCertificateResponse]``.
        """
        raw = self._transport.call_raw(
            _CREATE_CERTIFICATE,
            body=request_document(
                CreateCertificateRequest, body, fields, _CREATE_CERTIFICATE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteCertificatesResponse]:
        """Delete certificates.

        ``DELETE /v1/certificates`` (``delete_certificates``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteCertificatesResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_CERTIFICATES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteCertificatesResponse]:
        """Delete a certificate by UUID.

        ``DELETE /v1/certificates/{uuid}`` (``delete_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteCertificatesResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetCertificatesResponse]:
        """Get certificates.

        ``GET /v1/certificates`` (``get_certificates``).

        Args:
            details: Whether to return the full details of each certificate.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetCertificatesResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_CERTIFICATES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetCertificatesResponse]:
        """Get a certificate by UUID.

        ``GET /v1/certificates/{uuid}`` (``get_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetCertificatesResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw


class ImagesOperationsWithRawResponse:
    """Images, looked up by digest or by tag. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_by_digest(
        self,
        digest: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetImageResponse]:
        """Get an image by digest.

        ``GET /v1/images/digest/{digest}`` (``get_image_by_digest``).

        Args:
            digest: The digest of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetImageResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_IMAGE_BY_DIGEST,
            path_params={
                "digest": digest,
            },
            timeout=timeout,
        )
        return raw

    def get_by_tag(
        self,
        tag: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetImageResponse]:
        """Get an image by tag.

        ``GET /v1/images/tag/{tag}`` (``get_image_by_tag``).

        Args:
            tag: The tag of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetImageResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_IMAGE_BY_TAG,
            path_params={
                "tag": tag,
            },
            timeout=timeout,
        )
        return raw


class InstancesOperationsWithRawResponse:
    """Instances, their lifecycle, logs and metrics. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        args: list[str] | Unset = UNSET,
        env: dict[str, str] | Unset = UNSET,
        memory_mb: int | Unset = UNSET,
        service_group: CreateInstanceRequestServiceGroup | Unset = UNSET,
        volumes: list[CreateInstanceRequestVolume] | Unset = UNSET,
        autostart: bool | Unset = UNSET,
        replicas: int | Unset = UNSET,
        restart_policy: InstanceRestartPolicy
        | Literal["never", "always", "on_failure", "on-failure"]
        | Unset = UNSET,
        scale_to_zero: InstanceScaleToZero | Unset = UNSET,
        vcpus: int | Unset = UNSET,
        wait_timeout_ms: int | Unset = UNSET,
        features: list[CreateInstanceRequestFeaturesItem] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateInstanceResponse]: ...

    @overload
    def create(
        self,
        *,
        body: CreateInstanceRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateInstanceResponse]: ...

    def create(
        self,
        *,
        body: CreateInstanceRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateInstanceResponse]:
        """Create an instance.

        ``POST /v1/instances`` (``create_instance``).

        Args:
            image: The image to use for the instance.
            name: (Optional). The name of the instance. If not provided, a random name will be
                generated. The name must be unique.
            args: (Optional). The arguments to pass to the instance when it starts.
            env: (Optional). Environment variables to set for the instance.
            memory_mb: (Optional). Memory in MB to allocate for the instance. Default is 128.
            service_group: (Optional). The service group configuration when creating an
                instance. When creating an instance, either a previously created (persistent)
                service group can be referenced (either through its name or UUID), or a new
                (ephemeral) service group can be created for the instance by specifying the list
                of services it should expose and optionally the domains it should use.
            volumes: Volumes to attach to the instance. This list can contain both existing and
                new volumes to create as part of the instance creation. Existing volumes can be
                referenced by their name or UUID. New volumes can be created by specifying a
                name, size in MiB, and mount point in the instance. The mount point is the
                directory in the instance where the volume will be mounted.
            autostart: Whether the instance should start automatically on creation.
            replicas: Number of replicas for the instance.
            restart_policy: Restart policy for the instance. This defines how the instance
                should behave when it stops or crashes.
            scale_to_zero: Scale-to-zero configuration for the instance.
            vcpus: Number of vCPUs to allocate for the instance.
            wait_timeout_ms: Timeout to wait for all new instances to reach running state in
                milliseconds. If you autostart your new instance, you can wait for it to finish
                starting with a blocking API call if you specify a wait timeout greater than
                zero. No wait performed for a value of 0.
            features: Features to enable for the instance. Features are specific configurations
                or capabilities that can be enabled for the instance.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateInstanceRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateInstanceResponse]``.
        """
        raw = self._transport.call_raw(
            _CREATE_INSTANCE,
            body=request_document(
                CreateInstanceRequest, body, fields, _CREATE_INSTANCE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteInstancesResponse]:
        """Delete instances.

        ``DELETE /v1/instances`` (``delete_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteInstancesResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteInstancesResponse]:
        """Delete an instance by UUID.

        ``DELETE /v1/instances/{uuid}`` (``delete_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteInstancesResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstancesResponse]:
        """Get instances.

        ``GET /v1/instances`` (``get_instances``).

        Args:
            details: Whether to return the full details of each instance.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstancesResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstancesResponse]:
        """Get an instance by UUID.

        ``GET /v1/instances/{uuid}`` (``get_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            details: Whether to return the full details of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstancesResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw

    @overload
    def get_logs(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    @overload
    def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[GetInstanceLogsResponse]:
        """Get the logs of an instance.

        ``GET /v1/instances/log`` (``get_instance_logs``).

        Args:
            uuid: The UUID of the instance to retrieve logs for. Mutually exclusive with name.
            name: The name of the instance to retrieve logs for. Mutually exclusive with UUID.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceLogsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_LOGS,
            body=request_document(
                GetInstanceLogsRequest, body, fields, _GET_INSTANCE_LOGS_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    @overload
    def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[GetInstanceLogsResponse]:
        """Get the logs of an instance by UUID.

        ``GET /v1/instances/{uuid}/log`` (``get_instance_logs_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceLogsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_LOGS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetInstanceLogsByUUIDRequestBody,
                body,
                fields,
                _GET_INSTANCE_LOGS_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    def get_metrics(
        self,
        *,
        uuid: UUID | str | None = None,
        name: str | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceMetricsResponse]:
        """Get the metrics of an instance.

        ``GET /v1/instances/metrics`` (``get_instance_metrics``).

        Args:
            uuid: The UUID of the instance.
            name: The name of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceMetricsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_METRICS,
            query={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw

    def get_metrics_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceMetricsResponse]:
        """Get the metrics of an instance by UUID.

        ``GET /v1/instances/{uuid}/metrics`` (``get_instance_metrics_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceMetricsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_INSTANCE_METRICS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    def start(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StartInstanceResponse]:
        """Start instances.

        ``PUT /v1/instances/start`` (``start_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StartInstanceResponse]``.
        """
        raw = self._transport.call_raw(
            _START_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def start_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StartInstanceResponse]:
        """Start an instance by UUID.

        ``PUT /v1/instances/{uuid}/start`` (``start_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StartInstanceResponse]``.
        """
        raw = self._transport.call_raw(
            _START_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    def stop(
        self,
        body: Sequence[StopInstancesRequestID],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StopInstanceResponse]:
        """Stop instances.

        ``PUT /v1/instances/stop`` (``stop_instances``).

        Args:
            body: The items of the request body (list[StopInstancesRequestID]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StopInstanceResponse]``.
        """
        raw = self._transport.call_raw(
            _STOP_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    def stop_by_uuid(
        self,
        uuid: UUID | str,
        *,
        force: bool | None = None,
        drain_timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StopInstanceResponse]:
        """Stop an instance by UUID.

        ``PUT /v1/instances/{uuid}/stop`` (``stop_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            force: Whether to immediately force stop the instance.
            drain_timeout_ms: Timeout for draining connections, in milliseconds; -1 for the
                largest possible.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StopInstanceResponse]``.
        """
        raw = self._transport.call_raw(
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
        return raw

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update(
        self,
        *,
        body: UpdateInstancesRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    def update(
        self,
        *,
        body: UpdateInstancesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateInstancesResponse]:
        """Update instances.

        ``PATCH /v1/instances`` (``update_instances``).

        Args:
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            uuid: The UUID of the instance to update. Mutually exclusive with name.
            name: The name of the instance to update. Mutually exclusive with UUID.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstancesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateInstancesResponse]``.
        """
        check_value(
            "update_instances",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCES_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_INSTANCES,
            body=request_document(
                UpdateInstancesRequest, body, fields, _UPDATE_INSTANCES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateInstancesResponse]:
        """Update an instance by UUID.

        ``PATCH /v1/instances/{uuid}`` (``update_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateInstancesResponse]``.
        """
        check_value(
            "update_instance_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCE_BY_UUID_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateInstanceByUUIDRequestBody,
                body,
                fields,
                _UPDATE_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    def wait(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | None = None,
        timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[WaitInstanceResponse]:
        """Wait for instances to reach a state.

        ``GET /v1/instances/wait`` (``wait_instances``).

        Args:
            state: The state to wait for.
            timeout_ms: How long to wait for the instances to reach the state, in milliseconds.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[WaitInstanceResponse]``.
        """
        raw = self._transport.call_raw(
            _WAIT_INSTANCES,
            query={
                "state": state,
                "timeout_ms": timeout_ms,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    @overload
    def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout_ms: int | Unset = UNSET,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[WaitInstanceResponse]: ...

    @overload
    def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[WaitInstanceResponse]: ...

    def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[WaitInstanceResponse]:
        """Wait for an instance to reach a state, by UUID.

        ``GET /v1/instances/{uuid}/wait`` (``wait_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout_ms: Timeout in milliseconds to wait for the instance to reach the desired
                state. If the timeout is reached, the request will fail with an error. A value
                of -1 means to wait indefinitely until the instance reaches the desired state.
            state: The state to wait for.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``WaitInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[WaitInstanceResponse]``.
        """
        raw = self._transport.call_raw(
            _WAIT_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                WaitInstanceByUUIDRequestBody,
                body,
                fields,
                _WAIT_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw


class ServiceGroupsOperationsWithRawResponse:
    """Service groups, which publish services and route traffic to instances. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        services: list[Service] | Unset = UNSET,
        domains: list[CreateServiceGroupRequestDomain] | Unset = UNSET,
        soft_limit: int | Unset = UNSET,
        hard_limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateServiceGroupResponse]: ...

    @overload
    def create(
        self,
        *,
        body: CreateServiceGroupRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateServiceGroupResponse]: ...

    def create(
        self,
        *,
        body: CreateServiceGroupRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateServiceGroupResponse]:
        """Create a service group.

        ``POST /v1/services`` (``create_service_group``).

        Args:
            name: Name of the service group. This is a human-readable name that can be used to
                identify the service group. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the service group in API calls.
            services: Description of exposed services.
            domains: Description of domains associated with the service group.
            soft_limit: The soft limit is used by the Unikraft Cloud load balancer to decide
                when to wake up another standby instance. For example, if the soft limit is set
                to 5 and the service consists of 2 standby instances, one of the instances
                receives up to 5 concurrent requests. The 6th parallel requests wakes up the
                second instance. If there are no more standby instances to wake up, the number
                of requests assigned to each instance will exceed the soft limit. The load
                balancer makes sure that when the number of in-flight requests goes down again,
                instances are put into standby as fast as possible.
            hard_limit: The hard limit defines the maximum number of concurrent requests that an
                instance assigned to the this service can handle. The load balancer will never
                assign more requests to a single instance. In case there are no other instances
                available, excess requests fail (i.e., they are blocked and not queued).
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateServiceGroupRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateServiceGroupResponse]``.
        """
        raw = self._transport.call_raw(
            _CREATE_SERVICE_GROUP,
            body=request_document(
                CreateServiceGroupRequest, body, fields, _CREATE_SERVICE_GROUP_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteServiceGroupsResponse]:
        """Delete service groups.

        ``DELETE /v1/services`` (``delete_service_groups``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteServiceGroupsResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_SERVICE_GROUPS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteServiceGroupsResponse]:
        """Delete a service group by UUID.

        ``DELETE /v1/services/{uuid}`` (``delete_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteServiceGroupsResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetServiceGroupsResponse]:
        """Get service groups.

        ``GET /v1/services`` (``get_service_groups``).

        Args:
            details: Whether to return the full details of each service group.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetServiceGroupsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_SERVICE_GROUPS,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetServiceGroupsResponse]:
        """Get a service group by UUID.

        ``GET /v1/services/{uuid}`` (``get_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            details: Whether to return the full details of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetServiceGroupsResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw

    def update(
        self,
        body: Sequence[UpdateServiceGroupsRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]:
        """Update service groups.

        ``PATCH /v1/services`` (``update_service_groups``).

        Args:
            body: The items of the request body (list[UpdateServiceGroupsRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateServiceGroupsResponse]``.
        """
        for item in body:
            check_value(
                "update_service_groups", item.prop, item.value, _UPDATE_SERVICE_GROUPS_VALUE_TYPES
            )
        raw = self._transport.call_raw(
            _UPDATE_SERVICE_GROUPS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SERVICES, "services"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.DOMAINS, "domains"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SOFT_LIMIT, "soft_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.HARD_LIMIT, "hard_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateServiceGroupsResponse]:
        """Update a service group by UUID.

        ``PATCH /v1/services/{uuid}`` (``update_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation: - For "services": array of Service
                objects - For "domains": array of Domain objects - For "soft_limit": integer
                (1–65535), must be <= "hard_limit" - For "hard_limit": integer (1–65535), must
                be >= "soft_limit"
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateServiceGroupByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateServiceGroupsResponse]``.
        """
        check_value(
            "update_service_group_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_SERVICE_GROUP_BY_UUID_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateServiceGroupByUUIDRequestBody,
                body,
                fields,
                _UPDATE_SERVICE_GROUP_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw


class SystemOperationsWithRawResponse:
    """The health of the API. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def healthz(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[HealthzResponse]:
        """Check the health of the API.

        ``GET /v1/healthz`` (``healthz``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[HealthzResponse]``.
        """
        raw = self._transport.call_raw(
            _HEALTHZ,
            timeout=timeout,
        )
        return raw


class UsersOperationsWithRawResponse:
    """Users and their quotas. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[QuotasResponse]:
        """Get the quotas of the calling user.

        ``GET /v1/users/quotas`` (``get_user``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[QuotasResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_USER,
            timeout=timeout,
        )
        return raw

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[QuotasResponse]:
        """Get the quotas of a user by UUID.

        ``GET /v1/users/{uuid}/quotas`` (``get_user_by_uuid``).

        Args:
            uuid: The UUID of the user.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[QuotasResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_USER_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw


class VolumesOperationsWithRawResponse:
    """Persistent volumes and their attachment to instances. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @overload
    def attach(
        self,
        *,
        attach_to: AttachVolumesRequestInstanceID,
        at: str,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    @overload
    def attach(
        self,
        *,
        body: AttachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    def attach(
        self,
        *,
        body: AttachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[AttachVolumesResponse]:
        """Attach a volume to an instance.

        ``PUT /v1/volumes/attach`` (``attach_volumes``).

        Args:
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            uuid: The UUID of the volume to attach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to attach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[AttachVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _ATTACH_VOLUMES,
            body=request_document(
                AttachVolumesRequest, body, fields, _ATTACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        attach_to: BodyInstanceID,
        at: str,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    @overload
    def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[AttachVolumesResponse]:
        """Attach a volume to an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/attach`` (``attach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[AttachVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _ATTACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                AttachVolumeByUUIDRequestBody,
                body,
                fields,
                _ATTACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        size_mb: int,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateVolumeResponse]: ...

    @overload
    def create(
        self,
        *,
        body: CreateVolumeRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateVolumeResponse]: ...

    def create(
        self,
        *,
        body: CreateVolumeRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateVolumeResponse]:
        """Create a volume.

        ``POST /v1/volumes`` (``create_volume``).

        Args:
            name: The name of the volume. This is a human-readable name that can be used to
                identify the volume. The name must be unique within the context of your account.
                If no name is specified, a random name of the form vol-X is generated for you,
                where X is a 5 character long random alphanumeric suffix.. The name can also be
                used to identify the volume in API calls.
            size_mb: Size of the new volume in MiB.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateVolumeRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateVolumeResponse]``.
        """
        raw = self._transport.call_raw(
            _CREATE_VOLUME,
            body=request_document(
                CreateVolumeRequest, body, fields, _CREATE_VOLUME_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteVolumesResponse]:
        """Delete volumes.

        ``DELETE /v1/volumes`` (``delete_volumes``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_VOLUMES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteVolumesResponse]:
        """Delete a volume by UUID.

        ``DELETE /v1/volumes/{uuid}`` (``delete_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _DELETE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    @overload
    def detach(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        from_: DetachVolumesRequestInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    @overload
    def detach(
        self,
        *,
        body: DetachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    def detach(
        self,
        *,
        body: DetachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[DetachVolumesResponse]:
        """Detach a volume from an instance.

        ``PUT /v1/volumes/detach`` (``detach_volumes``).

        Args:
            uuid: The UUID of the volume to detach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to detach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DetachVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _DETACH_VOLUMES,
            body=request_document(
                DetachVolumesRequest, body, fields, _DETACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        from_: BodyInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    @overload
    def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[DetachVolumesResponse]:
        """Detach a volume from an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/detach`` (``detach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DetachVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _DETACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DetachVolumeByUUIDRequestBody,
                body,
                fields,
                _DETACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetVolumesResponse]:
        """Get volumes.

        ``GET /v1/volumes`` (``get_volumes``).

        Args:
            details: Whether to return the full details of each volume.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_VOLUMES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetVolumesResponse]:
        """Get a volume by UUID.

        ``GET /v1/volumes/{uuid}`` (``get_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            details: Whether to return the full details of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetVolumesResponse]``.
        """
        raw = self._transport.call_raw(
            _GET_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw

    def update(
        self,
        body: Sequence[UpdateVolumesRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]:
        """Update volumes.

        ``PATCH /v1/volumes`` (``update_volumes``).

        Args:
            body: The items of the request body (list[UpdateVolumesRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateVolumesResponse]``.
        """
        for item in body:
            check_value("update_volumes", item.prop, item.value, _UPDATE_VOLUMES_VALUE_TYPES)
        raw = self._transport.call_raw(
            _UPDATE_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.SIZE_MB, "size_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.QUOTA_POLICY, "quota_policy"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: Literal["static", "dynamic", 1, 2] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateVolumesResponse]:
        """Update a volume by UUID.

        ``PATCH /v1/volumes/{uuid}`` (``update_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "size_mb": unsigned integer - For "quota_policy": "static" or
                "dynamic" - For "tags": array of Strings - For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateVolumesResponse]``.
        """
        check_value(
            "update_volume_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_VOLUME_BY_UUID_VALUE_TYPES,
        )
        raw = self._transport.call_raw(
            _UPDATE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateVolumeByUUIDRequestBody,
                body,
                fields,
                _UPDATE_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw


class AsyncAutoscaleOperations:
    """Autoscale configurations and policies of service groups."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_configuration_by_service_group_uuid(
        self,
        uuid: UUID | str,
        body: CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationsResponseData:
        """Create an autoscale configuration for a service group.

        ``POST /v1/services/{uuid}/autoscale`` (``create_autoscale_configuration_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationByServiceGroupUUIDRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateAutoscaleConfigurationsResponseData``.
        """
        raw = await self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def create_configuration_policy(
        self,
        uuid: str,
        *,
        name: str,
        type: AutoscalePolicy,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationPolicyResponseData: ...

    @overload
    async def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationPolicyResponseData: ...

    async def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateAutoscaleConfigurationPolicyResponseData:
        """Create an autoscale policy for a service group.

        ``POST /v1/services/{uuid}/autoscale/policies`` (``create_autoscale_configuration_policy``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the service to add a policy to.
            type: The policy type to add to the autoscale configuration.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateAutoscaleConfigurationPolicyResponseData``.
        """
        raw = await self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_POLICY,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                CreateAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _CREATE_AUTOSCALE_CONFIGURATION_POLICY_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def create_configurations(
        self,
        body: Sequence[CreateAutoscaleConfigurationsRequestConfiguration],
        *,
        timeout: TimeoutArg = None,
    ) -> CreateAutoscaleConfigurationsResponseData:
        """Create autoscale configurations.

        ``POST /v1/services/autoscale`` (``create_autoscale_configurations``).

        Args:
            body: The items of the request body
                (list[CreateAutoscaleConfigurationsRequestConfiguration]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateAutoscaleConfigurationsResponseData``.
        """
        raw = await self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATIONS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def delete_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData: ...

    @overload
    async def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData: ...

    async def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData:
        """Delete autoscale policies of a service group.

        ``DELETE /v1/services/{uuid}/autoscale/policies`` (``delete_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to delete.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DeletePolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationPolicyResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DeletePolicyRequest,
                body,
                fields,
                _DELETE_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationPolicyResponseData:
        """Delete an autoscale policy by name.

        ``DELETE /v1/services/{uuid}/autoscale/policies/{name}`` (``delete_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationPolicyResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationsResponseData:
        """Delete autoscale configurations.

        ``DELETE /v1/services/autoscale`` (``delete_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationsResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteAutoscaleConfigurationsResponseData:
        """Delete the autoscale configuration of a service group.

        ``DELETE /v1/services/{uuid}/autoscale`` (``delete_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteAutoscaleConfigurationsResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def get_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponseData: ...

    @overload
    async def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponseData: ...

    async def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> GetAutoscaleConfigurationPolicyResponseData:
        """Get autoscale policies of a service group.

        ``GET /v1/services/{uuid}/autoscale/policies`` (``get_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to get.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``GetAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationPolicyResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _GET_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationPolicyResponseData:
        """Get an autoscale policy by name.

        ``GET /v1/services/{uuid}/autoscale/policies/{name}`` (``get_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationPolicyResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationsResponseData:
        """Get autoscale configurations.

        ``GET /v1/services/autoscale`` (``get_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS,
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetAutoscaleConfigurationsResponseData:
        """Get the autoscale configuration of a service group.

        ``GET /v1/services/{uuid}/autoscale`` (``get_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetAutoscaleConfigurationsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncCertificatesOperations:
    """TLS certificates used by service groups."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        cn: str,
        chain: str,
        pkey: str,
        timeout: TimeoutArg = None,
    ) -> CreateCertificateResponseData: ...

    @overload
    async def create(
        self,
        *,
        body: CreateCertificateRequest,
        timeout: TimeoutArg = None,
    ) -> CreateCertificateResponseData: ...

    async def create(
        self,
        *,
        body: CreateCertificateRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateCertificateResponseData:
        """Create a certificate.

        ``POST /v1/certificates`` (``create_certificate``).

        Args:
            name: The name of the certificate. This is a human-readable name that can be used to
                identify the certificate. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the certificate in API calls.
            cn: The common name the certificate is for.
            chain: The certificate chain, PEM.
            pkey: The private key, PEM.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateCertificateRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateCertificateResponseData``.
        """
        raw = await self._transport.call_raw(
            _CREATE_CERTIFICATE,
            body=request_document(
                CreateCertificateRequest, body, fields, _CREATE_CERTIFICATE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteCertificatesResponseData:
        """Delete certificates.

        ``DELETE /v1/certificates`` (``delete_certificates``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteCertificatesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_CERTIFICATES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteCertificatesResponseData:
        """Delete a certificate by UUID.

        ``DELETE /v1/certificates/{uuid}`` (``delete_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteCertificatesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetCertificatesResponseData:
        """Get certificates.

        ``GET /v1/certificates`` (``get_certificates``).

        Args:
            details: Whether to return the full details of each certificate.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetCertificatesResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_CERTIFICATES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetCertificatesResponseData:
        """Get a certificate by UUID.

        ``GET /v1/certificates/{uuid}`` (``get_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetCertificatesResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncImagesOperations:
    """Images, looked up by digest or by tag."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_by_digest(
        self,
        digest: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetImageResponseData:
        """Get an image by digest.

        ``GET /v1/images/digest/{digest}`` (``get_image_by_digest``).

        Args:
            digest: The digest of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetImageResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_IMAGE_BY_DIGEST,
            path_params={
                "digest": digest,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_by_tag(
        self,
        tag: str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetImageResponseData:
        """Get an image by tag.

        ``GET /v1/images/tag/{tag}`` (``get_image_by_tag``).

        Args:
            tag: The tag of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetImageResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_IMAGE_BY_TAG,
            path_params={
                "tag": tag,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncInstancesOperations(AsyncInstanceWaiting):
    """Instances, their lifecycle, logs and metrics."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        args: list[str] | Unset = UNSET,
        env: dict[str, str] | Unset = UNSET,
        memory_mb: int | Unset = UNSET,
        service_group: CreateInstanceRequestServiceGroup | Unset = UNSET,
        volumes: list[CreateInstanceRequestVolume] | Unset = UNSET,
        autostart: bool | Unset = UNSET,
        replicas: int | Unset = UNSET,
        restart_policy: InstanceRestartPolicy
        | Literal["never", "always", "on_failure", "on-failure"]
        | Unset = UNSET,
        scale_to_zero: InstanceScaleToZero | Unset = UNSET,
        vcpus: int | Unset = UNSET,
        wait_timeout_ms: int | Unset = UNSET,
        features: list[CreateInstanceRequestFeaturesItem] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> CreateInstanceResponseData: ...

    @overload
    async def create(
        self,
        *,
        body: CreateInstanceRequest,
        timeout: TimeoutArg = None,
    ) -> CreateInstanceResponseData: ...

    async def create(
        self,
        *,
        body: CreateInstanceRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateInstanceResponseData:
        """Create an instance.

        ``POST /v1/instances`` (``create_instance``).

        Args:
            image: The image to use for the instance.
            name: (Optional). The name of the instance. If not provided, a random name will be
                generated. The name must be unique.
            args: (Optional). The arguments to pass to the instance when it starts.
            env: (Optional). Environment variables to set for the instance.
            memory_mb: (Optional). Memory in MB to allocate for the instance. Default is 128.
            service_group: (Optional). The service group configuration when creating an
                instance. When creating an instance, either a previously created (persistent)
                service group can be referenced (either through its name or UUID), or a new
                (ephemeral) service group can be created for the instance by specifying the list
                of services it should expose and optionally the domains it should use.
            volumes: Volumes to attach to the instance. This list can contain both existing and
                new volumes to create as part of the instance creation. Existing volumes can be
                referenced by their name or UUID. New volumes can be created by specifying a
                name, size in MiB, and mount point in the instance. The mount point is the
                directory in the instance where the volume will be mounted.
            autostart: Whether the instance should start automatically on creation.
            replicas: Number of replicas for the instance.
            restart_policy: Restart policy for the instance. This defines how the instance
                should behave when it stops or crashes.
            scale_to_zero: Scale-to-zero configuration for the instance.
            vcpus: Number of vCPUs to allocate for the instance.
            wait_timeout_ms: Timeout to wait for all new instances to reach running state in
                milliseconds. If you autostart your new instance, you can wait for it to finish
                starting with a blocking API call if you specify a wait timeout greater than
                zero. No wait performed for a value of 0.
            features: Features to enable for the instance. Features are specific configurations
                or capabilities that can be enabled for the instance.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateInstanceRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateInstanceResponseData``.
        """
        raw = await self._transport.call_raw(
            _CREATE_INSTANCE,
            body=request_document(
                CreateInstanceRequest, body, fields, _CREATE_INSTANCE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteInstancesResponseData:
        """Delete instances.

        ``DELETE /v1/instances`` (``delete_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteInstancesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteInstancesResponseData:
        """Delete an instance by UUID.

        ``DELETE /v1/instances/{uuid}`` (``delete_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteInstancesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstancesResponseData:
        """Get instances.

        ``GET /v1/instances`` (``get_instances``).

        Args:
            details: Whether to return the full details of each instance.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstancesResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstancesResponseData:
        """Get an instance by UUID.

        ``GET /v1/instances/{uuid}`` (``get_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            details: Whether to return the full details of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstancesResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def get_logs(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    @overload
    async def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    async def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> GetInstanceLogsResponseData:
        """Get the logs of an instance.

        ``GET /v1/instances/log`` (``get_instance_logs``).

        Args:
            uuid: The UUID of the instance to retrieve logs for. Mutually exclusive with name.
            name: The name of the instance to retrieve logs for. Mutually exclusive with UUID.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceLogsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_LOGS,
            body=request_document(
                GetInstanceLogsRequest, body, fields, _GET_INSTANCE_LOGS_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    @overload
    async def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> GetInstanceLogsResponseData: ...

    async def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> GetInstanceLogsResponseData:
        """Get the logs of an instance by UUID.

        ``GET /v1/instances/{uuid}/log`` (``get_instance_logs_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceLogsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_LOGS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetInstanceLogsByUUIDRequestBody,
                body,
                fields,
                _GET_INSTANCE_LOGS_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_metrics(
        self,
        *,
        uuid: UUID | str | None = None,
        name: str | None = None,
        timeout: TimeoutArg = None,
    ) -> GetInstanceMetricsResponseData:
        """Get the metrics of an instance.

        ``GET /v1/instances/metrics`` (``get_instance_metrics``).

        Args:
            uuid: The UUID of the instance.
            name: The name of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceMetricsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_METRICS,
            query={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_metrics_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> GetInstanceMetricsResponseData:
        """Get the metrics of an instance by UUID.

        ``GET /v1/instances/{uuid}/metrics`` (``get_instance_metrics_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetInstanceMetricsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_METRICS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def start(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> StartInstanceResponseData:
        """Start instances.

        ``PUT /v1/instances/start`` (``start_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StartInstanceResponseData``.
        """
        raw = await self._transport.call_raw(
            _START_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def start_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> StartInstanceResponseData:
        """Start an instance by UUID.

        ``PUT /v1/instances/{uuid}/start`` (``start_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StartInstanceResponseData``.
        """
        raw = await self._transport.call_raw(
            _START_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def stop(
        self,
        body: Sequence[StopInstancesRequestID],
        *,
        timeout: TimeoutArg = None,
    ) -> StopInstanceResponseData:
        """Stop instances.

        ``PUT /v1/instances/stop`` (``stop_instances``).

        Args:
            body: The items of the request body (list[StopInstancesRequestID]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StopInstanceResponseData``.
        """
        raw = await self._transport.call_raw(
            _STOP_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def stop_by_uuid(
        self,
        uuid: UUID | str,
        *,
        force: bool | None = None,
        drain_timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> StopInstanceResponseData:
        """Stop an instance by UUID.

        ``PUT /v1/instances/{uuid}/stop`` (``stop_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            force: Whether to immediately force stop the instance.
            drain_timeout_ms: Timeout for draining connections, in milliseconds; -1 for the
                largest possible.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``StopInstanceResponseData``.
        """
        raw = await self._transport.call_raw(
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
        return raw.require_data(raw.envelope.data)

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update(
        self,
        *,
        body: UpdateInstancesRequest,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    async def update(
        self,
        *,
        body: UpdateInstancesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateInstancesResponseData:
        """Update instances.

        ``PATCH /v1/instances`` (``update_instances``).

        Args:
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            uuid: The UUID of the instance to update. Mutually exclusive with name.
            name: The name of the instance to update. Mutually exclusive with UUID.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstancesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateInstancesResponseData``.
        """
        check_value(
            "update_instances",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCES_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_INSTANCES,
            body=request_document(
                UpdateInstancesRequest, body, fields, _UPDATE_INSTANCES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> UpdateInstancesResponseData: ...

    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateInstancesResponseData:
        """Update an instance by UUID.

        ``PATCH /v1/instances/{uuid}`` (``update_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateInstancesResponseData``.
        """
        check_value(
            "update_instance_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCE_BY_UUID_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateInstanceByUUIDRequestBody,
                body,
                fields,
                _UPDATE_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def wait(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | None = None,
        timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponseData:
        """Wait for instances to reach a state.

        ``GET /v1/instances/wait`` (``wait_instances``).

        Args:
            state: The state to wait for.
            timeout_ms: How long to wait for the instances to reach the state, in milliseconds.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``WaitInstanceResponseData``.
        """
        raw = await self._transport.call_raw(
            _WAIT_INSTANCES,
            query={
                "state": state,
                "timeout_ms": timeout_ms,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout_ms: int | Unset = UNSET,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponseData: ...

    @overload
    async def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> WaitInstanceResponseData: ...

    async def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> WaitInstanceResponseData:
        """Wait for an instance to reach a state, by UUID.

        ``GET /v1/instances/{uuid}/wait`` (``wait_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout_ms: Timeout in milliseconds to wait for the instance to reach the desired
                state. If the timeout is reached, the request will fail with an error. A value
                of -1 means to wait indefinitely until the instance reaches the desired state.
            state: The state to wait for.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``WaitInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``WaitInstanceResponseData``.
        """
        raw = await self._transport.call_raw(
            _WAIT_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                WaitInstanceByUUIDRequestBody,
                body,
                fields,
                _WAIT_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncServiceGroupsOperations:
    """Service groups, which publish services and route traffic to instances."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        services: list[Service] | Unset = UNSET,
        domains: list[CreateServiceGroupRequestDomain] | Unset = UNSET,
        soft_limit: int | Unset = UNSET,
        hard_limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> CreateServiceGroupResponseData: ...

    @overload
    async def create(
        self,
        *,
        body: CreateServiceGroupRequest,
        timeout: TimeoutArg = None,
    ) -> CreateServiceGroupResponseData: ...

    async def create(
        self,
        *,
        body: CreateServiceGroupRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateServiceGroupResponseData:
        """Create a service group.

        ``POST /v1/services`` (``create_service_group``).

        Args:
            name: Name of the service group. This is a human-readable name that can be used to
                identify the service group. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the service group in API calls.
            services: Description of exposed services.
            domains: Description of domains associated with the service group.
            soft_limit: The soft limit is used by the Unikraft Cloud load balancer to decide
                when to wake up another standby instance. For example, if the soft limit is set
                to 5 and the service consists of 2 standby instances, one of the instances
                receives up to 5 concurrent requests. The 6th parallel requests wakes up the
                second instance. If there are no more standby instances to wake up, the number
                of requests assigned to each instance will exceed the soft limit. The load
                balancer makes sure that when the number of in-flight requests goes down again,
                instances are put into standby as fast as possible.
            hard_limit: The hard limit defines the maximum number of concurrent requests that an
                instance assigned to the this service can handle. The load balancer will never
                assign more requests to a single instance. In case there are no other instances
                available, excess requests fail (i.e., they are blocked and not queued).
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateServiceGroupRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateServiceGroupResponseData``.
        """
        raw = await self._transport.call_raw(
            _CREATE_SERVICE_GROUP,
            body=request_document(
                CreateServiceGroupRequest, body, fields, _CREATE_SERVICE_GROUP_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteServiceGroupsResponseData:
        """Delete service groups.

        ``DELETE /v1/services`` (``delete_service_groups``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteServiceGroupsResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_SERVICE_GROUPS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteServiceGroupsResponseData:
        """Delete a service group by UUID.

        ``DELETE /v1/services/{uuid}`` (``delete_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteServiceGroupsResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetServiceGroupsResponseData:
        """Get service groups.

        ``GET /v1/services`` (``get_service_groups``).

        Args:
            details: Whether to return the full details of each service group.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetServiceGroupsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_SERVICE_GROUPS,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetServiceGroupsResponseData:
        """Get a service group by UUID.

        ``GET /v1/services/{uuid}`` (``get_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            details: Whether to return the full details of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetServiceGroupsResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def update(
        self,
        body: Sequence[UpdateServiceGroupsRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData:
        """Update service groups.

        ``PATCH /v1/services`` (``update_service_groups``).

        Args:
            body: The items of the request body (list[UpdateServiceGroupsRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateServiceGroupsResponseData``.
        """
        for item in body:
            check_value(
                "update_service_groups", item.prop, item.value, _UPDATE_SERVICE_GROUPS_VALUE_TYPES
            )
        raw = await self._transport.call_raw(
            _UPDATE_SERVICE_GROUPS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SERVICES, "services"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.DOMAINS, "domains"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SOFT_LIMIT, "soft_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.HARD_LIMIT, "hard_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> UpdateServiceGroupsResponseData: ...

    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateServiceGroupsResponseData:
        """Update a service group by UUID.

        ``PATCH /v1/services/{uuid}`` (``update_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation: - For "services": array of Service
                objects - For "domains": array of Domain objects - For "soft_limit": integer
                (1–65535), must be <= "hard_limit" - For "hard_limit": integer (1–65535), must
                be >= "soft_limit"
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateServiceGroupByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateServiceGroupsResponseData``.
        """
        check_value(
            "update_service_group_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_SERVICE_GROUP_BY_UUID_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateServiceGroupByUUIDRequestBody,
                body,
                fields,
                _UPDATE_SERVICE_GROUP_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncSystemOperations:
    """The health of the API."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def healthz(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> HealthzResponseData:
        """Check the health of the API.

        ``GET /v1/healthz`` (``healthz``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``HealthzResponseData``.
        """
        raw = await self._transport.call_raw(
            _HEALTHZ,
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncUsersOperations:
    """Users and their quotas."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> QuotasResponseData:
        """Get the quotas of the calling user.

        ``GET /v1/users/quotas`` (``get_user``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``QuotasResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_USER,
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> QuotasResponseData:
        """Get the quotas of a user by UUID.

        ``GET /v1/users/{uuid}/quotas`` (``get_user_by_uuid``).

        Args:
            uuid: The UUID of the user.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``QuotasResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_USER_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncVolumesOperations:
    """Persistent volumes and their attachment to instances."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def attach(
        self,
        *,
        attach_to: AttachVolumesRequestInstanceID,
        at: str,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    @overload
    async def attach(
        self,
        *,
        body: AttachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    async def attach(
        self,
        *,
        body: AttachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AttachVolumesResponseData:
        """Attach a volume to an instance.

        ``PUT /v1/volumes/attach`` (``attach_volumes``).

        Args:
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            uuid: The UUID of the volume to attach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to attach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``AttachVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _ATTACH_VOLUMES,
            body=request_document(
                AttachVolumesRequest, body, fields, _ATTACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        attach_to: BodyInstanceID,
        at: str,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    @overload
    async def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> AttachVolumesResponseData: ...

    async def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AttachVolumesResponseData:
        """Attach a volume to an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/attach`` (``attach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``AttachVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _ATTACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                AttachVolumeByUUIDRequestBody,
                body,
                fields,
                _ATTACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        size_mb: int,
        timeout: TimeoutArg = None,
    ) -> CreateVolumeResponseData: ...

    @overload
    async def create(
        self,
        *,
        body: CreateVolumeRequest,
        timeout: TimeoutArg = None,
    ) -> CreateVolumeResponseData: ...

    async def create(
        self,
        *,
        body: CreateVolumeRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> CreateVolumeResponseData:
        """Create a volume.

        ``POST /v1/volumes`` (``create_volume``).

        Args:
            name: The name of the volume. This is a human-readable name that can be used to
                identify the volume. The name must be unique within the context of your account.
                If no name is specified, a random name of the form vol-X is generated for you,
                where X is a 5 character long random alphanumeric suffix.. The name can also be
                used to identify the volume in API calls.
            size_mb: Size of the new volume in MiB.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateVolumeRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``CreateVolumeResponseData``.
        """
        raw = await self._transport.call_raw(
            _CREATE_VOLUME,
            body=request_document(
                CreateVolumeRequest, body, fields, _CREATE_VOLUME_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteVolumesResponseData:
        """Delete volumes.

        ``DELETE /v1/volumes`` (``delete_volumes``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_VOLUMES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> DeleteVolumesResponseData:
        """Delete a volume by UUID.

        ``DELETE /v1/volumes/{uuid}`` (``delete_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DeleteVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DELETE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def detach(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        from_: DetachVolumesRequestInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    @overload
    async def detach(
        self,
        *,
        body: DetachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    async def detach(
        self,
        *,
        body: DetachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> DetachVolumesResponseData:
        """Detach a volume from an instance.

        ``PUT /v1/volumes/detach`` (``detach_volumes``).

        Args:
            uuid: The UUID of the volume to detach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to detach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DetachVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DETACH_VOLUMES,
            body=request_document(
                DetachVolumesRequest, body, fields, _DETACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        from_: BodyInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    @overload
    async def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> DetachVolumesResponseData: ...

    async def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> DetachVolumesResponseData:
        """Detach a volume from an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/detach`` (``detach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``DetachVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _DETACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DetachVolumeByUUIDRequestBody,
                body,
                fields,
                _DETACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetVolumesResponseData:
        """Get volumes.

        ``GET /v1/volumes`` (``get_volumes``).

        Args:
            details: Whether to return the full details of each volume.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_VOLUMES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> GetVolumesResponseData:
        """Get a volume by UUID.

        ``GET /v1/volumes/{uuid}`` (``get_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            details: Whether to return the full details of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``GetVolumesResponseData``.
        """
        raw = await self._transport.call_raw(
            _GET_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    async def update(
        self,
        body: Sequence[UpdateVolumesRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData:
        """Update volumes.

        ``PATCH /v1/volumes`` (``update_volumes``).

        Args:
            body: The items of the request body (list[UpdateVolumesRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateVolumesResponseData``.
        """
        for item in body:
            check_value("update_volumes", item.prop, item.value, _UPDATE_VOLUMES_VALUE_TYPES)
        raw = await self._transport.call_raw(
            _UPDATE_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.SIZE_MB, "size_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.QUOTA_POLICY, "quota_policy"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: Literal["static", "dynamic", 1, 2] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> UpdateVolumesResponseData: ...

    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UpdateVolumesResponseData:
        """Update a volume by UUID.

        ``PATCH /v1/volumes/{uuid}`` (``update_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "size_mb": unsigned integer - For "quota_policy": "static" or
                "dynamic" - For "tags": array of Strings - For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The answer's ``data``, a ``UpdateVolumesResponseData``.
        """
        check_value(
            "update_volume_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_VOLUME_BY_UUID_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateVolumeByUUIDRequestBody,
                body,
                fields,
                _UPDATE_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw.require_data(raw.envelope.data)


class AsyncAutoscaleOperationsWithRawResponse:
    """Autoscale configurations and policies of service groups. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_configuration_by_service_group_uuid(
        self,
        uuid: UUID | str,
        body: CreateAutoscaleConfigurationByServiceGroupUUIDRequest,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationsResponse]:
        """Create an autoscale configuration for a service group.

        ``POST /v1/services/{uuid}/autoscale`` (``create_autoscale_configuration_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationByServiceGroupUUIDRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateAutoscaleConfigurationsResponse]``.
        """
        raw = await self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    async def create_configuration_policy(
        self,
        uuid: str,
        *,
        name: str,
        type: AutoscalePolicy,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationPolicyResponse]: ...

    @overload
    async def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationPolicyResponse]: ...

    async def create_configuration_policy(
        self,
        uuid: str,
        *,
        body: CreateAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateAutoscaleConfigurationPolicyResponse]:
        """Create an autoscale policy for a service group.

        ``POST /v1/services/{uuid}/autoscale/policies`` (``create_autoscale_configuration_policy``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the service to add a policy to.
            type: The policy type to add to the autoscale configuration.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``CreateAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateAutoscaleConfigurationPolicyResponse]``.
        """
        raw = await self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATION_POLICY,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                CreateAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _CREATE_AUTOSCALE_CONFIGURATION_POLICY_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    async def create_configurations(
        self,
        body: Sequence[CreateAutoscaleConfigurationsRequestConfiguration],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateAutoscaleConfigurationsResponse]:
        """Create autoscale configurations.

        ``POST /v1/services/autoscale`` (``create_autoscale_configurations``).

        Args:
            body: The items of the request body
                (list[CreateAutoscaleConfigurationsRequestConfiguration]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateAutoscaleConfigurationsResponse]``.
        """
        raw = await self._transport.call_raw(
            _CREATE_AUTOSCALE_CONFIGURATIONS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    async def delete_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]: ...

    @overload
    async def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]: ...

    async def delete_configuration_policies(
        self,
        uuid: str,
        *,
        body: DeletePolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]:
        """Delete autoscale policies of a service group.

        ``DELETE /v1/services/{uuid}/autoscale/policies`` (``delete_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to delete.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DeletePolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationPolicyResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DeletePolicyRequest,
                body,
                fields,
                _DELETE_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    async def delete_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationPolicyResponse]:
        """Delete an autoscale policy by name.

        ``DELETE /v1/services/{uuid}/autoscale/policies/{name}`` (``delete_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationPolicyResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw

    async def delete_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationsResponse]:
        """Delete autoscale configurations.

        ``DELETE /v1/services/autoscale`` (``delete_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationsResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def delete_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteAutoscaleConfigurationsResponse]:
        """Delete the autoscale configuration of a service group.

        ``DELETE /v1/services/{uuid}/autoscale`` (``delete_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteAutoscaleConfigurationsResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    @overload
    async def get_configuration_policies(
        self,
        uuid: str,
        *,
        name: str,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]: ...

    @overload
    async def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]: ...

    async def get_configuration_policies(
        self,
        uuid: str,
        *,
        body: GetAutoscaleConfigurationPolicyRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]:
        """Get autoscale policies of a service group.

        ``GET /v1/services/{uuid}/autoscale/policies`` (``get_autoscale_configuration_policies``).

        Args:
            uuid: The UUID of the service group.
            name: The Name of the policy to get.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A
                ``GetAutoscaleConfigurationPolicyRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationPolicyResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICIES,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetAutoscaleConfigurationPolicyRequest,
                body,
                fields,
                _GET_AUTOSCALE_CONFIGURATION_POLICIES_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    async def get_configuration_policy_by_name(
        self,
        uuid: UUID | str,
        name: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationPolicyResponse]:
        """Get an autoscale policy by name.

        ``GET /v1/services/{uuid}/autoscale/policies/{name}`` (``get_autoscale_configuration_policy_by_name``).

        Args:
            uuid: The UUID of the service group.
            name: The name of the autoscale policy.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationPolicyResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATION_POLICY_BY_NAME,
            path_params={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw

    async def get_configurations(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationsResponse]:
        """Get autoscale configurations.

        ``GET /v1/services/autoscale`` (``get_autoscale_configurations``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS,
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def get_configurations_by_service_group_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetAutoscaleConfigurationsResponse]:
        """Get the autoscale configuration of a service group.

        ``GET /v1/services/{uuid}/autoscale`` (``get_autoscale_configurations_by_service_group_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetAutoscaleConfigurationsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_AUTOSCALE_CONFIGURATIONS_BY_SERVICE_GROUP_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw


class AsyncCertificatesOperationsWithRawResponse:
    """TLS certificates used by service groups. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        cn: str,
        chain: str,
        pkey: str,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateCertificateResponse]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateCertificateRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateCertificateResponse]: ...

    async def create(
        self,
        *,
        body: CreateCertificateRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateCertificateResponse]:
        """Create a certificate.

        ``POST /v1/certificates`` (``create_certificate``).

        Args:
            name: The name of the certificate. This is a human-readable name that can be used to
                identify the certificate. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the certificate in API calls.
            cn: The common name the certificate is for.
            chain: The certificate chain, PEM.
            pkey: The private key, PEM.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateCertificateRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateCertificateResponse]``.
        """
        raw = await self._transport.call_raw(
            _CREATE_CERTIFICATE,
            body=request_document(
                CreateCertificateRequest, body, fields, _CREATE_CERTIFICATE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteCertificatesResponse]:
        """Delete certificates.

        ``DELETE /v1/certificates`` (``delete_certificates``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteCertificatesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_CERTIFICATES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteCertificatesResponse]:
        """Delete a certificate by UUID.

        ``DELETE /v1/certificates/{uuid}`` (``delete_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteCertificatesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetCertificatesResponse]:
        """Get certificates.

        ``GET /v1/certificates`` (``get_certificates``).

        Args:
            details: Whether to return the full details of each certificate.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetCertificatesResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_CERTIFICATES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetCertificatesResponse]:
        """Get a certificate by UUID.

        ``GET /v1/certificates/{uuid}`` (``get_certificate_by_uuid``).

        Args:
            uuid: The UUID of the certificate.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetCertificatesResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_CERTIFICATE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw


class AsyncImagesOperationsWithRawResponse:
    """Images, looked up by digest or by tag. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_by_digest(
        self,
        digest: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetImageResponse]:
        """Get an image by digest.

        ``GET /v1/images/digest/{digest}`` (``get_image_by_digest``).

        Args:
            digest: The digest of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetImageResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_IMAGE_BY_DIGEST,
            path_params={
                "digest": digest,
            },
            timeout=timeout,
        )
        return raw

    async def get_by_tag(
        self,
        tag: str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetImageResponse]:
        """Get an image by tag.

        ``GET /v1/images/tag/{tag}`` (``get_image_by_tag``).

        Args:
            tag: The tag of the image.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetImageResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_IMAGE_BY_TAG,
            path_params={
                "tag": tag,
            },
            timeout=timeout,
        )
        return raw


class AsyncInstancesOperationsWithRawResponse:
    """Instances, their lifecycle, logs and metrics. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        *,
        image: str,
        name: str | Unset = UNSET,
        args: list[str] | Unset = UNSET,
        env: dict[str, str] | Unset = UNSET,
        memory_mb: int | Unset = UNSET,
        service_group: CreateInstanceRequestServiceGroup | Unset = UNSET,
        volumes: list[CreateInstanceRequestVolume] | Unset = UNSET,
        autostart: bool | Unset = UNSET,
        replicas: int | Unset = UNSET,
        restart_policy: InstanceRestartPolicy
        | Literal["never", "always", "on_failure", "on-failure"]
        | Unset = UNSET,
        scale_to_zero: InstanceScaleToZero | Unset = UNSET,
        vcpus: int | Unset = UNSET,
        wait_timeout_ms: int | Unset = UNSET,
        features: list[CreateInstanceRequestFeaturesItem] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateInstanceResponse]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateInstanceRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateInstanceResponse]: ...

    async def create(
        self,
        *,
        body: CreateInstanceRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateInstanceResponse]:
        """Create an instance.

        ``POST /v1/instances`` (``create_instance``).

        Args:
            image: The image to use for the instance.
            name: (Optional). The name of the instance. If not provided, a random name will be
                generated. The name must be unique.
            args: (Optional). The arguments to pass to the instance when it starts.
            env: (Optional). Environment variables to set for the instance.
            memory_mb: (Optional). Memory in MB to allocate for the instance. Default is 128.
            service_group: (Optional). The service group configuration when creating an
                instance. When creating an instance, either a previously created (persistent)
                service group can be referenced (either through its name or UUID), or a new
                (ephemeral) service group can be created for the instance by specifying the list
                of services it should expose and optionally the domains it should use.
            volumes: Volumes to attach to the instance. This list can contain both existing and
                new volumes to create as part of the instance creation. Existing volumes can be
                referenced by their name or UUID. New volumes can be created by specifying a
                name, size in MiB, and mount point in the instance. The mount point is the
                directory in the instance where the volume will be mounted.
            autostart: Whether the instance should start automatically on creation.
            replicas: Number of replicas for the instance.
            restart_policy: Restart policy for the instance. This defines how the instance
                should behave when it stops or crashes.
            scale_to_zero: Scale-to-zero configuration for the instance.
            vcpus: Number of vCPUs to allocate for the instance.
            wait_timeout_ms: Timeout to wait for all new instances to reach running state in
                milliseconds. If you autostart your new instance, you can wait for it to finish
                starting with a blocking API call if you specify a wait timeout greater than
                zero. No wait performed for a value of 0.
            features: Features to enable for the instance. Features are specific configurations
                or capabilities that can be enabled for the instance.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateInstanceRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateInstanceResponse]``.
        """
        raw = await self._transport.call_raw(
            _CREATE_INSTANCE,
            body=request_document(
                CreateInstanceRequest, body, fields, _CREATE_INSTANCE_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteInstancesResponse]:
        """Delete instances.

        ``DELETE /v1/instances`` (``delete_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteInstancesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteInstancesResponse]:
        """Delete an instance by UUID.

        ``DELETE /v1/instances/{uuid}`` (``delete_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteInstancesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstancesResponse]:
        """Get instances.

        ``GET /v1/instances`` (``get_instances``).

        Args:
            details: Whether to return the full details of each instance.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstancesResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstancesResponse]:
        """Get an instance by UUID.

        ``GET /v1/instances/{uuid}`` (``get_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            details: Whether to return the full details of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstancesResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw

    @overload
    async def get_logs(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    @overload
    async def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    async def get_logs(
        self,
        *,
        body: GetInstanceLogsRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[GetInstanceLogsResponse]:
        """Get the logs of an instance.

        ``GET /v1/instances/log`` (``get_instance_logs``).

        Args:
            uuid: The UUID of the instance to retrieve logs for. Mutually exclusive with name.
            name: The name of the instance to retrieve logs for. Mutually exclusive with UUID.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceLogsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_LOGS,
            body=request_document(
                GetInstanceLogsRequest, body, fields, _GET_INSTANCE_LOGS_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    async def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    @overload
    async def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceLogsResponse]: ...

    async def get_logs_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: GetInstanceLogsByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[GetInstanceLogsResponse]:
        """Get the logs of an instance by UUID.

        ``GET /v1/instances/{uuid}/log`` (``get_instance_logs_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            offset: The byte offset of the log output to receive. A negative sign makes the
                offset relative to the end of the log.
            limit: The amount of bytes to return at most.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``GetInstanceLogsByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceLogsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_LOGS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                GetInstanceLogsByUUIDRequestBody,
                body,
                fields,
                _GET_INSTANCE_LOGS_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    async def get_metrics(
        self,
        *,
        uuid: UUID | str | None = None,
        name: str | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceMetricsResponse]:
        """Get the metrics of an instance.

        ``GET /v1/instances/metrics`` (``get_instance_metrics``).

        Args:
            uuid: The UUID of the instance.
            name: The name of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceMetricsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_METRICS,
            query={
                "uuid": uuid,
                "name": name,
            },
            timeout=timeout,
        )
        return raw

    async def get_metrics_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetInstanceMetricsResponse]:
        """Get the metrics of an instance by UUID.

        ``GET /v1/instances/{uuid}/metrics`` (``get_instance_metrics_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetInstanceMetricsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_INSTANCE_METRICS_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    async def start(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StartInstanceResponse]:
        """Start instances.

        ``PUT /v1/instances/start`` (``start_instances``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StartInstanceResponse]``.
        """
        raw = await self._transport.call_raw(
            _START_INSTANCES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def start_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StartInstanceResponse]:
        """Start an instance by UUID.

        ``PUT /v1/instances/{uuid}/start`` (``start_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StartInstanceResponse]``.
        """
        raw = await self._transport.call_raw(
            _START_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    async def stop(
        self,
        body: Sequence[StopInstancesRequestID],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StopInstanceResponse]:
        """Stop instances.

        ``PUT /v1/instances/stop`` (``stop_instances``).

        Args:
            body: The items of the request body (list[StopInstancesRequestID]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StopInstanceResponse]``.
        """
        raw = await self._transport.call_raw(
            _STOP_INSTANCES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    async def stop_by_uuid(
        self,
        uuid: UUID | str,
        *,
        force: bool | None = None,
        drain_timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[StopInstanceResponse]:
        """Stop an instance by UUID.

        ``PUT /v1/instances/{uuid}/stop`` (``stop_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            force: Whether to immediately force stop the instance.
            drain_timeout_ms: Timeout for draining connections, in milliseconds; -1 for the
                largest possible.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[StopInstanceResponse]``.
        """
        raw = await self._transport.call_raw(
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
        return raw

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update(
        self,
        *,
        body: UpdateInstancesRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    async def update(
        self,
        *,
        body: UpdateInstancesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateInstancesResponse]:
        """Update instances.

        ``PATCH /v1/instances`` (``update_instances``).

        Args:
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            uuid: The UUID of the instance to update. Mutually exclusive with name.
            name: The name of the instance to update. Mutually exclusive with UUID.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstancesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateInstancesResponse]``.
        """
        check_value(
            "update_instances",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCES_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_INSTANCES,
            body=request_document(
                UpdateInstancesRequest, body, fields, _UPDATE_INSTANCES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.IMAGE, "image"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ARGS, "args"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.ENV, "env"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | str | list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.MEMORY_MB, "memory_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.VCPUS, "vcpus"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.SCALE_TO_ZERO, "scale_to_zero"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: dict[str, Any] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateInstanceProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateInstancesResponse]: ...

    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateInstancesResponse]:
        """Update an instance by UUID.

        ``PATCH /v1/instances/{uuid}`` (``update_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            prop: The property to modify.
            op: The operation to perform on the property.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "image": string - For "args": string or array of strings - For
                "env": object (for SET/ADD) or string/array of strings (for DEL) - For
                "memory_mb": integer - For "vcpus": integer - For "scale_to_zero": object with
                cooldown_time_ms, policy, and stateful fields - For "tags": array of strings -
                For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateInstancesResponse]``.
        """
        check_value(
            "update_instance_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_INSTANCE_BY_UUID_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateInstanceByUUIDRequestBody,
                body,
                fields,
                _UPDATE_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    async def wait(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | None = None,
        timeout_ms: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[WaitInstanceResponse]:
        """Wait for instances to reach a state.

        ``GET /v1/instances/wait`` (``wait_instances``).

        Args:
            state: The state to wait for.
            timeout_ms: How long to wait for the instances to reach the state, in milliseconds.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[WaitInstanceResponse]``.
        """
        raw = await self._transport.call_raw(
            _WAIT_INSTANCES,
            query={
                "state": state,
                "timeout_ms": timeout_ms,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    @overload
    async def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout_ms: int | Unset = UNSET,
        state: InstanceState
        | Literal["stopped", "starting", "running", "draining", "stopping", "standby"]
        | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[WaitInstanceResponse]: ...

    @overload
    async def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[WaitInstanceResponse]: ...

    async def wait_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: WaitInstanceByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[WaitInstanceResponse]:
        """Wait for an instance to reach a state, by UUID.

        ``GET /v1/instances/{uuid}/wait`` (``wait_instance_by_uuid``).

        Args:
            uuid: The UUID of the instance.
            timeout_ms: Timeout in milliseconds to wait for the instance to reach the desired
                state. If the timeout is reached, the request will fail with an error. A value
                of -1 means to wait indefinitely until the instance reaches the desired state.
            state: The state to wait for.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``WaitInstanceByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[WaitInstanceResponse]``.
        """
        raw = await self._transport.call_raw(
            _WAIT_INSTANCE_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                WaitInstanceByUUIDRequestBody,
                body,
                fields,
                _WAIT_INSTANCE_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw


class AsyncServiceGroupsOperationsWithRawResponse:
    """Service groups, which publish services and route traffic to instances. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        services: list[Service] | Unset = UNSET,
        domains: list[CreateServiceGroupRequestDomain] | Unset = UNSET,
        soft_limit: int | Unset = UNSET,
        hard_limit: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateServiceGroupResponse]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateServiceGroupRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateServiceGroupResponse]: ...

    async def create(
        self,
        *,
        body: CreateServiceGroupRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateServiceGroupResponse]:
        """Create a service group.

        ``POST /v1/services`` (``create_service_group``).

        Args:
            name: Name of the service group. This is a human-readable name that can be used to
                identify the service group. The name must be unique within the context of your
                account. If no name is specified, a random name is generated for you. The name
                can also be used to identify the service group in API calls.
            services: Description of exposed services.
            domains: Description of domains associated with the service group.
            soft_limit: The soft limit is used by the Unikraft Cloud load balancer to decide
                when to wake up another standby instance. For example, if the soft limit is set
                to 5 and the service consists of 2 standby instances, one of the instances
                receives up to 5 concurrent requests. The 6th parallel requests wakes up the
                second instance. If there are no more standby instances to wake up, the number
                of requests assigned to each instance will exceed the soft limit. The load
                balancer makes sure that when the number of in-flight requests goes down again,
                instances are put into standby as fast as possible.
            hard_limit: The hard limit defines the maximum number of concurrent requests that an
                instance assigned to the this service can handle. The load balancer will never
                assign more requests to a single instance. In case there are no other instances
                available, excess requests fail (i.e., they are blocked and not queued).
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateServiceGroupRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateServiceGroupResponse]``.
        """
        raw = await self._transport.call_raw(
            _CREATE_SERVICE_GROUP,
            body=request_document(
                CreateServiceGroupRequest, body, fields, _CREATE_SERVICE_GROUP_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteServiceGroupsResponse]:
        """Delete service groups.

        ``DELETE /v1/services`` (``delete_service_groups``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteServiceGroupsResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_SERVICE_GROUPS,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteServiceGroupsResponse]:
        """Delete a service group by UUID.

        ``DELETE /v1/services/{uuid}`` (``delete_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteServiceGroupsResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetServiceGroupsResponse]:
        """Get service groups.

        ``GET /v1/services`` (``get_service_groups``).

        Args:
            details: Whether to return the full details of each service group.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetServiceGroupsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_SERVICE_GROUPS,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetServiceGroupsResponse]:
        """Get a service group by UUID.

        ``GET /v1/services/{uuid}`` (``get_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            details: Whether to return the full details of the service group.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetServiceGroupsResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw

    async def update(
        self,
        body: Sequence[UpdateServiceGroupsRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]:
        """Update service groups.

        ``PATCH /v1/services`` (``update_service_groups``).

        Args:
            body: The items of the request body (list[UpdateServiceGroupsRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateServiceGroupsResponse]``.
        """
        for item in body:
            check_value(
                "update_service_groups", item.prop, item.value, _UPDATE_SERVICE_GROUPS_VALUE_TYPES
            )
        raw = await self._transport.call_raw(
            _UPDATE_SERVICE_GROUPS,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SERVICES, "services"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.DOMAINS, "domains"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[dict[str, Any]] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.SOFT_LIMIT, "soft_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateServiceGroupProperty.HARD_LIMIT, "hard_limit"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateServiceGroupsResponse]: ...

    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateServiceGroupByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateServiceGroupsResponse]:
        """Update a service group by UUID.

        ``PATCH /v1/services/{uuid}`` (``update_service_group_by_uuid``).

        Args:
            uuid: The UUID of the service group.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation: - For "services": array of Service
                objects - For "domains": array of Domain objects - For "soft_limit": integer
                (1–65535), must be <= "hard_limit" - For "hard_limit": integer (1–65535), must
                be >= "soft_limit"
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateServiceGroupByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateServiceGroupsResponse]``.
        """
        check_value(
            "update_service_group_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_SERVICE_GROUP_BY_UUID_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_SERVICE_GROUP_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateServiceGroupByUUIDRequestBody,
                body,
                fields,
                _UPDATE_SERVICE_GROUP_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw


class AsyncSystemOperationsWithRawResponse:
    """The health of the API. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def healthz(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[HealthzResponse]:
        """Check the health of the API.

        ``GET /v1/healthz`` (``healthz``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[HealthzResponse]``.
        """
        raw = await self._transport.call_raw(
            _HEALTHZ,
            timeout=timeout,
        )
        return raw


class AsyncUsersOperationsWithRawResponse:
    """Users and their quotas. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get(
        self,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[QuotasResponse]:
        """Get the quotas of the calling user.

        ``GET /v1/users/quotas`` (``get_user``).

        Args:
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[QuotasResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_USER,
            timeout=timeout,
        )
        return raw

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[QuotasResponse]:
        """Get the quotas of a user by UUID.

        ``GET /v1/users/{uuid}/quotas`` (``get_user_by_uuid``).

        Args:
            uuid: The UUID of the user.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[QuotasResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_USER_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw


class AsyncVolumesOperationsWithRawResponse:
    """Persistent volumes and their attachment to instances. Each method returns the whole answer (``RawResponse``)."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def attach(
        self,
        *,
        attach_to: AttachVolumesRequestInstanceID,
        at: str,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    @overload
    async def attach(
        self,
        *,
        body: AttachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    async def attach(
        self,
        *,
        body: AttachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[AttachVolumesResponse]:
        """Attach a volume to an instance.

        ``PUT /v1/volumes/attach`` (``attach_volumes``).

        Args:
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            uuid: The UUID of the volume to attach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to attach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[AttachVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _ATTACH_VOLUMES,
            body=request_document(
                AttachVolumesRequest, body, fields, _ATTACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    async def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        attach_to: BodyInstanceID,
        at: str,
        readonly: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    @overload
    async def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[AttachVolumesResponse]: ...

    async def attach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: AttachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[AttachVolumesResponse]:
        """Attach a volume to an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/attach`` (``attach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            attach_to: UUID or name of the instance to attach the volume to.
            at: Path of the mountpoint. The path must be absolute, not contain . and ..
                components, and not contain colons (:). The path must point to an empty
                directory. If the directory does not exist, it is created.
            readonly: Whether the volume should be mounted read-only.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``AttachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[AttachVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _ATTACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                AttachVolumeByUUIDRequestBody,
                body,
                fields,
                _ATTACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        size_mb: int,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateVolumeResponse]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateVolumeRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[CreateVolumeResponse]: ...

    async def create(
        self,
        *,
        body: CreateVolumeRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[CreateVolumeResponse]:
        """Create a volume.

        ``POST /v1/volumes`` (``create_volume``).

        Args:
            name: The name of the volume. This is a human-readable name that can be used to
                identify the volume. The name must be unique within the context of your account.
                If no name is specified, a random name of the form vol-X is generated for you,
                where X is a 5 character long random alphanumeric suffix.. The name can also be
                used to identify the volume in API calls.
            size_mb: Size of the new volume in MiB.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``CreateVolumeRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[CreateVolumeResponse]``.
        """
        raw = await self._transport.call_raw(
            _CREATE_VOLUME,
            body=request_document(
                CreateVolumeRequest, body, fields, _CREATE_VOLUME_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    async def delete(
        self,
        body: Sequence[NameOrUUID | UUID | str],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteVolumesResponse]:
        """Delete volumes.

        ``DELETE /v1/volumes`` (``delete_volumes``).

        Args:
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_VOLUMES,
            body=[unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def delete_by_uuid(
        self,
        uuid: UUID | str,
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DeleteVolumesResponse]:
        """Delete a volume by UUID.

        ``DELETE /v1/volumes/{uuid}`` (``delete_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DeleteVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DELETE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            timeout=timeout,
        )
        return raw

    @overload
    async def detach(
        self,
        *,
        uuid: UUID | str | Unset = UNSET,
        name: str | Unset = UNSET,
        from_: DetachVolumesRequestInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    @overload
    async def detach(
        self,
        *,
        body: DetachVolumesRequest,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    async def detach(
        self,
        *,
        body: DetachVolumesRequest | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[DetachVolumesResponse]:
        """Detach a volume from an instance.

        ``PUT /v1/volumes/detach`` (``detach_volumes``).

        Args:
            uuid: The UUID of the volume to detach. Mutually exclusive with name. Exactly one of
                uuid or name must be provided.
            name: The name of the volume to detach. Mutually exclusive with UUID. Exactly one of
                uuid or name must be provided.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumesRequest``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DetachVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DETACH_VOLUMES,
            body=request_document(
                DetachVolumesRequest, body, fields, _DETACH_VOLUMES_COERCE, required=True
            ),
            timeout=timeout,
        )
        return raw

    @overload
    async def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        from_: BodyInstanceID | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    @overload
    async def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[DetachVolumesResponse]: ...

    async def detach_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: DetachVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[DetachVolumesResponse]:
        """Detach a volume from an instance, by UUID.

        ``PUT /v1/volumes/{uuid}/detach`` (``detach_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            from_: UUID or name of the instance to detach the volume from.
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``DetachVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[DetachVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _DETACH_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                DetachVolumeByUUIDRequestBody,
                body,
                fields,
                _DETACH_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw

    async def get(
        self,
        body: Sequence[NameOrUUID | UUID | str] | None = None,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetVolumesResponse]:
        """Get volumes.

        ``GET /v1/volumes`` (``get_volumes``).

        Args:
            details: Whether to return the full details of each volume.
            body: Names or UUIDs, or ``NameOrUUID`` items: a ``UUID``, or a string that is one,
                goes by UUID; any other string by name.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_VOLUMES,
            query={
                "details": details,
            },
            body=None if body is None else [unstructure(to_NameOrUUID(item)) for item in body],
            timeout=timeout,
        )
        return raw

    async def get_by_uuid(
        self,
        uuid: UUID | str,
        *,
        details: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[GetVolumesResponse]:
        """Get a volume by UUID.

        ``GET /v1/volumes/{uuid}`` (``get_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            details: Whether to return the full details of the volume.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[GetVolumesResponse]``.
        """
        raw = await self._transport.call_raw(
            _GET_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            query={
                "details": details,
            },
            timeout=timeout,
        )
        return raw

    async def update(
        self,
        body: Sequence[UpdateVolumesRequestItem],
        *,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]:
        """Update volumes.

        ``PATCH /v1/volumes`` (``update_volumes``).

        Args:
            body: The items of the request body (list[UpdateVolumesRequestItem]).
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateVolumesResponse]``.
        """
        for item in body:
            check_value("update_volumes", item.prop, item.value, _UPDATE_VOLUMES_VALUE_TYPES)
        raw = await self._transport.call_raw(
            _UPDATE_VOLUMES,
            body=unstructure(body),
            timeout=timeout,
        )
        return raw

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.SIZE_MB, "size_mb"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: int | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.QUOTA_POLICY, "quota_policy"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: Literal["static", "dynamic", 1, 2] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.TAGS, "tags"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: list[str] | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        prop: Literal[UpdateVolumeProperty.DELETE_LOCK, "delete_lock"],
        op: UpdateOperation | Literal["set", "add", "del"],
        id: str | Unset = UNSET,
        value: bool | Unset = UNSET,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    @overload
    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody,
        timeout: TimeoutArg = None,
    ) -> RawResponse[UpdateVolumesResponse]: ...

    async def update_by_uuid(
        self,
        uuid: UUID | str,
        *,
        body: UpdateVolumeByUUIDRequestBody | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> RawResponse[UpdateVolumesResponse]:
        """Update a volume by UUID.

        ``PATCH /v1/volumes/{uuid}`` (``update_volume_by_uuid``).

        Args:
            uuid: The UUID of the volume.
            prop: The property to modify.
            op: The operation to perform.
            id: (Optional). A client-provided identifier for tracking this operation in the
                response.
            value: The value for the update operation. The type depends on the property and
                operation: - For "size_mb": unsigned integer - For "quota_policy": "static" or
                "dynamic" - For "tags": array of Strings - For "delete_lock": boolean
            body: The whole body as a prepared model, instead of the keyword arguments of its
                fields (exactly one of the two ways). A ``UpdateVolumeByUUIDRequestBody``.
            timeout: Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this
                call instead of the client's default.

        Returns:
            The whole answer, a ``RawResponse[UpdateVolumesResponse]``.
        """
        check_value(
            "update_volume_by_uuid",
            fields.get("prop"),
            fields.get("value", UNSET),
            _UPDATE_VOLUME_BY_UUID_VALUE_TYPES,
        )
        raw = await self._transport.call_raw(
            _UPDATE_VOLUME_BY_UUID,
            path_params={
                "uuid": uuid,
            },
            body=request_document(
                UpdateVolumeByUUIDRequestBody,
                body,
                fields,
                _UPDATE_VOLUME_BY_UUID_COERCE,
                required=True,
            ),
            timeout=timeout,
        )
        return raw


class WithRawResponse:
    """The client's operations, each returning the whole answer: ``status``, ``headers``, the
    parsed ``envelope`` and the raw ``content``. Reached as ``client.with_raw_response``."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.autoscale = AutoscaleOperationsWithRawResponse(transport)
        self.certificates = CertificatesOperationsWithRawResponse(transport)
        self.images = ImagesOperationsWithRawResponse(transport)
        self.instances = InstancesOperationsWithRawResponse(transport)
        self.service_groups = ServiceGroupsOperationsWithRawResponse(transport)
        self.system = SystemOperationsWithRawResponse(transport)
        self.users = UsersOperationsWithRawResponse(transport)
        self.volumes = VolumesOperationsWithRawResponse(transport)


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
    retries of GET, PUT, DELETE, HEAD, OPTIONS and TRACE (``None`` switches them off); POST and
    PATCH never are.

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
            credentials={
                "token": token,
            },
            schemes=SECURITY_SCHEMES,
            always_needed=CREDENTIALS_ALWAYS_NEEDED,
            metro=metro,
            base_url=base_url,
            server_url=SERVER_URL,
            default_metro=DEFAULT_METRO,
            allow_http=allow_http,
        )
        transport = Transport(
            endpoint,
            user_agent=USER_AGENT,
            timeout=timeout,
            retry=RetryPolicy.disabled() if retry is None else retry,
            raise_on_partial_failure=raise_on_partial_failure,
            ca_certs=ca_certs,
            pool_maxsize=pool_maxsize,
            max_answer_bytes=max_answer_bytes,
        )
        self._attach(transport)

    def _attach(self, transport: Transport) -> None:
        self._transport = transport
        self.autoscale = AutoscaleOperations(transport)
        self.certificates = CertificatesOperations(transport)
        self.images = ImagesOperations(transport)
        self.instances = InstancesOperations(transport)
        self.service_groups = ServiceGroupsOperations(transport)
        self.system = SystemOperations(transport)
        self.users = UsersOperations(transport)
        self.volumes = VolumesOperations(transport)
        self.with_raw_response = WithRawResponse(transport)
        """The same operations, each returning the whole answer (``RawResponse``)."""

    def with_options(
        self,
        *,
        timeout: float | urllib3.Timeout | None = None,
        retry: RetryPolicy | None = None,
    ) -> Client:
        """A client on the same connection pool with another default ``timeout`` or ``retry``
        policy (``None`` keeps this client's; ``RetryPolicy.disabled()`` switches retries off).
        Closing either client closes the pool they share."""
        changed = object.__new__(Client)
        changed._attach(self._transport.with_options(timeout=timeout, retry=retry))
        return changed

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


class AsyncWithRawResponse:
    """The async client's operations, each returning the whole answer (``RawResponse``).
    Reached as ``async_client.with_raw_response``."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.autoscale = AsyncAutoscaleOperationsWithRawResponse(transport)
        self.certificates = AsyncCertificatesOperationsWithRawResponse(transport)
        self.images = AsyncImagesOperationsWithRawResponse(transport)
        self.instances = AsyncInstancesOperationsWithRawResponse(transport)
        self.service_groups = AsyncServiceGroupsOperationsWithRawResponse(transport)
        self.system = AsyncSystemOperationsWithRawResponse(transport)
        self.users = AsyncUsersOperationsWithRawResponse(transport)
        self.volumes = AsyncVolumesOperationsWithRawResponse(transport)


class AsyncClient:
    """The asyncio twin of ``Client``: the same groups and methods (each ``async def``), the
    same arguments, models, errors, timeouts, deadlines, retries and limits, over httpx.

    Needs the ``async`` extra (``pip install 'ukc-client[async]'``). One client serves any
    number of concurrent calls within one event loop; close it with ``await aclose()`` or use
    it in ``async with``. A cancelled call closes the connection it was using unless its
    answer was read to the end.
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
        # Imported here: httpx, the async extra, loads only for an AsyncClient.
        try:
            from ._async_transport import AsyncTransport
        except ModuleNotFoundError as missing:
            if missing.name != "httpx":
                raise
            raise ModuleNotFoundError(
                "AsyncClient needs httpx: install the async extra, pip install 'ukc-client[async]'",
                name="httpx",
            ) from None

        endpoint = resolve_endpoint(
            credentials={
                "token": token,
            },
            schemes=SECURITY_SCHEMES,
            always_needed=CREDENTIALS_ALWAYS_NEEDED,
            metro=metro,
            base_url=base_url,
            server_url=SERVER_URL,
            default_metro=DEFAULT_METRO,
            allow_http=allow_http,
        )
        transport = AsyncTransport(
            endpoint,
            user_agent=USER_AGENT,
            timeout=timeout,
            retry=RetryPolicy.disabled() if retry is None else retry,
            raise_on_partial_failure=raise_on_partial_failure,
            ca_certs=ca_certs,
            pool_maxsize=pool_maxsize,
            max_answer_bytes=max_answer_bytes,
        )
        self._attach(transport)

    def _attach(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.autoscale = AsyncAutoscaleOperations(transport)
        self.certificates = AsyncCertificatesOperations(transport)
        self.images = AsyncImagesOperations(transport)
        self.instances = AsyncInstancesOperations(transport)
        self.service_groups = AsyncServiceGroupsOperations(transport)
        self.system = AsyncSystemOperations(transport)
        self.users = AsyncUsersOperations(transport)
        self.volumes = AsyncVolumesOperations(transport)
        self.with_raw_response = AsyncWithRawResponse(transport)
        """The same operations, each returning the whole answer (``RawResponse``)."""

    def with_options(
        self,
        *,
        timeout: float | urllib3.Timeout | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncClient:
        """A client on the same connection pool with another default ``timeout`` or ``retry``
        policy (``None`` keeps this client's). Closing either client closes the pool."""
        changed = object.__new__(AsyncClient)
        changed._attach(self._transport.with_options(timeout=timeout, retry=retry))
        return changed

    @property
    def base_url(self) -> str:
        """Where the requests go: scheme, host and any path prefix."""
        return self._transport.base_url

    def operation(self, operation_id: str) -> Callable[..., Any]:
        """The bound client method (a coroutine function) of an operation id of the spec."""
        try:
            group, method = OPERATIONS[operation_id].client_method.split(".")
        except KeyError:
            raise KeyError(f"no operation {operation_id!r} in the spec") from None
        bound: Callable[..., Any] = getattr(getattr(self, group), method)
        return bound

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.base_url!r})"
