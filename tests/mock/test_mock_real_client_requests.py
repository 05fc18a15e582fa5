"""Requests as the API owner's own clients write them, sent to the mock over a loopback socket.

Each is a place where the page contradicts itself or leaves a variant unshown, and where the
spec now reads the page the way those clients do: autoscale ``create_args`` by ``template``,
negative log offsets and drain timeouts, both ``uuid`` and ``name`` of one instance, and the
``on-failure`` spelling of the restart policy. What still makes no sense (naming nothing, or
naming two different instances) is a 400 that says why.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from generator.mock import running_mock

TOKEN = "owner-client-token"
TEMPLATE_UUID = "123e4567-e89b-12d3-a456-426614174000"


class RawClient:
    """JSON requests to a running mock, answers decoded."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = urllib3.PoolManager()

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        response = self.http.request(
            method, self.base_url + path, json=body, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        return response.status, response.json()


@pytest.fixture
def mock() -> Iterator[RawClient]:
    with running_mock(token=TOKEN) as base_url:
        yield RawClient(base_url)


def _instance(mock: RawClient, name: str) -> dict[str, Any]:
    status, answer = mock.call("POST", "/v1/instances", {"image": "nginx:latest", "name": name})
    assert status == 200, answer
    return dict(answer["data"]["instances"][0])


def _service_group(mock: RawClient, name: str) -> str:
    status, answer = mock.call("POST", "/v1/services", {"name": name, "services": [{"port": 80}]})
    assert status == 200, answer
    return str(answer["data"]["service_groups"][0]["uuid"])


def test_autoscale_create_args_by_template_is_accepted_and_read_back(mock: RawClient) -> None:
    _service_group(mock, "scaled")
    body = [{"name": "scaled", "min_size": 1, "max_size": 4,
             "create_args": {"template": {"uuid": TEMPLATE_UUID}}}]  # fmt: skip
    status, answer = mock.call("POST", "/v1/services/autoscale", body)
    assert status == 200, answer
    assert answer["status"] == "success"
    status, read = mock.call("GET", "/v1/services/autoscale", [{"name": "scaled"}])
    assert status == 200, read
    assert read["data"]["service_groups"][0]["template"] == {"uuid": TEMPLATE_UUID}


def test_autoscale_create_args_by_template_on_one_service_group(mock: RawClient) -> None:
    group_uuid = _service_group(mock, "scaled")
    body = {"min_size": 1, "max_size": 2, "create_args": {"template": {"name": "web-template"}}}
    status, answer = mock.call("POST", f"/v1/services/{group_uuid}/autoscale", body)
    assert status == 200, answer


def test_autoscale_create_args_as_a_whole_instance_request_is_refused(mock: RawClient) -> None:
    _service_group(mock, "scaled")
    body = [{"name": "scaled", "create_args": {"image": "nginx:latest"}}]
    status, answer = mock.call("POST", "/v1/services/autoscale", body)
    assert status == 400
    assert "body[0].create_args" in answer["message"]


@pytest.mark.parametrize("offset", [-4096, -100])
def test_negative_log_offset_counts_from_the_end(mock: RawClient, offset: int) -> None:
    instance = _instance(mock, "web")
    body = {"uuid": instance["uuid"], "name": "web", "offset": offset}
    status, answer = mock.call("GET", "/v1/instances/log", body)
    assert status == 200, answer
    logged = answer["data"]["instances"][0]
    assert logged["range"]["end"] == logged["available"]["end"]
    assert logged["range"]["start"] == max(logged["available"]["end"] + offset, 0)


def test_negative_log_offset_by_uuid(mock: RawClient) -> None:
    instance = _instance(mock, "web")
    status, answer = mock.call("GET", f"/v1/instances/{instance['uuid']}/log", {"offset": -100})
    assert status == 200, answer


def test_stop_with_the_largest_drain_timeout_and_both_identifiers(mock: RawClient) -> None:
    instance = _instance(mock, "web")
    body = [{"uuid": instance["uuid"], "name": "web", "drain_timeout_ms": -1}]
    status, answer = mock.call("PUT", "/v1/instances/stop", body)
    assert status == 200, answer
    stopped = answer["data"]["instances"][0]
    assert (stopped["uuid"], stopped["state"]) == (instance["uuid"], "stopped")


def test_stop_by_name_alone_is_still_accepted(mock: RawClient) -> None:
    _instance(mock, "web")
    status, answer = mock.call("PUT", "/v1/instances/stop", [{"name": "web"}])
    assert status == 200, answer


def test_stop_naming_nothing_is_a_bad_request_that_says_so(mock: RawClient) -> None:
    _instance(mock, "web")
    status, answer = mock.call("PUT", "/v1/instances/stop", [{"force": True}])
    assert status == 400
    assert answer["message"] == (
        "Invalid request to stop_instances: body[0]: names nothing: give uuid or name"
    )


def test_logs_naming_nothing_is_a_bad_request_that_says_so(mock: RawClient) -> None:
    status, answer = mock.call("GET", "/v1/instances/log", {"offset": -100})
    assert status == 400
    assert answer["message"] == (
        "Invalid request to get_instance_logs: body: names nothing: give uuid or name"
    )


def test_stop_naming_two_different_instances_is_a_bad_request_that_says_so(
    mock: RawClient,
) -> None:
    web = _instance(mock, "web")
    other = _instance(mock, "other")
    body = [{"uuid": web["uuid"], "name": "other"}]
    status, answer = mock.call("PUT", "/v1/instances/stop", body)
    assert status == 400
    assert answer["message"] == (
        "Invalid request to stop_instances: uuid and name must name the same instance: the UUID "
        f"'{web['uuid']}' is instance 'web', and the name 'other' is another one "
        f"({other['uuid']})"
    )
    # Refused as a whole: nothing was stopped.
    status, found = mock.call("GET", f"/v1/instances/{web['uuid']}")
    assert found["data"]["instances"][0]["state"] == "running"


def test_logs_naming_a_uuid_and_a_name_no_instance_has_is_a_bad_request(mock: RawClient) -> None:
    web = _instance(mock, "web")
    status, answer = mock.call("GET", "/v1/instances/log", {"uuid": web["uuid"], "name": "gone"})
    assert status == 400
    assert answer["message"] == (
        "Invalid request to get_instance_logs: uuid and name must name the same instance: the "
        f"UUID '{web['uuid']}' is instance 'web', not 'gone'"
    )


@pytest.mark.parametrize("spelling", ["on-failure", "on_failure"])
def test_restart_policy_in_either_spelling_of_the_page(mock: RawClient, spelling: str) -> None:
    body = {"image": "nginx:latest", "restart_policy": spelling}
    status, answer = mock.call("POST", "/v1/instances", body)
    assert status == 200, answer
    assert answer["data"]["instances"][0]["restart_policy"] == spelling


def test_answers_carry_only_the_fields_their_schemas_declare(mock: RawClient) -> None:
    status, created = mock.call("POST", "/v1/volumes", {"name": "data", "size_mb": 64})
    assert status == 200, created
    assert set(created["data"]["volumes"][0]) == {"status", "uuid", "name"}
    instance = _instance(mock, "web")
    status, logs = mock.call("GET", f"/v1/instances/{instance['uuid']}/log", {})
    assert status == 200, logs
    assert "status" not in logs["data"]["instances"][0]
    status, metrics = mock.call("GET", f"/v1/instances/{instance['uuid']}/metrics")
    assert status == 200, metrics
    assert not {"status", "uuid", "name"} & set(metrics["data"]["instances"][0])
    status, stopped = mock.call("PUT", "/v1/instances/stop", [{"name": "web"}])
    assert status == 200, stopped
    assert "status" not in stopped["data"]["instances"][0]
    status, waited = mock.call("GET", "/v1/instances/wait?state=stopped", [{"name": "web"}])
    assert status == 200, waited
    assert set(waited["data"]["instances"][0]) == {"uuid", "name", "state"}


def test_a_failed_item_without_a_status_of_its_own_still_fails_the_envelope(
    mock: RawClient,
) -> None:
    _instance(mock, "web")
    status, waited = mock.call("GET", "/v1/instances/wait?state=stopped", [{"name": "web"}])
    assert status == 200
    assert waited["status"] == "error"
    item = waited["data"]["instances"][0]
    assert (item["error"], "status" in item) == (110, False)


def test_policies_of_a_deleted_configuration_are_not_found(mock: RawClient) -> None:
    group_uuid = _service_group(mock, "scaled")
    status, answer = mock.call("POST", f"/v1/services/{group_uuid}/autoscale", {})
    assert status == 200, answer
    status, answer = mock.call("DELETE", f"/v1/services/{group_uuid}/autoscale")
    assert status == 200, answer
    path = f"/v1/services/{group_uuid}/autoscale/policies"
    for method in ("GET", "DELETE"):
        status, answer = mock.call(method, path, {"name": "cpu"})
        assert status == 404, answer
        assert answer["message"] == "Service group 'scaled' has no autoscale configuration"
