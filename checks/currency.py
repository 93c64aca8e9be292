"""Stale wording: Clinical Commissioning Groups (CCGs) written about as if they still existed.
CCGs were abolished on 1 July 2022 and replaced by Integrated Care Boards (Health and Care Act 2022).

``fail`` here means stale wording *was found*, so a wrong fail accuses a council of being out of
date. The exemptions of ``duties.md`` §9 are applied: quotations (blockquote, <q>, quotation
marks, or a cited Code passage), "formerly/previously/replaced" wording, pages dated before July
2022, and pages that also name the ICB. Only main content is read: a partner logo strip in the
footer is not what a family reads as advice.
"""

from __future__ import annotations

import re

from auditor.dates import find_dates
from auditor.model import CheckResult, Page, Site, Status, Strength
from checks.base import Check
from checks.common import result, searched_text
from checks.context import main_indices
from checks.prefilter import fold, may_match
from checks.text import Hit, normalise, rx, sentences

CCG = re.compile(r"\bCCGs?\b|\b[Cc]linical [Cc]ommissioning [Gg]roups?\b")
ICB = rx(r"integrated care boards?", r"(?-i:ICBs?)", r"integrated care systems?")
HISTORICAL = rx(
    r"formerly",
    r"previously",
    r"replaced",
    r"replacing",
    r"used to be",
    r"was known as",
    r"were known as",
    r"abolished",
    r"no longer",
    r"became",
    r"renamed",
    r"now (?:called|known as|the|part of)",
    r"predecessors?",
    r"succeeded",
    r"took over",
    r"taken over",
    r"transferred",
    r"(?:until|before|prior to) (?:1 )?july 2022",
    r"(?:in|until|before) 20(?:1\d|20|21)",
    r"old name",
    r"ceased",
)
CODE_CITATION = rx(
    r"code of practice (?:says|states|explains|tells us)",
    r"(?:paragraph|para) \d+\.\d+",
    r"CoP \d+\.\d+",
    r"according to the (?:SEND )?code",
    r"the code says",
)
CUTOFF = "2022-07-01"
_QUOTE_CHARS = '"\u201c\u201d'


def _inside_quotation(text: str, start: int) -> bool:
    """True when ``start`` sits between an opening and a closing quotation mark in its sentence."""
    for s, e in sentences(text):
        if s <= start < e:
            before, after = text[s:start], text[start:e]
            opened = sum(before.count(c) for c in _QUOTE_CHARS)
            # A straight quote count that is odd, or a curly opener not yet closed, means "inside".
            curly_open = before.count("\u201c") > before.count("\u201d")
            closes = any(c in after for c in _QUOTE_CHARS)
            return closes and (curly_open or opened % 2 == 1)
    return False


def _exempt(page: Page, index: int, start: int, page_icb: bool) -> str:
    block = page.blocks[index]
    text = normalise(block.text)
    sent = next(((s, e) for s, e in sentences(text) if s <= start < e), (0, len(text)))
    sentence = text[sent[0] : sent[1]]
    if block.quoted or block.kind == "blockquote":
        return "quoted"
    if _inside_quotation(block.text, start):
        return "inside quotation marks"
    if CODE_CITATION.search(text):
        return "a cited passage of the Code of Practice"
    if HISTORICAL.search(sentence):
        return "historical wording (formerly/replaced)"
    if page_icb:
        return "the page also names the Integrated Care Board"
    if page.dates and max(page.dates) < CUTOFF:
        return f"page dated {max(page.dates)}, before CCGs were abolished"
    cover = _cover_date(page)
    if cover and cover < CUTOFF:
        return f"document dated {cover} on its cover, before CCGs were abolished"
    return ""


def _cover_date(page: Page) -> str:
    """A document's date from its opening lines ("SEND Strategy 2021 / March 2021") when it has no
    labelled date, and only if no later date appears anywhere in it (a later date may be a revision)."""
    if page.dates or not page.is_document:
        return ""
    mains = list(main_indices(page))
    cover = [d.iso for i in mains[:3] for d in find_dates(page.blocks[i].text) if d.precision in ("day", "month")]
    if not cover:
        return ""
    everywhere = [d.iso for i in mains for d in find_dates(page.blocks[i].text, bare_years=True)]
    return max(everywhere + cover)


def _stale_ccg(site: Site) -> CheckResult:
    live: list[Hit] = []
    exempt: list[Hit] = []
    for page in site.pages:
        mains = list(main_indices(page))
        texts = [page.blocks[i].text for i in mains]
        # The literal test over the whole page first: most pages never say "CCG" at all.
        if not may_match(CCG, fold(" ".join(texts))) or not any(CCG.search(t) for t in texts):
            continue
        page_icb = any(ICB.search(normalise(t)) for t in [page.title, *texts])
        for i in mains:
            for m in CCG.finditer(page.blocks[i].text):
                why = _exempt(page, i, m.start(), page_icb)
                if why:
                    exempt.append(Hit(page, i, m.start(), m.end(), 0.5, f"not counted: {why}"))
                else:
                    live.append(Hit(page, i, m.start(), m.end(), 2.0 if not page.is_document else 1.5))
    if live:
        pages = len({h.page.url for h in live})
        return result(
            "stale_ccg",
            site,
            Status.FAIL,
            live,
            near=exempt,
            reason=f"'CCG'/'Clinical Commissioning Group' used as a current body on {pages} page(s)",
        )
    why = "no CCG named as a current body" + (
        f" ({len(exempt)} historical or quoted mention(s) not counted)" if exempt else ""
    )
    return CheckResult(
        check_id="stale_ccg",
        status=Status.PASS,
        reason=why,
        searched=searched_text(site, "'CCG', 'Clinical Commissioning Group' in main content", len(site.pages)),
        near_misses=tuple(result("stale_ccg", site, Status.FAIL, near=exempt).near_misses),
    )


STALE_CCG = Check(
    id="stale_ccg",
    version="2",
    title="No out-of-date references to Clinical Commissioning Groups",
    failure_title="Out-of-date references to Clinical Commissioning Groups",
    description=(
        "Fails when 'Clinical Commissioning Group'/'CCG' is used as a current body: CCGs ended on 1 July 2022 and were "
        "replaced by Integrated Care Boards. Quotations of the Code and 'formerly the CCG' do not count."
    ),
    legal_ref="Health and Care Act 2022",
    legal_ref_words="Health and Care Act 2022 (Clinical Commissioning Groups replaced by Integrated Care Boards, 1 "
    "July 2022)",
    strength=Strength.SHOULD,
    run=_stale_ccg,
    theme="currency",
    weight=1.0,
    fix=(
        "Replace 'CCG' / 'Clinical Commissioning Group' with the name of your Integrated Care Board (for example "
        "'NHS Exampleshire Integrated Care Board (ICB)') on the pages quoted, and update its contact details."
    ),
    why="Families sent to a body that no longer exists lose time when a health complaint or mediation is urgent.",
    kind="currency",
)
