"""Serving the mock over HTTP/1.1: a lean threaded WSGI server, started and stopped cleanly.

One thread per connection, and connections are kept alive, so a client (or a test suite)
pays for a TCP connection and a thread once, not per request. werkzeug's development server
closes every connection after one answer and then waits 10 ms for unread input; under 16
concurrent clients that, not the mock, was most of the time of a request.

The server reads each request strictly, and every request it cannot read gets a 4xx in the
API's error envelope and a closed connection: a garbage or HTTP/0.9 request line (400), a
line or header block too long (414, 431), a ``Content-Length`` that is not one number (400),
a body larger than ``MAX_BODY_BYTES`` (413), shorter than its ``Content-Length`` (400, or 408
when it stops coming), a malformed chunked body (400), and a transfer coding other than
``chunked`` (400).
"""

from __future__ import annotations

import io
import json
import re
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from socketserver import ThreadingTCPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes

from generator.mock.app import MockApplication
from generator.mock.envelope import error_reply
from generator.mock.rehearsal import DropConnection
from generator.openapi.document import default_spec_path, load_document

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication

MAX_BODY_BYTES = 16 * 1024 * 1024
"""The largest request body the mock reads."""

BODY_TIMEOUT = 10.0
"""Seconds the mock waits for the next bytes of a request it has started to read."""

IDLE_TIMEOUT = 120.0
"""Seconds a kept-alive connection may wait for its next request."""

_CONTENT_LENGTH = re.compile(r"[0-9]{1,18}")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})(;[^\r\n]*)?\r\n")
_MAX_LINE = 65536


class RequestRefused(Exception):
    """A request the server cannot read: the 4xx to answer and why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class MockRequestHandler(BaseHTTPRequestHandler):
    """Reads HTTP/1.1 requests off one connection and answers each through the WSGI app."""

    protocol_version = "HTTP/1.1"
    server_version = "ukc-mock"
    sys_version = ""
    # Each answer goes out in one write; without this, a small answer may wait for the
    # client's delayed ACK of the previous one.
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT
    server: _ThreadingServer

    def handle_one_request(self) -> None:
        self.requestline, self.command, self.request_version = "", "", "HTTP/1.1"
        try:
            self.raw_requestline = self.rfile.readline(_MAX_LINE + 1)
        except (TimeoutError, ConnectionError):
            self.close_connection = True
            return
        if not self.raw_requestline:
            self.close_connection = True
            return
        self.connection.settimeout(self.server.body_timeout)
        try:
            self._answer_one()
        except RequestRefused as refused:
            self._send_refusal(refused.status, refused.message)
        except DropConnection:
            # An injected fault: the connection ends without an answer.
            self.close_connection = True
        except TimeoutError:
            self._send_refusal(408, "The request's head stopped coming")
        except ConnectionError:
            self.close_connection = True
        finally:
            if not self.close_connection:
                self.connection.settimeout(IDLE_TIMEOUT)

    def _answer_one(self) -> None:
        if len(self.raw_requestline) > _MAX_LINE:
            raise RequestRefused(414, "The request line is longer than 65536 bytes")
        if not self.raw_requestline.strip():
            raise RequestRefused(400, "The request line is empty")
        if not self.parse_request():
            return  # parse_request answered through send_error
        if self.request_version == "HTTP/0.9":
            raise RequestRefused(400, "HTTP/0.9 requests are not served: send HTTP/1.1")
        body = self._read_body()
        status, headers, answer = self._call_app(body)
        self._send(status, headers, b"" if self.command == "HEAD" else answer)
        connection = self.headers.get("Connection", "").lower()
        if self.request_version != "HTTP/1.1" or "close" in connection:
            self.close_connection = True

    def _read_body(self) -> bytes:
        transfer_codings = self.headers.get_all("Transfer-Encoding") or []
        lengths = self.headers.get_all("Content-Length") or []
        if transfer_codings:
            coding = ",".join(transfer_codings).strip().lower()
            if coding != "chunked":
                raise RequestRefused(400, f"Transfer-Encoding {coding[:40]!r} is not served")
            if lengths:
                raise RequestRefused(400, "Content-Length and Transfer-Encoding together")
            return self._read_chunked()
        if not lengths:
            return b""
        if len(set(lengths)) != 1 or not _CONTENT_LENGTH.fullmatch(lengths[0].strip()):
            raise RequestRefused(400, "Content-Length is not one decimal number")
        length = int(lengths[0])
        if length > MAX_BODY_BYTES:
            raise RequestRefused(413, f"The body is larger than {MAX_BODY_BYTES} bytes")
        return self._read_exactly(length, f"its Content-Length ({length} bytes)")

    def _read_exactly(self, length: int, what: str) -> bytes:
        try:
            data = self.rfile.read(length)
        except TimeoutError:
            raise RequestRefused(408, f"The body stopped coming before {what}") from None
        if len(data) < length:
            raise RequestRefused(400, f"The body ends before {what}")
        return data

    def _read_chunked(self) -> bytes:
        body = bytearray()
        while True:
            line = self._read_line("a chunk size")
            match = _CHUNK_SIZE.fullmatch(line)
            if match is None:
                raise RequestRefused(400, "Malformed chunked body: bad chunk size line")
            size = int(match.group(1), 16)
            if len(body) + size > MAX_BODY_BYTES:
                raise RequestRefused(413, f"The body is larger than {MAX_BODY_BYTES} bytes")
            if size == 0:
                break
            body += self._read_exactly(size, "the end of a chunk")
            if self._read_exactly(2, "the end of a chunk") != b"\r\n":
                raise RequestRefused(400, "Malformed chunked body: a chunk longer than its size")
        while self._read_line("the end of the trailers") != b"\r\n":
            pass  # trailer fields are read and ignored
        return bytes(body)

    def _read_line(self, what: str) -> bytes:
        try:
            line = self.rfile.readline(_MAX_LINE + 1)
        except TimeoutError:
            raise RequestRefused(408, f"The body stopped coming before {what}") from None
        if not line.endswith(b"\r\n") or len(line) > _MAX_LINE:
            raise RequestRefused(400, f"Malformed chunked body: no complete line for {what}")
        return line

    def _call_app(self, body: bytes) -> tuple[str, list[tuple[str, str]], bytes]:
        captured: dict[str, Any] = {}

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Any:
            captured["status"] = status
            captured["headers"] = headers
            return lambda data: None

        try:
            chunks = self.server.app(self._environ(body), start_response)
            try:
                answer = b"".join(chunks)
            finally:
                close = getattr(chunks, "close", None)
                if close is not None:
                    close()
            return captured["status"], captured["headers"], answer
        except DropConnection:
            raise
        except Exception as error:
            if not self.server.quiet:
                self.log_error("the application failed: %r", error)
            return _envelope_answer(500, "The mock failed to answer the request")

    def _environ(self, body: bytes) -> dict[str, Any]:
        target = self.path
        if "://" in target.split("?", 1)[0]:
            # The absolute form (http://host/path) names the host; the path is what follows.
            target = "/" + target.split("://", 1)[1].partition("/")[2]
        path, _, query = target.partition("?")
        host, port = self.server.server_address[:2]
        environ: dict[str, Any] = {
            "REQUEST_METHOD": self.command,
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote_to_bytes(path).decode("latin-1"),
            "QUERY_STRING": query,
            "SERVER_NAME": str(host),
            "SERVER_PORT": str(port),
            "SERVER_PROTOCOL": self.request_version,
            "REMOTE_ADDR": self.client_address[0],
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "wsgi.input_terminated": True,
        }
        for name, value in self.headers.items():
            key = name.upper().replace("-", "_")
            if key in ("CONTENT_LENGTH", "TRANSFER_ENCODING"):
                continue
            if key == "CONTENT_TYPE":
                environ[key] = value
                continue
            key = f"HTTP_{key}"
            environ[key] = f"{environ[key]},{value}" if key in environ else value
        return environ

    def _send(self, status: str, headers: list[tuple[str, str]], body: bytes) -> None:
        lines = [f"HTTP/1.1 {status}"]
        lines += [
            f"{name}: {value}"
            for name, value in headers
            if name.lower() not in ("content-length", "connection")
        ]
        lines.append(f"Content-Length: {len(body)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + body)
        if not self.server.quiet:
            self.log_request(status.split(" ", 1)[0], len(body))

    def _send_refusal(self, status: int, message: str) -> None:
        self.close_connection = True
        try:
            self._send(*_envelope_answer(status, message))
        except OSError:
            pass  # the client has gone

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (a bad request line, headers too long), as envelopes."""
        self._send_refusal(code, message or explain or "The request cannot be read")

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)


def _envelope_answer(status: int, message: str) -> tuple[str, list[tuple[str, str]], bytes]:
    reply = error_reply(status, message)
    reason = BaseHTTPRequestHandler.responses.get(status, ("Error",))[0]
    body = json.dumps(reply.envelope).encode()
    return f"{status} {reason}", [("Content-Type", "application/json")], body


class _ThreadingServer(ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    # 16 clients connecting at once must not find the accept queue full.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        app: WSGIApplication,
        quiet: bool,
        body_timeout: float,
    ) -> None:
        self.app = app
        self.quiet = quiet
        self.body_timeout = body_timeout
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, MockRequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not self.quiet:
            super().handle_error(request, client_address)

    def end_idle_connections(self) -> None:
        """Wake every connection thread waiting for a request, so that it ends; a request
        in flight is still answered."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RD)
            except OSError:
                pass


class MockServer:
    """A WSGI application (the mock, as a rule) on a socket, served from a background thread."""

    def __init__(
        self,
        app: WSGIApplication,
        host: str = "127.0.0.1",
        port: int = 0,
        quiet: bool = True,
        body_timeout: float = BODY_TIMEOUT,
    ) -> None:
        self._server = _ThreadingServer((host, port), app, quiet, body_timeout)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            # How long a stop may wait for the serving loop to notice it.
            kwargs={"poll_interval": 0.05},
            name="ukc-mock-server",
            daemon=True,
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop accepting requests, finish the ones in flight, close the socket."""
        self._server.shutdown()
        self._thread.join()
        self._server.end_idle_connections()
        self._server.server_close()

    def __enter__(self) -> MockServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@lru_cache(maxsize=8)
def _cached_spec(spec_path: Path, modified_ns: int) -> dict[str, Any]:
    return load_document(spec_path)


def spec_at(spec_path: Path) -> dict[str, Any]:
    """The spec at ``spec_path``, read once for as long as the file does not change."""
    resolved = spec_path.resolve()
    return _cached_spec(resolved, resolved.stat().st_mtime_ns)


class MockURL(str):
    """The base URL of a running mock, with its application (``app``) for the rehearsal
    controls in Python: ``url.app.inject(...)``, ``url.app.seed(...)``, ``url.app.reset()``."""

    app: MockApplication

    def __new__(cls, base_url: str, app: MockApplication) -> MockURL:
        url = super().__new__(cls, base_url)
        url.app = app
        return url


@contextmanager
def running_mock(
    spec_path: Path | str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    token: str | None = None,
) -> Iterator[MockURL]:
    """Run a fresh mock (empty state) for the block; yields its base URL (a ``MockURL``, whose
    ``app`` offers the rehearsal controls).

    ``spec_path`` defaults to ``default_spec_path()`` (``UKC_SPEC``, else the spec installed
    with the toolkit). ``port=0`` picks a free port. With ``token``, only that bearer token is accepted;
    otherwise any non-empty one is.
    """
    app = MockApplication(
        spec_at(Path(spec_path) if spec_path is not None else default_spec_path()), token=token
    )
    with MockServer(app, host, port) as server:
        yield MockURL(server.base_url, app)
