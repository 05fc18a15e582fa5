"""Decide the Hypothesis strategy of every model, enum, union and alias of the model graph.

``ukc_client/testing.py`` draws test data that fits the spec. This module writes each
strategy as a Python expression (a plain string), so the template only places them: a field's
strategy follows its ``TypeRef`` (enum values, integer bounds, UUIDs, date-times with a zone,
patterns), an optional field may also be ``UNSET`` (``None`` or an empty list in a model the
client only receives, where absent reads so), a field is ``None`` only where its schema
allows null, and a model with *exactly one of* groups gets one ``builds`` per group, with the
fields of the other groups ``UNSET``. A union draws each variant; with a discriminator, each
variant with its discriminator property set to one of the values that select it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from generator.codegen.kinds import KINDS, strategy_variable
from generator.codegen.model_graph import ModelGraph, ModelSpec, TypeRef, UnionSpec, UnionVariant
from generator.errors import ToolkitError
from generator.openapi.refs import escape_pointer_token, schema_pointer

# Keys of unknown fields start with the first of these that no property of the spec starts
# with: an unknown field must never be mistaken for a known one (or for a union's variant).
_UNKNOWN_KEY_PREFIXES = ("x-", "x_", "~", "~~")
# Module-level helpers of ``testing.py`` that only some specs' strategies call.
_OCCASIONAL_HELPERS = ("_optional", "_DATETIMES")
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


@attrs.frozen
class ModelStrategy:
    """The strategy of a model or union.

    A model has one ``builds`` per choice of its exactly-one-of groups, each choice a tuple of
    ``(python name, strategy expression)``, one per field; a union has an ``expression``.
    """

    name: str
    choices: tuple[tuple[tuple[str, str], ...], ...] = ()
    expression: str = ""

    @property
    def one_of(self) -> bool:
        """Whether the model has several choices (``st.one_of`` of one ``builds`` each)."""
        return len(self.choices) > 1


@attrs.frozen
class NamedStrategy:
    """The strategy of an enum, union or alias: its name and the expression."""

    name: str
    expression: str


def plan_strategies(graph: ModelGraph, spec: Mapping[str, Any]) -> dict[str, Any]:
    """The context of ``testing.py``: every strategy, in an order that defines each before use."""
    enums = tuple(NamedStrategy(enum.name, f"st.sampled_from({enum.name})") for enum in graph.enums)
    uses = _references(graph)
    # A model that contains itself (directly or through others) is drawn through
    # ``st.deferred``, which lets its strategy refer to one not defined yet.
    recursive = frozenset(name for name in uses if _reaches(uses, name, name))
    defined: dict[str, ModelStrategy] = {
        model.name: _model_strategy(model, recursive) for model in graph.models
    }
    for union in graph.unions:
        expression = _union_strategy(union, graph, defined, recursive)
        defined[union.name] = ModelStrategy(union.name, expression=expression)
    # Aliases come before the models in ``testing.py``: an alias of a model (a top-level array
    # of one) draws it through ``st.deferred``.
    aliases = tuple(
        NamedStrategy(alias.name, _strategy(alias.type, False, recursive | frozenset(defined)))
        for alias in graph.aliases
    )
    class_names = [model.name for model in graph.models] + [enum.name for enum in graph.enums]
    return {
        # Models and unions, each after the strategies it uses but for deferred ones.
        "model_strategies": tuple(
            defined[name] for name in _dependency_order(uses, list(defined), recursive)
        ),
        "enum_strategies": enums,
        "alias_strategies": aliases,
        # Component name -> strategy variable, in the order of ``MODELS``.
        "component_strategies": {
            component: strategy_variable(name) for component, name in graph.components.items()
        },
        # Classes whose strategy ``st.register_type_strategy`` registers (models and enums).
        "registered_classes": class_names,
        "unknown_key_prefix": _unknown_key_prefix(graph),
        "strategy_helpers": _helpers_used(
            [strategy.expression for strategy in (*enums, *aliases)]
            + [
                expression
                for strategy in defined.values()
                for expression in (
                    strategy.expression,
                    *(expression for choice in strategy.choices for _, expression in choice),
                )
            ]
        ),
    }


def _helpers_used(expressions: list[str]) -> frozenset[str]:
    """The helpers of ``testing.py`` that only some specs need, and that ``expressions`` call:
    the module defines those alone, so that it holds no unused code."""
    names = {name for expression in expressions for name in _IDENTIFIER.findall(expression)}
    return frozenset(name for name in _OCCASIONAL_HELPERS if name in names)


def _model_strategy(model: ModelSpec, recursive: frozenset[str]) -> ModelStrategy:
    # One choice per exactly-one-of group, times one per at-least-one-of group: the choice's
    # groups are drawn present, the other exactly-one-of groups absent, the rest optional.
    groups = [
        exact + at_least
        for exact in (model.exactly_one_of or ((),))
        for at_least in (model.at_least_one_of or ((),))
    ]
    all_grouped = {name for group in model.exactly_one_of for name in group}
    choices = []
    for group in groups:
        absent = all_grouped - set(group)
        fields = []
        for field in model.fields:
            if field.wire_name in absent:
                expression = "st.just(UNSET)"
            elif field.read_default:
                # Absent and null read alike (``None``, or ``[]`` for an array).
                expression = _strategy(field.type, not field.empty_list_default, recursive)
            else:
                expression = _strategy(field.type, field.nullable, recursive)
                if not field.required and field.wire_name not in group:
                    expression = f"_optional({expression})"
            fields.append((field.python_name, expression))
        if not model.closed:
            # A closed object's JSON holds no other fields: it gets none to write.
            fields.append(("additional_properties", "_UNKNOWN_FIELDS"))
        choices.append(tuple(fields))
    return ModelStrategy(model.name, tuple(choices))


def _union_strategy(
    union: UnionSpec,
    graph: ModelGraph,
    models: Mapping[str, ModelStrategy],
    recursive: frozenset[str],
) -> str:
    """Any variant of ``union``. The converter picks a discriminated union's variant by the
    discriminator alone, so each variant is then built anew with that property set to one of
    its own values (its model's strategy draws the property as any value of its type)."""
    if union.discriminator is None:
        model_kind = KINDS["model"]
        variants = [
            model_kind.strategy(TypeRef("model", name=variant.model), recursive)
            for variant in union.variants
        ]
    else:
        variants = [
            builds
            for variant in union.variants
            for builds in _tagged_variant(union.discriminator, variant, graph, models)
        ]
    return f"st.one_of({', '.join(variants)})"


def _tagged_variant(
    discriminator: str,
    variant: UnionVariant,
    graph: ModelGraph,
    models: Mapping[str, ModelStrategy],
) -> list[str]:
    """One ``builds`` of ``variant`` per choice of its model's strategy, with the
    ``discriminator`` field drawn from the variant's discriminator values."""
    model = graph.model(variant.model)
    pointer = schema_pointer(model.component or model.name)
    try:
        tag_field = model.field_by_wire_name(discriminator)
    except KeyError:
        raise ToolkitError(
            f"{pointer}/properties: no discriminator property {discriminator!r}"
        ) from None
    kind = KINDS[tag_field.type.kind]
    literals = [kind.literal(tag_field.type, value) for value in variant.discriminator_values]
    values = [literal for literal in literals if literal is not None]
    if len(values) != len(literals) or not values:
        raise ToolkitError(
            f"{pointer}/properties/{escape_pointer_token(discriminator)}: a discriminator must"
            f" be a string or a string enum, not {tag_field.type.kind!r}"
        )
    # Required or not, nullable or not: the converter needs the tag present and a string.
    tag = f"st.just({values[0]})" if len(values) == 1 else f"st.sampled_from(({', '.join(values)}))"
    return [
        _builds(
            model.name,
            [
                (name, tag if name == tag_field.python_name else expression)
                for name, expression in choice
            ],
        )
        for choice in models[model.name].choices
    ]


def _builds(class_name: str, fields: list[tuple[str, str]]) -> str:
    arguments = "".join(f", {name}={expression}" for name, expression in fields)
    return f"st.builds({class_name}{arguments})"


def _references(graph: ModelGraph) -> dict[str, list[str]]:
    """The models and unions each model or union refers to."""
    uses: dict[str, list[str]] = {
        union.name: [variant.model for variant in union.variants] for union in graph.unions
    }
    for model in graph.models:
        types = [field.type.items or field.type for field in model.fields]
        uses[model.name] = [t.name for t in types if t.kind in ("model", "union") and t.name]
    for union in graph.unions:
        if union.discriminator is not None:
            # Its strategy builds each variant from the strategies the variant's fields use.
            for variant in union.variants:
                uses[union.name] += uses[variant.model]
    return uses


def _reaches(uses: Mapping[str, list[str]], start: str, target: str) -> bool:
    seen: set[str] = set()
    stack = list(uses.get(start, []))
    while stack:
        name = stack.pop()
        if name == target:
            return True
        if name not in seen:
            seen.add(name)
            stack.extend(uses.get(name, []))
    return False


def _dependency_order(
    uses: Mapping[str, list[str]], names: list[str], deferred: frozenset[str]
) -> list[str]:
    """``names`` ordered so that each comes after those it uses, except deferred ones."""
    ordered: list[str] = []
    placed: set[str] = set()

    def visit(name: str) -> None:
        if name in placed:
            return
        placed.add(name)
        for used in uses[name]:
            if used not in deferred:
                visit(used)
        ordered.append(name)

    for name in names:
        visit(name)
    return ordered


def _strategy(type_ref: TypeRef, nullable: bool, recursive: frozenset[str]) -> str:
    expression = KINDS[type_ref.kind].strategy(type_ref, recursive)
    return f"st.none() | {expression}" if nullable else expression


def _unknown_key_prefix(graph: ModelGraph) -> str:
    wire_names = [field.wire_name for model in graph.models for field in model.fields]
    for prefix in _UNKNOWN_KEY_PREFIXES:
        if not any(name.startswith(prefix) for name in wire_names):
            return prefix
    raise ValueError("every prefix of unknown fields is taken by a property name")
