"""Of ``ukc_client.models``: CreateServiceGroupRequest, CreateServiceGroupRequestDomain.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr
from ..types import UNSET, Unset
from .name_or_uuid import NameOrUUID
from .service import Service


@attrs.define(kw_only=True)
class CreateServiceGroupRequest:
    """The request body of ``create_service_group``."""

    name: str | Unset = UNSET
    """Name of the service group. This is a human-readable name that can be used to identify the
    service group. The name must be unique within the context of your account. If no name is
    specified, a random name is generated for you. The name can also be used to identify the
    service group in API calls. ``UNSET`` (the default) leaves it out of the JSON."""

    services: list[Service] | Unset = UNSET
    """Description of exposed services. ``UNSET`` (the default) leaves it out of the JSON."""

    domains: list[CreateServiceGroupRequestDomain] | Unset = UNSET
    """Description of domains associated with the service group. ``UNSET`` (the default) leaves it
    out of the JSON."""

    soft_limit: int | Unset = UNSET
    """The soft limit is used by the Unikraft Cloud load balancer to decide when to wake up another
    standby instance.

    For example, if the soft limit is set to 5 and the service consists of 2 standby instances,
    one of the instances receives up to 5 concurrent requests. The 6th parallel requests wakes
    up the second instance. If there are no more standby instances to wake up, the number of
    requests assigned to each instance will exceed the soft limit. The load balancer makes sure
    that when the number of in-flight requests goes down again, instances are put into standby
    as fast as possible. ``UNSET`` (the default) leaves it out of the JSON."""

    hard_limit: int | Unset = UNSET
    """The hard limit defines the maximum number of concurrent requests that an instance assigned
    to the this service can handle.

    The load balancer will never assign more requests to a single instance. In case there are no
    other instances available, excess requests fail (i.e., they are blocked and not queued).
    ``UNSET`` (the default) leaves it out of the JSON."""

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
class CreateServiceGroupRequestDomain:
    """Description of domains associated with the service group
    (``CreateServiceGroupRequest.domains``)."""

    name: str
    """Publicly accessible domain name. If this name ends in a period . it must be a valid Full
    Qualified Domain Name (FQDN), otherwise it will become a subdomain of the target metro."""

    certificate: NameOrUUID | Unset = UNSET
    """Use an existing certificate for the domain. If this field is specified, the domain must be
    associated with a valid certificate. ``UNSET`` (the default) leaves it out of the JSON."""

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
