"""Waiting for instances and following their logs, in both clients, against a loopback server
that plays an instance whose state and log change over time."""

from __future__ import annotations

import base64
import json
import threading
import time
from typing import Any

import pytest
from ukc_client import PartialFailureError, Timeout, UkcError, WaitTimeoutError

from tests.support.client_support import loopback_client
from tests.support.loopback_server import LoopbackServer, RecordedRequest, ScriptedResponse

pytestmark = pytest.mark.usefixtures("client_kind")

READ_TIMEOUT = 1.0
CLIENT_TIMEOUT = Timeout(connect=1.0, read=READ_TIMEOUT)


class PlayedInstance:
    """An instance ``web`` that is ``starting`` until ``ready_at``, then ``running``; the
    server waits server-side as the API does, up to the request's ``timeout_ms``. The clock
    starts with the first request."""

    def __init__(self, ready_in: float | None) -> None:
        self.ready_in = ready_in
        self.ready_at: float | None = None

    def state(self) -> str:
        ready = self.ready_at is not None and time.monotonic() >= self.ready_at
        return "running" if ready else "starting"

    def answer(self, request: RecordedRequest) -> ScriptedResponse:
        assert request.path == "/v1/instances/wait"
        if self.ready_at is None and self.ready_in is not None:
            self.ready_at = time.monotonic() + self.ready_in
        wait = int(request.query["timeout_ms"][0]) / 1000
        wanted = request.query["state"][0]
        names = [item["name"] for item in request.json()]
        left = wait if self.ready_at is None else min(wait, self.ready_at - time.monotonic())
        if left > 0:
            time.sleep(left)
        items = [self._item(name, wanted) for name in names]
        return ScriptedResponse(body={"status": "success", "data": {"instances": items}})

    def _item(self, name: str, wanted: str) -> dict[str, Any]:
        state = self.state() if name == "web" else "starting"
        if state == wanted:
            return {"name": name, "state": state}
        return {
            "name": name,
            "state": state,
            "status": "error",
            "error": 110,
            "message": f"Timed out waiting for instance '{name}' to be {wanted}",
        }


def test_a_start_the_server_does_not_finish_raises_one_request_per_chunk(
    loopback: LoopbackServer,
) -> None:
    loopback.responder = PlayedInstance(ready_in=None).answer
    with loopback_client(loopback, timeout=CLIENT_TIMEOUT) as client:
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError) as caught:
            client.instances.wait_for("web", state="running", timeout=2.5, chunk=1.0)
        elapsed = time.monotonic() - started
    assert 2.5 <= elapsed < 2.5 + READ_TIMEOUT
    waits = [int(request.query["timeout_ms"][0]) for request in loopback.requests]
    # The last chunk is what is left of the 2.5 s: 500 ms less the round trips so far.
    assert waits[:2] == [1000, 1000]
    assert len(waits) == 3
    assert 400 < waits[2] <= 500
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert isinstance(error, UkcError)
    assert (error.instance, error.state, error.target) == ("web", "starting", "running")


def test_a_wait_longer_than_the_read_timeout_is_one_request(loopback: LoopbackServer) -> None:
    loopback.responder = PlayedInstance(ready_in=1.5).answer
    with loopback_client(loopback, timeout=Timeout(connect=1.0, read=0.5)) as client:
        reached = client.instances.wait_for("web", state="running", timeout=10.0)
    assert reached.state == "running"
    assert len(loopback.requests) == 1


def test_a_state_reached_after_some_chunks_returns_the_instance(loopback: LoopbackServer) -> None:
    loopback.responder = PlayedInstance(ready_in=0.5).answer
    with loopback_client(loopback, timeout=CLIENT_TIMEOUT) as client:
        reached = client.instances.wait_for("web", state="running", timeout=5.0, chunk=0.2)
    assert (reached.name, reached.state) == ("web", "running")
    assert len(loopback.requests) == 3


def test_a_408_answer_ends_a_chunk_and_the_next_one_follows(loopback: LoopbackServer) -> None:
    timed_out = {"status": "error", "message": "Timed out", "errors": []}
    loopback.script(ScriptedResponse(status=408, body=timed_out))
    loopback.responder = PlayedInstance(ready_in=0.0).answer
    with loopback_client(loopback, timeout=CLIENT_TIMEOUT) as client:
        reached = client.instances.wait_for("web", state="running", timeout=5.0, chunk=0.1)
    assert reached.state == "running"
    assert len(loopback.requests) == 2


def test_a_server_that_does_not_answer_in_time_is_not_asked_again(
    loopback: LoopbackServer,
) -> None:
    loopback.responder = lambda request: ScriptedResponse(delay=2.0)
    with loopback_client(loopback, timeout=Timeout(connect=1.0, read=0.2)) as client:
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError) as caught:
            client.instances.wait_for("web", state="running", timeout=0.3, chunk=1.0)
        elapsed = time.monotonic() - started
    # Far below the server's 2 s: the wait gave up at its deadline, not when the answer came
    # (the margin absorbs a loaded machine).
    assert elapsed < 1.5
    assert len(loopback.requests) == 1
    assert caught.value.state is None


def test_a_bulk_wait_reports_each_instance_that_did_not_get_there(
    loopback: LoopbackServer,
) -> None:
    loopback.responder = PlayedInstance(ready_in=0.0).answer
    with loopback_client(loopback, timeout=CLIENT_TIMEOUT) as client:
        with pytest.raises(WaitTimeoutError) as caught:
            client.instances.wait_for_all(["web", "db"], state="running", timeout=0.4, chunk=0.2)
    assert caught.value.outcomes == {"db": "starting"}
    # Once ``web`` was running, only ``db`` was asked for.
    assert [item["name"] for item in loopback.requests[-1].json()] == ["db"]


def test_an_instance_that_does_not_exist_is_not_a_timeout(loopback: LoopbackServer) -> None:
    missing = {"name": "ghost", "status": "error", "error": 8, "message": "No instance"}
    loopback.responder = lambda request: ScriptedResponse(
        body={"status": "success", "data": {"instances": [missing]}}
    )
    with loopback_client(loopback, timeout=CLIENT_TIMEOUT) as client:
        with pytest.raises(PartialFailureError):
            client.instances.wait_for("ghost", state="running", timeout=1.0)


def test_the_raw_wait_operations_stay(loopback: LoopbackServer) -> None:
    loopback.responder = PlayedInstance(ready_in=0.0).answer
    with loopback_client(loopback, timeout=CLIENT_TIMEOUT) as client:
        data = client.instances.wait(["web"], state="running", timeout_ms=100)
    assert data.instances[0].state == "running"


class PlayedLog:
    """The log of ``web``: ``lines`` appended over time; ``stop`` makes the instance stopped.
    Answers as the API does: base64 output, the returned range and the available bytes."""

    def __init__(self, text: bytes = b"") -> None:
        self.log = bytearray(text)
        self.state = "running"
        self.lock = threading.Lock()

    def append(self, text: bytes) -> None:
        with self.lock:
            self.log += text

    def stop(self) -> None:
        with self.lock:
            self.state = "stopped"

    def answer(self, request: RecordedRequest) -> ScriptedResponse:
        assert request.path == "/v1/instances/log"
        window = json.loads(request.body)
        with self.lock:
            log, state = bytes(self.log), self.state
        offset = window["offset"]
        start = min(max(offset if offset >= 0 else len(log) + offset, 0), len(log))
        end = min(len(log), start + window["limit"])
        item = {
            "name": window["name"],
            "output": base64.b64encode(log[start:end]).decode(),
            "available": {"start": 0, "end": len(log)},
            "range": {"start": start, "end": end},
            "state": state,
        }
        return ScriptedResponse(body={"status": "success", "data": {"instances": [item]}})


def test_iter_logs_pages_through_a_long_log_and_decodes_it(loopback: LoopbackServer) -> None:
    # 3000 lines of 100 bytes with a two-byte character: pages split lines and characters.
    lines = [f"{number:04d} é " + "x" * 92 for number in range(3000)]
    played = PlayedLog("\n".join(lines).encode() + b"\n")
    played.stop()
    loopback.responder = played.answer
    with loopback_client(loopback) as client:
        got = list(client.instances.iter_logs("web"))
    assert got == lines
    assert len(loopback.requests) == 5


def test_iter_logs_counts_a_negative_since_from_the_end(loopback: LoopbackServer) -> None:
    played = PlayedLog(b"one\ntwo\nthree\n")
    loopback.responder = played.answer
    with loopback_client(loopback) as client:
        assert list(client.instances.iter_logs("web", since=-10)) == ["two", "three"]


def test_a_line_without_an_end_comes_in_bounded_pieces(loopback: LoopbackServer) -> None:
    played = PlayedLog(b"y" * 150_000)
    loopback.responder = played.answer
    with loopback_client(loopback) as client:
        pieces = list(client.instances.iter_logs("web"))
    assert [len(piece) for piece in pieces] == [65536, 65536, 150_000 - 2 * 65536]


def test_following_delivers_lines_appended_later_and_stops_with_the_instance(
    loopback: LoopbackServer,
) -> None:
    played = PlayedLog(b"boot\n")
    loopback.responder = played.answer

    def run_the_instance() -> None:
        for number in range(5):
            time.sleep(0.05)
            played.append(f"line {number}\n".encode())
        time.sleep(0.05)
        played.append(b"bye")
        played.stop()

    with loopback_client(loopback) as client:
        follower = client.instances.iter_logs("web", follow=True, poll=0.05)
        assert next(follower) == "boot"
        runner = threading.Thread(target=run_the_instance)
        runner.start()
        try:
            rest = list(follower)
        finally:
            runner.join()
    assert rest == [f"line {number}" for number in range(5)] + ["bye"]


def test_breaking_out_of_a_follow_stops_the_requests(loopback: LoopbackServer) -> None:
    played = PlayedLog(b"boot\nready\n")
    loopback.responder = played.answer
    with loopback_client(loopback) as client:
        for line in client.instances.iter_logs("web", follow=True, poll=0.05):
            if line == "ready":
                break
        asked = len(loopback.requests)
        time.sleep(0.2)
    assert len(loopback.requests) == asked == 1
