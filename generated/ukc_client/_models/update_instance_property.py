"""Of ``ukc_client.models``: UpdateInstanceProperty.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class UpdateInstanceProperty(OpenEnum):
    """The property to modify. (`UpdateInstancesRequest.prop`)"""

    IMAGE = "image"
    ARGS = "args"
    ENV = "env"
    MEMORY_MB = "memory_mb"
    VCPUS = "vcpus"
    SCALE_TO_ZERO = "scale_to_zero"
    TAGS = "tags"
    DELETE_LOCK = "delete_lock"
