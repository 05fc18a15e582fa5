"""Of ``ukc_client.models``: GetInstanceLogsRequest.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import attrs

from .._wire import at_least_one_of_message, count_present, unknown_fields_key, unknown_fields_repr
from ..errors import ConstraintError
from ..types import UNSET, Unset


@attrs.define(kw_only=True)
class GetInstanceLogsRequest:
    """The request body of ``get_instance_logs``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance to retrieve logs for. Mutually exclusive with name. ``UNSET`` (the
    default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance to retrieve logs for. Mutually exclusive with UUID. ``UNSET`` (the
    default) leaves it out of the JSON."""

    offset: int | Unset = UNSET
    """The byte offset of the log output to receive. A negative sign makes the offset relative to
    the end of the log. ``UNSET`` (the default) leaves it out of the JSON."""

    limit: int | Unset = UNSET
    """The amount of bytes to return at most. ``UNSET`` (the default) leaves it out of the JSON."""

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

    def __attrs_post_init__(self) -> None:
        named = (
            (self.uuid,),
            (self.name,),
        )
        if not count_present(named):
            raise ConstraintError(
                at_least_one_of_message("GetInstanceLogsRequest", (("uuid",), ("name",)))
            )
