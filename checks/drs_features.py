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
from dataclasses import dataclass

from auditor.model import CheckResult, Page, Site, Status, Strength
from checks.base import Check
from checks.common import Sentence, previous_sentence, qa_hit, result, searched_text, sentences_in, units
from checks.context import (
    DR_TERM,
    IASS,
    OTHER_MEDIATION,
    SEND_ACRONYM,
    context_blocks,
    foreign,
    main_indices,
    page_heading,
    supporting_reason,
)
from checks.drs_profile import DR_OR_MEDIATION, IASS_AS_DR, OFFICER_LED
from checks.text import Hit, negated, normalise, rx

THEME = "disagreement_resolution"


def scan(site: Site, topic: re.Pattern[str]) -> Iterator[tuple[Sentence, str]]:
    """Sentences in sections about ``topic`` on SEND pages (and their leaflets), with the reason
    the page can only support a verdict ("" for the Local Offer's own pages)."""
    for unit in units(site, topic):
        for page in unit.pages:
            weak = supporting_reason(page, site)
            ctx = {i for i in context_blocks(page, topic, OTHER_MEDIATION) if not foreign(page, i, OTHER_MEDIATION)}
            if OTHER_MEDIATION.search(normalise(page_heading(page))):
                # A page headed "Family mediation": "with or without additional needs" does not make
                # a block SEND; only the DR term or a SEND acronym (SEN, EHC) does.
                ctx = {
                    i for i in ctx if DR_TERM.search(page.blocks[i].text) or SEND_ACRONYM.search(page.blocks[i].text)
                }
            for sent in sentences_in(page, ctx):
                yield sent, weak


def iass_page(page: Page) -> bool:
    """The page presents the IASS as its disagreement resolution service ("SENDIASS is our Disagreement
    Resolution Service"): a bare FAQ or table answer there ("Is it voluntary? | Yes") is about the IASS."""
    return any(IASS_AS_DR.search(page.blocks[i].text) for i in main_indices(page))


def _other_service(sent: Sentence) -> str:
    """The sentence is about the council's own officer-led meeting or about the IASS, not about DR
    or mediation: "Resolution meetings are voluntary", "SENDIASS is free and voluntary"."""
    text = sent.text
    if OFFICER_LED.search(text) and not DR_OR_MEDIATION.search(OFFICER_LED.sub(" ", text)):
        return "the council's own officer-led meeting, not DR"
    if IASS.search(text) and not DR_OR_MEDIATION.search(text):
        return "the IASS, not the DR or mediation service"
    if not DR_OR_MEDIATION.search(text) and OFFICER_LED.search(previous_sentence(sent)):
        return "continues about the council's own officer-led meeting"
    return ""


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


@dataclass(frozen=True)
class _SimpleCheck:
    """A check that passes on any non-negated ``cue`` sentence in a ``topic`` section, or on an FAQ
    answer whose question and yes/no match one of the ``qa`` rules. A frozen value rather than a
    closure, so that the check can be sent to a judging worker process."""

    check_id: str
    topic: re.Pattern[str]
    cue: re.Pattern[str]
    ok: str
    what: str
    skip: Callable[[Sentence], str] | None = None
    qa: tuple[tuple[re.Pattern[str], str], ...] = ()

    def __call__(self, site: Site) -> CheckResult:
        topic, cue, qa, skip = self.topic, self.cue, self.qa, self.skip
        found: list[Hit] = []
        weak: list[Hit] = []
        near: list[Hit] = []
        for sent, weak_reason in scan(site, topic):
            m = cue.search(sent.text)
            if m is None:
                answer = qa_hit(sent, qa) if qa else None
                if answer is not None and iass_page(sent.page):
                    near.append(Hit(answer.page, answer.block_index, answer.start, answer.end, 0.5, "about the IASS"))
                elif answer is not None:
                    (weak if weak_reason else found).append(
                        Hit(answer.page, answer.block_index, answer.start, answer.end, 1.5, weak_reason or answer.note)
                    )
                continue
            why = _other_service(sent) or (skip(sent) if skip else "")
            if why or negated(sent.text, m.start(), window=3):
                # "Confidential: yes" on a fact list: the label's cue alone says nothing, its answer does.
                answer = qa_hit(sent, qa) if qa and not _other_service(sent) else None
                if answer is not None:
                    (weak if weak_reason else found).append(
                        Hit(answer.page, answer.block_index, answer.start, answer.end, 1.5, weak_reason or answer.note)
                    )
                    continue
                near.append(sent.hit(m, 0.5, why or "negated"))
            elif weak_reason:
                weak.append(sent.hit(m, 1.0, weak_reason))
            else:
                found.append(sent.hit(m, 2.0 if not sent.page.is_document else 1.5))
        return _verdict(self.check_id, site, found, weak, near, self.what, self.ok)


VOLUNTARY = rx(
    # not "the forum is a voluntary organisation": the voluntary sector is not voluntariness
    r"(?:is|are|it's|remains?) (?:entirely |completely |always |totally |purely )?(?:a )?voluntary(?! (?:organi[sz]"
    r"ations?|groups?|sector|bod(?:y|ies)|charit(?:y|ies)|aided|controlled|and community|agenc(?:y|ies)|workers?"
    r"|roles?|posts?))",
    # "Meetings are free and voluntary", "It is free, confidential and voluntary"
    r"(?:is|are|it's) (?:(?:free|confidential|informal|impartial|independent|optional|private),? (?:and )?)+"
    r"voluntary",
    # not "it is optional to bring documents": the option must be the service itself
    r"(?:is|are|it's) (?:entirely |completely |always )?optional(?! to (?!use|take part|go|attend|try|mediate)\w)",
    r"voluntary (?:process|service|meeting|and (?:confidential|free|informal))",
    r"on a voluntary basis",
    r"(?:you|families|parents|young people|carers) (?:do not|don't|does not|doesn't) have to (?:use|take part|go"
    r"|attend|try|agree|accept|do (?:it|this|that)|join in|join|mediate|be involved|go ahead|have (?:it|mediation"
    r"|a meeting))",
    r"(?:you|families|parents|young people) (?:are not|aren't|are never|will not be|won't be|will never be) (?:obliged"
    r"|required|forced|made|expected|compelled) to (?:use|take part|go|attend|try|mediate)",
    # "You will not be asked to take part unless you want to": asked, but only if the family wishes
    r"(?:(?:will|would|does|do|can)(?: not|n't)? |won't |never |cannot |can't )?(?:take part|go ahead|attend|happen"
    r"|take place|be (?:arranged|held|booked))[^.;]{0,25}? unless (?:you|they|both "
    r"(?:of you|sides)|everyone|all parties|the family)[^.;]{0,15}? (?:want|wish|choose|agree|are happy|say so)",
    # "There is no obligation on you to take part", "no expectation that you use it", "under no pressure to use it"
    r"no (?:obligation|expectation|requirement|pressure|compulsion)(?: (?:on|for) (?:you|families|parents|the family"
    r"|young people))?(?: (?:at all|whatsoever))? (?:to|that (?:you|families|parents)(?: will| should| must)?|for you"
    r" to) (?:use|take part|go|attend|try|mediate|accept|have (?:it|mediation|a meeting))\b",
    # "Participation is entirely at your discretion"
    r"(?:participation|taking part|attendance|using (?:it|the service|this service|disagreement resolution|mediation)"
    r"|it) is (?:entirely |completely |wholly )?at (?:your|the family's|their) (?:own )?discretion",
    # "Whether to use it is a decision for you", "Taking part is a matter of choice for parents, schools and
    # the council alike": the choice named as the family's (or every party's)
    r"(?:whether (?:or not )?(?:to|you) [^.;]{1,50}?|taking part|using (?:it|the service|this service|disagreement "
    r"resolution|mediation)|participation|attendance) is (?:a |entirely a |purely a )?(?:decision|choice|matter(?: of "
    r"choice)?) for (?:you|families|parents|the family|each family|the young person|everyone)",
    r"no(?: ?one|body) (?:will|can|is going to) insist (?:on it|that you|you)",
    # "something you can ask for, not something you have to do", "isn't a hoop you must jump through"
    r"(?:not|isn't|is not) (?:something|anything|a thing|a (?:hoop|hurdle|box)) (?:that )?(?:you|families|parents"
    r"|young people) (?:have to|must|need to|are required to|are obliged to) (?:do|use|try|attend|take part|go"
    r"|join|jump through|tick|accept|agree to)\b",
    # "You have the right to decline an offer of disagreement resolution"
    # (the offer declined is the service's, not "the right to decline a school place")
    r"(?:have|has) (?:the|a|every) right to (?:decline|refuse|say no|turn (?:it |this )?down|opt out)(?=\s*(?:[.,;!]"
    r"|$|(?:of |to )?(?:it|this|mediation|disagreement resolution|dispute resolution|the service|this service|(?:the"
    r"|an|any) offer(?: of (?:mediation|disagreement resolution|dispute resolution|a meeting))?|a meeting|to take "
    r"part)\b))",
    # "You're in charge of whether this happens"
    r"(?:you're|you are|families are|the family is|parents are) (?:in charge of|the one(?:s)? who decides?) whether",
    # a key point or label that is nothing but the word: "Voluntary: you decide", "Optional - your choice"
    r"^(?:it(?: is|'s) )?(?:entirely |completely )?(?:voluntary|optional)(?=\s*(?:$|[:\u2013\u2014-](?!\s*no\b)))",
    # a key fact that is nothing but the choice: "Your choice.", "Entirely your decision"
    r"^(?:it(?: is|'s) )?(?:entirely |completely |always )?(?:your|the family's|the young person's) (?:own )?(?:choice"
    r"|decision|call)\W*$",
    # "It will be set up once the school has also said it is happy to take part": the other side's agreement
    r"(?:set up|arranged|booked|goes? ahead|takes? place|happens?|held) (?:only )?(?:once|when|if|after|as soon as) "
    r"[^.;]{0,60}?\b(?:happy|willing|agreed?|agrees|consented?|consents) to (?:take part|attend|go ahead|join in"
    r"|participate|come)",
    # a flowchart's "If no: that's fine, you don't have to"
    r"\bif (?:no|not)\s*[:,\u2013-]\s*(?:that's|that is) (?:fine|ok|okay|alright|all right)",
    r"(?:is|are) (?:not|never) (?:compulsory|mandatory|obligatory)",
    # "It's your call whether you go", "it is entirely the family's decision"
    r"(?:it is|it's) (?:entirely |completely )?(?:your|their|the family's|the young person's) (?:choice|decision|call)",
    r"(?:up to you|your choice|your call|your decision) (?:whether|if)",
    # "it is up to each family whether to ask for a meeting"
    r"up to (?:each|the|every|any) (?:family|parent|young person|carer)s?(?: (?:to decide|to choose))? (?:whether|if)",
    # "Taking part is your choice", "Whether you go to mediation is your decision"
    r"(?:taking part|using (?:it|the service|this service|disagreement resolution|mediation)|going(?: on)?(?: ahead"
    r"| to [\w ]{1,30}?)?|attending|participation|participating|whether (?:or not )?(?:you|to) [^.;]{1,40}?) (?:is"
    r"|remains) (?:entirely "
    r"|completely |always |totally )?(?:up to you|(?:your|their|the family's) (?:own )?(?:choice|decision))",
    # the choice is about taking part, not "choose whether to bring a friend"
    # "You choose whether to take part", "you may then choose whether or not to go to mediation"
    r"(?:(?:you|families|parents|young people) (?:can|may) (?:then |also )?(?:choose|decide) (?:whether|if|not)(?: or "
    r"not)?|^(?:you|families|parents|young people) (?:choose|decide) (?:whether|if)(?: or not)?(?: (?:you|they) (?:want"
    r"|wish|would like))?) to (?:use|take part|go"
    r"|attend|try|mediate|have (?:mediation|a meeting|it)|ask for|accept|agree|proceed|continue|do (?:it|this|so))\b",
    # "Participation is by agreement", "you are free to decline"
    r"(?:participation|taking part|attendance|it|this) is (?:only )?by (?:mutual )?(?:agreement|consent)",
    r"(?:you are|you're|families are|parents are|they are) (?:always )?free to (?:decline|refuse|say no|opt out"
    r"|choose)",
    r"(?:all|both|everyone|every) (?:of the )?(?:parties|sides|party|people)(?: involved)? (?:must|need to|have to"
    r"|should|has to|needs to) (?:agree|be willing|consent|want)",
    # "Both you and the school must be willing to take part", "you and the council must both agree"
    r"(?:both )?you and (?:the |your |your child's )?[\w-]+(?: [\w-]+)? (?:must|need to|have to|should|will need to"
    r"|will have to) (?:both )?(?:agree|be willing|consent)(?! (?:on|upon|about|what|when|where|how|the|a|an|any|dates?"
    r"|times?)\b)",
    # "Everybody involved needs to agree", "everyone involved has to agree to the meeting"
    # "Every side, including the school or the council, has to agree to take part": the subject may
    # carry an aside between commas
    r"(?:everyone|everybody|(?:each|every) (?:side|party))(?: involved| taking part)?"
    r"(?:,[^,.;]{1,40}(?:,[^,.;]{1,40})?,)? (?:must|needs? to|has to|have to|should|will need to|will have to) "
    r"(?:agree|be willing|consent|want|be happy)",
    r"(?:with|needs|requires|need) the (?:agreement|consent) of (?:all|both|everyone|every)",
    r"only (?:be )?(?:go(?:es)? ahead|takes? place|happens?|proceeds?|used|held|arranged|booked) (?:if|when|once"
    r"|where) (?:all|both|everyone|everybody|every|each)",
    r"(?:is|are|will be) (?:only )?(?:held|arranged|booked) only (?:if|when|once|where) (?:all|both|everyone|every"
    r"|each)",
    # "No one has to take part", "Nobody can be made to attend", "no one can be forced into a meeting"
    r"no(?: ?one|body) (?:has to|have to|needs to|is obliged to|can be (?:made|forced|required|obliged)|will be "
    r"(?:made|forced)|is (?:made|forced|obliged|required|compelled) to)",
    # "No family is obliged to use disagreement resolution"
    r"no (?:family|parent|young person|one|child) (?:is|will be|can be) (?:obliged|required|forced|made|compelled) "
    r"to (?:use|take part|go|attend|try|mediate)",
    # Offered, and the family may take it or leave it: "parents can accept it or turn it down"
    r"(?:can|may|are free to|is free to) (?:accept|take up|take) (?:it|the offer|this|the service)? ?or (?:turn (?:it "
    r")?down|decline|refuse|leave|say no)",
    # "If you don't fancy it, you don't have to": declining answered by "you don't have to"
    r"if you (?:do not|don't|would rather not|prefer not to)(?: want| fancy| wish| like)?[^.;]{0,25}?, (?:then )?"
    r"you (?:do not|don't) have to\b",
    r"(?:can|may|could) (?:not|never) be (?:made|forced|required|obliged) to (?:take part|attend|use|go|mediate)",
    r"(?:(?:it|this)(?: is|'s)|is) (?:entirely |completely |totally )?up to you\b",
    # "If you would rather not use the service, that is fine"
    # "If you don't want to, that's OK": the verb may be left out
    r"(?:would rather not|prefer not to|(?:do not|don't) want to)(?: (?:use|take part|go|attend|try)[^.;]{0,40}|,\s*)"
    r"(?:that is|that's|is) (?:fine|ok|okay|alright|your (?:choice|right))",
    r"(?:you|they|families|parents|young people|the school|the council|either side|anyone) (?:can|may) (?:decide|choose"
    r"|refuse|decline) (?:not )?to (?:take part|attend|use it|go)",
    r"(?:can|may) (?:always )?say no",
    r"(?:all|both) parties (?:agree|are willing|consent)",
    r"\bboth (?:need to|have to|must|should|will need to) (?:agree|consent|be willing)",
    # Agreement as the condition: "it only goes ahead if you and the council both agree", "it can only
    # happen if you and the other side agree", "participation is by consent of everyone involved".
    r"only (?:goes ahead|go ahead|happens?|takes? place|proceeds?) (?:if|when|once) (?:you and|all|both|everyone"
    r"|everybody|each)[^.;]{0,40}? (?:agrees?|consents?|are willing|is willing)",
    # "it only happens if you want it to", "it only goes ahead when you ask for it"
    r"only (?:goes ahead|go ahead|happens?|takes? place|proceeds?|(?:is|are|will be) (?:arranged|booked|held)) (?:if"
    r"|when|once) (?:you|the family|families|parents|young people) (?:want|wish|choose|ask)(?: (?:it|one|for it|to))?"
    r"(?: to)?\W*$",
    r"by (?:the )?(?:consent|agreement) of (?:all|both|everyone|everybody|every|each)",
    # Compulsion denied: "no one can make you attend", "under no obligation", "a choice, not a requirement".
    r"no(?: ?one|body) (?:can|will|could) (?:make|force) you",
    r"(?:cannot|can't|can not|won't|will not) (?:make|force) you (?:to )?(?:use|take part|go|attend|mediate|try)",
    r"under no obligation",
    r"(?:a|your) choice,? (?:and )?not (?:a )?(?:requirement|obligation|duty)",
    r"(?:is|are|it's) (?:an? )?opt-?in",
    r"(?:use|take part in|attend|try) (?:it|this|the service|mediation|disagreement resolution) or not",
    # Free to leave: "you can stop at any time", "either side may withdraw whenever they like",
    # "you can withdraw that consent at any point" (not withdrawing an appeal: the object is the
    # process itself or the consent to it).
    r"(?:you|either (?:side|party)|any (?:side|party)|anyone|everyone|families|parents|young people|they|both "
    r"sides)(?: can| may| are free to| is free to)(?: also)? (?:stop|leave|withdraw|pull out|walk away|end (?:it|the"
    r" (?:meeting|session|mediation|process))|change (?:your|their) minds?)(?: from (?:it|the (?:meeting|session"
    r"|mediation|process)))? (?:at any (?:time|point|stage)|whenever (?:you|they) (?:like|want|wish|choose))",
    r"withdraw (?:your |that |this |their )?(?:consent|agreement)(?: to (?:take part|it))? (?:at any (?:time|point"
    r"|stage)|whenever (?:you|they) (?:like|want|wish|choose))",
    # The decision named as the family's own: "Either way, the decision is yours alone", "the choice is yours"
    r"the (?:decision|choice) (?:is|remains) (?:entirely |always |completely )?(?:yours|your own|theirs|their own)"
    r"(?: alone)?(?! to (?:accept|sign|agree))(?=\s*(?:[.;!]|$| alone))",
    # No pressure: "we will never pressure you into disagreement resolution"
    r"(?:will|would|do|does|should)? ?(?:never|not) (?:pressure|pressurise|pressurize|push|force) (?:you|families"
    r"|parents|anyone) (?:in)?to (?:use|take part|go|attend|try|mediat\w*|disagreement resolution|it)",
    # "If you'd rather not, just tell us": declining needs no more than saying so
    # "You may decide mediation isn't right for you. That's fine": the answer to declining, read with
    # the sentence before it (see ``_voluntary_skip``).
    r"^(?:and )?(?:that's|that is) (?:absolutely |perfectly |completely )?(?:fine|ok|okay|alright|all right|your "
    r"choice|your decision|your right)",
    r"if (?:you(?:'d| would) rather not|you (?:do not|don't) want to|you prefer not to)[^.;]{0,30}?,? (?:just |simply "
    r")?(?:tell|let) (?:us|the (?:service|council|facilitator|mediator))",
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
            # an elliptical FAQ label under the service's own heading: "Do I have to?"
            r"^(?:do|must|will) (?:I|we|you) (?:have|need) to\??$",
            # a fact list or table label: "Compulsory: no", "Mandatory?"
            r"^(?:is it )?(?:compulsory|mandatory|obligatory)\s*\??$",
        ),
        "no",
    ),
    (
        rx(
            r"(?:can|may|could) (?:I|we|families|parents) (?:say no|refuse|decline|choose not|opt out)",
            r"(?:is|are) (?:it|this|mediation|disagreement resolution|the service) (?:voluntary|optional|my choice)",
            # a fact list or table label: "Voluntary? | ✔ Yes", "Optional: yes"
            r"^(?:is it )?(?:voluntary|optional)\s*\??$",
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
    r"(?:stays?|kept|remains?) in the room",
    r"off the record",
    # "Nothing said in the meeting can be used later at a Tribunal hearing"
    r"(?:nothing|none of what|no ?thing)(?: (?:you|that is|that's|which is))? (?:said|say|discussed|shared|written)"
    r"[^.;]{0,50}(?:can|will|may|could) (?:later |then )?(?:be )?(?:used|shared|passed on|repeated|disclosed"
    r"|reported|told|given|quoted|relied on|referred to|mentioned|raised)",
    r"(?:cannot|can't|can not|will not|won't|may not|must not) (?:later |then )?(?:be )?(?:quoted|relied on|repeated"
    r"|raised|mentioned) (?:later )?(?:at|in|to|before) (?:a |an |the |any )?(?:later )?(?:SEND |First-tier )?"
    r"(?:tribunal|appeal|hearing|court)",
    # "The facilitator will not share what is discussed with anyone outside the meeting"
    r"(?:will not|won't|does not|doesn't|do not|don't|cannot|can't|never) (?:share|pass on|repeat|disclose|report"
    r"|tell anyone)\b[^.;]{0,40}(?:discuss\w*|said|say\w*|meetings?|sessions?)",
    r"(?:private|in private|behind closed doors) and (?:cannot|can't|will not|won't|is not|isn't) (?:be )?"
    r"(?:repeated|shared|used|quoted)",
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
            r"^(?:is it )?(?:confidential|private|without prejudice)\s*\??$",
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


# Agreement *on* something ("both sides must agree on a date") is arranging the meeting, not consent to it.
_AGREE_ON = re.compile(
    r"\s+(?:on|upon|about|what|when|where|how|a (?:date|time|venue|place)|the (?:date|time|venue|place|wording"
    r"|agenda|outcome|terms))\b",
    re.I,
)


# Declining, as the sentence before "That's fine" says it.
DECLINE_WISH = rx(
    r"(?:decide|feel|think|find|say)(?: that)? (?:mediation|disagreement resolution|it|this|the service) (?:isn't|is "
    r"not|is n't) (?:right|for you|suitable|what you want)",
    r"(?:would rather not|prefer not to|(?:do not|don't) want to) (?:use|take part|go|attend|try|mediate|have)",
    r"(?:decide|choose|opt) not to (?:use|take part|go|attend|try|mediate|have)",
    r"(?:say|said) no\b",
)
_FINE = re.compile(r"^\s*(?:and )?(?:that's|that is)\b", re.I)


# Something beside the service that may be optional: "Filling in our feedback survey is optional",
# "Bringing a written statement is voluntary".
SIDE_THING = rx(
    r"surveys?",
    r"questionnaires?",
    r"(?:feedback|evaluation|referral|consent) forms?",
    r"feedback",
    r"evaluations?",
    r"paperwork",
    r"documents?",
    r"(?:written )?statements?",
    r"reports?",
    r"supporters?",
    r"(?:a )?friend",
    r"interpreters?",
    r"refreshments",
    r"(?:pre-?meeting|follow-?up) (?:calls?|meetings?)",
)
_OPTIONAL_CUE = re.compile(r"^(?:is|are|it's)\b", re.I)


def _voluntary_skip(sent: Sentence) -> str:
    """Every voluntariness cue in the sentence is an agreement on the meeting's arrangements, a
    "That's fine" that does not answer declining in the sentence before, or something beside the
    service said to be optional."""
    cue = VOLUNTARY.search(sent.text)
    if cue is not None and _OPTIONAL_CUE.match(cue.group(0)):
        lead = sent.text[: cue.start()]
        if SIDE_THING.search(lead) and not re.search(r"(?:using|taking part in|attending|going to) ", lead, re.I):
            return "something beside the service is optional, not the service itself"
    fine = _FINE.match(sent.text)
    if fine and not DECLINE_WISH.search(previous_sentence(sent)):
        cue = VOLUNTARY.search(sent.text)
        if cue is not None and cue.start() <= fine.end():
            return "'that's fine' does not answer a choice to decline"
    cues = list(VOLUNTARY.finditer(sent.text))
    if cues and all(
        m.group(0).lower().rstrip().endswith("agree") and _AGREE_ON.match(sent.text, m.end()) for m in cues
    ):
        return "agreeing the arrangements of a meeting, not agreeing to take part"
    return ""


# A key fact that is nothing but the word ("Confidential", "Private and confidential."), in a list or
# one a line under the service's own heading: its subject is the service the section describes.
_BARE_FACT = re.compile(r"^\W*(?:(?:strictly|completely|fully|totally) )?(?:private and )?confidential\W*$", re.I)


def _confidential_skip(sent: Sentence) -> str:
    text = sent.text
    if IASS.search(text) or CONF_OTHER.search(text):
        return "confidentiality of the IASS or of personal data, not of DR meetings"
    if not CONF_SUBJECT.search(text) and not (_BARE_FACT.match(text) and not iass_page(sent.page)):
        return "does not say what is confidential"
    if re.match(r"\s*(?:it|the service|this service|our service)\b", text, re.I) and IASS.search(
        previous_sentence(sent)
    ):
        return "confidentiality of the IASS, not of DR meetings"
    return ""


_voluntary = _SimpleCheck(
    "drs_voluntary",
    DR_OR_MEDIATION,
    VOLUNTARY,
    "using DR or mediation is voluntary / needs everyone's agreement",
    "'voluntary', 'you do not have to', 'all parties must agree' in DR/mediation sections",
    _voluntary_skip,
    qa=VOLUNTARY_QA,
)
_confidential = _SimpleCheck(
    "drs_confidential",
    DR_OR_MEDIATION,
    CONFIDENTIAL,
    "DR/mediation meetings are confidential or without prejudice",
    "'confidential', 'without prejudice', 'not shared with the Tribunal' in DR/mediation sections",
    _confidential_skip,
    qa=CONFIDENTIAL_QA,
)

DRS_VOLUNTARY = Check(
    id="drs_voluntary",
    version="10",
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
DRS_CONFIDENTIAL = Check(
    id="drs_confidential",
    version="9",
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
