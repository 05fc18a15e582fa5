"""Of ``ukc_client.models``: BodyInstanceID.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset


@attrs.define(kw_only=True)
class BodyInstanceID:
    """UUID or name of the instance to attach the volume to
    (``AttachVolumeByUUIDRequestBody.attach_to``)."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance that the volume is detached from. ``UNSET`` (the default) leaves it
    out of the JSON."""

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
