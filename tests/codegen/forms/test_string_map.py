"""String map: ``additionalProperties: {type: string}``, as a field and as a component."""

from __future__ import annotations

import pytest

from tests.support.inline_specs import InlineClient, assert_draws, assert_round_trips, inline_client
from tests.support.small_spec import ref

STRING_MAP = {"type": "object", "additionalProperties": {"type": "string"}}
SCHEMAS = {
    "Labels": {**STRING_MAP, "description": "Labels by name."},
    "Instance": {
        "type": "object",
        "properties": {"env": STRING_MAP, "labels": ref("Labels")},
        "required": ["env"],
    },
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> InlineClient:
    return inline_client(SCHEMAS, tmp_path_factory.mktemp("string_map"))


@pytest.mark.parametrize("component", ["Instance", "Labels"])
def test_values_round_trip_and_fit_the_schema(client: InlineClient, component: str) -> None:
    assert_round_trips(client, component)


def test_a_map_with_entries_is_drawn(client: InlineClient) -> None:
    assert_draws(client, "Instance", lambda instance: len(instance.env) > 1)
