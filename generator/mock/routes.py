"""The operations of a spec and the router that finds the one a request addresses.

Fixed paths such as ``/v1/instances/wait`` sit beside templated ones such as
``/v1/instances/{uuid}``; the router is werkzeug's, whose rule ordering tries static path
segments before converters, so a fixed path always wins over a template.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml
from werkzeug.exceptions import NotFound
from werkzeug.routing import Map, RequestRedirect, Rule

from generator.errors import ToolkitError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_TEMPLATE_VARIABLE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@attrs.frozen
class Parameter:
    """A path or query parameter; its schema is addressed by a JSON pointer into the spec."""

    name: str
    location: str
    required: bool
    schema_pointer: str


@attrs.frozen
class Operation:
    """What the mock needs to know about one operation of the spec."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_pointer: str | None
    body_required: bool
    requires_auth: bool
    # HTTP status ("200", "default", ...) -> JSON pointer of the response body's schema.
    response_pointers: Mapping[str, str]

    def response_pointer(self, http_status: int) -> str | None:
        """The schema a response with ``http_status`` must follow, as the spec says."""
        for key in (str(http_status), f"{str(http_status)[0]}XX", "default"):
            if key in self.response_pointers:
                return self.response_pointers[key]
        return None


@attrs.frozen
class RouteMatch:
    """The operation a request addresses and the raw values of its path parameters."""

    operation: Operation
    path_values: Mapping[str, str]


class RouteNotFound(Exception):
    """No path of the spec matches the request's path."""


class MethodNotInSpec(Exception):
    """The path exists, but not with the request's method."""

    def __init__(self, allowed: Iterable[str]) -> None:
        self.allowed = sorted(allowed)
        super().__init__(", ".join(self.allowed))


def load_spec(spec_path: Path) -> dict[str, Any]:
    """Read an OpenAPI document from YAML or JSON."""
    try:
        document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ToolkitError(f"{spec_path}: cannot read the spec: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise ToolkitError(f"{spec_path}: not valid YAML: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ToolkitError(f"{spec_path}: expected an OpenAPI document with a `paths` mapping")
    return document


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def read_operations(spec: Mapping[str, Any]) -> list[Operation]:
    """List the operations of ``spec`` in the order of its ``paths``."""
    global_security = spec.get("security", [])
    operations = []
    for path, path_item in spec["paths"].items():
        path_pointer = "/paths/" + escape_pointer_token(path)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            pointer = f"{path_pointer}/{method}"
            operations.append(
                Operation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=tuple(_read_parameters(operation, pointer)),
                    body_pointer=_body_pointer(operation, pointer),
                    body_required=bool(operation.get("requestBody", {}).get("required", False)),
                    requires_auth=bool(operation.get("security", global_security)),
                    response_pointers=_response_pointers(operation, pointer),
                )
            )
    return operations


def _read_parameters(operation: Mapping[str, Any], pointer: str) -> Iterable[Parameter]:
    for index, parameter in enumerate(operation.get("parameters", [])):
        yield Parameter(
            name=parameter["name"],
            location=parameter["in"],
            required=bool(parameter.get("required", parameter["in"] == "path")),
            schema_pointer=f"{pointer}/parameters/{index}/schema",
        )


def _body_pointer(operation: Mapping[str, Any], pointer: str) -> str | None:
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return None
    return f"{pointer}/requestBody/content/application~1json/schema"


def _response_pointers(operation: Mapping[str, Any], pointer: str) -> dict[str, str]:
    return {
        str(status): f"{pointer}/responses/{status}/content/application~1json/schema"
        for status, response in operation.get("responses", {}).items()
        if "application/json" in response.get("content", {})
    }


def werkzeug_rule_path(openapi_path: str) -> str:
    """Turn ``/v1/instances/{uuid}`` into werkzeug's ``/v1/instances/<uuid>``."""
    # The default converter matches one path segment; values are validated against the
    # parameter's schema later, so that a malformed UUID earns a 400 naming it, not a 404.
    return _TEMPLATE_VARIABLE.sub(r"<\1>", openapi_path)


class Router:
    """Finds the operation for a method and path.

    The path is matched first, regardless of method, so that a fixed path answers for itself:
    ``GET /v1/instances/stop`` is a method the fixed path lacks (405), not an instance named
    ``stop``.
    """

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._operations = {operation.operation_id: operation for operation in operations}
        self._by_path: dict[str, dict[str, Operation]] = {}
        for operation in self._operations.values():
            self._by_path.setdefault(operation.path, {})[operation.method] = operation
        self._map = Map(
            [Rule(werkzeug_rule_path(path), endpoint=path) for path in self._by_path],
            strict_slashes=False,
            merge_slashes=False,
        )

    @property
    def operations(self) -> Mapping[str, Operation]:
        return self._operations

    def match(self, method: str, path: str) -> RouteMatch:
        adapter = self._map.bind("mock", url_scheme="http")
        try:
            spec_path, values = adapter.match(path)
        except (NotFound, RequestRedirect) as error:
            raise RouteNotFound(path) from error
        by_method = self._by_path[str(spec_path)]
        # HEAD is GET without a body, as HTTP has it.
        operation = by_method.get("GET" if method == "HEAD" else method)
        if operation is None:
            allowed = set(by_method) | ({"HEAD"} if "GET" in by_method else set())
            raise MethodNotInSpec(allowed)
        return RouteMatch(operation, values)
