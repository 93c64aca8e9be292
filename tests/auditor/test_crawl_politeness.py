"""Crawl-delay, Retry-After, backoff with deterministic jitter, and failing fast, on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path

from auditor.model import Authority
from auditor.retry import RetryPolicy, jitter, parse_retry_after
from tests.auditor.crawlkit import run_crawl
from tests.webserver import LocalServer, Reply, page, serve


def authority(server: LocalServer) -> Authority:
    return Authority("X1", "Testshire", server.url("/"))


def sequence(*replies: Reply) -> Callable[[], Reply]:
    """A route answering with each reply in turn, then the last one forever."""
    queue = list(replies)

    def next_reply() -> Reply:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return next_reply


def gaps(server: LocalServer, skip: int = 0) -> list[float]:
    times = [t for t, _ in server.log][skip:]
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_robots_crawl_delay_raises_the_per_host_delay(tmp_path: Path) -> None:
    links = [f"/p{i}" for i in range(3)]
    routes: dict[str, object] = {
        "/robots.txt": Reply("User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain"),
        "/": Reply(page("Home", "<p>Local Offer</p>", links)),
        **{link: Reply(page(link, "<p>x</p>")) for link in links},
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        run_crawl(authority(server), tmp_path / "s.sqlite", delay_seconds=0.0)
    # robots.txt is read before the first page; every request after it is spaced by the Crawl-delay.
    spaced = gaps(server, skip=1)
    assert len(spaced) >= 4
    assert min(spaced) >= 0.29


def test_crawl_delay_is_capped(tmp_path: Path) -> None:
    routes: dict[str, object] = {
        "/robots.txt": Reply("User-agent: *\nCrawl-delay: 3600\n", content_type="text/plain"),
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/a"])),
        "/a": Reply(page("A", "<p>a</p>")),
    }
    began = time.monotonic()
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", max_crawl_delay_seconds=0.2, use_sitemaps=False)
    assert crawl.coverage.pages_fetched == 2
    assert time.monotonic() - began < 5


def test_retry_after_seconds_on_503_is_waited_then_retried(tmp_path: Path) -> None:
    routes: dict[str, object] = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/busy"])),
        "/busy": sequence(Reply("busy", status=503, headers={"Retry-After": "1"}), Reply(page("Busy", "<p>ok</p>"))),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", use_sitemaps=False)
    busy = [t for t, p in server.log if p == "/busy"]
    assert len(busy) == 2
    assert busy[1] - busy[0] >= 0.95
    assert crawl.kinds()[server.url("/busy")] == "page"


def test_retry_after_http_date_on_429(tmp_path: Path) -> None:
    later = formatdate(time.time() + 3, usegmt=True)  # second resolution, plus slack for a loaded machine
    routes: dict[str, object] = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/busy"])),
        "/busy": sequence(Reply("slow down", status=429, headers={"Retry-After": later}), Reply(page("B", "<p>b</p>"))),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        run_crawl(authority(server), tmp_path / "s.sqlite", use_sitemaps=False)
    busy = [t for t, p in server.log if p == "/busy"]
    assert len(busy) == 2 and busy[1] - busy[0] >= 0.9


def test_retry_after_beyond_the_cap_gives_up_without_retrying(tmp_path: Path) -> None:
    routes: dict[str, object] = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/busy"])),
        "/busy": Reply("come back tomorrow", status=503, headers={"Retry-After": "86400"}),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", max_retry_after_seconds=0.2, use_sitemaps=False)
    assert server.paths().count("/busy") == 1
    failed = [f for f in crawl.fetches if f.kind == "error"]
    assert [f.error for f in failed] == ["http_503"]


def test_5xx_is_retried_with_bounded_backoff(tmp_path: Path) -> None:
    routes: dict[str, object] = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/flaky", "/down"])),
        "/flaky": sequence(Reply("oops", status=500), Reply("oops", status=502), Reply(page("F", "<p>f</p>"))),
        "/down": Reply("down", status=500),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(
            authority(server), tmp_path / "s.sqlite", max_retries=2, backoff_seconds=0.1, use_sitemaps=False
        )
    assert server.paths().count("/flaky") == 3
    assert server.paths().count("/down") == 3  # one try and two retries, then it gives up
    assert crawl.kinds()[server.url("/flaky")] == "page"
    flaky = [t for t, p in server.log if p == "/flaky"]
    # Waits of 0.1 × 2^n × [0.5, 1): the first at least 0.05 s, the second at least 0.1 s.
    assert flaky[1] - flaky[0] >= 0.05 and flaky[2] - flaky[1] >= 0.1


def test_timeouts_are_retried(tmp_path: Path) -> None:
    routes: dict[str, object] = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/slow"])),
        "/slow": sequence(Reply(page("S", "<p>s</p>"), delay=1.0), Reply(page("S", "<p>s</p>"))),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", timeout_seconds=0.4, use_sitemaps=False)
    assert server.paths().count("/slow") == 2
    assert crawl.kinds()[server.url("/slow")] == "page"


def test_jitter_is_deterministic_and_bounded() -> None:
    policy = RetryPolicy(max_retries=3, backoff_seconds=1.0)
    first = [policy.backoff("https://x.example/a", n) for n in range(3)]
    again = [policy.backoff("https://x.example/a", n) for n in range(3)]
    assert first == again
    for n, wait in enumerate(first):
        assert 2**n * 0.5 <= wait < 2**n
    assert jitter("https://x.example/a", 0) != jitter("https://x.example/b", 0)


def test_parse_retry_after() -> None:
    now = 1_800_000_000.0
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now) == 30.0
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("", now) is None


def test_an_unreachable_authority_fails_fast(tmp_path: Path) -> None:
    with serve({}) as server:
        base = server.base
    dead = LocalServer(base, {})
    began = time.monotonic()
    crawl = run_crawl(authority(dead), tmp_path / "s.sqlite", max_retries=3, backoff_seconds=5.0)
    assert crawl.coverage.crawl_status == "unreachable"  # not "robots_disallowed": robots.txt never answered
    assert not crawl.coverage.start_reached
    assert time.monotonic() - began < 2  # connection refused is never retried
