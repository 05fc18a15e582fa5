"""Union: a ``oneOf`` of ``$ref`` s without a discriminator, told apart by required fields."""

from __future__ import annotations

import pytest

from tests.support.inline_specs import InlineClient, assert_draws, assert_round_trips, inline_client
from tests.support.small_spec import ref

SCHEMAS = {
    "Cat": {
        "type": "object",
        "properties": {"meows": {"type": "boolean"}, "name": {"type": "string"}},
        "required": ["meows"],
    },
    "Dog": {
        "type": "object",
        "properties": {"barks": {"type": "boolean"}, "name": {"type": "string"}},
        "required": ["barks"],
    },
    "Pet": {"description": "A cat or a dog.", "oneOf": [ref("Cat"), ref("Dog")]},
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> InlineClient:
    return inline_client(SCHEMAS, tmp_path_factory.mktemp("union"))


def test_values_round_trip_and_fit_the_schema(client: InlineClient) -> None:
    assert_round_trips(client, "Pet")


@pytest.mark.parametrize("variant", ["Cat", "Dog"])
def test_each_variant_is_drawn(client: InlineClient, variant: str) -> None:
    cls = getattr(client.package.models, variant)
    assert_draws(client, "Pet", lambda value: type(value) is cls)
