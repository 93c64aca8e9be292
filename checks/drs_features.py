"""What the Local Offer tells families about disagreement resolution (DR) and SEND mediation:
that it is voluntary, covers all SEN, which disagreements it covers, that it leaves the right of
appeal untouched, and that it is confidential (SEND Code of Practice 11.6–11.10; CFA s.57).

These are descriptive duties, so a faithful quotation of the Code counts: it tells families the
rule. Only sentences in a DR or mediation section of a SEND page count, never family, neighbour
or workplace mediation, and a page on the IASS's or a charity's own site only supports (partial).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from auditor.model import CheckResult, Site, Status, Strength
from checks.base import Check
from checks.common import Sentence, result, searched_text, sentences_in, units
from checks.context import DR_TERM, IASS, MEDIATION, OTHER_MEDIATION, context_blocks, foreign, supporting_reason
from checks.drs_profile import DR_OR_MEDIATION
from checks.text import Hit, negated, rx

THEME = "disagreement_resolution"


def scan(site: Site, topic: re.Pattern[str]) -> Iterator[tuple[Sentence, str]]:
    """Sentences in sections about ``topic`` on SEND pages (and their leaflets), with the reason
    the page can only support a verdict ("" for the Local Offer's own pages)."""
    for unit in units(site, topic):
        for page in unit.pages:
            weak = supporting_reason(page, site)
            ctx = {i for i in context_blocks(page, topic, OTHER_MEDIATION) if not foreign(page, i, OTHER_MEDIATION)}
            for sent in sentences_in(page, ctx):
                yield sent, weak


def _verdict(
    check_id: str, site: Site, found: list[Hit], weak: list[Hit], near: list[Hit], what: str, ok: str
) -> CheckResult:
    if found:
        return result(check_id, site, Status.PASS, found, reason=ok)
    if weak:
        return result(
            check_id, site, Status.PARTIAL, weak, reason=weak[0].note or "only on a supporting page", near=near
        )
    return result(
        check_id, site, Status.FAIL, reason=f"not stated: {ok}", searched=searched_text(site, what), near=near
    )


def _simple(
    check_id: str,
    topic: re.Pattern[str],
    cue: re.Pattern[str],
    ok: str,
    what: str,
    skip: Callable[[Sentence], str] | None = None,
) -> Callable[[Site], CheckResult]:
    """A check that passes on any non-negated ``cue`` sentence in a ``topic`` section."""

    def run(site: Site) -> CheckResult:
        found: list[Hit] = []
        weak: list[Hit] = []
        near: list[Hit] = []
        for sent, weak_reason in scan(site, topic):
            m = cue.search(sent.text)
            if m is None:
                continue
            why = skip(sent) if skip else ""
            if why or negated(sent.text, m.start(), window=3):
                near.append(sent.hit(m, 0.5, why or "negated"))
            elif weak_reason:
                weak.append(sent.hit(m, 1.0, weak_reason))
            else:
                found.append(sent.hit(m, 2.0 if not sent.page.is_document else 1.5))
        return _verdict(check_id, site, found, weak, near, what, ok)

    return run


VOLUNTARY = rx(
    r"(?:is|are|it's|remains?) (?:entirely |completely |always |totally |purely )?(?:a )?voluntary",
    r"voluntary (?:process|service|meeting|and (?:confidential|free|informal))",
    r"on a voluntary basis",
    r"(?:you|families|parents|young people|carers) (?:do not|don't|does not|doesn't) have to (?:use|take part|go"
    r"|attend|try|agree|accept)",
    r"(?:you|families|parents|young people) (?:are not|aren't) (?:obliged|required|forced|made|expected) to (?:use"
    r"|take part|go|attend|try)",
    r"(?:is|are) (?:not|never) (?:compulsory|mandatory|obligatory)",
    r"(?:it is|it's) (?:entirely |completely )?(?:your|their) (?:choice|decision)",
    r"(?:up to you|your choice) (?:whether|if)",
    r"(?:you|families|parents) (?:can|may) (?:choose|decide) (?:whether|if|not) to",
    r"(?:all|both|everyone|every) (?:of the )?(?:parties|sides|party|people)(?: involved)? (?:must|need to|have to"
    r"|should|has to|needs to) (?:agree|be willing|consent|want)",
    r"(?:with|needs|requires|need) the (?:agreement|consent) of (?:all|both|everyone|every)",
    r"only (?:go ahead|take place|happen|proceed|be used) (?:if|when) (?:all|both|everyone)",
    r"(?:all|both) parties (?:agree|are willing|consent)",
)
CONFIDENTIAL = rx(
    r"confidential(?:ity)?",
    r"without prejudice",
    r"(?:will not|won't|cannot|can't|is not|isn't|are not|aren't) (?:be )?(?:shared|used|passed on|told|disclosed"
    r"|reported|mentioned|referred to|repeated|used as evidence)",
    r"(?:stays?|kept|remains?|is) (?:private|confidential|between)",
    r"off the record",
)
CONF_SUBJECT = rx(
    r"mediat\w*",
    r"disagreement resolution",
    r"dispute resolution",
    r"meetings?",
    r"sessions?",
    r"discussions?",
    r"(?:what|anything|everything) (?:is |you )?(?:said|say|discuss\w*|share)",
    r"process",
    r"conversations?",
)
CONF_OTHER = rx(
    r"free,? impartial,? (?:and )?confidential",
    r"impartial and confidential",
    r"privacy",
    r"data protection",
    r"cookies?",
    r"GDPR",
    r"personal (?:data|information)",
    r"policy",
)


def _confidential_skip(sent: Sentence) -> str:
    text = sent.text
    if IASS.search(text) or CONF_OTHER.search(text):
        return "confidentiality of the IASS or of personal data, not of DR meetings"
    if not CONF_SUBJECT.search(text):
        return "does not say what is confidential"
    return ""


_voluntary = _simple(
    "drs_voluntary",
    DR_OR_MEDIATION,
    VOLUNTARY,
    "using DR or mediation is voluntary / needs everyone's agreement",
    "'voluntary', 'you do not have to', 'all parties must agree' in DR/mediation sections",
)
_confidential = _simple(
    "drs_confidential",
    DR_OR_MEDIATION,
    CONFIDENTIAL,
    "DR/mediation meetings are confidential or without prejudice",
    "'confidential', 'without prejudice', 'not shared with the Tribunal' in DR/mediation sections",
    _confidential_skip,
)

EHC = r"(?:an? )?(?:EHC|education,? health (?:and|&) care|EHCP)(?: needs)?(?: assessment| plan| P)?"
ALL_SEN = rx(
    rf"(?:do not|don't|does not|doesn't|won't|will not) (?:need|have|require) (?:to have )?{EHC}",
    rf"(?:without|with or without) {EHC}",
    rf"whether or not (?:your child|the child|the young person|you|they) (?:has|have|is getting) {EHC}",
    rf"(?:has|have) {EHC} or not",
    r"not (?:just|only) (?:for )?(?:children|those|young people|families|pupils)(?: and young people)? (?:with|who "
    r"have|who are being assessed|being assessed)",
    r"all (?:children|pupils)(?: and young people)? with (?:SEN|SEND|special educational needs)",
    r"any (?:child|children|young person|young people|family|families|pupil)(?: or young (?:person|people))? with "
    r"(?:SEN|SEND|special educational needs)",
    r"any aspect of (?:SEN|SEND|special educational) (?:provision|support|needs)",
    r"(?:including|includes|and) (?:children|those|young people|pupils)(?: and young people)? (?:on|receiving"
    r"|getting|at) SEN support",
    rf"(?:including|includes|even if|even when) (?:those |children |young people |your child |you )?(?:without|"
    rf"(?:does|do) not have|(?:doesn't|don't) have) {EHC}",
)
EHC_RESTRICTED = rx(
    rf"only (?:be )?(?:available |open |offered |used |applies |apply )?(?:to |for |if |when |where )(?:children "
    rf"|families |parents |young people |those |pupils |you |your child )?[^.]{{0,40}}(?:with|have|has|hold|holds"
    rf"|who have) {EHC}",
    rf"(?:available|open) only to [^.]{{0,30}}with {EHC}",
    rf"(?:must|will need to) (?:already )?have {EHC}",
    rf"(?:you|your child|families) (?:need|needs|will need|must have) {EHC} (?:to|before|in order to)",
)


def _all_sen(site: Site) -> CheckResult:
    found: list[Hit] = []
    weak: list[Hit] = []
    restrict: list[Hit] = []
    for sent, weak_reason in scan(site, DR_TERM):
        text = sent.text
        if MEDIATION.search(text) and not DR_TERM.search(text):
            continue  # SEND mediation is rightly only about EHC decisions: not a statement about DR
        m = ALL_SEN.search(text)
        bad = EHC_RESTRICTED.search(text)
        if bad and not negated(text, bad.start(), window=4) and not m:
            restrict.append(sent.hit(bad, 1.0, "restricts DR to EHC cases, contrary to CoP 11.7"))
        elif m:
            (weak if weak_reason else found).append(sent.hit(m, 2.0, weak_reason))
    if found and restrict:
        return result(
            "drs_all_sen",
            site,
            Status.PARTIAL,
            found + restrict,
            reason="says DR covers all SEN but also restricts it to EHC cases",
        )
    if found:
        return result(
            "drs_all_sen", site, Status.PASS, found, reason="DR covers all children and young people with SEN"
        )
    if weak:
        return result("drs_all_sen", site, Status.PARTIAL, weak, reason=weak[0].note, near=restrict)
    reason = "says DR is only for EHC cases" if restrict else "does not say DR covers children without EHC plans"
    return result(
        "drs_all_sen",
        site,
        Status.FAIL,
        reason=reason,
        near=restrict,
        searched=searched_text(
            site, "'you do not need an EHC plan', 'all children with SEN', 'SEN support' in DR sections"
        ),
    )


TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "the council or education bodies carrying out SEN duties",
        rx(
            r"(?:how|the way) (?:the |your )?(?:local authority|council|LA|education providers?|schools?"
            r"|colleges?)[^.]{0,60}(?:carr(?:y|ies|ying) out|carried out|fulfil\w*|meets?|meeting|performs?"
            r"|delivers?)[^.]{0,40}(?:duties|responsibilities)",
            r"disagreements? (?:with|between (?:you|families|parents|young people) and) (?:the )?(?:local authority"
            r"|council|LA)",
            r"(?:local authority|council|LA)'?s? (?:SEN |SEND )?(?:decisions?|duties)",
        ),
    ),
    (
        "the special educational provision a setting makes",
        rx(
            r"(?:schools?|early years (?:settings?|providers?)|settings?|colleges?|nursery|nurseries|academ(?:y"
            r"|ies)|education providers?|further education)[^.]{0,80}(?:special educational )?(?:provision|support)"
            r" (?:they|it|that|for|is|are|being)",
            r"(?:special educational )?provision (?:made |provided )?(?:by|at|in) (?:a |the |your child's )?"
            r"(?:school|setting|college|nursery|academy|early years)",
            r"disagreements? with (?:your child's |the |a )?(?:school|setting|college|nursery|academy|early years)",
            r"(?:special educational )?provision (?:that )?(?:a|the|your child's) (?:school|setting|college|nursery"
            r"|academy|early years)",
        ),
    ),
    (
        "health or social care during EHC processes",
        rx(
            r"(?:health|social care)[^.]{0,80}(?:EHC|education,? health and care|assessments?|plans?|reviews?"
            r"|re-?assessments?)",
            r"(?:EHC|education,? health and care)[^.]{0,80}(?:health|social care) (?:provision|services?|support"
            r"|needs|bodies|commissioners)",
        ),
    ),
    (
        "the council and health commissioners",
        rx(
            r"between (?:the )?(?:local authority|council|LA|local authorities) and (?:the )?(?:health "
            r"commissioners?|integrated care boards?|ICBs?|CCGs?|clinical commissioning groups?|NHS)",
            r"(?:health commissioners?|integrated care boards?|ICBs?|CCGs?|clinical commissioning groups?) and "
            r"(?:the )?(?:local authority|council|LA)",
        ),
    ),
)


def _types(site: Site) -> CheckResult:
    per_type: dict[str, list[Hit]] = {}
    weak: dict[str, list[Hit]] = {}
    for sent, weak_reason in scan(site, DR_TERM):
        for label, pattern in TYPES:
            m = pattern.search(sent.text)
            if m:
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


DRS_VOLUNTARY = Check(
    id="drs_voluntary",
    version="1",
    title="Disagreement resolution explained as voluntary",
    failure_title="Not stated that disagreement resolution is voluntary",
    description="The Local Offer says using disagreement resolution (or SEND mediation) is voluntary, needs all "
    "parties' agreement, or that families need not use it.",
    legal_ref="CoP 11.6",
    legal_ref_words="SEND Code of Practice 2015, paragraph 11.6",
    strength=Strength.SHOULD,
    run=_voluntary,
    theme=THEME,
    weight=1.0,
    fix="On the disagreement resolution and mediation pages, add: 'Using this service is voluntary: it only goes "
    "ahead if everyone agrees, and you do not have to use it.'",
    why="Families should know they can say no, and that the council cannot make them use it.",
)
DRS_ALL_SEN = Check(
    id="drs_all_sen",
    version="1",
    title="Disagreement resolution open to all children and young people with SEN",
    failure_title="Not stated that disagreement resolution covers all SEN",
    description="The Local Offer says disagreement resolution covers all children and young people with SEN, not "
    "only those with (or being assessed for) an EHC plan.",
    legal_ref="CoP 11.7",
    legal_ref_words="SEND Code of Practice 2015, paragraph 11.7",
    strength=Strength.SHOULD,
    run=_all_sen,
    theme=THEME,
    weight=1.0,
    fix="Add to the disagreement resolution page: 'You do not need an EHC plan to use disagreement resolution: it "
    "is for any child or young person with SEN, including those on SEN support.'",
    why="Most children with SEN have no EHC plan; their families are entitled to this help too and need to be told so.",
)
DRS_DISAGREEMENT_TYPES = Check(
    id="drs_disagreement_types",
    version="1",
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
DRS_CONFIDENTIAL = Check(
    id="drs_confidential",
    version="1",
    title="Disagreement resolution and mediation explained as confidential",
    failure_title="Not stated that disagreement resolution is confidential",
    description="The Local Offer says disagreement resolution or SEND mediation meetings are confidential / "
    "without prejudice to any Tribunal appeal.",
    legal_ref="CoP 11.10",
    legal_ref_words="SEND Code of Practice 2015, paragraph 11.10",
    strength=Strength.SHOULD,
    run=_confidential,
    theme=THEME,
    weight=1.0,
    fix="Add to the disagreement resolution and mediation pages: 'What is said in the meeting is confidential and "
    "cannot be used in a later Tribunal appeal.'",
    why="Families speak more freely when they know what they say cannot be used against them at a Tribunal.",
)
