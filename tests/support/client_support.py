"""Builds clients of the generated package aimed at the loopback server, recording retry waits."""

from __future__ import annotations

from typing import Any

from ukc_client import Client, RetryPolicy

from tests.support.loopback_server import LoopbackServer

TOKEN = "tok-3f9a1c-never-print-me"


def loopback_client(
    server: LoopbackServer, sleeps: list[float] | None = None, **options: Any
) -> Client:
    """A client of ``server``; retry waits are appended to ``sleeps`` instead of slept."""
    record = sleeps.append if sleeps is not None else (lambda seconds: None)
    options.setdefault("retry", RetryPolicy(jitter=0.0, sleep=record))
    return Client(token=TOKEN, base_url=server.url, allow_http=True, **options)
