"""How parameters and bodies are written into a request: path segments, query string, JSON."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode


def encode_path_segment(name: str, value: object) -> str:
    """Percent-encode one path parameter so that it stays exactly one path segment.

    ``/`` is encoded, and so are the dots of a ``.`` or ``..`` segment, which URL
    normalisation would otherwise resolve against the path before the request is sent.
    An empty value is refused: it would turn ``/v1/instances/{uuid}`` into the list route.
    """
    text = value.value if isinstance(value, enum.Enum) else value
    text = str(text)
    if not text:
        raise ValueError(f"path parameter {name!r} is empty")
    encoded = quote(text, safe="")
    if encoded in (".", ".."):
        encoded = encoded.replace(".", "%2E")
    return encoded


def expand_path(template: str, params: Mapping[str, object]) -> str:
    """The path ``template`` (``/v1/instances/{uuid}``) with every parameter encoded."""
    if not params:
        return template
    return template.format_map(
        {name: encode_path_segment(name, value) for name, value in params.items()}
    )


def encode_query_value(value: object) -> str:
    """One query value as the API reads it: ``true``/``false``, decimal numbers, enum values."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def encode_query(params: Mapping[str, object]) -> str:
    """The query string (without ``?``) of the parameters that are not ``None``.

    A list is one ``name=value`` pair per item (``tags=a&tags=b``), OpenAPI's default.
    """
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            pairs.extend((name, encode_query_value(item)) for item in value)
        else:
            pairs.append((name, encode_query_value(value)))
    return urlencode(pairs)


def encode_json(document: Any) -> bytes:
    """A compact UTF-8 JSON body."""
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
