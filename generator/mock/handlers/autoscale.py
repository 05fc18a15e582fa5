"""Autoscale configurations of service groups, and their policies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.mock.envelope import FULL_ITEM, ItemShape, Reply, failed_item, single_reply
from generator.mock.handlers.common import (
    MockContext,
    as_items,
    bounded,
    each_target,
    named_or_all,
    one_target,
    path_target,
)
from generator.mock.limits import LIMITS
from generator.mock.state import ItemError, Record, invalid, not_found
from generator.mock.validation import ValidRequest

DATA_KEY = "service_groups"
POLICIES_KEY = "policies"
# Milliseconds the API waits by default after a scale-out before measuring again.
DEFAULT_WARMUP_TIME_MS = 1000
DEFAULT_COOLDOWN_TIME_MS = 1000
MAX_TIME_MS = 3_600_000
# A policy read back is the policy itself, with no name beside it
# (GetAutoscaleConfigurationPolicyResponsePolicyResponse).
POLICY_ONLY = ItemShape(identity=False)


def _configuration(context: MockContext, target: Mapping[str, Any]) -> tuple[Record, Record]:
    """The service group named by ``target`` and its autoscale configuration."""
    group = context.state.service_groups.find(target)
    configuration = context.state.autoscale.get(group["uuid"])
    if configuration is None:
        raise ItemError(
            ItemError.NOT_FOUND,
            f"Service group '{group['name']}' has no autoscale configuration",
            http_status=404,
        )
    return group, configuration


def _create(context: MockContext, target: Mapping[str, Any], body: Mapping[str, Any]) -> Record:
    group = context.state.service_groups.find(target)
    if group["uuid"] in context.state.autoscale:
        raise ItemError(
            ItemError.EXISTS,
            f"Service group '{group['name']}' already has an autoscale configuration",
            http_status=409,
        )
    limits = (LIMITS.min_autoscale_size, LIMITS.max_autoscale_size)
    min_size = bounded("min_size", body.get("min_size", 0), *limits)
    max_size = bounded("max_size", body.get("max_size", min_size or 1), *limits)
    if min_size > max_size:
        raise invalid(f"min_size {min_size} is above max_size {max_size}")
    policies = [_policy(context, policy) for policy in body.get("policies", [])]
    configuration: Record = {
        "enabled": True,
        "min_size": min_size,
        "max_size": max_size,
        "warmup_time_ms": bounded(
            "warmup_time_ms", body.get("warmup_time_ms", DEFAULT_WARMUP_TIME_MS), 0, MAX_TIME_MS
        ),
        "cooldown_time_ms": bounded(
            "cooldown_time_ms",
            body.get("cooldown_time_ms", DEFAULT_COOLDOWN_TIME_MS),
            0,
            MAX_TIME_MS,
        ),
        "policies": policies,
    }
    create_args = body.get("create_args") or {}
    if "template" in create_args:
        # The configuration reads its instance template back as it was named.
        configuration["template"] = context.declared(
            "ServiceGroupTemplate", create_args["template"]
        )
    context.state.autoscale[group["uuid"]] = configuration
    group["autoscale"] = True
    return {"status": "success", "uuid": group["uuid"], "name": group["name"]}


def _policy(context: MockContext, policy: Any) -> Record:
    if not isinstance(policy, dict) or not context.conforms("AutoscalePolicy", policy):
        raise invalid(f"Not an autoscale policy: {policy!r}")
    if not isinstance(policy.get("name"), str):
        raise invalid("An autoscale policy needs a name")
    kept: Record = context.declared("AutoscalePolicy", policy)
    return kept


def create_autoscale_configurations(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda item: _create(context, item, item))


def create_autoscale_configuration_by_service_group_uuid(
    context: MockContext, request: ValidRequest
) -> Reply:
    body = request.body
    return one_target(DATA_KEY, path_target(request), lambda target: _create(context, target, body))


def _get(context: MockContext, target: Mapping[str, Any]) -> Record:
    group, configuration = _configuration(context, target)
    return {"status": "success", "uuid": group["uuid"], "name": group["name"], **configuration}


def get_autoscale_configurations(context: MockContext, request: ValidRequest) -> Reply:
    targets = named_or_all(request.body, context.state.autoscale)
    return each_target(DATA_KEY, targets, lambda target: _get(context, target))


def get_autoscale_configurations_by_service_group_uuid(
    context: MockContext, request: ValidRequest
) -> Reply:
    return one_target(DATA_KEY, path_target(request), lambda target: _get(context, target))


def _delete(context: MockContext, target: Mapping[str, Any]) -> Record:
    group, _ = _configuration(context, target)
    del context.state.autoscale[group["uuid"]]
    group["autoscale"] = False
    return {"status": "success", "uuid": group["uuid"], "name": group["name"]}


def delete_autoscale_configurations(context: MockContext, request: ValidRequest) -> Reply:
    return each_target(DATA_KEY, as_items(request.body), lambda target: _delete(context, target))


def delete_autoscale_configurations_by_service_group_uuid(
    context: MockContext, request: ValidRequest
) -> Reply:
    return one_target(DATA_KEY, path_target(request), lambda target: _delete(context, target))


def _find_policy(configuration: Record, group: Record, name: str) -> Record:
    policies: list[Record] = configuration["policies"]
    for policy in policies:
        if policy["name"] == name:
            return policy
    raise not_found(f"autoscale policy of '{group['name']}'", {"name": name})


def create_autoscale_configuration_policy(context: MockContext, request: ValidRequest) -> Reply:
    body: Mapping[str, Any] = request.body
    target = path_target(request)

    def create(_: Mapping[str, Any]) -> Record:
        group, configuration = _configuration(context, target)
        description = body.get("type")
        policy = _policy(
            context,
            {**(description if isinstance(description, dict) else {}), "name": body["name"]},
        )
        if any(existing["name"] == policy["name"] for existing in configuration["policies"]):
            raise ItemError(
                ItemError.EXISTS, f"A policy named '{policy['name']}' exists", http_status=409
            )
        configuration["policies"].append(policy)
        return {"status": "success", "uuid": group["uuid"], "name": policy["name"]}

    return one_target(POLICIES_KEY, {"name": body["name"]}, create)


def _policies_by_name(
    context: MockContext, request: ValidRequest, names: list[str] | None, remove: bool
) -> Reply:
    """Policies of the configuration the path addresses, by name (``None``: all of them).

    A configuration that does not exist is what the request addresses: 404 for the whole
    request, like any resource named by the path, not a failed item per policy name.
    """
    target = path_target(request)
    try:
        group, configuration = _configuration(context, target)
    except ItemError as error:
        return single_reply(POLICIES_KEY, failed_item(target, error, POLICY_ONLY), error)
    if names is None:
        names = [policy["name"] for policy in configuration["policies"]]

    def act(item: Mapping[str, Any]) -> Record:
        policy = _find_policy(configuration, group, item["name"])
        if remove:
            configuration["policies"].remove(policy)
            return {"status": "success", "name": policy["name"]}
        return {"status": "success", "policy": dict(policy)}

    shape = FULL_ITEM if remove else POLICY_ONLY
    items = [{"name": name} for name in names]
    if "name" in request.path:
        return one_target(POLICIES_KEY, items[0], act, shape)
    return each_target(POLICIES_KEY, items, act, shape)


def _requested_names(request: ValidRequest) -> list[str]:
    return [item["name"] for item in as_items(request.body) if isinstance(item, dict)]


def get_autoscale_configuration_policies(context: MockContext, request: ValidRequest) -> Reply:
    # Without a body: every policy of the configuration.
    names = None if request.body is None else _requested_names(request)
    return _policies_by_name(context, request, names, remove=False)


def delete_autoscale_configuration_policies(context: MockContext, request: ValidRequest) -> Reply:
    return _policies_by_name(context, request, _requested_names(request), remove=True)


def get_autoscale_configuration_policy_by_name(
    context: MockContext, request: ValidRequest
) -> Reply:
    return _policies_by_name(context, request, [request.path["name"]], remove=False)


def delete_autoscale_configuration_policy_by_name(
    context: MockContext, request: ValidRequest
) -> Reply:
    return _policies_by_name(context, request, [request.path["name"]], remove=True)
