"""Of ``ukc_client.models``: NameOrUUID.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import TypeAlias

from .name_or_uuid_by_name import NameOrUUIDByName
from .name_or_uuid_by_uuid import NameOrUUIDByUUID

NameOrUUID: TypeAlias = NameOrUUIDByUUID | NameOrUUIDByName
"""Exactly one of: `uuid`, `name`."""
