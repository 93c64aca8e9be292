"""Sitemaps (``<urlset>`` and ``<sitemapindex>``, plain or gzipped), parsed safely.

Sitemaps are untrusted XML from the sites we audit, so, like defusedxml's ``forbid_dtd``, any
document with a DOCTYPE or ENTITY declaration is refused outright (sitemaps never need one):
no entity expansion ("billion laughs"), no external entities. Sizes are capped before parsing
(gzip is decompressed under the cap) and the number of ``<loc>`` read is capped.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError, iterparse

MAX_SITEMAP_BYTES = 10_000_000  # the sitemaps.org limit is 50 MB uncompressed; council sitemaps are far smaller
MAX_LOCS = 50_000  # the sitemaps.org limit per file
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.I)


@dataclass(frozen=True)
class Sitemap:
    urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()  # children, when this is a sitemap index
    problem: str = ""


def _gunzip(body: bytes, max_bytes: int) -> bytes | None:
    obj = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = obj.decompress(body, max_bytes + 1)
    except zlib.error:
        return None
    return out if len(out) <= max_bytes else None


def parse_sitemap(body: bytes, *, max_bytes: int = MAX_SITEMAP_BYTES, max_locs: int = MAX_LOCS) -> Sitemap:
    if body.startswith(b"\x1f\x8b"):
        unzipped = _gunzip(body, max_bytes)
        if unzipped is None:
            return Sitemap(problem="gzip sitemap corrupt or larger than the cap")
        body = unzipped
    if len(body) > max_bytes:
        return Sitemap(problem="sitemap larger than the cap")
    if _DTD.search(body):
        return Sitemap(problem="sitemap has a DTD or entity declaration; refused")
    urls: list[str] = []
    children: list[str] = []
    root = ""
    try:
        for event, element in iterparse(io.BytesIO(body), events=("start", "end")):
            tag = element.tag.rsplit("}", 1)[-1]
            if event == "start":
                root = root or tag
            elif tag == "loc" and element.text:
                if len(urls) + len(children) >= max_locs:
                    break
                (children if root == "sitemapindex" else urls).append(element.text.strip())
            elif tag in ("url", "sitemap"):
                element.clear()  # keeps memory flat on a 50 000-entry sitemap
    except ParseError as exc:
        return Sitemap(tuple(urls), tuple(children), problem=f"not a readable sitemap: {exc}")
    return Sitemap(tuple(urls), tuple(children))
