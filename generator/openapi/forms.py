"""Component forms: what kind of thing a component schema of the spec is.

``docs/spec-conventions.md`` fixes the forms: an **enum** (``enum``), a **union** (a ``oneOf``
of ``$ref`` s and nothing else), a **model** (``type: object`` without
``additionalProperties``, possibly with an *exactly one of* constraint, a ``oneOf`` of
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
    if "oneOf" in schema and "properties" not in schema and schema.get("type") != "object":
        return ComponentForm.UNION
    if schema.get("type") == "object" and "additionalProperties" not in schema:
        return ComponentForm.MODEL
    return ComponentForm.ALIAS


def union_variant_names(schema: Mapping[str, Any]) -> list[str] | None:
    """The variant components of a ``oneOf`` made only of ``$ref`` s, else ``None``."""
    variants = schema.get("oneOf")
    if not isinstance(variants, list) or not variants:
        return None
    names = [ref_target(variant) for variant in variants]
    if any(name is None for name in names):
        return None
    return [name for name in names if name is not None]


def allows_null(schema: Mapping[str, Any]) -> bool:
    """Whether ``schema`` admits null (a type list with ``"null"``, the 3.1 way)."""
    types = schema.get("type")
    return isinstance(types, list) and "null" in types


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
