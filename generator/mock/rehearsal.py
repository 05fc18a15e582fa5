"""Failure rehearsal: faults injected on chosen operations, and the ``/_mock/`` controls.

A fault answers an operation with a status (and ``Retry-After``), after a delay, with a
malformed body, or by closing the connection without an answer; for the next N calls or
always. The controls are plain HTTP under ``CONTROL_PREFIX``, outside the API's routes and
authentication:

- ``POST /_mock/reset``: forget every resource and fault, and the state change delay;
- ``POST /_mock/seed`` with ``{"<collection>": [<create request body>, ...]}`` (collection as
  in ``/v1/<collection>``): creates each through the create operation of its collection;
- ``POST /_mock/faults`` with a fault (``FAULT_FIELDS``); ``GET`` lists them, ``DELETE``
  clears them;
- ``PUT /_mock/settings`` with ``{"state_change_delay": <seconds>}``.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from typing import Any

import attrs

CONTROL_PREFIX = "/_mock/"

FAULT_FIELDS = {
    "operation": "the operation id it applies to (every operation when absent)",
    "status": "the HTTP status to answer (an error envelope)",
    "retry_after": "the Retry-After header sent with the status (seconds, or an HTTP date)",
    "delay": "seconds to wait before answering",
    "drop": "close the connection without answering",
    "malformed": "answer 200 with a body that is not JSON",
    "times": "how many calls it applies to (always when absent)",
}

MALFORMED_BODY = b'{"status": "success", "data": {"instances": [{"uuid": '


class DropConnection(Exception):  # noqa: N818 - an instruction to the server, not an error
    """The answer is no answer: the server closes the connection."""


class InvalidControl(Exception):
    """A control request that cannot be carried out; the message says why."""


@attrs.define
class Fault:
    """What to do instead of (or before) answering an operation."""

    operation: str | None = None
    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0
    drop: bool = False
    malformed: bool = False
    times: int | None = None

    def describe(self) -> dict[str, Any]:
        return {
            key: value
            for key, value in attrs.asdict(self).items()
            if value is not None and value is not False and not (key == "delay" and not value)
        }


def fault_from(body: Any) -> Fault:
    """A fault from a control request's JSON body; ``InvalidControl`` naming what is wrong."""
    if not isinstance(body, Mapping):
        raise InvalidControl("a fault is a JSON object")
    unknown = sorted(set(body) - set(FAULT_FIELDS))
    if unknown:
        raise InvalidControl(f"unknown fault field(s) {unknown}; expected {sorted(FAULT_FIELDS)}")
    operation = body.get("operation")
    if operation is not None and not isinstance(operation, str):
        raise InvalidControl("operation: expected an operation id (a string)")
    status = body.get("status")
    if status is not None and (
        isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599
    ):
        raise InvalidControl(f"status: expected an HTTP status (100 to 599), got {status!r}")
    retry_after = body.get("retry_after")
    if retry_after is not None:
        if isinstance(retry_after, bool) or not isinstance(retry_after, int | float | str):
            raise InvalidControl("retry_after: expected seconds or an HTTP date")
        # Retry-After holds whole seconds (RFC 9110, section 10.2.3): a fraction rounds up.
        if isinstance(retry_after, int | float):
            if retry_after < 0:
                raise InvalidControl(f"retry_after: expected seconds, 0 or more, got {retry_after}")
            retry_after = str(math.ceil(retry_after))
    delay = body.get("delay", 0)
    if isinstance(delay, bool) or not isinstance(delay, int | float) or delay < 0:
        raise InvalidControl(f"delay: expected seconds (a number, 0 or more), got {delay!r}")
    times = body.get("times")
    if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
        raise InvalidControl(f"times: expected a count of 1 or more, got {times!r}")
    for flag in ("drop", "malformed"):
        if not isinstance(body.get(flag, False), bool):
            raise InvalidControl(f"{flag}: expected true or false")
    fault = Fault(
        operation=operation,
        status=status,
        retry_after=retry_after,
        delay=float(delay),
        drop=bool(body.get("drop", False)),
        malformed=bool(body.get("malformed", False)),
        times=times,
    )
    if fault.status is None and not (fault.drop or fault.malformed or fault.delay):
        raise InvalidControl("a fault needs a status, a delay, drop or malformed")
    if fault.retry_after is not None and fault.status is None:
        raise InvalidControl("retry_after goes with a status")
    return fault


class Faults:
    """The faults in force, in the order they were added; the first that applies wins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def __bool__(self) -> bool:
        return bool(self._faults)

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def describe(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.describe() for fault in self._faults]

    def take(self, operation_id: str | None) -> Fault | None:
        """The fault for a call of ``operation_id``, counted against its ``times``."""
        with self._lock:
            for fault in self._faults:
                if fault.operation is not None and fault.operation != operation_id:
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                return fault
        return None
