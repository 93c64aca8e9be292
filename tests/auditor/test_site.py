"""The text model: blocks with heading paths, page furniture excluded, quotations flagged, dates."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.htmlblocks import FurnitureCache
from auditor.model import Authority, Coverage
from auditor.site import build_site, page_from_text, parse_html

PAGE = """<!DOCTYPE html><html><head><title>Mediation | Exampleshire Local Offer</title>
<meta property="article:modified_time" content="2026-09-01T10:00:00Z">
<base href="https://lo.example.gov.uk/send/">
<script>var s = "disagreement resolution";</script><style>p { color: red }</style></head>
<body>
<div id="cookie-banner"><p>We use cookies.</p></div>
<header class="site-header"><nav><ul><li><a href="/mediation">Mediation</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a></div>
<main>
<h1>Resolving disagreements</h1>
<p>Intro&nbsp;text about <b>SEND</b>.</p>
<h2>Mediation</h2>
<p>Call 0800 064 4488 or <a href="mailto:sen@example.org">email us</a>.</p>
<h3>Certificates</h3><ul><li>First point</li><li>Second point</li></ul>
<h2>What the Code says</h2>
<blockquote><p>The CCG must take part.</p></blockquote>
<p>He said <q>the CCG</q> was involved.</p>
<table><tr><th>You said</th><td>We did</td></tr></table>
<dl><dt>Term</dt><dd>Meaning</dd></dl>
<div class="accordion"><h3><button>What is DR?</button></h3><div hidden><p>Panel text.</p></div></div>
<aside><p>Related: family mediation</p></aside>
<p>Last updated: 3 October 2026</p>
<p><time datetime="2026-09-12">12 September</time></p>
<a href="leaflet.pdf">Leaflet (PDF)</a>
</main>
<footer><p>Footer text</p></footer>
<noscript>Enable JavaScript</noscript><template><p>Hidden template</p></template>
</body></html>"""


def _page():
    return parse_html(PAGE, "https://lo.example.gov.uk/send/mediation", depth=2, fetched_at="2026-11-01")


def test_title_depth_and_main_blocks() -> None:
    page = _page()
    assert page.title == "Mediation | Exampleshire Local Offer"
    assert page.depth == 2
    texts = [b.text for b in page.main_blocks]
    assert texts[:2] == ["Resolving disagreements", "Intro text about SEND."]
    assert "We use cookies." not in texts and "Footer text" not in texts and "Home" not in texts
    assert "Related: family mediation" not in texts  # <aside> is furniture
    assert "Related: family mediation" in [b.text for b in page.blocks]  # …but still kept, flagged


def test_heading_paths() -> None:
    blocks = {b.text: b for b in _page().blocks}
    assert blocks["Call 0800 064 4488 or email us."].heading_path == ("Resolving disagreements", "Mediation")
    assert blocks["First point"].heading_path == ("Resolving disagreements", "Mediation", "Certificates")
    assert blocks["First point"].kind == "li"
    assert blocks["Mediation"].kind == "h2" and blocks["Mediation"].heading_path == ("Resolving disagreements",)
    assert blocks["Panel text."].heading_path == ("Resolving disagreements", "What the Code says", "What is DR?")
    assert blocks["You said"].kind == "th" and blocks["We did"].kind == "td"
    assert blocks["Term"].kind == "dt" and blocks["Meaning"].kind == "dd"


def test_quotations_flagged() -> None:
    blocks = {b.text: b for b in _page().blocks}
    assert blocks["The CCG must take part."].quoted
    inline = blocks["He said \u201cthe CCG\u201d was involved."]
    assert not inline.quoted  # a short inline <q> marks its words with quotation marks instead
    assert not blocks["Intro text about SEND."].quoted


def test_scripts_styles_templates_ignored() -> None:
    all_text = " ".join(b.text for b in _page().blocks)
    assert "disagreement resolution" not in all_text
    assert "color" not in all_text and "Hidden template" not in all_text and "Enable JavaScript" not in all_text


def test_links_absolute_with_base_and_main_flag() -> None:
    links = {link.text: link for link in _page().links}
    assert links["Leaflet (PDF)"].url == "https://lo.example.gov.uk/send/leaflet.pdf"
    assert links["Leaflet (PDF)"].in_main
    assert links["Mediation"].url == "https://lo.example.gov.uk/mediation" and not links["Mediation"].in_main
    assert links["email us"].url == "mailto:sen@example.org"


def test_dates_from_meta_time_and_labels() -> None:
    assert set(_page().dates) == {"2026-09-01", "2026-09-12", "2026-10-03"}


def test_numeric_and_published_dates() -> None:
    page = parse_html("<p>Published: 12/09/2026</p><p>Reviewed on 5th March 2025</p>", "https://x.gov.uk/")
    assert set(page.dates) == {"2026-09-12", "2025-03-05"}


def test_without_main_everything_but_furniture_is_main() -> None:
    html = "<body><nav><a href='/a'>Menu</a></nav><div class='content'><p>Body text here.</p></div></body>"
    page = parse_html(html, "https://x.gov.uk/")
    assert [b.text for b in page.main_blocks] == ["Body text here."]


def test_class_tokens_are_matched_whole() -> None:
    html = "<div class='content-with-sidebar'><p>Real content.</p></div><div class='sidebar'><p>Side.</p></div>"
    page = parse_html(html, "https://x.gov.uk/")
    assert [b.text for b in page.main_blocks] == ["Real content."]


def test_double_br_splits_paragraphs() -> None:
    page = parse_html("<div>First para<br><br>Second para<br>same para</div>", "https://x.gov.uk/")
    assert [b.text for b in page.blocks] == ["First para", "Second para same para"]


def test_malformed_input_never_raises() -> None:
    for junk in ("", "<<<>>>", "<p>unclosed <b>bold <div>x", "\x00\xff<!--", "<" * 5000, "<div>" * 20000 + "deep"):
        page = parse_html(junk, "https://x.gov.uk/")
        assert page.url == "https://x.gov.uk/"
    deep = parse_html("<div>" * 20000 + "deep text", "https://x.gov.uk/")
    assert any(b.text == "deep text" for b in deep.blocks)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdpqhli1&;#x\n")), max_size=400))
def test_parse_html_total_on_random_markup(html: str) -> None:
    page = parse_html(html, "https://x.gov.uk/")
    assert all(b.text == b.text.strip() and b.text for b in page.blocks)


def test_page_from_text_paragraphs_headings_and_dates() -> None:
    text = (
        "Disagreement Resolution Leaflet\n\nWhat is disagreement resolution\nIt is a free service.\n"
        "It is independent.\n\n\u2022 Call 0800 064 4488\n\u2022 Email us\n\nLast updated 3 October 2026."
    )
    page = page_from_text(text, "https://x.gov.uk/dr.pdf", depth=3)
    assert page.is_document and page.title == "Disagreement Resolution Leaflet" and page.depth == 3
    texts = [b.text for b in page.blocks]
    assert "It is a free service." in texts and "Call 0800 064 4488" in texts
    body = next(b for b in page.blocks if b.text == "It is a free service.")
    assert body.heading_path == ("Disagreement Resolution Leaflet", "What is disagreement resolution")
    assert page.dates == ("2026-10-03",)


def test_build_site_sorts_by_url() -> None:
    pages = [parse_html("<p>b</p>", "https://x.gov.uk/b"), parse_html("<p>a</p>", "https://x.gov.uk/a")]
    site = build_site(Authority("E1", "X", "https://x.gov.uk/"), pages, Coverage(), "2026-11-01T00:00:00Z")
    assert [p.url for p in site.pages] == ["https://x.gov.uk/a", "https://x.gov.uk/b"]
    assert site.crawled_at == "2026-11-01T00:00:00Z"


def test_page_from_text_keeps_hard_wrapped_sentences_whole() -> None:
    # Converted PDFs break lines at a fixed width and repeat a running header on every page: a
    # wrapped line without punctuation is not a heading, and the header must not cut a sentence.
    text = (
        "Fernleigh Council - Local Offer leaflet    Page 1\n"
        "Who runs it\n"
        "Our meetings are run by Stillwater Mediation CIC, who are not part of\n"
        "the council. Nothing said at a meeting can be used later at the Tribunal\n"
        "Fernleigh Council - Local Offer leaflet    Page 2\n"
        "without everyone agreeing to it. Ring 01632 960 734 to book a meeting with a\n"
        "Stillwater facilitator.\n"
    )
    page = page_from_text(text, "https://x.gov.uk/leaflet.pdf")
    texts = [b.text for b in page.blocks]
    assert texts[0] == "Fernleigh Council - Local Offer leaflet Page 1"
    assert "Who runs it" in texts
    assert any("not part of the council." in t for t in texts)
    assert any("at the Tribunal without everyone agreeing" in t for t in texts)
    assert any(t.endswith("with a Stillwater facilitator.") for t in texts)
    assert not any("Page 2" in t for t in texts)


def test_page_from_text_wrapped_line_is_measured_against_the_documents_own_width() -> None:
    # A leaflet wrapped at about 60 characters: a 53-character line without punctuation whose next
    # line starts with a capital (a name) is body text, not a heading, because it fills most of the
    # document's width; a short line before a new sentence is still a heading.
    text = (
        "Resolving disagreements\n\n"
        "How to ask\n"
        "Ashgrove Borough Council has commissioned Quarry Lane\n"
        "Mediation Services to run disagreement resolution for families\n"
        "and young people in the borough, free of charge to them.\n"
    )
    page = page_from_text(text, "https://x.gov.uk/leaflet.pdf")
    texts = [b.text for b in page.blocks]
    assert any(
        t.startswith("Ashgrove Borough Council has commissioned Quarry Lane Mediation Services to run") for t in texts
    )
    heading = next(b for b in page.blocks if b.text == "How to ask")
    assert heading.kind == "h2"
    # The same line in a document wrapped at 80 characters stands alone: it is short for that width.
    wide = text.replace("families\nand young", "families and young people, their parents and carers,\nand young")
    assert any(
        b.text == "Ashgrove Borough Council has commissioned Quarry Lane"
        for b in page_from_text(wide, "https://x.gov.uk/w.pdf").blocks
    )


def test_page_from_text_running_header_labels_the_document() -> None:
    # The running header dropped from the body still says what the document is.
    text = (
        "Disagreement resolution\n\n"
        "Our facilitators come from an independent organisation and are\n"
        "Ashgrove SEND Local Offer - DR leaflet    Page 2\n"
        "not employed by the council.\n"
        "Ashgrove SEND Local Offer - DR leaflet    Page 3\n"
        "Call 01632 960 111.\n"
    )
    page = page_from_text(text, "https://x.gov.uk/leaflet.pdf")
    assert page.title == "Disagreement resolution | Ashgrove SEND Local Offer - DR leaflet"
    assert not any("Page 2" in b.text for b in page.blocks)
    assert page_from_text(text, "https://x.gov.uk/l.pdf", title="Given").title == "Given"


# Furniture of every kind the walk treats specially: headings (heading paths of the blocks after
# them), hrefs relative to the page and to the origin, <time>, a quotation, <br><br>, a header
# inside sectioning content (content, not furniture) and furniture nested in furniture.
FURNITURE = [
    "<nav class='site-nav'><h2>Menu</h2><ul><li><a href='/send/mediation'>Mediation</a></li>"
    "<li><a href='sendiass'>SENDIASS</a></li><li><a href='https://other.test/x'>Elsewhere</a></li></ul></nav>",
    "<footer><p>Page last updated: <time datetime='2026-03-01'>1 March 2026</time></p>"
    "<nav><a href='/privacy'>Privacy</a></nav></footer>",
    "<aside><h3>Related</h3><p>Family mediation<br><br><q>quoted</q> text</p></aside>",
    "<div class='breadcrumbs'><a href='/'>Home</a> &gt; <a href='../up'>Up</a></div>",
    "<div role='navigation' aria-label='Section'><h4>In this section</h4><a href='/a'>A</a></div>",
    "<div class='cookie-banner'><p>We use cookies.</p></div>",
]
CONTENT = [
    "<h1>Resolving disagreements</h1>",
    "<h2>Mediation</h2>",
    "<p>Call the service on 0800 000 0000.</p>",
    "<article><header><h2>News</h2></header><p>Body</p></article>",
    "<blockquote><p>The Code says so.</p></blockquote>",
    "<main>",
    "</main>",
    "<p>Last updated 3 October 2026</p>",
]
site_pages = st.lists(
    st.tuples(
        st.lists(st.sampled_from(FURNITURE + CONTENT), max_size=12).map("".join),
        st.sampled_from(["https://lo.test/send/a", "https://lo.test/send/deep/b", "https://lo.test/c"]),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=150, deadline=None)
@given(site_pages)
def test_a_shared_furniture_cache_never_changes_a_page(pages: list[tuple[str, str]]) -> None:
    cache = FurnitureCache()
    for html, url in pages:
        assert parse_html(html, url, furniture=cache) == parse_html(html, url)


def test_furniture_is_walked_once_per_site_and_placed_in_each_page() -> None:
    nav = FURNITURE[0]
    first = f"<body>{nav}<main><h1>One</h1><p>First page.</p></main></body>"
    second = f"<body><main><h1>Two</h1><h2>Deep</h2>{nav}<p>Second page.</p></main></body>"
    cache = FurnitureCache()
    one = parse_html(first, "https://lo.test/send/one", furniture=cache)
    entries = len(cache)
    two = parse_html(second, "https://lo.test/other/two", furniture=cache)
    assert entries >= 1 and len(cache) == entries + 1  # the same nav in another context is a new entry
    three = parse_html(first, "https://lo.test/other/three", furniture=cache)
    assert len(cache) == entries + 1  # the same nav in the same context: reused
    # Reused, yet resolved against each page and placed after each page's own headings.
    assert "https://lo.test/send/sendiass" in [link.url for link in one.links]
    assert "https://lo.test/other/sendiass" in [link.url for link in three.links]
    menu = next(b for b in two.blocks if b.text == "Mediation")
    assert not menu.in_main and menu.heading_path[-1] == "Menu"
    assert two == parse_html(second, "https://lo.test/other/two")
