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
from checks.common import Sentence, previous_sentence, qa_hit, result, searched_text, sentences_in, units
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
    qa: tuple[tuple[re.Pattern[str], str], ...] = (),
) -> Callable[[Site], CheckResult]:
    """A check that passes on any non-negated ``cue`` sentence in a ``topic`` section, or on an FAQ
    answer whose question and yes/no match one of the ``qa`` rules."""

    def run(site: Site) -> CheckResult:
        found: list[Hit] = []
        weak: list[Hit] = []
        near: list[Hit] = []
        for sent, weak_reason in scan(site, topic):
            m = cue.search(sent.text)
            if m is None:
                answer = qa_hit(sent, qa) if qa else None
                if answer is not None:
                    (weak if weak_reason else found).append(
                        Hit(answer.page, answer.block_index, answer.start, answer.end, 1.5, weak_reason or answer.note)
                    )
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
    # "Meetings are free and voluntary", "It is free, confidential and voluntary"
    r"(?:is|are|it's) (?:(?:free|confidential|informal|impartial|independent|optional|private),? (?:and )?)+"
    r"voluntary",
    r"(?:is|are|it's) (?:entirely |completely |always )?optional",
    r"voluntary (?:process|service|meeting|and (?:confidential|free|informal))",
    r"on a voluntary basis",
    r"(?:you|families|parents|young people|carers) (?:do not|don't|does not|doesn't) have to (?:use|take part|go"
    r"|attend|try|agree|accept|do (?:it|this|that)|join in|join|mediate|be involved|go ahead|have (?:it|mediation"
    r"|a meeting))",
    r"(?:you|families|parents|young people) (?:are not|aren't) (?:obliged|required|forced|made|expected) to (?:use"
    r"|take part|go|attend|try)",
    r"(?:is|are) (?:not|never) (?:compulsory|mandatory|obligatory)",
    r"(?:it is|it's) (?:entirely |completely )?(?:your|their) (?:choice|decision)",
    r"(?:up to you|your choice) (?:whether|if)",
    # "Taking part is your choice", "Whether you go to mediation is your decision"
    r"(?:taking part|using (?:it|the service|this service|disagreement resolution|mediation)|going ahead|attending"
    r"|participation|participating|whether (?:or not )?(?:you|to) [^.;]{1,40}?) (?:is|remains) (?:entirely "
    r"|completely |always |totally )?(?:up to you|(?:your|their|the family's) (?:own )?(?:choice|decision))",
    r"(?:you|families|parents) (?:can|may) (?:choose|decide) (?:whether|if|not) to",
    r"(?:all|both|everyone|every) (?:of the )?(?:parties|sides|party|people)(?: involved)? (?:must|need to|have to"
    r"|should|has to|needs to) (?:agree|be willing|consent|want)",
    # "Everybody involved needs to agree", "everyone involved has to agree to the meeting"
    r"(?:everyone|everybody|each (?:side|party))(?: involved| taking part)? (?:must|needs? to|has to|have to|should"
    r"|will need to|will have to) (?:agree|be willing|consent|want|be happy)",
    r"(?:with|needs|requires|need) the (?:agreement|consent) of (?:all|both|everyone|every)",
    r"only (?:go ahead|take place|happen|proceed|be used) (?:if|when) (?:all|both|everyone)",
    r"(?:all|both) parties (?:agree|are willing|consent)",
)
# FAQ form: "Do I have to take part?" / "Is mediation compulsory?" answered "No"; "Can I say no?" "Yes".
VOLUNTARY_QA: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx(
            r"(?:do|does|will|must) (?:I|we|you|my child|families|parents|they) (?:have|need) to (?:take part|use|go"
            r"|attend|agree|try|mediate|do (?:it|this)|have (?:it|mediation))",
            r"(?:is|are) (?:it|this|mediation|disagreement resolution|the (?:service|meetings?)|meetings?) "
            r"(?:compulsory|mandatory|obligatory|required|a requirement)",
            r"(?:must|should) I (?:take part|use|go|attend|mediate)",
        ),
        "no",
    ),
    (
        rx(
            r"(?:can|may|could) (?:I|we|families|parents) (?:say no|refuse|decline|choose not|opt out)",
            r"(?:is|are) (?:it|this|mediation|disagreement resolution|the service) (?:voluntary|optional|my choice)",
        ),
        "yes",
    ),
)
CONFIDENTIAL = rx(
    r"confidential(?:ity)?",
    r"without prejudice",
    r"(?:will not|won't|cannot|can't|is not|isn't|are not|aren't) (?:be )?(?:shared|used|passed on|told|disclosed"
    r"|reported|mentioned|referred to|repeated|used as evidence)",
    r"(?:stays?|kept|remains?|is) (?:private|confidential|between)",
    r"off the record",
    # "Nothing said in the meeting can be used later at a Tribunal hearing"
    r"(?:nothing|none of what|no ?thing)(?: (?:you|that is|that's|which is))? (?:said|say|discussed|shared|written)"
    r"[^.;]{0,50}(?:can|will|may|could) (?:be )?(?:used|shared|passed on|repeated|disclosed|reported|told|given)",
)
CONF_SUBJECT = rx(
    r"mediat\w*",
    r"disagreement resolution",
    r"dispute resolution",
    r"meetings?",
    r"sessions?",
    r"discussions?",
    r"(?:what|anything|everything|nothing)(?: that)? (?:is |was |you )?(?:said|say|discuss\w*|share\w*)",
    r"process",
    r"conversations?",
    # "It is free, voluntary and confidential", "The service is confidential and free": the section is
    # about DR or mediation, so "it"/"the service" is that service (unless the sentence before is the IASS).
    r"(?:it|the service|this service|our service)(?= (?:is|are|will be|remains?|stays?)\b)",
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


# FAQ form: "Is it confidential?" answered "Yes"; "Will what I say be shared with the Tribunal?" "No".
CONFIDENTIAL_QA: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx(
            r"(?:is|are|will|does) (?:it|this|what I say|what is said|what we say|the meetings?|mediation|the "
            r"discussions?|everything|disagreement resolution)[^?]{0,30}(?:confidential|private|kept private"
            r"|without prejudice|off the record)",
        ),
        "yes",
    ),
    (
        rx(
            r"(?:will|can|could|might) (?:what I say|what is said|what we say|anything I say|anything said|the "
            r"discussions?|it)[^?]{0,20}(?:be )?(?:shared|used|passed on|told|repeated|reported)",
        ),
        "no",
    ),
)


def _confidential_skip(sent: Sentence) -> str:
    text = sent.text
    if IASS.search(text) or CONF_OTHER.search(text):
        return "confidentiality of the IASS or of personal data, not of DR meetings"
    if not CONF_SUBJECT.search(text):
        return "does not say what is confidential"
    if re.match(r"\s*(?:it|the service|this service|our service)\b", text, re.I) and IASS.search(
        previous_sentence(sent)
    ):
        return "confidentiality of the IASS, not of DR meetings"
    return ""


_voluntary = _simple(
    "drs_voluntary",
    DR_OR_MEDIATION,
    VOLUNTARY,
    "using DR or mediation is voluntary / needs everyone's agreement",
    "'voluntary', 'you do not have to', 'all parties must agree' in DR/mediation sections",
    qa=VOLUNTARY_QA,
)
_confidential = _simple(
    "drs_confidential",
    DR_OR_MEDIATION,
    CONFIDENTIAL,
    "DR/mediation meetings are confidential or without prejudice",
    "'confidential', 'without prejudice', 'not shared with the Tribunal' in DR/mediation sections",
    _confidential_skip,
    qa=CONFIDENTIAL_QA,
)

EHC = r"(?:an? )?(?:EHC|education,? health (?:and|&) care|EHCP)(?: needs)?(?: assessment| plan| P)?"
ALL_SEN = rx(
    rf"(?:do not|don't|does not|doesn't|won't|will not) (?:need|have|require) (?:to have )?{EHC}",
    rf"(?:without|with or without) {EHC}",
    rf"whether or not (?:your child|the child|their child|a child|your son|your daughter|the young person|you|they)"
    rf" (?:has|have|is getting|gets) {EHC}",
    rf"(?:does not|doesn't|won't|will not|need not) matter (?:whether|if) (?:or not )?(?:your child|the child|their "
    rf"child|a child|the young person|you|they) (?:has|have|gets?|is getting|holds?) {EHC}",
    rf"(?:has|have) {EHC} or not",
    r"not (?:just|only|restricted to|limited to|confined to|reserved for) (?:for )?(?:children|those|young people"
    r"|families|pupils)(?: and young people)? (?:with|who have|who are being assessed|being assessed)",
    r"all (?:children|pupils)(?: and young people)? with (?:SEN|SEND|special educational needs)",
    r"any (?:child|children|young person|young people|family|families|pupil)(?: or young (?:person|people))? with "
    r"(?:SEN|SEND|special educational needs)",
    # "open to any family of a child with SEN", "open to everyone with SEN"
    r"(?:any|every|all) (?:family|families|parents?|carers?)(?: and carers)? (?:of|with) (?:a |any )?(?:child|children"
    r"|young (?:person|people))(?: or young (?:person|people))? (?:with|who (?:has|have)) (?:SEN|SEND|special "
    r"educational needs)",
    r"open to (?:all|any|every)(?:one|body)?(?: famil(?:y|ies)| children| young people| parents)? with (?:SEN|SEND"
    r"|special educational needs)",
    # "the service can help, even though there is no plan"
    r"even (?:though|if|when|where) (?:there is|there's|you have|your child has|they have) no (?:EHC |EHCP "
    r"|education,? health and care )?plan",
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

# FAQ form: "Does my child need an EHC plan?" answered "No"; "Can we use it without a plan?" "Yes".
ALL_SEN_QA: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx(
            rf"(?:do|does|will|must) (?:I|we|you|my child|my son|my daughter|the young person|they|families) (?:need"
            rf"|have to have|have to hold|require|need to have) {EHC}",
            rf"(?:is|are) (?:it|this|the service|the meetings?|disagreement resolution) (?:only|just) (?:for|open to) "
            rf"(?:children |families |young people |those )?(?:with|who have) {EHC}",
        ),
        "no",
    ),
    (
        rx(
            rf"(?:can|could|may) (?:I|we|my child|families|parents) (?:use|ask for|get|have) (?:it|this|the service|a "
            rf"meeting|disagreement resolution)[^?]{{0,30}}(?:without|if (?:my child|we|I|they) (?:do not|don't|does "
            rf"not|doesn't) have) {EHC}",
        ),
        "yes",
    ),
)


def _all_sen(site: Site) -> CheckResult:
    found: list[Hit] = []
    weak: list[Hit] = []
    restrict: list[Hit] = []
    for sent, weak_reason in scan(site, DR_TERM):
        text = sent.text
        if MEDIATION.search(text) and not DR_TERM.search(text):
            continue  # SEND mediation is rightly only about EHC decisions: not a statement about DR
        answer = qa_hit(sent, ALL_SEN_QA)
        if answer is not None and not MEDIATION.search(answer.note):
            (weak if weak_reason else found).append(
                Hit(answer.page, answer.block_index, answer.start, answer.end, 1.5, weak_reason or answer.note)
            )
            continue
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


DRS_VOLUNTARY = Check(
    id="drs_voluntary",
    version="2",
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
    version="2",
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
DRS_CONFIDENTIAL = Check(
    id="drs_confidential",
    version="2",
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
