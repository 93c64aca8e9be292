"""The DOM walk behind ``auditor.site.parse_html``: HTML → blocks (with heading paths, main
content versus page furniture, quotation flags), links and ``<time>`` dates.

The walk is iterative (an explicit stack), so pathological nesting cannot reach Python's
recursion limit. All its state lives in one ``Walk`` object per page; the only thing pages share
is a site's ``FurnitureCache`` of menus and footers already walked.
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
    if not text.isascii() and _INVISIBLE.search(text):  # the invisible characters are all non-ASCII
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


@dataclass
class _Ctx:
    in_main: bool
    quoted: bool
    kind: str
    sectioning: bool = False


HeadPath = tuple[tuple[int, str], ...]  # the open headings: (level, text)
Heads = tuple[HeadPath, HeadPath]  # main content's and furniture's


@dataclass
class Furniture:
    """What walking one furniture subtree (a menu, a footer) adds to a page, recorded before it
    is placed: blocks without their heading paths, links with their raw hrefs, ``<time>`` dates."""

    blocks: list[tuple[str, str, int, bool, bool]] = field(default_factory=list)  # text, kind, level, main, quoted
    links: list[tuple[str, str, bool]] = field(default_factory=list)  # href, text, main
    dates: list[str] = field(default_factory=list)
    #: Blocks as placed after given heading paths (main, other), with the heading paths after them.
    placed: dict[Heads, tuple[tuple[Block, ...], HeadPath, HeadPath]] = field(default_factory=dict)
    #: Links as resolved against a base (or against the origin, when every href is root-relative).
    resolved: dict[str, tuple[Link, ...]] = field(default_factory=dict)
    #: Every href is root-relative, so the links resolve the same on every page of the origin.
    origin_relative: bool = False


class FurnitureCache:
    """Furniture walked once per site. Council menus and footers repeat byte for byte on every
    page and hold most of its elements (70% on the bench web), so a site's pages share one cache.
    The key is the subtree's HTML and the context it sits in: a hit adds exactly what walking the
    subtree again would. Bounded in total HTML size, so a hostile site cannot grow it at will."""

    def __init__(self, max_chars: int = 8_000_000) -> None:
        self._entries: dict[tuple[str, bool, bool, str, bool], Furniture] = {}
        self._chars = 0
        self._max_chars = max_chars

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[str, bool, bool, str, bool]) -> Furniture | None:
        return self._entries.get(key)

    def put(self, key: tuple[str, bool, bool, str, bool], furniture: Furniture) -> None:
        if self._chars + len(key[0]) <= self._max_chars:
            self._entries[key] = furniture
            self._chars += len(key[0])


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
    #: Set while walking a furniture subtree to record it for reuse (``FurnitureCache``) rather
    #: than add its blocks and links to a page.
    furniture: Furniture | None = None

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
        kind = f"h{heading_level}" if heading_level else ctx.kind
        if self.furniture is None:
            self.emit(text, kind, heading_level, in_main, quoted)
        else:
            self.furniture.blocks.append((text, kind, heading_level, in_main, quoted))

    def emit(self, text: str, kind: str, heading_level: int, in_main: bool, quoted: bool) -> None:
        heads = self.heads(in_main)
        if heading_level:
            while heads and heads[-1][0] >= heading_level:
                heads.pop()
            path = tuple(h for _, h in heads)
            heads.append((heading_level, text[:300]))
        else:
            path = tuple(h for _, h in heads)
        self.blocks.append(Block(text, path, kind, in_main, quoted))

    def replay(self, furniture: Furniture) -> None:
        """What a walk of the same furniture recorded, added to this page as if walked here:
        headings update this page's heading paths, hrefs resolve against this page's base.
        Both are remembered per starting point, since most pages start from the same one."""
        before = (tuple(self.main_heads), tuple(self.other_heads))
        placed = furniture.placed.get(before)
        if placed is None:
            start = len(self.blocks)
            for block in furniture.blocks:
                self.emit(*block)
            placed = (tuple(self.blocks[start:]), tuple(self.main_heads), tuple(self.other_heads))
            furniture.placed[before] = placed
        else:
            self.blocks += placed[0]
            self.main_heads[:], self.other_heads[:] = placed[1], placed[2]
        base = self.origin if furniture.origin_relative else self.base
        links = furniture.resolved.get(base)
        if links is None:
            start = len(self.links)
            for href, text, in_main in furniture.links:
                _resolve_link(self, href, text, in_main)
            furniture.resolved[base] = tuple(self.links[start:])
        else:
            self.links += links
        self.dates += furniture.dates


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


def walk(tree: LexborHTMLParser, state: Walk, furniture: FurnitureCache | None = None) -> None:
    """Walks the page into ``state``; with a ``furniture`` cache (one per site), menus and footers
    seen on an earlier page are replayed from it instead of walked again."""
    root = tree.body or tree.root
    if root is None:
        return
    has_main = _main_region_exists(tree)
    _walk_from(root, _Ctx(in_main=not has_main, quoted=False, kind="p"), state, furniture)
    state.flush(_Ctx(True, False, "p"))


def _walk_from(start: LexborNode, start_ctx: _Ctx, state: Walk, furniture: FurnitureCache | None) -> None:
    Frame = tuple[LexborNode, _Ctx, bool, int]  # node, context, exiting?, heading level
    stack: list[Frame] = [(start, start_ctx, False, 0)]
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
        chrome = _is_chrome(tag, attrs, ctx.sectioning)
        heading = _heading_level(tag, attrs)
        if heading and in_heading:
            heading = 0  # a heading inside a heading is just its text
        if furniture is not None and chrome and not heading and not in_heading and tag not in INLINE_TAGS:
            # A block-level piece of furniture starts and ends blocks of its own, so what it adds
            # to the page depends only on its HTML and the context it sits in.
            state.flush(ctx)
            key = (node.html or "", ctx.in_main, ctx.quoted, ctx.kind, ctx.sectioning)
            recorded = furniture.get(key)
            if recorded is None:
                recorded = _record(node, ctx, state)
                furniture.put(key, recorded)
            state.replay(recorded)
            continue
        new = _Ctx(ctx.in_main, ctx.quoted, ctx.kind, ctx.sectioning)
        if tag == "main" or (attrs.get("role") or "").lower() == "main":
            new.in_main = True
        if chrome:
            new.in_main = False
        if tag in SECTIONING:
            new.sectioning = True
        if tag in ("blockquote", "q"):
            new.quoted = True
        if tag in KIND_TAGS:
            new.kind = "blockquote" if tag == "blockquote" and ctx.kind == "p" else tag
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


def _record(node: LexborNode, ctx: _Ctx, state: Walk) -> Furniture:
    """Walks one furniture subtree on its own, recording what it adds to a page."""
    recording = Walk(base=state.base, origin=state.origin, furniture=Furniture())
    _walk_from(node, ctx, recording, None)
    furniture = recording.furniture
    assert furniture is not None  # set just above
    furniture.dates = recording.dates
    furniture.origin_relative = all(h.startswith("/") and not h.startswith("//") for h, _, _ in furniture.links)
    return furniture


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
    text = clean_text(node.text(separator=" "))[:300]
    if state.furniture is not None:
        state.furniture.links.append((href, text, in_main))
    else:
        _resolve_link(state, href, text, in_main)


def clear_walk_caches() -> None:
    """Forget the hrefs and furniture attributes of the site just parsed (see ``loader``)."""
    _join.cache_clear()
    _chrome_attrs.cache_clear()


def _resolve_link(state: Walk, href: str, text: str, in_main: bool) -> None:
    # Menus repeat on every page: a root-relative href means the same on every page of the origin,
    # so it is resolved against the origin and the (pure) resolution is memoised.
    base = state.origin if href.startswith("/") and not href.startswith("//") else state.base
    url = _join(base, href)
    if url is None:
        return
    state.links.append(Link(url, text, in_main))
