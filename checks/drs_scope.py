"""Whom disagreement resolution is for (SEND Code of Practice 11.7): every child and young person
with SEN, not only those with, or being assessed for, an EHC plan. Stating it wrongly ("only for
families with an EHC plan") is a defect; a question ("Is it only for EHC plans?") restricts nothing.
"""

from __future__ import annotations

import re

from auditor.model import CheckResult, Site, Status, Strength
from checks.base import Check
from checks.common import Sentence, next_sentence, previous_sentence, qa_hit, result, searched_text
from checks.context import DR_TERM, IASS, MEDIATION
from checks.drs_features import THEME, iass_page, scan
from checks.text import Hit, negated, rx

EHC = r"(?:an? )?(?:EHC|education,? health (?:and|&) care|EHCP)(?: needs)?(?: assessment| plan| P)?"
ALL_SEN = rx(
    rf"(?:do not|don't|does not|doesn't|won't|will not) (?:need|have|require) (?:to have )?{EHC}",
    rf"(?:without|with or without) {EHC}",
    rf"(?:whether or not|(?:regardless|irrespective) of whether(?: or not)?) (?:your child|the child|their child|a "
    rf"child|your son|your daughter|the young person|you|they) (?:has|have|is getting|gets|holds?) {EHC}",
    # "no need for your child to have an EHCP", "it is not necessary to hold a plan"
    rf"(?:no need|not necessary|not needed|not required)(?: for [^.;]{{0,30}}?)? to (?:have|hold|get) {EHC}",
    # "You don't need to be going through the EHC process", "no need to be in the assessment process"
    r"(?:(?:do not|don't|does not|doesn't|won't|will not) (?:need|have)|no need|not necessary) to be (?:going "
    r"through|in|part of|having|getting|applying for|waiting for) (?:the |an? )?(?:EHC|EHCP|education,? health (?:and"
    r"|&) care)(?: needs)?(?: assessment| plan)?(?: process)?",
    # SEN support named beside the plan as included: "families whose child gets SEN support as well as
    # those with an EHC plan", "children at SEN support, children being assessed and those with a plan
    # can all use it"
    rf"SEN support\b[^.;]{{0,60}}\bas well as\b[^.;]{{0,50}}{EHC}",
    rf"{EHC}[^.;]{{0,60}}\bas well as\b[^.;]{{0,50}}SEN support",
    r"SEN support\b[^.;]{0,80}\b(?:plan|EHCP)s?\b[^.;]{0,15}\b(?:can|may|are) (?:all|both) (?:use|ask|get|be|"
    r"come|apply)",
    rf"(?:does not|doesn't|won't|will not|need not) matter (?:whether|if) (?:or not )?(?:your child|the child|their "
    rf"child|a child|the young person|you|they) (?:has|have|gets?|is getting|holds?) {EHC}",
    rf"(?:has|have) {EHC} or not",
    # "not just for children with a plan", "It isn't limited to those with EHC plans", "not only to those
    # whose child has a plan"
    r"(?:not|isn't|aren't|never) (?:just|only|restricted to|limited to|confined to|reserved for) (?:for |to )?"
    r"(?:children|those|young people|families|pupils)(?: and young people)? (?:with|who have|who are being "
    r"assessed|being assessed|whose (?:child|children|son|daughter|young person) (?:has|have|is|are))",
    r"all (?:children|pupils)(?: and young people)? with (?:SEN|SEND|special educational needs)",
    r"any (?:child|children|young person|young people|family|families|pupil)(?: or young (?:person|people))? with "
    r"(?:SEN|SEND|special educational needs)",
    # "applies to every child and young person aged 0 to 25 with SEN", "used by the family of every child with
    # SEN": the service is for every child -- not "Every child with SEN has a named contact in school"
    r"(?:for|to|by|of|covers?|includes?) (?:the (?:family|families|parents) of )?every (?:child|young person|pupil)"
    r"(?: (?:or|and) young (?:person|people))?(?: aged \d+ ?(?:to|-|\u2013) ?\d+)? with (?:SEN|SEND|special "
    r"educational needs)",
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
    # "Families whose child has no EHC plan are welcome to use it", "Children with SEN who have no EHC plan are
    # covered just as much"
    rf"(?:has|have|with|holds?) no {EHC}[^.;]{{0,20}}? (?:are|is|can|may) (?:also |still |equally |all |just as "
    rf"much )?(?:covered|welcome|included|eligible|able to use|use|ask for)",
    # "Your child does not need a plan to use it": the plan's purpose is the service itself
    r"(?:do not|don't|does not|doesn't|won't|will not) need (?:a|an|to have a|to have an) (?:EHC |EHCP |education,? "
    r"health and care )?plan to (?:use|ask for|get|access|try|have) (?:it|this|the service|disagreement resolution"
    r"|dispute resolution|a meeting)",
    # "Children getting SEN support can use it too"
    r"SEN support\b[^.;]{0,40}? (?:can|may|are able to) (?:also )?(?:use|ask for|access|get) (?:it|this|the service"
    r"|disagreement resolution|dispute resolution)(?: too| as well)?",
    # "before an EHC needs assessment, during one, or without ever having one"
    rf"{EHC}[^.;]{{0,60}}\bwithout (?:ever )?(?:having|getting|needing|having had) (?:one|it|an? (?:EHC |EHCP )?"
    rf"(?:plan|assessment))",
    # "children with SEN whatever support they receive", "from SEN support in a nursery to an EHC plan"
    r"with (?:SEN|SEND|special educational needs),? (?:whatever|whichever|regardless of (?:the |what )?) ?(?:support"
    r"|help|level)",
    rf"from SEN support\b[^.;]{{0,40}}? to {EHC}",
    # "EHC plan or no EHC plan"; in a DR section the bare "plan" ending its clause is the EHC plan:
    # "plan or no plan", "with or without a plan" (not "with or without a plan of what to say")
    rf"{EHC} or no {EHC}",
    r"(?:an? )?(?:EHC |EHCP )?plan or no (?:EHC |EHCP )?plan(?=\s*(?:[.,;:!)\u2013\u2014-]|$))",
    r"with or without (?:an? )?(?:EHC |EHCP )?plan(?=\s*(?:[.,;:!)\u2013\u2014-]|$))",
    # "An EHC plan is not required", "no EHC plan is needed"
    rf"{EHC} (?:is|are) not (?:required|needed|necessary|a requirement|essential)",
    rf"\bno {EHC} (?:is )?(?:required|needed|necessary)",
    # "the parents of every child or young person with SEN"
    r"(?:parents|families|carers)(?: and carers)? of (?:every|any|all) (?:child|children|young (?:person|people)|"
    r"pupils?)[^.;]{0,30}? (?:with|who (?:have|has)|that (?:have|has)) (?:SEN|SEND|special educational needs)",
    r"whether (?:or not )?(?:an? )?(?:EHC|education,? health (?:and|&) care)[^.;]{0,40}(?:or not|has been requested"
    r"|is in place)",
    # "whether your child is at SEN support or has an EHC plan" (either order)
    rf"whether [^.;]{{0,40}}SEN support or [^.;]{{0,30}}{EHC}",
    rf"whether [^.;]{{0,40}}{EHC} or [^.;]{{0,30}}SEN support",
    # "including where a child has no EHC plan"
    rf"(?:including|even) (?:where|when|if) (?:a |your |the )?(?:child|young person|pupil|they|you|families)"
    rf"[^.;]{{0,20}}? (?:has|have|holds?|hold) no {EHC}",
)
EHC_RESTRICTED = rx(
    rf"only (?:be )?(?:available |open |offered |used |applies |apply )?(?:to |for |if |when |where )(?:children "
    rf"|families |parents |young people |those |pupils |you |your child )?[^.]{{0,40}}(?:with|have|has|hold|holds"
    rf"|who have) {EHC}",
    rf"(?:available|open) only to [^.]{{0,30}}with {EHC}",
    rf"(?:must|will need to) (?:already )?have {EHC}",
    rf"(?:you|your child|families) (?:need|needs|will need|must have) {EHC} (?:to|before|in order to)",
)

# A restriction reported as a mistaken belief and denied in the next sentence: "Lots of parents think
# it is only for families with an EHC plan. It isn't." -- the pair says DR is not only for EHC cases.
BELIEF = rx(r"(?:think|thinks|thought|believe|believes|assume|assumes|assumed|expect|expects|worry|worried|imagine)")
DENIAL = re.compile(
    r"^(?:(?:it|this|that|they)(?: is|'s| are|'re)? ?(?:n't|not)\b|it isn't\b|not (?:so|true|at all)\b|that(?:'s| is)"
    r" (?:not|a myth|wrong)\b|(?:this|that) is a myth\b|no\b|\W*(?:fact|truth|reality|false)\s*[:\u2013\u2014-])",
    re.I,
)


_MYTH_LABEL = re.compile(r"^\W*myths?\s*[:\u2013\u2014-]?\s*$", re.I)


_MYTH_LEAD = re.compile(r"^\W*myths?\s*[:\u2013\u2014-]", re.I)


def _denied_belief(sent: Sentence, bad: re.Match[str]) -> bool:
    """The restriction is reported as a belief and denied, or labelled a myth ("Myth: it is only for
    families with an EHC plan"): the label itself says it is false."""
    if _MYTH_LABEL.match(previous_sentence(sent)) or _MYTH_LEAD.match(sent.text):
        return True
    return bool(BELIEF.search(sent.text, 0, bad.start())) and bool(DENIAL.match(next_sentence(sent)))


# FAQ form: "Does my child need an EHC plan?" answered "No"; "Can we use it without a plan?" "Yes".
ALL_SEN_QA: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx(
            rf"(?:do|does|will|must) (?:I|we|you|my child|my son|my daughter|the young person|they|families) (?:need"
            rf"|have to have|have to hold|require|need to have) {EHC}",
            rf"(?:is|are) (?:it|this|the service|the meetings?|disagreement resolution) (?:only|just) (?:for|open to) "
            rf"(?:children |families |young people |those )?(?:with|who have) {EHC}",
            rf"^(?:needs?|requires?|must have|only (?:for|with)) {EHC}\s*\??$",
            # a facts-table label: "EHC plan needed?" | "No", "Is an EHC plan required?" "No."
            rf"^(?:is |are )?{EHC} (?:needed|required|necessary|essential|a requirement)\s*\??$",
        ),
        "no",
    ),
    (
        rx(
            # "My daughter gets SEN support but has no plan. Can we use it?"
            r"(?:no (?:EHC |EHCP |education,? health and care )?plan|without (?:an? )?(?:EHC |EHCP )?plan|SEN support)"
            r"[^?]{0,60}(?:can|could|may) (?:I|we|they|he|she|my child|families) (?:still )?(?:use|ask for|get|have"
            r"|access)",
            rf"(?:can|could|may) (?:I|we|my child|families|parents) (?:use|ask for|get|have) (?:it|this|the service|a "
            rf"meeting|disagreement resolution)[^?]{{0,30}}(?:without|if (?:my child|we|I|they) (?:do not|don't|does "
            rf"not|doesn't) have) {EHC}",
            # a facts-table label naming the support short of a plan, answered "Covered" / "✔ Yes"
            r"^(?:children |pupils |young people )?(?:(?:on|at|getting|receiving|with) )?SEN support\s*\??$",
            r"^(?:no|without an?) (?:EHC |EHCP |education,? health and care )?plan\s*\??$",
        ),
        "yes",
    ),
)


# "No EHC plan?" asked in a sentence of its own and answered "You can still use disagreement resolution."
NO_PLAN_ASKED = re.compile(rf"^\W*(?:no|without an?|(?:do not|don't) have an?) {EHC}\s*\?\s*$", re.I)
STILL_USE = re.compile(
    r"^(?:yes,? )?(?:you|they|families|parents|your child) (?:can|may|are able to) (?:still |also )?(?:use|ask for"
    r"|access|get|try) (?:it|this|the service|this service|disagreement resolution|dispute resolution|mediation|a "
    r"meeting|DR)\b",
    re.I,
)
# The plan is not needed *for something else*: "You do not need an EHC plan to ask your SENCo for a meeting"
# (not "… to ask for a meeting", "… to ask for help": in a DR section that is the service).
_PURPOSE = re.compile(r"\s*,?\s*(?:in order )?to\b", re.I)
_SOMEONE_ELSE = re.compile(
    r"\b(?:SENCOs?|SENCos?|(?:the |your |a )?(?:child's )?(?:school|teachers?|head ?teachers?|nursery|college|GP|doctor"
    r"|health visitor|SEN(?:D)? team|caseworker|key worker|social worker))\b",
    re.I,
)
_THE_SERVICE = re.compile(r"\b(?:disagreement resolution|dispute resolution|mediation|mediator|facilitator)\b", re.I)


def _for_something_else(text: str, m: re.Match[str]) -> bool:
    tail = text[m.end() :]
    return bool(_PURPOSE.match(tail)) and bool(_SOMEONE_ELSE.search(tail)) and not _THE_SERVICE.search(tail)


def _all_sen(site: Site) -> CheckResult:
    found: list[Hit] = []
    weak: list[Hit] = []
    restrict: list[Hit] = []
    for sent, weak_reason in scan(site, DR_TERM):
        text = sent.text
        if MEDIATION.search(text) and not DR_TERM.search(text):
            continue  # SEND mediation is rightly only about EHC decisions: not a statement about DR
        if IASS.search(text) and not DR_TERM.search(text):
            continue  # "SENDIASS helps all families, whether or not they have a plan" is the IASS's scope
        answer = qa_hit(sent, ALL_SEN_QA)
        if answer is not None and not MEDIATION.search(answer.note) and not iass_page(sent.page):
            (weak if weak_reason else found).append(
                Hit(answer.page, answer.block_index, answer.start, answer.end, 1.5, weak_reason or answer.note)
            )
            continue
        m = ALL_SEN.search(text)
        if m is not None and _for_something_else(text, m):
            m = None
        if m is None and NO_PLAN_ASKED.match(previous_sentence(sent)):
            m = STILL_USE.match(text)
        # A question ("Is it only for children with an EHC plan?") restricts nothing: its answer decides.
        bad = None if text.rstrip().endswith("?") else EHC_RESTRICTED.search(text)
        if bad and not m and _denied_belief(sent, bad):
            (weak if weak_reason else found).append(sent.hit(bad, 1.5, weak_reason or "a mistaken belief, denied"))
        elif bad and not negated(text, bad.start(), window=4) and not m:
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


DRS_ALL_SEN = Check(
    id="drs_all_sen",
    version="9",
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
