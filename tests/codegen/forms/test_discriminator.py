"""Discriminator: a union whose variant is picked by one property, with a mapping of values.

The converter reads the discriminator alone, so a drawn variant must carry one of its own
values there, whether the property is a plain string (``Circle``) or an enum (``Square``,
selected by two values).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.inline_specs import InlineClient, assert_draws, assert_round_trips, inline_client
from tests.support.small_spec import ref

SCHEMAS = {
    "Circle": {
        "type": "object",
        "properties": {"kind": {"type": "string"}, "radius": {"type": "integer"}},
        "required": ["kind", "radius"],
    },
    "Square": {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "enum": ["square", "box"]},
            "side": {"type": "integer"},
        },
        "required": ["kind"],
    },
    "Shape": {
        "description": "A shape, told apart by its kind.",
        "oneOf": [ref("Circle"), ref("Square")],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {
                "circle": "#/components/schemas/Circle",
                "square": "#/components/schemas/Square",
                "box": "#/components/schemas/Square",
            },
        },
    },
}
# The discriminator values that select each variant.
TAGS = {"Circle": {"circle"}, "Square": {"square", "box"}}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> InlineClient:
    return inline_client(SCHEMAS, tmp_path_factory.mktemp("discriminator"))


def test_values_round_trip_and_fit_the_schema(client: InlineClient) -> None:
    def tagged_as_its_variant(value: Any) -> None:
        assert value.kind in TAGS[type(value).__name__]

    assert_round_trips(client, "Shape", tagged_as_its_variant)


@pytest.mark.parametrize(
    ("variant", "tag"), [("Circle", "circle"), ("Square", "square"), ("Square", "box")]
)
def test_each_value_of_each_variant_is_drawn(client: InlineClient, variant: str, tag: str) -> None:
    cls = getattr(client.package.models, variant)
    assert_draws(client, "Shape", lambda value: type(value) is cls and value.kind == tag)
