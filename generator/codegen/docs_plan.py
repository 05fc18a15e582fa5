"""Decide the documentation of the generated package: each model class's first line, each
field's text, the entries of the API reference (``generated/api.md``), and which of the
package's features its README and the reference's preamble describe (``plan_package_docs``).

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

from generator.codegen.model_graph import FieldSpec, ModelGraph, ModelSpec, TypeRef, UnionSpec
from generator.codegen.operation_graph import (
    METRO_VARIABLE,
    TOKEN_VARIABLE,
    Operation,
    OperationGraph,
    ValueType,
)
from generator.openapi.operations import read_operations
from generator.openapi.refs import ref_target


@attrs.frozen
class ModelDoc:
    """The docstring of one model class and of each of its fields, in field order."""

    doc: str
    fields: tuple[str, ...]


def plan_model_docs(graph: ModelGraph, spec: Mapping[str, Any]) -> dict[str, ModelDoc]:
    """Class name -> its documentation, for every model and union of the graph."""
    uses = _uses(graph, spec)
    docs = {
        model.name: ModelDoc(
            doc=_class_doc(model, uses.get(model.name, [])),
            fields=tuple(field_doc(field) for field in model.fields),
        )
        for model in graph.models
    }
    for union in graph.unions:
        docs[union.name] = ModelDoc(doc=_class_doc(union, uses.get(union.name, [])), fields=())
    return docs


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


def _class_doc(model: ModelSpec | UnionSpec, uses: list[str]) -> str:
    if model.description:
        return model.description
    if uses:
        return uses[0] + ("" if uses[0].endswith(".") else ".")
    return f"The ``{model.component or model.name}`` object."


def _uses(graph: ModelGraph, spec: Mapping[str, Any]) -> dict[str, list[str]]:
    """Class name -> sentences naming where the API uses it, most telling first."""
    uses: dict[str, list[str]] = {}
    components = graph.components
    for record in read_operations(spec):
        body = record.request_body.json_schema if record.request_body else None
        target = ref_target((body or {}).get("items", body) if body else None)
        if target in components:
            many = body is not None and body.get("type") == "array"
            kind = "An item of the request body" if many else "The request body"
            uses.setdefault(components[target], []).append(f"{kind} of ``{record.operation_id}``")
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
    return type_ref.name if type_ref.kind in ("model", "union") else None


@attrs.frozen
class ApiEntry:
    """One method in the API reference: how it is called, what it takes and returns."""

    call: str
    """``client.instances.create``."""
    signature: str
    """The arguments, as ``(uuid, *, details=None, timeout=None)``."""
    summary: str
    takes: str | None
    """The model (or list of models) the body is, if any."""
    returns: str
    envelope: str | None
    """The envelope the returned ``data`` is in; ``None``: the answer is returned whole."""
    example: str


# Example values of path and query parameters and of update values, by Python type.
_EXAMPLE_BY_TYPE = {
    "UUID | str": '"123e4567-e89b-12d3-a456-426614174000"',
    "UUID | str | None | Unset": '"123e4567-e89b-12d3-a456-426614174000"',
    "str": '"my-name"',
    "int": "512",
    "bool": "True",
}


def plan_api_reference(
    operations: OperationGraph, graph: ModelGraph
) -> tuple[tuple[str, str, tuple[ApiEntry, ...]], ...]:
    """Per group: its attribute, its description and the entries of its methods."""
    return tuple(
        (
            group.attribute,
            group.description,
            tuple(_api_entry(op, graph) for op in group.operations),
        )
        for group in operations.groups
    )


def _api_entry(op: Operation, graph: ModelGraph) -> ApiEntry:
    call = f"client.{op.group}.{op.method_name}"
    return ApiEntry(
        call=call,
        signature=_signature(op),
        summary=op.doc_lines[0],
        takes=op.body_type,
        returns=op.data_type or op.response_type,
        envelope=op.response_type if op.envelope else None,
        example=f"{call}({', '.join(_example_arguments(op, graph))})",
    )


def _signature(op: Operation) -> str:
    names = [p.python_name for p in op.path_params]
    if op.body_type and not op.body_fields:
        names.append("body" if op.body_required else "body=None")
    names.append("*")
    names += [p.python_name + ("" if p.required else "=None") for p in op.keyword_params]
    names += [f.python_name + ("" if f.required else "=UNSET") for f in op.body_fields]
    if op.body_fields:
        names.append("body=None")
    names.append("timeout=None")
    return f"({', '.join(names)})"


def _example_arguments(op: Operation, graph: ModelGraph) -> list[str]:
    arguments = [_EXAMPLE_BY_TYPE.get(p.python_type, '"my-name"') for p in op.path_params]
    if op.identifiers is not None:
        arguments.append('["my-instance"]' if op.body_required else "")
    elif op.body_type and op.body_type.startswith("list[") and op.body_required:
        arguments.append(f"[{op.body_type[len('list[') : -1]}(...)]")
    elif op.body_type and not op.body_fields:
        arguments.append(f"{op.body_type}(...)" if op.body_required else "")
    arguments = [argument for argument in arguments if argument]
    arguments += [
        f"{p.python_name}={_EXAMPLE_BY_TYPE.get(p.python_type, '...')}"
        for p in op.keyword_params
        if p.required
    ]
    model = graph.model(op.body_type) if op.body_fields and op.body_type else None
    if model is None:
        return arguments
    # The first alternative of an exactly-one-of (``uuid`` or ``name``) is part of the example.
    chosen = set(model.exactly_one_of[0]) if model.exactly_one_of else set()
    value_type = _example_value_type(op, model)
    for field in model.fields:
        if value_type is not None and field.python_name == op.value_prop_field:
            arguments.append(f'{field.python_name}="{value_type.prop_value}"')
        elif value_type is not None and field.python_name == "value":
            arguments.append(f"value={_EXAMPLE_BY_TYPE.get(value_type.annotation, '...')}")
        elif field.required or field.wire_name in chosen:
            arguments.append(f"{field.python_name}={_field_example(field)}")
    return arguments


def _example_value_type(op: Operation, model: ModelSpec) -> ValueType | None:
    """The value type of the ``prop`` the spec's own example names, else the first."""
    if not op.value_types:
        return None
    prop = model.field_by_wire_name("prop")
    named = [v for v in op.value_types if v.prop_value in prop.examples]
    return (named or list(op.value_types))[0]


def _field_example(field: FieldSpec) -> str:
    for example in field.examples:
        if isinstance(example, str):
            return '"' + example.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(example, bool | int):
            return repr(example)
    return "..."


@attrs.frozen
class PackageDocs:
    """What the README and the API reference's preamble say about this package: the API's
    title, what its methods return, how a client is made, and which features it has."""

    title: str
    """The spec's ``info.title``."""
    answers: str
    """What the methods return: ``data`` (every answer is the API's envelope), ``whole`` (no
    answer is) or ``mixed``."""
    body_fields: bool
    """Whether some method takes its body's fields as keyword arguments."""
    client_arguments: tuple[tuple[str, str], ...]
    """The arguments of the quick start's ``Client(...)``: name and example value."""
    from_environment: tuple[tuple[str, str], ...]
    """What the quick start's client reads from the environment: what and the variable."""
    waiting_group: str | None
    """The group with ``wait_for``, ``wait_for_all`` and ``iter_logs``, if any."""
    credential: str | None
    """What the checked credential is called (``token``, ``API key``), if the client takes a
    token or key."""


def plan_package_docs(operations: OperationGraph, spec: Mapping[str, Any]) -> PackageDocs:
    """The package-wide documentation decisions, read from what the operation graph decided."""
    info = spec.get("info")
    title = info.get("title") if isinstance(info, Mapping) else None
    envelopes = {op.envelope for op in operations.operations}
    answers = "mixed" if len(envelopes) > 1 else "data" if envelopes == {True} else "whole"
    arguments: list[tuple[str, str]] = []
    environment: list[tuple[str, str]] = []
    for credential in operations.credentials:
        if credential.argument == "token":
            environment.append(("token", TOKEN_VARIABLE))
        elif credential.annotation.startswith("tuple"):
            arguments.append((credential.argument, '("user", "password")'))
        else:
            arguments.append((credential.argument, '"..."'))
    if operations.default_metro:
        environment.append(("metro", METRO_VARIABLE))
    if not operations.server_url:
        arguments.append(("base_url", '"https://..."'))
    elif operations.server_url.startswith("http://"):
        arguments.append(("allow_http", "True"))
    checked = [c.argument for c in operations.credentials if not c.annotation.startswith("tuple")]
    return PackageDocs(
        title=str(title or "API"),
        answers=answers,
        body_fields=any(op.body_fields for op in operations.operations),
        client_arguments=tuple(arguments),
        from_environment=tuple(environment),
        waiting_group=next(
            (group.attribute for group in operations.groups if group.follows_instances), None
        ),
        credential=("token" if "token" in checked else "API key") if checked else None,
    )
