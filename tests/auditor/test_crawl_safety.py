"""A public site must not send the crawler to loopback, private, link-local or metadata addresses."""

from __future__ import annotations

import asyncio
import ipaddress
import time
from pathlib import Path

import httpx

from auditor.model import Authority
from auditor.safety import AddressGuard, unsafe_kind
from tests.auditor.crawlkit import fake_resolver, run_crawl
from tests.webserver import Reply, page, serve

RESOLVER = fake_resolver(
    {
        "public.example": ["203.0.113.5"],
        "other-public.example": ["198.51.100.7"],
        "evil.example": ["127.0.0.1"],
        "intranet.example": ["10.0.0.1"],
        "sneaky.example": ["198.51.100.8", "192.168.1.1"],  # one private answer is enough to refuse
    }
)


def test_unsafe_kinds() -> None:
    def kind(text: str) -> str:
        return unsafe_kind(ipaddress.ip_address(text))

    assert kind("127.0.0.1") == "loopback"
    assert kind("10.1.2.3") == "private" and kind("172.20.0.1") == "private" and kind("192.168.0.9") == "private"
    assert kind("169.254.169.254") == "metadata"
    assert kind("169.254.1.1") == "link_local"
    assert kind("224.0.0.1") == "multicast"
    assert kind("240.0.0.1") == "reserved" and kind("0.0.0.0") == "unspecified"
    assert kind("100.64.0.1") == "private"
    assert kind("::1") == "loopback" and kind("fe80::1") == "link_local" and kind("fd00::1") == "private"
    assert kind("::ffff:127.0.0.1") == "loopback"  # IPv4-mapped
    assert kind("2002:7f00:1::") == "loopback"  # 6to4 wrapping 127.0.0.1
    assert kind("203.0.113.5") == "" and kind("8.8.8.8") == "" and kind("2a00:1450::1") == ""


def test_public_site_links_and_redirects_to_private_addresses_are_refused(tmp_path: Path) -> None:
    requested: list[str] = []
    links = [
        "/about",
        "http://evil.example/admin",
        "http://intranet.example/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://sneaky.example/",
        "/go-inside",
    ]
    home = page("Local Offer", "<p>SEND Local Offer</p>" * 20, links)

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path == "/go-inside":
            return httpx.Response(302, headers={"Location": "http://evil.example/secret"})
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, html=home if request.url.path == "/" else page("About", "<p>about</p>"))

    authority = Authority(
        "P1", "Publicshire", "http://public.example/",
        hosts=("evil.example", "intranet.example", "169.254.169.254", "[::1]", "sneaky.example"),
    )  # fmt: skip
    crawl = run_crawl(
        authority, tmp_path / "s.sqlite", guard=AddressGuard(RESOLVER), transport=httpx.MockTransport(handler)
    )
    hosts = {httpx.URL(u).host for u in requested}
    assert hosts == {"public.example"}, requested
    kinds = crawl.kinds()
    for url in (
        "http://evil.example/admin",
        "http://intranet.example/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://sneaky.example/",
        "http://public.example/go-inside",
    ):
        assert kinds[url] == "refused", url
    refused = {f.url: f.error for f in crawl.fetches if f.kind == "refused"}
    assert "metadata" in refused["http://169.254.169.254/latest/meta-data/"]
    assert "evil.example" in refused["http://public.example/go-inside"]  # refused at the redirect hop
    assert kinds["http://public.example/about"] == "page"
    assert crawl.coverage.crawl_status == "ok"
    assert "6 links to private or local addresses refused" in crawl.coverage.detail
    assert crawl.coverage.refused == 6


def test_a_start_url_on_a_private_address_may_stay_there(tmp_path: Path) -> None:
    """A test server or intranet mirror: its own addresses are trusted, other private ones are not."""
    routes = {
        "/": Reply(page("Home", "<p>Local Offer</p>", ["/a", "http://10.0.0.1/x", "http://intranet.example/"])),
        "/a": Reply(page("A", "<p>a</p>")),
    }
    with serve(routes) as server:  # type: ignore[arg-type]
        authority = Authority("L1", "Loopshire", server.url("/"), hosts=("10.0.0.1", "intranet.example"))
        crawl = run_crawl(authority, tmp_path / "s.sqlite", guard=AddressGuard(RESOLVER))
    kinds = crawl.kinds()
    assert kinds[server.url("/a")] == "page"
    assert kinds["http://10.0.0.1/x"] == "refused"
    assert kinds["http://intranet.example/"] == "refused"


def test_a_public_start_that_redirects_inward_is_refused(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host != "public.example":
            raise AssertionError(f"requested {request.url}")
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(301, headers={"Location": "http://intranet.example/"})

    authority = Authority("P2", "Publicshire", "http://public.example/")
    crawl = run_crawl(
        authority, tmp_path / "s.sqlite", guard=AddressGuard(RESOLVER), transport=httpx.MockTransport(handler)
    )
    assert crawl.coverage.crawl_status == "refused"
    assert not crawl.coverage.start_reached


def test_a_start_host_that_does_not_resolve_fails_fast_as_dns(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request may be sent")

    authority = Authority("D1", "Nowhere", "http://no-such-council.example/")
    began = time.monotonic()
    crawl = run_crawl(
        authority, tmp_path / "s.sqlite", guard=AddressGuard(RESOLVER), transport=httpx.MockTransport(handler)
    )
    assert crawl.coverage.crawl_status == "dns"
    assert time.monotonic() - began < 2


def test_resolution_is_cached_per_host() -> None:
    calls: list[str] = []

    async def resolver(host: str) -> list[str]:
        calls.append(host)
        return ["203.0.113.9"]

    guard = AddressGuard(resolver)

    async def go() -> list[str]:
        return [await guard.refusal(f"http://a.example/{i}") for i in range(5)]

    assert asyncio.run(go()) == [""] * 5
    assert calls == ["a.example"]
