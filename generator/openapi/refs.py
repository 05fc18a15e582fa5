"""References and JSON pointers: the one place that knows how a spec names its components."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

SCHEMA_REF_PREFIX = "#/components/schemas/"


def schema_ref(name: str) -> str:
    """The ``$ref`` of the component schema ``name``."""
    return SCHEMA_REF_PREFIX + name


def schema_pointer(name: str) -> str:
    """The JSON pointer (with its ``#``) of the component schema ``name``, for messages."""
    return SCHEMA_REF_PREFIX + escape_pointer_token(name)


def is_schema_ref(reference: object) -> bool:
    return isinstance(reference, str) and reference.startswith(SCHEMA_REF_PREFIX)


def ref_target(schema: Any) -> str | None:
    """The component a schema refers to (``{"$ref": "#/components/schemas/X"}`` -> ``X``)."""
    if isinstance(schema, Mapping):
        reference = schema.get("$ref")
        if is_schema_ref(reference):
            return str(reference)[len(SCHEMA_REF_PREFIX) :]
    return None


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    """``base`` extended by ``tokens``, each escaped: ``join_pointer("/paths", "/v1")``."""
    return base + "".join("/" + escape_pointer_token(str(token)) for token in tokens)


def resolve_local(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` s other than to a schema (parameters, bodies, responses).

    A schema reference is a type and stays as it is; a reference that leads nowhere, or in a
    circle, is returned unresolved for the caller to report.
    """
    return follow_local(spec, node, "")[0]


def follow_local(spec: Mapping[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """``node`` (found at ``pointer``) with ``resolve_local``'s references followed, and the
    pointer of what was reached."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        reference = node["$ref"]
        if is_schema_ref(reference) or not reference.startswith("#/") or reference in seen:
            break
        seen.add(reference)
        target = pointer_target(spec, reference[2:].split("/"))
        if target is None:
            break
        node, pointer = target, reference[1:]
    return node, pointer


def pointer_target(document: Any, tokens: Iterable[str]) -> Any:
    """What the escaped pointer ``tokens`` address in ``document``, or ``None``."""
    target = document
    for token in tokens:
        part = unescape_pointer_token(token)
        if isinstance(target, Mapping) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            return None
    return target
