"""Compares two OpenAPI specs and classifies each difference as breaking for a client or not.

A change is *breaking* when code written against the old client, or an old client talking to
the new server, stops working: a removed schema, field, parameter or operation; a changed type;
a new required request field; a removed enum value; a response field that may now be missing.

Whether a schema is sent, received or both decides some classifications, so the schemas reachable
from request bodies and parameters, and those reachable from responses, are worked out by
following ``$ref``s from ``paths``. A schema no operation uses is classified as if it were both
sent and received, the cautious reading.

Composition is read for what it means, so that a published OpenAPI document compares with the
normalized spec field by field: a component's ``allOf`` parts (inline objects, referenced
components, ``oneOf`` s of inline objects) are its fields, and ``allOf: [$ref]`` with a
description is that reference. Operations are matched by method and path; a changed
``operationId`` (the key of ``OPERATIONS``) or a change that moves the client method
(``client.<tag>.<method>``) is breaking.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from generator.codegen.operation_graph import client_method_name, python_identifier, snake_case
from generator.openapi.formats import DATETIME_FORMAT, UUID_FORMAT
from generator.openapi.forms import union_variant_names
from generator.openapi.operations import (
    ContentRecord,
    OperationRecord,
    ParameterRecord,
    read_operations,
)
from generator.openapi.refs import ref_target

JSONObject = Mapping[str, Any]
# String formats the client reads into a type of their own; the others do not change the type.
STRING_TYPE_FORMATS = frozenset({UUID_FORMAT, DATETIME_FORMAT})


class ChangeKind(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class Subject(enum.Enum):
    """What kind of thing changed."""

    SCHEMA = "schema"
    FIELD = "field"
    ENUM_VALUE = "enum value"
    OPERATION = "operation"
    PARAMETER = "parameter"


class Direction(enum.Flag):
    """Which way a schema travels between client and server."""

    NONE = 0
    REQUEST = enum.auto()
    RESPONSE = enum.auto()
    BOTH = REQUEST | RESPONSE


@attrs.frozen
class Location:
    """Where a change is: a schema (and field, and enum value), or an operation (and parameter)."""

    schema: str | None = None
    field: str | None = None
    enum_value: str | None = None
    operation: str | None = None
    parameter: str | None = None

    def __str__(self) -> str:
        if self.operation is not None:
            text = self.operation
            if self.parameter is not None:
                text += f" parameter {self.parameter}"
        else:
            text = self.schema or ""
            if self.field is not None:
                text += f".{self.field}"
        if self.enum_value is not None:
            text += f" = {self.enum_value!r}"
        return text


@attrs.frozen
class Change:
    """One difference between two specs, classified for a client."""

    kind: ChangeKind
    subject: Subject
    location: Location
    breaking: bool
    reason: str

    def describe(self) -> str:
        return f"{self.kind.value} {self.subject.value} {self.location}: {self.reason}"

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "subject": self.subject.value,
            "location": {
                name: value
                for name, value in attrs.asdict(self.location).items()
                if value is not None
            },
            "breaking": self.breaking,
            "reason": self.reason,
        }


def diff_specs(old: JSONObject, new: JSONObject) -> list[Change]:
    """Every difference between ``old`` and ``new`` that matters to a client, in a stable order."""
    old, new = comparable_spec(old), comparable_spec(new)
    old_schemas = _schemas(old)
    new_schemas = _schemas(new)
    directions = _merge_directions(schema_directions(old), schema_directions(new))
    context = _Context(old_schemas, new_schemas, directions)
    changes = list(_diff_components(context))
    changes.extend(_diff_operations(old, new, context))
    return changes


def schema_directions(spec: JSONObject) -> dict[str, Direction]:
    """For each component schema an operation uses: whether it is sent, received or both."""
    schemas = _schemas(spec)
    directions: dict[str, Direction] = {}
    for operation in read_operations(spec):
        for parameter in operation.parameters:
            _mark_reachable(parameter.schema, schemas, Direction.REQUEST, directions)
        if operation.request_body is not None:
            _mark_reachable(operation.request_body.content, schemas, Direction.REQUEST, directions)
        for response in operation.responses.values():
            _mark_reachable(response.content, schemas, Direction.RESPONSE, directions)
    return directions


def summarize(changes: Iterable[Change]) -> str:
    """A few lines counting what was added, removed and changed: schemas, fields, operations."""
    changes = list(changes)
    if not changes:
        return "No changes to schemas, fields, enum values or operations."
    lines = []
    changed_schemas = {
        change.location.schema
        for change in changes
        if change.subject is not Subject.SCHEMA and change.location.schema is not None
    }
    changed_operations = {
        change.location.operation
        for change in changes
        if change.subject is Subject.PARAMETER
        or (change.subject is Subject.OPERATION and change.kind is ChangeKind.CHANGED)
    }
    for subject, plural in (
        (Subject.SCHEMA, "schemas"),
        (Subject.FIELD, "fields"),
        (Subject.ENUM_VALUE, "enum values"),
        (Subject.OPERATION, "operations"),
        (Subject.PARAMETER, "parameters"),
    ):
        counts = {
            kind: sum(1 for c in changes if c.subject is subject and c.kind is kind)
            for kind in ChangeKind
        }
        if subject is Subject.SCHEMA:
            counts[ChangeKind.CHANGED] += len(changed_schemas)
        if subject is Subject.OPERATION:
            counts[ChangeKind.CHANGED] = len(changed_operations)
        if not any(counts.values()):
            continue
        lines.append(
            f"{plural}: {counts[ChangeKind.ADDED]} added, {counts[ChangeKind.REMOVED]} removed, "
            f"{counts[ChangeKind.CHANGED]} changed"
        )
    breaking = sum(1 for change in changes if change.breaking)
    lines.append(f"{breaking} breaking change(s) for clients.")
    return "\n".join(lines)


@attrs.frozen
class _Context:
    old_schemas: JSONObject
    new_schemas: JSONObject
    directions: Mapping[str, Direction]

    def direction_of(self, schema_name: str) -> Direction:
        # A schema no operation uses could be either: classify it cautiously as both.
        return self.directions.get(schema_name, Direction.BOTH)


def _schemas(spec: JSONObject) -> JSONObject:
    schemas: JSONObject = spec.get("components", {}).get("schemas", {})
    return schemas


def _operations(spec: JSONObject) -> dict[str, OperationRecord]:
    """Operations keyed by ``METHOD /path``."""
    return {operation.key: operation for operation in read_operations(spec)}


def _operation_label(operation: OperationRecord) -> str:
    """``METHOD /path (operationId)``, the label a person reads."""
    if operation.operation_id:
        return f"{operation.key} ({operation.operation_id})"
    return operation.key


def _mark_reachable(
    node: Any, schemas: JSONObject, direction: Direction, directions: dict[str, Direction]
) -> None:
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Mapping):
            name = ref_target(current)
            if name is not None:
                before = directions.get(name, Direction.NONE)
                if direction not in before and name in schemas:
                    directions[name] = before | direction
                    pending.append(schemas[name])
                continue
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)


def _merge_directions(
    old: Mapping[str, Direction], new: Mapping[str, Direction]
) -> dict[str, Direction]:
    merged = dict(old)
    for name, direction in new.items():
        merged[name] = merged.get(name, Direction.NONE) | direction
    return merged


# --- schemas ---------------------------------------------------------------------------------


def _schema_form(schema: JSONObject) -> str:
    """The form of a component: an object, an enum, a choice of variants, or another type."""
    if "enum" in schema:
        return "enum"
    if union_variant_names(schema) is not None:
        return "oneOf"
    if schema.get("type") == "object" and not isinstance(
        schema.get("additionalProperties"), Mapping
    ):
        return "object"
    return type_signature(schema)


def _diff_components(context: _Context) -> Iterator[Change]:
    old_schemas, new_schemas = context.old_schemas, context.new_schemas
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        yield Change(
            ChangeKind.REMOVED,
            Subject.SCHEMA,
            Location(schema=name),
            True,
            "its model goes away; code that uses it breaks",
        )
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        yield Change(ChangeKind.ADDED, Subject.SCHEMA, Location(schema=name), False, "a new model")
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        yield from _diff_schema(name, old_schemas[name], new_schemas[name], context)


def _diff_schema(
    name: str, old: JSONObject, new: JSONObject, context: _Context
) -> Iterator[Change]:
    old_form, new_form = _schema_form(old), _schema_form(new)
    if old_form != new_form:
        yield Change(
            ChangeKind.CHANGED,
            Subject.SCHEMA,
            Location(schema=name),
            True,
            f"its type changed from {old_form} to {new_form}",
        )
        return
    direction = context.direction_of(name)
    if old_form == "enum":
        yield from _diff_enum_values(Location(schema=name), old, new, direction)
    elif old_form == "oneOf":
        yield from _diff_variants(name, old, new, direction)
    elif old_form == "object":
        yield from _diff_fields(name, old, new, context)


def _diff_variants(
    name: str, old: JSONObject, new: JSONObject, direction: Direction
) -> Iterator[Change]:
    old_variants = set(union_variant_names(old) or [])
    new_variants = set(union_variant_names(new) or [])
    for variant in sorted(old_variants - new_variants):
        yield Change(
            ChangeKind.CHANGED,
            Subject.SCHEMA,
            Location(schema=name),
            Direction.REQUEST in direction,
            f"variant {variant} removed; "
            + (
                "requests that send it are rejected"
                if Direction.REQUEST in direction
                else "responses no longer carry it"
            ),
        )
    for variant in sorted(new_variants - old_variants):
        yield Change(
            ChangeKind.CHANGED,
            Subject.SCHEMA,
            Location(schema=name),
            Direction.RESPONSE in direction,
            f"variant {variant} added; "
            + (
                "an older client cannot decode a response that carries it"
                if Direction.RESPONSE in direction
                else "requests may send it"
            ),
        )


def _diff_fields(
    name: str, old: JSONObject, new: JSONObject, context: _Context
) -> Iterator[Change]:
    old_fields: JSONObject = old.get("properties", {})
    new_fields: JSONObject = new.get("properties", {})
    old_required = set(old.get("required", []))
    new_required = set(new.get("required", []))
    direction = context.direction_of(name)
    sent = Direction.REQUEST in direction
    received = Direction.RESPONSE in direction
    for field in sorted(old_fields.keys() - new_fields.keys()):
        yield Change(
            ChangeKind.REMOVED,
            Subject.FIELD,
            Location(schema=name, field=field),
            True,
            "code that reads or sets it breaks",
        )
    for field in sorted(new_fields.keys() - old_fields.keys()):
        location = Location(schema=name, field=field)
        if field not in new_required:
            yield Change(ChangeKind.ADDED, Subject.FIELD, location, False, "a new optional field")
        elif sent:
            yield Change(
                ChangeKind.ADDED,
                Subject.FIELD,
                location,
                True,
                "a new required field in a request; existing calls do not send it",
            )
        else:
            yield Change(
                ChangeKind.ADDED,
                Subject.FIELD,
                location,
                False,
                "a new field that responses always carry",
            )
    for field in sorted(old_fields.keys() & new_fields.keys()):
        location = Location(schema=name, field=field)
        was_required, is_required = field in old_required, field in new_required
        if is_required and not was_required:
            yield Change(
                ChangeKind.CHANGED,
                Subject.FIELD,
                location,
                sent,
                "became required; requests without it are rejected"
                if sent
                else "became required; responses now always carry it",
            )
        elif was_required and not is_required:
            yield Change(
                ChangeKind.CHANGED,
                Subject.FIELD,
                location,
                received,
                "became optional; code that relies on it in responses breaks when it is missing"
                if received
                else "became optional; requests may leave it out",
            )
        yield from _diff_value_schema(
            location, old_fields[field], new_fields[field], direction, context
        )


# --- value schemas (fields and parameters) -----------------------------------------------------


def type_signature(schema: Any) -> str:
    """The type a value schema describes, without its documentation or constraints.

    Enums read as ``enum of <type>``, whether inline or a shared component: which enum values
    change is reported value by value.
    """
    if not isinstance(schema, Mapping):
        return "any"
    schema = _reference_of(schema)
    name = ref_target(schema)
    if name is not None:
        return name
    variants = union_variant_names(schema)
    if variants is not None:
        return "oneOf[" + " | ".join(variants) + "]"
    if "const" in schema:
        return "enum"  # an enum of one value, as JSON Schema defines it
    declared = schema.get("type")
    if isinstance(declared, list):
        return " | ".join(sorted(str(part) for part in declared))
    if declared is None:
        return "enum" if "enum" in schema else "any"
    if "enum" in schema:
        return f"enum of {declared}"
    if declared == "array":
        return f"array of {type_signature(schema.get('items'))}"
    if declared == "object":
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping):
            return f"map of {type_signature(additional)}"
        return "object"
    # Unsigned formats are kept as ``x-format``, which other generators ignore.
    form = schema.get("x-format") or schema.get("format")
    if declared == "string" and form not in STRING_TYPE_FORMATS:
        # A string format without a type of its own (``regex``, ``enum``) is prose.
        form = None
    return f"{declared} ({form})" if form else str(declared)


def _enum_values(schema: Any, schemas: JSONObject) -> list[Any] | None:
    """The values of an enum schema, looking through one ``$ref`` to a shared enum."""
    if not isinstance(schema, Mapping):
        return None
    name = ref_target(schema)
    if name is not None:
        schema = schemas.get(name, {})
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def _element_schema(schema: Any) -> Any:
    """The schema of one value: the items of an array, otherwise the schema itself."""
    if isinstance(schema, Mapping) and schema.get("type") == "array":
        return schema.get("items", {})
    return schema


def _comparable_signature(schema: Any, schemas: JSONObject) -> str:
    """The type signature, with an enum reference read as the enum it names."""
    element = _element_schema(schema)
    target = schemas.get(ref_target(element) or "")
    if isinstance(target, Mapping) and set(target) <= _ANNOTATIONS:
        # A component that is any JSON value (``GoogleProtobufValue: {}``) is that value.
        signature = "any"
        return f"array of {signature}" if element is not schema else signature
    if _enum_values(element, schemas) is not None:
        enum_schema = schemas.get(ref_target(element) or "", element)
        signature = f"enum of {enum_schema.get('type', 'value')}"
        return f"array of {signature}" if element is not schema else signature
    return type_signature(schema)


def _diff_value_schema(
    location: Location, old: Any, new: Any, direction: Direction, context: _Context
) -> Iterator[Change]:
    old_element, new_element = _element_schema(old), _element_schema(new)
    old_ref, new_ref = ref_target(old_element), ref_target(new_element)
    same_component = old_ref is not None and old_ref == new_ref
    if same_component:
        # The component's own changes are reported once, under the component.
        old_signature, new_signature = type_signature(old), type_signature(new)
    else:
        old_signature = _comparable_signature(old, context.old_schemas)
        new_signature = _comparable_signature(new, context.new_schemas)
    if old_signature != new_signature:
        yield Change(
            ChangeKind.CHANGED,
            Subject.PARAMETER if location.operation is not None else Subject.FIELD,
            location,
            True,
            f"its type changed from {old_signature} to {new_signature}",
        )
        return
    if same_component:
        return
    old_values = _enum_values(old_element, context.old_schemas)
    new_values = _enum_values(new_element, context.new_schemas)
    if old_values is not None and new_values is not None:
        yield from _diff_enum_values(
            location, {"enum": old_values}, {"enum": new_values}, direction
        )


def _diff_enum_values(
    location: Location, old: JSONObject, new: JSONObject, direction: Direction
) -> Iterator[Change]:
    old_values = list(old.get("enum", []))
    new_values = list(new.get("enum", []))
    for value in old_values:
        if value not in new_values:
            yield Change(
                ChangeKind.REMOVED,
                Subject.ENUM_VALUE,
                attrs.evolve(location, enum_value=str(value)),
                True,
                "clients that send it or match on it break",
            )
    for value in new_values:
        if value not in old_values:
            yield Change(
                ChangeKind.ADDED,
                Subject.ENUM_VALUE,
                attrs.evolve(location, enum_value=str(value)),
                False,
                "unknown enum values in responses are kept as they are"
                if Direction.RESPONSE in direction
                else "a new value clients may send",
            )


# --- operations ------------------------------------------------------------------------------


def _diff_operations(old: JSONObject, new: JSONObject, context: _Context) -> Iterator[Change]:
    old_operations, new_operations = _operations(old), _operations(new)
    for key in sorted(old_operations.keys() - new_operations.keys()):
        yield Change(
            ChangeKind.REMOVED,
            Subject.OPERATION,
            Location(operation=_operation_label(old_operations[key])),
            True,
            "calls to it break",
        )
    for key in sorted(new_operations.keys() - old_operations.keys()):
        yield Change(
            ChangeKind.ADDED,
            Subject.OPERATION,
            Location(operation=_operation_label(new_operations[key])),
            False,
            "a new operation",
        )
    for key in sorted(old_operations.keys() & new_operations.keys()):
        label = _operation_label(new_operations[key])
        old_operation, new_operation = old_operations[key], new_operations[key]
        yield from _diff_client_names(label, old_operation, new_operation)
        yield from _diff_parameters(label, old_operation, new_operation, context)
        yield from _diff_request_body(label, old_operation, new_operation, context)
        yield from _diff_responses(label, old_operation, new_operation, context)


def _parameters(operation: OperationRecord) -> dict[str, ParameterRecord]:
    return {
        f"{parameter.location} {parameter.name}": parameter for parameter in operation.parameters
    }


def _diff_parameters(
    label: str,
    old_operation: OperationRecord,
    new_operation: OperationRecord,
    context: _Context,
) -> Iterator[Change]:
    old_parameters = _parameters(old_operation)
    new_parameters = _parameters(new_operation)
    for key in sorted(old_parameters.keys() - new_parameters.keys()):
        yield Change(
            ChangeKind.REMOVED,
            Subject.PARAMETER,
            Location(operation=label, parameter=key),
            True,
            "calls that pass it break",
        )
    for key in sorted(new_parameters.keys() - old_parameters.keys()):
        required = new_parameters[key].required
        yield Change(
            ChangeKind.ADDED,
            Subject.PARAMETER,
            Location(operation=label, parameter=key),
            required,
            "a new required parameter; existing calls do not pass it"
            if required
            else "a new optional parameter",
        )
    for key in sorted(old_parameters.keys() & new_parameters.keys()):
        location = Location(operation=label, parameter=key)
        was_required = old_parameters[key].required
        is_required = new_parameters[key].required
        if is_required and not was_required:
            yield Change(
                ChangeKind.CHANGED,
                Subject.PARAMETER,
                location,
                True,
                "became required; calls without it are rejected",
            )
        elif was_required and not is_required:
            yield Change(
                ChangeKind.CHANGED,
                Subject.PARAMETER,
                location,
                False,
                "became optional; calls may leave it out",
            )
        yield from _diff_value_schema(
            location,
            old_parameters[key].schema,
            new_parameters[key].schema,
            Direction.REQUEST,
            context,
        )


def _content_signature(holder: ContentRecord | None, schemas: JSONObject) -> str | None:
    """The type signature of a request body or response, ``None`` when it has no content."""
    if holder is None or not holder.content:
        return None
    content = holder.content
    media = content.get("application/json") or next(iter(content.values()))
    return _comparable_signature(media.get("schema", {}), schemas)


def _diff_request_body(
    label: str,
    old_operation: OperationRecord,
    new_operation: OperationRecord,
    context: _Context,
) -> Iterator[Change]:
    old_body = old_operation.request_body
    new_body = new_operation.request_body
    old_signature = _content_signature(old_body, context.old_schemas)
    new_signature = _content_signature(new_body, context.new_schemas)
    location = Location(operation=label, parameter="request body")
    if old_signature is None and new_signature is None:
        return
    if old_signature is None:
        required = new_body is not None and new_body.required
        yield Change(
            ChangeKind.ADDED,
            Subject.PARAMETER,
            location,
            required,
            "a new required request body; existing calls do not send it"
            if required
            else "a new optional request body",
        )
    elif new_signature is None:
        yield Change(
            ChangeKind.REMOVED,
            Subject.PARAMETER,
            location,
            True,
            "calls that send a body break",
        )
    elif old_signature != new_signature:
        yield Change(
            ChangeKind.CHANGED,
            Subject.PARAMETER,
            location,
            True,
            f"its type changed from {old_signature} to {new_signature}",
        )


def _diff_responses(
    label: str,
    old_operation: OperationRecord,
    new_operation: OperationRecord,
    context: _Context,
) -> Iterator[Change]:
    old_responses = old_operation.responses
    new_responses = new_operation.responses

    def response_change(breaking: bool, why: str) -> Change:
        return Change(
            ChangeKind.CHANGED, Subject.OPERATION, Location(operation=label), breaking, why
        )

    for status in sorted(old_responses.keys() & new_responses.keys(), key=str):
        old_signature = _content_signature(old_responses[status], context.old_schemas)
        new_signature = _content_signature(new_responses[status], context.new_schemas)
        if old_signature != new_signature:
            yield response_change(
                True, f"the {status} response changed from {old_signature} to {new_signature}"
            )
    for status in sorted(new_responses.keys() - old_responses.keys(), key=str):
        yield response_change(False, f"a new {status} response")
    for status in sorted(old_responses.keys() - new_responses.keys(), key=str):
        yield response_change(False, f"the {status} response is no longer documented")


def _client_method(operation: OperationRecord) -> str | None:
    """``client.<group>.<method>`` of an operation, ``None`` without an id and one tag."""
    if not operation.operation_id or len(operation.tags) != 1:
        return None
    tag = operation.tags[0]
    method = client_method_name(operation.operation_id, tag)
    return f"client.{python_identifier(snake_case(tag))}.{method}"


def _diff_client_names(
    label: str, old_operation: OperationRecord, new_operation: OperationRecord
) -> Iterator[Change]:
    location = Location(operation=label)
    old_id, new_id = old_operation.operation_id, new_operation.operation_id
    if old_id != new_id:
        yield Change(
            ChangeKind.CHANGED,
            Subject.OPERATION,
            location,
            True,
            f"its operationId changed from {old_id} to {new_id}; "
            "OPERATIONS and client.operation() know it by the new id only",
        )
    old_method, new_method = _client_method(old_operation), _client_method(new_operation)
    if old_method != new_method:
        old_tags, new_tags = list(old_operation.tags), list(new_operation.tags)
        why = f" (tag {old_tags} -> {new_tags})" if old_tags != new_tags else ""
        yield Change(
            ChangeKind.CHANGED,
            Subject.OPERATION,
            location,
            True,
            f"its client method moved from {old_method} to {new_method}{why}; calls to the "
            "old name break",
        )


# --- composition -----------------------------------------------------------------------------

# Keys that describe a schema without constraining it.
_ANNOTATIONS = frozenset({"description", "title", "example", "examples", "default", "deprecated"})


def _reference_of(schema: Any) -> Any:
    """``allOf: [$ref]`` (with annotations beside it) read as the ``$ref`` itself."""
    if not isinstance(schema, Mapping):
        return schema
    parts = schema.get("allOf")
    if (
        isinstance(parts, list)
        and len(parts) == 1
        and ref_target(parts[0]) is not None
        and set(schema) - {"allOf"} <= _ANNOTATIONS
    ):
        return {**{k: v for k, v in schema.items() if k != "allOf"}, "$ref": parts[0]["$ref"]}
    return schema


def comparable_spec(spec: JSONObject) -> dict[str, Any]:
    """``spec`` with composition read as fields: every ``allOf: [$ref]`` the reference, every
    composed object component one object with all the fields of its parts."""
    comparable: dict[str, Any] = _unwrap_references(spec)
    schemas = comparable.get("components", {}).get("schemas")
    if isinstance(schemas, dict):
        flattened: dict[str, Any] = {}
        for name in schemas:
            flattened[name] = _flattened(name, schemas, flattened, frozenset())
        comparable["components"] = {**comparable["components"], "schemas": flattened}
    return comparable


def _unwrap_references(node: Any) -> Any:
    if isinstance(node, Mapping):
        return {key: _unwrap_references(value) for key, value in _reference_of(node).items()}
    if isinstance(node, list):
        return [_unwrap_references(item) for item in node]
    return node


def _is_inline_object(schema: Any) -> bool:
    return isinstance(schema, Mapping) and ref_target(schema) is None and "properties" in schema


def _flattened(name: str, schemas: JSONObject, done: dict[str, Any], seen: frozenset[str]) -> Any:
    if name in done:
        return done[name]
    schema = schemas.get(name)
    if not isinstance(schema, Mapping) or name in seen:
        return schema
    return _flattened_schema(schema, schemas, done, seen | {name})


def _flattened_schema(
    schema: JSONObject, schemas: JSONObject, done: dict[str, Any], seen: frozenset[str]
) -> Any:
    parts = schema.get("allOf")
    one_of = schema.get("oneOf")
    variants: list[Any] = one_of if isinstance(one_of, list) else []
    inline_variants = any(_is_inline_object(variant) for variant in variants)
    if not isinstance(parts, list) and not inline_variants:
        return schema
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", []))
    for part in parts if isinstance(parts, list) else []:
        target = ref_target(part)
        merged = (
            _flattened(target, schemas, done, seen)
            if target is not None
            else _flattened_schema(part, schemas, done, seen)
        )
        if isinstance(merged, Mapping):
            properties.update(merged.get("properties", {}))
            required.extend(merged.get("required", []))
    if inline_variants:
        # A field of any variant is a field of the object; one variant alone is required.
        for variant in variants:
            if isinstance(variant, Mapping):
                properties.update(variant.get("properties", {}))
        if len(variants) == 1:
            required.extend(variants[0].get("required", []))
    result = {
        key: value
        for key, value in schema.items()
        if key not in ("allOf", "properties", "required", "oneOf")
    }
    result["type"] = "object"
    result["properties"] = properties
    if required:
        result["required"] = list(dict.fromkeys(required))
    return result
