"""Of ``ukc_client.models``: ConfigurationInstanceCreateArgs.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import TypeAlias

from .configuration_instance_create_args_roms import ConfigurationInstanceCreateArgsRoms
from .configuration_instance_create_args_template import ConfigurationInstanceCreateArgsTemplate

ConfigurationInstanceCreateArgs: TypeAlias = (
    ConfigurationInstanceCreateArgsRoms | ConfigurationInstanceCreateArgsTemplate
)
"""The arguments to use when creating the autoscale configuration. One of: `roms`, `template`."""
