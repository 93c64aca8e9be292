"""What one Local Offer page (with its linked leaflets) says about disagreement resolution (DR)
and SEND mediation: the analysis the ``drs_*`` checks share.

Each check reads one facet: the mention of DR itself, the provider, independence, contacts. The
traps of ``duties.md`` §5 are handled here once: family/neighbour mediation blocks never count,
the council's officer-led "resolution meetings" are not the s.57 arrangement, an IASS presented
as the DR service does not make the service independent, and "impartial" is not "independent".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.model import Page, Site
from checks.common import Sentence, Unit, sentences_in, units
from checks.context import (
    DR_TERM,
    IASS,
    MEDIATION,
    OTHER_MEDIATION,
    authority_words,
    contact_spans,
    context_blocks,
    foreign,
    general_explainer,
    host_of,
    link_contacts,
    supporting_reason,
)
from checks.text import Hit, negated, normalise, rx

DR_OR_MEDIATION = re.compile(f"{DR_TERM.pattern}|{MEDIATION.pattern}", re.I)

OFFICER_LED = rx(
    r"way forward meetings?",
    r"co-?production meetings?",
    r"(?:led|chaired|run|arranged|held) by (?:a |an |the |your )?(?:senior )?(?:SEND |SEN )?(?:officers?|case "
    r"?workers?|case officers?|team managers?|managers?|co-?ordinators?)",
    r"meeting with (?:a |an |the |your )?(?:senior )?(?:SEND |SEN )(?:officers?|case ?workers?|team|managers?)",
)
IND_CUE = rx(
    r"independent (?:of|from) (?:the |your |any |a )?(?:local authorit(?:y|ies)|council|LA|[A-Z][\w-]+ (?:county "
    r"|borough |city )?council)",
    r"(?:is|are|it's|they're|we're|we are|remain|remains) (?:completely |fully |entirely |totally |wholly "
    r")?independent",
    r"(?:a|an) (?:neutral |independent |impartial )?third[- ]party",
    r"independent (?:mediators?|facilitators?|persons?|people|organisations?|organizations?|company|companies"
    r"|providers?|services?|(?:disagreement|dispute) resolution(?: services?)?|(?:SEND )?mediation(?: services?| "
    r"providers?)?|professionals?|body|charity)",
    r"impartial and independent",
    r"independent and impartial",
    r"separate from (?:the |your )?(?:local authority|council)",
)
IND_NEG_CUE = rx(
    r"not (?:part of|employed by|run by|linked to|connected (?:to|with)|working for|paid by|an? employees? of) "
    r"(?:the |your |any )?(?:local authority|council|LA|school|[A-Z][\w-]+ (?:county |borough |city )?council)",
    r"(?:does not|doesn't|do not|don't) work for (?:the |your |any )?(?:local authority|council|LA)",
    r"no(?: ?one|body) (?:who is |who works for |employed by )(?:directly )?(?:employed by )?(?:the |a )?(?:local "
    r"authority|council)",
)
# "Independent" said of something other than the DR/mediation service.
IND_ELSEWHERE = rx(
    r"independent (?:schools?|special schools?|sector|advice|legal|living|travel|supporters?|parental supporters?|"
    r"review panels?|appeal panels?|experts?|reports?|assessments?|education|provision|living|advocacy|advocates?|"
    r"social workers?|specialists?|reviewing officers?|person centred)",
    r"tribunals?",
    r"ombudsman",
)
IMPARTIAL = rx(r"impartial(?:ly)?", r"neutral", r"unbiased", r"does not take sides", r"won't take sides", r"fair")
MODAL = rx(
    r"must", r"should", r"has to", r"have to", r"needs? to", r"(?:is|are) required to", r"will need to", r"ought to"
)
IASS_AS_DR = re.compile(
    rf"(?:{IASS.pattern}).{{0,80}}?\b(?:provides?|offers?|runs?|delivers?|is|are|acts? as)\b(?!\s+(?:able|here|there))"
    rf"(?:(?!\b(?:support|help|advice|advise|inform)\w*\b).){{0,40}}?(?:disagreement|dispute) resolution"
    rf"|(?:disagreement|dispute) resolution(?: service)?\s+(?:is\s+|are\s+)?(?:provided|offered|run|delivered)\s+by"
    rf"\s+(?:the\s+|our\s+)?[\w\s]{{0,30}}?(?:{IASS.pattern})",
    re.I,
)

KNOWN_PROVIDERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Global Mediation", rx(r"global mediation(?: ltd| limited)?", r"globalmediation\.co\.uk")),
    (
        "KIDS",
        re.compile(
            r"\bKIDS\b(?= (?:SEND|SEN|[Mm]ediation|[Dd]isagreement|charity))|\bKids (?:SEND )?Mediation\b|kids\.org\.uk"
        ),
    ),
    ("Together Trust", rx(r"together trust")),
    ("Prime Resolution", rx(r"prime resolution", r"prime-resolution\.co\.uk", r"prime-send\.co\.uk", r"prime send")),
    ("Community Accord", rx(r"community accord")),
)
_NAME = r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:of|and|&|[A-Z][\w&'.-]*)){0,6})"
NAMED_BY = re.compile(
    r"(?i:provided|delivered|run|offered|facilitated|arranged|carried out|commissioned|contracted)\s+(?i:by|through"
    r"|from|with)\s+"
    r"(?:the\s+)?"
    + _NAME
    + r"|"
    + _NAME.replace("name", "name2")
    + r"\s+(?:provides?|delivers?|runs?|offers?|is\s+(?:our|the))\s+"
    r"(?:our\s+|the\s+|an?\s+)?(?:independent\s+)?(?:SEND\s+|SEN\s+)?(?:mediation|disagreement resolution|dispute "
    r"resolution)"
)
ORG_WORD = re.compile(
    r"\b(?:Mediation|Resolutions?|Trust|Ltd|Limited|CIC|Services?|Solutions|Associates|Partnership|Accord|Consultancy|Consulting|Mediators|Charity|Foundation)\b"
)
NOT_PROVIDER = re.compile(
    r"\b(?:Council|Authority|County|Borough|City|SENDIASS|SENDIAS|IASS|Information|Advice|NHS|ICB|CCG|Clinical|Commissioning|"
    r"Tribunal|Government|Department|Family Mediation|Ombudsman|Local Offer|Parent Carer|Forum|School|College"
    r"|Academy)\b"
)
_LEADING = frozenset({"The", "This", "Our", "Your", "A", "An", "Their", "It"})
_GENERIC_FIRST = frozenset(
    {"Service", "Services", "Mediation", "Disagreement", "Dispute", "SEND", "SEN", "Independent", "Local", "Mediators"}
)
UNNAMED_PROVIDER = rx(
    r"an? (?:(?:independent|external|experienced|specialist|accredited|outside|separate|commissioned) )+(?:provider"
    r"|organisation|organization|company|mediation service|mediation provider|service provider|mediators?|agency)",
    r"(?:we|the council|the local authority) (?:have|has) commissioned (?:an?|the) ",
)
WEB_CONTACT_WORDS = rx(
    r"website", r"contact", r"referral", r"forms?", r"get in touch", r"email", r"call", r"visit", r"request"
)


@dataclass
class DrProfile:
    """Evidence about DR/mediation on one unit (page + linked documents), by facet."""

    unit: Unit
    supporting: str = ""
    general: bool = False
    mentions: list[Hit] = field(default_factory=list)
    officer_led: list[Hit] = field(default_factory=list)
    providers: list[tuple[str, Hit]] = field(default_factory=list)
    unnamed_provider: list[Hit] = field(default_factory=list)
    independence: list[Hit] = field(default_factory=list)
    independence_general: list[Hit] = field(default_factory=list)
    impartial_only: list[Hit] = field(default_factory=list)
    iass_as_dr: list[Hit] = field(default_factory=list)
    contacts: list[Hit] = field(default_factory=list)

    @property
    def page(self) -> Page:
        return self.unit.page

    @property
    def weak(self) -> bool:
        """Evidence here can support, not carry, a verdict (IASS/charity page, general explainer)."""
        return bool(self.supporting) or self.general


def _providers_in(sent: Sentence, site: Site) -> list[tuple[str, Hit]]:
    text = sent.text
    found: list[tuple[str, Hit]] = []
    for name, pattern in KNOWN_PROVIDERS:
        m = pattern.search(text)
        if m:
            found.append((name, sent.hit(m, 3.0)))
    if found:
        return found
    own = [w.lower() for w in authority_words(site)]
    for m in NAMED_BY.finditer(text):
        group = "name" if m.group("name") else "name2"
        raw = (m.group(group) or "").strip(" .,'")
        words = raw.split()
        while words and words[0] in _LEADING:
            words = words[1:]
        raw = " ".join(words)
        if len(words) < 2 or words[0] in _GENERIC_FIRST or not ORG_WORD.search(raw) or NOT_PROVIDER.search(raw):
            continue
        if any(w in raw.lower().split() for w in own):
            continue  # "Exampleshire SEND Mediation Service" run by the council is not an outside provider
        start = sent.start + m.start(group) + (m.group(group) or "").find(raw)
        found.append((raw, Hit(sent.page, sent.index, start, start + len(raw), 2.5)))
    return found


def _independence(sent: Sentence, profile: DrProfile, iass_dr: bool) -> None:
    text = sent.text
    hits = [m for m in IND_CUE.finditer(text) if not negated(text, m.start())]
    hits += list(IND_NEG_CUE.finditer(text))
    if not hits:
        if IMPARTIAL.search(text) and not IASS.search(text):
            m = IMPARTIAL.search(text)
            assert m is not None
            profile.impartial_only.append(sent.hit(m, 0.5, "'impartial' or 'neutral' is not independence"))
        return
    m = hits[0]
    elsewhere = IND_ELSEWHERE.search(text)
    if IASS.search(text) or (iass_dr and not any(p.search(text) for _, p in KNOWN_PROVIDERS)):
        profile.impartial_only.append(sent.hit(m, 0.5, "independence said of the IASS, not of a DR service"))
        return
    if elsewhere and not DR_OR_MEDIATION.search(text):
        profile.impartial_only.append(sent.hit(m, 0.4, f"'independent' describes {elsewhere.group(0)}"))
        return
    block = sent.page.blocks[sent.index]
    modal = MODAL.search(text[: m.start()])
    if modal or block.quoted or profile.weak:
        why = (
            "quoted from the law"
            if block.quoted
            else "states the law, not this service"
            if modal
            else profile.supporting or "general explainer"
        )
        profile.independence_general.append(sent.hit(m, 1.0, why))
    else:
        profile.independence.append(sent.hit(m, 2.0))


def _contacts(page: Page, indices: set[int]) -> list[Hit]:
    out: list[Hit] = []
    for i in sorted(indices):
        for s, e, kind in contact_spans(page.blocks[i].text):
            out.append(Hit(page, i, s, e, 1.0, kind))
        for s, e, kind in link_contacts(page, i):
            url = kind.split(":", 1)[1] if ":" in kind else ""
            external = host_of(url) not in (
                "",
                host_of(page.final_url or page.url),
                "www.gov.uk",
                "www.legislation.gov.uk",
            )
            text = page.blocks[i].text[s:e]
            if kind.startswith(("email", "phone")) or external or WEB_CONTACT_WORDS.search(normalise(text)):
                out.append(Hit(page, i, s, e, 1.0, kind))
    return out


def profile_unit(unit: Unit, site: Site) -> DrProfile:
    profile = DrProfile(unit, supporting=supporting_reason(unit.page, site))
    own_text = " ".join(normalise(b.text) for b in unit.page.blocks if b.in_main)
    profile.general = not profile.supporting and general_explainer(unit.page, site, own_text)
    for page in unit.pages:
        ctx = context_blocks(page, DR_OR_MEDIATION, OTHER_MEDIATION)
        ctx = {i for i in ctx if not foreign(page, i, OTHER_MEDIATION)}
        if not ctx:
            continue
        iass_dr = any(IASS_AS_DR.search(s.text) for s in sentences_in(page, ctx))
        for sent in sentences_in(page, ctx):
            text = sent.text
            block = page.blocks[sent.index]
            m = DR_TERM.search(text)
            if m:
                officer = OFFICER_LED.search(text)
                if officer and not any(p.search(text) for _, p in KNOWN_PROVIDERS):
                    profile.officer_led.append(
                        sent.hit(officer, 0.5, "an officer-led meeting is not the independent DR arrangement")
                    )
                elif IASS_AS_DR.search(text):
                    profile.iass_as_dr.append(sent.hit(m, 0.5, "the IASS is presented as the DR service"))
                elif block.kind not in ("h1", "h2", "h3", "h4", "h5", "h6") and len(text.split()) >= 6:
                    profile.mentions.append(sent.hit(m, 2.0 if block.kind == "p" else 1.5))
            profile.providers.extend(_providers_in(sent, site))
            um = UNNAMED_PROVIDER.search(text)
            if um:
                profile.unnamed_provider.append(sent.hit(um, 1.0, "provider described but not named"))
            _independence(sent, profile, iass_dr)
        profile.contacts.extend(_contacts(page, ctx))
    return profile


def profiles(site: Site) -> list[DrProfile]:
    """Profiles of every SEND page that talks about DR or mediation, in site (URL) order."""
    return [profile_unit(u, site) for u in units(site, DR_OR_MEDIATION)]


def contact_near(profile: DrProfile, hit: Hit, name: str) -> Hit | None:
    """A contact route for the provider named at ``hit``: in the same block, in the next few blocks
    of the same page, or a link/email whose address carries the provider's name."""
    token = re.sub(r"[^a-z]", "", name.lower())
    for c in profile.contacts:
        if c.page is not hit.page:
            continue
        address = (c.note + " " + c.matched).lower()
        if token and len(token) >= 4 and token in re.sub(r"[^a-z]", "", address):
            return c
        if ".gov.uk" in address:
            continue  # the council's own inbox or page is not the provider's contact route
        if (
            c.block_index == hit.block_index
            or 0 < c.block_index - hit.block_index <= 4
            or c.block_index == hit.block_index - 1
        ):
            return c
    return None
