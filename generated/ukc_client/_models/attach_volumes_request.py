"""Of ``ukc_client.models``: AttachVolumesRequest, AttachVolumesRequestInstanceID.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import attrs

from .._wire import count_present, exactly_one_of_message, unknown_fields_key, unknown_fields_repr
from ..errors import ConstraintError
from ..types import UNSET, Unset


@attrs.define(kw_only=True)
class AttachVolumesRequest:
    """The request body of ``attach_volumes``."""

    attach_to: AttachVolumesRequestInstanceID
    """UUID or name of the instance to attach the volume to."""

    at: str
    """Path of the mountpoint.

    The path must be absolute, not contain . and .. components, and not contain colons (:). The
    path must point to an empty directory. If the directory does not exist, it is created."""

    uuid: UUID | Unset = UNSET
    """The UUID of the volume to attach. Mutually exclusive with name. Exactly one of uuid or name
    must be provided. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the volume to attach. Mutually exclusive with UUID. Exactly one of uuid or name
    must be provided. ``UNSET`` (the default) leaves it out of the JSON."""

    readonly: bool | Unset = UNSET
    """Whether the volume should be mounted read-only. ``UNSET`` (the default) leaves it out of the
    JSON."""

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
        groups = (
            (self.uuid,),
            (self.name,),
        )
        if len(count_present(groups)) != 1:
            raise ConstraintError(
                exactly_one_of_message("AttachVolumesRequest", (("uuid",), ("name",)))
            )


@attrs.define(kw_only=True)
class AttachVolumesRequestInstanceID:
    """UUID or name of the instance to attach the volume to (``AttachVolumesRequest.attach_to``)."""

    uuid: UUID | Unset = UNSET
    """The UUID of the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the instance that the volume is attached to. ``UNSET`` (the default) leaves it
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
