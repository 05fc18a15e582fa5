"""The mock over HTTP (on the small test spec): auth, error envelopes, state, valid answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from generator.mock import running_mock
from generator.mock.validation import SpecSchemas
from generator.openapi.document import load_document
from generator.openapi.operations import read_operations
from tests.support.paths import MOCK_SPEC

FIXTURE_SPEC = MOCK_SPEC
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class MockClient:
    """Raw requests to a running mock, each answer checked against the spec."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = urllib3.PoolManager()
        spec = load_document(FIXTURE_SPEC)
        self.schemas = SpecSchemas(spec)
        self.operations = {op.operation_id: op for op in read_operations(spec)}

    def call(
        self,
        operation_id: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        method: str | None = None,
    ) -> urllib3.BaseHTTPResponse:
        operation = self.operations[operation_id]
        response = self.http.request(
            method or operation.method,
            self.base_url + path,
            json=body,
            headers=AUTH if headers is None else headers,
        )
        documented = operation.response_for(response.status)
        pointer = documented.json_schema_pointer if documented is not None else None
        assert pointer is not None
        assert self.schemas.violations(pointer, response.json(), "response") == []
        return response


@pytest.fixture
def mock() -> Iterator[MockClient]:
    with running_mock(FIXTURE_SPEC, token=TOKEN) as base_url:
        yield MockClient(base_url)


def test_request_without_a_token_gets_401(mock: MockClient) -> None:
    response = mock.call("get_instances", "/v1/instances", headers={})
    assert response.status == 401
    assert response.json()["status"] == "error"
    assert "Bearer" in response.json()["message"]


def test_request_with_another_token_gets_401(mock: MockClient) -> None:
    response = mock.call("get_instances", "/v1/instances", headers={"Authorization": "Bearer x"})
    assert response.status == 401
    assert response.json()["message"] == "The bearer token is not accepted"


def test_operation_without_security_needs_no_token(mock: MockClient) -> None:
    assert mock.call("healthz", "/v1/healthz", headers={}).status == 200


def test_request_breaking_the_spec_gets_400_naming_the_violation(mock: MockClient) -> None:
    response = mock.call("create_instance", "/v1/instances", {"image": 7})
    assert response.status == 400
    envelope = response.json()
    assert envelope["status"] == "error"
    assert envelope["message"] == (
        "Invalid request to create_instance: body.image: 7 is not of type 'string'"
    )
    # ResponseError has the HTTP status only; the message says what was wrong.
    assert envelope["errors"] == [{"status": 400}]


def test_unknown_path_gets_404_in_the_envelope(mock: MockClient) -> None:
    response = mock.http.request("GET", mock.base_url + "/v1/unknown", headers=AUTH)
    assert response.status == 404
    assert response.json()["status"] == "error"


def test_missing_method_gets_405_with_allow_header(mock: MockClient) -> None:
    response = mock.http.request("PATCH", mock.base_url + "/v1/instances/stop", headers=AUTH)
    assert response.status == 405
    assert response.headers["Allow"] == "PUT"


def test_created_instance_is_found_by_uuid(mock: MockClient) -> None:
    created = mock.call("create_instance", "/v1/instances", {"image": "nginx:latest"}).json()
    instance_uuid = created["data"]["instances"][0]["uuid"]
    found = mock.call("get_instance_by_uuid", f"/v1/instances/{instance_uuid}").json()
    assert found["data"]["instances"][0]["image"] == "nginx:latest"
    assert found["data"]["instances"][0]["state"] == "running"


def test_missing_instance_by_uuid_gets_404_with_its_item(mock: MockClient) -> None:
    missing = "123e4567-e89b-12d3-a456-426614174000"
    response = mock.call("get_instance_by_uuid", f"/v1/instances/{missing}")
    assert response.status == 404
    assert response.json()["data"]["instances"] == [
        {
            "uuid": missing,
            "status": "error",
            "message": f"No instance with UUID '{missing}'",
            "error": 8,
        }
    ]


def test_bulk_delete_fails_only_the_missing_item(mock: MockClient) -> None:
    mock.call("create_instance", "/v1/instances", {"image": "nginx", "name": "web"})
    response = mock.call("delete_instances", "/v1/instances", [{"name": "web"}, {"name": "gone"}])
    assert response.status == 200
    envelope = response.json()
    assert envelope["status"] == "error"
    assert [item["status"] for item in envelope["data"]["instances"]] == ["success", "error"]
    assert envelope["data"]["instances"][1]["message"] == "No instance with name 'gone'"
    listed = mock.call("get_instances", "/v1/instances").json()
    assert listed["data"]["instances"] == []


def test_stop_then_wait_for_stopped_succeeds(mock: MockClient) -> None:
    mock.call("create_instance", "/v1/instances", {"image": "nginx", "name": "web"})
    mock.call("stop_instances", "/v1/instances/stop", [{"name": "web"}])
    waited = mock.call("wait_instances", "/v1/instances/wait?state=stopped", [{"name": "web"}])
    assert waited.json()["data"]["instances"][0]["state"] == "stopped"


def test_wait_for_a_state_never_reached_fails_the_item_at_once(mock: MockClient) -> None:
    mock.call("create_instance", "/v1/instances", {"image": "nginx", "name": "web"})
    waited = mock.call(
        "wait_instances", "/v1/instances/wait?state=stopped&timeout_ms=60000", [{"name": "web"}]
    ).json()
    assert waited["status"] == "error"
    assert waited["data"]["instances"][0]["error"] == 110


def test_instance_names_are_unique(mock: MockClient) -> None:
    mock.call("create_instance", "/v1/instances", {"image": "nginx", "name": "web"})
    response = mock.call("create_instance", "/v1/instances", {"image": "nginx", "name": "web"})
    assert response.status == 409
    assert response.json()["message"] == "The instance name 'web' is already taken"


def test_every_answer_carries_its_operation_time(mock: MockClient) -> None:
    envelope = mock.call("get_instances", "/v1/instances").json()
    assert isinstance(envelope["op_time_us"], int)
