"""Of ``ukc_client.models``: InstanceRestartPolicy.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class InstanceRestartPolicy(OpenEnum):
    """The restart configuration for the instance. (`Instance.restart_policy`)"""

    NEVER = "never"
    ALWAYS = "always"
    ON_FAILURE = "on_failure"
    ON_FAILURE2 = "on-failure"
