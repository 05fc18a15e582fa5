"""The mock on the real spec: body references, integers written as 64.0, update values."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from generator.mock import running_mock

TOKEN = "references-token"
MISSING_UUID = "0b4f3c1e-9d4e-4c59-8a3e-2f1f6d0c7a11"


class RawClient:
    """JSON requests to a running mock, answers decoded."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = urllib3.PoolManager()

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        response = self.http.request(
            method,
            self.base_url + path,
            json=body,
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        return response.status, response.json()


@pytest.fixture
def mock() -> Iterator[RawClient]:
    with running_mock(token=TOKEN) as base_url:
        yield RawClient(base_url)


def _new_volume_uuid(mock: RawClient) -> str:
    status, answer = mock.call("POST", "/v1/volumes", {"size_mb": 64})
    assert status == 200, answer
    return str(answer["data"]["volumes"][0]["uuid"])


def test_attach_to_a_missing_instance_is_a_bad_request_not_a_missing_volume(
    mock: RawClient,
) -> None:
    volume_uuid = _new_volume_uuid(mock)
    status, answer = mock.call(
        "PUT",
        f"/v1/volumes/{volume_uuid}/attach",
        {"attach_to": {"uuid": MISSING_UUID}, "at": "/data"},
    )
    assert status == 400
    assert answer["data"]["volumes"][0]["error"] == 8
    assert answer["message"] == f"attach_to: No instance with UUID '{MISSING_UUID}'"


def test_detach_from_a_missing_instance_is_a_bad_request(mock: RawClient) -> None:
    status, instance = mock.call("POST", "/v1/instances", {"image": "nginx:latest"})
    assert status == 200, instance
    volume_uuid = _new_volume_uuid(mock)
    status, answer = mock.call(
        "PUT",
        f"/v1/volumes/{volume_uuid}/attach",
        {"attach_to": {"uuid": instance["data"]["instances"][0]["uuid"]}, "at": "/data"},
    )
    assert status == 200, answer
    status, answer = mock.call(
        "PUT", f"/v1/volumes/{volume_uuid}/detach", {"from": {"uuid": MISSING_UUID}}
    )
    assert status == 400
    assert answer["message"] == f"from: No instance with UUID '{MISSING_UUID}'"


def test_volume_size_written_as_an_integral_float_is_accepted_as_an_integer(
    mock: RawClient,
) -> None:
    status, created = mock.call("POST", "/v1/volumes", {"size_mb": 64.0})
    assert status == 200, created
    status, answer = mock.call("GET", f"/v1/volumes/{created['data']['volumes'][0]['uuid']}")
    assert status == 200
    size_mb = answer["data"]["volumes"][0]["size_mb"]
    assert size_mb == 64 and isinstance(size_mb, int)


def test_instance_volume_naming_no_volume_fails_before_anything_is_created(
    mock: RawClient,
) -> None:
    status, answer = mock.call(
        "POST",
        "/v1/instances",
        {
            "image": "nginx:latest",
            "service_group": {"services": [{"port": 443, "destination_port": 8080}]},
            "volumes": [{"size_mb": 64, "at": "/cache"}, {"at": "/data"}],
        },
    )
    assert status == 400
    assert answer["message"] == "The volume at '/data' needs a uuid, a name or a size_mb"
    for path, kind in (("/v1/services", "service_groups"), ("/v1/volumes", "volumes")):
        status, listed = mock.call("GET", path)
        assert status == 200
        assert listed["data"][kind] == []


def test_update_without_a_value_is_refused_naming_what_is_missing(mock: RawClient) -> None:
    volume_uuid = _new_volume_uuid(mock)
    status, answer = mock.call("PATCH", f"/v1/volumes/{volume_uuid}", {"prop": "tags", "op": "set"})
    assert status == 400
    assert answer["message"] == "tags: a 'set' change needs a value"


def test_refused_update_value_is_quoted_as_json(mock: RawClient) -> None:
    volume_uuid = _new_volume_uuid(mock)
    status, answer = mock.call(
        "PATCH",
        f"/v1/volumes/{volume_uuid}",
        {"prop": "delete_lock", "op": "set", "value": None},
    )
    assert status == 400
    assert answer["message"] == "delete_lock expects a boolean, got null"
