"""A full flow against the mock of the whole API, every answer checked against the spec."""

from __future__ import annotations

from typing import Any

import pytest
import urllib3

from generator.mock import DEFAULT_SPEC_PATH
from generator.mock.routes import Operation, load_spec, read_operations
from generator.mock.server import spec_at
from generator.mock.validation import SpecSchemas

pytest_plugins = ("generator.mock.pytest_plugin",)


class ApiCalls:
    """Requests to the mock by operation id; each answer is checked against its schema."""

    def __init__(self, base_url: str, token: str) -> None:
        spec = spec_at(DEFAULT_SPEC_PATH)
        self.schemas = SpecSchemas(spec)
        self.operations: dict[str, Operation] = {
            operation.operation_id: operation for operation in read_operations(spec)
        }
        self.base_url = base_url
        self.headers = {"Authorization": f"Bearer {token}"}
        self.http = urllib3.PoolManager()

    def __call__(
        self, operation_id: str, body: Any = None, query: str = "", **path: str
    ) -> tuple[int, dict[str, Any]]:
        operation = self.operations[operation_id]
        url = self.base_url + operation.path.format(**path) + (f"?{query}" if query else "")
        response = self.http.request(operation.method, url, json=body, headers=self.headers)
        envelope: dict[str, Any] = response.json()
        pointer = operation.response_pointer(response.status)
        assert pointer is not None
        assert self.schemas.violations(pointer, envelope, "response") == []
        return response.status, envelope


@pytest.fixture
def api(ukc_mock_url: str, ukc_mock_token: str) -> ApiCalls:
    return ApiCalls(ukc_mock_url, ukc_mock_token)


def test_instance_lifecycle_with_a_new_volume_and_service_group(api: ApiCalls) -> None:
    status, created = api(
        "create_instance",
        {
            "name": "web",
            "image": "nginx:latest",
            "memory_mb": 256,
            "service_group": {"services": [{"port": 443, "destination_port": 8080}]},
            "volumes": [{"name": "web-data", "size_mb": 64, "at": "/data"}],
            "autostart": True,
        },
    )
    assert status == 200
    instance = created["data"]["instances"][0]
    assert instance["state"] == "running"
    assert instance["volumes"][0]["name"] == "web-data"
    group_uuid = instance["service_group"]["uuid"]

    _, listed = api("get_instances")
    assert [item["name"] for item in listed["data"]["instances"]] == ["web"]
    _, volumes = api("get_volumes")
    assert volumes["data"]["volumes"][0]["attached_to"][0]["name"] == "web"
    _, group = api("get_service_group_by_uuid", uuid=group_uuid)
    assert group["data"]["service_groups"][0]["instances"][0]["name"] == "web"

    _, updated = api(
        "update_instance_by_uuid",
        {"prop": "memory_mb", "op": "set", "value": 512, "id": "more-memory"},
        uuid=instance["uuid"],
    )
    assert updated["data"]["instances"][0]["id"] == "more-memory"
    _, fetched = api("get_instance_by_uuid", uuid=instance["uuid"])
    assert fetched["data"]["instances"][0]["memory_mb"] == 512

    _, stopped = api("stop_instances", [{"name": "web"}])
    assert stopped["data"]["instances"][0]["previous_state"] == "running"
    _, waited = api("wait_instances", [{"name": "web"}], query="state=stopped&timeout_ms=1000")
    assert waited["status"] == "success"
    assert waited["data"]["instances"][0]["state"] == "stopped"

    status, deleted = api("delete_instance_by_uuid", uuid=instance["uuid"])
    assert status == 200
    assert deleted["data"]["instances"][0]["previous_state"] == "stopped"
    _, listed = api("get_instances")
    assert listed["data"]["instances"] == []
    # The volume and the service group came with the instance, and go with it.
    _, volumes = api("get_volumes")
    assert volumes["data"]["volumes"] == []
    status, _ = api("get_service_group_by_uuid", uuid=group_uuid)
    assert status == 404


def test_bulk_delete_reports_the_missing_name_per_item(api: ApiCalls) -> None:
    api("create_volume", {"name": "kept", "size_mb": 16})
    status, deleted = api("delete_volumes", [{"name": "kept"}, {"name": "never-created"}])
    assert status == 200
    assert deleted["status"] == "error"
    assert deleted["message"] == "Failed to perform all operations"
    first, second = deleted["data"]["volumes"]
    assert first["status"] == "success"
    assert second == {
        "name": "never-created",
        "status": "error",
        "message": "No volume with name 'never-created'",
        "error": 8,
    }


def test_attach_and_detach_show_on_both_resources(api: ApiCalls) -> None:
    api("create_instance", {"name": "db", "image": "postgres:16", "autostart": False})
    _, created = api("create_volume", {"name": "pgdata", "size_mb": 128})
    volume_uuid = created["data"]["volumes"][0]["uuid"]
    api("attach_volume_by_uuid", {"attach_to": {"name": "db"}, "at": "/pg"}, uuid=volume_uuid)
    _, instance = api("get_instances", [{"name": "db"}])
    assert instance["data"]["instances"][0]["volumes"][0]["at"] == "/pg"
    status, refused = api("delete_volume_by_uuid", uuid=volume_uuid)
    assert status == 409
    assert refused["data"]["volumes"][0]["error"] == 16
    status, detached = api("detach_volumes", {"name": "pgdata", "from": {"name": "db"}})
    assert (status, detached["status"]) == (200, "success")
    _, volume = api("get_volume_by_uuid", uuid=volume_uuid)
    assert volume["data"]["volumes"][0]["attached_to"] == []


def test_certificate_in_use_by_a_domain_cannot_be_deleted(api: ApiCalls) -> None:
    api("create_certificate", {"name": "tls", "cn": "example.com", "chain": "PEM", "pkey": "PEM"})
    api(
        "create_service_group",
        {
            "name": "front",
            "services": [{"port": 443}],
            "domains": [{"name": "example.com", "certificate": {"name": "tls"}}],
        },
    )
    _, deleted = api("delete_certificates", [{"name": "tls"}])
    assert deleted["data"]["certificates"][0]["error"] == 16


def test_autoscale_configuration_and_policy_of_a_service_group(api: ApiCalls) -> None:
    _, created = api("create_service_group", {"name": "scaled", "services": [{"port": 80}]})
    group_uuid = created["data"]["service_groups"][0]["uuid"]
    api("create_autoscale_configurations", [{"name": "scaled", "min_size": 1, "max_size": 4}])
    api(
        "create_autoscale_configuration_policy",
        {"name": "cpu", "type": {"name": "cpu", "metric": "cpu", "adjustment_type": "change"}},
        uuid=group_uuid,
    )
    _, policy = api("get_autoscale_configuration_policy_by_name", uuid=group_uuid, name="cpu")
    assert policy["data"]["policies"][0]["policy"]["metric"] == "cpu"
    _, configurations = api("get_autoscale_configurations")
    assert configurations["data"]["service_groups"][0]["max_size"] == 4
    _, group = api("get_service_group_by_uuid", uuid=group_uuid)
    assert group["data"]["service_groups"][0]["autoscale"] is True


def test_request_breaking_the_spec_gets_400_with_a_clear_message(api: ApiCalls) -> None:
    status, refused = api("create_volume", {"name": "v", "size_mb": "large"})
    assert status == 400
    assert refused["message"] == (
        "Invalid request to create_volume: body.size_mb: 'large' is not of type 'integer'"
    )


def test_quotas_count_what_the_account_holds(api: ApiCalls) -> None:
    api("create_instance", {"image": "nginx", "memory_mb": 128})
    _, quotas = api("get_user")
    used = quotas["data"]["quotas"][0]["used"]
    assert used["live_instances"] == 1
    assert used["live_memory_mb"] == 128


def test_every_operation_of_the_spec_has_a_handler() -> None:
    from generator.mock.handlers import HANDLERS

    operation_ids = {op.operation_id for op in read_operations(load_spec(DEFAULT_SPEC_PATH))}
    assert operation_ids == set(HANDLERS)
