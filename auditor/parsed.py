"""A site's parsed pages as bytes, so a stored crawl is parsed once however often it is judged.

Parsing is half of judging's CPU (the DOM walk over menus of hundreds of links on every page, PDF
text extraction); ``localoffer rejudge`` with new checks should not pay it again. The encoding is
``marshal`` of plain tuples, zlib-compressed: blocks and links shared between pages (see
``auditor.loader``) are written once, in a table the pages index, and read back as one object again.

A model is only valid for the exact parser that made it: its key digests the stored fetches it was
built from *and* the source of every module that turns bodies into pages, with the versions of
the parsing libraries. Change the parser and the old models are simply never found again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import marshal
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from auditor.model import Block, Link, Page

#: Everything that decides what a stored body parses into.
_PARSER_MODULES = ("site.py", "htmlblocks.py", "dates.py", "decode.py", "documents.py", "model.py", "parsed.py")
_PARSER_LIBRARIES = ("selectolax", "pypdf", "python-docx")
_LEVEL = 1  # the blob is read far more often than written; level 1 is ~4× smaller than raw

_BlockT = tuple[str, tuple[str, ...], str, bool, bool]
_Item = TypeVar("_Item")
_Row = TypeVar("_Row")
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
    """The pages as bytes: each distinct block and link once, in a table, and each page as the
    indices of its own (a site's menus and footers are the same objects on every page)."""
    blocks: _Table[Block, _BlockT] = _Table(lambda b: (b.text, b.heading_path, b.kind, b.in_main, b.quoted))
    links: _Table[Link, _LinkT] = _Table(lambda k: (k.url, k.text, k.in_main))
    rows = [
        (
            p.url,
            p.final_url,
            p.title,
            blocks.indices(p.blocks),
            links.indices(p.links),
            p.depth,
            p.fetched_at,
            p.body_hash,
            p.content_type,
            p.is_document,
            p.dates,
        )
        for p in pages
    ]
    return zlib.compress(marshal.dumps((tuple(blocks.rows), tuple(links.rows), tuple(rows))), _LEVEL)


class _Table(Generic[_Item, _Row]):
    """Distinct objects (by identity: equal ones were made one object by ``auditor.loader``) as rows."""

    def __init__(self, row: Callable[[_Item], _Row]) -> None:
        self.row = row
        self.rows: list[_Row] = []
        self._at: dict[int, int] = {}

    def indices(self, items: Sequence[_Item]) -> tuple[int, ...]:
        out = []
        for item in items:
            at = self._at.get(id(item))
            if at is None:
                at = self._at[id(item)] = len(self.rows)
                self.rows.append(self.row(item))
            out.append(at)
        return tuple(out)


def decode_pages(data: bytes) -> list[Page]:
    """The pages of ``encode_pages``; raises ValueError when ``data`` is not such a model."""
    try:
        block_rows, link_rows, rows = marshal.loads(zlib.decompress(data))
        # One object for each distinct block and link, shared by every page that holds it.
        blocks = [Block(*r) for r in block_rows]
        links = [Link(*r) for r in link_rows]
        pages = []
        for url, final, title, at_blocks, at_links, depth, fetched, body_hash, ctype, is_doc, dates in rows:
            page_blocks = tuple(map(blocks.__getitem__, at_blocks))
            page_links = tuple(map(links.__getitem__, at_links))
            pages.append(
                Page(url, final, title, page_blocks, page_links, depth, fetched, body_hash, ctype, is_doc, dates)
            )
        return pages
    except (ValueError, TypeError, IndexError, EOFError, zlib.error) as exc:
        raise ValueError(f"not a parsed-site model: {exc}") from None
