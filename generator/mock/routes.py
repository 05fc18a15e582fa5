"""The router that finds the operation of the spec a request addresses.

Fixed paths such as ``/v1/instances/wait`` sit beside templated ones such as
``/v1/instances/{uuid}``; the router is werkzeug's, whose rule ordering tries static path
segments before converters, so a fixed path always wins over a template.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs
from werkzeug.exceptions import NotFound
from werkzeug.routing import Map, RequestRedirect, Rule

from generator.errors import ToolkitError
from generator.openapi.operations import OperationRecord

_TEMPLATE_VARIABLE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@attrs.frozen
class RouteMatch:
    """The operation a request addresses and the raw values of its path parameters."""

    operation: OperationRecord
    path_values: Mapping[str, str]


class RouteNotFound(Exception):
    """No path of the spec matches the request's path."""


class MethodNotInSpec(Exception):
    """The path exists, but not with the request's method."""

    def __init__(self, allowed: Iterable[str]) -> None:
        self.allowed = sorted(allowed)
        super().__init__(", ".join(self.allowed))


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

    def __init__(self, operations: Iterable[OperationRecord]) -> None:
        self._operations: dict[str, OperationRecord] = {}
        for operation in operations:
            # The mock's behaviour is looked up by operation id.
            if not operation.operation_id:
                raise ToolkitError(f"{operation.where}: the mock needs an operationId")
            self._operations[operation.operation_id] = operation
        self._by_path: dict[str, dict[str, OperationRecord]] = {}
        for operation in self._operations.values():
            self._by_path.setdefault(operation.path, {})[operation.method] = operation
        self._map = Map(
            [Rule(werkzeug_rule_path(path), endpoint=path) for path in self._by_path],
            strict_slashes=False,
            merge_slashes=False,
        )

    @property
    def operations(self) -> Mapping[str, OperationRecord]:
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
