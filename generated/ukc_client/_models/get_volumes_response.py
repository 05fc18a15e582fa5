"""Of ``ukc_client.models``: VolumeState, GetVolumesResponse, GetVolumesResponseData, Volume, VolumeInstanceID, VolumeVolumeInstanceMount.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY, OpenEnum
from .response_error import ResponseError
from .response_status import ResponseStatus

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


class VolumeState(OpenEnum):
    """Current state of the volume."""

    UNINITIALIZED = "uninitialized"
    INITIALIZING = "initializing"
    AVAILABLE = "available"
    IDLE = "idle"
    MOUNTED = "mounted"
    BUSY = "busy"
    ERROR = "error"


@attrs.define(kw_only=True)
class GetVolumesResponse:
    """The answer of ``get_volumes``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: GetVolumesResponseData | None = None
    """The response data for this request. ``None`` when the API leaves it out."""

    errors: list[ResponseError] = attrs.field(factory=_new_list)
    """A list of errors which may have occurred during the request. Empty when the API leaves it
    out."""

    op_time_us: int | None = None
    """The operation time in microseconds. This is the time it took to process the request and
    generate the response. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class GetVolumesResponseData:
    """The response data for this request (``GetVolumesResponse.data``)."""

    volumes: list[Volume] = attrs.field(factory=_new_list)
    """The volume(s) which were retrieved by the request. Empty when the API leaves it out."""

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


@attrs.define(kw_only=True)
class Volume:
    """The volume(s) which were retrieved by the request (``GetVolumesResponseData.volumes``)."""

    uuid: UUID | None = None
    """The UUID of the volume.

    This is a unique identifier for the volume that is generated when the volume is created. The
    UUID is used to reference the volume in API calls and can be used to identify the volume in
    all API calls that require an identifier. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the volume.

    This is a human-readable name that can be used to identify the volume. The name must be
    unique within the context of your account. The name can also be used to identify the volume
    in API calls. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """The time the volume was created. ``None`` when the API leaves it out."""

    state: VolumeState | None = None
    """Current state of the volume. ``None`` when the API leaves it out."""

    size_mb: int | None = None
    """The size of the volume in megabytes. ``None`` when the API leaves it out."""

    persistent: bool | None = None
    """Indicates if the volume will stay alive when the last instance is deleted that this volume
    is attached to. ``None`` when the API leaves it out."""

    attached_to: list[VolumeInstanceID] = attrs.field(factory=_new_list)
    """List of instances that this volume is attached to. Empty when the API leaves it out."""

    mounted_by: list[VolumeVolumeInstanceMount] = attrs.field(factory=_new_list)
    """List of instances that have this volume mounted. Empty when the API leaves it out."""

    tags: list[str] = attrs.field(factory=_new_list)
    """The tags associated with the volume. Empty when the API leaves it out."""

    status: ResponseStatus | None = None
    """An optional field representing the status of the request. This field is only set when this
    message object is used as a response message. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is only
    set when this message object is used as a response message, and is useful when the status is
    not success. ``None`` when the API leaves it out."""

    error: int | None = None
    """An optional error code providing additional information about the status. This field is only
    set when this message object is used as a response message, and is useful when the status is
    not success. ``None`` when the API leaves it out."""

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


@attrs.define(kw_only=True)
class VolumeInstanceID:
    """List of instances that this volume is attached to (``Volume.attached_to``)."""

    uuid: UUID | None = None
    """The UUID of the instance. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance that the volume is attached to. ``None`` when the API leaves it
    out."""

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


@attrs.define(kw_only=True)
class VolumeVolumeInstanceMount:
    """List of instances that have this volume mounted (``Volume.mounted_by``)."""

    uuid: UUID | None = None
    """The UUID of the instance. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance that the volume is mounted in. ``None`` when the API leaves it out."""

    read_only: bool | None = None
    """Whether the instance mounts the volume read-only. ``None`` when the API leaves it out."""

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
