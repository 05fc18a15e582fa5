"""Of ``ukc_client.models``: CreateInstanceRequestServiceGroup.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import TypeAlias

from .create_instance_request_service_group_by_name import CreateInstanceRequestServiceGroupByName
from .create_instance_request_service_group_by_uuid import CreateInstanceRequestServiceGroupByUUID
from .create_instance_request_service_group_new import CreateInstanceRequestServiceGroupNew

CreateInstanceRequestServiceGroup: TypeAlias = (
    CreateInstanceRequestServiceGroupByUUID
    | CreateInstanceRequestServiceGroupByName
    | CreateInstanceRequestServiceGroupNew
)
"""Exactly one of: A reference to an existing resource by its uuid; A reference to an existing
resource by its name; A new (ephemeral) service group, described by the services it exposes."""
