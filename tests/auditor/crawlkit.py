"""A crawl of one authority wired like the pipeline wires it, with every part injectable for tests."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from auditor.archive import WarcArchive
from auditor.config import CrawlConfig
from auditor.crawler import AuthorityCrawler
from auditor.fetch import Fetcher
from auditor.model import Authority, Coverage, RunInfo
from auditor.politeness import Politeness
from auditor.retry import RetryPolicy
from auditor.robots import RobotsCache
from auditor.safety import AddressGuard
from auditor.store import FetchRecord, Store


@dataclass
class Crawl:
    coverage: Coverage
    fetches: list[FetchRecord] = field(default_factory=list)

    def kinds(self) -> dict[str, str]:
        return {f.url: f.kind for f in self.fetches}


def run_crawl(
    authority: Authority,
    db: Path,
    *,
    run_id: str = "r1",
    started_at: str = "2026-11-28T00:00:00Z",
    guard: AddressGuard | None = None,
    archive: WarcArchive | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    **config: object,
) -> Crawl:
    crawl_config = CrawlConfig(**{"delay_seconds": 0.0, "timeout_seconds": 2.0, "backoff_seconds": 0.01, **config})  # type: ignore[arg-type]

    async def go(store: Store) -> Coverage:
        async with httpx.AsyncClient(
            follow_redirects=False, timeout=crawl_config.timeout_seconds, transport=transport
        ) as client:
            retry = RetryPolicy(
                crawl_config.max_retries, crawl_config.backoff_seconds, crawl_config.max_retry_after_seconds
            )
            fetcher = Fetcher(client, Politeness(crawl_config.delay_seconds), max_redirects=crawl_config.max_redirects,
                              retry=retry, archive=archive)  # fmt: skip

            async def load(url: str) -> tuple[int, bytes, str]:
                gate = guard.gate(await guard.unsafe_addresses(url)) if guard else None
                response = await fetcher.get(url, max_bytes=100_000, gate=gate)
                return (0 if response.error else response.status), response.body, response.error

            robots = RobotsCache(load, crawl_config.user_agent, obey=crawl_config.obey_robots)
            crawler = AuthorityCrawler(
                authority, fetcher=fetcher, robots=robots, config=crawl_config, store=store, run_id=run_id,
                now=lambda: started_at, guard=guard,
            )  # fmt: skip
            return await crawler.run()

    with Store.open(db) as store:
        if run_id not in {r.run_id for r in store.runs()}:
            store.create_run(RunInfo(run_id, started_at), [authority])
        coverage = asyncio.run(go(store))
        store.finish_crawl(run_id, authority.code, coverage, started_at)
        return Crawl(coverage, store.fetches(run_id, authority.code))


def fake_resolver(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    async def resolve(host: str) -> list[str]:
        if host not in table:
            raise OSError(f"no such host {host}")
        return table[host]

    return resolve
