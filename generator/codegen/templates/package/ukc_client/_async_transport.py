"""Sends one operation's request over a shared httpx pool, for ``AsyncClient``.

The asyncio twin of ``_transport.Transport``: the same URLs, headers, deadline, size limit,
retry policy and answer handling (those live in ``_transport`` and ``_answer``), over
``httpx.AsyncClient``. httpx is the ``async`` extra of the package: only this module imports
it, and only ``AsyncClient`` imports this module.

A call's deadline bounds every attempt and every wait between attempts. A cancelled call
closes the connection of an answer it had not read to the end, so no connection goes back to
the pool half-used.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import ssl
import time
from collections.abc import Mapping
from typing import Any

import httpx
import urllib3

from ._answer import AnswerRefused, BodyReader
from ._config import Endpoint
from ._retry import RetryPolicy, parse_retry_after
from ._transport import (
    Answer,
    EnvelopeT,
    Operation,
    RawResponse,
    RequestHeaders,
    TimeoutArg,
    prepare_request,
    read_answer,
    split_timeout,
)
from .errors import ConfigurationError, RequestTimeoutError, ResponseTooLargeError, TransportError

log = logging.getLogger("ukc_client")


class _Failure(Exception):
    def __init__(self, error: TransportError, retryable: bool) -> None:
        super().__init__(error.reason)
        self.error = error
        self.retryable = retryable


class AsyncTransport:
    """The connection pool, headers, deadlines, limits and retries of ``AsyncClient``."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        user_agent: str,
        timeout: float | urllib3.Timeout,
        retry: RetryPolicy,
        raise_on_partial_failure: bool,
        ca_certs: str | None,
        pool_maxsize: int,
        max_answer_bytes: int,
    ) -> None:
        if type(max_answer_bytes) is not int:  # a bool is an int, but not one this takes
            raise ConfigurationError("max_answer_bytes must be an int")
        if max_answer_bytes < 1:
            raise ConfigurationError(f"max_answer_bytes must be positive, not {max_answer_bytes}")
        self.base_url = endpoint.base_url
        self._endpoint = endpoint
        self._timeout_parts = split_timeout(timeout)
        self._retry = retry
        self._raise_on_partial_failure = raise_on_partial_failure
        self._max_answer_bytes = max_answer_bytes
        verify: ssl.SSLContext = ssl.create_default_context(cafile=ca_certs)
        self._pool = httpx.AsyncClient(
            verify=verify,
            limits=httpx.Limits(
                max_connections=pool_maxsize, max_keepalive_connections=pool_maxsize
            ),
            follow_redirects=False,
            # Proxies and .netrc credentials from the environment stay out, as with urllib3.
            trust_env=False,
        )
        self._request_headers = RequestHeaders(endpoint, user_agent)

    def __repr__(self) -> str:
        return f"AsyncTransport(base_url={self.base_url!r})"

    @property
    def timeout_parts(self) -> tuple[float, float, float]:
        """The default connect timeout, read timeout and deadline of a call, in seconds."""
        return self._timeout_parts

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._pool.aclose()

    def with_options(
        self, *, timeout: float | urllib3.Timeout | None, retry: RetryPolicy | None
    ) -> AsyncTransport:
        """A transport on the same pool with another default timeout or retry policy."""
        changed = copy.copy(self)
        if timeout is not None:
            changed._timeout_parts = split_timeout(timeout)
        if retry is not None:
            changed._retry = retry
        return changed

    async def call(
        self,
        operation: Operation[EnvelopeT],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
    ) -> EnvelopeT:
        """Send ``operation`` and return its parsed envelope, or raise the matching error."""
        raw = await self.call_raw(
            operation,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            timeout=timeout,
        )
        return raw.envelope

    async def call_raw(
        self,
        operation: Operation[EnvelopeT],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[EnvelopeT]:
        """Like ``call``, with the status, headers and raw bytes of the answer as well."""
        request = prepare_request(
            self._endpoint,
            self._request_headers,
            operation,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
        )
        method, path = operation.http_method, request.path
        started = time.perf_counter()
        answer = await self._send(
            method, path, request.url, request.payload, request.headers, timeout
        )
        if log.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> %d in %.1f ms", method, path, answer.status, elapsed_ms)
        return read_answer(operation, method, path, answer, self._raise_on_partial_failure)

    async def _send(
        self,
        method: str,
        path: str,
        url: str,
        payload: bytes | None,
        headers: Mapping[str, str],
        timeout: TimeoutArg,
    ) -> Answer:
        connect, read, total = self._timeout_parts if timeout is None else split_timeout(timeout)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + total
        retries = self._retry.retries_for(method)
        attempt = 0
        while True:
            failure: _Failure | None = None
            answer: Answer | None = None
            try:
                answer = await self._attempt(
                    method, path, url, payload, headers, connect, read, deadline, total
                )
            except _Failure as caught:
                failure = caught
            if answer is not None:
                retryable = answer.status in self._retry.statuses
            else:
                assert failure is not None
                retryable = failure.retryable
            if not retryable or attempt >= retries:
                break
            attempt += 1
            retry_after = None
            if answer is not None and "Retry-After" in answer.headers:
                retry_after = parse_retry_after(answer.headers["Retry-After"])
            wait = self._retry.wait_before(attempt, retry_after)
            if loop.time() + wait >= deadline:
                break  # the retry could not end in time: the last outcome stands
            if wait > 0:
                await self._retry.async_sleep(wait)
        if failure is not None:
            # Raised outside the except clause: no httpx exception (whose text might quote a
            # header) rides along as the error's context.
            raise failure.error
        assert answer is not None
        return answer

    async def _attempt(
        self,
        method: str,
        path: str,
        url: str,
        payload: bytes | None,
        headers: Mapping[str, str],
        connect: float,
        read: float,
        deadline: float,
        total: float,
    ) -> Answer:
        failure: _Failure
        try:
            async with asyncio.timeout_at(deadline):
                request = self._pool.build_request(
                    method,
                    url,
                    content=payload,
                    headers=headers,
                    timeout=httpx.Timeout(connect=connect, read=read, write=read, pool=connect),
                )
                # Leaving the block closes the answer; one not read to its end takes its
                # connection with it instead of going back to the pool.
                response = await self._pool.send(request, stream=True)
                try:
                    _check_head(response.headers.raw)
                    body = b""
                    # A HEAD answer has no body, whatever size its Content-Length declares.
                    if method != "HEAD":
                        reader = BodyReader(response.headers, self._max_answer_bytes)
                        # httpx ends the stream at the body's end: no extra read to learn it.
                        async for piece in response.aiter_raw():
                            reader.feed(piece)
                        body = reader.finish()
                finally:
                    await response.aclose()
                return Answer(response.status_code, response.headers, body)
        except TimeoutError:
            failure = _Failure(
                RequestTimeoutError(
                    method, path, f"no complete answer within the call's deadline of {total:g} s"
                ),
                retryable=False,
            )
        except AnswerRefused as refused:
            error_type = ResponseTooLargeError if refused.too_large else TransportError
            failure = _Failure(error_type(method, path, refused.reason), retryable=False)
        except httpx.HTTPError as error:
            failure = _transport_failure(method, path, error)
        except Exception as error:  # noqa: BLE001 (the package's boundary)
            failure = _Failure(
                TransportError(method, path, f"the request failed: {type(error).__name__}"),
                retryable=False,
            )
        raise failure


# The limits of the sync client's HTTP parser (http.client), which h11 sets higher.
MAX_HEADERS = 100
MAX_HEADER_LINE = 65536


def _check_head(raw: list[tuple[bytes, bytes]]) -> None:
    if len(raw) > MAX_HEADERS:
        raise AnswerRefused(f"the answer has more than {MAX_HEADERS} header fields")
    if any(len(name) + len(value) + 2 > MAX_HEADER_LINE for name, value in raw):
        raise AnswerRefused(f"the answer has a header line over {MAX_HEADER_LINE} bytes")


def _transport_failure(method: str, path: str, reason: httpx.HTTPError) -> _Failure:
    if isinstance(reason, httpx.ConnectTimeout):
        return _Failure(RequestTimeoutError(method, path, "timed out while connecting"), True)
    if isinstance(reason, httpx.ReadTimeout):
        late = RequestTimeoutError(method, path, "timed out waiting for the answer")
        return _Failure(late, retryable=True)
    if isinstance(reason, httpx.ConnectError):
        if isinstance(reason.__context__, ssl.SSLError):
            error = TransportError(method, path, f"TLS failed: {reason.__context__}")
            return _Failure(error, retryable=False)
        error = TransportError(method, path, "could not connect: the connection was refused")
        return _Failure(error, retryable=True)
    if isinstance(reason, httpx.RemoteProtocolError) and str(reason) == "bad Content-Length":
        # h11 refuses a Content-Length of more than 20 digits (or not digits) before the
        # client sees it: a length this large is over any limit, so it is refused as such.
        too_large = ResponseTooLargeError(
            method, path, "the answer declares a Content-Length that is not a size it can have"
        )
        return _Failure(too_large, retryable=False)
    if isinstance(reason, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        error = TransportError(method, path, "the connection broke before the answer was complete")
        return _Failure(error, retryable=True)
    if isinstance(reason, httpx.TimeoutException):
        return _Failure(RequestTimeoutError(method, path, "timed out"), retryable=True)
    error = TransportError(method, path, f"the request failed: {type(reason).__name__}")
    return _Failure(error, retryable=False)
