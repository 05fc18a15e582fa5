"""Of ``ukc_client.models``: Domain, ServiceGroup, ServiceGroupInstance.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import NOTHING_EMPTY
from .certificate import Certificate
from .response_status import ResponseStatus
from .service import Service

# ``factory=list`` gives a field's default the type ``list[Unknown]`` in pyright; the same
# ``list``, cast once to a maker of ``list[Any]``, leaves the field's annotation in charge.
_new_list = cast("Callable[[], list[Any]]", list)


@attrs.define(kw_only=True)
class Domain:
    """List of domains associated with the service. Domains are used to access the service over the
    Internet (``ServiceGroup.domains``)."""

    certificate: Certificate | None = None
    """Use an existing certificate for the domain. If this field is specified, the domain must be
    associated with a valid certificate. ``None`` when the API leaves it out."""

    fqdn: str | None = None
    """The fully qualified domain name. ``None`` when the API leaves it out."""

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
class ServiceGroup:
    """The service group which was created by this request.

    Note: only one service group can be specified in the request, so this will always contain a
    single entry (``CreateServiceGroupResponseData.service_groups``)."""

    uuid: UUID | None = None
    """The UUID of the service group.

    This is a unique identifier for the service group that is generated when the service group
    is created. The UUID is used to reference the service in API calls and can be used to
    identify the service group in all API calls that require an identifier. ``None`` when the
    API leaves it out."""

    name: str | None = None
    """The name of the service group.

    This is a human-readable name that can be used to identify the service group. The name must
    be unique within the context of your account. The name can also be used to identify the
    service in API calls. ``None`` when the API leaves it out."""

    created_at: datetime | None = None
    """The time the service was created. ``None`` when the API leaves it out."""

    persistent: bool | None = None
    """Indicates if the service will stay remain even after the last instance detached. If this is
    set to false, the service will be deleted when the last instance detached from it. If this
    is set to true, the service will remain and can be reused by other instances. This is useful
    if you want to keep the service configuration, e.g., the published ports, handlers, and
    domains, even if there are no instances assigned to it. ``None`` when the API leaves it out."""

    autoscale: bool | None = None
    """Indicates if the service has autoscale enabled. See the associated autoscale documentation
    for more information about how to set this up. Autoscale policies can be set up after the
    service has been created. ``None`` when the API leaves it out."""

    soft_limit: int | None = None
    """The soft limit is used by the Unikraft Cloud load balancer to decide when to wake up another
    standby instance. For example, if the soft limit is set to 5 and the service consists of 2
    standby instances, one of the instances receives up to 5 concurrent requests. The 6th
    parallel requests wakes up the second instance. If there are no more standby instances to
    wake up, the number of requests assigned to each instance will exceed the soft limit. The
    load balancer makes sure that when the number of in-flight requests goes down again,
    instances are put into standby as fast as possible. ``None`` when the API leaves it out."""

    hard_limit: int | None = None
    """The hard limit defines the maximum number of concurrent requests that an instance assigned
    to the this service can handle. The load balancer will never assign more requests to a
    single instance. In case there are no other instances available, excess requests fail (i.e.,
    they are blocked and not queued). ``None`` when the API leaves it out."""

    services: list[Service] = attrs.field(factory=_new_list)
    """List of published network ports for this service and the destination port to which Unikraft
    Cloud will forward traffic to. Additional handlers can be defined for each published port in
    order to define how the service will handle incoming connections and forward traffic from
    the Internet to your application. For example, a service can be configured to terminate TLS
    connections, redirect HTTP traffic, or enable HTTP mode for load balancing. Empty when the
    API leaves it out."""

    domains: list[Domain] = attrs.field(factory=_new_list)
    """List of domains associated with the service. Domains are used to access the service over the
    Internet. Empty when the API leaves it out."""

    instances: list[ServiceGroupInstance] = attrs.field(factory=_new_list)
    """List of instances assigned to the service. Empty when the API leaves it out."""

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
class ServiceGroupInstance:
    """List of instances assigned to the service (``ServiceGroup.instances``)."""

    uuid: UUID | None = None
    """The UUID of the instance. This is a unique identifier for the instance that is generated
    when the instance is created. The UUID is used to reference the instance in API calls and
    can be used to identify the instance in all API calls that require an instance identifier.
    ``None`` when the API leaves it out."""

    name: str | None = None
    """The name of the instance. This is a human-readable name that can be used to identify the
    instance. The name must be unique within the context of your account. If no name is
    specified, a random name is generated for you. The name can also be used to identify the
    instance in API calls. ``None`` when the API leaves it out."""

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
