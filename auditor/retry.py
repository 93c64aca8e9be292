"""When to try a request again, and how long to wait first.

- 429 and 503 with ``Retry-After`` (seconds or an HTTP date): wait what the server asked. When it
  asks for longer than ``retry_after_cap`` we give up on the URL rather than hold the crawl, but
  the origin is still deferred by the cap.
- Other 5xx, 429 without ``Retry-After``, timeouts and dropped connections: exponential backoff
  with jitter. The jitter is a hash of the URL and attempt, not a random draw, so two runs over
  the same web wait the same and stay reproducible.
- Connection refused, DNS and TLS errors are never retried: an unreachable authority fails fast.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_ERRORS = frozenset({"timeout", "broken_response"})


def parse_retry_after(value: str, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date), or None if unreadable."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


def jitter(url: str, attempt: int) -> float:
    """A fraction in [0, 1) fixed by the URL and attempt number."""
    digest = hashlib.sha256(f"{url}#{attempt}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    backoff_seconds: float = 1.0
    retry_after_cap: float = 120.0
    wall_clock: Callable[[], float] = field(default=time.time, compare=False)

    def backoff(self, url: str, attempt: int) -> float:
        # "Equal jitter": half the exponential step fixed, half spread, so waits never collapse to 0.
        step = self.backoff_seconds * 2**attempt
        return step * (0.5 + 0.5 * jitter(url, attempt))

    def decide(self, url: str, attempt: int, status: int, error: str, retry_after: str) -> tuple[float, bool]:
        """``(seconds to defer the origin, whether to retry the URL)``."""
        if error:
            if error in RETRY_ERRORS and attempt < self.max_retries:
                return self.backoff(url, attempt), True
            return 0.0, False
        if status not in RETRY_STATUSES:
            return 0.0, False
        asked = parse_retry_after(retry_after, self.wall_clock()) if status in (429, 503) else None
        if asked is not None:
            if asked > self.retry_after_cap:
                return self.retry_after_cap, False
            return asked, attempt < self.max_retries
        if attempt < self.max_retries:
            return self.backoff(url, attempt), True
        return 0.0, False
