"""Of ``ukc_client.models``: GoogleProtobufValue.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any, TypeAlias

GoogleProtobufValue: TypeAlias = Any
"""Any JSON value (the page lists no properties and no type)."""
