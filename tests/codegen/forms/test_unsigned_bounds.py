"""Unsigned bounds: integers with ``x-format: uint32``/``uint64`` and explicit bounds.

JSON Schema checks ``minimum``/``maximum`` but not ``x-format``, so the test also checks that
drawn values keep to the range the format implies.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from tests.support.inline_specs import InlineClient, assert_round_trips, inline_client

SCHEMAS = {
    "Counters": {
        "type": "object",
        "properties": {
            "memory_mb": {"type": "integer", "x-format": "uint32"},
            "bytes": {"type": "integer", "x-format": "uint64"},
            "port": {"type": "integer", "x-format": "uint32", "minimum": 1, "maximum": 65535},
            "percent": {"type": "integer", "minimum": 0, "maximum": 100},
        },
        "required": ["memory_mb", "bytes", "port", "percent"],
    }
}
# Python name -> the range its values keep to.
BOUNDS = {
    "memory_mb": (0, 2**32 - 1),
    "bytes": (0, 2**64 - 1),
    "port": (1, 65535),
    "percent": (0, 100),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> InlineClient:
    return inline_client(SCHEMAS, tmp_path_factory.mktemp("unsigned_bounds"))


def test_values_round_trip_fit_the_schema_and_keep_to_the_format(client: InlineClient) -> None:
    def within_bounds(value: Any) -> None:
        for name, (low, high) in BOUNDS.items():
            assert low <= getattr(value, name) <= high, name

    assert_round_trips(client, "Counters", within_bounds)


def test_the_strategies_span_each_formats_whole_range(client: InlineClient) -> None:
    # Drawing a value past 2**63 by chance is rare; the bounds the strategy is built with are
    # exact, and the round trip above shows what it draws stays within them.
    source = inspect.getsource(client.package.testing)
    for low, high in BOUNDS.values():
        assert f"st.integers({low}, {high})" in source
