"""A fast yes-or-no check of a value against a schema of the spec, in front of the named one.

``validation.SpecSchemas`` names every violation with ``jsonschema``, in Python, which is
most of the mock's time per request. Almost every request and answer is valid, so
``CheckedSpecSchemas`` first asks ``jsonschema_rs`` (compiled, about a hundred times faster)
whether the value is valid at all, and only when it is not (or cannot say) runs the named
validation, whose verdict stands. The quick check must never pass what the named one
refuses: OpenAPI's integer formats, which ``validation`` checks as ranges, become
``minimum``/``maximum`` here, and formats are checked.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from generator.mock.validation import SpecSchemas, Violation
from generator.openapi.formats import INTEGER_FORMAT_BOUNDS


class CheckedSpecSchemas(SpecSchemas):
    """``SpecSchemas`` whose ``violations`` are only looked for when a quick check fails."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        super().__init__(spec)
        # The quick validators resolve "#/components/..." against a root holding the
        # spec's parts; unknown keywords are not schemas, but references may point in them.
        # Each root is registered once: a validator that refers into it compiles only what it
        # reaches, where one that embeds the root converts the whole spec again (25 ms against
        # 0.4 ms a schema; a contract run against a fresh mock compiles hundreds of them).
        self._registries = {
            closed: jsonschema_rs.Registry(
                [(_root_uri(closed), _quick_root(spec, closed))], draft=jsonschema_rs.Draft202012
            )
            for closed in (False, True)
        }
        self._quick: dict[tuple[str, bool], Any] = {}

    def violations(
        self, pointer: str, instance: Any, location: str, declared_only: bool = False
    ) -> list[Violation]:
        quick = self._quick_validator(pointer, declared_only)
        if quick is not None:
            try:
                if quick.is_valid(instance):
                    return []
            except (ValueError, OverflowError):
                pass  # a value the compiled validator cannot take: jsonschema decides
        return super().violations(pointer, instance, location, declared_only)

    def _quick_validator(self, pointer: str, declared_only: bool) -> Any:
        key = (pointer, declared_only)
        if key not in self._quick:
            # A JSON pointer in a URI fragment is percent-encoded (RFC 6901, section 6):
            # paths hold "{uuid}".
            schema = {"$ref": _root_uri(declared_only) + "#" + quote(pointer, safe="/~")}
            try:
                self._quick[key] = jsonschema_rs.Draft202012Validator(
                    schema, validate_formats=True, registry=self._registries[declared_only]
                )
            except (ValueError, jsonschema_rs.ReferencingError):
                self._quick[key] = None  # jsonschema alone checks this schema
        return self._quick[key]


def _root_uri(closed: bool) -> str:
    return "urn:ukc-mock:quick-" + ("closed" if closed else "open")


def _quick_root(spec: Mapping[str, Any], closed: bool) -> dict[str, Any]:
    return {key: _with_integer_ranges(value, closed) for key, value in spec.items()}


def _with_integer_ranges(node: Any, closed: bool) -> Any:
    """A copy of ``node`` in which each ``format`` with an integer range also bounds it; with
    ``closed``, each schema with ``properties`` allows no other property unless it says what
    other properties may be, as ``validation.DeclaredOnlyValidator`` checks the mock's answers."""
    if isinstance(node, list):
        return [_with_integer_ranges(item, closed) for item in node]
    if not isinstance(node, Mapping):
        return node
    copied = {key: _with_integer_ranges(value, closed) for key, value in node.items()}
    if (
        closed
        and isinstance(node.get("properties"), Mapping)
        and "additionalProperties" not in node
        and "patternProperties" not in node
    ):
        copied["additionalProperties"] = False
    bounds = (
        INTEGER_FORMAT_BOUNDS.get(node["format"]) if isinstance(node.get("format"), str) else None
    )
    if bounds is not None:
        minimum, maximum = bounds
        copied["allOf"] = [*copy.deepcopy(copied.get("allOf", [])), _range(minimum, maximum)]
    return copied


def _range(minimum: int, maximum: int) -> dict[str, Any]:
    # As validation's format check: only integers are held to the range.
    return {"if": {"type": "integer"}, "then": {"minimum": minimum, "maximum": maximum}}
