"""Who provides SEND disagreement resolution or mediation: the organisations the Local Offer
names, in the ways councils name them.

Named outright (the providers of ``duties.md`` §10), named by a verb ("provided by", "arranged on
the council's behalf by", "commissions X to", "a facilitator from X"), named after a label
("Provider: X"), named as the answer to a "Who runs it?" question or a "Provided by" table/list
label, or standing alone as the organisation line of a directory record. A council's own service,
a council department, the IASS, the Tribunal or a family mediation service is never a provider, nor is
one the service used to have ("Until March 2025 … was provided by"). A name that does not read as an
organisation by itself ("Concord") only counts when the page confirms it (``drs_profile``).
"""

from __future__ import annotations

import re

from auditor.model import Site
from checks.common import Sentence, previous_sentence
from checks.context import authority_words, contact_spans
from checks.faq import HEADINGS, is_question
from checks.prefilter import search
from checks.text import Hit, normalise, rx, sentences

KNOWN_PROVIDERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Global Mediation", rx(r"global mediation(?: ltd| limited)?", r"globalmediation\.co\.uk")),
    (
        "KIDS",
        # "KIDS" in capitals is the charity's name on its own ("delivered by KIDS", "Contact KIDS"); only
        # DR/mediation sections are read, so the everyday word "kids" (lower case) never reaches here.
        # "provided by Kids", "contact Kids on": the charity's name in title case after a naming or contact word
        re.compile(
            r"\bKIDS\b|\bKids (?:SEND )?Mediation\b|kids\.org\.uk"
            r"|(?:(?<=\bby )|(?<=\bfrom )|(?<=\bthrough )|(?<=\bwith )|(?<=\bcontact )|(?<=\bcall )|(?<=\bring ))"
            r"Kids\b(?!\s+(?:with|who|and|in|of|at|to|aged|need)\b)"
        ),
    ),
    ("Together Trust", rx(r"together trust")),
    ("Prime Resolution", rx(r"prime resolution", r"prime-resolution\.co\.uk", r"prime-send\.co\.uk", r"prime send")),
    ("Community Accord", rx(r"community accord")),
)
# "disagreement resolution", "SEND mediation and disagreement resolution services": the service as object.
_SERVICES = (
    r"(?i:(?:SEND\s+|SEN\s+)?(?:independent\s+)?(?:disagreement resolution|dispute resolution|mediation)"
    r"(?:\s+(?:and|&)\s+(?:SEND\s+|SEN\s+)?(?:disagreement resolution|dispute resolution|mediation))?(?:\s+services?)?)"
)
_NAME = r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:of|and|&|[A-Z][\w&'.-]*)){0,6})"
NAMED_BY = re.compile(
    # "available through <Name>"
    # "managed by", "handled by <Name> on our behalf", "procured disagreement resolution from <Name>"
    r"(?i:provided|delivered|run|offered|facilitated|arranged|carried out|commissioned|contracted|available|managed"
    r"|handled|operated|organi[sz]ed|co-?ordinated|supplied|done|procured|purchased)"
    # "arranged on the council's behalf by", "delivered locally by", "run for us by"
    # "run for Brackenfold Council by"
    # "provided under contract by", "commissioned its disagreement resolution and mediation services from"
    # "provided independently of the council by <Name>"
    r"(?:\s+(?i:on\s+[\w']+(?:\s+[\w']+)?\s+behalf|locally|independently(?:\s+(?:of|from)\s+(?:the\s+)?(?:council"
    r"|local authority|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))?|for\s+(?:us|you|families|the\s+council)"
    r"|under\s+(?:a\s+)?contract|(?:(?:its|the|our|their)\s+)?" + _SERVICES +
    # "offered to Wrenfield families by", "provided to parents and young people by"
    r"|in\s+[A-Z][\w-]+|for\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}|to\s+(?:[A-Z][\w-]+\s+){0,2}(?i:families|parents"
    r"|carers|young people|children)(?:\s+(?i:and|or)\s+(?i:carers|young people|children))?)){0,2}"
    r"\s+(?i:by|through|from|with)\s+"
    # "run by a third party, Riverbend Mediation Trust, on behalf of the council"
    # "available through the independent provider <Name>"
    r"(?i:(?:an?|the)\s+(?:independent\s+|outside\s+|external\s+)?(?:third[- ]party|organisation|charity|company"
    r"|provider)(?:\s+called)?,?\s+)?"
    r"(?:the\s+)?"
    + _NAME
    + r"|"
    + _NAME.replace("name", "name2")
    # "<Name> (independent of the council) offers", "<Name>, an independent organisation, provides"
    # "<Name> is independent of Rillington Council and provides"
    + r"(?:\s*\([^()]{1,60}\)|\s*,[^,.;]{1,60},|\s+is\s+independent\s+(?:of|from)\s+[^,.;]{1,50}?\s+and)?"
    # "<Name> holds the council's contract for disagreement resolution", "<Name> has the contract to run"
    # "<Name> is Fenwick Vale's disagreement resolution provider"
    + r"\s+(?:provides?|delivers?|runs?|offers?|(?:is|are)\s+(?:our|the|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s)"
    # "<Name> is the independent organisation that provides disagreement resolution"
    # "<Name> is an independent provider of SEND mediation", "… an organisation providing disagreement resolution"
    r"|is\s+(?:the|an?)\s+(?:independent\s+)?(?:organisation|organization|charity|company|body|provider)\s+"
    r"(?:(?:that|which|who)\s+(?:provides|runs|delivers|offers)|of|providing|running|delivering|offering)"
    r"|(?:holds?|has|won)\s+(?:the\s+|[A-Z][\w-]*(?:\s+"
    r"[A-Z][\w-]*)?['\u2019]s\s+)?(?:council['\u2019]s\s+)?contract\s+(?:for|to\s+(?:provide|deliver|run)))"
    r"\s+(?:both\s+)?"
    # "runs Tennington's SEND disagreement resolution service": the place's possessive, like "our"
    # "<Name> is the council's mediation and disagreement resolution partner"
    r"(?:our\s+|the\s+|an?\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s\s+|(?i:council|local authority)['\u2019]s\s+)?"
    # "<Name> offer a free, confidential disagreement resolution service"
    r"(?:(?i:independent|free|impartial|confidential|local|specialist|voluntary)(?:,|\s+and)?\s+){0,3}"
    r"(?:SEND\s+|SEN\s+)?(?:mediation|disagreement resolution|dispute resolution)"
    # "has arranged for <Name> to run", "commissions <Name> to provide", "uses <Name> for"
     + r"|(?i:arranged for|commissions?|commissioned|contracts?|contracted|uses|use|appointed|has chosen|chose"
    # "The council funds <Name> to provide", "pays <Name> to run"
    r"|funds|funded|pays|paid"
    # "has asked <Name>, an independent organisation, to run", "engaged <Name> to provide"
    r"|(?:has\s+|have\s+)?asked|engaged|engages"
    r"|(?:has\s+)?a\s+contract\s+with|contracts?\s+with|works?\s+with"
    # "works in partnership with <Name> to offer", "in partnership with <Name>"
    r"|(?:works?\s+|working\s+)?in\s+partnership\s+with|partners?\s+with)\s+"
    + _NAME.replace("name", "name3")
    # "uses <Name>: 0161…", "has arranged for <Name>, an organisation independent of the council, to"
    + r"(?:\s+(?i:to|for|as)\b|\s*[.;:,]|\s*$)"
    # "The mediation service for Marshgate is <Name>", "Our mediation adviser is <Name>"
    # "Kingsfold's disagreement resolution arrangements are with <Name>"
    + r"|(?i:service|provider|partner|contractor|arrangements?|adviser|advisor|mediators?|facilitators?)"
    # "the council's provider of SEND disagreement resolution is <Name>"
    r"(?:\s+(?i:of)\s+" + _SERVICES + r")?"
    # "The mediator is from <Name>"
    r"(?:\s+(?i:for|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:\s+(?i:is|are)\s+(?:provided\s+by\s+|from\s+|with\s+)?|,\s+)"
    + _NAME.replace("name", "name4")
    # "works for <Name>", "comes from <Name>"
    + r"|(?i:works?\s+for|working\s+for|comes?\s+from|employed\s+by"
    r"|(?:call|meeting|session|conversation)s?\s+(?:is|are|will\s+be)\s+with)\s+(?:the\s+)?"
    + _NAME.replace("name", "name5")
    # Labels and contact lines: "Mediation advice: <Name>, 01632…", "Contact <Name>: 01632…", "Contact <Name> on"
    # "Fenwold's independent disagreement resolution service: <Name>"
    + r"|(?:^|[.;]\s+)(?:(?i:our|the)\s+|[A-Z][\w-]*['\u2019]s\s+)?(?i:independent\s+)?(?i:(?:SEND\s+)?mediation"
    r"(?:\s+advice|\s+adviser|\s+provider|\s+service)?|disagreement resolution(?:\s+service)?|provider"
    r"|service provider|mediation\s+(?:and|&)\s+disagreement resolution(?:\s+services?)?"
    r"|disagreement resolution\s+(?:and|&)\s+(?:SEND\s+)?mediation(?:\s+services?)?)\s*:\s*"
    + _NAME.replace("name", "name6")
    + r"|\b(?i:contact|call|ring|phone|email|speak\s+to|talk\s+to|get\s+in\s+touch\s+with"
    r"|contact\s+details\s+(?:for|of)"
    r"|refer\s+(?:(?:yourself|themselves|yourselves|your\s+child|you)\s+)?to)\s+"
    + _NAME.replace("name", "name7")
    + r"(?=\s*(?::|,|\bon\b|\bat\b|\(|\d|\.(?:\s|$)|$|\b(?i:directly|by|for|to)\b))"
    # "a trained facilitator from <Name>", "run by people from <Name>"
    + r"|(?i:facilitators?|mediators?|advisers?|advisors?|people|someone|staff|a person)\s+(?i:from|at)\s+(?:the\s+)?"
    + _NAME.replace("name", "name8")
    # "arranged independent disagreement resolution and mediation through <Name>"
    # "Disagreement resolution is through <Name>"
    + r"|(?i:mediation|resolution)(?:\s+(?i:in|for)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"\s+(?:(?i:is|are)\s+(?:available\s+)?)?(?i:through|via)\s+(?:the\s+)?"
    + _NAME.replace("name", "name9")
    # "tell <Name>'s adviser", "<Name>'s mediators"
    + r"|"
    + _NAME.replace("name", "name10")
    # a lookahead, so that "Glenmarsh's mediation adviser is <Name>" is still read by the "adviser is" form
    + r"(?=['\u2019]s\s+(?i:(?:SEND\s+)?(?:mediation\s+)?(?:advisers?|advisors?|mediators?|facilitators?))\b)"
    # Easy Read: "<Name> can help you."
    # "If you want to try it, <Name> can arrange this." "<Name> will arrange disagreement resolution meetings."
    + r"|(?:^|[.;,]\s+)"
    + _NAME.replace("name", "name11")
    + r"(?=\s+(?i:can|will|could)\s+(?:help|arrange|organi[sz]e|set\s+up|book)\b)"
    # "We spoke to The Bridge Service, who run it here", "<Name>, who provide the service"
    + r"|"
    + _NAME.replace("name", "name12")
    + r",?\s+(?i:who|which)\s+(?i:run|runs|provide|provides|deliver|delivers|offer|offers)\s+(?:it|this|"
    r"(?i:the\s+(?:service|meetings?))|"
    + _SERVICES
    + r")\b"
    # "has awarded its contract for SEND mediation to <Name>" (not the contract for home to school transport)
    + r"|(?i:award(?:s|ed)?|give[sn]?|gave)\s+(?:the\s+|its\s+|our\s+|a\s+)?(?i:contract)\s+(?:for|to\s+(?:run|provide|"
    r"deliver))\s+(?:the\s+|its\s+|our\s+)?"
    + _SERVICES
    + r"\s+to\s+"
    + _NAME.replace("name", "name13")
    # "<Name> are commissioned by the council to provide", "<Name> was appointed as the council's provider"
    + r"|"
    + _NAME.replace("name", "name15")
    + r"\s+(?i:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:commissioned|appointed|contracted|funded|chosen|"
    r"engaged)(?:\s+by\s+[^.;]{1,40}?)?\s+(?:to|as)\b)"
    # "<Name>, our mediation provider, can be contacted", "<Name> are the provider"
     + r"|" + _NAME.replace("name", "name17") + r"(?:,\s+|\s+(?i:is|are)\s+)"
    r"(?i:our|the|(?:the\s+)?(?:council|local authority)['\u2019]s|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?i:(?:commissioned|independent|appointed|chosen|current|local|SEND|SEN|mediation|disagreement resolution|"
    r"dispute resolution|and)\s+){0,5}(?i:providers?)\b(?=\s*(?:,|\.|$|\(|:|\s+(?i:of|for)\b))"
    # "SEND disagreement resolution service (<Name>): 01632…"
    + r"|"
    + _SERVICES
    + r"\s*\(\s*(?:the\s+)?"
    + _NAME.replace("name", "name18")
    + r"\s*\)"
    # a provider's own directory record: "We are <Name>, an independent organisation providing …"
    + r"|\b(?i:we\s+are)\s+(?:the\s+)?"
    + _NAME.replace("name", "name16")
    + r"(?=\s*(?:,|\(|\b(?i:and\s+we|who|an?\s+independent)\b))"
    # Easy Read: "The council pays a group called Accord Partners to do mediation."
    + r"|(?i:an?\s+(?:group|organisation|organization|charity|company|service)\s+called)\s+"
    + _NAME.replace("name", "name14")
)
_NAME_GROUPS = tuple(f"name{n}" if n > 1 else "name" for n in range(1, 19))
# The forms that say the organisation runs the service ("provided by <Name>", "<Name> runs …", "<Name>, who
# run it", "awarded the contract for mediation to <Name>", "a group called <Name>") take a name with any
# organisation word ("Clear Path Dispute Services"); the looser ones need a mediation body's (STRONG_ORG).
_STRICT_FREE = frozenset({"name", "name2", "name12", "name13", "name14", "name15", "name17", "name18"})
# A name the naming forms give that does not read as an organisation by itself (one word, no organisation
# word, or only a weak one in a looser form: "Concord", "Talking Point", "The Bridge Service can help") is a
# candidate that the page must confirm (``drs_profile``); the contact and "works for" forms give none.
_CANDIDATE_FORMS = _STRICT_FREE | {"name3", "name4", "name6", "name11"}
# A label sentence ("Mediation advice:", "Provider:") and the name that opens the sentence after it.
LABEL = re.compile(
    # "Mediation advice:", "Fenwold's independent disagreement resolution service:"
    r"^\s*(?:(?:our |the |[\w-]+['\u2019]s )?(?:independent )?(?:SEND |SEN )?(?:mediation|disagreement resolution"
    r"|dispute resolution)(?: (?:and|&) (?:SEND |SEN )?(?:mediation|disagreement resolution|dispute resolution))?"
    r"(?: advice| adviser| advisor| provider| services?)?|(?:service )?provider|contact"
    r"|provided by|delivered by|run by"
    # a key point's question as its label: "Who runs it: <Name>", "Who provides the service:"
    r"|who (?:runs|provides|delivers|offers) (?:it|this(?: service)?|the service))\s*:\s*$",
    re.I,
)
# The same label closing a line of key/value text run together: "… in schools Provider:"
LABEL_TAIL = re.compile(r"\s(?:Provider|Provided by|Delivered by|Run by|Service provider|Mediation provider)\s*:\s*$")
LABELLED_NAME = re.compile(r"^\s*" + _NAME)
ORG_WORD = re.compile(
    r"\b(?:Mediation|Resolutions?|Resolve|Trust|Ltd|Limited|CIC|Services?|Solutions|Associates|Partnership|Accord|Consultancy|Consulting|Mediators|Charity|Foundation)\b"
)
NOT_PROVIDER = re.compile(
    r"\b(?:Council|Authority|County|Borough|City|SENDIASS|SENDIAS|IASS|Information|Advice|NHS|ICB|CCG|Clinical|Commissioning|"
    r"Tribunals?|HMCTS|Courts?|Government|Department|Family Mediation|Ombudsman|Local Offer|Parent Carer|Forum|School"
    r"|College|IPSEA"
    r"|Parent Partnership"
    r"|Academy)\b"
)
# The looser naming forms ("Contact X:", "the service is X", "works for X") only count a name that
# reads as a mediation/DR body, not a council department ("Customer Services", "Children's Services").
STRONG_ORG = re.compile(r"\b(?:Mediation|Mediators|Resolutions?|Resolve|CIC|Ltd|Limited|LLP|Trust|Accord|Charity)\b")
# A name made of nothing but what a public service does ("Inclusion Support Service", "Children's
# Services", "Early Help Team") is a council or NHS department, not an outside organisation.
_DEPARTMENT = re.compile(
    r"(?:(?:Inclusion|Support|Education|Educational|Children['\u2019]?s?|Family|Families|Early|Help|Learning|Access"
    r"|Advisory|Psychology|Specialist|Teaching|Sensory|Behaviour|Outreach|Youth|Social|Care|Health|Adult|Customer"
    r"|Statutory|Assessment|Casework|Participation|Engagement|Admissions|Transport|Welfare|Attendance|Disability"
    r"|Disabilities|Needs|Special|Additional|Integrated|Commissioning|Quality|Improvement|and|&)\s+)+"
    r"(?:Services?|Team|Partnership|Hub|Unit)"
)
_LEADING = frozenset({"The", "This", "Our", "Your", "A", "An", "Their", "It"})
# A key/value line's next label run into the name: "Provider: Bridgeford Mediation Ltd Phone: 01632…"
_TRAILING = frozenset({"Phone", "Telephone", "Tel", "Email", "E-mail", "Web", "Website", "Contact", "Address"})
_GENERIC_FIRST = frozenset(
    {"Service", "Services", "Mediation", "Disagreement", "Dispute", "SEND", "SEN", "Independent", "Local", "Mediators"}
)


# The block before an answer that asks or labels who provides the service: "Who runs it?",
# "Who provides disagreement resolution?", a "Provided by" table header or definition term.
WHO_LABEL = rx(
    r"who (?:runs|provides|delivers|offers|leads|facilitates|chairs|does|is) (?:it|this|the (?:service|meetings?)|"
    r"(?:the )?(?:SEND )?(?:mediation|disagreement resolution|dispute resolution)|our provider|the provider)",
    r"who (?:is|are) (?:the |our )?(?:provider|mediators?|facilitators?)",
    r"^\s*(?:(?:service )?provider|provided by|delivered by|run by|who provides it|organisation)\s*:?\s*$",
)
# A key/value table often has no header cells: its label is a plain "td" ("Run by" | "<Name>").
_LABEL_KINDS = frozenset({"th", "td", "dt", *HEADINGS})


def _answer_or_bare_name(sent: Sentence) -> re.Match[str] | None:
    """The organisation name opening the first sentence of a block that answers "Who runs it?" or
    follows a "Provided by" label, or a block that is nothing but an organisation's name (the
    organisation line of a directory record)."""
    block = sent.page.blocks[sent.index]
    spans = sentences(block.text)
    if not spans or sent.start != spans[0][0]:
        return None
    bare = re.fullmatch(r"\s*" + _NAME + r"\s*\.?\s*", block.text) or _name_and_contact(block.text)
    if bare and STRONG_ORG.search(bare.group("name")):
        return LABELLED_NAME.match(sent.text)
    titled = _SERVICE_THEN_NAME.fullmatch(sent.text) if len(spans) == 1 else None
    if titled and STRONG_ORG.search(titled.group("name")):
        return titled  # a directory record's title "SEND Disagreement Resolution – <Name>"
    prev = sent.index - 1
    while prev >= 0 and not sent.page.blocks[prev].in_main:
        prev -= 1
    if prev < 0:
        return None
    before = sent.page.blocks[prev]
    label = normalise(before.text)
    if (before.kind in _LABEL_KINDS or is_question(label)) and WHO_LABEL.search(label):
        return LABELLED_NAME.match(sent.text)
    return None


# A block that is an organisation's name and then only its contact or the service it runs: a contact
# line "Harbourlight Accord CIC · 01632 960 414", an answer "Wyvern Resolution Services on 01632…",
# a directory record's title "Harbourlight Accord CIC – SEND disagreement resolution".
_NAME_THEN = re.compile(
    r"\s*" + _NAME + r"(?:\s*\([^()]{1,60}\))?\s*(?:[\u00b7\u2022|:,\u2013\u2014-]|\s(?i:on|at)\b)\s*(?P<rest>.+)"
)
_SERVICE_ONLY = re.compile(
    r"(?:SEND |SEN )?(?:disagreement resolution|dispute resolution|mediation)(?: (?:and|&) (?:SEND |SEN )?"
    r"(?:disagreement resolution|dispute resolution|mediation))?(?: service)?\W*",
    re.I,
)
_SERVICE_THEN_NAME = re.compile(
    r"\s*(?i:(?:SEND |SEN )?(?:disagreement resolution|dispute resolution|mediation)(?: service)?)\s*"
    r"[\u2013\u2014:|-]\s*" + _NAME + r"\s*"
)
_CONTACT_WORDS = re.compile(r"(?:\W|\b(?:tel|telephone|phone|email|e-mail|web|website|or|and)\b)*", re.I)


def _name_and_contact(text: str) -> re.Match[str] | None:
    m = _NAME_THEN.fullmatch(text)
    if m is None:
        return None
    rest = m.group("rest")
    if _SERVICE_ONLY.fullmatch(rest):
        return m
    spans = contact_spans(rest)
    if not spans:
        return None
    left = "".join(ch for i, ch in enumerate(normalise(rest)) if not any(s <= i < e for s, e, _ in spans))
    return m if _CONTACT_WORDS.fullmatch(left) else None


# A sentence about a provider the service had before: "Until 31 March 2025 disagreement resolution was
# provided by <Name>", "was previously run by", "used to be provided by".
FORMER = rx(
    r"\buntil\b[^.;]{0,40}?\b(?:19|20)\d\d\b[^.;]{0,60}?\b(?:was|were|had been)\b",
    r"\b(?:was|were|had been) (?:previously|formerly|until recently)\b",
    r"\bused to be (?:provided|run|delivered|offered)\b",
    r"\b(?:previous|former|old) provider\b",
)

# The unnamed provider a new one takes over from: "will be provided by <Name>, replacing our previous
# provider" names the new provider, not a former one.
NEW_PROVIDER = rx(
    r"(?:replac\w*|tak\w+ over from|instead of|in place of) (?:our|the|its|their) (?:previous|former|old|current|"
    r"existing) (?:provider|service|contract)"
)


def providers_in(sent: Sentence, site: Site, candidates: list[tuple[str, Hit]] | None = None) -> list[tuple[str, Hit]]:
    """The providers ``sent`` names. A name given in a form that names the service's provider but that
    does not read as a mediation body by itself (one word, or "… Service" / "… Partnership" / no
    organisation word) goes to ``candidates``: the page confirms it or not (``drs_profile``)."""
    text = sent.text
    if FORMER.search(NEW_PROVIDER.sub(" ", text)):
        return []
    found: list[tuple[str, Hit]] = []
    for name, pattern in KNOWN_PROVIDERS:
        m = search(pattern, text)  # prefiltered: most sentences name none of them
        if m:
            found.append((name, sent.hit(m, 3.0)))
    if found:
        return found
    own = [w.lower() for w in authority_words(site)]
    matches = list(NAMED_BY.finditer(text))
    before = previous_sentence(sent)
    if LABEL.match(before) or LABEL_TAIL.search(before):
        # "Mediation advice: Harbourside Mediation CIC, 01632…" is split at the colon into two sentences.
        lead = LABELLED_NAME.match(text)
        matches += [lead] if lead else []
    strict = _answer_or_bare_name(sent)
    if strict is not None:
        matches.append(strict)
    for m in matches:
        group = next((g for g in _NAME_GROUPS if m.group(g)), "name")
        raw = (m.group(group) or "").strip(" .,'")
        words = raw.split()
        while words and words[0] in _LEADING:
            words = words[1:]
        while words and words[-1] in _TRAILING:
            words = words[:-1]
        raw = " ".join(words)
        if not words or words[0] in _GENERIC_FIRST or NOT_PROVIDER.search(raw) or _DEPARTMENT.fullmatch(raw):
            continue
        if any(w in raw.lower().split() for w in own):
            continue  # "Exampleshire SEND Mediation Service" run by the council is not an outside provider
        start = sent.start + m.start(group) + (m.group(group) or "").find(raw)
        hit = Hit(sent.page, sent.index, start, start + len(raw), 2.5)
        # "Contact Customer Services on…": the looser forms need a mediation body's name
        loose = (group not in _STRICT_FREE or m is strict) and not STRONG_ORG.search(raw)
        if len(words) >= 2 and ORG_WORD.search(raw) and not loose:
            found.append((raw, hit))
        elif candidates is not None and (group in _CANDIDATE_FORMS or m is strict) and _candidate(m, group, words):
            candidates.append((raw, hit))
    return found


def _candidate(m: re.Match[str], group: str, words: list[str]) -> bool:
    """A name the page may confirm: capitalised words, or a single capitalised word of five letters or
    more; not "available from <Name>" (advice lines are "available from" charities too)."""
    if group == "name" and m.group(0).lower().startswith("available"):
        return False
    if len(words) == 1:  # not "Someone can help": a lone capitalised word opening a sentence is no name
        return group != "name11" and len(words[0]) >= 5 and words[0][:1].isupper() and words[0][1:].islower()
    return all(w[:1].isupper() or w in ("of", "and", "&") for w in words)
