"""Publishing the comments received about the Local Offer and the council's response ("You said,
we did"), at least annually (SEND Regulations 2014, reg 56).

Freshness is judged against ``Site.crawled_at``, never the wall clock, so re-judging a stored
crawl years later gives the same verdict. Dates are read at their earliest possible meaning
(a "2025-26" report as 31 March 2026): an uncertain date can cost a pass, never fake one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from auditor.dates import DateMention, find_dates, iso_day, months_between
from auditor.model import CheckResult, Page, Site, Status, Strength
from checks.base import Check
from checks.common import result, searched_text
from checks.context import host_of, link_only, main_indices, page_heading, page_may_match, section_key
from checks.prefilter import fold, may_match, search
from checks.text import Hit, forget_with_each_site, normalise, rx, sentence_at

FRESH_MONTHS = 13

FEEDBACK_CUE = rx(
    r"you said,? we did",
    r"you said:",
    r"we did:",
    r"local offer feedback",
    r"you said[^.]{0,30}we (?:did|have done|will do|are doing)",
    r"you told us",
    r"what (?:you|families|parents|carers|young people|people) (?:told us|said(?: to us)?|asked for)",
    # a question put to the council: "Do you listen to what people say about the Local Offer?"
    # ("Tell us what you think of the Local Offer" is an invitation, not a report)
    r"what (?:families|parents|carers|young people|people) (?:say|said) (?:about|of) (?:the |our )?local offer",
    r"what we (?:did|have done|will do|are doing|changed|fixed)",
    r"local offer (?:annual |feedback |engagement )?(?:report|review)",
    r"(?:annual|feedback) report",
    r"(?:comments|feedback|views) (?:we )?(?:have )?received",
    # "We received 96 comments", "In the year to September we had 96 comments"
    r"(?:received|had|got) \d+ (?:comments|responses)",
    r"we heard from",
    r"(?:feedback|comments|views|suggestions|thoughts|opinions) (?:about|on) (?:the |our |your )?local offer",
    # "90 parents commented on our Local Offer", "How your feedback shaped the Local Offer"
    r"(?:commented|fed back|gave (?:us )?(?:their |your )?(?:feedback|views)) (?:on|about) (?:the |our |your )?local "
    r"offer",
    r"(?:your|families'?|parents'?|young people's) (?:feedback|comments|views) (?:has |have )?(?:shaped|changed"
    r"|improved|helped (?:us )?(?:to )?(?:improve|change|shape)) (?:the |our )?local offer",
    r"(?:your|families'?|parents'?|people's|young people's) views (?:on|about|of) (?:the |our )?local offer",
    r"summary and (?:our )?response",
    r"(?:families|parents|carers|young people|people)(?: have| also)? told us",
    # a consultation's published outcome: "Summary of responses", "Our response to the consultation"
    r"summary of (?:the )?(?:responses|feedback|comments|views)",
    r"consultation (?:response|outcome)",
    r"response to (?:the |our )?consultation",
    r"(?:main|key) (?:points|themes|issues) raised",
    r"(?:the )?(?:biggest|main|most common) (?:theme|comment)",
    r"(?:problems?|issues?) reported",
    # "Local Offer comments log", "Comments and our responses"
    r"local offer (?:comments?|suggestions?|views)",
    r"comments? and (?:our |the council's |the local authority's )?responses?",
)
COMMENTS = rx(
    r"you said",
    r"suggestions?",
    r"commented",
    r"you told us",
    r"what you (?:told|said)",
    r"comments?",
    r"feedback",
    r"we heard",
    r"survey",
    r"themes?",
    r"(?:points|issues) raised",
    r"(?:problems?|issues?) reported",
    r"(?:families|parents|carers|young people|you|people)(?: also)? (?:said|told us|asked|wanted|felt|found"
    r"|would like|suggested|raised)",
    # "Your views on the Local Offer" over quoted remarks; "we asked what you thought of the Local Offer"
    # (not the invitation: "share your views", "your views matter")
    r"(?<!share\s)(?<!give\s)(?<!us\s)(?<!send\s)(?:your|their|families'?|parents'?|people's|young people's) views"
    r"(?! (?:matter|count|are (?:important|welcome|valued|needed|wanted)|help|will help))",
    r"asked[^.]{0,40}\bwhat (?:you|they|people|families|parents) (?:thought|think)",
)
RESPONSES = rx(
    r"we did",
    r"what we (?:did|have done|will do|are doing|changed|fixed)",
    r"our response",
    r"responses?:",
    r"(?:how )?we(?: have|'ve)? responded",
    # "How the council responded", "What Marshbury Council has done"
    r"(?:how )?(?:the council|the local authority|[A-Z][\w-]+ (?:county |borough |city )?council)(?: has| have)? "
    r"responded",
    # a log's or table's column label: "Response", "Action taken", "Our action"
    r"^(?:council |our )?(?:response|responses|action|actions|action taken|actions taken|changes? made)$",
    r"our actions?",
    r"actions? (?:we )?(?:have |will be )?taken",
    r"we(?: have|'ve)? (?:done|made|added|changed|updated|improved|created|introduced|published|reviewed|started"
    r"|set up|launched|included|moved|rewrote|removed|fixed|simplified|redesigned|worked|brought|put|built"
    r"|wrote|passed|merged|replaced|linked|listed|recruited|expanded|extended|trained|checked|switched|now)",
    r"we (?:will|are going to|plan to|intend to|are) (?:add|change|update|improve|create|introduce|publish|review"
    r"|work|make|working|adding|changing)",
    # any other change said in the perfect: "We have shortened the EHC pages", "we've renamed the menu"
    r"we(?: have|'ve)(?: now| also| since)? (?!(?:received|heard|asked|noticed|learned|listened|gathered|collected"
    r"|considered|noted|looked|reflected|discussed|counted|analysed|logged|recorded|acknowledged|decided|tried"
    r"|contacted|needed|wanted|shared|posted|attached|organi[sz]ed|grouped|sorted|summari[sz]ed|categori[sz]ed"
    r"|themed|opened|closed)\b)[a-z]+ed",
    r"in response",
    r"as a result,? we",
    # "What changed as a result", "Changes made": a report's heading over what was done
    r"what (?:has )?changed",
    r"changes? (?:we(?: have|'ve)? made|made as a result)",
    r"how we (?:have )?acted",
    r"what (?:the council|we|the local authority) (?:is|are|has|have)? ?(?:doing|done|did|changed)",
    # "You asked for a simpler home page, so we have cut it down"; "... by area, so we have."
    r"so,? we(?: have|'ve)(?: now| also)? (?!(?:received|heard|been|asked|noticed|learn\w*|listened|gathered"
    r"|collected|got|to)\b)\w+",
    r"so,? we (?:have|did)(?=\s*(?:[.;!]|$))",
)
# A response promised for later is not a response: "we will publish our response in the new year".
NOT_YET = rx(
    r"will (?:publish|share|post|send) (?:our|a|the) responses?",
    # The practice described, not a report: "Each year we publish a summary of the comments and what we did"
    r"(?:each|every) (?:year|six months|quarter|term)[^.]{0,30}\bwe (?:publish|post|share)",
    r"we (?:publish|post|share|will publish) (?:a|an|our) (?:summary|report|round-?up)",
    r"responses? (?:will be|is to be|are to be) (?:published|shared|posted)",
    r"still (?:working|looking|going) through",
    # handed on to be looked at later: "passed to the web team, who will look at them in the new year"
    r"will (?:look (?:at|into)|consider|review|go through|think about|respond to) (?:them|these|those|each|every"
    r"|all|your (?:comments|feedback|suggestions))",
    # a log's or table's response left open: "Response: to follow", "Our action | Pending", "Reply: TBC"
    r"(?:response|reply|action|update)s?\s*(?:[:|\u2013\u2014-]\s*)?(?:to follow|to come|pending|awaited|to be "
    r"(?:confirmed|agreed|decided)|TBC|TBA|coming soon|not yet (?:available|agreed|decided))",
    # the report itself promised: "we will publish what you said and what we did in the spring", "the report,
    # with the feedback we received and our response, will be published in December"
    r"will (?:publish|share|post|report back|let you know|tell you)[^.]{0,40}\bwhat (?:you|we|families|parents)"
    r"\b",
    # someone else's report handing the comments to the council ("we raised this with the council"): the
    # council itself does not take comments "to the council", so this is no response of the authority
    r"(?:raised|shared|passed|fed back|forwarded|took|taken|sent|reported|brought)\b[^.]{0,40}\b(?:with|to) (?:the )?"
    r"(?:council|local authority)",
    r"(?:report|response|responses|summary|results|findings|action plan)[^.]{0,80}\b(?:will|is to|are to|is due to"
    r"|are due to) be (?:published|shared|posted|available)",
)
LOCAL_OFFER = rx(r"local offer")
OTHER_PROGRAMME = rx(
    r"SEND services",
    r"SENDIASS",
    r"IASS",
    r"information,? advice and support",
    r"EHC(?:P| plans?| process)",
    r"inspection",
    r"family hubs?",
    r"strategy",
    r"specialist (?:places|provision|schools?)",
    r"budget",
    r"parent carer forum",
    r"short breaks?",
    r"school places?",
    r"children's centres?",
    r"youth services?",
    r"home to school transport",
    r"libraries",
    r"start for life",
    r"holiday activities",
    r"council tax",
    r"waste",
    r"recycling",
    # a service or setting of its own: "Autism hub: you said, we did", "Pinecastle Primary School"
    # (not a team, panel or group: the web team or a youth panel may be how Local Offer feedback came in)
    # the SEND partnership's or board's own annual report or self-evaluation (the Local Offer one item in it)
    r"partnership",
    r"(?:partnership|programme|improvement) board",
    r"self[- ]evaluation",
    r"hubs?",
    r"clinics?",
    r"clubs?",
    r"nurser(?:y|ies)",
    r"academ(?:y|ies)",
    r"(?:primary|secondary|infant|junior|special|high) schools?",
)


# A school's, setting's or service's own "local offer" (a school's SEN information report, "the Children's
# Therapy Service Local Offer"), named in the heading over the feedback: not the council's Local Offer.
SETTING_OFFER = rx(
    r"SEND? information reports?",
    r"(?:school|academy|college|nursery|pre-?school|setting|service|provider|trust|clinic|club|team)(?:'s|s')? "
    r"(?:SEND? )?local offer",
)


# Guidance on the duty: "Local authorities must publish the comments they receive ... for example: You said
# the Local Offer was hard to find. We did: ..." (an illustration of the format, not a report of its own).
ABSTRACT_DUTY = rx(
    r"(?:local authorities|councils|(?:each|every|a|the|your) (?:local authority|council)) (?:must|should|have to|has "
    r"to|are required to|is required to|need to) (?:publish|seek|ask for)",
)
ILLUSTRATION = rx(r"for example", r"for instance", r"e\.g\.", r"an example", r"might (?:say|look like)")
OWN_REPORT = rx(
    r"we (?:received|asked|had|heard from|ran|got)",
    r"(?:our|this year's) (?:[\w-]+ ){0,2}(?:survey|consultation|review|feedback|comments)",
    r"(?:comments|feedback|views) (?:we|the council) (?:received|had|got)",
)


def _explains_duty(text: str) -> bool:
    return bool(ABSTRACT_DUTY.search(text) and ILLUSTRATION.search(text) and not OWN_REPORT.search(text))


def _school_site(url: str) -> bool:
    """A school's own website ("www.brookfield.sch.uk"): never the council's Local Offer."""
    return "sch" in host_of(url).split(".")


def _slug(url: str) -> str:
    """The page's name and the section it sits directly in, from its address, as words
    ("/local-offer/you-said-we-did" -> "local offer you said we did"; a deeper section's page,
    "/local-offer/youth-forum/you-said-we-did", is the youth forum's, not the Local Offer's)."""
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    parts = path.split("/")[3:]
    return " ".join(parts[-2:]).replace("-", " ").replace("_", " ")


@dataclass(frozen=True)
class Report:
    cue: Hit
    comments: Hit | None
    responses: Hit | None
    dated: str  # ISO date of a report with both comments and responses; "" when undated or incomplete


def _topic(page: Page, index: int) -> str:
    return normalise(" ".join([page_heading(page), *page.blocks[index].heading_path]))


# "Published: 3 November 2025", "This edition was published in December 2025": the report's own
# statement of when it came out, more precise than a bare year in its title.
PUBLISHED = rx(r"published", r"publication date", r"date of publication", r"issued")


# "The SEND Handbook was last updated in March 2026", "The report will be published in December 2026":
# a date the sentence gives to something else, or to a publication still to come, does not date the page.
_OTHER_DATED = re.compile(
    r"\b(?:(?P<past>was|were|has been|have been|had been)|(?:will|is to|are to|is due to|are due to|is expected to"
    r"|are expected to) be)\s+(?:last\s+|first\s+|next\s+)?(?:updated|reviewed|revised|published|issued|posted"
    r"|released|launched|refreshed)\b[^.]{0,12}$",
    re.I,
)
# ... unless the sentence is about the page itself: "This report was published in June 2026".
_THIS = re.compile(
    r"\b(?:this|our) (?:page|report|document|summary|update|edition|newsletter|round-?up|log)\b|^\s*it\b", re.I
)


def _dated_elsewhere(text: str, start: int) -> bool:
    """The date at ``start`` belongs to another thing or to the future (see ``_OTHER_DATED``)."""
    before = text[max(0, start - 120) : start]
    m = _OTHER_DATED.search(before)
    if m is None:
        return False
    if not m.group("past"):
        return True
    lead = before[: m.start()]
    lead = lead[max(lead.rfind("."), lead.rfind("\n")) + 1 :]
    return not _THIS.search(lead)


def _foreign_dates(page: Page) -> set[str]:
    """Dates the page's main text gives to something else ("the SEND Handbook was last updated in
    March 2026"): not the page's own, whatever ``Page.dates`` read from the label."""
    out: set[str] = set()
    for i in main_indices(page):
        text = page.blocks[i].text
        if not _OTHER_DATED_WORDS.search(text):
            continue
        out |= {d.iso for d in find_dates(text) if _dated_elsewhere(text, d.start)}
    return out


_OTHER_DATED_WORDS = re.compile(r"updated|reviewed|revised|published|issued|posted|released|launched|refreshed", re.I)


def _published_dates(page: Page, index: int) -> list[str]:
    """Publication dates stated on the page; when the feedback is one section of a longer page
    ("Comments we received in 2026" under "About the Local Offer"), only those in that section:
    "the Local Offer was first published in 2014" dates the Local Offer, not its feedback."""
    out: list[str] = []
    if not page_may_match(page, PUBLISHED):
        return out  # the page never says "published" or "issued"
    own = section_key(page, index)
    deep = len(own) > 1
    for i in main_indices(page):
        if deep and section_key(page, i)[: len(own)] != own:
            continue
        text = normalise(page.blocks[i].text)
        for m in PUBLISHED.finditer(text):
            window = text[m.end() : m.end() + 40]
            if _dated_elsewhere(text, m.end()):
                continue  # "will be published in December", "the handbook was published in 2026"
            out += [d.iso for d in find_dates(window) if d.precision in ("day", "month")]
    return out


def _report_date(page: Page, index: int, crawled: str, response_at: int | None = None) -> str:
    """The report's own date: an explicit publication date if the page states one, else the date
    in its title, headings and the cue's block, else the page's."""
    limit = iso_day(crawled)

    def usable(candidates: list[str]) -> list[str]:
        # A date well after the crawl is a typo, an event announcement or the end of a period still
        # running ("Quarter 2 2026/27" read as 31 March 2027), not the report's date.
        out = []
        for candidate in candidates:
            day = iso_day(candidate)
            if day is not None and (limit is None or months_between(limit, day) <= 1):
                out.append(candidate)
        return out

    # Each source in turn, the next only when this one gives no usable date: a title naming a
    # period not yet over does not hide "Covering July to September 2026" under it.
    candidates = usable(_published_dates(page, index))
    if not candidates:
        own = [page.title, *(b.text for b in page.blocks if b.kind in ("h1", "h2", "h3") and b.in_main)]
        # a short line naming the report ("Local Offer annual report 2023 to 2024") dates it as a heading
        # would, before the page's "last reviewed" date
        own += [
            page.blocks[i].text
            for i in main_indices(page)
            if len(page.blocks[i].text.split()) <= 12 and FEEDBACK_CUE.search(normalise(page.blocks[i].text))
        ]
        mentions = [d for t in own for d in find_dates(t, bare_years=True)]
        mentions += find_dates(page.blocks[index].text)
        # "what you told us in our 2023 Local Offer survey": the year the feedback was given dates it too
        mentions += [d for d in find_dates(page.blocks[index].text, bare_years=True) if _feedback_year(page, index, d)]
        precise = [d.iso for d in mentions if d.precision != "year"] + _dateline(page)
        candidates = usable([d.iso for d in mentions if d.precision == "year"] + precise)
        if candidates and max(candidates) not in precise:
            # "You said, we did: autumn 2025" read as 1 January 2025; "Last updated: 12 November 2025"
            # on the page names the day within that year. A day in another year is not this report's.
            year = max(candidates)[:4]
            candidates += usable([d for d in _own_dates(page) if d[:4] == year])
    if not candidates:
        candidates = usable(_own_dates(page))
    if not candidates and response_at is not None:
        # "In response we rewrote the Tribunal pages in May 2026": the report is no older than its actions.
        candidates = usable(
            [d.iso for d in find_dates(page.blocks[response_at].text) if d.precision in ("day", "month")]
        )
    if not candidates:
        candidates = usable([d for d in _entry_dates(page) if limit is not None and (iso_day(d) or limit) <= limit])
    return max(candidates) if candidates else ""


_FEEDBACK_YEAR = re.compile(
    r"^(?:[/-]\d{2,4})?\s+(?:local offer |send |annual |parent |family )?(?:survey|consultation|feedback|review"
    r"|questionnaire|comments)",
    re.I,
)
_FEEDBACK_BEFORE_YEAR = re.compile(
    r"(?:survey|consultation|feedback|comments?|views)\b[^.]{0,30}\b(?:in|from|during)\s+$", re.I
)


def _feedback_year(page: Page, index: int, mention: DateMention) -> bool:
    """A bare year that names when the feedback was given: "our 2023 survey", "comments from 2023"."""
    if mention.precision != "year":
        return False
    text = page.blocks[index].text
    return bool(
        _FEEDBACK_YEAR.match(text[mention.end :])
        or _FEEDBACK_BEFORE_YEAR.search(text[max(0, mention.start - 50) : mention.start])
    )


def _own_dates(page: Page) -> list[str]:
    """``Page.dates`` less those the main text gives to something else."""
    if not page.dates:
        return []
    foreign = _foreign_dates(page)
    return [d for d in page.dates if d not in foreign]


def _dateline(page: Page) -> list[str]:
    """A paragraph that is nothing but a date ("16 April 2026" under a news item's heading): the
    page's dateline."""
    out: list[str] = []
    for i in main_indices(page):
        text = page.blocks[i].text.strip()
        dates = find_dates(text) if len(text) <= 30 else []
        if (
            len(dates) == 1
            and dates[0].precision in ("day", "month")
            and dates[0].end - dates[0].start >= len(text) - 2
        ):
            out.append(dates[0].iso)
    return out


# "by March 2026", "before the summer": a date a promise runs to, not one the report has reached.
_DEADLINE = re.compile(r"\b(?:by|before|until|from|in time for)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)


# A log's entries are cells, items and definitions, or paragraphs that carry a comment or a response.
_ENTRY_KINDS = frozenset(("td", "th", "li", "dt", "dd", "summary"))


def _is_entry(text: str) -> bool:
    return bool(search(COMMENTS, text) or _response(text) or _byline(text))


# What comes before a byline's date: "News | 3 September 2026", "Posted by the Local Offer manager,
# 14 August 2026", "Covering July to September 2026" (not "our area was inspected in May 2026").
# "Next review: March 2026", "Survey closes: 30 November": a date still to come is no byline.
_NOT_BYLINE = re.compile(r"\b(?:next|due|review|closes?|closing|deadline|expires?|until|opens?)\b", re.I)
_BYLINE_LEAD = re.compile(
    r"(?:[|,:\u2013\u2014-]|\b(?:covering|covers|covered|period|dated|date|for))\s*"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{4})? ?(?:to|-|\u2013|and) ?)?$",
    re.I,
)


def _byline(text: str) -> bool:
    """A short line ending in a date, led in by a label or a separator: the page's byline."""
    dates = find_dates(text) if len(text.split()) <= 12 else []
    if not dates or dates[-1].end < len(text.rstrip(" .")):
        return False
    lead = text[: dates[0].start]
    return bool(_BYLINE_LEAD.search(lead)) and not _NOT_BYLINE.search(lead)


# "Our next survey opens on 1 November", "Join us on 12 November": an announcement, not a log entry.
_ANNOUNCEMENT = rx(
    r"next", r"will", r"opens?", r"clos(?:es|ing)", r"upcoming", r"join (?:us|our)", r"book (?:your|a) place", r"due"
)


def _announced(text: str, start: int) -> bool:
    s, e = sentence_at(text, start)
    return _ANNOUNCEMENT.search(text, s, e) is not None


def _entry_dates(page: Page) -> list[str]:
    """An undated log of comments and actions whose entries carry dates ("November 2025 | the phone
    number was wrong | corrected"): the report is no older than its latest entry. Only entries up to
    the crawl count ("the next report will be out in December" is not an entry)."""
    out: list[str] = []
    for i in main_indices(page):
        text = page.blocks[i].text
        if page.blocks[i].kind not in _ENTRY_KINDS and not _is_entry(normalise(text)):
            continue  # "Join our coffee morning on 12 November": a paragraph that is no entry of the log
        out += [
            d.iso
            for d in find_dates(text)
            if d.precision in ("day", "month")
            and not _DEADLINE.search(text[max(0, d.start - 20) : d.start])
            and not _dated_elsewhere(text, d.start)
            and not _announced(text, d.start)
        ]
    return out


def _reports(site: Site) -> tuple[list[Report], list[Hit]]:
    reports: list[Report] = []
    near: list[Hit] = []
    for page in site.pages:
        # A "You said, we did" link in a list is a signpost to the report, not the report itself.
        # Most pages hold no cue at all: one test of the page's text rules out all of its blocks.
        in_blocks = page_may_match(page, FEEDBACK_CUE)
        if not in_blocks and not FEEDBACK_CUE.search(normalise(page_heading(page))):
            continue
        mains = [i for i in main_indices(page) if not link_only(page, i)]
        cue_at = (
            next((i for i in mains if search(FEEDBACK_CUE, normalise(page.blocks[i].text))), None)
            if in_blocks
            else None
        )
        if cue_at is None:
            if not FEEDBACK_CUE.search(normalise(page_heading(page))) or not mains:
                continue
            cue_at = mains[0]
        text = normalise(page.blocks[cue_at].text)
        m = FEEDBACK_CUE.search(text)
        cue = Hit(page, cue_at, m.start(), m.end(), 2.0) if m else Hit(page, cue_at, 0, min(len(text), 80), 1.0)
        topic = _topic(page, cue_at)
        if OTHER_PROGRAMME.search(topic) and not LOCAL_OFFER.search(topic):
            near.append(_noted(cue, "feedback about another programme, not the Local Offer"))
            continue
        if SETTING_OFFER.search(topic) or _school_site(page.url):
            near.append(_noted(cue, "a school's, setting's or service's own 'local offer', not the council's"))
            continue
        # The page's own heading, not the site name in its title ("… | Local Offer" is on every page), and
        # the page's own name in its address with the section it sits directly in, not a section above
        # that ("/local-offer/youth-forum/…").
        # When the feedback is one section of a longer page (a newsletter's "You said, we did"), the
        # Local Offer must be named in that section, not in the news beside it.
        own = section_key(page, cue_at)
        scope = [i for i in mains if section_key(page, i)[: len(own)] == own] if len(own) > 1 else mains
        whole = normalise(" ".join([page_heading(page), topic, _slug(page.url), *(page.blocks[i].text for i in scope)]))
        if not LOCAL_OFFER.search(whole):
            near.append(_noted(cue, "feedback not shown to be about the Local Offer"))
            continue
        if _explains_duty(whole):
            near.append(_noted(cue, "the duty explained with an example, not a report of comments received"))
            continue
        # Comments and responses need substance: a table or list of what was said and done (two
        # blocks of four words or more besides the cue), not just the words "you said, we did".
        listed = len(list(islice((i for i in mains if i != cue_at and _words(page, i) >= 4), 2))) == 2
        # Or one substantial paragraph that gives both (an FAQ answer: "parents told us…; in response we…").
        # The cue's own paragraph counts too ("Thank you for your comments on the Local Offer. You asked
        # for …, so we have …"). What the page's main text cannot contain, no block of it can.
        may_comment, may_respond = page_may_match(page, COMMENTS), page_may_match(page, RESPONSES)
        substantial = listed or (may_comment and may_respond and any(_gives_both(page, i) for i in mains))
        comments = responses = None
        if substantial and (may_comment or may_respond):
            for i in mains:
                t = normalise(page.blocks[i].text)
                c = _comment(t) if comments is None and may_comment else None
                r = _response(t) if responses is None and may_respond else None
                if c:
                    comments = Hit(page, i, c.start(), c.end(), 1.0, "comments")
                if r:
                    responses = Hit(page, i, r.start(), r.end(), 1.0, "response")
                if (comments is not None or not may_comment) and (responses is not None or not may_respond):
                    break  # only the first of each is kept, and what the page cannot hold is not sought
        if responses is not None and _pending_column(page, mains, responses):
            responses = None
        # Only a complete report's date is ever read (is it fresh?): dating the others is wasted work.
        dated = (
            _report_date(page, cue_at, site.crawled_at, responses.block_index)
            if comments is not None and responses is not None
            else ""
        )
        reports.append(Report(cue, comments, responses, dated))
    return reports, near


# A log's response cell left open: "Pending", "Response: to follow", "TBC".
_PENDING = re.compile(
    r"^\W*(?:(?:our |council )?(?:response|reply|action)s?\s*[:\u2013\u2014-]?\s*)?(?:to follow|to come|pending"
    r"|awaited|TBC|TBA|to be (?:confirmed|agreed|decided)|coming soon|not yet"
    # a cell that only says the comment is being thought about: "We are looking into this", "Under review"
    r"|(?:we are |we're |we will |we'll )?(?:looking (?:into|at)|consider(?:ing)?|think(?:ing)? about|explor(?:e|ing)"
    r"|review(?:ing)?) (?:this|it|these|how|whether|the (?:idea|suggestion|request))|under (?:review|consideration)"
    r"|being (?:considered|looked (?:at|into)|reviewed)|n/?a|none(?: yet)?|no action(?: yet)?)(?:\b|$)"
    # or nothing at all: "-", "\u2014"
    r"|^\W+$",
    re.I,
)


def _pending_column(page: Page, mains: list[int], responses: Hit) -> bool:
    """The only response is a column label ("Response") over cells that are all still open
    ("Pending", "To follow"): a log of comments awaiting replies, not a published response."""
    label = normalise(page.blocks[responses.block_index].text)
    if responses.end - responses.start < len(label.strip()) - 1:
        return False  # the response is said in words, not only labelled
    open_cells = [i for i in mains if _PENDING.match(normalise(page.blocks[i].text))]
    if not open_cells:
        return False
    return not any(
        i != responses.block_index and i not in open_cells and _response(normalise(page.blocks[i].text)) for i in mains
    )


# An invitation to comment, or thanks for comments not shown, is no comment received: "Send us your
# feedback on the Local Offer", "Tell us what you think", "Your comments help us improve it".
INVITATION = rx(
    r"(?:send|give|leave|share|post|submit|email) (?:us )?(?:your |a |any )?(?:feedback|comments?|views|suggestions?)",
    r"(?:tell|let) us (?:what you think|know|your)",
    r"have your say",
    r"your (?:feedback|comments?|views|suggestions?) (?:help|helps|will help|matter|are (?:welcome|important))",
    r"(?:use|complete|fill in) (?:our|the|this) (?:online |feedback )?(?:form|survey)",
    # thanks for feedback not shown: "Thank you for all your feedback on the Local Offer this year"
    r"thank(?:s| you) for (?:all )?(?:your|the) (?:feedback|comments?|views|suggestions?)",
)


def _comment(text: str) -> re.Match[str] | None:
    """The first comments cue in ``text`` whose sentence is not an invitation to comment."""
    for m in COMMENTS.finditer(text):
        s, e = sentence_at(text, m.start())
        if not INVITATION.search(text, s, e):
            return m
    return None


def _words(page: Page, index: int) -> int:
    return len(page.blocks[index].text.split())


def _gives_both(page: Page, index: int) -> bool:
    """A paragraph of 20 words or more with both comments and a response (cheapest test last)."""
    text = normalise(page.blocks[index].text)
    return bool(_comment(text) and _response(text) and _words(page, index) >= 20)


@lru_cache(maxsize=4096)
def _response(text: str) -> re.Match[str] | None:
    """The first response cue in ``text`` whose sentence does not put the response off to later.
    Memoised like the shared text functions: a report page is read for comments and responses
    more than once, and its lexicon has dozens of alternatives."""
    if not may_match(RESPONSES, fold(text)):
        return None
    for m in RESPONSES.finditer(text):
        s, e = sentence_at(text, m.start())
        if not NOT_YET.search(text, s, e):
            return m
    return None


forget_with_each_site(_response.cache_clear)


def _noted(hit: Hit, note: str) -> Hit:
    return Hit(hit.page, hit.block_index, hit.start, hit.end, 0.5, note)


def _fresh(report: Report, crawled: str) -> bool:
    day, ref = iso_day(report.dated), iso_day(crawled)
    return day is not None and ref is not None and months_between(day, ref) <= FRESH_MONTHS


def _hits(report: Report) -> list[Hit]:
    return [h for h in (report.cue, report.comments, report.responses) if h is not None]


def _feedback(site: Site) -> CheckResult:
    reports, near = _reports(site)
    complete = [r for r in reports if r.comments and r.responses]
    fresh = [r for r in complete if _fresh(r, site.crawled_at)]
    if fresh:
        r = max(fresh, key=lambda r: (r.dated, -len(r.cue.page.url)))
        return result(
            "lo_feedback_published",
            site,
            Status.PASS,
            _hits(r),
            keep_order=True,
            reason=f"Local Offer comments and responses published, dated {r.dated}",
        )
    if complete:
        r = max(complete, key=lambda r: r.dated)
        if not site.crawled_at:
            why = "comments and responses published, but the crawl has no date to judge freshness against"
        elif r.dated:
            why = (
                f"comments and responses published, but the latest is dated {r.dated}: older than {FRESH_MONTHS} months"
            )
        else:
            why = "comments and responses published, but undated"
        return result("lo_feedback_published", site, Status.PARTIAL, _hits(r), keep_order=True, reason=why)
    if reports:
        r = reports[0]
        return result(
            "lo_feedback_published",
            site,
            Status.PARTIAL,
            _hits(r),
            keep_order=True,
            near=near,
            reason="a Local Offer feedback page without both the comments and the council's response",
        )
    return result(
        "lo_feedback_published",
        site,
        Status.FAIL,
        near=near,
        reason="no published Local Offer comments and response",
        searched=searched_text(
            site, "'You said, we did', 'Local Offer annual report', 'what you told us'", len(site.pages)
        ),
    )


LO_FEEDBACK_PUBLISHED = Check(
    id="lo_feedback_published",
    version="10",
    title="Local Offer feedback and response published",
    failure_title="Local Offer feedback and response not published",
    description=(
        "The Local Offer publishes the comments received about it and the council's response ('You said, we did'), "
        f"dated within the last {FRESH_MONTHS} months for a pass."
    ),
    legal_ref="SEND Regs reg 56",
    legal_ref_words="SEND Regulations 2014, regulation 56",
    strength=Strength.MUST,
    run=_feedback,
    theme="local_offer",
    weight=2.0,
    fix=(
        "Publish a dated 'You said, we did' page or Local Offer annual report on the Local Offer each year, listing "
        "the comments families and young people made about the Local Offer and what the council did or will do in "
        "response."
    ),
    why="Families can see their views about the Local Offer were heard and acted on, which the law requires every "
    "year.",
)
