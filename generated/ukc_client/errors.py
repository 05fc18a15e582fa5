"""The errors this package raises: each names where in the input it went wrong.

Errors of a request name its method and path, never the request headers: the token stays out.
No error shows a value of unbounded size or depth: ``describe_json`` cuts every value short.
"""

from __future__ import annotations

import reprlib
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ConstraintError",
    "DecodeError",
    "EncodeError",
    "NotFoundError",
    "PartialFailureError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "ServerError",
    "TransportError",
    "UkcError",
    "WaitTimeoutError",
]


class UkcError(Exception):
    """The base of every error this package raises."""


class DecodeError(UkcError):
    """JSON that does not fit the model it is read into.

    ``path`` is where in the input (``data.instances[3].state``; empty for the document
    itself), ``expected`` what the model needs there, ``got`` the value found there.
    """

    def __init__(self, expected: str, got: object, *path: str | int) -> None:
        # Only the text in ``args``: ``got`` may be nested too deeply for the default repr.
        super().__init__(expected)
        self.expected = expected
        self.got = got
        self._segments: list[str | int] = list(path)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.expected, self.got, *self._segments))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def at(self, segment: str | int) -> DecodeError:
        """Prefix the path with the key or index the failing value was found under."""
        self._segments.insert(0, segment)
        return self

    @property
    def path(self) -> str:
        text = ""
        for segment in self._segments:
            if isinstance(segment, int):
                text += f"[{segment}]"
            else:
                text += f".{segment}" if text else segment
        return text

    def __str__(self) -> str:
        where = self.path or "the document"
        return f"{where}: expected {self.expected}, got {describe_json(self.got)}"


class EncodeError(UkcError):
    """A request that cannot be written: a model holding a value that has no JSON form (a
    date-time without a zone, a plain string where an enum member belongs, a string with a
    lone surrogate), or an empty path parameter. The message names where, as a path."""


class ConstraintError(UkcError):
    """A model built against a constraint of the spec (such as two mutually exclusive fields)."""


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
    """Connecting or waiting for the answer took longer than the timeout, or the whole call
    (every attempt and every wait between them) did not end within its deadline."""


class ResponseTooLargeError(TransportError):
    """The answer is larger than the client's ``max_answer_bytes``, before or after its
    ``Content-Encoding`` is decoded; it was not read further."""


class ApiError(UkcError):
    """The API answered with a status outside 2xx.

    ``envelope`` is the answer parsed into the operation's response model, or ``None`` when the
    body is not such an envelope (a proxy's HTML page, say); ``body`` is always the raw bytes
    and ``headers`` the answer's headers (``Retry-After``, request ids of a proxy).
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
        headers: Mapping[str, str] | None = None,
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
        self.headers: Mapping[str, str] = headers if headers is not None else {}


class BadRequestError(ApiError):
    """400: the server refused the request as malformed or invalid."""


class AuthenticationError(ApiError):
    """401: the token is missing or wrong."""


class PermissionDeniedError(ApiError):
    """403: the token is valid but not allowed to do this."""


class ConflictError(ApiError):
    """409: the request conflicts with the resource's state (a name already taken, say)."""


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


class WaitTimeoutError(UkcError, TimeoutError):
    """An instance did not reach the awaited state in time, however the wait ended: the
    server's own timeout, the call's deadline, or the instance stopping on the way.

    ``instance`` is its name or UUID as asked for, ``state`` its last known state (``None``
    if no answer said), ``target`` the awaited state. A bulk wait raises it with every
    instance that did not get there in ``outcomes`` (name or UUID -> last known state).
    """

    def __init__(
        self,
        *,
        instance: str,
        state: str | None,
        target: str,
        waited: float,
        outcomes: Mapping[str, str | None] | None = None,
    ) -> None:
        self.instance = instance
        self.state = state
        self.target = target
        self.waited = waited
        self.outcomes: Mapping[str, str | None] = dict(outcomes or {instance: state})
        late = len(self.outcomes)
        others = f" (and {late - 1} more)" if late > 1 else ""
        super().__init__(
            f"{instance}{others} did not reach {target!r} within {waited:.1f} s;"
            f" last known state: {state or 'unknown'}"
        )


def _describe_item(item: Any) -> str:
    """``web-2 (No instance with name)``: who failed, and why if the item says."""
    label = getattr(item, "name", None) or getattr(item, "uuid", None) or "an item"
    message = getattr(item, "message", None)
    error = getattr(item, "error", None)
    if isinstance(message, str) and message:
        return f"{label} ({message})"
    if isinstance(error, int) and error:
        return f"{label} (error {error})"
    return str(label)


class _Missing:
    """The ``got`` of a required field that is absent."""

    def __repr__(self) -> str:
        return "nothing (the field is absent)"


MISSING = _Missing()


_SHORT = reprlib.Repr()
_SHORT.maxlevel = 2
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlong = 60
# Larger integers are not turned into digits at all: the conversion is slow, and Python
# refuses it past 4300 digits.
_MAX_SHOWN_INTEGER_BITS = 200


_JSON_KINDS: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def describe_json(value: object) -> str:
    """A short description of a JSON value: its JSON type, and the value cut short.

    Safe for any value: nesting is shown two levels deep and long texts are cut.
    """
    if value is MISSING:
        return repr(value)
    kind = _JSON_KINDS.get(type(value), type(value).__name__)
    if isinstance(value, int) and value.bit_length() > _MAX_SHOWN_INTEGER_BITS:
        return f"{kind} of {value.bit_length()} bits"
    try:
        text = _SHORT.repr(value)
    except Exception:  # noqa: BLE001 (a foreign object whose own repr fails)
        text = f"<{type(value).__name__}>"
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{kind} {text}"
