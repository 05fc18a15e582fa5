"""Build fully populated example JSON for any component of the model graph.

Every field is set (for an exactly-one-of constraint, the first group only), with the spec's
example where it gives one; a union takes its first variant (with the discriminator value
that selects it, where the union has one). Each value's example comes from its kind's record
(``kinds.py``). Tests round-trip these values and the benchmark builds its payload from them.
"""

from __future__ import annotations

from typing import Any

from generator.codegen.kinds import KINDS
from generator.codegen.model_graph import FieldSpec, ModelGraph, TypeRef


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
                and (field.required or depth > 0 or not KINDS[field.type.kind].container)
            }
    for enum in graph.enums:
        if enum.name == name:
            return enum.members[0].value
    for union in graph.unions:
        if union.name == name:
            variant = union.variants[0]
            example = example_json(graph, variant.model, depth)
            if union.discriminator is not None:
                # The converter picks the variant by this value alone.
                example[union.discriminator] = variant.discriminator_values[0]
            return example
    for alias in graph.aliases:
        if alias.name == name:
            return _type_example(graph, alias.type, depth)
    raise KeyError(name)


def _field_example(graph: ModelGraph, field: FieldSpec, depth: int) -> Any:
    # The spec's example is the wire value of a JSON scalar read as is (checked inline).
    if field.examples and KINDS[field.type.kind].inline_check is not None:
        return field.examples[0]
    return _type_example(graph, field.type, depth - 1)


def _type_example(graph: ModelGraph, type_ref: TypeRef, depth: int) -> Any:
    def named(name: str, named_depth: int) -> Any:
        return example_json(graph, name, named_depth)

    return KINDS[type_ref.kind].example(type_ref, depth, named)
