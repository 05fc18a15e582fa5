"""Component forms: what kind of thing a component schema of the spec is.

``docs/spec-conventions.md`` fixes the forms: an **enum** (``enum``), a **union** (a ``oneOf``
of ``$ref`` s and nothing else), a **model** (``type: object`` without
``additionalProperties``, possibly with an *exactly one of* constraint: a ``oneOf`` of
``required`` lists), and an **alias** (anything else: ``{}``, a string map, an array).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

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
