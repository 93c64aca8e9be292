"""The held-back pages h523… (written into ``test.jsonl`` by make_corpus.py), written blind in November 2026.

A sixth blind batch, weighted to what real Local Offer sites naturally publish: disagreement
resolution and SEND mediation pages from many different web teams and directory platforms, PDF
leaflets and print versions, Easy Read, FAQ pages, "if you disagree" guides, annual Local Offer
feedback reports, SENDIASS pages, complaints and appeal pages, with the usual traps beside them.
Like h001…h522 they were written from the labelling rules of ``README.md``, ``checks.md`` and
``duties.md`` only -- without reading the checks' code, their fixtures or the tuning generators, and
without running any check on them -- with councils new to the corpus (Amblecote Wold, Brackenholt,
Cindermoor, Dovecot Heath, Eelsworth, Fallowbeck, Gorsebridge, Hindlecombe, Juniper Fell,
Kestrelford, Lowmarsh, Millhaven Ness, Oakenshaw Vale, Pilgrim's Cross, Quarrybank, Rushmere Heath,
Sedgecombe, Tarnwick, Upperthorpe Vale, Vellandale, Whinmoor Edge, Yewbarrow), fictional providers
(Kingfisher Table Mediation CIC, Northlight Resolution Ltd, Copperbeech SEND Mediation, Meadowlark
Dispute Resolution Trust), a fictional national charity (SEND Parents Together UK), a family
mediation service (Hearthside Family Mediation) and a housing association (Brackenholt Homes) beside
the real providers of ``duties.md`` section 10, and furniture of their own.

The pages are appended to ``make_corpus_heldout.SPLIT`` (so their ids continue at h523);
``make_corpus.py`` imports this module after ``make_corpus_heldout5``. Each page is written one by
one and labelled by hand. NEVER tune on them.
"""

from __future__ import annotations

import textwrap

from make_corpus_heldout import SPLIT

case = SPLIT.add

# --- furniture (never evidence) ------------------------------------------------------------------

COUNCIL_HEAD = (
    '<div class="cookie"><p>We use cookies to make this site work. <button>Accept</button> <button>'
    'Reject</button></p></div><header class="lo"><p class="brand">{C} SEND Local Offer</p><nav '
    'class="primary" aria-label="Main"><ul><li><a href="/lo/ehc">EHC plans</a></li><li><a href="/lo/'
    'disagreements">Disagreement resolution (DR)</a></li><li><a href="/lo/send-mediation">SEND mediation'
    '</a></li><li><a href="/lo/tribunal">SEND Tribunal appeals</a></li><li><a href="/lo/complaints">'
    'Complaints</a></li><li><a href="/lo/sendiass">SENDIASS</a></li><li><a href="/lo/feedback">You said, '
    'we did</a></li></ul></nav><p class="crumbs"><a href="/">Home</a> &gt; <a href="/lo">Local Offer</a>'
    '</p></header>'
)
COUNCIL_FOOT = (
    '<section class="feedback-widget"><h2>Is this page useful?</h2><button>Yes</button><button>No</button>'
    '<p>We cannot reply to comments left here. To tell us about the Local Offer, see <a href="/lo/feedback">'
    'You said, we did</a>.</p></section><footer class="lo"><ul><li><a href="/lo/disagreements">Independent '
    'disagreement resolution</a></li><li><a href="/lo/send-mediation">Mediation certificates</a></li><li><a '
    'href="/lo/complaints">Complaints and the Ombudsman</a></li><li><a href="/lo/tribunal">Appeals</a></li>'
    '<li><a href="/lo/health">NHS and ICB (formerly CCG) services</a></li><li><a href="/accessibility">'
    'Accessibility</a></li></ul><p>&copy; {C} Council</p></footer>'
)
DIR_HEAD = (
    '<header class="dir"><p class="brand">{C} Family Directory</p><form action="/search"><input name="q" '
    'placeholder="Search services"><button>Go</button></form><p class="links"><a href="/kb5/basket">My '
    'list</a> | <a href="/kb5/print">Print</a> | <a href="/kb5/share">Share</a></p><nav class="lo-menu">'
    '<h2>SEND Local Offer</h2><ul><li><a href="/cat/dr">Disagreement resolution and mediation</a></li>'
    '<li><a href="/cat/sendiass">SENDIASS</a></li><li><a href="/cat/tribunal">Tribunal</a></li><li><a '
    'href="/cat/complaints">Complaints</a></li><li><a href="/cat/ysww">You said, we did</a></li></ul>'
    '</nav></header>'
)
DIR_FOOT = (
    '<footer class="dir"><p><a href="/kb5/provider">Are you a provider? Update your entry</a> | <a href="'
    '/kb5/cookies">Cookies</a></p><p>The directory lists services; {C} Council does not recommend any '
    'of them.</p></footer>'
)
PLAIN_HEAD = (
    '<header><p class="org">{C}</p><nav><a href="/">Home</a> <a href="/help">Get help</a> <a href="/'
    'news">News</a> <a href="/donate">Donate</a></nav></header>'
)
PLAIN_FOOT = (
    '<footer><p>{C} | <a href="/privacy">Privacy</a> | <a href="/disagreements">Disagreements and '
    'mediation</a> | <a href="/complaints">Complaints</a></p></footer>'
)


def page(site: str, title: str, main: str, dated: str, furn: str) -> str:
    if furn == "d":
        head, foot = DIR_HEAD, DIR_FOOT
    elif furn == "p":
        head, foot = PLAIN_HEAD, PLAIN_FOOT
    else:
        head, foot = COUNCIL_HEAD, COUNCIL_FOOT
    stamp = f'<p class="reviewed">Last reviewed: {dated}</p>' if dated else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title></head>'
        f'<body>{head.replace("{C}", site)}<main id="main"><h1>{title}</h1>{main}{stamp}</main>'
        f'{foot.replace("{C}", site)}</body></html>'
    )


def url(site: str, slug: str, furn: str) -> str:
    if site.startswith("http"):
        return site + slug
    key = site.lower().replace(" ", "").replace("'", "")
    if furn == "d":
        return f"https://directory.{key}.example.gov.uk/kb5/{key}/directory/{slug}"
    return f"https://localoffer.{key}.example.gov.uk/{slug}"


def one(site: str, slug: str, title: str = "", main: str = "", *, text: str = "", furn: str = "c",
        plain: str = "", pos: str = "", skip: str = "", stale: bool = False, dated: str = "",
        notes: str) -> None:
    """``furn``: "c" council Local Offer, "d" directory, "p" plain (another body named by ``plain``).
    ``text`` gives a plain-text page (PDF or print version) instead of HTML."""
    address = url(site, slug, furn)
    if text:
        case(address, text=text, pos=pos, skip=skip, stale=stale, notes=notes)
    else:
        body = page(plain or site, title, main, dated, furn)
        case(address, html=body, pos=pos, skip=skip, stale=stale, notes=notes)


def pdf(header: str, paragraphs: list[str], width: int = 74, per_page: int = 16) -> str:
    """A PDF as extracted text, hard-wrapped, with a running header and 'n' page numbers."""
    lines: list[str] = []
    for p in paragraphs:
        lines.extend(textwrap.wrap(p, width) or [""])
        lines.append("")
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    out: list[str] = []
    for number, chunk in enumerate(chunks, 1):
        out.append(header)
        out.append("")
        out.extend(chunk)
        out.append(f"- {number} -")
        out.append("\f")
    return "\n".join(out)


ALL_DR = "in ind vol all types noeff conf prov contact"

# --- A. disagreement resolution and SEND mediation pages -----------------------------------------

one("Amblecote Wold", "disagreements/disagreement-resolution", "Disagreement resolution",
    "<p>Most worries about SEN support are sorted out by talking to the school or your SEND officer. "
    "When that has not worked, an independent disagreement resolution meeting can help everyone find a "
    "way forward.</p><h2>Who provides it?</h2><p>Amblecote Wold Council pays Kingfisher Table Mediation "
    "CIC to run the service. Kingfisher Table's facilitators are not employed by the council, by schools "
    "or by the NHS.</p><h2>What can it be used for?</h2><ul><li>you and your child's school or college "
    "cannot agree about the special educational provision being made;</li><li>you think the council is "
    "not carrying out its SEN duties properly, for example an annual review has not happened;</li><li>"
    "you disagree with the council or the ICB about health or social care provision while an EHC plan is "
    "being assessed, written or reviewed.</li></ul><h2>Who can use it?</h2><p>Any parent, carer or young "
    "person where special educational needs are involved. You don't need an EHC plan.</p><h2>Do I have to?"
    "</h2><p>No. A meeting only takes place if you and the other side both agree to it. Choosing not to "
    "use disagreement resolution does not affect your right to appeal to the SEND Tribunal.</p><h2>Is it "
    "private?</h2><p>Yes. What is said in the meeting is confidential and will not be passed to a "
    "Tribunal.</p><h2>Contact</h2><p>Kingfisher Table Mediation CIC: 01632 960 311, "
    "amblecote@kingfishertable.example.org.uk</p>",
    dated="2 October 2026", pos=ALL_DR,
    notes="Headed council page: provider Kingfisher Table 'not employed by the council' = independent, "
    "three kinds, 'You don't need an EHC plan', both sides agree = voluntary, not using it does not "
    "affect the appeal, confidential, phone/email: every DR check 1.")

one("Brackenholt", "service.page?id=gm-send-mediation-drs",
    "Global Mediation - SEND mediation and disagreement resolution",
    "<div class=\"record\"><h2>Description</h2><p>Global Mediation is commissioned by Brackenholt Council "
    "to provide SEND mediation advice, mediation and disagreement resolution. It is an independent "
    "company and is not part of the council.</p><p><strong>Disagreement resolution</strong> can help "
    "when a family and a school disagree about the support in place for a child's SEN, or when a family "
    "disagrees with how the council is carrying out its duties. It is voluntary: everyone has to agree "
    "to take part.</p><p><strong>SEND mediation</strong> is for decisions about EHC needs assessments and "
    "plans. If you want to appeal you must first contact a mediation adviser, within two months of the "
    "date of the council's decision letter. If you decide not to mediate, the adviser will issue a "
    "certificate within three working days and you can register an appeal with the Tribunal straight away. If you do mediate, "
    "the council has to arrange the meeting within 30 days.</p></div><table class=\"contact\"><tr><th>"
    "Telephone</th><td>0808 157 0142</td></tr><tr><th>Email</th><td>brackenholt@globalmediation.example."
    "co.uk</td></tr><tr><th>Website</th><td>www.globalmediation.example.co.uk</td></tr><tr><th>Age range"
    "</th><td>0-25</td></tr></table>",
    furn="d", dated="17 July 2026", pos="in ind vol types noeff prov contact med", skip="trib",
    notes="Directory record: Global Mediation 'independent ... not part of the council', two kinds "
    "(school support; council's duties), voluntary, SEND mediation with adviser, two months, certificate "
    "in three working days, 30 days = med 1; declining gives a certificate and 'register an appeal with the "
    "Tribunal' = noeff 1; phone/email/web. All-SEN and confidentiality absent: 0. Tribunal mentioned "
    "without how to appeal: trib left out.")

one("Cindermoor", "if-you-disagree/faqs", "Sorting out disagreements: your questions",
    "<h2>What is disagreement resolution?</h2><p>A meeting with a trained facilitator who helps you and "
    "the people you disagree with talk a problem through and agree what happens next.</p><h2>Who runs "
    "it?</h2><p>KIDS, a national charity. Cindermoor Council funds the service but KIDS is independent of "
    "the council.</p><h2>Do we need an EHC plan to use it?</h2><p>No. It is there for any child or young "
    "person with special educational needs, whether they get SEN support at school or have a plan.</p>"
    "<h2>Do I have to use it?</h2><p>No, it is voluntary, and it only goes ahead if everyone agrees.</p>"
    "<h2>If I don't use it, can I still appeal?</h2><p>Yes. Whether or not you try disagreement "
    "resolution makes no difference to your right to appeal to the First-tier Tribunal.</p><h2>Will what "
    "I say be used against me?</h2><p>No. Meetings are confidential.</p><h2>How do I get in touch?</h2>"
    "<p>Call KIDS on 0808 157 0217 or email cindermoor.drs@kids.example.org.uk.</p>",
    dated="11 September 2026", pos="in ind vol all noeff conf prov contact",
    notes="FAQ page: KIDS independent of the council, all SEN (SEN support or a plan), voluntary, appeal "
    "unaffected, confidential, phone/email. Kinds: only a general 'problem' with the people you "
    "disagree with: types 0.")

one("Dovecot Heath", "documents/independent-disagreement-resolution-leaflet.pdf", text=pdf(
    "Dovecot Heath SEND Local Offer | Independent disagreement resolution | Leaflet DH/SEND/07", [
        "Independent disagreement resolution for families in Dovecot Heath",
        "What is it? Disagreement resolution is a meeting, or a series of phone calls, led by someone "
        "who is not on anyone's side. It gives you and the people you disagree with the chance to listen "
        "to each other and agree a plan.",
        "Who provides it? Copperbeech SEND Mediation. Copperbeech is an independent organisation: it is "
        "not part of Dovecot Heath Council, and its facilitators have no links to local schools.",
        "What kind of disagreements? - between parents or young people and an early years setting, "
        "school or college about the special educational provision being made; - between parents or "
        "young people and the council about how it is carrying out its SEN duties; - about the health "
        "or social care parts of an EHC plan while it is being drawn up or reviewed, with the council or "
        "NHS Dovecot Heath Integrated Care Board.",
        "Is it my choice? Yes. Nobody can make you take part, and everyone involved must agree before a "
        "meeting is arranged.",
        "Is it confidential? Yes. Notes are not shared with anyone outside the meeting unless everyone "
        "agrees.",
        "How do I ask for it? Phone Copperbeech on 01632 960 428 (Monday to Friday, 9am to 5pm) or email "
        "dovecot@copperbeech.example.org.uk. You can ask for it yourself; you do not need a referral.",
        "Leaflet reviewed August 2026.",
    ]),
    pos="in ind vol types conf prov contact",
    notes="PDF leaflet as extracted text: provider Copperbeech 'not part of the council' = independent, "
    "three kinds (with the ICB), voluntary/all must agree, confidential, phone/email. All-SEN and the "
    "appeal absent: 0.")

one("Eelsworth", "send/help-when-things-go-wrong/disagreement-resolution", "Disagreement resolution meetings",
    "<p>If you cannot agree with your child's school about the support in their SEN plan, or you are "
    "unhappy with the way the council is handling an EHC needs assessment, you can ask for a "
    "disagreement resolution meeting.</p><p>Meetings are led by trained, impartial and neutral "
    "facilitators from Northlight Resolution Ltd, working on behalf of Eelsworth Council.</p><p>Once a "
    "meeting has been set up, parents are expected to attend, as are a representative of the school and "
    "of the council's SEND team.</p><p>To arrange a meeting, ring Northlight Resolution on 01632 960 502."
    "</p>",
    dated="30 April 2026", pos="in types prov contact",
    notes="Near-miss: Northlight named as provider 'on behalf of the council', only 'impartial and "
    "neutral' = ind 0; 'parents are expected to attend' = vol 0. Two kinds (school support; council "
    "handling an assessment), phone: in, types, prov, contact 1.")

one("Fallowbeck", "local-offer/resolving-disagreements", "Resolving disagreements about EHC plans",
    "<p>Fallowbeck Council offers independent disagreement resolution to families whose child has an "
    "Education, Health and Care plan. The service is only for children and young people who have an EHC "
    "plan.</p><p>It is provided by Meadowlark Dispute Resolution Trust, a charity that is independent "
    "of the council. You do not have to use it if you would rather not.</p><p>It can help where you "
    "disagree about the provision written in the plan.</p><p>Once the meeting is over, if you are still "
    "unhappy, you can then appeal to the Tribunal.</p><p>Ask for a meeting using Meadowlark's online "
    "referral form at www.meadowlark-drt.example.org.uk/fallowbeck-referral.</p>",
    dated="8 January 2026", pos="in ind vol prov contact",
    notes="Provider Meadowlark independent, 'you do not have to use it' = voluntary, online referral form. "
    "Near-misses: 'only for children ... who have an EHC plan' = all 0; one kind only = types 0; "
    "'once the meeting is over ... you can then appeal' = noeff 0. No confidentiality: 0.")

one("Gorsebridge", "young-people/sorting-out-a-disagreement", "Sorting out a disagreement (16 to 25)",
    "<p class=\"lead\">This page was written with young people from Gorsebridge Youth SEND Panel.</p>"
    "<p>If you're 16 or over you can ask for disagreement resolution yourself - you don't need your "
    "parents to do it for you.</p><p><strong>What could it help with?</strong> Maybe your college isn't "
    "giving you the support you need for your learning. Maybe you think the council isn't doing what it "
    "should with your EHC plan review.</p><p><strong>Who will I talk to?</strong> Someone from Together "
    "Trust. They are not part of the council or your college.</p><p><strong>Do I need an EHCP?</strong> "
    "No - you can use it whether you have one or not.</p><p><strong>Do I have to?</strong> It's your "
    "choice.</p><p><strong>Will people find out what I said?</strong> What you say stays private.</p><p>"
    "Text or call Together Trust on 07700 900 631 or email gorsebridge@togethertrust.example.org.uk.</p>",
    dated="19 May 2026", pos="in ind vol all types conf prov contact",
    notes="Young people's page: Together Trust 'not part of the council or your college', two kinds "
    "(college support; council and the EHC review), all SEN, 'your choice', private, text/phone/email. "
    "Appeal not mentioned: noeff 0.")

one("Hindlecombe", "ehc/send-mediation", "SEND mediation",
    "<p>If you disagree with a decision we have made about an EHC needs assessment or an EHC plan, you "
    "may want to appeal to the First-tier Tribunal (SEND). Before you can appeal, you will usually have "
    "to get mediation advice. This does not apply if your appeal is only about the school or type of "
    "school named in the plan.</p><h2>Step 1: mediation advice</h2><p>Contact Prime Resolution, our "
    "independent mediation adviser, within two months of the date on our decision letter. Prime "
    "Resolution is independent of Hindlecombe Council.</p><h2>Step 2: decide</h2><p>Mediation is "
    "voluntary. You must get the advice, but you do not have to mediate. If you don't want to, Prime "
    "Resolution will issue a certificate within three working days, and you can register your appeal "
    "straight away.</p><h2>Step 3: mediation</h2><p>If you choose mediation we must arrange it within 30 "
    "days. It is confidential, free and held somewhere convenient for you.</p><h2>Step 4: appeal</h2><p>"
    "You have two months from our decision letter, or one month from the date of the certificate if that "
    "is later, to appeal online at GOV.UK (SEND Tribunal: appeal a decision).</p><p>Prime Resolution: "
    "01632 960 655, www.prime-resolution.example.co.uk/hindlecombe</p>",
    dated="23 June 2026", pos="ind vol noeff conf prov contact med trib", skip="all",
    notes="SEND mediation page: Prime Resolution named and independent, adviser/two months/certificate in "
    "three working days/30 days = med 1, voluntary, certificate if you decline and appeal straight away = "
    "noeff 1, confidential, phone/web, appeal deadline and GOV.UK = trib 1. No DR term: in 0; no kinds: "
    "types 0. Mediation-only page: all left out.")

one("Juniper Fell", "easy-read/disagreements", "Easy Read: when you do not agree",
    "<table class=\"easy-read\"><tr><td><img alt=\"two people talking\" src=\"/img/talk.png\"></td><td>"
    "Sometimes you do not agree with the school about help for your child.</td></tr><tr><td><img alt=\""
    "council building\" src=\"/img/council.png\"></td><td>Sometimes you do not agree with what the "
    "council is doing about special needs.</td></tr><tr><td><img alt=\"meeting\" src=\"/img/meet.png\">"
    "</td><td>A <strong>disagreement resolution</strong> meeting can help.</td></tr><tr><td><img alt=\""
    "person with badge\" src=\"/img/badge.png\"></td><td>The meeting is run by Kingfisher Table. They do "
    "not work for the council.</td></tr><tr><td><img alt=\"thumbs up\" src=\"/img/yes.png\"></td><td>You "
    "choose if you want to go. Everyone has to say yes.</td></tr><tr><td><img alt=\"child\" src=\"/img/"
    "child.png\"></td><td>Your child does not need an EHC plan.</td></tr><tr><td><img alt=\"lock\" src=\""
    "/img/lock.png\"></td><td>What you say is private.</td></tr><tr><td><img alt=\"phone\" src=\"/img/"
    "phone.png\"></td><td>Phone Kingfisher Table: 01632 960 318.</td></tr></table>",
    dated="14 March 2026", pos="in ind vol all types conf prov contact",
    notes="Easy Read rows: two kinds (school help; council), provider 'do not work for the council', "
    "voluntary, no EHC plan needed, private, phone. Appeal absent: noeff 0.")

one("Kestrelford", "if-you-are-unhappy", "If you are unhappy with SEND support or a decision",
    "<p>This guide sets out the ways to sort things out, starting with the most informal.</p><h2>1. "
    "Talk to the setting</h2><p>Speak to your child's teacher or SENCO first. Most problems are solved "
    "this way.</p><h2>2. Get free advice</h2><p>Kestrelford SENDIASS gives free, impartial and "
    "confidential information and advice. Call 01632 960 740 or email advice@kestrelfordsendiass.example."
    "org.uk.</p><h2>3. Disagreement resolution</h2><p>Global Mediation provides our disagreement "
    "resolution service. It is independent of the council. It is open to all families of children with "
    "SEN, not only those with an EHC plan, and can look at disagreements with a school or college about "
    "the provision being made, or with the council or the ICB about health and care parts of a plan "
    "during an assessment or review. Taking part is voluntary. You do not have to use disagreement "
    "resolution before appealing, and not using it will not affect your appeal rights. Contact Global "
    "Mediation on 0808 157 0163.</p><h2>4. SEND mediation</h2><p>Before appealing most EHC decisions you "
    "must speak to Global Mediation's mediation advisers within two months of the decision letter. They "
    "issue a mediation certificate within three working days of your call if you do not want to "
    "mediate, or after mediation has taken place.</p><h2>5. Appeal to the Tribunal</h2><p>You can appeal "
    "to the First-tier Tribunal (Special Educational Needs and Disability) against decisions about EHC "
    "assessments and plans. Appeal online on GOV.UK within two months of the decision, or one month after "
    "your mediation certificate if later.</p><h2>6. Complaints</h2><p>Complaints about a school go "
    "through the school's complaints procedure, then to the Department for Education. Complaints about "
    "the council's SEND service go through our corporate complaints procedure and then to the Local "
    "Government and Social Care Ombudsman. Complaints about NHS services go to the service or PALS, "
    "then the Parliamentary and Health Service Ombudsman.</p>",
    dated="6 August 2026", pos="in ind vol all types noeff prov contact med iass cmp trib",
    notes="Long guide: DR by Global Mediation, independent, all families with SEN, two kinds, voluntary, "
    "not using it does not affect the appeal, phone; SEND mediation with adviser, two months, certificate "
    "= med 1; SENDIASS with phone/email = iass 1; Tribunal with online route and deadline = trib 1; "
    "complaints for school, council, NHS and the ombudsmen = cmp 1. Confidential only said of SENDIASS: "
    "conf 0.")

one("Lowmarsh", "service.page?id=northlight-drs", "Northlight Resolution - SEND disagreement resolution",
    "<div class=\"record\"><p>Northlight Resolution Ltd delivers disagreement resolution for families in "
    "Lowmarsh. The law says disagreement resolution must be independent of the local authority.</p>"
    "<h3>Disagreements it can help with</h3><ul><li>how the council or a school's governing body is "
    "meeting its SEN duties</li><li>the special educational provision at a nursery, school or college"
    "</li><li>health or social care provision during EHC needs assessments and reviews</li><li>"
    "disagreements between the council and the Integrated Care Board</li></ul><h3>Before a meeting</h3>"
    "<p>All parties must agree to take part.</p></div><table class=\"contact\"><tr><th>Contact</th><td>"
    "Referrals team</td></tr><tr><th>Telephone</th><td>01632 960 577</td></tr><tr><th>Email</th><td>"
    "referrals@northlight.example.co.uk</td></tr></table>",
    furn="d", pos="in vol types prov contact", skip="ind",
    notes="Directory record: provider Northlight, four kinds, all parties must agree = voluntary, phone/"
    "email. Independence only as what the law says: ind left out. No all-SEN, appeal or confidentiality: 0.")

one("Millhaven Ness", "news/new-send-mediation-provider", "New provider for SEND mediation and disagreement resolution",
    "<p class=\"date\">Posted 3 November 2026</p><p>From 1 January 2027, SEND mediation and disagreement "
    "resolution for Millhaven Ness families will be provided by Copperbeech SEND Mediation, after a "
    "tender run with the Parent Carer Forum. Copperbeech is an independent organisation, not part of the "
    "council.</p><p>Until then, families should carry on using the current arrangements. We will publish "
    "Copperbeech's phone number and email on the Local Offer in December.</p>",
    pos="ind prov",
    notes="News item: provider named and 'independent ... not part of the council', but no way to contact "
    "it yet: contact 0, in 0. Nothing else stated.")

one("Quarrybank", "documents/send-guide-section-7.pdf", text=pdf(
    "Quarrybank SEND Guide for Families 2026 - Section 7: When you disagree", [
        "7.3 Disagreement resolution",
        "Quarrybank Council commissions Community Accord to provide disagreement resolution. Community "
        "Accord is independent of the local authority and of NHS Quarrybank CCG.",
        "Disagreement resolution can be used for disagreements between parents or young people and the "
        "council or a school about how SEN duties are being carried out, and for disagreements with "
        "NHS Quarrybank CCG or the council about health or social care provision during an EHC needs "
        "assessment, plan or review.",
        "The meetings are confidential.",
        "To ask for a meeting call Community Accord on 01632 960 881 or email "
        "quarrybank@communityaccord.example.com.",
        "7.4 SEND mediation - see section 8.",
    ]),
    stale=True, pos="in ind types conf prov contact",
    notes="PDF guide section: Community Accord independent, two kinds, confidential, phone/email. 'NHS "
    "Quarrybank CCG' named as a live health body in a 2026 guide with no ICB: stale_ccg 0. Voluntary, "
    "all SEN and appeal absent: 0.")

one("Rushmere Heath", "disagreement-resolution-key-facts", "Disagreement resolution: key facts",
    "<table class=\"facts\"><tr><th scope=\"row\">Who provides it</th><td>KIDS SEND Mediation and "
    "Disagreement Resolution Service</td></tr><tr><th scope=\"row\">Is it independent?</th><td>Yes. KIDS "
    "is not part of Rushmere Heath Council.</td></tr><tr><th scope=\"row\">Who can use it</th><td>"
    "Parents, carers and young people with SEN, with or without an EHC plan</td></tr><tr><th scope=\"row"
    "\">Do I have to use it?</th><td>No, it is voluntary</td></tr><tr><th scope=\"row\">Does it affect "
    "an appeal?</th><td>No. You can still appeal to the SEND Tribunal whether or not you use it.</td>"
    "</tr><tr><th scope=\"row\">Cost</th><td>Free</td></tr><tr><th scope=\"row\">Phone</th><td>0808 157 "
    "0244</td></tr><tr><th scope=\"row\">Email</th><td>rushmere@kids.example.org.uk</td></tr></table>",
    dated="1 September 2026", pos="in ind vol all noeff prov contact",
    notes="Key facts table: KIDS not part of the council, all SEN, voluntary, appeal unaffected, phone/"
    "email. No kinds, no confidentiality: 0.")

one("Sedgecombe", "help-and-advice/disagreement-resolution", "Independent disagreement resolution",
    "<p>Sedgecombe's disagreement resolution service is run by Community Accord, an organisation that "
    "is independent of the council.</p><p>You do not need an EHC plan to use it. It can help with "
    "disagreements:</p><ul><li>with the council about how it is carrying out its duties for children "
    "with SEN;</li><li>with an early years setting, school or college about the special educational "
    "provision it makes;</li><li>with the council or NHS Sedgecombe ICB about health or social care "
    "provision during an EHC needs assessment or review.</li></ul><p>Choosing not to use disagreement "
    "resolution does not affect your right to appeal to the First-tier Tribunal.</p><p>Email "
    "sedgecombe@communityaccord.example.com to ask for a meeting.</p>",
    dated="25 February 2026", pos="in ind all types noeff prov contact", skip="vol",
    notes="Community Accord independent, no EHC plan needed, three kinds (ICB), not using it does not "
    "affect the appeal, email. Voluntariness only implied by 'choosing not to use it': vol left out. No "
    "confidentiality: 0.")

one("Tarnwick", "ehc/mediation-health-and-social-care", "Mediation about health and social care in an EHC plan",
    "<p>You can ask for mediation about the health or social care parts of an EHC plan as well as the "
    "education parts. Health issues involve NHS Tarnwick Integrated Care Board (ICB), which arranges "
    "mediation about health-only issues.</p><p>Our mediation adviser and mediators come from Together "
    "Trust. They are independent mediators, not employed by the council or the ICB.</p><p>Contact "
    "Together Trust within two months of the decision letter. You do not have to go to mediation; you "
    "only have to get the advice. If you say no to mediation, you will get a mediation certificate "
    "within three working days. If you go ahead, mediation must take place within 30 days.</p><p>"
    "Mediation is confidential.</p><p>Together Trust: 01632 960 903, tarnwick.mediation@togethertrust."
    "example.org.uk</p>",
    dated="12 October 2026", pos="ind vol conf prov contact med", skip="all noeff trib",
    notes="SEND mediation about health and social care (ICB): Together Trust independent, not employed by "
    "the council or ICB, two months, certificate in three working days, 30 days = med 1, voluntary, "
    "confidential, phone/email. No DR term: in 0; no kinds of DR: types 0. Certificate on declining "
    "without saying you can then appeal: noeff left out; no appeal how: trib left out; mediation-only: "
    "all left out.")

one("Upperthorpe Vale", "disagreement-resolution", "Disagreement resolution",
    "<details><summary>What is disagreement resolution?</summary><p>A way of settling disagreements about "
    "special educational needs without going to a tribunal. An independent facilitator from Meadowlark "
    "Dispute Resolution Trust chairs the meeting; the facilitator is not a council employee.</p></details>"
    "<details><summary>What disagreements can it help with?</summary><ul><li>Between you and the "
    "council or a school about how they carry out their SEN duties</li><li>Between you and a nursery, "
    "school or college about the special educational provision for your child</li><li>Between you and "
    "the council or Upperthorpe Vale ICB about health or social care provision during an EHC assessment, "
    "plan or review</li><li>Between the council and the ICB</li></ul></details><details><summary>Who can "
    "use it?</summary><p>Any family of a child or young person with SEN. You don't need an EHC plan.</p>"
    "</details><details><summary>Is it confidential?</summary><p>Yes, everything discussed is "
    "confidential.</p></details><details><summary>Do I have to take part?</summary><p>No. It is "
    "voluntary for everyone.</p></details><details><summary>What if it doesn't work?</summary><p>If the "
    "meeting does not settle things, you can then appeal to the Tribunal where the decision can be "
    "appealed.</p></details><details><summary>How do I ask for it?</summary><p>Fill in Meadowlark's "
    "referral form at www.meadowlark-drt.example.org.uk/upperthorpe or call 01632 960 964.</p></details>",
    dated="5 November 2026", pos="in ind vol all types conf prov contact",
    notes="Accordion: independent facilitator from Meadowlark (not a council employee), four kinds, all "
    "SEN, confidential, voluntary, referral form/phone. 'If the meeting does not settle things, you can "
    "then appeal' is appeal after DR: noeff 0.")

one("Vellandale", "send-mediation-providers", "SEND mediation and disagreement resolution providers",
    "<p>Vellandale Council gives families a choice of two independent providers for SEND mediation and "
    "disagreement resolution. Neither is part of the council.</p><table><thead><tr><th>Provider</th><th>"
    "Phone</th><th>Website</th></tr></thead><tbody><tr><td>Prime Resolution</td><td>01632 960 712</td><td>"
    "www.prime-send.example.co.uk</td></tr><tr><td>Global Mediation</td><td>0808 157 0720</td><td>"
    "www.globalmediation.example.co.uk/vellandale</td></tr></tbody></table><p>Mediation and disagreement "
    "resolution are voluntary.</p>",
    dated="18 April 2026", pos="in ind vol prov contact",
    notes="A choice of two providers in a table, independent (not part of the council), voluntary, "
    "phones/websites. No kinds, all-SEN, appeal or confidentiality: 0.")

one("Whinmoor Edge", "print/disagreement-resolution", text="\n".join([
    "Whinmoor Edge Local Offer - printable version",
    "Printed from localoffer.whinmooredge.example.gov.uk/disagreement-resolution",
    "",
    "DISAGREEMENT RESOLUTION",
    "",
    "Disagreement resolution is a free, independent service for families of",
    "children and young people with special educational needs. It is run by",
    "Copperbeech SEND Mediation, which is independent of Whinmoor Edge Council.",
    "",
    "Who is it for? Any child or young person with SEN, whether they have an",
    "EHC plan or not.",
    "",
    "What can it help with? Disagreements with a school or college about the",
    "SEN provision it is making, and disagreements with the council about how",
    "it is carrying out its SEN duties, including delays to EHC plan reviews.",
    "",
    "Taking part is voluntary and needs everyone's agreement. Meetings are",
    "confidential. Deciding not to use it will not affect your right to appeal",
    "to the SEND Tribunal.",
    "",
    "Contact Copperbeech: 01632 960 977 / whinmoor@copperbeech.example.org.uk",
    "",
    "Page 1 of 1",
]), pos=ALL_DR,
    notes="Print version as plain text: Copperbeech independent, all SEN, two kinds, voluntary/agreement, "
    "confidential, declining does not affect the appeal, phone/email: every DR check 1.")

one("Yewbarrow", "disagreement-resolution", "Disagreement resolution",
    "<p>Disagreement resolution is provided for Yewbarrow by Northlight Resolution Ltd, an independent "
    "provider that is not part of the council.</p><p>It can help if you disagree with a school about the "
    "support your child gets for their special educational needs, or with the council about an EHC needs "
    "assessment or annual review.</p><p>It is voluntary.</p><p>To use the service, ask your SEND "
    "caseworker, who will make the referral to Northlight for you. You can contact the SEND team on "
    "01632 960 100.</p>",
    dated="7 July 2026", pos="ind vol types prov",
    notes="Provider Northlight independent, two kinds, voluntary. Referral only through the council's SEND "
    "caseworker and the SEND team's number, no contact for the provider: contact 0, in 0.")

one("Amblecote Wold", "disagreements/send-mediation", "SEND mediation: step by step",
    "<ol class=\"steps\"><li><strong>You receive our decision.</strong> For example, we decide not to "
    "carry out an EHC needs assessment, or you disagree with what is in the final plan.</li><li><strong>"
    "Contact the mediation adviser within two months.</strong> Our mediation adviser is Kingfisher Table "
    "Mediation CIC, which is independent of the council: 01632 960 312, mediation@kingfishertable."
    "example.org.uk.</li><li><strong>Decide whether to mediate.</strong> Mediation is your choice. If you "
    "decide not to try it, Kingfisher Table will send you a certificate within three working days and you "
    "can then appeal to the Tribunal.</li><li><strong>Mediation meeting.</strong> If you want to mediate, "
    "it must happen within 30 days.</li><li><strong>Appeal if you need to.</strong> Register your appeal "
    "with the First-tier Tribunal (SEND) online at GOV.UK within two months of our decision or one month "
    "of the certificate, whichever is later.</li></ol>",
    dated="2 October 2026", pos="ind vol noeff prov contact med trib", skip="all",
    notes="Numbered steps: Kingfisher Table independent mediation adviser with phone/email, two months, "
    "certificate in three working days, 30 days = med 1; mediation 'your choice' = vol 1; declining gives a "
    "certificate and 'you can then appeal' = noeff 1; Tribunal online within deadlines = trib 1. No DR "
    "term: in 0; no confidentiality or kinds: 0; mediation-only: all left out.")

one("Brackenholt", "send-mediation-changes-2026", "Changes to SEND mediation",
    "<p>Since April 2026, families in Brackenholt must attend a mediation meeting before they can appeal "
    "to the Tribunal about an EHC plan. Mediation is now compulsory.</p><p>Mediation is provided by Global "
    "Mediation, an independent mediation service. Call 0808 157 0142 to book your session.</p>",
    dated="10 May 2026", pos="ind prov contact", skip="med",
    notes="Misstatement: 'mediation is now compulsory' = vol 0. Global Mediation independent with phone: "
    "ind, prov, contact 1. No DR term: in 0. The mediation explanation is wrong and has no adviser, "
    "certificate or time limits: med left out.")

one("Cindermoor", "if-you-disagree/disagreement-resolution-for-schools", "Disagreement resolution: information for schools and settings",
    "<p>SENCOs and head teachers should tell parents about disagreement resolution early, before a "
    "disagreement becomes entrenched.</p><p>The service is delivered by KIDS, who are independent of "
    "Cindermoor Council. It covers disagreements between parents and schools about the SEN provision "
    "being made, and disagreements between parents and the council about how it carries out its SEN "
    "duties. Schools can be asked to take part, but a meeting only goes ahead if everyone agrees.</p>"
    "<p>Parents can contact KIDS directly on 0808 157 0217. Schools can refer with the parent's consent "
    "using the online form at www.kids.example.org.uk/cindermoor-referral.</p>",
    dated="11 September 2026", pos="in ind vol types prov contact",
    notes="Professionals' page: KIDS independent, two kinds, a meeting only if everyone agrees = voluntary, "
    "phone and referral form. No all-SEN, appeal or confidentiality: 0.")

one("Pilgrim's Cross", "send/ehc/disagreeing-with-a-decision", "Disagreeing with an EHC decision: mediation and appeals",
    "<p>If you do not agree with our decision not to issue an EHC plan, or with the content of the plan, "
    "you can appeal to the First-tier Tribunal (SEND).</p><p>Before registering an appeal you need to "
    "contact the mediation adviser within two months of our decision letter. The mediation adviser for "
    "Pilgrim's Cross is Global Mediation (0808 157 0388). If you decide not to mediate they will give you a "
    "certificate within three working days so that you can register your appeal. If you mediate, the "
    "meeting will be held within 30 days and is confidential.</p><p>To appeal, complete form SEND35 or use "
    "the online service on GOV.UK. You have one month from the certificate or two months from the "
    "decision letter, whichever is later.</p><p>Pilgrim's Cross SENDIASS can help you with mediation and "
    "appeals: 01632 960 830.</p>",
    dated="29 September 2026", pos="noeff conf prov contact med trib iass", skip="all vol",
    notes="Mediation and appeals: Global Mediation named with phone, two months, certificate in three "
    "working days, 30 days = med 1; declining gives a certificate 'so that you can register your appeal' "
    "= noeff 1; confidential; SEND35/online with deadlines = trib 1; SENDIASS with phone = iass 1. No "
    "independence statement, no DR term: in 0. 'If you decide not to mediate' leaves vol out; mediation-"
    "only: all out. Global Mediation is only named, never said to be independent: ind 0.")

one("Oakenshaw Vale", "when-you-disagree/disagreement-resolution", "Disagreement resolution in Oakenshaw Vale",
    "<p>Oakenshaw Vale Council has arranged for Together Trust to provide disagreement resolution. "
    "Together Trust is a charity and is independent of the council: its facilitators are not council "
    "staff.</p><p>Meetings are confidential. Whether or not you use disagreement resolution, you can "
    "still appeal to the SEND Tribunal about decisions that can be appealed.</p><p>To ask for a meeting, "
    "phone Together Trust on 01632 960 418 or email oakenshaw@togethertrust.example.org.uk.</p><p>If you "
    "would like help to get ready for a meeting, Oakenshaw Vale SENDIASS can support you: 01632 960 404."
    "</p>",
    dated="21 August 2026", pos="in ind noeff conf prov contact iass",
    notes="Council DR page: Together Trust independent (facilitators not council staff), confidential, "
    "'whether or not you use' it you can still appeal = noeff 1, phone/email; SENDIASS with phone as "
    "support = iass 1. Voluntariness, all SEN and kinds not stated: 0.")

one("Hindlecombe", "ehc/ways-to-resolve-a-disagreement", "Ways to resolve a disagreement",
    "<table class=\"compare\"><thead><tr><th></th><th>Disagreement resolution</th><th>SEND mediation</th>"
    "</tr></thead><tbody><tr><th>What is it for?</th><td>Any disagreement about special educational "
    "needs provision</td><td>Council decisions about EHC needs assessments and plans</td></tr><tr><th>Who "
    "provides it?</th><td colspan=\"2\">Prime Resolution, which is independent of Hindlecombe Council"
    "</td></tr><tr><th>Who can use it?</th><td>Every family of a child or young person with SEN - an EHC "
    "plan is not needed</td><td>Families who have received an EHC decision letter</td></tr><tr><th>Do I "
    "have to?</th><td>No, it is voluntary</td><td>You must speak to a mediation adviser within two months "
    "of the decision letter before most appeals, but mediating is your choice. The adviser issues a "
    "certificate within three working days; if you mediate, it happens within 30 days.</td></tr><tr><th>"
    "Contact</th><td colspan=\"2\">01632 960 655 or www.prime-resolution.example.co.uk/hindlecombe</td>"
    "</tr></tbody></table>",
    dated="23 June 2026", pos="in ind vol all prov contact med",
    notes="Comparison table of DR and SEND mediation: Prime Resolution independent, DR for every family "
    "with SEN (no EHC plan needed), voluntary, mediation adviser/two months/certificate in three working "
    "days/30 days = med 1, phone/web. Kinds only 'any disagreement about SEN provision': types 0. No "
    "appeal statement or confidentiality: 0.")

# --- B. traps and other pages ---------------------------------------------------------------------

one("https://www.oakenshawvalesendiass.example.org.uk/", "disagreement-resolution-service",
    "Our Disagreement Resolution Service",
    "<p>Oakenshaw Vale SENDIASS is the area's independent Disagreement Resolution Service. If you and "
    "your child's school or the council cannot agree, one of our caseworkers will help you prepare and "
    "can arrange and chair a meeting to talk it through.</p><p>Our service is free, impartial and "
    "confidential, and we are run at arm's length from the council.</p><p>Phone 01632 960 404 or email "
    "help@oakenshawvalesendiass.example.org.uk.</p>",
    furn="p", plain="Oakenshaw Vale SENDIASS", pos="iass",
    notes="Trap: SENDIASS presented as the independent Disagreement Resolution Service. The IASS is not "
    "the DR arrangement: every DR check 0 (independence, confidentiality and provider are the IASS's). "
    "SENDIASS with phone/email: iass 1.")

one("Pilgrim's Cross", "send/resolution-meetings", "SEND resolution meetings",
    "<p>If you are unhappy with a decision made by the SEND team, you can ask for a resolution meeting. "
    "The meeting is chaired by a SEND Team Manager who has not been involved in your child's case, so "
    "they can look at it with fresh eyes.</p><p>Resolution meetings are voluntary and confidential, and "
    "you can bring a friend or a SENDIASS caseworker.</p><p>They can be used for disagreements about "
    "EHC assessments, the content of a plan, or the support provided by a school.</p><p>To ask for one, "
    "email send.resolution@pilgrimscross.example.gov.uk or call 01632 960 820.</p>",
    dated="29 September 2026", pos="",
    notes="Trap: the council's own officer-led resolution meeting chaired by a SEND Team Manager. Not the "
    "DR arrangement: every DR check 0, even its voluntary/confidential/kinds statements. SENDIASS named "
    "without a way to reach it: iass 0.")

one("Dovecot Heath", "service.page?id=hearthside-family-mediation", "Hearthside Family Mediation",
    "<div class=\"record\"><p>Hearthside Family Mediation helps separating and divorcing parents agree "
    "arrangements for their children, money and property without going to court.</p><p>Before applying "
    "to court about child arrangements you will usually need to attend a Mediation Information and "
    "Assessment Meeting (MIAM). Hearthside is a member of the Family Mediation Council. Legal aid and the "
    "family mediation voucher scheme may cover the cost.</p><p>Our mediators are independent and "
    "impartial; mediation is voluntary and confidential. We have experience of supporting parents of "
    "children with additional needs.</p></div><table class=\"contact\"><tr><th>Phone</th><td>01632 960 "
    "455</td></tr><tr><th>Email</th><td>hello@hearthside.example.co.uk</td></tr></table>",
    furn="d", pos="",
    notes="Trap: family (separation/divorce) mediation with MIAMs and vouchers, independent, voluntary, "
    "confidential, a mention of additional needs. Not SEND DR or mediation: every check 0.")

one("https://www.brackenholthomes.example.org.uk/", "neighbour-mediation",
    "Neighbour mediation",
    "<p>Noise, parking, boundaries, children playing: most neighbour problems can be sorted out by "
    "talking. Our community mediation service is independent of your landlord team, free for tenants, "
    "voluntary and confidential.</p><p>We know that some noise comes from a disability or a condition "
    "such as autism, and our mediators are trained to help neighbours understand each other.</p><p>Call "
    "01632 960 150 to speak to the mediation team.</p>",
    furn="p", plain="Brackenholt Homes", pos="",
    notes="Trap: a housing association's neighbour/community mediation, independent, voluntary and "
    "confidential, mentioning autism. Not SEND: every check 0.")

one("https://www.rushmereheath.example.gov.uk/schools-hr/", "workplace-mediation",
    "Workplace mediation for school staff",
    "<p>The Schools HR service offers workplace mediation to head teachers, SENCOs, teaching assistants "
    "and other staff where working relationships have broken down.</p><p>Mediation is voluntary and "
    "confidential, and is carried out by an independent mediator who is not employed by the school. "
    "It does not affect your right to raise a formal grievance.</p><p>Schools can book by emailing "
    "schoolshr@rushmereheath.example.gov.uk.</p>",
    furn="p", plain="Rushmere Heath Schools HR", pos="",
    notes="Trap: workplace mediation for school staff (SENCOs named), independent, voluntary, "
    "confidential, 'does not affect your right to raise a grievance'. Not SEND DR: every check 0.")

one("https://www.gorsebridge.example.gov.uk/schools/admissions/", "appeals-faq",
    "School admission appeals: frequently asked questions",
    "<h2>Who hears my appeal?</h2><p>An independent appeal panel, made up of people who do not work for "
    "the council or the school.</p><h2>How do I appeal?</h2><p>Fill in the online appeal form within 20 "
    "school days of the date of your refusal letter.</p><h2>My child has special educational needs. "
    "Does that change anything?</h2><p>If your child has an EHC plan that names a school, admission is "
    "dealt with through the EHC process, not through this appeal. Tell the panel about any other "
    "special needs in your appeal.</p>",
    furn="p", plain="Gorsebridge Council", pos="",
    notes="Trap: school admission appeals to an independent appeal panel with how to appeal, mentioning "
    "SEN. Not the First-tier Tribunal (SEND) or DR: every check 0.")

one("https://www.tarnwick.example.gov.uk/council-tax/", "appeals",
    "Council tax: challenging a decision",
    "<p>If you disagree with our decision about your council tax bill, a discount or a disability "
    "reduction, write to us first. If we do not change the decision within two months, you can appeal "
    "to the Valuation Tribunal for England, which is independent of the council. Appeals are free.</p>",
    furn="p", plain="Tarnwick Council", pos="",
    notes="Trap: council tax (disability reduction) appeal to the Valuation Tribunal, called independent. "
    "Not SEND: every check 0.")

one("https://www.sendparentstogether.example.org.uk/", "guides/disagreement-resolution",
    "What is disagreement resolution?",
    "<p>Every council in England has to make disagreement resolution services available to families of "
    "children and young people with SEN. Here is what you can expect.</p><ul><li>The person who runs "
    "the meeting must be independent: nobody employed by the council can do it.</li><li>It is voluntary "
    "and everyone has to agree to take part.</li><li>It is open to any child or young person with SEN, "
    "plan or no plan.</li><li>It can cover disagreements with schools about provision, "
    "with councils about their SEN duties, and about health and social care during EHC processes.</li>"
    "<li>Using it or not makes no difference to your right to go to the Tribunal.</li></ul><p>Your "
    "council's Local Offer should tell you who provides the service in your area and how to contact "
    "them. Our helpline (0808 157 0999) can talk you through your options.</p>",
    furn="p", plain="SEND Parents Together UK", skip="ind vol all types noeff",
    notes="Trap: a national charity explaining DR in general terms, no provider or local arrangement: in, "
    "prov, contact, conf 0. Its statements of what the law requires everywhere (independent, voluntary, "
    "all SEN, kinds, appeal unaffected) are left unlabelled, as in the earlier batches.")

one("https://www.kestrelfordsendiass.example.org.uk/", "about-us",
    "About Kestrelford SENDIASS",
    "<p>Kestrelford SEND Information, Advice and Support Service (SENDIASS) gives free, impartial and "
    "confidential information, advice and support to children and young people with SEND and their "
    "parents and carers.</p><p>We can help with SEN support in school, EHC needs assessments and plans, "
    "annual reviews, exclusions, disagreements, mediation and appeals.</p><p>We are funded by the council "
    "and the ICB but run at arm's length from them.</p><h2>Contact us</h2><p>Helpline 01632 960 740 "
    "(Monday to Friday, 9.30am to 4pm)<br>Email advice@kestrelfordsendiass.example.org.uk<br>Young "
    "people can text us on 07700 900 740.</p>",
    furn="p", plain="Kestrelford SENDIASS", pos="iass",
    notes="SENDIASS's own about page with helpline, email and text: iass 1. Mentions disagreements and "
    "mediation only as topics: DR checks 0.")

one("Lowmarsh", "who-can-help", "Who can help?",
    "<div class=\"cards\"><div class=\"card\"><h2>Lowmarsh SENDIASS</h2><p>Free, impartial, confidential "
    "advice on SEND for parents, carers and young people.</p><p>01632 960 590 &middot; <a href=\"https://"
    "www.lowmarshsendiass.example.org.uk\">lowmarshsendiass.example.org.uk</a></p></div><div class=\"card\">"
    "<h2>IPSEA</h2><p>National charity giving free legally based advice on SEND.</p></div><div class=\""
    "card\"><h2>Lowmarsh Parent Carer Forum</h2><p>Parents working with the council to improve services."
    "</p></div></div>",
    dated="3 June 2026", pos="iass",
    notes="Cards: Lowmarsh SENDIASS with phone and website = iass 1 (IPSEA and the forum beside it).")

one("Eelsworth", "send/send-advice-line", "SEND Advice Line",
    "<p>Our SEND Advice Line is staffed by officers from Eelsworth Council's SEND team. We can tell you "
    "where your EHC needs assessment has got to, explain our decisions and point you to services.</p><p>"
    "Call 01632 960 500, Monday to Friday, 9am to 5pm, or email sendadvice@eelsworth.example.gov.uk.</p>"
    "<p>You can also get help from national charities such as IPSEA and Contact.</p>",
    dated="30 April 2026", pos="",
    notes="The council's own SEND advice line and national charities, no SENDIASS: iass 0.")

one("Juniper Fell", "easy-read/sendiass", "Easy Read: SENDIASS can help you",
    "<table class=\"easy-read\"><tr><td><img alt=\"people helping\" src=\"/img/help.png\"></td><td>"
    "<strong>SENDIASS</strong> helps children, young people and families with special needs.</td></tr>"
    "<tr><td><img alt=\"free\" src=\"/img/free.png\"></td><td>It is free.</td></tr><tr><td><img alt=\""
    "lock\" src=\"/img/lock.png\"></td><td>They keep what you say private.</td></tr><tr><td><img alt=\""
    "phone\" src=\"/img/phone.png\"></td><td>Phone Juniper Fell SENDIASS: 01632 960 360.</td></tr></table>",
    dated="14 March 2026", pos="iass",
    notes="Easy Read SENDIASS rows with a phone number: iass 1.")

one("Vellandale", "who-can-help/sendiass", "SENDIASS",
    "<p>Vellandale SENDIASS offers free, impartial and confidential advice. See the <a href=\"#contacts\">"
    "contacts section</a> of the Local Offer for how to get in touch.</p>",
    dated="18 April 2026", skip="iass",
    notes="SENDIASS named with only a pointer to another section, no way to reach it on the page: iass "
    "left out.")

one("Fallowbeck", "complaints", "Making a complaint about SEND services",
    "<h2>Complaints about a school or college</h2><p>Talk to the class teacher or SENCO first. If that "
    "does not help, use the school's complaints procedure, which every school must publish. If you are "
    "still unhappy with an academy or maintained school's handling, you can contact the Department for "
    "Education.</p><h2>Complaints about the council</h2><p>Use our online complaints form. We will reply "
    "within 10 working days at stage 1 and 20 working days at stage 2. If you remain unhappy you can ask "
    "the Local Government and Social Care Ombudsman to look at it.</p><h2>Complaints about health services"
    "</h2><p>Contact the service or the Patient Advice and Liaison Service (PALS). You can also complain "
    "to NHS Fallowbeck ICB. If you are not satisfied, go to the Parliamentary and Health Service "
    "Ombudsman.</p><h2>Complaints about social care</h2><p>Children's social care complaints follow a "
    "three-stage statutory process.</p>",
    dated="8 January 2026", pos="cmp",
    notes="Complaints routes for schools (DfE), council (LGSCO), health (PALS, ICB, PHSO) and social care: "
    "cmp 1.")

one("Gorsebridge", "complaints-faq", "Complaints: common questions",
    "<dl><dt>I'm unhappy with my child's nursery. What do I do?</dt><dd>Ask the nursery for its "
    "complaints procedure. If it does not resolve the problem you can contact Ofsted.</dd><dt>I'm "
    "unhappy with the council's SEND team.</dt><dd>Make a complaint through our corporate complaints "
    "process online. If we cannot resolve it, the Local Government and Social Care Ombudsman can "
    "investigate.</dd><dt>What about therapy or health services?</dt><dd>Complain to the NHS provider "
    "or to Gorsebridge ICB. After that you can go to the Parliamentary and Health Service Ombudsman.</dd>"
    "<dt>Can I complain about the Tribunal's decision?</dt><dd>No, but you may be able to ask for it to "
    "be reviewed or appeal to the Upper Tribunal.</dd></dl>",
    dated="19 May 2026", pos="cmp",
    notes="Definition-list FAQ: nursery (Ofsted), council (LGSCO), health (ICB, PHSO): cmp 1. The "
    "Tribunal question has no how: trib 0.")

one("Sedgecombe", "complaints/school-complaints", "Complaints about a school",
    "<p>If you have concerns about your child's school, speak to the SENCO or head teacher. If you are "
    "still not happy, ask the school for its complaints policy and follow the stages it sets out.</p>",
    dated="25 February 2026", skip="cmp",
    notes="A single route (the school's own procedure): cmp left out.")

one("https://www.hindlecombe.example.gov.uk/", "contact-us/complaints",
    "Comments, compliments and complaints",
    "<p>Tell us if you are unhappy with a council service such as bin collections, council tax, "
    "parking or libraries. Complete our online form and we will respond within 15 working days. If you "
    "are still unhappy you can ask for a review by a senior manager.</p>",
    furn="p", plain="Hindlecombe Council", pos="",
    notes="Corporate complaints about bins, council tax and parking, not SEND provision: cmp 0.")

one("Tarnwick", "young-people/making-a-complaint", "Making a complaint (for young people)",
    "<p>If you're not happy with the support you're getting, you have the right to complain.</p><ul>"
    "<li><strong>About your school or college:</strong> talk to your tutor or the SENCO, then use the "
    "college's complaints procedure.</li><li><strong>About the council:</strong> fill in the council's "
    "complaints form. If you're still not happy after that, you can go to the Local Government and "
    "Social Care Ombudsman.</li><li><strong>About a doctor, nurse or therapist:</strong> ask PALS for "
    "help, and if it still isn't sorted you can go to the Parliamentary and Health Service Ombudsman."
    "</li></ul><p>Tarnwick SENDIASS can help you write your complaint: text 07700 900 915.</p>",
    dated="12 October 2026", pos="cmp iass",
    notes="Young people's complaints list: college, council (LGSCO), health (PALS, PHSO) = cmp 1. "
    "SENDIASS with a text number = iass 1.")

one("Millhaven Ness", "ehc/appealing-to-the-tribunal", "Appealing to the SEND Tribunal",
    "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) if we refuse "
    "to carry out an EHC needs assessment, decide not to issue a plan, or you disagree with sections B, "
    "F or I of the plan.</p><h2>How to appeal</h2><ol><li>Get mediation advice and a certificate (not "
    "needed if you only disagree with the school named).</li><li>Complete the SEND35 form or apply online "
    "at GOV.UK.</li><li>Send it within two months of our decision letter, or one month from the date of "
    "your mediation certificate.</li></ol><p>The Tribunal is independent of the council.</p>",
    dated="3 November 2026", pos="trib", skip="med",
    notes="Tribunal right of appeal with the SEND35/online route and deadlines: trib 1. Mediation only as "
    "a step ('get mediation advice and a certificate'), no adviser or timing of its own: med left out. "
    "'Independent' describes the Tribunal: DR checks 0.")

one("Rushmere Heath", "ehc/the-send-tribunal", "The SEND Tribunal",
    "<p>The First-tier Tribunal (SEND) is an independent body that hears appeals against council "
    "decisions about EHC needs assessments and plans. It is made up of a judge and two specialist "
    "members. Hearings are less formal than a court.</p>",
    dated="1 September 2026", pos="",
    notes="Describes the Tribunal without how or when to appeal: trib 0. 'Independent' is the Tribunal: "
    "DR checks 0.")

one("Quarrybank", "ehc/after-mediation", "After mediation: your next steps",
    "<p>Once mediation has finished, you will receive a mediation certificate. If you are still unhappy "
    "after mediation you can appeal to the First-tier Tribunal (SEND). You need to have finished "
    "mediation before you can appeal.</p><p>Register your appeal online at GOV.UK within one month of the "
    "date on the certificate, or two months from the decision letter if that is later.</p>",
    dated="16 October 2026", pos="trib", skip="med",
    notes="Appeal after mediation with the online route and deadline: trib 1. 'You need to have finished "
    "mediation before you can appeal' is the near-miss: noeff 0 and vol 0. Only the certificate after "
    "mediation: med left out.")

one("Oakenshaw Vale", "ehc/extended-appeals", "Extended appeals: health and social care",
    "<p>When you appeal to the First-tier Tribunal (SEND) about the education parts of an EHC plan, you "
    "can also ask it to make non-binding recommendations about the health and social care parts. These "
    "are called extended appeals.</p><p>NHS Oakenshaw Vale ICB and the council's social care team must "
    "respond in writing within five weeks if the Tribunal makes a recommendation.</p><p>Tick the boxes "
    "for health and social care on the SEND35 form, or choose them in the online appeal on GOV.UK, "
    "within two months of the decision letter or one month from your mediation certificate.</p>",
    dated="20 July 2026", pos="trib",
    notes="Extended appeals with the ICB, the SEND35/online route and deadlines: trib 1.")

# --- C. Local Offer feedback ("you said, we did") ------------------------------------------------

one("Amblecote Wold", "feedback/you-said-we-did", "Local Offer: you said, we did",
    "<p>Updated 12 November 2026.</p><p>Every quarter we publish what families have told us about the "
    "Local Offer and what we have done about it. We do not publish names.</p><h2>July to September 2026"
    "</h2><p><strong>You said:</strong> the Local Offer search kept showing services that have closed."
    "<br><strong>We did:</strong> we asked every provider to confirm its entry and removed 48 that had "
    "closed.</p><p><strong>You said:</strong> it was hard to find out about transport to college on the "
    "Local Offer.<br><strong>We did:</strong> we added a post-16 travel page and linked it from the "
    "Preparing for Adulthood section.</p>",
    pos="fb",
    notes="Quarterly Local Offer comments and responses, updated 12 November 2026: fb 1.")

one("Brackenholt", "local-offer-annual-report-2025-26", text=pdf(
    "Brackenholt SEND Local Offer Annual Report 2025-26 | Published 14 May 2026", [
        "1. Introduction",
        "This report sets out the comments we received about the Brackenholt Local Offer between April "
        "2025 and March 2026 and how we have responded, as the SEND Regulations require.",
        "2. What you told us",
        "Parents told us the Local Offer was hard to use on a phone. Young people said the information "
        "about leisure activities was out of date. SENCOs asked for clearer information about how to "
        "ask for an EHC needs assessment.",
        "3. What we did",
        "We moved the Local Offer to a mobile-friendly design in January 2026, worked with Brackenholt "
        "Youth Voice to update 120 leisure entries, and rewrote the EHC request pages with a step-by-step "
        "guide for schools.",
        "4. What next",
        "In 2026-27 we will add Easy Read versions of our top 20 pages.",
    ]),
    pos="fb",
    notes="PDF Local Offer annual report published 14 May 2026 with comments and responses: fb 1.")

one("Cindermoor", "about-the-local-offer/what-you-told-us", "What you told us about the Local Offer",
    "<p class=\"date\">28 October 2025</p><p>Thank you to everyone who filled in our Local Offer survey "
    "this summer.</p><table><thead><tr><th>What you told us</th><th>What we have done</th></tr></thead>"
    "<tbody><tr><td>There's too much jargon on the Local Offer.</td><td>We have added a jargon buster "
    "and rewritten 30 pages in plain English.</td></tr><tr><td>The Local Offer doesn't say enough about "
    "support while waiting for an assessment.</td><td>We have added a page on SEN support in schools."
    "</td></tr></tbody></table>",
    pos="fb",
    notes="Local Offer comments and responses dated 28 October 2025, the first day of the 13-month "
    "window: fb 1.")

one("Dovecot Heath", "easy-read/you-said-we-did", "Easy Read: you said, we did",
    "<p>September 2026</p><table class=\"easy-read\"><tr><td><img alt=\"speech bubble\" src=\"/img/"
    "said.png\"></td><td>You said: the Local Offer website has too many words.</td></tr><tr><td><img alt"
    "=\"tick\" src=\"/img/did.png\"></td><td>We did: we made Easy Read pages with pictures.</td></tr><tr>"
    "<td><img alt=\"speech bubble\" src=\"/img/said.png\"></td><td>You said: we want to find clubs on the "
    "Local Offer.</td></tr><tr><td><img alt=\"tick\" src=\"/img/did.png\"></td><td>We did: we added a "
    "clubs and activities page.</td></tr></table>",
    pos="fb",
    notes="Easy Read Local Offer 'you said, we did' dated September 2026: fb 1.")

one("Kestrelford", "local-offer/feedback-report", "Local Offer feedback report",
    "<p>Published 21 January 2026.</p><p>Between July and December 2025, 163 people gave us feedback "
    "about the Local Offer through the website, our stall at the SEND information fair and the Parent "
    "Carer Forum.</p><h2>Themes</h2><ul><li>Families wanted to know what happens at each stage of the EHC "
    "process.</li><li>People said phone numbers for some health services on the Local Offer were wrong."
    "</li><li>Young people asked for information about independent living.</li></ul><h2>Our response</h2>"
    "<ul><li>We published an EHC timeline with what happens at each week.</li><li>We checked every "
    "health service entry with the providers and corrected 17.</li><li>We created an 'Independent living' "
    "section with young people from the Kestrelford Youth Forum.</li></ul>",
    pos="fb",
    notes="Local Offer feedback report published 21 January 2026 with themes and responses: fb 1.")

one("Lowmarsh", "site.page?id=local-offer-you-said-we-did", "Local Offer - you said, we did",
    "<p>Last updated: 30 June 2026</p><p>Your comments about the Local Offer and what we've done.</p>"
    "<ul><li><strong>Comment:</strong> 'I couldn't find the short breaks eligibility criteria on the "
    "Local Offer.' <strong>Response:</strong> The criteria are now on the short breaks page and in a "
    "downloadable leaflet.</li><li><strong>Comment:</strong> 'The Local Offer should have information in "
    "Polish and Urdu.' <strong>Response:</strong> Every page now has a translate button and our key "
    "leaflets are available in both languages.</li></ul>",
    furn="d", pos="fb",
    notes="Directory page with Local Offer comments and responses, last updated 30 June 2026: fb 1.")

one("Tarnwick", "local-offer/feedback-faq", "Local Offer feedback: your questions answered",
    "<p>August 2026</p><h2>You asked: why isn't my child's school on the Local Offer?</h2><p>Several "
    "parents raised this. We have now added the SEN information report of every Tarnwick school to the "
    "Local Offer.</p><h2>You asked: why does the Local Offer not say how long an EHC assessment takes?"
    "</h2><p>We have added the 20-week timescale and what happens at each stage.</p>",
    pos="fb",
    notes="Local Offer comments (as questions) with responses, August 2026: fb 1.")

one("Upperthorpe Vale", "local-offer/young-peoples-review", "Young people review the Local Offer",
    "<p>4 March 2026</p><p>Members of Upperthorpe Vale's SEND Youth Council reviewed the Local Offer "
    "over the winter.</p><p>They said the pages for young people were hard to find from the home page. "
    "We have added a 'Young people' button to the home page.</p><p>They said the Local Offer did not "
    "explain how to get support at university. We have written a page with the three local universities' "
    "disability services.</p>",
    pos="fb",
    notes="Young people's comments about the Local Offer and the responses, dated 4 March 2026: fb 1.")

one("Whinmoor Edge", "local-offer/feedback", "Local Offer feedback",
    "<p>Published 27 October 2025.</p><p>You told us the Local Offer's directory was hard to search. We "
    "have added filters by age and need.</p><p>You told us the Local Offer did not say when services "
    "were last checked. Each entry now shows a 'last checked' date.</p>",
    pos="",
    notes="Local Offer comments and responses published 27 October 2025, one day before the window: fb 0.")

one("Yewbarrow", "local-offer/annual-report-2023-24", "Local Offer annual report 2023-24",
    "<p>Published September 2024.</p><p>You said the Local Offer needed more about autism support. We "
    "added an autism hub. You said the Local Offer was hard to read on a phone. We redesigned it.</p>",
    pos="",
    notes="Local Offer comments and responses published September 2024, outside the window: fb 0.")

one("Millhaven Ness", "local-offer/you-said-we-did", "You said, we did",
    "<p>You said the Local Offer had too many broken links. We did a full check of all links.</p><p>You "
    "said the Local Offer should list holiday clubs. We added 25 holiday clubs.</p>",
    pos="",
    notes="Local Offer comments and responses with no date anywhere on the page: fb 0.")

one("Sedgecombe", "local-offer/survey-results-2026", "Local Offer survey 2026: results",
    "<p>Published 10 September 2026.</p><p>312 people answered our Local Offer survey in the summer. "
    "Here is what they said.</p><ul><li>55% found the Local Offer easy to use.</li><li>Many asked for "
    "more about post-16 options.</li><li>Some said the search was slow.</li></ul><p>We are now looking "
    "at these comments with the Parent Carer Forum and will explain what we plan to do in the spring.</p>",
    pos="",
    notes="Local Offer survey comments, September 2026, with no response yet: fb 0.")

one("Eelsworth", "short-breaks/you-said-we-did", "Short breaks: you said, we did",
    "<p>Updated 15 October 2026.</p><p>You said the short breaks holiday scheme filled up too quickly. "
    "We did: we added 60 extra places for summer 2026.</p><p>You said the application form was too long. "
    "We did: we cut it from 12 pages to 4.</p>",
    pos="",
    notes="'You said, we did' about the short breaks service, not the Local Offer: fb 0.")

one("Gorsebridge", "sendiass/feedback", "SENDIASS: what families told us",
    "<p>October 2026</p><p>Families told Gorsebridge SENDIASS that they could not get through on the "
    "helpline on Mondays. SENDIASS now has two advisers on the phones on Monday mornings.</p><p>Families "
    "asked for evening workshops. SENDIASS runs one workshop a month from 6pm.</p>",
    pos="",
    notes="Feedback and responses about the SENDIASS service, not the Local Offer: fb 0. SENDIASS named "
    "without contact: iass 0.")

one("Pilgrim's Cross", "send-strategy/consultation-feedback", "SEND strategy consultation: you said, we did",
    "<p>Published 2 July 2026.</p><p>You said the draft SEND strategy did not say enough about "
    "inclusion in mainstream schools. We added a priority on inclusion.</p><p>You said the strategy "
    "should be co-produced with young people. We set up a young people's steering group.</p>",
    pos="",
    notes="'You said, we did' about the SEND strategy consultation, not the Local Offer: fb 0.")

one("Cindermoor", "about-the-local-offer/tell-us-what-you-think", "Give us feedback on the Local Offer",
    "<p>We want the Local Offer to be useful to you. Please tell us what you think of its content, how "
    "easy it is to use and what is missing. Fill in our short form or email localoffer@cindermoor."
    "example.gov.uk.</p><p>We publish the comments we receive, and what we have done about them, on our "
    "'What you told us' page.</p>",
    dated="11 September 2026", pos="",
    notes="A Local Offer feedback form and a pointer to the report page, no comments or responses: fb 0.")

one("Fallowbeck", "local-offer/annual-review-2025-26", "Local Offer annual review 2025-26",
    "<p>Published 9 December 2025.</p><h2>What parents and young people said</h2><p>The Local Offer did "
    "not explain what 'SEN support' means. Information for young people over 16 was hard to find.</p>"
    "<h2>What we changed</h2><p>We added an explainer on SEN support with examples from local schools, and "
    "a 16-25 section on the home page.</p>",
    pos="fb",
    notes="Local Offer annual review published 9 December 2025 with comments and changes: fb 1.")

one("https://www.rushmereheath.example.gov.uk/", "news/family-hubs-you-said-we-did",
    "Family Hubs: you said, we did",
    "<p>Posted 4 November 2026.</p><p>You said the Family Hub in Rushmere town centre should open on "
    "Saturdays. We now open 10am to 1pm every Saturday.</p><p>You said you wanted a SEND drop-in at the "
    "hub. We run one on the first Tuesday of every month.</p>",
    furn="p", plain="Rushmere Heath Council", pos="",
    notes="'You said, we did' about Family Hubs (with a SEND drop-in), not the Local Offer: fb 0.")

# --- D. CCG and ICB wording -----------------------------------------------------------------------

one("Juniper Fell", "health/therapy-services", "Children's therapy services",
    "<p>Physiotherapy, occupational therapy and speech and language therapy for children in Juniper Fell "
    "are commissioned by NHS Juniper Fell CCG and provided by Fellside Community Health.</p><p>Referrals "
    "can be made by a GP, school or health visitor. Call the children's therapy hub on 01632 960 365.</p>",
    dated="14 March 2026", stale=True,
    notes="Therapy commissioned by 'NHS Juniper Fell CCG' on a March 2026 page, no ICB: stale_ccg 0.")

one("Kestrelford", "health/designated-clinical-officer", "Designated Clinical Officer",
    "<p>The Designated Clinical Officer (DCO) for SEND works for Kestrelford Clinical Commissioning "
    "Group. The DCO makes sure health services give advice for EHC needs assessments on time and can "
    "help if you are worried about health provision in an EHC plan.</p><p>Email the DCO at dco@"
    "kestrelfordccg.example.nhs.uk.</p>",
    dated="6 August 2026", stale=True,
    notes="DCO working for the Clinical Commissioning Group as a current body, August 2026, no ICB: "
    "stale_ccg 0.")

one("Vellandale", "health/health-complaints", "Complaints about health services",
    "<p>If you are unhappy with an NHS service, speak to the service first or contact PALS. If you want "
    "to complain about how a service was commissioned, contact the complaints team at Vellandale CCG.</p>",
    dated="18 April 2026", stale=True, skip="cmp",
    notes="Health complaints sent to 'Vellandale CCG' as a live body, no ICB: stale_ccg 0. Health routes "
    "only: cmp left out.")

one("Hindlecombe", "health/who-commissions-health", "Who pays for health services",
    "<p>Local NHS services for children and young people are planned and paid for by NHS Hindlecombe and "
    "Tarn Integrated Care Board (ICB). The ICB took over from the former Hindlecombe CCG in July 2022, so "
    "older letters and plans may still mention the CCG.</p>",
    dated="23 June 2026",
    notes="The ICB 'took over from the former ... CCG': stale_ccg 1.")

one("Oakenshaw Vale", "archive/joint-commissioning-2020", "Joint commissioning strategy 2020 (archive)",
    "<p class=\"archive\">Archived document. Published March 2020; no longer current.</p><p>Oakenshaw "
    "Vale Council and Oakenshaw Vale CCG will jointly commission speech and language therapy and review "
    "the Local Offer with families each year.</p>",
    notes="Archived strategy published March 2020, before CCGs ended: stale_ccg 1.")

one("Upperthorpe Vale", "about-send/the-code-of-practice", "What the SEND Code of Practice says",
    "<p>The SEND Code of Practice (2015) explains the duties of councils, schools and health bodies. It "
    "was written before the NHS changes of 2022, so it refers to \"clinical commissioning groups "
    "(CCGs)\". Those duties now belong to Upperthorpe Vale ICB.</p><blockquote>\"Local authorities and "
    "CCGs must make joint commissioning arrangements for education, health and care provision.\"</"
    "blockquote>",
    dated="5 November 2026",
    notes="CCG only in a Code quotation, with the ICB named as the current body: stale_ccg 1.")
