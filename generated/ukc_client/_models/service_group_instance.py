"""Of ``ukc_client.models``: ServiceGroupInstance.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY


@attrs.define(kw_only=True)
class ServiceGroupInstance:
    """List of instances assigned to the service (``ServiceGroup.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance. This is a unique identifier for the instance that is generated
    when the instance is created. The UUID is used to reference the instance in API calls and
    can be used to identify the instance in all API calls that require an instance identifier.
    ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance. This is a human-readable name that can be used to identify the
    instance. The name must be unique within the context of your account. If no name is
    specified, a random name is generated for you. The name can also be used to identify the
    instance in API calls. ``None`` when the API leaves it out."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
    )

    _empty_on_wire: Mapping[str, bool] = attrs.field(
        default=NOTHING_EMPTY, init=False, repr=False, eq=False
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
