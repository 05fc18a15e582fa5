"""The errors this package raises: each names where in the input it went wrong."""

from __future__ import annotations

__all__ = ["ConstraintError", "DecodeError", "EncodeError", "UkcError"]


class UkcError(Exception):
    """The base of every error this package raises."""


class DecodeError(UkcError):
    """JSON that does not fit the model it is read into.

    ``path`` is where in the input (``data.instances[3].state``; empty for the document
    itself), ``expected`` what the model needs there, ``got`` the value found there.
    """

    def __init__(self, expected: str, got: object, *path: str | int) -> None:
        super().__init__(expected, got)
        self.expected = expected
        self.got = got
        self._segments: list[str | int] = list(path)

    def at(self, segment: str | int) -> DecodeError:
        """Prefix the path with the key or index the failing value was found under."""
        self._segments.insert(0, segment)
        return self

    @property
    def path(self) -> str:
        text = ""
        for segment in self._segments:
            if isinstance(segment, int):
                text += f"[{segment}]"
            else:
                text += f".{segment}" if text else segment
        return text

    def __str__(self) -> str:
        where = self.path or "the document"
        return f"{where}: expected {self.expected}, got {describe_json(self.got)}"


class EncodeError(UkcError):
    """A model holding a value that has no JSON form (for example a date-time without a zone)."""


class ConstraintError(UkcError):
    """A model built against a constraint of the spec (such as two mutually exclusive fields)."""


class _Missing:
    """The ``got`` of a required field that is absent."""

    def __repr__(self) -> str:
        return "nothing (the field is absent)"


MISSING = _Missing()


def describe_json(value: object) -> str:
    """A short description of a JSON value: its JSON type, and the value when it is short."""
    if value is MISSING:
        return repr(value)
    kind = {
        dict: "object",
        list: "array",
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
        type(None): "null",
    }.get(type(value), type(value).__name__)
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{kind} {text}"
