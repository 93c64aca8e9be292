"""What the crawler finds and what it refuses to chase: sitemaps, meta refresh, several hosts,
calendar and faceted-search traps, duplicate bodies, and charsets, on 127.0.0.1."""

from __future__ import annotations

import gzip
from pathlib import Path

from auditor.decode import decode_html
from auditor.model import Authority
from auditor.sitemaps import parse_sitemap
from auditor.store import Store
from tests.auditor.crawlkit import run_crawl
from tests.webserver import LocalServer, Reply, page, serve

XML = "application/xml"


def authority(server: LocalServer, **kw: object) -> Authority:
    return Authority("X1", "Testshire", server.url("/"), **kw)  # type: ignore[arg-type]


def urlset(*urls: str) -> str:
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'


def test_sitemaps_from_robots_and_indexes_find_unlinked_pages(tmp_path: Path) -> None:
    routes: dict[str, object] = {"/": Reply(page("Home", "<p>Local Offer</p>", ["/linked"]))}
    routes["/linked"] = Reply(page("Linked", "<p>l</p>"))
    routes["/orphan-send"] = Reply(page("Orphan", "<p>only in the sitemap</p>"))
    routes["/orphan-gz"] = Reply(page("Gz", "<p>only in the gzipped sitemap</p>"))
    with serve(routes) as server:  # type: ignore[arg-type]
        routes["/robots.txt"] = Reply(
            f"User-agent: *\nSitemap: {server.url('/index.xml')}\n", content_type="text/plain"
        )
        routes["/index.xml"] = Reply(
            f"<sitemapindex><sitemap><loc>{server.base}/a.xml</loc></sitemap>"
            f"<sitemap><loc>{server.base}/b.xml.gz</loc></sitemap></sitemapindex>",
            content_type=XML,
        )
        routes["/a.xml"] = Reply(
            urlset(server.url("/orphan-send"), "https://elsewhere.example/out-of-scope"), content_type=XML
        )
        routes["/b.xml.gz"] = Reply(
            gzip.compress(urlset(server.url("/orphan-gz")).encode()), content_type="application/gzip"
        )
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite")
        requests = len(server.log)
        again = run_crawl(authority(server), tmp_path / "s.sqlite")  # resume: everything replays from the store
    kinds = crawl.kinds()
    assert kinds[server.url("/orphan-send")] == "page"
    assert kinds[server.url("/orphan-gz")] == "page"
    assert "https://elsewhere.example/out-of-scope" not in kinds
    assert kinds[server.url("/index.xml")] == kinds[server.url("/a.xml")] == "sitemap"
    assert "/sitemap.xml" not in server.paths()  # robots named the sitemap; no guessing
    assert len(server.log) == requests
    assert again.coverage == crawl.coverage


def test_sitemap_xml_is_tried_when_robots_names_none(tmp_path: Path) -> None:
    routes: dict[str, object] = {"/": Reply(page("Home", "<p>Local Offer</p>"))}
    routes["/hidden"] = Reply(page("Hidden", "<p>h</p>"))
    with serve(routes) as server:  # type: ignore[arg-type]
        routes["/sitemap.xml"] = Reply(urlset(server.url("/hidden")), content_type=XML)
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite")
    assert crawl.kinds()[server.url("/hidden")] == "page"


def test_sitemap_with_entities_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b"<urlset><url><loc>&lol2;</loc></url></urlset>"
    )
    parsed = parse_sitemap(bomb)
    assert parsed.urls == () and "refused" in parsed.problem
    assert "cap" in parse_sitemap(b"<urlset>" + b" " * 2000 + b"</urlset>", max_bytes=1000).problem
    big = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    assert "cap" in parse_sitemap(big, max_bytes=1_000_000).problem
    assert parse_sitemap(
        b"<urlset><url><loc>http://a/1</loc></url><url><loc>http://a/2</loc></url>", max_locs=1
    ).urls == ("http://a/1",)


def test_meta_refresh_is_followed(tmp_path: Path) -> None:
    routes = {
        "/": Reply('<html><head><meta http-equiv="Refresh" content="0; URL=\'/new-home\'"></head><body></body></html>'),
        "/new-home": Reply(page("New home", "<p>Local Offer</p>")),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", use_sitemaps=False)
    assert crawl.kinds()[server.url("/new-home")] == "page"


def test_two_hosts_of_one_authority_are_crawled(tmp_path: Path) -> None:
    directory: dict[str, object] = {"/services/send": Reply(page("Directory", "<p>SEND services</p>", ["/services/x"]))}
    directory["/services/x"] = Reply(page("X", "<p>x</p>"))
    with serve(directory) as other:  # type: ignore[arg-type]
        routes = {
            "/": Reply(page("Home", "<p>Local Offer</p>", [other.url("/services/send"), "/a"])),
            "/a": Reply(page("A", "<p>a</p>")),
        }
        with serve(routes) as server:  # type: ignore[arg-type]
            netloc = other.base.split("://", 1)[1]
            crawl = run_crawl(authority(server, hosts=(netloc,)), tmp_path / "s.sqlite")
            alone = run_crawl(authority(server), tmp_path / "t.sqlite")
    assert crawl.kinds()[other.url("/services/x")] == "page"
    assert len(crawl.coverage.hosts) == 2
    assert other.url("/services/send") not in alone.kinds()  # not in scope without the hosts column


def test_calendar_trap_is_bounded(tmp_path: Path) -> None:
    """Every month links to the next, by path and by query: without a cap this never ends."""

    class Calendar(dict):  # type: ignore[type-arg]
        def get(self, path: str, default: object = None) -> object:
            if path.startswith("/events/"):
                _, _, year, month = path.rstrip("/").split("/")
                y, m = (int(year), int(month) + 1) if int(month) < 12 else (int(year) + 1, 1)
                return Reply(page(path, "<p>events</p>", [f"/events/{y}/{m:02d}/"]))
            if path.startswith("/diary?month="):
                n = int(path.split("=", 1)[1])
                return Reply(page(path, "<p>diary</p>", [f"/diary?month={n + 1}"]))
            return super().get(path, default)

    routes = Calendar({"/": Reply(page("Home", "<p>Local Offer</p>", ["/events/2026/11/", "/diary?month=1"]))})
    with serve(routes) as server:
        crawl = run_crawl(
            authority(server), tmp_path / "s.sqlite", max_calendar_pages=5, max_depth=100, use_sitemaps=False
        )
    paths = server.paths()
    assert sum(p.startswith("/events/") for p in paths) == 5
    assert sum(p.startswith("/diary") for p in paths) == 5
    assert crawl.coverage.frontier_exhausted
    assert "calendar pages" in crawl.coverage.detail


def test_query_variants_of_one_path_are_capped(tmp_path: Path) -> None:
    facets = [f"/search?category={i}&sort=name" for i in range(60)]
    routes: dict[str, object] = {"/": Reply(page("Home", "<p>Local Offer</p>", facets))}
    for facet in facets:
        routes[facet] = Reply(page("Results", f"<p>{facet}</p>"))
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", max_query_variants=20, use_sitemaps=False)
    assert sum(p.startswith("/search?") for p in server.paths()) == 20
    assert "40 query variants" in crawl.coverage.detail
    assert crawl.coverage.trap_cut >= 40


def test_duplicate_bodies_are_reported(tmp_path: Path) -> None:
    same = page("Same", "<p>one page, two addresses</p>")
    routes = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/a", "/a-copy"])),
        "/a": Reply(same),
        "/a-copy": Reply(same),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", use_sitemaps=False)
    assert "1 pages duplicated" in crawl.coverage.detail
    assert crawl.coverage.duplicates == 1
    with Store.open(tmp_path / "s.sqlite") as store:
        groups = store.duplicates("r1", "X1")
    assert [urls for _, urls in groups] == [[server.url("/a"), server.url("/a-copy")]]


def test_windows_1252_page_decodes_through_the_store(tmp_path: Path) -> None:
    body = page("Fees", "<p>Mediation costs you \u00a30 \u2013 it\u2019s free.</p>").encode("cp1252")
    routes = {"/": Reply(page("Home", "<p>Local Offer</p>", ["/fees"])), "/fees": Reply(body, content_type="text/html")}
    with serve(routes) as server:  # type: ignore[arg-type]
        crawl = run_crawl(authority(server), tmp_path / "s.sqlite", use_sitemaps=False)
    rec = next(f for f in crawl.fetches if f.url == server.url("/fees"))
    with Store.open(tmp_path / "s.sqlite") as store:
        stored = store.body(rec.body_hash)
    assert stored == body  # bytes are stored as served; decoding is the reader's job
    text = decode_html(stored or b"", rec.content_type)
    assert "\u00a30 \u2013 it\u2019s free" in text
