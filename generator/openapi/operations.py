"""The one reader of a spec's ``paths``: every operation as an ``OperationRecord``.

Code generation, the mock and the spec diff all read operations through ``read_operations``, so
that they agree on which methods exist, how path-item parameters combine with an operation's
own, how ``$ref`` s to parameters, bodies and responses resolve, which security applies, and
which response schema answers a status. Each record keeps the JSON pointers of what it read,
for messages and for validators that resolve schemas against the document.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from generator.errors import ToolkitError
from generator.openapi.refs import follow_local, join_pointer

# Every method an OpenAPI path item may hold, in the order the specification lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA_TYPE = "application/json"


@attrs.frozen
class ParameterRecord:
    """A parameter of an operation, as declared on the operation or on its path item."""

    name: str
    location: str
    """Where it travels: ``path``, ``query``, ``header`` or ``cookie``."""
    required: bool
    schema: Mapping[str, Any]
    description: str
    pointer: str
    """Where the parameter object is in the document (a ``$ref`` followed to its target)."""

    @property
    def schema_pointer(self) -> str:
        return self.pointer + "/schema"


@attrs.frozen
class ContentRecord:
    """A request body or a response: its media types and where it is."""

    content: Mapping[str, Any]
    pointer: str

    @property
    def json_schema(self) -> Mapping[str, Any] | None:
        """The ``application/json`` schema, or ``None`` when there is no JSON content."""
        media = self.content.get(JSON_MEDIA_TYPE)
        if not isinstance(media, Mapping) or "schema" not in media:
            return None
        schema: Mapping[str, Any] = media["schema"]
        return schema

    @property
    def json_schema_pointer(self) -> str | None:
        if self.json_schema is None:
            return None
        return join_pointer(self.pointer, "content", JSON_MEDIA_TYPE, "schema")


@attrs.frozen
class RequestBodyRecord(ContentRecord):
    required: bool = False


@attrs.frozen
class ResponseRecord(ContentRecord):
    status: str = ""


@attrs.frozen
class OperationRecord:
    """One operation: a method on a path, with everything the spec says about it."""

    method: str
    """Upper-case: ``GET``."""
    path: str
    operation_id: str | None
    tags: tuple[str, ...]
    summary: str | None
    description: str | None
    parameters: tuple[ParameterRecord, ...]
    request_body: RequestBodyRecord | None
    responses: Mapping[str, ResponseRecord]
    """By status as the spec writes it (``"200"``, ``"4XX"``, ``"default"``), in its order."""
    security: tuple[Mapping[str, Any], ...]
    """The requirements that apply: the operation's own, else the document's."""
    pointer: str
    operation: Mapping[str, Any]
    """The operation object itself, for what no stage reads in common (links, extensions)."""

    @property
    def key(self) -> str:
        """``METHOD /path``, unique within a spec."""
        return f"{self.method} {self.path}"

    @property
    def where(self) -> str:
        """``paths./v1/x.get``: how messages name the operation's place."""
        return f"paths.{self.path}.{self.method.lower()}"

    @property
    def requires_auth(self) -> bool:
        # An empty requirement object ({}) makes security optional.
        return bool(self.security) and all(self.security)

    def parameters_in(self, location: str) -> tuple[ParameterRecord, ...]:
        return tuple(parameter for parameter in self.parameters if parameter.location == location)

    def response_for(self, http_status: int) -> ResponseRecord | None:
        """The response the spec documents for ``http_status``: exact, ``2XX``, or ``default``."""
        for key in (str(http_status), f"{str(http_status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None


def read_operations(spec: Mapping[str, Any]) -> tuple[OperationRecord, ...]:
    """Every operation of ``spec``, in the order of its ``paths`` and then of ``HTTP_METHODS``."""
    paths = spec.get("paths", {})
    if not isinstance(paths, Mapping):
        raise ToolkitError("paths: expected a mapping of paths to path items")
    global_security = spec.get("security") or []
    return tuple(
        _read_operation(spec, path, method, global_security)
        for path, method in _operation_places(paths)
    )


def _operation_places(paths: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for path, path_item in paths.items():
        if not isinstance(path_item, Mapping):
            raise ToolkitError(f"paths.{path}: expected a path item (a mapping)")
        for method in HTTP_METHODS:
            if method in path_item:
                yield path, method


def _read_operation(
    spec: Mapping[str, Any], path: str, method: str, global_security: Any
) -> OperationRecord:
    path_pointer = join_pointer("/paths", path)
    path_item = spec["paths"][path]
    operation = path_item[method]
    pointer = join_pointer(path_pointer, method)
    where = f"paths.{path}.{method}"
    if not isinstance(operation, Mapping):
        raise ToolkitError(f"{where}: expected an operation object")
    tags = operation.get("tags") or []
    security = operation.get("security", global_security) or []
    return OperationRecord(
        method=method.upper(),
        path=path,
        operation_id=operation.get("operationId"),
        tags=tuple(str(tag) for tag in tags),
        summary=operation.get("summary"),
        description=operation.get("description"),
        parameters=_read_parameters(spec, path_item, path_pointer, operation, pointer, where),
        request_body=_read_body(spec, operation, pointer),
        responses=_read_responses(spec, operation, pointer, where),
        security=tuple(security),
        pointer=pointer,
        operation=operation,
    )


def _read_parameters(
    spec: Mapping[str, Any],
    path_item: Mapping[str, Any],
    path_pointer: str,
    operation: Mapping[str, Any],
    pointer: str,
    where: str,
) -> tuple[ParameterRecord, ...]:
    """The path item's parameters, then the operation's; the operation's own win on a clash."""
    by_place: dict[tuple[str, str], ParameterRecord] = {}
    for owner, owner_pointer in ((path_item, path_pointer), (operation, pointer)):
        for index, declared in enumerate(owner.get("parameters") or []):
            declared_pointer = join_pointer(owner_pointer, "parameters", index)
            parameter, parameter_pointer = follow_local(spec, declared, declared_pointer)
            if (
                not isinstance(parameter, Mapping)
                or "name" not in parameter
                or "in" not in parameter
            ):
                raise ToolkitError(
                    f"{where}.parameters[{index}]: expected a parameter with a name and an `in`"
                )
            location = str(parameter["in"])
            record = ParameterRecord(
                name=str(parameter["name"]),
                location=location,
                required=bool(parameter.get("required", location == "path")),
                schema=parameter.get("schema") or {},
                description=str(parameter.get("description") or ""),
                pointer=parameter_pointer,
            )
            by_place[(location, record.name)] = record
    return tuple(by_place.values())


def _read_body(
    spec: Mapping[str, Any], operation: Mapping[str, Any], pointer: str
) -> RequestBodyRecord | None:
    if "requestBody" not in operation:
        return None
    body, body_pointer = follow_local(
        spec, operation["requestBody"], join_pointer(pointer, "requestBody")
    )
    if not isinstance(body, Mapping):
        return None
    return RequestBodyRecord(
        content=body.get("content") or {},
        pointer=body_pointer,
        required=bool(body.get("required", False)),
    )


def _read_responses(
    spec: Mapping[str, Any], operation: Mapping[str, Any], pointer: str, where: str
) -> dict[str, ResponseRecord]:
    responses = operation.get("responses") or {}
    if not isinstance(responses, Mapping):
        raise ToolkitError(f"{where}.responses: expected a mapping of statuses to responses")
    records: dict[str, ResponseRecord] = {}
    for status, declared in responses.items():
        response, response_pointer = follow_local(
            spec, declared, join_pointer(pointer, "responses", str(status))
        )
        content = response.get("content") if isinstance(response, Mapping) else None
        records[str(status)] = ResponseRecord(
            content=content or {}, pointer=response_pointer, status=str(status)
        )
    return records
