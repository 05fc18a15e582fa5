"""Formats: the integer ranges OpenAPI's formats imply, and which formats are registered.

OpenAPI registers ``int32`` and ``int64``; the unsigned formats the page uses are written as
``x-format`` in the spec (``docs/spec-conventions.md``), because generators warn on a
``format`` they do not know. Every stage that needs a bound or a format reads it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

INTEGER_FORMAT_BOUNDS: dict[str, tuple[int, int]] = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
}
# The signed format that holds every value of an unsigned one and its negatives too.
SIGNED_FORMAT_OF: dict[str, str] = {"uint32": "int64", "uint64": "int64"}
# Formats a spec may write as ``format``; the others go into ``x-format``.
REGISTERED_INTEGER_FORMATS = frozenset({"int32", "int64"})
# String formats the generated client reads into a Python type of their own.
UUID_FORMAT = "uuid"
DATETIME_FORMAT = "date-time"


def integer_format(schema: Mapping[str, Any]) -> str | None:
    """The integer format of ``schema``: ``format``, or the unsigned ``x-format``."""
    value = schema.get("format", schema.get("x-format"))
    return value if isinstance(value, str) else None
