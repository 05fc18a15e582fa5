"""Checks a request against its operation's schemas and names every way it breaks them.

Schemas are validated with ``jsonschema`` (draft 2020-12, the dialect of OpenAPI 3.1) in place
inside the spec document, which is registered with ``referencing`` so that each
``#/components/schemas/...`` reference resolves against the document it came from.

The spec's objects are open (a newer server may add fields), which is right for what a client
reads and sends, but would let the mock's own answers carry fields the API does not send. The
mock's answers are therefore checked with ``declared_only``: an object with ``properties`` may
hold those properties only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

# jsonschema ships no type information; its use here is small and checked by the tests.
from jsonschema import Draft202012Validator, FormatChecker, validators  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.openapi.formats import INTEGER_FORMAT_BOUNDS
from generator.openapi.operations import OperationRecord, ParameterRecord

SPEC_URI = "urn:ukc-mock:openapi"


def _format_checker() -> FormatChecker:
    checker = FormatChecker()
    # JSON Schema itself does not know OpenAPI's integer formats and their ranges.
    for name, (minimum, maximum) in INTEGER_FORMAT_BOUNDS.items():
        checker.checks(name)(_integer_in_range(minimum, maximum))
    return checker


def _integer_in_range(minimum: int, maximum: int) -> Callable[[object], bool]:
    def check(instance: object) -> bool:
        if not isinstance(instance, int) or isinstance(instance, bool):
            return True  # not an integer: `type` reports that
        return minimum <= instance <= maximum

    return check


FORMAT_CHECKER = _format_checker()
_OPEN_PROPERTIES = Draft202012Validator.VALIDATORS["properties"]


def _declared_properties(
    validator: Any, properties: Mapping[str, Any], instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """``properties`` as draft 2020-12 checks it, and no property the schema does not declare
    (unless the schema says what other properties may be, as a string map does)."""
    yield from _OPEN_PROPERTIES(validator, properties, instance, schema)
    if not validator.is_type(instance, "object"):
        return
    if "additionalProperties" in schema or "patternProperties" in schema:
        return
    for name in instance:
        if name not in properties:
            yield ValidationError(
                f"{name!r} is not a property of the schema (it declares: "
                + ", ".join(properties)
                + ")"
            )


# Draft 2020-12 with objects closed to undeclared properties: for the mock's own answers.
DeclaredOnlyValidator = validators.extend(
    Draft202012Validator, {"properties": _declared_properties}
)
# Long instances in jsonschema's messages would bury what was wrong.
_MESSAGE_LIMIT = 240


@attrs.frozen
class Violation:
    """One way a request breaks the spec: where (``body[0].name``, ``query.details``) and why."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@attrs.frozen
class ValidRequest:
    """A request's inputs, checked and typed: path and query values, and the decoded body."""

    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any


class InvalidRequest(Exception):
    """The request breaks the spec; ``violations`` says where and how."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        super().__init__("; ".join(str(violation) for violation in violations))


@attrs.define
class _Shape:
    """The fields a schema declares, as ``declared_part`` applies them: ``properties`` (or
    ``None``: an open object, kept whole), ``items`` of a list, and ``oneOf`` variants by the
    fields each requires."""

    properties: dict[str, _Shape] | None = None
    items: _Shape | None = None
    variants: list[tuple[frozenset[str], _Shape]] | None = None


def _declared(shape: _Shape, value: Any) -> Any:
    if isinstance(value, list):
        if shape.items is None:
            return list(value)
        items = shape.items
        return [_declared(items, item) for item in value]
    if not isinstance(value, Mapping):
        return value
    if shape.variants:
        matching = [variant for required, variant in shape.variants if required <= value.keys()]
        return _declared(matching[0], value) if len(matching) == 1 else dict(value)
    properties = shape.properties
    if properties is None:
        return dict(value)
    return {
        name: _declared(properties[name], field)
        for name, field in value.items()
        if name in properties
    }


class SpecSchemas:
    """Validators for schemas addressed by JSON pointers into one spec document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        resource: Resource[Any] = DRAFT202012.create_resource(spec)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._resolver = self._registry.resolver(SPEC_URI)
        self._validators: dict[tuple[str, bool], Draft202012Validator] = {}
        self._shapes: dict[int, tuple[Mapping[str, Any], _Shape]] = {}
        self._resolved: dict[str, Mapping[str, Any]] = {}

    def validator(self, pointer: str, declared_only: bool = False) -> Draft202012Validator:
        """The validator of the schema at ``pointer`` (cached); with ``declared_only``, objects
        may hold only the properties their schema declares."""
        key = (pointer, declared_only)
        if key not in self._validators:
            kind = DeclaredOnlyValidator if declared_only else Draft202012Validator
            self._validators[key] = kind(
                {"$ref": f"{SPEC_URI}#{pointer}"},
                registry=self._registry,
                format_checker=FORMAT_CHECKER,
            )
        return self._validators[key]

    def resolve(self, pointer: str) -> Mapping[str, Any]:
        """The schema at ``pointer``, following ``$ref`` until a schema with content."""
        cached = self._resolved.get(pointer)
        if cached is not None:
            return cached
        resolved = self._resolver.lookup(f"#{pointer}")
        schema = resolved.contents
        resolver = resolved.resolver
        while isinstance(schema, Mapping) and "$ref" in schema:
            resolved = resolver.lookup(schema["$ref"])
            schema, resolver = resolved.contents, resolved.resolver
        found = schema if isinstance(schema, Mapping) else {}
        self._resolved[pointer] = found
        return found

    def declared_part(self, schema: Mapping[str, Any], value: Any) -> Any:
        """``value`` without the fields ``schema`` does not declare, at every depth.

        A request may carry fields the spec does not know (its objects are open); what the mock
        keeps of it, and later answers with, holds only those the answer's schema declares.
        """
        return _declared(self._shape(schema), value)

    def _shape(self, schema: Mapping[str, Any]) -> _Shape:
        """What ``schema`` declares, read once: every answer passes through it."""
        schema = self._followed(schema)
        cached = self._shapes.get(id(schema))
        if cached is not None and cached[0] is schema:
            return cached[1]
        shape = _Shape()
        # Stored before its parts are read: a schema may contain itself.
        self._shapes[id(schema)] = (schema, shape)
        items = schema.get("items")
        if isinstance(items, Mapping):
            shape.items = self._shape(items)
        variants = [
            variant
            for variant in schema.get("oneOf", ())
            if isinstance(variant, Mapping) and "$ref" in variant
        ]
        properties = schema.get("properties")
        if variants:
            shape.variants = [
                (frozenset(self._followed(variant).get("required", ())), self._shape(variant))
                for variant in variants
            ]
        elif isinstance(properties, Mapping) and "additionalProperties" not in schema:
            shape.properties = {
                name: self._shape(part)
                for name, part in properties.items()
                if isinstance(part, Mapping)
            }
        return shape

    def fits(self, schema: Mapping[str, Any], value: Any) -> bool:
        """Whether ``value`` is valid against ``schema``, a schema of the spec without
        references inside (one with references is taken to fit: its parts are checked
        where they are used)."""
        local = {key: part for key, part in schema.items() if key not in ("$ref", "examples")}
        if "$ref" in json.dumps(local):
            return True
        return bool(Draft202012Validator(local, format_checker=FORMAT_CHECKER).is_valid(value))

    def followed(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` with its ``$ref`` s followed."""
        return self._followed(schema)

    def _followed(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` with its ``$ref`` s followed."""
        while "$ref" in schema:
            # Every reference of the spec is local: it resolves against the spec itself.
            schema = self._resolver.lookup(str(schema["$ref"])).contents
        return schema

    def violations(
        self, pointer: str, instance: Any, location: str, declared_only: bool = False
    ) -> list[Violation]:
        """Every way ``instance`` breaks the schema at ``pointer``, located under ``location``."""
        validator = self.validator(pointer, declared_only)
        errors = sorted(validator.iter_errors(instance), key=_error_order)
        return [
            Violation(location + _relative_path(error), _shorten(_message(error)))
            for error in errors
        ]


def _message(error: ValidationError) -> str:
    """jsonschema's message, or for a constraint on which fields are present (a ``oneOf`` or
    ``anyOf`` of ``required`` lists) what the object must name: "not valid under any of the
    given schemas" does not say why."""
    groups = error.validator_value
    if error.validator not in ("oneOf", "anyOf") or not _only_required(groups):
        return str(error.message)
    names = " or ".join("+".join(group["required"]) for group in groups)
    present = [
        "+".join(group["required"])
        for group in groups
        if isinstance(error.instance, Mapping) and set(group["required"]) <= error.instance.keys()
    ]
    if not present:
        return f"names nothing: give {names}"
    return f"give exactly one of {names}, not {' and '.join(present)}"


def _only_required(groups: Any) -> bool:
    return (
        isinstance(groups, list)
        and bool(groups)
        and all(isinstance(group, Mapping) and set(group) == {"required"} for group in groups)
    )


def _error_order(error: ValidationError) -> tuple[str, str]:
    return (_relative_path(error), error.message)


def _relative_path(error: ValidationError) -> str:
    return "".join(
        f"[{step}]" if isinstance(step, int) else f".{step}" for step in error.absolute_path
    )


def _shorten(message: str) -> str:
    if len(message) <= _MESSAGE_LIMIT:
        return message
    return message[: _MESSAGE_LIMIT - 3] + "..."


class RequestValidator:
    """Checks the parameters and body of requests against their operations."""

    def __init__(self, schemas: SpecSchemas) -> None:
        self._schemas = schemas

    def validate(
        self,
        operation: OperationRecord,
        path_values: Mapping[str, str],
        query_values: Mapping[str, str],
        body: bytes,
        content_type: str | None,
    ) -> ValidRequest:
        """The typed inputs of a request, or ``InvalidRequest`` naming all that is wrong."""
        violations: list[Violation] = []
        path: dict[str, str] = {}
        query: dict[str, Any] = {}
        for parameter in operation.parameters:
            if parameter.location == "path":
                raw = path_values.get(parameter.name)
                target: dict[str, Any] = path
            elif parameter.location == "query":
                raw = query_values.get(parameter.name)
                target = query
            else:
                continue
            if raw is None:
                if parameter.required:
                    violations.append(
                        Violation(f"{parameter.location}.{parameter.name}", "required, missing")
                    )
                continue
            value, parameter_violations = self._parameter_value(parameter, raw)
            violations.extend(parameter_violations)
            target[parameter.name] = value
        decoded_body, body_violations = self._body(operation, body, content_type)
        violations.extend(body_violations)
        if violations:
            raise InvalidRequest(violations)
        return ValidRequest(path=path, query=query, body=decoded_body)

    def _parameter_value(self, parameter: ParameterRecord, raw: str) -> tuple[Any, list[Violation]]:
        location = f"{parameter.location}.{parameter.name}"
        schema_type = str(self._schemas.resolve(parameter.schema_pointer).get("type"))
        try:
            value = _coerce(raw, schema_type)
        except ValueError:
            return raw, [Violation(location, f"expected {_TYPE_NAMES[schema_type]}, got {raw!r}")]
        return value, self._schemas.violations(parameter.schema_pointer, value, location)

    def _body(
        self, operation: OperationRecord, body: bytes, content_type: str | None
    ) -> tuple[Any, list[Violation]]:
        request_body = operation.request_body
        body_pointer = request_body.json_schema_pointer if request_body is not None else None
        if request_body is None or body_pointer is None:
            # The API ignores a body where it takes none.
            return None, []
        if not body.strip():
            if request_body.required:
                return None, [Violation("body", "a JSON body is required")]
            return None, []
        if content_type is not None and content_type.split(";")[0].strip() != "application/json":
            return None, [Violation("body", f"expected application/json, got {content_type!r}")]
        try:
            decoded = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            return None, [Violation("body", f"not valid JSON: {error}")]
        return decoded, self._schemas.violations(body_pointer, decoded, "body")


_TYPE_NAMES = {
    "boolean": "a boolean (true or false)",
    "integer": "an integer",
    "number": "a number",
}


def _coerce(raw: str, schema_type: str) -> Any:
    """Turn a parameter's text into the JSON type its schema names; ValueError if it cannot."""
    if schema_type == "boolean":
        if raw in ("true", "false"):
            return raw == "true"
        raise ValueError(raw)
    if schema_type == "integer":
        return int(raw)
    if schema_type == "number":
        return float(raw)
    return raw
