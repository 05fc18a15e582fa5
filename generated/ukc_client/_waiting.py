"""Waiting for instances to reach a state, and following their logs, in both clients.

The decisions live in two plain state machines, ``WaitPlan`` and ``LogCursor``; the mixins
``InstanceWaiting`` and ``AsyncInstanceWaiting`` only send the requests they ask for, so the
sync and async clients wait and follow alike.

A wait goes to the API's bulk wait operation in chunks of at most ``chunk`` seconds, each one
request whose read timeout outlasts the server-side wait by the client's own read timeout, and
without transport retries: a chunk the server ends without the state (an item with error
``110``, a 408, or no answer in time) leads to the next chunk while time is left, never to a
repeat of the same request. A chunk the server ends early is waited out before the next
one. However the wait ends without the state, ``WaitTimeoutError`` says so, with the last
state the answers gave; when none did, one lookup of the instances, within one read timeout
past the deadline, tells it.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import codecs
import math
import random
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any
from uuid import UUID

import urllib3

from ._retry import RetryPolicy
from ._transport import Transport
from .errors import ApiError, PartialFailureError, RequestTimeoutError, UkcError, WaitTimeoutError

if TYPE_CHECKING:
    from ._async_transport import AsyncTransport

DEFAULT_WAIT_CHUNK = 30.0
"""The longest server-side wait of one request, in seconds."""

TIMED_OUT = 110
"""The error code of a wait item whose server-side wait ended without the state (ETIMEDOUT)."""

LOG_PAGE_BYTES = 64 * 1024
"""The most log bytes asked for in one request."""

MAX_LINE_CHARS = 64 * 1024
"""A longer line is delivered in pieces of this size, so memory stays bounded."""

STOPPED = "stopped"

_NO_RETRIES = RetryPolicy.disabled()


def _key(target: UUID | str) -> str:
    return str(target)


def _state_name(state: object) -> str | None:
    value = getattr(state, "value", state)
    return value if isinstance(value, str) else None


class WaitPlan:
    """The chunks of one wait for ``targets`` to reach ``state`` within ``timeout`` seconds
    (``None``: for as long as it takes), and what the answers said so far."""

    def __init__(
        self,
        targets: Iterable[UUID | str],
        state: object,
        timeout: float | None,
        chunk: float,
        timeout_parts: tuple[float, float, float],
        now: float,
    ) -> None:
        target = _state_name(state)
        if target is None:
            raise TypeError(f"state must be an instance state, not {state!r}")
        if not chunk > 0:
            raise ValueError(f"chunk must be a positive number of seconds, not {chunk!r}")
        self.target = target
        self.pending: dict[str, str | None] = {_key(item): None for item in targets}
        if not self.pending:
            raise ValueError("nothing to wait for")
        self.reached: dict[str, Any] = {}
        self.requests = 0
        self._chunk = chunk
        self._started = now
        self._deadline = None if timeout is None else now + timeout
        self._connect, self._read, _ = timeout_parts
        self._chunk_ends = now
        self._answered = False

    def next_request(self, now: float) -> tuple[list[str], int, urllib3.Timeout] | None:
        """The targets, server-side wait (ms) and call timeout of the next request; ``None``
        when the wait is over."""
        if not self.pending:
            return None
        chunk = self._chunk
        if self._deadline is not None:
            left = self._deadline - now
            if left <= 0 and self.requests:
                return None
            chunk = min(chunk, max(left, 0.001))
        self.requests += 1
        self._chunk_ends = now + chunk
        read = chunk + self._read
        timeout = urllib3.Timeout(connect=self._connect, read=read, total=self._connect + read)
        return list(self.pending), max(1, math.ceil(chunk * 1000)), timeout

    def pause(self, now: float) -> float:
        """Seconds to wait before the next chunk: what is left of this one when the server
        ended it early without the state, so that a server that does not wait server-side
        still gets one request per chunk."""
        if not self.pending:
            return 0.0
        return max(0.0, self._chunk_ends - now)

    def take(self, items: Iterable[Any]) -> None:
        """Take the items of one answer (succeeded and failed alike)."""
        items = list(items)
        self._answered = True
        for item in items:
            key = self._match(item, single=len(items) == 1)
            if key is None:
                continue
            state = _state_name(getattr(item, "state", None))
            self.pending[key] = state if state is not None else self.pending[key]
            failed = getattr(item, "status", None) == "error" or bool(getattr(item, "error", 0))
            if state == self.target and not failed:
                self.reached[key] = item
                del self.pending[key]

    def take_failure(self, failure: PartialFailureError) -> None:
        """Take an answer with failed items; re-raise it when an item failed for another
        reason than the wait ending (an instance that does not exist)."""
        for item in failure.failed:
            error = getattr(item, "error", None)
            if error != TIMED_OUT and getattr(item, "state", None) is None:
                raise failure
        self.take([*failure.succeeded, *failure.failed])

    def ended(self) -> None:
        """Take an answer that ended the chunk without saying anything of the instances."""
        self._answered = True

    def lookup(self, now: float) -> tuple[list[str], urllib3.Timeout] | None:
        """The instances whose state no wait answer gave, to look up once the wait is over,
        and the timeout of that lookup: what is left of one read timeout past the deadline.
        ``None`` when there is nothing to look up, or a server that never answered."""
        unknown = [key for key, state in self.pending.items() if state is None]
        if not unknown or not self._answered or self._deadline is None:
            return None
        left = self._deadline + self._read - now
        if left <= 0:
            return None
        return unknown, urllib3.Timeout(total=left)

    def take_states(self, items: Iterable[Any]) -> None:
        """Take the states a lookup gave."""
        for item in items:
            key = self._match(item, single=False)
            state = _state_name(getattr(item, "state", None))
            if key is not None and state is not None:
                self.pending[key] = state

    def result(self, now: float) -> list[Any]:
        """The items that reached the state, in the order asked for; ``WaitTimeoutError`` if
        any did not."""
        if self.pending:
            first, state = next(iter(self.pending.items()))
            raise WaitTimeoutError(
                instance=first,
                state=state,
                target=self.target,
                waited=now - self._started,
                outcomes=self.pending,
            )
        return list(self.reached.values())

    def _match(self, item: Any, *, single: bool) -> str | None:
        for field_name in ("name", "uuid"):
            value = getattr(item, field_name, None)
            if value is not None and str(value) in self.pending:
                return str(value)
        if single and len(self.pending) == 1:
            return next(iter(self.pending))
        return None


def ended_without_state(error: Exception) -> bool:
    """Whether a wait request failed only because its wait ended: a 408 answer, or none in
    time."""
    if isinstance(error, ApiError):
        return error.status == 408
    return isinstance(error, RequestTimeoutError)


def target_fields(target: UUID | str) -> dict[str, Any]:
    """The ``uuid`` or ``name`` field naming ``target``."""
    if isinstance(target, UUID):
        return {"uuid": target}
    if len(target) == 36:
        try:
            return {"uuid": UUID(target)}
        except ValueError:
            pass
    return {"name": target}


class LogCursor:
    """Where following an instance's log has got to: the next byte offset, the line being
    assembled and how long to wait before asking again."""

    def __init__(
        self,
        target: UUID | str,
        since: int,
        follow: bool,
        poll: float,
        page: int = LOG_PAGE_BYTES,
    ) -> None:
        if type(since) is not int:  # a bool is an int, but not one this takes
            raise TypeError(f"since must be a byte offset (int), not {since!r}")
        self.done = False
        self._fields = target_fields(target)
        self._offset = since
        self._follow = follow
        self._poll = poll
        self._page = page
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._partial = ""
        self._idle = 0

    def request(self) -> dict[str, Any]:
        """The keyword arguments of the next ``get_logs`` call."""
        return {**self._fields, "offset": self._offset, "limit": self._page}

    def take(self, data: Any) -> list[str]:
        """The complete lines of one answer's ``data``; sets ``done`` when the log is read
        (or, when following, when the instance has stopped and its log is read)."""
        items: list[Any] = getattr(data, "instances", None) or []
        if not items:
            self.done = True
            return self._flush([])
        item = items[0]
        try:
            raw = base64.b64decode(item.output or "", validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("the log output is not base64") from None
        start = getattr(getattr(item, "range", None), "start", None)
        if not isinstance(start, int):
            start = self._offset if self._offset >= 0 else None
        if start is None:
            end = getattr(getattr(item, "available", None), "end", None)
            start = max(0, (end if isinstance(end, int) else 0) - len(raw))
        self._offset = start + len(raw)
        lines = (self._partial + self._decoder.decode(raw)).split("\n")
        self._partial = lines.pop()
        while len(self._partial) > MAX_LINE_CHARS:
            lines.append(self._partial[:MAX_LINE_CHARS])
            self._partial = self._partial[MAX_LINE_CHARS:]
        self._idle = 0 if raw else self._idle + 1
        at_end = len(raw) < self._page
        if at_end and (not self._follow or _state_name(item.state) == STOPPED):
            self.done = True
            return self._flush(lines)
        return lines

    def pause(self) -> float:
        """Seconds to wait before the next request: none while the log has more, then from
        a twentieth of ``poll`` doubling up to ``poll``, with jitter."""
        if self._idle == 0:
            return 0.0
        base = min(self._poll, self._poll / 20 * 2.0 ** (self._idle - 1))
        return base * random.uniform(0.5, 1.0)

    def _flush(self, lines: list[str]) -> list[str]:
        rest = self._partial + self._decoder.decode(b"", final=True)
        self._partial = ""
        return [*lines, rest] if rest else lines


class InstanceWaiting:
    """``wait_for``, ``wait_for_all`` and ``iter_logs`` of the sync client's instances."""

    __slots__ = ()
    _transport: Transport
    wait: Callable[..., Any]
    get: Callable[..., Any]
    get_logs: Callable[..., Any]

    def wait_for(
        self,
        target: UUID | str,
        *,
        state: str,
        timeout: float | None = None,
        chunk: float = DEFAULT_WAIT_CHUNK,
    ) -> Any:
        """Wait until the instance ``target`` (name or UUID) is in ``state``, for at most
        ``timeout`` seconds (``None``: as long as it takes), asking the server to wait at most
        ``chunk`` seconds per request. Returns the instance as the last answer gave it
        (``WaitInstanceResponseWaitedInstance``); ``WaitTimeoutError`` if it does not get there.
        """
        return self.wait_for_all([target], state=state, timeout=timeout, chunk=chunk)[0]

    def wait_for_all(
        self,
        targets: Iterable[UUID | str],
        *,
        state: str,
        timeout: float | None = None,
        chunk: float = DEFAULT_WAIT_CHUNK,
    ) -> list[Any]:
        """Like ``wait_for``, for several instances in one wait. ``WaitTimeoutError`` lists
        every instance that did not get there, with its last known state, in ``outcomes``."""
        plan = WaitPlan(
            targets, state, timeout, chunk, self._transport.timeout_parts, time.monotonic()
        )
        once = type(self)(self._transport.with_options(timeout=None, retry=_NO_RETRIES))  # type: ignore[call-arg]
        while (request := plan.next_request(time.monotonic())) is not None:
            names, wait_ms, call_timeout = request
            try:
                data = once.wait(names, state=plan.target, timeout_ms=wait_ms, timeout=call_timeout)
            except PartialFailureError as failure:
                plan.take_failure(failure)
            except (ApiError, RequestTimeoutError) as error:
                if not ended_without_state(error):
                    raise
                if isinstance(error, ApiError):
                    plan.ended()
            else:
                plan.take(data.instances)
            pause = plan.pause(time.monotonic())
            if pause:
                time.sleep(pause)
        lookup = plan.lookup(time.monotonic())
        if lookup is not None:
            try:
                plan.take_states(once.get(lookup[0], timeout=lookup[1]).instances)
            except UkcError:
                pass  # the state stays unknown: the wait's outcome does not change
        return plan.result(time.monotonic())

    def iter_logs(
        self,
        target: UUID | str,
        *,
        follow: bool = False,
        since: int = 0,
        poll: float = 2.0,
    ) -> Iterator[str]:
        """The lines of the log of ``target`` (name or UUID) from byte offset ``since`` (a
        negative one counts from the end), decoded from the API's base64 as UTF-8, without
        their line ends. With ``follow``, keeps asking for new lines (waiting up to ``poll``
        seconds between requests while nothing comes) until the instance stops; break out
        of the loop to stop earlier. Memory stays bounded whatever the log's size."""
        cursor = LogCursor(target, since, follow, poll)
        while True:
            data = self.get_logs(**cursor.request())
            yield from cursor.take(data)
            if cursor.done:
                return
            pause = cursor.pause()
            if pause:
                time.sleep(pause)


class AsyncInstanceWaiting:
    """``wait_for``, ``wait_for_all`` and ``iter_logs`` of the async client's instances."""

    __slots__ = ()
    _transport: AsyncTransport
    wait: Callable[..., Any]
    get: Callable[..., Any]
    get_logs: Callable[..., Any]

    async def wait_for(
        self,
        target: UUID | str,
        *,
        state: str,
        timeout: float | None = None,
        chunk: float = DEFAULT_WAIT_CHUNK,
    ) -> Any:
        """Wait until the instance ``target`` (name or UUID) is in ``state``, for at most
        ``timeout`` seconds (``None``: as long as it takes), asking the server to wait at most
        ``chunk`` seconds per request. Returns the instance as the last answer gave it
        (``WaitInstanceResponseWaitedInstance``); ``WaitTimeoutError`` if it does not get there.
        """
        reached = await self.wait_for_all([target], state=state, timeout=timeout, chunk=chunk)
        return reached[0]

    async def wait_for_all(
        self,
        targets: Iterable[UUID | str],
        *,
        state: str,
        timeout: float | None = None,
        chunk: float = DEFAULT_WAIT_CHUNK,
    ) -> list[Any]:
        """Like ``wait_for``, for several instances in one wait. ``WaitTimeoutError`` lists
        every instance that did not get there, with its last known state, in ``outcomes``."""
        plan = WaitPlan(
            targets, state, timeout, chunk, self._transport.timeout_parts, time.monotonic()
        )
        once = type(self)(self._transport.with_options(timeout=None, retry=_NO_RETRIES))  # type: ignore[call-arg]
        while (request := plan.next_request(time.monotonic())) is not None:
            names, wait_ms, call_timeout = request
            try:
                data = await once.wait(
                    names, state=plan.target, timeout_ms=wait_ms, timeout=call_timeout
                )
            except PartialFailureError as failure:
                plan.take_failure(failure)
            except (ApiError, RequestTimeoutError) as error:
                if not ended_without_state(error):
                    raise
                if isinstance(error, ApiError):
                    plan.ended()
            else:
                plan.take(data.instances)
            pause = plan.pause(time.monotonic())
            if pause:
                await asyncio.sleep(pause)
        lookup = plan.lookup(time.monotonic())
        if lookup is not None:
            try:
                plan.take_states((await once.get(lookup[0], timeout=lookup[1])).instances)
            except UkcError:
                pass  # the state stays unknown: the wait's outcome does not change
        return plan.result(time.monotonic())

    async def iter_logs(
        self,
        target: UUID | str,
        *,
        follow: bool = False,
        since: int = 0,
        poll: float = 2.0,
    ) -> AsyncIterator[str]:
        """The lines of the log of ``target`` (name or UUID) from byte offset ``since`` (a
        negative one counts from the end), decoded from the API's base64 as UTF-8, without
        their line ends. With ``follow``, keeps asking for new lines (waiting up to ``poll``
        seconds between requests while nothing comes) until the instance stops; break out
        of the loop to stop earlier. Memory stays bounded whatever the log's size."""
        cursor = LogCursor(target, since, follow, poll)
        while True:
            data = await self.get_logs(**cursor.request())
            for line in cursor.take(data):
                yield line
            if cursor.done:
                return
            pause = cursor.pause()
            if pause:
                await asyncio.sleep(pause)
