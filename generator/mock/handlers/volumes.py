"""Volumes: create, read, update, delete, and attach to and detach from instances.

A volume created with an instance is not persistent: deleting the instance deletes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.mock.envelope import Reply
from generator.mock.handlers.common import (
    MockContext,
    as_items,
    as_json,
    bounded,
    change_value,
    checked_reference,
    details_view,
    each_target,
    named_or_all,
    one_target,
    path_target,
    set_only,
    update_list,
    updated_item,
)
from generator.mock.limits import LIMITS
from generator.mock.state import Record, busy, invalid, now_timestamp, view
from generator.mock.validation import ValidRequest

DATA_KEY = "volumes"
SUMMARY_FIELDS = ("uuid", "name")


def new_volume(context: MockContext, name: str | None, size_mb: Any, persistent: bool) -> Record:
    """Add a volume to the state (not yet attached)."""
    size = bounded("size_mb", size_mb, LIMITS.min_volume_mb, LIMITS.max_volume_mb)
    volume_uuid, volume_name = context.state.volumes.new_identity(name)
    return context.state.volumes.add(
        context.complete(
            "Volume",
            {
                "uuid": volume_uuid,
                "name": volume_name,
                "created_at": now_timestamp(),
                "state": "available",
                "size_mb": size,
                "persistent": persistent,
                "attached_to": [],
                "mounted_by": [],
                "tags": [],
                "delete_lock": False,
            },
        )
    )


def mount_volume(volume: Record, instance: Record, at: str, read_only: bool) -> None:
    """Attach ``volume`` to ``instance`` at the mount point ``at``; both records record it."""
    if volume["attached_to"]:
        raise busy(f"Volume '{volume['name']}' is already attached")
    if any(mount["at"] == at for mount in instance["volumes"]):
        raise busy(f"Instance '{instance['name']}' already has a volume at {at}")
    instance_reference = {"uuid": instance["uuid"], "name": instance["name"]}
    volume["attached_to"] = [instance_reference]
    volume["mounted_by"] = [{**instance_reference, "read_only": read_only}]
    volume["state"] = "mounted"
    instance["volumes"].append(
        {"uuid": volume["uuid"], "name": volume["name"], "at": at, "read_only": read_only}
    )


def unmount_volume(volume: Record, instance: Record) -> None:
    volume["attached_to"] = []
    volume["mounted_by"] = []
    volume["state"] = "available"
    instance["volumes"] = [
        mount for mount in instance["volumes"] if mount["uuid"] != volume["uuid"]
    ]


def _volume_view(volume: Record) -> Record:
    answer = view(volume)
    answer.pop("delete_lock", None)
    return answer


def create_volume(context: MockContext, request: ValidRequest) -> Reply:
    body: Mapping[str, Any] = request.body
    target = {"name": body["name"]} if "name" in body else {}
    return one_target(
        DATA_KEY,
        target,
        lambda _: _created_item(
            new_volume(context, body.get("name"), body.get("size_mb"), persistent=True)
        ),
    )


def _created_item(volume: Record) -> Record:
    """The page's CreateVolumeResponseVolume: the new volume's status and identity only."""
    return {"status": "success", "uuid": volume["uuid"], "name": volume["name"]}


def get_volumes(context: MockContext, request: ValidRequest) -> Reply:
    details = request.query.get("details", True)
    volumes = context.state.volumes
    targets = named_or_all(request.body, (record["uuid"] for record in volumes))
    return each_target(
        DATA_KEY,
        targets,
        lambda target: details_view(_volume_view(volumes.find(target)), details, SUMMARY_FIELDS),
    )


def get_volume_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    details = request.query.get("details", True)
    volumes = context.state.volumes
    return one_target(
        DATA_KEY,
        path_target(request),
        lambda target: details_view(_volume_view(volumes.find(target)), details, SUMMARY_FIELDS),
    )


def update_volumes(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(
        DATA_KEY, as_items(request.body), lambda change: _update(context, change, change)
    )


def update_volume_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    change = request.body
    return one_target(
        DATA_KEY, path_target(request), lambda target: _update(context, target, change)
    )


def _update(context: MockContext, target: Mapping[str, Any], change: Mapping[str, Any]) -> Record:
    volume = context.state.volumes.find(target)
    prop, op, value = change["prop"], change["op"], change_value(change)
    if prop == "size_mb":
        set_only(prop, op)
        size = bounded(prop, value, LIMITS.min_volume_mb, LIMITS.max_volume_mb)
        if size < volume["size_mb"]:
            raise invalid(f"A volume cannot shrink (from {volume['size_mb']} to {size} MiB)")
        volume["size_mb"] = size
    elif prop == "tags":
        update_list(volume, prop, op, value)
    elif prop == "delete_lock":
        set_only(prop, op)
        if not isinstance(value, bool):
            raise invalid(f"delete_lock expects a boolean, got {as_json(value)}")
        volume[prop] = value
    elif prop == "quota_policy":
        set_only(prop, op)
        if not isinstance(value, str):
            raise invalid(f"quota_policy expects a string, got {as_json(value)}")
        volume[prop] = value
    else:
        raise invalid(f"Volumes have no property {prop!r} to update")
    return updated_item(volume, change)


def delete_volumes(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda target: _delete(context, target))


def delete_volume_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    return one_target(DATA_KEY, path_target(request), lambda target: _delete(context, target))


def _delete(context: MockContext, target: Mapping[str, Any]) -> Record:
    volume = context.state.volumes.find(target)
    if volume["attached_to"]:
        raise busy(f"Volume '{volume['name']}' is attached; detach it first")
    if volume.get("delete_lock"):
        raise busy(f"Volume '{volume['name']}' is locked against deletion")
    context.state.volumes.remove(volume)
    return {"status": "success", "uuid": volume["uuid"], "name": volume["name"]}


def attach_volumes(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda item: _attach(context, item, item))


def attach_volume_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    body = request.body
    return one_target(DATA_KEY, path_target(request), lambda target: _attach(context, target, body))


def _attach(context: MockContext, target: Mapping[str, Any], item: Mapping[str, Any]) -> Record:
    volume = context.state.volumes.find(target)
    instance = context.state.instances.find_referenced(
        checked_reference(item, "attach_to"), "attach_to"
    )
    read_only = item.get("readonly", item.get("read_only", False))
    mount_volume(volume, instance, item["at"], bool(read_only))
    return {"status": "success", "uuid": volume["uuid"], "name": volume["name"]}


def detach_volumes(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda item: _detach(context, item, item))


def detach_volume_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    body = request.body or {}
    return one_target(DATA_KEY, path_target(request), lambda target: _detach(context, target, body))


def _detach(context: MockContext, target: Mapping[str, Any], item: Mapping[str, Any]) -> Record:
    volume = context.state.volumes.find(target)
    if not volume["attached_to"]:
        raise invalid(f"Volume '{volume['name']}' is not attached")
    attached = volume["attached_to"][0]
    if "from" in item:
        instance = context.state.instances.find_referenced(checked_reference(item, "from"), "from")
        if instance["uuid"] != attached["uuid"]:
            raise invalid(f"Volume '{volume['name']}' is not attached to '{instance['name']}'")
    else:
        instance = context.state.instances.find({"uuid": attached["uuid"]})
    unmount_volume(volume, instance)
    return {"status": "success", "uuid": volume["uuid"], "name": volume["name"]}
