"""The handler of every operation of the API, by operation id."""

from __future__ import annotations

from generator.mock.handlers import (
    autoscale,
    certificates,
    instances,
    service_groups,
    system,
    volumes,
)
from generator.mock.handlers.common import Handler, MockContext

HANDLERS: dict[str, Handler] = {
    "delete_autoscale_configurations": autoscale.delete_autoscale_configurations,
    "get_autoscale_configurations": autoscale.get_autoscale_configurations,
    "create_autoscale_configurations": autoscale.create_autoscale_configurations,
    "delete_autoscale_configurations_by_service_group_uuid": (
        autoscale.delete_autoscale_configurations_by_service_group_uuid
    ),
    "get_autoscale_configurations_by_service_group_uuid": (
        autoscale.get_autoscale_configurations_by_service_group_uuid
    ),
    "create_autoscale_configuration_by_service_group_uuid": (
        autoscale.create_autoscale_configuration_by_service_group_uuid
    ),
    "delete_autoscale_configuration_policies": autoscale.delete_autoscale_configuration_policies,
    "get_autoscale_configuration_policies": autoscale.get_autoscale_configuration_policies,
    "create_autoscale_configuration_policy": autoscale.create_autoscale_configuration_policy,
    "delete_autoscale_configuration_policy_by_name": (
        autoscale.delete_autoscale_configuration_policy_by_name
    ),
    "get_autoscale_configuration_policy_by_name": (
        autoscale.get_autoscale_configuration_policy_by_name
    ),
    "delete_certificates": certificates.delete_certificates,
    "get_certificates": certificates.get_certificates,
    "create_certificate": certificates.create_certificate,
    "delete_certificate_by_uuid": certificates.delete_certificate_by_uuid,
    "get_certificate_by_uuid": certificates.get_certificate_by_uuid,
    "get_image_by_digest": system.get_image_by_digest,
    "get_image_by_tag": system.get_image_by_tag,
    "delete_instances": instances.delete_instances,
    "get_instances": instances.get_instances,
    "update_instances": instances.update_instances,
    "create_instance": instances.create_instance,
    "get_instance_logs": instances.get_instance_logs,
    "get_instance_metrics": instances.get_instance_metrics,
    "start_instances": instances.start_instances,
    "stop_instances": instances.stop_instances,
    "wait_instances": instances.wait_instances,
    "delete_instance_by_uuid": instances.delete_instance_by_uuid,
    "get_instance_by_uuid": instances.get_instance_by_uuid,
    "update_instance_by_uuid": instances.update_instance_by_uuid,
    "get_instance_logs_by_uuid": instances.get_instance_logs_by_uuid,
    "get_instance_metrics_by_uuid": instances.get_instance_metrics_by_uuid,
    "start_instance_by_uuid": instances.start_instance_by_uuid,
    "stop_instance_by_uuid": instances.stop_instance_by_uuid,
    "wait_instance_by_uuid": instances.wait_instance_by_uuid,
    "delete_service_groups": service_groups.delete_service_groups,
    "get_service_groups": service_groups.get_service_groups,
    "update_service_groups": service_groups.update_service_groups,
    "create_service_group": service_groups.create_service_group,
    "delete_service_group_by_uuid": service_groups.delete_service_group_by_uuid,
    "get_service_group_by_uuid": service_groups.get_service_group_by_uuid,
    "update_service_group_by_uuid": service_groups.update_service_group_by_uuid,
    "healthz": system.healthz,
    "get_user": system.get_user,
    "get_user_by_uuid": system.get_user_by_uuid,
    "delete_volumes": volumes.delete_volumes,
    "get_volumes": volumes.get_volumes,
    "update_volumes": volumes.update_volumes,
    "create_volume": volumes.create_volume,
    "attach_volumes": volumes.attach_volumes,
    "detach_volumes": volumes.detach_volumes,
    "delete_volume_by_uuid": volumes.delete_volume_by_uuid,
    "get_volume_by_uuid": volumes.get_volume_by_uuid,
    "update_volume_by_uuid": volumes.update_volume_by_uuid,
    "attach_volume_by_uuid": volumes.attach_volume_by_uuid,
    "detach_volume_by_uuid": volumes.detach_volume_by_uuid,
}

__all__ = ["HANDLERS", "Handler", "MockContext"]
