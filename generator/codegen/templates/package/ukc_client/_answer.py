"""Reading an answer within the call's deadline and the client's size limit.

urllib3's timeouts bound each socket operation, so a server that drips one byte at a time
never trips them. Here every read from the socket (status line, headers and body) waits at
most until the call's deadline, through a socket that the pool's connections wrap for the
duration of ``getresponse``. The body is read in pieces and counted, and a ``gzip`` body is
decompressed in bounded steps, so an answer larger than the limit is refused after at most
the limit's worth of memory. Parsing JSON refuses integers longer than
``MAX_INTEGER_DIGITS`` and nesting deeper than the parser can follow.
"""

from __future__ import annotations

import io
import json
import socket
import threading
import time
import zlib
from collections.abc import Mapping
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.response import BaseHTTPResponse

DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024
"""The default largest answer body, in bytes, before and after decoding (32 MiB)."""

MAX_INTEGER_DIGITS = 64
"""The longest integer (in characters, sign included) read from an answer's JSON."""

ACCEPT_ENCODING = "gzip"
"""The one content coding the client asks for, and so the only one it decodes."""

_PIECE = 64 * 1024
_GZIP_WBITS = 31


class DeadlineExceeded(Exception):
    """The call's deadline passed while waiting for the server.

    Deliberately not an ``OSError``: urllib3 lets it through unchanged (and closes the
    connection) instead of reporting a read timeout that it might retry.
    """


class AnswerRefused(Exception):
    """The answer cannot be read: ``reason`` says why, ``too_large`` if it broke the limit."""

    def __init__(self, reason: str, too_large: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.too_large = too_large


class JsonRefused(ValueError):
    """A JSON document this client will not parse; the message says why."""


_calls = threading.local()


class CallDeadline:
    """Sets the deadline (a ``time.monotonic()`` value) of the calling thread's request."""

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        _calls.deadline = self._deadline

    def __exit__(self, *exc_info: object) -> None:
        _calls.deadline = None


def remaining(deadline: float) -> float:
    """Seconds left until ``deadline``; ``DeadlineExceeded`` if none are."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded
    return left


class _DeadlineSocket:
    """A connected socket whose reads through ``makefile`` end by the deadline."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._timeout = sock.gettimeout()

    def settimeout(self, value: float | None) -> None:
        self._timeout = value
        self._sock.settimeout(value)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        # The socket's own reader, so that the socket stays open while the answer is read
        # even when the connection closes it (``Connection: close``).
        raw = self._sock.makefile("rb", buffering=0)
        return io.BufferedReader(_DeadlineReader(raw, self._sock, self._deadline, self._timeout))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _DeadlineReader(io.RawIOBase):
    def __init__(
        self, raw: Any, sock: socket.socket, deadline: float, timeout: float | None
    ) -> None:
        self._raw = raw
        self._sock = sock
        self._deadline = deadline
        self._timeout = timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        left = remaining(self._deadline)
        self._sock.settimeout(left if self._timeout is None else min(self._timeout, left))
        try:
            count: int | None = self._raw.readinto(buffer)
        except TimeoutError:
            if time.monotonic() >= self._deadline:
                raise DeadlineExceeded from None
            raise
        return count

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineConnectionMixin:
    """Wraps the socket in a ``_DeadlineSocket`` while the answer's head is read."""

    sock: Any

    def getresponse(self) -> Any:
        deadline = getattr(_calls, "deadline", None)
        sock = self.sock
        if deadline is None or sock is None:
            return super().getresponse()  # type: ignore[misc]
        self.sock = _DeadlineSocket(sock, deadline)
        try:
            return super().getresponse()  # type: ignore[misc]
        finally:
            # A connection that closed itself (``Connection: close``) has no socket left.
            if isinstance(self.sock, _DeadlineSocket):
                self.sock = sock


class _DeadlineHTTPConnection(_DeadlineConnectionMixin, HTTPConnection):
    pass


class _DeadlineHTTPSConnection(_DeadlineConnectionMixin, HTTPSConnection):
    pass


class DeadlineHTTPConnectionPool(HTTPConnectionPool):
    """urllib3's HTTP pool whose connections keep to the call's deadline."""

    # pyright finds urllib3's own connection classes unfit for urllib3's annotation of this
    # attribute (its protocol's mutable attributes are typed unlike the classes'), as here.
    ConnectionCls = _DeadlineHTTPConnection  # pyright: ignore[reportAssignmentType]


class DeadlineHTTPSConnectionPool(HTTPSConnectionPool):
    """urllib3's HTTPS pool whose connections keep to the call's deadline."""

    # pyright finds urllib3's own connection classes unfit for urllib3's annotation of this
    # attribute (its protocol's mutable attributes are typed unlike the classes'), as here.
    ConnectionCls = _DeadlineHTTPSConnection  # pyright: ignore[reportAssignmentType]


def read_body(response: BaseHTTPResponse, max_bytes: int) -> bytes:
    """The body of ``response``, decoded if it is ``gzip``; ``AnswerRefused`` if too large
    (before or after decoding) or encoded in another way than asked for."""
    reader = BodyReader(response.headers, max_bytes)
    while True:
        piece = response.read(_PIECE, decode_content=False)
        if not piece or reader.feed(piece):
            break
    return reader.finish()


class BodyReader:
    """Takes an answer's body as it arrives, undecoded, and checks it against ``max_bytes``
    (before and after decoding) and the one content coding asked for."""

    def __init__(self, headers: Mapping[str, str], max_bytes: int) -> None:
        length = headers.get("Content-Length", "").strip()
        self._declared: int | None = None
        if length.isascii() and length.isdigit():
            if len(length) > 18 or int(length) > max_bytes:
                raise AnswerRefused(
                    _too_large(max_bytes, f": it declares {length[:40]} bytes"), too_large=True
                )
            self._declared = int(length)
        coding = headers.get("Content-Encoding", "").strip().lower()
        if coding not in ("", "identity", ACCEPT_ENCODING):
            raise AnswerRefused(
                f"the answer has Content-Encoding {coding[:40]!r}, which was not asked for "
                f"(Accept-Encoding: {ACCEPT_ENCODING})"
            )
        self._max_bytes = max_bytes
        self._decoder = _BoundedGunzip(max_bytes) if coding == ACCEPT_ENCODING else None
        self._body = bytearray()

    def feed(self, piece: bytes) -> bool:
        """Take the next piece; whether the body is known to be complete (no read needed to
        learn that it has ended)."""
        if self._decoder is not None:
            self._decoder.feed(piece)
            return False
        self._body += piece
        if len(self._body) > self._max_bytes:
            raise AnswerRefused(_too_large(self._max_bytes, ""), too_large=True)
        return len(self._body) == self._declared

    def finish(self) -> bytes:
        """The whole body, decoded."""
        if self._decoder is not None:
            return self._decoder.finish()
        return bytes(self._body)


class _BoundedGunzip:
    """gzip decompression (one or more members) that stops past ``limit`` output bytes."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._decompressor = zlib.decompressobj(_GZIP_WBITS)
        self._output = bytearray()
        self._compressed = 0

    def feed(self, data: bytes) -> None:
        self._compressed += len(data)
        if self._compressed > self._limit:
            raise AnswerRefused(_too_large(self._limit, " even compressed"), too_large=True)
        try:
            while data:
                # One byte of room past the limit tells a body of exactly the limit from a
                # larger one; zlib keeps the input it did not use in unconsumed_tail.
                room = self._limit - len(self._output) + 1
                self._output += self._decompressor.decompress(data, room)
                if len(self._output) > self._limit:
                    raise AnswerRefused(
                        _too_large(self._limit, " once decompressed"), too_large=True
                    )
                if self._decompressor.eof:
                    data = self._decompressor.unused_data
                    if data:
                        self._decompressor = zlib.decompressobj(_GZIP_WBITS)
                else:
                    data = self._decompressor.unconsumed_tail
        except zlib.error:
            raise AnswerRefused("the gzip-encoded answer is corrupt") from None

    def finish(self) -> bytes:
        if not self._decompressor.eof:
            raise AnswerRefused("the gzip-encoded answer ends before its end")
        return bytes(self._output)


def _too_large(limit: int, what: str) -> str:
    return f"the answer is larger than the limit of {limit} bytes (max_answer_bytes){what}"


def _bounded_int(text: str) -> int:
    if len(text) > MAX_INTEGER_DIGITS:
        raise JsonRefused(
            f"it holds an integer of {len(text)} digits (at most {MAX_INTEGER_DIGITS})"
        )
    return int(text)


def parse_json(body: bytes) -> Any:
    """The JSON document ``body``; ``JsonRefused`` (a ``ValueError``) saying why not."""
    try:
        return json.loads(body, parse_int=_bounded_int)
    except JsonRefused:
        raise
    except RecursionError:
        raise JsonRefused("it is nested deeper than the JSON parser can follow") from None
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        raise JsonRefused(f"it is not JSON ({_short(str(error))})") from None


def _short(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "..."
