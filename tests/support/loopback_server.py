"""A real HTTP server on 127.0.0.1, in a thread, that records requests and plays scripted answers.

Tests of the client talk to it over a socket, so what they check is what went over the wire:
the raw request line (percent-encoding included), headers and body bytes.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived."""

    method: str
    target: str
    """The raw request target: path and query exactly as sent."""
    headers: Mapping[str, str]
    """Header names in lower case."""
    body: bytes
    arrived_at: float

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class ScriptedResponse:
    """An answer to play: ``body`` is sent as JSON unless it is bytes already."""

    status: int = 200
    body: Any = field(default_factory=lambda: {"status": "success", "data": {}})
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering."""
    hang_up: bool = False
    """Close the connection without answering."""
    content_type: str | None = "application/json"
    """The answer's ``Content-Type``; ``None`` sends none."""

    def encoded_body(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


Responder = Callable[[RecordedRequest], ScriptedResponse]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (a timeout test) closes its end: not a server failure.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackServer:
    """The server: ``script`` queues answers; when the queue is empty, ``responder`` answers."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.responder: Responder = lambda request: ScriptedResponse()
        self._script: deque[ScriptedResponse] = deque()
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        # A short poll interval: shutdown() waits up to one interval.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def script(self, *responses: ScriptedResponse) -> None:
        """Answer the next requests with ``responses``, in order."""
        with self._lock:
            self._script.extend(responses)

    def answer(self, request: RecordedRequest) -> ScriptedResponse:
        with self._lock:
            self.requests.append(request)
            if self._script:
                return self._script.popleft()
        return self.responder(request)


def _handler_for(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: without this, Nagle's algorithm and the
        # peer's delayed ACK hold the body back for tens of milliseconds.
        disable_nagle_algorithm = True

        def handle_any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = RecordedRequest(
                method=self.command,
                target=self.path,
                headers={name.lower(): value for name, value in self.headers.items()},
                body=body,
                arrived_at=time.monotonic(),
            )
            response = server.answer(request)
            if response.delay:
                time.sleep(response.delay)
            if response.hang_up:
                self.close_connection = True
                return
            payload = response.encoded_body()
            self.send_response(response.status)
            if response.content_type is not None:
                self.send_header("Content-Type", response.content_type)
            if response.status != 204:
                self.send_header("Content-Length", str(len(payload)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            # A HEAD answer and a 204 have no body, whatever their headers say.
            if self.command != "HEAD" and response.status != 204:
                self.wfile.write(payload)

        do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = handle_any
        do_HEAD = do_OPTIONS = do_TRACE = handle_any

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    return Handler


def running_server() -> Iterator[LoopbackServer]:
    """A started server, stopped afterwards (the body of a pytest fixture)."""
    server = LoopbackServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
