"""Types every model shares: the ``UNSET`` sentinel, the bases of open enums, and the record of
the fields a received model read as null or as an empty list."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

__all__ = ["NOTHING_EMPTY", "UNSET", "OpenEnum", "OpenIntEnum", "Unset"]


class Unset(enum.Enum):
    """The type of ``UNSET``: a field that is absent, which is not the same as null (``None``).

    A one-member enum, so that type checkers narrow ``value is not UNSET``.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


class OpenEnum(enum.StrEnum):
    """A string enum that also holds values this client does not know.

    A newer server may send a value that was added after this client was generated. Looking
    such a value up returns a member of the enum that is not one of its declared members:
    it compares equal to its string, is sent back unchanged, and its ``is_known`` is false.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one of the enum's declared members."""
        return self._value_ in type(self)._value2member_map_

    def __repr__(self) -> str:
        if self.is_known:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} (unknown): {self._value_!r}>"


class OpenIntEnum(enum.IntEnum):
    """An integer enum that also holds values this client does not know, as ``OpenEnum``."""

    @classmethod
    def _missing_(cls, value: object) -> OpenIntEnum | None:
        if type(value) is not int:
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one of the enum's declared members."""
        return self._value_ in type(self)._value2member_map_

    def __repr__(self) -> str:
        if self.is_known:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} (unknown): {self._value_!r}>"


NOTHING_EMPTY: Final[Mapping[str, bool]] = MappingProxyType({})
"""The wire record of a received model that read no null and no empty list.

A model the client only receives reads an absent optional field as ``None`` (an array as
``[]``), so its types need no ``UNSET``. To write back exactly what it read, it keeps the wire
names whose value was ``null`` (``True``) or ``[]`` (``False``) apart, in ``_empty_on_wire``.
"""
