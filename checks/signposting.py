"""Where families turn for help and redress: the IASS (CFA s.32), complaints routes (Sch 2) and the
right of appeal to the First-tier Tribunal (CFA s.51). These are site-wide duties: the evidence may
sit on different pages of the Local Offer, but only in main content (a menu link is not a signpost).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from auditor.model import CheckResult, Page, Site, Status, Strength
from checks.base import Check
from checks.common import Sentence, mentions, previous_sentence, result, searched_text, send_pages, sentences_in
from checks.context import (
    HEADING_KINDS,
    IASS,
    OTHER_APPEALS,
    contact_spans,
    context_blocks,
    foreign,
    link_contacts,
    link_only,
    main_indices,
    page_may_match,
    send_hits,
)
from checks.faq import question_for
from checks.prefilter import search
from checks.text import Hit, normalise, rx


def _send_sentences(
    site: Site,
    avoid: re.Pattern[str] | None = None,
    *,
    skip_links: bool = False,
    about: Sequence[re.Pattern[str]] = (),
    needs: Sequence[re.Pattern[str]] = (),
) -> Iterator[Sentence]:
    """Main-content sentences of SEND pages; with ``about``, only of pages that mention one of those
    patterns somewhere (a sentence can only match where its page does), which skips most pages;
    with ``needs``, only of blocks where one of those patterns matches (the caller ignores every
    other sentence), which skips most blocks. A sentence is its block's text cut at whitespace, so
    a word-bounded pattern (``rx``) that matches a sentence also matches its block."""
    for page in send_pages(site):
        if about and not any(mentions(page, pattern) for pattern in about):
            continue
        # Only the patterns the page's text may match can match one of its blocks.
        needed = [p for p in needs if page_may_match(page, p)]
        if needs and not needed:
            continue  # no block of the page can pass the test below
        indices = [
            i
            for i in main_indices(page)
            if not (needs and not any(search(p, normalise(page.blocks[i].text)) for p in needed))
            and not (avoid and foreign(page, i, avoid))
            and not (skip_links and link_only(page, i))
        ]
        yield from sentences_in(page, indices)


# --- IASS -----------------------------------------------------------------------------------------
IASS_OTHER = rx(
    r"parent carer forums?",
    r"IPSEA",
    r"Contact(?= (?:for families|helpline|charity|a family))",
    r"SEND advice line",
    r"local offer team",
)
IASS_FORMER = rx(
    r"formerly", r"previously", r"used to be", r"was known as", r"replaced", r"renamed", r"now called", r"now known as"
)


def _iass_contact(page: Page, index: int) -> Hit | None:
    """A phone, email, web address or link in the block naming the IASS or in the two after it; when
    the page's own h1 names the IASS (its page or directory record), anywhere in the main content
    ("Who to contact" below the description)."""
    whole_page = page.blocks[index].kind == "h1"
    for i in range(index, len(page.blocks) if whole_page else min(index + 3, len(page.blocks))):
        if whole_page:
            if not page.blocks[i].in_main:
                continue
        elif not page.blocks[i].in_main or (i > index and page.blocks[i].kind.startswith("h")):
            break
        spans = contact_spans(page.blocks[i].text) + link_contacts(page, i)
        if spans:
            s, e, kind = spans[0]
            return Hit(page, i, s, e, 1.0, kind)
    return None


def _iass(site: Site) -> CheckResult:
    found: list[Hit] = []
    named: list[Hit] = []
    near: list[Hit] = []
    # No page-level "about": a sentence that matches is in a block that "needs" lets through anyway.
    for sent in _send_sentences(site, needs=(IASS, IASS_OTHER)):
        text = sent.text
        m = search(IASS, text)
        if m is None:
            other = search(IASS_OTHER, text)
            if other:
                near.append(sent.hit(other, 0.3, "another source of help, not the IASS"))
            continue
        if m.group(0).lower().startswith("parent partnership") and not IASS_FORMER.search(text):
            named.append(sent.hit(m, 0.8, "'Parent Partnership' is the pre-2014 name of the IASS"))
            continue
        contact = _iass_contact(sent.page, sent.index)
        if contact is not None and not m.group(0).lower().startswith("parent partnership"):
            found.append(sent.hit(m, 2.0 + (0.5 if sent.page.blocks[sent.index].kind != "li" else 0)))
        else:
            named.append(sent.hit(m, 1.0, "named without a contact route"))
    if found:
        return result("iass_signposted", site, Status.PASS, found, reason="signposts the IASS with a contact route")
    if named:
        return result("iass_signposted", site, Status.PARTIAL, named, reason=named[0].note, near=near)
    return result(
        "iass_signposted",
        site,
        Status.FAIL,
        near=near,
        reason="the SEND Information, Advice and Support Service is not signposted",
        searched=searched_text(site, "'SENDIASS', 'IASS', 'Information, Advice and Support Service' in main content"),
    )


# --- Complaints ------------------------------------------------------------------------------------
COMPLAINT = rx(r"complain\w*", r"unhappy", r"not happy", r"dissatisfied", r"things go wrong")
ROUTES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    # (label, pattern, needs a complaint word in the sentence)
    (
        "education settings",
        rx(
            r"(?:school|college|academy|nursery|setting|early years provider|education provider)'?s? (?:own "
            r")?complaints? (?:procedure|policy|process)",
            r"complain(?:t|ts)? (?:to|about|with) (?:the|your child's|a|your) (?:school|college|academy|nursery"
            r"|setting|headteacher|head teacher|governors|governing body)",
            # Plurals too: "Schools, colleges and nurseries each have their own complaints procedure".
            r"(?:headteachers?|head teachers?|governing bod(?:y|ies)|governors|SENCOs?|SENCos?|schools?|colleges?"
            r"|academ(?:y|ies)|nurser(?:y|ies)|settings?)",
            r"school complaints unit",
        ),
        True,
    ),
    (
        "the council",
        rx(
            r"(?:council|local authority|LA)'?s? (?:corporate |own )?complaints? (?:procedure|policy|process|team"
            r"|form|page)",
            r"corporate complaints?",
            r"(?:council|local authority|LA|SEND service|SEN team|SEND team|social care|us|our (?:service|team))",
        ),
        True,
    ),
    (
        "health services",
        rx(
            r"PALS",
            r"patient advice and liaison(?: service)?",
            r"NHS complaints?",
            r"health complaints?",
            r"patient experience(?: team)?",
            r"clinical commissioning groups?",
            r"complain\w* (?:about|to) (?:a |the |your )?(?:health|NHS|hospital|GP|therapy)",
            r"(?:NHS|health services?|health providers?|hospitals?|GPs?|ICB|integrated care board|CCG|therapy "
            r"services?)",
        ),
        True,
    ),
    (
        "the ombudsmen and regulators",
        rx(
            r"local government (?:and social care )?ombudsman",
            r"LGSCO",
            r"parliamentary and health service ombudsman",
            r"(?-i:PHSO)",
            r"ombudsman",
        ),
        False,
    ),
    (
        "the ombudsmen and regulators",
        rx(r"ofsted", r"secretary of state", r"department for education", r"(?-i:DfE)"),
        True,
    ),
)


def _complaints(site: Site) -> CheckResult:
    by_route: dict[str, list[Hit]] = {}
    general: list[Hit] = []
    for sent in _send_sentences(
        site,
        OTHER_APPEALS,
        skip_links=True,
        about=(COMPLAINT, *(pattern for _, pattern, needs_word in ROUTES if not needs_word)),
        needs=(COMPLAINT, *(pattern for _, pattern, _ in ROUTES)),
    ):
        if sent.page.blocks[sent.index].kind in HEADING_KINDS:
            continue  # a heading names a topic; the route is explained in the text under it
        text = sent.text
        in_sentence = COMPLAINT.search(text)
        heads = normalise(" ".join([*sent.page.blocks[sent.index].heading_path, sent.page.title]))
        in_heading = COMPLAINT.search(heads)
        matched = False
        for label, pattern, needs_word in ROUTES:
            m = pattern.search(text)
            if m and (not needs_word or in_sentence or in_heading):
                by_route.setdefault(label, []).append(sent.hit(m, 2.0 if in_sentence else 1.0, label))
                matched = True
        if in_sentence and not matched:
            general.append(sent.hit(in_sentence, 0.5, "a complaint mentioned without a route"))
    hits = [min(hs, key=Hit.sort_key) for hs in by_route.values()]
    if len(by_route) >= 3:
        return result(
            "complaints_routes",
            site,
            Status.PASS,
            hits,
            keep_order=True,
            limit=4,
            reason="explains complaints routes: " + "; ".join(by_route),
        )
    if by_route:
        missing = [
            r
            for r in ("education settings", "the council", "health services", "the ombudsmen and regulators")
            if r not in by_route
        ]
        return result(
            "complaints_routes",
            site,
            Status.PARTIAL,
            hits,
            keep_order=True,
            reason="some routes only; missing: " + ", ".join(missing),
        )
    return result(
        "complaints_routes",
        site,
        Status.FAIL,
        near=general,
        reason="no SEND complaints routes explained",
        searched=searched_text(site, "complaints routes for settings, the council, health and the ombudsmen"),
    )


# --- Tribunal ---------------------------------------------------------------------------------------
SEND_TRIBUNAL = rx(
    r"first[- ]tier tribunal(?: \(?(?:special educational needs and disability|SEND|health,? education and social "
    r"care)\)?)?",
    r"SEND tribunal",
    r"(?-i:SENDIST)",
    r"special educational needs and disability tribunal",
    r"tribunal",
)
APPEAL_WORD = rx(r"appeal\w*", r"(?:register|lodge|make|bring) (?:an? )?(?:appeal|claim)")
APPEAL_TOPIC = re.compile(f"{SEND_TRIBUNAL.pattern}|{APPEAL_WORD.pattern}", re.I)
# How to appeal: the form and the online service say it by themselves.
HOW_FORM = rx(
    r"register (?:an|your) appeal",
    r"appeal form",
    r"SEND ?35",
    r"gov\.uk/[\w/-]*(?:appeal|tribunal)[\w/-]*",
    r"how to appeal",
    r"(?:appeal|apply) online",
    r"notice of appeal",
    r"(?:fill in|complete|send) (?:the|a) form",
)
# Deadlines and the certificate are "how to appeal" only when the sentence is about appealing: "contact
# the mediation adviser within 2 months" is the mediation deadline, not the appeal's.
HOW_TIME = rx(
    r"(?:within|in) (?:two|2) months",
    r"(?:two|2) months (?:from|of|after)",
    r"(?:the|an|their) online (?:service|form)",
    r"(?:one|1) month (?:from|of|after) (?:the )?(?:date (?:of|on) the )?(?:mediation )?certificate",
    r"(?:within|in) (?:one|1) month",
    r"(?:deadline|time limit)s?",
)
# The time limit for contacting the mediation adviser, not for appealing: "contact a mediation adviser,
# within two months" (the words just before the time limit are about mediation, not the appeal).
MEDIATION_STEP = rx(r"mediat\w*")
APPEALING = rx(r"appeal\w*", r"tribunal", r"(?-i:SENDIST)")


def _about_appealing(sent: Sentence, question: str) -> bool:
    """The sentence is about appealing, or continues a sentence or a (sub)section about appealing
    and not about mediation: "You can then appeal to the Tribunal. The deadline is two months from
    our decision letter", never "Get mediation advice before appealing. Contact them within two months"."""
    if APPEALING.search(sent.text) or APPEALING.search(question):
        return True
    before = previous_sentence(sent)
    if MEDIATION_STEP.search(before):
        return False
    heading = sent.page.blocks[sent.index].heading_path[-1:]
    return any(APPEALING.search(t) and not MEDIATION_STEP.search(t) for t in (before, *heading))


def _tribunal(site: Site) -> CheckResult:
    right: list[Hit] = []
    how: list[Hit] = []
    near: list[Hit] = []
    for page in send_pages(site):
        ctx = context_blocks(page, APPEAL_TOPIC, OTHER_APPEALS)
        ctx = {i for i in ctx if not foreign(page, i, OTHER_APPEALS) and not link_only(page, i)}
        page_how: list[Hit] = []
        tribunal_here = False
        for sent in sentences_in(page, ctx):
            text = sent.text
            if OTHER_APPEALS.search(text):
                near.append(sent.whole(0.3, "a different appeal or tribunal"))
                continue
            # FAQ: "Who hears the appeal?" answered "The SEND Tribunal." is read with its question.
            question = question_for(page, sent.index)
            t = SEND_TRIBUNAL.search(text)
            if t is not None:
                named = t.group(0).lower() != "tribunal"
                tribunal_here = True
                appeal = APPEAL_WORD.search(text) or APPEAL_WORD.search(question)
                if appeal and (named or send_hits(text) or send_hits(page.title)):
                    if page.blocks[sent.index].quoted:
                        near.append(sent.hit(t, 0.5, "the right of appeal only inside a quotation"))
                    else:
                        right.append(sent.hit(t, 2.0 if named else 1.5))
            h = HOW_FORM.search(text)
            if h is None and _about_appealing(sent, question):
                h = HOW_TIME.search(text)
                lead = text[max(0, h.start() - 40) : h.start()] if h else ""
                if h and MEDIATION_STEP.search(lead) and not APPEALING.search(lead):
                    near.append(sent.hit(h, 0.4, "the deadline for mediation advice, not for the appeal"))
                    h = None
            if h:
                page_how.append(sent.hit(h, 1.0, "how to appeal"))
        for i in ctx:
            for s, e, kind in link_contacts(page, i):
                if re.search(r"gov\.uk/[\w/-]*(?:appeal|tribunal)", kind):
                    page_how.append(Hit(page, i, s, e, 1.2, "link to the gov.uk appeal guidance"))
        # Steps and deadlines only count on a page that is about the SEND Tribunal.
        if tribunal_here:
            how.extend(page_how)
    if right and how:
        same_page = [h for h in how if any(r.page.url == h.page.url for r in right)]
        return result(
            "tribunal_appeal",
            site,
            Status.PASS,
            [min(right, key=Hit.sort_key), *sorted(same_page or how, key=Hit.sort_key)[:2]],
            keep_order=True,
            reason="explains the right to appeal to the SEND Tribunal and how",
        )
    if right:
        return result(
            "tribunal_appeal",
            site,
            Status.PARTIAL,
            right,
            reason="mentions the right of appeal without saying how",
            near=near,
        )
    return result(
        "tribunal_appeal",
        site,
        Status.FAIL,
        near=near,
        reason="no explanation of the right to appeal to the First-tier Tribunal (SEND)",
        searched=searched_text(site, "'First-tier Tribunal', 'SEND Tribunal', 'appeal' in SEND main content"),
    )


IASS_SIGNPOSTED = Check(
    id="iass_signposted",
    version="3",
    title="SEND Information, Advice and Support Service signposted",
    failure_title="SEND Information, Advice and Support Service not signposted",
    description="The Local Offer signposts the SEND Information, Advice and Support Service (IASS / SENDIASS), "
    "with a way to contact it.",
    legal_ref="CFA s.32; Sch 2; CoP 2.1, 11.6",
    legal_ref_words="Children and Families Act 2014, section 32; SEND Regulations 2014, Schedule 2; SEND Code of "
    "Practice 2015, paragraphs 2.1 and 11.6",
    strength=Strength.MUST,
    run=_iass,
    theme="advice_and_support",
    weight=2.0,
    fix="Add the local SENDIASS, with its phone number, email and website, to the Local Offer's advice pages and "
    "to every disagreement, mediation, appeal and complaints page.",
    why="The IASS gives families free, impartial, confidential help with SEND decisions, disagreements and appeals.",
)
COMPLAINTS_ROUTES = Check(
    id="complaints_routes",
    version="4",
    title="How to complain explained",
    failure_title="How to complain not explained",
    description="The Local Offer explains how to complain about SEND provision: to education settings, the "
    "council, health services and the ombudsmen.",
    legal_ref="Sch 2; CoP 11.12, 11.67+",
    legal_ref_words="SEND Regulations 2014, Schedule 2; SEND Code of Practice 2015, paragraphs 11.12 and 11.67 onwards",
    strength=Strength.MUST,
    run=_complaints,
    theme="complaints",
    weight=2.0,
    fix="Publish a 'Making a complaint' page in the Local Offer covering: the school's or college's complaints "
    "procedure, the council's SEND and social care complaints process, NHS complaints (PALS and the ICB), and "
    "the Local Government and Social Care Ombudsman and Parliamentary and Health Service Ombudsman.",
    why="Families need to know where to take a complaint and in what order, or it may be rejected as sent to the "
    "wrong body.",
)
TRIBUNAL_APPEAL = Check(
    id="tribunal_appeal",
    version="6",
    title="Right of appeal to the SEND Tribunal explained",
    failure_title="Right of appeal to the SEND Tribunal not explained",
    description="The Local Offer explains the right to appeal to the First-tier Tribunal (SEND) and how: time "
    "limits, the mediation certificate, the form or gov.uk guidance.",
    legal_ref="Sch 2; CFA s.51",
    legal_ref_words="SEND Regulations 2014, Schedule 2; Children and Families Act 2014, section 51",
    strength=Strength.MUST,
    run=_tribunal,
    theme="appeals",
    weight=2.0,
    fix="Add an 'Appealing to the SEND Tribunal' page: which decisions can be appealed, the two-month (or one "
    "month after the mediation certificate) time limit, and a link to gov.uk's 'Appeal to the SEND Tribunal' "
    "guidance.",
    why="Appeal deadlines are short: families who do not know their right of appeal, and the time limit, lose it.",
)
