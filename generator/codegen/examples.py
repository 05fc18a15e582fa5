"""Build fully populated example JSON for any component of the model graph.

Every field is set (for an exactly-one-of constraint, the first group only), with the spec's
example where it gives one; a union takes its first variant. Tests round-trip these values
and the benchmark builds its payload from them.
"""

from __future__ import annotations

from typing import Any

from generator.codegen.model_graph import FieldSpec, ModelGraph, TypeRef

EXAMPLE_UUID = "123e4567-e89b-12d3-a456-426614174000"
EXAMPLE_DATETIME = "2023-10-01T12:00:00Z"


def example_json(graph: ModelGraph, name: str, depth: int = 3) -> Any:
    """Example JSON of the model, enum, union or alias named ``name`` (a Python name).

    ``depth`` bounds the nesting, so that cycles (a model that contains itself) end.
    """
    for model in graph.models:
        if model.name == name:
            skipped = {wire for group in model.exactly_one_of[1:] for wire in group}
            return {
                field.wire_name: _field_example(graph, field, depth)
                for field in model.fields
                if field.wire_name not in skipped
                and (
                    field.required
                    or depth > 0
                    or field.type.kind not in ("model", "array", "union")
                )
            }
    for enum in graph.enums:
        if enum.name == name:
            return enum.members[0].value
    for union in graph.unions:
        if union.name == name:
            return example_json(graph, union.variants[0].model, depth)
    for alias in graph.aliases:
        if alias.name == name:
            return _type_example(graph, alias.type, depth)
    raise KeyError(name)


def _field_example(graph: ModelGraph, field: FieldSpec, depth: int) -> Any:
    if field.examples and field.type.kind in ("string", "integer", "boolean"):
        return field.examples[0]
    return _type_example(graph, field.type, depth - 1)


def _type_example(graph: ModelGraph, type_ref: TypeRef, depth: int) -> Any:
    kind = type_ref.kind
    if kind == "string":
        return "text"
    if kind == "integer":
        low = type_ref.minimum if type_ref.minimum is not None else 0
        return max(low, 7)
    if kind == "boolean":
        return True
    if kind == "uuid":
        return EXAMPLE_UUID
    if kind == "datetime":
        return EXAMPLE_DATETIME
    if kind == "any":
        return {"nested": [1, "two", None, True]}
    if kind == "json_object":
        return {"key": {"nested": 1}}
    if kind == "string_map":
        return {"KEY": "value"}
    if kind == "array":
        assert type_ref.items is not None
        if depth < 0 and type_ref.items.kind in ("model", "union"):
            return []
        return [_type_example(graph, type_ref.items, depth)]
    assert type_ref.name is not None
    return example_json(graph, type_ref.name, max(depth, 0))
