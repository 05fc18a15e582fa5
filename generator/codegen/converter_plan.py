"""Decide, for every field of the model graph, how the converter reads and writes it.

The converter template emits one straight-line function per model; this module chooses each
field's line: an inline ``type(...) is`` check for JSON scalars, or the call of a hook (a
helper of ``ukc_client/_wire.py`` or another model's function), and the expression that
writes the value back. The choices are plain strings, so the template only places them.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from generator.codegen.model_graph import FieldSpec, ModelGraph, ModelSpec, TypeRef, UnionSpec

# JSON scalars checked inline: Python type name and what the error says was expected.
_INLINE_CHECKS = {
    "string": ("str", "a string"),
    "integer": ("int", "an integer"),
    "boolean": ("bool", "a boolean"),
}

# One-argument hooks of ``_wire.py`` for the kinds that need no class.
_WIRE_HOOKS = {
    "string": "structure_str",
    "integer": "structure_int",
    "boolean": "structure_bool",
    "uuid": "structure_uuid",
    "datetime": "structure_datetime",
    "any": "structure_any",
    "json_object": "structure_json_object",
    "string_map": "structure_string_map",
}


def structure_hook_name(name: str) -> str:
    """The converter's function that reads the model, union or enum ``name``."""
    return f"_structure_{name}"


def unstructure_hook_name(name: str) -> str:
    """The converter's function that writes the model or union ``name``."""
    return f"_unstructure_{name}"


@attrs.frozen
class FieldPlan:
    """How the converter reads and writes one field."""

    field: FieldSpec
    # The local variable that holds the field's value inside the hook functions.
    variable: str
    # Read: the test that the value is present and not null, or "" when it always is.
    present_test: str
    # Read: the Python type of an inline check and the error's "expected" text, or None.
    inline_type: str | None
    expected: str | None
    # Read: the expression that converts the raw value (when there is no inline check).
    structure_call: str | None
    # Write: the test that the value is present (not ``UNSET``), or "" when it always is.
    write_test: str
    # Write: the expression of the wire value of ``variable`` (null written as ``None``).
    write_expr: str
    # The functions of ``_wire.py`` the field's lines call.
    wire_functions: tuple[str, ...]


@attrs.frozen
class ModelPlan:
    """How the converter reads and writes one model."""

    model: ModelSpec
    fields: tuple[FieldPlan, ...]
    # Exactly-one-of groups as tuples of field variables, and the message that names them.
    exactly_one_of_variables: tuple[tuple[str, ...], ...]
    exactly_one_of_attributes: tuple[tuple[str, ...], ...]


@attrs.frozen
class UnionPlan:
    """How the converter picks and writes a union's variant."""

    union: UnionSpec
    # (index, class name, required wire names, known wire names), in the spec's order.
    variants: tuple[tuple[int, str, tuple[str, ...], tuple[str, ...]], ...]
    # Discriminator value -> variant index (empty without a discriminator).
    mapping: tuple[tuple[str, int], ...]


def plan_models(graph: ModelGraph) -> tuple[ModelPlan, ...]:
    return tuple(_plan_model(model) for model in graph.models)


def plan_unions(graph: ModelGraph) -> tuple[UnionPlan, ...]:
    plans: list[UnionPlan] = []
    for union in graph.unions:
        variants = tuple(
            (index, variant.model, variant.required, variant.properties)
            for index, variant in enumerate(union.variants)
        )
        mapping = tuple(
            (value, index)
            for index, variant in enumerate(union.variants)
            for value in variant.discriminator_values
        )
        plans.append(UnionPlan(union, variants, mapping))
    return tuple(plans)


def item_structure_hook(type_ref: TypeRef) -> str:
    """The one-argument function that reads a value of ``type_ref`` (not an array)."""
    if type_ref.name is not None:
        return structure_hook_name(type_ref.name)
    return _WIRE_HOOKS[type_ref.kind]


def _plan_model(model: ModelSpec) -> ModelPlan:
    fields = tuple(_plan_field(field) for field in model.fields)
    by_wire = {plan.field.wire_name: plan for plan in fields}
    groups = model.exactly_one_of
    return ModelPlan(
        model=model,
        fields=fields,
        exactly_one_of_variables=tuple(
            tuple(by_wire[name].variable for name in group) for group in groups
        ),
        exactly_one_of_attributes=tuple(
            tuple("self." + by_wire[name].field.python_name for name in group) for group in groups
        ),
    )


def _plan_field(field: FieldSpec) -> FieldPlan:
    variable = "v_" + field.python_name
    tests = []
    if not field.required:
        tests.append(f"{variable} is not UNSET")
    if field.nullable:
        tests.append(f"{variable} is not None")
    inline = _INLINE_CHECKS.get(field.type.kind)
    functions: set[str] = set()
    structure_call = None if inline else _structure_call(field.type, variable, functions)
    write_expr = _unstructure_expr(field.type, variable, 0, functions)
    if field.nullable and write_expr != variable:
        write_expr = f"None if {variable} is None else {write_expr}"
    return FieldPlan(
        field=field,
        variable=variable,
        present_test=" and ".join(tests),
        inline_type=inline[0] if inline else None,
        expected=inline[1] if inline else None,
        structure_call=structure_call,
        write_test="" if field.required else f"{variable} is not UNSET",
        write_expr=write_expr,
        wire_functions=tuple(sorted(functions)),
    )


def _structure_call(type_ref: TypeRef, variable: str, functions: set[str]) -> str:
    """The call that reads ``variable``; adds the ``_wire.py`` functions it uses."""
    if type_ref.kind == "array":
        assert type_ref.items is not None
        if type_ref.items.kind == "string":
            functions.add("structure_str_list")
            return f"structure_str_list({variable})"
        functions.add("structure_list")
        item_hook = item_structure_hook(type_ref.items)
        if type_ref.items.name is None:
            functions.add(item_hook)
        return f"structure_list({variable}, {item_hook})"
    hook = item_structure_hook(type_ref)
    if type_ref.name is None:
        functions.add(hook)
    return f"{hook}({variable})"


def _unstructure_expr(type_ref: TypeRef, variable: str, depth: int, functions: set[str]) -> str:
    """The expression that writes ``variable``; adds the ``_wire.py`` functions it uses."""
    kind = type_ref.kind
    if kind in ("string", "integer", "boolean", "any"):
        return variable
    if kind == "uuid":
        return f"str({variable})"
    if kind == "datetime":
        functions.add("unstructure_datetime")
        return f"unstructure_datetime({variable})"
    if kind == "enum":
        return f"{variable}._value_"
    if kind in ("string_map", "json_object"):
        return f"dict({variable})"
    if kind in ("model", "union"):
        assert type_ref.name is not None
        return f"{unstructure_hook_name(type_ref.name)}({variable})"
    if kind == "array":
        assert type_ref.items is not None
        item = f"item{depth}"
        item_expr = _unstructure_expr(type_ref.items, item, depth + 1, functions)
        if item_expr == item:
            return f"list({variable})"
        return f"[{item_expr} for {item} in {variable}]"
    raise ValueError(f"no unstructure expression for kind {kind!r}")


def converter_imports(
    models: tuple[ModelPlan, ...], unions: tuple[UnionPlan, ...], graph: ModelGraph
) -> dict[str, list[str]]:
    """The names ``converter.py`` imports from each sibling module: exactly those it uses."""
    wire = {
        "missing_field",
        "not_an_object",
        "structure_datetime",
        "structure_uuid",
        "unstructure_datetime",
    }
    for model in models:
        for field in model.fields:
            wire.update(field.wire_functions)
        if model.exactly_one_of_variables:
            wire.update({"count_present", "exactly_one_of_message"})
    if graph.enums:
        wire.add("structure_enum")
    if unions:
        wire.add("select_variant")
    for alias in graph.aliases:
        wire.add(item_structure_hook(alias.type))
    types = {"OpenEnum"}
    if any(not field.field.required for model in models for field in model.fields):
        types.add("UNSET")
    errors = {"DecodeError"} if models else set()
    if unions:
        errors.add("EncodeError")
    models_names = [*graph.components.values()]
    models_names += [enum.name for enum in graph.enums if enum.component is None]
    return {
        "_wire": isort_order(wire),
        "errors": isort_order(errors),
        "models": isort_order(models_names),
        "types": isort_order(types),
    }


def isort_order(names: Iterable[str]) -> list[str]:
    """``names`` in the order isort (and ruff) keep imports and ``__all__``: constants,
    then classes, then the rest, each group alphabetical."""

    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        return (1 if name[:1].isupper() else 2, name)

    return sorted(names, key=key)
