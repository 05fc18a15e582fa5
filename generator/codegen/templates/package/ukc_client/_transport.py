"""Sends one operation's request over a shared urllib3 pool and turns the answer into a model.

A ``Transport`` is immutable after construction and urllib3's ``PoolManager`` is thread-safe,
so one transport serves any number of threads.
"""

from __future__ import annotations

import copy
import json
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from ._config import Endpoint
from ._encoding import encode_json, encode_query, expand_path
from ._retry import RetryPolicy
from .converter import structure
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DecodeError,
    NotFoundError,
    PartialFailureError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseFormatError,
    ServerError,
    TransportError,
)

log = logging.getLogger("ukc_client")

EnvelopeT = TypeVar("EnvelopeT")
DataT = TypeVar("DataT")

TimeoutArg = float | urllib3.Timeout | None

DEFAULT_TIMEOUT = urllib3.Timeout(connect=5.0, read=60.0)


@dataclass(frozen=True)
class Operation(Generic[EnvelopeT]):
    """What the client knows of one API operation, taken from the spec."""

    operation_id: str
    http_method: str
    path: str
    response_type: type[EnvelopeT]
    client_method: str
    """The client method that calls it, as ``group.method`` (``instances.create``)."""
    item_fields: tuple[str, ...] = ()
    """Fields of the envelope's ``data`` that list per-item results with their own status."""


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
    """The connection pool, headers, timeouts and retries shared by all operations of a client."""

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
    ) -> None:
        self.base_url = endpoint.base_url
        self._timeout = timeout
        self._raise_on_partial_failure = raise_on_partial_failure
        self._retries = {method: retry.for_method(method) for method in _METHODS}
        self._pool = urllib3.PoolManager(
            num_pools=4,
            maxsize=pool_maxsize,
            cert_reqs="CERT_REQUIRED",
            ca_certs=ca_certs,
        )
        self._headers_with_body = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": user_agent,
            "Authorization": f"Bearer {endpoint.token.reveal()}",
        }
        self._headers = {
            name: value for name, value in self._headers_with_body.items() if name != "Content-Type"
        }

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
            changed._timeout = timeout
        if retry is not None:
            changed._retries = {method: retry.for_method(method) for method in _METHODS}
        return changed

    def call(
        self,
        operation: Operation[EnvelopeT],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
    ) -> EnvelopeT:
        """Send ``operation`` and return its parsed envelope, or raise the matching error.

        ``body`` is the already unstructured JSON document, or ``None`` for no body.
        """
        return self.call_raw(
            operation, path_params=path_params, query=query, body=body, timeout=timeout
        ).envelope

    def call_raw(
        self,
        operation: Operation[EnvelopeT],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[EnvelopeT]:
        """Like ``call``, with the status, headers and raw bytes of the answer as well."""
        path = expand_path(operation.path, path_params or {})
        url = self.base_url + path
        if query:
            query_string = encode_query(query)
            if query_string:
                url = f"{url}?{query_string}"
        method = operation.http_method
        if body is None:
            payload = None
            headers = self._headers
        else:
            payload = encode_json(body)
            headers = self._headers_with_body
        started = time.perf_counter()
        try:
            response = self._pool.request(
                method,
                url,
                body=payload,
                headers=headers,
                timeout=self._timeout if timeout is None else timeout,
                retries=self._retries[method],
                redirect=False,
            )
        except MaxRetryError as error:
            raise _transport_error(method, path, error.reason) from None
        except HTTPError as error:
            raise _transport_error(method, path, error) from None
        if log.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> %d in %.1f ms", method, path, response.status, elapsed_ms)
        return self._read_answer(operation, method, path, response.status, response)

    def _read_answer(
        self,
        operation: Operation[EnvelopeT],
        method: str,
        path: str,
        status: int,
        response: urllib3.BaseHTTPResponse,
    ) -> RawResponse[EnvelopeT]:
        body = response.data
        if not 200 <= status < 300:
            raise _api_error(operation, method, path, status, body, response.headers)
        document = _parse_json(method, path, status, body)
        try:
            envelope = structure(document, operation.response_type)
        except DecodeError as error:
            raise ResponseFormatError(
                method=method,
                path=path,
                status=status,
                body=body,
                json_path=error.path,
                reason=f"does not fit {operation.response_type.__name__}: {error}",
            ) from error
        if self._raise_on_partial_failure:
            raise_for_failed_items(operation, envelope)
        return RawResponse(
            method=method,
            path=path,
            status=status,
            headers=response.headers,
            envelope=envelope,
            content=body,
        )


_METHODS = ("GET", "PUT", "DELETE", "POST", "PATCH")


def _transport_error(method: str, path: str, reason: BaseException | None) -> TransportError:
    # NewConnectionError is a ConnectTimeoutError in urllib3's hierarchy: test it first.
    if isinstance(reason, NewConnectionError):
        return TransportError(method, path, "could not connect: the connection was refused")
    if isinstance(reason, ConnectTimeoutError):
        return RequestTimeoutError(method, path, "timed out while connecting")
    if isinstance(reason, ReadTimeoutError):
        return RequestTimeoutError(method, path, "timed out waiting for the answer")
    if isinstance(reason, SSLError):
        return TransportError(method, path, f"TLS failed: {reason}")
    if isinstance(reason, ProtocolError):
        return TransportError(method, path, "the connection broke before the answer was complete")
    return TransportError(method, path, f"the request failed: {type(reason).__name__}")


def _parse_json(method: str, path: str, status: int, body: bytes) -> Any:
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ResponseFormatError(
            method=method,
            path=path,
            status=status,
            body=body,
            json_path="",
            reason=f"is not JSON ({error})",
        ) from None


def _api_error(
    operation: Operation[Any],
    method: str,
    path: str,
    status: int,
    body: bytes,
    headers: Mapping[str, str],
) -> ApiError:
    envelope: Any = None
    message: str | None = None
    errors: Sequence[Any] = ()
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        document = None
    if isinstance(document, dict):
        raw_message = document.get("message")
        message = raw_message if isinstance(raw_message, str) else None
        raw_errors = document.get("errors")
        errors = raw_errors if isinstance(raw_errors, list) else ()
        try:
            envelope = structure(document, operation.response_type)
        except DecodeError:
            envelope = None
        else:
            errors = getattr(envelope, "errors", None) or errors
    fields: dict[str, Any] = {
        "method": method,
        "path": path,
        "status": status,
        "body": body,
        "envelope": envelope,
        "message": message,
        "errors": errors,
        "headers": headers,
    }
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
        return RateLimitedError(retry_after=_retry_after(headers), **fields)
    if status >= 500:
        return ServerError(**fields)
    return ApiError(**fields)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        return float(urllib3.Retry().parse_retry_after(value))
    except HTTPError:
        return None


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
        for item in items:
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
