"""Of ``ukc_client.models``: ConfigurationInstanceCreateArgsRoms, ConfigurationInstanceCreateArgsTemplate, CreateAutoscaleConfigurationsRequestConfiguration, ConfigurationInstanceCreateArgs.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias
from uuid import UUID

import attrs

from .._wire import count_present, exactly_one_of_message, unknown_fields_key, unknown_fields_repr
from ..errors import ConstraintError
from ..types import UNSET, Unset
from .autoscale_policy import AutoscalePolicy
from .instance_create_args_instance_create_request_roms import (
    InstanceCreateArgsInstanceCreateRequestRoms,
)
from .service_group_template import ServiceGroupTemplate


@attrs.define(kw_only=True)
class ConfigurationInstanceCreateArgsRoms:
    """ConfigurationInstanceCreateArgs, given by its roms."""

    roms: InstanceCreateArgsInstanceCreateRequestRoms
    """The ROM to use for the autoscale configuration."""

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
class ConfigurationInstanceCreateArgsTemplate:
    """ConfigurationInstanceCreateArgs, given by its template."""

    template: ServiceGroupTemplate
    """The instance template used for the autoscale configuration."""

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
class CreateAutoscaleConfigurationsRequestConfiguration:
    """An item of the request body of ``create_autoscale_configurations``."""

    uuid: UUID | Unset = UNSET
    """The UUID of the service to create a configuration for. Mutually exclusive with name.
    ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the service to create a configuration for. Mutually exclusive with UUID.
    ``UNSET`` (the default) leaves it out of the JSON."""

    min_size: int | Unset = UNSET
    """The minimum number of instances to keep running. ``UNSET`` (the default) leaves it out of
    the JSON."""

    max_size: int | Unset = UNSET
    """The maximum number of instances to keep running. ``UNSET`` (the default) leaves it out of
    the JSON."""

    warmup_time_ms: int | Unset = UNSET
    """The warmup time in milliseconds for new instances. ``UNSET`` (the default) leaves it out of
    the JSON."""

    cooldown_time_ms: int | Unset = UNSET
    """The cooldown time in milliseconds for the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

    create_args: ConfigurationInstanceCreateArgs | Unset = UNSET
    """The arguments to use when creating the autoscale configuration. ``UNSET`` (the default)
    leaves it out of the JSON."""

    policies: list[AutoscalePolicy] | Unset = UNSET
    """The policies to apply to the autoscale configuration. ``UNSET`` (the default) leaves it out
    of the JSON."""

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
                exactly_one_of_message(
                    "CreateAutoscaleConfigurationsRequestConfiguration", (("uuid",), ("name",))
                )
            )


ConfigurationInstanceCreateArgs: TypeAlias = (
    ConfigurationInstanceCreateArgsRoms | ConfigurationInstanceCreateArgsTemplate
)
"""The arguments to use when creating the autoscale configuration. One of: `roms`, `template`."""
