"""The crawl as the pipeline wires it: address guard, retries, WARC archive and progress hooks."""

from __future__ import annotations

import gc
from pathlib import Path

from auditor.archive import read_record, warc_path
from auditor.config import Config, CrawlConfig
from auditor.crawler import AuthorityCrawler
from auditor.model import Authority, Coverage
from auditor.pipeline import AuditRequest, run_audit
from auditor.progress import CrawlProgress
from auditor.store import FetchRecord, Store
from tests.webserver import Reply, page, serve


class Recorder(CrawlProgress):
    def __init__(self) -> None:
        super().__init__(1)
        self.pages: list[str] = []
        self.done: list[str] = []

    def page(self, authority: Authority, rec: FetchRecord) -> None:
        super().page(authority, rec)
        self.pages.append(rec.url)

    def __call__(self, authority: Authority, coverage: Coverage) -> None:
        super().__call__(authority, coverage)
        self.done.append(coverage.crawl_status)


def test_pipeline_archives_every_fetch_and_reports_progress(tmp_path: Path) -> None:
    routes = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/a", "http://10.0.0.1/x"])),
        "/a": Reply(page("A", "<p>a</p>")),
    }
    db = tmp_path / "runs.sqlite"
    config = Config(crawl=CrawlConfig(delay_seconds=0.0, timeout_seconds=2.0))
    progress = Recorder()
    with serve(routes) as server:  # type: ignore[arg-type]
        authority = Authority("X1", "Testshire", server.url("/"), hosts=("10.0.0.1",))
        outcome = run_audit(AuditRequest([authority], tmp_path / "out", db, config, []), progress=progress)
    assert progress.done == ["ok"]
    assert server.url("/a") in progress.pages and progress.stats.pages == 2
    with Store.open(db) as store:
        fetches = {f.url: f for f in store.fetches(outcome.run_id, "X1")}
        assert fetches["http://10.0.0.1/x"].kind == "refused"  # the loopback start is trusted, 10/8 is not
        ref = store.warc_ref(outcome.run_id, "X1", server.url("/a"))
    assert ref is not None
    assert (tmp_path / ref[0]) == warc_path(db, outcome.run_id)
    assert b"<h1>A</h1>" in read_record(tmp_path / ref[0], ref[1]).body


def test_a_crawled_authority_waiting_to_be_judged_holds_no_crawler(tmp_path: Path) -> None:
    # On two cores the crawl outruns judging: dozens of authorities can wait for a judging worker,
    # and each must not keep its crawler's frontier and link tables alive meanwhile.
    alive: list[int] = []

    class Probe(CrawlProgress):
        def __call__(self, authority: Authority, coverage: Coverage) -> None:
            super().__call__(authority, coverage)
            gc.collect()
            alive.append(sum(isinstance(o, AuthorityCrawler) for o in gc.get_objects()))

    routes = {"/": Reply(page("Home", "<p>Local Offer</p>", ["/a"])), "/a": Reply(page("A", "<p>a</p>"))}
    config = Config(crawl=CrawlConfig(delay_seconds=0.0, timeout_seconds=2.0, concurrency=1))
    with serve(routes) as server:  # type: ignore[arg-type]
        authorities = [Authority(f"X{n}", f"Testshire {n}", server.url("/")) for n in (1, 2)]
        request = AuditRequest(authorities, tmp_path / "out", tmp_path / "runs.sqlite", config, [])
        run_audit(request, progress=Probe(2))
    assert alive == [0, 0]
