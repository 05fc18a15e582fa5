"""Builds clients of the generated package aimed at the loopback server, recording retry waits.

Both clients run the same test cases: a test module that uses the ``client_kind`` fixture
gets every ``loopback_client`` (and ``client_of_kind``) of the kind under test. An
``AsyncClient`` is driven through ``BlockingAsyncClient``, which runs each of its coroutines
to completion on the client's own event loop, so a test reads the same for both kinds.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Literal

from ukc_client import AsyncClient, Client, RetryPolicy

from tests.support.loopback_server import LoopbackServer

TOKEN = "tok-3f9a1c-never-print-me"

ClientKind = Literal["sync", "async"]
CLIENT_KINDS: tuple[ClientKind, ...] = ("sync", "async")

_kind: list[ClientKind] = ["sync"]


def use_client_kind(kind: ClientKind) -> None:
    """Make the clients built from now on of ``kind`` (the ``client_kind`` fixture's job)."""
    _kind[0] = kind


def loopback_client(
    server: LoopbackServer, sleeps: list[float] | None = None, **options: Any
) -> Any:
    """A client of ``server``; retry waits are appended to ``sleeps`` instead of slept."""
    record = sleeps.append if sleeps is not None else (lambda seconds: None)

    async def record_async(seconds: float) -> None:
        record(seconds)

    options.setdefault("retry", RetryPolicy(jitter=0.0, sleep=record, async_sleep=record_async))
    return client_of_kind(base_url=server.url, allow_http=True, **options)


def client_of_kind(**options: Any) -> Any:
    """A ``Client``, or a ``BlockingAsyncClient``, as the kind under test."""
    options.setdefault("token", TOKEN)
    if _kind[0] == "async":
        return BlockingAsyncClient(AsyncClient(**options))
    return Client(**options)


class BlockingAsyncClient:
    """An ``AsyncClient`` with the sync client's surface: each coroutine runs to its end on
    the wrapper's event loop, an async iterator becomes an iterator."""

    def __init__(self, client: AsyncClient, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.client = client
        self.loop = loop or asyncio.new_event_loop()
        self._owns_loop = loop is None

    def __getattr__(self, name: str) -> Any:
        return _blocking(getattr(self.client, name), self.loop)

    def with_options(self, **options: Any) -> BlockingAsyncClient:
        return BlockingAsyncClient(self.client.with_options(**options), self.loop)

    def close(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        if self._owns_loop:
            self.loop.close()

    def __enter__(self) -> BlockingAsyncClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return repr(self.client)


class _BlockingGroup:
    def __init__(self, group: object, loop: asyncio.AbstractEventLoop) -> None:
        self._group = group
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        return _blocking(getattr(self._group, name), self._loop)


def _blocking(value: Any, loop: asyncio.AbstractEventLoop) -> Any:
    if inspect.iscoroutinefunction(value) or inspect.isasyncgenfunction(value):
        return _blocking_function(value, loop)
    if callable(value) and not isinstance(value, type):
        return lambda *args, **kwargs: _blocking(value(*args, **kwargs), loop)
    # The groups of any generated package's ``client`` module (the committed one, or one
    # generated from a test's spec under a name of its own).
    module = type(value).__module__
    if module.split(".")[-1] == "client" and type(value).__name__.startswith("Async"):
        return _BlockingGroup(value, loop)
    return value


def _blocking_function(
    function: Callable[..., Any], loop: asyncio.AbstractEventLoop
) -> Callable[..., Any]:
    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        if inspect.isasyncgen(result):
            return _blocking_iterator(result, loop)
        awaitable: Awaitable[Any] = result
        return loop.run_until_complete(awaitable)

    return call


def _blocking_iterator(
    iterator: AsyncIterator[Any], loop: asyncio.AbstractEventLoop
) -> Iterator[Any]:
    try:
        while True:
            try:
                yield loop.run_until_complete(anext(iterator))
            except StopAsyncIteration:
                return
    finally:
        aclose = getattr(iterator, "aclose", None)
        if aclose is not None:
            loop.run_until_complete(aclose())
