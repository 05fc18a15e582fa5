"""Instances: create (with new or existing volumes and service groups), read, update, start,
stop, wait, delete, and their logs and metrics.

States change at once (a stop leaves the instance ``stopped``) unless the mock's
``state_change_delay`` is set: then a started instance is ``starting`` and becomes ``running``
after the delay, and a stopped one goes ``stopping`` then ``stopped``. A wait for a state the
instance will reach within its timeout holds the answer until then (outside the state's lock);
one for a state it will not reach answers a per-item timeout error, after the timeout when
changes are delayed and at once when they are not.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Mapping
from typing import Any

from generator.mock.envelope import ItemShape, Reply
from generator.mock.handlers.common import (
    MockContext,
    as_items,
    as_json,
    bounded,
    change_value,
    details_view,
    each_target,
    named_or_all,
    one_target,
    path_target,
    set_only,
    update_list,
    update_string_map,
    updated_item,
)
from generator.mock.handlers.service_groups import (
    join_service_group,
    leave_service_group,
    new_service_group,
)
from generator.mock.handlers.volumes import mount_volume, new_volume, unmount_volume
from generator.mock.limits import LIMITS
from generator.mock.state import (
    ItemError,
    Record,
    WaitUntil,
    busy,
    invalid,
    new_uuid,
    now_timestamp,
    view,
    waited,
)
from generator.mock.validation import ValidRequest

DATA_KEY = "instances"
# Where a record keeps a delayed state change: the state it will reach and when (monotonic).
PENDING = "_pending"
# Instance fields this module sets when they apply; absent otherwise, never filled from the spec.
MANAGED_FIELDS = (
    "started_at",
    "stopped_at",
    "stop_reason",
    "exit_code",
    "stop_code",
    "scale_to_zero",
    "service_group",
)
SUMMARY_FIELDS = ("uuid", "name")
# stop_reason bitmasks documented for Instance: forced user stop, regular user stop.
STOP_REASON_FORCED = 28
STOP_REASON_USER = 15
# The items of stop, wait and logs answers have no status of their own, those of metrics not
# even the instance's identity (the page's StopInstanceResponseStoppedInstance,
# WaitInstanceResponseWaitedInstance, GetInstanceLogsResponseLoggedInstance and
# GetInstanceMetricsResponseInstanceMetrics).
WITHOUT_STATUS = ItemShape(status=False)
METRICS_ONLY = ItemShape(status=False, identity=False)


def create_instance(context: MockContext, request: ValidRequest) -> Reply:
    body: Mapping[str, Any] = request.body
    target = {"name": body["name"]} if "name" in body else {}
    return one_target(DATA_KEY, target, lambda _: _create(context, body))


def _create(context: MockContext, body: Mapping[str, Any]) -> Record:
    state = context.state
    memory_mb = bounded(
        "memory_mb", body.get("memory_mb", 128), LIMITS.min_memory_mb, LIMITS.max_memory_mb
    )
    vcpus = bounded("vcpus", body.get("vcpus", 1), LIMITS.min_vcpus, LIMITS.max_vcpus)
    bounded("replicas", body.get("replicas", 0), 0, LIMITS.max_replicas)
    instance_uuid, name = state.instances.new_identity(body.get("name"))
    # Check every reference before changing anything: a failed create leaves no trace.
    group_request = body.get("service_group")
    group = None
    if group_request is not None and {"uuid", "name"} & group_request.keys():
        group = state.service_groups.find_referenced(group_request, "service_group")
    volume_requests = list(body.get("volumes", []))
    for volume in volume_requests:
        if not {"uuid", "name", "size_mb"} & volume.keys():
            raise invalid(f"The volume at '{volume['at']}' needs a uuid, a name or a size_mb")
    existing_volumes = [
        state.volumes.find_referenced(volume, "volumes")
        for volume in volume_requests
        if {"uuid", "name"} & volume.keys() and "size_mb" not in volume
    ]
    for volume in existing_volumes:
        if volume["attached_to"]:
            raise busy(f"Volume '{volume['name']}' is already attached")
    for volume in volume_requests:
        if "size_mb" in volume:
            bounded("size_mb", volume["size_mb"], LIMITS.min_volume_mb, LIMITS.max_volume_mb)
    mount_points = [volume["at"] for volume in volume_requests]
    if len(set(mount_points)) != len(mount_points):
        raise invalid("Two volumes are mounted at the same path")
    scale_to_zero = body.get("scale_to_zero")
    if scale_to_zero is not None and not context.conforms("InstanceScaleToZero", scale_to_zero):
        raise invalid("scale_to_zero does not fit the instance's scale-to-zero configuration")

    autostart = body.get("autostart", True)
    created_at = now_timestamp()
    instance: Record = {
        "uuid": instance_uuid,
        "name": name,
        "created_at": created_at,
        "state": "stopped",
        "private_fqdn": f"{name}.internal",
        "image": body["image"],
        "memory_mb": memory_mb,
        "vcpus": vcpus,
        "args": list(body.get("args", [])),
        "env": dict(body.get("env", {})),
        "start_count": 1 if autostart else 0,
        "restart_count": 0,
        "restart_policy": body.get("restart_policy", "never"),
        "volumes": [],
        "network_interfaces": [
            {
                "uuid": new_uuid(),
                "private_ip": _private_ip(len(state.instances)),
                "mac": "12:b0:a0:00:00:3d",
            }
        ],
        "tags": [],
        "delete_lock": False,
    }
    if autostart:
        _begin(context, instance, "starting", "running")
        instance["started_at"] = created_at
    context.complete("Instance", instance, MANAGED_FIELDS)
    if scale_to_zero is not None:
        instance["scale_to_zero"] = context.declared("InstanceScaleToZero", scale_to_zero)
    if group_request is not None:
        if group is None:
            group = new_service_group(context, group_request, persistent=False)
        join_service_group(group, instance)
    for volume_request in volume_requests:
        if "size_mb" in volume_request:
            volume = new_volume(
                context, volume_request.get("name"), volume_request["size_mb"], persistent=False
            )
        else:
            volume = state.volumes.find(volume_request)
        mount_volume(volume, instance, volume_request["at"], volume_request.get("read_only", False))
    state.instances.add(instance)
    return _instance_view(instance)


def _begin(context: MockContext, instance: Record, passing: str, final: str) -> None:
    """Move ``instance`` towards ``final``: at once, or through ``passing`` after the mock's
    state change delay."""
    delay = context.settings.state_change_delay
    if delay <= 0:
        instance["state"] = final
        instance.pop(PENDING, None)
        return
    instance["state"] = passing
    instance[PENDING] = (final, time.monotonic() + delay)
    context.state.pending.add(instance["uuid"])


def settle(context: MockContext) -> None:
    """Finish every delayed state change whose time has come (called before each request)."""
    state = context.state
    if not state.pending:
        return
    now = time.monotonic()
    for instance_uuid in list(state.pending):
        try:
            instance = state.instances.find({"uuid": instance_uuid})
        except ItemError:
            state.pending.discard(instance_uuid)
            continue
        final, due = instance.get(PENDING, (instance["state"], now))
        if due <= now:
            instance["state"] = final
            instance.pop(PENDING, None)
            state.pending.discard(instance_uuid)


def _private_ip(index: int) -> str:
    return f"10.0.{index // 250}.{index % 250 + 2}"


def _instance_view(instance: Record) -> Record:
    answer = view(instance)
    # A mock-only flag: the API reports delete locks through updates, not in Instance.
    answer.pop("delete_lock", None)
    answer.pop(PENDING, None)
    return answer


def get_instances(context: MockContext, request: ValidRequest) -> Reply:
    details = request.query.get("details", True)
    instances = context.state.instances
    targets = named_or_all(request.body, (record["uuid"] for record in instances))
    return each_target(
        DATA_KEY,
        targets,
        lambda target: details_view(
            _instance_view(instances.find(target)), details, SUMMARY_FIELDS
        ),
    )


def get_instance_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    details = request.query.get("details", True)
    instances = context.state.instances
    return one_target(
        DATA_KEY,
        path_target(request),
        lambda target: details_view(
            _instance_view(instances.find(target)), details, SUMMARY_FIELDS
        ),
    )


def update_instances(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(
        DATA_KEY, as_items(request.body), lambda change: _update(context, change, change)
    )


def update_instance_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    changes = as_items(request.body)
    target = path_target(request)
    if len(changes) == 1:
        return one_target(DATA_KEY, target, lambda _: _update(context, target, changes[0]))
    return each_target(
        DATA_KEY,
        [{**target, **change} for change in changes],
        lambda change: _update(context, target, change),
    )


def _update(context: MockContext, target: Mapping[str, Any], change: Mapping[str, Any]) -> Record:
    instance = context.state.instances.find(target)
    prop, op, value = change["prop"], change["op"], change_value(change)
    if prop in ("args", "tags"):
        update_list(instance, prop, op, value)
    elif prop == "env":
        update_string_map(instance, prop, op, value)
    elif prop == "image":
        set_only(prop, op)
        if not isinstance(value, str) or not value:
            raise invalid(f"image expects an image name, got {as_json(value)}")
        instance["image"] = value
    elif prop == "memory_mb":
        set_only(prop, op)
        instance[prop] = bounded(prop, value, LIMITS.min_memory_mb, LIMITS.max_memory_mb)
    elif prop == "vcpus":
        set_only(prop, op)
        instance[prop] = bounded(prop, value, LIMITS.min_vcpus, LIMITS.max_vcpus)
    elif prop == "scale_to_zero":
        set_only(prop, op)
        if not isinstance(value, dict) or not context.conforms("InstanceScaleToZero", value):
            raise invalid(
                f"scale_to_zero expects a scale-to-zero configuration, got {as_json(value)}"
            )
        instance[prop] = context.declared("InstanceScaleToZero", value)
    elif prop == "delete_lock":
        set_only(prop, op)
        if not isinstance(value, bool):
            raise invalid(f"delete_lock expects a boolean, got {as_json(value)}")
        instance[prop] = value
    else:
        raise invalid(f"Instances have no property {prop!r} to update")
    return updated_item(instance, change)


def delete_instances(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda target: _delete(context, target))


def delete_instance_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    return one_target(DATA_KEY, path_target(request), lambda target: _delete(context, target))


def _delete(context: MockContext, target: Mapping[str, Any]) -> Record:
    state = context.state
    instance = state.instances.find(target)
    if instance.get("delete_lock"):
        raise busy(f"Instance '{instance['name']}' is locked against deletion")
    for mount in list(instance["volumes"]):
        volume = state.volumes.find({"uuid": mount["uuid"]})
        unmount_volume(volume, instance)
        if not volume["persistent"]:
            state.volumes.remove(volume)
    if "service_group" in instance:
        group = state.service_groups.find({"uuid": instance["service_group"]["uuid"]})
        leave_service_group(group, instance)
        if not group["persistent"] and not group["instances"]:
            state.service_groups.remove(group)
    state.instances.remove(instance)
    return {
        "status": "success",
        "uuid": instance["uuid"],
        "name": instance["name"],
        "previous_state": instance["state"],
    }


def start_instances(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda target: _start(context, target))


def start_instance_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    return one_target(DATA_KEY, path_target(request), lambda target: _start(context, target))


def _start(context: MockContext, target: Mapping[str, Any]) -> Record:
    instance = context.state.instances.find(target)
    previous_state = instance["state"]
    if previous_state not in ("running", "starting"):
        _begin(context, instance, "starting", "running")
        instance["start_count"] += 1
        instance["started_at"] = now_timestamp()
        instance.pop("stopped_at", None)
        instance.pop("stop_reason", None)
    return _transition_item(instance, previous_state)


def stop_instances(context: MockContext, request: ValidRequest) -> Reply:
    targets = as_items(request.body)
    context.state.instances.check_agreement(targets)
    return each_target(
        DATA_KEY,
        targets,
        lambda target: _stop(context, target, bool(target.get("force", False))),
        WITHOUT_STATUS,
    )


def stop_instance_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    force = bool(request.query.get("force", False))
    return one_target(
        DATA_KEY, path_target(request), lambda target: _stop(context, target, force), WITHOUT_STATUS
    )


def _stop(context: MockContext, target: Mapping[str, Any], force: bool) -> Record:
    instance = context.state.instances.find(target)
    previous_state = instance["state"]
    if previous_state not in ("stopped", "stopping"):
        _begin(context, instance, "stopping", "stopped")
        instance["stopped_at"] = now_timestamp()
        instance["stop_reason"] = STOP_REASON_FORCED if force else STOP_REASON_USER
    item = _transition_item(instance, previous_state)
    del item["status"]
    return item


def _transition_item(instance: Record, previous_state: str) -> Record:
    return {
        "status": "success",
        "uuid": instance["uuid"],
        "name": instance["name"],
        "state": instance["state"],
        "previous_state": previous_state,
    }


def wait_instances(context: MockContext, request: ValidRequest) -> Reply:
    wanted = request.query.get("state", "running")
    timeout_ms = int(request.query.get("timeout_ms", 0))
    return each_target(
        DATA_KEY,
        as_items(request.body),
        lambda target: _wait(context, target, wanted, timeout_ms),
        WITHOUT_STATUS,
    )


def wait_instance_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    body = request.body or {}
    wanted = body.get("state", "running")
    timeout_ms = int(body.get("timeout_ms", 0))
    return one_target(
        DATA_KEY,
        path_target(request),
        lambda target: _wait(context, target, wanted, timeout_ms),
        WITHOUT_STATUS,
    )


def _wait(context: MockContext, target: Mapping[str, Any], wanted: str, timeout_ms: int) -> Record:
    instance = context.state.instances.find(target)
    if instance["state"] != wanted:
        now = time.monotonic()
        final, due = instance.get(PENDING, (None, now))
        if final == wanted and (timeout_ms < 0 or due <= now + timeout_ms / 1000):
            raise WaitUntil(due)
        if context.settings.state_change_delay > 0 and timeout_ms > 0 and not waited():
            raise WaitUntil(now + timeout_ms / 1000)
        raise ItemError(
            ItemError.TIMED_OUT,
            f"Timed out waiting for instance '{instance['name']}' to be {wanted} "
            f"(it is {instance['state']})",
            http_status=408,
        )
    return {"uuid": instance["uuid"], "name": instance["name"], "state": instance["state"]}


def get_instance_logs(context: MockContext, request: ValidRequest) -> Reply:
    targets = as_items(request.body)
    context.state.instances.check_agreement(targets)
    return each_target(
        DATA_KEY, targets, lambda target: _logs(context, target, target), WITHOUT_STATUS
    )


def get_instance_logs_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    window = request.body or {}
    return one_target(
        DATA_KEY,
        path_target(request),
        lambda target: _logs(context, target, window),
        WITHOUT_STATUS,
    )


def _logs(context: MockContext, target: Mapping[str, Any], window: Mapping[str, Any]) -> Record:
    instance = context.state.instances.find(target)
    boot_line = f"Booting {instance['image']} ({instance['name']})\n"
    console = (boot_line * instance["start_count"]).encode()
    requested = int(window.get("offset", 0))
    # A negative offset counts from the end of the log (the page's description of offset).
    start = requested if requested >= 0 else len(console) + requested
    offset = min(max(start, 0), len(console))
    limit = int(window.get("limit", len(console)))
    end = len(console) if limit < 0 else min(len(console), offset + limit)
    return {
        "uuid": instance["uuid"],
        "name": instance["name"],
        # The API sends console output base64-encoded.
        "output": base64.b64encode(console[offset:end]).decode(),
        "available": {"start": 0, "end": len(console)},
        "range": {"start": offset, "end": end},
        "state": instance["state"],
    }


def get_instance_metrics(context: MockContext, request: ValidRequest) -> Reply:
    instances = context.state.instances
    targets = [{key: request.query[key]} for key in ("uuid", "name") if key in request.query] or [
        {"uuid": record["uuid"]} for record in instances
    ]
    return each_target(
        DATA_KEY, targets, lambda target: _metrics(instances.find(target)), METRICS_ONLY
    )


def get_instance_metrics_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    instances = context.state.instances
    return one_target(
        DATA_KEY,
        path_target(request),
        lambda target: _metrics(instances.find(target)),
        METRICS_ONLY,
    )


def _metrics(instance: Record) -> Record:
    running = instance["state"] == "running"
    return {
        "rss_bytes": instance["memory_mb"] * 1024 * 1024 // 4 if running else 0,
        "cpu_time_ms": 10 * instance["start_count"],
        "boot_time_us": 9000,
        "net_time_us": 11000,
        "rx_bytes": 0,
        "rx_packets": 0,
        "tx_bytes": 0,
        "tx_packets": 0,
        "nconns": 0,
        "nreqs": 0,
        "nqueued": 0,
        "ntotal": 0,
    }
