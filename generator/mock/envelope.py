"""The API's response envelope (``status``, ``message``, ``data``, ``errors``, ``op_time_us``).

Bulk operations can succeed partly: the envelope's ``status`` is ``error`` as soon as one item
failed, each item in ``data`` carries its own ``status``/``message``/``error``, and the HTTP
status stays 200. A request on one resource (by UUID) that fails answers with that failure's
HTTP status instead.

The page's ``ResponseError`` (an entry of ``errors``) has only the HTTP ``status``, so what went
wrong is said in the envelope's ``message``. Items say only what their schema declares: some
have no ``status`` of their own (``ItemShape``).
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


@attrs.frozen
class ItemShape:
    """Which of the common item fields an operation's item schema declares: its own
    ``status``, and the target's identity (``uuid``/``name``); ``message`` and ``error`` it
    always has."""

    status: bool = True
    identity: bool = True


FULL_ITEM = ItemShape()


def failed_item(
    reference: Mapping[str, Any], error: ItemError, shape: ItemShape = FULL_ITEM
) -> Record:
    """The item of ``data`` for a target that failed: its identity, status, message and code,
    as far as the item's schema has them."""
    item: Record = dict(reference) if shape.identity else {}
    if shape.status:
        item["status"] = "error"
    item.update(message=error.message, error=error.code)
    return item


def bulk_reply(data_key: str, items: Sequence[Record], any_failed: bool) -> Reply:
    """A 200 whose envelope status says whether every item succeeded (an item without a status
    of its own cannot say it)."""
    envelope: dict[str, Any] = {"status": "success", "data": {data_key: list(items)}}
    if any_failed:
        envelope["status"] = "error"
        envelope["message"] = PARTIAL_FAILURE_MESSAGE
    return Reply(200, envelope)


def single_reply(data_key: str, item: Record, failure: ItemError | None = None) -> Reply:
    """The answer about one resource: 200, or the failure's HTTP status."""
    envelope: dict[str, Any] = {"status": "success", "data": {data_key: [item]}}
    if failure is None:
        return Reply(200, envelope)
    envelope.update(
        status="error", message=failure.message, errors=[request_error(failure.http_status)]
    )
    return Reply(failure.http_status, envelope)


def request_error(http_status: int) -> Record:
    """One entry of the envelope's ``errors`` (a ``ResponseError``: the HTTP status only)."""
    return {"status": http_status}


def error_reply(http_status: int, message: str, headers: Mapping[str, str] | None = None) -> Reply:
    """An envelope for a request refused as a whole (bad input, no token, unknown path);
    ``message`` says every reason."""
    return Reply(
        http_status,
        {"status": "error", "message": message, "errors": [request_error(http_status)]},
        headers or {},
    )
