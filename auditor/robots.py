"""robots.txt, parsed by protego (Scrapy's parser: wildcards, ``$``, Crawl-delay, Sitemap lines).

RFC 9309: a 4xx robots.txt means no restrictions; a 5xx or unreachable one means "do not crawl"
for now, since the server cannot tell us what it allows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from protego import Protego

from auditor.urls import origin

ALLOW_ALL = Protego.parse("")
DISALLOW_ALL = Protego.parse("User-agent: *\nDisallow: /\n")


@dataclass(frozen=True)
class RobotsFile:
    rules: Protego
    crawl_delay: float | None
    sitemaps: tuple[str, ...]
    note: str = ""
    #: The transport error ("unreachable", "dns", "timeout", …) when robots.txt could not be fetched
    #: at all: the crawler reports that, not "robots_disallowed", as the authority's status.
    error: str = ""
    #: The robots.txt as served (2xx only), kept so a crawl can record and replay it.
    source: bytes = b""
    #: The HTTP status robots.txt was answered with (0: not fetched), recorded so that a resumed
    #: crawl can rebuild this exact file from the store instead of asking again.
    status: int = 0


#: Fetches a robots.txt URL: ``(status, body)`` or ``(status, body, error)``; status 0 on failure.
RobotsLoader = Callable[[str], Awaitable[tuple[int, bytes] | tuple[int, bytes, str]]]


def parse_robots(status: int, body: bytes, user_agent: str, error: str = "") -> RobotsFile:
    if 200 <= status < 300:
        rules = Protego.parse(body.decode("utf-8", errors="replace"))
        delay = rules.crawl_delay(user_agent)
        return RobotsFile(rules, float(delay) if delay else None, tuple(rules.sitemaps), source=body, status=status)
    if 400 <= status < 500:
        return RobotsFile(ALLOW_ALL, None, (), note=f"robots.txt HTTP {status}: no restrictions", status=status)
    return RobotsFile(
        DISALLOW_ALL,
        None,
        (),
        note=f"robots.txt unavailable ({error or f'HTTP {status or 0}'})",
        error=error,
        status=status,
    )


class RobotsCache:
    """One robots.txt per origin, fetched on first use through ``loader``."""

    def __init__(self, loader: RobotsLoader, user_agent: str, *, obey: bool = True) -> None:
        self._loader = loader
        self._user_agent = user_agent
        self._obey = obey
        self._files: dict[str, RobotsFile] = {}

    def known(self, url: str) -> bool:
        return origin(url) in self._files

    def seed(self, url: str, robots: RobotsFile) -> None:
        """Use ``robots`` for ``url``'s origin without fetching it (a resumed crawl's recorded copy)."""
        self._files.setdefault(origin(url), robots)

    async def get(self, url: str) -> RobotsFile:
        key = origin(url)
        found = self._files.get(key)
        if found is None:
            loaded = await self._loader(key + "/robots.txt")
            error = loaded[2] if len(loaded) == 3 else ""
            found = self._files[key] = parse_robots(loaded[0], loaded[1], self._user_agent, error)
        return found

    async def allowed(self, url: str) -> bool:
        if not self._obey:
            return True
        robots = await self.get(url)
        return bool(robots.rules.can_fetch(url, self._user_agent))
