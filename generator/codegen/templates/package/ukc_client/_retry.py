"""The retry policy of the client: which answers are retried, how often, and how long to wait.

The counting, the ``Retry-After`` parsing and the method allow-list are urllib3's ``Retry``;
this module only chooses its settings and makes the very first retry back off too.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from urllib3.util.retry import Retry

# Only methods whose repetition cannot create a second resource. POST and PATCH are never
# retried: the server may have acted on the first attempt before the connection failed.
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "PUT", "DELETE"})

RETRIED_STATUSES: frozenset[int] = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How the client retries idempotent requests.

    ``max_retries`` counts the attempts after the first one (0 switches retries off).
    The wait before retry ``n`` (1, 2, ...) is ``backoff_factor * 2 ** (n - 1)`` seconds plus a
    uniform jitter in ``[0, jitter]``, at most ``backoff_max``; a ``Retry-After`` header on a
    retried status replaces it, capped at ``retry_after_max`` seconds.
    """

    max_retries: int = 3
    backoff_factor: float = 0.25
    backoff_max: float = 20.0
    jitter: float = 0.25
    retry_after_max: int = 60
    statuses: Collection[int] = RETRIED_STATUSES
    methods: Collection[str] = IDEMPOTENT_METHODS
    # How the client waits; replaceable so that tests can record the waits instead.
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_retries=0)

    def for_method(self, method: str) -> Retry:
        """The urllib3 ``Retry`` for one request of ``method``."""
        retries = self.max_retries if method in self.methods else 0
        return BackoffRetry(
            total=retries,
            redirect=0,
            raise_on_redirect=False,
            raise_on_status=False,
            status_forcelist=frozenset(self.statuses),
            allowed_methods=frozenset(self.methods),
            backoff_factor=self.backoff_factor,
            backoff_max=self.backoff_max,
            backoff_jitter=self.jitter,
            retry_after_max=self.retry_after_max,
            respect_retry_after_header=True,
            sleep=self.sleep,
        )


class BackoffRetry(Retry):
    """urllib3's ``Retry`` with a backoff before the first retry as well, and a sleep hook.

    urllib3 retries the first failure at once; many clients failing together on a 503 would
    then all come back at the same instant, so the first retry waits ``backoff_factor`` too.
    """

    def __init__(self, *, sleep: Callable[[float], None] = time.sleep, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._sleep = sleep

    def new(self, **kwargs: Any) -> BackoffRetry:
        retry = super().new(**kwargs)
        retry._sleep = self._sleep
        return retry

    def get_backoff_time(self) -> float:
        consecutive_errors = 0
        for attempt in reversed(self.history):
            if attempt.redirect_location is not None:
                break
            consecutive_errors += 1
        if consecutive_errors == 0:
            return 0.0
        backoff = self.backoff_factor * (2 ** (consecutive_errors - 1))
        if self.backoff_jitter:
            backoff += random.uniform(0.0, self.backoff_jitter)
        return float(max(0.0, min(self.backoff_max, backoff)))

    def sleep(self, response: Any = None) -> None:
        delay: float | None = None
        if self.respect_retry_after_header and response is not None:
            delay = self.get_retry_after(response)
        if not delay:
            delay = self.get_backoff_time()
        if delay > 0:
            self._sleep(delay)


DEFAULT_RETRY_POLICY = RetryPolicy()
