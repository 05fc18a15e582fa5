"""Connect and read timeouts: a default for the client, and one per call."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from ukc_client import RequestTimeoutError, Timeout, structure
from ukc_client.models import CreateInstanceRequest

from tests.support.client_support import client_of_kind, loopback_client
from tests.support.loopback_server import LoopbackServer, ScriptedResponse

pytestmark = pytest.mark.usefixtures("client_kind")

SLOW = ScriptedResponse(delay=0.5)


def test_a_slow_answer_raises_a_timeout_after_the_read_timeout(loopback: LoopbackServer) -> None:
    loopback.script(SLOW)
    with loopback_client(loopback, retry=None, timeout=0.1) as client:
        with pytest.raises(RequestTimeoutError, match="timed out waiting for the answer"):
            client.system.healthz()


def test_a_per_call_timeout_replaces_the_default(loopback: LoopbackServer) -> None:
    loopback.script(ScriptedResponse(delay=0.2))
    with loopback_client(loopback, retry=None, timeout=0.05) as client:
        raw = client.with_raw_response.system.healthz(timeout=Timeout(connect=1.0, read=2.0))
    assert raw.envelope.status == "success"


def test_a_short_per_call_timeout_applies_to_that_call_only(loopback: LoopbackServer) -> None:
    loopback.script(SLOW)
    with loopback_client(loopback, retry=None, timeout=5.0) as client:
        with pytest.raises(RequestTimeoutError):
            client.system.healthz(timeout=0.1)
        assert client.with_raw_response.system.healthz().envelope.status == "success"


def test_a_get_that_timed_out_is_retried(loopback: LoopbackServer) -> None:
    loopback.script(SLOW, ScriptedResponse())
    # The deadline (connect + read = 1.1 s) leaves room for the retry and its backoff.
    with loopback_client(loopback, timeout=Timeout(connect=1.0, read=0.1)) as client:
        assert client.with_raw_response.system.healthz().envelope.status == "success"
    assert len(loopback.requests) == 2


def test_a_post_that_timed_out_is_not_retried(loopback: LoopbackServer) -> None:
    loopback.responder = lambda request: SLOW
    body = structure({"image": "nginx:latest"}, CreateInstanceRequest)
    with loopback_client(loopback, timeout=0.1) as client, pytest.raises(RequestTimeoutError):
        client.instances.create(body=body)
    assert len(loopback.requests) == 1


@pytest.fixture
def full_backlog() -> Iterator[str]:
    """A listening socket whose accept queue is full, so that connecting hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers = []
    try:
        # Linux completes handshakes up to backlog + 1; later SYNs go unanswered.
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
            fillers.append(filler)
        host, port = listener.getsockname()
        yield f"http://{host}:{port}"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_a_connection_that_is_not_accepted_raises_a_connect_timeout(full_backlog: str) -> None:
    with client_of_kind(
        base_url=full_backlog,
        allow_http=True,
        retry=None,
        timeout=Timeout(connect=0.2, read=5.0),
    ) as client:
        with pytest.raises(RequestTimeoutError, match="timed out while connecting"):
            client.system.healthz()


def test_with_options_sets_another_default_timeout_on_the_same_pool(
    loopback: LoopbackServer,
) -> None:
    loopback.script(ScriptedResponse(delay=0.3), SLOW)
    with loopback_client(loopback, retry=None, timeout=0.05) as client:
        patient = client.with_options(timeout=2.0)
        assert patient.with_raw_response.system.healthz().envelope.status == "success"
        with pytest.raises(RequestTimeoutError):
            client.system.healthz()
        assert patient._transport._pool is client._transport._pool
