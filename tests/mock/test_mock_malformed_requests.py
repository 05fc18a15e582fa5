"""Requests the mock cannot read, sent as raw bytes over a socket: each gets a 4xx in the API's
error envelope, never a 500, an HTML page or silence."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from generator.mock import MockApplication, MockServer
from generator.mock.server import MAX_BODY_BYTES, spec_at
from generator.openapi.document import default_spec_path

TOKEN = "test-token"
CREATE = b"POST /v1/instances HTTP/1.1\r\nHost: mock\r\nAuthorization: Bearer test-token\r\n"
VALID_BODY = b'{"image": "nginx:latest"}'


@pytest.fixture
def mock_address() -> Iterator[tuple[str, int]]:
    app = MockApplication(spec_at(default_spec_path()), token=TOKEN)
    with MockServer(app, body_timeout=0.5) as server:
        host, port = server.base_url.removeprefix("http://").split(":")
        yield host, int(port)


def exchange(
    address: tuple[str, int], raw: bytes, half_close: bool = False
) -> tuple[int, dict[str, str], Any]:
    """Send ``raw``, and read the one answer: status, headers (lower-case names), JSON body."""
    with socket.create_connection(address, timeout=5) as sock:
        sock.sendall(raw)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        response = http.client.HTTPResponse(sock)
        response.begin()
        body = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
    return response.status, headers, json.loads(body)


def assert_refused(answer: tuple[int, dict[str, str], Any], status: int) -> None:
    code, headers, envelope = answer
    assert code == status
    assert headers["content-type"] == "application/json"
    assert envelope["status"] == "error"
    assert envelope["message"]
    assert envelope["errors"][0]["status"] == status


def with_body(body: bytes, *headers: bytes) -> bytes:
    head = CREATE + b"Content-Type: application/json\r\n" + b"".join(h + b"\r\n" for h in headers)
    return head + b"Content-Length: %d\r\n\r\n" % len(body) + body


def test_a_5000_digit_integer_gets_400(mock_address: tuple[str, int]) -> None:
    body = b'{"image": "nginx:latest", "memory_mb": ' + b"9" * 5000 + b"}"
    assert_refused(exchange(mock_address, with_body(body)), 400)


def test_deeply_nested_json_gets_400(mock_address: tuple[str, int]) -> None:
    body = b'{"image": "nginx:latest", "env": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert_refused(exchange(mock_address, with_body(body)), 400)


def test_a_content_length_larger_than_the_body_gets_400_when_it_ends(
    mock_address: tuple[str, int],
) -> None:
    raw = CREATE + b"Content-Length: 100\r\n\r\n" + VALID_BODY
    answer = exchange(mock_address, raw, half_close=True)
    assert_refused(answer, 400)
    envelope = answer[2]
    assert "ends before its Content-Length (100 bytes)" in envelope["message"]


def test_a_body_that_stops_coming_gets_408(mock_address: tuple[str, int]) -> None:
    raw = CREATE + b"Content-Length: 100\r\n\r\n" + VALID_BODY
    assert_refused(exchange(mock_address, raw), 408)


def test_headers_that_stop_coming_get_408(mock_address: tuple[str, int]) -> None:
    assert_refused(exchange(mock_address, CREATE + b"X-Half: "), 408)


@pytest.mark.parametrize(
    "chunks",
    [
        b"zz\r\n{}\r\n0\r\n\r\n",
        b"-1\r\n{}\r\n0\r\n\r\n",
        b"2\r\n{}}\r\n0\r\n\r\n",
        b"2 \r\n{}\r\n0\r\n\r\n",
        b"2\n{}\r\n0\r\n\r\n",
        b"12345678901234567\r\n",
        b"2\r\n{}\r\n",
    ],
    ids=[
        "not hex",
        "negative",
        "longer than its size",
        "space after size",
        "bare LF",
        "size too long",
        "no last chunk",
    ],
)
def test_bad_chunked_framing_gets_400(mock_address: tuple[str, int], chunks: bytes) -> None:
    raw = CREATE + b"Transfer-Encoding: chunked\r\n\r\n" + chunks
    assert_refused(exchange(mock_address, raw, half_close=True), 400)


def test_a_well_framed_chunked_body_is_read(mock_address: tuple[str, int]) -> None:
    chunks = b"%x\r\n%s\r\n%x;ext=1\r\n%s\r\n0\r\nX-Trailer: 1\r\n\r\n" % (
        10,
        VALID_BODY[:10],
        len(VALID_BODY) - 10,
        VALID_BODY[10:],
    )
    raw = CREATE + b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks
    status, _, envelope = exchange(mock_address, raw)
    assert status == 200
    assert envelope["data"]["instances"][0]["status"] == "success"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ([b"Transfer-Encoding: gzip"], 400),
        ([b"Transfer-Encoding: gzip, chunked"], 400),
        ([b"Transfer-Encoding: chunked", b"Content-Length: 2"], 400),
        ([b"Content-Length: abc"], 400),
        ([b"Content-Length: -1"], 400),
        ([b"Content-Length: 1e3"], 400),
        ([b"Content-Length: 2", b"Content-Length: 3"], 400),
        ([b"Content-Length: %d" % (MAX_BODY_BYTES + 1)], 413),
        ([b"Content-Length: " + b"9" * 5000], 400),
    ],
)
def test_a_body_framing_that_cannot_be_read_gets_a_4xx(
    mock_address: tuple[str, int], headers: list[bytes], status: int
) -> None:
    raw = CREATE + b"".join(header + b"\r\n" for header in headers) + b"\r\n{}"
    assert_refused(exchange(mock_address, raw, half_close=True), status)


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"garbage\r\n\r\n", 400),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400),
        (b"GET /v1/healthz\r\n", 400),
        (b"\r\n", 400),
        (b"GET /v1/healthz HTTP/9.9\r\n\r\n", 505),
        (b"GET /v1/healthz HTTP/1.1 extra\r\n\r\n", 400),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET /v1/healthz HTTP/1.1\r\n" + b"X-A: 1\r\n" * 150 + b"\r\n", 431),
        (b"GET /v1/healthz HTTP/1.1\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n", 431),
    ],
    ids=[
        "garbage",
        "TLS hello",
        "HTTP/0.9",
        "empty line",
        "HTTP/9.9",
        "four words",
        "long request line",
        "too many headers",
        "long header",
    ],
)
def test_a_request_line_or_head_that_cannot_be_read_gets_an_envelope(
    mock_address: tuple[str, int], raw: bytes, status: int
) -> None:
    assert_refused(exchange(mock_address, raw, half_close=True), status)


def test_the_media_type_of_content_type_is_case_insensitive(
    mock_address: tuple[str, int],
) -> None:
    raw = CREATE + b"Content-Type: Application/JSON; charset=UTF-8\r\n"
    raw += b"Content-Length: %d\r\n\r\n" % len(VALID_BODY) + VALID_BODY
    status, _, envelope = exchange(mock_address, raw)
    assert status == 200
    assert envelope["status"] == "success"


def test_a_kept_alive_connection_serves_one_request_after_another(
    mock_address: tuple[str, int],
) -> None:
    connection = http.client.HTTPConnection(*mock_address, timeout=5)
    try:
        statuses, sockets = [], []
        for _ in range(3):
            connection.request("GET", "/v1/healthz", headers={"Authorization": f"Bearer {TOKEN}"})
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
            sockets.append(connection.sock)
    finally:
        connection.close()
    assert statuses == [200, 200, 200]
    assert sockets[0] is sockets[1] is sockets[2]


def test_a_refused_request_closes_the_connection(mock_address: tuple[str, int]) -> None:
    _, headers, _ = exchange(mock_address, b"garbage\r\n\r\n")
    assert headers["connection"] == "close"
