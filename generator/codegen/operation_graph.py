"""Turn the spec's ``paths`` into plain data about each operation, ready for the client template.

For every operation: its id, tag, HTTP method and path template; its path, query, header and
cookie parameters with Python names and types (an enum also as its string values); its body
(JSON, text, bytes or a multipart form) and what its successful answers hold (the API's
envelope, whose ``data`` a method returns, a model, text, bytes or nothing); the security
alternatives it accepts, and for the client the credential arguments of the schemes in use; the body's fields, which a method takes
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
    JSON_MEDIA_TYPE,
    OperationRecord,
    ParameterRecord,
    RequestBodyRecord,
    read_operations,
)
from generator.openapi.refs import SCHEMA_REF_PREFIX, join_pointer, ref_target

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
TOKEN_VARIABLE = "UKC_TOKEN"
METRO_VARIABLE = "UKC_METRO"
# OpenAPI: a header parameter of these names "SHALL be ignored" (the client sets them).
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# The media types of bodies and answers, and the Python type each is taken as.
TEXT_TYPE, BYTES_TYPE = "str", "bytes"
FORM_MEDIA_TYPE = "multipart/form-data"
# What a header or cookie name may hold (RFC 9110's token).
HTTP_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@attrs.frozen
class Parameter:
    """A parameter of one operation (path, query, header or cookie), or a field of its
    ``multipart/form-data`` body."""

    name: str
    """The name on the wire."""
    python_name: str
    python_type: str
    required: bool
    description: str


@attrs.frozen
class SecurityScheme:
    """A security scheme of the spec that some operation uses, and how the client takes it."""

    name: str
    """The scheme's name under ``components/securitySchemes``."""
    kind: str
    """``bearer`` (HTTP bearer, and the access token of ``oauth2`` and ``openIdConnect``),
    ``basic`` or ``api_key``."""
    location: str
    """``header``, ``query`` or ``cookie``."""
    wire_name: str
    """The header, query parameter or cookie that carries it."""
    argument: str
    """The client's argument that supplies it."""


@attrs.frozen
class Credential:
    """One credential argument of the client."""

    argument: str
    annotation: str
    description: str


@attrs.frozen
class Answer:
    """What the successful answers of an operation hold, as the method returns it."""

    media_type: str
    """The media type read (``application/json``, ``text/plain``, ...); ``""`` without a body."""
    read_type: str
    """The type a JSON answer is read into (``Pet``, ``list[Pet]``), else ``None``."""
    returns: str
    """The annotation of what is read: ``Pet``, ``Pet | None``, ``str``, ``bytes``, ``None``."""
    empty_statuses: tuple[int, ...]
    """Successful statuses the spec documents without a body."""


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
    """The Python type of the body (a model, ``list[...]``, ``str`` or ``bytes``), ``None``
    when the operation takes none or takes a form's fields."""
    body_required: bool
    response_type: str
    """The annotation of the answer as read (the envelope of the API, or what the method
    returns)."""
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
    header_params: tuple[Parameter, ...] = ()
    cookie_params: tuple[Parameter, ...] = ()
    form_fields: tuple[Parameter, ...] = ()
    """The fields of a ``multipart/form-data`` body, taken as keyword arguments."""
    body_media_type: str = JSON_MEDIA_TYPE
    body_raw: bool = False
    """Whether the body is sent as given (text or bytes), not written from a model."""
    security: tuple[tuple[str, ...], ...] = ()
    """The security alternatives, each the scheme names sent together."""
    answer: Answer | None = None
    """What its successful answers hold; ``None``: the API's JSON envelope, as read so far."""
    envelope: bool = True
    """Whether the answer is the API's envelope (``status``, ``data``)."""

    @property
    def keyword_params(self) -> tuple[Parameter, ...]:
        """The keyword-only parameters, in the order of the signature."""
        return (*self.query_params, *self.header_params, *self.cookie_params, *self.form_fields)

    @property
    def read_type(self) -> str:
        """The expression of the type a JSON answer is read into."""
        return self.answer.read_type if self.answer is not None else self.response_type

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
    security_schemes: tuple[SecurityScheme, ...] = ()
    """The schemes some operation uses, by name."""
    credentials_always_needed: bool = False
    """Whether every operation needs credentials (a client without any is refused at once)."""

    @property
    def credentials(self) -> tuple[Credential, ...]:
        """The client's credential arguments: ``token`` first, then the others by name."""
        found: dict[str, Credential] = {}
        for scheme in self.security_schemes:
            found.setdefault(scheme.argument, _credential(scheme, self.security_schemes))
        return tuple(sorted(found.values(), key=lambda c: (c.argument != "token", c.argument)))

    @property
    def credentials_doc(self) -> str:
        """The sentence of the client's docstring that says which credentials it takes."""
        arguments = [credential.argument for credential in self.credentials]
        if arguments == ["token"]:
            return (
                f"The token comes from ``token`` or the ``{TOKEN_VARIABLE}`` environment variable."
            )
        if not arguments:
            return "The API needs no credentials."
        described = "; ".join(f"``{c.argument}``: {c.description}" for c in self.credentials)
        return f"Credentials, as the spec's security schemes declare them: {described}."

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
    records = read_operations(spec)
    security_schemes = _security_schemes(records, spec)
    arguments = {scheme.name: scheme.argument for scheme in security_schemes}
    operations = [_read_operation(record, schemas, models) for record in records]
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
        security_schemes=security_schemes,
        credentials_always_needed=bool(operations)
        and all(op.security and () not in op.security for op in operations)
        and bool(arguments),
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


def _security_schemes(
    records: Iterable[OperationRecord], spec: Mapping[str, Any]
) -> tuple[SecurityScheme, ...]:
    """The security schemes the operations use, each with the client argument that supplies it.

    ``oauth2`` and ``openIdConnect`` are a bearer token the caller obtains: the client runs no
    flow, and the access token travels as ``Authorization: Bearer`` (RFC 6750), as an HTTP
    bearer token does. API keys get ``api_key``, or, when several do, a name of their own.
    """
    declared = spec.get("components", {}).get("securitySchemes") or {}
    used: dict[str, SecurityScheme] = {}
    for record in records:
        for index, requirement in enumerate(record.security):
            if not isinstance(requirement, Mapping):
                raise ToolkitError(
                    f"{record.pointer}/security/{index}: expected a mapping of scheme names"
                )
            for name in requirement:
                if name not in used:
                    used[name] = _security_scheme(str(name), declared.get(name))
    keys = [scheme for scheme in used.values() if scheme.kind == "api_key"]
    basics = [scheme for scheme in used.values() if scheme.kind == "basic"]
    renamed = {}
    for group, argument in ((keys, "api_key"), (basics, "basic_auth")):
        for scheme in group:
            own = python_identifier(snake_case(scheme.name))
            renamed[scheme.name] = argument if len(group) == 1 else f"{argument}_{own}"
    return tuple(
        attrs.evolve(scheme, argument=renamed.get(scheme.name, scheme.argument))
        for scheme in sorted(used.values(), key=lambda scheme: scheme.name)
    )


def _security_scheme(name: str, scheme: Any) -> SecurityScheme:
    pointer = join_pointer("/components/securitySchemes", name)
    if not isinstance(scheme, Mapping):
        raise ToolkitError(f"{pointer}: an operation requires it, but no scheme has that name")
    kind = scheme.get("type")
    if kind == "http":
        http_scheme = str(scheme.get("scheme", "")).lower()
        if http_scheme in ("bearer", "basic"):
            return SecurityScheme(name, http_scheme, "header", "Authorization", "token")
        raise ToolkitError(
            f"{pointer}: HTTP scheme {scheme.get('scheme')!r} is not supported "
            "(expected bearer or basic)"
        )
    if kind in ("oauth2", "openIdConnect"):
        return SecurityScheme(name, "bearer", "header", "Authorization", "token")
    if kind == "apiKey":
        location, wire_name = scheme.get("in"), scheme.get("name")
        if location not in ("header", "query", "cookie") or not isinstance(wire_name, str):
            raise ToolkitError(
                f"{pointer}: expected an API key with a name, in header, query or cookie"
            )
        if location != "query" and not HTTP_TOKEN.fullmatch(wire_name):
            raise ToolkitError(f"{pointer}/name: {wire_name!r} is not a {location} name")
        return SecurityScheme(name, "api_key", location, wire_name, "api_key")
    raise ToolkitError(
        f"{pointer}: security scheme type {kind!r} is not supported (expected http bearer or "
        "basic, apiKey, oauth2 or openIdConnect)"
    )


def _credential(scheme: SecurityScheme, schemes: Iterable[SecurityScheme]) -> Credential:
    if scheme.kind == "basic":
        return Credential(
            scheme.argument, "tuple[str, str] | None", "a ``(user, password)`` for HTTP basic"
        )
    if scheme.kind == "api_key":
        return Credential(
            scheme.argument,
            "str | None",
            f"the API key sent in the {scheme.location} {scheme.wire_name}",
        )
    names = ", ".join(s.name for s in schemes if s.argument == "token")
    return Credential(
        "token",
        "str | None",
        f"the bearer token of {names}, else the ``{TOKEN_VARIABLE}`` environment variable",
    )


def _security(record: OperationRecord) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(name) for name in requirement) for requirement in record.security)


def _read_operation(
    record: OperationRecord, schemas: Mapping[str, Any], graph: ModelGraph
) -> Operation:
    where, method, path = record.where, record.method, record.path
    operation_id = record.operation_id or derived_operation_id(method, path)
    tag = record.tags[0] if record.tags else derived_tag(path)
    parameters = [
        (_with_enum_literals(parameter, graph), location)
        for parameter, location in _read_parameters(record, where)
    ]
    by_location = {
        location: tuple(p for p, place in parameters if place == location)
        for location in ("path", "query", "header", "cookie")
    }
    path_params = by_location["path"]
    _check_path_params(path, path_params, where)
    body = _read_body(record.request_body, where)
    answer = _read_answer(record, schemas)
    envelope = _is_envelope(answer, schemas)
    response_name = answer.returns
    summary = record.summary
    if summary is None:
        # The words of the id, whatever its casing: ``createPet`` -> ``Create pet``.
        summary = snake_case(operation_id).replace("_", " ").capitalize()
    taken = {p.python_name for p, _ in parameters}
    _check_distinct_arguments([p for p, _ in parameters] + list(body.form_fields), record)
    body_type = body.body_type
    body_fields = () if body.raw else _body_fields(body_type, graph, taken)
    value_prop_field, value_types = _value_types(body_type, body_fields, schemas, graph, where)
    identifiers = None if body.raw else _identifier_list(body_type, graph)
    data_type = None
    if envelope:
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
            (*by_location["query"], *by_location["header"], *by_location["cookie"]),
            body_fields,
            body_type,
            identifiers,
            data_type or response_name,
            body.form_fields,
            body.raw,
            envelope,
        ),
        path_params=path_params,
        query_params=by_location["query"],
        body_type=body_type,
        body_required=body.required,
        response_type=response_name,
        data_type=data_type,
        body_fields=body_fields,
        identifiers=identifiers,
        value_prop_field=value_prop_field,
        value_types=value_types,
        item_fields=_item_fields(response_name, schemas) if envelope else (),
        group=python_identifier(snake_case(tag)),
        method_name=client_method_name(operation_id, tag),
        constant_name="_" + snake_case(operation_id).upper(),
        server_url=_operation_server(record.operation, where),
        header_params=by_location["header"],
        cookie_params=by_location["cookie"],
        form_fields=body.form_fields,
        body_media_type=body.media_type,
        body_raw=body.raw,
        security=_security(record),
        answer=answer,
        envelope=envelope,
    )


def _is_envelope(answer: Answer, schemas: Mapping[str, Any]) -> bool:
    """Whether the answer is the API's envelope: a model with a ``status`` and a ``data`` that
    is a model, whose ``data`` the method returns."""
    if answer.media_type != JSON_MEDIA_TYPE or answer.empty_statuses:
        return False
    properties = schemas.get(answer.read_type, {}).get("properties", {})
    return "status" in properties and ref_target(properties.get("data", {})) is not None


def _check_distinct_arguments(parameters: Iterable[Parameter], record: OperationRecord) -> None:
    seen: dict[str, str] = {}
    for parameter in parameters:
        if parameter.python_name in seen:
            raise ToolkitError(
                f"{record.pointer}/parameters: {seen[parameter.python_name]!r} and "
                f"{parameter.name!r} would both be the argument {parameter.python_name}"
            )
        seen[parameter.python_name] = parameter.name


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


def _read_parameters(record: OperationRecord, where: str) -> list[tuple[Parameter, str]]:
    """The parameters a method takes (the path item's and the operation's), with their places;
    a header the client sets itself (``Accept``, ``Content-Type``, ``Authorization``) is
    left out, as OpenAPI says."""
    return [
        _read_parameter(parameter, f"{where}.parameters[{index}]")
        for index, parameter in enumerate(record.parameters)
        if not (parameter.location == "header" and parameter.name.lower() in IGNORED_HEADERS)
    ]


def _read_parameter(parameter: ParameterRecord, where: str) -> tuple[Parameter, str]:
    location = parameter.location
    if location not in ("path", "query", "header", "cookie"):
        raise ToolkitError(
            f"{parameter.pointer}/in: expected path, query, header or cookie, found {location!r}"
        )
    if location in ("header", "cookie") and not HTTP_TOKEN.fullmatch(parameter.name):
        raise ToolkitError(f"{parameter.pointer}/name: {parameter.name!r} is not a {location} name")
    # Header and cookie names are often not identifiers (``X-Request-ID``): snake_case them.
    spelled = parameter.name if location in ("path", "query") else snake_case(parameter.name)
    return (
        Parameter(
            name=parameter.name,
            python_name=python_identifier(spelled),
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


@attrs.frozen
class _Body:
    body_type: str | None = None
    required: bool = False
    media_type: str = JSON_MEDIA_TYPE
    raw: bool = False
    form_fields: tuple[Parameter, ...] = ()


def _read_body(body: RequestBodyRecord | None, where: str) -> _Body:
    """The body an operation takes: JSON (a model or a list of one), text (``str``), a
    ``multipart/form-data`` form (its fields as arguments) or any other media type (``bytes``)."""
    if body is None:
        return _Body()
    media_type = _chosen_media_type(body.content)
    if media_type is None:
        raise ToolkitError(f"{body.pointer}/content: expected at least one media type")
    pointer = join_pointer(body.pointer, "content", media_type)
    media = body.content[media_type]
    schema = media.get("schema") if isinstance(media, Mapping) else None
    if _is_json(media_type):
        if not isinstance(schema, Mapping):
            raise ToolkitError(f"{pointer}: expected a schema of the JSON body")
        return _Body(_body_type(schema, pointer + "/schema"), body.required, media_type)
    if media_type == FORM_MEDIA_TYPE:
        fields = _form_fields(schema, pointer + "/schema")
        return _Body(None, body.required, media_type, form_fields=fields)
    if media_type == "application/x-www-form-urlencoded":
        raise ToolkitError(
            f"{pointer}: application/x-www-form-urlencoded bodies are not supported "
            "(JSON, text, multipart/form-data and binary bodies are)"
        )
    python_type = TEXT_TYPE if media_type.startswith("text/") else BYTES_TYPE
    return _Body(python_type, body.required, media_type, raw=True)


def _chosen_media_type(content: Mapping[str, Any]) -> str | None:
    """The media type the client uses of those a body or answer offers: JSON if offered."""
    media_types = [str(media_type) for media_type in content]
    return next((m for m in media_types if _is_json(m)), media_types[0] if media_types else None)


def _is_json(media_type: str) -> bool:
    return media_type == JSON_MEDIA_TYPE or media_type.endswith("+json")


def _form_fields(schema: Any, pointer: str) -> tuple[Parameter, ...]:
    """The fields of a ``multipart/form-data`` body: a file (a binary string) as ``bytes``,
    any other as a scalar parameter."""
    if not isinstance(schema, Mapping) or schema.get("type") != "object":
        raise ToolkitError(f"{pointer}: expected an inline object schema of the form's fields")
    required = set(schema.get("required") or [])
    fields = []
    for name, field in (schema.get("properties") or {}).items():
        field_pointer = join_pointer(pointer, "properties", name)
        if not isinstance(field, Mapping):
            raise ToolkitError(f"{field_pointer}: expected a schema")
        if field.get("type") in ("array", "object"):
            raise ToolkitError(
                f"{field_pointer}: a form field that is an {field.get('type')} is not supported "
                "(a file or a scalar is)"
            )
        binary = field.get("type") == "string" and (
            field.get("format") == "binary" or "contentMediaType" in field
        )
        fields.append(
            Parameter(
                name=str(name),
                python_name=python_identifier(snake_case(str(name))),
                python_type=BYTES_TYPE if binary else _parameter_type(field, field_pointer),
                required=name in required,
                description=str(field.get("description") or ""),
            )
        )
    return tuple(fields)


def _body_type(schema: Mapping[str, Any], where: str, purpose: str = "write a body from") -> str:
    if "$ref" in schema:
        return _ref_name(schema["$ref"], where)
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return f"list[{_ref_name(schema['items']['$ref'], where)}]"
    raise ToolkitError(
        f"{where}: expected a $ref to a component or an array of $ref (an inline schema has no "
        f"class to {purpose}), found {dict(schema)}"
    )


def _read_answer(record: OperationRecord, schemas: Mapping[str, Any]) -> Answer:
    """What the successful answers hold: every 2xx response (a ``default`` one when there is
    none), which must agree on one type; those without content read as ``None``. A HEAD
    answer has no body, whatever its response describes."""
    responses = record.responses
    pointer = join_pointer(record.pointer, "responses")
    success = [status for status in responses if re.fullmatch(r"2(\d\d|XX)", status)]
    if not success and "default" in responses:
        success = ["default"]
    if not success:
        raise ToolkitError(
            f"{pointer}: expected a successful (2xx) or default response, found "
            f"{sorted(responses) or 'none'}"
        )
    if record.method == "HEAD":
        return Answer("", "None", "None", ())
    empty: list[int] = []
    typed: dict[tuple[str, str], str] = {}
    for status in success:
        response = responses[status]
        media_type = _chosen_media_type(response.content)
        if media_type is None:
            if status.isdigit():
                empty.append(int(status))
            continue
        media_pointer = join_pointer(response.pointer, "content", media_type)
        if _is_json(media_type):
            schema = response.content[media_type].get("schema")
            if not isinstance(schema, Mapping):
                raise ToolkitError(f"{media_pointer}: expected a schema of the JSON answer")
            read_type = _body_type(schema, media_pointer + "/schema", "read the answer into")
            if ref_target(schema) is not None and read_type not in schemas:
                raise ToolkitError(f"{media_pointer}/schema: no component {read_type}")
            typed.setdefault((JSON_MEDIA_TYPE, read_type), status)
        else:
            kind = TEXT_TYPE if media_type.startswith("text/") else BYTES_TYPE
            typed.setdefault((media_type if kind == TEXT_TYPE else media_type, kind), status)
    if len({returns for _, returns in typed}) > 1:
        found = ", ".join(f"{status}: {returns}" for (_, returns), status in typed.items())
        raise ToolkitError(
            f"{pointer}: the successful responses answer different types ({found}); a method "
            "returns one"
        )
    if not typed:
        return Answer("", "None", "None", tuple(empty))
    (media_type, returns), _ = next(iter(typed.items()))
    read_type = returns if media_type == JSON_MEDIA_TYPE else "None"
    if empty:
        returns = f"{returns} | None"
    return Answer(media_type, read_type, returns, tuple(empty))


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
    form_fields: Iterable[Parameter] = (),
    raw_body: bool = False,
    envelope: bool = True,
) -> tuple[str, ...]:
    lines = [_docstring_text(summary.rstrip(".") + ".")]
    if description:
        lines.append("")
        lines.extend(textwrap.wrap(_docstring_text(description), DOC_WIDTH))
    lines += ["", endpoint, "", "Args:"]
    documented = [(p.python_name, p.description) for p in (*path_params, *query_params)]
    documented += [(f.python_name, f.description) for f in body_fields]
    documented += [(f.python_name, f.description) for f in form_fields]
    if raw_body:
        documented.append(("body", f"The request body, as ``{body_type}``."))
    elif identifiers is not None:
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
    if not envelope:
        lines[-1] = (
            "    ``None``: the answer has no body." if returns == "None" else "    ``{returns}``."
        )
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
    """The first server's URL and its default metro. A URL without a ``{metro}`` is the one
    server (no metro); without servers, or with a relative URL, the client needs a
    ``base_url``, and the URL is ``""``."""
    servers = spec.get("servers") or []
    if not servers:
        return "", ""
    server = servers[0]
    if not isinstance(server, Mapping):
        raise ToolkitError("/servers/0: expected a server object with a url")
    variables = server.get("variables", {})
    metro = variables.get("metro", {}).get("default")
    url = str(server.get("url", ""))
    if "{metro}" in url and not metro:
        raise ToolkitError("/servers/0/variables/metro: expected a default metro")
    resolved = _server_url(server, "servers[0]")
    if not re.match(r"https?://", resolved):
        return "", ""
    return resolved, str(metro or "")


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
