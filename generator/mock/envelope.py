"""The API's response envelope (``status``, ``message``, ``data``, ``errors``, ``op_time_us``).

Bulk operations can succeed partly: the envelope's ``status`` is ``error`` as soon as one item
failed, each item in ``data`` carries its own ``status``/``message``/``error``, and the HTTP
status stays 200. A request on one resource (by UUID) that fails answers with that failure's
HTTP status instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from generator.mock.state import ItemError, Record

PARTIAL_FAILURE_MESSAGE = "Failed to perform all operations"


@attrs.frozen
class Reply:
    """An HTTP status and the envelope to send as JSON."""

    http_status: int
    envelope: dict[str, Any]
    headers: Mapping[str, str] = attrs.field(factory=dict)


def failed_item(reference: Mapping[str, Any], error: ItemError) -> Record:
    """The item of ``data`` for a target that failed: its identity, status, message and code."""
    item: Record = dict(reference)
    item.update(status="error", message=error.message, error=error.code)
    return item


def bulk_reply(data_key: str, items: Sequence[Record]) -> Reply:
    """A 200 whose envelope status says whether every item succeeded."""
    envelope: dict[str, Any] = {"status": "success", "data": {data_key: list(items)}}
    if any(item.get("status") == "error" for item in items):
        envelope["status"] = "error"
        envelope["message"] = PARTIAL_FAILURE_MESSAGE
    return Reply(200, envelope)


def single_reply(data_key: str, item: Record, failure: ItemError | None = None) -> Reply:
    """The answer about one resource: 200, or the failure's HTTP status."""
    envelope: dict[str, Any] = {"status": "success", "data": {data_key: [item]}}
    if failure is None:
        return Reply(200, envelope)
    envelope.update(
        status="error",
        message=failure.message,
        errors=[request_error(failure.http_status, failure.message)],
    )
    return Reply(failure.http_status, envelope)


def request_error(http_status: int, message: str) -> Record:
    """One entry of the envelope's ``errors``."""
    return {"status": http_status, "message": message}


def error_reply(
    http_status: int,
    message: str,
    details: Sequence[str] = (),
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """An envelope for a request refused as a whole (bad input, no token, unknown path)."""
    errors = [request_error(http_status, detail) for detail in details] or [
        request_error(http_status, message)
    ]
    return Reply(
        http_status, {"status": "error", "message": message, "errors": errors}, headers or {}
    )
