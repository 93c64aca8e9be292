"""Fault injection: servers that break HTTP in every way we have met, audited next to healthy ones.

Each fault runs on its own raw-socket server on 127.0.0.1 (``tests.faults.rawserver``). The
audits use ``delay_seconds = 0``, a 0.5 s timeout and one retry, so the whole file runs in
seconds; every authority must end with a crawl status, and the healthy ones must get exactly
the results they get when audited alone.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from auditor.archive import warc_path
from auditor.cli import main
from auditor.config import Config, CrawlConfig
from auditor.model import Authority, Coverage
from auditor.pipeline import AuditRequest, run_audit
from auditor.progress import CrawlProgress
from auditor.safety import AddressGuard
from auditor.store import FetchRecord, Store
from checks.registry import discover_checks
from tests.auditor.crawlkit import fake_resolver, run_crawl
from tests.faults.rawserver import Fault, Handler, Request, closed_port, response, serve_raw
from tests.reports.fixture_site import DR_TEXT
from tests.webserver import LocalServer, Reply, page, serve

CONFIG = "[crawl]\ndelay_seconds = 0\ntimeout_seconds = 0.5\nmax_retries = 1\nbackoff_seconds = 0.01\n"
FAULT_KW: dict[str, object] = {"timeout_seconds": 0.5, "max_retries": 1, "backoff_seconds": 0.01}
BODY = page("SEND Local Offer", "<p>" + "Support for families. " * 100 + "</p>", ["/a", "/b"])
DEAD_HOST = "dead-council.test"


def _robots_404(handler: Handler) -> Handler:
    """The fault on every page, but a plain 404 for robots.txt (so the start page is requested)."""

    def handle(request: Request) -> Fault:
        if request.path == "/robots.txt":
            return Fault(response(404, "none", content_type="text/plain"))
        return handler(request)

    return handle


CHUNKED_CUT = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"20\r\n<html><body><p>the first chunk\r\n"  # says 0x20 bytes, sends fewer, never the last chunk
)


@dataclass(frozen=True)
class FaultCase:
    handler: Handler
    status: str  # the authority's expected crawl status


FAULTS: dict[str, FaultCase] = {
    "reset_mid_body": FaultCase(_robots_404(lambda r: Fault(response(200, BODY)[:-800], "reset")), "broken_response"),
    "truncated_chunked": FaultCase(_robots_404(lambda r: Fault(CHUNKED_CUT, "close")), "broken_response"),
    "length_too_long": FaultCase(
        _robots_404(lambda r: Fault(response(200, BODY, length=len(BODY) + 5000))), "broken_response"
    ),
    # Says 300 bytes, sends more and keeps the connection: the surplus poisons the next exchange.
    "length_too_short": FaultCase(
        _robots_404(lambda r: Fault(response(200, BODY, length=300, close=False), "keep")), "ok"
    ),
    "redirect_to_https_on_plain_port": FaultCase(
        _robots_404(lambda r: Fault(response(301, "", headers={"Location": f"https://127.0.0.1:{r.port}/"}))), "tls"
    ),
    "storm_500": FaultCase(_robots_404(lambda r: Fault(response(500, "oops"))), "http_500"),
    # robots.txt answers 503 too: RFC 9309 says do not crawl, and the start page is never asked for.
    "storm_503": FaultCase(lambda r: Fault(response(503, "busy", headers={"Retry-After": "0"})), "robots_disallowed"),
    "never_answers": FaultCase(lambda r: Fault(b"", "hang"), "timeout"),
}


def _healthy_routes(name: str) -> dict[str, Reply]:
    links = ["/advice/disagreement-resolution", "/about", "/contact", "/schools"]
    routes = {
        "/": Reply(page(f"{name} SEND Local Offer", "<p>Welcome to the SEND Local Offer.</p>", links)),
        "/advice/disagreement-resolution": Reply(page("Disagreement resolution", DR_TEXT, ["/"])),
    }
    for path in links[1:]:
        routes[path] = Reply(page(path.strip("/").title(), f"<p>About {path.strip('/')} for families.</p>", ["/"]))
    return routes


@dataclass
class FaultWeb:
    healthy: dict[str, LocalServer]
    registry_rows: list[tuple[str, str, str]]  # code, name, url
    expected: dict[str, str]  # code -> crawl status


@contextmanager
def fault_web(*, faults: bool = True) -> Iterator[FaultWeb]:
    with ExitStack() as stack:
        healthy = {code: stack.enter_context(serve(_healthy_routes(code))) for code in ("H1", "H2")}
        rows = [(code, f"Healthy {code}", server.url("/")) for code, server in healthy.items()]
        expected = dict.fromkeys(healthy, "ok")
        if faults:
            for n, (name, case) in enumerate(FAULTS.items(), 1):
                server = stack.enter_context(serve_raw(case.handler))
                rows.append((f"F{n}", f"Fault {name}", server.url("/")))
                expected[f"F{n}"] = case.status
            rows.append(("F_DNS", "Fault dns", f"http://{DEAD_HOST}/"))
            rows.append(("F_REFUSED", "Fault connection refused", f"http://127.0.0.1:{closed_port()}/"))
            expected |= {"F_DNS": "dns", "F_REFUSED": "unreachable"}
        yield FaultWeb(healthy, rows, expected)


def write_registry(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "local_offer_url"])
        writer.writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def without(rows: list[dict[str, str]], *columns: str) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k not in columns} for row in rows]


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's address guard resolves through a table: DEAD_HOST does not exist."""
    monkeypatch.setattr("auditor.safety.AddressGuard", lambda: AddressGuard(fake_resolver({})))


def audit(root: Path, name: str, rows: list[tuple[str, str, str]]) -> tuple[Path, float]:
    root.mkdir(parents=True, exist_ok=True)
    config = root / "c.toml"
    config.write_text(CONFIG, encoding="utf-8")
    registry = write_registry(root / f"{name}.csv", rows)
    out = root / f"out-{name}"
    started = time.monotonic()
    argv = ["audit", "--registry", str(registry), "--out", str(out), "--config", str(config)]
    assert main([*argv, "--db", str(root / f"{name}.sqlite")]) == 0
    return out, time.monotonic() - started


# -- one fault at a time -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(FAULTS))
def test_each_fault_gives_its_status_quickly(name: str, tmp_path: Path) -> None:
    case = FAULTS[name]
    with serve_raw(case.handler) as server:
        started = time.monotonic()
        crawl = run_crawl(Authority("X1", "X", server.url("/")), tmp_path / "db.sqlite", **FAULT_KW)  # type: ignore[arg-type]
        elapsed = time.monotonic() - started
    assert crawl.coverage.crawl_status == case.status, crawl.coverage
    assert crawl.coverage.detail or case.status == "ok"
    # 2 attempts of at most a 0.5 s timeout each for robots.txt and for the start page, plus slack.
    assert elapsed < 4.0
    assert len(server.paths()) <= 8  # retries are bounded: no retry storm against a failing host


def test_unreachable_robots_txt_is_named_as_such(tmp_path: Path) -> None:
    with serve_raw(FAULTS["never_answers"].handler) as server:
        crawl = run_crawl(Authority("X1", "X", server.url("/")), tmp_path / "db.sqlite", **FAULT_KW)  # type: ignore[arg-type]
    assert crawl.coverage.detail == "robots.txt unavailable (timeout), so the start page was not requested"
    assert server.paths() == ["/robots.txt", "/robots.txt"]  # one retry, and the start page never asked for


def test_a_poisoned_keep_alive_connection_is_retried_on_a_fresh_one(tmp_path: Path) -> None:
    with serve_raw(FAULTS["length_too_short"].handler) as server:
        crawl = run_crawl(Authority("X1", "X", server.url("/")), tmp_path / "db.sqlite", **FAULT_KW)  # type: ignore[arg-type]
    start = next(f for f in crawl.fetches if f.kind != "robots_txt")  # robots.txt is recorded first
    assert start.kind == "page" and start.status == 200
    with Store.open(tmp_path / "db.sqlite") as store:
        body = store.body(start.body_hash)
    assert body is not None and len(body) == 300  # what Content-Length said, no more


def test_dns_failure_through_an_injected_resolver(tmp_path: Path) -> None:
    guard = AddressGuard(fake_resolver({}))
    crawl = run_crawl(Authority("X1", "X", f"http://{DEAD_HOST}/"), tmp_path / "db.sqlite", guard=guard, **FAULT_KW)  # type: ignore[arg-type]
    assert crawl.coverage.crawl_status == "dns"
    assert [f.kind for f in crawl.fetches] == ["error"]


# -- faults mixed with healthy authorities, through the CLI ------------------------------------------------
@pytest.mark.usefixtures("fake_dns")
def test_mixed_audit_every_authority_ends_with_a_status_and_healthy_ones_are_unaffected(tmp_path: Path) -> None:
    with fault_web() as web:
        mixed_out, mixed_seconds = audit(tmp_path, "mixed", web.registry_rows)
        mixed_paths = {code: sorted(s.paths()) for code, s in web.healthy.items()}
        for server in web.healthy.values():
            server.log.clear()
        alone_out, _ = audit(tmp_path, "alone", [r for r in web.registry_rows if r[0] in web.healthy])
        alone_paths = {code: sorted(s.paths()) for code, s in web.healthy.items()}

    # 10 faulty authorities crawled concurrently: bounded by timeouts and one retry, not by luck.
    assert mixed_seconds < 30.0
    summary = {row["authority_code"]: row for row in read_csv(mixed_out / "summary.csv")}
    assert {code: row["crawl_status"] for code, row in summary.items()} == web.expected

    results = read_csv(mixed_out / "results.csv")
    checks = {row["check_id"] for row in results}
    assert len(results) == len(web.expected) * len(checks)  # every authority has a row for every check
    assert all(row["status"] for row in results)
    for code, status in web.expected.items():
        if status not in ("ok",):
            assert {r["status"] for r in results if r["authority_code"] == code} == {"error"}, code

    healthy_mixed = [r for r in results if r["authority_code"] in web.healthy]
    healthy_alone = read_csv(alone_out / "results.csv")
    assert without(healthy_mixed, "run_id", "checked_at") == without(healthy_alone, "run_id", "checked_at")
    assert any(r["status"] == "pass" for r in healthy_alone)
    alone_summary = read_csv(alone_out / "summary.csv")
    assert without([summary[c] for c in web.healthy], "run_id") == without(alone_summary, "run_id")
    assert mixed_paths == alone_paths  # the same requests, whatever failed around them


# -- a body that changes between two fetches ---------------------------------------------------------------
class Crash(Exception):
    """Stands for the process dying right after a fetch was recorded."""


class CrashAfter(CrawlProgress):
    def __init__(self, url: str) -> None:
        super().__init__(1)
        self.url = url

    def page(self, authority: Authority, rec: FetchRecord) -> None:
        super().page(authority, rec)
        if rec.url == self.url:
            raise Crash(rec.url)

    def __call__(self, authority: Authority, coverage: Coverage) -> None:
        super().__call__(authority, coverage)


def _changing(counter: Iterator[int]) -> Callable[[], Reply]:
    def reply() -> Reply:
        n = next(counter)
        return Reply(page(f"Version {n}", f"<p>This page changes on every request: version {n}.</p>", ["/"]))

    return reply


def test_a_body_that_changes_between_fetches_is_hashed_as_fetched_and_never_refetched_on_resume(
    tmp_path: Path,
) -> None:
    routes: dict[str, object] = dict(_healthy_routes("C1"))
    routes["/about"] = _changing(itertools.count(1))
    db = tmp_path / "runs.sqlite"
    config = Config(crawl=CrawlConfig(delay_seconds=0.0, timeout_seconds=2.0))
    checks = list(discover_checks())
    with serve(routes) as server:  # type: ignore[arg-type]
        authority = Authority("C1", "Changing", server.url("/"))
        request = AuditRequest([authority], tmp_path / "out", db, config, checks)
        with pytest.raises(Crash):
            run_audit(request, progress=CrashAfter(server.url("/about")))
        assert server.paths().count("/about") == 1
        resumed = run_audit(AuditRequest([authority], tmp_path / "out", db, config, checks, resume=True))
        assert resumed.resumed
        assert server.paths().count("/about") == 1  # replayed from the store, not fetched again
        second = run_audit(AuditRequest([authority], tmp_path / "out2", db, config, checks))
        assert server.paths().count("/about") == 2
    about = server.url("/about")
    with Store.open(db) as store:
        first = {f.url: f for f in store.fetches(resumed.run_id, "C1")}[about]
        later = {f.url: f for f in store.fetches(second.run_id, "C1")}[about]
        first_body = store.body(first.body_hash)
        ref = store.warc_ref(resumed.run_id, "C1", about)
    assert first_body is not None and b"version 1." in first_body
    assert hashlib.sha256(first_body).hexdigest() == first.body_hash
    assert later.body_hash != first.body_hash  # the second run saw version 2, and says so
    # The archived response is the very body that was hashed and judged.
    assert ref is not None
    with open(warc_path(db, resumed.run_id), "rb") as handle:
        handle.seek(ref[1])
        record = next(iter(ArchiveIterator(handle)))
        assert hashlib.sha256(record.content_stream().read()).hexdigest() == first.body_hash
