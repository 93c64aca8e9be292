"""Runs read back from the store for comparison: what each authority's checks said, with which
check version, and which page bodies the crawl saw.

    snapshot(store, run_id) -> RunSnapshot
    previous_run(store, run_id) -> run id or None
    default_pair(store) -> (run_a, run_b)

"The previous run of the same authorities" is, for a re-judged run, the run whose crawl it
re-judged; otherwise the latest earlier run (judged or done) that covered every authority of
this one. Pages are keyed by their URL with the authority's Local Offer origin cut off, so a
site that moved port or scheme (the demo web does on every start) still lines up page by page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from auditor.errors import StoreError
from auditor.model import Authority, Evidence
from auditor.store import FetchRecord, Store

USABLE_STATES = ("judged", "done")
DISCOVERY_KINDS = ("robots_txt", "sitemap")  # fetched to find pages, not pages themselves


@dataclass(frozen=True)
class CheckState:
    status: str
    version: str
    reason: str = ""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class PageState:
    body_hash: str
    error: str = ""
    status: int = 0


@dataclass(frozen=True)
class AuthoritySnapshot:
    authority: Authority
    crawl_status: str
    checks: Mapping[str, CheckState]
    pages: Mapping[str, PageState]

    def page(self, url: str) -> PageState | None:
        return self.pages.get(page_key(url, self.authority))


@dataclass(frozen=True)
class RunSnapshot:
    run_id: str
    started_at: str
    check_order: tuple[str, ...]
    authorities: Mapping[str, AuthoritySnapshot] = field(default_factory=dict)


def page_key(url: str, authority: Authority) -> str:
    """``url`` without the origin of the authority's Local Offer (other origins are kept whole)."""
    start = urlsplit(authority.local_offer_url)
    parts = urlsplit(url)
    if parts.hostname and parts.hostname == start.hostname:
        return parts._replace(scheme="", netloc="").geturl() or "/"
    return url


def _pages(records: list[FetchRecord], authority: Authority) -> dict[str, PageState]:
    pages: dict[str, PageState] = {}
    for rec in records:
        if rec.kind in DISCOVERY_KINDS:
            continue
        pages[page_key(rec.url, authority)] = PageState(rec.body_hash, rec.error, rec.status)
        if rec.final_url and rec.final_url != rec.url:
            pages.setdefault(page_key(rec.final_url, authority), PageState(rec.body_hash, rec.error, rec.status))
    return pages


def snapshot(store: Store, run_id: str) -> RunSnapshot:
    """The judged authorities of ``run_id`` with their results, check versions and fetched pages."""
    info = store.run_info(run_id)
    versions = store.check_versions(run_id)
    fetches: dict[str, list[FetchRecord]] = {}
    for code, rec in store.run_fetches(run_id):
        fetches.setdefault(code, []).append(rec)
    authorities: dict[str, AuthoritySnapshot] = {}
    for result in store.authority_results(run_id):
        a = result.authority
        checks = {
            r.check_id: CheckState(r.status.value, versions.get((a.code, r.check_id), ""), r.reason, r.evidence)
            for r in result.results
        }
        authorities[a.code] = AuthoritySnapshot(
            a, result.coverage.crawl_status, checks, _pages(fetches.get(a.code, []), a)
        )
    order = tuple(c[0] for c in info.checks)
    return RunSnapshot(run_id, info.started_at, order, authorities)


def _codes(store: Store, run_id: str) -> set[str]:
    return {a.code for a in store.run_authorities(run_id)}


def previous_run(store: Store, run_id: str) -> str | None:
    """The run ``run_id`` is compared with by default (see the module docstring), or ``None``."""
    runs = store.runs()
    ids = [r.run_id for r in runs]
    if run_id not in ids:
        raise StoreError(f"{store.path}: no run {run_id!r} (see 'localoffer runs')")
    source = store.crawl_source(run_id)
    usable = {r.run_id for r in runs if r.state in USABLE_STATES}
    if source is not None and source in usable:
        return source
    wanted = _codes(store, run_id)
    for candidate in reversed(ids[: ids.index(run_id)]):
        if candidate in usable and wanted <= _codes(store, candidate):
            return candidate
    return None


def default_pair(store: Store) -> tuple[str, str]:
    """The latest judged run and the previous run of the same authorities."""
    usable = [r.run_id for r in store.runs() if r.state in USABLE_STATES]
    run_a = previous_run(store, usable[-1]) if usable else None
    if run_a is None:
        raise StoreError(f"{store.path}: no two runs of the same authorities to compare (see 'localoffer runs')")
    return run_a, usable[-1]
