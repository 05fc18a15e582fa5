"""Decide the Hypothesis strategy of every model, enum, union and alias of the model graph.

``ukc_client/testing.py`` draws test data that fits the spec. This module writes each
strategy as a Python expression (a plain string), so the template only places them: a field's
strategy follows its ``TypeRef`` (enum values, integer bounds, UUIDs, date-times with a zone,
patterns), an optional field may also be ``UNSET``, a field is ``None`` only where its schema
allows null, and a model with *exactly one of* groups gets one ``builds`` per group, with the
fields of the other groups ``UNSET``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from generator.codegen.converter_plan import isort_order
from generator.codegen.model_graph import ModelGraph, ModelSpec, TypeRef

# Keys of unknown fields start with the first of these that no property of the spec starts
# with: an unknown field must never be mistaken for a known one (or for a union's variant).
_UNKNOWN_KEY_PREFIXES = ("x-", "x_", "~", "~~")

# Strategies of the kinds that need no class; the names are module-level in ``testing.py``.
_SCALAR_STRATEGIES = {
    "string": "_TEXT",
    "boolean": "st.booleans()",
    "uuid": "st.uuids()",
    "datetime": "_DATETIMES",
    "any": "json_values()",
    "json_object": "st.dictionaries(_TEXT, json_values(), max_size=_MAX_ITEMS)",
    "string_map": "st.dictionaries(_TEXT, _TEXT, max_size=_MAX_ITEMS)",
}


def strategy_variable(name: str) -> str:
    """The module-level name of the strategy of the model, enum, union or alias ``name``."""
    return f"_strategy_{name}"


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
    """The context of ``testing.py``: every strategy, and what the module must import."""
    schemas = spec.get("components", {}).get("schemas", {})
    enums = tuple(NamedStrategy(enum.name, f"st.sampled_from({enum.name})") for enum in graph.enums)
    uses = _references(graph)
    # A model that contains itself (directly or through others) is drawn through
    # ``st.deferred``, which lets its strategy refer to one not defined yet.
    recursive = frozenset(name for name in uses if _reaches(uses, name, name))
    defined: dict[str, ModelStrategy] = {
        model.name: _model_strategy(model, schemas, recursive) for model in graph.models
    }
    for union in graph.unions:
        variants = ", ".join(strategy_variable(variant.model) for variant in union.variants)
        defined[union.name] = ModelStrategy(union.name, expression=f"st.one_of({variants})")
    aliases = tuple(
        NamedStrategy(alias.name, _strategy(alias.type, False, recursive))
        for alias in graph.aliases
    )
    kinds = {
        kind
        for model in graph.models
        for field in model.fields
        for kind in (field.type.kind, field.type.items.kind if field.type.items else "")
    } | {alias.type.kind for alias in graph.aliases}
    class_names = [model.name for model in graph.models] + [enum.name for enum in graph.enums]
    union_names = [union.name for union in graph.unions]
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
        "testing_imports": {
            "models": isort_order(class_names + union_names),
            "types": isort_order(
                {"UNSET", "Unset"}
                if any(not f.required for m in graph.models for f in m.fields)
                else set()
            ),
        },
        "testing_uses": {
            "datetime": "datetime" in kinds,
            "optional": any(not f.required for m in graph.models for f in m.fields),
        },
        "unknown_key_prefix": _unknown_key_prefix(graph),
    }


def _model_strategy(
    model: ModelSpec, schemas: Mapping[str, Any], recursive: frozenset[str]
) -> ModelStrategy:
    properties = schemas.get(model.component or "", {}).get("properties", {})
    groups = model.exactly_one_of or ((),)
    all_grouped = {name for group in model.exactly_one_of for name in group}
    choices = []
    for group in groups:
        # The fields of the other groups stay absent, so that exactly this group is present.
        absent = all_grouped - set(group)
        fields = []
        for field in model.fields:
            if field.wire_name in absent:
                expression = "st.just(UNSET)"
            else:
                nullable = _schema_allows_null(properties.get(field.wire_name, {}))
                expression = _strategy(field.type, nullable, recursive)
                if not field.required and field.wire_name not in group:
                    expression = f"_optional({expression})"
            fields.append((field.python_name, expression))
        fields.append(("additional_properties", "_UNKNOWN_FIELDS"))
        choices.append(tuple(fields))
    return ModelStrategy(model.name, tuple(choices))


def _references(graph: ModelGraph) -> dict[str, list[str]]:
    """The models and unions each model or union refers to."""
    uses: dict[str, list[str]] = {
        union.name: [variant.model for variant in union.variants] for union in graph.unions
    }
    for model in graph.models:
        types = [field.type.items or field.type for field in model.fields]
        uses[model.name] = [t.name for t in types if t.kind in ("model", "union") and t.name]
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
    expression = _value_strategy(type_ref, recursive)
    return f"st.none() | {expression}" if nullable else expression


def _value_strategy(type_ref: TypeRef, recursive: frozenset[str]) -> str:
    kind = type_ref.kind
    if kind == "array":
        assert type_ref.items is not None
        return f"st.lists({_value_strategy(type_ref.items, recursive)}, max_size=_MAX_ITEMS)"
    if kind in ("model", "enum", "union"):
        assert type_ref.name is not None
        if type_ref.name in recursive:
            return f"st.deferred(lambda: {strategy_variable(type_ref.name)})"
        return strategy_variable(type_ref.name)
    if kind == "integer":
        return f"st.integers({type_ref.minimum!r}, {type_ref.maximum!r})"
    if kind == "string" and type_ref.pattern is not None:
        return f"st.from_regex({type_ref.pattern!r}, fullmatch=True)"
    return _SCALAR_STRATEGIES[kind]


def _schema_allows_null(schema: Mapping[str, Any]) -> bool:
    types = schema.get("type")
    return isinstance(types, list) and "null" in types


def _unknown_key_prefix(graph: ModelGraph) -> str:
    wire_names = [field.wire_name for model in graph.models for field in model.fields]
    for prefix in _UNKNOWN_KEY_PREFIXES:
        if not any(name.startswith(prefix) for name in wire_names):
            return prefix
    raise ValueError("every prefix of unknown fields is taken by a property name")
