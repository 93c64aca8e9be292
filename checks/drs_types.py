"""Which kinds of disagreement the disagreement resolution service covers (SEND Code of Practice
11.8): with the council about its SEN duties, with a setting about its provision, about health or
social care during EHC processes, and between the council and health commissioners.

Councils list the kinds in one sentence as often as in a bulleted list ("disagreements with a school
about support, or with the council about an assessment"; "who disagree with the local authority,
an education setting or health commissioners"). So besides whole-phrase patterns, the parties a
family disagrees *with* are read one by one from the list after "disagree(ment) with/between", or
before "… disagree": each party stands for the kind of disagreement the Code names for it. A party
named without a disagreement ("will help you and the school find a solution") is not a kind.

Families' own words for a disagreement count too: "if you're unhappy with the help your child gets",
"problems with the support at school", "where you and the school see things differently", "could not
agree"; so do the ways councils say what a plan says ("the content of section F", "what goes into the
plan") and its health side ("the health parts of the plan", "therapy the NHS should provide"). A
heading or question that asks what the service is for ("Problems it can help with", "When can I use
it?", "Common reasons families use the service") introduces every paragraph or item under it.

The service offered for a disagreement just named says what it covers ("If you disagree with us, or
with your child's school, you can use our disagreement resolution service"; "If you can't agree with
the school, disagreement resolution is available"), and so does a situation it is offered for whose
subject is a party doing or failing to do something ("You might use it if your sixth form isn't giving
you the support you were promised, or if the council has got something wrong in your plan"), and so
does an answer to "Who is it for?" that names disagreements (a list of people under it names none). A
definition list's terms ("With your child's school or college") read like list items. Help that is
someone else's is not a kind: a pronoun standing for the IASS ("Lowmoor SENDIASS offers advice. It
can help if you disagree with…"), "we" on a page titled with the IASS's name, advisers; nor is a
national explainer's account of what DR covers everywhere ("Nationally, these services…").

The council is often named by its team or service ("the SEN team", "the SEND 0-25 service", "the EHC
hub", "your EHC coordinator"), settings by their kind ("post-16 institution", "pupil referral unit",
"childminder") and health by what it funds ("NHS-funded therapy", "CAMHS input in the plan", "the
ICB's part of the plan"). Nominal lead-ins ("Scope of the service:", "Areas covered:", "Typical issues
include:") introduce kinds, and a disagreement named just before the offer of the service ("Sometimes
parents and schools don't agree… Disagreement resolution can help you both") is one it covers.
"""

from __future__ import annotations

import re

from auditor.model import CheckResult, Page, Site, Status, Strength
from checks.base import Check
from checks.common import Sentence, next_sentence, previous_sentence, result, searched_text
from checks.context import DR_TERM, IASS, general_explainer
from checks.drs_features import THEME, scan
from checks.faq import question_for
from checks.text import Hit, matches_outside, normalise, rx, sentences

COUNCIL = "the council or education bodies carrying out SEN duties"
SETTING = "the special educational provision a setting makes"
HEALTH = "health or social care during EHC processes"
COUNCIL_HEALTH = "the council and health commissioners"

DISAGREE = rx(
    r"disagree(?:s|d|ing|ments?)?",
    r"disputes?",
    # "where you and the school can't agree on…"
    r"(?:can't|cannot|can not|don't|do not|does not|doesn't|couldn't) agree",
    # "you might not agree with your college about…"
    r"(?:might|may|would|did|could|will) not agree",
    r"(?:couldn't|wouldn't|didn't|won't) agree",
    # "where you and the school see things differently", "don't see eye to eye"
    r"see\w* (?:[\w']+ ){0,3}differently",
    r"(?:don't|do not|doesn't|does not) see eye to eye",
)
# Dissatisfaction in the words families use ("if you're unhappy with the help…", "problems with the
# support your child gets", "concerns about the health parts of the plan"): a disagreement when the
# sentence says the service covers it. Read only in the sentence itself, never as a list's lead-in
# ("If you have concerns about your child" over a list of people to talk to names no kind).
# A complaint is another route (CoP 11.12), not a disagreement. The word that introduces the subject
# is left to follow the anchor, so that "unhappy with the school or the council" reads both parties.
DISSATISFIED = rx(
    r"(?:unhappy|not happy|dissatisfied)(?= (?:with|about))",
    r"(?:problems?|issues?|difficult(?:y|ies))(?= (?:with|between|over))",
    r"(?:arguments?|concerns?|worries)(?= (?:about|over|with))",
    r"worried(?= (?:about|that))",
)
_DET = r"(?:the |a |an |your |your child's |their |its |his |her |our |local )?"
# The council named by its team or service: "the SEN team", "the SEND 0-25 service", "the statutory
# assessment team", "the EHC hub", "the Inclusion service", "your EHC coordinator", "SEN casework officers".
COUNCIL_TEAM = (
    r"(?:(?:SEN|SEND)(?: 0-25| 0 to 25)? (?:team|service|casework team)"
    r"|statutory assessment (?:team|service)|EHCP? (?:hub|team|co-?ordinators?)|inclusion (?:service|team))\b"
)
# The parties a disagreement can be with, and the kind of disagreement each one stands for.
PARTIES: tuple[tuple[str, str], ...] = (
    (COUNCIL, r"(?:(?-i:[A-Z])[\w'-]+ ){0,3}(?:local authorit(?:y|ies)|council)|(?-i:LA)\b|us\b|" + COUNCIL_TEAM),
    (
        SETTING,
        r"schools?|colleges?|nurser(?:y|ies)|academ(?:y|ies)|early years (?:settings?|providers?)|(?:education "
        r")?settings?|education providers?|headteachers?|(?-i:SENCOs?)|sixth forms?|(?:apprenticeship|training) "
        r"providers?|post-16 (?:institutions?|providers?|settings?)|pupil referral units?|(?-i:PRUs?)\b|alternative "
        r"provision(?: providers?)?|independent specialist (?:providers?|colleges?|schools?)|childminders?",
    ),
    (
        HEALTH,
        r"(?:NHS )?(?:(?-i:[A-Z])[\w'-]+ ){0,3}(?:ICBs?|CCGs?)\b|integrated care boards?|clinical commissioning groups?"
        r"|NHS\b|health(?: and social care)?(?: services?| providers?| bodies| commissioners?| commissioning bodies"
        r"| professionals?)?"
        r"|social care(?: services?)?",
    ),
)
# Any party, the group of the kind it stands for (``k0``…) inside the named group ``party``.
_PARTY = r"(?P<party>" + "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(PARTIES)) + r")"
# A party introduced as one side of a disagreement: "with X", "between families and X", ", X", "or X".
_AFTER = re.compile(
    # "unhappy with the support…, or with how the council has carried out an annual review"
    r"(?:\bwith|\bbetween|\band|\bor|,)\s+(?:(?:how|the way|what) )?" + _DET + _PARTY,
    re.I,
)
# "a parent and a school disagree", "the council and the ICB disagree with each other"
# a list item's own subject too: "the school and you cannot agree…"; and a clause's ("where a school and a
# family see things differently")
_BEFORE_HEAD = r"(?:\band|\bor|,|^|\bwhere|\bwhen|\bif)\s*" + _DET
_BEFORE = re.compile(
    _BEFORE_HEAD + _PARTY + r"\s+(?:and (?:you|your family|the family|a family|families|parents|a parent)\s+)?"
    r"(?:both |may |might |can |often |sometimes )?$",
    re.I,
)
# The party before another in a chain that ends at a disagreement: "schools" in "parents and schools or
# the local authority cannot agree".
_CHAIN = re.compile(_BEFORE_HEAD + _PARTY + r"\s*$", re.I)
# A list item that is the other party itself, after a lead-in ending "…do not agree with:": "your
# school about the help your child gets".
_ITEM_PARTY = re.compile(
    r"\s*" + _DET + _PARTY + r"\b",
    re.I,
)
_WITH_LEAD = re.compile(r"\b(?:with|between)\W*$", re.I)
# A sentence that goes on with the one before it: "Or you might not agree with the council about…".
_GOES_ON = re.compile(r"\s*(?:or|and|also|or else|so (?:can|do|may|might))\b", re.I)
# The word that introduces the subject right after an anchor: "unhappy with", "concerns about".
_SUBJECT_NEXT = re.compile(r"\s+(?:with|about|over)\s+", re.I)
# A list item that opens by offering itself as an example: "For example, about the SEN support they give".
_EXAMPLE_OPENING = re.compile(r"\s*(?:for example|for instance|e\.g\.?|such as|including|like)\s*[,:]?\s*", re.I)
# The items of a list written in one line: "EHC needs assessments; EHC plans · SEN support at school".
_ITEM_SEP = re.compile(r"\s*[;\u00b7\u2022|]\s*")
# A key/value label or question that asks what the service is for: "What about?", "Helps with".
ABOUT_LABEL = rx(
    r"\bwhat (?:is it |it's |it is |are they |is the service )?(?:about|for)\W*$",
    r"\bhelps? with\W*$",
    r"\bcan help with\W*$",
    # a heading or question over the kinds: "Problems it can help with", "What kinds of problem can it sort
    # out?", "When can I use it?", "Common reasons families use the service"
    r"\b(?:kinds?|types?|sorts?) of (?:problems?|issues?|things)",
    r"\b(?:problems?|issues?) (?:it|the service|we|they) (?:can )?(?:help|sort|deal|cover)\w*",
    r"\b(?:when|what|why) (?:can|could|should|would|might|do|does) (?:I|we|you|families|parents|people) use "
    r"(?:it|this|the service)",
    r"\breasons? (?:why )?(?:\w+ ){0,2}(?:use|contact|come to) (?:it|this|the service|us|them)",
    # "This service is for you if:", "You could use it when:"
    r"\b(?:is|it's) for you (?:if|when)\W*$",
    r"\buse (?:it|this|the service) (?:if|when|where)\W*$",
    # nominal lead-ins: "Scope of the service:", "Areas covered:", "Typical issues include:"
    r"\bscope(?: of (?:the |this |our )?(?:service|scheme|arrangements?))?\W*$",
    r"\b(?:areas?|matters?|issues?|things) (?:covered|it covers|we cover)\W*$",
    r"\b(?:typical|common) (?:issues?|problems?|cases?|examples?)(?: include)?\W*$",
)
# A question or label asking who the service is for: the disagreements its answer names are the ones the
# service covers ("Who is it for? | Parents who have a disagreement with their school…, or with the local
# authority…"); unlike ``ABOUT_LABEL`` it implies no disagreement, so an answer listing people ("Parents,
# schools and the local authority") names no kind.
WHO_FOR = rx(
    r"\bwho (?:is|'s) (?:it|this|the service|disagreement resolution) for\W*$",
    r"\bwho can use (?:it|this|the service)\W*$",
)
# What a disagreement is *about*, when the other party is left implicit: "disagreements about the
# support a school is giving", "… about decisions the council has made during an assessment". A list
# item under "It can help with disagreements:" is the subject itself ("the help a pupil gets at school").
_ABOUT = r"(?:about|over|on|regarding|concerning|around)\s+"
_SUBJECT_DET = r"(?:the |a |an |your child's |their |any )?(?:(?:level|amount|kind|type|quality) of )?"
_PLACE = r"(?:(?:the|a|their|his|her|your child's) )?(?:[\w-]+ )?(?:school|college|nursery|setting|class|sixth form)"
_TOPIC_CORES: tuple[tuple[str, str], ...] = (
    (
        SETTING,
        r"(?:SEN support|special educational provision|educational (?:support|help)|(?:support|provision|help)"
        r"(?: (?:that |which )?(?:your child|a child|a pupil|a student|they|he|she|children|pupils) "
        r"(?:gets?|receives?))? (?:in|at|from) "
        + _PLACE
        + r"|(?:support|provision|help) (?:a|the|your|your child's) (?:school|college|nursery|setting) "
        r"(?:is )?(?:gives?"
        r"|giving|provides?|providing|makes?)"
        # "how your child's needs are met at school"
        r"|how (?:your child's|a child's|their|his|her) needs are (?:being )?met (?:in|at|by) " + _PLACE + ")",
    ),
    (
        COUNCIL,
        r"(?:(?:EHCP?|education,? health and care)(?: needs)? (?:assessments?|plans?)|(?:the )?(?:council|local "
        r"authority|LA)'?s? decisions?|decisions? (?:that )?(?:the |your )?(?:council|local authority|LA) (?:has "
        r"|have )?(?:made|makes|takes|took)|what (?:the |your )?(?:council|local authority|LA) (?:has )?decided"
        # "the way the council is handling an EHC needs assessment"
        r"|(?:how|the way) (?:the |your )?(?:council|local authority|LA) (?:is |has |have )?(?:handl|deal|manag|run"
        r"|carr)\w*(?: with| out)? (?:an? |the |your |your child's )?(?:EHCP?|education,? health and care)(?: needs)? "
        r"(?:assessments?|plans?|reviews?|process(?:es)?)"
        # the process itself, the council's to run: "how your child's EHC needs assessment is being handled"
        r"|(?:how|the way) (?:an? |the |your |your child's |their )?(?:EHCP?|education,? health and care)(?: needs)? "
        r"(?:assessments?|plans?|(?:annual )?reviews?|process(?:es)?)(?: or (?:annual )?reviews?)? "
        r"(?:is|are|was|were|has|have) (?:being |been )?(?:handled|carried out|done|run|managed|dealt with)"
        # what the plan says: "the content of section F", "the wording of the EHC plan", "what goes into the
        # plan", "what the council has put in the EHC plan", "how needs are described in section B"
        r"|(?:content|contents|wording) of (?:the |an |your |your child's |their )?(?:(?:EHCP?|education,? health "
        r"and care) plans?|plans?|sections? [A-K]\b)"
        r"|what(?:'s| is| goes| should go| has been put| is written| the council has put| the council puts"
        r"| the local authority has put) in(?:to)? (?:the |an |your |your child's |their )?(?:(?:EHCP?|education,? "
        r"health and care) )?plan"
        r"|how (?:\w+'s )?needs are (?:described|written|set out) in"
        # what the council's team did: "delays by the SEND team", "decisions and actions of the EHC hub"
        r"|(?:delays?|decisions?|actions?|failures?|mistakes?)(?: and \w+)?(?: (?:made|taken))? (?:by|of|from) "
        r"(?:the |your )?(?:council|local authority|LA|" + COUNCIL_TEAM + r"))",
    ),
    (
        HEALTH,
        # "the health parts of the plan", "therapy the NHS should be providing", "care that should be in the plan"
        r"(?:(?:health|social care|medical)(?: (?:and|or) (?:social )?care)? (?:parts?|sections?|elements?|side)"
        r"|(?:therapy|therapies|care|equipment|services?) (?:that |which )?(?:the )?(?:NHS|health services?"
        r"|ICBs?|integrated care boards?)\b"
        r"|(?:therapy|therapies|care)[^.]{0,40}\b(?:in|into|of) (?:section [A-K] of )?(?:the |an |your |your child's )?"
        r"(?:EHC )?plan"
        # "NHS-funded therapy", "therapy provided by the NHS", "care packages"
        r"|(?:NHS|ICB|health)[- ]funded (?:therapy|therapies|care|services?|provision|support)"
        r"|(?:therapy|therapies|care|services?) (?:provided|funded|commissioned|arranged) by (?:the )?(?:NHS|ICBs?"
        r"|health)\b|care packages?)",
    ),
)
TOPICS = tuple((label, re.compile(_ABOUT + _SUBJECT_DET + core, re.I)) for label, core in _TOPIC_CORES)
ITEM_TOPICS = tuple(
    (label, re.compile(r"\s*(?:" + _ABOUT + r")?" + _SUBJECT_DET + core, re.I)) for label, core in _TOPIC_CORES
)
_WINDOW = 220
OTHER_HELPER = rx(
    r"caseworkers?",
    r"case officers?",
    r"key workers?",
    r"(?-i:SENCOs?|SENCos?)",
    r"(?:SEN|SEND) (?:officers?|team)",
    r"local offer team",
    r"(?:class )?teachers?",
    r"headteachers?",
    # "Our impartial advisers can help you resolve a disagreement with the school": advice (the IASS's
    # work), not the DR facilitator; a mediation adviser explains mediation, not what DR covers.
    r"advis[eo]rs?",
)
# The sentence says what the service covers ("it can help with", "the service covers", "families use
# it to resolve"), not just that families disagree ("if you disagree with us, talk to us first").
COVERAGE = rx(
    r"help\w*",
    r"cover\w*",
    r"look at",
    r"deal\w* with",
    r"us(?:e|ed|es|ing) (?:it|this|the service|them|the meetings?)",
    r"(?:can|could|may) (?:(?:it|they|this|the service|the meetings?) )?be used",
    r"settle",
    r"resolv\w*",
    r"sort\w* out",
    r"for example",
    r"such as",
    r"kinds? of disagreements?",
    # "Disagreements can be about…"
    r"(?:can|could|may) (?:be about|involve|concern|relate to)",
    r"types? of disagreements?",
    # "What it's for: disputes about…", "it's also for problems with…", "families come to us when…"
    r"what (?:it's|it is|is it|the service is) for",
    r"(?:it|this|the service|resolution)(?:'s| is| are) (?:also |only |not only |mainly |just |there |meant ){0,2}for "
    r"(?:times|when|where|arguments?|disagreements?|disputes?|problems?|issues?)",
    r"(?:come|comes|came) to (?:us|them)",
    r"(?:can|could|may|might) (?:ask for|use|try|request) (?:it|this|them)\b",
    r"contact (?:us|them)",
    # the service offered for the disagreement just named: "If you disagree with us, or with the school, you
    # can use our independent disagreement resolution service"; "… disagreement resolution is available"
    r"(?:can|could|may|might) (?:ask for|use|try|request|turn to|go to) (?:our |the |an? |your )?(?:free |independent "
    r"|local |SEND |council's )*(?:disagreement|dispute) resolution",
    r"(?:disagreement|dispute) resolution(?: service| meetings?)? (?:is|are) (?:also |now |still )?available",
    r"available for (?:disagreements?|disputes?)",
)


# The service offered for a situation: "You might use it if…", "Ask for disagreement resolution when…"
_USE_IF = re.compile(
    r"\b(?:use|ask for|try|request) (?:it|this|the service|them|(?:disagreement|dispute) resolution)(?: yourself)?"
    r"(?: (?:too|also|as well))?,? (?=(?:if|when|where)\b)",
    re.I,
)
# A party as the subject of that situation, doing or failing to do something: "if your sixth form isn't giving
# you the support you were promised", "or if you think the council has got something wrong in your plan".
_IF_PARTY = re.compile(
    r"\b(?:if|when|where)\s+(?:you (?:think|feel|believe|are worried) (?:that )?)?"
    + _DET
    + _PARTY
    + r"\b(?:[\w' -]{0,40}?)\s+(?:(?:is|are|has|have|was|were|does|did|will|can)(?:n't| not)|won't|cannot"
    r"|(?:has|have|had) (?:got|made|decided|refused|reduced|cut|changed|stopped|failed|left|named|written|put)"
    r"|(?:is|are) (?:refusing|failing|cutting|reducing|stopping|planning to))\b",
    re.I,
)


_THERE_FOR = re.compile(r"\b(?:is|are) (?:there|available) (?:for|in)\b", re.I)


def _offered_next(following: str) -> bool:
    """The next sentence offers the DR service for what was just named: it names the service and says
    it helps ("Disagreement resolution can help with both", "Our service is there for both")."""
    if not DR_TERM.search(following):
        return False
    return bool(COVERAGE.search(following) or _THERE_FOR.search(following))


def _at(m: re.Match[str]) -> int:
    """Where a match names its kind: the party itself when it has one ("the council" in "the council and
    the NHS disagreeing"), else the whole match."""
    return m.start("party") if "party" in m.re.groupindex and m.group("party") else m.start()


def _kind(m: re.Match[str]) -> str:
    for i, (label, _) in enumerate(PARTIES):
        if m.group(f"k{i}"):
            return label
    return ""


def _lead_in(sent: Sentence) -> str:
    """For a list item, the words that introduce the list: the paragraph before it and its heading.
    A quotation or paragraph after a lead-in ending in a colon ("It covers the disagreements the Code
    lists:") is read the same way."""
    page = sent.page
    block = page.blocks[sent.index]
    inline = _inline_label(block.text, sent.start)
    if inline:
        return normalise(" ".join([*block.heading_path[-1:], inline]))
    i = sent.index - 1
    header: list[str] = []
    if block.kind in ("li", "dd", "dt"):
        # a definition list's terms too: "With your child's school" over "For example, about the support…"
        while i >= 0 and page.blocks[i].kind in ("li", "dd", "dt"):
            i -= 1
    elif block.kind == "td":
        # A table cell is read like a list item, its lead-in being the table's header cells too: a
        # "Between | About" table's "You and the council" row under "What disagreement resolution covers".
        while i >= 0 and page.blocks[i].kind in ("td", "th"):
            if page.blocks[i].kind == "th":
                header.insert(0, page.blocks[i].text)
            i -= 1
    elif i < 0 or not (block.quoted or page.blocks[i].text.rstrip().endswith(":")):
        # An FAQ answer or a key/value cell whose question or label asks about the disagreements
        # ("What disagreements does it cover?", "What sort of disagreements?", "What about? | …"):
        # the question is its lead-in. The service's name in it ("What is disagreement resolution?")
        # names no disagreement.
        # Every sentence of an answer paragraph answers its question ("Lots. Families come to us when…"),
        # and a section heading that names the kinds ("Problems it can help with") introduces each of its
        # paragraphs.
        asked = (
            normalise(DR_TERM.sub(" ", question_for(page, sent.index))) if sent.start == 0 or block.kind == "p" else ""
        )
        if DISAGREE.search(asked) or ABOUT_LABEL.search(asked) or WHO_FOR.search(asked):
            return asked
        heading = (
            normalise(DR_TERM.sub(" ", block.heading_path[-1])) if block.kind == "p" and block.heading_path else ""
        )
        return heading if ABOUT_LABEL.search(heading) or WHO_FOR.search(heading) else ""
    before = page.blocks[i].text if i >= 0 else ""
    if block.kind == "td":
        # Only a table said to be about disagreements or what the service covers ("Who attends | you,
        # the school and the council" is not a list of kinds).
        intro = normalise(" ".join([before, *header]))
        if not (COVERAGE.search(intro) or DISAGREE.search(DR_TERM.sub(" ", intro)) or ABOUT_LABEL.search(intro)):
            return ""
    label = question_for(page, sent.index) if block.kind in ("td", "dd") and sent.start == 0 else ""
    if label and ABOUT_LABEL.search(label) and label not in header:
        header.append(label)  # the row's own label: "Helps with | …"
    return normalise(" ".join([*block.heading_path[-1:], before, *header]))


def _inline_label(text: str, start: int) -> str:
    """A label earlier in the same block that introduces this sentence as its value: "Types of
    disagreement:" before "EHC plans; SEN support in schools" in a leaflet's key/value lines (the
    items after a ";" are still its values)."""
    for s, e in reversed([span for span in sentences(text) if span[1] <= start]):
        before = text[s:e].rstrip()
        if before.endswith(":"):
            return before
        if not before.endswith((";", ",")):
            return ""
    return ""


def _party_kinds(sent: Sentence) -> dict[str, re.Match[str]]:
    """The kinds of disagreement named through their parties, each with the party's match, when
    the sentence (or the lead-in of its list) says what the service covers."""
    text = sent.text
    kinds: dict[str, re.Match[str]] = {}
    lead = _lead_in(sent)
    covered = (
        COVERAGE.search(text)
        or COVERAGE.search(lead)
        or DR_TERM.search(lead)
        or ABOUT_LABEL.search(lead)
        or WHO_FOR.search(lead)
    )
    # "Or you might not agree with the council about …" goes on with the sentence before it; "Sometimes
    # parents and schools don't agree about support." is covered by the offer of the service right after it
    # ("Disagreement resolution can help you both find a solution", "Our service is there for both").
    if not (
        covered
        or (_GOES_ON.match(text) and COVERAGE.search(previous_sentence(sent)))
        or _offered_next(next_sentence(sent))
    ):
        return kinds
    anchors = _anchors(text, lead)
    iass_voice = bool(anchors) and _iass_voice(sent, anchors[0][0])
    for u in _USE_IF.finditer(text):
        if _someone_else(text[: u.start()]) or _iass_voice(sent, u.start()):
            continue
        for m in _IF_PARTY.finditer(text, u.end(), u.end() + _WINDOW):
            kinds.setdefault(_kind(m), m)
    for n, (start, end) in enumerate(anchors):
        if _someone_else(text[:start]) or _elsewhere(text, end) or iass_voice:
            # "SENDIASS helps parents resolve disagreements with…", "your caseworker can help if you
            # disagree with…": someone else's help, not what the DR service covers.
            continue
        # The list after this anchor runs to the next anchor (which reads its own list).
        stop = anchors[n + 1][0] if n + 1 < len(anchors) else len(text)
        window_end = min(stop, end + _WINDOW)
        for m in _AFTER.finditer(text, end, window_end):
            kind = _kind(m)
            if kind:
                kinds.setdefault(kind, m)
        # An implied anchor (a list item's start) is followed by the subject itself; so is an anchor
        # ending in a colon ("Types of disagreement: EHC plans; SEN support"), item by item.
        listed = end == 0 or text[end:window_end].lstrip(" s").startswith(":")
        starts = [end] if end == 0 else []
        example = _EXAMPLE_OPENING.match(text) if end == 0 else None
        if example is not None:
            starts.append(example.end())  # "For example, about the SEN support they give"
        # Items run together in one line only after a lead-in that names disagreements or asks what
        # they are about (not a "Who it covers | SEN support · EHC plans" row under a DR heading).
        if listed and (end or DISAGREE.search(DR_TERM.sub(" ", lead)) or ABOUT_LABEL.search(lead)):
            colon = text.find(":", end, window_end)
            starts += [colon + 1] if colon >= 0 else []
            starts += [m.end() for m in _ITEM_SEP.finditer(text, end, window_end)]
        for label, topic in ITEM_TOPICS:
            for at in starts if listed else ():
                t = topic.match(text, at)
                if t is not None:
                    kinds.setdefault(label, t)
        subject = _SUBJECT_NEXT.match(text, end) if end else None
        if subject is not None:
            # "unhappy with the help your child gets at school": the subject follows the anchor itself
            for label, topic in ITEM_TOPICS:
                t = topic.match(text, subject.end())
                if t is not None:
                    kinds.setdefault(label, t)
        for label, topic in TOPICS:
            # a paragraph answering "What sort of disagreements?": "Most are about SEN support in school"
            t = topic.search(text, end, window_end) if end or sent.page.blocks[sent.index].kind == "p" else None
            if t is not None:
                kinds.setdefault(label, t)
        if end == 0 and (_WITH_LEAD.search(lead) or _kinds_list(sent, lead)):
            for at in starts:
                p = _ITEM_PARTY.match(text, at)
                if p is not None and _kind(p):
                    kinds.setdefault(_kind(p), p)
        before = _BEFORE.search(text, max(0, start - 60), start)
        while before is not None and _kind(before):
            kinds.setdefault(_kind(before), before)
            # the rest of a chain of parties before it: "where parents and schools or the council cannot agree"
            before = _CHAIN.search(text, max(0, before.start() - 60), before.start())
    return kinds


_HELPER_ACTS = re.compile(
    r"(?:" + OTHER_HELPER.pattern + "|" + IASS.pattern + r")\s+(?:can|will|could|may|would)\s+(?:also\s+|\w+ly\s+)?"
    r"(?:help|talk|explain|go through|advise|support|arrange)\b",
    re.I,
)


def _someone_else(before: str) -> bool:
    """The words before a disagreement name someone else who helps with it: "SENDIASS helps parents
    resolve disagreements with…", "your caseworker can help if you disagree with…", "Our impartial
    advisers can help you resolve a disagreement with the school"."""
    # the council's team named as the other side ("disagree with the SEN team about…, or with the nursery")
    # is a party to the disagreement, not someone else helping with it
    before = _TEAM_AS_PARTY.sub(" ", before)
    return bool(IASS.search(before) or OTHER_HELPER.search(before))


_TEAM_AS_PARTY = re.compile(r"\b(?:with|and|between) (?:how |the way )?" + _DET + COUNCIL_TEAM, re.I)


_PRONOUN_SUBJECT = re.compile(r"\s*(?:we|it|they|the service|this service|the team)\b", re.I)


def _iass_voice(sent: Sentence, start: int) -> bool:
    """The sentence's subject is a pronoun that stands for the IASS, so the help it offers with a
    disagreement is the IASS's: "Lowmoor SENDIASS offers free advice. It can help if you disagree with
    your child's school, the council or health services" (its "can explain disagreement resolution"
    afterwards does not make DR the subject), or "We can help if you disagree with…" on a page titled
    or headed with the IASS's name. Context that names DR itself is left alone."""
    text = sent.text
    if not _PRONOUN_SUBJECT.match(text) or DR_TERM.search(text[:start]):
        return False
    block = sent.page.blocks[sent.index]
    said = [previous_sentence(sent), *block.heading_path[-1:]]
    if text.lstrip().lower().startswith("we"):
        said += [sent.page.title, *block.heading_path[:1]]
    return any(IASS.search(s) and not DR_TERM.search(s) for s in said)


def _elsewhere(text: str, end: int) -> bool:
    """The sentence sends the disagreement to someone else after naming it: "If you have problems with
    the school, the SENCo can help" (unless it names the DR service too)."""
    return bool(_HELPER_ACTS.search(text, end)) and not DR_TERM.search(text)


def _kinds_list(sent: Sentence, lead: str) -> bool:
    """A list item (or definition) under a lead-in that names disagreements or asks what the service is
    used for ("Some examples:", "Common reasons families use the service"): an item that starts with
    the other side ("a nursery not putting in place the help agreed", "the council taking longer than
    it should") names that kind. The service's own name in the lead-in does not make it one."""
    if sent.page.blocks[sent.index].kind not in ("li", "dd", "dt", "td"):
        return False
    return bool(DISAGREE.search(DR_TERM.sub(" ", lead)) or ABOUT_LABEL.search(lead))


def _kinds_lead(lead: str) -> bool:
    """The lead-in introduces disagreements: it names them ("It can help with disagreements:"), asks what
    the service is for, or says what the service covers ("What disagreement resolution covers"). The
    service's name alone ("Disagreement resolution" over an FAQ's "Families, schools and the council all
    take part by choice") introduces no disagreement."""
    named = DISAGREE.search(DR_TERM.sub(" ", lead)) or ABOUT_LABEL.search(lead)
    return bool(named or (DR_TERM.search(lead) and COVERAGE.search(lead)))


def _anchors(text: str, lead: str) -> list[tuple[int, int]]:
    """Where a disagreement is named: "disagree(ment)", "can't agree", but not the name of the
    service ("Disagreement resolution is there to help families and schools" names no kind). A list
    item introduced by "It can help with disagreements:" starts with the disagreement implied."""
    service = [m.span() for m in DR_TERM.finditer(text)]
    found = [m.span() for m in matches_outside(DISAGREE, text, service)]
    found = sorted([*found, *(m.span() for m in DISSATISFIED.finditer(text))])
    if _kinds_lead(lead) and (not found or found[0][0] > 0):
        found.insert(0, (0, 0))
    return found


TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "the council or education bodies carrying out SEN duties",
        rx(
            r"(?:(?:how|the way) |\b)(?:the |your )?(?:local authority|council|LA|borough|county|authority|education "
            r"providers?|schools?|colleges?|"
            + COUNCIL_TEAM
            + r")[^.]{0,60}(?:carr(?:y|ies|ying) out|carried out|fulfil\w*|meets?"
            r"|meeting|performs?|delivers?)[^.]{0,40}(?:duties|responsibilities|functions)",
            # "you disagree with how the council is carrying out an EHC needs assessment"
            r"disagree\w* with (?:how|what|the way) (?:the |your )?(?:local authority|council|LA|" + COUNCIL_TEAM + ")",
            r"disagreements? (?:with|between (?:you|families|parents|young people) and) (?:the )?(?:local authority"
            r"|council|LA)",
            r"(?:local authority|council|LA)'?s? (?:SEN |SEND )?(?:decisions?|duties)",
            # a case study's reported disagreement: "Daniel did not agree with the council about the college"
            r"(?:disagreed|did not agree|didn't agree|could not agree|couldn't agree) with (?:the )?(?:local authority"
            r"|council|LA) (?:about|over)",
            # "the council or a school is not doing what the law says it must do"
            r"(?:local authority|council|LA|schools?|colleges?|settings?)[^.]{0,40}(?:not doing|isn't doing|failing to"
            r" do|not following) what the law (?:says|requires)",
        ),
    ),
    (
        "the special educational provision a setting makes",
        rx(
            r"(?:schools?|early years (?:settings?|providers?)|settings?|colleges?|nursery|nurseries|academ(?:y"
            r"|ies)|education providers?|further education|sixth forms?)[^.]{0,80}(?:special educational )?"
            r"(?:provision|support) (?:they|it|that|for|is|are|being)",
            r"(?:special educational )?provision (?:made |provided )?(?:by|at|in) (?:a |an |the |your child's )?"
            r"(?:FE |further education |sixth form )?(?:school|setting|college|nursery|academy|early years|post-16 "
            r"institution|pupil referral unit|alternative provision|independent specialist)",
            r"disagreements? with (?:your child's |the |a )?(?:school|setting|college|nursery|academy|early years)",
            r"(?:special educational )?provision (?:that )?(?:a|the|your child's) (?:school|setting|college|nursery"
            r"|academy|early years)",
            # "how a school is meeting a child's special educational needs", "the school is not providing the
            # support written in the plan"
            r"(?:schools?|settings?|colleges?|nurser(?:y|ies)|academ(?:y|ies)|early years (?:settings?|providers?))"
            r"[^.]{0,30}(?:is |are |isn't |aren't )?(?:not )?(?:meet(?:s|ing)?|provid(?:es|ing)|giv(?:es|ing)"
            r"|deliver(?:s|ing)?|mak(?:es|ing))[^.]{0,40}(?:special educational (?:needs|provision)|SEN\b"
            r"|support (?:written|set out|agreed|in (?:the|their|his|her|your child's) plan)"
            r"|provision (?:written|set out|agreed|in))",
        ),
    ),
    (
        "health or social care during EHC processes",
        rx(
            r"(?:health|social care)[^.]{0,80}(?:EHC|education,? health and care|assessments?|plans?|reviews?"
            r"|re-?assessments?)",
            r"(?:EHC|education,? health and care)[^.]{0,80}(?:health|social care) (?:provision|services?|support"
            r"|needs|bodies|commissioners)",
            # "the ICB's part of the plan", "CAMHS input in your child's EHC plan", "NHS-funded therapy … in the plan"
            r"(?:ICBs?|integrated care boards?|NHS|CAMHS|health commissioners?)\b[^.]{0,60}\b(?:EHC\b|education,? "
            r"health and care|plans?\b|(?:needs )?assessments?|(?:annual )?reviews?)",
        ),
    ),
    (
        "the council and health commissioners",
        rx(
            r"between (?:the )?(?:local authority|council|LA|local authorities) and (?:the )?(?:health "
            r"commissioners?|integrated care boards?|ICBs?|CCGs?|clinical commissioning groups?|NHS)",
            r"(?:health commissioners?|integrated care boards?|ICBs?|CCGs?|clinical commissioning groups?) and "
            r"(?:the )?(?:local authority|council|LA)",
            r"(?:local authority|council|LA) and (?:the |NHS )?(?:[\w-]+ )?(?:health commissioners?|integrated care "
            r"boards?|ICBs?|CCGs?|clinical commissioning groups?|health services?|NHS|health)[^.]{0,30}(?:disagree\w*"
            r"|(?:cannot|can't|do not|don't|could not|couldn't|did not|didn't) agree)",
        ),
    ),
)


def _general(page: Page, site: Site, seen: dict[int, bool]) -> bool:
    """The page explains DR to any family in England and never speaks as this council."""
    if id(page) not in seen:
        own_text = " ".join(normalise(b.text) for b in page.blocks if b.in_main)
        seen[id(page)] = general_explainer(page, site, own_text)
    return seen[id(page)]


def _types(site: Site) -> CheckResult:
    per_type: dict[str, list[Hit]] = {}
    weak: dict[str, list[Hit]] = {}
    general: dict[int, bool] = {}
    for sent, weak_reason in scan(site, DR_TERM):
        if not weak_reason and _general(sent.page, site, general):
            # "Nationally, these services can be used for…", "Every council in England must…": the law in
            # the abstract, not this Local Offer's service (checks.md traps)
            weak_reason = "explains DR in general, not this council's service"
        named = _anchors(sent.text, "")
        if named and _iass_voice(sent, named[0][0]):
            continue  # the IASS's help with the disagreements it names, in whatever words
        found: dict[str, re.Match[str]] = {}
        pairs = dict(TYPES)[COUNCIL_HEALTH].search(sent.text)
        for label, pattern in TYPES:
            # the first match outside "between the council and the NHS" (one kind, read on its own)
            m = next(
                (
                    m
                    for m in pattern.finditer(sent.text)
                    if label == COUNCIL_HEALTH or pairs is None or not pairs.start() <= m.start() < pairs.end()
                ),
                None,
            )
            if m and not _someone_else(sent.text[: m.start()]):
                found[label] = m
        for label, m in _party_kinds(sent).items():
            found.setdefault(label, m)
        pair = found.get(COUNCIL_HEALTH)
        if pair is not None:
            # "between local authorities and health commissioners" is one kind, not also a disagreement
            # with the council and one with health.
            found = {k: m for k, m in found.items() if k == COUNCIL_HEALTH or not pair.start() <= _at(m) < pair.end()}
        for label, m in found.items():
            (weak if weak_reason else per_type).setdefault(label, []).append(sent.hit(m, 1.0, label))
    if len(per_type) >= 2:
        hits = [min(hs, key=Hit.sort_key) for hs in per_type.values()]
        return result(
            "drs_disagreement_types",
            site,
            Status.PASS,
            hits,
            keep_order=True,
            reason="describes the kinds of disagreement DR covers: " + "; ".join(per_type),
        )
    if per_type or weak:
        hits = [h for hs in [*per_type.values(), *weak.values()] for h in hs]
        return result(
            "drs_disagreement_types",
            site,
            Status.PARTIAL,
            hits,
            reason="only one kind of disagreement, or only on a supporting page",
        )
    return result(
        "drs_disagreement_types",
        site,
        Status.FAIL,
        reason="no kinds of disagreement described for DR",
        searched=searched_text(site, "the CoP 11.8 kinds of disagreement in DR sections"),
    )


DRS_DISAGREEMENT_TYPES = Check(
    id="drs_disagreement_types",
    version="11",
    title="Kinds of disagreement covered are described",
    failure_title="Kinds of disagreement covered are not described",
    description="The Local Offer describes the kinds of disagreement disagreement resolution covers (CoP 11.8): "
    "with the council or schools about SEN duties and provision, about health and social care in EHC "
    "processes, and between the council and health commissioners.",
    legal_ref="CoP 11.8",
    legal_ref_words="SEND Code of Practice 2015, paragraph 11.8",
    strength=Strength.SHOULD,
    run=_types,
    theme=THEME,
    weight=1.0,
    fix="List on the disagreement resolution page what it can help with: how the council or a school carries out "
    "its SEN duties, the special educational provision a setting makes, and health or social care provision "
    "during EHC assessments, plans and reviews.",
    why="Families can only tell whether disagreement resolution fits their problem if the Local Offer says what it "
    "covers.",
)
