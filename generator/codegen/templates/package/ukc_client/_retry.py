"""The retry policy of the client: which failures are retried, how often, how long to wait,
and the strict reading of a ``Retry-After`` header.

The transport runs the attempts itself (urllib3 is asked for one attempt each time), so that
every attempt and every wait between them fits in the one deadline of the call.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from calendar import timegm
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field

# Only methods whose repetition cannot create a second resource (HTTP's idempotent ones).
# POST and PATCH are never retried: the server may have acted on the first attempt before the
# connection failed.
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})

RETRIED_STATUSES: frozenset[int] = frozenset({429, 502, 503, 504})

RETRY_AFTER_LIMIT = 86400.0
"""The largest ``Retry-After`` this client reads, in seconds (one day); longer ones are capped."""


@dataclass(frozen=True)
class RetryPolicy:
    """How the client retries idempotent requests.

    ``max_retries`` counts the attempts after the first one (0 switches retries off).
    The wait before retry ``n`` (1, 2, ...) is ``backoff_factor * 2 ** (n - 1)`` seconds plus a
    uniform jitter in ``[0, jitter]``, at most ``backoff_max``; a valid ``Retry-After`` header on
    a retried status replaces it, capped at ``retry_after_max`` seconds. A retry whose wait would
    end after the call's deadline is not made: the last answer or failure is raised instead.
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
    # The same, for ``AsyncClient``.
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=asyncio.sleep, repr=False, compare=False
    )

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_retries=0)

    def retries_for(self, method: str) -> int:
        """How many retries a request of ``method`` may have."""
        return self.max_retries if method in self.methods else 0

    def wait_before(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1, 2, ...)."""
        if retry_after:
            return min(retry_after, float(self.retry_after_max))
        backoff = self.backoff_factor * (2 ** (retry - 1))
        if self.jitter:
            backoff += random.uniform(0.0, self.jitter)
        return float(max(0.0, min(self.backoff_max, backoff)))


DEFAULT_RETRY_POLICY = RetryPolicy()

# RFC 9110 section 10.2.3: delta-seconds (1*DIGIT) or an HTTP-date in one of its three forms.
_DELTA_SECONDS = re.compile(r"[0-9]+")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = "(?P<month>" + "|".join(_MONTHS) + ")"
_TIME = r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
_HTTP_DATES = (
    # IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    re.compile(
        r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?P<day>[0-9]{2}) "
        + _MONTH
        + r" (?P<year>[0-9]{4}) "
        + _TIME
        + " GMT"
    ),
    # RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    re.compile(
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?P<day>[0-9]{2})-"
        + _MONTH
        + r"-(?P<year>[0-9]{2}) "
        + _TIME
        + " GMT"
    ),
    # asctime: Sun Nov  6 08:49:37 1994
    re.compile(
        r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
        + _MONTH
        + r" (?P<day>[ 0-9][0-9]) "
        + _TIME
        + r" (?P<year>[0-9]{4})"
    ),
)
# More digits than this are capped without being converted: the number is huge either way.
_MAX_DELTA_DIGITS = 9


def parse_retry_after(value: str, now: float | None = None) -> float | None:
    """The wait a ``Retry-After`` header asks for, in seconds, or ``None`` if it is invalid.

    Delta-seconds (ASCII digits only) or an HTTP-date (IMF-fixdate, RFC 850 or asctime, in
    GMT); surrounding spaces are allowed. A date in the past is a wait of 0. Anything else
    (a negative or fractional number, a sign, an impossible date, a year past 9999, garbage)
    is invalid and ignored. Waits are capped at ``RETRY_AFTER_LIMIT``.
    """
    text = value.strip(" \t")
    if _DELTA_SECONDS.fullmatch(text):
        if len(text) > _MAX_DELTA_DIGITS:
            return RETRY_AFTER_LIMIT
        return min(float(int(text)), RETRY_AFTER_LIMIT)
    for pattern in _HTTP_DATES:
        match = pattern.fullmatch(text)
        if match is not None:
            return _seconds_until(match, time.time() if now is None else now)
    return None


def _seconds_until(match: re.Match[str], now: float) -> float | None:
    year = int(match["year"])
    if len(match["year"]) == 2:
        # RFC 9110: a two-digit year more than 50 years in the future is in the past century.
        this_year = time.gmtime(now).tm_year
        year += this_year - this_year % 100
        if year > this_year + 50:
            year -= 100
    day, hour, minute, second = (
        int(match["day"]),
        int(match["hour"]),
        int(match["minute"]),
        int(match["second"]),
    )
    month = _MONTHS.index(match["month"]) + 1
    if not (1 <= day <= _days_in(year, month) and hour < 24 and minute < 60 and second < 61):
        return None
    moment = timegm((year, month, day, hour, minute, min(second, 59), 0, 0, 0))
    return min(max(0.0, float(moment - now)), RETRY_AFTER_LIMIT)


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
