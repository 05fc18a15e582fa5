"""Sends one operation's request over a shared urllib3 pool and turns the answer into a model.

A ``Transport`` is immutable after construction and urllib3's ``PoolManager`` is thread-safe,
so one transport serves any number of threads.

Every call has one deadline: ``Timeout(total=...)``, or else the connect and read timeouts
added up. Every attempt (connecting, sending, the answer's head and its body) and every wait
between attempts ends by it. Each attempt is one urllib3 request without urllib3's own
retries; the retry policy decides what happens next.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import urllib3
from urllib3 import Retry
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from ._answer import (
    ACCEPT_ENCODING,
    AnswerRefused,
    CallDeadline,
    DeadlineExceeded,
    DeadlineHTTPConnectionPool,
    DeadlineHTTPSConnectionPool,
    JsonRefused,
    parse_json,
    read_body,
    remaining,
)
from ._config import Credentials, Endpoint, Security
from ._encoding import (
    JSON_MEDIA_TYPE,
    encode_body,
    encode_cookies,
    encode_header_value,
    encode_query,
    expand_path,
)
from ._retry import RetryPolicy, parse_retry_after
from .converter import structure
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DecodeError,
    NotFoundError,
    PartialFailureError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseFormatError,
    ResponseTooLargeError,
    ServerError,
    TransportError,
)

log = logging.getLogger("ukc_client")

EnvelopeT = TypeVar("EnvelopeT")
DataT = TypeVar("DataT")

TimeoutArg = float | urllib3.Timeout | None

DEFAULT_TIMEOUT = urllib3.Timeout(connect=5.0, read=60.0)

# urllib3 makes one attempt: the transport decides about retries.
_ONE_ATTEMPT = Retry(total=False, redirect=False)

FALLBACK_DEADLINE = 600.0
"""The deadline of a call whose timeout sets no limit at all, in seconds."""


@dataclass(frozen=True)
class Operation(Generic[EnvelopeT]):
    """What the client knows of one API operation, taken from the spec."""

    operation_id: str
    http_method: str
    path: str
    response_type: Any
    """What a JSON answer is read into: a model, ``list[...]`` of one, ...; ``None`` when no
    answer of the operation has a JSON body."""
    client_method: str
    """The client method that calls it, as ``group.method`` (``instances.create``)."""
    item_fields: tuple[str, ...] = ()
    """Fields of the envelope's ``data`` that list per-item results with their own status."""
    server_url: str | None = None
    """The operation's own server (with a ``{metro}`` the client fills), if the spec gives one."""
    security: Security = ()
    """The credentials it accepts, by scheme name: alternatives of schemes sent together."""
    body_media_type: str = JSON_MEDIA_TYPE
    answer_media_type: str = JSON_MEDIA_TYPE
    """The media type of its successful answers: JSON is read into ``response_type``, text
    into a ``str``, any other into ``bytes``; ``""``: the answer has no body (``None``)."""
    empty_statuses: tuple[int, ...] = ()
    """Successful statuses the spec documents without a body: they read as ``None``."""
    envelope: bool = True
    """Whether the answer is the API's envelope, whose ``status: error`` is a failure."""


class RequestHeaders:
    """The headers of each kind of request a client sends, made once per kind: the fixed ones,
    the body's ``Content-Type``, the answer's ``Accept`` and the operation's credentials."""

    def __init__(self, endpoint: Endpoint, user_agent: str) -> None:
        self._endpoint = endpoint
        self._user_agent = user_agent
        self._made: dict[tuple[Security, str, str], tuple[dict[str, str], Credentials]] = {}

    def __repr__(self) -> str:
        return "RequestHeaders(********)"

    def for_call(
        self, operation: Operation[Any], content_type: str | None
    ) -> tuple[dict[str, str], Credentials]:
        """The headers of a call of ``operation`` (with a body of ``content_type``, if any) and
        the credentials that travel elsewhere; ``ConfigurationError`` when the client lacks
        the credentials the operation needs."""
        accept = operation.answer_media_type or JSON_MEDIA_TYPE
        key = (operation.security, content_type or "", accept)
        made = self._made.get(key)
        if made is None:
            credentials = self._endpoint.credentials_for(operation.operation_id, operation.security)
            headers = {"Accept": accept, "Accept-Encoding": ACCEPT_ENCODING}
            if content_type:
                headers["Content-Type"] = content_type
            headers["User-Agent"] = self._user_agent
            headers.update(credentials.headers)
            made = self._made[key] = (headers, credentials)
        return made


@dataclass(frozen=True)
class PreparedRequest:
    """A request ready to send: its expanded path (for errors and logs), URL, body, headers."""

    path: str
    url: str
    payload: bytes | None
    headers: Mapping[str, str]


def prepare_request(
    endpoint: Endpoint,
    request_headers: RequestHeaders,
    operation: Operation[Any],
    *,
    path_params: Mapping[str, object] | None,
    query: Mapping[str, object] | None,
    headers: Mapping[str, object] | None,
    cookies: Mapping[str, object] | None,
    body: Any,
) -> PreparedRequest:
    """Everything a call sends, with every value encoded (``EncodeError`` naming what cannot
    be) and the operation's credentials in their places."""
    if body is None:
        payload, content_type = None, None
    else:
        payload, content_type = encode_body(operation.body_media_type, body)
    fixed, credentials = request_headers.for_call(operation, content_type)
    if credentials.query:
        query = {**(query or {}), **dict(credentials.query)}
    path, url = request_target(endpoint, operation, path_params, query)
    sent = fixed
    if headers or cookies or credentials.cookies:
        sent = dict(fixed)
        for name, value in (headers or {}).items():
            if value is not None:
                sent[name] = encode_header_value(name, value)
        cookie = encode_cookies([*(cookies or {}).items(), *credentials.cookies])
        if cookie:
            sent["Cookie"] = cookie
    return PreparedRequest(path, url, payload, sent)


@dataclass(frozen=True)
class Answer:
    """One answer as it came: status, headers and the whole (decoded) body."""

    status: int
    headers: Mapping[str, str]
    body: bytes


class _Failure(Exception):
    """One attempt that got no usable answer: the error to raise, and whether to retry."""

    def __init__(self, error: TransportError, retryable: bool) -> None:
        super().__init__(error.reason)
        self.error = error
        self.retryable = retryable


@dataclass(frozen=True)
class RawResponse(Generic[EnvelopeT]):
    """The whole answer of one call: status, headers, the parsed envelope and the raw bytes."""

    method: str
    path: str
    status: int
    headers: Mapping[str, str]
    envelope: EnvelopeT
    """The answer parsed into the operation's response model (``status``, ``data``, ...)."""
    content: bytes
    """The body as the server sent it."""

    def require_data(self, data: DataT | None) -> DataT:
        """``data`` (the envelope's ``data``), or ``ResponseFormatError`` when it is missing."""
        if data is None:
            raise ResponseFormatError(
                method=self.method,
                path=self.path,
                status=self.status,
                body=self.content,
                json_path="data",
                reason="has no data",
            )
        return data


class Transport:
    """The connection pool, headers, deadlines, limits and retries shared by all operations."""

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
        self._default_attempt_timeout = urllib3.Timeout(
            connect=self._timeout_parts[0], read=self._timeout_parts[1]
        )
        self._retry = retry
        self._raise_on_partial_failure = raise_on_partial_failure
        self._max_answer_bytes = max_answer_bytes
        self._pool = urllib3.PoolManager(
            num_pools=4,
            maxsize=pool_maxsize,
            cert_reqs="CERT_REQUIRED",
            ca_certs=ca_certs,
        )
        pools: dict[str, type[urllib3.HTTPConnectionPool | urllib3.HTTPSConnectionPool]] = {
            "http": DeadlineHTTPConnectionPool,
            "https": DeadlineHTTPSConnectionPool,
        }
        self._pool.pool_classes_by_scheme = pools
        self._request_headers = RequestHeaders(endpoint, user_agent)

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.clear()

    def with_options(
        self, *, timeout: float | urllib3.Timeout | None, retry: RetryPolicy | None
    ) -> Transport:
        """A transport on the same pool with another default timeout or retry policy."""
        changed = copy.copy(self)
        if timeout is not None:
            changed._timeout_parts = split_timeout(timeout)
            changed._default_attempt_timeout = urllib3.Timeout(
                connect=changed._timeout_parts[0], read=changed._timeout_parts[1]
            )
        if retry is not None:
            changed._retry = retry
        return changed

    def call(
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
        """Send ``operation`` and return its parsed envelope, or raise the matching error.

        ``body`` is the already unstructured JSON document (the text, bytes or form fields of
        another media type), or ``None`` for no body.
        """
        return self.call_raw(
            operation,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            timeout=timeout,
        ).envelope

    def call_raw(
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
        answer = self._send(method, path, request.url, request.payload, request.headers, timeout)
        if log.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> %d in %.1f ms", method, path, answer.status, elapsed_ms)
        return read_answer(operation, method, path, answer, self._raise_on_partial_failure)

    def _send(
        self,
        method: str,
        path: str,
        url: str,
        payload: bytes | None,
        headers: Mapping[str, str],
        timeout: TimeoutArg,
    ) -> Answer:
        connect, read, total = self._timeout_parts if timeout is None else split_timeout(timeout)
        deadline = time.monotonic() + total
        retries = self._retry.retries_for(method)
        attempt = 0
        while True:
            failure: _Failure | None = None
            answer: Answer | None = None
            try:
                answer = self._attempt(
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
            if time.monotonic() + wait >= deadline:
                break  # the retry could not end in time: the last outcome stands
            if wait > 0:
                self._retry.sleep(wait)
        if failure is not None:
            # Raised here, outside the except clause, so that no urllib3 exception (whose
            # text might quote a header) rides along as the error's context.
            raise failure.error
        assert answer is not None
        return answer

    def _attempt(
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
        failure: _Failure | None = None
        try:
            with CallDeadline(deadline):
                left = remaining(deadline)
                if left >= connect and left >= read:
                    attempt_timeout = self._attempt_timeout(connect, read)
                else:
                    attempt_timeout = urllib3.Timeout(
                        connect=min(connect, left), read=min(read, left)
                    )
                response = self._pool.urlopen(
                    method,
                    url,
                    body=payload,
                    headers=headers,
                    timeout=attempt_timeout,
                    retries=_ONE_ATTEMPT,
                    redirect=False,
                    preload_content=False,
                    decode_content=False,
                )
                try:
                    # A HEAD answer has no body, whatever size its Content-Length declares.
                    body = b"" if method == "HEAD" else read_body(response, self._max_answer_bytes)
                except BaseException:
                    # A half-read answer leaves the connection unusable: close it.
                    response.close()
                    response.release_conn()
                    raise
                response.release_conn()
                return Answer(response.status, response.headers, body)
        except DeadlineExceeded:
            failure = _Failure(
                RequestTimeoutError(
                    method, path, f"no complete answer within the call's deadline of {total:g} s"
                ),
                retryable=False,
            )
        except AnswerRefused as refused:
            error_type = ResponseTooLargeError if refused.too_large else TransportError
            failure = _Failure(error_type(method, path, refused.reason), retryable=False)
        except HTTPError as error:
            failure = _transport_failure(method, path, error)
        except Exception as error:  # noqa: BLE001 (the package's boundary)
            # Anything else is a failure of this package's boundary, not the caller's: only
            # its type is named, since its text could quote a header.
            failure = _Failure(
                TransportError(method, path, f"the request failed: {type(error).__name__}"),
                retryable=False,
            )
        raise failure

    def _attempt_timeout(self, connect: float, read: float) -> urllib3.Timeout:
        # The client's own timeout, made once; other ones are made per call.
        timeout = self._default_attempt_timeout
        if timeout.connect_timeout != connect or timeout.read_timeout != read:
            timeout = urllib3.Timeout(connect=connect, read=read)
        return timeout

    @property
    def timeout_parts(self) -> tuple[float, float, float]:
        """The default connect timeout, read timeout and deadline of a call, in seconds."""
        return self._timeout_parts


def request_target(
    endpoint: Endpoint,
    operation: Operation[Any],
    path_params: Mapping[str, object] | None,
    query: Mapping[str, object] | None,
) -> tuple[str, str]:
    """The expanded path of a call (for errors and logs) and its whole URL."""
    path = expand_path(operation.path, path_params or {})
    url = endpoint.base_url_for(operation.server_url) + path
    if query:
        query_string = encode_query(query)
        if query_string:
            url = f"{url}?{query_string}"
    return path, url


def read_answer(
    operation: Operation[EnvelopeT],
    method: str,
    path: str,
    answer: Answer,
    raise_on_partial_failure: bool,
) -> RawResponse[EnvelopeT]:
    """The answer parsed into the operation's envelope, or the error it amounts to."""
    if not 200 <= answer.status < 300:
        raise _api_error(operation, method, path, answer)
    envelope = _read_envelope(operation, method, path, answer)
    if raise_on_partial_failure and operation.envelope:
        raise_for_failed_items(operation, envelope)
    return RawResponse(
        method=method,
        path=path,
        status=answer.status,
        headers=answer.headers,
        envelope=envelope,
        content=answer.body,
    )


def split_timeout(timeout: float | urllib3.Timeout) -> tuple[float, float, float]:
    """The connect timeout, read timeout and deadline (all in seconds) of ``timeout``.

    A number is both the connect and the read timeout. The deadline is ``total`` when set,
    else the sum of the connect and read timeouts that are set, else ``FALLBACK_DEADLINE``.
    """
    if isinstance(timeout, urllib3.Timeout):
        # The values as given: the public properties fill in defaults this function decides.
        connect = _limit(timeout._connect)  # pyright: ignore[reportPrivateUsage]
        read = _limit(timeout._read)  # pyright: ignore[reportPrivateUsage]
        total = _limit(timeout.total)
    else:
        connect = read = _limit(timeout)
        total = None
    if total is None:
        parts = [part for part in (connect, read) if part is not None]
        total = sum(parts) if parts else FALLBACK_DEADLINE
    return (
        total if connect is None else min(connect, total),
        total if read is None else min(read, total),
        total,
    )


def _limit(value: object) -> float | None:
    # urllib3's "default" sentinel and None both mean: no limit of this kind.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _transport_failure(method: str, path: str, reason: BaseException) -> _Failure:
    # NewConnectionError is a ConnectTimeoutError in urllib3's hierarchy: test it first.
    if isinstance(reason, NewConnectionError):
        error = TransportError(method, path, "could not connect: the connection was refused")
        return _Failure(error, retryable=True)
    if isinstance(reason, ConnectTimeoutError):
        return _Failure(RequestTimeoutError(method, path, "timed out while connecting"), True)
    if isinstance(reason, ReadTimeoutError):
        error = RequestTimeoutError(method, path, "timed out waiting for the answer")
        return _Failure(error, retryable=True)
    if isinstance(reason, SSLError):
        # The text of an SSL error names the certificate problem, never a header.
        return _Failure(TransportError(method, path, f"TLS failed: {reason}"), retryable=False)
    if isinstance(reason, ProtocolError):
        error = TransportError(method, path, "the connection broke before the answer was complete")
        return _Failure(error, retryable=True)
    error = TransportError(method, path, f"the request failed: {type(reason).__name__}")
    return _Failure(error, retryable=False)


def _read_envelope(operation: Operation[Any], method: str, path: str, answer: Answer) -> Any:
    """A successful answer as the operation's spec has it: ``None`` without a body, a ``str``
    of text, ``bytes`` of another non-JSON media type, else the JSON read into its type."""
    media_type = operation.answer_media_type
    if not media_type or answer.status in operation.empty_statuses:
        return None
    if media_type.startswith("text/"):
        try:
            return answer.body.decode(_charset(answer.headers))
        except (UnicodeDecodeError, LookupError):
            raise ResponseFormatError(
                method=method,
                path=path,
                status=answer.status,
                body=answer.body,
                json_path="",
                reason=f"is not text in the charset {_charset(answer.headers)!r}",
            ) from None
    if media_type != JSON_MEDIA_TYPE and not media_type.endswith("+json"):
        return answer.body
    document = _read_document(method, path, answer)
    try:
        return structure(document, operation.response_type)
    except DecodeError as error:
        name = getattr(operation.response_type, "__name__", str(operation.response_type))
        raise ResponseFormatError(
            method=method,
            path=path,
            status=answer.status,
            body=answer.body,
            json_path=error.path,
            reason=f"does not fit {name}: {error}",
        ) from error


def _charset(headers: Mapping[str, str]) -> str:
    """The ``charset`` of an answer's ``Content-Type``; UTF-8 when it names none."""
    for parameter in headers.get("Content-Type", "").split(";")[1:]:
        key, _, value = parameter.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip('"')
    return "utf-8"


def _read_document(method: str, path: str, answer: Answer) -> Any:
    try:
        return parse_json(answer.body)
    except JsonRefused as refused:
        raise ResponseFormatError(
            method=method,
            path=path,
            status=answer.status,
            body=answer.body,
            json_path="",
            reason=f"is refused: {refused}",
        ) from None


def _api_error(operation: Operation[Any], method: str, path: str, answer: Answer) -> ApiError:
    envelope: Any = None
    message: str | None = None
    errors: Sequence[Any] = ()
    try:
        document = parse_json(answer.body)
    except JsonRefused:
        document = None
    if isinstance(document, dict):
        document = cast("dict[str, Any]", document)
        raw_message = document.get("message")
        message = raw_message if isinstance(raw_message, str) else None
        raw_errors = document.get("errors")
        errors = cast("Sequence[Any]", raw_errors) if isinstance(raw_errors, list) else ()
    # Only the API's envelope describes errors too; another answer's model would not fit one.
    if isinstance(document, dict) and operation.envelope and operation.response_type is not None:
        try:
            envelope = structure(document, operation.response_type)
        except DecodeError:
            envelope = None
        else:
            errors = getattr(envelope, "errors", None) or errors
    fields: dict[str, Any] = {
        "method": method,
        "path": path,
        "status": answer.status,
        "body": answer.body,
        "envelope": envelope,
        "message": message,
        "errors": errors,
        "headers": answer.headers,
    }
    status = answer.status
    if status == 400:
        return BadRequestError(**fields)
    if status == 401:
        return AuthenticationError(**fields)
    if status == 403:
        return PermissionDeniedError(**fields)
    if status == 404:
        return NotFoundError(**fields)
    if status == 409:
        return ConflictError(**fields)
    if status == 429:
        raw = answer.headers.get("Retry-After")
        retry_after = None if raw is None else parse_retry_after(raw)
        return RateLimitedError(retry_after=retry_after, **fields)
    if status >= 500:
        return ServerError(**fields)
    return ApiError(**fields)


def item_failed(item: Any) -> bool:
    """Whether a bulk item failed: ``status: error``, or, without a status, an error code."""
    status = getattr(item, "status", None)
    if isinstance(status, str):
        return status == "error"
    error = getattr(item, "error", None)
    return isinstance(error, int) and not isinstance(error, bool) and error != 0


def failed_items(operation: Operation[Any], envelope: Any) -> tuple[list[Any], list[Any]]:
    """The items of ``envelope.data`` that report a failure, and the others; ``envelope`` may
    also be the ``data`` itself, as a client method returns it."""
    failed: list[Any] = []
    succeeded: list[Any] = []
    data = getattr(envelope, "data", envelope)
    for field_name in operation.item_fields:
        items = getattr(data, field_name, None)
        if not isinstance(items, list):
            continue
        for item in cast("Sequence[Any]", items):
            (failed if item_failed(item) else succeeded).append(item)
    return failed, succeeded


def raise_for_failed_items(operation: Operation[Any], envelope: Any) -> None:
    """Raise ``PartialFailureError`` if the envelope or any of its items reports an error."""
    failed, succeeded = failed_items(operation, envelope)
    if failed or getattr(envelope, "status", None) == "error":
        message = getattr(envelope, "message", None)
        raise PartialFailureError(
            operation_id=operation.operation_id,
            response=envelope,
            failed=failed,
            succeeded=succeeded,
            message=message if isinstance(message, str) else None,
        )
