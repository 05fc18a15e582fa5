"""Shared fixtures of the test suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.loopback_server import LoopbackServer, running_server


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1 that records requests and plays scripted answers."""
    yield from running_server()
