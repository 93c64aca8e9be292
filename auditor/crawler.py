"""Crawls one authority's Local Offer into the run store.

Deterministic: the frontier is ordered by (SEND relevance, depth, discovery order), with no
randomness, so two runs over the same web fetch the same pages. Resumable: every fetch is
recorded in the store as it happens (robots.txt and sitemaps included, as kinds ``robots_txt``
and ``sitemap``), and a resumed crawl replays recorded fetches from the store instead of the
network, which rebuilds the same frontier without refetching anything.

Record kinds: ``page``, ``document`` (bodies kept), ``skipped`` (other content types), ``error``,
``robots`` (disallowed, never requested), ``refused`` (unsafe address, never requested),
``robots_txt`` and ``sitemap`` (discovery, never counted as pages).
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from auditor.config import CrawlConfig
from auditor.decode import decode_html
from auditor.fetch import Fetcher, Response
from auditor.links import extract_links, looks_script_only, relevance
from auditor.model import Authority, Coverage
from auditor.robots import RobotsCache, RobotsFile, parse_robots
from auditor.safety import AddressGuard, AsyncGate
from auditor.sitemaps import parse_sitemap
from auditor.store import FetchRecord, Store
from auditor.traps import TrapGuard
from auditor.urls import Scope, canonicalise, is_document, is_skipped_file, origin

HTML_TYPES = ("text/html", "application/xhtml+xml")
DOCUMENT_TYPES = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
#: Start-page errors that mean the authority could not be reached at all.
TRANSPORT_ERRORS = frozenset({"unreachable", "dns", "tls", "timeout", "broken_response"})
KEPT_HEADERS = ("etag", "last-modified", "date")

#: Called after every fetch (or replayed fetch) of an authority.
FetchHook = Callable[[Authority, FetchRecord], None]


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
    refused: int = 0
    duplicates: int = 0
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
        guard: AddressGuard | None = None,
        on_fetch: FetchHook | None = None,
    ) -> None:
        self.authority = authority
        self.fetcher = fetcher
        self.robots = robots
        self.config = config
        self.store = store
        self.run_id = run_id
        self.now = now
        self.guard = guard
        self.on_fetch = on_fetch
        self._gate: AsyncGate | None = None
        self._recorded = {rec.url: rec for rec in store.fetches(run_id, authority.code)}
        self._frontier: list[tuple[int, int, int, str]] = []
        self._queued: set[str] = set()
        self._links_seen: dict[tuple[str, str], str | None] = {}
        self._links_scope: Scope | None = None
        self._seq = 0
        self._bodies_seen: set[str] = set()
        self._tally = _Tally()
        self._traps = TrapGuard(config.max_query_variants, config.max_calendar_pages)

    # -- frontier -------------------------------------------------------------------------------
    def _push(self, url: str, depth: int, score: int) -> None:
        if url in self._queued:
            return
        self._queued.add(url)
        if not self._traps.admit(url):
            return
        heapq.heappush(self._frontier, (-score, depth, self._seq, url))
        self._seq += 1

    def _admissible(self, url: str | None, scope: Scope) -> str | None:
        if url is None or not scope.contains(url) or is_skipped_file(url):
            return None
        if is_document(url) and not self.config.fetch_documents:
            return None
        return url

    def _add_links(self, html: str, page_url: str, depth: int, scope: Scope) -> None:
        if depth + 1 > self.config.max_depth:
            return
        links, base, refresh = extract_links(html)
        base_url = canonicalise(base, page_url) or page_url if base else page_url
        if refresh:
            url = canonicalise(refresh, base_url)
            if url and scope.contains(url):
                self._push(url, depth + 1, 100)
        if self._links_scope is not scope:
            self._links_seen.clear()
            self._links_scope = scope
        # Council pages repeat the same big menu on every page: each distinct href is resolved,
        # canonicalised and scoped once per site. Root-relative and absolute hrefs mean the same on
        # every page of an origin, so they are keyed by the origin rather than the page.
        # A fragment-only href ("#main", a menu toggle) is the page itself, whatever the fragment.
        page_origin = origin(base_url)
        for link in links:
            href = link.href
            if href.startswith("#"):
                key = (base_url, "#")
            else:
                key = (page_origin if href.startswith("/") and not href.startswith("//") else base_url, href)
            if key in self._links_seen:
                url = self._links_seen[key]
            else:
                url = self._links_seen[key] = self._admissible(canonicalise(href, base_url), scope)
            if url is not None and url not in self._queued:
                self._push(url, depth + 1, relevance(url, link.text))

    # -- fetching ---------------------------------------------------------------------------------
    def _record(
        self, rec: FetchRecord, body: bytes | None, headers: str = "{}", warc: tuple[str, int] | None = None
    ) -> None:
        self.store.record_fetch(self.run_id, self.authority.code, rec, body, headers, warc)
        self._recorded[rec.url] = rec
        if self.on_fetch is not None:
            self.on_fetch(self.authority, rec)

    def _refused(self, url: str, depth: int, reason: str) -> FetchRecord:
        kind = "error" if reason == "dns" else "refused"
        return FetchRecord(url, url, 0, "", self.now(), "", depth, kind, reason)

    async def _robots_for(self, url: str) -> RobotsFile:
        """The robots.txt of ``url``'s origin: from a recorded fetch when resuming, else fetched once
        and recorded (status, body and error), so that a resumed crawl never asks again."""
        robots_url = origin(url) + "/robots.txt"
        recorded = self._recorded.get(robots_url)
        if recorded is not None and recorded.kind == "robots_txt" and not self.robots.known(url):
            body = (self.store.body(recorded.body_hash) if recorded.body_hash else None) or b""
            self.robots.seed(url, parse_robots(recorded.status, body, self.config.user_agent, recorded.error))
        robots = await self.robots.get(url)
        if recorded is None:
            digest = Response(robots_url, robots_url, body=robots.source).body_hash
            rec = FetchRecord(
                robots_url, robots_url, robots.status, "text/plain", self.now(), digest, 0, "robots_txt", robots.error
            )
            self._record(rec, robots.source or None)
        return robots

    async def _robots_allows(self, url: str) -> bool:
        if not self.config.obey_robots:
            return True
        robots = await self._robots_for(url)
        if robots.crawl_delay:
            delay = min(robots.crawl_delay, self.config.max_crawl_delay_seconds)
            self.fetcher.politeness.set_min_delay(origin(url), delay)
        return await self.robots.allowed(url)

    async def _fetch(self, url: str, depth: int) -> tuple[FetchRecord, bytes | None]:
        """The fetch of ``url``: replayed from the store when a previous attempt recorded it."""
        recorded = self._recorded.get(url)
        if recorded is not None:
            body = self.store.body(recorded.body_hash) if recorded.body_hash else None
            return recorded, body
        refusal = await self._gate(url) if self._gate is not None else ""
        if refusal:
            rec = self._refused(url, depth, str(refusal))
            self._record(rec, None)
            return rec, None
        if not await self._robots_allows(url):
            rec = FetchRecord(url, url, 0, "", self.now(), "", depth, "robots", "robots_disallowed")
            self._record(rec, None)
            return rec, None
        previous = self.store.previous_fetch(self.authority.code, url, self.run_id)
        conditional: dict[str, str] = {}
        if self.config.conditional_requests and previous is not None:
            if previous.etag:
                conditional["If-None-Match"] = previous.etag
            if previous.last_modified:
                conditional["If-Modified-Since"] = previous.last_modified
        max_bytes = self.config.max_document_bytes if is_document(url) else self.config.max_body_bytes
        response = await self.fetcher.get(url, max_bytes=max_bytes, gate=self._gate, headers=conditional or None)
        warc = (response.warc_file, response.warc_offset) if response.warc_offset >= 0 else None
        headers = {k: v for k, v in response.headers.items() if k in KEPT_HEADERS}
        if response.status == 304 and previous is not None and conditional and not response.error:
            # Unchanged since the previous run: its body is this run's evidence too.
            body = self.store.body(previous.body_hash)
            if body is not None:
                rec = FetchRecord(
                    url, response.final_url, 304, previous.content_type, self.now(), previous.body_hash, depth,
                    previous.kind,
                )  # fmt: skip
                headers = {"etag": previous.etag, "last-modified": previous.last_modified, **headers}
                self._record(rec, None, json.dumps({k: v for k, v in headers.items() if v}), warc)
                return rec, body
        kind = kind_of(response) if response.ok else ("refused" if response.error.startswith("refused") else "error")
        error = response.error or ("" if response.ok else f"http_{response.status}")
        if kind == "document" and response.truncated:
            # A PDF cut short cannot be read; say why rather than store a broken file.
            kind, error = "error", "document_too_large"
        keep_body = kind in ("page", "document")
        rec = FetchRecord(
            url, response.final_url, response.status, response.content_type, self.now(),
            response.body_hash if keep_body else "", depth, kind, error,
        )  # fmt: skip
        self._record(rec, response.body if keep_body else None, json.dumps(headers), warc)
        return rec, response.body if keep_body else None

    # -- sitemaps -------------------------------------------------------------------------------
    async def _sitemap_urls(self, start: str) -> list[str]:
        """Sitemaps named in the start origin's robots.txt (recorded for replay), else /sitemap.xml."""
        named = (await self._robots_for(start)).sitemaps
        return list(named) or [origin(start) + "/sitemap.xml"]

    async def _read_sitemaps(self, start: str, scope: Scope) -> None:
        queue = await self._sitemap_urls(start)
        read = 0
        while queue and read < self.config.max_sitemaps:
            url = canonicalise(queue.pop(0))
            if url is None or url in self._queued:
                continue
            self._queued.add(url)
            read += 1
            rec, body = await self._fetch_sitemap(url)
            if body is None:
                continue
            sitemap = parse_sitemap(body, max_bytes=self.config.max_body_bytes)
            queue.extend(sitemap.sitemaps)
            for loc in sitemap.urls:
                found = self._admissible(canonicalise(loc), scope)
                if found is not None:
                    self._push(found, 1, relevance(found, ""))

    async def _fetch_sitemap(self, url: str) -> tuple[FetchRecord, bytes | None]:
        recorded = self._recorded.get(url)
        if recorded is not None:
            return recorded, self.store.body(recorded.body_hash) if recorded.body_hash else None
        refusal = await self._gate(url) if self._gate is not None else ""
        if refusal or not await self._robots_allows(url):
            rec = FetchRecord(url, url, 0, "", self.now(), "", 0, "sitemap", str(refusal) or "robots_disallowed")
            self._record(rec, None)
            return rec, None
        response = await self.fetcher.get(url, max_bytes=self.config.max_body_bytes, gate=self._gate)
        body = response.body if response.ok and not response.truncated else None
        error = response.error or ("" if response.ok else f"http_{response.status}")
        if not error and body is None:
            error = "sitemap_too_large"
        warc = (response.warc_file, response.warc_offset) if response.warc_offset >= 0 else None
        digest = response.body_hash if body else ""
        rec = FetchRecord(
            url, response.final_url, response.status, response.content_type, self.now(), digest, 0, "sitemap", error
        )
        self._record(rec, body, "{}", warc)
        return rec, body

    # -- the crawl --------------------------------------------------------------------------------
    async def run(self) -> Coverage:
        start = canonicalise(self.authority.local_offer_url)
        if start is None:
            return Coverage(crawl_status="no_start_url", detail="no http(s) start URL in the registry")
        if self.guard is not None:
            # A start URL on a private address (a test server, an intranet) keeps those addresses usable.
            self._gate = self.guard.gate(await self.guard.unsafe_addresses(start))
        scope = Scope.for_authority(self.authority, start)
        rec, body = await self._fetch(start, 0)
        tally = self._tally
        self._queued.add(start)
        if rec.kind != "page" or body is None:
            detail = self._describe(rec)
            if rec.kind == "robots":
                # An unreachable or failing robots.txt also blocks the start page: say which it was.
                note = (await self.robots.get(start)).note
                detail = f"{note}, so the start page was not requested" if note else detail
            return Coverage(
                crawl_status=await self._start_failure(rec, start), start_url=start, pages_failed=1,
                detail=detail,
            )  # fmt: skip
        html = decode_html(body, rec.content_type)
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
        if self.config.use_sitemaps and self.config.max_sitemaps > 0:
            await self._read_sitemaps(final_start, scope)
        while self._frontier and tally.fetched < self.config.max_pages:
            _, depth, _, url = heapq.heappop(self._frontier)
            rec, body = await self._fetch(url, depth)
            self._count(rec)
            if rec.kind != "page" or body is None:
                continue
            if rec.body_hash in self._bodies_seen:
                tally.duplicates += 1
                continue
            self._bodies_seen.add(rec.body_hash)
            self._add_links(decode_html(body, rec.content_type), rec.final_url or url, depth, scope)
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
            refused=tally.refused,
            trap_cut=self._traps.cut,
            duplicates=tally.duplicates,
            detail=self._details(start, final_start),
        )

    async def _start_failure(self, rec: FetchRecord, start: str) -> str:
        if rec.kind == "robots":
            # robots.txt that could not be fetched at all means the host is down, not that it said no.
            robots = await self.robots.get(start)
            return robots.error if robots.error in TRANSPORT_ERRORS else "robots_disallowed"
        if rec.kind == "refused":
            return "refused"
        return rec.error or "not_html"

    def _details(self, start: str, final_start: str) -> str:
        tally, traps = self._tally, self._traps
        parts = [f"start URL moved to {final_start}"] if final_start != start else []
        if traps.cut:
            parts.append(
                f"{traps.cut} URLs skipped as crawler traps "
                f"({traps.query_cut} query variants, {traps.calendar_cut} calendar pages)"
            )
        if tally.duplicates:
            parts.append(f"{tally.duplicates} pages duplicated another page's content")
        if tally.refused:
            parts.append(f"{tally.refused} links to private or local addresses refused")
        return "; ".join(parts)

    def _count(self, rec: FetchRecord) -> None:
        tally = self._tally
        if rec.kind == "robots":
            tally.robots_blocked += 1
        elif rec.kind == "refused":
            tally.refused += 1
        elif rec.kind == "error":
            tally.failed += 1
        elif rec.kind in ("page", "document"):
            tally.fetched += 1
            tally.hosts.add(urlsplit(rec.final_url or rec.url).netloc)

    @staticmethod
    def _describe(rec: FetchRecord) -> str:
        if rec.kind == "robots":
            return "robots.txt disallows the start page"
        if rec.kind == "refused":
            return f"start page {rec.url}: {rec.error}"
        if rec.error:
            return f"start page {rec.url}: {rec.error}"
        return f"start page {rec.url} is not HTML ({rec.content_type or 'no content type'})"
