"""Reading and writing the wire forms every model shares: UUIDs, date-times, open enums,
lists, string maps, and the choice of a union's variant.

Each ``structure_*`` function takes a decoded JSON value and returns the Python value, or
raises ``DecodeError`` whose path the caller prefixes with the key it read the value from.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar, cast
from uuid import UUID, SafeUUID

from .errors import MISSING, DecodeError, EncodeError
from .types import UNSET, OpenEnum, OpenIntEnum

T = TypeVar("T")
E = TypeVar("E", bound=OpenEnum | OpenIntEnum)

_EXPECTED_DATETIME = "an RFC 3339 date-time with a zone"
# ``list`` and ``dict`` typed as the classes of JSON arrays and objects: ``type(value) is not
# list`` would narrow ``value`` to ``list[Unknown]`` in pyright, these to ``list[Any]`` and
# ``dict[str, Any]`` (the same tests at run time).
_JSON_ARRAY: type[list[Any]] = list
_JSON_OBJECT: type[dict[str, Any]] = dict
_new_object = object.__new__
# UUID forbids setting attributes; its slots' own setters are the cheapest way past that.
_set_uuid_int: Callable[[UUID, int], None] = UUID.__dict__["int"].__set__


class WireUUID(UUID):
    """A UUID read from the wire, which keeps its text: writing it back needs no formatting.

    It is a ``UUID`` in every other respect (equal to, and hashing as, the ``UUID`` of the
    same value); copies and pickles of it are plain ``UUID`` objects.
    """

    __slots__ = ("_text",)
    _text: str
    # Shadows UUID's slot, which a read UUID would otherwise set each time.
    is_safe = SafeUUID.unknown  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"UUID({self._text!r})"

    def __reduce__(self) -> tuple[type[UUID], tuple[str]]:
        return UUID, (self._text,)


_set_uuid_text: Callable[[WireUUID, str], None] = WireUUID.__dict__["_text"].__set__
_fromisoformat = datetime.fromisoformat
_UTC = UTC
_DATETIME_SEPARATORS = frozenset(
    f"--{time}::{after}" for time in "Tt" for after in (".", "Z", "z", "+", "-")
)
_TWO_DIGITS = tuple(f"{number:02d}" for number in range(100))
_from_hex = bytes.fromhex
_int_from_bytes = int.from_bytes


def structure_uuid(value: Any) -> WireUUID:
    # UUID(value) also accepts braces, "urn:uuid:" and no hyphens; the wire form is 32 hex
    # digits and 4 hyphens in their places (8-4-4-4-12). Building the UUID from its bytes
    # skips UUID.__init__'s parsing, the hot spot of reading responses.
    if (
        type(value) is str
        and len(value) == 36
        and value[8] == value[13] == value[18] == value[23] == "-"
    ):
        try:
            # The other 32 characters give 16 bytes only as 32 hex digits: fromhex skips
            # whitespace, which then leaves fewer bytes.
            raw = _from_hex(value.replace("-", ""))
        except ValueError:
            raw = b""
        if len(raw) == 16:
            uuid = _new_object(WireUUID)
            _set_uuid_int(uuid, _int_from_bytes(raw))
            # Most servers write lower case: the model then keeps the decoded text, not a copy
            # (``lower()`` and a comparison cost a third of ``islower()``, which is not
            # specialized for ASCII).
            text = value.lower()
            _set_uuid_text(uuid, value if text == value else text)
            return uuid
    raise DecodeError("a UUID string (8-4-4-4-12 hex digits)", value)


def unstructure_uuid(value: UUID) -> str:
    if type(value) is WireUUID:
        return value._text  # pyright: ignore[reportPrivateUsage] (WireUUID's own module)
    # UUID.__str__'s text, without the call of a method defined in Python.
    text = value.int.to_bytes(16).hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def structure_datetime(value: Any) -> datetime:
    # RFC 3339 section 5.6 date-time is "YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM)". fromisoformat
    # reads it (upper-case "T" and "Z" only) and checks the digits, but also takes ISO 8601
    # forms RFC 3339 does not have (week dates "2024-W01-1", ordinal dates, basic formats);
    # the zone and the separators' places rule those out.
    if type(value) is str:
        try:
            parsed: datetime | None = _fromisoformat(value)
        except ValueError:
            try:
                parsed = _fromisoformat(value.upper())
            except ValueError:
                parsed = None
        # The separators sit every third character from the fifth: one slice tests them all.
        if (
            parsed is not None
            and parsed.tzinfo is not None
            and value[4:20:3] in _DATETIME_SEPARATORS
        ):
            return parsed
    raise DecodeError(_EXPECTED_DATETIME, value)


def unstructure_datetime(value: datetime) -> str:
    # isoformat()'s text ("Z" for UTC), put together from a table of two-digit strings:
    # several times faster than isoformat() with its zone lookup, or than a "%" format.
    two = _TWO_DIGITS
    year = value.year
    text = (
        f"{two[year // 100]}{two[year % 100]}-{two[value.month]}-{two[value.day]}"
        f"T{two[value.hour]}:{two[value.minute]}:{two[value.second]}"
    )
    micro = value.microsecond
    if micro:
        text = f"{text}.{two[micro // 10000]}{two[micro // 100 % 100]}{two[micro % 100]}"
    zone = value.tzinfo
    if zone is _UTC:
        return text + "Z"
    offset = value.utcoffset()
    if offset is None:
        raise EncodeError(f"date-time {value.isoformat()} has no zone; RFC 3339 needs one")
    if offset.microseconds or offset.seconds % 60:
        # RFC 3339 offsets are whole minutes (a local mean time has seconds): the same instant
        # in UTC is the same value.
        try:
            return unstructure_datetime(value.astimezone(UTC))
        except OverflowError:
            raise EncodeError(f"date-time {value.isoformat()} is out of range in UTC") from None
    minutes = offset.days * 1440 + offset.seconds // 60
    if not minutes:
        # Servers write UTC as "Z"; keeping that form lets a value round-trip to the same text.
        return text + "Z"
    sign = "+"
    if minutes < 0:
        sign = "-"
        minutes = -minutes
    return f"{text}{sign}{two[minutes // 60]}:{two[minutes % 60]}"


def structure_enum(value: Any, enum: type[E]) -> E:
    # ``type() is``: a boolean is no member of an integer enum, though ``True == 1``.
    if issubclass(enum, int):
        if type(value) is not int:
            raise DecodeError(f"an integer ({enum.__name__})", value)
    elif type(value) is not str:
        raise DecodeError(f"a string ({enum.__name__})", value)
    member = enum._value2member_map_.get(value)
    if member is None:
        return enum(value)  # an unknown value: OpenEnum and OpenIntEnum keep it
    return member  # type: ignore[return-value]


def structure_literal(value: Any, values: tuple[Any, ...]) -> Any:
    """``value`` when it is one of ``values`` (a ``const`` or an enum of several JSON types),
    compared with its JSON type: ``true`` is not ``1``, nor ``1.0`` ``1``."""
    for allowed in values:
        if type(value) is type(allowed) and value == allowed:
            return value
    raise DecodeError(f"one of {', '.join(_json_text(allowed) for allowed in values)}", value)


def _json_text(value: Any) -> str:
    if value is None:
        return "null"
    if type(value) is bool:
        return "true" if value else "false"
    return repr(value)


def structure_str_list(value: Any) -> list[str]:
    if type(value) is not _JSON_ARRAY:
        raise DecodeError("an array of strings", value)
    for index, item in enumerate(value):
        if type(item) is not str:
            raise DecodeError("a string", item, index)
    return list(value)


def structure_list(value: Any, item_hook: Callable[[Any], T]) -> list[T]:
    if type(value) is not _JSON_ARRAY:
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
    if type(value) is not _JSON_OBJECT:
        raise DecodeError("an object of strings", value)
    for key, item in value.items():
        if type(item) is not str:
            raise DecodeError("a string", item, key)
    return dict(value)


def structure_json_object(value: Any) -> dict[str, Any]:
    if type(value) is not _JSON_OBJECT:
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


def structure_float(value: Any) -> float:
    # A JSON number may be written without a fraction (``1``); a boolean is no number.
    if type(value) is float:
        return value
    if type(value) is not int:
        raise DecodeError("a number", value)
    return float(value)


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


def closed_object_field(data: dict[str, Any], known: frozenset[str], model: str) -> DecodeError:
    """The error for a field a closed object (``additionalProperties: false``) does not have."""
    name = next(key for key in data if key not in known)
    return DecodeError(f"no such field ({model} allows no other fields)", data[name], name)


def closed_object_extra(obj: object, unknown: dict[str, Any]) -> EncodeError:
    """The error for unknown fields set on a closed object, whose JSON may hold no others."""
    return EncodeError(
        f"{type(obj).__name__} allows no fields besides its own; additional_properties holds"
        f" {', '.join(repr(key) for key in unknown)}"
    )


def count_present(groups: tuple[tuple[Any, ...], ...]) -> list[int]:
    """The indexes of the groups whose values are all present (none of them ``UNSET``)."""
    return [
        index for index, group in enumerate(groups) if all(value is not UNSET for value in group)
    ]


def exactly_one_of_message(model: str, names: tuple[tuple[str, ...], ...]) -> str:
    return f"exactly one of {' / '.join('+'.join(group) for group in names)} ({model})"


def at_least_one_of_message(model: str, names: tuple[tuple[str, ...], ...]) -> str:
    return f"at least one of {' / '.join('+'.join(group) for group in names)} ({model})"


def select_variant(
    data: Any,
    union: str,
    variants: tuple[tuple[str, frozenset[str], frozenset[str], Callable[[Any], object]], ...],
    discriminator: str | None = None,
    mapping: Mapping[str, int] | None = None,
    *,
    any_of: bool = False,
) -> int:
    """The index of the variant of ``union`` that ``data`` is.

    ``variants`` are ``(class name, required wire names, known wire names, reader)``. With a
    discriminator, its value picks the variant. Otherwise a variant matches when all its
    required fields are present; of several matches, one whose known fields present in
    ``data`` strictly include every other match's is chosen, and failing that the only match
    whose reader accepts ``data`` (as JSON Schema's ``oneOf`` would: a field of another variant
    may be an unknown field of this one). No match, or several that cannot be told apart, is a
    ``DecodeError`` naming every candidate; but of an ``anyOf`` (``any_of``), whose JSON may fit
    several variants, the first listed of those is chosen.
    """
    if type(data) is not _JSON_OBJECT:
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
        if len(readable) == 1 or (any_of and readable):
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
    how_many = "a variant" if any_of else "exactly one variant"
    raise DecodeError(f"{how_many} of {union} ({candidates}); {problem}", data)


def foreign_decode_error(error: Exception, data: Any) -> DecodeError:
    """The ``DecodeError`` for an exception that is not this package's, met while reading.

    Reading should raise only ``DecodeError``; anything else (a value too deeply nested for
    the reader, a type the converter has no hook for) is reported the same way, at the
    document, so that callers need to handle one error type.
    """
    if isinstance(error, RecursionError):
        return DecodeError("a value nested less deeply than Python's recursion limit", data)
    return DecodeError(f"a value the converter can read ({type(error).__name__})", data)


def foreign_encode_error(error: Exception, obj: Any) -> EncodeError:
    """The ``EncodeError`` for an exception that is not this package's, met while writing
    ``obj``; it names the field to blame (``data.instances[0].state``) where it finds one."""
    if isinstance(error, RecursionError):
        return EncodeError(f"{type(obj).__name__} is nested too deeply to write")
    blamed = _blame(obj, "", 0)
    if blamed is not None:
        return EncodeError(blamed)
    return EncodeError(f"{type(obj).__name__} cannot be written ({type(error).__name__})")


_MAX_SEARCH_DEPTH = 100


def _blame(obj: object, path: str, depth: int) -> str | None:
    """Where inside the model ``obj`` a field holds a plain string that its annotation
    declares an enum (which the writer reads ``_value_`` of), or ``None``."""
    fields = getattr(type(obj), "__attrs_attrs__", None)
    if fields is None or depth > _MAX_SEARCH_DEPTH:
        return None
    module = sys.modules.get(type(obj).__module__)
    for field in fields:
        value = getattr(obj, field.name, None)
        step = f"{path}.{field.name}" if path else field.name
        found = _blame_value(value, field.type, module, step, depth)
        if found is not None:
            return found
    return None


def _blame_value(value: object, annotation: Any, module: Any, path: str, depth: int) -> str | None:
    if isinstance(value, list):
        for index, item in enumerate(cast("Sequence[Any]", value)):
            found = _blame_value(item, annotation, module, f"{path}[{index}]", depth + 1)
            if found is not None:
                return found
        return None
    if hasattr(type(value), "__attrs_attrs__"):
        return _blame(value, path, depth + 1)
    if type(value) is str and isinstance(annotation, str) and module is not None:
        for name in _NAME.findall(annotation):
            declared = getattr(module, name, None)
            if isinstance(declared, type) and issubclass(declared, OpenEnum):
                return (
                    f"{path}: a plain str where {declared.__name__} is expected "
                    f"(use {declared.__name__}(value))"
                )
    return None


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _reads(reader: Callable[[Any], object], data: Any) -> bool:
    try:
        reader(data)
    except DecodeError:
        return False
    return True


def unknown_fields_key(unknown: dict[str, Any] | None) -> dict[str, Any]:
    """What a model's unknown fields compare as: not yet made (``None``) is none."""
    return {} if unknown is None else unknown


def unknown_fields_repr(unknown: dict[str, Any] | None) -> str:
    return repr(unknown_fields_key(unknown))
