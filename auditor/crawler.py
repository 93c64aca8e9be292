"""Crawls one authority's Local Offer into the run store.

Deterministic: the frontier is ordered by (SEND relevance, depth, discovery order), with no
randomness, so two runs over the same web fetch the same pages. Resumable: every fetch is
recorded in the store as it happens, and a resumed crawl replays recorded fetches from the store
instead of the network, which rebuilds the same frontier without refetching anything.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from auditor.config import CrawlConfig
from auditor.fetch import Fetcher, Response
from auditor.links import extract_links, looks_script_only, relevance
from auditor.model import Authority, Coverage
from auditor.robots import RobotsCache
from auditor.store import FetchRecord, Store
from auditor.urls import Scope, canonicalise, is_document, is_skipped_file

HTML_TYPES = ("text/html", "application/xhtml+xml")
DOCUMENT_TYPES = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)


def kind_of(response: Response) -> str:
    ctype = response.content_type.split(";", 1)[0].strip().lower()
    if ctype in HTML_TYPES:
        return "page"
    if ctype in DOCUMENT_TYPES or (ctype in ("", "application/octet-stream") and is_document(response.final_url)):
        return "document"
    return "skipped"


@dataclass
class _Tally:
    fetched: int = 0
    failed: int = 0
    robots_blocked: int = 0
    hosts: set[str] = field(default_factory=set)


class AuthorityCrawler:
    def __init__(
        self,
        authority: Authority,
        *,
        fetcher: Fetcher,
        robots: RobotsCache,
        config: CrawlConfig,
        store: Store,
        run_id: str,
        now: Callable[[], str],
    ) -> None:
        self.authority = authority
        self.fetcher = fetcher
        self.robots = robots
        self.config = config
        self.store = store
        self.run_id = run_id
        self.now = now
        self._recorded = {rec.url: rec for rec in store.fetches(run_id, authority.code)}
        self._frontier: list[tuple[int, int, int, str]] = []
        self._queued: set[str] = set()
        self._seq = 0
        self._bodies_seen: set[str] = set()
        self._tally = _Tally()

    # -- frontier -------------------------------------------------------------------------------
    def _push(self, url: str, depth: int, score: int) -> None:
        if url in self._queued:
            return
        self._queued.add(url)
        heapq.heappush(self._frontier, (-score, depth, self._seq, url))
        self._seq += 1

    def _add_links(self, html: str, page_url: str, depth: int, scope: Scope) -> None:
        if depth + 1 > self.config.max_depth:
            return
        links, base, refresh = extract_links(html)
        base_url = canonicalise(base, page_url) or page_url if base else page_url
        if refresh:
            url = canonicalise(refresh, base_url)
            if url and scope.contains(url):
                self._push(url, depth + 1, 100)
        for link in links:
            url = canonicalise(link.href, base_url)
            if url is None or not scope.contains(url) or is_skipped_file(url):
                continue
            if is_document(url) and not self.config.fetch_documents:
                continue
            self._push(url, depth + 1, relevance(url, link.text))

    # -- fetching ---------------------------------------------------------------------------------
    async def _fetch(self, url: str, depth: int) -> tuple[FetchRecord, bytes | None]:
        """The fetch of ``url``: replayed from the store when a previous attempt recorded it."""
        recorded = self._recorded.get(url)
        if recorded is not None:
            body = self.store.body(recorded.body_hash) if recorded.body_hash else None
            return recorded, body
        if not await self.robots.allowed(url):
            rec = FetchRecord(url, url, 0, "", self.now(), "", depth, "robots", "robots_disallowed")
            self.store.record_fetch(self.run_id, self.authority.code, rec, None)
            return rec, None
        max_bytes = self.config.max_document_bytes if is_document(url) else self.config.max_body_bytes
        response = await self.fetcher.get(url, max_bytes=max_bytes)
        kind = kind_of(response) if response.ok else "error"
        error = response.error or ("" if response.ok else f"http_{response.status}")
        keep_body = kind in ("page", "document")
        rec = FetchRecord(
            url,
            response.final_url,
            response.status,
            response.content_type,
            self.now(),
            response.body_hash if keep_body else "",
            depth,
            kind,
            error,
        )
        headers = json.dumps({k: v for k, v in response.headers.items() if k in ("etag", "last-modified", "date")})
        self.store.record_fetch(self.run_id, self.authority.code, rec, response.body if keep_body else None, headers)
        return rec, response.body if keep_body else None

    async def run(self) -> Coverage:
        start = canonicalise(self.authority.local_offer_url)
        if start is None:
            return Coverage(crawl_status="no_start_url", detail="no http(s) start URL in the registry")
        scope = Scope.for_authority(self.authority, start)
        rec, body = await self._fetch(start, 0)
        tally = self._tally
        self._queued.add(start)
        if rec.kind != "page" or body is None:
            status = {"robots": "robots_disallowed"}.get(rec.kind, rec.error or "not_html")
            return Coverage(crawl_status=status, start_url=start, pages_failed=1, detail=self._describe(rec))
        html = body.decode("utf-8", errors="replace")
        final_start = rec.final_url or start
        if final_start != start:
            # The registry is often out of date: follow the start page to where it moved.
            scope = Scope(scope.hosts | {urlsplit(final_start).netloc.lower()}, scope.prefixes)
        self._count(rec)
        self._bodies_seen.add(rec.body_hash)
        if looks_script_only(html):
            return Coverage(
                crawl_status="needs_js_rendering",
                start_url=start,
                start_reached=True,
                pages_fetched=1,
                hosts=tuple(sorted(tally.hosts)),
                detail="the start page has no text without JavaScript",
            )
        self._add_links(html, final_start, 0, scope)
        while self._frontier and tally.fetched < self.config.max_pages:
            _, depth, _, url = heapq.heappop(self._frontier)
            rec, body = await self._fetch(url, depth)
            self._count(rec)
            if rec.kind == "page" and body is not None and rec.body_hash not in self._bodies_seen:
                self._bodies_seen.add(rec.body_hash)
                self._add_links(body.decode("utf-8", errors="replace"), rec.final_url or url, depth, scope)
        detail = f"start URL moved to {final_start}" if final_start != start else ""
        return Coverage(
            crawl_status="ok",
            start_url=start,
            start_reached=True,
            pages_fetched=tally.fetched,
            pages_failed=tally.failed,
            robots_blocked=tally.robots_blocked,
            budget_cut=len(self._frontier),
            hosts=tuple(sorted(tally.hosts)),
            frontier_exhausted=not self._frontier,
            detail=detail,
        )

    def _count(self, rec: FetchRecord) -> None:
        tally = self._tally
        if rec.kind == "robots":
            tally.robots_blocked += 1
        elif rec.kind == "error":
            tally.failed += 1
        elif rec.kind in ("page", "document"):
            tally.fetched += 1
            tally.hosts.add(urlsplit(rec.final_url or rec.url).netloc)

    @staticmethod
    def _describe(rec: FetchRecord) -> str:
        if rec.kind == "robots":
            return "robots.txt disallows the start page"
        if rec.error:
            return f"start page {rec.url}: {rec.error}"
        return f"start page {rec.url} is not HTML ({rec.content_type or 'no content type'})"
