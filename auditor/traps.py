"""Crawler traps: endless URL spaces that would eat the page budget with near-identical pages.

Two kinds are common on council sites: faceted search and directory listings (one path, endless
``?category=…&sort=…&page=…`` variations) and event calendars (``/events/2026/11/``, ``?month=…``
with a "next month" link forever). Both are bounded by counting URLs at the moment they are
added to the frontier, in the frontier's deterministic order, so the same URLs are kept on every
run and on resume.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

# /2026/11/, /2026/11/28, /2026-11/, /2026-11-28
CALENDAR_PATH = re.compile(r"/(?:19|20)\d\d(?:[/-](?:0?[1-9]|1[0-2]))(?:[/-]\d{1,2})?(?:/|$)")
CALENDAR_PARAMS = frozenset(
    {"month", "date", "year", "day", "week", "start", "end", "startdate", "enddate", "from", "to", "cal", "calendar"}
)


@dataclass
class TrapGuard:
    max_query_variants: int = 20
    max_calendar_pages: int = 10
    query_cut: int = 0
    calendar_cut: int = 0
    _variants: Counter[str] = field(default_factory=Counter)
    _calendar: Counter[str] = field(default_factory=Counter)

    def admit(self, url: str) -> bool:
        """True if ``url`` may join the frontier; counts it either way."""
        parts = urlsplit(url)
        page = f"{parts.netloc}{parts.path}"
        calendar_key = self._calendar_key(parts.netloc, parts.path, parts.query)
        if calendar_key is not None:
            if self._calendar[calendar_key] >= self.max_calendar_pages:
                self.calendar_cut += 1
                return False
            self._calendar[calendar_key] += 1
        if parts.query:
            if self._variants[page] >= self.max_query_variants:
                self.query_cut += 1
                return False
            self._variants[page] += 1
        return True

    @staticmethod
    def _calendar_key(netloc: str, path: str, query: str) -> str | None:
        """URLs that differ only by a date share a key: the path with its digits blanked, and the date params."""
        names = sorted({k.lower() for k, _ in parse_qsl(query, keep_blank_values=True)} & CALENDAR_PARAMS)
        if not names and not CALENDAR_PATH.search(path):
            return None
        return f"{netloc}{re.sub(r'[0-9]+', '#', path)}?{'&'.join(names)}"

    @property
    def cut(self) -> int:
        return self.query_cut + self.calendar_cut
