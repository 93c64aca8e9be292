"""Store → site: rebuilds one authority's crawled site from the run store, offline.

Pages whose body is identical to one already loaded (the same page under two URLs) are kept
once, so a check never counts the same words twice.
"""

from __future__ import annotations

from auditor.decode import decode_html
from auditor.documents import document_text
from auditor.model import Authority, Page, Site
from auditor.site import build_site, page_from_text, parse_html
from auditor.store import Store


def load_site(store: Store, run_id: str, authority: Authority) -> Site:
    coverage, crawled_at = store.coverage(run_id, authority.code)
    pages: list[Page] = []
    seen_bodies: set[str] = set()
    for rec in store.fetches(run_id, authority.code):
        if rec.kind not in ("page", "document") or not rec.body_hash or rec.body_hash in seen_bodies:
            continue
        body = store.body(rec.body_hash)
        if body is None:
            continue
        seen_bodies.add(rec.body_hash)
        final_url = rec.final_url or rec.url
        if rec.kind == "page":
            html = decode_html(body, rec.content_type)
            pages.append(
                parse_html(
                    html,
                    rec.url,
                    final_url=final_url,
                    depth=rec.depth,
                    fetched_at=rec.fetched_at,
                    body_hash=rec.body_hash,
                    content_type=rec.content_type,
                )
            )
        else:
            text, _problem = document_text(body, rec.content_type, final_url)
            if text.strip():
                pages.append(
                    page_from_text(
                        text,
                        rec.url,
                        final_url=final_url,
                        depth=rec.depth,
                        fetched_at=rec.fetched_at,
                        body_hash=rec.body_hash,
                        content_type=rec.content_type,
                    )
                )
    return build_site(authority, pages, coverage, crawled_at)
