"""The limits of the mock's account: the handlers enforce them and the quotas report them."""

from __future__ import annotations

import attrs


@attrs.frozen
class AccountLimits:
    """Bounds of what one resource may ask for (as in the spec's ``QuotasLimits``)."""

    min_memory_mb: int = 16
    max_memory_mb: int = 16384
    min_vcpus: int = 1
    max_vcpus: int = 8
    min_volume_mb: int = 1
    max_volume_mb: int = 65536
    min_autoscale_size: int = 0
    max_autoscale_size: int = 64
    max_replicas: int = 16


LIMITS = AccountLimits()
