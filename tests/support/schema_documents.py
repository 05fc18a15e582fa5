"""JSON documents drawn from a component's own JSON Schema in the spec, by hypothesis-jsonschema.

hypothesis-jsonschema does not follow ``$ref`` s into an OpenAPI document, so a component's
schema is drawn from with every ``$ref`` inlined (the spec's components refer to no cycle), and
with strings and arrays kept short so that nested models stay small.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import SimpleNamespace
from typing import Any

from hypothesis import strategies as st
from hypothesis.internal.conjecture import utils as conjecture_utils
from hypothesis_jsonschema import _from_schema, from_schema

SCHEMA_PREFIX = "#/components/schemas/"
MAX_STRING = 8
MAX_ITEMS = 3


class _ManyWithMore(conjecture_utils.many):
    """Hypothesis's ``many`` with the ``more()`` protocol that hypothesis-jsonschema 0.23.1
    (the latest release) drives; Hypothesis now offers the same steps as an iterator."""

    _elements: Iterator[None]

    def more(self) -> bool:
        if not hasattr(self, "_elements"):
            self.__enter__()
            self._elements = iter(self)
        if next(self._elements, False) is None:
            return True
        self.__exit__(None)
        return False


if not hasattr(conjecture_utils.many, "more"):
    # Only hypothesis-jsonschema's own reference to the utilities changes; Hypothesis keeps its.
    _from_schema.cu = SimpleNamespace(many=_ManyWithMore)  # type: ignore[attr-defined, assignment]


def inlined(schema: Any, schemas: Mapping[str, Any]) -> Any:
    """``schema`` with every ``$ref`` to ``schemas`` replaced by its target, sizes bounded."""
    if isinstance(schema, list):
        return [inlined(item, schemas) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        target = schemas[schema["$ref"].removeprefix(SCHEMA_PREFIX)]
        siblings = {key: value for key, value in schema.items() if key != "$ref"}
        return inlined({**target, **siblings}, schemas)
    result = {key: inlined(value, schemas) for key, value in schema.items()}
    if result.get("type") == "string" and not {"enum", "format", "pattern"} & result.keys():
        result["maxLength"] = MAX_STRING
    if result.get("type") == "array":
        result["maxItems"] = MAX_ITEMS
    return result


class ComponentDocuments:
    """The strategy of documents of each component of ``schemas``, each built once."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self._strategies: dict[str, st.SearchStrategy[Any]] = {}

    def __call__(self, component: str) -> st.SearchStrategy[Any]:
        return self._of(component, self.schemas[component])

    def of_property(self, component: str, property_name: str) -> st.SearchStrategy[Any]:
        """Values of the property ``property_name`` of the object component ``component``."""
        schema = self.schemas[component]["properties"][property_name]
        return self._of(f"{component}/properties/{property_name}", schema)

    def _of(self, key: str, schema: Any) -> st.SearchStrategy[Any]:
        if key not in self._strategies:
            self._strategies[key] = from_schema(
                inlined(schema, self.schemas), custom_formats={"uuid": st.uuids().map(str)}
            )
        return self._strategies[key]
