"""The value type of each update property, read from the ``value`` descriptions of the page."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import ToolkitError
from generator.spec.inputs import SpecInputs
from generator.spec.normalizer import NormalizedSpec, normalize
from generator.spec.report import NormalizationReport
from generator.spec.value_types import add_value_types, value_schema
from tests.support.paths import ROOT

STRINGS = {"type": "array", "items": {"type": "string"}}


@pytest.fixture(scope="module")
def normalized() -> NormalizedSpec:
    return normalize(SpecInputs.at(ROOT))


def test_every_update_schema_gets_the_value_types_of_its_props(normalized: NormalizedSpec) -> None:
    schemas = normalized.spec["components"]["schemas"]
    typed = sorted(name for name, schema in schemas.items() if "x-value-types" in schema)
    assert typed == [
        "UpdateInstanceByUUIDRequestBody",
        "UpdateInstancesRequest",
        "UpdateServiceGroupByUUIDRequestBody",
        "UpdateServiceGroupsRequestItem",
        "UpdateVolumeByUUIDRequestBody",
        "UpdateVolumesRequestItem",
    ]
    instances = schemas["UpdateInstancesRequest"]["x-value-types"]
    assert set(instances) == set(schemas["UpdateInstanceProperty"]["enum"])
    assert instances["memory_mb"] == {"type": "integer"}
    assert instances["env"] == {"anyOf": [{"type": "object"}, {"type": "string"}, STRINGS]}


def test_two_schemas_that_type_one_prop_differently_both_take_either_and_are_reported(
    normalized: NormalizedSpec,
) -> None:
    schemas = normalized.spec["components"]["schemas"]
    either = {
        "anyOf": [
            {"type": "string", "enum": ["static", "dynamic"]},
            {"type": "integer", "enum": [1, 2]},
        ]
    }
    for name in ("UpdateVolumeByUUIDRequestBody", "UpdateVolumesRequestItem"):
        assert schemas[name]["x-value-types"]["quota_policy"] == either
    [finding] = [
        f
        for f in normalized.report.findings
        if f.kind == "contradiction" and "quota_policy" in f.decision
    ]
    assert finding.location == "UpdateVolumesRequestItem.value"


@pytest.mark.parametrize(
    ("phrase", "schema"),
    [
        ("string", {"type": "string"}),
        ("unsigned integer", {"type": "integer", "minimum": 0}),
        ("array of Strings", STRINGS),
        ("array of Service objects", {"type": "array", "items": {"type": "object"}}),
        ("object with cooldown_time_ms, policy, and stateful fields", {"type": "object"}),
        (
            'integer (1–65535), must be <= "hard_limit"',
            {"type": "integer", "minimum": 1, "maximum": 65535},
        ),
        ('"static" or "dynamic"', {"type": "string", "enum": ["static", "dynamic"]}),
        ("1 - static reservation, 2 - dynamic reservation", {"type": "integer", "enum": [1, 2]}),
        (
            "object (for SET/ADD) or string/array of strings (for DEL)",
            {"anyOf": [{"type": "object"}, {"type": "string"}, STRINGS]},
        ),
    ],
)
def test_each_phrase_of_the_page_reads_as_a_schema(phrase: str, schema: dict[str, Any]) -> None:
    assert value_schema(phrase, "here") == schema


def test_a_phrase_it_cannot_read_is_an_error_naming_the_schema_and_prop() -> None:
    components: dict[str, dict[str, Any]] = {
        "Prop": {"type": "string", "enum": ["ratio"]},
        "Update": {
            "type": "object",
            "properties": {
                "prop": {"$ref": "#/components/schemas/Prop"},
                "value": {"description": 'The value:\n\n- For "ratio": floating point'},
            },
        },
    }
    with pytest.raises(ToolkitError) as caught:
        add_value_types(components, NormalizationReport())
    assert str(caught.value).startswith(
        "#/components/schemas/Update/properties/value (for 'ratio'): cannot read the value type"
        " 'floating point'"
    )
