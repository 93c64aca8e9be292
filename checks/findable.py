"""Is the disagreement resolution page easy to reach? (CoP chapter 4: the Local Offer should be
accessible and well signposted.) Pass when it is at most three clicks from the start page.

Clicks are the smaller of the crawler's recorded depth and the shortest path through the links
of the stored pages (menus count: a menu link is a click). Both are upper bounds on the true
distance, because the crawl may have reached a page by a longer path first; so a page found
deeper than three clicks is ``partial`` ("found, but deep"), never ``fail``.
"""

from __future__ import annotations

from collections import deque
from functools import lru_cache

from auditor.model import CheckResult, Page, Site, Status, Strength
from checks.base import Check
from checks.common import result, searched_text
from checks.drs_profile import profiles
from checks.text import Hit, forget_with_each_site

MAX_CLICKS = 3


@lru_cache(maxsize=8192)  # a site's menus link the same few hundred URLs from every page
def _key(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/").lower()


forget_with_each_site(_key.cache_clear)


def click_distances(site: Site) -> dict[str, int]:
    """Clicks from the start page to every stored page, by breadth-first search over their links."""
    by_key: dict[str, Page] = {}
    for page in site.pages:
        by_key.setdefault(_key(page.url), page)
        by_key.setdefault(_key(page.final_url or page.url), page)
    starts = [p for p in site.pages if p.depth == 0]
    if site.coverage.start_url and _key(site.coverage.start_url) in by_key:
        starts.append(by_key[_key(site.coverage.start_url)])
    dist: dict[str, int] = {}
    queue: deque[tuple[Page, int]] = deque((p, 0) for p in starts)
    while queue:
        page, d = queue.popleft()
        if page.url in dist:
            continue
        dist[page.url] = d
        for link in page.links:
            target = by_key.get(_key(link.url))
            if target is not None and target.url not in dist:
                queue.append((target, d + 1))
    return dist


def _findable(site: Site) -> CheckResult:
    dist = click_distances(site)
    found: list[tuple[int, Hit]] = []
    for prof in profiles(site):
        hits = sorted(prof.mentions, key=Hit.sort_key)
        if not hits or prof.weak:
            continue
        for page in prof.unit.pages:
            on_page = [h for h in hits if h.page is page]
            if not on_page:
                continue
            # A leaflet is one click beyond the page that links it.
            clicks = min(page.depth, dist.get(page.url, page.depth))
            if page is not prof.page:
                clicks = min(clicks, min(prof.page.depth, dist.get(prof.page.url, prof.page.depth)) + 1)
            found.append((clicks, on_page[0]))
    if not found:
        return result(
            "drs_findable",
            site,
            Status.FAIL,
            reason="no disagreement resolution page was found in the crawl",
            searched=searched_text(site, "a Local Offer page setting out disagreement resolution"),
        )
    found.sort(key=lambda item: (item[0], item[1].sort_key()))
    clicks, hit = found[0]
    noted = Hit(hit.page, hit.block_index, hit.start, hit.end, hit.score, f"{clicks} click(s) from the start page")
    if clicks <= MAX_CLICKS:
        return result(
            "drs_findable",
            site,
            Status.PASS,
            [noted],
            reason=f"disagreement resolution page {clicks} click(s) from the start page",
        )
    return result(
        "drs_findable",
        site,
        Status.PARTIAL,
        [noted],
        reason=f"disagreement resolution page found {clicks} clicks from the start page (more than {MAX_CLICKS})",
    )


DRS_FINDABLE = Check(
    id="drs_findable",
    version="8",
    title="Disagreement resolution page within three clicks",
    failure_title="Disagreement resolution page hard to find",
    description="The disagreement resolution page is reachable within 3 clicks of the Local Offer's start page.",
    legal_ref='CoP ch. 4 ("accessible")',
    legal_ref_words="SEND Code of Practice 2015, chapter 4 (the Local Offer should be accessible)",
    strength=Strength.SHOULD,
    run=_findable,
    theme="local_offer",
    weight=1.0,
    fix=(
        "Link the disagreement resolution page from the Local Offer home page or its main 'If things go wrong' / "
        "'Resolving disagreements' section, so it is no more than three clicks from the start page."
    ),
    why="A family in a dispute with the council should not have to dig through the site to find the help it is owed.",
)
