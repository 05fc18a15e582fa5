"""Component forms: what kind of thing a component schema of the spec is.

``docs/spec-conventions.md`` fixes the forms: an **enum** (``enum``), a **union** (a ``oneOf``
of ``$ref`` s and nothing else), a **model** (``type: object`` with properties, or without
``additionalProperties``, or closed by ``additionalProperties: false``; possibly with an *exactly one of* constraint, a ``oneOf`` of
``required`` lists, or an *at least one of* constraint, an ``anyOf`` of ``required`` lists),
and an **alias** (anything else: ``{}``, a string map, an array).

*At least one of* is the reading of fields the page marks required and documents as mutually
exclusive: a client may send both (the API's own clients do), never neither. Whether two sent
fields agree (name the same resource) is the server's rule; the schema cannot say it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any

from generator.errors import ToolkitError
from generator.openapi.refs import ref_target


class ComponentForm(enum.Enum):
    ENUM = "enum"
    UNION = "union"
    MODEL = "model"
    ALIAS = "alias"


def component_form(schema: Mapping[str, Any]) -> ComponentForm:
    """The form of the component ``schema``."""
    if "enum" in schema:
        return ComponentForm.ENUM
    if union_keyword(schema) is not None:
        return ComponentForm.UNION
    if schema.get("type") == "object" and (
        "additionalProperties" not in schema
        or "properties" in schema
        or schema["additionalProperties"] is False
    ):
        return ComponentForm.MODEL
    return ComponentForm.ALIAS


def enum_value_kind(values: Iterable[Any]) -> str:
    """``"string"`` (an enum class of strings), ``"integer"`` (of integers), or
    ``"literal"``: values of several JSON types, or of another one, which Python's enums cannot
    tell apart (``1`` and ``true`` are one key of a dict), typed as a ``Literal`` instead."""
    values = list(values)
    if all(type(value) is str for value in values):
        return "string"
    if all(type(value) is int for value in values):
        return "integer"
    return "literal"


def union_keyword(schema: Mapping[str, Any]) -> str | None:
    """``"oneOf"`` or ``"anyOf"`` where ``schema`` is a union of components (only ``$ref`` s,
    no properties), else ``None``. An ``anyOf`` lets JSON fit several variants; the converter
    then reads it as the first that fits best (``docs/design.md``)."""
    if "properties" in schema or schema.get("type") == "object":
        return None
    if "oneOf" in schema:
        return "oneOf"
    if "anyOf" in schema and "oneOf" not in schema:
        items = schema["anyOf"]
        if isinstance(items, list) and items and all(ref_target(item) for item in items):
            return "anyOf"
    return None


def null_alternative(schema: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The one schema besides ``{type: "null"}`` of an ``anyOf`` or ``oneOf`` of two (the
    3.1 way to make a ``$ref`` nullable), else ``None``."""
    for keyword in ("anyOf", "oneOf"):
        items = schema.get(keyword)
        if isinstance(items, list) and len(items) == 2 and {"type": "null"} in items:
            other = items[1 - items.index({"type": "null"})]
            return other if isinstance(other, Mapping) else None
    return None


def union_variant_names(schema: Mapping[str, Any]) -> list[str] | None:
    """The variant components of a ``oneOf`` (or ``anyOf``) made only of ``$ref`` s, else
    ``None``."""
    keyword = union_keyword(schema) or "oneOf"
    variants = schema.get(keyword)
    if not isinstance(variants, list) or not variants:
        return None
    names = [ref_target(variant) for variant in variants]
    if any(name is None for name in names):
        return None
    return [name for name in names if name is not None]


def allows_null(schema: Mapping[str, Any]) -> bool:
    """Whether ``schema`` admits null (a type list with ``"null"``, or an ``anyOf`` of a
    schema and ``{type: "null"}``: the 3.1 ways)."""
    types = schema.get("type")
    return (isinstance(types, list) and "null" in types) or null_alternative(schema) is not None


def exactly_one_of(fields: Iterable[str]) -> list[dict[str, list[str]]]:
    """The ``oneOf`` beside ``properties`` that lets exactly one of ``fields`` be present."""
    return [{"required": [field]} for field in fields]


def at_least_one_of(fields: Iterable[str]) -> list[dict[str, list[str]]]:
    """The ``anyOf`` beside ``properties`` that lets one or more of ``fields`` be present."""
    return [{"required": [field]} for field in fields]


def exactly_one_of_alternatives(
    schema: Mapping[str, Any], pointer: str
) -> tuple[tuple[str, ...], ...]:
    """The alternatives of a model's *exactly one of* constraint (each the wire names one
    ``oneOf`` item requires), or ``()``; any other ``oneOf`` beside properties is refused."""
    return _required_alternatives(schema, "oneOf", pointer)


def at_least_one_of_alternatives(
    schema: Mapping[str, Any], pointer: str
) -> tuple[tuple[str, ...], ...]:
    """The alternatives of a model's *at least one of* constraint (each the wire names one
    ``anyOf`` item requires), or ``()``; any other ``anyOf`` beside properties is refused."""
    return _required_alternatives(schema, "anyOf", pointer)


def _required_alternatives(
    schema: Mapping[str, Any], keyword: str, pointer: str
) -> tuple[tuple[str, ...], ...]:
    alternatives: list[tuple[str, ...]] = []
    for index, item in enumerate(schema.get(keyword, ())):
        if not isinstance(item, Mapping) or set(item) != {"required"}:
            raise ToolkitError(
                f"{pointer}/{keyword}/{index}: a {keyword} beside properties may only list "
                "required fields"
            )
        alternatives.append(tuple(item["required"]))
    return tuple(alternatives)
