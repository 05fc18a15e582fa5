"""At least one of: a model whose ``anyOf`` lists only ``required`` groups draws one group or
more, and refuses a value with none."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.inline_specs import InlineClient, assert_draws, assert_round_trips, inline_client

SCHEMAS = {
    "InstanceTarget": {
        "type": "object",
        "description": "An instance, named by its UUID, its name, or both.",
        "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "name": {"type": "string"},
            "force": {"type": "boolean"},
        },
        "anyOf": [{"required": ["uuid"]}, {"required": ["name"]}],
    }
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> InlineClient:
    return inline_client(SCHEMAS, tmp_path_factory.mktemp("at_least_one_of"))


def test_values_round_trip_and_fit_the_schema(client: InlineClient) -> None:
    unset = client.package.UNSET

    def a_group_present(value: Any) -> None:
        assert value.uuid is not unset or value.name is not unset

    assert_round_trips(client, "InstanceTarget", a_group_present)


def test_both_groups_together_are_drawn(client: InlineClient) -> None:
    unset = client.package.UNSET
    assert_draws(
        client, "InstanceTarget", lambda value: value.uuid is not unset and value.name is not unset
    )


def test_a_value_naming_neither_is_refused_at_construction(client: InlineClient) -> None:
    with pytest.raises(client.package.errors.ConstraintError, match="at least one of uuid / name"):
        client.package.models.InstanceTarget(force=True)
