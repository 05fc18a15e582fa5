"""Failure rehearsal against the mock: injected faults drive the generated client's retries and
errors, the ``/_mock/`` controls seed, reset and inject over HTTP, and delayed state changes
let waits wait."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import urllib3
from ukc_client import (
    ApiError,
    Client,
    ResponseFormatError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from ukc_client.models import InstanceState

from generator.mock.rehearsal import InvalidControl

if TYPE_CHECKING:
    from generator.mock.pytest_plugin import UkcMock

pytest_plugins = ("generator.mock.pytest_plugin",)

WAIT_TIMED_OUT = 110


class Sleeps:
    """A retry policy's sleep that records its waits instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def _client(mock: UkcMock, sleeps: Sleeps, timeout: float = 5.0) -> Client:
    policy = RetryPolicy(sleep=sleeps, jitter=0.0)
    return Client(mock.token, base_url=mock.url, allow_http=True, retry=policy, timeout=timeout)


def test_a_429_with_retry_after_is_retried_after_the_wait_it_names(ukc_mock: UkcMock) -> None:
    ukc_mock.seed("instances", {"image": "nginx", "name": "web"})
    ukc_mock.inject("get_instances", status=429, retry_after=2, times=1)
    sleeps = Sleeps()
    with _client(ukc_mock, sleeps) as client:
        data = client.instances.get()
    assert [instance.name for instance in data.instances] == ["web"]
    assert sleeps.waits == [2.0]
    assert ukc_mock.app.faults.describe() == []


def test_a_503_every_time_ends_in_server_error_after_the_retries(ukc_mock: UkcMock) -> None:
    ukc_mock.inject("get_instances", status=503)
    sleeps = Sleeps()
    with _client(ukc_mock, sleeps) as client, pytest.raises(ServerError) as raised:
        client.instances.get()
    assert raised.value.status == 503
    assert len(sleeps.waits) == RetryPolicy().max_retries
    # The fault applies only to the operation it names.
    with _client(ukc_mock, sleeps) as client:
        assert client.system.healthz() is not None


def test_a_dropped_connection_is_a_transport_error(ukc_mock: UkcMock) -> None:
    ukc_mock.inject("get_instances", drop=True)
    with _client(ukc_mock, Sleeps()) as client, pytest.raises(TransportError):
        client.instances.get()


def test_a_dropped_connection_once_is_retried(ukc_mock: UkcMock) -> None:
    ukc_mock.inject("get_instances", drop=True, times=1)
    with _client(ukc_mock, Sleeps()) as client:
        assert client.instances.get().instances == []


def test_a_malformed_body_is_a_response_format_error(ukc_mock: UkcMock) -> None:
    ukc_mock.inject("get_instances", malformed=True)
    with _client(ukc_mock, Sleeps()) as client, pytest.raises(ResponseFormatError):
        client.instances.get()


def test_a_delay_longer_than_the_read_timeout_is_a_transport_error(ukc_mock: UkcMock) -> None:
    ukc_mock.inject("healthz", delay=1.0, times=1)
    with _client(ukc_mock, Sleeps(), timeout=0.2) as client, pytest.raises(TransportError):
        client.system.healthz()


def test_the_http_controls_seed_inject_list_clear_and_reset(ukc_mock: UkcMock) -> None:
    # urllib3 would retry a 429 with Retry-After by itself; each call here is one request.
    http = urllib3.PoolManager(retries=False)
    auth = {"Authorization": f"Bearer {ukc_mock.token}"}

    def control(method: str, name: str, body: object = None) -> tuple[int, dict[str, object]]:
        response = http.request(method, f"{ukc_mock.url}/_mock/{name}", json=body)
        return response.status, response.json()

    status, seeded = control("POST", "seed", {"volumes": [{"name": "data", "size_mb": 16}]})
    assert status == 200, seeded
    assert [volume["name"] for volume in seeded["data"]["volumes"]] == ["data"]  # type: ignore[index]
    fault = {"operation": "get_volumes", "status": 429, "retry_after": 1, "times": 2}
    status, listed = control("POST", "faults", fault)
    assert status == 200
    listed_fault = {**fault, "retry_after": "1"}  # as the header will say it
    assert listed["data"] == {"faults": [listed_fault]}
    answer = http.request("GET", ukc_mock.url + "/v1/volumes", headers=auth)
    assert answer.status == 429
    assert answer.headers["Retry-After"] == "1"
    assert answer.json()["status"] == "error"
    assert control("GET", "faults")[1]["data"] == {"faults": [{**listed_fault, "times": 1}]}
    assert control("DELETE", "faults")[1]["data"] == {"faults": []}
    volumes = http.request("GET", ukc_mock.url + "/v1/volumes", headers=auth).json()
    assert [volume["name"] for volume in volumes["data"]["volumes"]] == ["data"]
    assert control("POST", "reset")[0] == 200
    volumes = http.request("GET", ukc_mock.url + "/v1/volumes", headers=auth).json()
    assert volumes["data"]["volumes"] == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"status": 700}, "status: expected an HTTP status (100 to 599), got 700"),
        ({"operation": "healthz"}, "a fault needs a status, a delay, drop or malformed"),
        ({"status": 503, "times": 0}, "times: expected a count of 1 or more, got 0"),
        ({"status": 503, "when": "now"}, "unknown fault field(s) ['when']; expected "),
    ],
)
def test_a_fault_that_makes_no_sense_is_refused_with_a_reason(
    ukc_mock: UkcMock, body: dict[str, object], message: str
) -> None:
    response = urllib3.request("POST", f"{ukc_mock.url}/_mock/faults", json=body)
    assert response.status == 400
    assert response.json()["message"].startswith(f"/_mock/faults: {message}")


def test_seeding_with_a_body_the_spec_refuses_names_the_violation(ukc_mock: UkcMock) -> None:
    with pytest.raises(InvalidControl, match=r"^seed instances: .*image"):
        ukc_mock.seed("instances", {"name": "no-image"})


def test_delayed_state_changes_let_a_wait_wait(ukc_mock: UkcMock) -> None:
    ukc_mock.state_change_delay(0.3)
    with _client(ukc_mock, Sleeps()) as client:
        created = client.instances.create(image="nginx", name="slow")
        assert created.instances[0].state == InstanceState.STARTING
        uuid = created.instances[0].uuid
        assert client.instances.get_by_uuid(uuid).instances[0].state == InstanceState.STARTING
        waited = client.instances.wait_by_uuid(uuid, state="running", timeout_ms=5000)
        assert waited.instances[0].state == InstanceState.RUNNING
        stopped = client.instances.stop_by_uuid(uuid)
        assert stopped.instances[0].state == InstanceState.STOPPING
        with pytest.raises(ApiError) as raised:
            client.instances.wait_by_uuid(uuid, state="running", timeout_ms=50)
        assert raised.value.status == 408
        waited = client.instances.wait_by_uuid(uuid, state="stopped", timeout_ms=5000)
        assert waited.instances[0].state == InstanceState.STOPPED


def test_a_refused_call_changes_nothing(ukc_mock: UkcMock) -> None:
    ukc_mock.inject("create_instance", status=503, times=1)
    with _client(ukc_mock, Sleeps()) as client:
        with pytest.raises(ServerError):
            client.instances.create(image="nginx", name="refused")  # POST: not retried
        assert client.instances.get().instances == []
        client.instances.create(image="nginx", name="accepted")
        assert [instance.name for instance in client.instances.get().instances] == ["accepted"]
