"""Decide, for every field of the model graph, how the converter reads and writes it.

The converter template emits one straight-line function per model; this module chooses each
field's line: an inline ``type(...) is`` check for JSON scalars, or the call of a hook (a
helper of ``ukc_client/_wire.py`` or another model's function), and the expression that
writes the value back, each as the field's kind record (``kinds.py``) gives it. The choices
are plain strings, so the template only places them.
"""

from __future__ import annotations

import attrs

from generator.codegen.kinds import KINDS
from generator.codegen.model_graph import FieldSpec, ModelGraph, ModelSpec, TypeRef, UnionSpec


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
    # A received model's optional field: what absent reads as (``None`` or ``[]``), else None.
    received_default: str | None = None


@attrs.frozen
class ModelPlan:
    """How the converter reads and writes one model."""

    model: ModelSpec
    fields: tuple[FieldPlan, ...]
    # Exactly-one-of groups as tuples of field variables, and the message that names them.
    exactly_one_of_variables: tuple[tuple[str, ...], ...]
    exactly_one_of_attributes: tuple[tuple[str, ...], ...]
    # At-least-one-of groups, likewise.
    at_least_one_of_variables: tuple[tuple[str, ...], ...] = ()
    at_least_one_of_attributes: tuple[tuple[str, ...], ...] = ()

    @property
    def counts_absent(self) -> bool:
        """Whether reading counts the absent fields (every field is required or reads a default
        when absent), so that the count of keys alone tells whether there are unknown ones."""
        return all(plan.field.required or plan.received_default is not None for plan in self.fields)

    @property
    def checks_presence(self) -> bool:
        """Whether constructing the model checks which fields are present."""
        return bool(self.exactly_one_of_attributes or self.at_least_one_of_attributes)


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
    return KINDS[type_ref.kind].reader(type_ref)


def alias_structure_hook(type_ref: TypeRef) -> str:
    """The one-argument function that reads a value of an alias's type (an array too: a
    top-level array schema such as ``Pets``)."""
    if type_ref.kind != "array" or type_ref.items is None:
        return item_structure_hook(type_ref)
    items = type_ref.items
    list_hook = KINDS[items.kind].list_hook
    if list_hook is not None:
        return list_hook
    return f"lambda value: structure_list(value, {item_structure_hook(items)})"


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
        at_least_one_of_variables=tuple(
            tuple(by_wire[name].variable for name in group) for group in model.at_least_one_of
        ),
        at_least_one_of_attributes=tuple(
            tuple("self." + by_wire[name].field.python_name for name in group)
            for group in model.at_least_one_of
        ),
    )


def _plan_field(field: FieldSpec) -> FieldPlan:
    variable = "v_" + field.python_name
    tests = []
    if not field.required:
        tests.append(f"{variable} is not UNSET")
    if field.nullable:
        tests.append(f"{variable} is not None")
    kind = KINDS[field.type.kind]
    inline = kind.inline_check
    read = None if inline else kind.structure_call(field.type, variable)
    write_expr = kind.unstructure(field.type, variable, 0)
    if field.read_default:
        return FieldPlan(
            field=field,
            variable=variable,
            present_test="",
            inline_type=inline.python_type if inline else None,
            expected=inline.expected if inline else None,
            structure_call=read,
            write_test=variable if field.empty_list_default else f"{variable} is not None",
            write_expr=write_expr,
            received_default="[]" if field.empty_list_default else "None",
        )
    if field.nullable and write_expr != variable:
        write_expr = f"None if {variable} is None else {write_expr}"
    return FieldPlan(
        field=field,
        variable=variable,
        present_test=" and ".join(tests),
        inline_type=inline.python_type if inline else None,
        expected=inline.expected if inline else None,
        structure_call=read,
        write_test="" if field.required else f"{variable} is not UNSET",
        write_expr=write_expr,
    )
