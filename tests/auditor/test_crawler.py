"""The crawler against real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from auditor.config import CrawlConfig
from auditor.crawler import AuthorityCrawler
from auditor.fetch import Fetcher
from auditor.model import Authority, Coverage, RunInfo
from auditor.politeness import Politeness
from auditor.robots import RobotsCache
from auditor.store import Store
from tests.webserver import LocalServer, Reply, page, serve

DISCOVERY = ("/robots.txt", "/sitemap.xml")


def crawl(server: LocalServer, db: Path, *, start: str = "/", run_id: str = "r1", **config: object) -> Coverage:
    authority = Authority("X1", "Testshire", server.url(start))
    crawl_config = CrawlConfig(**{"delay_seconds": 0.0, "timeout_seconds": 2.0, **config})  # type: ignore[arg-type]

    async def go(store: Store) -> Coverage:
        async with httpx.AsyncClient(follow_redirects=False, timeout=crawl_config.timeout_seconds) as client:
            fetcher = Fetcher(client, Politeness(crawl_config.delay_seconds), max_redirects=crawl_config.max_redirects)

            async def load(url: str) -> tuple[int, bytes]:
                response = await fetcher.get(url, max_bytes=100_000)
                return (0 if response.error else response.status), response.body

            robots = RobotsCache(load, crawl_config.user_agent)
            crawler = AuthorityCrawler(
                authority, fetcher=fetcher, robots=robots, config=crawl_config, store=store, run_id=run_id,
                now=lambda: "2026-11-28T00:00:00Z",
            )  # fmt: skip
            return await crawler.run()

    with Store.open(db) as store:
        if run_id not in {r.run_id for r in store.runs()}:
            store.create_run(RunInfo(run_id, "2026-11-28T00:00:00Z"), [authority])
        return asyncio.run(go(store))


def site(n: int = 6) -> dict[str, Reply | object]:
    links = [f"/p{i}" for i in range(n)]
    routes: dict[str, Reply | object] = {"/": Reply(page("Home", "<p>Welcome to the Local Offer.</p>", links))}
    for i in range(n):
        routes[f"/p{i}"] = Reply(page(f"Page {i}", f"<p>Text of page {i}.</p>", links))
    return routes


def test_follows_links_and_exhausts_a_small_site(tmp_path: Path) -> None:
    with serve(site()) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite")
    assert coverage.crawl_status == "ok"
    assert coverage.pages_fetched == 7
    assert coverage.frontier_exhausted
    assert sorted(p for p in server.paths() if p not in DISCOVERY) == sorted(["/", *[f"/p{i}" for i in range(6)]])


def test_robots_disallowed_paths_are_never_requested(tmp_path: Path) -> None:
    routes = site()
    routes["/robots.txt"] = Reply("User-agent: *\nDisallow: /p1\nDisallow: /p2$\n", content_type="text/plain")
    with serve(routes) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite")
    assert "/p1" not in server.paths() and "/p2" not in server.paths()
    assert coverage.robots_blocked == 2


def test_robots_disallowing_the_start_page_is_reported(tmp_path: Path) -> None:
    routes = site()
    routes["/robots.txt"] = Reply("User-agent: *\nDisallow: /\n", content_type="text/plain")
    with serve(routes) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite")
    assert coverage.crawl_status == "robots_disallowed"
    assert server.paths() == ["/robots.txt"]


def test_per_host_spacing_is_at_least_the_delay(tmp_path: Path) -> None:
    with serve(site(4)) as server:  # type: ignore[arg-type]
        crawl(server, tmp_path / "s.sqlite", delay_seconds=0.2)
    times = [t for t, _ in server.log]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(gaps) >= 4
    assert min(gaps) >= 0.19


def test_redirect_loop_on_the_start_page_is_reported(tmp_path: Path) -> None:
    routes = {
        "/a": Reply("", status=302, headers={"Location": "/b"}),
        "/b": Reply("", status=302, headers={"Location": "/a"}),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite", start="/a")
    assert coverage.crawl_status == "redirect_loop"
    assert not coverage.start_reached


def test_start_redirect_is_followed_and_reported(tmp_path: Path) -> None:
    routes = site(2)
    routes["/old"] = Reply("", status=301, headers={"Location": "/"})
    with serve(routes) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite", start="/old")
    assert coverage.crawl_status == "ok" and coverage.pages_fetched == 3
    assert "moved" in coverage.detail


def test_unreachable_start(tmp_path: Path) -> None:
    with serve({}) as server:
        base = server.base
    dead = LocalServer(base, {})
    coverage = crawl(dead, tmp_path / "s.sqlite")
    assert coverage.crawl_status in ("unreachable", "robots_disallowed")
    assert not coverage.start_reached


def test_slow_endpoint_times_out(tmp_path: Path) -> None:
    routes = site(2)
    routes["/p1"] = Reply(page("Slow", "<p>slow</p>"), delay=1.5)
    with serve(routes) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite", timeout_seconds=0.5)
    assert coverage.crawl_status == "ok"
    assert coverage.pages_failed == 1
    with Store.open(tmp_path / "s.sqlite") as store:
        failed = [f for f in store.fetches("r1", "X1") if f.kind == "error"]
    assert [f.error for f in failed] == ["timeout"]


def test_page_budget_cuts_and_is_counted(tmp_path: Path) -> None:
    with serve(site(10)) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite", max_pages=4)
    assert coverage.pages_fetched == 4
    assert coverage.budget_cut == 7
    assert not coverage.frontier_exhausted


def test_relevant_links_are_fetched_first(tmp_path: Path) -> None:
    links = ["/bins", "/parking", "/send/disagreement-resolution", "/leisure"]
    routes: dict[str, Reply | object] = {"/": Reply(page("Home", "", links))}
    for link in links:
        routes[link] = Reply(page(link, "<p>x</p>"))
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl(server, tmp_path / "s.sqlite", max_pages=2)
    assert [p for p in server.paths() if p not in DISCOVERY] == ["/", "/send/disagreement-resolution"]


def test_script_only_start_page_needs_js(tmp_path: Path) -> None:
    routes = {"/": Reply("<html><body><div id=app></div><script src=/app.js></script></body></html>")}
    with serve(routes) as server:  # type: ignore[arg-type]
        coverage = crawl(server, tmp_path / "s.sqlite")
    assert coverage.crawl_status == "needs_js_rendering"


def test_resumed_crawl_refetches_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with serve(site(5)) as server:  # type: ignore[arg-type]
        first = crawl(server, db)
        requests_before = len(server.log)
        again = crawl(server, db)
    assert len(server.log) == requests_before
    assert again == first
