"""Of ``ukc_client.models``: UpdateVolumeProperty.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class UpdateVolumeProperty(OpenEnum):
    """The property to modify. (`UpdateVolumesRequestItem.prop`)"""

    SIZE_MB = "size_mb"
    TAGS = "tags"
    QUOTA_POLICY = "quota_policy"
    DELETE_LOCK = "delete_lock"
