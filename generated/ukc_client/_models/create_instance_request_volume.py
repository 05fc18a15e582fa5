"""Of ``ukc_client.models``: CreateInstanceRequestVolume.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset


@attrs.define(kw_only=True)
class CreateInstanceRequestVolume:
    """Volumes to attach to the instance.

    This list can contain both existing and new volumes to create as part of the instance
    creation. Existing volumes can be referenced by their name or UUID. New volumes can be
    created by specifying a name, size in MiB, and mount point in the instance. The mount point
    is the directory in the instance where the volume will be mounted
    (``CreateInstanceRequest.volumes``)."""

    at: str
    """The mount point for the volume in the instance."""

    uuid: UUID | None | Unset = UNSET
    """The UUID of an existing volume.

    If this is the only specified field, then it will look up an existing volume by this UUID.
    ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | None | Unset = UNSET
    """The name of the volume.

    If this is the only specified field, then it will look up an existing volume by this name.
    If the volume does not exist, the request will fail. If a new volume is intended to be
    created, then this field must be specified along with the size in MiB and the mount point in
    the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    size_mb: int | None | Unset = UNSET
    """The size of the volume when creating a new volume.

    When creating a new volume as part of the instance create request, specify the size of the
    volume in MiB. ``UNSET`` (the default) leaves it out of the JSON."""

    read_only: bool | None | Unset = UNSET
    """Whether the volume is read-only.

    If this field is set to true, the volume will be mounted as read-only in the instance. This
    field is optional and defaults to false and is only applicable when using an existing
    volume. ``UNSET`` (the default) leaves it out of the JSON."""

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
