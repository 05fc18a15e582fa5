"""The operations without state of their own: health, quotas (counted from the state), images.

The mock has no image registry: every tag and every digest names an image, described from
the reference itself, so clients can look up whatever image their instances use.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from generator.mock.envelope import Reply, single_reply
from generator.mock.handlers.common import MockContext, one_target
from generator.mock.limits import LIMITS
from generator.mock.state import MockState, Record, not_found
from generator.mock.validation import ValidRequest

# What the quotas report as the account's hard limits.
HARD_LIMITS: Record = {
    "instances": 64,
    "live_instances": 32,
    "live_vcpus": 64,
    "live_memory_mb": 65536,
    "service_groups": 64,
    "services": 256,
    "volumes": 64,
    "total_volume_mb": 262144,
}


def healthz(context: MockContext, request: ValidRequest) -> Reply:
    return Reply(200, {"status": "success", "data": {"services": {"api": "healthy"}}})


def _usage(state: MockState) -> Record:
    live = [instance for instance in state.instances if instance["state"] == "running"]
    return {
        "instances": len(state.instances),
        "live_instances": len(live),
        "live_vcpus": sum(instance["vcpus"] for instance in live),
        "live_memory_mb": sum(instance["memory_mb"] for instance in live),
        "service_groups": len(state.service_groups),
        "services": sum(len(group["services"]) for group in state.service_groups),
        "volumes": len(state.volumes),
        "total_volume_mb": sum(volume["size_mb"] for volume in state.volumes),
    }


def _quotas(state: MockState) -> Record:
    return {
        "status": "success",
        "uuid": state.user_uuid,
        "used": _usage(state),
        "hard": dict(HARD_LIMITS),
        "limits": {
            "min_memory_mb": LIMITS.min_memory_mb,
            "max_memory_mb": LIMITS.max_memory_mb,
            "min_volume_mb": LIMITS.min_volume_mb,
            "max_volume_mb": LIMITS.max_volume_mb,
            "min_autoscale_size": LIMITS.min_autoscale_size,
            "max_autoscale_size": LIMITS.max_autoscale_size,
            "min_vcpus": LIMITS.min_vcpus,
            "max_vcpus": LIMITS.max_vcpus,
        },
    }


def get_user(context: MockContext, request: ValidRequest) -> Reply:
    return single_reply("quotas", _quotas(context.state))


def get_user_by_uuid(context: MockContext, request: ValidRequest) -> Reply:
    def quotas(target: Mapping[str, Any]) -> Record:
        if target["uuid"] != context.state.user_uuid:
            raise not_found("user", target)
        return _quotas(context.state)

    return one_target("quotas", {"uuid": request.path["uuid"]}, quotas)


def _image(tag: str, digest: str) -> Record:
    return {
        "tag": tag,
        "digest": digest,
        "description": f"Image {tag}",
        "created_at": "2024-01-01T00:00:00Z",
        "arch": "x86_64",
        "entrypoint": [],
        "cmd": [],
        "env": [],
        "ports": [],
        "volumes": [],
        "labels": {},
        "workdir": "/",
    }


def _digest_of(tag: str) -> str:
    return "sha256:" + hashlib.sha256(tag.encode()).hexdigest()


def get_image_by_tag(context: MockContext, request: ValidRequest) -> Reply:
    tag = request.path["tag"]
    return Reply(200, {"status": "success", "data": {"image": _image(tag, _digest_of(tag))}})


def get_image_by_digest(context: MockContext, request: ValidRequest) -> Reply:
    digest = request.path["digest"]
    return Reply(200, {"status": "success", "data": {"image": _image(digest, digest)}})
