"""Small, valid JSON documents for components of the spec: only required fields, one choice
for every alternative, first enum values and the spec's own examples where it has them.

Tests of the client send these as bodies and answers, so every operation is exercised with
data of the shape the spec declares.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"
SAMPLE_UUID = "0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11"


class SpecExamples:
    """Builds example documents from the ``components/schemas`` of one spec."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.schemas: Mapping[str, Any] = spec["components"]["schemas"]

    def component(self, name: str) -> Any:
        return self.document(self.schemas[name])

    def document(self, schema: Mapping[str, Any]) -> Any:
        if "$ref" in schema:
            return self.component(schema["$ref"].removeprefix(SCHEMA_PREFIX))
        if "oneOf" in schema and "properties" not in schema:
            return self.document(schema["oneOf"][0])
        if "enum" in schema:
            return schema["enum"][0]
        if "examples" in schema:
            return schema["examples"][0]
        kind = schema.get("type")
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return [self.document(schema["items"])]
        if kind == "string":
            return _string(schema)
        if kind == "integer":
            return max(1, int(schema.get("minimum", 1)))
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        return "any value"

    def _object(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        if not properties:
            extra = schema.get("additionalProperties")
            return {"key": self.document(extra)} if isinstance(extra, Mapping) else {}
        required = list(schema.get("required", []))
        # Exactly one of (oneOf) or at least one of (anyOf) groups of required fields: the first.
        alternatives = schema.get("oneOf", []) or schema.get("anyOf", [])
        if alternatives:
            required += alternatives[0].get("required", [])
        return {name: self.document(properties[name]) for name in required}


def _string(schema: Mapping[str, Any]) -> str:
    text_format = schema.get("format")
    if text_format == "uuid":
        return SAMPLE_UUID
    if text_format == "date-time":
        return "2024-05-01T12:00:00Z"
    return "sample"
