"""Every keyword of the OpenAPI 3.1 schema vocabulary is handled by the generator or refused
with its JSON pointer, wherever a schema may carry it: never silently ignored."""

from __future__ import annotations

from typing import Any

import pytest

from generator.codegen.model_graph import HANDLED_KEYWORDS, build_model_graph
from generator.errors import ToolkitError

# JSON Schema 2020-12 (core, applicator, unevaluated, validation, meta-data, format, content)
# and OpenAPI 3.1's base vocabulary, each with a value of the right shape.
VOCABULARY: dict[str, Any] = {
    "$id": "https://example.com/s",
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$ref": "#/components/schemas/Target",
    "$anchor": "here",
    "$dynamicRef": "#here",
    "$dynamicAnchor": "here",
    "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": True},
    "$comment": "a note",
    "$defs": {"x": {"type": "string"}},
    "prefixItems": [{"type": "string"}],
    "items": {"type": "string"},
    "contains": {"type": "string"},
    "additionalProperties": {"type": "string"},
    "properties": {"x": {"type": "string"}},
    "patternProperties": {"^x": {"type": "string"}},
    "dependentSchemas": {"x": {"required": ["y"]}},
    "propertyNames": {"maxLength": 3},
    "if": {"required": ["x"]},
    "then": {"required": ["y"]},
    "else": {"required": ["z"]},
    "allOf": [{"$ref": "#/components/schemas/Target"}],
    "anyOf": [{"$ref": "#/components/schemas/Target"}],
    "oneOf": [{"$ref": "#/components/schemas/Target"}],
    "not": {"type": "null"},
    "unevaluatedItems": False,
    "unevaluatedProperties": False,
    "type": "string",
    "const": "x",
    "enum": ["a", "b"],
    "multipleOf": 2,
    "maximum": 10,
    "exclusiveMaximum": 10,
    "minimum": 1,
    "exclusiveMinimum": 1,
    "maxLength": 10,
    "minLength": 1,
    "pattern": "^a",
    "maxItems": 3,
    "minItems": 1,
    "uniqueItems": True,
    "maxContains": 2,
    "minContains": 1,
    "maxProperties": 3,
    "minProperties": 1,
    "required": ["x"],
    "dependentRequired": {"x": ["y"]},
    "title": "A title",
    "description": "A description",
    "default": "a",
    "deprecated": True,
    "readOnly": True,
    "writeOnly": True,
    "examples": ["a"],
    "format": "uuid",
    "contentEncoding": "base64",
    "contentMediaType": "text/plain",
    "contentSchema": {"type": "string"},
    "discriminator": {"propertyName": "kind"},
    "xml": {"name": "x"},
    "externalDocs": {"url": "https://example.com"},
    "example": "a",
    "nullable": True,  # OpenAPI 3.0's, not a 3.1 keyword: also refused, never ignored
}

# Where a schema may stand, each as the schema the keyword is added to and its JSON pointer.
TARGET = {"type": "object", "properties": {"kind": {"type": "string"}}, "required": ["kind"]}
POSITIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "string property": ("/properties/field", {"type": "string"}),
    "integer property": ("/properties/field", {"type": "integer", "format": "int64"}),
    "boolean property": ("/properties/field", {"type": "boolean"}),
    "array property": ("/properties/field", {"type": "array", "items": {"type": "string"}}),
    "reference property": ("/properties/field", {"$ref": "#/components/schemas/Target"}),
    "model component": ("", {"type": "object", "properties": {"x": {"type": "string"}}}),
    "union component": ("", {"oneOf": [{"$ref": "#/components/schemas/Target"}]}),
    "enum component": ("", {"type": "string", "enum": ["a", "b"]}),
}


def spec_with(position: str, keyword: str) -> tuple[dict[str, Any], str]:
    """A spec whose component ``Subject`` carries ``keyword`` at ``position``; its pointer."""
    relative, base = POSITIONS[position]
    schema = {**base, keyword: VOCABULARY[keyword]}
    if relative:
        subject: dict[str, Any] = {"type": "object", "properties": {"field": schema}}
    else:
        subject = schema
    spec = {"components": {"schemas": {"Target": TARGET, "Subject": subject}}}
    return spec, "#/components/schemas/Subject" + relative


@pytest.mark.parametrize("position", sorted(POSITIONS))
@pytest.mark.parametrize("keyword", sorted(VOCABULARY))
def test_a_keyword_is_handled_or_refused_with_its_pointer(position: str, keyword: str) -> None:
    spec, pointer = spec_with(position, keyword)
    try:
        build_model_graph(spec)
    except ToolkitError as error:
        assert str(error).startswith(pointer), str(error)
        return
    assert keyword in HANDLED_KEYWORDS, f"{keyword} at {pointer} was ignored"


def test_the_handled_keywords_are_of_the_vocabulary() -> None:
    # The conventions' own keywords: ``x-format`` for the unsigned integer formats,
    # ``x-value-types`` for the value an update's property takes.
    assert HANDLED_KEYWORDS - set(VOCABULARY) == {"x-format", "x-value-types"}


@pytest.mark.parametrize(
    "keyword", ["allOf", "anyOf", "oneOf", "not", "const", "maxLength", "nullable", "readOnly"]
)
def test_composition_and_constraints_beside_properties_are_refused(keyword: str) -> None:
    spec, pointer = spec_with("model component", keyword)
    if keyword == "oneOf":
        # A model's oneOf may only list required fields: a $ref variant is refused.
        pointer += "/oneOf/0"
    with pytest.raises(ToolkitError, match="^" + pointer.replace("$", r"\$")):
        build_model_graph(spec)
