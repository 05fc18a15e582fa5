"""Of ``ukc_client.models``: UpdateOperation.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from ..types import OpenEnum


class UpdateOperation(OpenEnum):
    """The operation to perform on the property. (`UpdateInstancesRequest.op`)"""

    SET = "set"
    ADD = "add"
    DEL = "del"
