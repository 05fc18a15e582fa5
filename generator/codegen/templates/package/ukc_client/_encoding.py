"""How parameters and bodies are written into a request: path segments, query string, header
and cookie values, and bodies (JSON, text, bytes, multipart forms).

What cannot be written (an empty path parameter, a string with a lone surrogate, a header value
with a line break, a value with no JSON form) is an ``EncodeError`` naming the parameter or the
JSON path.
"""

from __future__ import annotations

import enum
import json
import math
import sys
from collections.abc import Iterable, Mapping
from typing import Any, cast
from urllib.parse import quote, urlencode

from urllib3 import encode_multipart_formdata

from .errors import EncodeError, describe_json

JSON_MEDIA_TYPE = "application/json"
# The characters a cookie value may hold as they are (RFC 6265's cookie-octet); others are
# percent-encoded, as OpenAPI's form style writes them.
_COOKIE_SAFE = "!#$%&'()*+-./:<=>?@[]^_`{|}~"


def encode_path_segment(name: str, value: object) -> str:
    """Percent-encode one path parameter so that it stays exactly one path segment.

    ``/`` is encoded, and so are the dots of a ``.`` or ``..`` segment, which URL
    normalisation would otherwise resolve against the path before the request is sent.
    An empty value is refused: it would turn ``/v1/instances/{uuid}`` into the list route.
    """
    text = value.value if isinstance(value, enum.Enum) else value
    text = str(text)
    if not text:
        raise EncodeError(f"path parameter {name!r} is empty")
    encoded = quote(_utf8(text, f"path parameter {name!r}"), safe="")
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
        items = cast("list[object]", value) if isinstance(value, list | tuple) else (value,)
        for item in items:
            pairs.append((name, encode_query_value(item)))
    # Each value as UTF-8 bytes: a lone surrogate is named here, not in urlencode.
    return urlencode([(name, _utf8(text, f"query parameter {name!r}")) for name, text in pairs])


def encode_header_value(name: str, value: object) -> str:
    """One header parameter's value; a line break or another control character, which would
    end the header or smuggle another one, and non-ASCII text are refused."""
    text = encode_query_value(value)
    for position, character in enumerate(text):
        if not (" " <= character <= "~" or character == "\t"):
            raise EncodeError(
                f"header parameter {name!r} holds a control or non-ASCII character at "
                f"position {position}"
            )
    return text


def encode_cookies(pairs: Iterable[tuple[str, object]]) -> str:
    """The ``Cookie`` header of ``pairs`` (``None`` values left out), each value
    percent-encoded outside the characters a cookie value holds."""
    return "; ".join(
        f"{name}={quote(_utf8(encode_query_value(value), f'cookie {name!r}'), safe=_COOKIE_SAFE)}"
        for name, value in pairs
        if value is not None
    )


def encode_body(media_type: str, body: Any) -> tuple[bytes, str]:
    """The bytes of a request body and its ``Content-Type``: JSON, text (UTF-8), a multipart
    form (``bytes`` values as files named by their field), or bytes as they are."""
    if media_type == JSON_MEDIA_TYPE or media_type.endswith("+json"):
        return encode_json(body), media_type
    if media_type.startswith("text/"):
        if not isinstance(body, str):
            raise EncodeError(f"a {media_type} body must be a str, not {type(body).__name__}")
        return _utf8(body, "the body"), f"{media_type}; charset=utf-8"
    if media_type == "multipart/form-data":
        fields: list[tuple[str, str | tuple[str, bytes, str]]] = []
        for name, value in cast("Mapping[str, object]", body).items():
            if isinstance(value, bytes | bytearray):
                fields.append((name, (name, bytes(value), "application/octet-stream")))
            elif value is not None:
                fields.append((name, _utf8(encode_query_value(value), name).decode()))
        return encode_multipart_formdata(fields)
    if not isinstance(body, bytes | bytearray):
        raise EncodeError(f"a {media_type} body must be bytes, not {type(body).__name__}")
    return bytes(body), media_type


def _utf8(text: str, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise EncodeError(
            f"{what} holds a lone surrogate at position {error.start}: not UTF-8"
        ) from None


def encode_json(document: Any) -> bytes:
    """A compact UTF-8 JSON body; ``EncodeError`` naming the JSON path of what cannot be."""
    try:
        text = json.dumps(document, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return text.encode("utf-8")
    except (ValueError, TypeError, RecursionError) as error:
        problem = _unwritable(document, "", 0)
        reason = problem or f"the body cannot be written as JSON ({type(error).__name__})"
    raise EncodeError(reason)


# Deeper than this, a body is refused as such: json.dumps would fail on it anyway.
_MAX_DEPTH = 500


def _unwritable(value: Any, path: str, depth: int) -> str | None:
    """Why the value at ``path`` has no JSON form, or ``None`` if it has one."""
    where = path or "the body"
    if depth > _MAX_DEPTH:
        return f"{where}: nested deeper than {_MAX_DEPTH} levels"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            return f"{where}: a string with a lone surrogate at position {error.start}"
        return None
    if isinstance(value, int):
        limit = sys.get_int_max_str_digits()
        if limit and value.bit_length() > limit * 3:
            return f"{where}: an integer too long to write in decimal"
        return None
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{where}: {value!r}, which JSON cannot hold"
    if isinstance(value, dict):
        for key, item in cast("Mapping[Any, Any]", value).items():
            if not isinstance(key, (str, int, float)) and key is not None:
                return f"{where}: a key that is not a string ({describe_json(key)})"
            step = f"{path}.{key}" if path else str(key)
            problem = _unwritable(key, step, depth + 1) or _unwritable(item, step, depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(cast("list[Any]", value)):
            problem = _unwritable(item, f"{path}[{index}]", depth + 1)
            if problem:
                return problem
        return None
    return f"{where}: a {type(value).__name__}, which has no JSON form"
