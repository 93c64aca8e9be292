"""The held-back pages h341…h375 (written into ``test.jsonl`` by make_corpus.py), written blind in November 2026.

Tuning had added pages until the held-back share fell to 397 of 1386 (28.6%). These 35 pages bring
it to 432 of 1421 (30.4%). Like h001…h340 they were written from the labelling rules of
``README.md``, ``checks.md`` and ``duties.md`` only -- without reading the checks' code, their
fixtures or the tuning generators, and without running any check on them -- with councils new to
the corpus (Ashwick, Brantholme, Coldmere, Dunstow, Elverley, Farthingdale, Hollinbeck), fictional
providers (Lanternlight Mediation CIC, Quillfield Dispute Resolution Ltd) beside real ones of
``duties.md`` section 10, and furniture of their own.

The pages are appended to ``make_corpus_heldout.SPLIT`` (so their ids continue at h341);
``make_corpus.py`` imports this module after ``make_corpus_heldout2``. Each page is written one by
one and labelled by hand. NEVER tune on them.
"""

from __future__ import annotations

import textwrap

from make_corpus_heldout import SPLIT

case = SPLIT.add

# --- furniture (never evidence) ------------------------------------------------------------------

HEAD = (
    '<header class="banner"><a href="#content" class="skip">Skip to main content</a><span class="brand">'
    '{C} Council | SEND Local Offer</span><ul class="topnav"><li><a href="/lo/resolving-disagreements">'
    'Resolving disagreements</a></li><li><a href="/lo/independent-mediation">Independent SEND mediation</a>'
    '</li><li><a href="/lo/sendiass">{C} SENDIASS</a></li><li><a href="/lo/appeals">Appeal to the SEND '
    'Tribunal</a></li><li><a href="/lo/complaints">Complaints</a></li><li><a href="/lo/feedback">Your '
    'feedback: you said, we did</a></li></ul></header>'
)
FOOT = (
    '<footer><aside class="related"><h2>Related pages</h2><ul><li><a href="/lo/dr">Disagreement '
    'resolution (independent and free)</a></li><li><a href="/lo/sendiass">Information, advice and support '
    '(SENDIASS)</a></li><li><a href="/lo/ccg-legacy">Former CCG policies</a></li></ul></aside><p>&copy; '
    '{C} Council. <a href="/accessibility">Accessibility</a> <a href="/cookies">Cookies</a></p>'
    '<form class="rate"><p>Did this page help you?</p><button>Yes</button><button>No</button></form></footer>'
)


def page(council: str, title: str, main: str, dated: str = "") -> str:
    stamp = f'<p class="updated">Page updated {dated}</p>' if dated else ""
    return (
        f'<!doctype html><html lang="en"><head><title>{title} - {council} Local Offer</title></head><body>'
        f'{HEAD.replace("{C}", council)}<main id="content"><h1>{title}</h1>{main}{stamp}</main>'
        f'{FOOT.replace("{C}", council)}</body></html>'
    )


def url(council: str, slug: str) -> str:
    return f"https://www.{council.lower().replace(' ', '')}.gov.uk/localoffer/{slug}"


def one(council: str, slug: str, title: str, main: str = "", *, text: str = "", pos: str = "", skip: str = "",
        stale: bool = False, dated: str = "", notes: str) -> None:
    if text:
        case(url(council, slug), text=text, pos=pos, skip=skip, stale=stale, notes=notes)
    else:
        case(url(council, slug), html=page(council, title, main, dated), pos=pos, skip=skip, stale=stale,
             notes=notes)


def pdf(header: str, paragraphs: list[str], width: int = 64, per_page: int = 10) -> str:
    lines: list[str] = []
    for p in paragraphs:
        lines.extend(textwrap.wrap(p, width) or [""])
        lines.append("")
    out: list[str] = []
    for number, start in enumerate(range(0, len(lines), per_page), 1):
        out.append(header)
        out.extend(lines[start : start + per_page])
        out.append(f"Page {number}")
    return "\n".join(out)


ALL_DR = "in ind vol all types noeff conf prov contact"

# --- A. disagreement resolution and SEND mediation pages -----------------------------------------

one("Ashwick", "resolving-disagreements", "Resolving disagreements about SEND",
    "<p>Sometimes parents, young people, schools and the council do not agree about special educational "
    "provision. Ashwick's disagreement resolution service is run by Lanternlight Mediation CIC, an "
    "organisation that is independent of Ashwick Council: its mediators are not council employees.</p>"
    "<p>You can use it whether or not your child has an EHC plan. It covers any child or young person with "
    "special educational needs. It can help with disagreements about how a school is meeting your child's "
    "needs, about the health or social care parts of a plan, and between you and the council about the "
    "support it arranges.</p><p>Taking part is up to you. Everyone involved has to agree to a meeting, and "
    "if you decide not to use the service your right to appeal to the SEND Tribunal is not affected.</p>"
    "<p>What is said in a meeting stays confidential and cannot be used later at a Tribunal hearing.</p>"
    "<p>Contact Lanternlight on 01632 961 204 or email ashwick@lanternlight-mediation.org.uk.</p>",
    pos=ALL_DR, notes="Prose DR page with every DR element stated in the page: provider, independence "
    "('not council employees'), voluntary, all SEN ('whether or not ... EHC plan'), three kinds, appeal "
    "unaffected, confidential, phone/email. No mediation-of-EHC-decisions detail: med 0.")

one("Brantholme", "dr-faq", "Disagreement resolution: questions and answers",
    "<h2>Who runs it?</h2><p>Quillfield Dispute Resolution Ltd.</p>"
    "<h2>Is it part of the council?</h2><p>No.</p>"
    "<h2>Do I have to use it?</h2><p>No, it is your choice.</p>"
    "<h2>Does my child need an EHC plan?</h2><p>No.</p>"
    "<h2>What is discussed - could it be used against me later?</h2><p>No. Meetings are confidential.</p>"
    "<h2>How do I book?</h2><p>Call 0800 555 0192 or fill in the referral form at quillfield-dr.org.uk/refer."
    "</p>",
    pos="in ind vol all conf prov contact",
    notes="Terse FAQ answers leaning on the questions: provider named, 'Is it part of the council? No' = "
    "independent, 'Do I have to use it? No' = voluntary, 'EHC plan? No' = all SEN, confidential, phone/form. "
    "No kinds of disagreement: types 0. The appeal is not mentioned: noeff 0.")

one("Coldmere", "disagreement-resolution", "Disagreement resolution service",
    "<table class=\"facts\"><tr><th>Service</th><td>SEND disagreement resolution</td></tr>"
    "<tr><th>Provided by</th><td>Global Mediation</td></tr>"
    "<tr><th>Independence</th><td>Independent of Coldmere Council and of schools</td></tr>"
    "<tr><th>Who can use it</th><td>Parents and young people where there is an EHC plan</td></tr>"
    "<tr><th>Cost</th><td>Free</td></tr>"
    "<tr><th>Telephone</th><td>0800 064 4488</td></tr>"
    "<tr><th>Website</th><td>www.globalmediation.co.uk</td></tr></table>",
    pos="in ind prov contact",
    notes="Key/value table: provider, independence, phone and web. 'where there is an EHC plan' restricts "
    "scope: all 0. Nothing on voluntariness, kinds, appeal or confidentiality: 0.")

one("Dunstow", "directory/service/kids-dr", "KIDS SEND Mediation and Disagreement Resolution",
    '<div class="record"><h2>Who we are</h2><p>KIDS is a national charity commissioned by Dunstow Council to '
    "provide disagreement resolution. We are an independent organisation and are not part of the council."
    "</p><h2>Who is it for?</h2><p>Families of children and young people aged 0-25 with any special "
    "educational need or disability.</p><h2>What kinds of disagreement?</h2><p>Disagreements about the "
    "provision a school or college is making, and disagreements with the council or health services about "
    "assessments, plans or support.</p></div><table class=\"contact\"><tr><th>Phone</th><td>0330 123 "
    "4567</td></tr><tr><th>Email</th><td>mediation.dunstow@kids.org.uk</td></tr></table>",
    pos="in ind types prov contact", skip="all",
    notes="Directory record: provider, 'not part of the council', contact table, kinds listed. 'any special "
    "educational need' is close to an all-SEN statement but does not expressly say no EHC plan is needed: "
    "all left out. Voluntary/appeal/confidential not stated: 0.")

one("Elverley", "dr-key-facts", "Independent disagreement resolution: key facts",
    "<ul class=\"keyfacts\"><li>Run by Lanternlight Mediation CIC for Elverley.</li><li>Impartial and neutral "
    "mediators.</li><li>You will be expected to attend if the school requests a meeting.</li><li>For "
    "children and young people with EHC plans.</li><li>After a meeting you can still appeal to the "
    "Tribunal.</li><li>Book through your SEN caseworker.</li></ul>",
    pos="prov",
    notes="Near-miss key facts: 'impartial and neutral' is not independence (the word 'Independent' is in the "
    "page title only, not a statement about the service): ind 0; 'expected to attend' is not "
    "voluntary, EHC plans only, appeal 'after a meeting', referral only via the caseworker: no provider "
    "contact, so in 0 and contact 0. Provider named: prov 1.")

one("Farthingdale", "dr-guide-pdf", "",
    text=pdf("Farthingdale SEND Local Offer | Resolving disagreements | Version 3, 2026", [
        "1. What is disagreement resolution?",
        "Disagreement resolution is a free service that helps families and the people who provide education, "
        "health or care support to sort out disagreements early. In Farthingdale it is provided by "
        "Quillfield Dispute Resolution Ltd, which is a third party and does not work for the council.",
        "2. Do I need an EHC plan?",
        "No. The service is open to every family of a child or young person with special educational "
        "needs, including those receiving SEN support in school.",
        "3. Is it compulsory?",
        "Using the service is voluntary and a meeting only goes ahead if everyone agrees to take part.",
        "4. What if I would rather go straight to the Tribunal?",
        "You do not have to use disagreement resolution before appealing. Choosing not to use it will not "
        "affect your right of appeal.",
        "5. Contact",
        "Quillfield Dispute Resolution: 0800 555 0192, farthingdale@quillfield-dr.org.uk.",
    ]),
    pos="in ind vol all noeff prov contact",
    notes="PDF text with running header and page footers: third party / does not work for the council, "
    "voluntary, all SEN incl. SEN support, appeal unaffected, contact. Kinds: only 'disagreements' about "
    "education, health or care support generally - one vague description: types 0. Confidential not said: 0.")

one("Hollinbeck", "easy-read-sorting-out-problems", "Sorting out problems (Easy Read)",
    '<table class="easyread"><tr><td><img alt="two people talking"></td><td>Sometimes you and the school or '
    "council do not agree.</td></tr><tr><td><img alt=\"handshake\"></td><td>A person from Global Mediation "
    "can help. They do not work for the council.</td></tr><tr><td><img alt=\"tick\"></td><td>You choose if "
    "you want to go. You do not have to.</td></tr><tr><td><img alt=\"lock\"></td><td>What you say in the "
    "meeting is kept private.</td></tr><tr><td><img alt=\"phone\"></td><td>Phone Global Mediation on 0800 "
    "064 4488.</td></tr></table>",
    pos="ind vol conf prov contact", skip="in",
    notes="Easy Read rows: provider, 'do not work for the council', choice, kept private, phone. The "
    "disagreement resolution term itself is not used ('sorting out problems'): in left out.")

one("Ashwick", "send-mediation", "SEND mediation about EHC needs assessments and plans",
    "<p>If the council decides not to carry out an EHC needs assessment, not to issue a plan, or you "
    "disagree with what is in a final plan, you can ask for SEND mediation before appealing.</p><p>First you "
    "must contact the mediation adviser at Lanternlight Mediation CIC (01632 961 204) within two months of the "
    "decision letter for mediation advice. If you do not want mediation, Lanternlight will issue a "
    "certificate within three working days and you can then register an appeal with the First-tier Tribunal "
    "(SEND) straight away. If you choose mediation, the council must arrange it within 30 days.</p><p>You "
    "do not have to go to mediation: the choice is yours. Mediation is confidential and the mediator is "
    "independent of the council.</p><p>After mediation you will receive a certificate and have one month "
    "from it (or two months from the decision, whichever is later) to appeal online at gov.uk.</p>",
    pos="ind vol noeff conf prov contact med trib",
    notes="SEND mediation explained: advice, certificate, time limits; declining gives a certificate and "
    "you can appeal straight away: noeff 1. Appeal right with how (online, deadlines): trib 1. DR term not "
    "used, SEND mediation only: in 0. Scope is EHC decisions by nature: all 0; types 0.")

one("Brantholme", "mediation-easy-read", "Mediation about your EHC plan (Easy Read)",
    "<p>If you do not agree with the council about an EHC plan you can ask for mediation.</p><p>You must talk "
    "to a mediation adviser first. This is free.</p><p>If you do not want mediation you get a paper called a "
    "certificate.</p><p>You need this paper to appeal.</p><p>Phone the council's SEN team on 01632 962 000 "
    "to ask.</p>",
    skip="noeff med",
    notes="Easy Read mediation: certificate on declining without saying you can then appeal straight away "
    "(certificate needed to appeal is close): noeff out. Mediation explained without time limits, in "
    "very short form: med borderline, out. No provider, contact is the SEN team: prov/contact 0.")

one("Coldmere", "mediation-faq", "Mediation: common questions",
    "<details><summary>Is mediation compulsory now?</summary><p>Yes, since 2026 you must attend mediation "
    "before you can go to the Tribunal.</p></details><details><summary>Who are the mediators?</summary><p>"
    "Impartial professionals trained by the council.</p></details><details><summary>Who can use it?</summary>"
    "<p>Only families whose child has an EHC plan.</p></details>",
    notes="Near-miss accordion: mediation said to be compulsory, mediators impartial and council-trained, "
    "EHC plans only; no provider or contact: all DR checks 0; no advice/certificate/time limits: med 0.")

one("Dunstow", "dr-two-providers", "Who provides disagreement resolution?",
    "<p>From 1 September 2026 Dunstow's independent SEND mediation and disagreement resolution service is "
    "provided by Together Trust, replacing KIDS. Together Trust is not part of Dunstow Council.</p><p>The "
    "service covers disagreements about special educational provision in schools, about EHC needs "
    "assessments and plans, and about health and care provision. You do not need an EHC plan to use "
    "disagreement resolution.</p><p>Contact Together Trust at send.mediation@togethertrust.org.uk.</p>",
    pos="in ind all types prov contact",
    notes="Provider change news written as a page: provider, not part of council, kinds, no EHC plan needed, "
    "email. Voluntary, appeal, confidentiality not stated: 0.")

one("Elverley", "dr-no-contact", "Independent disagreement resolution",
    "<p>Elverley Council commissions Prime Resolution to provide independent disagreement resolution. The "
    "service is voluntary and confidential. You can still appeal to the Tribunal if you choose not to use it."
    "</p><p>For more information speak to your child's SENCO.</p>",
    pos="ind vol noeff conf prov",
    notes="Provider named and independent, voluntary, confidential, appeal unaffected, but no contact for "
    "the provider (only the SENCO): contact 0 and in 0 (no way to use it).")

one("Farthingdale", "dr-long-guide", "A guide to EHC plans",
    "<h2>Applying for an assessment</h2><p>Anyone can ask the council for an EHC needs assessment. The "
    "council has six weeks to decide whether to assess and 20 weeks in total to issue a final plan.</p><h2>"
    "The draft plan</h2><p>You have 15 days to comment on the draft and to ask for a particular school.</p>"
    "<h2>Annual reviews</h2><p>Plans are reviewed at least once a year.</p><h2>When you disagree</h2><p>"
    "Disagreement resolution is available through Quillfield Dispute Resolution Ltd, who are independent "
    "of the council. For disagreements about the plan itself, see the SEND mediation page.</p><h2>Transfers"
    "</h2><p>Plans are reviewed at phase transfer by 15 February.</p>",
    pos="ind prov",
    notes="Long EHC guide with a buried DR sentence: provider and independence, no contact: in 0, contact 0. "
    "Mediation only referred to: med 0.")

one("Hollinbeck", "dr-statements", "",
    text="Hollinbeck SEND Local Offer - Disagreement resolution\n"
    "Provider: Lanternlight Mediation CIC\n"
    "Lanternlight is independent: it is not employed by Hollinbeck Council.\n"
    "You can ask for disagreement resolution even if your child does not have an EHC plan.\n"
    "It can help with disagreements about SEN support at school and about the council's decisions on "
    "placements or transport-related provision.\n"
    "Parents are asked to try disagreement resolution first.\n"
    "After disagreement resolution you can appeal to the Tribunal.\n"
    "Referral: online form at lanternlight-mediation.org.uk/hollinbeck\n",
    pos="in ind all types prov contact",
    notes="Statement-per-line text: provider, 'not employed by' the council, all SEN, two kinds, referral "
    "form. 'asked to try it first' is not voluntary: vol 0; 'after DR you can appeal' is not noeff: 0. "
    "Confidentiality absent: 0.")

one("Ashwick", "dr-sendiass-box", "Help when you disagree",
    "<p>Ashwick's disagreement resolution service is provided by Lanternlight Mediation CIC, independent of "
    "the council. Phone 01632 961 204.</p><div class=\"callout\"><h2>Need advice first?</h2><p>Ashwick "
    "SENDIASS gives free, confidential and impartial advice. Call 01632 960 410 or email "
    "sendiass@ashwick-iass.org.uk.</p></div>",
    pos="in ind prov contact iass",
    notes="DR with provider, independence, phone; SENDIASS signposted with phone and email in the page: iass "
    "1. 'confidential' belongs to SENDIASS, not the DR service: conf 0.")

# --- B. traps ---------------------------------------------------------------------------------------

one("Brantholme", "family-mediation", "Family mediation",
    "<p>If you are separating, an independent family mediator can help you agree arrangements for your "
    "children. Mediation is voluntary and confidential. You must usually attend a MIAM before applying to "
    "court. Contact Brantholme Family Mediation Service on 01632 963 300.</p>",
    notes="Family mediation (MIAM, separation): trap, all DR checks 0.")

one("Coldmere", "neighbour-disputes", "Community and neighbour mediation",
    "<p>Coldmere Community Mediation is an independent charity helping neighbours resolve disputes about "
    "noise, parking and boundaries. It is free, voluntary and confidential. Call 01632 964 100.</p>",
    notes="Neighbour mediation: trap, all 0.")

one("Dunstow", "school-admission-appeals", "School admission appeals",
    "<p>If your child is refused a school place you can appeal to an independent appeal panel. Appeals must "
    "be lodged within 20 school days of the refusal letter using the online form. The panel is independent "
    "of the admission authority.</p>",
    notes="Admission appeal: not the SEND Tribunal; trib 0, ind 0.")

one("Elverley", "sendiass", "Elverley SENDIASS",
    "<p>Elverley SENDIASS is the Special Educational Needs and Disabilities Information, Advice and Support "
    "Service. It offers free, impartial and confidential advice to parents, children and young people aged "
    "0-25. It is run at arm's length from the council.</p><p>Phone 01632 965 220 (Monday to Friday, 9am to "
    "4pm) or email info@elverleysendiass.org.uk.</p>",
    pos="iass",
    notes="SENDIASS page with phone and email: iass 1. Its independence/confidentiality are not DR: DR "
    "checks 0.")

one("Farthingdale", "sendiass-dr-service", "Farthingdale SENDIASS - your disagreement resolution service",
    "<p>Farthingdale SENDIASS is your local disagreement resolution service. Our advisers are impartial and "
    "can come to meetings with you to help sort out disagreements with schools.</p><p>Call us on 01632 966 "
    "700.</p>",
    pos="iass",
    notes="IASS presented as the DR service: trap; DR checks 0. SENDIASS reachable by phone: iass 1.")

one("Hollinbeck", "resolution-meetings", "SEND resolution meetings",
    "<p>If you are unhappy with a decision, your SEN case officer can arrange a resolution meeting with a "
    "senior officer from the SEND team. The meeting is informal, impartial and free, and you do not have to "
    "attend. Email sendteam@hollinbeck.gov.uk to ask for one.</p>",
    notes="Officer-led resolution meeting: not independent DR; 'impartial' only; all DR checks 0.")

one("Ashwick", "complaints", "Making a complaint",
    "<h2>About a school</h2><p>Speak to the class teacher or SENCO, then use the school's complaints "
    "procedure and ask the governors.</p><h2>About the council</h2><p>Use our online complaints form; we "
    "reply within 20 working days at stage 1.</p><h2>About health services</h2><p>Contact the NHS "
    "provider's Patient Advice and Liaison Service or NHS Ashwick Integrated Care Board.</p><h2>If you are "
    "still unhappy</h2><p>You can go to the Local Government and Social Care Ombudsman, or the Parliamentary "
    "and Health Service Ombudsman for health.</p>",
    pos="cmp",
    notes="Several routes explained (school, council, health, both ombudsmen): cmp 1. ICB current: ccg 1.")

one("Brantholme", "complain-council", "Complain to the council",
    "<p>To complain about the council's SEND service, fill in the online complaints form.</p>",
    skip="cmp", notes="Single complaint route: cmp left out.")

one("Coldmere", "send-tribunal", "Appealing to the SEND Tribunal",
    "<p>You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) "
    "about a refusal to assess, a refusal to issue a plan or the contents of a plan.</p><p>You must appeal "
    "within two months of the decision letter, or one month from your mediation certificate if that is "
    "later. Register your appeal online through the gov.uk SEND appeal service, attaching the decision "
    "letter and certificate.</p>",
    pos="trib",
    notes="Right of appeal to the First-tier Tribunal with the how (deadline, online service): trib 1. "
    "Certificate mentioned only: med 0.")

one("Dunstow", "tribunal-overview", "The SEND Tribunal",
    "<p>The First-tier Tribunal (SEND) is an independent body that hears appeals against council decisions "
    "about EHC plans. Its decisions are binding.</p>",
    notes="Tribunal described without the right's how (no deadline, form or service): trib 0; "
    "independence of the Tribunal is not DR: ind 0.")

one("Elverley", "you-said-we-did", "You said, we did: Local Offer feedback",
    "<p>Published 12 March 2026.</p><table><tr><th>You said</th><th>We did</th></tr><tr><td>The Local Offer "
    "website was hard to search.</td><td>We rebuilt the search so it finds services by age and need.</td>"
    "</tr><tr><td>Information on short break eligibility on the Local Offer was out of date.</td><td>We "
    "updated the Local Offer's short breaks pages in February 2026.</td></tr></table>",
    pos="fb",
    notes="Comments about the Local Offer with responses, published 12 March 2026 (in window): fb 1.")

one("Farthingdale", "local-offer-feedback-2025", "What you told us about the Local Offer",
    "<p>Report published 20 October 2025.</p><p>You said: the Local Offer did not explain how to get "
    "transport. We did: added a transport page.</p><p>You said: the Local Offer's directory had old "
    "phone numbers. We did: checked every entry.</p>",
    notes="Local Offer comments and responses, but published 20 October 2025, before 2025-10-28: fb 0.")

one("Hollinbeck", "lo-feedback-28-oct-2025", "Local Offer annual feedback report",
    "<p>Date of publication: 28 October 2025.</p><h2>Comments we received about the Local Offer</h2><ul><li>"
    "Parents wanted more about post-16 options.</li><li>Young people found the site hard to read on phones."
    "</li></ul><h2>Our response</h2><ul><li>We added a Preparing for Adulthood section.</li><li>We moved "
    "the Local Offer to a mobile-friendly design.</li></ul>",
    pos="fb",
    notes="Comments and responses about the Local Offer, published 28 October 2025 (first day of window): fb 1.")

one("Ashwick", "short-breaks-feedback", "Short breaks: you said, we did",
    "<p>Updated June 2026.</p><p>You said: holiday clubs filled too quickly. We did: added 120 places.</p>",
    notes="'You said, we did' about the short breaks programme, not the Local Offer: fb 0.")

one("Brantholme", "feedback-form", "Tell us what you think of the Local Offer",
    "<form><label>Your comments</label><textarea></textarea><button>Send</button></form><p>We publish "
    "what you tell us each year.</p>",
    notes="Feedback form with a promise to publish; no comments or responses: fb 0.")

one("Coldmere", "lo-feedback-undated", "Local Offer feedback",
    "<p>You said: the Local Offer was hard to find on the council website. We did: added a link on the "
    "home page.</p>",
    notes="Local Offer comments and response, undated: fb 0 (pass needs a date in the window).")

one("Dunstow", "health-therapies", "Therapies for children",
    "<p>Speech and language therapy in Dunstow is commissioned by NHS Dunstow CCG. To make a referral, "
    "speak to your GP or the CCG's children's team.</p>",
    stale=True, notes="CCG as the current commissioner and contact: stale_ccg 0.")

one("Elverley", "health-dco", "Designated Clinical Officer",
    "<p>The Designated Clinical Officer works for NHS Elverley Integrated Care Board, which took over from "
    "Elverley Clinical Commissioning Group in July 2022.</p>",
    notes="CCG named only as the former body: stale_ccg 1.")

one("Farthingdale", "health-complaints", "Complaints about health support",
    "<p>Write to the complaints team at Farthingdale Clinical Commissioning Group, Unit 4, Riverside Park.</p>",
    stale=True, skip="cmp", notes="Current CCG complaints address: stale 0; single route: cmp out.")

one("Hollinbeck", "parent-carer-forum", "Hollinbeck Parent Carer Forum",
    "<p>The forum is an independent group of parents that works with the council to improve services. It "
    "does not give individual advice; for that, national charities such as IPSEA can help. Email "
    "hello@hollinbeckpcf.org.uk.</p>",
    notes="Parent carer forum and national charity: not SENDIASS; iass 0; independence is not DR: ind 0.")
