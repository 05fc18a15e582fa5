"""Of ``ukc_client.models``: UpdateServiceGroupProperty.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class UpdateServiceGroupProperty(OpenEnum):
    """The property to modify. (`UpdateServiceGroupsRequestItem.prop`)"""

    SERVICES = "services"
    DOMAINS = "domains"
    SOFT_LIMIT = "soft_limit"
    HARD_LIMIT = "hard_limit"
