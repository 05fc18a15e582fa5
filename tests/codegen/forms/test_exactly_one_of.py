"""Exactly one of: a model whose ``oneOf`` lists only ``required`` groups draws one group."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.inline_specs import InlineClient, assert_draws, assert_round_trips, inline_client

SCHEMAS = {
    "VolumeTarget": {
        "type": "object",
        "description": "A volume, named by its UUID or by its name.",
        "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "name": {"type": "string"},
            "readonly": {"type": "boolean"},
        },
        "oneOf": [{"required": ["uuid"]}, {"required": ["name"]}],
    }
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> InlineClient:
    return inline_client(SCHEMAS, tmp_path_factory.mktemp("exactly_one_of"))


def test_values_round_trip_and_fit_the_schema(client: InlineClient) -> None:
    unset = client.package.UNSET

    def one_group_present(value: Any) -> None:
        assert [value.uuid is not unset, value.name is not unset].count(True) == 1

    assert_round_trips(client, "VolumeTarget", one_group_present)


@pytest.mark.parametrize("attribute", ["uuid", "name"])
def test_each_group_is_drawn(client: InlineClient, attribute: str) -> None:
    unset = client.package.UNSET
    assert_draws(client, "VolumeTarget", lambda value: getattr(value, attribute) is not unset)
