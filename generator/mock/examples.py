"""Values built from the spec's schemas: what the mock answers where it knows nothing better.

An operation the mock does not recognise still answers a value its response schema accepts,
and a resource gains every field its schema declares that the mock's behaviour does not set
(so a field added to the spec appears in answers, filled). A schema's own ``examples`` are
used when they fit it; otherwise the value is made from the schema's type, format, bounds and
enum. Objects get every declared property, to a bounded depth; a builder asked for the least
documents gives each object only its required properties (for a choice between groups of
required properties, the first group's).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from typing import Any

from generator.mock.validation import SpecSchemas

SAMPLE_UUID = "6f1c5a7e-2b1d-4c8e-9a51-3d2f0e7b9c40"
SAMPLE_TIMESTAMP = "2026-01-01T00:00:00Z"
_MAX_DEPTH = 4
_FORMAT_SAMPLES = {
    "uuid": SAMPLE_UUID,
    "date-time": SAMPLE_TIMESTAMP,
    "date": "2026-01-01",
    "ipv4": "10.0.0.2",
    "ipv6": "fd00::2",
    "email": "user@example.com",
    "uri": "https://example.com/",
}


class ExampleBuilder:
    """Builds example values from schemas of one spec, checked against the schemas they fill."""

    def __init__(self, schemas: SpecSchemas, *, required_only: bool = False) -> None:
        self._schemas = schemas
        self._required_only = required_only
        # By the identity of a schema of the loaded spec (kept alive beside its value): the
        # mock builds the same examples on every create.
        self._cache: dict[tuple[int, int], tuple[Mapping[str, Any], Any]] = {}
        self._lock = threading.Lock()

    def value(self, schema: Mapping[str, Any], depth: int = 0) -> Any:
        """A value ``schema`` accepts (objects with every declared property); a fresh copy
        each time, as the mock changes the records it fills."""
        key = (id(schema), depth)
        cached = self._cache.get(key)
        if cached is None or cached[0] is not schema:
            built = self._value(schema, depth, frozenset())
            with self._lock:
                self._cache[key] = cached = (schema, built)
        return copy.deepcopy(cached[1])

    def missing_fields(
        self, schema: Mapping[str, Any], record: Mapping[str, Any], skip: frozenset[str]
    ) -> dict[str, Any]:
        """Examples of the properties ``schema`` declares that ``record`` lacks, except
        ``skip``."""
        followed = self._schemas.followed(schema)
        properties = followed.get("properties")
        if not isinstance(properties, Mapping):
            return {}
        return {
            name: self.value(property_schema, 1)
            for name, property_schema in properties.items()
            if name not in record and name not in skip and isinstance(property_schema, Mapping)
        }

    def _value(self, schema: Mapping[str, Any], depth: int, seen: frozenset[str]) -> Any:
        reference = schema.get("$ref")
        if isinstance(reference, str):
            if reference in seen or depth > _MAX_DEPTH:
                return None
            target = self._schemas.followed({"$ref": reference})
            merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
            return self._value(merged, depth, seen | {reference})
        if "const" in schema:
            return schema["const"]
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return enum[0]
        examples = schema.get("examples")
        if isinstance(examples, list) and examples and self._fits(schema, examples[0]):
            return examples[0]
        for combinator in ("oneOf", "anyOf"):
            variants = schema.get(combinator)
            if isinstance(variants, list) and variants and "properties" not in schema:
                return self._value(variants[0], depth, seen)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((entry for entry in kind if entry != "null"), "null")
        if kind == "object" or "properties" in schema:
            return self._object(schema, depth, seen)
        if kind == "array":
            items = schema.get("items")
            if not isinstance(items, Mapping) or depth >= _MAX_DEPTH:
                return []
            return [self._value(items, depth + 1, seen)]
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return int(max(schema.get("minimum", 1), min(1, schema.get("maximum", 1))))
        if kind == "number":
            return float(max(schema.get("minimum", 1.5), min(1.5, schema.get("maximum", 1.5))))
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return "value"

    def _object(self, schema: Mapping[str, Any], depth: int, seen: frozenset[str]) -> Any:
        properties = schema.get("properties")
        if not isinstance(properties, Mapping):
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping) and depth < _MAX_DEPTH:
                return {"key": self._value(extra, depth + 1, seen)}
            return {}
        if self._required_only or depth >= _MAX_DEPTH:
            required = list(schema.get("required", ()))
            # Exactly one of (oneOf) or at least one of (anyOf) groups of required properties:
            # the first group.
            groups = schema.get("oneOf") or schema.get("anyOf") or ()
            if groups and isinstance(groups[0], Mapping):
                required += [name for name in groups[0].get("required", ()) if name not in required]
            return {
                name: self._value(properties[name], depth + 1, seen)
                for name in required
                if name in properties
            }
        value = {
            name: self._value(property_schema, depth + 1, seen)
            for name, property_schema in properties.items()
            if isinstance(property_schema, Mapping)
        }
        return {name: field for name, field in value.items() if field is not None}

    def _string(self, schema: Mapping[str, Any]) -> str:
        sample = _FORMAT_SAMPLES.get(str(schema.get("format")), "example")
        minimum = int(schema.get("minLength", 0))
        if len(sample) < minimum:
            sample = sample + "x" * (minimum - len(sample))
        maximum = schema.get("maxLength")
        return sample[: int(maximum)] if isinstance(maximum, int) else sample

    def _fits(self, schema: Mapping[str, Any], value: Any) -> bool:
        # The page's examples mostly fit; one that does not (a wrong type, a value out of
        # range) is not sent as if the spec allowed it.
        return bool(self._schemas.fits(schema, value))
