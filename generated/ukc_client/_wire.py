"""Reading and writing the wire forms every model shares: UUIDs, date-times, open enums,
lists, string maps, and the choice of a union's variant.

Each ``structure_*`` function takes a decoded JSON value and returns the Python value, or
raises ``DecodeError`` whose path the caller prefixes with the key it read the value from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from uuid import UUID

from .errors import MISSING, DecodeError, EncodeError
from .types import UNSET, OpenEnum

T = TypeVar("T")
E = TypeVar("E", bound=OpenEnum)

# RFC 3339 section 5.6 ``date-time``: a full date, a time, and a zone ("Z" or an offset).
_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})",
    re.ASCII,
)
_EXPECTED_DATETIME = "an RFC 3339 date-time with a zone"


def structure_uuid(value: Any) -> UUID:
    if type(value) is str and len(value) == 36:
        try:
            return UUID(value)
        except ValueError:
            pass
    raise DecodeError("a UUID string (8-4-4-4-12 hex digits)", value)


def unstructure_uuid(value: UUID) -> str:
    return str(value)


def structure_datetime(value: Any) -> datetime:
    if type(value) is str and _RFC3339.fullmatch(value):
        try:
            # fromisoformat reads RFC 3339, except lower-case separators; it keeps microseconds.
            return datetime.fromisoformat(value.upper())
        except ValueError:
            pass
    raise DecodeError(_EXPECTED_DATETIME, value)


def unstructure_datetime(value: datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        raise EncodeError(f"date-time {value.isoformat()} has no zone; RFC 3339 needs one")
    if offset % timedelta(minutes=1):
        # RFC 3339 offsets are whole minutes (a local mean time has seconds): the same instant
        # in UTC is the same value.
        try:
            value = value.astimezone(UTC)
        except OverflowError:
            raise EncodeError(f"date-time {value.isoformat()} is out of range in UTC") from None
    text = value.isoformat()
    # Servers write UTC as "Z"; keeping that form lets a value round-trip to the same text.
    if text.endswith("+00:00"):
        return text[:-6] + "Z"
    return text


def structure_enum(value: Any, enum: type[E]) -> E:
    if type(value) is not str:
        raise DecodeError(f"a string ({enum.__name__})", value)
    member = enum._value2member_map_.get(value)
    if member is None:
        return enum(value)  # an unknown value: OpenEnum keeps it
    return member  # type: ignore[return-value]


def structure_str_list(value: Any) -> list[str]:
    if type(value) is not list:
        raise DecodeError("an array of strings", value)
    for index, item in enumerate(value):
        if type(item) is not str:
            raise DecodeError("a string", item, index)
    return list(value)


def structure_list(value: Any, item_hook: Callable[[Any], T]) -> list[T]:
    if type(value) is not list:
        raise DecodeError("an array", value)
    try:
        return [item_hook(item) for item in value]
    except DecodeError:
        # Only on failure: find the index of the item that failed, for the error's path.
        for index, item in enumerate(value):
            try:
                item_hook(item)
            except DecodeError as error:
                raise error.at(index) from None
        raise


def structure_string_map(value: Any) -> dict[str, str]:
    if type(value) is not dict:
        raise DecodeError("an object of strings", value)
    for key, item in value.items():
        if type(item) is not str:
            raise DecodeError("a string", item, key)
    return dict(value)


def structure_json_object(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise DecodeError("an object", value)
    return dict(value)


def structure_str(value: Any) -> str:
    if type(value) is not str:
        raise DecodeError("a string", value)
    return value


def structure_int(value: Any) -> int:
    if type(value) is not int:
        raise DecodeError("an integer", value)
    return value


def structure_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise DecodeError("a boolean", value)
    return value


def structure_any(value: Any) -> Any:
    return value


def not_an_object(value: Any, model: str) -> DecodeError:
    return DecodeError(f"an object ({model})", value)


def missing_field(model: str, wire_name: str) -> DecodeError:
    return DecodeError(f"a value (required by {model})", MISSING, wire_name)


def count_present(groups: tuple[tuple[Any, ...], ...]) -> list[int]:
    """The indexes of the groups whose values are all present (none of them ``UNSET``)."""
    return [
        index for index, group in enumerate(groups) if all(value is not UNSET for value in group)
    ]


def exactly_one_of_message(model: str, names: tuple[tuple[str, ...], ...]) -> str:
    return f"exactly one of {' / '.join('+'.join(group) for group in names)} ({model})"


def select_variant(
    data: Any,
    union: str,
    variants: tuple[tuple[str, frozenset[str], frozenset[str], Callable[[Any], object]], ...],
    discriminator: str | None = None,
    mapping: Mapping[str, int] | None = None,
) -> int:
    """The index of the variant of ``union`` that ``data`` is.

    ``variants`` are ``(class name, required wire names, known wire names, reader)``. With a
    discriminator, its value picks the variant. Otherwise a variant matches when all its
    required fields are present; of several matches, one whose known fields present in
    ``data`` strictly include every other match's is chosen, and failing that the only match
    whose reader accepts ``data`` (as JSON Schema's ``oneOf`` would: a field of another variant
    may be an unknown field of this one). No match, or several that cannot be told apart, is a
    ``DecodeError`` naming every candidate.
    """
    if type(data) is not dict:
        raise not_an_object(data, union)
    if discriminator is not None and mapping is not None:
        tag = data.get(discriminator)
        if type(tag) is str and tag in mapping:
            return mapping[tag]
        expected = f"one of {', '.join(map(repr, mapping))} (the kind of {union})"
        raise DecodeError(expected, tag, discriminator)
    keys = data.keys()
    matches = [index for index, variant in enumerate(variants) if variant[1] <= keys]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        seen = {index: variants[index][2] & keys for index in matches}
        best = [
            index
            for index in matches
            if all(other == index or seen[other] < seen[index] for other in matches)
        ]
        if len(best) == 1:
            return best[0]
        readable = [index for index in matches if _reads(variants[index][3], data)]
        if len(readable) == 1:
            return readable[0]
        matches = readable or matches
    candidates = "; ".join(
        f"{name} (requires {', '.join(sorted(required)) or 'nothing'})"
        for name, required, _known, _reader in variants
    )
    if matches:
        problem = "it matches " + " and ".join(variants[index][0] for index in matches)
    else:
        problem = "it matches none"
    raise DecodeError(f"exactly one variant of {union} ({candidates}); {problem}", data)


def _reads(reader: Callable[[Any], object], data: Any) -> bool:
    try:
        reader(data)
    except DecodeError:
        return False
    return True
