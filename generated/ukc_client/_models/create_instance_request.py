"""Of ``ukc_client.models``: CreateInstanceRequest.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset
from .create_instance_request_features_item import CreateInstanceRequestFeaturesItem
from .create_instance_request_service_group import CreateInstanceRequestServiceGroup
from .create_instance_request_volume import CreateInstanceRequestVolume
from .instance_restart_policy import InstanceRestartPolicy
from .instance_scale_to_zero import InstanceScaleToZero


@attrs.define(kw_only=True)
class CreateInstanceRequest:
    """The request body of ``create_instance``."""

    image: str
    """The image to use for the instance."""

    name: str | None | Unset = UNSET
    """(Optional). The name of the instance.

    If not provided, a random name will be generated. The name must be unique. ``UNSET`` (the
    default) leaves it out of the JSON."""

    args: list[str] | None | Unset = UNSET
    """(Optional). The arguments to pass to the instance when it starts. ``UNSET`` (the default)
    leaves it out of the JSON."""

    env: dict[str, str] | None | Unset = UNSET
    """(Optional). Environment variables to set for the instance. ``UNSET`` (the default) leaves it
    out of the JSON."""

    memory_mb: int | None | Unset = UNSET
    """(Optional). Memory in MB to allocate for the instance. Default is 128. ``UNSET`` (the
    default) leaves it out of the JSON."""

    service_group: CreateInstanceRequestServiceGroup | None | Unset = UNSET
    """(Optional). The service group configuration when creating an instance.

    When creating an instance, either a previously created (persistent) service group can be
    referenced (either through its name or UUID), or a new (ephemeral) service group can be
    created for the instance by specifying the list of services it should expose and optionally
    the domains it should use. ``UNSET`` (the default) leaves it out of the JSON."""

    volumes: list[CreateInstanceRequestVolume] | None | Unset = UNSET
    """Volumes to attach to the instance.

    This list can contain both existing and new volumes to create as part of the instance
    creation. Existing volumes can be referenced by their name or UUID. New volumes can be
    created by specifying a name, size in MiB, and mount point in the instance. The mount point
    is the directory in the instance where the volume will be mounted. ``UNSET`` (the default)
    leaves it out of the JSON."""

    autostart: bool | None | Unset = UNSET
    """Whether the instance should start automatically on creation. ``UNSET`` (the default) leaves
    it out of the JSON."""

    replicas: int | None | Unset = UNSET
    """Number of replicas for the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    restart_policy: InstanceRestartPolicy | None | Unset = UNSET
    """Restart policy for the instance. This defines how the instance should behave when it stops
    or crashes. ``UNSET`` (the default) leaves it out of the JSON."""

    scale_to_zero: InstanceScaleToZero | None | Unset = UNSET
    """Scale-to-zero configuration for the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    vcpus: int | None | Unset = UNSET
    """Number of vCPUs to allocate for the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    wait_timeout_ms: int | None | Unset = UNSET
    """Timeout to wait for all new instances to reach running state in milliseconds. If you
    autostart your new instance, you can wait for it to finish starting with a blocking API call
    if you specify a wait timeout greater than zero. No wait performed for a value of 0.
    ``UNSET`` (the default) leaves it out of the JSON."""

    features: list[CreateInstanceRequestFeaturesItem] | None | Unset = UNSET
    """Features to enable for the instance. Features are specific configurations or capabilities
    that can be enabled for the instance. ``UNSET`` (the default) leaves it out of the JSON."""

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
