"""The DOM walk behind ``auditor.site.parse_html``: HTML → blocks (with heading paths, main
content versus page furniture, quotation flags), links and ``<time>`` dates.

The walk is iterative (an explicit stack), so pathological nesting cannot reach Python's
recursion limit. All its state lives in one ``_Walk`` object per page: nothing is shared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from auditor.dates import parse_date_value
from auditor.model import Block, Link

#: Never text: code, styling, hidden templates, form option lists and embedded objects.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "datalist",
        "textarea",
        "input",
        "head",
        "title",
        "meta",
        "link",
        "audio",
        "video",
        "picture",
        "source",
        "track",
        "map",
    ]
)
#: Inline tags continue the current block; every other element starts and ends one.
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "button",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "output",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    ]
)
#: The tag that names a block's kind; text directly inside another container reads as "p".
KIND_TAGS = frozenset(
    ["p", "li", "td", "th", "dt", "dd", "pre", "caption", "figcaption", "address", "summary", "blockquote", "legend"]
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
SECTIONING = frozenset({"article", "section", "main"})
# Class and id tokens of page furniture. Whole tokens only (with common prefixes/suffixes): a
# loose substring test would throw away "content-with-sidebar" wrappers holding the real text.
_CHROME_TOKEN = re.compile(
    r"^(?:(?:site|global|main|primary|secondary|top|page|mobile|header|footer|side|sub|utility|local)[-_]?)?"
    r"(?:nav|navbar|navigation|menu|megamenu|mega-menu|breadcrumbs?|crumbs|cookies?|cookie[-_]?(?:banner|bar|notice|"
    r"consent|message|policy)|consent|gdpr|footer|site[-_]header|global[-_]header|masthead|sidebar|skip[-_]?links?|"
    r"skip[-_]to[-_]content|toolbar|social[-_]?links|share|sharing|back[-_]to[-_]top|feedback[-_]?widget)"
    r"(?:[-_](?:wrapper|container|inner|outer|bar|banner|links|list|region|area|block|holder|panel|nav|menu))?$",
    re.I,
)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def clean_text(text: str) -> str:
    """Whitespace collapsed to single spaces; invisible characters (soft hyphens…) removed."""
    # str.split() without arguments splits on every Unicode space (nbsp included), in C: this runs
    # for every text node of every page, where a regex substitution was a third of parse time.
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


@dataclass
class _Ctx:
    in_main: bool
    quoted: bool
    kind: str
    sectioning: bool = False


@dataclass
class Walk:
    """Mutable state of one page walk (local to one call of ``parse_html``)."""

    base: str
    origin: str = ""
    main_heads: list[tuple[int, str]] = field(default_factory=list)
    other_heads: list[tuple[int, str]] = field(default_factory=list)
    pieces: list[tuple[str, _Ctx]] = field(default_factory=list)
    last_br: bool = False
    #: A piece with more than whitespace was collected since the last flush.
    has_text: bool = False
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    def heads(self, in_main: bool) -> list[tuple[int, str]]:
        return self.main_heads if in_main else self.other_heads

    def flush(self, ctx: _Ctx, heading_level: int = 0) -> None:
        if not self.has_text:  # most element boundaries: only the whitespace between tags
            self.pieces.clear()
            self.last_br = False
            return
        pieces, self.pieces, self.last_br, self.has_text = self.pieces, [], False, False
        text = clean_text("".join(p for p, _ in pieces))
        if not text:
            return
        total = main = quote = 0
        for piece, c in pieces:  # one pass: this runs for every block of every page
            total += len(piece)
            if c.in_main:
                main += len(piece)
            if c.quoted:
                quote += len(piece)
        total = total or 1
        in_main = main * 2 >= total
        quoted = ctx.quoted or quote * 2 > total
        heads = self.heads(in_main)
        if heading_level:
            while heads and heads[-1][0] >= heading_level:
                heads.pop()
            path = tuple(h for _, h in heads)
            heads.append((heading_level, text[:300]))
            self.blocks.append(Block(text, path, f"h{heading_level}", in_main, quoted))
        else:
            self.blocks.append(Block(text, tuple(h for _, h in heads), ctx.kind, in_main, quoted))


def _is_chrome(tag: str, attrs: dict[str, str | None], inside_sectioning: bool) -> bool:
    if tag in ("nav", "aside"):
        return True
    if tag in ("header", "footer") and not inside_sectioning:
        return True
    if not attrs:
        return False
    # Menus repeat the same few class/id/role combinations hundreds of times a page.
    return _chrome_attrs(attrs.get("role"), attrs.get("aria-label"), attrs.get("class"), attrs.get("id"))


@lru_cache(maxsize=8192)
def _chrome_attrs(role: str | None, label: str | None, klass: str | None, ident: str | None) -> bool:
    if (role or "").strip().lower() in CHROME_ROLES:
        return True
    lowered = (label or "").lower()
    if any(word in lowered for word in ("breadcrumb", "cookie", "consent")):
        return True
    return any(_CHROME_TOKEN.match(token) for token in f"{klass or ''} {ident or ''}".split())


def _heading_level(tag: str, attrs: dict[str, str | None]) -> int:
    if tag in HEADINGS:
        return HEADINGS[tag]
    if (attrs.get("role") or "").lower() == "heading":
        level = (attrs.get("aria-level") or "2").strip()
        return int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2
    return 0


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _main_region_exists(tree: LexborHTMLParser) -> bool:
    """True when a ``<main>``/role=main holds a real share of the text (not an empty landmark)."""
    mains = tree.css("main, [role=main]")
    if not mains:
        return False
    main_len = sum(len(clean_text(m.text(separator=" "))) for m in mains)
    if main_len >= 200:
        return True  # the common case: no need to measure the whole body
    body = tree.body
    body_len = len(clean_text(body.text(separator=" "))) if body is not None else 0
    return body_len > 0 and main_len * 10 >= body_len


def walk(tree: LexborHTMLParser, state: Walk) -> None:
    root = tree.body or tree.root
    if root is None:
        return
    has_main = _main_region_exists(tree)
    Frame = tuple[LexborNode, _Ctx, bool, int]  # node, context, exiting?, heading level
    stack: list[Frame] = [(root, _Ctx(in_main=not has_main, quoted=False, kind="p"), False, 0)]
    in_heading = 0
    while stack:
        node, ctx, exiting, level = stack.pop()
        tag = (node.tag or "").lower()
        if exiting:
            if tag == "q":
                state.pieces.append(("\u201d", ctx))
                state.has_text = True
            elif level:
                in_heading -= 1
                state.flush(ctx, level)
            elif tag not in INLINE_TAGS and not in_heading:
                state.flush(ctx)
            continue
        if tag == "-text":
            text = node.text_content or ""
            if text:
                if text.strip():
                    state.last_br = False
                    state.has_text = True
                state.pieces.append((text, ctx))
            continue
        if not node.is_element_node or tag in SKIP_TAGS:
            continue
        attrs = node.attributes  # a fresh dict from selectolax
        if tag == "br":
            # Two <br> in a row are how many CMS pages separate paragraphs inside one <div>.
            if state.last_br and not in_heading:
                state.flush(ctx)
            else:
                state.pieces.append((" ", ctx))
                state.last_br = True
            continue
        new = _Ctx(ctx.in_main, ctx.quoted, ctx.kind, ctx.sectioning)
        if tag == "main" or (attrs.get("role") or "").lower() == "main":
            new.in_main = True
        if _is_chrome(tag, attrs, ctx.sectioning):
            new.in_main = False
        if tag in SECTIONING:
            new.sectioning = True
        if tag in ("blockquote", "q"):
            new.quoted = True
        if tag in KIND_TAGS:
            new.kind = "blockquote" if tag == "blockquote" and ctx.kind == "p" else tag
        heading = _heading_level(tag, attrs)
        if heading and in_heading:
            heading = 0  # a heading inside a heading is just its text
        if tag == "time" and attrs.get("datetime"):
            iso = parse_date_value(attrs.get("datetime") or "")
            if iso:
                state.dates.append(iso)
        if tag in ("a", "area") and attrs.get("href"):
            _add_link(state, node, attrs.get("href") or "", new.in_main)
        if heading:
            state.flush(ctx)
            in_heading += 1
        elif tag not in INLINE_TAGS and not in_heading:
            state.flush(ctx)
        if tag == "q":
            state.pieces.append(("\u201c", new))
            state.has_text = True
        stack.append((node, new, True, heading))
        for child in reversed(_children(node)):
            stack.append((child, new, False, 0))
    state.flush(_Ctx(True, False, "p"))


# A site's menus hold a few hundred distinct hrefs; a bigger cache only kept earlier sites' URLs
# alive in a judging worker (65,536 entries grew it by ~20 MB over 20 sites).
@lru_cache(maxsize=4096)
def _join(base: str, href: str) -> str | None:
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def _add_link(state: Walk, node: LexborNode, href: str, in_main: bool) -> None:
    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith(("javascript:", "data:")):
        return
    # Menus repeat on every page: a root-relative href means the same on every page of the origin,
    # so it is resolved against the origin and the (pure) resolution is memoised.
    base = state.origin if href.startswith("/") and not href.startswith("//") else state.base
    url = _join(base, href)
    if url is None:
        return
    state.links.append(Link(url, clean_text(node.text(separator=" "))[:300], in_main))
