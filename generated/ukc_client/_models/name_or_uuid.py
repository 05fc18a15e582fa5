"""Of ``ukc_client.models``: NameOrUUIDByName, NameOrUUIDByUUID, NameOrUUID.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr


@attrs.define(kw_only=True)
class NameOrUUIDByName:
    """A reference to an existing resource by its name."""

    name: str
    """The name of the referenced resource."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields of the JSON this client does not know, sent back unchanged."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value


@attrs.define(kw_only=True)
class NameOrUUIDByUUID:
    """A reference to an existing resource by its uuid."""

    uuid: UUID
    """Mutually exclusive with name."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields of the JSON this client does not know, sent back unchanged."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value


NameOrUUID: TypeAlias = NameOrUUIDByUUID | NameOrUUIDByName
"""Exactly one of: `uuid`, `name`."""
