"""The WARC evidence archive, conditional re-fetches, and the progress display."""

from __future__ import annotations

import io
from pathlib import Path

from auditor.archive import WarcArchive, read_record, warc_path
from auditor.model import Authority, Coverage
from auditor.progress import LogProgress, RichProgress, make_progress
from auditor.store import FetchRecord, Store
from tests.auditor.crawlkit import run_crawl
from tests.webserver import Reply, page, serve


def test_every_response_is_archived_and_indexed(tmp_path: Path) -> None:
    db = tmp_path / "runs.sqlite"
    path = warc_path(db, "r1")
    assert path == tmp_path / "runs-warc" / "r1.warc.gz"
    routes = {
        "/": Reply(page("Home", "<p>Local Offer \u2019</p>", ["/a", "/old"]), headers={"ETag": '"v1"'}),
        "/a": Reply(page("A", "<p>a</p>")),
        "/old": Reply("", status=301, headers={"Location": "/a"}),
    }
    with serve(routes) as server, WarcArchive(path, relative_to=tmp_path) as archive:  # type: ignore[arg-type]
        crawl = run_crawl(Authority("X1", "Testshire", server.url("/")), db, archive=archive, use_sitemaps=False)
    with Store.open(db) as store:
        home = next(f for f in crawl.fetches if f.url == server.url("/"))
        ref = store.warc_ref("r1", "X1", home.url)
        assert ref is not None and ref[0] == "runs-warc/r1.warc.gz"
        record = read_record(tmp_path / ref[0], ref[1])
        assert record.url == server.url("/") and record.status == 200
        assert record.body == store.body(home.body_hash)
        assert ("etag", '"v1"') in record.headers
    # Redirect hops and robots.txt are archived too, not only the pages indexed by the store.
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert server.url("/old") in uris and server.url("/robots.txt") in uris


def test_truncated_bodies_are_marked_in_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    with WarcArchive(path) as archive:
        ref = archive.write_response("http://x.example/", 200, [("Content-Encoding", "gzip")], b"abc", truncated=True)
    record = read_record(path, ref.offset)
    assert record.body == b"abc"
    assert ("X-Original-Content-Encoding", "gzip") in record.headers
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        fh.seek(ref.offset)
        assert next(iter(ArchiveIterator(fh))).rec_headers.get_header("WARC-Truncated") == "length"


def test_rerun_sends_validators_and_reuses_the_body_on_304(tmp_path: Path) -> None:
    db = tmp_path / "runs.sqlite"
    body = page("Home", "<p>Local Offer</p>", ["/a"])

    def home() -> Reply:
        return Reply(body, headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Oct 2026 10:00:00 GMT"})

    routes: dict[str, object] = {"/": home, "/a": Reply(page("A", "<p>a</p>"))}
    with serve(routes) as server:  # type: ignore[arg-type]
        authority = Authority("X1", "Testshire", server.url("/"))
        first = run_crawl(authority, db, run_id="r1", started_at="2026-10-01T00:00:00Z", use_sitemaps=False)
        # Unchanged since: the server now answers 304 (the exact headers sent are checked below).
        routes["/"] = Reply("", status=304, headers={"ETag": '"v1"'})
        second = run_crawl(authority, db, run_id="r2", started_at="2026-11-01T00:00:00Z", use_sitemaps=False)
    first_home = next(f for f in first.fetches if f.url == server.url("/"))
    second_home = next(f for f in second.fetches if f.url == server.url("/"))
    assert second_home.status == 304 and second_home.kind == "page"
    assert second_home.body_hash == first_home.body_hash
    assert second.coverage.pages_fetched == first.coverage.pages_fetched == 2  # links still followed from the old body


def test_conditional_headers_are_sent(tmp_path: Path) -> None:
    import httpx

    sent: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        sent.append({k: v for k, v in request.headers.items() if k.startswith("if-")})
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(
            200, html=page("Home", "<p>Local Offer</p>"),
            headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Oct 2026 10:00:00 GMT"},
        )  # fmt: skip

    authority = Authority("X1", "Testshire", "http://council.example/")
    db = tmp_path / "runs.sqlite"
    run_crawl(authority, db, run_id="r1", started_at="2026-10-01T00:00:00Z", transport=httpx.MockTransport(handler),
              use_sitemaps=False)  # fmt: skip
    again = run_crawl(authority, db, run_id="r2", started_at="2026-11-01T00:00:00Z",
                      transport=httpx.MockTransport(handler), use_sitemaps=False)  # fmt: skip
    assert sent[0] == {}
    assert sent[1] == {"if-none-match": '"v1"', "if-modified-since": "Wed, 01 Oct 2026 10:00:00 GMT"}
    start = next(f for f in again.fetches if f.kind != "robots_txt")  # robots.txt is recorded first
    assert again.coverage.start_reached and start.status == 304


def test_log_progress_prints_plain_lines() -> None:
    stream = io.StringIO()
    ticks = iter(range(100))
    progress = LogProgress(2, stream, every=2, clock=lambda: float(next(ticks)))
    authority = Authority("X1", "Testshire", "http://x.example/")
    for i in range(3):
        progress.page(authority, FetchRecord(f"http://x.example/{i}", "", 200, "text/html", "", "h", 0, "page"))
    progress.page(authority, FetchRecord("http://x.example/e", "", 0, "", "", "", 0, "error", "timeout"))
    progress(authority, Coverage(pages_fetched=3, pages_failed=1))
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("crawl: 0/2 authorities, 2 pages, 0 errors")
    assert lines[1].startswith("crawled X1 Testshire: ok (3 pages, 1 failed")
    assert "1/2 authorities, 3 pages, 1 errors" in lines[1]
    assert isinstance(make_progress(2, io.StringIO()), LogProgress)


def test_rich_progress_runs_without_a_terminal() -> None:
    stream = io.StringIO()
    authority = Authority("X1", "Testshire", "http://x.example/")
    with RichProgress(1, stream) as progress:
        progress.page(authority, FetchRecord("http://x.example/", "", 200, "text/html", "", "h", 0, "page"))
        progress(authority, Coverage(pages_fetched=1))
    assert "X1 Testshire: ok" in stream.getvalue()
