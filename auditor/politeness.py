"""Per-origin politeness: one request at a time per origin, spaced by the delay.

Keyed by origin (scheme, host, port), never by authority: many councils share one directory
platform host, and it is the host's load that politeness protects.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class _OriginState:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_allowed: float = 0.0
    delay: float = 0.0


class Politeness:
    def __init__(self, delay_seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.default_delay = delay_seconds
        self._clock = clock
        self._origins: dict[str, _OriginState] = {}

    def _state(self, origin: str) -> _OriginState:
        state = self._origins.get(origin)
        if state is None:
            state = self._origins[origin] = _OriginState(delay=self.default_delay)
        return state

    def set_min_delay(self, origin: str, seconds: float) -> None:
        """Raise the origin's delay (robots.txt Crawl-delay); never lowers the configured one."""
        state = self._state(origin)
        state.delay = max(state.delay, seconds)

    def defer(self, origin: str, seconds: float) -> None:
        """Push the origin's next request back (Retry-After)."""
        state = self._state(origin)
        state.next_allowed = max(state.next_allowed, self._clock() + seconds)

    @asynccontextmanager
    async def slot(self, origin: str) -> AsyncIterator[None]:
        state = self._state(origin)
        async with state.lock:
            wait = state.next_allowed - self._clock()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                yield
            finally:
                # Spacing counts from the end of a response, so a slow server is never hit harder.
                state.next_allowed = max(state.next_allowed, self._clock() + state.delay)
