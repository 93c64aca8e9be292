"""Plumbing shared by the checks: which pages and blocks to read, sentence scanning, and turning
hits into a ``CheckResult`` with ranked evidence, a "what was searched" note and near misses."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.model import CheckResult, Page, Site, Status
from checks.context import is_send_page, mentions, remembered
from checks.faq import answers_yes_no
from checks.runner import searched_summary
from checks.text import Hit, best, evidence, forget_with_each_site, normalise, sentences

MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Unit:
    """A page with the documents it links to from its main content: per-page duties may be met
    by "one page plus a document linked directly from it" (``duties.md`` §0.2)."""

    page: Page
    docs: tuple[Page, ...] = ()

    @property
    def pages(self) -> tuple[Page, ...]:
        return (self.page, *self.docs)


@lru_cache(maxsize=8192)  # a site's menus link the same few hundred URLs from every page
def _key(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/")


forget_with_each_site(_key.cache_clear)


def send_pages(site: Site) -> list[Page]:
    """Pages about SEND, plus the pages a SEND page links to from its main content: a directory
    record titled "Making a complaint" is part of the Local Offer when the Local Offer links it,
    even if it never says "SEND" itself. Family or neighbour mediation pages reached this way are
    still excluded block by block by the negative-context detectors."""
    return list(remembered(site.memo, "send_pages", tuple, lambda: tuple(_send_pages(site))))


def _send_pages(site: Site) -> list[Page]:
    direct = [p for p in site.pages if is_send_page(p)]
    targets = {_key(link.url) for p in direct for link in p.links if link.in_main}
    chosen = {id(p) for p in direct}
    return [p for p in site.pages if id(p) in chosen or _key(p.url) in targets or _key(p.final_url) in targets]


def units(site: Site, prefilter: re.Pattern[str] | None = None) -> list[Unit]:
    """SEND pages (optionally only those whose text matches ``prefilter``) with linked documents."""
    every: tuple[Unit, ...] = remembered(site.memo, "units", tuple, lambda: tuple(_units(site)))
    return [u for u in every if prefilter is None or any(mentions(p, prefilter) for p in u.pages)]


def _units(site: Site) -> list[Unit]:
    by_url: dict[str, Page] = {}
    for page in site.pages:
        by_url.setdefault(_key(page.url), page)
        by_url.setdefault(_key(page.final_url or page.url), page)
    out = []
    for page in send_pages(site):
        docs: list[Page] = []
        if not page.is_document:
            for link in page.links:
                target = by_url.get(_key(link.url))
                if link.in_main and target is not None and target.is_document and target not in docs:
                    docs.append(target)
        out.append(Unit(page, tuple(docs)))
    return out


@dataclass(frozen=True)
class Sentence:
    page: Page
    index: int
    start: int
    end: int

    @property
    def text(self) -> str:
        return normalise(self.page.blocks[self.index].text[self.start : self.end])

    def hit(self, m: re.Match[str], score: float = 1.0, note: str = "") -> Hit:
        return Hit(self.page, self.index, self.start + m.start(), self.start + m.end(), score, note)

    def whole(self, score: float = 1.0, note: str = "") -> Hit:
        return Hit(self.page, self.index, self.start, self.end, score, note)


def previous_sentence(sent: Sentence, count: int = 1) -> str:
    """The sentence before ``sent`` in its block ("" for the first): what a pronoun subject means.
    With ``count`` > 1, that many sentences before it, joined (a statement spread over three)."""
    text = sent.page.blocks[sent.index].text
    before = [(s, e) for s, e in sentences(text) if e <= sent.start][-count:]
    return normalise(text[before[0][0] : before[-1][1]]) if before else ""


def next_sentence(sent: Sentence) -> str:
    """The sentence after ``sent`` in its block ("" for the last): a reply to what it reports."""
    text = sent.page.blocks[sent.index].text
    after = [(s, e) for s, e in sentences(text) if s >= sent.end]
    return normalise(text[after[0][0] : after[0][1]]) if after else ""


def qa_hit(sent: Sentence, rules: tuple[tuple[re.Pattern[str], str], ...], score: float = 2.0) -> Hit | None:
    """The opening "Yes"/"No" of ``sent`` when it answers a question matching one of ``rules``
    (question pattern, polarity): the FAQ form of a statement ("Do I have to take part?" "No.")."""
    ans = answers_yes_no(sent.page, sent.index, rules)
    if ans is None or not sent.start <= ans.start < sent.end:
        return None
    return Hit(sent.page, sent.index, ans.start, ans.end, score, f'answers "{ans.question}"')


def sentences_in(page: Page, indices: Sequence[int] | set[int]) -> Iterator[Sentence]:
    for i in sorted(indices):
        text = page.blocks[i].text
        for s, e in sentences(text):
            yield Sentence(page, i, s, e)


def searched_text(site: Site, what: str, pages_read: int | None = None) -> str:
    """What a ``fail`` rests on: the cues looked for, how many pages were read, and the crawl."""
    n_send = len(send_pages(site)) if pages_read is None else pages_read
    return (
        f"Looked for {what} in {n_send} SEND page(s) of {len(site.pages)} crawled. "
        f"Crawl: {searched_summary(site.coverage)}"
    )


def result(
    check_id: str,
    site: Site,
    status: Status,
    hits: Sequence[Hit] = (),
    *,
    reason: str = "",
    searched: str = "",
    near: Sequence[Hit] = (),
    limit: int = MAX_EVIDENCE,
    keep_order: bool = False,
) -> CheckResult:
    """A result whose evidence is the best hits (or ``hits`` as given with ``keep_order``) and whose
    near misses are only reported when the verdict is not a pass."""
    chosen = list(hits)[:limit] if keep_order else best(list(hits), limit)
    near_chosen = best(list(near), limit) if status is not Status.PASS else []
    return CheckResult(
        check_id=check_id,
        status=status,
        evidence=tuple(evidence(h) for h in chosen),
        reason=reason,
        searched=searched if status is not Status.PASS else "",
        near_misses=tuple(evidence(h) for h in near_chosen),
    )
