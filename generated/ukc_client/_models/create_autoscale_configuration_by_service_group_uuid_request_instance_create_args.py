"""Of ``ukc_client.models``: CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import TypeAlias

from .create_autoscale_configuration_by_service_group_uuid_request_instance_create_args_roms import (
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms,
)
from .create_autoscale_configuration_by_service_group_uuid_request_instance_create_args_template import (
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate,
)

CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgs: TypeAlias = (
    CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsRoms
    | CreateAutoscaleConfigurationByServiceGroupUUIDRequestInstanceCreateArgsTemplate
)
"""The arguments to use when creating the autoscale configuration. One of: `roms`, `template`."""
