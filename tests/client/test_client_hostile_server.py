"""The client against a hostile server: every answer ends in a documented ``UkcError`` (or a
result) within the call's deadline plus a second, in memory bounded by the answer-size limit,
and the token shows in no error, repr or log line."""

from __future__ import annotations

import gzip
import json
import logging
import ssl
import subprocess
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ukc_client import (
    RateLimitedError,
    RequestTimeoutError,
    ResponseFormatError,
    ResponseTooLargeError,
    RetryPolicy,
    Timeout,
    TransportError,
    UkcError,
)
from ukc_client._retry import parse_retry_after

from tests.support.client_support import TOKEN, client_of_kind
from tests.support.hostile_server import (
    HostileConnection,
    HostileServer,
    head,
    running_hostile_server,
)

DEADLINE = 1.0
LIMIT = 1024 * 1024
# What reading may hold beyond the limit: the raw and the decoded copy, and the parser's own.
MEMORY_MARGIN = 2 * LIMIT + 4 * 1024 * 1024
OK_BODY = b'{"status":"success"}'


pytestmark = pytest.mark.usefixtures("client_kind")


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    yield from running_hostile_server()


def hostile_client(server: HostileServer, **options: Any) -> Any:
    options.setdefault("timeout", Timeout(connect=DEADLINE, read=5.0, total=DEADLINE))
    options.setdefault("retry", None)
    options.setdefault("max_answer_bytes", LIMIT)
    return client_of_kind(base_url=server.url, allow_http=True, **options)


def recording_policy(sleeps: list[float], **settings: Any) -> RetryPolicy:
    """A policy whose waits, in either client, are recorded in ``sleeps`` instead of slept."""

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    return RetryPolicy(sleep=sleeps.append, async_sleep=record, **settings)


def outcome_of(server: HostileServer, **options: Any) -> tuple[Any, float, int]:
    """The result or ``UkcError`` of one call, its duration and the peak of traced memory."""
    with hostile_client(server, **options) as client:
        tracemalloc.start()
        started = time.monotonic()
        try:
            result: Any = client.with_raw_response.system.healthz().envelope
        except UkcError as error:
            result = error
        duration = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert_token_absent(result)
    return result, duration, peak


def assert_token_absent(value: object) -> None:
    """Neither the value, nor any exception chained to it, shows the token."""
    seen: set[int] = set()
    while isinstance(value, BaseException) and id(value) not in seen:
        seen.add(id(value))
        for text in (str(value), repr(value), repr(value.args)):
            assert TOKEN not in text
        value = value.__cause__ or value.__context__
    assert TOKEN not in repr(value)


def answer(status: str, body: bytes, *headers: str) -> Callable[[HostileConnection], None]:
    def behaviour(connection: HostileConnection) -> None:
        # The server answers one request per connection, and says so.
        framing = (f"Content-Length: {len(body)}", "Connection: close")
        connection.send(head(status, "Content-Type: application/json", *framing, *headers) + body)

    return behaviour


# --- a server that answers too slowly, or never stops answering ---


def drip_body(connection: HostileConnection) -> None:
    connection.send(head("200 OK", "Content-Type: application/json", "Content-Length: 1000"))
    connection.drip(b" " * 1000, 0.05)


def drip_headers(connection: HostileConnection) -> None:
    connection.drip(head("200 OK", *[f"X-Slow-{index}: {index}" for index in range(200)]), 0.05)


def slow_endless_chunks(connection: HostileConnection) -> None:
    connection.send(head("200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked"))
    while True:
        connection.send(b"1\r\n \r\n")
        connection.pause(0.05)


def silence(connection: HostileConnection) -> None:
    connection.pause(30)


@pytest.mark.parametrize(
    "behaviour",
    [drip_body, drip_headers, slow_endless_chunks, silence],
    ids=["dripping body", "dripping headers", "slow endless chunked body", "no answer"],
)
def test_a_slow_server_ends_the_call_at_its_deadline(
    hostile: HostileServer, behaviour: Callable[[HostileConnection], None]
) -> None:
    hostile.behaviour = behaviour
    error, duration, _ = outcome_of(hostile)
    assert isinstance(error, RequestTimeoutError)
    assert duration < DEADLINE + 1


def test_the_deadline_also_bounds_retries_and_their_waits(hostile: HostileServer) -> None:
    hostile.behaviour = drip_body
    started = time.monotonic()
    error, _, _ = outcome_of(hostile, retry=RetryPolicy(jitter=0.0))
    assert isinstance(error, RequestTimeoutError)
    assert time.monotonic() - started < DEADLINE + 1


def test_without_a_total_the_deadline_is_connect_plus_read(hostile: HostileServer) -> None:
    hostile.behaviour = drip_body
    error, duration, _ = outcome_of(hostile, timeout=Timeout(connect=0.3, read=0.5))
    assert isinstance(error, RequestTimeoutError)
    assert "deadline of 0.8 s" in str(error)
    assert duration < 0.8 + 1


def test_a_fast_endless_chunked_body_stops_at_the_size_limit(hostile: HostileServer) -> None:
    def endless(connection: HostileConnection) -> None:
        connection.send(head("200 OK", "Transfer-Encoding: chunked"))
        chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
        while True:
            connection.send(chunk)

    hostile.behaviour = endless
    error, duration, peak = outcome_of(hostile)
    assert isinstance(error, ResponseTooLargeError)
    assert duration < DEADLINE + 1
    assert peak < LIMIT + MEMORY_MARGIN


# --- answers larger than the limit, compressed or not ---


@cache
def gzip_bomb(members: int) -> bytes:
    """``members`` gzip members of 1 MiB of spaces each (about 1 KiB compressed each)."""
    return gzip.compress(b" " * (1024 * 1024), 9) * members


@cache
def single_member_gzip_bomb() -> bytes:
    """One gzip member of 32 MiB of spaces (about 32 KiB compressed)."""
    return gzip.compress(b" " * (32 * 1024 * 1024), 9)


@cache
def deflate_bomb() -> bytes:
    """A zlib stream of 32 MiB of spaces (about 32 KiB compressed)."""
    return zlib.compress(b" " * (32 * 1024 * 1024), 9)


@pytest.mark.parametrize(
    "bomb",
    # Both are smaller than the limit compressed.
    [lambda: gzip_bomb(512), single_member_gzip_bomb],
    ids=["512 MiB in 512 members", "32 MiB in one member"],
)
def test_a_gzip_bomb_is_refused_at_the_limit_of_decoded_bytes(
    hostile: HostileServer, bomb: Callable[[], bytes]
) -> None:
    hostile.behaviour = answer("200 OK", bomb(), "Content-Encoding: gzip")
    error, duration, peak = outcome_of(hostile)
    assert isinstance(error, ResponseTooLargeError)
    assert "decompressed" in str(error)
    assert duration < DEADLINE + 1
    assert peak < LIMIT + MEMORY_MARGIN


def test_a_gzip_answer_within_the_limit_is_decoded(hostile: HostileServer) -> None:
    hostile.behaviour = answer("200 OK", gzip.compress(OK_BODY), "Content-Encoding: gzip")
    response, _, _ = outcome_of(hostile)
    assert response.status == "success"


def test_two_gzip_members_are_one_body(hostile: HostileServer) -> None:
    body = gzip.compress(OK_BODY[:10]) + gzip.compress(OK_BODY[10:])
    hostile.behaviour = answer("200 OK", body, "Content-Encoding: gzip")
    response, _, _ = outcome_of(hostile)
    assert response.status == "success"


@pytest.mark.parametrize(
    "body", [b"\x1f\x8bgarbage", gzip.compress(OK_BODY, mtime=0)[:-9]], ids=["garbage", "cut"]
)
def test_a_corrupt_or_cut_gzip_answer_is_a_transport_error(
    hostile: HostileServer, body: bytes
) -> None:
    hostile.behaviour = answer("200 OK", body, "Content-Encoding: gzip")
    error, _, _ = outcome_of(hostile)
    assert type(error) is TransportError
    assert "gzip" in str(error)


@pytest.mark.parametrize("coding", ["deflate", "br", "x-unknown", "gzip, gzip"])
def test_an_encoding_that_was_not_asked_for_is_refused_unread(
    hostile: HostileServer, coding: str
) -> None:
    hostile.behaviour = answer("200 OK", deflate_bomb(), f"Content-Encoding: {coding}")
    error, duration, peak = outcome_of(hostile)
    assert type(error) is TransportError
    assert "which was not asked for (Accept-Encoding: gzip)" in str(error)
    assert duration < DEADLINE + 1
    assert peak < LIMIT + MEMORY_MARGIN


def test_the_client_asks_for_gzip_only(hostile: HostileServer) -> None:
    hostile.behaviour = answer("200 OK", OK_BODY)
    outcome_of(hostile)
    assert b"\r\nAccept-Encoding: gzip\r\n" in hostile.requests[0]


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    hostile: HostileServer,
) -> None:
    def huge(connection: HostileConnection) -> None:
        connection.send(head("200 OK", f"Content-Length: {10**30}"))
        connection.pause(30)

    hostile.behaviour = huge
    error, duration, _ = outcome_of(hostile)
    assert isinstance(error, ResponseTooLargeError)
    assert duration < 0.5


def test_an_error_answer_over_the_limit_is_refused_too(hostile: HostileServer) -> None:
    hostile.behaviour = answer("503 Service Unavailable", b" " * (2 * LIMIT))
    error, _, peak = outcome_of(hostile)
    assert isinstance(error, ResponseTooLargeError)
    assert peak < LIMIT + MEMORY_MARGIN


def test_an_answer_of_exactly_the_limit_is_read(hostile: HostileServer) -> None:
    hostile.behaviour = answer("200 OK", OK_BODY + b" " * (LIMIT - len(OK_BODY)))
    response, _, _ = outcome_of(hostile)
    assert response.status == "success"


# --- answers that break HTTP ---


@pytest.mark.parametrize(
    "raw",
    [
        b"garbage\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n",
        head("200 OK", *[f"X-Many-{index}: {index}" for index in range(150)]),
        b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70000 + b"\r\n\r\n",
    ],
    ids=["garbage status line", "short body", "bad chunk size", "too many headers", "long header"],
)
def test_a_broken_answer_is_a_transport_error(hostile: HostileServer, raw: bytes) -> None:
    def broken(connection: HostileConnection) -> None:
        connection.send(raw)

    hostile.behaviour = broken
    error, duration, _ = outcome_of(hostile)
    assert isinstance(error, TransportError)
    assert duration < DEADLINE + 1


# --- JSON that a parser could choke on ---


def test_a_huge_integer_is_a_response_format_error(hostile: HostileServer) -> None:
    body = b'{"status":"success","op_time_us":' + b"9" * 5000 + b"}"
    hostile.behaviour = answer("200 OK", body)
    error, _, _ = outcome_of(hostile)
    assert isinstance(error, ResponseFormatError)
    assert "integer of 5000 digits" in str(error)


def test_an_integer_of_64_digits_is_read(hostile: HostileServer) -> None:
    body = b'{"status":"success","op_time_us":' + b"9" * 64 + b"}"
    hostile.behaviour = answer("200 OK", body)
    response, _, _ = outcome_of(hostile)
    assert response.op_time_us == int("9" * 64)


def test_deep_nesting_is_a_response_format_error(hostile: HostileServer) -> None:
    body = b'{"status":"success","x":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    hostile.behaviour = answer("200 OK", body)
    error, _, _ = outcome_of(hostile)
    assert isinstance(error, ResponseFormatError)
    assert "nested deeper" in str(error)


def test_deep_nesting_in_an_error_answer_still_gives_the_api_error(
    hostile: HostileServer,
) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    hostile.behaviour = answer("429 Too Many Requests", body, "Retry-After: 3")
    error, _, _ = outcome_of(hostile)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 3.0
    assert error.envelope is None


def test_a_lone_surrogate_in_an_answer_is_kept(hostile: HostileServer) -> None:
    hostile.behaviour = answer("200 OK", b'{"status":"success","message":"a\\ud800b"}')
    response, _, _ = outcome_of(hostile)
    assert response.message == "a\ud800b"


def test_invalid_utf8_is_a_response_format_error(hostile: HostileServer) -> None:
    hostile.behaviour = answer("200 OK", b'{"status":"success","message":"\xff"}')
    error, _, _ = outcome_of(hostile)
    assert isinstance(error, ResponseFormatError)


# --- Retry-After, strictly read ---

IN_THE_PAST = "Sun, 06 Nov 1994 08:49:37 GMT"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("12", 12.0),
        (" 12 ", 12.0),
        ("0", 0.0),
        ("garbage", None),
        ("", None),
        ("-5", None),
        ("+5", None),
        ("1.5", None),
        ("1e3", None),
        ("١٢", None),  # digits, but not ASCII ones (sent as UTF-8)
        ("9" * 5000, 86400.0),
        ("Fri, 31 Dec 99999 23:59:59 GMT", None),
        ("Mon, 30 Feb 2026 00:00:00 GMT", None),
        ("Mon, 01 Jan 2024 25:00:00 GMT", None),
        ("Mon, 01 Jan 2024 00:00:00 +0100", None),
        (IN_THE_PAST, 0.0),
        ("Sunday, 06-Nov-94 08:49:37 GMT", 0.0),
        ("Sun Nov  6 08:49:37 1994", 0.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", 86400.0),
    ],
)
def test_retry_after_is_read_strictly(
    hostile: HostileServer, header: str, expected: float | None
) -> None:
    hostile.behaviour = answer("429 Too Many Requests", b"{}", f"Retry-After: {header}")
    error, _, _ = outcome_of(hostile)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == expected


@pytest.mark.parametrize("header", ["١٢", "１２", "²"])
def test_retry_after_digits_are_ascii_digits_only(header: str) -> None:
    assert parse_retry_after(header) is None


def test_an_http_date_in_the_future_is_the_seconds_until_then() -> None:
    now = 784111777.0  # Sun, 06 Nov 1994 08:49:37 GMT
    assert parse_retry_after("Sun, 06 Nov 1994 08:50:07 GMT", now=now) == 30.0


def test_a_huge_retry_after_waits_at_most_retry_after_max(hostile: HostileServer) -> None:
    hostile.behaviour = answer("503 Service Unavailable", b"{}", "Retry-After: " + "9" * 5000)
    sleeps: list[float] = []
    policy = recording_policy(sleeps, max_retries=1, retry_after_max=2)
    error, _, _ = outcome_of(hostile, retry=policy, timeout=Timeout(connect=1, read=5, total=10))
    assert error.status == 503
    assert sleeps == [2.0]


def test_a_retry_whose_wait_would_pass_the_deadline_is_not_made(hostile: HostileServer) -> None:
    hostile.behaviour = answer("429 Too Many Requests", b"{}", "Retry-After: 30")
    sleeps: list[float] = []
    error, _, _ = outcome_of(hostile, retry=recording_policy(sleeps))
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 30.0
    assert sleeps == []
    assert len(hostile.requests) == 1


def test_an_invalid_retry_after_falls_back_to_the_backoff(hostile: HostileServer) -> None:
    hostile.behaviour = answer("503 Service Unavailable", b"{}", "Retry-After: -1")
    sleeps: list[float] = []
    policy = recording_policy(sleeps, max_retries=1, jitter=0.0)
    outcome_of(hostile, retry=policy, timeout=Timeout(connect=1, read=5, total=10))
    assert sleeps == [0.25]


# --- the token ---


def test_no_log_line_of_a_hostile_exchange_shows_the_token(
    hostile: HostileServer, caplog: pytest.LogCaptureFixture
) -> None:
    hostile.behaviour = answer("401 Unauthorized", json.dumps({"message": "no"}).encode())
    with caplog.at_level(logging.DEBUG):
        outcome_of(hostile)
        outcome_of(hostile, timeout=Timeout(connect=1, read=0.01, total=0.01))
    assert caplog.records
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


# --- the same over TLS: the deadline holds on an encrypted socket too ---


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, made with openssl."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def hostile_tls(certificate: tuple[Path, Path]) -> Iterator[HostileServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    yield from running_hostile_server(context)


def test_over_tls_an_answer_is_read(
    hostile_tls: HostileServer, certificate: tuple[Path, Path]
) -> None:
    hostile_tls.behaviour = answer("200 OK", OK_BODY)
    response, _, _ = outcome_of(hostile_tls, ca_certs=str(certificate[0]))
    assert response.status == "success"


def test_over_tls_a_dripping_body_ends_at_the_deadline(
    hostile_tls: HostileServer, certificate: tuple[Path, Path]
) -> None:
    hostile_tls.behaviour = drip_body
    error, duration, _ = outcome_of(hostile_tls, ca_certs=str(certificate[0]))
    assert isinstance(error, RequestTimeoutError)
    assert duration < DEADLINE + 1
