"""Write ``train_twelve.jsonl``: a twelfth set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
labelling rules of ``README.md`` and ``labels.py`` only (``make_corpus_nine.py`` read for how a
generator uses ``Cases``), and without opening the held-back files. Weighted to four checks whose
held-back figures were only just above 0.9: ``lo_feedback_published`` (comments on the Local Offer
and the council's response, dated within 13 months of 28 November 2026), ``mediation_info`` (SEND
mediation of EHC decisions explained), ``drs_voluntary`` and ``drs_all_sen`` -- positives in new page
forms and traps for each. Councils (Oakhampton, Saltmere, Brackendale, Ashgrove, Copperfield,
Quarrybank, Redhythe, Millbeck, Wolvercote, Fallowfield, Kingsmoor, Netherby, Orchardleigh,
Pinecastle, Rushford, Sedgebrook, Tarnside, Vellacott, Amberwick, Cinderford, Gorsemoor, Halliwick,
Loxbridge) and fictional providers (Lanternhouse Mediation Ltd, Fairway Mediation CIC, Brookmere
Resolution Partnership) are new to the corpus; real providers of ``duties.md`` §10 appear beside
them.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_twelve.py``.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory

# Site furniture of this split: never evidence. It names every redress topic, the feedback page,
# the "voluntary and community sector" directory and a "Local Offer review 2026" call for views.
HEAD = (
    '<header><a class="skip" href="#main">Skip to main content</a><div class="translate">Translate this '
    'page</div><nav class="mega"><ul><li><a href="/lo/disagreements">Disagreements and mediation</a></li>'
    '<li><a href="/lo/mediation">SEND mediation</a></li><li><a href="/lo/appeals">Appeals to the '
    'Tribunal</a></li><li><a href="/lo/complaints">Complaints</a></li><li><a href="/lo/sendiass">'
    'SENDIASS</a></li><li><a href="/lo/feedback">Feedback: you said, we did</a></li></ul></nav></header>'
)
FOOT = (
    '<footer><p><a href="/lo/review-2026">Local Offer review 2026 - have your say</a> | <a href="/vcs">'
    'Voluntary and community sector directory</a> | <a href="/lo/mediation">Mediation services</a> | '
    '<a href="/accessibility">Accessibility statement</a></p><p><button>Print this page</button></p></footer>'
)


def page(title: str, main: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>{HEAD}<main id="main">'
        f"<h1>{title}</h1>{main}</main>{FOOT}</body></html>"
    )


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(head: list[str], body: list[list[str]], caption: str = "") -> str:
    cap = f"<caption>{caption}</caption>" if caption else ""
    th = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    return f"<table>{cap}{th}{trs}</table>"


def accordion(pairs: list[tuple[str, str]]) -> str:
    return "".join(
        f'<div class="acc"><button aria-expanded="false">{q}</button><div class="panel"><p>{a}</p></div></div>'
        for q, a in pairs
    )


# A provider sentence pair carried by many DR pages below: named, independent, reachable.
LANTERN = (
    "<p>In Oakhampton disagreement resolution is provided by Lanternhouse Mediation Ltd. Lanternhouse is "
    "independent: its facilitators do not work for the council.</p><p>Call 01632 961 204 or email "
    "referrals@lanternhouse.example.</p>"
)
FAIRWAY = (
    "<p>Fairway Mediation CIC runs SEND disagreement resolution and mediation for Saltmere. It is an "
    "independent organisation, separate from Saltmere Council.</p><p>Telephone 01632 961 377, "
    "email hello@fairway-mediation.example</p>"
)
BROOK = (
    "<p>Brookmere Resolution Partnership is our independent disagreement resolution provider (not part of "
    "the council). Phone 01632 961 450 or use the online referral form at brookmere.example/refer.</p>"
)


def feedback_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.oakhampton.gov.example/lo/review-2026-report",
        html=page(
            "Local Offer review 2026: findings and actions",
            "<p>Published 9 July 2026.</p><p>Between March and May 2026 we asked parents, carers, children, "
            "young people and practitioners what they thought of the Oakhampton SEND Local Offer website. "
            "212 people replied.</p><h2>Main findings</h2><p>Many parents said the site used too much "
            "jargon and that they could not tell which pages were up to date. Practitioners said the "
            "directory listed services that had closed.</p><h2>Our response</h2><p>We have written a "
            "plain-English glossary, added a 'last checked' date to every page and removed 41 out-of-date "
            "listings. Providers are now asked to confirm their entry every six months.</p>",
        ),
        pos="fb",
        notes="Local Offer review 2026 report: findings (comments) and 'Our response', published 9 July 2026",
    )
    c.add(
        "https://localoffer.saltmere.gov.example/lo/feedback/q2-2026",
        html=page(
            "What families told us about this website, and what we changed: July to September 2026",
            "<p>Every quarter we read the comments left through the 'Is this page useful?' box and the "
            "Local Offer inbox.</p><h2>What families told us</h2>"
            + ul(
                [
                    "The short breaks page did not say how to apply.",
                    "The map of specialist provision would not load on phones.",
                    "Several people could not find the transport policy.",
                ]
            )
            + "<h2>What we changed</h2>"
            + ul(
                [
                    "We added a step-by-step 'how to apply' box to the short breaks page.",
                    "The map has been replaced with a list that works on any screen.",
                    "The transport policy is now linked from the home page.",
                ]
            )
            + "<p>Next update: January 2027.</p>",
        ),
        pos="fb",
        notes="Quarterly 'what families told us about this website, and what we changed', July-September 2026",
    )
    c.add(
        "https://localoffer.brackendale.gov.example/lo/comments-table",
        html=page(
            "Comments on the Local Offer",
            table(
                ["Theme", "Comments", "What people said", "Council response"],
                [
                    [
                        "Search",
                        "37",
                        "Searching for 'autism' gave no useful results",
                        "New search tool with suggested terms went live in August",
                    ],
                    [
                        "Preparing for adulthood",
                        "12",
                        "Not enough for 16 to 25 year olds",
                        "New section written with the youth forum",
                    ],
                    ["Contact details", "9", "Phone numbers were wrong", "All 300 entries checked"],
                ],
                caption="Comments received about the Local Offer, April to September 2026",
            ),
        ),
        pos="fb",
        notes="Table Theme | Comments | What people said | Council response, caption dated April-September 2026",
    )
    c.add(
        "https://localoffer.ashgrove.gov.example/blog/reading-your-comments",
        html=page(
            "Blog: reading your comments on the Local Offer",
            '<p class="byline">Posted by the Local Offer manager, 14 August 2026</p><p>Every comment '
            "sent to us about the Local Offer lands in my inbox. This spring one message came up again and "
            "again: parents told us the site felt like a phone book, full of names and no explanation.</p>"
            "<p>So we have responded. Each section now starts with a short 'what this means for your "
            "family' paragraph, and we have added real stories from three Ashgrove families. We also "
            "heard that you wanted to know when things change, so there is now a monthly email "
            "bulletin.</p>",
        ),
        pos="fb",
        notes="Blog post dated 14 August 2026: parents' comments on the Local Offer and what was done in response",
    )
    c.add(
        "https://localoffer.rushford.gov.example/docs/annual-report-2025-26.pdf",
        text=(
            "Rushford SEND Local Offer\nAnnual Report 2025 to 2026\nPublished: 19 January 2026\n\n"
            "Section 4. Comments we received\nabout the Local Offer\n\nWe received 164 comments through"
            " the\nfeedback form, our stand at the\nSEND fair and the parent carer\nforum. The most "
            "common were:\n- the site was slow on mobile\n- information for early years was\n  hard to "
            "find\n\nSection 5. How we responded\n\nWe moved the Local Offer to a new\nplatform in "
            "December 2025. Early\nyears now has its own landing page,\nchecked by two nursery "
            "managers.\n\nPage 7 of 12"
        ),
        pos="fb",
        notes="PDF annual report, hard line breaks; comments and 'How we responded', published 19 January 2026",
    )
    c.add(
        "https://localoffer.millbeck.gov.example/news/local-offer-changes",
        html=page(
            "News: your comments have changed our Local Offer",
            "<p><time>2 December 2025</time></p><p>Last month we asked what you thought of the Millbeck "
            "Local Offer. You said the pages about EHC plans were too long and that the site did not work "
            "well with screen readers.</p><p>We have shortened the EHC pages by half and fixed the "
            "problems an accessibility audit found. Thank you to everyone who took the time to write "
            "to us.</p>",
        ),
        pos="fb",
        notes="News item dated 2 December 2025 (in the window): 'You said' about the Local Offer, changes made",
    )
    c.add(
        "https://localoffer.wolvercote.gov.example/lo/changelog",
        html=page(
            "Local Offer changelog",
            "<p>The Local Offer web team lists here each change made because of feedback on the site.</p>"
            + table(
                ["Date", "Feedback received", "Change made"],
                [
                    [
                        "11/09/2026",
                        "A parent said the 'Help with costs' page did not mention Disability Living Allowance",
                        "DLA section added with a link to the benefits team",
                    ],
                    [
                        "22/07/2026",
                        "Young people said the Local Offer had nothing about driving lessons or independent travel",
                        "New page on travel training",
                    ],
                    ["03/06/2026", "A SENCo reported three broken links on the schools page", "Links repaired"],
                ],
            ),
        ),
        pos="fb",
        notes="Web-team changelog tied to named feedback on the Local Offer, each row dated in 2026",
    )
    c.add(
        "https://localoffer.fallowfield.gov.example/young-people/your-views",
        html=page(
            "Your views on the Local Offer",
            "<p>Fallowfield Youth SEND Forum, September 2026</p><p>We asked young people aged 14 to 25 "
            'to test the Local Offer website.</p><blockquote>"There are loads of pages for parents and '
            'nothing that talks to us."</blockquote><blockquote>"I didn\'t know what an EHCP was until '
            'my mum explained."</blockquote><p><strong>What the council did next:</strong> we have made '
            "a 'For young people' section written by forum members, with a jargon buster and short "
            "videos. It went live on 1 November 2026.</p>",
        ),
        pos="fb",
        notes="Young people's voice: quoted comments on the Local Offer (September 2026) and the council's response",
    )
    c.add(
        "https://localoffer.kingsmoor.gov.example/lo/faq",
        html=page(
            "Questions about the Local Offer",
            accordion(
                [
                    (
                        "What is the Local Offer?",
                        "It tells you about services for children and young people with SEND in Kingsmoor.",
                    ),
                    (
                        "Do you listen to what people say about the Local Offer?",
                        "Yes. In the year to "
                        "September 2026 we had 96 comments. The main ones were that the opening times of "
                        "services were often wrong and that there was nothing about holiday clubs. In "
                        "response we now check opening times every term and we have added a holiday "
                        "activities page. Updated 5 October 2026.",
                    ),
                    ("How can I get a paper copy?", "Ring the Family Information Service on 01632 961 801."),
                ]
            ),
        ),
        pos="fb",
        notes="FAQ accordion: feedback on the Local Offer and the response in one answer, updated 5 October 2026",
    )
    c.add(
        "https://localoffer.netherby.gov.example/lo/about",
        html=page(
            "About the Netherby Local Offer",
            "<p>The Local Offer is where Netherby Council and its partners publish information about "
            "education, health and care services for children and young people with special educational "
            "needs and disabilities aged 0 to 25.</p><h2>Who writes it</h2><p>Pages are written by the "
            "SEND Information Team with health and social care colleagues, and checked by the Netherby "
            "Parent Carer Forum.</p><h2>Getting it in other formats</h2><p>If you cannot use the "
            "internet, the Family Hub will print pages for you.</p><h2>Keeping it up to date</h2><p>Each "
            "provider is asked to review their entry every year.</p><h2>Feedback summary 2025 to 2026 "
            "(published 30 April 2026)</h2><p>People told us the Local Offer was hard to navigate from the "
            "council's main website and that the health pages did not explain how to get an autism "
            "assessment. We responded by adding a direct link from the council home page and by "
            "publishing a new autism pathway page with the ICB.</p>",
        ),
        pos="fb",
        notes="Long 'About' page with the dated feedback summary (comments and response) buried at the end",
    )
    c.add(
        "https://localoffer.orchardleigh.gov.example/lo/comments-2026",
        html=page(
            "Local Offer comments and the council's response",
            "<p>Reporting period: 1 November 2025 to 31 October 2026</p><dl><dt>Comment</dt><dd>The "
            "Local Offer does not say which schools have resourced provision.</dd><dt>Response</dt><dd>A "
            "list of resourced provision, with the number of places, was added in March 2026.</dd><dt>"
            "Comment</dt><dd>Pages open slowly on the library computers.</dd><dt>Response</dt><dd>We "
            "reduced image sizes; pages now load in under two seconds.</dd></dl>",
        ),
        pos="fb",
        notes="Definition list of comment / response pairs on the Local Offer, reporting period to October 2026",
    )


def feedback_traps(c: Cases) -> None:
    c.add(
        "https://localoffer.pinecastle.gov.example/short-breaks/you-said",
        html=page(
            "Short breaks: you said, we did",
            "<p>Updated June 2026</p><p><strong>You said:</strong> it was hard to get a short breaks "
            "place during the summer holidays.</p><p><strong>We did:</strong> we funded 120 more holiday "
            "places and a new Saturday club.</p>",
        ),
        pos="",
        notes="Trap: 'you said, we did' about the short breaks service, not the Local Offer",
    )
    c.add(
        "https://localoffer.sedgebrook.gov.example/lo/what-you-told-us",
        html=page(
            "What you told us about the Local Offer",
            "<p>October 2026</p><p>Here are some of the comments we received this year about the "
            "Local Offer website:</p>"
            + ul(
                [
                    '"The search doesn\'t find anything."',
                    '"Great to have everything in one place."',
                    '"Please add more about college courses."',
                ]
            ),
        ),
        pos="",
        notes="Trap: comments on the Local Offer without any response from the council",
    )
    c.add(
        "https://localoffer.tarnside.gov.example/lo/ysyd-2025",
        html=page(
            "Local Offer annual report: you said, we did",
            "<p>Published 20 October 2025</p><p>You said the Local Offer was hard to search. We did: "
            "we added filters by age and by need.</p><p>You said you wanted to see the SEND strategy. We "
            "did: it is now on the home page.</p>",
        ),
        pos="",
        notes="Trap: Local Offer comments and response published 20 October 2025, eight days before the window",
    )
    c.add(
        "https://localoffer.vellacott.gov.example/lo/you-said-we-did",
        html=page(
            "You said, we did: the Local Offer",
            "<p>You said the Local Offer should have more on mental health. We did: we added a page "
            "about the emotional wellbeing service.</p><p>You said the directory was out of date. We did: "
            "we wrote to every provider.</p>",
        ),
        pos="",
        notes="Trap: Local Offer 'you said, we did' with no date anywhere",
    )
    c.add(
        "https://localoffer.amberwick.gov.example/lo/feedback",
        html=page(
            "Your feedback on the Local Offer",
            "<p>Thank you to the 150 people who commented on the Local Offer in our autumn 2026 "
            "survey. We are reading every response and will publish what you told us, with the "
            "council's response, in spring 2027.</p>",
        ),
        pos="",
        notes="Trap: comments received, response promised for spring 2027 ('will publish')",
    )
    c.add(
        "https://localoffer.cinderford.gov.example/lo/survey",
        html=page(
            "Tell us what you think of the Local Offer",
            "<p>Our Local Offer survey is open until 31 December 2026. It takes five minutes. We want to "
            'know what you use, what is missing and what we should change.</p><p><a href="/survey">'
            "Start the survey</a></p>",
        ),
        pos="",
        notes="Trap: survey invitation (2026), no comments or response published",
    )
    c.add(
        "https://www.pinecastle-primary.example/parents/you-said-we-did",
        html=page(
            "Pinecastle Primary School: you said, we did",
            "<p>Parent questionnaire, summer term 2026</p><p>You said: you wanted more information "
            "about how we support children with SEND. We did: our SENCo now runs a coffee morning each "
            "half term and our SEN Information Report has been rewritten.</p>",
        ),
        pos="",
        notes="Trap: a school's 'you said, we did' (2026) about its own SEND support, not the Local Offer",
    )
    c.add(
        "https://localoffer.gorsemoor.gov.example/pfa/you-said",
        html=page(
            "Preparing for Adulthood team: what you told us",
            "<p>Published 3 March 2026</p>"
            + table(
                ["You told us", "What we did"],
                [
                    ["Transition reviews started too late", "Reviews now start in Year 9"],
                    ["Young people were not invited to meetings", "Every young person now gets their own invitation"],
                ],
            ),
        ),
        pos="",
        notes="Trap: dated comments and responses about the Preparing for Adulthood team, not the Local Offer",
    )
    c.add(
        "https://localoffer.halliwick.gov.example/lo/improvements",
        html=page(
            "Improvements to the Local Offer in 2026",
            "<p>Last updated 12 September 2026</p><p>This year we have:</p>"
            + ul(
                [
                    "moved to a new, faster website",
                    "added an events calendar",
                    "translated key pages into Polish and Urdu",
                ]
            ),
        ),
        pos="",
        notes="Trap: dated improvements to the Local Offer with no comments from anyone",
    )
    c.add(
        "https://localoffer.loxbridge.gov.example/lo/review-2024",
        html=page(
            "Local Offer review 2024",
            "<p>Between January and March 2024 we asked families what they thought of the Local Offer. "
            "They told us the site was hard to use on a phone. In response we launched a mobile-friendly "
            "design in July 2024.</p>",
        ),
        pos="",
        notes="Trap: Local Offer review 2024 with comments and response, too old",
    )
    c.add(
        "https://localoffer.copperfield.gov.example/lo/forum-minutes",
        html=page(
            "Local Offer steering group: notes",
            "<p>Meeting held 27 October 2025</p><p>Parents on the group said the Local Offer home page "
            "was cluttered. The council agreed to redesign it and the new home page was shown at the "
            "meeting.</p>",
        ),
        pos="",
        notes="Trap: Local Offer comments and response dated 27 October 2025, the day before the window",
    )


def mediation_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.quarrybank.gov.example/lo/mediation",
        html=page(
            "Mediation before an appeal",
            "<p>If you want to appeal to the SEND Tribunal about a decision on an EHC needs assessment "
            "or an EHC plan, you first have to contact a mediation adviser. This applies to most "
            "appeals, but not if you are only appealing about the school or college named in the "
            "plan.</p><p>You must do this within two months of the date on the council's decision "
            "letter. The adviser will explain how mediation works. After that call you can decide whether "
            "to go to mediation.</p><p>Whatever you decide, the adviser must send you a mediation "
            "certificate within three working days. If you go ahead, the mediation meeting has to take "
            "place within 30 days.</p><p>Quarrybank's mediation advice and mediation are provided by Global "
            "Mediation, who are independent of the council: 0800 064 4488.</p>",
        ),
        pos="med ind prov contact vol",
        skip="trib in noeff",
        notes="Mediation explained: adviser, 2 months, certificate in 3 working days, 30 days; 'you can decide'",
    )
    c.add(
        "https://localoffer.redhythe.gov.example/lo/mediation-faq",
        html=page(
            "SEND mediation: questions and answers",
            accordion(
                [
                    (
                        "What is SEND mediation?",
                        "A meeting, led by an independent mediator, between you "
                        "and the council to try to settle a disagreement about an EHC needs assessment or "
                        "plan.",
                    ),
                    (
                        "Who do I contact first?",
                        "The mediation advice line run by KIDS SEND Mediation, on "
                        "03330 062 835. You must contact them before you can register most appeals with the "
                        "Tribunal.",
                    ),
                    (
                        "What is a mediation certificate?",
                        "A form that shows you have had mediation advice "
                        "(or been to mediation). The Tribunal needs it with your appeal.",
                    ),
                    (
                        "How long do I have?",
                        "Two months from the council's decision, or one month from "
                        "the date of the certificate, whichever is later, to appeal.",
                    ),
                ]
            ),
        ),
        pos="med prov contact",
        skip="ind trib in",
        notes="Accordion FAQ on SEND mediation: adviser, certificate and time limits",
    )
    c.add(
        "https://localoffer.brackendale.gov.example/lo/mediation-steps",
        html=page(
            "Mediation: step by step",
            table(
                ["Step", "What happens", "Time limit"],
                [
                    ["1", "The council sends its decision about the EHC plan", "-"],
                    ["2", "You contact the mediation adviser", "Within 2 months of the decision"],
                    [
                        "3",
                        "You get a mediation certificate",
                        "Within 3 working days of contacting the adviser, or of the mediation ending",
                    ],
                    ["4", "If you chose mediation, the meeting is held", "Within 30 days"],
                    ["5", "You can register an appeal with the Tribunal", "1 month after the certificate"],
                ],
            ),
        ),
        pos="med",
        skip="trib",
        notes="Table Step | What happens | Time limit for SEND mediation of EHC decisions",
    )
    c.add(
        "https://localoffer.fallowfield.gov.example/easy-read/mediation",
        html=page(
            "Mediation (Easy Read)",
            "<p>You might not agree with what the council decided about your EHC plan.</p><p>Before you "
            "can go to the Tribunal you need to talk to a mediation adviser.</p><p>You must ring the "
            "adviser in the 2 months after you get the council's letter.</p><p>The adviser gives you a "
            "certificate. You need it to go to the Tribunal.</p><p>Mediation is a meeting with the "
            "council and a person who does not work for the council. They help you agree.</p>",
        ),
        pos="med",
        skip="ind trib",
        notes="Easy Read: adviser within 2 months, certificate needed for the Tribunal, mediation meeting",
    )
    c.add(
        "https://localoffer.kingsmoor.gov.example/docs/mediation-leaflet.pdf",
        text=(
            "Kingsmoor Council\nSEND mediation and your\nEducation, Health and Care plan\n\nIf you "
            "disagree with our\ndecision not to assess, not to\nissue a plan, or with what is in\nthe plan, "
            "you can ask for\nmediation.\n\nFirst, contact the mediation\nadviser within two months of\n"
            "our decision letter. You will\nthen receive a certificate.\nYou need this certificate to\n"
            "appeal to the Tribunal.\n\nIf you want mediation, we have\nto arrange it within 30 days.\n\n"
            "Leaflet SEN/14  Page 1"
        ),
        pos="med",
        skip="trib",
        notes="PDF leaflet text with hard line breaks: mediation of EHC decisions, adviser, certificate, 30 days",
    )
    c.add(
        "https://localoffer.netherby.gov.example/young-people/mediation",
        html=page(
            "If you're 16 to 25: asking for mediation yourself",
            "<p>Once you're over compulsory school age, decisions about your EHC plan are made with you, "
            "not just your parents. That means you can ask for mediation yourself.</p><p>Ring the "
            "mediation adviser within two months of the council's letter. They'll explain what mediation "
            "is and give you a certificate, which you need if you want to appeal to the Tribunal. You "
            "don't have to go to mediation after that: it's up to you.</p>",
        ),
        pos="med vol",
        skip="trib noeff",
        notes="Young person's page: mediation of EHC decisions, adviser, 2 months, certificate; 'up to you'",
    )
    c.add(
        "https://localoffer.sedgebrook.gov.example/lo/ehc-guide",
        html=page(
            "A guide to EHC needs assessments and plans",
            "<h2>Asking for an assessment</h2><p>You, your child's school or a professional can ask the "
            "council to carry out an EHC needs assessment. Write to the SEN team with your reasons.</p>"
            "<h2>The 20-week timescale</h2><p>The council must decide whether to assess within 6 weeks, "
            "and the whole process should take no more than 20 weeks.</p><h2>The draft plan</h2><p>You "
            "have 15 days to comment on the draft and to ask for a particular school.</p><h2>Annual "
            "reviews</h2><p>Plans are reviewed at least every 12 months.</p><h2>If you disagree</h2><p>If "
            "you disagree with a decision not to assess, not to issue a plan, or with the final plan, you "
            "can ask for SEND mediation. You must speak to a mediation adviser within two months of the "
            "decision; they will issue a mediation certificate within three working days. Mediation, if "
            "you want it, must happen within 30 days.</p><h2>Personal budgets</h2><p>You can ask for a "
            "personal budget when the plan is drafted or reviewed.</p>",
        ),
        pos="med",
        skip="trib",
        notes="Long EHC guide with the mediation section buried near the end",
    )
    c.add(
        "https://localoffer.amberwick.gov.example/directory/lanternhouse-mediation",
        html=page(
            "Lanternhouse Mediation Ltd: SEND mediation for Amberwick",
            table(
                ["", ""],
                [
                    [
                        "What it does",
                        "Mediation advice and certificates for families who disagree with "
                        "Amberwick Council's EHC decisions, and mediation meetings",
                    ],
                    ["When to contact", "Within 2 months of the decision letter"],
                    ["Certificate", "Sent within 3 working days"],
                    ["Phone", "01632 961 612"],
                    ["Email", "amberwick@lanternhouse.example"],
                ],
            ),
        ),
        pos="med prov contact",
        skip="ind in",
        notes="Directory record for a mediation provider with time limits and certificate",
    )
    c.add(
        "https://localoffer.halliwick.gov.example/lo/health-care-mediation",
        html=page(
            "Mediation about health and social care in an EHC plan",
            "<p>Mediation is not only about education. If you disagree with the health or social care "
            "parts of an EHC plan, you can ask for mediation with the ICB or the council's social care "
            "team.</p><p>Contact the mediation adviser within 2 months of receiving the final plan. The "
            "adviser will give you a certificate within 3 working days. If you choose mediation, the "
            "ICB and the council must take part and the meeting must be held within 30 days.</p>",
        ),
        pos="med",
        skip="vol",
        notes="Mediation of health and social care elements of EHC plans; adviser, certificate, time limits",
    )


def mediation_traps(c: Cases) -> None:
    c.add(
        "https://localoffer.pinecastle.gov.example/lo/appeals",
        html=page(
            "Appealing to the SEND Tribunal",
            "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) "
            "about decisions on EHC needs assessments and plans. Register your appeal online at "
            "gov.uk within two months of the decision. You will need a mediation certificate number on "
            "the form.</p>",
        ),
        pos="trib",
        notes="Trap: appeal page only mentioning a mediation certificate",
    )
    c.add(
        "https://familyhub.rushford.gov.example/separating/mediation",
        html=page(
            "Mediation for separating parents",
            "<p>Before you apply to court about child arrangements, you usually have to attend a MIAM "
            "(Mediation Information and Assessment Meeting). A family mediator will explain how "
            "mediation could help you and your ex-partner agree. You may be able to get a £500 family "
            "mediation voucher. Attending the MIAM is required, but mediation itself is voluntary.</p>",
        ),
        pos="",
        notes="Trap: family mediation MIAM, with 'voluntary' about family mediation",
    )
    c.add(
        "https://www.orchardleigh-academy.example/pastoral/peer-mediators",
        html=page(
            "Peer mediation",
            "<p>Our trained Year 6 peer mediators help pupils sort out playground fallings-out. Pupils "
            "can choose to see a peer mediator at lunchtime; it is voluntary and confidential.</p>",
        ),
        pos="",
        notes="Trap: peer mediation in a school (voluntary and confidential, not SEND)",
    )
    c.add(
        "https://intranet.loxbridge.gov.example/hr/workplace-mediation",
        html=page(
            "Workplace mediation for staff",
            "<p>If you have a disagreement with a colleague, HR can arrange workplace mediation with an "
            "independent mediator. Both people must agree to take part. Contact HR on 01632 961 900.</p>",
        ),
        pos="",
        notes="Trap: workplace mediation (independent, needs both to agree) for council staff",
    )
    c.add(
        "https://localoffer.redhythe.gov.example/lo/transport",
        html=page(
            "SEND travel assistance",
            "<p>Children with SEND may be eligible for free travel to school. Apply online by 31 May. If "
            "you disagree with our decision you can ask for a stage one review within 20 working days, "
            "then a stage two review by a panel.</p>",
        ),
        pos="",
        notes="Trap: transport page; 'mediation' only in the menu and footer",
    )
    c.add(
        "https://localoffer.copperfield.gov.example/lo/disagreement-resolution",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help when you and your child's school or the council cannot "
            "agree about the SEN support in place. An independent facilitator from Brookmere Resolution "
            "Partnership chairs a meeting and helps everyone reach an agreement.</p><p>Phone 01632 961 "
            "450 to arrange it.</p>",
        ),
        pos="in ind prov contact",
        skip="types",
        notes="Trap for mediation_info: disagreement resolution only, no EHC mediation",
    )
    c.add(
        "https://community.cinderford.gov.example/neighbour-mediation",
        html=page(
            "Neighbour and community mediation",
            "<p>Problems with noise, parking or boundaries? Our community mediation service helps "
            "neighbours talk. It is free, independent and voluntary. Ring 01632 961 955.</p>",
        ),
        pos="",
        notes="Trap: neighbour/community mediation",
    )
    c.add(
        "https://localoffer.vellacott.gov.example/lo/ehc-decision",
        html=page(
            "After the EHC needs assessment",
            "<p>We will write to you with our decision about whether to issue an EHC plan. If you are "
            "unhappy with our decision, mediation may be available. Please contact the SEN team on 01632 "
            "961 700 to talk it through.</p>",
        ),
        pos="",
        skip="med",
        notes="Borderline: one line 'mediation may be available' after an EHC decision -- left unlabelled",
    )
    c.add(
        "https://localoffer.ashgrove.gov.example/lo/admissions-appeals",
        html=page(
            "School admissions appeals",
            "<p>If your child was refused a place at a school, you can appeal to an independent appeal "
            "panel within 20 school days. The panel will hear from you and the admission authority. "
            "There is no mediation stage for admissions.</p>",
        ),
        pos="",
        notes="Trap: school admissions appeals, 'no mediation stage'",
    )
    c.add(
        "https://localoffer.wolvercote.gov.example/lo/mediation-overview",
        html=page(
            "Mediation",
            "<p>Mediation is a way of resolving disputes with the help of a neutral person. It can be used "
            "in many situations and is often quicker and cheaper than going to court. Find out more from "
            "the Civil Mediation Council.</p>",
        ),
        pos="",
        notes="Trap: generic mediation explainer, no SEND or EHC decisions",
    )


def voluntary_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.oakhampton.gov.example/lo/disagreements",
        html=page(
            "Disagreement resolution",
            "<p>If you and your child's nursery, school, college or the council cannot agree about "
            "special educational provision, a disagreement resolution meeting may help.</p><h2>Taking part "
            "is your choice</h2><p>Nobody will make you use the service, and choosing not to will not "
            "count against you.</p>" + LANTERN,
        ),
        pos="in ind prov contact vol",
        skip="types noeff",
        notes="'Taking part is your choice' heading with 'Nobody will make you use the service'",
    )
    c.add(
        "https://localoffer.saltmere.gov.example/lo/send-mediation-agreement",
        html=page(
            "How mediation works",
            "<p>SEND mediation only goes ahead if you and the council both agree to it. The mediator "
            "cannot impose a decision.</p>" + FAIRWAY,
        ),
        pos="in ind prov contact vol",
        skip="med",
        notes="'Only goes ahead if you and the council both agree' (all parties' agreement)",
    )
    c.add(
        "https://localoffer.kingsmoor.gov.example/easy-read/disagreements",
        html=page(
            "Sorting out a disagreement (Easy Read)",
            "<p>Sometimes you and the school do not agree about help for your child.</p><p>A person from "
            "Brookmere Resolution Partnership can help you talk. They do not work for the council.</p>"
            "<p>You do not have to use this. You can say no.</p><p>Phone: 01632 961 450</p>",
        ),
        pos="ind prov contact vol",
        skip="in",
        notes="Easy Read 'You do not have to use this. You can say no.'",
    )
    c.add(
        "https://localoffer.netherby.gov.example/directory/drs",
        html=page(
            "Disagreement Resolution Service",
            table(
                ["Question", "Answer"],
                [
                    ["Who runs it?", "Fairway Mediation CIC, independent of Netherby Council"],
                    ["Do I have to use it?", "No. It is entirely optional."],
                    ["How much does it cost?", "It is free to families"],
                    ["How do I refer?", "Phone 01632 961 377"],
                ],
            ),
        ),
        pos="in ind prov contact vol",
        notes="Key-facts table row 'Do I have to use it? | No. It is entirely optional.'",
    )
    c.add(
        "https://localoffer.tarnside.gov.example/lo/drs-faq",
        html=page(
            "Disagreement resolution FAQs",
            accordion(
                [
                    (
                        "Is disagreement resolution compulsory?",
                        "No. It is there if you want it. You can "
                        "also make a complaint or, for EHC decisions, appeal to the Tribunal.",
                    ),
                    (
                        "Who provides it?",
                        "Global Mediation provides the service for Tarnside. They are "
                        "independent of the council. Freephone 0800 064 4488.",
                    ),
                ]
            ),
        ),
        pos="in ind prov contact vol",
        notes="FAQ 'Is disagreement resolution compulsory?' answered 'No. It is there if you want it.'",
    )
    c.add(
        "https://localoffer.gorsemoor.gov.example/lo/drs",
        html=page(
            "Independent disagreement resolution",
            "<p>Disagreement resolution is an informal meeting with an independent facilitator from "
            "Lanternhouse Mediation Ltd (01632 961 204). Every side, including the school or the council, "
            "has to agree to take part before a meeting is arranged.</p>",
        ),
        pos="in ind prov contact vol",
        notes="'Every side ... has to agree to take part' (needs everyone's agreement)",
    )
    c.add(
        "https://localoffer.millbeck.gov.example/lo/mediation-choice",
        html=page(
            "Deciding whether to mediate",
            "<p>After speaking to the mediation adviser you can choose not to go to mediation. You will "
            "still get a certificate and you can register your appeal with the Tribunal straight away.</p>"
            "<p>Millbeck's mediation service is run by KIDS (kids.org.uk, 03330 062 835), which is "
            "independent of the council.</p>",
        ),
        pos="vol noeff ind prov contact",
        skip="med in trib",
        notes="'You can choose not to go to mediation' and appeal straight away: voluntary and no effect on appeal",
    )
    c.add(
        "https://localoffer.quarrybank.gov.example/docs/drs-leaflet.pdf",
        text=(
            "Quarrybank Council\nDisagreement Resolution\nService\n\nThe service is run by Brookmere\n"
            "Resolution Partnership, an\nindependent organisation.\n\nParticipation is\nvoluntary: "
            "families, schools\nand the council all have to be\nwilling to take part.\n\nTo refer, phone "
            "01632 961 450.\n\nDRS/03 2026"
        ),
        pos="in ind prov contact vol",
        notes="PDF text with hard line breaks: 'Participation is\\nvoluntary'",
    )
    c.add(
        "https://localoffer.cinderford.gov.example/lo/resolving-disagreements",
        html=page(
            "Resolving disagreements about SEND",
            "<h2>Talk to the setting first</h2><p>Most problems can be sorted by talking to the SENCo or "
            "the head of year.</p><h2>SENDIASS</h2><p>Cinderford SENDIASS can help you prepare for "
            "meetings. Call 01632 961 320.</p><h2>Disagreement resolution</h2><p>Our independent "
            "disagreement resolution service is provided by Fairway Mediation CIC (01632 961 377). "
            "Using it is up to you - it is an option, not a requirement, and it sits alongside your "
            "other rights.</p><h2>Complaints</h2><p>You can also complain to the school's governors or "
            "to the council.</p>",
        ),
        pos="in ind prov contact vol iass",
        skip="cmp types noeff",
        notes="Long page; 'Using it is up to you - an option, not a requirement' buried in the DR section",
    )


def voluntary_traps(c: Cases) -> None:
    c.add(
        "https://localoffer.amberwick.gov.example/lo/before-you-appeal",
        html=page(
            "Before you appeal",
            "<p>You must consider mediation before you can appeal to the Tribunal about an EHC plan. Ring "
            "the mediation adviser at Lanternhouse Mediation Ltd on 01632 961 612 within two months of "
            "our decision. They will issue a mediation certificate.</p>",
        ),
        pos="prov contact",
        skip="med in trib",
        notes="Trap for drs_voluntary: 'You must consider mediation' (nothing on taking part being optional)",
    )
    c.add(
        "https://localoffer.wolvercote.gov.example/lo/mediation-compulsory",
        html=page(
            "Mediation in Wolvercote",
            "<p>From September 2026, going to mediation is compulsory for all families who disagree with "
            "an EHC plan decision in Wolvercote. Mediation is provided by Fairway Mediation CIC, "
            "telephone 01632 961 377.</p>",
        ),
        pos="prov contact",
        skip="med in",
        notes="Trap: 'going to mediation is compulsory'",
    )
    c.add(
        "https://localoffer.loxbridge.gov.example/lo/mediation-council",
        html=page(
            "SEND mediation: what the council must do",
            "<p>When mediation is arranged, the council must attend, and someone who can make decisions "
            "must be in the room. The council must make sure the meeting is held within 30 days.</p>",
        ),
        pos="",
        skip="med",
        notes="Trap: 'the council must attend' mediation",
    )
    c.add(
        "https://localoffer.copperfield.gov.example/lo/support-groups",
        html=page(
            "Support from the voluntary sector",
            "<p>Many voluntary sector organisations support families of children with SEND in "
            "Copperfield, including parent support groups and a disability sports club. They are "
            "voluntary and community groups, funded partly by the council.</p>",
        ),
        pos="",
        notes="Trap: 'voluntary sector' organisations",
    )
    c.add(
        "https://localoffer.redhythe.gov.example/lo/drs-schools",
        html=page(
            "Disagreement resolution with schools",
            "<p>Disagreement resolution can be used for disagreements with any school in Redhythe, "
            "including academies, voluntary aided schools and voluntary controlled schools. The "
            "service is run by Brookmere Resolution Partnership, independent of the council: 01632 961 "
            "450.</p>",
        ),
        pos="in ind prov contact",
        notes="Trap: 'voluntary aided schools' on a DR page",
    )
    c.add(
        "https://localoffer.orchardleigh.gov.example/lo/drs-expectations",
        html=page(
            "What we expect from schools",
            "<p>When a parent asks for disagreement resolution, Orchardleigh schools are expected to "
            "take part and to send a member of staff who knows the child. The council's SEN team will "
            "also attend. The meeting is chaired by an independent facilitator from Lanternhouse "
            "Mediation Ltd.</p>",
        ),
        pos="prov",
        skip="ind in",
        notes="Trap: schools 'expected to take part', council 'will also attend'",
    )
    c.add(
        "https://localoffer.sedgebrook.gov.example/lo/choose-mediator",
        html=page(
            "Choosing your mediator",
            "<p>Sedgebrook families who go to SEND mediation can choose between two independent "
            "providers: Global Mediation (0800 064 4488) and KIDS (03330 062 835). You can also ask for "
            "a mediator of a particular gender.</p>",
        ),
        pos="ind prov contact",
        skip="in",
        notes="Trap: choice of mediator, not choice of taking part",
    )
    c.add(
        "https://localoffer.vellacott.gov.example/lo/volunteers",
        html=page(
            "Volunteer befrienders",
            "<p>Our volunteer befrienders give parents of children with SEND someone to talk to. "
            "Volunteers give their time freely and are not paid. Befriending is free.</p>",
        ),
        pos="",
        notes="Trap: volunteers, 'give their time freely'",
    )


def all_sen_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.rushford.gov.example/lo/drs-who",
        html=page(
            "Disagreement resolution: who can use it",
            "<p>You do not need to have an EHC plan, or to have asked for one, to use disagreement "
            "resolution. It is there for any child or young person with special educational needs.</p>" + BROOK,
        ),
        pos="in ind prov contact all",
        notes="'You do not need to have an EHC plan ... to use disagreement resolution'",
    )
    c.add(
        "https://localoffer.ashgrove.gov.example/lo/drs",
        html=page(
            "Ashgrove disagreement resolution service",
            "<p>The service is open to any family of a child or young person with SEN in Ashgrove, whether "
            "or not they have an Education, Health and Care plan.</p><p>It is delivered by Global "
            "Mediation, independent of Ashgrove Council. Freephone 0800 064 4488.</p>",
        ),
        pos="in ind prov contact all",
        notes="'open to any family of a child or young person with SEN ... whether or not they have an EHC plan'",
    )
    c.add(
        "https://localoffer.fallowfield.gov.example/lo/drs-sen-support",
        html=page(
            "Help with disagreements",
            "<p>Fallowfield's disagreement resolution service is for all children and young people with "
            "special educational needs, including those getting SEN support at school who do not have an "
            "EHC plan.</p>" + FAIRWAY,
        ),
        pos="in ind prov contact all",
        notes="'for all children and young people with SEN, including those on SEN support'",
    )
    c.add(
        "https://localoffer.brackendale.gov.example/directory/disagreement-resolution",
        html=page(
            "Disagreement resolution",
            table(
                ["", ""],
                [
                    ["Provider", "Lanternhouse Mediation Ltd (independent)"],
                    ["Who can use it?", "Parents, carers and young people with SEN, with or without an EHCP"],
                    ["Cost", "Free"],
                    ["Contact", "01632 961 204"],
                ],
            ),
        ),
        pos="in ind prov contact all",
        notes="Directory table row 'Who can use it? | ... with SEN, with or without an EHCP'",
    )
    c.add(
        "https://localoffer.millbeck.gov.example/easy-read/disagreements",
        html=page(
            "When you do not agree (Easy Read)",
            "<p>Disagreement resolution is a meeting to help people agree.</p><p>You can use it even if "
            "your child does not have an EHC plan.</p><p>It is run by Brookmere Resolution Partnership. "
            "They are not the council.</p><p>Phone 01632 961 450.</p>",
        ),
        pos="in ind prov contact all",
        notes="Easy Read 'You can use it even if your child does not have an EHC plan'",
    )
    c.add(
        "https://localoffer.gorsemoor.gov.example/lo/not-just-ehcps",
        html=page(
            "Disagreement resolution isn't just for EHC plans",
            "<p>Lots of parents think they can only use disagreement resolution once their child has an "
            "EHC plan. That isn't true: children on SEN support can use it as well.</p>" + LANTERN,
        ),
        pos="in ind prov contact all",
        notes="Heading 'isn't just for EHC plans', children on SEN support can use it too",
    )
    c.add(
        "https://localoffer.halliwick.gov.example/young-people/disagreements",
        html=page(
            "Not happy with your support at college?",
            "<p>If you're 16 to 25 and have special educational needs, you can use disagreement "
            "resolution yourself - plan or no plan. Fairway Mediation CIC runs it for Halliwick; they're "
            "independent of the council. Text or call 07700 900 377.</p>",
        ),
        pos="in ind prov contact all",
        notes="Young people: 'any young person with SEN ... plan or no plan'",
    )
    c.add(
        "https://localoffer.kingsmoor.gov.example/lo/redress-guide",
        html=page(
            "If things go wrong: a guide for families",
            "<h2>Talking to the school</h2><p>Ask for a meeting with the SENCo.</p><h2>Complaints</h2><p>Use "
            "the school's complaints policy, then the council's.</p><h2>Disagreement resolution</h2><p>An "
            "independent facilitator from Global Mediation (0800 064 4488) can help you and the school or "
            "the council reach agreement. Children on SEN support can use the service as well as those "
            "with EHC plans.</p><h2>The Tribunal</h2><p>For decisions about EHC plans, you can appeal to "
            "the SEND Tribunal.</p>",
        ),
        pos="in ind prov contact all",
        skip="cmp trib types",
        notes="Long guide; 'Children on SEN support can use the service as well as those with EHC plans' buried",
    )
    c.add(
        "https://localoffer.pinecastle.gov.example/docs/drs-scope.pdf",
        text=(
            "Pinecastle Council - SEND\nDisagreement resolution\n\nWho is it for?\nThe service covers "
            "all\nchildren and young people with\nspecial educational needs,\nnot only those with an "
            "EHC\nplan.\n\nProvider: Lanternhouse Mediation\nLtd, independent of the council.\nTel 01632 "
            "961 204\n"
        ),
        pos="in ind prov contact all",
        notes="PDF text, hard line breaks: 'covers all\\nchildren and young people with\\nSEN, not only EHC plan'",
    )


def all_sen_traps(c: Cases) -> None:
    c.add(
        "https://localoffer.tarnside.gov.example/lo/drs-ehcp",
        html=page(
            "Disagreement resolution for EHC plans",
            "<p>This service is only available where a child or young person has an EHC plan. It is run "
            "by Brookmere Resolution Partnership, independent of the council (01632 961 450).</p>",
        ),
        pos="in ind prov contact",
        notes="Trap: 'only available where ... has an EHC plan'",
    )
    c.add(
        "https://localoffer.saltmere.gov.example/lo/drs-assessment",
        html=page(
            "Disagreements during an assessment",
            "<p>Disagreement resolution is for families going through an EHC needs assessment who do "
            "not agree with how it is being carried out.</p>" + FAIRWAY,
        ),
        pos="in ind prov contact",
        notes="Trap: 'for families going through an EHC needs assessment'",
    )
    c.add(
        "https://localoffer.quarrybank.gov.example/lo/drs-families",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is available to all families in Quarrybank. It is provided by "
            "Global Mediation, which is independent of the council. Freephone 0800 064 4488.</p>",
        ),
        pos="in ind prov contact",
        notes="Trap: vague 'available to all families' (no SEN scope statement)",
    )
    c.add(
        "https://localoffer.oakhampton.gov.example/lo/drs-ehc-or-requested",
        html=page(
            "Who can use disagreement resolution?",
            "<p>Parents of children who have an EHC plan, or who have asked the council for an EHC needs "
            "assessment, can use disagreement resolution.</p>" + LANTERN,
        ),
        pos="in ind prov contact",
        notes="Trap: scope limited to EHC plans and assessment requests",
    )
    c.add(
        "https://localoffer.redhythe.gov.example/lo/sendiass",
        html=page(
            "Redhythe SENDIASS",
            "<p>SENDIASS gives free, impartial and confidential advice to anyone with SEND, with or "
            "without an EHC plan. We can help you prepare for disagreement resolution meetings. Call 01632 "
            "961 880 or email sendiass@redhythe.example.</p>",
        ),
        pos="iass",
        notes="Trap: SENDIASS (not the DR service) open to anyone with or without a plan",
    )
    c.add(
        "https://localoffer.netherby.gov.example/lo/mediation-scope",
        html=page(
            "What can go to mediation?",
            "<p>SEND mediation is about decisions on EHC needs assessments and EHC plans: a refusal to "
            "assess, a refusal to issue a plan, or what the plan contains. Speak to the mediation adviser "
            "within two months of the decision to get your certificate.</p>",
        ),
        pos="med",
        skip="trib",
        notes="Trap for drs_all_sen: mediation scope is EHC decisions only",
    )
    c.add(
        "https://localoffer.copperfield.gov.example/lo/inclusion",
        html=page(
            "Our inclusion promise",
            "<p>All children in Copperfield deserve to be included, to learn and to be happy. We work with "
            "every school so that children with SEND get the right support at the right time.</p>",
        ),
        pos="",
        notes="Trap: generic 'all children' statement, no disagreement resolution",
    )
    c.add(
        "https://localoffer.amberwick.gov.example/lo/drs-everyone",
        html=page(
            "Disagreement resolution in Amberwick",
            "<p>Everyone can use our disagreement resolution service - just call Fairway Mediation CIC on "
            "01632 961 377. Fairway is an independent organisation.</p>",
        ),
        pos="in ind prov contact",
        skip="all",
        notes="Borderline: 'Everyone can use' without SEN/EHC scope -- left unlabelled",
    )


def main() -> None:
    c = Cases("w")
    feedback_positive(c)
    feedback_traps(c)
    mediation_positive(c)
    mediation_traps(c)
    voluntary_positive(c)
    voluntary_traps(c)
    all_sen_positive(c)
    all_sen_traps(c)
    c.write("train_twelve.jsonl")


if __name__ == "__main__":
    main()
