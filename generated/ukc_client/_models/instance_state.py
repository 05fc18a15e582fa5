"""Of ``ukc_client.models``: InstanceState.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class InstanceState(OpenEnum):
    """The state of the instance. This indicates the current state of the instance, such as whether
    it is running, stopped, or in an error state. (`Instance.state`)"""

    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"
    DRAINING = "draining"
    STOPPING = "stopping"
    STANDBY = "standby"
