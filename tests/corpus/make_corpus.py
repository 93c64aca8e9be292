"""Write the labelled evaluation corpus: ``train.jsonl`` (70%) and ``test.jsonl`` (30%).

Pure data: every page below was written by hand, in the manner of real English councils'
SEND Local Offer pages, directory entries, FAQs and PDF leaflets, from the legal definitions in
``/work/shared/docs/duties.md`` and the pass rules in ``checks.md`` -- never from the checks' code.
Only the site furniture (navigation menus and footers, which are the same on every page of a
real site too) is shared between pages.

Labels: for each case ``pos`` lists the checks the page passes by itself; every other check in
``JUDGED`` is labelled 0, except those in ``skip`` (not judged with confidence). ``stale=True``
means live CCG wording is present, so ``stale_ccg`` is labelled 0 (fail); otherwise 1 (pass).

Run ``python tests/corpus/make_corpus.py`` from the repository root. The split is fixed by the
case number: cases whose number ends in 2, 5 or 8 go to the held-back ``test.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path

from labels import labels_for  # the sibling module: run as a script from any directory
from make_corpus_heldout import SPLIT as HELDOUT  # the blind-written held-back pages
import make_corpus_heldout2  # noqa: E402,F401  appends h171…h340 (blind-written, November 2026) to HELDOUT
import make_corpus_heldout3  # noqa: E402,F401  appends h341…h375 (blind-written, November 2026) to HELDOUT
import make_corpus_heldout4  # noqa: E402,F401  appends h376…h457 (blind-written, November 2026) to HELDOUT
import make_corpus_heldout5  # noqa: E402,F401  appends h458…h522 (blind-written, November 2026) to HELDOUT
import make_corpus_heldout6  # noqa: E402,F401  appends h523…h594 (blind-written, November 2026) to HELDOUT

# --- site furniture: menus and footers that name topics but are not evidence -----------------

NAV = {
    "a": (
        '<nav class="site-nav" aria-label="Main"><ul>'
        '<li><a href="/send">SEND Local Offer home</a></li><li><a href="/send/education">Education</a></li>'
        '<li><a href="/send/health">Health</a></li><li><a href="/send/mediation">Mediation</a></li>'
        '<li><a href="/send/disagreements">Disagreement resolution</a></li>'
        '<li><a href="/send/complaints">Complaints</a></li><li><a href="/send/sendiass">SENDIASS</a></li>'
        '<li><a href="/send/feedback">You said, we did</a></li></ul></nav>'
    ),
    "b": (
        '<header><a class="logo" href="/">Home</a><nav><a href="/fis">Family Information Service</a> | '
        '<a href="/localoffer">Local Offer</a> | <a href="/localoffer/appeals">Tribunal appeals</a> | '
        '<a href="/localoffer/mediation-and-complaints">Mediation and complaints</a> | '
        '<a href="/localoffer/have-your-say">Have your say</a></nav></header>'
    ),
    "c": (
        '<div id="menu" role="navigation"><ul><li><a href="/kb5/directory/localoffer.page">Local Offer</a></li>'
        '<li><a href="/kb5/directory/results.page?cat=advice">Advice and support</a></li>'
        '<li><a href="/kb5/directory/results.page?cat=resolve">Resolving disagreements</a></li>'
        '<li><a href="/kb5/directory/results.page?cat=complain">Making a complaint</a></li></ul></div>'
    ),
    "d": (
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>'
        '<li><a href="/services">Our services</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
    ),
}

FOOTER = {
    "a": (
        '<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/complaints">Complaints and compliments</a></li><li><a href="/send/mediation">SEND '
        'mediation</a></li><li><a href="https://www.example-sendiass.org.uk">SENDIASS</a></li></ul>'
        "<p>&copy; Example Council 2026</p></footer>"
    ),
    "b": (
        '<footer><p>Follow us on social media. <a href="/newsletter">Sign up to our newsletter</a>. '
        '<a href="/cookies">Cookies</a> <a href="/contact">Contact the council</a> '
        '<a href="/disagreement-resolution">Disagreement resolution and mediation</a></p></footer>'
    ),
    "c": (
        '<footer class="kb5-footer"><p>This directory is maintained by the Family Information Service. '
        '<a href="/kb5/feedback.page">Was this page helpful?</a> <a href="/kb5/complaints.page">Complaints</a> '
        '<a href="/kb5/tribunal.page">Tribunal</a></p></footer>'
    ),
    "d": '<footer><p><a href="/terms">Terms</a> <a href="/privacy">Privacy notice</a></p></footer>',
}


def html_page(title: str, main: str, furniture: str = "a", updated: str = "") -> str:
    nav = NAV[furniture[0]]
    foot = FOOTER[furniture[-1]]
    stamp = f'<p class="updated">Page last updated: {updated}</p>' if updated else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{nav}<main><h1>{title}</h1>{main}{stamp}</main>{foot}</body></html>"
    )


CASES: list[dict[str, object]] = []


def case(
    url: str,
    *,
    html: str = "",
    text: str = "",
    pos: str = "",
    skip: str = "",
    stale: bool = False,
    notes: str,
) -> None:
    labels = labels_for(pos, skip, stale)
    number = len(CASES) + 1
    body: dict[str, object] = {"id": f"c{number:03d}"}
    if html:
        body["html"] = html
    else:
        body["text"] = text
    body.update({"url": url, "labels": labels, "notes": notes})
    CASES.append(body)


def page(title: str, main: str, furniture: str = "a", updated: str = "") -> str:
    return html_page(title, main, furniture, updated)


# =============================================================================================
# 1. Council disagreement resolution pages that set out the arrangements (with varied gaps)
# =============================================================================================

case(
    "https://www.ashdown.example.gov.uk/send/local-offer/resolving-disagreements",
    html=page(
        "Resolving disagreements about special educational needs",
        "<p>Most worries about a child's support can be sorted out by talking to the school's SENCO or to your "
        "SEND caseworker. When that has not worked, you can ask for help from our disagreement resolution "
        "service.</p><h2>Who runs the service?</h2><p>Ashdown Council pays for the service but does not run it. "
        "It is delivered by Global Mediation, an organisation that is entirely independent of the council. The "
        "person who chairs your meeting will never be a council employee.</p><h2>What can it help with?</h2><ul>"
        "<li>disagreements with the council about how it is meeting its SEN duties</li><li>disagreements with a "
        "school, nursery or college about the special educational provision your child is getting</li><li>"
        "disagreements about health or social care support while an EHC plan is being assessed, written or "
        "reviewed</li></ul><p>You do not need an education, health and care plan to use it. Any family of a child "
        "or young person with special educational needs can ask for a meeting.</p><h2>Things to know</h2><p>"
        "Taking part is your choice, and everyone involved has to agree to the meeting. What is said stays in the "
        "room: discussions are confidential and cannot be passed to the Tribunal. If you decide not to use the "
        "service, your right to appeal to the SEND Tribunal is not affected.</p><h2>How to ask for a meeting</h2>"
        "<p>Call Global Mediation on 0808 157 0142 or email send@globalmediation.example.co.uk. You can also ask "
        "your SENDIASS adviser to make the referral for you.</p><p>Ashdown SENDIASS offers free advice: "
        '01632 960 118, <a href="https://www.ashdownsendiass.org.uk">ashdownsendiass.org.uk</a>.</p>',
        updated="4 June 2026",
    ),
    pos="in ind vol all types noeff conf prov contact iass",
    notes="Complete DR page: provider, independence, voluntary, all SEN, types, confidential, no effect on appeal, "
    "contact; SENDIASS signposted with phone and link.",
)

case(
    "https://localoffer.brackenfield.example.gov.uk/help-and-advice/disagreement-resolution-faqs",
    html=page(
        "Disagreement resolution: your questions answered",
        "<h2>What is disagreement resolution?</h2><p>It is a meeting, led by a trained facilitator, that brings "
        "you and the people you disagree with together to look for a way forward.</p><h2>Who provides it in "
        "Brackenfield?</h2><p>KIDS SEND Mediation and Disagreement Resolution Service. KIDS is a national charity "
        "and is not part of Brackenfield Council.</p><h2>Do I have to use it?</h2><p>No. It is entirely voluntary "
        "and it only goes ahead if everybody agrees to take part.</p><h2>My son does not have an EHCP. Can I still "
        "use it?</h2><p>Yes. The service is open to parents of any child or young person with SEN, whether or not "
        "they have a plan or are being assessed for one.</p><h2>Will it affect my right to appeal?</h2><p>No. "
        "Whether you use it or not makes no difference to your right to appeal to the First-tier Tribunal.</p><h2>"
        "How do I get in touch?</h2><p>Phone KIDS on 0808 157 0391 or email sendmediation@kids.example.org.uk.</p>"
        "<h2>Can someone help me prepare?</h2><p>Brackenfield SENDIASS can support you before and during the "
        "meeting. Call 01632 960 774.</p>",
        furniture="bb",
    ),
    pos="in ind vol all noeff prov contact iass",
    notes="FAQ format; no list of disagreement types, nothing on confidentiality; Tribunal mentioned only "
    "as unaffected (no how-to), so tribunal_appeal is 0.",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/disagreements",
    html=page(
        "If you disagree",
        "<p>Our disagreement resolution service is run by Together Trust, a charity that is not part of the "
        "council. Both sides have to agree before a meeting is arranged.</p><p>To find out more, phone "
        "0161 496 0420 or email drs@togethertrust.example.org.uk.</p>",
        furniture="ad",
    ),
    pos="in ind vol prov contact",
    notes="Very short but sufficient DR page: provider, independence, voluntary, contact.",
)

case(
    "https://www.dunmere.example.gov.uk/send/ehc-plans/mediation-and-disagreement-resolution",
    html=page(
        "Mediation and disagreement resolution",
        "<p>Dunmere commissions Prime Resolution to provide both SEND mediation and disagreement resolution. "
        "Prime Resolution is an independent company; its mediators do not work for Dunmere Council.</p>"
        "<h2>Mediation about EHC decisions</h2><p>If you want to appeal to the Tribunal about a decision not to "
        "carry out an EHC needs assessment, not to issue a plan, or about the contents of a plan, you must first "
        "speak to a mediation adviser at Prime Resolution. Do this within two months of the date on our decision "
        "letter. The adviser will explain how mediation works.</p><p>If you decide mediation is not for you, the "
        "adviser must give you a certificate within three working days, and you can go straight to the Tribunal. "
        "If you choose mediation, it must take place within 30 days, and you will receive a certificate once it "
        "has finished. If your appeal is only about the school or college named in the plan, you do not need a "
        "certificate.</p><h2>Disagreement resolution</h2><p>Disagreement resolution is a separate, voluntary "
        "service for disagreements about SEN provision, including with schools, colleges and the council. "
        "Everything discussed is confidential.</p><h2>Appealing</h2><p>You can register an appeal with the "
        "First-tier Tribunal (Special Educational Needs and Disability) within two months of the decision letter, "
        "or one month from the date of your mediation certificate if that is later. The appeal form and guidance "
        "are on GOV.UK.</p><h2>Contact</h2><p>Prime Resolution: 0121 496 0877, "
        '<a href="https://www.prime-resolution.example.co.uk">www.prime-resolution.example.co.uk</a></p>',
        furniture="aa",
        updated="12 February 2026",
    ),
    pos="in ind vol noeff conf prov contact med trib",
    skip="types",
    notes="Combined mediation + DR page; types named (SEN provision with schools, colleges, council); declining "
    "mediation then certificate then Tribunal = no effect on appeal; how to appeal given.",
)

case(
    "https://sendlocaloffer.elmsworth.example.gov.uk/appeal-or-complain/disagreement-resolution",
    html=page(
        "Disagreement resolution service",
        "<p>In Elmsworth the disagreement resolution service is provided by Community Accord, who are independent "
        "of the local authority.</p><p>It can help when you disagree with:</p><ul><li>your child's school or "
        "college about the support for their special educational needs</li><li>the local authority about how it "
        "is carrying out its duties</li><li>the Integrated Care Board or the council about health or social care "
        "provision during an EHC needs assessment or review</li></ul><p>It is for every family of a child or "
        "young person with SEN, with or without an EHC plan. Meetings are held in private and the content is "
        "kept confidential.</p><p>Make a referral using the online form at "
        '<a href="https://www.communityaccord.example.com/referral">communityaccord.example.com/referral</a>.</p>',
        updated="30 March 2026",
    ),
    pos="in ind types all conf prov contact",
    notes="Community Accord; ICB named correctly; referral form as contact; no voluntary statement.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/local-offer/drs",
    html=page(
        "Independent disagreement resolution",
        "<p>Fenwick Vale Council has arranged for Harbourside Mediation CIC to run our independent disagreement "
        "resolution service for families of children and young people with special educational needs. "
        "Harbourside's facilitators are not employed by the council.</p><p>Families often use it to resolve "
        "disagreements with a school about the support set out in a SEN support plan, or with the council about "
        "the way an EHC needs assessment is being handled.</p><p>You do not have to use the service; it is "
        "voluntary for everyone involved.</p><p>Contact Harbourside Mediation: 01632 960 552 or "
        "hello@harbourside-mediation.example.org.</p>",
        furniture="bd",
    ),
    pos="in ind vol types prov contact",
    notes="Less well-known provider (fictional CIC) named with 'has arranged for ... to run'; types given as two "
    "examples.",
)

case(
    "https://www.greyhope.example.gov.uk/send/resolving-disputes",
    html=page(
        "Resolving disputes",
        "<p>If you cannot agree with a school, the local authority or the health service about your child's "
        "special educational needs, you can ask for disagreement resolution. The service is provided by Global "
        "Mediation, who are independent of Greyhope Council.</p><p>The service can look at disagreements:</p>"
        "<ul><li>between parents or young people and the council about how SEN duties are carried out</li><li>"
        "between parents and early years settings, schools or colleges about SEN provision</li><li>with the "
        "Clinical Commissioning Group about health provision in an EHC plan</li><li>between the council and the "
        "CCG</li></ul><p>Both sides must agree to take part. Call 0808 157 0644 to arrange a meeting.</p>",
        furniture="cc",
        updated="9 January 2025",
    ),
    pos="in ind vol types prov contact",
    stale=True,
    notes="Good DR page but lists the CCG as a current party (stale since July 2022; page dated 2025).",
)

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/disagreements-and-the-code-of-practice",
    html=page(
        "What the law says about disagreement resolution",
        "<p>The SEND Code of Practice explains who can use disagreement resolution. Paragraph 11.7 says, in "
        "part:</p><blockquote><p>These services can be used by every parent and young person, and not just by "
        "families whose child is being assessed for, or already has, an EHC plan. They can deal with any part "
        "of special educational provision, and with disagreements with CCGs over health provision.</p>"
        "</blockquote><p>In Hollinsbury, health disagreements are now handled with the NHS North Fell "
        "Integrated Care Board (ICB), "
        "which took over from the CCG in 2022.</p><p>Our service is run by KIDS, an independent charity. Phone "
        "0113 496 0210 to talk to the KIDS team.</p>",
        furniture="aa",
        updated="2 May 2026",
    ),
    pos="in ind prov contact",
    skip="types all",
    notes="CCG only inside a quotation of the Code and as 'took over from the CCG' (not stale). All-SEN is stated "
    "via the quoted Code; types only partly (skipped).",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/talking-it-through",
    html=page(
        "Talking it through: when you and school disagree",
        "<p>We know that families sometimes feel they are not being listened to. Here are the steps you can "
        "take.</p><ol><li>Talk to the class teacher or SENCO and ask for a meeting.</li><li>If things are still "
        "not right, speak to the headteacher.</li><li>Ask for an independent disagreement resolution meeting. "
        "This is run by an independent facilitator from Global Mediation who is not linked to the council or "
        "the school. You can ask for it whether or not your child has an EHC plan.</li></ol><p>Disagreement "
        "resolution is voluntary. Nothing said in the meeting can be used later at a Tribunal hearing.</p><p>"
        "Global Mediation: 020 7946 0331, info@globalmediation.example.co.uk</p>",
        furniture="bb",
    ),
    pos="in ind vol all conf prov contact",
    notes="Step list; confidentiality expressed as 'cannot be used later at a Tribunal' (without prejudice). "
    "Types: only school disagreements implied, not described -> 0.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/mediation-disagreement-resolution",
    html=page(
        "SEND mediation and disagreement resolution",
        "<p>Lindenfold Council uses Together Trust for SEND mediation and disagreement resolution. Together Trust "
        "is independent: none of its mediators work for the council or the NHS.</p><h2>Disagreement "
        "resolution</h2><p>You can use it to sort out disagreements about the special educational provision "
        "at your child's setting, or disagreements with the council about how it is meeting its duties. It is "
        "available to all families of children with SEN, including those on SEN support.</p><p>Mediation and "
        "disagreement resolution meetings are confidential. You do not have to take part in either, and if you "
        "decide not to, you can still appeal to the Tribunal where the decision can be appealed.</p><h2>"
        "Mediation</h2><p>Before an appeal about an EHC needs assessment or plan you must contact the mediation "
        "adviser within two months of your decision letter. The adviser will issue a mediation certificate, "
        "which you need to register your appeal.</p><p>Together Trust SEND team: 0161 496 0538; "
        "sendmediation@togethertrust.example.org.uk</p><p>Lindenfold SENDIASS gives free, impartial advice on "
        'all of this: <a href="https://www.lindenfoldsendiass.org.uk">www.lindenfoldsendiass.org.uk</a>.</p>',
        updated="18 August 2026",
    ),
    pos="in ind vol all types noeff conf prov contact med iass",
    skip="trib",
    notes="Complete combined page. Tribunal only mentioned as 'still appeal' and 'register your appeal' without "
    "how -> tribunal_appeal skipped.",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/drs",
    html=page(
        "Disagreement Resolution Service (DRS)",
        "<p>The DRS is an independent service. It is paid for by Marshgate Council but the council does not "
        "control it, and the facilitators are not council staff.</p><p>The DRS is for any child or young person "
        "aged 0 to 25 with special educational needs. You do not need to have an EHC plan.</p><p>To refer "
        "yourself, fill in the referral form at "
        '<a href="https://www.marshgate.example.gov.uk/forms/drs-referral">DRS referral form</a> or ring '
        "01632 960 905.</p>",
        furniture="ad",
    ),
    pos="in ind all",
    skip="contact",
    notes="No provider name but an explicit independence statement plus referral form and phone: meets "
    "drs_in_local_offer (arrangement identified by independence statement); provider_named 0.",
)

case(
    "https://www.northcombe.example.gov.uk/send/mediation/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Northcombe's disagreement resolution service is delivered by Prime Resolution Ltd. It is separate "
        "from SEND mediation about EHC plans.</p><p>It can help with:</p><ul><li>disagreements between families "
        "and schools or colleges about SEN support</li><li>disagreements between families and the council about "
        "SEN duties</li><li>disagreements about health or social care provision during an EHC needs assessment, "
        "plan or review</li><li>disagreements between the council and the ICB</li></ul><p>Choosing not to use "
        "disagreement resolution will not stop you appealing to the Tribunal. Meetings are confidential and "
        "only go ahead if everybody agrees.</p><p>Prime Resolution: 0121 496 0012, "
        "admin@prime-resolution.example.co.uk</p>",
        furniture="cd",
    ),
    pos="in vol types noeff conf prov contact",
    notes="Provider named but no independence wording at all -> drs_independent 0 (in_local_offer passes via "
    "named provider).",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/resolve",
    html=page(
        "Help to resolve disagreements",
        "<p>Sometimes families and professionals see things differently. Oakhanger's independent disagreement "
        "resolution service, run by Global Mediation, offers a neutral meeting place and an independent "
        "facilitator.</p><p>Meetings are free and voluntary. They are without prejudice, which means the "
        "discussion cannot be used in any later appeal.</p><p>Ask for a meeting: 0808 157 0219 or "
        "oakhanger@globalmediation.example.co.uk.</p><p>Not sure? Talk to Oakhanger SENDIASS first on "
        "01632 960 633.</p>",
        furniture="ba",
        updated="1 October 2026",
    ),
    pos="in ind vol conf prov contact iass",
    notes="Short page; without-prejudice wording; no types, no all-SEN statement.",
)

case(
    "https://www.pellow.example.gov.uk/send/local-offer/mediation-services",
    html=page(
        "Mediation services",
        "<p>SEND mediation in Pellow is provided by KIDS. KIDS mediators are independent and have no connection "
        "with Pellow Council's SEN team.</p><p>If you disagree with a decision about an education, health and "
        "care needs assessment or plan, you need to speak to a KIDS mediation adviser before you can appeal. "
        "You must do this within 2 months of the decision. Whether or not you go on to mediation, you will get "
        "a certificate so you can appeal.</p><p>Mediation is confidential and you can bring a friend or "
        "supporter.</p><p>KIDS: 0808 157 0508, mediation@kids.example.org.uk</p>",
        furniture="aa",
    ),
    pos="ind conf prov contact med noeff",
    notes="Mediation-only page: independence of mediation service, provider + contact; 'whether or not you go on "
    "to mediation you get a certificate so you can appeal' = choosing not to mediate does not stop an appeal. "
    "No DR term -> drs_in_local_offer 0.",
)

case(
    "https://www.queensmere.example.gov.uk/local-offer/send-disagreements",
    html=page(
        "Sorting out disagreements",
        "<p>We want to resolve disagreements early. Queensmere has a disagreement resolution service for "
        "families of children with SEN. It is provided by Harrowgate Resolution Services Ltd, which is "
        "independent of the council.</p><p>Disagreement resolution can be used for disagreements with us about "
        "how we carry out our SEN responsibilities, and for disagreements with a nursery, school or college "
        "about the SEN support they provide.</p><p>You can still appeal to the SEND Tribunal if you do not use "
        "the service.</p><p>Harrowgate Resolution Services: telephone 0113 496 0777.</p>",
        furniture="bd",
        updated="22 April 2026",
    ),
    pos="in ind types noeff prov contact",
    notes="Fictional provider; not voluntary/confidential; 'still appeal if you do not use' = no effect.",
)

case(
    "https://www.redcliffevale.example.gov.uk/send/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Disagreement resolution helps families and education providers, the council or health services to "
        "reach agreement. It is provided by Global Mediation, an independent organisation.</p><p>The service "
        "covers disagreements about SEN provision with schools and colleges, disagreements with Redcliffe Vale "
        "Council about how it meets its SEN duties, and disagreements with the CCG about health services during "
        "EHC assessments and reviews.</p><p>All parties must agree to take part. Email "
        "redcliffe@globalmediation.example.co.uk.</p>",
        furniture="cc",
    ),
    pos="in ind vol types prov contact",
    stale=True,
    notes="CCG named as a current party in the list of disagreements (stale).",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/disagreement-resolution-leaflet",
    text=(
        "Saltmarsh SEND Local Offer\n\nDisagreement Resolution Service\n\nA guide for parents, carers and young "
        "people\n\nWhat is it?\nThe Disagreement Resolution Service gives you the chance to sit down with the "
        "people you disagree with and a trained, independent facilitator. The facilitator works for KIDS, not "
        "for Saltmarsh Council.\n\nWho can use it?\n- parents and carers of any child with special educational "
        "needs\n- young people aged 16 to 25 with SEN\nYou do not need to have an EHC plan.\n\nWhat sorts of "
        "disagreement?\n- how the council is carrying out its SEN duties\n- the special educational provision "
        "your child's school or college is making\n- health or social care provision during an EHC "
        "assessment or review\n\nIs it confidential?\nYes. The meeting is confidential and without prejudice.\n\n"
        "Do I have to take part?\nNo, it is voluntary.\n\nContact KIDS\nTelephone 0808 157 0772\nEmail "
        "saltmarsh.drs@kids.example.org.uk\n\nLeaflet reviewed September 2026"
    ),
    pos="in ind vol all types conf prov contact",
    notes="PDF leaflet text; complete except no-effect-on-appeal.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/local-offer/if-you-disagree",
    html=page(
        "If you disagree with a decision",
        "<p>There are several ways to sort out a disagreement.</p><h2>Disagreement resolution</h2><p>Our "
        "disagreement resolution service is provided by Together Trust. The service is independent, voluntary "
        "and confidential.</p><h2>Mediation</h2><p>For decisions about EHC needs assessments and plans you will "
        "first need to contact the mediation adviser, also at Together Trust, within two months of our letter. "
        "They will tell you about mediation and can give you a certificate so you can appeal.</p><h2>Appeals "
        "</h2><p>You can appeal to the First-tier Tribunal (SEND) within two months of the decision letter or "
        "one month after the mediation certificate, whichever is later. Find the form at "
        '<a href="https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability'
        '">GOV.UK</a>.</p><h2>Complaints</h2><p>If you are unhappy with a school, use its complaints procedure '
        "first. Complaints about the council's SEN service go through our corporate complaints procedure. If you "
        "are still unhappy, contact the Local Government and Social Care Ombudsman. Health complaints start with "
        "PALS and can go on to the Parliamentary and Health Service Ombudsman.</p><h2>Contact</h2><p>Together "
        "Trust: 0161 496 0991. SENDIASS: 01632 960 287.</p>",
        furniture="ab",
        updated="3 July 2026",
    ),
    pos="in ind vol conf prov contact med trib cmp iass",
    notes="Hub page covering DR, mediation, appeal and complaints routes with contacts.",
)

case(
    "https://www.uptonfell.example.gov.uk/send/disagreement-resolution-and-mediation",
    html=page(
        "Disagreement resolution and mediation",
        "<p>Upton Fell Council has a legal duty to provide an independent disagreement resolution service and "
        "to offer mediation. We commission Global Mediation to do both.</p><p>Global Mediation is independent "
        "of Upton Fell Council and the NHS.</p><p>If you choose not to mediate, you can still go to the "
        "Tribunal: the mediation adviser will give you a certificate, usually within three working days.</p>"
        "<p>Mediation must take place within 30 days of you telling the adviser you want it.</p><p>Contact "
        "Global Mediation on 0808 157 0610.</p>",
        furniture="bb",
    ),
    pos="in ind noeff prov contact med",
    notes="Concise combined page; not voluntary for DR explicitly, though 'if you choose not to mediate' implies "
    "choice -> voluntary skipped.",
    skip="vol",
)

case(
    "https://fis.westerby.example.gov.uk/kb5/westerby/directory/service.page?id=Xy7kPq2mR0s",
    html=page(
        "KIDS SEND Mediation and Disagreement Resolution Service (Westerby)",
        '<div class="service-description"><p>KIDS provides an independent SEND mediation and disagreement '
        "resolution service for families living in Westerby. We are not part of the local authority.</p><p>We "
        "help parents, carers and young people who disagree with the local authority, an education setting or "
        "health commissioners about special educational provision. Our service is free, voluntary and "
        'confidential.</p></div><div class="contact-block"><h2>Contact details</h2><dl><dt>Contact name</dt>'
        "<dd>Mediation coordinator</dd><dt>Telephone</dt><dd>0808 157 0466</dd><dt>E-mail</dt>"
        '<dd>westerby@kids.example.org.uk</dd><dt>Website</dt><dd><a href="https://www.kids.example.org.uk/'
        'send-mediation">www.kids.example.org.uk/send-mediation</a></dd></dl></div><div class="local-offer">'
        "<h2>Local Offer</h2><p>Age range: 0-25. Referral: self-referral.</p></div>",
        furniture="cc",
        updated="14 May 2026",
    ),
    pos="in ind vol types conf prov contact",
    notes="Directory entry (Open Objects style) with contact block; types: disagreements with LA, setting, "
    "health commissioners about SEN provision.",
)

# =============================================================================================
# 2. Disagreement resolution described only in general terms, and the DR traps
# =============================================================================================

case(
    "https://www.ashdown.example.gov.uk/send/disagreement-resolution-explained",
    html=page(
        "Disagreement resolution explained",
        "<p>Local authorities have to make disagreement resolution arrangements available. The aim is to help "
        "families and the people who provide services sort out disagreements quickly and informally.</p><p>The "
        "arrangements can be used for:</p><ul><li>disagreements with the local authority or a school's governing "
        "body about how they carry out their SEN duties</li><li>disagreements with an early years provider, "
        "school or college about the special educational provision being made</li><li>disagreements with the "
        "local authority or the clinical commissioning group about health and social care provision during EHC "
        "needs assessments and reviews</li></ul><p>Using the arrangements is voluntary.</p><p>For more "
        "information please speak to your SEN caseworker.</p>",
        furniture="ab",
        updated="10 March 2024",
    ),
    pos="vol types",
    stale=True,
    notes="Generic DR description (partial): no provider, no independence, no provider contact. CCG as current "
    "body in the types list (stale).",
)

case(
    "https://www.brackenfield.example.gov.uk/residents/children-and-families/local-offer/dispute-resolution",
    html=page(
        "Dispute resolution",
        "<p>An independent dispute resolution service is available to help parents, young people, schools and "
        "the council settle disagreements about special educational needs. It is available for all children and "
        "young people with SEN, not just those who have an Education, Health and Care plan.</p><p>Dispute "
        "resolution can help with disagreements about how the council or a school is meeting a child's needs, "
        "and about health and social care provision during an EHC needs assessment.</p><p>Using dispute "
        "resolution does not affect your right to appeal to the Tribunal.</p>",
        furniture="bd",
    ),
    pos="ind all types noeff",
    notes="Described but not identified: independence stated, no provider or contact -> drs_in_local_offer "
    "partial (0).",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/disagreement-resolution-service",
    html=page(
        "Disagreement Resolution Service",
        "<p>Carrowmoor's Disagreement Resolution Service is provided by Carrowmoor SENDIASS (Special Educational "
        "Needs and Disabilities Information, Advice and Support Service).</p><p>SENDIASS offers free, "
        "impartial and confidential support to help parents and young people resolve disagreements with schools "
        "and the local authority.</p><p>Contact SENDIASS on 01632 960 401 or email "
        "sendiass@carrowmoor.example.gov.uk.</p>",
        furniture="ad",
    ),
    pos="iass",
    notes="Trap: the IASS is presented as the Disagreement Resolution Service. Not an independent DR provider; "
    "confidentiality is the IASS's, not of DR meetings. Only iass_signposted passes.",
)

case(
    "https://www.dunmere.example.gov.uk/send/ehc-plans/way-forward-meetings",
    html=page(
        "Way forward meetings",
        "<p>If you are unhappy with a draft EHC plan or a decision we have made, your SEND caseworker can offer "
        "a way forward meeting. The meeting is chaired by a senior officer from the SEND service who has not "
        "been involved in your child's case.</p><p>It is a chance to talk through your concerns, look again at "
        "the evidence and agree next steps. Most disagreements are resolved this way.</p><p>To arrange one, "
        "email sendteam@dunmere.example.gov.uk or call 01632 960 350.</p>",
        furniture="aa",
        updated="6 September 2026",
    ),
    pos="",
    notes="Trap: officer-led 'way forward meeting' is early resolution by the council, not the s.57 DR "
    "arrangement; contact is the council SEN team.",
)

case(
    "https://www.elmsworth.example.gov.uk/localoffer/resolution-meetings",
    html=page(
        "Resolution meetings",
        "<p>A resolution meeting brings together parents, the school and an impartial SEN officer who has not "
        "worked on your child's case. The officer will listen to everyone and help you find common ground.</p>"
        "<p>Resolution meetings are voluntary and the notes are kept confidential.</p><p>Ask your school's "
        "SENCO or contact the Inclusion Team on 01632 960 128.</p>",
        furniture="bb",
    ),
    pos="",
    notes="Trap: impartial council officer, 'resolution meeting'. Voluntary/confidential describe the council's "
    "own meeting, not DR or SEND mediation -> all DR checks 0.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/local-offer/resolving-disagreements",
    html=page(
        "Resolving disagreements",
        "<p>Our disagreement resolution service is impartial. An impartial facilitator will help you and the "
        "other people involved talk things through.</p><p>To request disagreement resolution, contact the SEND "
        "Assessment Team at send.assessment@fenwickvale.example.gov.uk.</p>",
        furniture="cd",
    ),
    pos="",
    notes="Trap: 'impartial' without independence; no provider; contact is the council's own team -> partial "
    "at best for drs_in_local_offer; drs_independent 0; drs_contact 0 (not a provider contact).",
)

case(
    "https://www.greyhope.example.gov.uk/send/appeals-to-the-tribunal",
    html=page(
        "Appealing to the SEND Tribunal",
        "<p>The First-tier Tribunal (Special Educational Needs and Disability) is an independent body that hears "
        "appeals against local authority decisions about EHC needs assessments and plans. It is independent of "
        "Greyhope Council.</p><p>You can appeal if we refuse to carry out an assessment, decide not to issue a "
        "plan, or if you disagree with the special educational needs, provision or school named in the plan. "
        "You must register your appeal within two months of the date of our decision letter, or within one "
        "month of receiving a mediation certificate, if that is later.</p><p>You can apply online through "
        "GOV.UK or by using form SEND35.</p><p>We also offer disagreement resolution. Ask your caseworker for "
        "details.</p>",
        furniture="ab",
        updated="11 November 2025",
    ),
    pos="trib",
    notes="Trap: 'independent' describes the Tribunal, not DR -> drs_independent 0. Good Tribunal how-to.",
)

case(
    "https://www.example-send-charity.org.uk/advice/disagreement-resolution",
    html=page(
        "Disagreement resolution: a guide for families",
        "<p>Every local authority in England must make disagreement resolution services available. Under the law "
        "these services have to be run by people who are independent of the authority.</p><p>You can use "
        "disagreement resolution at any time, whether or not your child has an EHC plan. Taking part is "
        "voluntary, and the discussions are usually confidential.</p><p>To find out who provides the service "
        "in your area, look at your council's Local Offer or ask your local information, advice and support "
        "service.</p><p>Call our national helpline on 0300 555 0123 for general advice.</p>",
        furniture="dd",
    ),
    pos="",
    skip="vol all conf iass",
    notes="Trap: national charity explaining DR in the abstract; no local arrangement, provider or provider "
    "contact; 'must be independent' is a statement of law, not that a service is independent. Descriptive "
    "checks skipped (abstract).",
)

case(
    "https://www.ashdownsendiass.org.uk/information/what-is-disagreement-resolution",
    html=page(
        "What is disagreement resolution?",
        "<p>Disagreement resolution is a way of sorting out problems about SEN without going to a Tribunal. A "
        "facilitator helps everyone to talk and listen. Your local authority has to provide a disagreement "
        "resolution service.</p><p>We can explain your options and help you get ready for a meeting. Contact "
        "Ashdown SENDIASS on 01632 960 118 or email hello@ashdownsendiass.org.uk.</p>",
        furniture="dd",
    ),
    pos="iass",
    notes="IASS-hosted general page: DR described abstractly; only the SENDIASS itself is signposted (with "
    "phone and email).",
)

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/ehcp-disagreement-resolution",
    html=page(
        "Disagreement resolution for EHC plans",
        "<p>Our disagreement resolution service is provided by Global Mediation, who are independent of the "
        "council. The service is only available to families whose child has an EHC plan or is going through an "
        "EHC needs assessment.</p><p>You can use it if you disagree with the council about an EHC needs "
        "assessment, or about the content of a plan after an annual review.</p><p>Contact Global Mediation on "
        "0808 157 0311.</p>",
        furniture="ba",
    ),
    pos="in ind prov contact",
    skip="types",
    notes="Trap: 'only available to families whose child has an EHC plan' -> drs_all_sen 0 (stated wrongly).",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/mediation",
    html=page(
        "Mediation",
        "<p>If you disagree with a decision about an EHC needs assessment or plan, you may be able to use "
        "mediation. Mediation is a meeting with an independent mediator from Together Trust.</p><p>You must "
        "contact the mediation adviser within 2 months of the decision letter. After mediation, if you are still "
        "not happy, you can appeal to the SEND Tribunal.</p><p>Together Trust: 0161 496 0202.</p>",
        furniture="aa",
    ),
    pos="ind prov contact med",
    notes="Trap: 'after mediation ... you can appeal' is not the no-effect duty -> drs_no_effect_on_appeal 0. "
    "Tribunal mentioned without how-to -> 0.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/dr-and-sendiass",
    html=page(
        "Getting help with a disagreement",
        "<p>Lindenfold SENDIASS is independent of the council and can help you resolve disagreements with a "
        "school or the local authority. They offer free, confidential advice and can come to meetings with "
        "you.</p><p>Phone 01632 960 744 or visit "
        '<a href="https://www.lindenfoldsendiass.org.uk">lindenfoldsendiass.org.uk</a>.</p>',
        furniture="ab",
    ),
    pos="iass",
    notes="Trap: 'independent' and 'confidential' describe the IASS, not a DR service -> DR checks 0.",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/disagreements-page",
    html=page(
        "When things go wrong",
        "<p>If you disagree with your child's school or with us, please talk to us first. We will always try to "
        "put things right.</p><p>We have disagreement resolution arrangements in place. For more information "
        "speak to your SEND officer.</p>",
        furniture="cb",
    ),
    pos="",
    notes="Names DR but nothing else (no provider, independence, contact).",
)

case(
    "https://www.northcombe.example.gov.uk/send/send-mediation-providers",
    html=page(
        "Mediation services in Northcombe",
        "<p>Below are some of the mediation services available to Northcombe families.</p><h2>Northcombe Family "
        "Mediation Service</h2><p>Helps separating parents agree arrangements for children and finances. A "
        "Mediation Information and Assessment Meeting (MIAM) is usually needed before going to court. Legal aid "
        "may be available.</p><p>Tel: 01632 960 661</p><h2>Northcombe Community Mediation</h2><p>Helps "
        "neighbours settle disputes about noise, parking and boundaries. Free and confidential.</p><p>Tel: "
        "01632 960 662</p>",
        furniture="ad",
    ),
    pos="",
    notes="Trap: family (separation) and neighbour mediation; confidential/free describe non-SEND mediation.",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>If you have a disagreement about your child's special educational needs, you can use our "
        "independent disagreement resolution service. The service is run for us by an experienced provider "
        "whose staff are not employed by the council.</p><p>You can use it for any aspect of SEN provision, "
        "and you do not need an EHC plan. It is voluntary and confidential.</p><p>Please note that taking "
        "part will not affect any right of appeal you may have to the SEND Tribunal.</p>",
        furniture="ba",
        updated="5 August 2026",
    ),
    pos="ind vol all noeff conf",
    notes="Independence and features stated but no provider name and no contact -> drs_in_local_offer partial "
    "(0), drs_contact 0.",
)

case(
    "https://www.pellow.example.gov.uk/send/resolving-problems",
    html=page(
        "Resolving problems early",
        "<p>Talk to us. Most concerns can be sorted out by speaking to your child's teacher or SENCO. If that "
        "does not work, ask for a meeting with the headteacher.</p><p>If your child has an EHC plan, you can "
        "contact your EHC coordinator at any time.</p><p>Useful links: SEND complaints: a guide for young "
        "people (GOV.UK); SEND: guide for parents and carers (GOV.UK).</p>",
        furniture="ab",
    ),
    pos="",
    notes="Only national DfE guide links; no DR, no routes beyond talking to school.",
)

case(
    "https://www.queensmere.example.gov.uk/send/disagreement-resolution-service",
    html=page(
        "Disagreement resolution service",
        "<p>Queensmere's disagreement resolution service is independent and impartial. It is run by Prime "
        "Resolution on behalf of the council.</p><p>Only families of children and young people with an "
        "Education, Health and Care plan can use the service.</p><p>Call 0121 496 0250 to find out more.</p>",
        furniture="cc",
    ),
    pos="in ind prov contact",
    notes="'Independent and impartial' passes independence; EHC-plan-only restriction fails all-SEN.",
)

case(
    "https://www.redcliffevale.example.gov.uk/send/send-information-advice-and-support",
    html=page(
        "Disagreement Resolution and SENDIASS",
        "<p>Redcliffe Vale SENDIASS is our Disagreement Resolution Service. They are independent from the "
        "council's SEN team and offer a confidential, voluntary service to families.</p><p>Call 01632 960 390 "
        "or email info@redcliffevalesendiass.example.org.uk.</p>",
        furniture="ad",
    ),
    pos="iass",
    notes="Trap: IASS labelled as the DRS and called independent -> drs_independent 0 (IASS is not the s.57 "
    "facilitator); confidential/voluntary describe the IASS.",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/informal-meetings",
    html=page(
        "Early resolution and co-production meetings",
        "<p>If you are unhappy with a draft plan, you can ask for a co-production meeting with your EHC "
        "coordinator and a team manager. These meetings are informal and aim to agree changes before the plan "
        "is finalised.</p><p>If you still disagree after the meeting, you can ask for mediation or appeal. We "
        "will explain how in your final plan letter.</p>",
        furniture="ba",
    ),
    pos="",
    notes="Trap: officer-led co-production meeting; mediation/appeal mentioned without detail.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/drs-information",
    text=(
        "Disagreement Resolution\n\nThe Children and Families Act 2014 requires local authorities to make "
        "arrangements for disagreement resolution. These must be independent of the local authority. "
        "Thornbury Edge Council has commissioned Together Trust to provide this service.\n\nThe service "
        "is free. Everybody involved needs to agree to take part.\n\nTo make a referral, complete the form on "
        "the Together Trust website: www.togethertrust.example.org.uk/send-drs"
    ),
    pos="in vol prov contact",
    skip="ind",
    notes="Leaflet text: legal requirement plus commissioned named provider (identifies the arrangement), web "
    "referral form.",
)

# =============================================================================================
# 3. SEND mediation pages (EHC decisions), good and poor
# =============================================================================================

case(
    "https://www.uptonfell.example.gov.uk/send/ehcp/mediation",
    html=page(
        "Mediation about EHC needs assessments and plans",
        "<p>Mediation is a meeting where an independent mediator helps you and the council try to reach an "
        "agreement. You can use it if you disagree with our decision:</p><ul><li>not to carry out an EHC needs "
        "assessment</li><li>not to issue an EHC plan</li><li>about what is in your child's plan, after it is "
        "issued or amended</li><li>to stop maintaining the plan</li></ul><h2>Before you appeal</h2><p>If you want "
        "to appeal, you must first contact a mediation adviser. You have two months from the date of our "
        "decision letter. The adviser will give you information about mediation. If you do not want mediation "
        "they will issue a certificate within three working days. You do not need a certificate if your appeal "
        "is only about the school or placement named in the plan.</p><p>If you do want mediation, we must "
        "arrange it within 30 days. We must send someone who can make decisions.</p><p>Our mediation adviser "
        "service is Global Mediation: 0808 157 0903, uptonfell@globalmediation.example.co.uk.</p>",
        furniture="aa",
        updated="19 June 2026",
    ),
    pos="ind prov contact med",
    skip="noeff",
    notes="Thorough SEND mediation page; 'if you do not want mediation ... certificate' = choosing not to mediate "
    "does not stop an appeal. No DR term -> drs_in_local_offer 0.",
)

case(
    "https://localoffer.westerby.example.gov.uk/ehc-plans/what-if-i-disagree/mediation",
    html=page(
        "What if I disagree? Mediation",
        "<p><strong>Mediation advice</strong> - Before you can register most appeals with the Tribunal you must "
        "have a mediation certificate. To get one, phone the mediation advice line within two months of your "
        "decision letter.</p><p><strong>Health and social care</strong> - Mediation can also cover the health "
        "and social care parts of an EHC plan. If health is involved, the Clinical Commissioning Group will be "
        "invited and must attend.</p><p><strong>Time limits</strong> - Mediation must happen within 30 days. The "
        "mediator will send you a certificate within 3 working days of the mediation ending.</p><p>Mediation "
        "advice line: KIDS, 0808 157 0155.</p>",
        furniture="ba",
        updated="2 February 2026",
    ),
    pos="med prov contact",
    stale=True,
    notes="Good mediation info, KIDS named with phone, but CCG named as the current health body (stale, page "
    "dated 2026). No independence wording; mediation not stated as optional -> vol 0.",
)

case(
    "https://www.ashdown.example.gov.uk/send/ehcp/send-mediation-faqs",
    html=page(
        "SEND mediation: frequently asked questions",
        "<h3>Is mediation compulsory?</h3><p>No. You must contact a mediation adviser before appealing (unless "
        "your appeal is only about the school named), but you do not have to take part in mediation itself.</p>"
        "<h3>How long do I have?</h3><p>Contact the adviser within two months of the date on the decision "
        "letter.</p><h3>What happens if I say no to mediation?</h3><p>You will be given a certificate within "
        "three working days and can then lodge your appeal. Saying no will not count against you at the "
        "Tribunal.</p><h3>Who are the mediators?</h3><p>Mediation in Ashdown is provided by Global Mediation. "
        "The mediator is independent and is not employed by Ashdown Council.</p><h3>Is it private?</h3><p>Yes. "
        "What is said in mediation is confidential and cannot be repeated at the Tribunal.</p><h3>Who do I "
        "contact?</h3><p>Global Mediation, 0808 157 0142.</p>",
        furniture="ab",
    ),
    pos="ind vol noeff conf prov contact med",
    notes="Mediation FAQ: voluntary, no-effect, confidential, independent, provider + contact. No DR term.",
)

case(
    "https://www.brackenfield.example.gov.uk/send/ehcp/mediation",
    html=page(
        "Mediation",
        "<p>We offer mediation if you are unhappy with your EHC plan. Please contact the SEND team to talk "
        "about this.</p>",
        furniture="ad",
    ),
    pos="",
    notes="Mentions mediation only; no advice, certificate, time limits or provider.",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/mediation-and-appeals",
    html=page(
        "Mediation and appeals",
        "<h2>Mediation</h2><p>If you want to appeal against a decision about an EHC needs assessment or plan, "
        "you must first contact Carrowmoor's mediation adviser. The adviser is provided by Together Trust and is "
        "independent of the council. You need to do this within 2 months of our decision.</p><p>The adviser "
        "will issue a mediation certificate. You need this certificate to appeal, whether or not you go ahead "
        "with mediation.</p><h2>Appeals to the SEND Tribunal</h2><p>You can appeal to the First-tier Tribunal "
        "(Special Educational Needs and Disability). Appeals must be made within 2 months of the decision, or "
        "within 1 month of getting your certificate. Apply on GOV.UK; the Tribunal's guidance explains each "
        "step.</p><p>Carrowmoor SENDIASS can help you prepare your appeal: 01632 960 401.</p><p>Together Trust "
        "mediation adviser: 0161 496 0433.</p>",
        furniture="ab",
        updated="27 January 2026",
    ),
    pos="ind prov contact med trib iass noeff",
    notes="Mediation + appeal how-to; certificate 'whether or not you go ahead with mediation' = no effect.",
)

case(
    "https://www.dunmere.example.gov.uk/send/ehc-plans/mediation-leaflet",
    text=(
        "Dunmere Council\nSEND Mediation\nInformation for parents and young people\n\nWhen can I use "
        "mediation?\nYou can ask for mediation if you disagree with a decision about an EHC needs assessment, "
        "a decision not to issue a plan, or the content of an EHC plan.\n\nWhat do I have to do?\nPhone the "
        "mediation adviser within two months of the date on your letter. The adviser works for Prime "
        "Resolution, not for the council.\n\nWhat happens next?\nIf you choose mediation it must take place "
        "within 30 days. Afterwards you will get a certificate. If you decide against mediation, you will get a "
        "certificate within three working days and can appeal straight away.\n\nWill the NHS be there?\nIf "
        "your disagreement includes health provision, someone from the CCG will attend the mediation.\n\n"
        "Contact Prime Resolution on 0121 496 0877.\n\nMarch 2025"
    ),
    pos="ind prov contact med noeff",
    stale=True,
    notes="PDF leaflet, March 2025, CCG as current body (stale). 'works for Prime Resolution, not for the "
    "council' = independence of mediation service.",
)

case(
    "https://www.elmsworth.example.gov.uk/send/sen-mediation-appeals",
    html=page(
        "SEN mediation and appeals",
        "<p>Our SEND mediation service is delivered by KIDS. KIDS is an independent charity.</p><p>You will "
        "need to contact KIDS for mediation advice before registering an appeal with the SEND Tribunal, "
        "unless your appeal is only about the name or type of school. Contact them within two months of the "
        "decision. They will issue a certificate, usually within three working days.</p><p>Telephone: "
        "0808 157 0808. Email: elmsworth@kids.example.org.uk.</p><p>Mediation is voluntary: you can choose "
        "whether to go ahead.</p>",
        furniture="cc",
        updated="8 March 2026",
    ),
    pos="ind vol prov contact med",
    skip="noeff",
    notes="KIDS mediation page; voluntary; certificate after advice implies appeal without mediating but not "
    "stated plainly -> no-effect skipped.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/mediation-health-and-social-care",
    html=page(
        "Mediation about health and social care",
        "<p>Mediation can cover the health and social care parts of an EHC plan as well as the education parts. "
        "If you only want mediation about health provision, the Integrated Care Board arranges it and must do "
        "so within 30 days.</p><p>If the disagreement covers education as well, the council will tell the ICB "
        "within three working days and both will take part.</p><p>You must still speak to a mediation adviser "
        "first. Contact details for the adviser are in your decision letter.</p>",
        furniture="ba",
        updated="26 October 2026",
    ),
    pos="med",
    notes="Health/social care mediation info with time limits; ICB wording (current). No provider named.",
)

case(
    "https://www.greyhope.example.gov.uk/send/mediation-information",
    html=page(
        "SEND mediation",
        "<blockquote><p>Local authorities must make arrangements for parents and young people to get information "
        "about mediation, so that they can take part in mediation before a possible appeal.</p><cite>SEND Code "
        "of Practice, paragraph 11.14 (paraphrased)</cite></blockquote><p>In Greyhope, mediation advice is "
        "provided by Global Mediation, who are independent of the council. Ring 0808 157 0644 within 2 months "
        "of your decision letter. The adviser can give you a certificate if you do not want to go to "
        "mediation.</p>",
        furniture="aa",
    ),
    pos="ind prov contact med",
    skip="noeff",
    notes="Code paraphrase in blockquote plus local details.",
)

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/family-mediation",
    html=page(
        "Family mediation",
        "<p>Family mediation can help separating or divorcing parents agree arrangements for their children "
        "without going to court. Most people must attend a Mediation Information and Assessment Meeting (MIAM) "
        "before applying to court about child arrangements.</p><p>The Family Mediation Council keeps a list of "
        "accredited mediators. You may be able to get a family mediation voucher worth up to £500.</p><p>"
        "Mediation is voluntary and confidential. Call Hollinsbury Family Mediation on 01632 960 222.</p>",
        furniture="ab",
    ),
    pos="",
    notes="Trap: family/divorce mediation with voluntary/confidential and a phone number.",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/local-offer/mediation-certificate",
    html=page(
        "Getting a mediation certificate",
        "<p>You need a mediation certificate before you can appeal to the Tribunal about most EHC decisions. "
        "Here is what to do:</p><ol><li>Find the mediation adviser's details in your decision letter.</li><li>"
        "Contact them within two months.</li><li>Tell them whether you want mediation.</li><li>They will send "
        "you a certificate within three working days if you don't, or after mediation if you do.</li><li>Send "
        "your appeal to the Tribunal within one month of the certificate or two months of the decision, "
        "whichever is later.</li></ol><p>You can find the appeal form SEND35 at gov.uk/send-tribunal.</p>",
        furniture="cb",
    ),
    pos="med trib noeff",
    notes="Step-by-step certificate and appeal process; no provider named.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/workplace-and-peer-mediation",
    html=page(
        "Peer mediation in Lindenfold schools",
        "<p>Many of our schools train pupils as peer mediators. Peer mediators help other children sort out "
        "playground fallings-out and friendship problems.</p><p>Schools can also ask the council's Workforce "
        "team about workplace mediation for staff disagreements.</p><p>For training, contact "
        "schools.wellbeing@lindenfold.example.gov.uk.</p>",
        furniture="ad",
    ),
    pos="",
    notes="Trap: peer and workplace mediation.",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/ehcp/mediation-and-tribunal",
    html=page(
        "Mediation and the Tribunal",
        "<p>If you disagree with our decision not to assess, not to issue a plan, or with the content of your "
        "child's EHC plan, you may wish to consider mediation. Before appealing you must speak to a mediation "
        "adviser within 2 months. Mediation is arranged within 30 days and you will be given a certificate "
        "afterwards. If you decide not to mediate you can still appeal and the Tribunal will not hold it "
        "against you.</p><p>The mediation service for Marshgate is Harbourside Mediation CIC, an independent "
        "organisation: 01632 960 552.</p><p>Appeals go to the First-tier Tribunal (SEND). Appeal within "
        "2 months of our decision or 1 month after your mediation certificate, using the online service on "
        "GOV.UK.</p>",
        furniture="aa",
        updated="15 December 2025",
    ),
    pos="ind vol noeff prov contact med trib",
    notes="Combined mediation and appeal; 'you may wish to consider' + 'if you decide not to mediate' -> voluntary.",
)

case(
    "https://www.northcombe.example.gov.uk/send/mediation-is-now-compulsory",
    html=page(
        "Changes to SEND mediation",
        "<p>Following the government's SEND reforms, mediation is now compulsory before any appeal to the "
        "Tribunal. You must attend a mediation meeting with the council before your appeal will be "
        "accepted.</p><p>Contact the SEND team on 01632 960 090 to book mediation.</p>",
        furniture="ba",
    ),
    pos="",
    notes="Misstatement: presents mediation as compulsory (a proposal, not law). Fails voluntary; no adviser "
    "or certificate explained; contact is the council.",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/ehcp/mediation",
    html=page(
        "EHCP mediation",
        "<p>Mediation is a way to resolve disagreements about EHC needs assessments and plans without going to "
        "the Tribunal. It is free for families, and your reasonable travel costs can be paid.</p><p>Before you "
        "appeal, contact our mediation adviser (Together Trust, 0161 496 0144) within two months of the "
        "decision. You will receive a mediation certificate. You can then register an appeal with the SEND "
        "Tribunal within one month of the certificate.</p><p>The local authority must attend mediation, and "
        "our representative will be able to make decisions on the day.</p>",
        furniture="bb",
        updated="3 March 2026",
    ),
    pos="prov contact med",
    skip="trib",
    notes="Mediation page; Tribunal deadline given but little else on appeals -> tribunal_appeal skipped.",
)

# =============================================================================================
# 4. Tribunal appeals, and appeals that are not the SEND Tribunal
# =============================================================================================

case(
    "https://www.pellow.example.gov.uk/send/appeals",
    html=page(
        "Appealing to the SEND Tribunal",
        "<p>If you disagree with certain decisions we make about your child's special educational needs, you "
        "have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability), often "
        "called the SEND Tribunal.</p><h2>Decisions you can appeal</h2><ul><li>a refusal to carry out an EHC "
        "needs assessment</li><li>a decision not to issue an EHC plan</li><li>the description of needs, the "
        "provision or the school named in a plan</li><li>a refusal to reassess or to amend a plan after a "
        "review</li><li>a decision to stop maintaining a plan</li></ul><h2>How to appeal</h2><p>Appeal online "
        "at GOV.UK or send form SEND35 to the Tribunal. The deadline is two months from the date of the "
        "decision letter, or one month from the date of a mediation certificate, whichever is later.</p><p>"
        "Pellow SENDIASS and IPSEA can help you prepare your case. Pellow SENDIASS: 01632 960 515, "
        '<a href="https://www.pellowsendiass.org.uk">pellowsendiass.org.uk</a>.</p>',
        furniture="aa",
        updated="21 May 2026",
    ),
    pos="trib iass",
    notes="Full Tribunal page with appealable decisions, deadline and form; SENDIASS signposted.",
)

case(
    "https://www.queensmere.example.gov.uk/schools/admissions/appeals",
    html=page(
        "School admission appeals",
        "<p>If your child has been refused a place at a school, you have the right to appeal to an independent "
        "appeal panel. Appeals must be lodged within 20 school days of the refusal letter.</p><p>The panel is "
        "independent of the council and the school. Hearings are held in private.</p><p>Email "
        "admissions.appeals@queensmere.example.gov.uk.</p>",
        furniture="dd",
    ),
    pos="",
    notes="Trap: school admissions appeal (independent panel), not the SEND Tribunal or DR.",
)

case(
    "https://www.redcliffevale.example.gov.uk/council-tax/appeals",
    html=page(
        "Council tax appeals",
        "<p>If you disagree with our decision about your council tax band, discount or liability, you can "
        "appeal. First write to us. If we do not change our decision, you can appeal to the Valuation Tribunal "
        "for England within two months.</p><p>The Valuation Tribunal is independent of the council. You can "
        "also complain to the Local Government and Social Care Ombudsman about how we handled your case.</p>",
        furniture="dd",
    ),
    pos="",
    notes="Trap: council tax appeal to Valuation Tribunal; ombudsman mentioned for council tax only.",
)

case(
    "https://www.saltmarsh.example.gov.uk/planning/appeals",
    html=page(
        "Planning appeals",
        "<p>If your planning application is refused, you can appeal to the Planning Inspectorate. Most appeals "
        "must be made within six months of the decision. Appeals are decided by an independent inspector.</p>"
        "<p>Householder appeals must be made within 12 weeks. Submit your appeal online through the Appeals "
        "Casework Portal.</p>",
        furniture="dd",
    ),
    pos="",
    notes="Trap: planning appeal to the Planning Inspectorate.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/tribunal-extended-appeals",
    html=page(
        "The SEND Tribunal and extended appeals",
        "<p>The SEND Tribunal can now make non-binding recommendations about the health and social care parts "
        "of an EHC plan, as long as your appeal also includes education. These are called extended appeals.</p>"
        "<p>You can appeal if you disagree with the sections about special educational needs or provision, or "
        "the placement named. You must have a mediation certificate first, unless your appeal is about the "
        "placement only. You then have one month from the certificate, or two months from the decision, to "
        "submit your appeal to the Tribunal online.</p><p>The ICB and social care must reply to any "
        "recommendation in writing within five weeks.</p>",
        furniture="ab",
        updated="7 April 2026",
    ),
    pos="trib",
    skip="med",
    notes="Extended appeals page with how-to; mediation certificate mentioned briefly (skip mediation_info).",
)

case(
    "https://www.uptonfell.example.gov.uk/send/national-trial",
    html=page(
        "SEND Tribunal: the national trial",
        "<p>The national trial allowing the Tribunal to make recommendations about health and social care "
        "will run until 31 August 2020. During the trial, parents can ask the Tribunal to look at health and "
        "social care needs as part of an education appeal.</p><p>For more information, contact the CCG's "
        "SEND lead or the council's SEND team.</p>",
        furniture="ba",
    ),
    pos="",
    stale=True,
    notes="Stale trial wording and CCG as current contact; no right-of-appeal how-to.",
)

case(
    "https://www.westerby.example.gov.uk/send/appealing-against-decisions-leaflet",
    text=(
        "Appealing a SEND decision\nWesterby SEND Local Offer\n\nYou can appeal to the First-tier Tribunal "
        "(Special Educational Needs and Disability) about:\n- a refusal to assess your child's needs\n- a "
        "refusal to issue an EHC plan\n- the contents of an EHC plan\n- a decision to cease the plan\n\nHow do I "
        "appeal?\nFirst contact a mediation adviser. Then send your appeal to the Tribunal within 2 months of "
        "the decision letter or 1 month after your mediation certificate. You can appeal online at "
        "www.gov.uk/send-tribunal.\n\nThe Tribunal is independent and will hear your appeal in about 12 "
        "weeks.\n\nWesterby SENDIASS can help: 01632 960 944.\n\nUpdated January 2026"
    ),
    pos="trib iass",
    notes="Leaflet text; independent Tribunal (not DR); mediation adviser mentioned only as a step (no "
    "mediation_info).",
)

case(
    "https://www.ashdown.example.gov.uk/send/disability-discrimination-claims",
    html=page(
        "Disability discrimination claims",
        "<p>If you believe a school has discriminated against your child because of their disability, you can "
        "make a claim to the First-tier Tribunal (SEND). Claims must be made within six months of the "
        "discrimination. You do not need a mediation certificate for a discrimination claim.</p><p>Make your "
        "claim using form SEND4A, available on GOV.UK.</p>",
        furniture="aa",
    ),
    pos="",
    skip="trib",
    notes="Disability discrimination claim: related Tribunal route but not the right of appeal against LA "
    "decisions -> tribunal_appeal skipped.",
)

case(
    "https://www.brackenfield.example.gov.uk/send/sen-tribunal-short",
    html=page(
        "Tribunal",
        "<p>You may be able to appeal to the Tribunal. Contact us for more information.</p>",
        furniture="bd",
    ),
    pos="",
    notes="Bare mention of a possible appeal, no explanation or how.",
)

case(
    "https://www.carrowmoor.example.gov.uk/education/exclusions/independent-review-panel",
    html=page(
        "Exclusions: independent review panels",
        "<p>If your child has been permanently excluded and the governing board upholds the decision, you can "
        "ask for an independent review panel. You must ask within 15 school days. If you think disability "
        "discrimination was involved, you can also go to the First-tier Tribunal.</p><p>The panel must include "
        "a SEN expert if you ask for one.</p>",
        furniture="dd",
    ),
    pos="",
    skip="trib",
    notes="Trap-ish: exclusion review panel ('independent'); Tribunal only for discrimination -> trib skipped.",
)

# =============================================================================================
# 5. Complaints pages and complaints traps
# =============================================================================================

case(
    "https://www.dunmere.example.gov.uk/send/local-offer/complaints",
    html=page(
        "Making a complaint about SEND services",
        "<h2>Schools and colleges</h2><p>Talk to the teacher or SENCO first. If that does not help, follow the "
        "school's published complaints procedure. If you are still unhappy with an academy or maintained school, "
        "you can contact the Department for Education's School Complaints Unit.</p><h2>The council</h2><p>"
        "Complaints about the SEND service or social care go through our complaints procedure. Use the online "
        "form at dunmere.example.gov.uk/complaints or phone 01632 960 700.</p><h2>Health services</h2><p>Contact "
        "the Patient Advice and Liaison Service (PALS) at the hospital, or complain to NHS North Fell ICB. If "
        "you are still not satisfied, contact the Parliamentary and Health Service Ombudsman.</p><h2>The "
        "ombudsman</h2><p>If our complaints process does not resolve things, you can ask the Local Government "
        "and Social Care Ombudsman to investigate.</p>",
        furniture="aa",
        updated="29 September 2026",
    ),
    pos="cmp",
    notes="Complete complaints routes: setting, council, health (ICB), both ombudsmen.",
)

case(
    "https://www.elmsworth.example.gov.uk/send/complaints-and-compliments",
    html=page(
        "Complaints about health services for children with SEND",
        "<p>If you want to complain about an NHS service, speak to the service first or contact PALS. You can "
        "also complain to Elmsworth Clinical Commissioning Group, which buys most local health services, by "
        "emailing complaints@elmsworthccg.example.nhs.uk.</p><p>If you are not happy with the response, contact "
        "the Parliamentary and Health Service Ombudsman. For complaints about the council's SEND service, use "
        "the council's complaints form; unresolved complaints can go to the Local Government and Social Care "
        "Ombudsman.</p>",
        furniture="cd",
    ),
    pos="cmp",
    stale=True,
    notes="Complaint routes (health, council, both ombudsmen) but 'complain to the CCG' as current body.",
)

case(
    "https://www.fenwickvale.example.gov.uk/council-tax/complaints",
    html=page(
        "Complaints about council tax and benefits",
        "<p>If you are unhappy with how we have dealt with your council tax account, please use our corporate "
        "complaints form. We will reply within 10 working days. If you remain unhappy you can refer your "
        "complaint to the Local Government and Social Care Ombudsman.</p>",
        furniture="dd",
    ),
    pos="",
    notes="Trap: council tax complaints, not complaints about SEND provision.",
)

case(
    "https://www.greyhope.example.gov.uk/bins/missed-collections-complaints",
    html=page(
        "Complain about a missed bin collection",
        "<p>Report a missed bin within two working days. If we do not put it right, you can make a formal "
        "complaint through our online form.</p>",
        furniture="dd",
    ),
    pos="",
    notes="Trap: bins complaint.",
)

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/if-things-go-wrong",
    html=page(
        "If things go wrong",
        "<p>We hope you are happy with the support your child receives, but if not there are people who can "
        "help.</p><ul><li><strong>Your child's school or nursery:</strong> ask for a copy of their complaints "
        "policy. Early years settings must have one too, and Ofsted can look at concerns about registered "
        "childcare.</li><li><strong>The council:</strong> make a complaint online. We aim to respond within 20 "
        "working days at stage one.</li><li><strong>NHS services:</strong> speak to PALS or the provider's "
        "complaints team.</li><li><strong>Ombudsmen:</strong> the Local Government and Social Care Ombudsman "
        "(council and social care) and the Parliamentary and Health Service Ombudsman (NHS).</li></ul><p>You "
        "can also get free advice from Hollinsbury SENDIASS on 01632 960 212.</p>",
        furniture="ab",
    ),
    pos="cmp iass",
    notes="'If things go wrong' hub with setting/council/NHS/ombudsmen routes.",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/complaints",
    html=page(
        "Complaints",
        "<p>To make a complaint about the council, please visit our main complaints page.</p>",
        furniture="ba",
    ),
    pos="",
    notes="Only a pointer to a general complaints page; no routes explained.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/complaints-schools",
    html=page(
        "Complaints about schools",
        "<p>Every maintained school must have a complaints procedure and publish it, usually on its website. "
        "Start by talking to the SENCO or headteacher, then follow the school's procedure, which normally ends "
        "with a governors' panel.</p><p>If the school has not followed its procedure properly, you can "
        "contact the Department for Education. Academies must also have a procedure; complaints that are not "
        "resolved can go to the DfE. For concerns about a whole school, Ofsted may be able to help.</p>",
        furniture="ab",
        updated="12 June 2026",
    ),
    pos="",
    skip="cmp",
    notes="Schools-only complaint routes; single route on one page is partial for a site-level check -> skipped.",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/complaints-ombudsman-faq",
    html=page(
        "Complaints: frequently asked questions",
        "<h3>Who do I complain to about my child's EHC plan being late?</h3><p>Complain to the council using "
        "our complaints procedure. If you are unhappy with our final response, you can go to the Local "
        "Government and Social Care Ombudsman.</p><h3>Can the ombudsman change the plan?</h3><p>No. "
        "Disagreements about what is in the plan go to the SEND Tribunal. The ombudsman cannot look at matters "
        "that have been appealed to the Tribunal.</p><h3>What about health?</h3><p>NHS complaints go to the "
        "provider or to the ICB, and then to the Parliamentary and Health Service Ombudsman.</p><h3>And "
        "schools?</h3><p>Use the school's complaints procedure.</p>",
        furniture="cb",
        updated="1 September 2026",
    ),
    pos="cmp",
    skip="trib",
    notes="FAQ style complaints routes; Tribunal mentioned without how.",
)

case(
    "https://www.northcombe.example.gov.uk/send/making-a-complaint-leaflet",
    text=(
        "Making a complaint\nNorthcombe SEND Local Offer\n\nStage 1: contact the service you are unhappy with. "
        "Schools, colleges and nurseries each have their own complaints procedure.\nStage 2: if you are "
        "complaining about the council, we will investigate and reply within 20 working days.\nStage 3: if you "
        "are still not satisfied you can contact the Local Government and Social Care Ombudsman, "
        "www.lgo.org.uk.\n\nHealth complaints: contact the Clinical Commissioning Group's patient experience "
        "team on 01632 960 801.\n\nLeaflet updated May 2024"
    ),
    pos="cmp",
    stale=True,
    notes="Leaflet with setting/council/ombudsman/health routes; CCG as current complaints body (2024).",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/complaints-about-send",
    html=page(
        "Complaints about SEND provision",
        "<p>You can complain about the SEND service by writing to the Complaints Team, Oakhanger Council, "
        "Civic Centre, or by emailing complaints@oakhanger.example.gov.uk.</p><p>For a school, please follow "
        "that school's complaints process. For health services, contact PALS. If you are not satisfied with the "
        "council's final response you can contact the Local Government Ombudsman.</p>",
        furniture="ab",
    ),
    pos="cmp",
    notes="Routes explained (council, school, health, ombudsman) though with the old ombudsman name "
    "(not a stale_ccg matter).",
)

# =============================================================================================
# 6. Information, advice and support (SENDIASS) and look-alikes
# =============================================================================================

case(
    "https://www.pellow.example.gov.uk/send/local-offer/sendiass",
    html=page(
        "Pellow SENDIASS",
        "<p>Pellow Special Educational Needs and Disabilities Information, Advice and Support Service "
        "(SENDIASS) gives free, impartial and confidential information, advice and support to children, young "
        "people and parents about SEND, including health and social care.</p><p>The service is run at arm's "
        "length from the council.</p><p>Helpline: 01632 960 515 (Monday to Friday, 9am to 4pm)<br>Email: "
        'info@pellowsendiass.org.uk<br>Website: <a href="https://www.pellowsendiass.org.uk">'
        "www.pellowsendiass.org.uk</a></p>",
        furniture="aa",
        updated="2 March 2026",
    ),
    pos="iass",
    notes="Dedicated SENDIASS signposting page.",
)

case(
    "https://www.queensmere.example.gov.uk/send/support-for-parents",
    html=page(
        "Support for parents and carers",
        "<p><strong>Queensmere Parent Carer Forum</strong> is a group of parents who work with the council and "
        "health services to improve SEND services. Join at queensmerepcf.example.org.uk.</p><p><strong>IPSEA"
        "</strong> offers free legally based advice on SEN law: ipsea.example.org.uk.</p><p><strong>Contact"
        "</strong> runs a national helpline for families with disabled children.</p>",
        furniture="ba",
    ),
    pos="",
    notes="Parent carer forum and national charities only; no IASS.",
)

case(
    "https://fis.redcliffevale.example.gov.uk/kb5/redcliffevale/directory/service.page?id=Qp3nM4e8K1a",
    html=page(
        "Redcliffe Vale Information, Advice and Support Service (IASS)",
        '<div class="service-description"><p>We provide free, confidential and impartial information, advice '
        "and support for parents and carers of children with SEND and for young people aged up to 25. We can "
        "help with EHC needs assessments, annual reviews, exclusions, and with preparing for mediation and "
        'Tribunal appeals.</p></div><div class="contact-block"><h2>Contact details</h2><dl><dt>Telephone</dt>'
        "<dd>01632 960 390</dd><dt>E-mail</dt><dd>iass@redcliffevale.example.org.uk</dd></dl></div>",
        furniture="cc",
        updated="10 July 2026",
    ),
    pos="iass",
    notes="Directory listing for the IASS; mediation/Tribunal only as topics the IASS helps with.",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/parent-partnership",
    html=page(
        "Parent Partnership Service",
        "<p>Saltmarsh Parent Partnership Service supports parents of children with special educational needs. "
        "Call 01632 960 777.</p>",
        furniture="ad",
    ),
    pos="",
    skip="iass",
    notes="Old 'Parent Partnership' name used as the current service (predecessor of IASS): not confidently "
    "a SENDIASS signpost -> skipped.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/send-advice-line",
    html=page(
        "SEND advice line",
        "<p>The council's SEND Team runs an advice line for parents with questions about the EHC process. Call "
        "01632 960 300, Monday to Thursday.</p>",
        furniture="ba",
    ),
    pos="",
    notes="Council SEN team's own advice line, not the IASS.",
)

case(
    "https://www.uptonfell.example.gov.uk/send/young-peoples-advice",
    html=page(
        "Advice for young people",
        "<p>If you are 16 to 25 and have SEND, you can get advice in your own right. Upton Fell SENDIASS has a "
        "young people's worker who can help you with college, your EHC plan and having your say.</p><p>Text or "
        "call 07700 900 414, or message them through "
        '<a href="https://www.uptonfellsendiass.org.uk/young-people">their young people\'s page</a>.</p>',
        furniture="bb",
    ),
    pos="iass",
    notes="SENDIASS for young people, with phone and link.",
)

case(
    "https://www.westerby.example.gov.uk/send/local-offer-home",
    html=page(
        "Westerby SEND Local Offer",
        "<p>Welcome to the Westerby SEND Local Offer. Here you will find information about services for "
        "children and young people aged 0 to 25 with special educational needs and disabilities.</p><h2>Popular "
        'topics</h2><ul><li><a href="/send/education">Education and schools</a></li><li><a href="/send/'
        'short-breaks">Short breaks</a></li><li><a href="/send/preparing-for-adulthood">Preparing for '
        'adulthood</a></li><li><a href="/send/transport">Travel support</a></li></ul>',
        furniture="ac",
    ),
    pos="",
    notes="Home page: Mediation, Disagreement resolution, Complaints, SENDIASS and You said we did appear only "
    "in the nav/footer menus (not evidence).",
)

case(
    "https://www.ashdown.example.gov.uk/send/short-breaks",
    html=page(
        "Short breaks",
        "<p>Short breaks give disabled children and young people the chance to have fun, make friends and try "
        "new things, while giving parents and carers a break.</p><p>You can ask for a short breaks assessment "
        "through the Children with Disabilities Team. Some children with complex health needs also get support "
        "from the continuing care team at Ashdown CCG.</p><p>Read our short breaks statement for the "
        "eligibility criteria.</p>",
        furniture="ac",
        updated="14 February 2025",
    ),
    pos="",
    stale=True,
    notes="Unrelated topic; CCG named as a current body (stale). Menus mention mediation/complaints.",
)

case(
    "https://www.brackenfield.example.gov.uk/send/health/designated-clinical-officer",
    html=page(
        "The Designated Clinical Officer",
        "<p>The Designated Clinical Officer (DCO) works for NHS Brackenfield and Fellside Integrated Care Board. "
        "Until July 2022 this role sat within Brackenfield CCG, which has now closed.</p><p>The DCO makes sure "
        "health services play their part in EHC needs assessments and plans. Contact the DCO at "
        "dco@bfficb.example.nhs.uk.</p>",
        furniture="aa",
        updated="6 May 2026",
    ),
    pos="",
    notes="CCG mentioned only historically ('has now closed'); ICB current -> stale_ccg passes.",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/health-services",
    html=page(
        "Health services for children with SEND",
        "<p>Health services for children in Carrowmoor are commissioned by NHS Carrowmoor ICB (formerly "
        "Carrowmoor Clinical Commissioning Group).</p><p>They include community paediatrics, speech and language "
        "therapy, occupational therapy and physiotherapy. Your GP or health visitor can refer you.</p>",
        furniture="ad",
    ),
    pos="",
    notes="'formerly ... Clinical Commissioning Group' does not count as stale.",
)

case(
    "https://www.dunmere.example.gov.uk/send/health/continuing-care",
    html=page(
        "Children's continuing care",
        "<p>Some children and young people have health needs that cannot be met by the services normally "
        "available. Dunmere CCG assesses these needs using the national children and young people's continuing "
        "care framework.</p><p>To ask for an assessment, speak to your child's health professional, who will "
        "contact the CCG's continuing care team.</p>",
        furniture="ba",
    ),
    pos="",
    stale=True,
    notes="CCG as the current assessing body (stale).",
)

case(
    "https://www.elmsworth.example.gov.uk/send/code-of-practice-health",
    html=page(
        "Health in the SEND Code of Practice",
        "<p>The Code of Practice was written before the NHS changes of 2022, so it still refers to clinical "
        "commissioning groups. For example, it says:</p><blockquote><p>CCGs must work with the local authority "
        "to agree the health provision that will meet a child's needs.</p></blockquote><p>Today these duties "
        "belong to Integrated Care Boards. In Elmsworth that is NHS Elmsworth and Coast ICB.</p>",
        furniture="aa",
    ),
    pos="",
    notes="CCG inside a blockquote of the Code and explained as historical -> not stale.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/joint-commissioning",
    html=page(
        "Joint commissioning",
        "<p>Fenwick Vale Council and Fenwick Vale CCG jointly commission services for children and young people "
        "with SEND. Our joint commissioning board meets every quarter and includes parent representatives.</p>"
        "<p>The board's current priorities are speech and language therapy waiting times and mental health "
        "support in schools.</p>",
        furniture="cc",
        updated="20 January 2026",
    ),
    pos="",
    stale=True,
    notes="CCG as a current commissioning partner (stale; page dated 2026).",
)

case(
    "https://www.greyhope.example.gov.uk/send/annual-report-2021-22-health",
    html=page(
        "Health contribution to the 2021 to 2022 SEND report",
        "<p>This section was written in May 2022. Over the year, Greyhope CCG funded an extra 300 hours of "
        "speech and language therapy. From 1 July 2022 the CCG's responsibilities will pass to the new "
        "Integrated Care Board.</p>",
        furniture="ab",
    ),
    pos="",
    notes="Historical document written before July 2022 (exception b in duties.md), and it anticipates the ICB "
    "-> not stale.",
)

# =============================================================================================
# 7. Local Offer feedback: "You said, we did" (audit date 2026-11-28; fresh = on/after 2025-10-28)
# =============================================================================================

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/you-said-we-did",
    html=page(
        "Local Offer: you said, we did",
        "<p>Each year we ask families and young people what they think of the Local Offer website. Here is "
        "what you told us between April 2025 and March 2026, and what we have done about it.</p><table><thead>"
        "<tr><th>You said</th><th>We did</th></tr></thead><tbody><tr><td>It is hard to find information about "
        "short breaks.</td><td>We added a short breaks button to the home page and rewrote the page in plain "
        "English.</td></tr><tr><td>The site does not work well on phones.</td><td>We moved to a new mobile-"
        "friendly design in May 2026.</td></tr><tr><td>There is not enough about what happens after 16."
        "</td><td>We worked with young people to write a new preparing for adulthood section.</td></tr></tbody>"
        "</table><p>Published: 16 June 2026</p>",
        furniture="aa",
    ),
    pos="fb",
    notes="Fresh YSWD table about the Local Offer with comments and responses, dated June 2026.",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/local-offer-annual-report-2025",
    text=(
        "Kestrel Bay SEND Local Offer Annual Report 2025\n\nPublished January 2026\n\nIntroduction\nThe SEND "
        "Regulations require us to publish the comments we receive about our Local Offer and what we are doing "
        "in response. This report covers January to December 2025.\n\nWhat you told us\n- Families wanted "
        "clearer information about how to ask for an EHC needs assessment.\n- Young people said the site "
        "looked like it was designed for parents, not them.\n- Several people told us the directory had "
        "out-of-date entries.\n\nWhat we have done\n- We published a step-by-step guide to requesting an "
        "assessment, with a downloadable form.\n- Our youth forum redesigned the young people's pages.\n- We "
        "checked every directory entry and removed 140 that were out of date.\n\nNext year we will run a "
        "survey with the Parent Carer Forum in the spring."
    ),
    pos="fb",
    notes="PDF annual report: comments and responses, published January 2026.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/have-your-say/feedback-2026",
    html=page(
        "What you told us about the Local Offer (2026)",
        "<p>Thank you to everyone who gave us feedback on the Lindenfold Local Offer this year. Comments came "
        "from our online survey, the Parent Carer Forum and the Youth SEND Council.</p><h2>Themes</h2><p>You "
        "asked for more information about support in mainstream schools; you found our page about SEND "
        "transport confusing; you wanted to know what to do if you disagree with us.</p><h2>Our response</h2>"
        "<p>We have added a page on ordinarily available provision in schools, rewritten the transport page "
        "with a flowchart, and created a new 'If you disagree' page with details of mediation and "
        "disagreement resolution.</p><p>Last updated: 2 October 2026</p>",
        furniture="ab",
    ),
    pos="fb",
    notes="Themes + responses about the Local Offer; dated October 2026.",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/you-said-we-did-family-hubs",
    html=page(
        "Family hubs: you said, we did",
        "<p>In spring 2026 we asked families what they wanted from our new family hubs.</p><ul><li><strong>You "
        "said:</strong> opening hours did not suit working parents. <strong>We did:</strong> two hubs now open "
        "on Saturday mornings.</li><li><strong>You said:</strong> you wanted more baby groups. <strong>We did:"
        "</strong> we started weekly baby massage sessions.</li></ul><p>Published 20 July 2026</p>",
        furniture="ab",
    ),
    pos="",
    notes="Trap: YSWD about family hubs, not the Local Offer (though dated and on the LO site).",
)

case(
    "https://www.northcombe.example.gov.uk/send/local-offer-feedback",
    html=page(
        "Local Offer feedback",
        "<p>You said the Local Offer was difficult to search. We did: we added a new search tool and an A to Z "
        "of services.</p><p>You said there wasn't enough information about autism support. We did: we added a "
        "page listing local autism services and support groups.</p>",
        furniture="ba",
    ),
    pos="",
    notes="YSWD about the Local Offer but undated -> not a pass (needs a date within 13 months).",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/annual-report-2023-24",
    html=page(
        "SEND Local Offer annual report 2023 to 2024",
        "<p>This report sets out the feedback we received about the Local Offer between April 2023 and March "
        "2024 and what we did in response.</p><p><strong>You told us</strong> the site was slow and the "
        "directory was hard to use. <strong>We</strong> moved to a new platform and reorganised the directory "
        "by age group.</p><p>Published: 30 September 2024</p>",
        furniture="aa",
    ),
    pos="",
    notes="Local Offer feedback report but old (published Sept 2024, over 13 months before 2026-11-28).",
)

case(
    "https://www.pellow.example.gov.uk/send/local-offer-you-said-we-did-2025",
    html=page(
        "You said, we did - Local Offer 2025",
        "<p>Your comments on the Local Offer and our responses, collected April to August 2025.</p><dl><dt>"
        "Comment: the EHC pages use too much jargon.</dt><dd>Response: we added a glossary and plain-English "
        "summaries.</dd><dt>Comment: I could not find the SENDIASS phone number.</dt><dd>Response: SENDIASS "
        "contact details now appear on every page about EHC plans.</dd></dl><p>Published: 3 November 2025</p>",
        furniture="ab",
    ),
    pos="fb",
    notes="Edge of window: published 3 Nov 2025, within 13 months of 2026-11-28 (on/after 2025-10-28).",
)

case(
    "https://www.queensmere.example.gov.uk/send/you-said-we-did-sept-2025",
    html=page(
        "You said, we did: Local Offer website",
        "<p>You said: the site needed clearer information for young people. We did: launched a young people's "
        "zone.</p><p>You said: links to the school SEN information reports were broken. We did: fixed all the "
        "links and check them every term.</p><p>Published: 15 September 2025</p>",
        furniture="ba",
    ),
    pos="",
    notes="Edge of window: Local Offer YSWD published 15 Sept 2025, more than 13 months before the audit date.",
)

case(
    "https://www.redcliffevale.example.gov.uk/send/tell-us-what-you-think",
    html=page(
        "Tell us what you think of the Local Offer",
        "<p>We want the Local Offer to be useful for every family. Please take five minutes to complete our "
        "survey about the content, how easy the site is to use and how we involve families.</p><p>"
        '<a href="/send/local-offer-survey">Start the survey</a></p><p>We will publish what you told us and '
        "what we did in our annual report.</p>",
        furniture="aa",
        updated="8 October 2026",
    ),
    pos="",
    notes="Seeks comments (reg 56(1)) but publishes none -> not lo_feedback_published.",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/what-parents-told-us-2026",
    html=page(
        "What parents told us about the Local Offer",
        "<p>Results of our 2026 Local Offer survey (published 4 August 2026):</p><ul><li>62% found the "
        "information they were looking for.</li><li>Parents said the EHC pages were too long.</li><li>Young "
        "people said they did not know the Local Offer existed.</li></ul><p>We will say what we are going to "
        "do about these results later in the year.</p>",
        furniture="ab",
    ),
    pos="",
    notes="Comments published without the authority's response -> not a pass.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/send-strategy-consultation-results",
    html=page(
        "SEND strategy consultation: you said, we did",
        "<p>Our consultation on the SEND Strategy 2026 to 2030 closed in March 2026.</p><p>You said you wanted "
        "more specialist places closer to home. We did: the final strategy includes two new resource bases. "
        "You said transitions between schools were hard. We did: we added a transitions priority.</p><p>"
        "Published 11 May 2026</p>",
        furniture="aa",
    ),
    pos="",
    notes="Trap: YSWD about the SEND strategy consultation, not comments on the Local Offer.",
)

case(
    "https://www.uptonfell.example.gov.uk/send/local-offer-annual-feedback-report-2025-2026",
    text=(
        "Upton Fell SEND Local Offer\nAnnual Feedback Report\nSeptember 2025 to August 2026\n\nDate of "
        "publication: 14 September 2026\n\nWe received 212 comments through the website feedback form, "
        "events, and the Parent Carer Forum.\n\nYou said: there was little information for families of "
        "children under five.\nWe did: created an early years section with links to nursery SEN support and "
        "the Portage service.\n\nYou said: the Local Offer did not explain how to disagree with a decision.\n"
        "We did: added pages on mediation, disagreement resolution and appeals.\n\nYou said: some health pages "
        "still mentioned organisations that no longer exist.\nWe did: updated all health pages to refer to the "
        "Integrated Care Board.\n\nComments that were about a particular child's services have been passed to "
        "the relevant teams and are not published here."
    ),
    pos="fb",
    notes="Feedback report text, dated September 2026.",
)

case(
    "https://www.westerby.example.gov.uk/send/you-said-we-did",
    html=page(
        "You said, we did",
        "<p><em>Latest update: August 2026</em></p><h2>Local Offer website</h2><p><strong>You said</strong> the "
        "Local Offer directory had too many services that were closed. <strong>We did</strong> ask every "
        "provider to confirm their details by June 2026 and removed those that did not.</p><p><strong>You said"
        "</strong> you would like to get updates. <strong>We did</strong> start a monthly Local Offer "
        "newsletter.</p>",
        furniture="ba",
    ),
    pos="fb",
    notes="Short YSWD about the Local Offer, 'Latest update: August 2026'.",
)

case(
    "https://www.ashdown.example.gov.uk/send/parent-carer-forum-survey-2026",
    html=page(
        "Parent Carer Forum survey 2026",
        "<p>Ashdown Parent Carer Forum surveyed 400 families in February 2026 about their experience of "
        "SEND services.</p><p>Families told us that waiting times for therapy were too long and that "
        "communication from the EHC team needed to improve. The forum has shared the findings with the council "
        "and the ICB, who have agreed an action plan.</p><p>Published 1 April 2026</p>",
        furniture="aa",
    ),
    pos="",
    notes="Trap: Parent Carer Forum survey about SEND services generally, not comments on the Local Offer.",
)

case(
    "https://www.brackenfield.example.gov.uk/send/local-offer-review-2026",
    html=page(
        "Reviewing our Local Offer in 2026",
        "<p>This page summarises the comments we received about the Brackenfield Local Offer in the year to "
        "July 2026 and how we have responded.</p><h2>Content</h2><p>Comment: families wanted to know which "
        "schools have resource bases. Response: we have published a list with each base's specialism.</p><h2>"
        "Accessibility</h2><p>Comment: parents who speak Polish and Urdu struggled to use the site. Response: "
        "we added a translation tool and produced key pages in both languages.</p><h2>How we involved you</h2>"
        "<p>Comment: young people wanted to be more involved. Response: two young SEND ambassadors now sit on "
        "the Local Offer steering group.</p><p>Date published: 28 August 2026</p>",
        furniture="ab",
    ),
    pos="fb",
    notes="Reg 56 review structured by content / accessibility / involvement; dated August 2026.",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/was-this-page-helpful",
    html=page(
        "Feedback on this page",
        "<p>Was this page helpful? Yes / No</p><p>Please do not include personal information. We do not reply "
        "to feedback given on this form.</p>",
        furniture="ad",
    ),
    pos="",
    notes="Page feedback widget only.",
)

case(
    "https://www.dunmere.example.gov.uk/send/local-offer-feedback-2026-ccg",
    html=page(
        "Local Offer: what you said and what we did (2026)",
        "<p>Published 10 March 2026</p><p>You said you could not find out how to get an autism assessment. We "
        "worked with Dunmere CCG, who commission the assessment pathway, to publish a clear guide.</p><p>You "
        "said the EHC request form was hard to find. We put a link to it on the Local Offer home page.</p>",
        furniture="ba",
    ),
    pos="fb",
    stale=True,
    notes="Fresh Local Offer YSWD (pass) that also names the CCG as a current commissioner (stale).",
)

case(
    "https://www.elmsworth.example.gov.uk/council/budget-2026-you-said-we-did",
    html=page(
        "Budget consultation 2026: you said, we did",
        "<p>You said: protect libraries. We did: no library will close in 2026 to 2027.</p><p>You said: fix the "
        "potholes. We did: an extra £2 million for road repairs.</p><p>Published 2 March 2026</p>",
        furniture="dd",
    ),
    pos="",
    notes="Trap: council budget YSWD.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/local-offer-annual-report",
    html=page(
        "Local Offer annual report",
        "<p>Our Local Offer annual report for 2025 to 2026 was published on 30 April 2026. It sets out the "
        "comments made by families about the Local Offer and our response to each theme.</p><h2>Summary</h2>"
        "<p>Most comments were about finding information on specialist school places, which we now explain on "
        "a new page. Families also asked for information in easy read; we have produced easy read versions of "
        "the ten most visited pages.</p>",
        furniture="ab",
    ),
    pos="fb",
    notes="Annual report summary with comments and responses, published April 2026.",
)

case(
    "https://www.greyhope.example.gov.uk/send/you-said-we-did-archive",
    html=page(
        "You said, we did (archive)",
        "<h2>2022</h2><p>You said the Local Offer needed a search function. We added one.</p><h2>2023</h2><p>"
        "You said the site was hard to read on a phone. We improved the mobile layout.</p><p>This page is no "
        "longer updated.</p>",
        furniture="ab",
    ),
    pos="",
    notes="Old YSWD (2022-2023), nothing within 13 months.",
)

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/co-production-newsletter-autumn-2026",
    html=page(
        "Co-production newsletter: autumn 2026",
        "<p>This term our co-production group met four times. We designed a new leaflet about short breaks and "
        "helped recruit a new SEND service manager.</p><p>Next meeting: 3 December 2026.</p>",
        furniture="ab",
    ),
    pos="",
    notes="Co-production newsletter without Local Offer comments/responses.",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/local-offer-survey-results-and-actions",
    html=page(
        "Local Offer survey 2026: results and actions",
        "<p>Survey carried out: January to February 2026. Report published: 18 March 2026.</p><h2>What families "
        "told us</h2><ol><li>The Local Offer is useful but hard to navigate.</li><li>Information about "
        "preparing for adulthood is thin.</li><li>Parents want to hear about changes.</li></ol><h2>What we are "
        "doing</h2><ol><li>New menu organised by age group (done, May 2026).</li><li>New preparing for "
        "adulthood pages written with young people (due December 2026).</li><li>A 'what's new' box on the "
        "home page (done).</li></ol>",
        furniture="cb",
    ),
    pos="fb",
    notes="Numbered results and actions; dated March 2026.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/you-said-we-did-quarterly",
    html=page(
        "You said, we did: quarterly update",
        "<p>Quarter 2, July to September 2026</p><p>You said: the Local Offer's page about SEND transport did "
        "not explain the appeal process. We did: added a section on how to ask for a review of a transport "
        "decision.</p><p>You said: the Local Offer has no information about respite for teenagers. We did: "
        "added three new short break providers for 13 to 18 year olds.</p>",
        furniture="ab",
    ),
    pos="fb",
    notes="Dated by quarter (July-September 2026); comments and responses about the Local Offer.",
)

# =============================================================================================
# 8. Long "if you disagree" hubs, FAQs and guides that combine several duties
# =============================================================================================

case(
    "https://www.marshgate.example.gov.uk/local-offer/if-you-are-not-happy",
    html=page(
        "If you are not happy: a guide for families",
        "<p>This guide explains the different ways to sort out a problem with your child's SEND support. You "
        "can use more than one of them.</p><h2>1. Talk to the people involved</h2><p>Speak to the SENCO, your "
        "EHC coordinator or the health professional. Many problems are sorted out this way.</p><h2>2. Get "
        "independent advice</h2><p>Marshgate SENDIASS gives free, confidential advice. Phone 01632 960 212 or "
        'visit <a href="https://www.marshgatesendiass.org.uk">marshgatesendiass.org.uk</a>.</p><h2>3. '
        "Disagreement resolution</h2><p>Our disagreement resolution service is run by KIDS, an independent "
        "charity, on 0808 157 0377. It can help with disagreements about SEN provision at school or college, "
        "about how the council is carrying out its duties, and about health or social care during EHC "
        "assessments and reviews. Anyone whose child has SEN can use it; you do not need an EHC plan. It is "
        "voluntary and confidential, and it does not affect your right to appeal.</p><h2>4. Mediation</h2><p>"
        "For decisions about EHC needs assessments and plans, contact the KIDS mediation adviser within two "
        "months of the decision letter. They will give you a certificate so that you can appeal, whether or "
        "not you decide to mediate. If you mediate, it must happen within 30 days.</p><h2>5. Appeal to the "
        "Tribunal</h2><p>Appeal to the First-tier Tribunal (SEND) within two months of the decision or one "
        "month after the mediation certificate. Apply online at GOV.UK.</p><h2>6. Complain</h2><p>Use the "
        "school's complaints procedure for school matters and the council's complaints procedure for our "
        "services; health complaints go to PALS or NHS Marshgate ICB. After that you can go to the Local "
        "Government and Social Care Ombudsman or the Parliamentary and Health Service Ombudsman.</p>",
        furniture="aa",
        updated="9 September 2026",
    ),
    pos="in ind vol all types noeff conf prov contact med iass cmp trib",
    notes="Comprehensive redress guide: every page-level duty met.",
)

case(
    "https://www.northcombe.example.gov.uk/send/redress-faq",
    html=page(
        "Disagreements, mediation, appeals and complaints: FAQs",
        "<h3>Who can help me understand my options?</h3><p>Northcombe SENDIASS: 01632 960 830, "
        "northcombesendiass.example.org.uk.</p><h3>What is disagreement resolution?</h3><p>A facilitated "
        "meeting to help settle disagreements about SEN, such as with your child's school about the support "
        "they give, or with us about how we are meeting our duties. The facilitator comes from Prime "
        "Resolution and is independent of Northcombe Council.</p><h3>Does my child need an EHC plan?</h3><p>"
        "No. It is for all children and young people with SEN.</p><h3>Is what I say private?</h3><p>Yes, "
        "meetings are confidential.</p><h3>How do I ask for it?</h3><p>Ring Prime Resolution on "
        "0121 496 0012.</p><h3>How do I complain about the council?</h3><p>Use the online complaints form; if "
        "we cannot resolve it, contact the Local Government and Social Care Ombudsman. School complaints follow "
        "the school's procedure, and NHS complaints go through PALS and then the Parliamentary and Health "
        "Service Ombudsman.</p>",
        furniture="bb",
        updated="17 July 2026",
    ),
    pos="in ind all types conf prov contact iass cmp",
    notes="FAQ hub: DR with provider/independence/types/all-SEN/confidential; SENDIASS; complaint routes.",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/resolving-disagreements-guide",
    text=(
        "Oakhanger Council\nResolving disagreements about SEND\nA guide for parents, carers and young people\n"
        "Version 3, reviewed April 2026\n\n1. Introduction\nThis guide sets out the disagreement resolution, "
        "mediation, appeal and complaint arrangements in Oakhanger, as required by the SEND Code of "
        "Practice.\n\n2. Disagreement resolution service\nThe disagreement resolution service is provided by "
        "Global Mediation. Global Mediation is not part of the council and its facilitators are independent. "
        "You can use the service if your child has special educational needs, whether or not they have an "
        "EHC plan. Typical disagreements are about the support a school is providing, the council's handling "
        "of an assessment, or health and social care provision in a plan.\nThe service is voluntary. Meetings "
        "are confidential. Not using it will not stop you appealing to the Tribunal.\nTelephone "
        "0808 157 0219. Email oakhanger@globalmediation.example.co.uk.\n\n3. Mediation\nIf you want to appeal "
        "a decision about an EHC needs assessment or plan, contact the Global Mediation mediation adviser "
        "within two months. You will receive a certificate within three working days if you do not want "
        "mediation.\n\n4. Appeals\nYou can appeal to the First-tier Tribunal (Special Educational Needs and "
        "Disability) within two months of the decision letter, or one month from the certificate. Apply online "
        "at GOV.UK.\n\n5. Complaints\nSchools: use the school's complaints procedure. The council: use our "
        "corporate complaints procedure and then the Local Government and Social Care Ombudsman. Health: PALS, "
        "NHS Oakhanger ICB and then the Parliamentary and Health Service Ombudsman.\n\n6. Help and advice\n"
        "Oakhanger SENDIASS: 01632 960 633."
    ),
    pos="in ind vol all types noeff conf prov contact med trib cmp iass",
    notes="Long PDF guide text meeting every page-level duty.",
)

case(
    "https://www.pellow.example.gov.uk/send/disagreements-hub",
    html=page(
        "Disagreements, complaints and appeals",
        "<p>If you disagree with a decision or are unhappy with a service, these are your options.</p><h2>"
        "Disagreement resolution and mediation</h2><p>Pellow Council commissions KIDS to provide an independent "
        "disagreement resolution and SEND mediation service. Mediation and disagreement resolution meetings "
        "are confidential. Contact KIDS on 0808 157 0508.</p><p>The service can help with disagreements with "
        "the council, a school or college, or the Clinical Commissioning Group, about SEN provision and about "
        "health and social care provision during an EHC needs assessment or review.</p><h2>Tribunal</h2><p>"
        "You have the right to appeal to the SEND Tribunal against our decisions on EHC needs assessments and "
        "plans. You must normally get a mediation certificate first and appeal within two months of our "
        "decision. See GOV.UK for the appeal form.</p><h2>Complaints</h2><p>Use the complaints procedure of "
        "the school, council or health service concerned. If you are still unhappy, the Local Government and "
        "Social Care Ombudsman and the Parliamentary and Health Service Ombudsman can investigate.</p>",
        furniture="ab",
        updated="19 February 2026",
    ),
    pos="in ind types conf prov contact trib cmp",
    skip="med",
    stale=True,
    notes="Hub page meeting DR/complaints/appeal duties, but the CCG is named as a current party (stale).",
)

case(
    "https://www.queensmere.example.gov.uk/send/sen-support-disagreements",
    html=page(
        "Disagreements about SEN support in school",
        "<p>Not every child with special educational needs has an EHC plan. Most get SEN support from their "
        "school. If you disagree with the school about that support, the independent disagreement resolution "
        "service can help, even though there is no plan.</p><p>The service is run by Harrowgate Resolution "
        "Services Ltd, which is independent of both the school and the council. It covers disagreements about "
        "the SEN provision your child's school is making, and disagreements with the council about SEN "
        "support funding or how it carries out its duties.</p><p>It is free, voluntary and confidential.</p>"
        "<p>Phone 0113 496 0777 or email referrals@harrowgate-resolution.example.co.uk.</p>",
        furniture="ba",
        updated="11 August 2026",
    ),
    pos="in ind vol all types conf prov contact",
    notes="DR page aimed at SEN support (no EHCP) families; fictional provider.",
)

case(
    "https://www.redcliffevale.example.gov.uk/send/disagreement-resolution-2026",
    html=page(
        "Disagreement resolution in Redcliffe Vale",
        "<p>From April 2026 our disagreement resolution service is provided by Together Trust. Together Trust "
        "is independent of Redcliffe Vale Council and NHS Redcliffe ICB.</p><p>You can ask for disagreement "
        "resolution about:</p><ul><li>the SEN support or provision in a nursery, school or college</li><li>how "
        "the council is carrying out its SEN duties</li><li>health or social care provision during an EHC "
        "needs assessment, the drafting of a plan, a review or a reassessment</li></ul><p>The service is open "
        "to all children and young people with SEN, with or without an EHC plan. Meetings are confidential and "
        "anything said cannot be used in a Tribunal appeal. If you decide not to take part, your right of "
        "appeal is not affected.</p><p>Referrals: 0161 496 0655, redcliffe@togethertrust.example.org.uk</p>",
        furniture="cc",
        updated="25 April 2026",
    ),
    pos="in ind all types noeff conf prov contact",
    notes="Replacement page for the stale Redcliffe Vale DR page: ICB, full DR content, no voluntary wording "
    "beyond 'if you decide not to take part' (treated as voluntary? skipped).",
    skip="vol",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/mediation-dr-appeals-complaints",
    html=page(
        "Mediation, disagreement resolution, appeals and complaints",
        "<p>Saltmarsh uses KIDS for both SEND mediation and disagreement resolution (0808 157 0772). KIDS is an "
        "independent charity.</p><p><strong>Disagreement resolution</strong> is voluntary and open to any "
        "family of a child with SEN.</p><p><strong>Mediation</strong>: contact KIDS within two months of an EHC "
        "decision to get mediation advice and a certificate. Declining mediation does not affect your right to "
        "appeal.</p><p><strong>Appeals</strong>: send your appeal to the First-tier Tribunal (SEND) within two "
        "months of the decision or one month from the certificate. The GOV.UK page 'Appeal to the SEND "
        "tribunal' explains how.</p><p><strong>Complaints</strong>: schools and colleges have their own "
        "procedures; complaints about the council go to our Customer Feedback Team and then the Local "
        "Government and Social Care Ombudsman; NHS complaints go to PALS and then the Parliamentary and Health "
        "Service Ombudsman.</p><p><strong>Advice</strong>: Saltmarsh SENDIASS, 01632 960 250.</p>",
        furniture="ab",
        updated="14 October 2026",
    ),
    pos="in ind vol all noeff prov contact med trib cmp iass",
    notes="Compact all-in-one page; no types list, no confidentiality.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/disagreement-resolution-types",
    html=page(
        "What disagreement resolution can help with",
        "<p>Disagreement resolution meetings can help with many kinds of disagreement, for example:</p><ul><li>"
        "a parent and a school disagree about whether their daughter needs a teaching assistant</li><li>a young "
        "person and their college disagree about the support on their course</li><li>parents disagree with the "
        "council about the way their son's EHC needs assessment is being carried out</li><li>parents disagree "
        "with health or social care about provision while an EHC plan is drafted or reviewed</li></ul><p>It "
        "does not matter whether your child has an EHC plan: the meetings are open to everyone with SEN.</p>"
        '<p>Meetings are confidential and voluntary.</p><p>See our <a href="/send/drs">disagreement '
        "resolution page</a> for how to book.</p>",
        furniture="aa",
    ),
    pos="vol all types conf",
    notes="Descriptive page (types, all-SEN, voluntary, confidential) with no provider, independence or contact "
    "-> drs_in_local_offer 0.",
)

case(
    "https://www.uptonfell.example.gov.uk/send/dr-for-young-people",
    html=page(
        "Disagreement resolution: information for young people",
        "<p>If you are aged 16 to 25 you can ask for disagreement resolution yourself. It is for any young "
        "person with SEN, whether or not you have an EHC plan.</p><p>It can help if you disagree with your "
        "college about your support, or with the council about your EHC plan or how it is looking after your "
        "needs.</p><p>A person from Global Mediation, who does not work for the council, will help everyone "
        "talk. You don't have to do it if you don't want to, and it won't stop you going to the Tribunal.</p>"
        "<p>Text or call Global Mediation on 07700 900 162.</p>",
        furniture="bb",
    ),
    pos="in ind vol all types noeff prov contact",
    notes="Young people's version in plain language.",
)

case(
    "https://www.westerby.example.gov.uk/send/ehc/what-if-i-disagree",
    html=page(
        "What if I disagree with the EHC plan?",
        "<p>First, tell your EHC coordinator what you disagree with. We will try to sort it out.</p><p>If "
        "you still disagree when the plan is finalised, you can appeal to the SEND Tribunal. The decision "
        "letter will tell you how. Before appealing you need to speak to a mediation adviser; the letter "
        "gives their details.</p><p>You can also use independent disagreement resolution at any stage, or "
        "contact Westerby SENDIASS for advice on 01632 960 944.</p>",
        furniture="ab",
        updated="30 June 2026",
    ),
    pos="iass",
    notes="Mentions appeal, mediation adviser and independent DR without explanation or provider -> only "
    "iass passes. 'independent disagreement resolution' alone with no detail: drs_independent skipped.",
    skip="ind",
)

case(
    "https://www.ashdown.example.gov.uk/send/complaints-and-appeals-overview",
    html=page(
        "Complaints and appeals",
        "<h2>Complaints</h2><p>If you are unhappy with a nursery, school or college, follow its complaints "
        "procedure. If you are unhappy with the council, use the complaints form on our website; unresolved "
        "complaints can go to the Local Government and Social Care Ombudsman. For health services, contact "
        "PALS or the ICB complaints team; the Parliamentary and Health Service Ombudsman is the final stage."
        "</p><h2>Appeals</h2><p>You can appeal to the First-tier Tribunal (SEND) about decisions on EHC needs "
        "assessments and plans. You normally need a mediation certificate first. Appeals must be made within "
        "two months of our decision letter. The Tribunal's online service and guidance are on GOV.UK.</p>",
        furniture="aa",
        updated="3 May 2026",
    ),
    pos="cmp trib",
    notes="Complaints + Tribunal summary page.",
)

case(
    "https://www.brackenfield.example.gov.uk/send/send-complaints-health",
    html=page(
        "Complaints about health services",
        "<p>If you are unhappy with an NHS service, such as speech and language therapy, talk to the service "
        "first. You can also contact the Patient Advice and Liaison Service (PALS).</p><p>If you want to make "
        "a formal complaint you can complain to the service provider or to NHS Brackenfield and Fellside ICB. "
        "If you are not happy with the outcome, you can ask the Parliamentary and Health Service Ombudsman to "
        "look at your complaint.</p><p>For complaints about the council's SEND team or social care, use the "
        "council's complaints procedure, and then the Local Government and Social Care Ombudsman.</p>",
        furniture="ab",
        updated="13 January 2026",
    ),
    pos="cmp",
    notes="Health and council complaints routes with both ombudsmen.",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/complaints-the-ccg",
    html=page(
        "How to complain about SEND",
        "<p>School: ask for the school's complaints policy. Council: complete our online complaints form. "
        "Health: contact NHS Carrowmoor CCG's complaints team on 01632 960 499. Ombudsman: if you are still "
        "unhappy, contact the Local Government and Social Care Ombudsman (council) or the Parliamentary and "
        "Health Service Ombudsman (NHS).</p>",
        furniture="ab",
        updated="2 August 2025",
    ),
    pos="cmp",
    stale=True,
    notes="Complaints routes but health complaints sent to the CCG (stale, page dated 2025).",
)

case(
    "https://www.dunmere.example.gov.uk/send/complaints-about-ehc-plans",
    html=page(
        "Complaints about EHC plans",
        "<p>If your child's EHC plan was issued late or the provision in it is not being delivered, you can "
        "complain to the council. Please use the online form or write to the Complaints Manager.</p><p>If you "
        "are not happy with our response, you can ask the Local Government and Social Care Ombudsman to "
        "investigate. The Ombudsman can look at delays and at provision that has not been put in place, but "
        "not at matters you have appealed to the Tribunal.</p>",
        furniture="ab",
    ),
    pos="",
    skip="cmp",
    notes="Council + LGSCO route only for EHC complaints (partial routes) -> complaints_routes skipped.",
)

case(
    "https://www.elmsworth.example.gov.uk/send/tribunal-appeals-guide",
    html=page(
        "A guide to SEND Tribunal appeals",
        "<p>The First-tier Tribunal (Special Educational Needs and Disability) hears appeals from parents and "
        "young people about local authority decisions on EHC needs assessments and plans.</p><h2>Step 1: "
        "mediation advice</h2><p>Unless your appeal is only about the school named, you must contact a "
        "mediation adviser and get a certificate.</p><h2>Step 2: register your appeal</h2><p>Complete the "
        "online appeal form on GOV.UK within two months of the decision, or one month after the certificate. "
        "Include a copy of the decision letter and the certificate.</p><h2>Step 3: the hearing</h2><p>The "
        "Tribunal will set a timetable. Hearings are usually held about 20 weeks after you register. You can "
        "bring a supporter.</p><p>Free help: Elmsworth SENDIASS (01632 960 318) and IPSEA.</p>",
        furniture="bb",
        updated="2 September 2026",
    ),
    pos="trib iass",
    skip="med",
    notes="Step-by-step Tribunal guide.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/ehcp-appeals",
    html=page(
        "Appeals",
        "<p>You have the right to appeal to the SEND Tribunal if we decide not to assess your child, not to "
        "issue a plan, or if you disagree with parts of the plan. Appeal within two months of our letter. Find "
        'out how on GOV.UK: <a href="https://www.gov.uk/send-tribunal">Appeal to the SEND Tribunal</a>.</p>',
        furniture="ab",
    ),
    pos="trib",
    notes="Short but complete Tribunal right-of-appeal statement with how.",
)

case(
    "https://www.greyhope.example.gov.uk/send/sendiass-and-appeals",
    html=page(
        "Help with appeals",
        "<p>Greyhope SENDIASS can help you decide whether to appeal and support you through the process. "
        "Phone 01632 960 655 or email advice@greyhopesendiass.example.org.uk.</p><p>To appeal, you need to "
        "register with the First-tier Tribunal (SEND) within two months of the decision letter, or within one "
        "month of the date on your mediation certificate. Use the form on the GOV.UK website.</p>",
        furniture="ba",
    ),
    pos="iass trib",
    notes="SENDIASS plus appeal how-to.",
)

# =============================================================================================
# 9. More feedback publications (fresh, stale, misdirected)
# =============================================================================================

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/annual-report-2025-26",
    text=(
        "Hollinsbury SEND Local Offer\nAnnual Report 2025/26\nPublished: 12 May 2026\n\nFeedback we received\n"
        "Over the year, 1,340 people used the 'Tell us what you think' form and 86 families came to our "
        "Local Offer roadshows.\n\nTheme 1: finding services\nYou said the directory search returned too many "
        "irrelevant results. In response we added filters for age, need and area.\n\nTheme 2: information for "
        "young people\nYou said there was little written for young people themselves. In response our young "
        "editors wrote twelve new pages.\n\nTheme 3: keeping information current\nYou told us that some "
        "pages still referred to organisations that had closed. In response every page now shows a review date "
        "and is checked every six months."
    ),
    pos="fb",
    notes="Annual report PDF text, published May 2026, themes with responses.",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/you-said-we-did-2024",
    html=page(
        "You said, we did 2024",
        "<p>You said you wanted a Local Offer app. We did: after looking into it we made the website work "
        "better on phones instead.</p><p>You said you wanted information about holiday activities. We did: "
        "added a holiday activities page.</p><p>Published: 10 December 2024</p>",
        furniture="ab",
    ),
    pos="",
    notes="Local Offer YSWD but published December 2024 (more than 13 months old).",
)

case(
    "https://www.lindenfold.example.gov.uk/family-hubs/feedback",
    html=page(
        "Family hubs feedback: what you told us",
        "<p>Updated 1 November 2026</p><p>You told us the Lindenfold Family Hub app was hard to use. We have "
        "updated it. You told us you wanted more SEND drop-in sessions at the hubs. We now run one every "
        "fortnight.</p>",
        furniture="dd",
    ),
    pos="",
    notes="Trap: family hubs feedback (mentions SEND sessions) rather than comments on the Local Offer.",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/feedback-report-2026",
    html=page(
        "Local Offer feedback report 2026",
        "<p>This report covers comments about the Marshgate Local Offer received between 1 November 2025 and "
        "31 October 2026. It was published on 20 November 2026.</p><h2>Comments and responses</h2><ul><li>"
        "Comment: 'The page on EHC needs assessments doesn't say how long it takes.' Response: we have added the "
        "20-week timeline and the six-week decision point.</li><li>Comment: 'I would like to read the Local "
        "Offer in Romanian.' Response: the site now has a translation tool, and we have produced printed "
        "summaries in the five most common community languages.</li><li>Comment: 'There is nothing about "
        "what to do if I disagree.' Response: we wrote a new 'If you are not happy' guide.</li></ul>",
        furniture="ab",
    ),
    pos="fb",
    notes="Very recent report (November 2026) with quoted anonymous comments and responses.",
)

case(
    "https://www.northcombe.example.gov.uk/send/local-offer-feedback-2026",
    html=page(
        "Local Offer feedback 2026",
        "<p>Page reviewed: 4 July 2026</p><p>We received 48 comments this year. Most were positive about the "
        "new design. We are grateful to everyone who took part.</p><p>If you have comments, please use the "
        "feedback form.</p>",
        furniture="ba",
    ),
    pos="",
    notes="Dated but publishes neither the comments nor the response/actions.",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/you-said-we-did",
    html=page(
        "You said, we did",
        "<p>Here are some of the things you have told us about the Oakhanger Local Offer this year, and what we "
        'changed.</p><div class="card"><p class="said">You said: information about transport for post-16 '
        'students was missing.</p><p class="did">We did: we published the post-16 transport policy and a '
        'simple guide to applying.</p></div><div class="card"><p class="said">You said: you did not know '
        'about the SENDIASS service.</p><p class="did">We did: SENDIASS now has a banner on the home page.</p>'
        "</div><p>Published 23 February 2026</p>",
        furniture="aa",
    ),
    pos="fb",
    skip="iass",
    notes="Cards layout YSWD dated Feb 2026. SENDIASS mentioned without contact (iass skipped).",
)

case(
    "https://www.pellow.example.gov.uk/send/area-send-inspection",
    html=page(
        "Area SEND inspection and our action plan",
        "<p>Ofsted and the CQC inspected the Pellow local area partnership in January 2026. You can read the "
        "report and our priority action plan below.</p><p>Inspectors said families told them that "
        "communication was poor. Our plan sets out what we will do about this, including quarterly updates "
        "for parents.</p><p>Published 14 March 2026</p>",
        furniture="ab",
    ),
    pos="",
    notes="Trap: inspection action plan, not comments on the Local Offer with a response.",
)

case(
    "https://www.queensmere.example.gov.uk/send/local-offer-you-said-we-did-2026",
    html=page(
        "Local Offer - you said, we did (2026)",
        "<p>Date: 9 September 2026</p><p><b>You said</b> - the Local Offer should tell families what support "
        "schools are expected to provide without an EHC plan. <b>We did</b> - published our ordinarily "
        "available provision guide.</p><p><b>You said</b> - the information about the Portage service was out "
        "of date. <b>We did</b> - updated it and added a referral form.</p><p><b>You said</b> - please make the "
        "text bigger. <b>We did</b> - added a text size button.</p>",
        furniture="ab",
    ),
    pos="fb",
    notes="YSWD dated September 2026.",
)

case(
    "https://www.redcliffevale.example.gov.uk/send/you-said-we-did-no-date",
    text=(
        "Redcliffe Vale Local Offer\nYou Said We Did\n\nYou said: the website was hard to find on the "
        "council site.\nWe did: added a direct link from the council home page.\n\nYou said: the SEND "
        "transport page was confusing.\nWe did: rewrote it with parents."
    ),
    pos="",
    notes="PDF YSWD about the Local Offer without any date.",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/annual-report-2025",
    html=page(
        "Saltmarsh Local Offer annual report 2025",
        "<p>We publish this report every year so that families can see what they told us about the Local Offer "
        "and what we did as a result. This edition was published in December 2025.</p><p>What we heard: "
        "families wanted more information on mental health support in schools, and easier access to the "
        "short breaks application.</p><p>What we did: we added a mental health and wellbeing section and an "
        "online short breaks form.</p>",
        furniture="ab",
    ),
    pos="fb",
    notes="Annual report published December 2025.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/you-said-we-did-send-services-2026",
    html=page(
        "You said, we did: SEND services",
        "<p>Updated 3 October 2026</p><p>You said: EHC plans take too long. We did: recruited four extra EHC "
        "coordinators.</p><p>You said: annual reviews are not always held on time. We did: introduced a new "
        "tracking system.</p>",
        furniture="ab",
    ),
    pos="",
    notes="YSWD about SEND services performance, not the Local Offer itself (duties.md: only comments on the "
    "Local Offer count).",
)

case(
    "https://www.uptonfell.example.gov.uk/send/local-offer-feedback-2025-ccg",
    html=page(
        "What you told us about the Local Offer (2025)",
        "<p>Published: 6 January 2025</p><p>You said you wanted information about the CCG's autism pathway. We "
        "added a page about it. You said the directory was out of date. We reviewed every entry.</p>",
        furniture="ab",
    ),
    pos="",
    stale=True,
    notes="Old (Jan 2025) Local Offer YSWD that also names the CCG as current in 2025 (stale).",
)

# =============================================================================================
# 10. Directory listings (service entries with contact blocks)
# =============================================================================================

case(
    "https://fis.ashdown.example.gov.uk/kb5/ashdown/directory/service.page?id=Gm1Med7ia",
    html=page(
        "Global Mediation - SEND Mediation and Disagreement Resolution",
        '<div class="service-description"><p>Global Mediation is the independent provider of SEND mediation, '
        "mediation advice and disagreement resolution for Ashdown Council.</p><p>Mediation advice: if you are "
        "considering an appeal about an EHC decision, call us within two months of the decision letter and we "
        "will issue your mediation certificate.</p><p>Disagreement resolution: for families of any child or "
        "young person with SEN, with or without an EHC plan. Voluntary and confidential.</p></div>"
        '<div class="contact-block"><h2>Who to contact</h2><p>Telephone: 0808 157 0142</p><p>E-mail: '
        "send@globalmediation.example.co.uk</p><p>Website: www.globalmediation.example.co.uk</p></div>"
        '<div class="where"><h2>Where to go</h2><p>Meetings held at venues across Ashdown or online.</p></div>',
        furniture="cc",
        updated="5 March 2026",
    ),
    pos="in ind vol all conf prov contact med",
    notes="Directory entry for the commissioned provider.",
)

case(
    "https://fis.brackenfield.example.gov.uk/kb5/brackenfield/directory/service.page?id=FamMed01",
    html=page(
        "Brackenfield Family Mediation Service",
        '<div class="service-description"><p>We help separating couples reach agreement on arrangements for '
        "children, property and finances. We are accredited by the Family Mediation Council and can carry out "
        'MIAMs. Our service is independent, voluntary and confidential.</p></div><div class="contact-block">'
        "<h2>Who to contact</h2><p>Telephone: 01632 960 333</p><p>E-mail: info@brackenfieldfms.example.org</p>"
        "</div>",
        furniture="cc",
    ),
    pos="",
    notes="Trap: directory entry for family mediation with independent/voluntary/confidential wording.",
)

case(
    "https://fis.carrowmoor.example.gov.uk/kb5/carrowmoor/directory/service.page?id=IASS77",
    html=page(
        "Carrowmoor SENDIASS",
        '<div class="service-description"><p>Free, impartial, confidential information, advice and support '
        "about special educational needs and disability for children, young people and parents. We are "
        'separate from the council\'s SEN team.</p></div><div class="contact-block"><h2>Who to contact</h2>'
        "<p>Contact position: SENDIASS Manager</p><p>Telephone: 01632 960 401</p><p>E-mail: "
        "sendiass@carrowmoor.example.gov.uk</p></div>",
        furniture="cc",
    ),
    pos="iass",
    notes="Directory entry for SENDIASS.",
)

case(
    "https://fis.dunmere.example.gov.uk/kb5/dunmere/directory/service.page?id=Nbr5Med",
    html=page(
        "Dunmere Neighbourhood Mediation",
        '<div class="service-description"><p>Free, independent mediation for neighbour disputes: noise, '
        "parking, boundaries, pets. Run by volunteers trained in community mediation.</p></div><div "
        'class="contact-block"><p>Telephone: 01632 960 444</p></div>',
        furniture="cc",
    ),
    pos="",
    notes="Trap: neighbour/community mediation directory entry.",
)

case(
    "https://fis.elmsworth.example.gov.uk/kb5/elmsworth/directory/service.page?id=TgtTr5t",
    html=page(
        "Together Trust SEND Disagreement Resolution and Mediation Services",
        '<div class="service-description"><p>Together Trust provides SEND mediation and disagreement '
        "resolution to families in Elmsworth on behalf of the local authority. We are a charity, independent "
        "of Elmsworth Council.</p><p>We can help with disagreements between families and schools, colleges, "
        "the local authority, and health and social care services about SEN provision.</p></div><div "
        'class="contact-block"><h2>Contact</h2><p>Tel: 0161 496 0538</p></div><div class="eligibility"><h2>'
        "Eligibility</h2><p>Families living in Elmsworth with a child or young person with SEN.</p></div>",
        furniture="cc",
        updated="17 October 2026",
    ),
    pos="in ind types prov contact",
    skip="all",
    notes="Directory entry; eligibility 'with a child with SEN' implies all SEN but does not say it expressly "
    "(skipped).",
)

case(
    "https://fis.fenwickvale.example.gov.uk/kb5/fenwickvale/directory/service.page?id=SpeechLT",
    html=page(
        "Children's Speech and Language Therapy",
        '<div class="service-description"><p>Assessment and therapy for children with speech, language and '
        "communication needs. The service is commissioned by Fenwick Vale CCG and provided by Fenwick Vale "
        'Community Health.</p></div><div class="contact-block"><p>Telephone: 01632 960 555</p></div>',
        furniture="cc",
        updated="8 June 2025",
    ),
    pos="",
    stale=True,
    notes="Directory entry naming the CCG as current commissioner (2025).",
)

case(
    "https://fis.greyhope.example.gov.uk/kb5/greyhope/directory/service.page?id=PCF42",
    html=page(
        "Greyhope Parent Carer Forum",
        '<div class="service-description"><p>An independent group of parents and carers of children with SEND. '
        "We work with the council, the ICB and schools to improve services. We are not a complaints service "
        "and cannot give individual advice; for that, contact Greyhope SENDIASS on 01632 960 655.</p></div>"
        '<div class="contact-block"><p>E-mail: hello@greyhopepcf.example.org.uk</p></div>',
        furniture="cc",
    ),
    pos="iass",
    notes="Parent Carer Forum entry that signposts SENDIASS with a phone number; 'independent' describes the forum.",
)

case(
    "https://fis.hollinsbury.example.gov.uk/kb5/hollinsbury/directory/service.page?id=Kids9",
    html=page(
        "KIDS SEND Mediation Service",
        '<div class="service-description"><p>KIDS offers mediation for families in Hollinsbury who disagree '
        "with a decision about an EHC needs assessment or plan. Our mediators are independent of the council. "
        "Call for mediation advice and a certificate. You must get in touch within two months of the "
        'decision.</p></div><div class="contact-block"><p>Tel: 0113 496 0210</p><p>E-mail: '
        "hollinsbury@kids.example.org.uk</p></div>",
        furniture="cc",
    ),
    pos="ind prov contact med",
    notes="Directory entry for mediation service (no DR term).",
)

# =============================================================================================
# 11. Code of Practice quotations, unrelated Local Offer pages, menus, and more mixed cases
# =============================================================================================

case(
    "https://www.kestrelbay.example.gov.uk/send/what-the-code-says-about-disagreements",
    html=page(
        "What the SEND Code of Practice says about disagreements",
        "<p>The Code of Practice sets out how disagreement resolution should work. We have summarised the key "
        "paragraphs below.</p><blockquote><p>Local authorities must provide disagreement resolution services "
        "that are independent of them. Using the services is voluntary and needs everyone involved to agree. "
        "Families can use them whether or not their child has an EHC plan. The meetings are confidential and "
        "do not affect the right to appeal to the Tribunal.</p><cite>Summary of SEND Code of Practice "
        "paragraphs 11.6 to 11.10</cite></blockquote><p>In Kestrel Bay the service is provided by Global "
        "Mediation (020 7946 0331).</p>",
        furniture="aa",
        updated="10 October 2026",
    ),
    pos="in vol all noeff conf prov contact",
    skip="ind",
    notes="Code paraphrase in a blockquote plus the local provider and contact: the page states the features "
    "(quoted Code is the council's own statement of how DR works). Independence only as the Code's "
    "requirement -> skipped.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/code-of-practice-mediation-quote",
    html=page(
        "Mediation: the legal framework",
        "<blockquote><p>Where a parent or young person intends to appeal to the Tribunal about an EHC plan "
        "decision, they must first contact an independent mediation adviser, who will explain mediation and "
        "issue a certificate. Mediation involving health should include the CCG.</p><cite>Adapted from the SEND "
        "Code of Practice, chapter 11</cite></blockquote><p>Our mediation adviser is Together Trust: "
        "0161 496 0538. Health mediation now involves NHS Lindenfold ICB.</p>",
        furniture="ab",
    ),
    pos="prov contact med",
    skip="ind",
    notes="CCG only inside a Code quotation, ICB named as current -> not stale.",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/request-an-ehc-needs-assessment",
    html=page(
        "Requesting an EHC needs assessment",
        "<p>Parents, young people aged 16 to 25, and schools can ask the council to carry out an education, "
        "health and care needs assessment. We will tell you within six weeks whether we will carry one out.</p>"
        "<p>Download the request form or apply online. If we decide not to assess, our letter will explain "
        "your options, including mediation and appeal.</p>",
        furniture="aa",
        updated="2 June 2026",
    ),
    pos="",
    notes="EHC request page; mediation/appeal only mentioned.",
)

case(
    "https://www.northcombe.example.gov.uk/send/home-to-school-transport",
    html=page(
        "Home to school transport",
        "<p>Children with SEND may be eligible for free travel assistance. Apply online. If you disagree with "
        "our decision you can ask for a stage one review within 20 working days, and then a stage two appeal "
        "heard by an independent panel of councillors.</p><p>After stage two you can complain to the Local "
        "Government and Social Care Ombudsman.</p>",
        furniture="ab",
    ),
    pos="",
    notes="Trap: transport appeal (not SEND Tribunal); ombudsman route only for transport.",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/index",
    html=(
        "<!DOCTYPE html><html><head><title>Oakhanger Local Offer</title></head><body>"
        '<header><nav><ul><li><a href="/localoffer/disagreement-resolution">Disagreement resolution (run by '
        'Global Mediation)</a></li><li><a href="/localoffer/mediation">SEND mediation</a></li><li><a href="'
        '/localoffer/tribunal">Appeal to the SEND Tribunal</a></li><li><a href="/localoffer/complaints">'
        'Complaints</a></li><li><a href="/localoffer/sendiass">Oakhanger SENDIASS</a></li><li><a href="'
        '/localoffer/ysw">You said, we did 2026</a></li></ul></nav></header><main><h1>Welcome to the '
        "Oakhanger Local Offer</h1><p>Find services, support and activities for children and young people with "
        "SEND aged 0 to 25.</p><p>Search the directory or browse by age group.</p></main><footer><p>Oakhanger "
        'Council, Civic Centre. Independent, voluntary and confidential disagreement resolution: <a href="'
        '/localoffer/disagreement-resolution">find out more</a>.</p></footer></body></html>'
    ),
    pos="",
    notes="All DR, mediation, Tribunal, complaints, SENDIASS and feedback words are in the header menu or "
    "footer only -> not evidence.",
)

case(
    "https://www.pellow.example.gov.uk/send/preparing-for-adulthood",
    html=page(
        "Preparing for adulthood",
        "<p>From Year 9, annual reviews for young people with EHC plans should focus on preparing for "
        "adulthood: employment, independent living, friends and community, and good health.</p><p>Young "
        "people can get independent travel training and supported internships. Talk to your EHC coordinator "
        "about the options.</p>",
        furniture="ac",
    ),
    pos="",
    notes="Unrelated page using 'independent' (living, travel) - no redress content.",
)

case(
    "https://www.queensmere.example.gov.uk/send/health-mediation-ccg",
    html=page(
        "Mediation about health provision",
        "<p>If you disagree with the health provision in your child's EHC plan, you can ask for mediation. "
        "Queensmere CCG will arrange mediation within 30 days if your disagreement is only about health. You "
        "must still contact the mediation adviser within two months of the decision letter to get a "
        "certificate.</p><p>Mediation advice: Harbourside Mediation CIC, 01632 960 552. Harbourside is "
        "independent of the council and the NHS.</p>",
        furniture="ab",
        updated="18 March 2026",
    ),
    pos="ind prov contact med",
    stale=True,
    notes="Health mediation with the CCG as the current arranging body (stale).",
)

case(
    "https://www.redcliffevale.example.gov.uk/send/short-page-mediation-certificate",
    html=page(
        "Mediation certificate",
        "<p>You need a certificate from a mediation adviser to appeal. Ask for one within two months of our "
        "decision. If you don't want mediation, the adviser will still give you a certificate and you can "
        "appeal straight away.</p>",
        furniture="ad",
    ),
    pos="med noeff",
    notes="Short mediation page: certificate, time limit, declining mediation does not stop an appeal.",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/send-support-in-schools",
    html=page(
        "SEN support in schools",
        "<p>Most children with SEN have their needs met through SEN support. Schools use a graduated approach: "
        "assess, plan, do, review.</p><p>If you are worried about your child's progress, speak to the SENCO. "
        "If you are not happy with the school's response, you can use the school's complaints procedure or "
        "contact Saltmarsh SENDIASS for impartial advice on 01632 960 250.</p>",
        furniture="aa",
    ),
    pos="iass",
    skip="cmp",
    notes="SEN support page; only the school complaints route (partial) -> complaints skipped.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/drs-ccg",
    html=page(
        "Independent disagreement resolution service",
        "<p>Thornbury Edge Council and Thornbury Edge CCG jointly commission Together Trust to provide "
        "independent disagreement resolution for families of children with SEN.</p><p>It can help resolve "
        "disagreements with schools about SEN provision, with the council about its SEN duties, and with the "
        "CCG about health provision in EHC plans. The service is confidential and free.</p><p>Call "
        "0161 496 0991.</p>",
        furniture="aa",
        updated="4 April 2025",
    ),
    pos="in ind types conf prov contact",
    stale=True,
    notes="Full DR page with the CCG as a current co-commissioner (stale).",
)

case(
    "https://www.uptonfell.example.gov.uk/send/complaints-procedure-leaflet",
    text=(
        "How to make a complaint about SEND in Upton Fell\n\nEducation settings\nSpeak to the SENCO or "
        "headteacher, then use the setting's complaints procedure. If a maintained school or academy has not "
        "handled your complaint properly, contact the Department for Education.\n\nThe council\nOnline: "
        "uptonfell.example.gov.uk/complaints. Phone: 01632 960 100. We respond to stage 1 complaints within "
        "10 working days.\n\nHealth\nContact PALS or the NHS provider. You can also complain to NHS Upton Fell "
        "ICB.\n\nIf you are still unhappy\nLocal Government and Social Care Ombudsman (council, social care)\n"
        "Parliamentary and Health Service Ombudsman (NHS)\n\nReviewed July 2026"
    ),
    pos="cmp",
    notes="Complaints leaflet text with all routes.",
)

case(
    "https://www.westerby.example.gov.uk/send/complaints-social-care",
    html=page(
        "Complaints about children's social care",
        "<p>Complaints about children's social care services for disabled children follow the statutory "
        "three-stage procedure: local resolution, an independent investigation, and a review panel.</p><p>"
        "If you are still unhappy after stage three, you can contact the Local Government and Social Care "
        "Ombudsman. For complaints about schools, use the school's procedure; for NHS services, contact PALS "
        "and then the Parliamentary and Health Service Ombudsman.</p>",
        furniture="ab",
        updated="22 May 2026",
    ),
    pos="cmp",
    notes="Social care three-stage procedure plus other routes; 'independent investigation' is not DR.",
)

case(
    "https://www.ashdown.example.gov.uk/send/sendiass-mediation-support",
    html=page(
        "Support with mediation and appeals from SENDIASS",
        "<p>Ashdown SENDIASS can help you understand the mediation process, go with you to mediation meetings, "
        "and help you fill in the Tribunal appeal form.</p><p>SENDIASS is free and confidential. Call "
        "01632 960 118 or email hello@ashdownsendiass.org.uk.</p>",
        furniture="aa",
    ),
    pos="iass",
    notes="SENDIASS support; confidentiality belongs to the IASS, not mediation.",
)

case(
    "https://www.brackenfield.example.gov.uk/send/mediation-health-social-care-icb",
    html=page(
        "Mediation: health and social care elements",
        "<p>You can ask for mediation about health and social care in an EHC plan. Tell the mediation adviser "
        "(KIDS, 0808 157 0391) within two months of the decision. If health is involved, we will tell NHS "
        "Brackenfield and Fellside ICB within three working days and they will attend.</p><p>KIDS mediators are "
        "independent, and mediation is confidential. Whether you go to mediation is your decision.</p>",
        furniture="aa",
        updated="29 July 2026",
    ),
    pos="ind vol conf prov contact med",
    notes="Mediation page on health and social care; ICB; voluntary/confidential/independent mediation.",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/disagreement-resolution-full",
    html=page(
        "Disagreement resolution",
        "<p>Carrowmoor Council must offer families an independent way of resolving disagreements. Our "
        "disagreement resolution service is provided by Community Accord, who are not employed by the council.</p>"
        "<h2>Who can use it?</h2><p>Any parent or young person where the young person has SEN. It is not "
        "restricted to children with an EHC plan.</p><h2>What can it help with?</h2><p>Disagreements with early "
        "years settings, schools or colleges about SEN provision; disagreements with the council about how it "
        "is carrying out its duties; and disagreements about health and social care provision during an EHC "
        "needs assessment or review.</p><h2>Your rights</h2><p>Taking part is voluntary. What is said is "
        "confidential. Disagreement resolution does not replace or affect your right to appeal to the "
        "Tribunal, and you do not have to use it before appealing.</p><h2>Contact</h2><p>Community Accord: "
        "01632 960 818, send@communityaccord.example.com</p>",
        furniture="ba",
        updated="7 November 2026",
    ),
    pos="in ind vol all types noeff conf prov contact",
    notes="Complete DR page with headings.",
)

case(
    "https://www.dunmere.example.gov.uk/send/drs-only-ehcp-waiting",
    html=page(
        "Disagreement resolution while you wait for an EHC plan",
        "<p>While your child is being assessed for an EHC plan, you can use our disagreement resolution "
        "service, run by Prime Resolution (0121 496 0877), if you disagree with us about how the assessment is "
        "going. Prime Resolution is independent of the council.</p><p>The service is for families whose child "
        "is going through an EHC needs assessment.</p>",
        furniture="ab",
    ),
    pos="in ind prov contact",
    notes="Restricts DR to families in EHC assessment -> all_sen 0; types only one -> 0.",
)

case(
    "https://www.elmsworth.example.gov.uk/send/dr-what-happens-at-a-meeting",
    html=page(
        "What happens at a disagreement resolution meeting?",
        "<p>The facilitator will contact everyone before the meeting to understand the issues. On the day, "
        "each person has time to explain their view. The facilitator does not take sides or make decisions. "
        "If you reach an agreement, the facilitator will write it down so everyone has a copy.</p><p>The "
        "meeting is confidential: what is said cannot be shared with the Tribunal without everyone's "
        "agreement. You can leave at any point, as taking part is voluntary.</p>",
        furniture="aa",
    ),
    pos="vol conf",
    notes="Process page: confidential and voluntary stated for DR meetings; no provider/contact.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/sendiass-leaflet",
    text=(
        "Fenwick Vale SENDIASS\nInformation, Advice and Support for SEND\n\nWe are a free, confidential and "
        "impartial service for parents, carers, children and young people.\nWe can help you:\n- understand "
        "SEN support and EHC plans\n- prepare for meetings\n- understand your options if you disagree, "
        "including disagreement resolution, mediation and appeals\n\nContact us\nPhone: 01632 960 566\nEmail: "
        "sendiass@fenwickvale.example.org.uk"
    ),
    pos="iass",
    notes="SENDIASS leaflet text; DR only listed as a topic.",
)

# =============================================================================================
# 12. Final mixed set: appeals, complaints, feedback, CCG and scope wording
# =============================================================================================

case(
    "https://www.greyhope.example.gov.uk/send/appeals-and-complaints-leaflet",
    text=(
        "Greyhope SEND: appeals and complaints\nLast reviewed: August 2026\n\nAppeals\nIf you disagree with a "
        "decision about an EHC needs assessment or plan, you can appeal to the First-tier Tribunal (Special "
        "Educational Needs and Disability). Register the appeal within two months of the decision letter, or "
        "one month after receiving a mediation certificate. Forms and guidance: www.gov.uk/send-tribunal.\n\n"
        "Complaints\nAbout a school: follow the school's complaints procedure, then contact the Department "
        "for Education.\nAbout the council: use our complaints procedure, then the Local Government and "
        "Social Care Ombudsman.\nAbout the NHS: contact PALS or the ICB, then the Parliamentary and Health "
        "Service Ombudsman."
    ),
    pos="trib cmp",
    notes="Leaflet text: appeal how-to and all complaint routes.",
)

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/tribunal-appeals",
    html=page(
        "Appealing to the First-tier Tribunal",
        "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) if you "
        "disagree with our decisions about EHC needs assessments or plans. The Tribunal is independent of the "
        "council.</p><p>To appeal, you will usually need a mediation certificate. Then send your appeal to "
        "the Tribunal within two months of our decision letter or within one month of the certificate. You "
        "can appeal online; see 'Appeal to the SEND Tribunal' on GOV.UK.</p><p>The Tribunal can also make "
        "recommendations about health and social care. NHS Hollinsbury CCG will respond to any "
        "recommendations within five weeks.</p>",
        furniture="aa",
        updated="11 February 2026",
    ),
    pos="trib",
    stale=True,
    notes="Good appeal page; 'independent' describes the Tribunal; CCG as the current responding body (stale).",
)

case(
    "https://www.kestrelbay.example.gov.uk/send/appeals-faq",
    html=page(
        "Appeals: frequently asked questions",
        "<h3>What can I appeal about?</h3><p>A refusal to assess, a refusal to issue a plan, the content of a "
        "plan, or a decision to end a plan.</p><h3>Who hears the appeal?</h3><p>The SEND Tribunal.</p><h3>"
        "How long do I have?</h3><p>Two months from the date of our decision letter, or one month from your "
        "mediation certificate if later.</p><h3>How do I appeal?</h3><p>Online through GOV.UK, or by post "
        "using form SEND35.</p><h3>Can I still appeal if I don't want mediation?</h3><p>Yes. You only need to "
        "speak to the mediation adviser to get a certificate; you do not have to go to mediation.</p>",
        furniture="ba",
    ),
    pos="trib noeff vol",
    skip="med",
    notes="Appeals FAQ: 'Can I still appeal if I don't want mediation? Yes' = no effect; mediation not "
    "compulsory = voluntary.",
)

case(
    "https://www.lindenfold.example.gov.uk/send/local-offer-feedback-2025-26",
    html=page(
        "Comments on the Local Offer and our response, 2025 to 2026",
        "<p>Published on 1 July 2026.</p><p>Between July 2025 and June 2026 we received comments through the "
        "website, our Local Offer drop-ins and the Youth SEND Council.</p><table><tr><th>What you said</th>"
        "<th>What we did</th></tr><tr><td>There is no information about SEND in the early years.</td><td>New "
        "early years section.</td></tr><tr><td>The Local Offer is not available in print.</td><td>Printed "
        "summaries now available in libraries and family hubs.</td></tr></table>",
        furniture="ab",
    ),
    pos="fb",
    notes="Fresh reg 56 publication (July 2026).",
)

case(
    "https://www.marshgate.example.gov.uk/local-offer/impartial-mediation-officer",
    html=page(
        "Mediation with the SEND team",
        "<p>Our SEND Mediation Officer is impartial and can arrange an informal mediation meeting between you "
        "and your child's school. The officer is part of the council's Inclusion Service but has no "
        "involvement in EHC decisions.</p><p>Contact the Mediation Officer on 01632 960 151.</p>",
        furniture="ba",
    ),
    pos="",
    notes="Trap: council 'mediation officer' described as impartial; not independent, not SEND mediation of "
    "EHC decisions.",
)

case(
    "https://www.northcombe.example.gov.uk/send/complaints-and-feedback",
    html=page(
        "Complaints and feedback",
        "<p>We welcome compliments, comments and complaints about our SEND services.</p><h2>Making a complaint"
        "</h2><p>Stage 1: we will respond within 10 working days. Stage 2: a senior manager will review your "
        "complaint within 20 working days. If you remain unhappy, you can contact the Local Government and "
        "Social Care Ombudsman.</p><h2>Schools and health</h2><p>Complaints about schools should go to the "
        "school. Complaints about NHS services should go to PALS or NHS Northcombe ICB and then to the "
        "Parliamentary and Health Service Ombudsman.</p>",
        furniture="ab",
        updated="9 October 2026",
    ),
    pos="cmp",
    notes="Staged council complaints plus schools, health, ombudsmen.",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/dr-all-children",
    html=page(
        "Disagreement resolution is for everyone",
        "<p>You don't need an EHC plan to use Oakhanger's disagreement resolution service. It is for every "
        "child and young person with special educational needs, including those on SEN support and those "
        "who have not been assessed.</p><p>The service is independent of the council and run by Global "
        "Mediation. Call 0808 157 0219.</p>",
        furniture="ab",
    ),
    pos="in ind all prov contact",
    notes="All-SEN emphasis with provider, independence and contact.",
)

case(
    "https://www.pellow.example.gov.uk/send/you-said-we-did-local-offer-autumn-2026",
    html=page(
        "You said, we did - autumn 2026",
        "<p>Updated: 4 November 2026</p><ul><li>You said the Local Offer's list of specialist schools "
        "didn't include independent special schools. We added them with information about how places are "
        "agreed.</li><li>You said you couldn't find the SEND mediation information. We added it to the 'If "
        "you disagree' menu.</li></ul>",
        furniture="ab",
    ),
    pos="fb",
    notes="Recent YSWD (November 2026); 'independent special schools' is not DR independence.",
)

case(
    "https://www.queensmere.example.gov.uk/send/drs-ehc-assessment-health",
    html=page(
        "Disagreement resolution and health",
        "<p>The independent disagreement resolution service can help when families disagree with NHS "
        "Queensmere ICB or the council about health or social care provision during an EHC needs assessment, "
        "while an EHC plan is being drawn up, or at an annual review. It can also help where the council and "
        "the ICB disagree with each other.</p><p>The service is run by Harrowgate Resolution Services Ltd "
        "(0113 496 0777), which is not part of the council or the NHS.</p>",
        furniture="ba",
        updated="6 August 2026",
    ),
    pos="in ind types prov contact",
    notes="DR types about health/social care and LA-ICB disagreements; ICB current.",
)

case(
    "https://www.redcliffevale.example.gov.uk/send/complaints-hub",
    html=page(
        "Unhappy with a service?",
        "<p>Here is who to contact.</p><table><tr><th>Unhappy with</th><th>First step</th><th>If still unhappy"
        "</th></tr><tr><td>A school or academy</td><td>The school's complaints procedure</td><td>Department "
        "for Education</td></tr><tr><td>A nursery or childminder</td><td>The provider's complaints "
        "procedure</td><td>Ofsted</td></tr><tr><td>The council's SEND service</td><td>Our online complaints "
        "form</td><td>Local Government and Social Care Ombudsman</td></tr><tr><td>An NHS service</td><td>PALS"
        "</td><td>Parliamentary and Health Service Ombudsman</td></tr></table>",
        furniture="ab",
        updated="24 June 2026",
    ),
    pos="cmp",
    notes="Complaints routes in a table.",
)

case(
    "https://www.saltmarsh.example.gov.uk/localoffer/ccg-continuing-care-complaints",
    html=page(
        "Complaints about continuing care decisions",
        "<p>If you disagree with a continuing care decision, you can ask Saltmarsh Clinical Commissioning Group "
        "to review it. Write to the CCG's continuing care team within 28 days.</p>",
        furniture="ab",
    ),
    pos="",
    stale=True,
    notes="Single health route naming the CCG as current (stale); not a complaints routes page.",
)

case(
    "https://www.thornburyedge.example.gov.uk/send/local-offer-annual-report-2022",
    html=page(
        "Local Offer annual report 2021 to 2022",
        "<p>Published June 2022.</p><p>You told us the Local Offer needed information about the CCG's "
        "therapy services. We worked with Thornbury Edge CCG to add it.</p>",
        furniture="ab",
    ),
    pos="",
    notes="Old report (2022) published before July 2022: CCG historical (not stale); too old for feedback.",
)

case(
    "https://www.uptonfell.example.gov.uk/send/dr-confidential-without-prejudice",
    html=page(
        "Is disagreement resolution confidential?",
        "<p>Yes. Disagreement resolution meetings in Upton Fell are held on a without prejudice basis. This "
        "means nothing said in the meeting can be referred to later if the matter goes to the Tribunal. The "
        "facilitator from Global Mediation will explain this at the start.</p><p>Global Mediation is "
        "independent of the council. Call them on 0808 157 0610.</p>",
        furniture="bb",
    ),
    pos="in ind conf prov contact",
    notes="Confidentiality / without-prejudice focus.",
)

case(
    "https://www.westerby.example.gov.uk/send/early-years-send",
    html=page(
        "SEND in the early years",
        "<p>Nurseries, pre-schools and childminders must support children with SEN. Each setting has a SENCO. "
        "If you are worried, speak to the setting's SENCO or your health visitor.</p><p>Early years settings "
        "are inspected by Ofsted.</p>",
        furniture="ac",
    ),
    pos="",
    notes="Unrelated early years page; Ofsted mentioned only as inspector.",
)

case(
    "https://www.ashdown.example.gov.uk/send/tribunal-single-route-2026",
    html=page(
        "Extended appeals to the SEND Tribunal",
        "<p>Since September 2021 the Tribunal has been able to make recommendations about health and social "
        "care as part of an appeal that includes education. The ICB and the council's social care team must "
        "respond.</p><p>To appeal, get a mediation certificate, then apply to the First-tier Tribunal (SEND) "
        "within the deadline shown in your decision letter (normally two months). Apply online at GOV.UK. "
        "Ashdown SENDIASS can help: 01632 960 118.</p>",
        furniture="aa",
        updated="13 April 2026",
    ),
    pos="trib iass",
    notes="Current extended-appeals wording with how to appeal.",
)

case(
    "https://www.brackenfield.example.gov.uk/send/mediation-free-and-supporters",
    html=page(
        "SEND mediation: what to expect",
        "<p>Mediation is free. You can bring a friend, relative or SENDIASS worker with you. Your child's views "
        "should be part of the discussion.</p><p>The council must attend and send someone who can agree "
        "changes. If you reach agreement, we must act on it within the time limits set out in law.</p>",
        furniture="ab",
    ),
    pos="",
    skip="med iass",
    notes="Mediation practicalities without the adviser/certificate/time-limit framework -> mediation_info "
    "skipped (partial); SENDIASS named only in passing (skipped).",
)

case(
    "https://www.carrowmoor.example.gov.uk/localoffer/you-said-we-did-2026-local-offer",
    text=(
        "Carrowmoor Local Offer\nYou said, we did\nSummer 2026 edition (published 30 July 2026)\n\nYou said: "
        "the Local Offer didn't explain what mediation was.\nWe did: wrote a plain-English mediation guide.\n\n"
        "You said: it was hard to find youth clubs for disabled young people.\nWe did: added an inclusive "
        "activities map.\n\nYou said: please tell us when pages change.\nWe did: every page now shows when it "
        "was last reviewed."
    ),
    pos="fb",
    notes="PDF YSWD, summer 2026.",
)

case(
    "https://www.dunmere.example.gov.uk/send/disagreements-not-only-ehcp",
    html=page(
        "Disagreement resolution - who it is for",
        "<p>Disagreement resolution is not just for children with EHC plans. Parents of any child with SEN, "
        "and young people with SEN, can use it. It can help with disagreements about the SEN provision a "
        "school or college makes, and about how the council carries out its SEN duties.</p><p>Dunmere's "
        "service is provided independently by Prime Resolution: 0121 496 0877. Meetings are voluntary.</p>",
        furniture="aa",
        updated="19 September 2026",
    ),
    pos="in ind vol all types prov contact",
    notes="All-SEN scope, two types, provider ('provided independently'), contact.",
)

case(
    "https://www.elmsworth.example.gov.uk/send/health-services-icb-ccg-mix",
    html=page(
        "Who commissions health services?",
        "<p>Most children's community health services are commissioned by NHS Elmsworth and Coast ICB. Some "
        "older documents on this site still refer to Elmsworth CCG, which was replaced by the ICB in July "
        "2022.</p>",
        furniture="aa",
    ),
    pos="",
    notes="Explains CCG replacement; not stale.",
)

case(
    "https://www.fenwickvale.example.gov.uk/children/send/you-said-we-did-undated-pdf",
    text=(
        "Fenwick Vale SEND Local Offer\nYou said, we did\n\nYou said: we want to know more about personal "
        "budgets.\nWe did: added a personal budgets page.\n\nYou said: the Local Offer needs to be easier to "
        "read.\nWe did: introduced easy read summaries."
    ),
    pos="",
    notes="Undated YSWD document.",
)

case(
    "https://www.greyhope.example.gov.uk/send/ccg-designated-medical-officer",
    html=page(
        "Designated Medical Officer",
        "<p>Greyhope's Designated Medical Officer (DMO) is employed by Greyhope CCG and supports the council "
        "with EHC needs assessments. Contact the DMO through the CCG switchboard on 01632 960 677.</p>",
        furniture="ab",
        updated="1 March 2026",
    ),
    pos="",
    stale=True,
    notes="DMO employed by the CCG, presented as current (stale).",
)

case(
    "https://www.hollinsbury.example.gov.uk/local-offer/disagreement-resolution-kids",
    html=page(
        "Disagreement resolution",
        "<p>KIDS provides Hollinsbury's disagreement resolution service. The KIDS facilitator is independent and "
        "will help you and the school, college or council find a solution.</p><p>Deciding not to use "
        "disagreement resolution will not affect your right to go to the SEND Tribunal.</p><p>Contact KIDS: "
        "0113 496 0210 or hollinsbury@kids.example.org.uk.</p>",
        furniture="ab",
        updated="27 May 2026",
    ),
    pos="in ind noeff prov contact",
    notes="DR page with no-effect statement; types only implied by parties -> 0.",
)


# =============================================================================================

TEST_DIGITS = ("2", "5", "8")


def main() -> None:
    here = Path(__file__).resolve().parent
    train: list[dict[str, object]] = []
    test: list[dict[str, object]] = []
    for item in CASES:
        (test if str(item["id"])[-1] in TEST_DIGITS else train).append(item)
    # The blind-written held-back pages (h001…) keep the held-back share at 30% of the corpus.
    test.extend(HELDOUT.items)
    for name, items in (("train.jsonl", train), ("test.jsonl", test)):
        with (here / name).open("w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases and {len(HELDOUT.items)} held-out pages: {len(train)} train, {len(test)} test")


if __name__ == "__main__":
    main()
