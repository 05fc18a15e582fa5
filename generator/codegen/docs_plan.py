"""Decide the documentation of the generated models: each class's first line, each field's text.

A schema's own description comes first. Most component schemas of the page have none, so a
class without one is described by where the API uses it: the request body or the answer of
an operation, or the field of another model that holds it (with that field's description).
Field texts say what absent means for the model's direction (``UNSET`` for what is sent,
``None`` or an empty list for what is only received) and the JSON name where it differs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from generator.codegen.model_graph import FieldSpec, ModelGraph, ModelSpec, TypeRef
from generator.openapi.operations import read_operations
from generator.openapi.refs import ref_target


@attrs.frozen
class ModelDoc:
    """The docstring of one model class and of each of its fields, in field order."""

    doc: str
    fields: tuple[str, ...]


def plan_model_docs(graph: ModelGraph, spec: Mapping[str, Any]) -> dict[str, ModelDoc]:
    """Class name -> its documentation, for every model of the graph."""
    uses = _uses(graph, spec)
    return {
        model.name: ModelDoc(
            doc=_class_doc(model, uses.get(model.name, [])),
            fields=tuple(field_doc(field) for field in model.fields),
        )
        for model in graph.models
    }


def field_doc(field: FieldSpec) -> str:
    """The text of one field: its description, the JSON name, and what absent means."""
    text = (field.description or f"The ``{field.wire_name}`` field.").strip()
    if not text.endswith((".", "!", "?", ")")):
        text += "."
    notes = []
    if field.python_name != field.wire_name:
        notes.append(f"JSON: ``{field.wire_name}``.")
    if field.empty_list_default:
        notes.append("Empty when the API leaves it out.")
    elif field.read_default:
        notes.append("``None`` when the API leaves it out.")
    elif not field.required:
        notes.append("``UNSET`` (the default) leaves it out of the JSON.")
    return " ".join([text, *notes])


def _class_doc(model: ModelSpec, uses: list[str]) -> str:
    if model.description:
        return model.description
    if uses:
        return uses[0] + ("" if uses[0].endswith(".") else ".")
    return f"The ``{model.component or model.name}`` object."


def _uses(graph: ModelGraph, spec: Mapping[str, Any]) -> dict[str, list[str]]:
    """Class name -> sentences naming where the API uses it, most telling first."""
    uses: dict[str, list[str]] = {}
    components = graph.components
    if spec.get("paths"):
        for record in read_operations(spec):
            body = record.request_body.json_schema if record.request_body else None
            target = ref_target((body or {}).get("items", body) if body else None)
            if target in components:
                many = body is not None and body.get("type") == "array"
                kind = "An item of the request body" if many else "The request body"
                uses.setdefault(components[target], []).append(
                    f"{kind} of ``{record.operation_id}``"
                )
            for status, response in sorted(record.responses.items()):
                target = ref_target(response.json_schema or {})
                if status == "200" and target in components:
                    uses.setdefault(components[target], []).append(
                        f"The answer of ``{record.operation_id}``"
                    )
    for model in graph.models:
        for field in model.fields:
            name = _model_name(field.type)
            if name is None:
                continue
            where = f"``{model.name}.{field.python_name}``"
            text = (field.description or "").strip().rstrip(".")
            uses.setdefault(name, []).append(f"{text} ({where})" if text else f"Held by {where}")
    return uses


def _model_name(type_ref: TypeRef) -> str | None:
    if type_ref.kind == "array" and type_ref.items is not None:
        type_ref = type_ref.items
    return type_ref.name if type_ref.kind == "model" else None
