"""SEND mediation (CFA ss.53–55; CoP 11.13–11.20) and the rule that DR or mediation never takes
away the right of appeal (CFA s.57; CoP 11.10).

The trap for ``drs_no_effect_on_appeal`` is the common sentence "if mediation does not resolve
things you can appeal": that is appealing *after* mediation, not appealing *without* it.
"""

from __future__ import annotations

import re

from auditor.model import CheckResult, Site, Status, Strength
from checks.base import Check
from checks.common import Sentence, previous_sentence, qa_hit, result, searched_text
from checks.context import MEDIATION, SEND_ACRONYM, SEND_PHRASE, link_only, page_heading
from checks.drs_features import scan
from checks.drs_profile import DR_OR_MEDIATION
from checks.faq import question_for
from checks.text import Hit, normalise, rx

APPEAL = rx(r"appeal\w*", r"tribunal", r"SENDIST")
_TRIB = r"(?:the )?(?:SEND |First-tier |special educational needs (?:and disability )?)?tribunal"
# The appeal stays open: "you can still appeal", "can then lodge your appeal", "go straight to the Tribunal".
_APPEAL_OPEN = (
    r"(?:can|could|may|will be able to|are (?:still )?able to|will still be able to|(?:are|remain|will be) (?:still )?"
    r"(?:free|entitled) to) (?:still |then |also )?"
    r"(?:appeal|go (?:straight |directly )?to " + _TRIB + r"|register (?:an|your) appeal|lodge (?:an|your) appeal"
    r"|make (?:an|your) appeal|take (?:it|your case|your appeal) to " + _TRIB + r")"
)
# Declining DR or mediation: "if you decide not to", "if you choose not to mediate", "decide against mediation".
# Not declining an *outcome* ("decide not to accept the agreement"): that is after mediation.
_DECLINE = (
    r"(?:decide|decided|choose|chose|prefer|opt|would rather|do not want|don't want)(?: not to| against)?"
    r"(?! (?:accept|agree|sign))"
)
# "used it", "use the service", "used disagreement resolution"
_USED = r"used? (?:it|the service|this service|disagreement resolution|mediation)"
NO_EFFECT = rx(
    r"(?:if|even if|when|should) (?:you |they |families |parents )?(?:decide|choose|chose|prefer|opt|would rather)"
    r"(?: not to| against)(?! (?:accept|agree|sign))[^.;]{0,100}?" + _APPEAL_OPEN,
    r"(?:if|even if|when) (?:you )?(?:do not|don't) want (?:to (?:use|try|go to|have) )?(?:mediation|disagreement "
    r"resolution|it|to)[^.;]{0,100}?" + _APPEAL_OPEN,
    r"whether or not you (?:decide to |choose to |go on to |go to |use |take part in |take up |want (?:to )?|try |have "
    r"|'ve )?(?:mediat\w*|" + _USED + r"|take part|taken part|go ahead|gone ahead|disagreement "
    r"resolution)[^.;]{0,100}?(?:appeal|tribunal)",
    r"(?:appeal|tribunal)[^.;]{0,100}?whether or not you (?:decide to |choose to |go on to |go to |use |take part in "
    r"|take up |want (?:to )?|try |have |'ve )?(?:mediat\w*|" + _USED + r"|take part|taken part|go "
    r"ahead|gone ahead|disagreement resolution)",
    # "A decision not to use the service has no bearing on any appeal"
    r"(?:not (?:to )?(?:use|using|take|taking|go|going|try|trying|mediat\w*)|declin\w+|saying no|refus\w+|decid\w+ "
    r"against|opting out)[^.;]{0,60}(?:has|have|will have|makes?|will make) no (?:bearing|effect|impact|difference"
    r"|influence)[^.;]{0,40}(?:appeal\w*|tribunal)",
    # "Using the service is not a step anyone has to take before appealing"
    r"not (?:a )?(?:required |compulsory |necessary |mandatory )?(?:step|requirement|condition|pre-?condition|stage)"
    r"\b[^.;]{0,40}?before (?:appealing|(?:an|any|your) appeal|(?:you |they )?(?:can )?(?:appeal|register|go to))",
    r"whatever you (?:decide|choose)[^.;]{0,60}(?:keep|retain|still have|have) (?:your|the|their) (?:full )?"
    r"(?:right|entitlement)",
    # "You are entitled to appeal to the Tribunal whatever you decide about disagreement resolution"
    r"(?:appeal|tribunal)[^.;]{0,60}whatever (?:you|they|families|parents) (?:decide|choose) (?:about|on|regarding) "
    r"(?:it|this|the offer|the service|(?:SEND )?mediation|disagreement resolution)",
    r"(?:saying no|declining|refusing)[^.;]{0,40}(?:will not|won't|does not|doesn't) (?:count|be held|go) against "
    r"you",
    r"(?:does not|doesn't|will not|won't|cannot|can't|should not|shouldn't|would not|wouldn't|do not|don't)(?: in "
    r"any way)? "
    r"(?:affect|stop|prevent|remove|change|delay|prejudice|harm|limit|restrict|take away|replace|reduce|undermine|lose)"
    r"[^.]{0,40}(?:right|entitlement|ability|option)s? (?:to|of) (?:appeal|go to " + _TRIB + r"|make an appeal"
    r"|register an appeal)",
    r"(?:right|entitlement)s? (?:to|of) appeal[^.]{0,40}(?:is|are|remains?|will be|stays?) (?:not affected"
    r"|unaffected|unchanged|protected|intact)",
    # the noun-first form of a key fact: "Does not affect your appeal rights", "appeal rights unaffected"
    r"(?:does not|doesn't|will not|won't|cannot|can't|do not|don't)(?: in any way)? (?:affect|stop|remove|change"
    r"|prejudice|harm|limit|restrict|take away|reduce|undermine) (?:your |their |any |the family's )?"
    r"(?:appeal|tribunal) rights?\b",
    r"(?:appeal|tribunal) rights? (?:are |remain |stay |will be )?(?:not affected|unaffected|unchanged|intact)",
    r"(?:does not|doesn't|will not|won't) (?:affect|stop|prevent)[^.]{0,30}(?:appealing|appeal(?:ing)? to (?:the )?"
    r"(?:SEND )?tribunal|going to (?:the )?tribunal)",
    r"without (?:affecting|prejudice to|losing) (?:your |their )?(?:right|entitlement)s? (?:to|of) appeal",
    r"(?:go|going|appeal|appealing|move) (?:straight|directly) to (?:the )?(?:SEND |First-tier )?tribunal",
    r"(?:go|going|move|proceed) (?:straight|directly) (?:on )?to (?:an |your |the )?appeal",
    r"(?:do not|don't|does not|doesn't) have to (?:use|try|go to|take part in|attend|have|agree to) (?:mediation"
    r"|disagreement resolution|dispute resolution|it|this service)[^.]{0,40}(?:(?:before|to|in order to) (?:you )?"
    r"(?:can )?(?:(?:an |any |your )?appeal\w*|register an appeal|go(?:ing)? to (?:the )?tribunal)|(?:to|in order "
    r"to) (?:keep|protect|preserve) (?:your|the|their) right)",
    # "There is no requirement to use disagreement resolution before you appeal"
    r"no (?:requirement|need|obligation) (?:for you )?to (?:use|try|attend|go to|have) (?:mediation|disagreement "
    r"resolution|dispute resolution|it|this service|the service)(?: first)? before (?:you )?(?:can )?(?:appeal|go to "
    r"(?:the )?tribunal|register (?:an|your) appeal)",
    # "You don't need to have tried this service to be able to appeal"
    r"(?:do not|don't|does not|doesn't|will not|won't) need to (?:have )?(?:use|used|try|tried|go to|gone to|been to"
    r"|attend|attended|take part in|taken part in) (?:mediation|disagreement resolution|dispute resolution|it|this "
    r"service|the service)[^.;]{0,30}?(?:before|to|in order to) (?:be able to )?(?:you )?(?:can )?(?:appeal|register "
    r"(?:an|your) appeal|go to (?:the )?tribunal)",
    r"(?:not|never) (?:a )?(?:requirement|compulsory|mandatory|necessary) (?:to (?:use|try|attend) )?(?:mediation "
    r"|disagreement resolution )?(?:before|to) (?:you )?(?:can )?(?:appeal|go to (?:the )?tribunal|register an "
    r"appeal)",
    r"(?:(?:still|always) have|(?:still |always )?(?:keep|retain)) (?:the|your|their) (?:full )?(?:right|entitlement)"
    r" to (?:appeal|go to " + _TRIB + r"|take (?:your case|it|the case) to " + _TRIB + r")",
)
# FAQ form: "Can I still appeal if I don't want mediation?" answered "Yes".
NO_EFFECT_QA: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx(
            r"(?:can|could|may) (?:I|we) (?:still )?(?:appeal|go to " + _TRIB + r")[^?]{0,40}(?:if|without) (?:I |we )?"
            r"(?:do not|don't|decide not|choose not|say no|decline|refuse|using|trying|going to|having)",
            # the condition first: "If we don't go to disagreement resolution, can we still appeal?"
            # (what is declined is the service the FAQ is about, never "the school the council named")
            r"(?:if|when) (?:I|we) (?:do not|don't|decide not to|choose not to|say no|decline|refuse|would rather not"
            r"|turn down)(?: to)?(?: (?:go to |use |try |have |attend |do )?(?:mediation|disagreement resolution"
            r"|dispute resolution|it|the offer|this))?,? (?:can|could|may|will) (?:I|we) (?:still )?(?:be able to )?"
            r"(?:appeal|go to " + _TRIB + r")",
        ),
        "yes",
    ),
    # "Will it affect an appeal?" / "Does saying no harm my right to appeal?" answered "No".
    (
        rx(
            r"(?:will|does|would|could|can) (?:it|this|using it|using the service|mediation|disagreement resolution"
            r"|taking part|saying no|declining|not using it|not taking part) (?:affect|stop|harm|change|prevent"
            r"|damage) (?:my |an |any |the |your )?(?:right|chance|ability|appeal)",
        ),
        "no",
    ),
)
# A question about declining ("What happens if I say no to mediation?") answered with an open appeal.
DECLINE_QUESTION = rx(
    r"(?:if|when) I (?:say no|decline|refuse|do not want|don't want|decide not|choose not|would rather not)"
    r"[^?]{0,40}(?:mediation|disagreement resolution|it|to)",
    # "If I say no, can I still appeal?": the offer declined is the one the FAQ is about
    r"(?:if|when) I (?:say no|decline|refuse|opt out|turn it down)\b[^?]{0,10}(?:can|could|may|will) I (?:still )?"
    r"(?:be able to )?(?:appeal|go to " + _TRIB + r")",
)
APPEAL_OPEN = rx(
    _APPEAL_OPEN,
    r"(?:can|may) (?:then )?appeal",
    # a table or FAQ answer in the imperative: "Ask for a certificate and appeal straight away"
    r"\bappeal (?:straight away|right away|immediately|at once)",
)
DECLINE_CERTIFICATE = rx(
    r"(?:decide|choose|chose|decided|choosing|deciding|do not want|don't want|prefer) not to (?:go to|take part in"
    r"|use|have|try|attend|go ahead with) (?:mediation|disagreement resolution|it)[^.]{0,100}certificate",
    r"(?:do not|don't) want (?:to (?:go to|try|use) )?mediation[^.]{0,100}certificate",
    r"certificate[^.]{0,80}(?:if|when) (?:you )?(?:decide|choose|do not want|don't want) not to (?:go to |have |use"
    r" )?mediation",
)
AFTER_MEDIATION = rx(
    r"(?:if|when|after|once) (?:the )?(?:mediation|disagreement resolution|it|the meeting)[^.]{0,60}(?:you can|you "
    r"may|you will be able to|you could|you still|you have the right)",
    r"(?:appeal|go to (?:the )?tribunal) (?:after|following) (?:mediation|disagreement resolution)",
    r"(?:does not|doesn't|did not|didn't) (?:resolve|work|solve|settle)",
)


# The same statement read in two halves, so that new word orders combine instead of being listed
# whole: (a) not using DR or mediation -- in the sentence, the sentence before it or the FAQ
# question it answers -- and (b) the appeal kept open or untouched. "Using it has no bearing on
# your appeal" needs no (a): an appeal untouched by *using* the service is untouched by not using it.
# "You can appeal" alone never counts without (a): that is the appeal *after* mediation.
DECLINING = rx(
    # the family declining, not the council: "decide not to mediate", never "decide not to issue a plan"
    r"(?:decide|decided|deciding|choose|chose|choosing|opt|opting|prefer)(?: not to (?:mediat\w*|use|go|take part"
    r"|try|have|attend|proceed|do (?:it|this|so))| not to(?=[,.;])| against (?:mediation|it|this|using"
    r"|disagreement resolution))",
    r"not (?:wanting|using|taking part|going|trying|to (?:use|mediate|go|take part|try))",
    r"(?:do not|don't|does not|doesn't) want (?:to (?:use|try|go to|have|do|attend|take part in) )?(?:mediation"
    r"|disagreement resolution|it)",
    r"(?:would rather|prefer) not",
    r"(?:saying no|say no|declin\w+|refus\w+|turning down|turn down)(?: to)? (?:mediation|disagreement resolution"
    r"|it|the offer|this)",
    # "If you say no, …": the offer being declined is the one the section is about
    r"(?:if|when|should|even if|once) (?:you|they|families|parents|the young person) (?:say no|decline|refuse|opt out"
    r"|turn it down)\b",
    r"whether (?:or not )?you (?:then )?(?:go|use|take part|try|mediate|take up)",
    r"(?:without|instead of) (?:ever )?(?:using |trying |going to )?(?:mediation|disagreement resolution|it\b|this "
    r"service|the service)",
    # "Opting out of mediation", "because you did not use disagreement resolution"
    r"opt(?:s|ed|ing)? out of (?:mediation|disagreement resolution|it|this|the service)",
    r"(?:did not|didn't|have not|haven't|never|do not|don't) (?:use|used|try|tried|go to|gone to|take part in|attend"
    r"|attended) (?:mediation|disagreement resolution|dispute resolution|it|this service|the service)",
    r"(?:did not|didn't|do not|don't|never) (?:want to )?mediate",
    r"(?:do not|don't|does not|doesn't) have to (?:go ahead with|use|try|have|take part in|attend|go to) (?:mediation"
    r"|disagreement resolution|it|the service|this service)",
)
USING = rx(
    r"(?:using|taking part in|attending|going to|use of|trying) (?:the service|this service|it|mediation"
    r"|disagreement resolution|dispute resolution)",
    r"(?:mediation|disagreement resolution|the service|this service)",
)
APPEAL_STILL_OPEN = rx(
    _APPEAL_OPEN,
    r"(?:can|may) go ahead and appeal",
    r"(?:lets|allows|enables) you (?:to )?(?:register|lodge|make|bring|start) (?:an|your) appeal",
    r"means you can (?:lodge|register|make|bring|start) (?:an|your) appeal",
    # "you're free to register an appeal"
    r"(?:you|they)['\u2019]re (?:still )?(?:free|entitled) to (?:appeal|register (?:an|your) appeal|lodge (?:an|your) "
    r"appeal|go (?:straight |directly )?to " + _TRIB + r")",
    # "The Tribunal will still listen to your appeal"
    r"tribunal (?:will|can|would) (?:still )?(?:listen to|hear|look at|consider|deal with) (?:your|an|the|any) appeal",
    # a flowchart's imperative after the certificate: "Ask for your certificate, then appeal to the Tribunal"
    r"certificate,? (?:and )?then (?:appeal|register (?:an|your) appeal|lodge (?:an|your) appeal) (?:to|with) " + _TRIB,
)
APPEAL_UNTOUCHED = rx(
    r"(?:does not|doesn't|will not|won't|cannot|can't|do not|don't|would not|wouldn't)[^.;]{0,12} (?:affect|stop"
    r"|prevent|close|remove|take away|limit|change|count against|harm|delay|replace|take them away|prejudice"
    r"|jeopardi[sz]e|weaken|alter|bar|rule out)[^.;]{0,40}"
    r"(?:appeal\w*|tribunal)",
    r"no (?:bearing|effect|impact|difference|influence)(?: (?:whatsoever|at all))? (?:on|to)[^.;]{0,40}(?:appeal\w*"
    r"|tribunal)",
    # "Your appeal rights stay exactly as they are"
    r"(?:appeal rights?|rights? (?:to|of) appeal)[^.;]{0,30}(?:stays?|remains?) (?:exactly |just )?(?:as (?:they|it) "
    r"(?:are|is|were|was)|the same)",
    # "The Tribunal will not hold it against you", "that will not be held against them by the Tribunal"
    r"(?:tribunal|appeal\w*)[^.;]{0,40}(?:will not|won't|does not|doesn't|cannot|can't|never|would not|wouldn't) hold "
    r"(?:it|this|that) against",
    r"(?:will not|won't|is not|isn't|never|cannot|can't) (?:be )?held against (?:you|them|families|parents)[^.;]{0,30}"
    r"(?:tribunal|appeal\w*)",
    # "Your right of appeal to the First-tier Tribunal (SEND) is the same whether ...": the Tribunal's
    # full name may stand between the right and what is said of it.
    r"(?:appeal rights?|rights? (?:to|of) appeal)(?: to " + _TRIB + r"(?: \(SEND\))?)?[^.;]{0,30}(?:unaffected|not "
    r"affected|intact|unchanged|the same|protected)",
    r"(?:leaves?|keeps?) (?:your|the|their) (?:right (?:to|of) appeal|appeal rights?)(?: to "
    + _TRIB
    + r"(?: \(SEND\))?)?(?: \w+)? (?:intact|open|unaffected|untouched)",
)


# Another route named as what leaves the appeal untouched: "Making a complaint does not affect your
# right to appeal", "Contacting SENDIASS won't stop you appealing" -- true, but not about DR or mediation.
OTHER_ROUTE = rx(
    r"complain\w*",
    r"ombudsman",
    r"judicial review",
    r"SENDIASS",
    r"SENDIAS",
    r"(?-i:IASS)",
    r"(?:asking for|requesting|applying for) (?:an? )?(?:early |annual |new )?(?:review|re-?assessment|assessment)",
    r"(?:contacting|writing to|speaking to) (?:your |the )?(?:MP|councillor|school|head ?teacher|governors)",
)


def _other_route(text: str, m: re.Match[str]) -> bool:
    """The words before the statement name another route and no DR or mediation."""
    lead = text[: m.start()]
    return bool(OTHER_ROUTE.search(lead)) and not DR_OR_MEDIATION.search(lead)


def _composed(sent: Sentence) -> re.Match[str] | None:
    """The no-effect statement in two halves (see ``DECLINING``)."""
    text = sent.text
    untouched = APPEAL_UNTOUCHED.search(text)
    kept = untouched or APPEAL_STILL_OPEN.search(text)
    if kept is None:
        return None
    if DECLINING.search(text):
        return kept
    if AFTER_MEDIATION.search(text):
        return None
    if untouched and USING.search(text, 0, untouched.start()):
        return kept
    # Declining said in one of the two sentences before ("You may decide you don't want mediation.
    # That's fine: the adviser sends a certificate. You can then lodge your appeal."), in the FAQ
    # question answered, or in the heading the sentence sits under ("If you don't want mediation").
    question = question_for(sent.page, sent.index)
    heading = " ".join(sent.page.blocks[sent.index].heading_path[-1:])
    context = (previous_sentence(sent, 2), question, normalise(heading))
    return kept if any(DECLINING.search(c) for c in context) else None


def _answered(sent: Sentence, weak: str) -> Hit | None:
    """An FAQ answer that keeps the appeal open for someone who declines DR or mediation."""
    hit = qa_hit(sent, NO_EFFECT_QA)
    if hit is not None:
        return Hit(hit.page, hit.block_index, hit.start, hit.end, 1.5, weak or hit.note)
    question = question_for(sent.page, sent.index)
    m = APPEAL_OPEN.search(sent.text) if question and DECLINE_QUESTION.search(question) else None
    return sent.hit(m, 1.5, weak or f'answers "{question}"') if m else None


def _no_effect(site: Site) -> CheckResult:
    found: list[Hit] = []
    partial: list[Hit] = []
    near: list[Hit] = []
    for sent, weak in scan(site, DR_OR_MEDIATION):
        text = sent.text
        m = NO_EFFECT.search(text) or _composed(sent)
        if m is not None and _other_route(text, m):
            near.append(sent.hit(m, 0.5, "another route (a complaint, the IASS) leaves the appeal open, not DR"))
            continue
        if m is None:
            answered = _answered(sent, weak)
            if answered is not None:
                (partial if weak else found).append(answered)
                continue
        after = AFTER_MEDIATION.search(text)
        if m and after and m.group(0).lower().startswith(("still", "always", "keep", "retain")):
            near.append(sent.hit(after, 0.5, "appealing after mediation is not the same as appealing without it"))
        elif m:
            (partial if weak else found).append(sent.hit(m, 2.0, weak))
            continue
        d = DECLINE_CERTIFICATE.search(text)
        if d:
            # Declining mediation still gets the certificate that opens the appeal: the duty, said
            # plainly, only when the sentence also says the certificate is for appealing.
            (found if APPEAL.search(text) and not weak else partial).append(sent.hit(d, 1.5, weak))
        elif after and APPEAL.search(text):
            near.append(sent.hit(after, 0.5, "appealing after mediation is not the same as appealing without it"))
    if found:
        return result(
            "drs_no_effect_on_appeal",
            site,
            Status.PASS,
            found,
            reason="says DR/mediation does not affect the right to appeal",
        )
    if partial:
        return result(
            "drs_no_effect_on_appeal",
            site,
            Status.PARTIAL,
            partial,
            near=near,
            reason="only implied (a certificate if mediation is declined) or only on a supporting page",
        )
    return result(
        "drs_no_effect_on_appeal",
        site,
        Status.FAIL,
        near=near,
        reason="no statement that not using DR/mediation leaves the right of appeal untouched",
        searched=searched_text(
            site, "'does not affect your right to appeal', 'go straight to the Tribunal' in DR/mediation sections"
        ),
    )


ADVISER = rx(
    r"mediation advi[cs]e(?:rs?)?",
    r"mediation information",
    r"(?:contact|speak to|talk to) (?:a|the) mediation (?:service|provider|adviser|advisor)",
)
CERTIFICATE = rx(r"(?:mediation )?certificates?")
# "within two months", and the plain-English "in the 2 months after you get the letter"
TIME_LIMIT = rx(
    r"(?:within|in|after) (?:the )?(?:next |first )?(?:two|2) months",
    r"(?:within|in) (?:the )?(?:next |first )?(?:30|thirty) (?:calendar )?days",
    r"(?:within|in) (?:the )?(?:next )?(?:3|three) working days",
    r"(?:within|in) (?:the )?(?:next |first )?(?:one|1) month",
    r"(?:30|thirty) days",
)
# The adviser met earlier on the page, named again without "mediation" (Easy Read's short sentences).
ADVISER_ALONE = rx(r"(?:the|your|this|that) advi[cs][eo]rs?")
EHC_LINK = rx(r"EHC\w*", r"education,? health and care", r"tribunal", r"appeal\w*", r"needs assessment", r"SENDIST")
# Mediation itself described, not only the adviser and the certificate an appeal needs: the mediator,
# the meeting, what mediation is or does, going to it, its 30 days.
MEDIATION_ITSELF = rx(
    r"mediators?",
    r"mediation (?:meetings?|sessions?|itself)",
    r"mediation (?:is|means|can|could|may|will|would|helps?|gives|brings|lets)",
    r"(?:go|going|went|attend|attending|try|trying|take part in|taking part in|have|having|choose|chose|want|agree"
    r" to|arrange|arranged|book|hold|held) (?:to )?mediation(?! advi[cs]e| certificates?)",
    r"(?:30|thirty) (?:calendar )?days",
)
ELEMENTS = (("mediation advice", ADVISER), ("the certificate", CERTIFICATE), ("time limits", TIME_LIMIT))


def _mediation_info(site: Site) -> CheckResult:
    best: tuple[int, list[Hit], str] | None = None
    spread = False  # the best page names mediation and its elements in more than one sentence
    weak_best: list[Hit] = []
    for unit_sentences in _by_page(site):
        hits: dict[str, Hit] = {}
        said_in: set[tuple[int, int]] = set()  # the sentences naming mediation or stating an element
        core: Hit | None = None
        weak = ""
        # The page must be about SEND mediation itself: "a mediation certificate" on an appeal page
        # is a step of the appeal, not an explanation of mediation.
        linked = any(
            EHC_LINK.search(sent.text)
            or SEND_ACRONYM.search(sent.page.blocks[sent.index].text)
            or SEND_PHRASE.search(sent.text)
            for sent, _ in unit_sentences
        )
        for sent, why in unit_sentences:
            weak = weak or why
            text = sent.text
            mm = _mediation_itself(text)
            # A link ("Mediation" in a list of links) names a page; it explains nothing.
            substantive = len(text.split()) >= 5 and not link_only(sent.page, sent.index)
            if mm and core is None and linked and substantive:
                core = sent.hit(mm, 2.0, why)
                said_in.add((sent.index, sent.start))
            for label, pattern in ELEMENTS:
                m = pattern.search(text)
                if m and _mediation_element(label, text):
                    said_in.add((sent.index, sent.start))
                    hits.setdefault(label, sent.hit(m, 1.0, label))
        if core is None:
            continue
        listed = [core, *hits.values()]
        if weak:
            weak_best = weak_best or listed
            continue
        # A page about appealing that names only the adviser and the certificate (however many
        # sentences it takes) gives a step of the appeal: at most partial.
        count = min(len(hits), 1) if _appeal_step_only(unit_sentences) else len(hits)
        if best is None or count > best[0]:
            best = (count, listed, ", ".join(hits) or "no details")
            spread = len(said_in) >= 2
    # Two elements named in one sentence ("Before you appeal, contact a mediation adviser and get a
    # certificate") are a step of the appeal, not an explanation of mediation.
    if best is not None and (best[0] >= 3 or best[0] == 2 and spread):
        return result(
            "mediation_info", site, Status.PASS, best[1], keep_order=True, reason=f"explains SEND mediation: {best[2]}"
        )
    if best is not None or weak_best:
        chosen = best[1] if best is not None else weak_best
        why = (
            f"SEND mediation mentioned with too little detail ({best[2]})"
            if best is not None
            else "only on a supporting page"
        )
        return result("mediation_info", site, Status.PARTIAL, chosen, keep_order=True, reason=why)
    return result(
        "mediation_info",
        site,
        Status.FAIL,
        reason="no explanation of SEND mediation of EHC decisions",
        searched=searched_text(site, "SEND mediation with mediation advice, the certificate and time limits"),
    )


def _appeal_step_only(unit_sentences: list[tuple[Sentence, str]]) -> bool:
    """The page is headed as an appeal (or Tribunal) page, not a mediation one, and never describes
    mediation itself: no mediator, meeting, going to mediation or its 30 days."""
    page = unit_sentences[0][0].page
    heading = normalise(" ".join([page.title, page_heading(page)]))
    if not APPEAL.search(heading) or MEDIATION.search(heading):
        return False
    return not any(MEDIATION_ITSELF.search(sent.text) for sent, _ in unit_sentences)


def _mediation_element(label: str, text: str) -> bool:
    """A certificate counts when the sentence says it is mediation's (or the mediation adviser's:
    "The adviser gives you a certificate" on a page about mediation); a time limit unless the
    sentence is only about appealing ("You must appeal within two months" is the appeal's deadline,
    not one of mediation's)."""
    if label == "the certificate":
        return bool(MEDIATION.search(text) or ADVISER_ALONE.search(text))
    if label == "time limits":
        return bool(MEDIATION.search(text) or CERTIFICATE.search(text) or not APPEAL.search(text))
    return True


def _mediation_itself(text: str) -> re.Match[str] | None:
    """A mention of mediation (the process, the adviser, the mediator), not only of its certificate."""
    for m in MEDIATION.finditer(text):
        if not re.match(r"\s*certificates?\b", text[m.end() :], re.I):
            return m
    return None


def _by_page(site: Site) -> list[list[tuple[Sentence, str]]]:
    groups: dict[str, list[tuple[Sentence, str]]] = {}
    for sent, weak in scan(site, MEDIATION):
        groups.setdefault(sent.page.url, []).append((sent, weak))
    return list(groups.values())


DRS_NO_EFFECT_ON_APPEAL = Check(
    id="drs_no_effect_on_appeal",
    version="10",
    title="Right of appeal unaffected by disagreement resolution or mediation",
    failure_title="Not stated that the right of appeal is unaffected",
    description=(
        "The Local Offer says that not using disagreement resolution, or choosing not to mediate, does not stop or "
        "affect an appeal to the Tribunal (e.g. 'you can go straight to the Tribunal with a certificate'). Being able "
        "to appeal after mediation is not this."
    ),
    legal_ref="CFA s.57; CoP 11.10",
    legal_ref_words="Children and Families Act 2014, section 57; SEND Code of Practice 2015, paragraph 11.10",
    strength=Strength.MUST,
    run=_no_effect,
    theme="disagreement_resolution",
    weight=2.0,
    fix=(
        "Add to the disagreement resolution and mediation pages: 'Using disagreement resolution does not affect your "
        "right to appeal. If you decide not to try mediation, the mediation adviser will give you a certificate and "
        "you can go straight to the Tribunal.'"
    ),
    why="Families must not think they lose their right of appeal by declining mediation or disagreement resolution.",
)
MEDIATION_INFO = Check(
    id="mediation_info",
    version="8",
    title="SEND mediation explained",
    failure_title="SEND mediation not explained",
    description=(
        "The Local Offer explains SEND mediation of EHC needs assessment and plan decisions: mediation advice, "
        "the mediation certificate and the time limits."
    ),
    legal_ref="CFA s.55; CoP 11.13–11.20",
    legal_ref_words="Children and Families Act 2014, section 55; SEND Code of Practice 2015, paragraphs 11.13 to 11.20",
    strength=Strength.MUST,
    run=_mediation_info,
    theme="mediation",
    weight=2.0,
    fix=(
        "Publish a SEND mediation page: before most appeals you must contact the mediation adviser within two months "
        "of the decision letter; the adviser issues a certificate within 3 working days; mediation must happen within "
        "30 days. Name the mediation provider and how to contact it."
    ),
    why="Families must get mediation advice before most appeals, on a strict timetable they need to know about.",
)
