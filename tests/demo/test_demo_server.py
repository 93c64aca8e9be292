"""The bundled demo web, through real sockets on 127.0.0.1: serving, URL mapping, placeholders,
the manifest's design expectations and the crawlability every ``fail`` verdict relies on."""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
import pytest

from auditor.demo.server import (
    CORE_CHECK_IDS,
    SITES_DIR,
    DemoAuthority,
    DemoWeb,
    fill_placeholders,
    load_manifest,
    query_key,
    serve_demo,
)

TODAY = date(2026, 11, 28)
EXEMPLARY, EMPTY = "E99000001", "E99000002"
FAIRSHIRE_DR = "/kb5/fairshire/directory/advice.page?id=Xy12ab"


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with serve_demo(today=TODAY) as running:
        yield running


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10, follow_redirects=False) as c:
        yield c


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# -- serving -------------------------------------------------------------------------------------
def test_every_start_page_is_html(web: DemoWeb, client: httpx.Client) -> None:
    assert len(web.authorities) >= 8
    for a in web.authorities:
        assert a.local_offer_url.startswith("http://127.0.0.1:")
        response = client.get(a.local_offer_url)
        assert response.status_code == 200, a.local_offer_url
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert "<html" in response.text.lower()


def test_each_site_has_its_own_port(web: DemoWeb) -> None:
    ports = [urlsplit(o).port for o in web.origins.values()]
    assert len(set(ports)) == len(ports)


def test_query_string_pages_are_served(web: DemoWeb, client: httpx.Client) -> None:
    base = origin_of(web.authority("E99000003").local_offer_url)
    page = client.get(base + FAIRSHIRE_DR)
    assert page.status_code == 200
    assert "<h1>Resolving disagreements</h1>" in page.text
    assert client.get(base + "/kb5/fairshire/directory/advice.page?id=nOsUcH").status_code == 404
    assert client.get(base + "/kb5/fairshire/directory/advice.page").status_code == 404


def test_query_key_is_sorted_and_encoded() -> None:
    assert query_key("id=Xy12ab") == "id=Xy12ab"
    assert query_key("b=2&a=1") == "a=1&b=2"
    assert query_key("q=short breaks") == "q=short%20breaks"


def test_cross_origin_placeholders_are_rewritten(web: DemoWeb, client: httpx.Client) -> None:
    westbrook = web.authority("E99000005")
    directory = web.origins["westbrook-directory"]
    assert westbrook.hosts == (urlsplit(directory).netloc,)
    start = client.get(westbrook.local_offer_url).text
    assert f'href="{directory}/directory/advice/disagreement-resolution-service"' in start
    assert "{{" not in start
    back = client.get(directory + "/directory/").text
    assert f'href="{web.origins["westbrook"]}/children-and-families/send-local-offer/"' in back


def test_relative_dates_are_filled_from_today(web: DemoWeb, client: httpx.Client) -> None:
    base = origin_of(web.authority(EXEMPLARY).local_offer_url)
    page = client.get(base + "/have-your-say/you-said-we-did").text
    assert "Published October 2026." in page
    assert fill_placeholders("{{date:-3}} {{month:0}} {{month:-11}} {{year:-1}}", {}, TODAY) == (
        "25 November 2026 November 2026 December 2025 2025"
    )


def test_robots_txt_and_pdf_are_served_with_their_types(web: DemoWeb, client: httpx.Client) -> None:
    robots = client.get(web.origins["saltmarsh"] + "/robots.txt")
    assert robots.status_code == 200
    assert robots.headers["content-type"] == "text/plain; charset=utf-8"
    assert "Disallow: /private/" in robots.text
    assert client.get(web.origins["kingsbridge"] + "/robots.txt").status_code == 404
    pdf = client.get(web.origins["ravensmoor"] + "/documents/short-breaks-statement-2026.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")


def test_missing_paths_and_escapes_are_404(web: DemoWeb, client: httpx.Client) -> None:
    base = web.origins["kingsbridge"]
    assert client.get(base + "/no/such/page").status_code == 404
    assert client.get(base + "/%2e%2e/manifest.toml").status_code == 404
    assert client.get(base + "/../eastmoor/localoffer/index.html").status_code == 404


def test_directory_without_slash_redirects_and_head_works(web: DemoWeb, client: httpx.Client) -> None:
    base = web.origins["kingsbridge"]
    moved = client.get(base + "/advice")
    assert moved.status_code == 301 and moved.headers["location"] == "/advice/"
    head = client.head(base + "/advice/")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) > 0


def test_servers_are_closed_on_exit() -> None:
    with serve_demo() as running:
        url = running.authorities[0].local_offer_url
        assert httpx.get(url, timeout=5).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def test_registry_csv(web: DemoWeb, tmp_path: Path) -> None:
    path = web.write_registry(tmp_path / "sub" / "registry.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["code", "name", "region", "local_offer_url", "hosts"]
    assert [r["code"] for r in rows] == [a.code for a in web.authorities]
    by_code = {r["code"]: r for r in rows}
    assert by_code["E99000005"]["hosts"] == web.authority("E99000005").hosts[0]
    assert by_code[EXEMPLARY]["hosts"] == ""


# -- the manifest --------------------------------------------------------------------------------
def test_manifest_covers_every_core_check() -> None:
    entries = load_manifest()
    assert len(entries) >= 8
    assert len({e.code for e in entries}) == len(entries)
    for e in entries:
        assert e.code.startswith("E99"), e.code
        assert sorted(e.expected) == sorted(CORE_CHECK_IDS), e.code
        assert e.description and e.region
        assert (SITES_DIR / e.slug).is_dir()


def test_exemplary_and_empty_differ_on_every_duty() -> None:
    by_code = {e.code: e.expected for e in load_manifest()}
    best, empty = by_code[EXEMPLARY], by_code[EMPTY]
    assert set(best.values()) == {"pass"}
    for check in CORE_CHECK_IDS:
        if not check.startswith("stale_"):
            assert best[check] != empty[check], check
    assert empty["stale_ccg"] == "fail"


def test_manifest_has_every_kind_of_status_the_design_needs() -> None:
    statuses = {s for e in load_manifest() for s in e.expected.values()}
    assert {"pass", "partial", "fail"} <= statuses


def test_no_placeholder_is_left_unresolved() -> None:
    slugs = {s for e in load_manifest() for s in (e.slug, *e.extra_slugs)}
    origins = {s: "http://127.0.0.1:1" for s in slugs}
    for path in SITES_DIR.rglob("*.html"):
        filled = fill_placeholders(path.read_text(encoding="utf-8"), origins, TODAY)
        assert "{{" not in filled, path


# -- crawlability: what a fail verdict rests on -----------------------------------------------------
class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def crawl(client: httpx.Client, authority: DemoAuthority) -> dict[str, int]:
    """Breadth-first over the authority's hosts: every in-scope URL with its click depth."""
    hosts = {urlsplit(authority.local_offer_url).netloc, *authority.hosts}
    robots_blocked = ("/search", "/private/")
    depth = {authority.local_offer_url: 0}
    queue = deque([authority.local_offer_url])
    while queue:
        url = queue.popleft()
        response = client.get(url)
        assert response.status_code == 200, f"{authority.code}: broken link {url}"
        if not response.headers["content-type"].startswith("text/html"):
            continue
        parser = _Links()
        parser.feed(response.text)
        for href in parser.hrefs:
            parts = urlsplit(urljoin(url, href))
            if parts.scheme != "http" or parts.netloc not in hosts or parts.path.startswith(robots_blocked):
                continue
            target = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
            if target not in depth:
                depth[target] = depth[url] + 1
                queue.append(target)
    return depth


def test_every_site_is_fully_crawlable_with_enough_pages(web: DemoWeb, client: httpx.Client) -> None:
    for a in web.authorities:
        pages = crawl(client, a)
        assert len([u for u in pages if not u.endswith(".pdf")]) >= 6, a.code


def test_the_two_origin_local_offer_uses_both_hosts(web: DemoWeb, client: httpx.Client) -> None:
    pages = crawl(client, web.authority("E99000005"))
    assert {urlsplit(u).netloc for u in pages} == {
        urlsplit(web.origins["westbrook"]).netloc,
        urlsplit(web.origins["westbrook-directory"]).netloc,
    }


def test_dr_page_depths_match_the_findability_design(web: DemoWeb, client: httpx.Client) -> None:
    depth_of = {
        ("E99000001", "/advice/disagreement-resolution"): (1, 1),
        ("E99000003", FAIRSHIRE_DR): (1, 3),
        ("E99000006", "/education/ehc-plans/disagreement-resolution"): (4, 6),
        ("E99000009", "/resolving-disagreements"): (1, 1),
    }
    for (code, path), (low, high) in depth_of.items():
        a = web.authority(code)
        pages = crawl(client, a)
        assert low <= pages[origin_of(a.local_offer_url) + path] <= high, code
