"""Detectors that decide whether a passage can be evidence at all: is the page about SEND, is
the block about some other kind of mediation or appeal, is the page the council's own Local Offer
or a general explainer, and does a passage give a contact route.

These are the traps of ``duties.md`` §11 in code: every check asks them before it counts a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from auditor.model import Page, Site
from checks.faq import REDRESS_TOPIC, is_question
from checks.prefilter import fold, may_match, pattern_id, search
from checks.text import matches_outside, normalise, rx

T = TypeVar("T")

# Acronyms are matched case-sensitively: "send" is also an everyday verb.
SEND_ACRONYM = re.compile(r"\b(?:SEND|SEN|SENCOs?|SENCos?|EHCPs?|EHC|SENDIASS|SENDIAS|IASS|SENDIST)\b")
SEND_PHRASE = rx(
    r"special educational needs?",
    r"education,? health and care",
    r"local offer",
    r"disabilit(?:y|ies)",
    r"additional needs",
)
DR_TERM = rx(
    r"disagreement resolution",
    r"dispute resolution",
    r"resolution of disagreements",
    r"(?-i:DRS)",
)
MEDIATION = rx(r"mediat(?:ion|ors?|e|ed|ing)", r"mediation advi[cs]e(?:r|rs)?")
IASS = rx(
    r"SENDIASS",
    r"SENDIAS",
    r"SEND ?IAS+",
    r"(?-i:IASS?)",
    r"(?:SEND )?information,? advice,? (?:and|&) support service",
    r"SEND information,? advice,? (?:and|&) support",
    r"parent partnership(?: service)?",
)
# Other mediation: family, divorce, neighbour, workplace, peer (§11 "family/other-mediation").
OTHER_MEDIATION = rx(
    r"family mediation",
    r"divorc(?:e|ed|ing)",
    r"separat(?:ed|ing) (?:parents|couples|families)",
    r"parental separation",
    r"child arrangements?",
    r"MIAMs?",
    r"mediation information and assessment meetings?",
    r"family mediation council",
    r"neighbours?",
    r"neighbour(?:hood)? disputes?",
    r"community mediation",
    r"workplace",
    r"employment disputes?",
    r"peer mediation",
    r"restorative (?:justice|practice|approaches)",
    r"anti-social behaviour",
    r"landlords?",
    # NHS complaints mediation: "if you have complained about an NHS service … a meeting with a mediator"
    r"complain(?:ed|ts?|ing)? about (?:an |the |your |their )?NHS",
    r"NHS complaints?",
)
# Other appeals and tribunals: school admissions, council tax, planning, parking, benefits.
OTHER_APPEALS = rx(
    r"admissions? appeals?",
    r"school admissions?",
    r"(?:appeal|appealing) (?:for|against) (?:the refusal of )?a (?:school|primary|secondary) place",
    r"independent appeal panel",
    r"council tax",
    r"business rates",
    r"planning (?:appeals?|applications?|permission|inspectorate|decisions?)",
    r"valuation tribunal",
    r"employment tribunal",
    r"parking (?:tickets?|fines?|appeals?)",
    r"penalty charge notices?",
    r"blue badges?",
    r"housing benefit",
    r"benefits? appeals?",
    r"social security",
    r"personal independence payment",
    r"licen[cs]ing",
    r"traffic penalty",
    r"exclusion reviews?",
    r"independent review panel",
)

_IASS_HOST = re.compile(r"sendias|iass|\bias\b|sendadvice|information-?advice", re.I)
_SUPPORTING_HOSTS = (
    "ipsea.org.uk",
    "contact.org.uk",
    "kids.org.uk",
    "globalmediation.co.uk",
    "prime-resolution.co.uk",
    "prime-send.co.uk",
    "togethertrust.org.uk",
    "communityaccord.com",
    "mediatelegal.co.uk",
    "sossen.org.uk",
    "specialneedsjungle.com",
    "councilfordisabledchildren.org.uk",
    "thedru.co.uk",
    "civilmediation.org",
    "cafamily.org.uk",
    "www.gov.uk",
    "legislation.gov.uk",
    "councilfordisabledchildren.org",
)
_GENERIC_LA = rx(
    r"local authorities",
    r"(?:every|each|all|any) (?:local authority|council)",
    r"your (?:local authority|local council|council|LA)",
    r"the local authority in your area",
)
_OWN_VOICE = rx(
    r"we (?:have )?(?:commission(?:ed)?|contract(?:ed)?|use|work with|fund|funded|offer|provide|arrange|pay for)",
    r"our (?:disagreement|dispute|mediation|SEND|SEN|local offer|mediators?|providers?|service)",
    r"commissioned by (?:the council|us|the local authority)",
    r"(?:the|this) (?:council|local authority) (?:has|have|uses|use|commissions|pays|funds)",
    r"in (?:our|this) (?:area|county|borough|city|district)",
)
_AUTHORITY_NOISE = frozenset(
    [
        "council",
        "county",
        "borough",
        "city",
        "metropolitan",
        "district",
        "royal",
        "london",
        "of",
        "the",
        "and",
        "upon",
        "on",
        "with",
        "council's",
        "unitary",
        "authority",
    ]
)
NUMBERISH = re.compile(r"\d")

# Contact routes.
# "01632 960 721", "(01632) 960721", "01632-960-721", "01632.960.721"
PHONE = re.compile(r"(?<![\d\w])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s\-().]{7,14}\d(?![\d])")
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
WEB = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"')]+|\b[\w-]+(?:\.[\w-]+)*\.(?:org\.uk|co\.uk|gov\.uk|nhs\.uk|org|com|net|uk)"
    r"(?:/[^\s<>\"')]*)?(?![\w.@])",
    re.I,
)
REFERRAL = rx(
    r"referral form",
    r"request form",
    r"online form",
    r"contact form",
    r"enquiry form",
    r"make a referral",
    r"self[- ]referral",
    r"refer (?:yourself|you|your family)",
    r"(?:complete|fill in|fill out) (?:the|a|our|their) (?:online )?(?:referral |request |contact )?form",
)


def send_hits(text: str) -> int:
    return len(SEND_ACRONYM.findall(text)) + len(SEND_PHRASE.findall(normalise(text)))


# A URL inside a Local Offer section ("/send-local-offer/", "?localofferchannel=", "/send/").
SEND_URL = re.compile(r"local[-_]?offer|(?:^|[/_.-])(?:send|sen|sendiass|ehc\w*)(?:$|[/_.?=-])", re.I)


def remembered(memo: dict[str, object], key: str, kind: type[T], compute: Callable[[], T]) -> T:
    """``memo[key]``, computed by ``compute`` the first time: how a page's or a site's derived values
    (``Page.memo``, ``Site.memo``) are shared by every check that reads them."""
    found = memo.get(key)
    if not isinstance(found, kind):
        found = memo[key] = compute()
    return found


def is_send_page(page: Page) -> bool:
    """A page about SEND: a SEND term in its title or headings, at least two in its text, or a URL
    inside a Local Offer section (a "Complaints" page under /local-offer/ need not say "SEND")."""
    return remembered(page.memo, "is_send_page", bool, lambda: _is_send_page(page))


def _is_send_page(page: Page) -> bool:
    heads = " ".join([page.title, *(b.text for b in page.blocks if b.in_main and b.kind.startswith("h"))])
    if send_hits(heads):
        return True
    try:
        parts = urlsplit(page.final_url or page.url)
    except ValueError:
        parts = None
    # The host counts too: "localoffer.<council>.gov.uk" is the Local Offer's own site.
    if parts is not None and SEND_URL.search(f"{parts.hostname or ''}/{parts.path}?{parts.query}"):
        return True
    total = 0
    for block in page.blocks:
        if block.in_main:
            total += send_hits(block.text)
            if total >= 2:
                return True
    return False


# SEND named only as who else may use another service: "open to all staff, including staff with SEN or
# disabilities", "including families with a child with SEND", "with or without additional needs".
SEND_INCLUDED_TOO = rx(
    r"(?:including|includes|and also|as well as|even) (?:those|people|staff|families|parents|children|colleagues"
    r"|pupils|employees|anyone)[^.;]{0,30}? with (?:(?:a )?(?:child|children|son|daughter) with )?(?:SEND|SEN"
    r"|special educational needs|disabilit(?:y|ies)|additional needs)(?: (?:or|and) (?:disabilit(?:y|ies)|SEND"
    r"|additional needs))?",
    r"with or without (?:SEND|SEN|special educational needs|disabilit(?:y|ies)|additional needs)",
)


def foreign(page: Page, index: int, pattern: re.Pattern[str]) -> bool:
    """The block, or a heading above it, is about another kind of mediation/appeal (``pattern``)
    and the block itself says nothing about SEND beyond letting people with SEND use it too."""
    block = page.blocks[index]
    about_other = pattern.search(normalise(" ".join(block.heading_path))) or pattern.search(normalise(block.text))
    return bool(about_other) and not send_hits(SEND_INCLUDED_TOO.sub(" ", block.text))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def authority_words(site: Site) -> list[str]:
    """The distinctive words of the authority's name ("Exampleshire" of "Exampleshire County Council")."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", site.authority.name)
    return [w for w in words if w.lower() not in _AUTHORITY_NOISE and len(w) > 2]


def supporting_reason(page: Page, site: Site) -> str:
    """Why a page can only support a verdict rather than carry it (``duties.md`` §0.4), or "".

    The IASS's own site, a national charity or a provider's own pages explain the law, but the
    duty is that the *Local Offer* sets out the arrangements. A page on the Local Offer's own host
    is always the council's.
    """
    host = host_of(page.final_url or page.url)
    home = host_of(site.authority.local_offer_url)
    if host and host == home:
        return ""
    if any(host == h or host.endswith("." + h) for h in _SUPPORTING_HOSTS):
        return f"supporting evidence only: {host} is a national or provider site"
    if host and _IASS_HOST.search(host):
        return f"supporting evidence only (via IASS): {host} is the IASS's own site"
    return ""


def general_explainer(page: Page, site: Site, text: str) -> bool:
    """Text that explains the law to any family in England ("your local authority must…") and never
    speaks as this council: the shape of a charity or IASS explainer copied into a page."""
    norm = normalise(text)
    if len(_GENERIC_LA.findall(norm)) < 2 or _OWN_VOICE.search(norm):
        return False
    names = authority_words(site)
    return not any(re.search(rf"\b{re.escape(w)}\b", text) for w in names)


def main_indices(page: Page) -> tuple[int, ...]:
    """The page's main-content blocks (most of a council page's blocks are furniture); per page."""
    return remembered(
        page.memo, "main_indices", tuple, lambda: tuple(i for i, block in enumerate(page.blocks) if block.in_main)
    )


def section_key(page: Page, index: int) -> tuple[str, ...]:
    block = page.blocks[index]
    return (*block.heading_path, block.text) if block.kind in HEADING_KINDS else block.heading_path


HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def mentions(page: Page, pattern: re.Pattern[str]) -> bool:
    """Whether the page's main text (with its title) matches ``pattern``; memoised per page."""
    found: dict[int, tuple[re.Pattern[str], bool]] = remembered(page.memo, "mentions", dict, dict)
    key = pattern_id(pattern)
    known = found.get(key)
    if known is None or known[0] is not pattern:
        known = found[key] = (pattern, page_may_match(page, pattern) and pattern.search(page_text(page)) is not None)
    return known[1]


def page_may_match(page: Page, pattern: re.Pattern[str]) -> bool:
    """``may_match`` on the page's main text: False only when no main block can match ``pattern``."""
    literals: dict[str, bool] = remembered(page.memo, "page_literals", dict, dict)
    return may_match(pattern, page_folded(page), literals)


def page_folded(page: Page) -> str:
    """``fold`` of the page's main text: what literal prefilters test at page level."""
    return remembered(page.memo, "page_text_folded", str, lambda: fold(page_text(page)))


def page_text(page: Page) -> str:
    return remembered(
        page.memo,
        "page_text",
        str,
        lambda: normalise(" ".join([page.title, *(b.text for b in page.blocks if b.in_main)])),
    )


def context_blocks(page: Page, pattern: re.Pattern[str], avoid: re.Pattern[str] | None = None) -> set[int]:
    """Main blocks in a section about ``pattern``: the page's title or h1 names it, a heading above
    the block names it, or another block under the same heading does. ``avoid`` marks blocks that
    may not make a section relevant (family mediation mentioning "mediation")."""
    mains = list(main_indices(page))
    if pattern.search(normalise(page_heading(page))):
        return set(mains)
    if not mentions(page, pattern):
        return set()  # every rule below needs the pattern in a main heading or block
    sections: dict[tuple[str, ...], list[int]] = {}
    for i in mains:
        sections.setdefault(section_key(page, i), []).append(i)
    hot_keys = set()
    for key, members in sections.items():
        if any(search(pattern, normalise(h)) for h in key) or any(
            _names_topic(normalise(page.blocks[i].text), pattern, avoid) and not (avoid and foreign(page, i, avoid))
            for i in members
        ):
            hot_keys.add(key)
    # FAQ pages: a question with no topic of its own ("Does my child need an EHC plan?", "How do I
    # ask for it?") continues the topic of the section before it, until a question names another
    # redress route ("How do I complain?").
    # Numbered documents likewise: "7.2 Who it is for" after "7.1 Independent disagreement resolution"
    # is the same chapter, until a sibling names another redress route ("7.4 Complaints").
    # Document text: a heading with nothing under it, followed at once by a sibling heading, is a title
    # wrapped over two lines ("Disagreement Resolution" / "Service"): the sibling's section is its own.
    prev_hot = False
    prev_chapter = ""
    prev_bare: tuple[str, ...] = ()
    for key in sections:
        chapter = _chapter(key[-1]) if key else ""
        wrapped = bool(page.is_document and prev_bare and key and key[:-1] == prev_bare[:-1])
        prev_bare = (
            key if key and len(sections[key]) == 1 and page.blocks[sections[key][0]].kind in HEADING_KINDS else ()
        )
        if key in hot_keys:
            prev_hot, prev_chapter = True, chapter
        elif (
            prev_hot
            and key
            and (is_question(key[-1]) or (chapter and chapter == prev_chapter) or wrapped)
            and not REDRESS_TOPIC.search(normalise(key[-1]))
        ):
            hot_keys.add(key)
        else:
            prev_hot, prev_chapter = False, ""
    # A subsection ("How to make a referral") belongs to the topic of the section it sits in.
    hot: set[int] = set()
    for key, members in sections.items():
        if any(key[: len(k)] == k for k in hot_keys if len(k) <= len(key) and k) or key in hot_keys:
            hot.update(members)
    return hot


_NUMBERED = re.compile(r"^\s*(\d{1,2})\.\d{1,2}\.?\s+\S")


def _chapter(heading: str) -> str:
    """The chapter number of a numbered subsection heading ("7" for "7.2 Who it is for")."""
    m = _NUMBERED.match(heading)
    return m.group(1) if m else ""


def _names_topic(text: str, pattern: re.Pattern[str], avoid: re.Pattern[str] | None) -> bool:
    """The block names the topic itself, not only as part of another kind ("a community mediation
    project" beside "SEND parent groups" names neighbour mediation, not SEND mediation)."""
    if search(pattern, text) is None:  # prefiltered and memoised: most blocks never name it
        return False
    if avoid is None or not may_match(avoid, fold(text)):
        return True
    others = [m.span() for m in avoid.finditer(text)]
    return next(matches_outside(pattern, text, others), None) is not None


def page_heading(page: Page) -> str:
    """What the page says it is about: its h1, else its title without the site name after "|"/" - "."""
    h1 = " ".join(b.text for b in page.blocks if b.kind == "h1" and b.in_main)
    if h1:
        return h1
    return re.split(r"\s+[|\u2013\u2014-]\s+", page.title)[0] if page.title else ""


def _phone_ok(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if digits.startswith("44"):
        digits = "0" + digits[2:].lstrip("0")
    return digits.startswith("0") and 10 <= len(digits) <= 11


def contact_spans(text: str) -> list[tuple[int, int, str]]:
    """Contact routes in ``text``: UK phone numbers, email addresses, web addresses and forms."""
    norm = normalise(text)
    found: list[tuple[int, int, str]] = []
    for m in EMAIL.finditer(norm):
        found.append((m.start(), m.end(), "email"))
    for m in PHONE.finditer(norm):
        if _phone_ok(m.group()):
            found.append((m.start(), m.end(), "phone"))
    for m in WEB.finditer(norm):
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), "web"))
    for m in REFERRAL.finditer(norm):
        found.append((m.start(), m.end(), "form"))
    return sorted(found)


def link_only(page: Page, index: int) -> bool:
    """The block is just a link's text (a menu-like list inside main content), not an explanation."""
    return page.blocks[index].text in page.link_texts


def link_contacts(page: Page, index: int) -> list[tuple[int, int, str]]:
    """Contact routes given as links inside the block: the anchor text is found in the block."""
    block = page.blocks[index]
    out: list[tuple[int, int, str]] = []
    for link in page.links:
        if not link.in_main or not link.text or len(link.text) < 3:
            continue
        pos = block.text.find(link.text)
        if pos < 0:
            continue
        scheme = link.url.split(":", 1)[0].lower()
        kind = {"mailto": "email", "tel": "phone"}.get(scheme, "web" if scheme in ("http", "https") else "")
        if kind:
            out.append((pos, pos + len(link.text), f"{kind}-link:{link.url}"))
    return out
