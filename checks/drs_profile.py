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
from checks.common import Sentence, Unit, previous_sentence, sentences_in, units
from checks.context import (
    DR_TERM,
    EMAIL,
    IASS,
    MEDIATION,
    OTHER_MEDIATION,
    WEB,
    contact_spans,
    context_blocks,
    foreign,
    general_explainer,
    host_of,
    link_contacts,
    main_indices,
    remembered,
    supporting_reason,
)
from checks.drs_names import KNOWN_PROVIDERS, LABEL, providers_in
from checks.faq import question_for
from checks.text import Hit, matches_outside, negated, normalise, rx, sentences

DR_OR_MEDIATION = re.compile(f"{DR_TERM.pattern}|{MEDIATION.pattern}", re.I)

OFFICER_LED = rx(
    r"way forward meetings?",
    r"co-?production meetings?",
    r"(?:led|chaired|run|arranged|held) by (?:a |an |the |your )?(?:senior )?(?:SEND |SEN )?(?:officers?|case "
    r"?workers?|case officers?|team managers?|managers?|co-?ordinators?)",
    r"meeting with (?:a |an |the |your )?(?:senior )?(?:SEND |SEN )(?:officers?|case ?workers?|team|managers?)",
    # The council's own "resolution meeting" (not a "disagreement/dispute resolution meeting")
    r"(?:^|\b(?!disagreement\b|dispute\b)\w+\W+)resolution meetings?",
)
# The council, by any of its names: "the local authority", "LA", "Juniper Vale Council" (a council's name may run
# to several words).
A_COUNCIL = r"(?:local authorit(?:y|ies)|council|LA|(?:[A-Z][\w-]+ ){1,3}(?:county |borough |city |district )?council)"
IND_CUE = rx(
    # "independent of Juniper Vale Council"
    r"independent (?:of|from) (?:the |your |any |a )?" + A_COUNCIL,
    # "provided independently by <Name>"
    r"(?:provided|run|delivered|offered|facilitated|arranged) independently",
    # "run by Together Trust, independently of Marchbank Council"
    r"independently (?:of|from) (?:the |your )?(?:local authority|council|LA|(?:[A-Z][\w-]+ ){1,3}(?:county |borough "
    r"|city |district )?council)",
    r"(?:is|are|it's|they're|we're|we are|remain|remains) (?:completely |fully |entirely |totally |wholly "
    r")?independent",
    r"(?:a|an) (?:[\w-]+,? ){0,2}third[- ]party",
    r"independent (?:mediators?|facilitators?|persons?|people|organisations?|organizations?|company|companies"
    r"|providers?|services?|(?:disagreement|dispute) resolution(?: services?)?|(?:SEND )?mediation(?: services?| "
    r"providers?)?|professionals?|body|charity|community interest company|social enterprise|not[- ]for[- ]profit)",
    # "an independent, not-for-profit organisation"
    r"an independent, (?:[\w-]+,? ){1,2}(?:organisation|organization|charity|company|provider|service|body)",
    # "who are external to the council"
    r"external to (?:the |your )?(?:local authority|council|LA)",
    # "The council does not employ the mediators"
    r"(?:council|local authority|LA) (?:does not|doesn't) employ",
    # "Marlcombe's independent DR provider": the service's abbreviation before the noun
    r"independent (?:DRS?|SEND DR) (?:providers?|services?)",
    # "Provider: Harbourside Mediation CIC (independent)": the label's parenthesis
    r"\((?:an? )?independent(?: (?:organisation|organization|provider|service|charity|company))?\)",
    r"impartial and independent",
    r"independent and impartial",
    r"separate from (?:the |your )?(?:local authority|council)",
)
IND_NEG_CUE = rx(
    r"not (?:part of|employed by|run by|linked to|connected (?:to|with)|working for|paid by|an? employees? of) "
    r"(?:the |your |any )?(?:local authority|council|LA|school|(?:[A-Z][\w-]+ ){1,3}(?:county |borough |city "
    r"|district )?council)",
    # "a facilitator who does not work for Yarrowdale Council"
    r"(?:does not|doesn't|do not|don't) work for (?:the |your |any )?(?:local authority|council|LA|(?:[A-Z][\w-]+ )"
    r"{1,3}(?:county |borough |city |district )?council)",
    # "none of its advisers or mediators works for Ashworth Council"
    r"none of (?:its|their|our|the) [^.;]{1,40}? (?:works?|is employed|are employed) (?:for|by) (?:the |your )?"
    r"(?:local authority|council|LA|[A-Z][\w-]+ (?:county |borough |city )?council)",
    # "The adviser works for Prime Resolution, not for the council."
    r"(?:works?|working|employed|paid) (?:for|by) [^.;]{1,50}?,? (?:and )?not (?:for |by )?(?:the |your )?(?:local "
    r"authority|council|LA|[A-Z][\w-]+ (?:county |borough |city )?council)",
    r"no(?: ?one|body) (?:who is |who works for |employed by )(?:directly )?(?:employed by )?(?:the |a )?(?:local "
    r"authority|council)",
    # "its facilitators are not council staff", "no link to / no connection with the council"
    r"not (?:the )?(?:council|local authority|LA)(?:'s)? (?:staff|employees|officers|workers)",
    r"(?:no|without any) (?:links?|connections?|ties) (?:to|with) (?:the |your |any )?(?:local authority|council|LA|"
    r"[A-Z][\w-]+ (?:county |borough |city )?council|[\w' ]{0,30}SEN (?:service|team))",
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

UNNAMED_PROVIDER = rx(
    r"an? (?:(?:independent|external|experienced|specialist|accredited|outside|separate|commissioned) )+(?:provider"
    r"|organisation|organization|company|mediation service|mediation provider|service provider|mediators?|agency)",
    r"(?:we|the council|the local authority) (?:have|has) commissioned (?:an?|the) ",
)
# A contact route that belongs to someone other than the provider.
SOMEONE_ELSE = rx(
    r"SENDIASS",
    r"SENDIAS",
    r"(?-i:IASS)",
    r"information,? advice,? (?:and|&) support",
    r"(?:SEN|SEND) (?:team|caseworkers?|officers?|case officers?)",
    r"caseworkers?",
    r"local offer team",
    r"customer services",
    r"(?:our|the council's) (?:team|helpline|advice line)",
)
# Words of provider names too common to tie an address to one provider.
_GENERIC_NAME_WORDS = frozenset(
    {"mediation", "resolution", "resolutions", "services", "service", "partnership", "limited", "dispute", "trust"}
)
# The council itself as the contact ("contact the council", "our customer contact centre").
OWN_AUTHORITY = rx(
    r"(?:the|our) (?:council|local authority)(?:'s)? (?:on|at|by|switchboard|contact centre|customer)",
    r"contact (?:the|us|our) (?:council|local authority|team)",
    # "email the council's SEND mediation inbox", "the council's disagreement resolution team"
    r"(?:the|our) (?:council|local authority)'s (?:[\w-]+ ){0,3}(?:inbox|mailbox|email address|team|helpline)",
    r"contact us",
)
BOOKING_FORM = rx(r"(?:online )?booking form")
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


OWN_SERVICE = re.compile(r"\b(?:our|the council['\u2019]s|[A-Z][\w-]+['\u2019]s)\s+$")
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:it|they|this|these|he|she)(?:\s+\w+){0,2}\s*$", re.I)


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
    if not elsewhere and _PRONOUN_SUBJECT.match(text[: m.start()]):
        # "It is independent of the council": "it" is whatever the sentence before was about.
        before = previous_sentence(sent)
        if not DR_OR_MEDIATION.search(before):
            elsewhere = IND_ELSEWHERE.search(before)
    if IASS.search(text) or (iass_dr and not any(p.search(text) for _, p in KNOWN_PROVIDERS)):
        profile.impartial_only.append(sent.hit(m, 0.5, "independence said of the IASS, not of a DR service"))
        return
    if elsewhere and not DR_OR_MEDIATION.search(text):
        profile.impartial_only.append(sent.hit(m, 0.4, f"'independent' describes {elsewhere.group(0)}"))
        return
    block = sent.page.blocks[sent.index]
    # "You must first contact our independent mediation adviser": the modal governs the family's step;
    # "our independent …" says what this council's service is, not what the law requires.
    modal = None if OWN_SERVICE.search(text[: m.start()]) else MODAL.search(text[: m.start()])
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
        # "book through Larkspur's online booking form": the provider's booking form is a referral route
        for m in BOOKING_FORM.finditer(normalise(page.blocks[i].text)):
            out.append(Hit(page, i, m.start(), m.end(), 1.0, "form"))
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
        candidates: list[tuple[str, Hit]] = []
        for sent in sentences_in(page, ctx):
            text = sent.text
            block = page.blocks[sent.index]
            named = providers_in(sent, site, candidates)
            m = _dr_term_outside_names(text, sent.start, named)
            question = question_for(page, sent.index) if m is None and sent.start == _first_start(block.text) else ""
            # FAQ: "What is disagreement resolution?" answered "A meeting to help settle…": the answer
            # describes DR though only the question names it.
            if (
                m is None
                and DR_TERM.search(question)
                and len(text.split()) >= 6
                and not OFFICER_LED.search(text)
                and not IASS_AS_DR.search(f"{question} {text}")
            ):
                profile.mentions.append(sent.whole(1.5, f'answers "{question}"'))
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
                elif block.kind in ("td", "dd") and _names_the_service(page, sent.index):
                    # a facts table's "Service | SEND disagreement resolution": the label makes the cell a statement
                    profile.mentions.append(sent.hit(m, 1.5))
                elif (
                    block.kind in ("p", "li", "td", "dd")
                    and LABEL.match(text)
                    and len(block.text[sent.end :].split()) > 1
                ):
                    # a contact line "Mediation and disagreement resolution: <Name>, 01632…", split at its colon
                    profile.mentions.append(sent.hit(m, 1.5))
                elif block.kind in ("p", "li") and (NAMING.search(text) or _run_in_heading(sent, block.text)):
                    # Easy Read's closing "This is called disagreement resolution.", or a leaflet's
                    # numbered run-in heading "9.1 Independent disagreement resolution." over its paragraph
                    profile.mentions.append(sent.hit(m, 1.5))
            elif m is None and not any(x.search(text) for x in (OFFICER_LED, IASS, IND_ELSEWHERE)):
                # "an independent service to help resolve disagreements about special educational needs":
                # a page titled "Resolving disagreements" that describes the service without its name
                rm = RESOLVING_SERVICE.search(text)
                if rm:
                    profile.mentions.append(sent.hit(rm, 1.5, "a service to resolve SEN disagreements"))
            profile.providers.extend(named)
            um = UNNAMED_PROVIDER.search(text)
            if um:
                profile.unnamed_provider.append(sent.hit(um, 1.0, "provider described but not named"))
            _independence(sent, profile, iass_dr)
        if not profile.mentions:
            named_at = frozenset(h.block_index for _, h in profile.providers if h.page is page)
            profile.mentions.extend(_heading_mentions(page, ctx, named_at))
        page_contacts = _contacts(page, ctx)
        if candidates and not iass_dr:
            profile.providers.extend(_confirmed(page, ctx, candidates, page_contacts))
        profile.contacts.extend(page_contacts)
        profile.contacts.extend(
            _provider_block_contacts(page, ctx, [n for n, h in profile.providers if h.page is page])
        )
    return profile


# DR described by what it does, not by its name: "an independent service to help resolve disagreements".
RESOLVING_SERVICE = rx(
    r"independent (?:service|organisation|meetings?|facilitators?|mediators?) (?:to|that|which|who) (?:can |will )?"
    r"(?:help )?(?:you |families |parents )?(?:to )?(?:resolve|settle|sort out) (?:a |any |the |your )?disagreements?"
)


# Said of a named body, these make it an outside organisation (not "It is independent of the school",
# which a council service can be too).
OUTSIDE_BODY = rx(
    r"independent (?:of|from) (?:the |your |any )?" + A_COUNCIL,
    r"(?:an?|the) (?:independent|outside|external) (?:organisation|organization|charity|company|body|provider)",
    r"third[- ]party",
    r"independent (?:(?:disagreement|dispute) resolution|(?:SEND )?mediation)",
)
_PRONOUN = re.compile(r"^\W*(?:they|it|this organisation|the organisation|this charity)\b", re.I)


def _confirmed(
    page: Page, ctx: set[int], candidates: list[tuple[str, Hit]], contacts: list[Hit]
) -> list[tuple[str, Hit]]:
    """The candidate names (``providers_in``) the page confirms as an outside organisation: an email,
    web address or link in the DR section carries the name ("delivered by Concord" linked to
    concord-send…, "Even Ground Partnership" beside hello@evenground…), or the page says the named
    body is independent of the council ("Concord do not work for the council", "The Bridge Service
    can help. They do not work for the council."). A council department has neither."""
    addresses = [
        c for c in contacts if c.note.startswith(("email", "web")) and ".gov." not in (c.note + c.matched).lower()
    ]
    independent: list[str] = []
    before = ""
    for sent in sentences_in(page, ctx):
        text = sent.text
        cue = any(not negated(text, m.start()) for m in OUTSIDE_BODY.finditer(text)) or IND_NEG_CUE.search(text)
        if cue and not IASS.search(text):
            independent.append(f"{before} {text}" if _PRONOUN.match(text) else text)
        before = text
    # A one-word name is a proper name only if the page never writes it in lower case ("Families").
    prose = " ".join(EMAIL.sub(" ", WEB.sub(" ", page.blocks[i].text)) for i in main_indices(page))
    out: list[tuple[str, Hit]] = []
    for name, hit in candidates:
        if " " not in name and re.search(rf"\b{re.escape(name.lower())}\b", prose):
            continue
        words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in _GENERIC_NAME_WORDS]
        mark = next((w for w in words if len(w) >= 5), "".join(words))
        if (len(mark) >= 5 and any(_carries(c, [mark]) for c in addresses)) or any(
            _names_in(t, [name]) for t in independent
        ):
            out.append((name, hit))
    return out


# A short sentence that gives the service its name: "This is called disagreement resolution."
NAMING = rx(
    r"(?:this|it|that|these meetings?) (?:is|are) (?:called|known as|named) (?:an? )?(?:independent )?(?:SEND )?"
    r"(?:disagreement|dispute) resolution"
)
# The label of a facts table or definition list whose value is the service itself.
SERVICE_LABEL = re.compile(
    r"^\W*(?:(?:the |this )?service(?: (?:name|type|offered))?|(?:type|name) of (?:the )?service|what (?:it|this|the "
    r"service) is|what we offer|support offered)\W*$",
    re.I,
)


def _names_the_service(page: Page, index: int) -> bool:
    """A table cell or definition whose label (the ``th``/``dt`` just before it) names the service."""
    before = page.blocks[index - 1] if index > 0 else None
    return before is not None and before.kind in ("th", "dt") and bool(SERVICE_LABEL.match(normalise(before.text)))


_RUN_IN = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+\S")


def _run_in_heading(sent: Sentence, block_text: str) -> bool:
    """A numbered sentence that opens a paragraph with a body of its own after it."""
    return (
        sent.start == _first_start(block_text)
        and bool(_RUN_IN.match(sent.text))
        and (len(block_text[sent.end :].split()) >= 12)
    )


def _dr_term_outside_names(text: str, offset: int, named: list[tuple[str, Hit]]) -> re.Match[str] | None:
    """The first DR term in the sentence that is not part of a provider's name: "provided by
    Clearwater Dispute Resolution" names an organisation, not the disagreement resolution service."""
    return next(matches_outside(DR_TERM, text, [(h.start - offset, h.end - offset) for _, h in named]), None)


def _heading_mentions(page: Page, ctx: set[int], named_at: frozenset[int] = frozenset()) -> list[Hit]:
    """A heading that names DR ("Our disagreement resolution service") over a section whose body
    describes it in short answers, table cells or list items that never repeat the term: the heading
    is the mention; so is a short card's heading ("Disagreement Resolution Service" over "Provided by
    <Name>" and a phone line) whose body names the provider. Not for an officer-led meeting or the IASS
    presented as the DR service."""
    out: list[Hit] = []
    for i in sorted(ctx):
        block = page.blocks[i]
        m = DR_TERM.search(block.text) if block.kind in ("h1", "h2", "h3", "h4", "h5", "h6") else None
        if m is None or OFFICER_LED.search(block.text) or IASS_AS_DR.search(block.text):
            continue
        key = (*block.heading_path, block.text)
        body = [
            j
            for j in ctx
            if j > i and page.blocks[j].heading_path[: len(key)] == key and page.blocks[j].kind not in _HEADINGS
        ]
        words = sum(len(page.blocks[j].text.split()) for j in body)
        # the provider line may itself be read as a heading under it ("Provided by <Name>" in a leaflet)
        named = any(j > i and j in named_at and page.blocks[j].heading_path[: len(key)] == key for j in ctx)
        if (words >= 12 or named) and not any(IASS_AS_DR.search(page.blocks[j].text) for j in body):
            out.append(Hit(page, i, m.start(), m.end(), 1.0, "the section heading names DR"))
    return out[:1]


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _first_start(text: str) -> int:
    spans = sentences(text)
    return spans[0][0] if spans else 0


def _names_in(text: str, names: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names)


def _short_names(names: list[str]) -> list[str]:
    """Each name with its distinctive first word, as a leaflet's later headings use it: "How to
    contact Evenkeel" for Evenkeel Dispute Resolution."""
    out = list(names)
    for name in names:
        first = name.split()[0] if name.split() else ""
        if len(first) >= 5 and first.lower() not in _GENERIC_NAME_WORDS and first[:1].isupper():
            out.append(first)
    return out


def _provider_block_contacts(page: Page, ctx: set[int], names: list[str]) -> list[Hit]:
    """Contacts outside the DR/mediation section that belong to a named provider: a leaflet's
    closing "Contact KIDS" block followed by its phone and email, wherever the layout put them."""
    if not names:
        return []
    out: list[Hit] = []
    mains = [i for i in main_indices(page) if i not in ctx]
    # A "Contact" section of its own ("0114… · book@truenorthresolution…"): an address that carries
    # the provider's distinctive name is the provider's, whatever heading it sits under.
    marks = [w for n in names for w in re.findall(r"[a-z]{5,}", n.lower())[:1] if w not in _GENERIC_NAME_WORDS]
    for i in mains:
        window = " ".join(page.blocks[j].text for j in range(max(0, i - 2), i + 1) if page.blocks[j].in_main)
        found = _contacts(page, {i})
        if not _names_in(window, _short_names(names)):
            found = [h for h in found if h.note.startswith(("email", "url", "web", "link")) and _carries(h, marks)]
        out += [
            Hit(h.page, h.block_index, h.start, h.end, h.score, h.note + " (provider's contact block)") for h in found
        ]
    return out + _sidebar_card_contacts(page, names)


def _sidebar_card_contacts(page: Page, names: list[str]) -> list[Hit]:
    """A contact box beside the main content (a sidebar, outside ``main``) that opens with nothing
    but the provider's name, the main text having named it: "The Bridge Service" over "Phone: (01632)
    960 744". Only the two blocks after the name line are read, so a footer further down is not."""
    own = _short_names(names)
    # "Parley Mediation Ltd", or a heading over the card that names it: "Contact Parley Mediation"
    card = re.compile(
        r"\W*(?:(?:contact(?: details)?(?: for)?|how to contact|get in touch with|talk to)\s+)?(?:the\s+)?(?:"
        + "|".join(re.escape(n) for n in own)
        + r")(?-i:\s+[A-Z][\w&-]*){0,2}\W*",
        re.I,
    )
    out: list[Hit] = []
    for i, block in enumerate(page.blocks):
        if block.in_main or not card.fullmatch(block.text):
            continue
        for j in range(i + 1, min(i + 3, len(page.blocks))):
            if page.blocks[j].in_main:
                break
            out += [
                Hit(page, j, s, e, 1.0, f"{kind} (provider's contact block)")
                for s, e, kind in contact_spans(page.blocks[j].text)
            ]
    return out


def _carries(hit: Hit, marks: list[str]) -> bool:
    """The contact's address (an email or web address) carries one of the providers' names."""
    address = re.sub(r"[^a-z]", "", (hit.note + " " + hit.matched).lower())
    return any(m in address for m in marks)


def profiles(site: Site) -> list[DrProfile]:
    """Profiles of every SEND page that talks about DR or mediation, in site (URL) order."""
    # Several checks read the same profiles: built once per site.
    return list(
        remembered(
            site.memo, "dr_profiles", tuple, lambda: tuple(profile_unit(u, site) for u in units(site, DR_OR_MEDIATION))
        )
    )


def someone_else(block_text: str) -> bool:
    """The block's contact belongs to the SENDIASS, the SEN team or the council, not a DR service."""
    return bool(SOMEONE_ELSE.search(block_text) or OWN_AUTHORITY.search(block_text))


# The heading of a section about something else than the DR/mediation service.
OTHER_TOPIC = rx(
    r"complain\w*",
    r"tribunal",
    r"appeal\w*",
    r"ombudsman",
    r"SENDIASS",
    r"SENDIAS",
    r"(?-i:IASS)",
    r"information,? advice,? (?:and|&) support",
    r"admissions?",
    r"transport",
    r"PALS",
    r"(?:SEN|SEND) team",
)


def _other_topic(contact: Hit, hit: Hit, name: str) -> bool:
    """The contact sits under a heading of its own about another topic (complaints, the Tribunal, the
    SENDIASS…) that the provider's sentence is not under, and the heading does not name the provider."""
    path = contact.block.heading_path
    if not path or path == hit.block.heading_path:
        return False
    last = path[-1]
    return (
        last not in hit.block.heading_path
        and bool(OTHER_TOPIC.search(last))
        and not DR_OR_MEDIATION.search(last)
        and not _names_in(last, _short_names([name]))
    )


def _own_inbox(contact: Hit) -> bool:
    """An email address on the Local Offer's own domain ("events@pennington-send…" on
    pennington-send…) is the council's or the site's inbox, not the provider's."""
    if not contact.note.startswith("email"):
        return False
    own = host_of(contact.page.final_url or contact.page.url).removeprefix("www.")
    domain = contact.matched.rsplit("@", 1)[-1].lower() if "@" in contact.matched else ""
    if not domain and ":" in contact.note:
        domain = contact.note.split(":", 1)[1].rsplit("@", 1)[-1].lower()
    return bool(own) and (domain == own or domain.endswith("." + own))


def _sentence_at(hit: Hit) -> str:
    """The sentence of its block the hit starts in."""
    text = hit.block.text
    return normalise(next((text[s:e] for s, e in sentences(text) if s <= hit.start < e), text))


def contact_near(profile: DrProfile, hit: Hit, name: str) -> Hit | None:
    """A contact route for the provider named at ``hit``: in the same block, in the next few blocks
    of the same page, or a link/email whose address carries the provider's name."""
    token = re.sub(r"[^a-z]", "", name.lower())
    # "Northgate" of "Northgate Resolution CIC" in "northgate-resolution.example.org.uk/refer"
    distinct = [w for w in re.findall(r"[a-z]{5,}", name.lower()) if w not in _GENERIC_NAME_WORDS]
    only_provider = len({n.lower() for n, h in profile.providers if h.page is hit.page}) == 1
    for c in profile.contacts:
        if c.page is not hit.page:
            continue
        address = (c.note + " " + c.matched).lower()
        squashed = re.sub(r"[^a-z]", "", address)
        if token and len(token) >= 4 and (token in squashed or any(w in squashed for w in distinct[:1])):
            return c
        if ".gov.uk" in address or _own_inbox(c):
            continue  # the council's own inbox or page is not the provider's contact route
        block_text = normalise(c.block.text)
        if not _names_in(block_text, [name]) and SOMEONE_ELSE.search(block_text):
            continue  # the SENDIASS's or the council team's number, not the provider's
        own = _sentence_at(c)
        if not _names_in(own, [name]) and someone_else(own):
            continue  # "… was provided by <Name>. Please contact the SEN Team on 01632…": the team's number
        if _other_topic(c, hit, name):
            continue  # "Complaints: … call 01632…" under its own heading is not the provider's line
        same_section = c.block.heading_path == hit.block.heading_path and c.block_index > hit.block_index
        # A page naming one provider only: a contact in its DR/mediation section is that provider's.
        if only_provider and not SOMEONE_ELSE.search(block_text) and not OWN_AUTHORITY.search(block_text):
            return c
        if (
            c.block_index == hit.block_index
            or 0 < c.block_index - hit.block_index <= 4
            or c.block_index == hit.block_index - 1
            or same_section
            or c.note.endswith("(provider's contact block)")
        ):
            return c
    return None
