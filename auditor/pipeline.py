"""One audit from start to finish: crawl → store → site → checks → results → reports.

The only module that knows every stage. Each stage reads what the previous one stored, so a run
killed at any point resumes from the store (``resume=True``) without refetching anything.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.config import Config
from auditor.errors import StoreError
from auditor.judging import Judge, default_workers
from auditor.lock import store_lock
from auditor.model import Authority, AuthorityResult, Coverage, RunInfo
from auditor.store import Store
from checks.base import Check
from checks.registry import methodology_version
from checks.runner import CoveragePolicy
from reports import change_lines, changes_since_previous, write_reports

if TYPE_CHECKING:
    import httpx

#: Called with (authority, coverage) as each authority's crawl ends.
ProgressHook = Callable[[Authority, Coverage], None]


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class AuditRequest:
    authorities: Sequence[Authority]
    out_dir: Path
    db_path: Path
    config: Config
    checks: Sequence[Check]
    resume: bool = False
    lock_wait_seconds: float = 0.0
    transport: httpx.AsyncBaseTransport | None = None
    #: Called once the store is locked and open, with the run id and whether it is resumed: the
    #: CLI's status line comes after any lock or store error, never before it.
    on_start: Callable[[str, bool], None] | None = None


@dataclass(frozen=True)
class AuditOutcome:
    run_id: str
    index_path: Path
    results: tuple[AuthorityResult, ...]
    resumed: bool
    changes: tuple[str, ...] = ()  # what changed since the previous run of the same authorities


def _new_run_id(store: Store) -> str:
    base = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    taken = {r.run_id for r in store.runs()}
    run_id, n = base, 1
    while run_id in taken:
        n += 1
        run_id = f"{base}-{n}"
    return run_id


async def _crawl_all(
    store: Store,
    run_id: str,
    request: AuditRequest,
    progress: ProgressHook | None,
    on_crawled: Callable[[Authority], Awaitable[None]] | None = None,
) -> None:
    # The network stack is imported here, not at the top: a re-judge, which never touches the
    # network, starts without loading httpx, aiohttp and the crawler.
    import httpx

    from auditor.archive import WarcArchive, warc_path
    from auditor.crawler import AuthorityCrawler
    from auditor.fetch import Fetcher, network_transport
    from auditor.politeness import Politeness
    from auditor.retry import RetryPolicy
    from auditor.robots import RobotsCache
    from auditor.safety import AddressGuard

    crawl = request.config.crawl
    politeness = Politeness(crawl.delay_seconds)
    client = httpx.AsyncClient(
        headers={"User-Agent": crawl.user_agent},
        timeout=httpx.Timeout(crawl.timeout_seconds),
        follow_redirects=False,
        transport=request.transport or network_transport(crawl.http_transport),
    )
    # A custom transport (tests, replay) has no real network behind it, so DNS answers mean nothing.
    guard = AddressGuard() if crawl.refuse_private_addresses and request.transport is None else None
    retry = RetryPolicy(crawl.max_retries, crawl.backoff_seconds, crawl.max_retry_after_seconds)
    archive = WarcArchive(warc_path(store.path, run_id), relative_to=store.path.parent) if crawl.warc else None
    # A progress object with a ``page`` method (auditor.progress) also hears of every fetch.
    on_fetch = getattr(progress, "page", None)
    async with client:
        fetcher = Fetcher(client, politeness, max_redirects=crawl.max_redirects, retry=retry, archive=archive)

        async def load_robots(url: str) -> tuple[int, bytes, str]:
            # robots.txt is only asked for once a page URL on its origin passed the address gate, so
            # the origin's own addresses are trusted; its redirect hops are checked against them.
            gate = guard.gate(await guard.unsafe_addresses(url)) if guard is not None else None
            response = await fetcher.get(url, max_bytes=512_000, gate=gate)
            return (response.status if not response.error else 0), response.body, response.error

        robots = RobotsCache(load_robots, crawl.user_agent, obey=crawl.obey_robots)
        semaphore = asyncio.Semaphore(crawl.concurrency)
        authorities = store.run_authorities(run_id)

        async def crawl_one(authority: Authority) -> Coverage:
            crawler = AuthorityCrawler(
                authority,
                fetcher=fetcher,
                robots=robots,
                config=crawl,
                store=store,
                run_id=run_id,
                now=utc_now,
                guard=guard,
                on_fetch=on_fetch,
            )
            return await crawler.run()

        async def one(authority: Authority) -> None:
            if store.crawl_done(run_id, authority.code):
                return
            async with semaphore:
                # A coroutine of its own, so the crawler (its frontier, links seen, records) is
                # freed when the crawl ends, not held while the authority waits to be judged:
                # on two cores the crawl outruns judging and dozens of authorities wait.
                coverage = await crawl_one(authority)
                store.finish_crawl(run_id, authority.code, coverage, utc_now())
                if progress is not None:
                    progress(authority, coverage)
            # Outside the crawl slot: judging one authority never holds back another's crawl.
            if on_crawled is not None:
                await on_crawled(authority)

        try:
            await asyncio.gather(*(one(a) for a in authorities))
        finally:
            if archive is not None:
                archive.close()


def _judge(store: Store, run_id: str, checks: Sequence[Check], config: Config, n_authorities: int) -> Judge:
    configured = config.checks.workers or default_workers()
    policy = CoveragePolicy(min_pages=config.checks.min_pages_for_fail)
    return Judge(store, run_id, checks, policy, workers=min(configured, n_authorities), now=utc_now)


def judge(store: Store, run_id: str, checks: Sequence[Check], config: Config) -> None:
    """Runs every check on every crawled authority of the run not judged yet, from the store alone."""
    backlog = store.unjudged(run_id)
    with _judge(store, run_id, checks, config, len(backlog)) as judging:
        asyncio.run(judging.judge_all(backlog))


async def _crawl_and_judge(
    store: Store, run_id: str, request: AuditRequest, progress: ProgressHook | None, checks: Sequence[Check]
) -> None:
    with _judge(store, run_id, checks, request.config, len(request.authorities)) as judging:
        await _crawl_all(store, run_id, request, progress, on_crawled=judging.judge)
        # A resumed run may hold authorities crawled before the interruption but never judged.
        await judging.judge_all(store.unjudged(run_id))


def run_audit(request: AuditRequest, progress: ProgressHook | None = None) -> AuditOutcome:
    checks = list(request.checks)
    with store_lock(request.db_path, wait_seconds=request.lock_wait_seconds), Store.open(request.db_path) as store:
        run_id = store.latest_unfinished_run() if request.resume else None
        resumed = run_id is not None
        if run_id is None:
            run_id = _new_run_id(store)
            store.create_run(_run_info(run_id, checks, request.config), request.authorities)
        elif store.run_info(run_id).methodology_version != methodology_version(checks):
            raise StoreError(f"{request.db_path}: run {run_id} was started with other checks; cannot resume it")
        if request.on_start is not None:
            request.on_start(run_id, resumed)
        asyncio.run(_crawl_and_judge(store, run_id, request, progress, checks))
        return _report(store, run_id, request.out_dir, checks, resumed=resumed)


def _report(store: Store, run_id: str, out_dir: Path, checks: Sequence[Check], *, resumed: bool) -> AuditOutcome:
    """The end of every run: marked judged, rendered, then marked done — a kill while rendering
    leaves a run that ``--resume`` renders again rather than one that looks finished."""
    store.finish_run(run_id, utc_now(), state="judged")
    results = store.authority_results(run_id)
    diff = changes_since_previous(store, run_id)
    index = write_reports(out_dir, store.run_info(run_id), results, checks, diff=diff)
    store.finish_run(run_id, utc_now(), state="done")
    return AuditOutcome(run_id, index, tuple(results), resumed, change_lines(diff))


def _run_info(run_id: str, checks: Sequence[Check], config: Config) -> RunInfo:
    return RunInfo(
        run_id=run_id,
        started_at=utc_now(),
        tool_version=__version__,
        methodology_version=methodology_version(checks),
        config=config.as_pairs(),
        checks=tuple((c.id, c.version, c.source) for c in checks),
    )


def rejudge(
    db_path: Path, source_run: str | None, checks: Sequence[Check], config: Config, out_dir: Path
) -> AuditOutcome:
    """Judges a stored crawl again, with the current checks, as a new run: no network at all."""
    with store_lock(db_path), Store.open(db_path) as store:
        source = source_run or store.latest_run()
        if source is None:
            raise StoreError(f"{db_path}: no runs to re-judge")
        store.run_info(source)  # raises a clear error for an unknown id
        run_id = _new_run_id(store)
        store.clone_crawl(source, _run_info(run_id, checks, config))
        judge(store, run_id, checks, config)
        return _report(store, run_id, out_dir, checks, resumed=False)
