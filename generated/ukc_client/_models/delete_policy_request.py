"""Of ``ukc_client.models``: DeletePolicyRequest.

Generated from spec/openapi.yaml by ``python -m generator generate``; do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._wire import unknown_fields_key, unknown_fields_repr


@attrs.define(kw_only=True)
class DeletePolicyRequest:
    """The request body of ``delete_autoscale_configuration_policies``."""

    name: str
    """The Name of the policy to delete."""

    # Most documents have no unknown fields: the dict is made when there are some, or when
    # ``additional_properties`` is first read.
    _additional_properties: dict[str, Any] | None = attrs.field(
        default=None, eq=unknown_fields_key, repr=unknown_fields_repr
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields of the JSON this client does not know, sent back unchanged."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value
