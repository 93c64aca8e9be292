"""Store → site: rebuilds one authority's crawled site from the run store, offline.

Pages whose body is identical to one already loaded (the same page under two URLs) are kept
once, so a check never counts the same words twice. Blocks and links that repeat from page to
page (menus, footers: most of a council page) are kept once per site too. A site parsed before
by this same parser is read back from its stored model (``auditor.parsed``) instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

from auditor.dates import clear_block_dates
from auditor.decode import decode_html
from auditor.documents import document_text
from auditor.htmlblocks import FurnitureCache, clear_walk_caches
from auditor.model import Authority, Block, Link, Page, Site
from auditor.parsed import decode_pages, encode_pages, model_key
from auditor.site import build_site, page_from_text, parse_html
from auditor.store import FetchRecord, Store

T = TypeVar("T", Block, Link)


@dataclass(frozen=True)
class Loaded:
    site: Site
    model_key: str
    #: The site's pages encoded for the store when they were parsed just now; None when they
    #: were read from a stored model (nothing new to save).
    new_model: bytes | None


def load(store: Store, run_id: str, authority: Authority, *, reuse: bool = True) -> Loaded:
    """The authority's site, from its stored parsed model when there is one (and ``reuse``)."""
    coverage, crawled_at = store.coverage(run_id, authority.code)
    records = _page_records(store.fetches(run_id, authority.code))
    key = model_key((r.kind, r.url, r.final_url, r.depth, r.fetched_at, r.body_hash, r.content_type) for r in records)
    stored = store.parsed_model(key) if reuse else None
    if stored is not None:
        try:
            return Loaded(build_site(authority, decode_pages(stored), coverage, crawled_at), key, None)
        except ValueError:
            pass  # a damaged model is parsed again (and replaced) rather than trusted
    pages = _parse(store, records)
    return Loaded(build_site(authority, pages, coverage, crawled_at), key, encode_pages(pages))


def _page_records(records: list[FetchRecord]) -> list[FetchRecord]:
    """The fetches that become pages, each body once (the first URL that served it)."""
    seen: set[str] = set()
    out = []
    for rec in records:
        if rec.kind in ("page", "document") and rec.body_hash and rec.body_hash not in seen:
            seen.add(rec.body_hash)
            out.append(rec)
    return out


def _parse(store: Store, records: list[FetchRecord]) -> list[Page]:
    pages: list[Page] = []
    shared = _Shared()
    furniture = FurnitureCache()
    try:
        for rec in records:
            body = store.body(rec.body_hash)
            page = _page(rec, body, furniture) if body is not None else None
            if page is not None:
                pages.append(shared.share(page))
    finally:
        # The parser's memos hold this site's hrefs and footers: a judging worker parses site after
        # site, and kept they would grow it by about half a megabyte each.
        clear_walk_caches()
        clear_block_dates()
    return pages


def _page(rec: FetchRecord, body: bytes, furniture: FurnitureCache) -> Page | None:
    final_url = rec.final_url or rec.url
    if rec.kind == "page":
        parse = partial(parse_html, decode_html(body, rec.content_type), furniture=furniture)
    else:
        text, _problem = document_text(body, rec.content_type, final_url)
        if not text.strip():
            return None
        parse = partial(page_from_text, text)
    return parse(
        rec.url,
        final_url=final_url,
        depth=rec.depth,
        fetched_at=rec.fetched_at,
        body_hash=rec.body_hash,
        content_type=rec.content_type,
    )


class _Shared:
    """One object for each distinct block and link of a site (they are frozen, so equal ones are
    interchangeable): a 200-page site holds its menus once instead of 200 times."""

    def __init__(self) -> None:
        self.blocks: dict[Block, Block] = {}
        self.links: dict[Link, Link] = {}
        # Ids of the objects kept above (alive, so their ids are theirs): a page's furniture arrives
        # as those very objects (see ``FurnitureCache``), and needs no hashing to be recognised.
        self.kept: set[int] = set()

    def share(self, page: Page) -> Page:
        kept = self.kept
        return replace(
            page,
            blocks=tuple([b if id(b) in kept else self._keep(self.blocks, b) for b in page.blocks]),
            links=tuple([k if id(k) in kept else self._keep(self.links, k) for k in page.links]),
        )

    def _keep(self, kept: dict[T, T], item: T) -> T:
        item = kept.setdefault(item, item)
        self.kept.add(id(item))
        return item
