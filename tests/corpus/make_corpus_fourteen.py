"""Write ``train_fourteen.jsonl``: a fourteenth set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
file table, labelling rules and split of ``README.md`` and ``labels.py`` only (``make_corpus_nine.py``
glanced at for how a generator uses ``Cases``), and without opening the held-back files. Weighted to
the published Local Offer feedback (reg 56): natural positives in the forms real councils use (annual
Local Offer reports, "You said, we did" pages and tables, PDF text, news items, directory-team
updates, Easy Read, newsletters), and the ordinary negatives a real site carries beside them
(feedback on other programmes, reports outside the 13-month window or undated, comments with no
response, a response only promised, forms and page widgets, lists of old reports, a school's or a
provider's "You said, we did", the council's complaints report, a survey announcement, pages dated
only by a copyright year or the update of something else). Fifteen disagreement resolution,
mediation, IASS, complaints and appeal pages keep the split two-sided. Councils (Ashcombe,
Brindlemoor, Carrowfield, Dunstanmere, Elmsworth, Farthingvale, Gorsebury, Hollinsdale, Kettlesby,
Lowmarsh, Mirefield, Netherwick, Oakhurst Vale, Pennygate, Quarrymoor, Rookhampton, Saltmere,
Thistleby) and the providers (Kestrel SEND Mediation CIC, Riverstone Resolution Ltd) are new.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Audit date 2026-11-28: a feedback report dated on or after 2025-10-28
passes. Regenerate with ``python tests/corpus/make_corpus_fourteen.py``.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory

NAV = (
    '<nav class="site"><a href="/">Local Offer</a> | <a href="/education">Education</a> | '
    '<a href="/health">Health</a> | <a href="/send/disagreements">Disagreements</a> | '
    '<a href="/local-offer/you-said-we-did">You said, we did</a></nav>'
)
FOOT = (
    '<footer class="site"><p><a href="/local-offer/feedback">Give feedback on the Local Offer</a> | '
    '<a href="/local-offer/you-said-we-did">You said, we did</a> | <a href="/accessibility">Accessibility'
    "</a></p><p>&copy; 2026 Council. All rights reserved.</p></footer>"
)


def page(title: str, main: str, *, foot: str = FOOT) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>{NAV}<main>'
        f"<h1>{title}</h1>{main}</main>{foot}</body></html>"
    )


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def said_did(pairs: list[tuple[str, str]], head: tuple[str, str] = ("You said", "We did")) -> str:
    return (
        f"<table><thead><tr><th>{head[0]}</th><th>{head[1]}</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in pairs)
        + "</tbody></table>"
    )


def fb_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.ashcombe.gov.example/local-offer/you-said-we-did",
        html=page(
            "You said, we did",
            "<p>Every year we ask children, young people and families what they think of Ashcombe's Local "
            "Offer. This is what you told us between April 2025 and March 2026, and what we have done "
            "about it.</p><p>Published 14 April 2026</p>"
            + said_did(
                [
                    (
                        "The search on the Local Offer website brings back too many old results",
                        "We removed 312 out-of-date service records and the search now shows the newest first",
                    ),
                    (
                        "It is hard to find out what support is available without an EHC plan",
                        "We wrote a new page, 'SEN support in school', and linked it from the home page",
                    ),
                    (
                        "Information about short breaks was confusing",
                        "We rewrote the short breaks pages with the Parent Carer Forum",
                    ),
                ]
            ),
        ),
        pos="fb",
        notes="Classic 'You said, we did' table about the Local Offer, published April 2026",
    )
    c.add(
        "https://localoffer.brindlemoor.gov.example/about/annual-report-2025-26",
        html=page(
            "Brindlemoor SEND Local Offer annual report 2025 to 2026",
            "<p>This report sets out the comments we received about the Local Offer from 1 September 2025 "
            "to 31 August 2026 and our response to them, as required by regulation 56 of the SEND "
            "Regulations 2014.</p><h2>How we gathered feedback</h2><p>We received 187 comments through the "
            "online feedback form, at six drop-in sessions and through the Parent Carer Forum's survey.</p>"
            "<h2>Main themes</h2><ol><li>Families wanted clearer information about preparing for adulthood."
            "</li><li>Young people said the site did not work well on their phones.</li><li>Several parents "
            "told us phone numbers for therapy services were wrong.</li></ol><h2>Our response</h2><ul><li>A "
            "new Preparing for Adulthood section went live in July 2026.</li><li>The site was rebuilt on a "
            "mobile-first template in May 2026.</li><li>Every health service record has been checked with "
            "the provider and is now reviewed every six months.</li></ul><p>Date of publication: 30 September "
            "2026</p>",
        ),
        pos="fb",
        notes="Annual report on the Local Offer: themes and response, published September 2026",
    )
    c.add(
        "https://www.carrowfield.gov.example/news/2026/09/local-offer-feedback",
        html=page(
            "Local Offer: what you told us and what we changed",
            "<p class='byline'>News | 3 September 2026</p><p>Thank you to the 96 parents, carers and young "
            "people who gave us feedback on the Carrowfield SEND Local Offer over the summer.</p><p>You told "
            "us that the directory of activities was hard to filter by age. We have added an age filter. "
            "You also said that you did not know the Local Offer existed until your child was diagnosed, so "
            "we have sent leaflets to every GP surgery and early years setting.</p><p>Some of you asked for "
            "the website to be available in other languages. We have added a translation tool and are "
            "producing key pages in Polish and Urdu by December.</p>",
        ),
        pos="fb",
        notes="News item: comments about the Local Offer and the actions taken, dated 3 September 2026",
    )
    c.add(
        "https://localoffer.dunstanmere.gov.example/directory/team-update-october-2026",
        html=page(
            "Local Offer directory team update: October 2026",
            "<p>Hello from the Local Offer directory team. Here is a round-up of the feedback we received "
            "through the 'Suggest a change' button on directory records in the last quarter, and what we did."
            "</p><h2>What you told us</h2><ul><li>14 records had out-of-date opening times.</li><li>Parents "
            "asked for a list of holiday clubs that take children with medical needs.</li><li>A young person "
            "told us the map did not work with a screen reader.</li></ul><h2>What we did</h2><ul><li>All 14 "
            "records were updated within five working days.</li><li>We published a holiday clubs list, "
            "checked with each club, in time for half term.</li><li>The map now has a text list beside it."
            "</li></ul><p>Posted 21 October 2026 by the Local Offer team</p>",
        ),
        pos="fb",
        notes="Directory team update: Local Offer directory feedback and actions, October 2026",
    )
    c.add(
        "https://localoffer.elmsworth.gov.example/local-offer/feedback-report",
        text=(
            "Elmsworth Council\nSEND Local Offer annual feedback report\nCovering September 2025 to August 2026\n"
            "Published October 2026\n\n1. Introduction\nThe Local Offer must publish the comments it "
            "receives\nabout the Local Offer and the council's response. This\nreport does that for the "
            "last twelve months.\n\n2. What families told us\n- 'I couldn't find out how to ask for an EHC "
            "needs\nassessment.'\n- 'The page about transport is written for professionals.'\n- 'It would "
            "help to have events listed in one place.'\n\n3. What we have done\n- The EHC needs assessment "
            "page now has a step-by-step\nguide and a video.\n- The transport page was rewritten with parents "
            "in\nJune 2026.\n- There is now a What's On calendar on the Local Offer\nhome page.\n"
        ),
        pos="fb",
        notes="PDF text of an annual feedback report with quotes and actions, published October 2026",
    )
    c.add(
        "https://localoffer.farthingvale.gov.example/you-said-we-did-autumn-2025",
        html=page(
            "You said, we did: Local Offer, autumn 2025",
            "<p>Last updated: 12 November 2025</p><p>In our autumn survey you told us what you think of the "
            "Farthingvale Local Offer. Here is what we are doing.</p><h3>You said</h3><p>The Local Offer "
            "does not explain what the council will pay for and what schools pay for.</p><h3>We did</h3><p>"
            "We added a 'Who pays for what' guide to the SEN support pages.</p><h3>You said</h3><p>Parents "
            "of children under five did not know about the Early Years Inclusion Fund.</p><h3>We did</h3>"
            "<p>We added it to the early years pages and sent a briefing to nurseries.</p>",
        ),
        pos="fb",
        notes="Local Offer 'You said, we did' dated 12 November 2025: inside the window (after 28 October 2025)",
    )
    c.add(
        "https://localoffer.gorsebury.gov.example/local-offer/review-2025",
        html=page(
            "Local Offer review: comments and our response",
            "<p>Published 30 October 2025</p><p>This page sets out the comments we received in our review "
            "of the Gorsebury Local Offer and how we have responded.</p>"
            + said_did(
                [
                    (
                        "Comment: the Local Offer is full of jargon",
                        "Response: every page now has a plain English summary and a glossary link",
                    ),
                    (
                        "Comment: there is nothing about support for young people aged 19 to 25",
                        "Response: we have added a Post-19 section with colleges, supported internships and "
                        "adult social care",
                    ),
                ],
                head=("What you said", "Our response"),
            ),
        ),
        pos="fb",
        notes="Edge of window: published 30 October 2025, two days inside the 13 months",
    )
    c.add(
        "https://localoffer.hollinsdale.gov.example/young-people/easy-read-you-said-we-did",
        html=page(
            "You said, we did (Easy Read)",
            "<p>January 2026</p><p>We asked young people what they think about the Local Offer "
            "website.</p><p><strong>You said:</strong> the website has too many words.</p><p><strong>We did:"
            "</strong> we added pictures and short videos to the young people's pages.</p><p><strong>You "
            "said:</strong> you want to know about clubs for teenagers.</p><p><strong>We did:</strong> we made "
            "a new page called 'Things to do' for ages 13 to 25.</p>",
        ),
        pos="fb",
        notes="Easy Read 'You said, we did' for young people about the Local Offer website, January 2026",
    )
    c.add(
        "https://localoffer.kettlesby.gov.example/local-offer/what-you-told-us-2026",
        html=page(
            "What you told us about the Local Offer in 2026",
            "<p>Here are the most common questions and comments from our 2026 Local Offer survey (closed 31 "
            "March 2026), with our answers.</p><details><summary>\"I didn't know what a Local Offer was.\""
            "</summary><p>We have added a short animation on the home page and a leaflet for schools to "
            "give to families.</p></details><details><summary>\"Can you list which schools have resourced "
            "provision?\"</summary><p>Yes: there is now a page listing each resourced provision with its "
            "designation and number of places.</p></details><details><summary>\"The contact details for the "
            "SEN team are hard to find.\"</summary><p>The SEN team's phone number and email are now on every "
            "education page.</p></details>",
        ),
        pos="fb",
        notes="Accordion of survey comments (2026 survey) with the council's answers",
    )
    c.add(
        "https://localoffer.lowmarsh.gov.example/feedback/quarterly-summary-q1-2026-27",
        html=page(
            "Local Offer feedback summary: April to June 2026",
            "<p>Each quarter we publish the feedback we have received about the Local Offer and what we "
            "have done in response.</p><p>Number of comments received: 38 (27 through the website form, 11 "
            "at events).</p><h2>Themes</h2><p>Broken links (12), missing services (9), accessibility (7), "
            "other (10).</p><h2>Actions</h2><p>All broken links reported have been fixed. Seven of the nine "
            "missing services have been added; the other two are not based in Lowmarsh and are now "
            "signposted. Text size and contrast controls have been added to every page.</p>",
        ),
        pos="fb",
        notes="Quarterly summary April–June 2026 with themes and actions",
    )
    c.add(
        "https://localoffer.mirefield.gov.example/have-your-say/you-said-we-did",
        html=page(
            "You said, we did",
            "<p>Published: 21/05/2026</p><p>Feedback on the Mirefield Local Offer from parents and carers "
            "at our spring roadshow:</p>"
            + ul(
                [
                    "You told us the Local Offer needed more about autism support without a diagnosis, so we "
                    "added a page on support while you wait.",
                    "You told us the list of SENCos was out of date, so we now update it every September.",
                    "You told us you wanted to hear about changes, so we launched a monthly Local Offer "
                    "e-newsletter.",
                ]
            ),
        ),
        pos="fb",
        notes="'You told us … so we …' list, date in dd/mm/yyyy (21/05/2026)",
    )
    c.add(
        "https://localoffer.netherwick.gov.example/local-offer/feedback-log",
        html=page(
            "Local Offer feedback log",
            "<table><thead><tr><th>Month</th><th>What you said</th><th>What we did</th></tr></thead><tbody>"
            "<tr><td>February 2026</td><td>The respite care page still names a service that has closed</td>"
            "<td>Removed it and added the two new providers</td></tr><tr><td>April 2026</td><td>Please add "
            "information on personal budgets</td><td>New personal budgets page published with worked "
            "examples</td></tr><tr><td>July 2026</td><td>Can the Local Offer be printed?</td><td>Every page "
            "now has a print-friendly version</td></tr></tbody></table>",
        ),
        pos="fb",
        notes="Feedback log table with a month column, 2026",
    )
    c.add(
        "https://localoffer.oakhurstvale.gov.example/documents/local-offer-annual-report",
        text=(
            "OAKHURST VALE COUNCIL\n\nSEND Local Offer Annual Report 2025 to\n2026\n\nDate of publication: "
            "July 2026\n\nContents\n1. Foreword ........................ 2\n2. Feedback received ............... 3\n"
            "3. Our response .................... 5\n\n2. Feedback received\nWe had 211 pieces of feedback "
            "about the Local Offer.\nThe three most common themes were:\n  - information about what "
            "happens at transition to\n    secondary school is missing\n  - the Local Offer is not "
            "promoted in schools\n  - service listings do not say if there is a waiting\n    list\n\n"
            "3. Our response\nTransition: a new 'Moving to secondary school' guide\nwas co-produced with "
            "Year 6 parents and published\nin May 2026.\nPromotion: every school now has Local Offer posters "
            "and\nthe link is on their SEN information reports.\nWaiting lists: listings now carry a "
            "'typical wait'\nfield, completed by 80% of providers so far.\n"
        ),
        pos="fb",
        notes="PDF text with a contents list, wrapped title, themes and responses, published July 2026",
    )
    c.add(
        "https://localoffer.pennygate.gov.example/local-offer/annual-reports",
        html=page(
            "Local Offer annual reports",
            "<h2>Annual report 2025 to 2026 (published 18 June 2026)</h2><p>You told us: the Local Offer "
            "should explain the EHC process from the family's point of view. We did: we worked with parents "
            "to write 'Your EHC needs assessment journey', published in March 2026.</p><p>You told us: "
            "information about the Pennygate Parent Carer Forum was hard to find. We did: the forum now has "
            "a panel on the Local Offer home page.</p><h2>Earlier reports</h2><ul><li><a href='/docs/lo-"
            "report-2023-24.pdf'>Annual report 2023 to 2024 (PDF)</a></li><li><a href='/docs/lo-report-"
            "2022-23.pdf'>Annual report 2022 to 2023 (PDF)</a></li></ul>",
        ),
        pos="fb",
        notes="Current report inline (June 2026) with links to older reports below",
    )
    c.add(
        "https://localoffer.quarrymoor.gov.example/local-offer/survey-results-2026",
        html=page(
            "Local Offer survey 2026: results and response",
            "<p>Between January and March 2026 we ran a survey about the Quarrymoor Local Offer together "
            "with Quarrymoor Parent Carer Forum. 164 people replied.</p><h2>What you told us</h2><p>61% "
            "found the information they were looking for. People wanted more on mental health support and "
            "on what happens after age 16.</p><h2>What we have done</h2><p>We added a children's mental "
            "health section with the NHS trust and a 'Post-16 options' page. We will run the survey again "
            "in January 2027.</p><p>Page published: 8 May 2026</p>",
        ),
        pos="fb",
        notes="Local Offer survey run with the Parent Carer Forum; results and the council's actions, May 2026",
    )
    c.add(
        "https://localoffer.rookhampton.gov.example/young-people/youth-panel-feedback",
        html=page(
            "Rookhampton SEND Youth Panel: feedback on the Local Offer",
            "<p>August 2026</p><p>The SEND Youth Panel reviewed the young people's pages of the Local Offer "
            "this summer.</p><p>They said the pages sounded like they were written for parents, not young "
            "people. In response, the panel members rewrote the 'Your rights' page themselves and the council "
            "published it in August.</p><p>They said there should be information on getting a bus pass. "
            "We added it the same week.</p>",
        ),
        pos="fb",
        notes="Youth panel comments on the Local Offer and the council's response, August 2026",
    )
    c.add(
        "https://localoffer.saltmere.gov.example/feedback/you-said-we-did",
        html=(
            '<!DOCTYPE html><html lang="en"><head><title>You said, we did</title><meta name="dcterms.modified" '
            'content="2026-02-10"></head><body>'
            + NAV
            + "<main><h1>You said, we did</h1><p class='meta'>Last reviewed: 2026-02-10</p><p>Comments "
            "about the Saltmere Local Offer and our response.</p><p><b>You said</b> there was no information "
            "about dyslexia support. <b>We did</b> add a page about literacy difficulties and what schools "
            "should provide.</p><p><b>You said</b> the site was slow. <b>We did</b> move to a faster host "
            "in January.</p></main>"
            + FOOT
            + "</body></html>"
        ),
        pos="fb",
        notes="ISO date in 'Last reviewed' (2026-02-10) on the page itself",
    )
    c.add(
        "https://localoffer.thistleby.gov.example/local-offer/comments-and-responses",
        html=page(
            "Comments about the Local Offer and our responses",
            "<p>Date: November 2026</p><p>Between November 2025 and October 2026 we received 42 comments "
            "through the Local Offer feedback form. Comments about individual cases were passed to the "
            "relevant team and are not published here.</p><h2>Feedback received</h2><p>Nine people said "
            "the Local Offer should say how long EHC needs assessments take locally.</p><h2>Our response"
            "</h2><p>We now publish our 20-week timeliness figure each quarter on the EHC page.</p><h2>"
            "Feedback received</h2><p>Six people asked for more detail on home to school transport "
            "eligibility.</p><h2>Our response</h2><p>The transport page now includes the policy, the "
            "application form and an FAQ.</p>",
        ),
        pos="fb",
        notes="'Feedback received'/'Our response' headings without the phrase 'You said, we did', November 2026",
    )
    c.add(
        "https://localoffer.ashcombe.gov.example/local-offer/annual-report-2025",
        text=(
            "Ashcombe SEND Local Offer Annual Report 2025\nPublished December 2025\n\nThis report covers "
            "January to December 2025.\n\nWhat you said about the Local Offer\n- The home page is cluttered.\n"
            "- Not enough about support for children who are not in school.\n\nWhat we did\n- Redesigned the "
            "home page with six clear tiles, tested with\n  twelve parents.\n- Added 'Children missing "
            "education and EOTAS' pages.\n"
        ),
        pos="fb",
        notes="Calendar-year report for 2025 published December 2025",
    )
    c.add(
        "https://localoffer.brindlemoor.gov.example/send-news/newsletter-october-2026",
        html=page(
            "SEND newsletter: October 2026",
            "<h2>Ofsted and CQC inspection update</h2><p>Our action plan is on track.</p><h2>Local Offer "
            "corner: you said, we did</h2><p>You said the Local Offer did not tell you about SEND training "
            "for parents. We did: a 'Courses for parents' listing now brings together every course from the "
            "council, the NHS and local charities.</p><p>You said the Local Offer should show support groups "
            "near you. We did: groups now appear on a map.</p><h2>Dates for your diary</h2><p>Coffee "
            "morning, 12 November 2026.</p>",
        ),
        pos="fb",
        notes="Newsletter with a Local Offer 'you said, we did' item among other news, October 2026",
    )
    c.add(
        "https://localoffer.carrowfield.gov.example/accessibility-feedback",
        html=page(
            "How you helped us make the Local Offer more accessible",
            "<p>Updated 2 June 2026</p><p>Earlier this year we asked disabled young people and parents to "
            "test how accessible the Local Offer is.</p><p>You told us that PDFs could not be read by screen "
            "readers, so we have turned our main guides into web pages. You told us the colours on buttons "
            "were hard to see, so we changed them to meet contrast guidelines. You asked for a way to listen "
            "to pages, so we added a read-aloud tool.</p>",
        ),
        pos="fb",
        notes="Accessibility comments about the Local Offer and actions taken, June 2026",
    )
    c.add(
        "https://www.dunstanmere.gov.example/have-your-say/you-said-we-did",
        html=page(
            "You said, we did",
            "<p>Updated September 2026</p><p>Here are some of the changes we've made after listening to "
            "residents.</p><h2>Libraries</h2><p>You said opening hours on Saturdays were too short. We "
            "extended them to 5pm.</p><h2>SEND Local Offer</h2><p>You said the Local Offer did not list "
            "after-school clubs that can support children with additional needs. We asked every club and "
            "added 34 to the directory.</p><p>You said the Local Offer should explain the SEND Tribunal. We "
            "added a page with a step-by-step guide.</p><h2>Parks</h2><p>You said the play area at "
            "Millbrook needed a wheelchair swing. One was installed in July.</p>",
        ),
        pos="fb",
        notes="Council-wide 'You said, we did' with a SEND Local Offer section: comments and actions, September 2026",
    )
    c.add(
        "https://localoffer.elmsworth.gov.example/local-offer/comments-2025-26",
        text=(
            "SEND Local Offer – Comments and Responses 2025/26\nThis report covers 1 April 2025 to 31 March "
            "2026.\nIssued: 12 May 2026\n\nComment: The Local Offer should list the specialist teachers "
            "for\nhearing and vision.\nResponse: Added under 'Sensory support', with how to be referred.\n\n"
            "Comment: The Local Offer does not say what happens if a child is\nexcluded.\nResponse: A new "
            "page on exclusions and SEND was published\nin February 2026.\n"
        ),
        pos="fb",
        notes="DOCX-style text, comment/response pairs, issued May 2026",
    )
    c.add(
        "https://localoffer.farthingvale.gov.example/local-offer/what-you-told-us-november-2026",
        html=page(
            "What you told us about the Local Offer and what we will do",
            "<p>Published 6 November 2026</p><p>Our 2026 Local Offer survey closed in October. Thank you "
            "for your comments.</p>"
            + said_did(
                [
                    (
                        "The Local Offer doesn't tell you what to do while waiting for an autism assessment",
                        "We will publish a 'While you wait' page by January 2027, written with the "
                        "neurodevelopmental team",
                    ),
                    (
                        "Parents want to read about other families' experiences",
                        "We are recording three short parent stories and will add them in the spring",
                    ),
                ],
                head=("What you told us", "What we will do"),
            ),
        ),
        pos="fb",
        notes="Comments and the response of intended actions (reg 56 allows the action it intends), November 2026",
    )


def fb_negative(c: Cases) -> None:
    c.add(
        "https://www.gorsebury.gov.example/send-strategy/you-said-we-did",
        html=page(
            "SEND strategy 2026 to 2029: you said, we did",
            "<p>Published 2 March 2026</p><p>Over 400 people took part in the consultation on our new SEND "
            "strategy.</p>"
            + said_did(
                [
                    (
                        "The strategy should put more weight on early help",
                        "Early identification is now priority one",
                    ),
                    (
                        "There were too many priorities",
                        "We reduced the priorities from nine to five",
                    ),
                ]
            ),
        ),
        notes="Trap: 'You said, we did' for the SEND strategy consultation, not the Local Offer",
    )
    c.add(
        "https://localoffer.hollinsdale.gov.example/ehc/feedback-on-ehc-process",
        html=page(
            "Your feedback on the EHC needs assessment process",
            "<p>Summer 2026</p><p>We asked families who had been through an EHC needs assessment in the last "
            "year about their experience.</p><p>You told us you did not always know who your case officer "
            "was. Every family now gets a named case officer in the first letter.</p><p>You told us draft "
            "plans arrived without warning. We now phone families before the draft is sent.</p>",
        ),
        notes="Trap: feedback on the EHC process and the council's response, on the Local Offer site but not about it",
    )
    c.add(
        "https://localoffer.kettlesby.gov.example/short-breaks/consultation-outcome",
        html=page(
            "Short breaks consultation: you said, we did",
            "<p>Date published: 15 July 2026</p><p>Thank you for taking part in the consultation on the "
            "short breaks statement.</p>"
            + said_did(
                [
                    ("More holiday activities for older teenagers", "Two new holiday schemes for 14 to 18 year olds"),
                    ("The application form is too long", "The form has been cut from 11 pages to 4"),
                ]
            ),
        ),
        notes="Trap: short breaks consultation outcome",
    )
    c.add(
        "https://www.lowmarsh-primary.sch.example/parents/you-said-we-did",
        html=page(
            "You said, we did",
            "<p>Lowmarsh Primary School – Parent questionnaire, spring 2026</p><p>You said homework for "
            "children with SEN was not always adapted. We did: class teachers now plan adapted homework with "
            "the SENCo.</p><p>You said you wanted more notice of parents' evenings. We did: dates are on the "
            "calendar for the whole year.</p>",
            foot="<footer><p>&copy; Lowmarsh Primary School 2026</p></footer>",
        ),
        notes="Trap: a single school's 'You said, we did' from its parent questionnaire",
    )
    c.add(
        "https://localoffer.mirefield.gov.example/health/childrens-therapies-feedback",
        html=page(
            "Children's therapy services: you said, we did",
            "<p>Mirefield Community Health NHS Trust, September 2026</p><p>Families told us waits for "
            "speech and language therapy were too long. We have opened Saturday clinics and a phone advice "
            "line.</p><p>Families said appointments clashed with school. Therapists now visit schools "
            "for most sessions.</p>",
        ),
        notes="Trap: NHS trust's feedback on therapy services, hosted on the Local Offer site",
    )
    c.add(
        "https://localoffer.netherwick.gov.example/transport/feedback-2026",
        html=page(
            "Home to school transport: what you told us",
            "<p>Updated 10 October 2026</p><p>Parents of children with SEND told us drivers changed too "
            "often. We now keep the same driver and passenger assistant on each route for the whole term."
            "</p><p>You said you were not told about delays. Operators now send a text if a vehicle is more "
            "than 10 minutes late.</p>",
        ),
        notes="Trap: SEND transport feedback and response",
    )
    c.add(
        "https://fis.oakhurstvale.gov.example/you-said-we-did",
        html=page(
            "Family Information Service: you said, we did",
            "<p>Updated April 2026</p><p>You said it was hard to find childcare that takes two-year-olds "
            "with funding. We added a 'funded places' filter to the childcare search.</p><p>You said the "
            "Family Information Service phone line closed too early. It is now open until 6pm on "
            "Thursdays.</p>",
        ),
        notes="Trap: Family Information Service childcare search feedback, not the Local Offer",
    )
    c.add(
        "https://www.pennygate.gov.example/consultations/send-sufficiency-outcome",
        html=page(
            "SEND sufficiency consultation: outcome",
            "<p>Consultation closed: 30 June 2026. Outcome published: 9 September 2026.</p><p>We consulted "
            "on plans to create 240 new specialist places. Respondents said places were needed closer to "
            "the east of the borough. In response, the new resource base will be at Eastgate Academy "
            "rather than in the town centre.</p>",
        ),
        notes="Trap: consultation on SEND school place sufficiency and the council's response",
    )
    c.add(
        "https://www.quarrymoorpcf.org.example/survey-2026",
        html=page(
            "Our 2026 members' survey: what you told us",
            "<p>Quarrymoor Parent Carer Forum, June 2026</p><p>Thank you to the 230 members who filled in "
            "our survey. You told us your top worries are waiting times for assessments and school "
            "exclusions. As a forum we will take these to the SEND Partnership Board and we have started a "
            "monthly coffee morning on exclusions.</p>",
            foot="<footer><p>Quarrymoor Parent Carer Forum is a registered charity.</p></footer>",
        ),
        notes="Trap: the Parent Carer Forum's own survey and what the forum did",
    )
    c.add(
        "https://localoffer.rookhampton.gov.example/inspection/action-plan",
        html=page(
            "Area SEND inspection: our improvement plan",
            "<p>Updated 1 August 2026</p><p>Ofsted and CQC inspected the Rookhampton local area partnership "
            "in March 2026. Inspectors found that families do not always get timely information.</p><table>"
            "<tr><th>Area for improvement</th><th>Action</th><th>Progress</th></tr><tr><td>Timeliness of EHC "
            "plans</td><td>Recruit four more case officers</td><td>Complete</td></tr><tr><td>Information for "
            "families</td><td>Review the Local Offer with parents</td><td>Started June 2026</td></tr></table>",
        ),
        notes="Trap: inspection improvement plan; a Local Offer review is an action, not published comments and a response",
    )
    c.add(
        "https://localoffer.saltmere.gov.example/inspection/what-parents-told-ofsted",
        html=page(
            "What parents told Ofsted",
            "<p>During the area SEND inspection in May 2026, 512 parents completed the inspectors' survey. "
            "Parents said communication from the council was poor and that the Local Offer was hard to "
            "navigate. The full inspection letter is on the Ofsted website.</p>",
        ),
        notes="Trap: inspection survey findings (even mentioning the Local Offer) with no council response",
    )
    c.add(
        "https://localoffer.thistleby.gov.example/local-offer/you-said-we-did-september-2025",
        html=page(
            "You said, we did: September 2025",
            "<p>Published 15 September 2025</p><p>You said the Local Offer did not explain the graduated "
            "approach. We did: we added a guide to SEN support in four stages.</p><p>You said the directory "
            "had no filter for free activities. We did: there is now a 'free' filter.</p>",
        ),
        notes="Out of window: Local Offer 'You said, we did' published 15 September 2025 (before 28 October 2025)",
    )
    c.add(
        "https://localoffer.ashcombe.gov.example/local-offer/annual-report-2024-25",
        html=page(
            "Local Offer annual report 2024 to 2025",
            "<p>Published 20 October 2025</p><h2>Feedback we received</h2><p>Parents said the Local Offer "
            "was not kept up to date.</p><h2>What we did</h2><p>We introduced a six-monthly check of every "
            "service record.</p>",
        ),
        notes="Out of window by a week: published 20 October 2025",
    )
    c.add(
        "https://localoffer.brindlemoor.gov.example/local-offer/you-said-we-did-old",
        html=page(
            "You said, we did",
            "<p>Published 27 October 2025</p><p>You said the Local Offer should include information about "
            "EOTAS. We added a page about education otherwise than at school.</p><p>You said the events "
            "page was out of date. It is now updated weekly.</p>",
        ),
        notes="Edge of window: published 27 October 2025, one day before the 13 months start",
    )
    c.add(
        "https://localoffer.carrowfield.gov.example/local-offer/you-said-we-did",
        html=page(
            "You said, we did",
            "<p>Here are some of the things you have told us about the Local Offer and what we have done."
            "</p><p>You said: the site is hard to use on a phone. We did: we moved to a new, mobile friendly "
            "website.</p><p>You said: there is too much jargon. We did: added a jargon buster.</p>",
        ),
        notes="Undated Local Offer 'You said, we did' (the footer copyright year is not a date for it)",
    )
    c.add(
        "https://localoffer.dunstanmere.gov.example/local-offer/survey-2026-results",
        html=page(
            "Local Offer survey 2026: what you told us",
            "<p>Published 4 August 2026</p><p>132 parents and 41 young people answered our survey about the "
            "Local Offer.</p><ul><li>58% said they had used the Local Offer in the last year.</li><li>Many "
            "said the search is hard to use.</li><li>Young people said they want more about jobs and "
            "training.</li><li>Several people said information about health services is out of date.</li>"
            "</ul><p>Thank you to everyone who took part.</p>",
        ),
        notes="Comments about the Local Offer listed with no response from the council",
    )
    c.add(
        "https://localoffer.elmsworth.gov.example/local-offer/survey-findings",
        html=page(
            "Local Offer feedback 2026",
            "<p>June 2026</p><p>You told us the Local Offer needs clearer information on preparing for "
            "adulthood, and that the directory has too many duplicate entries.</p><p>We are considering "
            "all of your comments and will publish our response and action plan later in the year.</p>",
        ),
        notes="Comments with a response only promised ('will publish our response later')",
    )
    c.add(
        "https://localoffer.farthingvale.gov.example/local-offer/feedback",
        html=page(
            "Tell us what you think of the Local Offer",
            "<p>We want the Local Offer to be useful for you. Please tell us what you think: what works, "
            "what is missing and what we should change. Every year we publish what you told us and what we "
            "did in our 'You said, we did' report.</p><form><label>Your comments<textarea></textarea></label>"
            "<label>Are you a parent, young person or professional?<select><option>Parent</option></select>"
            "</label><button>Send</button></form>",
        ),
        notes="Feedback form for the Local Offer; promises a report but publishes no comments or response",
    )
    c.add(
        "https://localoffer.gorsebury.gov.example/education/sen-support",
        html=page(
            "SEN support in school",
            "<p>Most children with special educational needs are supported in their mainstream school "
            "through SEN support.</p><div class='page-feedback'><p>Was this page helpful?</p><button>Yes"
            "</button><button>No</button><p>We can't reply to comments left here. To give feedback on the "
            "Local Offer use our feedback form.</p></div><p class='updated'>Last updated 3 November 2026</p>",
        ),
        notes="'Was this page helpful?' widget on an ordinary page",
    )
    c.add(
        "https://localoffer.hollinsdale.gov.example/local-offer/past-reports",
        html=page(
            "Local Offer annual reports: archive",
            "<p>Our annual reports set out what you told us about the Local Offer and what we did.</p>"
            + ul(
                [
                    "<a href='/docs/lo-annual-report-2023-24.pdf'>Local Offer annual report 2023 to 2024 (PDF, 1.2MB)</a>",
                    "<a href='/docs/lo-annual-report-2022-23.pdf'>Local Offer annual report 2022 to 2023 (PDF, 900KB)</a>",
                    "<a href='/docs/lo-annual-report-2021-22.pdf'>Local Offer annual report 2021 to 2022 (PDF, 850KB)</a>",
                ]
            ),
        ),
        notes="List of links to old reports (latest 2023 to 2024); no comments or response on the page",
    )
    c.add(
        "https://localoffer.kettlesby.gov.example/directory/sunflower-day-nursery",
        html=page(
            "Sunflower Day Nursery",
            "<p>Sunflower Day Nursery is an inclusive nursery for children aged 0 to 5.</p><h2>You said, we "
            "did</h2><p>Parents said they wanted more updates about their child's progress. We now send a "
            "weekly photo diary through our app.</p><p>Parents asked for a quiet space. We created a "
            "sensory room in January 2026.</p>",
        ),
        notes="Trap: a provider's own 'You said, we did' in its directory record",
    )
    c.add(
        "https://www.lowmarsh.gov.example/council/complaints-annual-report-2025-26",
        html=page(
            "Complaints and compliments annual report 2025 to 2026",
            "<p>Published 25 July 2026</p><p>The council received 1,246 complaints in 2025 to 2026, 8% fewer "
            "than the year before. Children's services received 214 complaints, of which 61 concerned "
            "special educational needs.</p><h2>Learning from complaints</h2><p>Complainants told us they "
            "were not kept informed about delays. We have introduced a rule that customers are updated "
            "every ten working days.</p>",
        ),
        skip="cmp",
        notes="Trap: council-wide complaints annual report with learning, not Local Offer comments",
    )
    c.add(
        "https://localoffer.mirefield.gov.example/news/have-your-say-local-offer-survey",
        html=page(
            "Have your say on the Local Offer",
            "<p class='date'>2 November 2026</p><p>Our annual Local Offer survey is now open. Tell us what "
            "you think of the Local Offer website, what's missing and how easy it is to use. The survey "
            "closes on 31 December 2026 and we will publish what you said and what we did in the spring."
            "</p><p><a href='/survey'>Take the survey</a></p>",
        ),
        notes="News item announcing a Local Offer survey; nothing published yet",
    )
    c.add(
        "https://localoffer.netherwick.gov.example/local-offer/you-said-we-did",
        html=page(
            "You said, we did",
            "<p>You said the Local Offer had no information about sleep support. We did: added a page on "
            "sleep, with the NHS sleep clinic and the charity Sleep Well Netherwick.</p><p>You said the "
            "events list was too short. We did: providers can now add their own events.</p><p>The SEND "
            "Handbook for parents was last updated in March 2026.</p>",
            foot="<footer><p>&copy; Netherwick Council 2026</p></footer>",
        ),
        notes="Local Offer comments and response, but the only dates are a copyright year and the update of another document",
    )
    c.add(
        "https://localoffer.oakhurstvale.gov.example/local-offer/you-said-we-did-2024",
        html=page(
            "You said, we did 2024",
            "<p>What you told us about the Local Offer in 2024, and what we did.</p><p>You said: we need "
            "more about SEN support in colleges. We did: each college now has a page.</p><p>You said: the "
            "home page is confusing. We did: redesigned it in December 2024.</p>",
        ),
        notes="Out of window: the 2024 Local Offer 'You said, we did'",
    )
    c.add(
        "https://localoffer.pennygate.gov.example/docs/annual-report-2024",
        text=(
            "Pennygate SEND Local Offer Annual Report\nCovering January to December 2024\nPublished March "
            "2025\n\nWhat you told us\n- More information about short breaks.\n- Better search.\n\nWhat we did\n"
            "- New short breaks pages.\n- New search engine.\n"
        ),
        notes="Out of window: report covering 2024, published March 2025",
    )
    c.add(
        "https://localoffer.quarrymoor.gov.example/news/local-offer-website-update",
        html=page(
            "Our new Local Offer website is live",
            "<p>Posted 5 October 2026</p><p>We've launched a new-look Local Offer website with a faster "
            "search, a new directory and a What's On calendar. Let us know what you think using the "
            "feedback link at the bottom of each page.</p>",
        ),
        notes="News of website changes with no comments received",
    )
    c.add(
        "https://localoffer.rookhampton.gov.example/young-people/youth-club-feedback",
        html=page(
            "Inclusive youth clubs: you said, we did",
            "<p>October 2026</p><p>You said the Friday club should run in the holidays. We did: it now "
            "runs every week of the summer holidays.</p><p>You said you wanted a trip. We did: a trip to "
            "the climbing centre in August.</p>",
        ),
        notes="Trap: young people's 'you said, we did' about an inclusive youth club",
    )
    c.add(
        "https://www.saltmere.gov.example/family-hubs/you-said-we-did",
        html=page(
            "Family hubs: you said, we did",
            "<p>Updated 1 September 2026</p><p>You said the Start for Life sessions at Westgate Family Hub "
            "were always full. We did: we added a second session on Wednesdays.</p><p>You said there was "
            "nowhere to park buggies. We did: installed a buggy park.</p>",
        ),
        notes="Trap: family hubs 'You said, we did'",
    )
    c.add(
        "https://www.thistleby.gov.example/budget/budget-consultation-2026-27",
        html=page(
            "Budget consultation 2026/27: you said, we did",
            "<p>February 2026</p><p>You said protect services for children with disabilities. We did: the "
            "budget for short breaks and SEND transport is protected in 2026/27.</p><p>You said keep "
            "libraries open. We did: no library will close.</p>",
        ),
        notes="Trap: council budget consultation 'You said, we did'",
    )
    c.add(
        "https://localoffer.ashcombe.gov.example/local-offer/annual-report-2025-26-coming-soon",
        html=page(
            "Local Offer annual report 2025 to 2026",
            "<p>Our Local Offer annual report for 2025 to 2026, with the feedback we received and our "
            "response, will be published in December 2026. Until then you can read the "
            "<a href='/docs/lo-report-2023-24.pdf'>2023 to 2024 report</a>.</p>",
        ),
        notes="Report announced for December 2026, not published; link to an old report",
    )
    c.add(
        "https://localoffer.brindlemoor.gov.example/local-offer/how-we-review",
        html=page(
            "How we review the Local Offer",
            "<p>We review the Local Offer every year with the Parent Carer Forum, young people and "
            "professionals. The Local Offer steering group meets every term. We use your feedback to decide "
            "what to change. Read our latest <a href='/local-offer/you-said-we-did'>You said, we did</a>."
            "</p><p>Next review: January 2027</p>",
        ),
        notes="Review process page with a link to 'You said, we did'; no comments or response published",
    )
    c.add(
        "https://localoffer.dunstanmere.gov.example/send-partnership/coproduction-newsletter",
        html=page(
            "Co-production newsletter: summer 2026",
            "<p>July 2026</p><p>This term parents co-produced the new EHC plan template and the "
            "preparing for adulthood strategy. Thank you to everyone who joined our workshops. Our next "
            "co-production event is on 14 October.</p>",
        ),
        notes="Trap: co-production newsletter with no Local Offer comments",
    )


def dr_pages(c: Cases) -> None:
    kestrel = (
        "<p>Disagreement resolution in Carrowfield is provided by Kestrel SEND Mediation CIC, which is "
        "independent of the council.</p><p>Phone 01632 961 210 or email help@kestrel-send.example.</p>"
    )
    c.add(
        "https://localoffer.carrowfield.gov.example/send/disagreements",
        html=page(
            "Disagreement resolution",
            "<p>If you disagree with your child's school, college or the council about special educational "
            "provision, disagreement resolution can help you reach an agreement without going to Tribunal."
            "</p>"
            + kestrel
            + "<h2>What can it help with?</h2><p>Disagreements about how a school is meeting your child's "
            "needs through SEN support, about an EHC needs assessment, or about the health or social care "
            "parts of an EHC plan.</p><h2>Who can use it?</h2><p>Any parent or young person with special "
            "educational needs can use it. You do not need an EHC plan.</p><h2>Do I have to use it?</h2><p>"
            "No. It is voluntary and everyone involved has to agree to take part. Using it, or not using it, "
            "does not affect your right to appeal to the Tribunal.</p><p>What is said in the meeting is "
            "confidential.</p>",
        ),
        pos="in ind vol all types noeff conf prov contact",
        notes="Full DR page: named independent provider with contact, scope all SEN, kinds, voluntary, appeal unaffected, confidential",
    )
    c.add(
        "https://localoffer.elmsworth.gov.example/send/mediation",
        html=page(
            "SEND mediation",
            "<p>If you want to appeal to the First-tier Tribunal (SEND) about an EHC needs assessment or "
            "plan decision, you must first contact a mediation adviser. You have two months from the date "
            "of the council's decision letter.</p><p>Our mediation service is Riverstone Resolution Ltd, an "
            "independent company. Call 01632 962 330 or email send@riverstone.example.</p><p>The adviser "
            "will explain how mediation works. If you decide not to go ahead, they will give you a "
            "certificate within 3 working days, and you can then register your appeal with the Tribunal "
            "straight away.</p><p>If you choose mediation, the council must arrange it within 30 days. "
            "After mediation you will receive a certificate.</p>",
        ),
        pos="ind noeff prov contact med",
        skip="trib vol",
        notes="SEND mediation: adviser, certificate, time limits; named independent provider; declining leaves appeal open",
    )
    c.add(
        "https://localoffer.farthingvale.gov.example/send/sendiass",
        html=page(
            "Farthingvale SENDIASS",
            "<p>Farthingvale SEND Information, Advice and Support Service (SENDIASS) gives free, impartial "
            "and confidential advice to parents, children and young people about special educational needs "
            "and disability.</p><p>We can help you prepare for meetings, understand letters, and support "
            "you at mediation or Tribunal.</p><p>Helpline: 01632 963 100 (Monday to Friday, 9am to 4pm)<br>"
            "Email: sendiass@farthingvale.example</p>",
        ),
        pos="iass",
        notes="IASS page with contact; its 'confidential' and support at mediation are not DR",
    )
    c.add(
        "https://localoffer.gorsebury.gov.example/send/complaints",
        html=page(
            "Making a complaint about SEND",
            "<h2>About a school</h2><p>Speak to the class teacher or SENCo first, then follow the school's "
            "complaints procedure. If you are still unhappy about an academy, you can contact the "
            "Department for Education.</p><h2>About the council</h2><p>Use the council's complaints "
            "procedure online or call 01632 964 000. If you are not satisfied with our final response, you "
            "can ask the Local Government and Social Care Ombudsman to look at it.</p><h2>About health "
            "services</h2><p>Contact the NHS provider's complaints team or the Patient Advice and Liaison "
            "Service (PALS). You can then go to the Parliamentary and Health Service Ombudsman.</p>",
        ),
        pos="cmp",
        notes="Complaints routes: school, council, health and both ombudsmen",
    )
    c.add(
        "https://localoffer.hollinsdale.gov.example/send/appeals",
        html=page(
            "Appealing to the SEND Tribunal",
            "<p>You have the right to appeal to the First-tier Tribunal (Special Educational Needs and "
            "Disability) if the council decides not to carry out an EHC needs assessment, not to issue a "
            "plan, or about the content of a plan.</p><p>You must appeal within two months of the date of "
            "the decision letter, or one month from the date of a mediation certificate, whichever is later. "
            "Register your appeal using the online service on GOV.UK or the SEND35 form.</p>",
        ),
        pos="trib",
        notes="Tribunal right of appeal with deadline and form; mediation certificate only mentioned",
    )
    c.add(
        "https://localoffer.kettlesby.gov.example/families/family-mediation",
        html=page(
            "Family mediation",
            "<p>If you are separating or divorcing, family mediation can help you agree arrangements for "
            "your children. Before applying to court you will usually need to attend a Mediation Information "
            "and Assessment Meeting (MIAM). You may be eligible for a family mediation voucher. Find an "
            "accredited mediator through the Family Mediation Council.</p>",
        ),
        notes="Trap: family mediation (MIAM), not SEND",
    )
    c.add(
        "https://localoffer.lowmarsh.gov.example/send/resolution-meetings",
        html=page(
            "Resolution meetings",
            "<p>If you are unhappy with a decision about your child's EHC plan, your SEN case officer can "
            "arrange a resolution meeting with a senior SEN manager. The meeting is chaired by the council's "
            "Head of SEN and aims to sort out the problem quickly.</p><p>Contact the SEN team on 01632 965 "
            "222 to ask for a meeting.</p>",
        ),
        notes="Trap: the council's own officer-led resolution meeting",
    )
    c.add(
        "https://localoffer.mirefield.gov.example/send/disagreement-resolution",
        html=page(
            "Disagreement resolution service",
            "<p>Mirefield's disagreement resolution service is impartial and helps families and the council "
            "talk through problems. It is only for families of children with an EHC plan or being assessed "
            "for one.</p><p>Ask your SEN case officer to refer you.</p>",
        ),
        notes="DR only for EHC plans (drs_all_sen 0); 'impartial' only; no provider; SEN team route",
    )
    c.add(
        "https://localoffer.netherwick.gov.example/send/disagreement-resolution",
        html=page(
            "Sorting out disagreements",
            "<p>Netherwick's independent disagreement resolution service is open to all families of children "
            "and young people with special educational needs, whether they get SEN support or have an EHC "
            "plan.</p><p>It is run by Kestrel SEND Mediation CIC. Book online at www.kestrel-send.example/book."
            "</p><p>Taking part is your choice. If you decide not to use it, you can still appeal to the "
            "Tribunal.</p>",
        ),
        pos="in ind vol all noeff prov contact",
        notes="DR open to all SEN, independent named provider with web booking, voluntary, appeal left open",
    )
    c.add(
        "https://localoffer.oakhurstvale.gov.example/health/complaints-health",
        html=page(
            "Complaints about health services",
            "<p>If you are unhappy with a health service, contact Oakhurst Vale CCG's patient experience "
            "team on 01632 966 010. The CCG commissions community paediatrics and therapies.</p>",
        ),
        stale=True,
        skip="cmp",
        notes="Stale: the CCG named as the current commissioner; a single route",
    )
    c.add(
        "https://localoffer.pennygate.gov.example/send/mediation-after",
        html=page(
            "After mediation",
            "<p>At the end of SEND mediation the mediator will write down what was agreed. If you are still "
            "not happy after mediation, you can appeal to the Tribunal. The council must do what it agreed "
            "within the time limits set out in the regulations.</p>",
        ),
        skip="med",
        notes="'After mediation you can appeal' is not the no-effect statement",
    )
    c.add(
        "https://www.sendrightsuk.org.example/guides/disagreement-resolution",
        html=page(
            "What is disagreement resolution?",
            "<p>Every council in England must make disagreement resolution services available. These "
            "services must be independent of the council and free to families. They can cover "
            "disagreements with schools about SEN provision and with councils about EHC needs assessments."
            "</p><p>Ask your local council for details of its service.</p>",
            foot="<footer><p>SEND Rights UK is a national charity.</p></footer>",
        ),
        skip="ind types",
        notes="Trap: national charity explaining DR in the abstract; independence only as what the law requires",
    )
    c.add(
        "https://localoffer.quarrymoor.gov.example/easy-read/disagreements",
        html=page(
            "When you disagree (Easy Read)",
            "<p>Sometimes you and the school or the council do not agree about your help for SEN.</p><p>A "
            "person from Riverstone Resolution can help you talk about it. Riverstone Resolution does not "
            "work for the council.</p><p>You do not have to do this. It is your choice.</p><p>Phone "
            "Riverstone: 01632 967 700.</p>",
        ),
        pos="ind vol prov contact",
        skip="in types",
        notes="Easy Read DR: not part of the council, voluntary, named provider and phone; DR term absent",
    )
    c.add(
        "https://localoffer.rookhampton.gov.example/send/disagreements-faq",
        html=page(
            "Disagreement resolution: questions and answers",
            "<details><summary>Is it independent?</summary><p>Yes. Disagreement resolution is provided by "
            "Riverstone Resolution Ltd, who are not employed by Rookhampton Council.</p></details><details>"
            "<summary>Is it confidential?</summary><p>Yes. Nothing said in the meeting can be used at a "
            "Tribunal hearing.</p></details><details><summary>How do I get in touch?</summary><p>Email "
            "rookhampton@riverstone.example.</p></details>",
        ),
        pos="in ind conf prov contact",
        notes="FAQ: DR by named provider not employed by the council, confidential, email",
    )
    c.add(
        "https://localoffer.saltmere.gov.example/send/disagreements-and-ccg",
        html=page(
            "Disagreements about health provision",
            "<p>Since July 2022 health services for children have been commissioned by the NHS Saltmere "
            "Integrated Care Board (ICB), which replaced the CCG. If you disagree about health provision in "
            "an EHC plan, you can ask for disagreement resolution.</p>",
        ),
        notes="'Replaced the CCG' is not stale; DR mentioned without provider or contact",
    )


def main() -> None:
    c = Cases("y")
    fb_positive(c)
    fb_negative(c)
    dr_pages(c)
    c.write("train_fourteen.jsonl")


if __name__ == "__main__":
    main()
