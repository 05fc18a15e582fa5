"""Of ``ukc_client.models``: DeleteInstancesResponse, DeleteInstancesResponseData, DeleteInstancesResponseDeletedInstance.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY
from .response_error import ResponseError
from .response_status import ResponseStatus

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


@attrs.define(kw_only=True)
class DeleteInstancesResponse:
    """The answer of ``delete_instances``."""

    status: ResponseStatus | None = None
    """The status of the response. ``None`` when the API leaves it out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    data: DeleteInstancesResponseData | None = None
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
class DeleteInstancesResponseData:
    """The response data for this request (``DeleteInstancesResponse.data``)."""

    instances: list[DeleteInstancesResponseDeletedInstance] = attrs.field(factory=_new_list)
    """The instance(s) which were deleted by the request. Empty when the API leaves it out."""

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
class DeleteInstancesResponseDeletedInstance:
    """The instance(s) which were deleted by the request
    (``DeleteInstancesResponseData.instances``)."""

    status: ResponseStatus | None = None
    """Indicates whether the start operation was successful or not for this instance. ``None`` when
    the API leaves it out."""

    uuid: UUID | None = None
    """The UUID of the instance which was deleted. ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance which was deleted. ``None`` when the API leaves it out."""

    previous_state: str | None = None
    """The previous state of the instance before it was deleted. ``None`` when the API leaves it
    out."""

    message: str | None = None
    """An optional message providing additional information about the status. This field is useful
    when the status is not success. ``None`` when the API leaves it out."""

    error: int | None = None
    """An optional error code providing additional information about the status. This field is
    useful when the status is not success. ``None`` when the API leaves it out."""

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
