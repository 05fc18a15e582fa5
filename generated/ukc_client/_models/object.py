"""Of ``ukc_client.models``: Object.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY


@attrs.define(kw_only=True)
class Object:
    """The kernel object is a reference to the kernel that is used by the image (``Image.kernel``)."""

    digest: str | None = None
    """The digest is a string representation including the hashing algorithm and the hash value
    separated by a colon. ``None`` when the API leaves it out."""

    media_type: str | None = None
    """The media type of the layer is a string that identifies the type of content that the layer
    contains. ``None`` when the API leaves it out."""

    size: int | None = None
    """The size of the layer in bytes. ``None`` when the API leaves it out."""

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
