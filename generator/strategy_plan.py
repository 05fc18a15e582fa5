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

from generator.converter_plan import isort_order
from generator.model_graph import ModelGraph, ModelSpec, TypeRef

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
    """The strategy of one model: one ``builds`` per choice of its exactly-one-of groups.

    Each choice is a tuple of ``(python name, strategy expression)``, one per field.
    """

    name: str
    choices: tuple[tuple[tuple[str, str], ...], ...]

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
    models = tuple(_model_strategy(model, schemas) for model in graph.models)
    enums = tuple(
        NamedStrategy(enum.name, f"st.sampled_from({enum.name})") for enum in graph.enums
    )
    unions = tuple(
        NamedStrategy(
            union.name,
            "st.one_of("
            + ", ".join(f"st.from_type({variant.model})" for variant in union.variants)
            + ")",
        )
        for union in graph.unions
    )
    aliases = tuple(
        NamedStrategy(alias.name, _strategy(alias.type, nullable=False)) for alias in graph.aliases
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
        "model_strategies": models,
        "enum_strategies": enums,
        "union_strategies": unions,
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


def _model_strategy(model: ModelSpec, schemas: Mapping[str, Any]) -> ModelStrategy:
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
                expression = _strategy(field.type, nullable)
                if not field.required and field.wire_name not in group:
                    expression = f"_optional({expression})"
            fields.append((field.python_name, expression))
        fields.append(("additional_properties", "_UNKNOWN_FIELDS"))
        choices.append(tuple(fields))
    return ModelStrategy(model.name, tuple(choices))


def _strategy(type_ref: TypeRef, nullable: bool) -> str:
    expression = _value_strategy(type_ref)
    return f"st.none() | {expression}" if nullable else expression


def _value_strategy(type_ref: TypeRef) -> str:
    kind = type_ref.kind
    if kind == "array":
        assert type_ref.items is not None
        return f"st.lists({_value_strategy(type_ref.items)}, max_size=_MAX_ITEMS)"
    if kind in ("model", "enum"):
        assert type_ref.name is not None
        return f"st.from_type({type_ref.name})"
    if kind == "union":
        assert type_ref.name is not None
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
