"""The held-back pages h458…h522 (written into ``test.jsonl`` by make_corpus.py), written blind in November 2026.

A fifth blind batch of 65 pages, weighted to the kinds of disagreement the service covers (CoP 11.8)
and to the provider named and reachable, in page forms the earlier batches did not use (a case study,
a glossary, a video transcript, tabs, a one-minute guide, a service report, a newsletter item, a
parents' question answered, a contacts table, a committee decision, a flowchart, a tri-fold leaflet).
Like h001…h457 they were written from the labelling rules of ``README.md``, ``checks.md`` and
``duties.md`` only -- without reading the checks' code, their fixtures or the tuning generators, and
without running any check on them -- with councils new to the corpus (Ravensmere, Blackthorn Vale,
Caldermoor, Wayleigh, Eskbridge, Foxcote, Gilderdale, Hemsby Reach, Inglecroft, Larkhill, Merrowfield,
Netherfold, Penhallow, Rookwood), fictional providers (Wagtail Mediation CIC, Mosaic Accord Ltd,
Tillerman Resolution Partnership), a fictional national charity (SEND Family Voice UK) and a fictional
family mediation service (Riverside Family Mediation) beside the real providers of ``duties.md``
section 10, and furniture of their own.

The pages are appended to ``make_corpus_heldout.SPLIT`` (so their ids continue at h458);
``make_corpus.py`` imports this module after ``make_corpus_heldout4``. Each page is written one by
one and labelled by hand. NEVER tune on them.
"""

from __future__ import annotations

import textwrap

from make_corpus_heldout import SPLIT

case = SPLIT.add

# --- furniture (never evidence) ------------------------------------------------------------------

COUNCIL_HEAD = (
    '<a class="skip" href="#content">Skip to main content</a><header class="site"><p class="logo">{C} '
    'Council</p><form role="search" action="/search"><label for="q">Search the Local Offer</label><input '
    'id="q" name="q"><button>Search</button></form><nav class="mega"><h2>SEND Local Offer</h2><ul><li><a '
    'href="/lo/disagreement-resolution">Independent disagreement resolution</a></li><li><a href="/lo/'
    'mediation">SEND mediation and certificates</a></li><li><a href="/lo/sendiass">SENDIASS</a></li><li><a '
    'href="/lo/tribunal">Appeals to the SEND Tribunal</a></li><li><a href="/lo/complaints">Complaints</a>'
    '</li><li><a href="/lo/you-said-we-did">You said, we did</a></li></ul></nav></header>'
)
COUNCIL_SIDE = (
    '<aside class="help-now"><h2>Need help now?</h2><p><a href="/lo/sendiass">Talk to SENDIASS</a> for '
    'free, impartial and confidential advice, or read <a href="/lo/disagreement-resolution">how to sort '
    'out a disagreement</a>.</p></aside>'
)
COUNCIL_FOOT = (
    '<footer class="site"><p><a href="/report-a-problem">Report a problem with this page</a></p><ul><li>'
    '<a href="/lo/health">Health services (ICB, formerly CCG)</a></li><li><a href="/lo/mediation">Mediation'
    '</a></li><li><a href="/complaints">Complaints and compliments</a></li><li><a href="/lo/tribunal">'
    'Tribunal</a></li><li><a href="/lo/you-said-we-did">You said, we did</a></li><li><a href="/privacy">'
    'Privacy</a></li></ul><p>{C} Council, Civic Offices. All rights reserved.</p></footer>'
)
DIR_HEAD = (
    '<header class="fid"><p class="brand">{C} Family Information Directory</p><p class="tools"><a href="'
    '/search">Search services</a> | <a href="/shortlist">My shortlist (0)</a> | <a href="/print">Print</a>'
    '</p><nav class="cats"><h2>Local Offer categories</h2><ul><li><a href="/cat/drs">Independent '
    'disagreement resolution</a></li><li><a href="/cat/mediation">Mediation</a></li><li><a href="/cat/'
    'iass">Information, advice and support (SENDIASS)</a></li><li><a href="/cat/appeals">Appeals to the '
    'SEND Tribunal</a></li><li><a href="/cat/complaints">Compliments and complaints</a></li><li><a href="'
    '/cat/feedback">Local Offer: you said, we did</a></li></ul></nav></header>'
)
DIR_FOOT = (
    '<footer class="fid"><p><a href="/providers/login">Provider login</a> | <a href="/providers/add">Add '
    'a service</a> | <a href="/cookies">Cookies</a> | <a href="/accessibility">Accessibility</a></p><p '
    'class="disclaimer">Inclusion in this directory is not an endorsement by {C} Council.</p></footer>'
)
PLAIN_HEAD = (
    '<header><p class="org">{C}</p><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/'
    'contact">Contact</a> <a href="/support-us">Support us</a></nav></header>'
)
PLAIN_FOOT = (
    '<footer><p>{C} &middot; <a href="/privacy">Privacy</a> &middot; <a href="/complaints">Complaints '
    'about us</a> &middot; <a href="/mediation-explained">Mediation explained</a></p></footer>'
)


def page(site: str, title: str, main: str, dated: str, furn: str) -> str:
    if furn == "d":
        head, foot, side = DIR_HEAD, DIR_FOOT, ""
    elif furn == "p":
        head, foot, side = PLAIN_HEAD, PLAIN_FOOT, ""
    else:
        head, foot, side = COUNCIL_HEAD, COUNCIL_FOOT, COUNCIL_SIDE
    stamp = f'<p class="updated">Page updated {dated}</p>' if dated else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} - {site}</title></head>'
        f'<body>{head.replace("{C}", site)}<div class="wrap"><main id="content"><h1>{title}</h1>{main}'
        f'{stamp}</main>{side}</div>{foot.replace("{C}", site)}</body></html>'
    )


def url(site: str, slug: str, furn: str) -> str:
    if site.startswith("http"):
        return site + slug
    key = site.lower().replace(" ", "")
    if furn == "d":
        return f"https://fid.{key}.example.gov.uk/kb5/{key}/directory/{slug}"
    return f"https://www.{key}.example.gov.uk/send-local-offer/{slug}"


def one(site: str, slug: str, title: str = "", main: str = "", *, text: str = "", furn: str = "c",
        plain: str = "", pos: str = "", skip: str = "", stale: bool = False, dated: str = "",
        notes: str) -> None:
    """``furn``: "c" council site, "d" directory, "p" plain (a charity, SENDIASS or other body named by
    ``plain``). ``text`` gives a plain-text page (PDF or print version) instead of HTML."""
    address = url(site, slug, furn)
    if text:
        case(address, text=text, pos=pos, skip=skip, stale=stale, notes=notes)
    else:
        body = page(plain or site, title, main, dated, furn)
        case(address, html=body, pos=pos, skip=skip, stale=stale, notes=notes)


def leaflet(title: str, panels: list[tuple[str, str]], width: int = 46) -> str:
    """A folded leaflet as extracted text: narrow columns, a panel marker before each panel."""
    out: list[str] = []
    for number, (heading, body) in enumerate(panels, 1):
        out.append(f"[{title} - panel {number}]")
        out.append(heading.upper())
        out.extend(textwrap.wrap(body, width))
        out.append("")
    return "\n".join(out)


def report(header: str, paragraphs: list[str], width: int = 78, per_page: int = 14) -> str:
    """A report as extracted text, with 'Page n of m' footers."""
    lines: list[str] = []
    for p in paragraphs:
        lines.extend(textwrap.wrap(p, width) or [""])
        lines.append("")
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    out: list[str] = []
    for number, chunk in enumerate(chunks, 1):
        out.append(header)
        out.extend(chunk)
        out.append(f"Page {number} of {len(chunks)}")
    return "\n".join(out)


ALL_DR = "in ind vol all types noeff conf prov contact"

# --- A. disagreement resolution and SEND mediation pages -----------------------------------------

one("Ravensmere", "stories/leahs-story", "Leah's story: getting the school and the council round a table",
    "<p class=\"intro\">Families tell us that hearing how others sorted out a problem helps. Leah's mum, "
    "Claire, agreed to share this.</p><p>Leah is nine and has a language disorder. In Year 4 her school "
    "cut the small-group speech sessions written into her plan, saying it no longer had a teaching "
    "assistant free. At the same time Claire was waiting for the council to hold Leah's annual review, "
    "which was already four months late.</p><p>\"I felt like I was arguing on two fronts,\" Claire says. "
    "\"The school said it was a council problem and the council said it was a school problem.\"</p><p>Her "
    "SENCO mentioned disagreement resolution. In Ravensmere this is run by Wagtail Mediation CIC, a "
    "community interest company that isn't part of the council. Claire rang Wagtail, and a facilitator "
    "met Claire, the head teacher and Leah's SEND officer together.</p><p>\"She didn't take anybody's "
    "side and she kept us to the point. We came out with a date for the review and the sessions back on "
    "the timetable.\"</p><div class=\"callout\"><h2>Could this help you?</h2><p>Disagreement resolution "
    "can help when you and a school or college disagree about the special educational provision your "
    "child gets, or when you think the council is not doing what it should under its SEN duties. "
    "Contact Wagtail Mediation on 01632 960 114 or hello@wagtail-mediation.example.org.uk.</p></div>",
    dated="9 October 2026", pos="in ind types prov contact",
    notes="Case study with a call-out: DR term, provider Wagtail 'isn't part of the council' = independent, "
    "two kinds (school about provision, council about its SEN duties) in the story and the call-out, "
    "phone/email. Voluntariness, scope, appeal and confidentiality not stated: 0.")

one("Blackthorn Vale", "jargon-buster", "Jargon buster: words you may hear",
    "<p>We have tried to explain the words used on the Local Offer in plain English. Entries are in "
    "alphabetical order.</p><dl class=\"glossary\">"
    "<dt id=\"ccg\">CCG</dt><dd>Clinical Commissioning Group. The NHS bodies that used to buy local health "
    "services. They were replaced by Integrated Care Boards (ICBs) in July 2022, so you will only see the "
    "name on older letters.</dd>"
    "<dt id=\"drs\">Disagreement resolution</dt><dd>A free service that helps families, schools and the "
    "council settle a disagreement about special educational needs before it becomes a formal dispute. "
    "In Blackthorn Vale it is provided by Mosaic Accord Ltd, an independent company that is not part of "
    "the council. It is open to any child or young person with SEN, whether or not they have an EHC "
    "plan, and using it is up to you. Phone Mosaic Accord on 0808 157 0461.</dd>"
    "<dt id=\"ehcp\">EHC plan</dt><dd>An education, health and care plan: a legal document describing a "
    "child's needs and the help they must get.</dd>"
    "<dt id=\"mediation\">Mediation (SEND)</dt><dd>A meeting with a mediator to try to settle a "
    "disagreement about an EHC needs assessment or plan decision. Before most appeals you must talk to a "
    "mediation adviser within two months of the decision letter; the adviser gives you a mediation "
    "certificate within three working days if you decide not to go ahead. If you do go ahead, the "
    "mediation must happen within 30 days.</dd>"
    "<dt id=\"sendiass\">SENDIASS</dt><dd>Blackthorn Vale SEND Information, Advice and Support Service. "
    "Free, confidential advice for parents and young people: 01632 960 172, "
    "www.blackthornvalesendiass.example.org.uk.</dd>"
    "<dt id=\"tribunal\">Tribunal</dt><dd>The First-tier Tribunal (Special Educational Needs and "
    "Disability) decides appeals against council decisions about EHC assessments and plans. You register "
    "an appeal online on GOV.UK within two months of the decision letter, or one month from the date of "
    "the mediation certificate if that is later.</dd></dl>",
    pos="in ind vol all prov contact med iass trib", skip="noeff",
    notes="Glossary: the DR entry names provider Mosaic Accord, 'independent ... not part of the council', "
    "all SEN 'whether or not ... EHC plan', 'up to you' = voluntary, phone. Mediation entry: adviser, "
    "two months, certificate in three working days, 30 days: med 1. SENDIASS with phone/web: iass 1. "
    "Tribunal with deadline and GOV.UK: trib 1. CCG entry says the CCGs were replaced: stale_ccg 1. No "
    "kinds (one general), no confidentiality for DR: 0. A certificate on declining, with the appeal "
    "only in the next entry and not said to follow from it: noeff left out.")

one("Caldermoor", "video-transcript-disagreement-resolution",
    "Video transcript: our disagreement resolution service in two minutes",
    "<p><em>This is a transcript of the video on this page, for people who cannot watch or hear it.</em>"
    "</p><p><strong>[Music. Caption: Together Trust - SEND disagreement resolution in Caldermoor]</strong>"
    "</p><p><strong>Priya (facilitator):</strong> Hi, I'm Priya. I work for Together Trust, a charity. "
    "We're not part of Caldermoor Council - the council pays for the service, but we're independent of "
    "it, and of schools and the NHS.</p><p><strong>Priya:</strong> So when might you call us? Maybe you "
    "and your child's school can't agree on the support they're putting in place. Maybe you and the "
    "council disagree about the social care or health part of an EHC plan while it's being written or "
    "reviewed. Or the council and the NHS can't agree between themselves who provides something.</p>"
    "<p><strong>Priya:</strong> You don't have to use us. It's completely your choice, and everyone "
    "involved has to agree to meet. What's said in the meeting stays in the meeting.</p><p><strong>"
    "Priya:</strong> And if you decide not to use us, that doesn't change your right to take an appeal to "
    "the SEND Tribunal.</p><p><strong>Caption:</strong> Call 01632 960 238 or email caldermoor.drs@"
    "togethertrust.example.org.uk</p><p><strong>[End]</strong></p>",
    dated="21 March 2026", pos="in ind vol types noeff conf prov contact",
    notes="Video transcript with speaker labels: provider Together Trust, 'not part of the council ... "
    "independent', three kinds (school support, health/social care in EHC plan, council vs NHS), "
    "voluntary and all must agree, 'stays in the meeting' = confidential, not using it doesn't change "
    "the appeal right = noeff, phone/email in the caption. No all-SEN statement: all 0.")

one("Wayleigh", "service.page?id=tillerman-drs", "Tillerman Resolution Partnership - SEND disagreement resolution",
    "<table class=\"service-details\"><tr><th>About this service</th><td>Tillerman Resolution Partnership "
    "provides independent disagreement resolution for Wayleigh families. Tillerman has no connection with "
    "Wayleigh Council; its facilitators are accredited and self-employed.</td></tr><tr><th>Who is it for?"
    "</th><td>Parents, carers and young people (0-25) with special educational needs, at SEN support or "
    "with an EHC plan.</td></tr><tr><th>What can it help with?</th><td>Disagreements with an early years "
    "setting, school or college about the special educational provision being made; disagreements with "
    "the council about EHC needs assessments, plans and reviews, including the health and social care "
    "parts.</td></tr><tr><th>Cost</th><td>Free to families</td></tr><tr><th>Referral route</th><td>Self "
    "referral by phone or online form</td></tr><tr><th>Telephone</th><td>01632 960 207</td></tr><tr><th>"
    "Online referral</th><td>www.tillerman-resolution.example.co.uk/wayleigh</td></tr><tr><th>Accessibility"
    "</th><td>Meetings can be held at home, online or at a community venue. Interpreters on request.</td>"
    "</tr></table><p class=\"last\">Last updated: 12/08/2026</p>",
    furn="d", pos="in ind all types prov contact",
    notes="Directory record as a service-details table: provider, 'independent ... no connection with the "
    "council', SEN support or EHC plan = all SEN, two kinds (settings' provision; council EHC decisions "
    "incl. health/social care), phone and online referral. Voluntary, appeal, confidentiality absent: 0.")

one("Eskbridge", "disagreement-resolution", "Disagreement resolution",
    '<div class="tabs"><ul role="tablist"><li role="tab" aria-selected="true">Overview</li><li '
    'role="tab">Who can use it</li><li role="tab">What it can help with</li><li role="tab">Contact</li>'
    '</ul><section role="tabpanel" aria-label="Overview"><p>Eskbridge Council commissions KIDS to run '
    "disagreement resolution for families. KIDS facilitators are independent: they do not work for the "
    "council, your school or the NHS. Meetings only go ahead when everyone involved agrees, so taking part "
    'is voluntary.</p></section><section role="tabpanel" aria-label="Who can use it"><p>Any parent or '
    "young person with special educational needs. You do not need an EHC plan or to be waiting for an "
    'assessment.</p></section><section role="tabpanel" aria-label="What it can help with"><ul><li>How the '
    "council or a school's governors are carrying out their SEN duties</li><li>The special educational "
    "provision a nursery, school or college is making</li><li>Health or social care provision while an "
    "EHC plan is being assessed, written, reviewed or reassessed, where you disagree with the council or "
    "NHS Eskbridge and Wyre Integrated Care Board</li><li>Disagreements between the council and the ICB "
    'about a plan</li></ul></section><section role="tabpanel" aria-label="Contact"><p>KIDS SEND '
    "Mediation and Disagreement Resolution Service<br>Tel: 0808 157 0385<br>Email: eskbridge@"
    "kids.example.org.uk</p></section></div>",
    dated="4 June 2026", pos="in ind vol all types prov contact",
    notes="Tabbed page (all tab panels in the HTML): provider KIDS, independent, voluntary, all SEN (no EHC "
    "plan needed), four CoP 11.8 kinds with the ICB, phone/email. Appeal and confidentiality absent: 0.")

one("Foxcote", "mediation-and-disagreement-resolution-faqs", "Mediation and disagreement resolution: FAQs",
    '<div class="accordion"><h3><button aria-expanded="false">Is disagreement resolution the same as '
    'mediation?</button></h3><div hidden><p>Not quite. Disagreement resolution is for disagreements about '
    "SEN support and provision generally. SEND mediation is for when you want to challenge a council "
    "decision about an EHC needs assessment or plan. Both are run for Foxcote by Global Mediation, an "
    "independent company with no connection to Foxcote Council.</p></div>"
    '<h3><button aria-expanded="false">Do I have to use disagreement resolution before I appeal?</button>'
    "</h3><div hidden><p>No. It is optional, and not using it makes no difference to your right to appeal "
    'to the Tribunal.</p></div><h3><button aria-expanded="false">Will what I say be used against me?'
    "</button></h3><div hidden><p>No. Both services are confidential, and nothing said in a meeting can "
    'be quoted later at a Tribunal hearing.</p></div><h3><button aria-expanded="false">How does mediation '
    "work?</button></h3><div hidden><p>Your decision letter gives Global Mediation's details. If you are "
    "thinking of appealing, call their mediation advisers within two months of the date of the letter. If "
    "you do not want mediation, they will send you a certificate within three working days and you can "
    "then register your appeal. If you do want it, the mediation will be held within 30 days.</p></div>"
    '<h3><button aria-expanded="false">How do I contact Global Mediation?</button></h3><div hidden><p>'
    "Freephone 0808 157 0590, or email foxcote@globalmediation.example.co.uk.</p></div></div>",
    pos="in ind vol noeff conf prov contact med", skip="trib all types",
    notes="Button accordion (answers hidden until opened): provider independent, DR optional with appeal "
    "unaffected, confidential, mediation advice within two months / certificate / 30 days, phone/email. "
    "DR is given one general kind and mediation another (EHC decisions), so whether the page describes "
    "two kinds for the service is borderline: types left out. 'For disagreements about SEN support and provision generally' hints "
    "at scope beyond EHC plans without saying so: all left out. 'Register your appeal' without the "
    "Tribunal's how: trib left out.")

one("Gilderdale", "documents/drs-annual-summary-2025-26.pdf",
    text=report("Gilderdale Council | SEND disagreement resolution service: annual summary 2025-26", [
        "1. About the service",
        "Gilderdale's SEND disagreement resolution service is provided by Mosaic Accord Ltd under a "
        "three-year contract. Mosaic Accord is independent of Gilderdale Council and none of its "
        "facilitators are council employees. The service is open to any child or young person with special "
        "educational needs, not only those with EHC plans.",
        "2. Referrals in 2025-26",
        "Mosaic Accord received 79 referrals. All meetings took place with the agreement of everyone "
        "involved. The table shows the kind of disagreement in each referral.",
        "Parent or young person and a school or college, about SEN provision ........ 41",
        "Parent or young person and the council, about how it carries out its SEN duties ... 27",
        "Parent and the council or ICB, about health or social care during EHC processes .... 9",
        "The council and NHS Gilderdale ICB ......................................... 2",
        "3. Outcomes",
        "61 referrals ended with a written agreement. 11 families went on to request mediation.",
        "4. How to refer",
        "Families can refer themselves at www.mosaicaccord.example.co.uk/refer or by calling 0808 157 0563.",
    ]),
    pos="in ind all types prov contact", skip="vol",
    notes="Service report as PDF text: provider independent, open to any child with SEN not only EHC plans, "
    "a table of the four kinds of disagreement with counts, self-referral web/phone. 'All meetings took "
    "place with the agreement of everyone' reports practice rather than stating voluntariness: vol left "
    "out. Appeal and confidentiality absent: 0.")

one("Hemsby Reach", "news/send-newsletter-autumn-2026", "SEND newsletter - autumn 2026",
    "<h2>1. Holiday activities</h2><p>Inclusive sessions ran in 14 venues this summer. Thank you to "
    "everyone who came.</p><h2>2. Family Hubs: you said, we did</h2><p>You said the Hemsby North hub "
    "closed too early. We now open until 6pm on Thursdays.</p><h2>3. Getting help when you don't agree</h2>"
    "<p>Did you know the council pays for an independent disagreement resolution service? It is run by "
    "Prime Resolution. It can help if you and your child's school don't see eye to eye about the support "
    "in class, or if you and the SEND team disagree about the way an annual review was carried out. You "
    "don't need an EHC plan to use it. Email hemsby@prime-resolution.example.co.uk.</p><h2>4. Dates for "
    "your diary</h2><p>Parent carer forum coffee morning, 3 December, Hemsby Library.</p>",
    dated="1 October 2026", pos="in ind all types prov contact",
    notes="Newsletter item buried among other items: 'independent disagreement resolution service' run by "
    "Prime Resolution, two kinds (school support; how the SEND team carried out a review), no EHC plan "
    "needed, email. The 'you said, we did' item is about Family Hubs: fb 0.")

one("Inglecroft", "young-people/your-rights-16-plus", "16 or over? When you're not happy with your support",
    "<p>Once you're 16 you can make a lot of decisions about your support yourself. That includes asking "
    "for help when you don't agree with someone.</p><h2>What could go wrong?</h2><ul><li>Your college "
    "isn't giving you the support with exams it promised.</li><li>The council has decided something about "
    "your EHC plan that you think is wrong.</li><li>The health support in your plan isn't what you were "
    "told you'd get.</li></ul><h2>Who can help?</h2><p>Wagtail Mediation CIC runs disagreement resolution "
    "in Inglecroft. They're independent - not the council, not your college. They'll get everyone to "
    "sit down and listen to you.</p><p>You decide whether you want to go. And if you'd rather take it to "
    "the Tribunal, you can still do that even if you never try disagreement resolution.</p><h2>Get in "
    "touch</h2><p>WhatsApp or text Wagtail on 07700 900 318, or email youngpeople@wagtail-mediation."
    "example.org.uk.</p>",
    pos="in ind vol types noeff prov contact",
    notes="Young people's page: three kinds (college support, council EHC decision, health in plan), "
    "provider independent, 'you decide' = voluntary, Tribunal still open without trying DR = noeff, "
    "text/email. No all-SEN statement, no confidentiality: 0.")

one("Larkhill", "disagreement-resolution", "Disagreement resolution",
    "<p>Larkhill's disagreement resolution service is delivered by Mosaic Accord Ltd. Facilitators are "
    "impartial and neutral and will not take sides.</p><p>Families of children on SEN support can use it "
    "as well as families whose child has an EHC plan.</p><p>It can be used when there is a disagreement "
    "about special educational needs.</p><p>Call Mosaic Accord on 0808 157 0466 to talk it through.</p>",
    pos="in all prov contact",
    notes="Near-miss: 'impartial and neutral' only, no independence statement: ind 0. Named provider with "
    "its phone identifies the arrangement: in/prov/contact 1. SEN support as well as EHC plans: all 1. One "
    "general kind: types 0.")

one("Merrowfield", "disagreement-resolution-meetings", "Disagreement resolution meetings",
    "<p>Disagreement resolution meetings are for families of children and young people who hold an EHC "
    "plan. They can look at disagreements about what is written in the plan, or about how the school is "
    "delivering the provision in section F.</p><p>Meetings are chaired by a facilitator from Tillerman "
    "Resolution Partnership, an organisation independent from Merrowfield Council.</p><p>Requests for a "
    "meeting are made through your SEND Casework Officer. If you are still unhappy once the meeting has "
    "concluded, you will then be able to register an appeal with the Tribunal.</p>",
    pos="ind types prov",
    notes="Near-misses: EHC plan holders only (all 0); referral only through the council caseworker, no "
    "provider contact (contact 0, in 0); appeal only after the meeting (noeff 0). Two kinds (plan content "
    "with the council; school delivering section F), independent provider named: types/ind/prov 1.")

one("Netherfold", "guide/a-parents-guide-to-send", "A parents' guide to SEND in Netherfold",
    "<nav class=\"toc\"><h2>On this page</h2><ol><li><a href=\"#s1\">Spotting needs early</a></li><li><a "
    "href=\"#s2\">SEN support in school</a></li><li><a href=\"#s3\">EHC needs assessments</a></li><li><a "
    "href=\"#s4\">Getting advice</a></li><li><a href=\"#s5\">When you disagree</a></li><li><a href=\"#s6\">"
    "Mediation</a></li><li><a href=\"#s7\">Appeals</a></li><li><a href=\"#s8\">Complaints</a></li></ol></nav>"
    "<h2 id=\"s1\">1. Spotting needs early</h2><p>Health visitors, nursery staff and GPs can all help identify "
    "needs before a child starts school. The two-year check is a good moment to raise worries.</p>"
    "<h2 id=\"s2\">2. SEN support in school</h2><p>Every school has a SENCO who plans support with you. "
    "Ask to see your child's support plan and how progress will be measured.</p>"
    "<h2 id=\"s3\">3. EHC needs assessments</h2><p>If your child needs more help than the school can "
    "normally give, you or the school can ask us for an assessment. We decide within six weeks.</p>"
    "<h2 id=\"s4\">4. Getting advice</h2><p>Netherfold SENDIASS gives free, impartial advice at every stage. "
    "Call 01632 960 744 or email info@netherfoldsendiass.example.org.uk.</p>"
    "<h2 id=\"s5\">5. When you disagree</h2><p>If you and your child's school disagree about the provision "
    "it is making, or you feel the council is not meeting its SEN duties, or you disagree with the council "
    "or the ICB about health or care provision during an EHC assessment or review, you can use our "
    "disagreement resolution service. It is run by Community Accord, which is independent: it is not run "
    "by Netherfold Council. Meetings are confidential. Whether or not you use disagreement resolution makes "
    "no difference to your right to appeal. Email netherfold@communityaccord.example.com.</p>"
    "<h2 id=\"s6\">6. Mediation</h2><p>If you want to appeal against an EHC decision, first contact a "
    "mediation adviser at Community Accord within two months of our decision letter. You will get a "
    "certificate within three working days if you choose not to mediate. If you do mediate, it must take "
    "place within 30 days of your request.</p>"
    "<h2 id=\"s7\">7. Appeals</h2><p>You have the right to appeal to the First-tier Tribunal (SEND). Send "
    "your appeal online through GOV.UK within two months of the decision letter, or within one month of "
    "your mediation certificate if that is later.</p>"
    "<h2 id=\"s8\">8. Complaints</h2><p>Complaints about a school go through its own complaints procedure "
    "and, if that has not been followed, to the Department for Education. Complaints about the council's "
    "SEND service go through our corporate complaints process and then to the Local Government and Social "
    "Care Ombudsman. For NHS services, contact PALS or the NHS Netherfold ICB complaints team, then the "
    "Parliamentary and Health Service Ombudsman.</p>",
    dated="18 July 2026", pos="in ind types noeff conf prov contact med iass trib cmp", skip="vol",
    notes="Long guide with a table of contents: DR section with three kinds, provider independent ('not run "
    "by the council'), confidential, appeal unaffected, email. Mediation adviser/2 months/certificate/30 "
    "days: med 1. SENDIASS with phone/email: iass 1. Tribunal with deadline and GOV.UK: trib 1. "
    "Complaints for schools, council, NHS and both ombudsmen: cmp 1. 'If you choose not to mediate' "
    "implies a choice without stating voluntariness: vol left out. All SEN not stated: 0.")

one("Penhallow", "documents/disagreement-resolution-leaflet.pdf",
    text=leaflet("Penhallow SEND: sorting out disagreements", [
        ("Not happy with SEN support?",
         "If talking to the school or your SEND officer has not worked, Penhallow Council pays for an "
         "independent disagreement resolution service for families."),
        ("Who runs it?",
         "Together Trust, a charity. Together Trust is independent of Penhallow Council and does not "
         "make decisions about your child."),
        ("What can it help with?",
         "Disagreements between you and a school, academy or college about the special educational "
         "provision being made. Disagreements between you and the council about an assessment, a plan or "
         "the way the council carries out its duties."),
        ("Who can use it?",
         "Any parent, carer or young person where there is a disagreement about SEN, whether or not "
         "there is an EHC plan."),
        ("Do I have to?",
         "No. Both sides must agree to take part. Meetings are confidential."),
        ("Contact",
         "Together Trust: 01632 960 455. Email penhallow@togethertrust.example.org.uk."),
    ]),
    pos="in ind vol all types conf prov contact",
    notes="Tri-fold leaflet as extracted text with panel markers: provider independent, two kinds "
    "(settings' provision; council assessments/plans/duties), all SEN, voluntary (both sides must agree), "
    "confidential, phone/email. Appeal not mentioned: noeff 0.")

one("Rookwood", "mediation-health-and-care", "Mediation about health and care in an EHC plan",
    "<p>If you disagree with the health or social care parts of your child's EHC plan you can use SEND "
    "mediation, as you can for the education parts.</p><h2>Getting mediation advice</h2><p>Phone the "
    "mediation advisers at Wagtail Mediation CIC on 01632 960 519 within two months of the date on your "
    "decision letter. Wagtail's advisers and mediators do not work for the council or for NHS Rookwood "
    "Integrated Care Board (the ICB took over from Rookwood CCG in July 2022).</p><h2>Your choice</h2><p>"
    "Mediation is voluntary. If you decide against it, Wagtail will send you a certificate within three "
    "working days and you are then free to appeal. If you go ahead, the council will tell the ICB within "
    "three working days and the mediation will take place within 30 days.</p><h2>In the meeting</h2><p>"
    "Mediation is confidential. You can bring a friend or an adviser from SENDIASS.</p>",
    pos="ind vol noeff conf prov contact med", skip="trib",
    notes="SEND mediation about health and social care: adviser within two months, certificate in 3 working "
    "days, ICB told within 3 working days, 30 days; advisers/mediators 'do not work for the council or "
    "the ICB' = independent; voluntary; declining -> certificate -> 'free to appeal' = noeff; "
    "confidential; phone. CCG only as the former body: stale_ccg 1. DR term absent: in 0; kinds/all 0. "
    "Appeal without the Tribunal's how: trib left out; SENDIASS named without contact: iass 0.")

one("Ravensmere", "disagreement-resolution", "Disagreement resolution",
    "<p>The SEND Code of Practice says that disagreement resolution is there to help parents and young "
    "people settle disagreements early. It describes, among others:</p><blockquote><p>\"disagreements "
    "between parents or young people and local authorities, the governing bodies of maintained schools "
    "... about the exercise of these functions\" and disagreements \"between local authorities and "
    "clinical commissioning groups (CCGs) during EHC needs assessments\".</p><footer>SEND Code of Practice "
    "0 to 25 years, paragraph 11.8</footer></blockquote><h2>How it works in Ravensmere</h2><p>Here the "
    "service is run by Wagtail Mediation CIC, which is independent of the council and the NHS. It can "
    "help if:</p><ul><li>you and your child's school or college disagree about the SEN support being "
    "given;</li><li>you and the council disagree about how it is carrying out its duties, for example "
    "the timing of an assessment;</li><li>the council and NHS Ravensmere ICB cannot agree about health "
    "provision in a plan.</li></ul><p>It is open to families of children on SEN support as well as those "
    "with an EHC plan. No one can make you use it.</p><p>To book a meeting call 01632 960 114.</p>",
    dated="27 April 2026", pos="in ind vol all types prov contact",
    notes="Code quotation in a blockquote naming CCGs (a quotation, not live wording: stale_ccg 1), "
    "followed by the local service: provider independent, three local kinds (school/college support, "
    "council duties, council vs ICB), SEN support as well as EHC plans, 'no one can make you' = voluntary, "
    "phone. Appeal and confidentiality absent: 0.")

one("Blackthorn Vale", "ask-the-local-offer/independent-help-with-academy", "Ask the Local Offer: is there anyone independent who can help?",
    "<div class=\"question\"><p class=\"meta\">Question from a parent, March 2026</p><p>My son's academy "
    "says it can't provide the speech therapy in his plan and the council says it's the school's job. "
    "Is there anyone independent who can help us sort this out?</p></div><div class=\"answer\"><p "
    "class=\"meta\">Answer from the Local Offer team</p><p>Yes. Mosaic Accord Ltd runs our disagreement "
    "resolution service. They are not part of the council and have no stake in the outcome.</p><p>They "
    "can help with a disagreement between you and the academy about the provision it is making, and with "
    "a disagreement between you and the council about how it is carrying out its duties under your son's "
    "plan - which sounds like both of yours.</p><p>If you choose not to use it, that will not affect your "
    "right to appeal to the Tribunal.</p><p>Phone Mosaic Accord on 0808 157 0461.</p></div>",
    pos="in ind types noeff prov contact", skip="vol",
    notes="Parent's question answered by the Local Offer team: provider 'not part of the council', two "
    "kinds (academy provision; council duties), not using it won't affect the appeal = noeff, phone. 'If "
    "you choose not to use it' implies a choice without stating voluntariness: vol left out. All SEN and "
    "confidentiality absent: 0.")

one("Caldermoor", "who-to-contact", "Who to contact when you disagree",
    "<table><caption>Useful contacts</caption><thead><tr><th>For</th><th>Organisation</th><th>Contact</th>"
    "</tr></thead><tbody><tr><td>Disagreement resolution</td><td>Together Trust</td><td>01632 960 238<br>"
    "caldermoor.drs@togethertrust.example.org.uk</td></tr><tr><td>Mediation advice and certificates</td>"
    "<td>Together Trust</td><td>01632 960 239</td></tr><tr><td>Free, impartial advice</td><td>Caldermoor "
    "SENDIASS</td><td>01632 960 260<br>www.caldermoorsendiass.example.org.uk</td></tr><tr><td>Appeals</td>"
    "<td>SEND Tribunal</td><td>GOV.UK: 'Appeal to the SEND Tribunal'</td></tr><tr><td>Complaints about "
    "the council</td><td>Caldermoor Council</td><td>Online complaints form</td></tr></tbody></table>",
    pos="in prov contact iass", skip="trib cmp",
    notes="Contacts table: DR row names Together Trust with phone/email (in/prov/contact 1); SENDIASS with "
    "phone/web: iass 1. Independence not stated: ind 0. Mediation only named: med 0. The Tribunal row "
    "points to GOV.UK without explaining the right of appeal: trib left out. A single complaints route: "
    "cmp left out.")

one("Wayleigh", "one-minute-guide-disagreement-resolution", "One-minute guide: disagreement resolution",
    "<div class=\"omg\"><section><h2>What is it?</h2><p>A meeting with a trained, independent facilitator "
    "from Tillerman Resolution Partnership to help you and others reach agreement. Tillerman is not part "
    "of Wayleigh Council.</p></section><section><h2>Who is it for?</h2><p>Any child or young person with "
    "SEN and their family. You don't need an EHC plan.</p></section><section><h2>What can it help with?"
    "</h2><ul><li>Disagreements with a nursery, school or college about SEN support</li><li>Disagreements "
    "with the council about EHC needs assessments, plans or reviews</li><li>Disagreements involving NHS "
    "Wayleigh ICB about health provision in a plan</li></ul></section><section><h2>Key facts</h2><ul><li>"
    "Voluntary - you can say no</li><li>Confidential</li><li>Choosing not to use it will not affect any "
    "appeal to the Tribunal</li></ul></section><section><h2>Who to contact</h2><p>wayleigh@tillerman-"
    "resolution.example.co.uk</p></section></div>",
    dated="30 September 2026", pos=ALL_DR,
    notes="One-minute guide in boxes: every DR element - independent provider, all SEN, three kinds (ICB "
    "current), voluntary, confidential, appeal unaffected, email.")

one("Eskbridge", "send-mediation-on-the-day", "SEND mediation: what happens on the day",
    "<p>Your mediation will be led by a mediator from KIDS. The mediator is independent and is not "
    "employed by Eskbridge Council.</p><ol><li>The mediator meets you on your own first, so you can say "
    "what matters most to you.</li><li>Everyone then meets together. A council officer who is able to "
    "make decisions will be there.</li><li>The mediator helps each side listen and look for options.</li>"
    "<li>If you reach agreement it is written down and everyone gets a copy.</li></ol><p>What is said in "
    "mediation is confidential and cannot be used at the Tribunal.</p><p>If you have questions before the "
    "day, call KIDS on 0808 157 0386.</p>",
    pos="ind conf prov contact", skip="med",
    notes="SEND mediation on the day: KIDS mediator 'independent ... not employed by the council', "
    "confidential, phone. Explains the meeting but not mediation advice, the certificate or time limits: "
    "med borderline, left out. DR term absent: in 0. No voluntariness, scope, kinds or appeal: 0.")

one("Foxcote", "advice.page?id=drs-print", text=(
    "Foxcote Family Information Directory - printed 28/11/2026\n"
    "Print this page | Add to shortlist\n"
    "\n"
    "SEND disagreement resolution\n"
    "\n"
    "Foxcote's disagreement resolution service is provided by Global Mediation, which is independent of "
    "Foxcote Council.\n"
    "It covers all children and young people with special educational needs, including those without an "
    "EHC plan.\n"
    "It can help with disagreements between parents and schools or colleges about special educational "
    "provision, and with disagreements about health or social care provision during an EHC needs "
    "assessment or review.\n"
    "Everything discussed is confidential.\n"
    "\n"
    "Contact: Global Mediation, freephone 0808 157 0590, foxcote@globalmediation.example.co.uk\n"
    "\n"
    "Related: SEND mediation | SENDIASS | Tribunal appeals | Complaints\n"),
    furn="d", pos="in ind all types conf prov contact",
    notes="Print version of a directory advice page (plain text): provider independent, all SEN, two kinds, "
    "confidential, freephone/email. The 'Related' line is furniture. Voluntary and appeal absent: 0.")

one("Gilderdale", "resolving-disagreements", "Resolving disagreements",
    "<p>If you disagree with your child's school about the provision it is making, or with the way the "
    "council has run an annual review, contact the SEND Quality Team at sendquality@gilderdale.example."
    "gov.uk.</p><p>The team will decide whether your disagreement is suitable for disagreement "
    "resolution. If it is, we will arrange a meeting led by an external facilitator.</p>",
    pos="types", skip="ind",
    notes="Two kinds (school provision; council's annual review) with access only through the council's "
    "SEND Quality Team, which decides suitability: no provider, no provider contact (in/prov/contact 0). "
    "'External facilitator' is borderline for independence: ind left out. Voluntariness not stated: 0.")

one("Hemsby Reach", "mediation-flowchart", "SEND mediation: step by step",
    "<div class=\"flow\"><p class=\"box\">You receive our decision letter about an EHC needs assessment or "
    "plan</p><p class=\"arrow\">&darr;</p><p class=\"box\">Within 2 months: contact Prime Resolution for "
    "mediation advice (01632 960 833). Prime Resolution is independent of Hemsby Reach Council.</p><p "
    "class=\"arrow\">&darr;</p><p class=\"box\">Decide: mediation is your choice</p><div class=\"branch\">"
    "<p class=\"box\">No mediation &rarr; certificate within 3 working days &rarr; you can appeal straight "
    "away</p><p class=\"box\">Mediation &rarr; held within 30 days &rarr; certificate afterwards</p></div>"
    "<p class=\"arrow\">&darr;</p><p class=\"box\">Appeal to the First-tier Tribunal (SEND) online through "
    "GOV.UK within 2 months of the decision letter or 1 month from the certificate, whichever is later</p>"
    "</div>",
    pos="ind vol noeff prov contact med trib",
    notes="Flowchart as boxes and arrows: mediation advice within 2 months, certificate in 3 working days, "
    "30 days; provider independent with phone; choice; no mediation -> certificate -> appeal straight "
    "away = noeff; appeal with the how: trib 1. DR term absent: in 0. Kinds, scope, confidentiality: 0.")

one("Inglecroft", "disagreement-resolution", "Disagreement resolution",
    "<p>Inglecroft's disagreement resolution service is provided by Wagtail Mediation CIC. Wagtail is "
    "independent of the council.</p><p>It can help when families and schools disagree about the special "
    "educational provision a child receives, and when families disagree with the council about how it is "
    "carrying out its SEN duties.</p><p><a href=\"https://www.wagtail-mediation.example.org.uk/inglecroft\">"
    "Find out more on Wagtail's website</a></p>",
    pos="ind types prov", skip="in contact",
    notes="Provider independent and two kinds: ind/types/prov 1. The only route to the provider is a link "
    "whose address is not shown in the text ('Find out more on Wagtail's website'): whether that gives a "
    "contact is borderline, so contact and in are left out. Voluntary, scope, appeal, confidentiality: 0.")

one("Larkhill", "send-mediation", "SEND mediation",
    "<p>SEND mediation can help if you disagree with a decision we have made about an EHC needs "
    "assessment or plan.</p><ul><li>Contact Mosaic Accord's mediation advisers within two months of our "
    "decision letter: 0808 157 0467.</li><li>Mosaic Accord's mediators are not employed by the council.</li>"
    "<li>Mediation itself isn't compulsory - only getting the advice is, if you want to appeal.</li><li>"
    "If you go ahead, mediation must take place within 30 days, and the adviser issues a certificate "
    "within three working days when it ends.</li><li>Once mediation has finished, you can appeal to the "
    "Tribunal if you're still not happy.</li></ul>",
    pos="ind vol prov contact med",
    notes="SEND mediation bullets: advisers within two months, 30 days, certificate in three working days, "
    "mediators not employed by the council, mediation not compulsory = voluntary, phone. Near-miss: only "
    "'once mediation has finished, you can appeal': noeff 0. Appeal without the how: trib 0. DR term "
    "absent: in 0.")

one("Merrowfield", "democracy/decisions/send-mediation-contract-2026", "Decision: SEND mediation and disagreement resolution contract 2026-2029",
    "<table class=\"decision\"><tr><th>Decision maker</th><td>Cabinet Member for Children and Education</td>"
    "</tr><tr><th>Date of decision</th><td>15 January 2026</td></tr><tr><th>Decision</th><td>To award the "
    "contract for SEND mediation and disagreement resolution services from 1 April 2026 to 31 March 2029 "
    "to Tillerman Resolution Partnership.</td></tr><tr><th>Reasons</th><td>The Children and Families Act "
    "2014 requires the council to arrange disagreement resolution and mediation by people independent of "
    "the council. Tillerman scored highest on quality and price.</td></tr><tr><th>Alternatives considered"
    "</th><td>Providing the service in-house (rejected: it would not be independent).</td></tr></table>",
    pos="prov", skip="ind",
    notes="Cabinet decision record naming the new provider: prov 1. Independence only as what the Act "
    "requires: ind left out. No contact route: contact 0, in 0.")

one("Netherfold", "sendiass-and-disagreements", "How SENDIASS can help if you disagree",
    "<p>Netherfold SENDIASS can help you think through your options if you disagree with a school or the "
    "council, and can come to meetings with you. Call 01632 960 744.</p><p>One option is the independent "
    "disagreement resolution service run by Community Accord. SENDIASS can help you get ready for a "
    "meeting, but the meeting itself is arranged by Community Accord: email netherfold@communityaccord."
    "example.com.</p>",
    pos="in ind prov contact iass",
    notes="SENDIASS helping with DR (not presented as the DR service): SENDIASS with phone (iass 1); "
    "'independent disagreement resolution service run by Community Accord' with its email: in/ind/prov/"
    "contact 1. Kinds (one general), voluntary, scope, appeal, confidentiality: 0.")

one("Penhallow", "disagreement-resolution-in-short", "Disagreement resolution in short",
    "<ul class=\"summary\"><li><strong>Free</strong> for families</li><li><strong>Independent</strong> - run "
    "by Wagtail Mediation CIC, not the council</li><li><strong>Your choice</strong> - nobody can make you "
    "take part</li><li><strong>Private</strong> - what you say is kept confidential</li><li><strong>For "
    "any child with SEN</strong> - with or without an EHC plan</li><li><strong>Get in touch</strong> - "
    "01632 960 117 or penhallow@wagtail-mediation.example.org.uk</li></ul>",
    pos="in ind vol all conf prov contact",
    notes="Summary bullets with bold labels: independent provider, voluntary, confidential, all SEN, phone/"
    "email. No kinds, no appeal: 0.")

one("Rookwood", "disagreement-resolution", "Disagreement resolution",
    "<p>Together Trust provides disagreement resolution for Rookwood families. It can help with:</p><ul>"
    "<li>disagreements between parents and schools about the SEN provision being made;</li><li>"
    "disagreements between parents and the council about EHC needs assessments and reviews;</li><li>"
    "disagreements between families and NHS Rookwood CCG about health provision in EHC plans.</li></ul>"
    "<p>Contact Together Trust on 01632 960 530.</p>",
    dated="2 February 2026", stale=True, pos="in types prov contact",
    notes="DR page with provider, three kinds and phone. 'NHS Rookwood CCG' named as a current party on a "
    "2026 page with no ICB: stale_ccg 0. Independence not stated: ind 0.")

one("Gilderdale", "easy-read/sorting-out-problems", "Sorting out problems (Easy Read)",
    "<p class=\"er\"><strong>Big words</strong> are explained in the boxes.</p><p>You might not agree with "
    "your school about the help you get.</p><p>You might not agree with the council about your EHC plan."
    "</p><p>A <strong>disagreement resolution</strong> meeting can help.</p><p class=\"box\"><strong>"
    "Disagreement resolution</strong> means people meet to sort out a problem.</p><p>KIDS runs the "
    "meetings. KIDS is <strong>independent</strong>.</p><p class=\"box\"><strong>Independent</strong> "
    "means KIDS is not part of the council.</p><p>You do not have to go. You can choose.</p><p>Phone KIDS: "
    "0808 157 0387.</p>",
    pos="in ind vol types prov contact",
    notes="Easy Read with word boxes: two kinds (school help, council EHC plan), provider KIDS independent "
    "(not part of the council), voluntary, phone. No scope, appeal or confidentiality: 0.")

# --- B. traps: other kinds of mediation and appeals, general explanations, council meetings ------------

one("Caldermoor", "service.page?id=riverside-family-mediation", "Riverside Family Mediation",
    "<table class=\"service-details\"><tr><th>About this service</th><td>Riverside Family Mediation helps "
    "separating and divorcing parents agree arrangements for their children, property and money without "
    "going to court. We run Mediation Information and Assessment Meetings (MIAMs) and accept legal aid and "
    "the family mediation voucher.</td></tr><tr><th>Our mediators</th><td>Independent and accredited by "
    "the Family Mediation Council.</td></tr><tr><th>Good to know</th><td>Mediation is voluntary and "
    "confidential. We can adapt sessions for parents of children with additional needs.</td></tr><tr><th>"
    "Telephone</th><td>01632 960 611</td></tr><tr><th>Email</th><td>info@riverside-fm.example.org.uk</td>"
    "</tr></table>",
    furn="d",
    notes="Family (separation/divorce) mediation directory record with MIAMs, legal aid and vouchers: its "
    "independence, voluntariness, confidentiality and contact belong to family mediation: all DR checks 0.")

one("Eskbridge", "family-life/parenting-apart", "Parenting apart when your child has SEND",
    "<p>Separating is hard on any family, and harder when a child has special educational needs or a "
    "disability. Routines, therapies and school runs all have to be shared.</p><p>Family mediation can "
    "help you and your ex-partner agree child arrangements, including who attends EHC plan reviews and "
    "how you share information from school. Family mediators are independent of both parents, and "
    "sessions are confidential. You will usually need to attend a MIAM before applying to the family "
    "court.</p><p>This is different from a disagreement with your child's school or the council about "
    "SEN support: for that, see our disagreement resolution page.</p><p>Find a family mediator through the "
    "Family Mediation Council or call Eskbridge Family Mediation on 01632 960 624.</p>",
    notes="Family mediation for separating parents of children with SEND (child arrangements, MIAM): SEND "
    "words present but the service is family mediation; the pointer to the DR page gives no DR "
    "arrangement: all DR checks 0.")

one("https://www.ravensmerehomes.example.org.uk", "/tenants/neighbour-disputes", "Neighbour disputes and mediation",
    "<p>If you are having problems with a neighbour - noise, parking, pets or shared gardens - our "
    "tenancy team can refer you to Ravensmere Community Mediation. Its mediators are independent "
    "volunteers who help both households talk things through. It is free, voluntary and confidential.</p>"
    "<p>We know some households include children with autism or sensory needs, and mediators will take "
    "this into account when planning a meeting.</p><p>Ask for a referral on 01632 960 633 or "
    "tenancy@ravensmerehomes.example.org.uk.</p>",
    furn="p", plain="Ravensmere Homes",
    notes="Housing association neighbour/community mediation mentioning autism: all DR checks 0.")

one("Wayleigh", "schools-hr/workplace-mediation", "Workplace mediation for school staff",
    "<p>Wayleigh Schools HR Service offers workplace mediation to maintained schools and academies that "
    "buy our HR package. It can help when colleagues - for example a SENCO and a teaching assistant - "
    "have fallen out and working relationships are suffering.</p><p>Mediators are independent of the "
    "school, sessions are voluntary and confidential, and outcomes are not shared with the head teacher "
    "without agreement.</p><p>Head teachers can book by emailing schoolshr@wayleigh.example.gov.uk.</p>",
    notes="Workplace (HR) mediation for school staff, naming a SENCO: all DR checks 0.")

one("Foxcote", "schools/in-year-admissions-faq", "In-year school admissions: questions and answers",
    "<h3>My child was refused a place. Can I appeal?</h3><p>Yes. You can appeal to an independent appeal "
    "panel. Send the appeal form within 20 school days of the date of the refusal letter.</p><h3>Does my "
    "child's SEN make a difference?</h3><p>If your child has an EHC plan, the school is named through the "
    "plan, not through admissions, and appeals about the named school go to the SEND Tribunal. If your "
    "child has SEN but no plan, the normal admissions rules apply.</p><h3>Can I get help?</h3><p>Contact "
    "the School Admissions Team on 01632 960 640.</p>",
    notes="School admissions appeal with deadline and form: not the First-tier Tribunal (SEND) route, which "
    "is only mentioned: trib 0. 'Independent appeal panel' is not DR: ind 0.")

one("Inglecroft", "council-tax/support-appeals", "Council Tax Support: asking us to look again",
    "<p>If you think we have worked out your Council Tax Support wrongly - for example by not taking into "
    "account the Carer's Allowance you get for looking after a disabled child - write to us within one "
    "month of your decision notice.</p><p>If you still disagree after we have looked again, you can appeal "
    "to the Valuation Tribunal for England, which is independent. You must appeal within two months of our "
    "reply, online or by post.</p>",
    notes="Council tax support appeal to the Valuation Tribunal, mentioning a disabled child: trib 0, ind 0.")

one("Penhallow", "planning/appeals", "Appealing a planning decision",
    "<p>If we refuse planning permission - for example for a garden room to be used as a sensory room for "
    "a disabled child - you can appeal to the Planning Inspectorate, which is independent of the council. "
    "Householder appeals must be made within 12 weeks of the decision, using the Appeal a planning "
    "decision service on GOV.UK.</p>",
    notes="Planning appeal (sensory room) with deadline and GOV.UK route: not a SEND Tribunal appeal: trib 0; "
    "ind 0.")

one("https://www.sendfamilyvoice.example.org.uk", "/information/disagreement-resolution-explained",
    "Disagreement resolution explained",
    "<p>Every council in England has to arrange a disagreement resolution service for families of "
    "children and young people with special educational needs. The people who run it must be independent "
    "of the council.</p><p>Disagreement resolution can be used whether or not a child has an EHC plan. It "
    "can cover, for instance, a disagreement with a school about the support it provides, a disagreement "
    "with the council about how it carries out its duties, or a disagreement about health and social care "
    "during an EHC needs assessment. Taking part is voluntary, meetings are confidential, and deciding not "
    "to use it does not affect your right to appeal to the Tribunal.</p><p>Your council's Local Offer should "
    "tell you who runs the service in your area. If you can't find it, our helpline can help: 0808 157 "
    "0777 or helpline@sendfamilyvoice.example.org.uk.</p>",
    furn="p", plain="SEND Family Voice UK", skip="ind vol all types noeff conf",
    notes="National charity explaining DR in general: no local service, no provider; the helpline is the "
    "charity's: in/prov/contact 0. Its statements about independence, scope, kinds, voluntariness, "
    "confidentiality and the appeal describe the law, not an arrangement: left out. Not SENDIASS: iass 0.")

one("Larkhill", "send-resolution-meetings", "SEND resolution meetings",
    "<p>If you are unhappy with how your child's EHC needs assessment or plan is being handled, you can "
    "ask for a resolution meeting. It will be chaired by a Principal SEND Officer who is independent of "
    "your case officer and has not been involved in your child's case.</p><p>The chair will listen to "
    "everyone impartially and help agree next steps. Resolution meetings are optional and are held "
    "within 15 working days.</p><p>To ask for one, email sendresolution@larkhill.example.gov.uk.</p>",
    notes="Officer-led resolution meeting chaired by a council officer 'independent of your case officer', "
    "impartial, optional, council email: not the independent DR arrangement: all DR checks 0.")

one("Hemsby Reach", "independent-disagreement-resolution-service", "Independent Disagreement Resolution Service",
    "<p>Hemsby Reach's Independent Disagreement Resolution Service is provided by Hemsby Reach SENDIASS. "
    "SENDIASS is independent of the council's SEND team and can arrange a meeting between you and your "
    "child's school or the council to help you reach agreement. It is free, voluntary and confidential."
    "</p><p>Contact Hemsby Reach SENDIASS on 01632 960 822 or email advice@hemsbyreachsendiass.example."
    "org.uk.</p>",
    pos="iass",
    notes="Trap: SENDIASS presented as the independent DR service: not the s.57 arrangement, so in/ind/vol/"
    "conf/prov/contact 0 (one general kind: types 0). SENDIASS signposted with phone and email: iass 1.")

one("Merrowfield", "facilitated-conversations", "Disagreement resolution: facilitated conversations",
    "<p>In Merrowfield, disagreement resolution is offered by the council's Inclusion Partnership Team. "
    "Our officers are impartial and neutral: they do not make decisions about your child's plan and will "
    "not take sides.</p><p>A facilitated conversation brings you and the school or SEND team together to "
    "find a way forward.</p><p>Email inclusionpartnership@merrowfield.example.gov.uk.</p>",
    notes="DR term used for the council's own Inclusion Partnership Team, 'impartial and neutral' officers, "
    "council email: not independent, no provider: all DR checks 0.")

# --- C. SENDIASS and other sources of advice ---------------------------------------------------------

one("Rookwood", "sendiass", "Rookwood SENDIASS",
    "<p>Rookwood SENDIASS is the Special Educational Needs and Disabilities Information, Advice and Support "
    "Service for Rookwood. It is free, impartial and confidential, and works at arm's length from the "
    "council.</p><div class=\"contact-card\"><h2>Contact us</h2><p>Helpline: 01632 960 855 (Monday to "
    "Friday, 10am to 3pm)</p><p>Email: hello@rookwoodsendiass.example.org.uk</p><p>Drop in: Rookwood "
    "Children's Centre, first Wednesday of each month</p></div>",
    pos="iass",
    notes="SENDIASS page with a contact card (helpline, email, drop-in): iass 1. Its impartiality and "
    "confidentiality are not DR: DR checks 0.")

one("Foxcote", "sendiass-opening-times", "Foxcote SENDIASS: when and where",
    "<p>Foxcote SENDIASS gives free information, advice and support to parents, carers and young people "
    "about SEND.</p><table><thead><tr><th>Day</th><th>Phone line</th><th>Face to face</th></tr></thead>"
    "<tbody><tr><td>Monday</td><td>9.30am - 2.30pm</td><td>-</td></tr><tr><td>Wednesday</td><td>9.30am - "
    "2.30pm</td><td>Foxcote Library, 10am - 12pm</td></tr><tr><td>Friday</td><td>9.30am - 12pm</td><td>"
    "-</td></tr></tbody></table><p>Phone 01632 960 866 or text 07700 900 866.</p>",
    pos="iass",
    notes="SENDIASS opening-times table with phone and text number: iass 1.")

one("Penhallow", "help-and-advice", "Help and advice about SEND",
    "<p>Call the Penhallow SEND Information Line on 01632 960 880 for questions about EHC needs "
    "assessments and where your request has got to. The line is run by the council's SEND team.</p><p>"
    "You might also like to join Penhallow Parent Carer Forum, or contact national charities such as "
    "IPSEA and Contact for independent advice.</p>",
    notes="The council's own SEND information line, a parent carer forum and national charities: not "
    "SENDIASS: iass 0.")

one("Wayleigh", "support-organisations", "Support organisations",
    "<ul><li>Wayleigh SENDIASS - see the SENDIASS section of the Local Offer.</li><li>Wayleigh Parent "
    "Carer Forum - parents working with the council and NHS.</li><li>Carers Hub - support for all unpaid "
    "carers.</li></ul>",
    skip="iass",
    notes="SENDIASS named in the content with no phone, email or address (only a pointer to another "
    "section): iass left out.")

# --- D. complaints routes ------------------------------------------------------------------------

one("Ravensmere", "complaints/who-to-complain-to", "Who to complain to",
    "<table><thead><tr><th>If your complaint is about...</th><th>Start here</th><th>If you are still not "
    "happy</th></tr></thead><tbody><tr><td>A nursery or childminder</td><td>The provider's complaints "
    "procedure</td><td>Ofsted</td></tr><tr><td>A maintained school or academy</td><td>The school's "
    "complaints procedure (head teacher, then governors or the trust)</td><td>The Department for "
    "Education</td></tr><tr><td>A college</td><td>The college's complaints procedure</td><td>The "
    "Department for Education</td></tr><tr><td>The council's SEND service</td><td>Our online complaints "
    "form (stage 1, then stage 2)</td><td>The Local Government and Social Care Ombudsman</td></tr><tr><td>"
    "Children's social care</td><td>The children's social care complaints procedure (three stages)</td>"
    "<td>The Local Government and Social Care Ombudsman</td></tr><tr><td>An NHS service</td><td>PALS or "
    "the NHS Ravensmere ICB complaints team</td><td>The Parliamentary and Health Service Ombudsman</td>"
    "</tr></tbody></table>",
    dated="5 August 2026", pos="cmp",
    notes="Complaints table covering settings (Ofsted, DfE), the council, social care, the NHS (PALS, ICB) "
    "and both ombudsmen: cmp 1.")

one("Eskbridge", "complaints-about-send", "Complaints about SEND",
    "<details><summary>About a school or college</summary><p>Talk to the SENCO, then follow the "
    "school's or college's complaints policy. If a school has not followed its procedure, you can ask "
    "the Department for Education to look into it.</p></details><details><summary>About the council"
    "</summary><p>Use the council's complaints procedure. If you remain unhappy after our final reply, "
    "contact the Local Government and Social Care Ombudsman. The Ombudsman cannot look at matters you "
    "have appealed to the SEND Tribunal.</p></details><details><summary>About health services</summary>"
    "<p>Speak to the Patient Advice and Liaison Service (PALS) or complain to NHS Eskbridge and Wyre ICB. "
    "After that you can go to the Parliamentary and Health Service Ombudsman.</p></details>",
    pos="cmp",
    notes="Complaints accordion with school (DfE), council (LGSCO and its Tribunal limit) and health (PALS, "
    "ICB, PHSO) routes: cmp 1.")

one("Inglecroft", "young-people/how-to-complain", "How to complain (for young people)",
    "<p>You have the right to complain if you think you are not getting the support you should.</p><ul>"
    "<li><strong>College or sixth form:</strong> ask for the complaints policy and send your complaint "
    "to the person it names. If you're still unhappy after that, you can contact the Department for "
    "Education.</li><li><strong>The council:</strong> fill in the online form. If our final answer "
    "doesn't sort it, the Local Government and Social Care Ombudsman can look at it.</li><li><strong>"
    "Health:</strong> talk to PALS at the hospital, or complain to the NHS. The Parliamentary and Health "
    "Service Ombudsman is the last step.</li></ul>",
    pos="cmp",
    notes="Young people's complaints page: college/DfE, council/LGSCO, health/PALS/PHSO: cmp 1.")

one("Gilderdale", "complaints-about-your-childs-school", "Complaints about your child's school",
    "<p>If you are unhappy with the support your child gets at school, speak to the class teacher or "
    "SENCO first. If that does not resolve things, ask the school for a copy of its complaints procedure "
    "and follow it.</p>",
    skip="cmp",
    notes="A single complaints route (the school's procedure): cmp left out.")

one("Hemsby Reach", "parking/blue-badge-complaints", "Blue Badge: complaints",
    "<p>If you are unhappy with how we handled your Blue Badge application for a disabled child, use the "
    "council's online complaints form. We will reply within 10 working days. If you are still unhappy you "
    "can contact the Local Government and Social Care Ombudsman.</p>",
    notes="Corporate complaint about a Blue Badge application: not about SEND provision, settings or "
    "health: cmp 0.")

# --- E. Tribunal appeals ------------------------------------------------------------------------------

one("Wayleigh", "appeal-checklist", "Appealing to the SEND Tribunal: a checklist",
    "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) against our "
    "decisions about EHC needs assessments and plans. Tick off each step:</p><ul class=\"checklist\"><li>"
    "&#9744; Find the date on your decision letter.</li><li>&#9744; Unless you are only appealing about the "
    "school or college named, get a mediation certificate.</li><li>&#9744; Register your appeal within two "
    "months of the decision letter or one month of the certificate, whichever is later.</li><li>&#9744; "
    "Apply online through GOV.UK, or fill in form SEND35 and post it.</li><li>&#9744; Send copies of the "
    "decision letter, the plan and the certificate.</li></ul>",
    pos="trib",
    notes="Checklist with the right of appeal, deadline and how (online/SEND35): trib 1. Certificate only "
    "mentioned: med 0.")

one("Blackthorn Vale", "appealing-after-mediation", "Appealing after mediation",
    "<p>After you've been to mediation and received your certificate, you can register your appeal with "
    "the First-tier Tribunal (SEND) if you are still not happy with our decision.</p><p>Your appeal must "
    "reach the Tribunal within two months of our decision letter, or within one month of the date on the "
    "mediation certificate, whichever is later. Appeal online on GOV.UK.</p>",
    pos="trib",
    notes="Near-miss for noeff: the appeal is described only after mediation: noeff 0. Right of appeal with "
    "deadline and online route: trib 1. Mediation not explained (no advice, time limits): med 0.")

one("Rookwood", "what-can-i-appeal", "What decisions can I appeal?",
    "<p>The SEND Tribunal is independent of the council. You can appeal to it if we:</p><ul><li>refuse to "
    "carry out an EHC needs assessment;</li><li>decide not to issue an EHC plan after an assessment;</li>"
    "<li>issue a plan you disagree with (sections B, F or I);</li><li>refuse to reassess or to amend a plan "
    "after a review;</li><li>decide to stop maintaining a plan.</li></ul>",
    notes="List of appealable decisions with no deadline or how: trib 0. 'Independent' describes the "
    "Tribunal: ind 0.")

# --- F. Local Offer feedback (audit date 2026-11-28: pass needs a date on or after 2025-10-28) ------

one("Caldermoor", "you-said-we-did", "You said, we did",
    "<p>Published 12 October 2026</p><p>These are the main things families told us about the Caldermoor "
    "Local Offer over the last year, and what we changed.</p><div class=\"ysd\"><p><strong>You said</strong> "
    "the Local Offer search brought back out-of-date activities.<br><strong>We did</strong> ask every "
    "provider to confirm its entry and removed 52 that had closed.</p><p><strong>You said</strong> you "
    "could not find information about help for young people after 18.<br><strong>We did</strong> create a "
    "Preparing for Adulthood hub on the Local Offer.</p><p><strong>You said</strong> the Local Offer was "
    "hard to use on a phone.<br><strong>We did</strong> redesign the menus for small screens.</p></div>",
    pos="fb",
    notes="Local Offer comments and responses published 12 October 2026: fb 1.")

one("Merrowfield", "documents/local-offer-annual-report-2024-25.pdf",
    text=report("Merrowfield SEND Local Offer - Annual Report 2024-25 - published 31 October 2025", [
        "Introduction",
        "Each year we must publish the comments we have received about the Local Offer and what we have "
        "done in response. This report covers September 2024 to August 2025.",
        "What families and young people told us",
        "Parents told us that the Local Offer did not say how long an EHC needs assessment takes. Young "
        "people told us the Local Offer had nothing about supported internships. Several people said the "
        "Local Offer's contact details for therapy services were wrong.",
        "What we have done",
        "We added a timeline for assessments, wrote a supported internships page with young people from "
        "Merrowfield Youth Forum, and checked every therapy contact on the Local Offer with the NHS.",
    ]),
    pos="fb",
    notes="PDF annual report published 31 October 2025 (three days inside the window) with comments and "
    "responses about the Local Offer: fb 1.")

one("Larkhill", "local-offer-feedback", "Local Offer feedback",
    "<p>Published 14 August 2025.</p><p>You told us the Local Offer did not list holiday clubs for "
    "disabled children. We added 31 clubs.</p><p>You told us the Local Offer was hard to find. We added "
    "a link on every school website.</p>",
    notes="Local Offer comments and responses published 14 August 2025, outside the 13-month window: fb 0.")

one("Netherfold", "preparing-for-adulthood/you-said-we-did", "Preparing for Adulthood events: you said, we did",
    "<p>Updated 20 September 2026.</p><p>You said: the Preparing for Adulthood fair was too noisy for some "
    "young people. We did: added a quiet hour at the start.</p><p>You said: more colleges should come. We "
    "did: invited every college within 20 miles.</p>",
    notes="'You said, we did' about Preparing for Adulthood events, not the Local Offer: fb 0.")

one("Inglecroft", "local-offer-feedback-log", "Local Offer feedback log",
    "<p>Last updated 2 November 2026. We publish comments about the Local Offer every month, without "
    "names.</p><table><thead><tr><th>Received</th><th>What you said</th><th>What we did</th></tr></thead>"
    "<tbody><tr><td>August 2026</td><td>The Local Offer page on short breaks has a broken link.</td><td>"
    "Fixed.</td></tr><tr><td>September 2026</td><td>Please add the SENDIASS drop-in times to the Local "
    "Offer.</td><td>Added to the SENDIASS page.</td></tr><tr><td>October 2026</td><td>The Local Offer "
    "should explain EHC plan reviews in Easy Read.</td><td>An Easy Read page is being written with our "
    "Young Voices group and will go live in December.</td></tr></tbody></table>",
    pos="fb", skip="iass",
    notes="Monthly Local Offer feedback log with responses, updated 2 November 2026: fb 1. SENDIASS named "
    "without contact: iass left out.")

one("Penhallow", "local-offer-you-said-we-did", "Local Offer: you said, we did",
    "<p>Last updated: 5 May 2025</p><p>You said: the Local Offer needed a page about autism support "
    "groups. We did: added one.</p><p>You said: the Local Offer should be in other languages. We did: "
    "added a translation button.</p>",
    notes="Local Offer comments and responses last updated 5 May 2025, outside the 13-month window: fb 0.")

one("Foxcote", "local-offer-survey-2026", "Local Offer survey 2026: what you told us",
    "<p>Thank you to the 214 parents, carers and young people who answered our Local Offer survey in "
    "June 2026.</p><ul><li>62% said the Local Offer was easy to find.</li><li>48% said they found what "
    "they were looking for.</li><li>Many asked for more information about support in secondary schools."
    "</li></ul><p>We will publish our response in the new year.</p>",
    notes="Local Offer survey results (comments) with no response yet: fb 0.")

one("Ravensmere", "young-people/local-offer-young-voices", "Young Voices and the Local Offer",
    "<p>18 June 2026</p><p>Ravensmere Young Voices, our SEND youth forum, spent three sessions reviewing "
    "the Local Offer. Here is what they told us and what happened next.</p><blockquote>\"The young people's "
    "pages sound like they're written for our parents.\"</blockquote><p>We asked Young Voices to rewrite "
    "them; the new pages went live in May 2026.</p><blockquote>\"There's nothing about getting a job.\"</"
    "blockquote><p>We added an employment section with local supported internships and apprenticeships.</p>",
    pos="fb",
    notes="Young people's comments about the Local Offer with the council's responses, dated 18 June 2026: "
    "fb 1.")

# --- G. CCG and ICB wording ---------------------------------------------------------------------

one("Hemsby Reach", "health/designated-medical-officer", "Designated Medical Officer for SEND",
    "<p>Hemsby Reach's Designated Medical Officer (DMO) is a consultant paediatrician employed by NHS "
    "Hemsby Reach CCG. The DMO makes sure health advice for EHC needs assessments is given on time and "
    "can be contacted through the CCG's SEND inbox, send@hemsbyreachccg.example.nhs.uk.</p>",
    dated="14 September 2026", stale=True,
    notes="DMO employed by and contacted through the CCG on a September 2026 page, no ICB: stale_ccg 0.")

one("Inglecroft", "health/speech-and-language-therapy", "Speech and language therapy",
    "<p>Children's speech and language therapy in Inglecroft is commissioned by Inglecroft CCG and "
    "delivered by Inglecroft Community Health. Schools, health visitors and parents can refer.</p><p>"
    "Call the therapy hub on 01632 960 890.</p>",
    stale=True,
    notes="Undated page naming the CCG as the current commissioner, no ICB: stale_ccg 0.")

one("Gilderdale", "health/continuing-care-decisions", "Continuing care: decisions and reviews",
    "<p>Decisions about children's continuing care are made by the CCG's continuing care panel. If you "
    "do not agree with the panel's decision, you can ask the CCG to review it within 28 days.</p>",
    stale=True, skip="cmp",
    notes="Continuing care decided and reviewed by 'the CCG', presented as current, no ICB: stale_ccg 0. "
    "A single review route: cmp left out.")

one("Merrowfield", "health/health-and-ehc-plans", "Health and EHC plans",
    "<p>The SEND Code of Practice was written in 2015 and still refers to the old NHS bodies. For "
    "example, it says local authorities and \"clinical commissioning groups (CCGs) must make joint "
    "commissioning arrangements\".</p><p>Today those duties fall to NHS Merrowfield Integrated Care Board "
    "(ICB), which replaced the CCG on 1 July 2022.</p>",
    notes="CCG only inside a Code quotation and as the body the ICB replaced: stale_ccg 1.")

one("Wayleigh", "archive/send-strategy-2019-2022", "SEND strategy 2019-2022 (archived)",
    "<p class=\"archived\">This strategy was published in May 2019 and has been replaced. It is kept for "
    "reference.</p><p>Wayleigh Council and Wayleigh CCG will jointly commission therapy services and "
    "review the Local Offer each year with the Parent Carer Forum.</p>",
    notes="Archived strategy published May 2019, before CCGs ended: stale_ccg 1.")
