"""Links out of a fetched HTML page, and how relevant each looks to the SEND redress duties.

The crawler only needs hrefs and anchor text to grow its frontier; the full text model is built
later, offline, by ``auditor.site``.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

RELEVANT = re.compile(
    r"disagree|dispute|resol|mediat|appeal|tribunal|complain|sendias|\biass\b|information[ ,-]*advice|"
    r"local[ -_]?offer|send\b|\bsen\b|special[ -_]educational|ehc|you[ -_]said|feedback|annual[ -_]report|"
    r"ombudsman|parent[ -_]carer|if[ -_]things[ -_]go[ -_]wrong|have[ -_]your[ -_]say",
    re.I,
)


class RawLink:
    """A link's href, and its anchor text read only when asked for: most links of a page are menu
    entries whose target is already known, and their text is never needed."""

    __slots__ = ("_node", "_text", "href")

    def __init__(self, href: str, node: LexborNode) -> None:
        self.href = href
        self._node = node
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(self._node.text(separator=" ").split())[:200]
        return self._text


def extract_links(html: str) -> tuple[list[RawLink], str, str]:
    """The page's links, its ``<base href>`` (or "") and any ``<meta http-equiv=refresh>`` target."""
    tree = LexborHTMLParser(html)
    base = ""
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = base_node.attributes.get("href") or ""
    refresh = ""
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").lower() == "refresh":
            content = meta.attributes.get("content") or ""
            match = re.search(r"url\s*=\s*['\"]?([^'\";]+)", content, re.I)
            if match:
                refresh = match.group(1).strip()
    links = []
    for node in tree.css("a[href], area[href]"):
        href = node.attributes.get("href")
        if href:
            links.append(RawLink(href, node))
    return links, base, refresh


def relevance(url: str, anchor_text: str) -> int:
    """A small integer: higher is fetched first. Anchor text counts double the URL."""
    return 2 * len(RELEVANT.findall(anchor_text)) + len(RELEVANT.findall(url))


def looks_script_only(html: str) -> bool:
    """A page whose body has next to no text but does have scripts: it needs a browser to render."""
    tree = LexborHTMLParser(html)
    has_script = tree.css_first("script") is not None
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    body = tree.body
    text = body.text(separator=" ") if body is not None else ""
    return has_script and len(" ".join(text.split())) < 150
