"""Of ``ukc_client.models``: CreateInstanceRequestFeaturesItem, CreateInstanceRequest, CreateInstanceRequestDomain, CreateInstanceRequestServiceGroupByName, CreateInstanceRequestServiceGroupByUUID, CreateInstanceRequestServiceGroupNew, CreateInstanceRequestVolume, CreateInstanceRequestServiceGroup.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, OpenEnum, Unset
from .instance_restart_policy import InstanceRestartPolicy
from .instance_scale_to_zero import InstanceScaleToZero
from .name_or_uuid import NameOrUUID
from .service import Service


class CreateInstanceRequestFeaturesItem(OpenEnum):
    """The values of CreateInstanceRequestFeaturesItem."""

    DELETE_ON_STOP = "delete_on_stop"


@attrs.define(kw_only=True)
class CreateInstanceRequest:
    """The request body of ``create_instance``."""

    image: str
    """The image to use for the instance."""

    name: str | Unset = UNSET
    """(Optional). The name of the instance.

    If not provided, a random name will be generated. The name must be unique. ``UNSET`` (the
    default) leaves it out of the JSON."""

    args: list[str] | Unset = UNSET
    """(Optional). The arguments to pass to the instance when it starts. ``UNSET`` (the default)
    leaves it out of the JSON."""

    env: dict[str, str] | Unset = UNSET
    """(Optional). Environment variables to set for the instance. ``UNSET`` (the default) leaves it
    out of the JSON."""

    memory_mb: int | Unset = UNSET
    """(Optional). Memory in MB to allocate for the instance. Default is 128. ``UNSET`` (the
    default) leaves it out of the JSON."""

    service_group: CreateInstanceRequestServiceGroup | Unset = UNSET
    """(Optional). The service group configuration when creating an instance.

    When creating an instance, either a previously created (persistent) service group can be
    referenced (either through its name or UUID), or a new (ephemeral) service group can be
    created for the instance by specifying the list of services it should expose and optionally
    the domains it should use. ``UNSET`` (the default) leaves it out of the JSON."""

    volumes: list[CreateInstanceRequestVolume] | Unset = UNSET
    """Volumes to attach to the instance.

    This list can contain both existing and new volumes to create as part of the instance
    creation. Existing volumes can be referenced by their name or UUID. New volumes can be
    created by specifying a name, size in MiB, and mount point in the instance. The mount point
    is the directory in the instance where the volume will be mounted. ``UNSET`` (the default)
    leaves it out of the JSON."""

    autostart: bool | Unset = UNSET
    """Whether the instance should start automatically on creation. ``UNSET`` (the default) leaves
    it out of the JSON."""

    replicas: int | Unset = UNSET
    """Number of replicas for the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    restart_policy: InstanceRestartPolicy | Unset = UNSET
    """Restart policy for the instance. This defines how the instance should behave when it stops
    or crashes. ``UNSET`` (the default) leaves it out of the JSON."""

    scale_to_zero: InstanceScaleToZero | Unset = UNSET
    """Scale-to-zero configuration for the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    vcpus: int | Unset = UNSET
    """Number of vCPUs to allocate for the instance. ``UNSET`` (the default) leaves it out of the
    JSON."""

    wait_timeout_ms: int | Unset = UNSET
    """Timeout to wait for all new instances to reach running state in milliseconds. If you
    autostart your new instance, you can wait for it to finish starting with a blocking API call
    if you specify a wait timeout greater than zero. No wait performed for a value of 0.
    ``UNSET`` (the default) leaves it out of the JSON."""

    features: list[CreateInstanceRequestFeaturesItem] | Unset = UNSET
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


@attrs.define(kw_only=True)
class CreateInstanceRequestDomain:
    """Domains of a new (ephemeral) service group
    (``CreateInstanceRequestServiceGroupNew.domains``)."""

    certificate: NameOrUUID | Unset = UNSET
    """A reference to an existing certificate which can be used for the specified domain. If
    unspecified, Unikraft Cloud will automatically generate a new certificate for the domain
    based on Let's Encrypt and seek to accomplish a DNS-01 challenge. ``UNSET`` (the default)
    leaves it out of the JSON."""

    name: str
    """Publicly accessible domain name. If this name ends in a period . it must be a valid Full
    Qualified Domain Name (FQDN), otherwise it will become a subdomain of the target metro."""

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
class CreateInstanceRequestServiceGroupByName:
    """A reference to an existing resource by its name."""

    name: str
    """The name of the referenced resource."""

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
class CreateInstanceRequestServiceGroupByUUID:
    """A reference to an existing resource by its uuid."""

    uuid: UUID
    """(Optional). Reference an existing (persistent) service group by its UUID. Mutually exclusive
    with name."""

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
class CreateInstanceRequestServiceGroupNew:
    """A new (ephemeral) service group, described by the services it exposes."""

    services: list[Service]
    """Services of a new (ephemeral) service group."""

    domains: list[CreateInstanceRequestDomain] | Unset = UNSET
    """Domains of a new (ephemeral) service group. ``UNSET`` (the default) leaves it out of the
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

    uuid: UUID | Unset = UNSET
    """The UUID of an existing volume.

    If this is the only specified field, then it will look up an existing volume by this UUID.
    ``UNSET`` (the default) leaves it out of the JSON."""

    name: str | Unset = UNSET
    """The name of the volume.

    If this is the only specified field, then it will look up an existing volume by this name.
    If the volume does not exist, the request will fail. If a new volume is intended to be
    created, then this field must be specified along with the size in MiB and the mount point in
    the instance. ``UNSET`` (the default) leaves it out of the JSON."""

    size_mb: int | Unset = UNSET
    """The size of the volume when creating a new volume.

    When creating a new volume as part of the instance create request, specify the size of the
    volume in MiB. ``UNSET`` (the default) leaves it out of the JSON."""

    read_only: bool | Unset = UNSET
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


CreateInstanceRequestServiceGroup: TypeAlias = (
    CreateInstanceRequestServiceGroupByUUID
    | CreateInstanceRequestServiceGroupByName
    | CreateInstanceRequestServiceGroupNew
)
"""Exactly one of: A reference to an existing resource by its uuid; A reference to an existing
resource by its name; A new (ephemeral) service group, described by the services it exposes."""
