"""A site's parsed pages as bytes, so a stored crawl is parsed once however often it is judged.

Parsing is half of judging's CPU (the DOM walk over menus of hundreds of links on every page, PDF
text extraction); ``localoffer rejudge`` with new checks should not pay it again. The encoding is
``marshal`` of plain tuples, zlib-compressed: blocks and links shared between pages (see
``auditor.loader``) are written once, as marshal references, and read back as one object again.

A model is only valid for the exact parser that made it: its key digests the stored fetches it was
built from *and* the source of every module that turns bodies into pages, with the versions of
the parsing libraries. Change the parser and the old models are simply never found again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import marshal
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from auditor.model import Block, Link, Page

#: Everything that decides what a stored body parses into.
_PARSER_MODULES = ("site.py", "htmlblocks.py", "dates.py", "decode.py", "documents.py", "model.py", "parsed.py")
_PARSER_LIBRARIES = ("selectolax", "pypdf", "python-docx")
_LEVEL = 1  # the blob is read far more often than written; level 1 is ~4× smaller than raw

_BlockT = tuple[str, tuple[str, ...], str, bool, bool]
_LinkT = tuple[str, str, bool]


@lru_cache(maxsize=1)
def parser_digest() -> str:
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in _PARSER_MODULES:
        h.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    for dist in _PARSER_LIBRARIES:
        try:
            h.update(f"{dist}={importlib.metadata.version(dist)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist}=none\0".encode())
    return h.hexdigest()


def model_key(inputs: Iterable[Sequence[object]]) -> str:
    """The key of the pages parsed from ``inputs`` (each the fields a page is built from, in load
    order) by this parser."""
    h = hashlib.sha256(parser_digest().encode())
    for fields in inputs:
        h.update(repr(tuple(fields)).encode("utf-8", "surrogatepass") + b"\n")
    return h.hexdigest()


def encode_pages(pages: Sequence[Page]) -> bytes:
    blocks: dict[int, _BlockT] = {}
    links: dict[int, _LinkT] = {}
    rows = []
    for p in pages:
        rows.append(
            (
                p.url,
                p.final_url,
                p.title,
                tuple(blocks.get(id(b)) or blocks.setdefault(id(b), _block_row(b)) for b in p.blocks),
                tuple(links.get(id(k)) or links.setdefault(id(k), (k.url, k.text, k.in_main)) for k in p.links),
                p.depth,
                p.fetched_at,
                p.body_hash,
                p.content_type,
                p.is_document,
                p.dates,
            )
        )
    return zlib.compress(marshal.dumps(tuple(rows)), _LEVEL)


def _block_row(b: Block) -> _BlockT:
    return (b.text, b.heading_path, b.kind, b.in_main, b.quoted)


def decode_pages(data: bytes) -> list[Page]:
    """The pages of ``encode_pages``; raises ValueError when ``data`` is not such a model."""
    try:
        rows = marshal.loads(zlib.decompress(data))
        blocks: dict[int, Block] = {}
        links: dict[int, Link] = {}
        pages = []
        for url, final, title, brows, lrows, depth, fetched, body_hash, ctype, is_doc, dates in rows:
            # A row shared between pages is one object after loading: so is the block made from it.
            page_blocks = tuple(blocks.get(id(r)) or blocks.setdefault(id(r), Block(*r)) for r in brows)
            page_links = tuple(links.get(id(r)) or links.setdefault(id(r), Link(*r)) for r in lrows)
            pages.append(
                Page(url, final, title, page_blocks, page_links, depth, fetched, body_hash, ctype, is_doc, dates)
            )
        return pages
    except (ValueError, TypeError, EOFError, zlib.error) as exc:
        raise ValueError(f"not a parsed-site model: {exc}") from None
