"""The held-back pages h376…h457 (written into ``test.jsonl`` by make_corpus.py), written blind in November 2026.

A fourth blind batch of 82 pages, so that every judged check has more held-back positives and
negatives; the held-back pages become 514 of 1503 (34.2%). Like h001…h375 they were written from the labelling rules of ``README.md``, ``checks.md``
and ``duties.md`` only -- without reading the checks' code, their fixtures or the tuning generators,
and without running any check on them -- with councils new to the corpus (Wrenhaven, Marlstone,
Copperdale, Kingsbarrow, Fernleigh, Stanbridge, Oxcombe, Pembury, Quenby, Greenlock, Saltings,
Thistlecombe), fictional providers (Ternpoint SEND Mediation Ltd, Rushlight Dispute Resolution
Trust) and a fictional national charity (SEND Rights Network) beside the real providers of
``duties.md`` section 10, and furniture of their own.

The pages are appended to ``make_corpus_heldout.SPLIT`` (so their ids continue at h376);
``make_corpus.py`` imports this module after ``make_corpus_heldout3``. Each page is written one by
one and labelled by hand. NEVER tune on them.
"""

from __future__ import annotations

import textwrap

from make_corpus_heldout import SPLIT

case = SPLIT.add

# --- furniture (never evidence) ------------------------------------------------------------------

HEAD = (
    '<div class="cookie">We use cookies to make this site work. <button>Accept</button></div>'
    '<header><p class="crumbs"><a href="/">Home</a> &gt; <a href="/children">Children and families</a> '
    '&gt; <a href="/send">{C} SEND Local Offer</a></p></header>'
    '<aside class="section-nav"><h2>In this section</h2><ol><li><a href="/send/independent-dr">Independent '
    'disagreement resolution</a></li><li><a href="/send/mediation">SEND mediation and mediation '
    'certificates</a></li><li><a href="/send/sendiass">{C} SENDIASS: free, impartial advice</a></li><li>'
    '<a href="/send/tribunal">Appeal to the First-tier Tribunal (SEND)</a></li><li><a href="/send/complain">'
    'Complaints about schools, the council or the NHS</a></li><li><a href="/send/you-said-we-did">You said, '
    'we did: Local Offer feedback</a></li><li><a href="/send/continuing-care">Continuing care (formerly the '
    'CCG)</a></li></ol></aside>'
)
FOOT = (
    '<footer><div class="useful"><p>Was this page useful?</p><a href="/feedback?y">Yes</a> <a '
    'href="/feedback?n">No</a></div><ul class="quick"><li><a href="/send/contact">Contact the Local Offer '
    'team</a></li><li><a href="/send/mediation">Mediation</a></li><li><a href="/complaints">Make a '
    'complaint</a></li><li><a href="/send/tribunal">Tribunal appeals</a></li><li><a href="/accessibility">'
    'Accessibility statement</a></li></ul><p>&copy; {C} Council 2026</p></footer>'
)
PLAIN_HEAD = (
    '<header><a href="/">{C}</a><nav><a href="/about">About us</a> <a href="/help">Get help</a> <a '
    'href="/news">News</a> <a href="/donate">Donate</a></nav></header>'
)
PLAIN_FOOT = (
    '<footer><p>{C} | <a href="/privacy">Privacy</a> | <a href="/complaints-policy">Our complaints '
    'policy</a> | <a href="/disagreement-resolution">Disagreement resolution explained</a></p></footer>'
)


def page(council: str, title: str, main: str, dated: str = "", plain: bool = False) -> str:
    head, foot = (PLAIN_HEAD, PLAIN_FOOT) if plain else (HEAD, FOOT)
    stamp = f'<p class="reviewed">Last reviewed: {dated}</p>' if dated else ""
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} | {council}</title>'
        f'</head><body>{head.replace("{C}", council)}<main><h1>{title}</h1>{main}{stamp}</main>'
        f'{foot.replace("{C}", council)}</body></html>'
    )


def url(council: str, slug: str) -> str:
    if council.startswith("http"):
        return council + slug
    return f"https://send.{council.lower().replace(' ', '')}.example.gov.uk/local-offer/{slug}"


def one(council: str, slug: str, title: str, main: str = "", *, text: str = "", pos: str = "", skip: str = "",
        stale: bool = False, dated: str = "", plain: str = "", notes: str) -> None:
    """``plain`` names a non-council site (a charity or SENDIASS) and gives it plain furniture."""
    if text:
        case(url(council, slug), text=text, pos=pos, skip=skip, stale=stale, notes=notes)
    elif plain:
        case(url(council, slug), html=page(plain, title, main, dated, plain=True), pos=pos, skip=skip,
             stale=stale, notes=notes)
    else:
        case(url(council, slug), html=page(council, title, main, dated), pos=pos, skip=skip, stale=stale,
             notes=notes)


def pdf(header: str, paragraphs: list[str], width: int = 70, per_page: int = 12) -> str:
    """Hard-wrapped leaflet text with a running header and a page footer on every page."""
    lines: list[str] = []
    for p in paragraphs:
        lines.extend(textwrap.wrap(p, width) or [""])
        lines.append("")
    out: list[str] = []
    for number, start in enumerate(range(0, len(lines), per_page), 1):
        out.append(header)
        out.extend(lines[start : start + per_page])
        out.append(f"- {number} -")
    return "\n".join(out)


ALL_DR = "in ind vol all types noeff conf prov contact"

# --- A. disagreement resolution and SEND mediation pages -----------------------------------------

one("Wrenhaven", "guide-to-sen-support-and-ehc-plans", "Your guide to SEN support and EHC plans",
    "<h2>What is SEN support?</h2><p>Most children with special educational needs are supported by their "
    "nursery, school or college without an education, health and care plan. The setting follows a cycle of "
    "assess, plan, do and review, and should meet you at least three times a year to talk about progress."
    "</p><h2>Asking for an EHC needs assessment</h2><p>You, the school or a young person aged 16 or over can "
    "ask us to assess. We will tell you within six weeks whether we will carry out an assessment, and the "
    "whole process, if a plan is issued, should take no longer than 20 weeks.</p><h2>Draft plans and "
    "reviews</h2><p>When you receive a draft plan you have 15 days to comment and to tell us which school or "
    "college you would like named. Plans are reviewed at least every twelve months, and at least every six "
    "months for children under five.</p><h2>Moving between phases</h2><p>Plans for children moving to "
    "secondary school must be amended by 15 February of the year of transfer. For young people moving to "
    "college the date is 31 March.</p><h2>If things are not going well</h2><p>Talking early usually helps, "
    "so start with the SENCO or your SEND officer. If you still cannot agree, Wrenhaven pays for a "
    "disagreement resolution service run by Ternpoint SEND Mediation Ltd, whose facilitators are not "
    "employed by the council. Nobody has to take part unless they want to. You can reach Ternpoint at "
    "wrenhaven@ternpoint-mediation.example.co.uk.</p><h2>Personal budgets</h2><p>If your child has an EHC "
    "plan you can ask for a personal budget for some of the provision in it.</p>",
    dated="2 September 2026", pos="in ind vol prov contact",
    notes="Long EHC guide with the DR paragraph buried near the end: DR term, provider Ternpoint, "
    "'not employed by the council' = independent, 'nobody has to take part' = voluntary, provider email. "
    "No kinds, scope, appeal or confidentiality for DR: 0. Mediation of EHC decisions not explained: med 0.")

one("Marlstone", "disagreement-resolution", "Disagreement resolution",
    "<p>Select a question to read the answer.</p>"
    "<details><summary>What is it?</summary><p>A meeting, or a series of phone calls, led by a trained "
    "facilitator who helps everyone involved find an answer they can live with.</p></details>"
    "<details><summary>Who provides it?</summary><p>Marlstone Council has contracted Global Mediation to "
    "deliver the service. Global Mediation is a separate organisation and is independent of the council, "
    "schools and the NHS.</p></details>"
    "<details><summary>Which disagreements can it help with?</summary><ul><li>You and the council, or a "
    "school's governing body, disagree about how they are carrying out their SEN duties.</li><li>You and your "
    "child's nursery, school or college disagree about the special educational provision it is making.</li>"
    "<li>You disagree with the council or NHS Marlstone Integrated Care Board about health or social care "
    "provision while an EHC plan is being assessed, drawn up, reviewed or reassessed.</li><li>The council "
    "and the Integrated Care Board disagree with each other about an EHC plan.</li></ul></details>"
    "<details><summary>Is it only for EHC plans?</summary><p>No. Any child or young person with special "
    "educational needs can use it, including those on SEN support.</p></details>"
    "<details><summary>Do I have to?</summary><p>No. It is voluntary, and it only happens if all sides "
    "agree.</p></details>"
    "<details><summary>Will what I say be used at a Tribunal?</summary><p>No. Discussions are confidential "
    "and held without prejudice.</p></details>"
    "<details><summary>What about my right to appeal?</summary><p>It stays the same. You can appeal to the "
    "SEND Tribunal whether or not you have used disagreement resolution.</p></details>"
    "<details><summary>How do I get started?</summary><p>Phone Global Mediation on 0808 157 0412 or email "
    "marlstone@globalmediation.example.co.uk.</p></details>",
    dated="14 July 2026", pos=ALL_DR,
    notes="Accordion with every DR element: provider, independent, four CoP 11.8 kinds (ICB current), all "
    "SEN incl. SEN support, voluntary, confidential/without prejudice, appeal unaffected, phone and email. "
    "Tribunal only said to be unaffected (no how): trib 0.")

one("Copperdale", "directory/service/rushlight-disagreement-resolution",
    "Rushlight Dispute Resolution Trust - SEND disagreement resolution",
    '<div class="record"><p class="summary">Rushlight is an independent charity, not part of Copperdale '
    "Council, that provides the council's SEND disagreement resolution service.</p><h2>Who is the service "
    "for?</h2><p>Parents and carers of any child or young person aged 0-25 with special educational needs, "
    "and young people themselves. An EHC plan is not needed.</p><h2>Age range</h2><p>0 to 25</p>"
    "<h2>Cost</h2><p>Free</p></div><table class=\"contact-block\"><tr><th>Contact name</th><td>Referrals "
    "team</td></tr><tr><th>Telephone</th><td>01632 960 531</td></tr><tr><th>E-mail</th><td>"
    "referrals@rushlight-trust.example.org.uk</td></tr><tr><th>Website</th><td>www.rushlight-trust.example."
    "org.uk</td></tr></table><p class=\"added\">Record last updated 3 March 2026</p>",
    pos="in ind all prov contact",
    notes="Directory record with contact block: provider, 'independent charity, not part of the council', "
    "'EHC plan is not needed' = all SEN, phone/email/web. Voluntary, kinds, appeal, confidentiality "
    "absent: 0.")

one("Kingsbarrow", "documents/resolving-disagreements-leaflet.pdf", "",
    text=pdf("Kingsbarrow SEND Local Offer          Resolving disagreements          Leaflet LO-14", [
        "Resolving disagreements about special educational needs",
        "Most problems can be put right by talking to your child's school or to your SEND officer. If that "
        "does not work, Kingsbarrow Council funds a disagreement resolution service. It is run by KIDS, a "
        "national charity that acts as a third party: KIDS staff are not council staff.",
        "The service can help when you disagree with a school or college about the special educational "
        "provision it makes for your child; when you disagree with the council about how it is carrying "
        "out its duties for children with SEN; and when there is a disagreement about health or social "
        "care provision during an EHC needs assessment or review.",
        "Taking part is voluntary. A meeting is only arranged if you and the other people involved all "
        "agree to it.",
        "Meetings are held on a without prejudice basis, which means nothing said there can be used in "
        "evidence at the Tribunal.",
        "You do not have to try disagreement resolution first. If you would rather appeal, you can go "
        "straight to the SEND Tribunal and your appeal rights are the same.",
        "To ask for a meeting call KIDS free on 0808 157 0233, or email kingsbarrow.drs@kids.example.org.uk.",
    ]),
    pos="in ind vol types noeff conf prov contact",
    notes="PDF leaflet with running header and page numbers: provider KIDS, 'third party ... not council "
    "staff', three kinds, voluntary, without prejudice, 'go straight to the SEND Tribunal' = noeff, "
    "phone/email. No all-SEN statement: all 0.")

one("Fernleigh", "disagreement-resolution-what-it-covers", "What can disagreement resolution help with?",
    "<p>Fernleigh's disagreement resolution service is run by Together Trust. Together Trust is independent "
    "of Fernleigh Council and of the NHS. The table shows the sorts of disagreement it can help with.</p>"
    "<table><thead><tr><th>Who disagrees</th><th>Example</th></tr></thead><tbody>"
    "<tr><td>You and your child's school or college</td><td>The school says it cannot provide the speech and "
    "language support you think your child needs.</td></tr>"
    "<tr><td>You and the council</td><td>You think the council is not carrying out its SEN duties, for "
    "example it has not put in place provision in your child's plan.</td></tr>"
    "<tr><td>You and the council or NHS Fernleigh ICB</td><td>You disagree about the health or social care "
    "support being written into an EHC plan at assessment or review.</td></tr>"
    "<tr><td>The council and the ICB</td><td>They cannot agree who should arrange a piece of provision in a "
    "plan.</td></tr></tbody></table><p>To ask for help, call Together Trust on 0161 496 0533.</p>",
    pos="in ind types prov contact",
    notes="Kinds of disagreement in a table (four CoP 11.8 kinds with examples); provider, independent of "
    "council and NHS, phone. Voluntary, all SEN, appeal, confidentiality absent: 0.")

one("Stanbridge", "dr-at-a-glance", "Disagreement resolution at a glance",
    "<dl><dt>Service</dt><dd>SEND disagreement resolution</dd><dt>Provider</dt><dd>Prime Resolution</dd>"
    "<dt>Is it independent?</dt><dd>Yes. Prime Resolution is not part of Stanbridge Council and its "
    "facilitators are not council employees.</dd><dt>Do I have to take part?</dt><dd>No. Everyone involved, "
    "including you, must agree before a meeting is booked.</dd><dt>Is it private?</dt><dd>Yes. What is "
    "said cannot be passed on to the Tribunal or anyone else without everyone's agreement.</dd><dt>How to "
    "refer</dt><dd>Complete the online referral form at www.prime-resolution.example.co.uk/stanbridge</dd>"
    "</dl>",
    dated="11 May 2026", pos="in ind vol conf prov contact",
    notes="Definition list: provider, independence, voluntary, private/not passed to the Tribunal = "
    "confidential, online referral form. No kinds, scope or appeal statement: 0.")

one("Oxcombe", "easy-read/when-you-do-not-agree", "When you do not agree (Easy Read)",
    '<table class="easy-read"><tr><td><img alt="two faces"></td><td>Sometimes you do not agree with your '
    "school or the council about help with learning.</td></tr><tr><td><img alt=\"people at a table\"></td>"
    "<td>Disagreement resolution means a meeting to help sort it out.</td></tr><tr><td><img "
    "alt=\"badge\"></td><td>Community Accord runs the meetings. Community Accord does not work for the "
    "council.</td></tr><tr><td><img alt=\"no plan\"></td><td>You do not need an EHC plan to ask for a "
    "meeting.</td></tr><tr><td><img alt=\"thumbs up\"></td><td>You can say yes or no. It is up to you."
    "</td></tr><tr><td><img alt=\"telephone\"></td><td>Ring Community Accord on 0808 157 0318.</td></tr>"
    "</table>",
    pos="in ind vol all prov contact",
    notes="Easy Read rows using the DR term: provider, 'does not work for the council', no EHC plan needed, "
    "'up to you' = voluntary, phone. One general kind ('help with learning'): types 0.")

one("Pembury", "young-people/when-you-dont-agree", "For young people: when you don't agree",
    "<p><em>Written with Pembury's Young Voices SEND group.</em></p><p>If you're 16 to 25 you can ask for "
    "disagreement resolution yourself - you don't need your parents to do it for you.</p><p>It could help "
    "if you and your college can't agree about the support you get in lessons, or if you and the council "
    "disagree about what's in your EHC plan.</p><p>The meeting is run by someone from Ternpoint SEND "
    "Mediation. They're independent - they don't work for the council or for your college.</p><p>It's your "
    "choice whether you go. What you say stays private, and saying no won't stop you appealing to the "
    "Tribunal later.</p><p>Text or call Ternpoint on 07700 900 415, or email young@ternpoint-mediation."
    "example.co.uk.</p><blockquote>\"I thought nobody at college would listen. The meeting made them.\" - "
    "Kai, 17</blockquote>",
    pos="in ind vol types noeff conf prov contact",
    notes="Young people's voice page: two kinds (college support, council's EHC plan), provider, 'don't work "
    "for the council' = independent, choice, private, 'saying no won't stop you appealing' = noeff, "
    "text/phone/email. Aimed at young people with plans or not, but no express all-SEN statement: all 0.")

one("Quenby", "disagreement-resolution-and-the-code", "Disagreement resolution",
    "<p>The SEND Code of Practice explains what disagreement resolution is for:</p><blockquote><p>Local "
    "authorities must provide independent disagreement resolution to help parents and young people resolve "
    "disagreements. It is available to all parents and young people with SEN, not just those being assessed "
    "for or with EHC plans, and can cover disagreements between parents and schools about provision, and "
    "between local authorities and CCGs about health provision in EHC plans.</p><footer>SEND Code of "
    "Practice 2015, chapter 11 (paraphrased)</footer></blockquote><p>In Quenby the service is provided by "
    "Rushlight Dispute Resolution Trust. To arrange a meeting phone 01632 960 644 or use the form at "
    "www.rushlight-trust.example.org.uk/quenby.</p>",
    pos="in prov contact", skip="ind all types",
    notes="Code paraphrase in a blockquote carries independence, scope and kinds only as what the Code says, "
    "not as a statement about Quenby's service: ind/all/types left out. Locally: provider, phone and "
    "form: in/prov/contact 1. 'CCGs' only inside the Code quotation: stale_ccg 1.")

one("Greenlock", "send-disagreements", "SEND disagreements",
    "<p>Our SEND disagreement resolution service is impartial and neutral. It is delivered in partnership "
    "with Ternpoint SEND Mediation, working alongside the council's SEND team.</p><p>If you would like a "
    "meeting, ask your SEND caseworker, who will make the referral for you.</p>",
    pos="prov",
    notes="Near-miss: 'impartial and neutral' and 'working alongside the SEND team' are not independence: ind "
    "0. Referral only through the caseworker, no provider contact: contact 0, in 0. Provider named: prov 1.")

one("Saltings", "send-mediation", "SEND mediation about EHC decisions",
    "<p>Mediation is a way of sorting out a disagreement with the council about an EHC needs assessment or "
    "plan before it reaches the Tribunal.</p><h2>When it applies</h2><p>If we decide not to assess, not to "
    "issue a plan, or you disagree with sections B, F or I of a finalised plan, you will need a mediation "
    "certificate before you can appeal. The only exception is an appeal solely about the school or "
    "college named in section I.</p><h2>Step 1: mediation advice</h2><p>Contact the mediation adviser at "
    "Global Mediation within two months of our decision letter. The adviser, who is independent of Saltings "
    "Council, will explain what mediation involves.</p><h2>Step 2: your choice</h2><p>Mediation is optional. "
    "If you decide not to go ahead, the adviser will send you a certificate within three working days and "
    "you can appeal to the Tribunal straight away. If you want mediation, it must take place within 30 "
    "days.</p><h2>Step 3: the meeting</h2><p>Mediation is confidential. Someone from the council who can "
    "make decisions will attend.</p><h2>Appealing</h2><p>Appeals go to the First-tier Tribunal (Special "
    "Educational Needs and Disability). Apply online on GOV.UK within two months of the decision letter or "
    "one month after the date on your certificate, whichever is later.</p><h2>Contact</h2><p>Global "
    "Mediation: 0808 157 0527, saltings@globalmediation.example.co.uk</p>",
    dated="20 January 2026", pos="ind vol noeff conf prov contact med trib",
    notes="SEND mediation explained (advice within 2 months, certificate in 3 working days, 30 days, "
    "placement exception); adviser independent; optional; certificate and 'appeal straight away' = noeff; "
    "confidential; appeal with the how. DR term not used: in 0; all/types 0.")

one("Thistlecombe", "disagreement-resolution-faq", "Disagreement resolution - FAQs",
    "<h2>Who runs the service?</h2><p>Rushlight Dispute Resolution Trust, an independent organisation.</p>"
    "<h2>Who can use it?</h2><p>It is only available where a child or young person has an EHC plan.</p>"
    "<h2>Do I have to go?</h2><p>Once the school or council has asked for a meeting, parents are expected to "
    "take part.</p><h2>Can I still appeal?</h2><p>Yes. Once the meeting has taken place you can still "
    "appeal to the Tribunal if you are not happy.</p><h2>Contact</h2><p>Rushlight: 01632 960 771.</p>",
    pos="in ind prov contact",
    notes="FAQ near-misses: EHC plans only (all 0), 'expected to take part' (vol 0), appeal only after the "
    "meeting (noeff 0). Provider independent and phone: in/ind/prov/contact 1.")

one("Wrenhaven", "if-you-disagree-five-steps", "If you disagree: five steps",
    "<ol><li><strong>Talk to the setting.</strong> Ask for a meeting with the SENCO or head of year.</li>"
    "<li><strong>Talk to your SEND officer.</strong> Many problems about plans are put right at this stage."
    "</li><li><strong>Try disagreement resolution.</strong> Ternpoint SEND Mediation Ltd runs Wrenhaven's "
    "service and is independent of the council. It is free and confidential, and you can stop at any time. "
    "Phone 0808 157 0651.</li><li><strong>Get mediation advice.</strong> Before most appeals you must speak "
    "to a mediation adviser; Ternpoint provides this too.</li><li><strong>Appeal.</strong> You can appeal "
    "to the SEND Tribunal.</li></ol>",
    pos="in ind conf prov contact", skip="vol",
    notes="Numbered steps: DR with provider, independence, confidential, phone. 'you can stop at any time' "
    "is close to voluntary but does not say taking part is optional: vol left out. Mediation advice only "
    "mentioned (no certificate/time limits): med 0. Appeal without the how: trib 0.")

one("Marlstone", "documents/send-mediation-leaflet.pdf", "",
    text=pdf("MARLSTONE COUNCIL  |  SEND mediation: information for families  |  Issue 2026/1", [
        "What is SEND mediation?",
        "SEND mediation is a meeting with an independent mediator to try to settle a disagreement with the "
        "council about an EHC needs assessment or an EHC plan. The mediator works for Global Mediation and "
        "is not employed by Marlstone Council.",
        "Mediation advice",
        "Our decision letter tells you how to contact Global Mediation for mediation advice. You must do "
        "this within two months of the date of the letter if you want to appeal.",
        "Is mediation voluntary?",
        "Yes. After speaking to the adviser you decide whether to go to mediation.",
        "If you decide not to mediate the adviser will issue a certificate within three working days.",
        "If you choose mediation we will arrange it within 30 days.",
        "Contact Global Mediation: 0808 157 0409 (Monday to Friday 9am to 5pm).",
    ]),
    pos="ind vol prov contact med", skip="noeff trib",
    notes="PDF mediation leaflet: independent mediator 'not employed by' the council, advice within two "
    "months, certificate in 3 working days, 30 days, voluntary, phone. Certificate on declining without "
    "saying you can then appeal: noeff left out; appeal mentioned without the Tribunal's how: trib left "
    "out. DR term absent: in 0.")

one("Copperdale", "dr-key-facts", "Disagreement resolution: key facts",
    '<ul class="key-facts"><li>Provided by Rushlight Dispute Resolution Trust.</li><li>Commissioned by '
    "Copperdale Council but not run by it: Rushlight is a separate, independent charity.</li><li>Free and "
    "voluntary.</li><li>For children and young people on SEN support as well as those with EHC plans.</li>"
    "<li>Confidential.</li><li>Choosing not to use it won't affect any appeal you make to the Tribunal.</li>"
    "<li>Email drs@rushlight-trust.example.org.uk.</li></ul>",
    pos="in ind vol all noeff conf prov contact",
    notes="Key facts: provider, separate independent charity, voluntary, SEN support as well as EHC plans = "
    "all SEN, confidential, appeal unaffected, email. No kinds: types 0.")

one("Kingsbarrow", "independent-disagreement-resolution", "Independent disagreement resolution",
    "<p>The law says that disagreement resolution must be independent of the local authority.</p><p>In "
    "Kingsbarrow, disagreement resolution is provided by KIDS. You can contact them on 0808 157 0233.</p>",
    pos="in prov contact", skip="ind",
    notes="Independence stated only as what the law requires, not about the local service: ind left out. "
    "DR term, provider KIDS and phone: in/prov/contact 1.")

one("Fernleigh", "news/new-disagreement-resolution-provider", "New disagreement resolution provider",
    "<p class=\"date\">Posted 6 January 2026</p><p>From 1 February 2026 disagreement resolution for "
    "families in Fernleigh will be provided by Ternpoint SEND Mediation Ltd. Ternpoint is independent of the "
    "council. Contact details will be added to this page in the new year.</p>",
    pos="ind prov",
    notes="News item: provider and independence, but no contact yet: contact 0 and in 0.")

one("Stanbridge", "independent-dr-service", "Independent disagreement resolution service",
    "<p>Stanbridge's disagreement resolution service is independent of the council: the people who run "
    "meetings are not council employees and have no part in council decisions.</p><p>You can contact the "
    "service directly on 0808 157 0744 or at help@stanbridge-dr.example.org.uk.</p>",
    pos="in ind", skip="contact",
    notes="Independence statement and the service's own phone/email, but the provider is not named: prov 0. "
    "in needs provider or independence plus a way to use it: 1. Whether an unnamed service's contact "
    "meets drs_contact ('that provider') is borderline: left out.")

one("Oxcombe", "dr-and-mediation-compared", "Disagreement resolution and mediation: what's the difference?",
    "<table><thead><tr><th></th><th>Disagreement resolution</th><th>SEND mediation</th></tr></thead><tbody>"
    "<tr><th>What is it about?</th><td>Any disagreement about special educational provision</td><td>Council "
    "decisions about EHC needs assessments and plans</td></tr>"
    "<tr><th>Who can use it?</th><td>Any family of a child with SEN - no EHC plan needed</td><td>Families "
    "who have received an EHC decision letter</td></tr>"
    "<tr><th>Who runs it?</th><td colspan=\"2\">Community Accord, which is independent of Oxcombe Council"
    "</td></tr><tr><th>Do I have to?</th><td>No, it is voluntary</td><td>No. You must get mediation advice "
    "within two months of the decision if you want to appeal, but you do not have to mediate. If you decline, "
    "you get a certificate within three working days and can then appeal to the Tribunal.</td></tr>"
    "<tr><th>Timescale</th><td>Usually within a few weeks</td><td>Mediation must happen within 30 days of "
    "you asking for it</td></tr><tr><th>Private?</th><td colspan=\"2\">Yes, both are confidential</td>"
    "</tr></tbody></table><p>Community Accord: 0808 157 0318, oxcombe@communityaccord.example.com</p>",
    pos="in ind vol all noeff conf prov contact med", skip="trib",
    notes="Comparison table: provider independent, voluntary, no EHC plan needed, confidential, mediation "
    "advice/certificate/30 days, declining -> certificate -> can appeal = noeff. One kind only ('any "
    "disagreement about provision'): types 0. Appeal mentioned without the how: trib left out.")

one("Pembury", "what-to-do-if-you-are-unhappy", "What to do if you are unhappy with SEND support",
    "<p>This page explains the different ways to resolve a problem, from an informal chat to a formal "
    "appeal. You can get free help at any stage from Pembury SENDIASS (01632 960 286, "
    "advice@pemburysendiass.example.org.uk).</p><h2>1. Speak to the people involved</h2><p>Start with your "
    "child's teacher, the SENCO or your SEND officer.</p><h2>2. Disagreement resolution</h2><p>If you "
    "disagree with the school about the support it gives, or with the council about how it is meeting its "
    "SEN duties, Prime Resolution can arrange a meeting with an independent facilitator who does not work "
    "for the council. Phone 0121 496 0285 or email pembury@prime-resolution.example.co.uk.</p><h2>3. "
    "Mediation about EHC decisions</h2><p>If you disagree with a decision about an EHC needs assessment or "
    "plan, contact Prime Resolution's mediation adviser within two months of the decision letter. You will "
    "receive a mediation certificate within three working days if you do not want to mediate; if you do, "
    "mediation will be held within 30 days.</p><h2>4. Appeal to the Tribunal</h2><p>You can appeal to the "
    "First-tier Tribunal (SEND) within two months of the decision letter, or one month from the mediation "
    "certificate, whichever is later. Apply online at GOV.UK ('Appeal to the SEND Tribunal').</p><h2>5. "
    "Complaints</h2><p>To complain about a school, use the school's complaints procedure; if it is not "
    "resolved, you can contact the Department for Education. To complain about the council, use our "
    "corporate complaints form, then the Local Government and Social Care Ombudsman. For NHS services, "
    "contact PALS or NHS Pembury ICB and then the Parliamentary and Health Service Ombudsman.</p>",
    dated="30 June 2026", pos="in ind types prov contact med trib cmp iass", skip="noeff vol",
    notes="Long 'if you are unhappy' ladder: SENDIASS with phone/email; DR with two kinds, provider, "
    "independent facilitator 'does not work for the council', contact; mediation advice/certificate/30 days; "
    "appeal with deadline and online route; complaints routes for schools, council, NHS and ombudsmen. "
    "Certificate on declining without saying you can then appeal: noeff left out; 'if you do not want to "
    "mediate' implies a choice without stating it: vol left out. All SEN and confidentiality not said: 0.")

one("Quenby", "mediation-health-and-social-care", "Mediation about health and social care in EHC plans",
    "<p>You can ask for mediation about the health or social care parts of an EHC plan, as well as the "
    "education parts.</p><p>Contact the mediation adviser at Ternpoint SEND Mediation within two months of "
    "the decision. If your disagreement includes health provision, the council will tell NHS Quenby "
    "Integrated Care Board within three working days, and the ICB will take part. If it is only about "
    "health, the ICB arranges the mediation, which must take place within 30 days.</p><p>After mediation, "
    "or if you decide not to mediate, the adviser issues a certificate.</p><p>Ternpoint's mediators are "
    "independent of the council and of the ICB. Call 0808 157 0651.</p>",
    pos="ind prov contact med", skip="noeff vol",
    notes="SEND mediation on health and social care: adviser, two months, ICB within 3 working days, 30 "
    "days, certificate; mediators independent; phone. Certificate on declining without the appeal "
    "statement: noeff left out; 'if you decide not to mediate' implies a choice without stating it: vol "
    "left out. DR term absent: in 0. ICB current: ccg 1.")

one("Greenlock", "disagreement-resolution", "Disagreement resolution",
    "<p>Greenlock Council has arranged for Global Mediation, an independent organisation, to provide "
    "disagreement resolution.</p><p>It can be used for:</p><ul><li>disagreements between families and "
    "schools about the SEN provision being made;</li><li>disagreements between families and the council "
    "about how SEN duties are being carried out;</li><li>disagreements between the council and NHS Greenlock "
    "CCG about health provision in an EHC plan.</li></ul><p>Call Global Mediation on 0808 157 0160.</p>",
    dated="8 April 2026", stale=True, pos="in ind types prov contact",
    notes="DR with provider, independence, three kinds, phone. 'NHS Greenlock CCG' named as a current party "
    "on a 2026 page with no ICB: stale_ccg 0.")

one("Saltings", "disagreement-resolution", "Resolving disagreements",
    "<p>Disagreement resolution is offered to every family of a child or young person with SEN, whether or "
    "not they have an EHC plan.</p><p>It is provided by Together Trust, which is independent of Saltings "
    "Council. It is voluntary: a meeting needs the agreement of everyone taking part.</p><p>It can help "
    "with disagreements with a school or college about the SEN support it provides, and with "
    "disagreements about health or social care provision during EHC assessments and reviews, including "
    "where NHS Saltings Integrated Care Board (formerly Saltings CCG) is involved.</p><p>Contact Together "
    "Trust on 0161 496 0529 or visit www.togethertrust.example.org.uk/send.</p>",
    pos="in ind vol all types prov contact",
    notes="DR with all SEN, provider, independence, voluntary, two kinds, phone/web. CCG named only as the "
    "former name of the ICB: stale_ccg 1. Appeal and confidentiality absent: 0.")

one("Thistlecombe", "dr-quick-answers", "Disagreement resolution: quick answers",
    "<table class=\"qa\"><tr><th>Question</th><th>Answer</th></tr>"
    "<tr><td>Who provides it?</td><td>KIDS SEND Mediation and Disagreement Resolution Service</td></tr>"
    "<tr><td>Is KIDS part of the council?</td><td>No. KIDS is an independent charity.</td></tr>"
    "<tr><td>Do I have to use it?</td><td>No - only if you and the other side both agree.</td></tr>"
    "<tr><td>Do we need an EHCP?</td><td>No.</td></tr>"
    "<tr><td>Is it confidential?</td><td>Yes.</td></tr>"
    "<tr><td>If I don't use it, can I still go to the Tribunal?</td><td>Yes, your right of appeal is not "
    "affected.</td></tr>"
    "<tr><td>How do I contact KIDS?</td><td>thistlecombe@kids.example.org.uk</td></tr></table>",
    pos="in ind vol all noeff conf prov contact",
    notes="Question/answer table with terse answers leaning on the questions: every DR element but kinds "
    "(types 0).")

one("Wrenhaven", "dr-before-tribunal", "",
    text="Wrenhaven SEND Local Offer - Disagreement resolution\n"
    "Disagreement resolution in Wrenhaven is provided by Ternpoint SEND Mediation Ltd.\n"
    "Ternpoint is independent of Wrenhaven Council.\n"
    "You must try disagreement resolution before you can make an appeal to the SEND Tribunal.\n"
    "Once disagreement resolution has finished you may then appeal.\n"
    "Ternpoint: 0808 157 0651 or wrenhaven@ternpoint-mediation.example.co.uk\n",
    pos="in ind prov contact",
    notes="Statement-per-line near-miss: 'must try DR before you can appeal' contradicts voluntariness (vol 0) "
    "and the appeal comes only after DR (noeff 0). Provider, independence and contact: 1. Appeal without "
    "the how: trib 0.")

one("Oxcombe", "directory/service/community-accord-drs", "Community Accord - disagreement resolution",
    '<div class="service"><p>Community Accord provides Oxcombe\'s independent SEND disagreement resolution '
    "service. It is for parents, carers and young people where there is a disagreement about special "
    "educational provision, whether the child is on SEN support or has an EHC plan.</p><h2>How to access"
    "</h2><p>Complete the referral form: <a href=\"https://www.communityaccord.example.com/refer\">"
    "communityaccord.example.com/refer</a>.</p><h2>Eligibility</h2><p>Oxcombe residents aged 0-25</p></div>",
    pos="in ind all prov contact",
    notes="Directory record: provider, 'independent ... service', SEN support or EHC plan = all SEN, "
    "referral form link = contact. No kinds (one general), voluntary, appeal, confidentiality: 0.")

one("Pembury", "dr-examples", "Can disagreement resolution help me?",
    "<p>Here are some situations where Pembury families have used disagreement resolution:</p>"
    "<details><summary>The school won't put the support in place</summary><p>A parent felt the school was "
    "not giving the small-group reading support it had promised. A facilitator helped them agree a plan."
    "</p></details><details><summary>The council and the NHS both say 'not us'</summary><p>The council and "
    "NHS Pembury ICB disagreed over who should fund a child's physiotherapy in her EHC plan.</p></details>"
    "<details><summary>A disagreement about an annual review</summary><p>A young person and the council "
    "disagreed about the social care support recorded at the annual review.</p></details>"
    "<p>Pembury's disagreement resolution is provided by Prime Resolution. Call 0121 496 0285.</p>",
    pos="in types prov contact",
    notes="Kinds given as accordion examples (setting provision, council vs ICB, social care at review): "
    "types 1. Provider and phone: in 1 (provider identifies the arrangement). Independence, voluntary, "
    "scope, appeal and confidentiality not stated: 0.")

one("Quenby", "dr-without-prejudice", "Disagreement resolution meetings",
    "<p>Disagreement resolution meetings are led by an independent facilitator from Global Mediation. They "
    "can be about the way your child's school is delivering special educational provision, or about the way "
    "the council is carrying out its duties towards your child.</p><p>Meetings are without prejudice: "
    "nothing said can be referred to later in an appeal. If you decide disagreement resolution is not for "
    "you, you can go straight to the SEND Tribunal instead.</p><p>Email quenby@globalmediation.example."
    "co.uk.</p>",
    pos="in ind types noeff conf prov contact", skip="vol",
    notes="DR: independent facilitator, provider, two kinds, without prejudice, 'go straight to the SEND "
    "Tribunal' = noeff, email. 'If you decide it is not for you' implies choice but does not state "
    "voluntariness: vol left out.")

one("Greenlock", "documents/send-guide-2026.pdf", "",
    text=pdf("Greenlock Local Offer - A parents' guide to SEND 2026                   Section 9", [
        "9.1 Working together",
        "The council, schools and health services want to work with you. Most concerns are resolved by "
        "talking to your child's teacher or SENCO, and we encourage you to raise worries early.",
        "9.2 Annual reviews",
        "Every EHC plan is reviewed at least once a year. You will be invited to the meeting and asked for "
        "your views and your child's views beforehand.",
        "9.3 Disagreement resolution",
        "If you cannot agree, you can use our disagreement resolution service, which is provided by Prime "
        "Resolution, an independent company. The service is open to all families of children with special "
        "educational needs, not only those with EHC plans. You choose whether to use it and nobody can make "
        "you. Call Prime Resolution on 0121 496 0733.",
        "9.4 Transport",
        "Children with EHC plans may be eligible for travel assistance. See section 11.",
    ]),
    pos="in ind vol all prov contact",
    notes="PDF guide section with DR buried between reviews and transport: provider, independent company, "
    "all SEN, voluntary, phone. No kinds, appeal or confidentiality: 0.")

one("Kingsbarrow", "mediation-questions", "SEND mediation: your questions",
    "<h3>What is mediation advice?</h3><p>A short conversation with a mediation adviser from KIDS, who "
    "explains how mediation works. You need to have it within two months of our decision letter if you "
    "want to appeal about an EHC assessment or plan.</p><h3>Do I have to go to mediation?</h3><p>No, "
    "mediation is optional.</p><h3>Will choosing not to mediate stop me appealing?</h3><p>No. The adviser "
    "will send you a certificate within three working days and you can register your appeal straight away."
    "</p><h3>How soon will mediation happen?</h3><p>Within 30 days.</p><h3>How do I contact KIDS?</h3><p>"
    "Phone 0808 157 0234.</p>",
    pos="vol noeff prov contact med", skip="trib",
    notes="Mediation FAQ: adviser from KIDS, two months, optional, declining -> certificate -> appeal "
    "straight away = noeff, 30 days, phone. Independence not stated: ind 0. DR term absent: in 0. Appeal "
    "registered without the Tribunal's how: trib left out.")

# --- B. traps: other kinds of mediation and appeals, general explanations, council meetings ------------

one("Marlstone", "family-support/separation-and-mediation", "Separating parents: family mediation",
    "<p>If you and your child's other parent are separating, a family mediator can help you agree "
    "arrangements for the children and money without going to court.</p><ul><li>Before applying to court "
    "you will usually need to attend a Mediation Information and Assessment Meeting (MIAM).</li><li>The "
    "government's family mediation voucher scheme may pay up to &pound;500 towards the cost.</li><li>"
    "Mediators are independent and the sessions are confidential and voluntary.</li></ul><p>Find an "
    "accredited mediator through the Family Mediation Council, or call Marlstone Family Mediation on "
    "01632 960 902.</p>",
    notes="Family (separation) mediation with MIAM and vouchers: independent, confidential, voluntary, "
    "named service and phone all belong to family mediation, not SEND DR: all DR checks 0.")

one("Kingsbarrow", "family-mediation-service", "Kingsbarrow Family Mediation Service",
    "<p>Kingsbarrow Family Mediation Service helps families where parents are divorcing or living apart, "
    "and families where a teenager and their parents have stopped talking. Our mediators are impartial and "
    "have no connection with the courts. Sessions are private.</p><p>We also see families of disabled "
    "children, who sometimes find separation especially hard to plan for.</p><p>Call 01632 960 917.</p>",
    notes="A 'Family Mediation Service' for divorce and parent-teen conflict, mentioning disabled children "
    "in passing: not SEND DR/mediation; all DR checks 0.")

one("Copperdale", "community/neighbour-mediation", "Neighbour mediation",
    "<p>Copperdale Community Mediation helps neighbours settle disputes about noise, parking, hedges and "
    "boundaries. The mediators are independent volunteers and the service is free, voluntary and "
    "confidential. Nothing you say will be passed to the council's housing or noise teams without your "
    "agreement.</p><p>Refer yourself online at www.copperdale-mediation.example.org.uk or call 01632 960 "
    "925.</p>",
    notes="Neighbour/community mediation: all DR checks 0 despite independent/voluntary/confidential/contact.")

one("Fernleigh", "staff/workplace-mediation", "Workplace mediation for council staff",
    "<p>Fernleigh Council's workplace mediation scheme helps colleagues resolve disagreements at work before "
    "they become formal grievances. Mediators are trained staff from another directorate, independent of "
    "the people involved. Taking part is voluntary and what is said is confidential.</p><p>Email "
    "mediation@fernleigh.example.gov.uk. This scheme also covers staff in the SEND team.</p>",
    notes="Workplace (HR) mediation that mentions the SEND team's staff: all DR checks 0.")

one("Oxcombe", "schools/peer-mediation", "Peer mediation in Oxcombe schools",
    "<p>Many Oxcombe primary schools train pupils as peer mediators who help classmates sort out "
    "playground fallouts. Peer mediators are independent of the children involved, everything is kept "
    "confidential, and nobody has to use them. The council's Inclusion Service runs training each term: "
    "inclusion@oxcombe.example.gov.uk.</p>",
    notes="Peer mediation in schools: not SEND DR; all 0.")

one("Stanbridge", "schools/admission-appeals", "School admission appeals",
    "<p>If your child was refused a place at a school you applied for, you have the right to appeal to an "
    "independent appeal panel. You must lodge your appeal within 20 school days of the date of the refusal "
    "letter, using the online appeal form on our website. The panel's decision is binding on the school.</p>"
    "<p>Appeals for children with an EHC plan naming a school are different: those go to the SEND "
    "Tribunal.</p>",
    notes="School admission appeal with deadline and form: not the SEND Tribunal (trib 0); independent "
    "panel is not DR (ind 0). A passing mention of the SEND Tribunal has no how.")

one("Pembury", "council-tax/appeals", "Appeal against your council tax band or bill",
    "<p>If you think your property is in the wrong council tax band, or that we have refused a discount or "
    "disability reduction wrongly, write to us first. If we do not change our decision within two months, "
    "you can appeal to the Valuation Tribunal for England, which is independent of the council. Appeals "
    "can be made online.</p><p>A disability reduction may apply if your home has been adapted for a "
    "disabled child.</p>",
    notes="Council tax appeal to the Valuation Tribunal, with disabled child mention: trib 0; ind 0.")

one("Quenby", "planning/appeals", "Planning appeals",
    "<p>If we refuse planning permission, for example for an extension to adapt a home for a disabled "
    "child, you can appeal to the Planning Inspectorate, an independent government agency. For householder "
    "applications you have 12 weeks from the decision. Appeals are made online through the Appeal a "
    "planning decision service.</p>",
    notes="Planning appeal: trib 0, ind 0.")

one("https://www.sendrightsnetwork.example.org.uk", "/guides/disagreement-resolution",
    "What is disagreement resolution?",
    "<p>Every local authority in England must make disagreement resolution arrangements for families of "
    "children and young people with special educational needs. The law says the people who run these "
    "meetings must be independent of the council. Using disagreement resolution is voluntary, it is "
    "available whether or not your child has an EHC plan, and using it - or not - does not affect your "
    "right to appeal to the Tribunal. Meetings are usually confidential.</p><p>It can cover disagreements "
    "with schools about provision, with councils about how they carry out their duties, and about health "
    "and social care in EHC plans.</p><p>To find out who provides disagreement resolution where you live, "
    "look at your council's Local Offer. Our helpline can talk you through it: 0808 157 0099.</p>",
    plain="SEND Rights Network", skip="ind vol all types noeff conf",
    notes="National charity explaining DR in general: no local arrangement, no provider, helpline is the "
    "charity's: in/prov/contact 0. The general statements of the duty (independence, voluntary, scope, "
    "kinds, appeal, confidentiality) describe the law, not a service: left out. Not SENDIASS: iass 0.")

one("https://www.thistlecombesendiass.example.org.uk", "/help-with-disagreements",
    "Help with disagreements",
    "<p>Thistlecombe SENDIASS is the free, impartial and confidential information, advice and support "
    "service for SEND. We can explain your options if you disagree with a school, college or the council.</p>"
    "<p>Councils have to offer an independent disagreement resolution service and SEND mediation. We can "
    "help you decide whether to use them, come to meetings with you, and help you prepare an appeal.</p>"
    "<p>Call our helpline on 01632 960 377 or email help@thistlecombesendiass.example.org.uk.</p>",
    plain="Thistlecombe SENDIASS", pos="iass", skip="ind",
    notes="SENDIASS-hosted page explaining DR in the abstract: iass 1 (SENDIASS with phone/email). No "
    "provider or local arrangement: in/prov/contact 0; independence only as what councils 'have to "
    "offer': ind left out; 'confidential' belongs to SENDIASS: conf 0.")

one("Greenlock", "send-resolution-meetings", "SEND resolution meetings",
    "<p>If you are unhappy with a decision about your child's EHC plan, you can ask for a resolution meeting "
    "with a SEND team manager who has not been involved in your case. The manager will listen impartially "
    "and try to find a way forward. Resolution meetings are free and you do not have to have one before "
    "asking for mediation.</p><p>To request a meeting email sendresolution@greenlock.example.gov.uk.</p>",
    notes="Officer-led resolution meeting: impartial manager, council email; not the s.57 arrangement, so "
    "all DR checks 0 (its optional nature is not DR voluntariness).")

one("Saltings", "early-resolution-panel", "Early resolution panel",
    "<p>Our Early Resolution Panel reviews EHC decisions that families disagree with. The panel is chaired "
    "by an independent chair from the council's Quality Assurance Service, who is independent of your SEND "
    "officer and the original decision maker. You will receive the panel's view within 15 working days. "
    "Ask your SEND officer to refer you.</p>",
    notes="Internal council panel 'independent of your SEND officer': not independent of the council and "
    "not DR: all DR checks 0.")

one("Thistlecombe", "disagreement-resolution-service", "Disagreement resolution service",
    "<p>Thistlecombe's Disagreement Resolution Service is provided by Thistlecombe SENDIASS, our independent "
    "information, advice and support service. SENDIASS advisers can meet you and your child's school to "
    "help you reach agreement. It is free and confidential.</p><p>Contact SENDIASS on 01632 960 377 or "
    "help@thistlecombesendiass.example.org.uk.</p>",
    pos="iass",
    notes="Trap: the IASS presented as the independent DR service: not the s.57 arrangement, so in/ind/prov/"
    "contact/conf 0. SENDIASS signposted with phone and email: iass 1.")

one("Wrenhaven", "send-resolution-officer", "Our SEND Resolution Officer",
    "<p>Wrenhaven's SEND Resolution Officer is an impartial member of the SEND team who can help you and "
    "your child's school or the council talk through a disagreement. Meetings are informal and private, "
    "and you can choose whether to have one. Call 01632 960 660.</p>",
    notes="Council officer described as impartial: not independent, not the DR arrangement; all DR checks 0.")

one("Copperdale", "send-mediation-then-appeal", "Mediation and appeals",
    "<p>If you disagree with an EHC decision, you can ask for SEND mediation. The council will arrange a "
    "meeting with a mediator. After mediation has finished you can appeal to the SEND Tribunal if you are "
    "still unhappy.</p><p>Ask your SEND officer about mediation on 01632 960 555.</p>",
    skip="med",
    notes="Near-miss: only 'after mediation you can appeal' (noeff 0); mediation described without advice/"
    "certificate/time limits: med borderline, left out. No provider or independence; SEN team number: "
    "DR checks 0. Appeal without how: trib 0.")

one("Fernleigh", "youth-justice/restorative-meetings", "Restorative meetings",
    "<p>The Youth Justice Service offers restorative meetings where a young person who has caused harm "
    "meets the person affected, with a trained facilitator. Meetings are voluntary and confidential. Many "
    "of the young people we work with have special educational needs, and we adapt meetings to suit them."
    "</p><p>Call the Youth Justice Service on 01632 960 682.</p>",
    notes="Restorative justice, mentioning SEN: not DR; all 0.")

# --- C. SENDIASS and other sources of advice ---------------------------------------------------------

one("Marlstone", "sendiass", "Marlstone SENDIASS",
    "<p>Marlstone Special Educational Needs and Disabilities Information, Advice and Support Service "
    "(SENDIASS) gives free, impartial and confidential advice to parents and carers, children and young "
    "people up to 25. It is run at arm's length from the council and the ICB.</p><ul><li>Helpline: 01632 "
    "960 840 (Monday to Thursday, 9.30am to 4pm)</li><li>Email: info@marlstonesendiass.example.org.uk</li>"
    "<li>Website: <a href=\"https://www.marlstonesendiass.example.org.uk\">marlstonesendiass.example.org."
    "uk</a></li></ul>",
    pos="iass",
    notes="SENDIASS page with helpline, email and website: iass 1. Its impartiality and confidentiality are "
    "not DR: DR checks 0.")

one("Kingsbarrow", "who-can-help", "Who can help me?",
    '<div class="cards"><div class="card"><h2>Kingsbarrow SENDIASS</h2><p>Our local information, advice '
    "and support service. Free and impartial help with SEN support, EHC plans and appeals.</p><p>Tel: "
    "01632 960 848</p></div><div class=\"card\"><h2>IPSEA</h2><p>A national charity giving free legal advice "
    "on SEND.</p></div><div class=\"card\"><h2>Contact</h2><p>A national charity for families with disabled "
    "children.</p></div><div class=\"card\"><h2>Kingsbarrow Parent Carer Forum</h2><p>Parents working with "
    "the council to improve services.</p></div></div>",
    pos="iass",
    notes="Cards: local SENDIASS with phone (iass 1) beside national charities and the parent carer forum.")

one("Oxcombe", "young-people/sendiass-young-people", "Help for young people from Oxcombe SENDIASS",
    "<p>Are you 16-25? Oxcombe SENDIASS has a young people's adviser who can talk to you on your own, "
    "without your parents, about college, apprenticeships, your EHC plan or what happens when you leave "
    "school.</p><p>Message us on 07700 900 852, call 01632 960 851 or find us on Instagram "
    "@oxcombesendiass.</p>",
    pos="iass",
    notes="Young people's SENDIASS page with text/phone: iass 1.")

one("Pembury", "documents/sendiass-leaflet.pdf", "",
    text=pdf("Pembury SENDIASS  -  information, advice and support  -  leaflet", [
        "Who are we?",
        "Pembury SENDIASS is a free, confidential and impartial service for parents and carers of children "
        "with special educational needs and disabilities, and for young people themselves.",
        "How can we help?",
        "We can explain the law, help you read reports, help you write to the council, and come to meetings "
        "with you.",
        "Get in touch",
        "Phone 01632 960 286 or email advice@pemburysendiass.example.org.uk. Drop-in sessions are held at "
        "Pembury Library every Tuesday morning.",
    ]),
    pos="iass",
    notes="SENDIASS leaflet text with running header: iass 1.")

one("Fernleigh", "send-advice-line", "SEND advice line",
    "<p>Have a question about your child's EHC plan? Call the Fernleigh SEND team's advice line on 01632 "
    "960 690. Our officers can explain the assessment process and tell you where your request is up to.</p>"
    "<p>For independent advice, national charities such as IPSEA and Contact can help.</p>",
    notes="The council's own SEND advice line and national charities: not SENDIASS: iass 0.")

one("Stanbridge", "sendiass-name-only", "Getting support",
    "<p>Stanbridge SENDIASS can support you with SEND questions.</p>",
    skip="iass",
    notes="SENDIASS named in the content but with no way to reach it: iass left out.")

# --- D. complaints routes ------------------------------------------------------------------------

one("Copperdale", "how-to-complain", "How to complain about SEND support",
    "<ol><li><strong>Early years settings, schools and colleges.</strong> Raise it with the SENCO or head "
    "teacher, then follow the setting's published complaints procedure, which ends with the governors or "
    "trust. If the school has not followed its procedure you can ask the Department for Education to look "
    "at it. For nurseries and childminders you can also contact Ofsted.</li><li><strong>The council.</strong> "
    "Use the council's complaints form. Stage 1 replies come within 10 working days; you can ask for a "
    "stage 2 review. Social care complaints follow the three-stage children's procedure.</li><li><strong>"
    "Health services.</strong> Speak to the Patient Advice and Liaison Service (PALS) at the hospital or "
    "trust, or complain to NHS Copperdale ICB.</li><li><strong>Ombudsmen.</strong> If you are still "
    "unhappy, the Local Government and Social Care Ombudsman can look at council complaints, and the "
    "Parliamentary and Health Service Ombudsman at NHS complaints.</li></ol>",
    dated="17 February 2026", pos="cmp",
    notes="Numbered complaints routes: settings (DfE, Ofsted), council (stages, social care), health "
    "(PALS, ICB), both ombudsmen: cmp 1.")

one("Greenlock", "complaints-faq", "Complaints: questions and answers",
    "<h3>I'm unhappy with my child's school. What do I do?</h3><p>Talk to the SENCO first. If that doesn't "
    "help, ask the school for its complaints policy and make a formal complaint to the head teacher and then "
    "the governors.</p><h3>How do I complain about the council's SEND service?</h3><p>Fill in our online "
    "complaint form. If you are not satisfied with our final response, you can ask the Local Government and "
    "Social Care Ombudsman to investigate.</p><h3>What about health services?</h3><p>Contact the NHS "
    "organisation's complaints team or PALS. If you remain unhappy, contact the Parliamentary and Health "
    "Service Ombudsman.</p><h3>Can I complain and appeal at the same time?</h3><p>The ombudsman cannot look "
    "at matters you have appealed to the Tribunal, so ask SENDIASS for advice.</p>",
    pos="cmp",
    notes="Complaints FAQ with school, council, health and ombudsmen routes: cmp 1. SENDIASS named without "
    "contact: iass left out.", skip="iass")

one("Saltings", "documents/complaints-leaflet.pdf", "",
    text=pdf("Saltings SEND Local Offer | If you want to complain | March 2026", [
        "About a school or academy: use the school's complaints procedure. If you have been through it and "
        "are still unhappy, you can write to the Department for Education.",
        "About the council: contact our Customer Feedback Team on 01632 960 690 or use the online form. We "
        "aim to respond within 20 working days. You can then go to the Local Government and Social Care "
        "Ombudsman.",
        "About an NHS service: contact PALS, or the complaints team at NHS Saltings Integrated Care Board. "
        "After that you can ask the Parliamentary and Health Service Ombudsman to review your complaint.",
    ]),
    pos="cmp",
    notes="PDF complaints leaflet: school/DfE, council/LGSCO, NHS/ICB/PHSO: cmp 1.")

one("Stanbridge", "complaints", "Complaints",
    "<dl><dt>Schools</dt><dd>Follow the school's complaints procedure; the final stage is a governors' "
    "panel.</dd><dt>The council</dt><dd>Complete the online complaints form; then the Local Government and "
    "Social Care Ombudsman.</dd><dt>Health</dt><dd>Write to the complaints team at NHS Stanbridge Clinical "
    "Commissioning Group, or contact PALS. Then the Parliamentary and Health Service Ombudsman.</dd></dl>",
    dated="9 June 2026", pos="cmp", stale=True,
    notes="Definition list of complaints routes: cmp 1. Health complaints to the 'NHS Stanbridge Clinical "
    "Commissioning Group' on a 2026 page: stale_ccg 0.")

one("Oxcombe", "complaints-about-send-transport", "Complaints about SEND transport",
    "<p>If you are unhappy with your child's home to school transport, contact the Travel Assistance Team "
    "on 01632 960 733 and ask for your complaint to be logged.</p>",
    skip="cmp",
    notes="Single complaint route (transport team): cmp left out.")

one("Quenby", "council-complaints", "Comments, compliments and complaints",
    "<p>You can complain about council services such as bin collections, council tax, parking and "
    "libraries using our online form. We will acknowledge your complaint within 3 working days. If you are "
    "not happy with our final response you can contact the Local Government and Social Care Ombudsman.</p>",
    notes="Corporate complaints about bins, council tax, parking: not about SEND provision or settings/"
    "health: cmp 0.")

one("Kingsbarrow", "tell-us-what-you-think", "Compliments and comments",
    "<p>We love hearing what we are doing well. Send your compliments about the SEND team to "
    "compliments@kingsbarrow.example.gov.uk and we will pass them on.</p>",
    notes="Compliments page, no complaint routes: cmp 0.")

# --- E. Tribunal appeals ------------------------------------------------------------------------------

one("Fernleigh", "appeal-to-the-send-tribunal", "Appealing to the SEND Tribunal",
    "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) if we refuse "
    "to carry out an EHC needs assessment, decide not to issue a plan, or you disagree with the special "
    "educational needs, provision or placement in a plan.</p><ol><li>Read your decision letter: it gives "
    "the deadline and the mediation adviser's details.</li><li>Unless your appeal is only about the school "
    "named, get a mediation certificate.</li><li>Register your appeal within two months of the decision "
    "letter, or within one month of the certificate if that is later.</li><li>Apply online using the GOV.UK "
    "'Appeal to the SEND Tribunal' service, or post form SEND35.</li><li>The Tribunal will send you a "
    "timetable and a hearing date.</li></ol>",
    dated="4 August 2026", pos="trib",
    notes="Right of appeal with steps, deadlines and the online service/form: trib 1. Mediation certificate "
    "only mentioned: med 0.")

one("Stanbridge", "appeals-faq", "Appeals: frequently asked questions",
    "<h3>Who decides appeals?</h3><p>The First-tier Tribunal (SEND), which is part of HM Courts and "
    "Tribunals Service.</p><h3>What is the deadline?</h3><p>Two months from the date of the decision "
    "letter, or one month from the mediation certificate, whichever is later.</p><h3>How do I appeal?</h3>"
    "<p>Online on GOV.UK, or by sending form SEND35 to the Tribunal.</p><h3>Do I have to try mediation?"
    "</h3><p>You need to have finished mediation before you can appeal.</p>",
    pos="trib",
    notes="Appeal FAQ with deadline and how: trib 1. 'Need to have finished mediation before you can "
    "appeal' is a near-miss (appeal only after mediation, and mediation presented as required): noeff 0, "
    "vol 0.")

one("Kingsbarrow", "extended-appeals", "Appeals about health and social care: extended appeals",
    "<p>When you appeal to the First-tier Tribunal (SEND) about the education parts of an EHC plan, you can "
    "ask the Tribunal to look at the health and social care parts too. This is called an extended appeal. "
    "The Tribunal can make recommendations, which are not binding; NHS Kingsbarrow ICB and our social care "
    "service must reply in writing within five weeks, explaining what they will do.</p><p>To start an "
    "appeal, register it online at GOV.UK within two months of the decision letter (or one month after a "
    "mediation certificate). Tick the box to ask for health and social care recommendations.</p>",
    pos="trib",
    notes="Extended appeals (current wording, ICB) with how to appeal: trib 1.")

one("Copperdale", "tribunal-health-recommendations", "Tribunal recommendations on health",
    "<p>If you appeal to the First-tier Tribunal (SEND) you can include health and social care needs. "
    "Register your appeal online at GOV.UK within two months of our decision.</p><p>Where the Tribunal "
    "makes a health recommendation, NHS Copperdale CCG will consider it and write to you within five "
    "weeks.</p>",
    dated="12 March 2026", stale=True, pos="trib",
    notes="Appeal with how: trib 1. The CCG named as the body that will respond, on a 2026 page without "
    "an ICB: stale_ccg 0.")

one("Wrenhaven", "the-send-tribunal", "About the SEND Tribunal",
    "<p>The SEND Tribunal is an independent judicial body. It hears appeals by parents and young people "
    "against council decisions about EHC needs assessments and plans, and disability discrimination claims "
    "against schools. Hearings are usually held by video and a judge sits with two specialist members.</p>",
    notes="Describes the Tribunal but not how or by when to appeal: trib 0. 'Independent' describes the "
    "Tribunal: ind 0.")

one("Pembury", "disability-discrimination-claims", "Disability discrimination claims against schools",
    "<p>If you think a school has discriminated against your disabled child, for example by excluding them "
    "or refusing reasonable adjustments, you can make a claim to the First-tier Tribunal (SEND). Claims "
    "must be made within six months of the discrimination. You do not need mediation advice first.</p>",
    skip="trib",
    notes="Disability discrimination claim (not an appeal against council decisions), with a time limit: "
    "trib left out.")

# --- F. Local Offer feedback (audit date 2026-11-28: pass needs a date on or after 2025-10-28) ------

one("Marlstone", "you-said-we-did", "You said, we did: your comments on the Local Offer",
    "<p>Published 3 November 2026.</p><p>Every year we publish what families told us about the Local Offer "
    "website and what we have done about it.</p><table><thead><tr><th>You said</th><th>We did</th></tr>"
    "</thead><tbody><tr><td>The Local Offer's directory listed clubs that had closed.</td><td>We checked all "
    "412 entries and removed 38.</td></tr><tr><td>You could not find the page about disagreement "
    "resolution.</td><td>We added it to the 'If you disagree' section and the home page.</td></tr><tr><td>"
    "The Local Offer should be available in other languages.</td><td>We added a translation tool and "
    "printed summaries in Polish and Urdu.</td></tr></tbody></table>",
    pos="fb",
    notes="Comments about the Local Offer with responses, published 3 November 2026: fb 1. Mentions of "
    "disagreement resolution are about the website: DR checks 0.")

one("Oxcombe", "documents/local-offer-annual-report-2025-26.pdf", "",
    text=pdf("Oxcombe SEND Local Offer Annual Report 2025-26        Published 15 May 2026", [
        "1. Introduction",
        "This report sets out the comments children, young people and parents made about the Local Offer "
        "between April 2025 and March 2026, and how we have responded.",
        "2. What you told us",
        "Parents said the Local Offer did not explain how to ask for an EHC needs assessment. Young people "
        "said the pages for 16 to 25 year olds were written for parents, not for them.",
        "3. What we have done",
        "We wrote a step-by-step page on requesting an assessment, and young people from Oxcombe Youth "
        "Voice rewrote the Preparing for Adulthood pages with us.",
    ]),
    pos="fb",
    notes="PDF annual report (published 15 May 2026) with comments and responses about the Local Offer: "
    "fb 1.")

one("Quenby", "local-offer-feedback-report", "Local Offer feedback report",
    "<p>Date published: 29 October 2025</p><h2>Your comments</h2><ul><li>The Local Offer search did not "
    "find services by postcode.</li><li>There was nothing about SEND support in nurseries.</li></ul><h2>Our "
    "response</h2><ul><li>Postcode search was added in September 2025.</li><li>A new early years section "
    "went live in October 2025.</li></ul>",
    pos="fb",
    notes="Local Offer comments and responses published 29 October 2025 (inside the window, two days from "
    "its start): fb 1.")

one("Saltings", "local-offer-you-said-we-did-2025", "Local Offer: you said, we did",
    "<p>Published 27 October 2025.</p><p>You said: the Local Offer did not list after-school clubs for "
    "disabled children. We did: added 24 inclusive clubs.</p><p>You said: the Local Offer pages were slow "
    "on phones. We did: moved to a faster website.</p>",
    notes="Local Offer comments and responses, published 27 October 2025, one day before the window: fb 0.")

one("Thistlecombe", "local-offer-feedback", "What you told us about the Local Offer",
    "<p>Updated: April 2026</p><p>You told us the Local Offer used too much jargon. We have added a glossary "
    "and rewritten 40 pages in plain English.</p><p>You told us you did not know the Local Offer existed. "
    "We have sent leaflets to every school and GP surgery.</p>",
    pos="fb",
    notes="Local Offer comments and responses dated April 2026 (month only, well inside the window): fb 1.")

one("Kingsbarrow", "local-offer-feedback-q2-2026", "Local Offer feedback: July to September 2026",
    "<p>Each quarter we publish the comments we receive about the Local Offer and what we did.</p><ul>"
    "<li><strong>Comment:</strong> The short breaks page on the Local Offer did not say who is eligible. "
    "<strong>Response:</strong> We added the eligibility criteria.</li><li><strong>Comment:</strong> A "
    "phone number for the SENDIASS on the Local Offer was wrong. <strong>Response:</strong> Corrected the "
    "same day.</li></ul>",
    pos="fb",
    notes="Quarterly Local Offer comments and responses for July-September 2026: fb 1. SENDIASS named "
    "without contact: iass left out.", skip="iass")

one("Greenlock", "family-hubs/you-said-we-did", "Family Hubs: you said, we did",
    "<p>Published 2 October 2026.</p><p>You said: the Family Hub in Greenlock North should open on "
    "Saturdays. We did: opened every Saturday morning from September.</p><p>You said: more baby groups. "
    "We did: added two.</p>",
    notes="'You said, we did' about Family Hubs, not the Local Offer: fb 0.")

one("Pembury", "send-transport-feedback", "SEND travel assistance: you said, we did",
    "<p>Updated 1 September 2026.</p><p>You said: drivers changed too often. We did: kept the same driver "
    "on each route for the whole term.</p>",
    notes="'You said, we did' about SEND transport, not the Local Offer: fb 0.")

one("Wrenhaven", "local-offer-comments-2026", "Comments on the Local Offer",
    "<p>Comments received between January and June 2026:</p><ul><li>'I couldn't find anything about "
    "autism support groups.'</li><li>'The Local Offer should have a page for dads.'</li><li>'Please make "
    "the text bigger.'</li></ul><p>We are considering these comments.</p>",
    notes="Comments about the Local Offer without any response or action: fb 0.")

one("Copperdale", "you-said-we-did-local-offer", "You said, we did",
    "<p>You said: the Local Offer was hard to find from the council home page. We did: added a link to "
    "the Local Offer in the main menu.</p><p>You said: the Local Offer had no information about "
    "respite. We did: added a short breaks section.</p>",
    notes="Local Offer comments and responses with no date: fb 0.")

one("Fernleigh", "local-offer-annual-report-2023-24", "Local Offer annual report 2023-24",
    "<p>Published September 2024.</p><p>You said: the Local Offer should include more about leisure. We "
    "did: added a leisure directory.</p>",
    notes="Local Offer feedback published September 2024, outside the 13-month window: fb 0.")

one("Stanbridge", "send-strategy-you-said-we-did", "SEND Strategy consultation: you said, we did",
    "<p>Published 10 July 2026.</p><p>You said: the strategy should prioritise mental health support in "
    "schools. We did: made it one of our four priorities.</p><p>You said: the strategy was hard to read. We "
    "did: published an Easy Read version.</p>",
    notes="'You said, we did' about the SEND strategy consultation, not the Local Offer: fb 0.")

# --- G. CCG and ICB wording ---------------------------------------------------------------------

one("Copperdale", "health/designated-clinical-officer", "Designated Clinical Officer",
    "<p>The Designated Clinical Officer for SEND is based at Copperdale Clinical Commissioning Group and "
    "makes sure health advice is given for EHC needs assessments. Contact the DCO through the CCG on "
    "01632 960 545.</p>",
    dated="22 May 2026", stale=True,
    notes="DCO based at the CCG, contacted through it, on a 2026 page: stale_ccg 0.")

one("Fernleigh", "health/wheelchair-service", "Wheelchair service",
    "<p>Children's wheelchairs in Fernleigh are funded by Fernleigh CCG and provided by Fernleigh Mobility "
    "Services. Ask your physiotherapist or GP to refer you.</p>",
    stale=True,
    notes="Undated page naming the CCG as the current funder, no ICB: stale_ccg 0.")

one("Stanbridge", "health/continuing-care", "Continuing care for children",
    "<p>Some children with complex health needs are eligible for continuing care. The assessment is arranged "
    "by the continuing care team at the CCG. If you disagree with the outcome, write to the CCG within 28 "
    "days to ask for a review.</p>",
    dated="3 October 2026", stale=True, skip="cmp",
    notes="Continuing care assessed by 'the CCG' on an October 2026 page: stale_ccg 0. A single review "
    "route: cmp left out.")

one("Wrenhaven", "archive/send-joint-commissioning-2021", "SEND joint commissioning statement 2021",
    "<p><em>Archived document. Published March 2021.</em></p><p>Wrenhaven Council and Wrenhaven CCG jointly "
    "commission speech and language therapy, occupational therapy and the children's continence service. "
    "The CCG's Designated Medical Officer chairs the health panel.</p>",
    notes="Archived document published March 2021, before CCGs ended: stale_ccg 1.")

one("Oxcombe", "health/who-commissions-health", "Who arranges health services?",
    "<p>Since 1 July 2022 NHS Oxcombe and Vale Integrated Care Board (ICB) has arranged most children's "
    "health services. It replaced the Clinical Commissioning Group (CCG), so you may still see the old name "
    "on some letters.</p>",
    notes="Explains that the ICB replaced the CCG: stale_ccg 1.")
