"""Property tests: hostile or random input never escapes as anything but the documented errors."""

from __future__ import annotations

import contextlib
import gzip
import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.config import parse_config
from auditor.decode import decode_html
from auditor.documents import document_text
from auditor.errors import ConfigError, RegistryError
from auditor.registry import parse_registry
from auditor.robots import parse_robots
from auditor.site import parse_html
from auditor.sitemaps import parse_sitemap
from auditor.urls import canonicalise
from checks.registry import CheckLoadError
from checks.rules import compile_rules

FUZZ = settings(max_examples=300, deadline=None)

url_chars = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
urlish = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}{path}",
    st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", ""]),
    st.text(alphabet="abcXYZ.-:[]0123456789@%", max_size=30),
    url_chars,
)


@FUZZ
@given(st.one_of(url_chars, urlish), st.one_of(st.none(), st.just("https://base.test/a/b")))
def test_canonicalise_is_total_and_idempotent(raw: str, base: str | None) -> None:
    once = canonicalise(raw, base)
    if once is not None:
        assert once.startswith(("http://", "https://"))
        assert "#" not in once
        assert canonicalise(once) == once


@FUZZ
@given(st.text(max_size=400))
def test_registry_parser_raises_only_registry_errors(text: str) -> None:
    try:
        parse_registry("code,name,local_offer_url\n" + text, "fuzz.csv")
    except RegistryError as exc:
        assert "\n" not in str(exc)


toml_values = st.recursive(
    st.one_of(st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(["crawl", "checks", "rules", "other"]), toml_values, max_size=3))
def test_config_parser_raises_only_config_errors(data: dict[str, object]) -> None:
    try:
        parse_config(data, "fuzz.toml")
    except ConfigError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(st.text(max_size=300))
def test_config_from_random_toml_text(text: str) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return
    with contextlib.suppress(ConfigError):
        parse_config(data, "fuzz.toml")


@FUZZ
@given(
    st.binary(max_size=600),
    st.sampled_from(["", "text/html; charset=utf-8", "text/html; charset=bogus", "text/html; charset=windows-1252"]),
)
def test_decode_never_raises(body: bytes, content_type: str) -> None:
    assert isinstance(decode_html(body, content_type), str)


@FUZZ
@given(st.binary(max_size=600), st.integers(0, 599))
def test_robots_parser_never_raises(body: bytes, status: int) -> None:
    robots = parse_robots(status, body, "localoffer")
    robots.rules.can_fetch("http://x.test/a", "localoffer")


def test_windows_1252_keeps_pound_and_curly_quote() -> None:
    body = "<p>Costs £5 – it’s free</p>".encode("cp1252")
    assert "£5 – it’s" in decode_html(body, "text/html")
    assert "£5 – it’s" in decode_html(body, "text/html; charset=ISO-8859-1")


# -- HTML → text model ------------------------------------------------------------------------------
# Markup fragments that stress the parser: unclosed and mis-nested tags, comments, CDATA, scripts,
# entities, templates and tables in odd places. Random concatenations of these (and random text)
# reach the tree builder's error-recovery paths far more often than random characters alone.
HTML_PIECES = [
    "<div>", "</div>", "<p>", "</p>", "<h1>", "</h2>", "<h3>", "<main>", "</main>", "<nav>", "<footer>",
    "<table><tr><td>", "</td></tr>", "<li>", "<ul>", "</ol>", "<a href='/x'>", "<a href=\"javascript:alert(1)\">",
    "</a>", "<q>", "</q>", "<blockquote>", "<br>", "<script>alert(1)</script>", "<style>p{}</style>", "<!--",
    "-->", "<![CDATA[x]]>", "<template>", "<svg><foreignObject><p>", "<math><mi>", "<base href='//evil/'>",
    "<meta http-equiv=refresh content='0;url=/y'>", "<meta name=dcterms.modified content='2024-02-30'>",
    "&amp;", "&#0;", "&#xD800;", "&#x110000;", "&bogus;", "<title>", "</title>", "<img onerror=alert(1)>",
    "\x00", "\ufeff", "\u202e", "\x1b[31m", "Last updated: 31 June 2026", "mediation", "<", ">", "\"", "'",
]  # fmt: skip


def _nested(depth: int) -> str:
    return "<div><span><b>" * depth + "deep text" + "</b></span></div>" * depth


html_docs = st.one_of(
    st.text(max_size=500),
    st.lists(st.one_of(st.sampled_from(HTML_PIECES), st.text(max_size=15)), max_size=60).map("".join),
    st.integers(1, 4000).map(_nested),  # far beyond any recursion limit
    st.builds(lambda n, v: f"<p {'a' * n}='{v * n}'>huge attribute</p>", st.integers(1, 20_000), st.text(max_size=3)),
    st.builds(lambda s: f"<p>{s}</p>", st.text(alphabet=st.characters(codec="utf-8"), max_size=200)),
    # Lone (invalid) surrogates: no decoder produces them, but a str from elsewhere may carry them.
    st.lists(st.sampled_from(["<p>", "\ud800", "\udfff", "text", "</p>"]), max_size=20).map("".join),
)


@FUZZ
@given(html_docs)
def test_parse_html_never_raises_and_keeps_the_model_well_formed(html: str) -> None:
    page = parse_html(html, "https://lo.test/a/b", fetched_at="2026-01-01T00:00:00Z")
    assert page.url == "https://lo.test/a/b"
    assert isinstance(page.title, str) and len(page.title) <= 500
    for block in page.blocks:
        assert isinstance(block.text, str)
        assert all(isinstance(h, str) for h in block.heading_path)
    for link in page.links:
        assert isinstance(link.url, str)
    if not any("\ud800" <= ch <= "\udfff" for ch in html):
        # What the checks quote ends up in SQLite, JSON and CSV: it must be encodable.
        for text in [page.title, *(b.text for b in page.blocks), *(link.text for link in page.links)]:
            text.encode("utf-8")
        assert "\x00" not in "".join(b.text for b in page.blocks)


# -- PDF and DOCX extraction ------------------------------------------------------------------------
def _valid_documents() -> tuple[bytes, bytes]:
    from tests.auditor.test_crawl_documents import tiny_docx, tiny_pdf

    return tiny_pdf("Mediation is voluntary and independent"), tiny_docx("Disagreement resolution", "Call us")


VALID_PDF, VALID_DOCX = _valid_documents()
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Applies (position, bytes removed, bytes inserted) edits: bit rot, truncation and splices."""
    out = bytearray(data)
    for pos, cut, insert in edits:
        at = pos % (len(out) + 1)
        out[at : at + cut] = insert
    return bytes(out)


mutations = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 64), st.binary(max_size=16)), max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["pdf", "docx"]), mutations, st.integers(0, 10**6))
def test_document_text_on_mutated_files_returns_text_or_a_problem(kind: str, edits: list, cut: int) -> None:  # type: ignore[type-arg]
    valid, ctype = (VALID_PDF, PDF_TYPE) if kind == "pdf" else (VALID_DOCX, DOCX_TYPE)
    body = _mutate(valid, edits)
    if cut % 4 == 0:
        body = body[: cut % (len(body) + 1)]  # a transfer cut short
    text, problem = document_text(body, ctype, f"https://lo.test/leaflet.{kind}")
    assert isinstance(text, str) and isinstance(problem, str)
    assert not (text and problem)
    if problem:
        assert "\n" not in problem


def test_unmutated_documents_are_read() -> None:
    assert "voluntary" in document_text(VALID_PDF, PDF_TYPE, "https://lo.test/a.pdf")[0]
    assert "Call us" in document_text(VALID_DOCX, DOCX_TYPE, "https://lo.test/a.docx")[0]


# -- robots.txt and sitemaps ------------------------------------------------------------------------
ROBOTS_LINES = [
    "User-agent: *", "User-agent: localoffer", "Disallow: /", "Disallow: /*?", "Allow: /send$", "Disallow:",
    "Crawl-delay: 5", "Crawl-delay: -1", "Crawl-delay: 1e309", "Crawl-delay: nan", "Sitemap: /relative.xml",
    "Sitemap: https://lo.test/sitemap.xml", "Sitemap:", "# comment", "Disallow: /%E2%82", "Allow: /\x00", "\ufeff",
    "Request-rate: 1/0", "Host: ", "Disallow: " + "*" * 500,
]  # fmt: skip


@FUZZ
@given(
    st.lists(st.one_of(st.sampled_from(ROBOTS_LINES), st.text(max_size=30)), max_size=25),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
)
def test_structured_robots_never_raise(lines: list[str], newline: str, path: str) -> None:
    robots = parse_robots(200, newline.join(lines).encode("utf-8", "surrogatepass"), "localoffer")
    assert robots.crawl_delay is None or isinstance(robots.crawl_delay, float)
    assert all(isinstance(s, str) for s in robots.sitemaps)
    robots.rules.can_fetch("https://lo.test/" + path, "localoffer")


SITEMAP_PIECES = [
    "<?xml version='1.0' encoding='UTF-8'?>", "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>",
    "</urlset>", "<sitemapindex>", "</sitemapindex>", "<url>", "</url>", "<sitemap>", "</sitemap>", "<loc>",
    "</loc>", "https://lo.test/send", "javascript:alert(1)", "&amp;", "&lt;", "&xxe;", "<!DOCTYPE x [",
    "<!ENTITY xxe SYSTEM 'file:///etc/passwd'>", "]>", "<![CDATA[https://lo.test/c]]>", "<!-- c -->", "\x00",
    "<?pi x?>", "<loc/>", "\ufeff",
]  # fmt: skip

sitemap_bodies = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(st.sampled_from(SITEMAP_PIECES), st.text(max_size=10)), max_size=40).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    ),
)


@FUZZ
@given(sitemap_bodies, st.booleans())
def test_sitemap_parser_never_raises(body: bytes, gzipped: bool) -> None:
    if gzipped:
        body = gzip.compress(body)
    sitemap = parse_sitemap(body, max_bytes=2_000, max_locs=30)
    assert len(sitemap.urls) + len(sitemap.sitemaps) <= 30
    assert all(isinstance(u, str) for u in (*sitemap.urls, *sitemap.sitemaps))
    if b"<!ENTITY" in body or b"<!DOCTYPE" in body:
        assert not sitemap.urls and not sitemap.sitemaps


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_corrupt_gzip_sitemaps_are_a_problem_not_an_exception(tail: bytes) -> None:
    body = b"\x1f\x8b" + tail
    sitemap = parse_sitemap(body, max_bytes=2_000)
    assert isinstance(sitemap.problem, str)


# -- the TOML rule loader ---------------------------------------------------------------------------
rule_keys = st.sampled_from(
    ["id", "version", "title", "legal_ref", "strength", "scope", "weight", "pass", "partial", "exclude", "fix", "bogus"]
)
condition_keys = st.sampled_from(
    ["all", "any", "none", "phrase", "heading", "link_text", "url_path", "document_link", "contact_near",
     "reviewed_within", "negative_context", "phrse"]
)  # fmt: skip
leaf_values = st.one_of(
    st.booleans(), st.integers(-3, 100), st.floats(allow_nan=True), st.text(max_size=12),
    st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["(", "[a-", "*", "\\", "(?P<x>", "a{99999999}"])),
             max_size=3),
)  # fmt: skip
conditions = st.recursive(
    leaf_values,
    lambda children: st.dictionaries(condition_keys, children, max_size=2) | st.lists(children, max_size=3),
    max_leaves=10,
)
rule_tables = st.one_of(
    st.dictionaries(rule_keys, conditions, max_size=8),
    st.fixed_dictionaries(
        {"id": st.text(max_size=8), "title": st.text(max_size=8), "strength": st.sampled_from(["must", "should", "x"])},
        optional={"pass": conditions, "partial": conditions, "weight": leaf_values, "scope": leaf_values},
    ),
    leaf_values,
)


@FUZZ
@given(st.lists(rule_tables, max_size=4))
def test_rule_loader_raises_only_check_load_errors(rules: list[object]) -> None:
    try:
        compiled = compile_rules(rules, where="fuzz.toml: rules")
    except CheckLoadError as exc:
        assert "\n" not in str(exc)
        return
    assert len({c.id for c in compiled}) == len(compiled)


@FUZZ
@given(st.text(max_size=300))
def test_rule_loader_from_random_toml_text(text: str) -> None:
    try:
        data = tomllib.loads("[[rules]]\n" + text)
    except tomllib.TOMLDecodeError:
        return
    with contextlib.suppress(CheckLoadError):
        compile_rules(data.get("rules", []), where="fuzz.toml: rules")
