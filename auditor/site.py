"""Stored bodies → the text model the checks read: pages of blocks with heading paths and links.

Each page is parsed once, with selectolax's Lexbor parser (an order of magnitude faster than
BeautifulSoup on council pages, which are often megabytes of menus). The walk over the DOM is
iterative, so pathological nesting cannot hit Python's recursion limit, and any failure falls
back to a plain-text reading: a check must never be robbed of a page by a parser exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from auditor.dates import labelled_dates_in, parse_date_value
from auditor.htmlblocks import FurnitureCache, Walk, clean_text, walk
from auditor.model import Authority, Block, Coverage, Page, Site

_META_DATES = frozenset(
    [
        "article:modified_time",
        "article:published_time",
        "og:updated_time",
        "dcterms.modified",
        "dcterms.created",
        "dcterms.issued",
        "dc.date",
        "dc.date.modified",
        "dc.date.created",
        "last-modified",
        "date",
        "revised",
        "modified",
    ]
)


def _meta_dates(tree: LexborHTMLParser) -> list[str]:
    out = []
    for meta in tree.css("meta"):
        attrs = meta.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        if key in _META_DATES or key in ("datemodified", "datepublished"):
            iso = parse_date_value(attrs.get("content") or "")
            if iso:
                out.append(iso)
    return out


def _title(tree: LexborHTMLParser) -> str:
    node = tree.css_first("title")
    if node is not None and clean_text(node.text()):
        return clean_text(node.text())[:500]
    og = tree.css_first('meta[property="og:title"]')
    if og is not None and (og.attributes.get("content") or "").strip():
        return clean_text(og.attributes.get("content") or "")[:500]
    h1 = tree.css_first("h1")
    return clean_text(h1.text(separator=" "))[:500] if h1 is not None else ""


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def parse_html(
    html: str,
    url: str,
    *,
    final_url: str = "",
    depth: int = 0,
    fetched_at: str = "",
    body_hash: str = "",
    content_type: str = "text/html",
    furniture: FurnitureCache | None = None,
) -> Page:
    """One HTML page as blocks (with heading paths, main/furniture and quotation flags), links
    (absolute, with anchor text), its title and the dates it carries. Never raises on junk.
    Pages of one site may share a ``furniture`` cache: the result is the same, only faster."""
    final = final_url or url
    common = {"depth": depth, "fetched_at": fetched_at, "body_hash": body_hash, "content_type": content_type}
    try:
        tree = LexborHTMLParser(html.replace("\x00", ""))
        base = final
        base_node = tree.css_first("base[href]")
        if base_node is not None and (base_node.attributes.get("href") or "").strip():
            base = urljoin(final, (base_node.attributes.get("href") or "").strip())
        parts = urlsplit(base)
        state = Walk(base=base, origin=f"{parts.scheme}://{parts.netloc}")
        walk(tree, state, furniture)
        text_dates = labelled_dates_in([b.text for b in state.blocks])
        dates = _unique([*_meta_dates(tree), *state.dates, *text_dates])
        return Page(
            url=url,
            final_url=final,
            title=_title(tree),
            blocks=tuple(state.blocks),
            links=tuple(state.links),
            dates=dates,
            **common,  # type: ignore[arg-type]
        )
    except Exception:  # noqa: BLE001 - hostile markup must degrade to text, not end the audit
        text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>|<[^>]*>", " ", html)
        page = page_from_text(text, url, final_url=final, **common)  # type: ignore[arg-type]
        return replace(page, is_document=False)


# Document text: a heading is a short line with no closing punctuation that starts with a capital.
_HEADING_LINE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^.!?;:,]{1,80}$")
_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043\u25e6*\-]|\d+[.)]|[a-z][.)])\s+")


# A line ending in one of these words runs on into the next line (a hard line break, not a heading).
_RUNS_ON = re.compile(
    r"\b(?:a|an|the|of|to|and|or|but|for|with|by|from|in|on|at|as|is|are|was|be|can|will|your|our|their|its"
    r"|this|that|who|which|than|about)$",
    re.I,
)


def _lines(text: str) -> list[str]:
    return [raw.strip() for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _running_key(line: str) -> str:
    """The line with its numbers blanked: what a running header's lines have in common."""
    return re.sub(r"\d+", "#", line)


def _running_lines(lines: list[str]) -> set[str]:
    """Running headers and footers of converted PDFs ("Council - Local Offer    Page 2"): the
    ``_running_key`` of lines that recur with only their numbers changed. Left in, they cut
    sentences at every page break; a line repeated word for word (a table row) is kept."""
    variants: dict[str, set[str]] = {}
    for line in lines:
        if re.search(r"\d", line):
            variants.setdefault(_running_key(line), set()).add(line)
    return {key for key, seen in variants.items() if len(seen) >= 2}


# A line at least this long is body text whatever the document's wrap width ...
_BODY_LINE = 55
# ... and so is one that fills this share of the document's own wrap width (a leaflet wrapped at 64
# characters breaks "Briarmoor County Council has commissioned Crossroads" at 52).
_WRAP_SHARE = 0.8


def _running_label(lines: list[str], running: set[str]) -> str:
    """What a document's running header or footer calls it ("Briarmoor SEND Local Offer -
    Disagreement resolution leaflet" from "…    Page 2"), without its page number; "" if none."""
    for line in lines:
        if line and _running_key(line) in running:
            return re.sub(r"(?i)[\s|-]*(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?[\s|-]*$", "", line).strip(" -|")
    return ""


def _wrap_width(lines: list[str]) -> int:
    """The document's wrap width: its longest line that plainly runs on into the next (the next line
    goes on in lower case); 0 when no line does (text that is not hard-wrapped)."""
    return max((len(a) for a, b in zip(lines, lines[1:], strict=False) if a and b[:1].islower()), default=0)


def _runs_on(line: str, following: str, width: int = 0) -> bool:
    """A heading-like line that is really a sentence broken at the line's end: the next line goes on
    in lower case, the line ends in a word that needs a continuation, or it is as long as a line of
    wrapped body text (a heading rarely is): 55 characters, or four fifths of the document's own
    wrap width when that is narrower."""
    body = min(_BODY_LINE, _WRAP_SHARE * width) if width else _BODY_LINE
    return following[:1].islower() or len(line) >= body or bool(_RUNS_ON.search(line))


def _document_paragraphs(lines: list[str], running: set[str]) -> list[str]:
    """Paragraphs from extracted document text (its ``_lines`` and ``_running_lines``): blank lines
    end one; so does a bullet, a heading line, or a line that ends a sentence followed by one that
    starts a new one (PDF text often lacks blank lines). Running headers after the first line are
    dropped so that hard-wrapped sentences stay whole."""
    first = next((i for i, line in enumerate(lines) if line), -1)
    kept = [line for i, line in enumerate(lines) if i == first or not line or _running_key(line) not in running]
    width = _wrap_width(kept)
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", "\n".join(kept)):
        current: list[str] = []
        for line in chunk.split("\n"):
            if not line:
                continue
            starts_new = bool(_BULLET.match(line)) or (
                bool(current) and current[-1].rstrip().endswith((".", "!", "?", ":")) and line[:1].isupper()
            )
            heading = len(current) == 1 and _HEADING_LINE.match(current[-1]) and not _runs_on(current[-1], line, width)
            if current and (starts_new or heading):
                paragraphs.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            paragraphs.append(" ".join(current))
    return paragraphs


def page_from_text(
    text: str,
    url: str,
    *,
    final_url: str = "",
    depth: int = 0,
    fetched_at: str = "",
    body_hash: str = "",
    content_type: str = "application/pdf",
    title: str = "",
) -> Page:
    """Document text (from a PDF or DOCX) as a page: paragraphs become blocks; short capitalised
    lines without punctuation are read as headings so that quotes carry a heading path."""
    blocks: list[Block] = []
    top, sub = "", ""
    lines = _lines(text or "")
    running = _running_lines(lines)
    for para in _document_paragraphs(lines, running):
        para = clean_text(para)
        if not para:
            continue
        if _HEADING_LINE.match(para) and len(para.split()) <= 12:
            if not top and not blocks:
                top = para
                blocks.append(Block(para, (), "h1"))
            else:
                sub = para
                blocks.append(Block(para, (top,) if top else (), "h2"))
            continue
        bullet = _BULLET.match(para)
        kind = "li" if bullet else "p"
        body = para[bullet.end() :] if bullet and para[bullet.end() :].strip() else para
        blocks.append(Block(body, tuple(h for h in (top, sub) if h), kind))
    dates = _unique(labelled_dates_in([b.text for b in blocks]))
    doc_title = title or next((b.text for b in blocks if b.kind in ("h1", "h2")), "")
    if not doc_title and blocks:
        doc_title = blocks[0].text[:120]
    label = "" if title else _running_label(lines, running)
    if label and label.lower() not in doc_title.lower():
        # The running header is the document's own label: "Disagreement resolution | Briarmoor SEND Local Offer"
        doc_title = f"{doc_title} | {label}" if doc_title else label
    return Page(
        url=url,
        final_url=final_url or url,
        title=doc_title[:500],
        blocks=tuple(blocks),
        depth=depth,
        fetched_at=fetched_at,
        body_hash=body_hash,
        content_type=content_type,
        is_document=True,
        dates=dates,
    )


def _url_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path}?{parts.query}"


def build_site(authority: Authority, pages: Iterable[Page], coverage: Coverage, crawled_at: str) -> Site:
    """The pages of one authority in a deterministic order (by URL), so verdicts and the order
    of evidence never depend on the order the crawler happened to fetch in."""
    ordered = sorted(pages, key=lambda p: (_url_key(p.url), p.url, p.body_hash))
    return Site(authority=authority, pages=tuple(ordered), coverage=coverage, crawled_at=crawled_at)
