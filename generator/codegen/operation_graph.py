"""Turn the spec's ``paths`` into plain data about each operation, ready for the client template.

For every operation: its id, tag, HTTP method and path template; its path and query parameters
with Python names and types (an enum also as its string values); its body and response types,
and the type of the answer's ``data`` a method returns; the body's fields, which a method takes
as keyword arguments; whether the body is a list of name-or-UUID items that plain identifiers
may stand for; the value type of each property of an update (``x-value-types``); which fields
of its answer list per-item results; and the group and method that call it on the client
(``create_instance`` becomes ``client.instances.create``).
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from generator.codegen.model_graph import ModelGraph, build_model_graph
from generator.errors import ToolkitError
from generator.openapi.operations import (
    OperationRecord,
    ParameterRecord,
    RequestBodyRecord,
    ResponseRecord,
    read_operations,
)
from generator.openapi.refs import SCHEMA_REF_PREFIX, ref_target

TIMEOUT_ARG = "timeout"
TIMEOUT_DOC = (
    "Seconds, or a ``urllib3.Timeout`` with connect and read limits, for this call "
    "instead of the client's default."
)
BODY_DOC = (
    "The whole body as a prepared model, instead of the keyword arguments of its fields "
    "(exactly one of the two ways)."
)
# The end of a method's docstring, after a blank line.
RETURNS_LINES = ("Returns:", "    The answer's ``data``, a ``{returns}``.")
# Names a generated method already uses for itself.
RESERVED_NAMES = frozenset({"self", "body", TIMEOUT_ARG, "fields", "raw", "item"})
# What ``x-value-types`` may say of a value, as the Python type a caller passes and the runtime
# class an ``isinstance`` check accepts.
VALUE_TYPES = {
    "string": ("str", "str"),
    "integer": ("int", "int"),
    "boolean": ("bool", "bool"),
    "object": ("dict[str, Any]", "dict"),
    "array": ("list[{items}]", "list"),
}
# Attributes of the generated ``Client`` that a group must not shadow.
CLIENT_ATTRIBUTES = frozenset({"base_url", "close", "operation"})
UUID_TYPE = "UUID | str"
DOC_WIDTH = 88


@attrs.frozen
class Parameter:
    """A path or query parameter of one operation."""

    name: str
    """The name on the wire."""
    python_name: str
    python_type: str
    required: bool
    description: str


@attrs.frozen
class BodyField:
    """A field of an operation's JSON object body, taken as a keyword argument."""

    python_name: str
    annotation: str
    required: bool
    description: str
    # The class (an enum, or ``UUID``) whose string form the argument also takes, turned
    # into that class before the model is built.
    coerce: str | None


@attrs.frozen
class ValueType:
    """The type of an update's ``value`` for one ``prop`` (from the spec's ``x-value-types``)."""

    prop_member: str
    """The ``prop`` enum member, as ``UpdateInstanceProperty.MEMORY_MB``."""
    prop_value: str
    annotation: str
    runtime_classes: tuple[str, ...]
    """Classes an ``isinstance`` check accepts (``int`` never accepts a ``bool`` here)."""
    choices: tuple[Any, ...]
    """The only values allowed, when the spec lists them."""


@attrs.frozen
class IdentifierList:
    """A body that is a list of name-or-UUID items: plain names and UUIDs may stand for them."""

    union: str
    by_uuid: str
    uuid_field: str
    by_name: str
    name_field: str

    @property
    def function(self) -> str:
        """The generated function that turns one identifier into an item."""
        return f"to_{self.union}"


@attrs.frozen
class Operation:
    """One operation of the API, as the client calls it."""

    operation_id: str
    tag: str
    http_method: str
    path: str
    summary: str
    doc_lines: tuple[str, ...]
    path_params: tuple[Parameter, ...]
    query_params: tuple[Parameter, ...]
    body_type: str | None
    """The Python type of the JSON body, ``None`` when the operation takes none."""
    body_required: bool
    response_type: str
    data_type: str | None
    """The type of the answer's ``data``, which the method returns (the envelope without one)."""
    body_fields: tuple[BodyField, ...]
    """The body's fields as keyword arguments (empty: the body is passed whole)."""
    identifiers: IdentifierList | None
    value_prop_field: str | None
    """The body field whose value selects the type of ``value`` (``prop``), if typed."""
    value_types: tuple[ValueType, ...]
    item_fields: tuple[str, ...]
    """Fields of the answer's ``data`` that list items with an outcome of their own."""
    group: str
    method_name: str
    constant_name: str
    """Name of the module constant that describes the operation in the generated client."""
    server_url: str | None = None
    """The operation's own server URL (``{metro}`` kept, other variables at their default)."""

    @property
    def raw_doc_lines(self) -> tuple[str, ...]:
        """The docstring of the method of ``client.with_raw_response``: the whole answer back."""
        returns = f"    The whole answer, a ``RawResponse[{self.response_type}]``."
        return (*self.doc_lines[: -len(RETURNS_LINES)], "Returns:", returns)

    @property
    def body_annotation(self) -> str | None:
        """The type a method takes as its positional body (a list body as a ``Sequence``)."""
        if self.body_type is None or not self.body_type.startswith("list["):
            return self.body_type
        item = self.body_type[len("list[") : -1]
        if self.identifiers is not None:
            item += " | UUID | str"
        return f"Sequence[{item}]"


@attrs.frozen
class OperationGroup:
    """The operations of one tag: one attribute of the client, one class."""

    tag: str
    attribute: str
    class_name: str
    description: str
    operations: tuple[Operation, ...]

    @property
    def follows_instances(self) -> bool:
        """Whether the group has the bulk wait and the log operation that the client's
        ``wait_for``, ``wait_for_all`` and ``iter_logs`` are built on."""
        return {"wait_instances", "get_instance_logs"} <= {
            operation.operation_id for operation in self.operations
        }


@attrs.frozen
class OperationGraph:
    """Everything the client template needs about the API's operations."""

    server_url: str
    default_metro: str
    groups: tuple[OperationGroup, ...]
    operations: tuple[Operation, ...]
    """All operations, sorted by operation id."""

    @property
    def identifier_lists(self) -> tuple[IdentifierList, ...]:
        """Each name-or-UUID union some list body holds, once."""
        found = {op.identifiers.union: op.identifiers for op in self.operations if op.identifiers}
        return tuple(found[name] for name in sorted(found))


def build_operation_graph(
    spec: Mapping[str, Any], graph: ModelGraph | None = None
) -> OperationGraph:
    """Read the operations of an OpenAPI document (``spec/openapi.yaml``)."""
    schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
    models = graph if graph is not None else build_model_graph(spec)
    tag_descriptions: dict[str, str] = {}
    for index, tag in enumerate(spec.get("tags") or []):
        if not isinstance(tag, Mapping) or not isinstance(tag.get("name"), str):
            raise ToolkitError(f"/tags/{index}: expected a tag object with a name")
        tag_descriptions[tag["name"]] = str(tag.get("description") or "")
    schemes = spec.get("components", {}).get("securitySchemes") or {}
    operations = [
        _read_operation(record, schemas, models, schemes) for record in read_operations(spec)
    ]
    _check_unique(operations)
    groups = []
    for tag in sorted({operation.tag for operation in operations}):
        if python_identifier(snake_case(tag)) in CLIENT_ATTRIBUTES:
            raise ToolkitError(f"tag {tag!r} would hide the client's own attribute {tag!r}")
        members = sorted(
            (operation for operation in operations if operation.tag == tag),
            key=lambda operation: operation.method_name,
        )
        groups.append(
            OperationGroup(
                tag=tag,
                attribute=python_identifier(snake_case(tag)),
                class_name=_camel_case(snake_case(tag)) + "Operations",
                description=tag_descriptions.get(tag, f"Operations tagged {tag}."),
                operations=tuple(members),
            )
        )
    # A spec without operations (a models-only test spec) needs no server either.
    server_url, default_metro = _read_server(spec) if operations else ("", "")
    return OperationGraph(
        server_url=server_url,
        default_metro=default_metro,
        groups=tuple(groups),
        operations=tuple(sorted(operations, key=lambda operation: operation.operation_id)),
    )


def client_method_name(operation_id: str, tag: str) -> str:
    """The operation id without the words of its tag: ``get_instance_logs`` -> ``get_logs``.

    Both the plural and the singular of each tag word go (``instances``, ``instance``). Names
    in another casing read the same: ``GetInstanceLogs`` tagged ``Instances`` is ``get_logs``.
    """
    operation_id, tag = snake_case(operation_id), snake_case(tag)
    tag_words = set(tag.split("_"))
    tag_words |= {word[:-1] for word in tag_words if word.endswith("s")}
    words = [word for word in operation_id.split("_") if word not in tag_words]
    name = "_".join(words) or operation_id
    return python_identifier(name)


def derived_operation_id(method: str, path: str) -> str:
    """The id of an operation that has none, from its method and path, stable as long as they
    are: ``GET /pets/{petId}/toys`` -> ``get_pets_by_pet_id_toys``."""
    words = [method.lower()]
    for segment in path.strip("/").split("/"):
        variable = re.fullmatch(r"\{([^}]*)\}", segment)
        words.append(f"by_{snake_case(variable[1])}" if variable else snake_case(segment))
    return "_".join(word for word in words if word)


def derived_tag(path: str) -> str:
    """The group of an operation without tags: the first literal segment of its path that is
    no version (``/v1/pets/{id}`` -> ``pets``), else ``api``."""
    for segment in path.strip("/").split("/"):
        if segment and "{" not in segment and not re.fullmatch(r"v\d+", segment):
            return segment
    return "api"


def snake_case(name: str) -> str:
    """``GetInstanceByUUID`` -> ``get_instance_by_uuid``; a snake_case name stays as it is."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", words).strip("_").lower() or name


def python_identifier(name: str) -> str:
    """A valid, non-reserved Python identifier for a name from the spec."""
    identifier = re.sub(r"\W", "_", name)
    if identifier[:1].isdigit():
        identifier = "_" + identifier
    if keyword.iskeyword(identifier) or identifier in RESERVED_NAMES:
        identifier += "_"
    return identifier


def _check_security(record: OperationRecord, schemes: Mapping[str, Any]) -> None:
    """Refuse a security requirement the client cannot meet: it sends a bearer token only."""
    for index, requirement in enumerate(record.security):
        if not isinstance(requirement, Mapping):
            raise ToolkitError(f"{record.pointer}/security/{index}: expected a mapping")
        for name in requirement:
            scheme = schemes.get(name)
            pointer = f"/components/securitySchemes/{name}"
            if not isinstance(scheme, Mapping):
                raise ToolkitError(f"{pointer}: no security scheme of that name")
            bearer = scheme.get("type") == "http" and str(scheme.get("scheme")).lower() == "bearer"
            if not bearer:
                raise ToolkitError(
                    f"{pointer}: the client sends an HTTP bearer token only, found "
                    f"type {scheme.get('type')!r} scheme {scheme.get('scheme')!r}"
                )


def _read_operation(
    record: OperationRecord,
    schemas: Mapping[str, Any],
    graph: ModelGraph,
    schemes: Mapping[str, Any],
) -> Operation:
    where, method, path = record.where, record.method, record.path
    _check_security(record, schemes)
    operation_id = record.operation_id or derived_operation_id(method, path)
    tag = record.tags[0] if record.tags else derived_tag(path)
    parameters = [
        _read_parameter(parameter, f"{where}.parameters[{index}]")
        for index, parameter in enumerate(record.parameters)
    ]
    parameters = [(_with_enum_literals(p, graph), location) for p, location in parameters]
    path_params = tuple(p for p, location in parameters if location == "path")
    query_params = tuple(p for p, location in parameters if location == "query")
    _check_path_params(path, path_params, where)
    body_type, body_required = _read_body(record.request_body, where)
    response_name = _response_schema(record.responses, where)
    if response_name not in schemas:
        raise ToolkitError(f"{where} ({operation_id}): response schema {response_name} is unknown")
    summary = record.summary
    if summary is None:
        summary = operation_id.replace("_", " ").capitalize()
    taken = {p.python_name for p in (*path_params, *query_params)}
    body_fields = _body_fields(body_type, graph, taken)
    value_prop_field, value_types = _value_types(body_type, body_fields, schemas, graph, where)
    identifiers = _identifier_list(body_type, graph)
    data_type = ref_target(schemas[response_name].get("properties", {}).get("data", {}))
    return Operation(
        operation_id=operation_id,
        tag=tag,
        http_method=method,
        path=path,
        summary=summary,
        doc_lines=_doc_lines(
            summary,
            record.description or "",
            f"``{method} {path}`` (``{operation_id}``).",
            path_params,
            query_params,
            body_fields,
            body_type,
            identifiers,
            data_type or response_name,
        ),
        path_params=path_params,
        query_params=query_params,
        body_type=body_type,
        body_required=body_required,
        response_type=response_name,
        data_type=data_type,
        body_fields=body_fields,
        identifiers=identifiers,
        value_prop_field=value_prop_field,
        value_types=value_types,
        item_fields=_item_fields(response_name, schemas),
        group=python_identifier(snake_case(tag)),
        method_name=client_method_name(operation_id, tag),
        constant_name="_" + snake_case(operation_id).upper(),
        server_url=_operation_server(record.operation, where),
    )


def _body_fields(
    body_type: str | None, graph: ModelGraph, taken: set[str]
) -> tuple[BodyField, ...]:
    """The fields of an object body as keyword arguments; none where a field's name is taken by
    a parameter or by the method itself (the body is then passed whole, as ``body=``)."""
    model = next((m for m in graph.models if m.name == body_type), None)
    if model is None or model.received:
        return ()
    names = {field.python_name for field in model.fields}
    if names & (taken | RESERVED_NAMES):
        return ()
    enums = {enum.name: enum for enum in graph.enums}
    fields = []
    for field in model.fields:
        annotation = field.annotation
        enum = enums.get(field.type.name or "") if field.type.kind == "enum" else None
        coerce = None
        if enum is not None:
            literal = _literal_values(tuple(member.value for member in enum.members))
            annotation = annotation.replace(enum.name, f"{enum.name} | Literal[{literal}]", 1)
            coerce = enum.name
        elif field.type.kind == "uuid":
            annotation = annotation.replace("UUID", UUID_TYPE, 1)
            coerce = "UUID"
        fields.append(
            BodyField(
                python_name=field.python_name,
                annotation=annotation,
                required=field.required,
                description=field.description or "",
                coerce=coerce,
            )
        )
    return tuple(fields)


def _value_types(
    body_type: str | None,
    body_fields: tuple[BodyField, ...],
    schemas: Mapping[str, Any],
    graph: ModelGraph,
    where: str,
) -> tuple[str | None, tuple[ValueType, ...]]:
    """The ``value`` type of each ``prop`` of an update body (or of the items of a list body),
    from its ``x-value-types``."""
    model_name = body_type or ""
    if model_name.startswith("list["):
        model_name = model_name[len("list[") : -1]
    elif not body_fields:
        return None, ()
    table = schemas.get(model_name, {}).get("x-value-types")
    if not table:
        return None, ()
    pointer = f"{where}.requestBody ({model_name}).x-value-types"
    model = graph.model(model_name)
    prop_field = next((f for f in model.fields if f.wire_name == "prop"), None)
    if prop_field is None or prop_field.type.kind != "enum":
        raise ToolkitError(f"{pointer}: expected a prop field typed by an enum beside it")
    enum = next(e for e in graph.enums if e.name == prop_field.type.name)
    members = {member.value: member.name for member in enum.members}
    value_types = []
    for prop, value_schema in table.items():
        if prop not in members:
            raise ToolkitError(f"{pointer}.{prop}: not a value of {enum.name}")
        annotation, classes, choices = _value_type(value_schema, f"{pointer}.{prop}")
        value_types.append(
            ValueType(
                prop_member=f"{enum.name}.{members[prop]}",
                prop_value=prop,
                annotation=annotation,
                runtime_classes=classes,
                choices=choices,
            )
        )
    return prop_field.python_name, tuple(value_types)


def _value_type(
    schema: Mapping[str, Any], where: str
) -> tuple[str, tuple[str, ...], tuple[Any, ...]]:
    """The Python annotation, runtime classes and allowed values of an ``x-value-types`` entry."""
    if "anyOf" in schema:
        parts = [
            _value_type(item, f"{where}.anyOf[{index}]")
            for index, item in enumerate(schema["anyOf"])
        ]
        # The listed values of every part form one ``Literal`` (a union of literals is one).
        values = tuple(value for _, _, choices in parts for value in choices)
        annotations = [annotation for annotation, _, choices in parts if not choices]
        if values:
            annotations.append(f"Literal[{_literal_values(values)}]")
        return (
            " | ".join(annotations),
            tuple(dict.fromkeys(cls for _, classes, _ in parts for cls in classes)),
            values if all(choices for _, _, choices in parts) else (),
        )
    if "$ref" in schema:
        name = _ref_name(schema["$ref"], where)
        return name, (name,), ()
    if "enum" in schema:
        values = tuple(schema["enum"])
        literal = _literal_values(values)
        classes = tuple(dict.fromkeys("str" if isinstance(v, str) else "int" for v in values))
        return f"Literal[{literal}]", classes, values
    kind = schema.get("type")
    if kind not in VALUE_TYPES:
        raise ToolkitError(f"{where}: expected a type of {sorted(VALUE_TYPES)}, found {kind!r}")
    annotation, runtime = VALUE_TYPES[kind]
    if kind == "array":
        items, _, _ = _value_type(schema.get("items", {}), f"{where}.items")
        annotation = annotation.format(items=items)
    return annotation, (runtime,), ()


def _identifier_list(body_type: str | None, graph: ModelGraph) -> IdentifierList | None:
    """The name-or-UUID union of a list body whose variants each hold one name or UUID."""
    if body_type is None or not body_type.startswith("list["):
        return None
    union = next((u for u in graph.unions if f"list[{u.name}]" == body_type), None)
    if union is None or len(union.variants) != 2:
        return None
    by_kind: dict[str, tuple[str, str]] = {}
    for variant in union.variants:
        model = graph.model(variant.model)
        if len(variant.required) != 1:
            return None
        field = model.field_by_wire_name(variant.required[0])
        kind = field.type.kind
        if kind == "uuid" or (kind == "string" and field.wire_name == "name"):
            by_kind[kind] = (model.name, field.python_name)
    if set(by_kind) != {"uuid", "string"}:
        return None
    return IdentifierList(
        union=union.name,
        by_uuid=by_kind["uuid"][0],
        uuid_field=by_kind["uuid"][1],
        by_name=by_kind["string"][0],
        name_field=by_kind["string"][1],
    )


def _literal_values(values: tuple[Any, ...]) -> str:
    return ", ".join(_python_string(v) if isinstance(v, str) else repr(v) for v in values)


def _python_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _with_enum_literals(parameter: Parameter, graph: ModelGraph) -> Parameter:
    """A parameter typed by an enum also takes the enum's values as string literals."""
    enum = next((e for e in graph.enums if e.name == parameter.python_type), None)
    if enum is None:
        return parameter
    literal = _literal_values(tuple(member.value for member in enum.members))
    return attrs.evolve(parameter, python_type=f"{enum.name} | Literal[{literal}]")


def _read_parameter(parameter: ParameterRecord, where: str) -> tuple[Parameter, str]:
    location = parameter.location
    if location not in ("path", "query"):
        raise ToolkitError(f"{where}: expected a path or query parameter, found in={location!r}")
    return (
        Parameter(
            name=parameter.name,
            python_name=python_identifier(parameter.name),
            python_type=_parameter_type(parameter.schema, f"{where}.schema"),
            required=parameter.required,
            description=parameter.description,
        ),
        location,
    )


def _parameter_type(schema: Mapping[str, Any], where: str) -> str:
    if "$ref" in schema:
        return _ref_name(schema["$ref"], where)
    if schema.get("type") == "array":
        # Sent as one ``name=value`` pair per item (OpenAPI's default ``form``, exploded).
        items = schema.get("items")
        if not isinstance(items, Mapping) or items.get("type") == "array":
            raise ToolkitError(f"{where}.items: expected a scalar item schema")
        return f"list[{_parameter_type(items, where + '.items')}]"
    if schema.get("type") == "string" and "enum" in schema:
        values = schema["enum"]
        if not values or not all(isinstance(value, str) for value in values):
            raise ToolkitError(f"{where}.enum: expected a list of strings")
        return "Literal[" + ", ".join(json.dumps(value) for value in values) + "]"
    if schema.get("type") == "string" and schema.get("format") == "uuid":
        # The models read UUIDs into ``UUID``; a caller may pass either form back.
        return UUID_TYPE
    scalar = {"string": "str", "integer": "int", "boolean": "bool", "number": "float"}
    schema_type = schema.get("type")
    if schema_type not in scalar:
        raise ToolkitError(f"{where}: expected a scalar parameter schema, found {dict(schema)}")
    return scalar[schema_type]


def _check_path_params(path: str, path_params: Iterable[Parameter], where: str) -> None:
    in_template = set(re.findall(r"\{([^}]+)\}", path))
    declared = {parameter.name for parameter in path_params}
    if in_template != declared:
        raise ToolkitError(
            f"{where}: path template names {sorted(in_template)}, "
            f"parameters declare {sorted(declared)}"
        )


def _read_body(body: RequestBodyRecord | None, where: str) -> tuple[str | None, bool]:
    if body is None:
        return None, False
    schema = body.json_schema
    if schema is None:
        media_types = sorted(str(media_type) for media_type in body.content)
        raise ToolkitError(
            f"{body.pointer}/content: the generator sends application/json bodies only, "
            f"found media types {media_types}"
        )
    return _body_type(schema, f"{where}.requestBody"), body.required


def _body_type(schema: Mapping[str, Any], where: str) -> str:
    if "$ref" in schema:
        return _ref_name(schema["$ref"], where)
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return f"list[{_ref_name(schema['items']['$ref'], where)}]"
    raise ToolkitError(f"{where}: expected a $ref or an array of $ref, found {dict(schema)}")


def _response_schema(responses: Mapping[str, ResponseRecord], where: str) -> str:
    response = responses.get("200")
    if response is None:
        raise ToolkitError(
            f"{where}.responses: the generator reads an operation's answer from its 200 "
            f"response, found responses {sorted(responses)}"
        )
    schema = response.json_schema or {}
    if "$ref" not in schema:
        raise ToolkitError(
            f"{response.pointer}: expected an application/json schema that is a $ref to the "
            f"response envelope, found media types {sorted(response.content)}"
        )
    return _ref_name(schema["$ref"], f"{where}.responses.200")


def _item_fields(response_name: str, schemas: Mapping[str, Any]) -> tuple[str, ...]:
    """Array fields of ``data`` whose items report their own outcome (bulk results).

    Most such items carry ``status``; some (stopped, waited-for instances) only ``error``.
    """
    data = schemas[response_name].get("properties", {}).get("data", {})
    data_name = ref_target(data)
    if data_name is None:
        return ()
    fields = []
    for field_name, field in schemas.get(data_name, {}).get("properties", {}).items():
        if field.get("type") != "array":
            continue
        item_name = ref_target(field.get("items", {}))
        item = schemas.get(item_name, {}) if item_name else {}
        if {"status", "error"} & set(item.get("properties", {})):
            fields.append(field_name)
    return tuple(fields)


def _ref_name(ref: str, where: str) -> str:
    target = ref_target({"$ref": ref})
    if target is None:
        raise ToolkitError(f"{where}: expected a $ref under {SCHEMA_REF_PREFIX}, found {ref!r}")
    return target


def _doc_lines(
    summary: str,
    description: str,
    endpoint: str,
    path_params: Iterable[Parameter],
    query_params: Iterable[Parameter],
    body_fields: Iterable[BodyField],
    body_type: str | None,
    identifiers: IdentifierList | None,
    returns: str,
) -> tuple[str, ...]:
    lines = [_docstring_text(summary.rstrip(".") + ".")]
    if description:
        lines.append("")
        lines.extend(textwrap.wrap(_docstring_text(description), DOC_WIDTH))
    lines += ["", endpoint, "", "Args:"]
    documented = [(p.python_name, p.description) for p in (*path_params, *query_params)]
    documented += [(f.python_name, f.description) for f in body_fields]
    if identifiers is not None:
        documented.append(
            (
                "body",
                f"Names or UUIDs, or ``{identifiers.union}`` items: a ``UUID``, or a string "
                "that is one, goes by UUID; any other string by name.",
            )
        )
    elif body_type is not None and body_type.startswith("list["):
        documented.append(("body", f"The items of the request body ({body_type})."))
    elif body_type is not None:
        documented.append(("body", f"{BODY_DOC} A ``{body_type}``."))
    documented.append((TIMEOUT_ARG, TIMEOUT_DOC))
    for name, text in documented:
        lines.extend(
            textwrap.wrap(
                f"{name}: {_docstring_text(text or 'See the API reference.')}",
                DOC_WIDTH,
                initial_indent="    ",
                subsequent_indent="        ",
            )
        )
    lines += ["", *RETURNS_LINES]
    lines[-1] = lines[-1].format(returns=returns)
    return tuple(lines)


def _docstring_text(text: str) -> str:
    # One paragraph; the template's ``doctext`` filter escapes each line.
    return " ".join(text.split())


def _operation_server(operation: Mapping[str, Any], where: str) -> str | None:
    """An operation's own server: its first, with every variable but the metro at its default."""
    servers = operation.get("servers")
    if servers is None:
        return None
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], Mapping):
        raise ToolkitError(f"{where}.servers: expected a list of servers")
    return _server_url(servers[0], f"{where}.servers[0]")


def _read_server(spec: Mapping[str, Any]) -> tuple[str, str]:
    servers = spec.get("servers") or []
    if not servers:
        raise ToolkitError("servers: expected one server URL with a metro variable")
    server = servers[0]
    variables = server.get("variables", {})
    metro = variables.get("metro", {}).get("default")
    url = str(server.get("url", ""))
    if "{metro}" not in url or not metro:
        raise ToolkitError("servers[0]: expected a URL with a {metro} variable and its default")
    return _server_url(server, "servers[0]"), str(metro)


def _server_url(server: Mapping[str, Any], where: str) -> str:
    """The server's URL with every variable but ``{metro}`` replaced by its default."""
    variables = server.get("variables", {})
    url = str(server.get("url", ""))
    # The client chooses the metro; every other variable is fixed to its default.
    for name, variable in variables.items():
        if name == "metro":
            continue
        default = variable.get("default") if isinstance(variable, Mapping) else None
        if not isinstance(default, str) or f"{{{name}}}" not in url:
            raise ToolkitError(
                f"{where}.variables.{name}: expected a default and a {{{name}}} in the URL"
            )
        url = url.replace(f"{{{name}}}", default)
    if re.search(r"\{(?!metro\})[^}]*\}", url):
        raise ToolkitError(f"{where}.url: {url!r} names a variable that is not declared")
    return url


def _check_unique(operations: Iterable[Operation]) -> None:
    seen_ids: dict[str, Operation] = {}
    seen_methods: dict[tuple[str, str], Operation] = {}
    for operation in operations:
        if operation.operation_id in seen_ids:
            raise ToolkitError(f"operationId {operation.operation_id} is used twice")
        seen_ids[operation.operation_id] = operation
        key = (operation.group, operation.method_name)
        if key in seen_methods:
            other = seen_methods[key].operation_id
            raise ToolkitError(
                f"operations {other} and {operation.operation_id} would both be "
                f"client.{key[0]}.{key[1]}"
            )
        seen_methods[key] = operation


def _camel_case(name: str) -> str:
    return "".join(word.capitalize() for word in re.split(r"[^A-Za-z0-9]+", name) if word)
