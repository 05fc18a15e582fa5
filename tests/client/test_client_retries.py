"""Which requests the client retries, how often, and how long it waits in between."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from ukc_client import RetryPolicy
from ukc_client.converter import structure
from ukc_client.errors import ApiError, RateLimitedError, ServerError, TransportError
from ukc_client.models import CreateInstanceRequest, UpdateInstancesRequest

from tests.support.client_support import client_of_kind, loopback_client
from tests.support.loopback_server import LoopbackServer, ScriptedResponse

pytestmark = pytest.mark.usefixtures("client_kind")

UNAVAILABLE = ScriptedResponse(status=503, body={"status": "error", "message": "busy"})
OK = ScriptedResponse()


def test_a_get_is_retried_after_a_503_and_then_succeeds(loopback: LoopbackServer) -> None:
    loopback.script(UNAVAILABLE, UNAVAILABLE, OK)
    with loopback_client(loopback) as client:
        client.system.healthz()
    assert len(loopback.requests) == 3


def test_backoff_doubles_from_the_first_retry(loopback: LoopbackServer) -> None:
    loopback.script(UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, OK)
    sleeps: list[float] = []
    with loopback_client(loopback, sleeps) as client:
        client.system.healthz()
    assert sleeps == [0.25, 0.5, 1.0]


def test_backoff_is_capped_by_backoff_max(loopback: LoopbackServer) -> None:
    loopback.script(UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, OK)
    sleeps: list[float] = []
    policy = _recording(sleeps, backoff_factor=1.0, backoff_max=1.5)
    with loopback_client(loopback, retry=policy) as client:
        client.system.healthz()
    assert sleeps == [1.0, 1.5, 1.5]


def test_jitter_adds_at_most_the_jitter_to_each_wait(loopback: LoopbackServer) -> None:
    loopback.script(UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, OK)
    sleeps: list[float] = []
    policy = _recording(sleeps, backoff_factor=0.25, jitter=0.1)
    with loopback_client(loopback, retry=policy) as client:
        client.system.healthz()
    assert len(sleeps) == 3
    for wait, base in zip(sleeps, [0.25, 0.5, 1.0], strict=True):
        assert base <= wait <= base + 0.1


def test_retries_stop_after_max_retries_with_the_last_answer(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: UNAVAILABLE
    with loopback_client(loopback) as client, pytest.raises(ServerError) as caught:
        client.system.healthz()
    assert len(loopback.requests) == 4
    assert caught.value.status == 503


def test_retry_after_replaces_the_backoff(loopback: LoopbackServer) -> None:
    loopback.script(
        ScriptedResponse(status=429, body={"status": "error"}, headers={"Retry-After": "7"}), OK
    )
    sleeps: list[float] = []
    with loopback_client(loopback, sleeps) as client:
        client.system.healthz()
    assert sleeps == [7.0]
    assert len(loopback.requests) == 2


def test_retry_after_is_capped_by_retry_after_max(loopback: LoopbackServer) -> None:
    loopback.script(
        ScriptedResponse(status=429, body={"status": "error"}, headers={"Retry-After": "3600"}),
        OK,
    )
    sleeps: list[float] = []
    policy = _recording(sleeps, retry_after_max=30)
    with loopback_client(loopback, retry=policy) as client:
        client.system.healthz()
    assert sleeps == [30.0]


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_these_statuses_are_retried(loopback: LoopbackServer, status: int) -> None:
    loopback.script(ScriptedResponse(status=status, body={"status": "error"}), OK)
    with loopback_client(loopback) as client:
        client.system.healthz()
    assert len(loopback.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 409, 500])
def test_other_error_statuses_are_not_retried(loopback: LoopbackServer, status: int) -> None:
    loopback.responder = lambda request: ScriptedResponse(status=status, body={"status": "error"})
    with loopback_client(loopback) as client, pytest.raises(ApiError):
        client.system.healthz()
    assert len(loopback.requests) == 1


def test_put_is_retried(loopback: LoopbackServer) -> None:
    loopback.script(UNAVAILABLE, OK)
    with loopback_client(loopback) as client:
        client.instances.start_by_uuid("0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11")
    assert [request.method for request in loopback.requests] == ["PUT", "PUT"]


def test_delete_is_retried(loopback: LoopbackServer) -> None:
    loopback.script(UNAVAILABLE, OK)
    with loopback_client(loopback) as client:
        client.instances.delete_by_uuid("0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11")
    assert [request.method for request in loopback.requests] == ["DELETE", "DELETE"]


def test_post_is_never_retried(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: UNAVAILABLE
    body = structure({"image": "nginx:latest"}, CreateInstanceRequest)
    with loopback_client(loopback) as client, pytest.raises(ServerError):
        client.instances.create(body=body)
    assert len(loopback.requests) == 1


def test_patch_is_never_retried(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: UNAVAILABLE
    document = {"name": "web", "prop": "memory_mb", "op": "set", "value": 256}
    body = structure(document, UpdateInstancesRequest)
    with loopback_client(loopback) as client, pytest.raises(ServerError):
        client.instances.update(body=body)
    assert len(loopback.requests) == 1


def test_a_post_is_not_retried_after_a_429_either(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: ScriptedResponse(
        status=429, body={"status": "error"}, headers={"Retry-After": "1"}
    )
    body = structure({"image": "nginx:latest"}, CreateInstanceRequest)
    with loopback_client(loopback) as client, pytest.raises(RateLimitedError) as caught:
        client.instances.create(body=body)
    assert len(loopback.requests) == 1
    assert caught.value.retry_after == 1.0


def test_retries_can_be_switched_off(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: UNAVAILABLE
    with loopback_client(loopback, retry=None) as client, pytest.raises(ServerError):
        client.system.healthz()
    assert len(loopback.requests) == 1


def test_a_dropped_connection_is_retried_for_a_get(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(hang_up=True), OK)
    with loopback_client(loopback) as client:
        client.system.healthz()
    assert len(loopback.requests) == 2


def test_a_dropped_connection_is_not_retried_for_a_post(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: ScriptedResponse(hang_up=True)
    body = structure({"image": "nginx:latest"}, CreateInstanceRequest)
    with loopback_client(loopback) as client, pytest.raises(TransportError):
        client.instances.create(body=body)
    assert len(loopback.requests) == 1


def _recording(sleeps: list[float], **settings: Any) -> RetryPolicy:
    """A policy whose waits, in either client, are recorded in ``sleeps`` instead of slept."""

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    settings.setdefault("jitter", 0.0)
    return RetryPolicy(sleep=sleeps.append, async_sleep=record, **settings)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_refused_connection_is_retried_then_raised_for_a_get() -> None:
    sleeps: list[float] = []
    base_url = f"http://127.0.0.1:{_closed_port()}"
    with client_of_kind(base_url=base_url, allow_http=True, retry=_recording(sleeps)) as client:
        with pytest.raises(TransportError, match="could not connect"):
            client.system.healthz()
    assert sleeps == [0.25, 0.5, 1.0]


def test_a_refused_connection_is_not_retried_for_a_post() -> None:
    sleeps: list[float] = []
    base_url = f"http://127.0.0.1:{_closed_port()}"
    body = structure({"image": "nginx:latest"}, CreateInstanceRequest)
    with client_of_kind(base_url=base_url, allow_http=True, retry=_recording(sleeps)) as client:
        with pytest.raises(TransportError):
            client.instances.create(body=body)
    assert sleeps == []


def test_with_options_sets_another_retry_policy_for_its_calls_only(
    loopback: LoopbackServer,
) -> None:
    loopback.responder = lambda request: UNAVAILABLE
    with loopback_client(loopback) as client:
        impatient = client.with_options(retry=RetryPolicy.disabled())
        with pytest.raises(ServerError):
            impatient.system.healthz()
        assert len(loopback.requests) == 1
        with pytest.raises(ServerError):
            client.system.healthz()
    assert len(loopback.requests) == 1 + 4
