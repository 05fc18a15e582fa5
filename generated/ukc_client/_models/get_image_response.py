"""Of ``ukc_client.models``: GetImageResponse, GetImageResponseData, Image, Object.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, cast

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY
from .response_error import ResponseError
from .response_status import ResponseStatus

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


@attrs.define(kw_only=True)
class GetImageResponse:
    """The answer of ``get_image_by_digest``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the response. ``None`` when the
    API leaves it out."""

    data: GetImageResponseData | None = None
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
class GetImageResponseData:
    """The response data for this request (``GetImageResponse.data``)."""

    image: Image | None = None
    """The instance that was created in this request. ``None`` when the API leaves it out."""

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
class Image:
    """The instance that was created in this request (``GetImageResponseData.image``)."""

    tag: str | None = None
    """The canonical name of the image is known as the "tag". ``None`` when the API leaves it out."""

    digest: str | None = None
    """The digest of the image is a unique identifier of the image manifest which is a string
    representation including the hashing algorithm and the hash value separated by a colon.
    ``None`` when the API leaves it out."""

    description: str | None = None
    """A description of the image. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """When the image was created. ``None`` when the API leaves it out."""

    arch: str | None = None
    """The architecture of the image. ``None`` when the API leaves it out."""

    entrypoint: list[str] = attrs.field(factory=_new_list)
    """The entrypoint of the image is the command that is run when the image is started. Empty when
    the API leaves it out."""

    cmd: list[str] = attrs.field(factory=_new_list)
    """The command to run when the image is started. Empty when the API leaves it out."""

    env: list[str] = attrs.field(factory=_new_list)
    """The environment variables to set when the image is started. Empty when the API leaves it
    out."""

    ports: list[str] = attrs.field(factory=_new_list)
    """Documented port mappings for the image. Empty when the API leaves it out."""

    volumes: list[str] = attrs.field(factory=_new_list)
    """Documented volumes for the image. Empty when the API leaves it out."""

    labels: dict[str, str] | None = None
    """Labels are key-value pairs. ``None`` when the API leaves it out."""

    workdir: str | None = None
    """The working directory for the image is the directory that is set as the current working
    directory when the image is started. ``None`` when the API leaves it out."""

    kernel: Object | None = None
    """The kernel object is a reference to the kernel that is used by the image. ``None`` when the
    API leaves it out."""

    auxiliary_roms: list[Object] = attrs.field(factory=_new_list)
    """List of auxiliary ROMs that are used by the image. Empty when the API leaves it out."""

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
