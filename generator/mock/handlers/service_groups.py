"""Service groups: create, read, update, delete, and the instances that join them.

A service group created with an instance is not persistent: it goes when its last instance does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.mock.envelope import Reply
from generator.mock.handlers.common import (
    MockContext,
    as_items,
    bounded,
    change_value,
    details_view,
    each_target,
    named_or_all,
    one_target,
    path_target,
    set_only,
    updated_item,
)
from generator.mock.state import Record, busy, invalid, now_timestamp, view
from generator.mock.validation import ValidRequest

DATA_KEY = "service_groups"
SUMMARY_FIELDS = ("uuid", "name")
# The API's default limits of concurrent requests an instance of a group serves.
DEFAULT_SOFT_LIMIT = 1
DEFAULT_HARD_LIMIT = 65535
MAX_LIMIT = 65535


def new_service_group(context: MockContext, request: Mapping[str, Any], persistent: bool) -> Record:
    """Add a service group described by a create request (or an instance's ``service_group``)."""
    services = [_service(context, service) for service in request.get("services", [])]
    domains = [_domain(context, domain) for domain in request.get("domains", [])]
    soft_limit = bounded("soft_limit", request.get("soft_limit", DEFAULT_SOFT_LIMIT), 1, MAX_LIMIT)
    hard_limit = bounded("hard_limit", request.get("hard_limit", DEFAULT_HARD_LIMIT), 1, MAX_LIMIT)
    if soft_limit > hard_limit:
        raise invalid(f"soft_limit {soft_limit} is above hard_limit {hard_limit}")
    group_uuid, name = context.state.service_groups.new_identity(request.get("name"))
    return context.state.service_groups.add(
        context.complete(
            "ServiceGroup",
            {
                "uuid": group_uuid,
                "name": name,
                "created_at": now_timestamp(),
                "persistent": persistent,
                "autoscale": False,
                "soft_limit": soft_limit,
                "hard_limit": hard_limit,
                "services": services,
                "domains": domains,
                "instances": [],
            },
        )
    )


def _service(context: MockContext, service: Any) -> Record:
    if not isinstance(service, dict) or not context.conforms("Service", service):
        raise invalid(f"Not a service: {service!r}")
    port = bounded("port", service["port"], 1, 65535)
    answer: Record = {"port": port, "destination_port": service.get("destination_port", port)}
    bounded("destination_port", answer["destination_port"], 1, 65535)
    if "handlers" in service:
        answer["handlers"] = list(service["handlers"])
    return answer


def _domain(context: MockContext, domain: Any) -> Record:
    if not isinstance(domain, dict) or not isinstance(domain.get("name"), str):
        raise invalid(f"A domain needs a name: {domain!r}")
    answer: Record = {"fqdn": domain["name"]}
    if isinstance(domain.get("certificate"), dict):
        certificate = context.state.certificates.find_referenced(
            domain["certificate"], "domains.certificate"
        )
        answer["certificate"] = {"uuid": certificate["uuid"], "name": certificate["name"]}
    return answer


def join_service_group(group: Record, instance: Record) -> None:
    group["instances"].append({"uuid": instance["uuid"], "name": instance["name"]})
    instance["service_group"] = {
        "uuid": group["uuid"],
        "name": group["name"],
        "domains": [dict(domain) for domain in group["domains"]],
    }


def leave_service_group(group: Record, instance: Record) -> None:
    group["instances"] = [
        member for member in group["instances"] if member["uuid"] != instance["uuid"]
    ]
    instance.pop("service_group", None)


def create_service_group(context: MockContext, request: ValidRequest) -> Reply:
    body: Mapping[str, Any] = request.body
    target = {"name": body["name"]} if "name" in body else {}
    return one_target(
        DATA_KEY, target, lambda _: view(new_service_group(context, body, persistent=True))
    )


def get_service_groups(context: MockContext, request: ValidRequest) -> Reply:
    details = request.query.get("details", True)
    groups = context.state.service_groups
    targets = named_or_all(request.body, (record["uuid"] for record in groups))
    return each_target(
        DATA_KEY,
        targets,
        lambda target: details_view(view(groups.find(target)), details, SUMMARY_FIELDS),
    )


def get_service_group_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    details = request.query.get("details", True)
    groups = context.state.service_groups
    return one_target(
        DATA_KEY,
        path_target(request),
        lambda target: details_view(view(groups.find(target)), details, SUMMARY_FIELDS),
    )


def update_service_groups(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(
        DATA_KEY, as_items(request.body), lambda change: _update(context, change, change)
    )


def update_service_group_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    change = request.body
    return one_target(
        DATA_KEY, path_target(request), lambda target: _update(context, target, change)
    )


def _update(context: MockContext, target: Mapping[str, Any], change: Mapping[str, Any]) -> Record:
    group = context.state.service_groups.find(target)
    prop, op, value = change["prop"], change["op"], change_value(change)
    if prop in ("soft_limit", "hard_limit"):
        set_only(prop, op)
        limit = bounded(prop, value, 1, MAX_LIMIT)
        soft = limit if prop == "soft_limit" else group["soft_limit"]
        hard = limit if prop == "hard_limit" else group["hard_limit"]
        if soft > hard:
            raise invalid(f"soft_limit {soft} would be above hard_limit {hard}")
        group[prop] = limit
    elif prop == "services":
        entries = value if isinstance(value, list) else [value]
        services = [_service(context, service) for service in entries]
        _update_entries(group, prop, op, services, key="port")
    elif prop == "domains":
        entries = value if isinstance(value, list) else [value]
        domains = [_domain(context, domain) for domain in entries]
        _update_entries(group, prop, op, domains, key="fqdn")
    else:
        raise invalid(f"Service groups have no property {prop!r} to update")
    return updated_item(group, change)


def _update_entries(group: Record, prop: str, op: str, entries: list[Record], key: str) -> None:
    """``set``, ``add`` or ``del`` services (by port) or domains (by name)."""
    if op == "set":
        group[prop] = entries
        return
    keys = {entry[key] for entry in entries}
    kept = [entry for entry in group[prop] if entry[key] not in keys]
    group[prop] = kept + entries if op == "add" else kept


def delete_service_groups(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda target: _delete(context, target))


def delete_service_group_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    return one_target(DATA_KEY, path_target(request), lambda target: _delete(context, target))


def _delete(context: MockContext, target: Mapping[str, Any]) -> Record:
    group = context.state.service_groups.find(target)
    if group["instances"]:
        raise busy(f"Service group '{group['name']}' still has instances")
    context.state.service_groups.remove(group)
    context.state.autoscale.pop(group["uuid"], None)
    return {"status": "success", "uuid": group["uuid"], "name": group["name"]}
