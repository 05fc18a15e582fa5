"""Errors of a request: no answer, a refusal by the API, an answer of the wrong shape, and a
successful answer that reports failed items.

Messages name the method and path of the request, never its headers: the token stays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .errors import UkcError


class ConfigurationError(UkcError, ValueError):
    """The client was given settings it cannot use (no token, a bad metro or base URL)."""


class TransportError(UkcError):
    """No HTTP answer arrived: the connection failed or broke, after any retries."""

    def __init__(self, method: str, path: str, reason: str) -> None:
        super().__init__(f"{method} {path}: {reason}")
        self.method = method
        self.path = path
        self.reason = reason


class RequestTimeoutError(TransportError):
    """Connecting, or waiting for the answer, took longer than the timeout."""


class ApiError(UkcError):
    """The API answered with a status outside 2xx.

    ``envelope`` is the answer parsed into the operation's response model, or ``None`` when the
    body is not such an envelope (a proxy's HTML page, say); ``body`` is always the raw bytes.
    """

    def __init__(
        self,
        *,
        method: str,
        path: str,
        status: int,
        body: bytes,
        envelope: Any,
        message: str | None,
        errors: Sequence[Any],
    ) -> None:
        detail = f": {message}" if message else ""
        super().__init__(f"{method} {path}: HTTP {status}{detail}")
        self.method = method
        self.path = path
        self.status = status
        self.body = body
        self.envelope = envelope
        self.message = message
        self.errors = list(errors)


class AuthenticationError(ApiError):
    """401 or 403: the token is missing, wrong, or not allowed to do this."""


class NotFoundError(ApiError):
    """404: the resource or route does not exist."""


class RateLimitedError(ApiError):
    """429: too many requests; ``retry_after`` is the server's wait in seconds, if it said."""

    def __init__(self, *, retry_after: float | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the API failed to answer the request."""


class ResponseFormatError(UkcError):
    """A 2xx answer that is not JSON, or not the envelope the operation declares.

    ``json_path`` is where in the answer the value that does not fit sits (empty when the body
    is not JSON at all); ``body`` is the raw answer. A ``DecodeError`` cause has the details.
    """

    def __init__(
        self, *, method: str, path: str, status: int, body: bytes, json_path: str, reason: str
    ) -> None:
        super().__init__(f"{method} {path}: the HTTP {status} answer {reason}")
        self.method = method
        self.path = path
        self.status = status
        self.body = body
        self.json_path = json_path


class PartialFailureError(UkcError):
    """A 2xx answer whose envelope says ``error``, or in which some items say ``error``.

    Bulk operations act on each named item on its own; the ones that worked stay done.
    ``response`` is the whole parsed envelope, ``failed`` the items with ``status: error`` and
    ``succeeded`` the others, so a caller can carry on with what worked.
    """

    def __init__(
        self,
        *,
        operation_id: str,
        response: Any,
        failed: Sequence[Any],
        succeeded: Sequence[Any],
        message: str | None,
    ) -> None:
        total = len(failed) + len(succeeded)
        summary = f"{len(failed)} of {total} items failed" if failed else "the request failed"
        reasons = "; ".join(_describe_item(item) for item in failed[:5])
        more = f" (and {len(failed) - 5} more)" if len(failed) > 5 else ""
        detail = f": {reasons}{more}" if reasons else (f": {message}" if message else "")
        super().__init__(f"{operation_id}: {summary}{detail}")
        self.operation_id = operation_id
        self.response = response
        self.failed = list(failed)
        self.succeeded = list(succeeded)
        self.message = message


def _describe_item(item: Any) -> str:
    label = getattr(item, "name", None) or getattr(item, "uuid", None)
    message = getattr(item, "message", None)
    parts = [str(part) for part in (label, message) if isinstance(part, str) and part]
    return " ".join(parts) if parts else "an item"
