"""Write ``train_new.jsonl``: a fourth set of out-of-sample pages, written in November 2026.

Written after the checks had been fitted to ``train.jsonl``, ``train_extra.jsonl`` and
``train_fresh.jsonl``, to measure how far they generalise to wording they were never fitted to.
The pages come from the legal rules (``checks.md``, ``duties.md``) and the labelling rules of
``README.md`` only -- not from the checks' code, not from ``test.jsonl`` -- with councils,
providers, page shapes and phrasings of their own. The weight is on the checks weakest on the
held-back split: the published Local Offer feedback (comments and the authority's response, dated
within 13 months of 2026-11-28, with many traps); the kinds of disagreement covered; confidential /
without-prejudice meetings; declining mediation leaving the appeal open; and near misses that must
not pass for voluntariness, SEND mediation explained and the right of appeal to the Tribunal.

Labels work as in ``make_corpus.py``: ``pos`` lists the checks the page passes by itself, every
other judged check is 0 unless listed in ``skip``; ``stale=True`` labels ``stale_ccg`` 0.

Run ``python tests/corpus/make_corpus_new.py`` from the repository root.
"""

from __future__ import annotations

import textwrap

from labels import Cases  # the sibling module: run as a script from any directory

# --- furniture: a hamburger header, a portal breadcrumb, footers with feedback prompts -----------

TOP = {
    # a council header whose drawer menu names every redress topic
    "h": (
        '<header class="site-head"><a href="/">Council home</a><button aria-expanded="false">Menu</button>'
        '<div class="drawer"><a href="/send/mediation">Mediation and disagreement resolution</a> '
        '<a href="/send/appeals">SEND appeals (Tribunal)</a> <a href="/send/sendiass">SENDIASS</a> '
        '<a href="/send/complaints">Complaints</a> <a href="/send/lo-feedback">Local Offer feedback: you '
        "said, we did</a></div></header>"
    ),
    # a portal with a breadcrumb and a "popular" box
    "p": (
        '<div class="crumbs"><a href="/">Home</a> &gt; <a href="/education">Education</a> &gt; <a href='
        '"/education/send">SEND</a></div><aside class="popular"><h3>Popular</h3><ul><li><a href="/ehc/'
        'request">Ask for an EHC needs assessment</a></li><li><a href="/appeals">Appeal a decision</a></li>'
        '<li><a href="/resolve">Resolving disagreements</a></li></ul></aside>'
    ),
    "x": "",
}

BOTTOM = {
    "h": (
        '<footer class="site-foot"><p>Sign up to the SEND newsletter.</p><p>Comments about this page? '
        'Email <a href="mailto:localoffer@council.example">localoffer@council.example</a>.</p><p><a href="'
        '/council-tax">Council tax</a> | <a href="/complaints">Make a complaint</a> | <a href="/cookies">'
        "Cookies</a></p></footer>"
    ),
    "p": (
        '<div class="share">Share this page: <a href="#">Email</a> <a href="#">Print</a></div><div '
        'class="useful"><p>Was this page useful? <a href="#">Yes</a> <a href="#">No</a></p></div><footer>'
        '<a href="/sendiass">Independent advice (SENDIASS)</a> &middot; <a href="/tribunal">Tribunal</a>'
        "</footer>"
    ),
    "x": "",
}


def page(title: str, main: str, chrome: str = "hh", dated: str = "") -> str:
    """A whole HTML page: furniture ``chrome[0]`` above, ``chrome[1]`` below, ``dated`` a footer line."""
    stamp = f'<p class="reviewed">Last reviewed: {dated}</p>' if dated else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | SEND Local Offer'
        f"</title></head><body>{TOP[chrome[0]]}<main><h1>{title}</h1>{main}{stamp}</main>"
        f"{BOTTOM[chrome[-1]]}</body></html>"
    )


def pdf(header: str, paragraphs: list[str], width: int = 68, per_page: int = 12) -> str:
    """Text as a PDF converter gives it: paragraphs broken at ``width`` characters, a running
    ``header`` line and a page number every ``per_page`` lines (often in mid-sentence)."""
    lines: list[str] = []
    for para in paragraphs:
        lines.extend(textwrap.wrap(para, width) or [""])
        lines.append("")
    out: list[str] = []
    for number, start in enumerate(range(0, len(lines), per_page), 1):
        out.append(f"{header}    Page {number}")
        out.extend(lines[start : start + per_page])
    return "\n".join(out)


def faq(pairs: list[tuple[str, str]]) -> str:
    """Questions as ``<details>`` accordions."""
    return "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in pairs)


def table(head: tuple[str, str], rows: list[tuple[str, str]]) -> str:
    """A two-column table."""
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<table><thead><tr><th>{head[0]}</th><th>{head[1]}</th></tr></thead><tbody>{body}</tbody></table>"


SPLIT = Cases("n")
case = SPLIT.add


# =============================================================================================
# A. Published feedback about the Local Offer (reg 56): audit date 2026-11-28, window from
#    2025-10-28
# =============================================================================================

case(
    "https://www.foxhollow.example.gov.uk/send/local-offer/feedback-2026",
    html=page(
        "Local Offer feedback and our response",
        "<p>We read every comment left on the Foxhollow Local Offer. This table brings together what "
        "families and professionals raised over the last year and the changes we have made.</p>"
        + table(
            ("What you told us", "What we have done"),
            [
                (
                    "The eligibility for short breaks was buried at the bottom of the page.",
                    "We moved it to the top and added a checklist.",
                ),
                ("Links to school SEN information reports were broken.", "We now check all school links each term."),
                (
                    "There was nothing about preparing for adulthood for 14 to 16 year olds.",
                    "A new section was written with the Youth Forum.",
                ),
            ],
        )
        + "<p>Published: 12 March 2026</p>",
    ),
    pos="fb",
    notes="Two-column table 'What you told us / What we have done' about the Local Offer; published 12 March 2026.",
)

case(
    "https://www.calderwick.example.gov.uk/localoffer/comments-received",
    html=page(
        "Comments we received on the Local Offer, October 2025 to March 2026",
        "<p>Regulation 56 of the SEND Regulations 2014 requires us to publish the comments people make "
        'about our Local Offer and to say what we will do about them.</p><h2>Comment</h2><p>"The '
        'directory shows nurseries that closed years ago."</p><h2>Our response</h2><p>We wrote to every '
        'provider and removed 61 listings that were no longer running.</p><h2>Comment</h2><p>"I could not '
        'work out who to ring about transport."</p><h2>Our response</h2><p>Each page now ends with a '
        "named team and phone number.</p>",
        chrome="ph",
        dated="2 April 2026",
    ),
    pos="fb",
    notes="Comment / Our response pairs about the Local Offer, period Oct 2025-Mar 2026, reviewed 2 April 2026.",
)

case(
    "https://www.tarnwick.example.gov.uk/media/local-offer-annual-review-2025-26.pdf",
    text=pdf(
        "Tarnwick Borough Council - SEND Local Offer Annual Review 2025/26",
        [
            "Issued May 2026",
            "1. Why we publish this review",
            "Each year we collect the views of children, young people, parents and carers and "
            "practitioners about the Local Offer and set out how we have acted on them. This review covers "
            "April 2025 to March 2026.",
            "2. Feedback received",
            "We received 148 comments through the website feedback button, the parent carer forum and our "
            "roadshows. The main themes were that the site was hard to search, that information about "
            "personal budgets was missing and that the pages for young people were written for adults.",
            "3. What changed as a result",
            "The search now suggests spellings and groups results by age. A personal budgets page went "
            "live in January 2026. Young people from Tarnwick College rewrote the 'Moving on' pages in "
            "their own words.",
        ],
    ),
    pos="fb",
    notes=(
        "PDF annual review with hard line breaks and running headers; feedback received + what changed; "
        "issued May 2026."
    ),
)

case(
    "https://www.ravensholt.example.gov.uk/localoffer/young-people/you-told-us",
    html=page(
        "You told us, so we changed it",
        "<p>Posted 9 December 2025</p><p>Last summer a group of young people tested our Local Offer "
        "website. This is what they said and what happened next.</p><ul><li><strong>You told us</strong> "
        "the Local Offer was boring to read and full of long words. <strong>So we</strong> cut every page "
        "down and added short videos.</li><li><strong>You told us</strong> you couldn't find anything about "
        "getting a job. <strong>So we</strong> added a work and volunteering section.</li></ul>",
        chrome="xp",
    ),
    pos="fb",
    notes="Young people's voice 'You told us ... So we ...' about the Local Offer website; posted 9 December 2025.",
)

case(
    "https://www.gannetby.example.gov.uk/send/local-offer-views-2025",
    html=page(
        "Your views on the Gannetby Local Offer",
        "<p>Date published: 28 October 2025</p><p>Between May and September 2025 we asked what you thought "
        "of the Local Offer.</p><h2>What people said</h2><p>Parents wanted clearer information on how to "
        "ask for an EHC needs assessment. Teachers asked for a list of outreach services.</p><h2>What we "
        "are changing</h2><p>We have published a step-by-step guide to requesting an assessment and an "
        "outreach directory for schools.</p>",
    ),
    pos="fb",
    notes=(
        "Edge of the window: published 28 October 2025 exactly (on or after 2025-10-28); comments and changes "
        "about the Local Offer."
    ),
)

case(
    "https://www.lowfold.example.gov.uk/localoffer/feedback-log",
    html=page(
        "Local Offer feedback log",
        "<p>We keep a public log of the suggestions and complaints made about this website and how we "
        "dealt with each one.</p><table><thead><tr><th>Received</th><th>Feedback</th><th>Our action</th>"
        "</tr></thead><tbody><tr><td>November 2025</td><td>Autism pages only mention services for under-"
        "11s.</td><td>Added secondary and post-16 support.</td></tr><tr><td>January 2026</td><td>The "
        "phone number for the SEN team was wrong.</td><td>Corrected the same day.</td></tr><tr><td>June "
        "2026</td><td>Ask for an Easy Read version of the Local Offer.</td><td>Easy Read pages launched in "
        "September 2026.</td></tr></tbody></table>",
        chrome="px",
    ),
    pos="fb",
    notes="Three-column log of feedback on the website and actions, dated Nov 2025-Sep 2026.",
)

case(
    "https://www.mossleycross.example.gov.uk/send/local-offer/summary-of-views",
    html=page(
        "Your views on the Local Offer: summary and response",
        "<p>This summary was published on 3rd February 2026.</p>"
        + faq(
            [
                (
                    "Finding information",
                    "Many of you said the Local Offer menu had too many layers. "
                    "Response: we reduced it to six main topics.",
                ),
                (
                    "Out-of-date content",
                    "You said some activity clubs had stopped running. Response: "
                    "providers now have to confirm their details every year or their entry is hidden.",
                ),
                (
                    "Accessibility",
                    "Some of you use screen readers and found the PDFs unreadable. Response: "
                    "key PDFs have been turned into web pages.",
                ),
            ]
        ),
    ),
    pos="fb",
    notes="Accordion of themes each with 'Response:'; published 3rd February 2026 (ordinal date).",
)

case(
    "https://www.oxcliffe.example.gov.uk/localoffer/what-families-said-2026",
    html=page(
        "Local Offer: what families said in 2026 and what we changed",
        "<ul><li>Feedback: 'The site doesn't say which services have a waiting list.' &rarr; Change: each "
        "health service now shows its typical wait.</li><li>Feedback: 'I want to know what the council "
        "will pay for at college.' &rarr; Change: a post-16 funding page has been added.</li><li>Feedback: "
        "'Please stop using initials like SENCO without explaining them.' &rarr; Change: a glossary pops up "
        "when you hover over a term.</li></ul><p>Updated 14/07/2026</p>",
        chrome="hx",
    ),
    pos="fb",
    notes="Arrow pairs Feedback -> Change about the Local Offer; numeric date 14/07/2026.",
)

case(
    "https://www.nethercott.example.gov.uk/send/local-offer/feedback-q2-2026",
    html=page(
        "Local Offer feedback: quarter 2 (July to September 2026)",
        "<p>October 2026</p><dl><dt>Comment received</dt><dd>The speech and language therapy page does not "
        "say how to refer a child who is not at school.</dd><dt>Response from the Local Offer team</dt>"
        "<dd>We have added the home-educated referral route, agreed with the NHS trust.</dd><dt>Comment "
        "received</dt><dd>The map of specialist provision is hard to use on a phone.</dd><dt>Response from "
        "the Local Offer team</dt><dd>It has been replaced with a list by area.</dd></dl>",
    ),
    pos="fb",
    notes="Quarterly summary as a definition list (comment / response), month-only date October 2026.",
)

case(
    "https://www.skelbrook.example.gov.uk/localoffer/about",
    html=page(
        "About the Skelbrook Local Offer",
        "<p>The Local Offer brings together information about education, health and care services for "
        "children and young people with special educational needs and disabilities aged 0 to 25.</p><h2>"
        "Who writes it</h2><p>Pages are written by council officers, health colleagues and parent "
        "volunteers. Every service in the directory is asked to update its entry at least once a year."
        "</p><h2>Co-production</h2><p>The Skelbrook Parent Carer Forum sits on the Local Offer steering "
        "group, which meets every other month.</p><h2>What you said and what we did (August 2026)</h2><p>"
        "In our summer survey you said the Local Offer didn't explain what SEN support in school should "
        "look like. We have written a new guide with local SENCOs. You also said the site had no "
        "information in Polish or Urdu; translated summaries are now available on every main page.</p>"
        "<h2>Accessibility</h2><p>Use the toolbar to change text size or have pages read aloud.</p>",
        chrome="ph",
    ),
    pos="fb",
    notes="Long about page with the feedback section buried; 'What you said and what we did (August 2026)'.",
)

case(
    "https://www.pennigate.example.gov.uk/docs/you-said-we-did-autumn-2025.pdf",
    text=pdf(
        "PENNIGATE SEND LOCAL OFFER",
        [
            "You Said We Did - Autumn 2025 edition",
            "Published 5 November 2025",
            "You said: the Local Offer did not explain the difference between SEN support and an EHC plan.",
            "We did: we added an illustrated explainer and a short film made with local families.",
            "You said: the Local Offer newsletter arrived too late to book holiday schemes.",
            "We did: the newsletter now goes out six weeks before each school holiday.",
        ],
        per_page=7,
    ),
    pos="fb",
    notes="PDF 'You said / We did' pairs about the Local Offer; published 5 November 2025 (inside the window).",
)

case(
    "https://www.whinmoorvale.example.gov.uk/send/local-offer/we-heard",
    html=page(
        "We heard, we acted: improving the Local Offer",
        "<p>We heard that parents of children with medical needs could not find anything about "
        "school nursing on the Local Offer. So we worked with the school nursing team to add a page.</p>"
        "<p>We heard from young people that the 'Preparing for adulthood' section was written for "
        "parents. So we asked them to help rewrite it, and the new version is live.</p>",
        chrome="hp",
        dated="21 September 2026",
    ),
    pos="fb",
    notes="'We heard ... So we ...' about the Local Offer; last reviewed 21 September 2026.",
)

# --- feedback traps ---------------------------------------------------------------------------

case(
    "https://www.yarrowby.example.gov.uk/localoffer/you-said-we-did-2025",
    html=page(
        "You said, we did: Local Offer 2025",
        "<p>Published 27 October 2025</p><h2>You said</h2><p>The Local Offer search kept returning adult "
        "social care services.</p><h2>We did</h2><p>We separated the children's and adults' directories."
        "</p><h2>You said</h2><p>There was no information on respite at weekends.</p><h2>We did</h2><p>A "
        "weekend short breaks page was added.</p>",
    ),
    pos="",
    notes=(
        "TRAP (window edge): a proper Local Offer 'you said, we did' published 27 October 2025, one day "
        "before the window opens."
    ),
)

case(
    "https://www.altonbridge.example.gov.uk/send/local-offer-annual-report-2023-24",
    html=page(
        "Local Offer annual report 2023 to 2024",
        "<p>This report was published in July 2024.</p><h2>Feedback</h2><p>You told us the Local Offer "
        "was hard to navigate on a phone and that many service entries were out of date.</p><h2>Our "
        "response</h2><p>We moved to a new mobile-friendly platform and every entry was re-checked.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: Local Offer comments and response, but published July 2024 (outside 13 months).",
)

case(
    "https://www.birchcombe.example.gov.uk/localoffer/you-said-we-did",
    html=page(
        "You said, we did",
        "<p>Thank you to everyone who has shared their thoughts on the Birchcombe Local Offer.</p><ul><li>"
        "You said the Local Offer needed more about mental health. We added a section on emotional "
        "wellbeing.</li><li>You said the page about travel was confusing. We rewrote it with parents.</li>"
        "</ul>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: Local Offer 'you said, we did' with no date anywhere.",
)

case(
    "https://www.cressington.example.gov.uk/send/travel-assistance/you-said-we-did",
    html=page(
        "Home to school travel: you said, we did",
        "<p>Published 1 September 2026</p><p>In our survey of families using SEND home to school transport "
        "you said drivers changed too often. We now keep the same driver and passenger assistant on each "
        "route for the whole year. You said you were not told when a taxi would be late; the transport team "
        "now sends a text.</p>",
    ),
    pos="",
    notes="TRAP: 'you said, we did' about SEND home-to-school transport, not the Local Offer (dated 2026).",
)

case(
    "https://www.dunholt.example.gov.uk/send/strategy-consultation-response",
    html=page(
        "SEND Partnership Strategy 2026 to 2029: consultation response",
        "<p>Published 10 June 2026</p><p>We consulted on the draft strategy from February to April 2026 and "
        "received 412 responses.</p><h2>What respondents said</h2><p>Most people supported the four "
        "priorities, but many said the strategy did not say enough about waiting times for assessments."
        "</p><h2>How we have responded</h2><p>A fifth priority on timeliness has been added to the final "
        "strategy.</p>",
        chrome="ph",
    ),
    pos="",
    notes="TRAP: consultation responses and the council's reply about the SEND strategy, not the Local Offer.",
)

case(
    "https://www.inglesham.example.gov.uk/localoffer/feedback-2026",
    html=page(
        "Local Offer feedback 2026",
        "<p>Updated 6 October 2026</p><p>These are the comments we have received on the Local Offer since "
        "January:</p><ul><li>Some short break providers are missing.</li><li>The 'Education' menu is hard "
        "to find on mobiles.</li><li>There is no Easy Read version.</li></ul><p>We are considering these "
        "comments and will publish our response in our annual report in the new year.</p>",
    ),
    pos="",
    notes="TRAP: comments on the Local Offer listed and dated, but the response is still to come.",
)

case(
    "https://www.junipervale.example.gov.uk/localoffer/have-your-say",
    html=page(
        "Have your say about the Local Offer",
        "<p>We want the Local Offer to be useful to every family. Tell us what works and what doesn't "
        "using the form below. Each year we publish a summary of the comments we receive and what we have "
        "done in response.</p><form><label>Your comment <textarea name='c'></textarea></label><button>Send"
        "</button></form>",
        dated="30 October 2026",
    ),
    pos="",
    notes="TRAP: a feedback form promising an annual summary; no comments or responses published here.",
)

case(
    "https://www.umberleighfen.example.gov.uk/send/local-offer/reports",
    html=page(
        "Local Offer annual reports",
        "<p>Our annual reports set out what you have told us about the Local Offer and what we have done "
        "in response.</p><ul><li><a href='/docs/lo-annual-report-2025-26.pdf'>Local Offer annual report "
        "2025-26 (PDF, 1.2MB)</a></li><li><a href='/docs/lo-annual-report-2024-25.pdf'>Local Offer "
        "annual report 2024-25 (PDF, 900KB)</a></li></ul>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: only links to reports; the comments and responses are not on this page.",
)

case(
    "https://www.vantridge.example.gov.uk/localoffer/whats-new",
    html=page(
        "What's new on the Local Offer",
        "<ul><li>3 November 2026: new pages on sensory support.</li><li>19 October 2026: the SEN Support "
        "guide was updated for the new school year.</li><li>8 September 2026: we added 14 holiday clubs to "
        "the directory.</li></ul>",
        chrome="hx",
    ),
    pos="",
    notes="TRAP: a dated changelog of the Local Offer without any comments received.",
)

case(
    "https://www.foxhollowpcf.example.org.uk/you-said-we-did",
    html=page(
        "Foxhollow Parent Carer Forum: you said, we did",
        "<p>Published 11 May 2026</p><p>At our spring coffee mornings you said you wanted more evening "
        "meetings for working parents. We now hold one online meeting a month at 7pm. You said our "
        "newsletter was too long; it is now one page.</p>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: a parent carer forum's 'you said, we did' about its own events, not the Local Offer.",
)

case(
    "https://www.calderwicksendiass.example.org.uk/annual-report-2025-26",
    html=page(
        "Calderwick SENDIASS annual report 2025-26",
        "<p>Published 20 July 2026</p><h2>What families told us about our service</h2><p>94% of parents "
        "said our advice helped. Some said it took too long to get a call back.</p><h2>What we changed</h2>"
        "<p>We added a second duty adviser on Mondays and Tuesdays.</p>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: the IASS's own service feedback and changes, not about the Local Offer.",
)

case(
    "https://www.gannetby.example.gov.uk/send/area-inspection-progress",
    html=page(
        "Area SEND inspection: progress update",
        "<p>Published 15 September 2026</p><p>Inspectors found that families did not always know where to "
        "find information. In response we have set up a Local Offer improvement group and will report on "
        "progress every six months.</p>",
    ),
    pos="",
    notes=(
        "TRAP: inspection findings and an improvement plan; not comments received about the Local Offer with "
        "a response."
    ),
)

case(
    "https://www.hazelmeredowns.example.gov.uk/family-hubs/your-feedback",
    html=page(
        "Family hubs: your feedback",
        "<p>Last updated 2 October 2026</p><p>You said the family hub in Eastgate was closed when you "
        "needed it. We have extended opening to Saturday mornings. You said you didn't know about the "
        "baby groups; we now post the timetable on social media.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: 'you said / we did' about family hubs, not the Local Offer.",
)

case(
    "https://www.lowfold.example.gov.uk/localoffer/feedback-2024-25",
    html=page(
        "Local Offer: your comments and our response 2024-25",
        "<p>Published: 15 June 2025</p><p>Comment: the SEN transport policy was hard to find. Response: "
        "it is now linked from the Local Offer home page.</p><p>Comment: the directory had no filter for "
        "age. Response: an age filter has been added.</p>",
    ),
    pos="",
    notes="TRAP: Local Offer comments and responses but published 15 June 2025, outside the window.",
)

case(
    "https://www.ravensholtacademy.example.sch.uk/pupil-voice",
    html=page(
        "Pupil voice: you said, we did",
        "<p>Summer term 2026</p><p>You said: the Learning Support base was too noisy at lunchtime. We did: "
        "it is now a quiet room with a booking sheet. You said: you wanted more clubs for students with "
        "SEND. We did: we started a Lego club and a board games club.</p>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: a school's pupil voice page, not the authority's Local Offer feedback.",
)

case(
    "https://www.mossleycross.example.gov.uk/ehc-hub/improvements",
    html=page(
        "EHC Hub: improvements following your feedback",
        "<p>Published 4 August 2026</p><p>The EHC Hub is the online portal where parents and schools ask "
        "for an EHC needs assessment and contribute advice. You told us uploading documents kept failing; "
        "we fixed the file size limit. You told us you were not notified of new drafts; the Hub now sends "
        "email alerts.</p>",
    ),
    pos="",
    notes="TRAP: feedback and response about the EHC Hub portal, not the Local Offer.",
)

case(
    "https://www.oxcliffe.example.gov.uk/localoffer/improvements-2026",
    html=page(
        "Improvements to the Local Offer in 2026",
        "<p>Updated 12 November 2026</p><p>This year we have:</p><ul><li>moved the Local Offer to a new "
        "platform</li><li>added a cost of living section</li><li>published Easy Read versions of ten "
        "pages</li></ul>",
        chrome="ph",
    ),
    pos="",
    notes="TRAP: a list of the council's improvements to the Local Offer with no comments received.",
)

case(
    "https://www.tarnwick.example.gov.uk/budget/consultation-you-said-we-did",
    html=page(
        "Budget consultation 2026/27: you said, we did",
        "<p>Published 23 February 2026</p><p>You said libraries should be protected. We kept all branches "
        "open. You said SEND services must not be cut. We added £1.2m to the high needs budget.</p>",
        chrome="hx",
    ),
    pos="",
    notes="TRAP: budget consultation 'you said, we did', not about the Local Offer.",
)

case(
    "https://www.pennigate.example.gov.uk/news/local-offer-relaunch",
    html=page(
        "News: our new Local Offer is live",
        "<p>18 November 2025</p><p>Pennigate's new-look Local Offer went live today. Councillor Anne "
        'Tolland said: "This is a big step forward for families." The site has a new search and works on '
        "all devices.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: a dated news item about the relaunch; no comments or response published.",
)

case(
    "https://www.whinmoorvale.example.gov.uk/docs/local-offer-annual-report-2025.pdf",
    text=pdf(
        "Whinmoor Vale Council   SEND Local Offer Annual Report",
        [
            "Reporting period: January to December 2024",
            "Date of publication: 3 March 2025",
            "Feedback received: families said the site was slow and the directory listed services that had closed.",
            "Response: we moved to faster hosting and removed 80 closed services.",
        ],
    ),
    pos="",
    notes=(
        "TRAP: PDF Local Offer annual report with comments and response, but published March 2025 (outside the window)."
    ),
)


# =============================================================================================
# B. Disagreement resolution pages: kinds of disagreement, confidentiality, declining and the
#    appeal, voluntariness, independence, provider and contact
# =============================================================================================

case(
    "https://www.foxhollow.example.gov.uk/send/resolving-disagreements",
    html=page(
        "Resolving disagreements about SEND support",
        "<p>Most worries are best sorted out by talking to your child's school or the SEN team. If that "
        "has not worked, Foxhollow's independent disagreement resolution service can help.</p><h2>Who "
        "provides it</h2><p>The service is run by Waymark Mediation CIC. Waymark is not part of the "
        "council and its facilitators have no say in council decisions.</p><h2>What it can help with</h2>"
        "<ul><li>how a nursery, school or college is meeting your child's special educational needs</li>"
        "<li>a disagreement with the council about an EHC needs assessment or the content of a plan</li>"
        "<li>health or social care parts of an EHC plan</li></ul><p>You can use it whether or not your "
        "child has an EHC plan.</p><h2>Is it my choice?</h2><p>Yes. Taking part is entirely your choice "
        "and a meeting only goes ahead if everyone involved agrees to it.</p><h2>Will it affect an "
        "appeal?</h2><p>If you decide not to use the service, your right to appeal to the Tribunal is not "
        "affected.</p><h2>Privacy</h2><p>What is said in the meeting stays in the room: it cannot be "
        "quoted later in an appeal.</p><h2>Contact</h2><p>Waymark Mediation: 0161 496 0731, "
        "hello@waymark-mediation.example</p>",
    ),
    pos="in ind vol all types noeff conf prov contact",
    notes=(
        "Complete DR page: Waymark Mediation CIC 'not part of the council'; list of kinds; choice; no effect "
        "on appeal; stays in the room."
    ),
)

case(
    "https://www.calderwick.example.gov.uk/localoffer/disagreement-resolution-faq",
    html=page(
        "Disagreement resolution: frequently asked questions",
        faq(
            [
                (
                    "Who runs disagreement resolution in Calderwick?",
                    "Tideline Resolution Ltd, an organisation independent of Calderwick Council.",
                ),
                (
                    "What kinds of problem can it help with?",
                    "Disagreements between families and schools "
                    "about the special educational provision being made, and disagreements with the council "
                    "about EHC needs assessments, EHC plans or a change of placement.",
                ),
                (
                    "Is it private?",
                    "Yes. Nothing said in a meeting can be used later at a tribunal without everyone's agreement.",
                ),
                (
                    "If I don't use it, can I still appeal?",
                    "Yes. Not using disagreement resolution makes no difference to your right of appeal.",
                ),
                ("Do I have to take part?", "No. It is up to you."),
                (
                    "How do I ask for a meeting?",
                    "Fill in Tideline's online referral form at "
                    "tideline-resolution.example.org.uk/refer or call 0117 496 0288.",
                ),
            ]
        ),
        chrome="ph",
    ),
    pos="in ind vol types noeff conf prov contact",
    notes=(
        "FAQ accordion: independent provider; two kinds; 'can't be used at a tribunal without agreement'; no "
        "difference to appeal; 'No. It is up to you'."
    ),
)

case(
    "https://www.inglesham.example.gov.uk/send/disagreements/types",
    html=page(
        "When to use disagreement resolution",
        "<p>Kindred Ground Mediation provides Inglesham's disagreement resolution service. It is "
        "independent of the council.</p>"
        + table(
            ("Type of disagreement", "Example"),
            [
                (
                    "With an education setting",
                    "You think the school is not putting the support agreed at the SEN support review in place.",
                ),
                ("With the council", "You disagree with how the council is carrying out an EHC needs assessment."),
                ("With health or care services", "The health provision in an EHC plan is not being delivered."),
            ],
        )
        + "<p>Meetings are confidential.</p><p>Email referrals@kindredground.example.</p>",
        chrome="hx",
    ),
    pos="in ind types conf prov contact",
    notes="Table of disagreement types with examples; Kindred Ground independent; confidential; email.",
)

case(
    "https://www.tarnwick.example.gov.uk/media/drs-leaflet.pdf",
    text=pdf(
        "Tarnwick SEND Disagreement Resolution Service - information for families",
        [
            "What is the service?",
            "Tarnwick Borough Council has arranged for Evenkeel Dispute Resolution, an organisation that "
            "is independent of the council, to provide disagreement resolution for children and young "
            "people with special educational needs. The service is open to any child or young person with "
            "SEN, with or without an EHC plan.",
            "What disagreements does it cover?",
            "It can help when you and a school or college disagree about how your child's needs are being "
            "met, and when you and the council disagree about an assessment, the contents of a plan or "
            "the health and social care elements of a plan.",
            "Is it confidential?",
            "Yes. Discussions are held on a without prejudice basis and are not shared with the Tribunal.",
            "Do I have to use it?",
            "No. The service is voluntary. If you choose not to use it you can still appeal to the "
            "Tribunal about the decisions that can be appealed.",
            "How to contact Evenkeel",
            "Telephone 0300 555 0191 or email tarnwick@evenkeel.example",
        ],
        per_page=11,
    ),
    pos="in ind vol all types noeff conf prov contact",
    notes="PDF leaflet with hard line breaks and running headers mid-sentence; all elements present.",
)

case(
    "https://www.yarrowby.example.gov.uk/localoffer/drs",
    html=page(
        "SEND disagreement resolution",
        "<p>Yarrowby Council commissions Hearthstone SEND Mediation to provide disagreement resolution. "
        "Hearthstone's staff are not employed by the council.</p><p>The service can be used where you and "
        "your child's school can't agree on how their needs are being met, or where there is a "
        "disagreement with the council over an EHC needs assessment decision.</p><p>Ring Hearthstone on "
        "0113 496 0554.</p>",
        chrome="xh",
    ),
    pos="in ind types prov contact",
    notes="Prose with two kinds of disagreement in one sentence; not employed by the council; phone.",
)

case(
    "https://www.lowfold.example.gov.uk/send/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Disagreement resolution arrangements are there to help:</p><ul><li>parents, young people and "
        "early years providers, schools or colleges resolve disagreements about how SEN duties are being "
        "carried out</li><li>parents and young people resolve disagreements with the council or the "
        "Integrated Care Board about EHC needs assessments, plans and health provision</li></ul><p>Our "
        "provider is Middleway Resolution Partnership, who are independent of the council and the NHS. "
        "Sessions are held in private and nothing said can be referred to in any later Tribunal hearing."
        "</p><p>Contact Middleway: 01632 960 417 or middleway.example.org.uk/send.</p>",
        chrome="pp",
    ),
    pos="in ind types conf prov contact",
    notes="Code-like list of two kinds; ICB (current body); private, not referred to at the Tribunal; phone and web.",
)

case(
    "https://www.mossleycross.example.gov.uk/send/drs",
    html=page(
        "Help to resolve a disagreement",
        "<p>Mossley Cross uses Cornerstone Accord Ltd for SEND disagreement resolution. Cornerstone Accord "
        "is a third party: it does not work for the council or for schools.</p><p>Meetings are off the "
        "record, so you can speak freely.</p><p>If you prefer not to take up disagreement resolution, "
        "this will not stop you appealing to the First-tier Tribunal.</p><p>Phone 0191 498 0662.</p>",
    ),
    pos="in ind conf noeff prov contact",
    notes="'third party'; 'off the record'; 'prefer not to take up ... will not stop you appealing'.",
)

case(
    "https://www.nethercott.example.gov.uk/localoffer/disagreements",
    html=page(
        "If you disagree",
        "<p>You don't have to try disagreement resolution before going to the Tribunal; it is a separate "
        "option.</p><p>Nethercott's disagreement resolution service is provided by Plainspeak Mediation, "
        "which is independent of the council. The facilitator will not take sides.</p><p>To book, "
        "complete the referral form at plainspeak.example.org.uk/nethercott.</p>",
        chrome="ph",
    ),
    pos="in ind noeff prov contact",
    skip="vol",
    notes=(
        "'You don't have to try DR before going to the Tribunal' = no effect on appeal (and arguably 'families "
        "need not use it': vol skipped); independent; referral form."
    ),
)

case(
    "https://www.skelbrook.example.gov.uk/send/drs-young-people",
    html=page(
        "Sorting out a disagreement (for young people)",
        "<p>If you're over 16 and you don't agree with your college or the council about your support, "
        "you can ask for a meeting with someone from Waymark Mediation CIC. They're independent, which "
        "means they don't work for the council.</p><p>It's up to you whether you go. What you say there "
        "is private and won't be passed to anyone else, including a tribunal.</p><p>You don't need an EHC "
        "plan to use it.</p><p>Text or ring 07700 900 418.</p>",
        chrome="xp",
    ),
    pos="ind vol all conf prov contact",
    notes=(
        "Young person's voice: 'up to you whether you go'; private, not passed to a tribunal; no EHC plan needed. "
        "The words 'disagreement resolution' never appear, so drs_in_local_offer is 0 (README rule)."
    ),
)

case(
    "https://www.oxcliffe.example.gov.uk/localoffer/disagreement-resolution",
    html=page(
        "Disagreement resolution service",
        "<p>Oxcliffe's independent disagreement resolution service is delivered by Tideline Resolution "
        "Ltd.</p><p>It can help with disagreements:</p><ul><li>about the support in school</li><li>about "
        "an EHC needs assessment</li><li>about the health or care support in an EHC plan</li></ul><p>The "
        "meeting is confidential and without prejudice.</p><p>Call 0300 555 0744.</p>",
        chrome="hh",
    ),
    pos="in ind types conf prov contact",
    notes="Kinds in a list introduced by 'It can help with disagreements:'; confidential and without prejudice.",
)

case(
    "https://www.altonbridge.example.gov.uk/send/mediation-and-drs",
    html=page(
        "Mediation and disagreement resolution",
        "<p>Hearthstone SEND Mediation provides both SEND mediation and disagreement resolution for "
        "Altonbridge. Hearthstone is independent of the local authority.</p><h2>Choosing not to mediate"
        "</h2><p>Choosing not to mediate will not stop you appealing. Tell the mediation adviser and they "
        "will issue a certificate within three working days; you can then register your appeal.</p><h2>"
        "Getting in touch</h2><p>0345 600 3312 | altonbridge@hearthstone.example</p>",
        chrome="ph",
    ),
    pos="in ind noeff prov contact",
    skip="med",
    notes=(
        "Choosing not to mediate will not stop you appealing; certificate; mediation only partly explained "
        "(med skipped)."
    ),
)

case(
    "https://www.birchcombe.example.gov.uk/localoffer/disagreement-resolution",
    html=page(
        "Disagreement resolution for families",
        "<p>Birchcombe's disagreement resolution arrangements are provided by Middleway Resolution "
        "Partnership, who are independent of Birchcombe Council.</p><p>The service is for all children and "
        "young people with SEN, including those receiving SEN support in school and those who have no EHC "
        "plan.</p><p>Disagreement resolution is entirely separate from your appeal rights: whether you use "
        "it or not, your right to appeal stays the same.</p><p>Phone 01632 960 981.</p>",
        chrome="hx",
    ),
    pos="in ind all noeff prov contact",
    notes=(
        "'including those ... who have no EHC plan' = all SEN; 'whether you use it or not, your right to "
        "appeal stays the same'."
    ),
)

case(
    "https://www.cressington.example.gov.uk/send/disagreements",
    html=page(
        "Disagreements",
        "<p>We want to work with families to sort out problems early. Speak to your child's SENCO first, "
        "then your EHC coordinator.</p><p>If you still disagree you can ask for independent disagreement "
        "resolution. This is provided by Evenkeel Dispute Resolution (evenkeel.example.org.uk/cressington, "
        "0300 555 0162).</p><p>Disagreement resolution is voluntary.</p>",
    ),
    pos="in ind vol prov contact",
    notes="'independent disagreement resolution' provided by a named body; 'is voluntary'; contact web and phone.",
)

case(
    "https://www.dunholt.example.gov.uk/localoffer/drs",
    html=page(
        "Dunholt disagreement resolution service",
        "<p>Plainspeak Mediation runs Dunholt's SEND disagreement resolution service. Its facilitators are "
        "independent and are not council staff.</p><p>Using the service is optional. Both you and the "
        "other side have to agree to take part.</p><p>Disagreements can be about the provision your child "
        "receives at school, or about decisions the council has made during an EHC needs assessment.</p>"
        "<p>Email dunholt@plainspeak.example.</p>",
        chrome="pp",
    ),
    pos="in ind vol types prov contact",
    notes="'Plainspeak Mediation runs Dunholt's ... service'; optional and both sides agree; two kinds; email.",
)

case(
    "https://www.gannetby.example.gov.uk/send/resolving-disagreements",
    html=page(
        "Resolving disagreements",
        "<p>Gannetby uses Kindred Ground Mediation: 0161 496 0288.</p><p>Kindred Ground is independent of "
        "the council. It can help you and a school or college agree a way forward about SEN support, or "
        "help you and the council resolve a disagreement about an EHC plan. What is discussed is "
        "confidential.</p>",
        chrome="hx",
    ),
    pos="ind types conf prov contact",
    skip="in",
    notes=(
        "'Gannetby uses Kindred Ground Mediation: <phone>' with DR described without the DR term in so many "
        "words (in skipped)."
    ),
)

case(
    "https://www.hazelmeredowns.example.gov.uk/localoffer/drs",
    html=page(
        "Independent disagreement resolution",
        "<p>Hazelmere Downs Council has a contract with Cornerstone Accord Ltd to provide independent "
        "disagreement resolution. Cornerstone Accord is independent of the council.</p><p>Anything you "
        "say in a disagreement resolution meeting is kept between the people in the room.</p><p>If you "
        "decide against using the service your appeal rights are unaffected.</p><p>Referral form: "
        "cornerstone-accord.example.org.uk/refer</p>",
        chrome="xx",
    ),
    pos="in ind conf noeff prov contact",
    notes="'kept between the people in the room'; 'decide against ... appeal rights are unaffected'; referral form.",
)

case(
    "https://www.junipervale.example.gov.uk/send/disagreement-resolution",
    html=page(
        "SEND disagreement resolution",
        "<p>The disagreement resolution service in Juniper Vale is provided by Waymark Mediation CIC, "
        "independent of Juniper Vale Council.</p><p>You can use it for disagreements about:</p><ol><li>"
        "the special educational provision a school, college or nursery makes</li><li>the way the council "
        "carries out its EHC duties</li></ol><p>No one has to take part. A meeting will only happen with "
        "the agreement of everyone involved.</p><p>Contact: 0161 496 0999, juniper@waymark-mediation."
        "example</p>",
        chrome="ph",
    ),
    pos="in ind vol types prov contact",
    notes="Numbered list of two kinds after 'disagreements about:'; 'No one has to take part'; agreement of everyone.",
)

case(
    "https://www.umberleighfen.example.gov.uk/send/disagreements-guide",
    html=page(
        "A guide to sorting out disagreements about SEND",
        "<h2>1. Talk to the school</h2><p>Ask for a meeting with the SENCO and class teacher. Take notes "
        "and agree actions.</p><h2>2. Talk to the SEN team</h2><p>Your EHC coordinator can explain the "
        "council's decision.</p><h2>3. Get independent advice</h2><p>Umberleigh Fen SENDIASS gives free, "
        "confidential advice: 01632 960 772.</p><h2>4. Disagreement resolution</h2><p>Our independent "
        "disagreement resolution service is run by Kindred Ground Mediation, which is not connected to the "
        "council. It covers disagreements with schools about SEN provision and disagreements with the "
        "council about assessments and plans. Taking part is voluntary. If you choose not to use it, you "
        "keep your full right to appeal to the Tribunal. Call Kindred Ground on 0161 496 0288.</p><h2>5. "
        "Complaints</h2><p>You can complain to the school's governors, then to the council through our "
        "complaints procedure. If you are still unhappy the Local Government and Social Care Ombudsman can "
        "look into it. Complaints about NHS services go to the provider first and then to the "
        "Parliamentary and Health Service Ombudsman.</p>",
        chrome="hh",
    ),
    pos="in ind vol types noeff prov contact iass cmp",
    notes="Long step guide; DR section complete; SENDIASS with phone; several complaints routes.",
)

case(
    "https://www.vantridge.example.gov.uk/localoffer/drs",
    html=page(
        "Disagreement resolution",
        "<p>Vantridge's disagreement resolution service is provided by Middleway Resolution Partnership, "
        "an independent organisation.</p><p>What happens in disagreement resolution meetings is "
        "confidential and cannot be used as evidence if the matter later goes to the First-tier Tribunal."
        "</p><p>You can contact Middleway on 01632 960 417.</p>",
        chrome="px",
    ),
    pos="in ind conf prov contact",
    notes="Confidential and cannot be used as evidence at the Tribunal.",
)

case(
    "https://www.whinmoorvale.example.gov.uk/send/drs",
    html=page(
        "Whinmoor Vale disagreement resolution",
        "<p>We have appointed Evenkeel Dispute Resolution to provide SEND disagreement resolution. Evenkeel "
        "is not part of Whinmoor Vale Council.</p><p>The service covers disagreements about education, "
        "health and care provision for any child or young person with special educational needs, not only "
        "those with an EHC plan.</p><p>Your right to appeal to the Tribunal is not affected if you do not "
        "use the service.</p><p>0300 555 0193</p>",
        chrome="hx",
    ),
    pos="in ind all noeff prov contact",
    skip="types",
    notes=(
        "'not only those with an EHC plan'; appeal right not affected if you do not use it; kinds given only "
        "as a phrase (types skipped)."
    ),
)


# =============================================================================================
# C. Near misses and traps around disagreement resolution
# =============================================================================================

case(
    "https://www.ravensholt.example.gov.uk/localoffer/disagreement-resolution",
    html=page(
        "Disagreement resolution and mediation",
        "<p>Ravensholt's disagreement resolution service is provided by Tideline Resolution Ltd, who are "
        "independent of the council. Contact them on 0117 496 0288.</p><p>If mediation or disagreement "
        "resolution does not settle things, you can then appeal to the Tribunal.</p><p>Tideline's "
        "mediators are all volunteers with professional accreditation. Both sides must agree on a date "
        "and venue before a meeting is booked.</p>",
        chrome="ph",
    ),
    pos="in ind prov contact",
    notes=(
        "TRAPS: 'if it does not settle things, you can then appeal' (not no-effect); volunteers; agreeing a "
        "date (not voluntariness)."
    ),
)

case(
    "https://www.pennigate.example.gov.uk/send/mediation-steps",
    html=page(
        "Before you can appeal",
        "<p>You must have a mediation certificate before you can appeal to the Tribunal about an EHC "
        "decision, unless your appeal is only about the school or college named. The certificate comes "
        "from Hearthstone SEND Mediation (0345 600 3312), who are independent of the council.</p><p>If you "
        "go to mediation, the time you have to appeal is extended.</p>",
    ),
    pos="ind prov contact",
    skip="med",
    notes=(
        "TRAP (no-effect): certificate needed before appealing and deadline extension; neither says declining "
        "leaves the appeal open. Mediation partly explained (skipped)."
    ),
)

case(
    "https://www.calderwick.example.gov.uk/localoffer/mediation-who-attends",
    html=page(
        "Going to a mediation meeting",
        "<p>You can choose whether to bring a friend, relative or advocate with you. It is optional to "
        "bring documents, but many parents find it helps.</p><p>The council must send someone who can make "
        "decisions, and mediation must take place within 30 days of the council being told you want it."
        "</p><p>All parties sign the written agreement at the end of the meeting.</p>",
        chrome="xp",
    ),
    pos="",
    skip="med",
    notes=(
        "TRAP (voluntary): choice of companion, optional documents, the council must attend, all parties sign "
        "the agreement; none says using it is voluntary."
    ),
)

case(
    "https://www.oxcliffesendiass.example.org.uk/disagreement-resolution-service",
    html=page(
        "Oxcliffe SENDIASS: Disagreement Resolution Service",
        "<p>Oxcliffe SENDIASS is the Disagreement Resolution Service for Oxcliffe. Our advisers are "
        "impartial and work at arm's length from the council. We can help you prepare for meetings with "
        "the school and the SEN team, and we can attend with you.</p><p>Everything you tell us is "
        "confidential.</p><p>Call our helpline on 01632 960 555 or email info@oxcliffesendiass.example."
        "</p>",
        chrome="xx",
    ),
    pos="iass",
    notes=(
        "TRAP: an IASS presented as the DRS; arm's length and impartial, confidential about the IASS; only IASS passes."
    ),
)

case(
    "https://www.dunholt.example.gov.uk/send/resolution-meetings",
    html=page(
        "SEND resolution meetings",
        "<p>If you are unhappy with a decision about your child's EHC plan, you can ask for a resolution "
        "meeting with the Head of SEN Services. The meeting is chaired by an experienced and impartial "
        "senior officer from the council who has not been involved in your case.</p><p>The meetings can "
        "look at disagreements about assessments, plans and school placements. Notes of the meeting are "
        "not shared outside the SEN team.</p><p>Book by emailing sen.resolution@dunholt.example.gov.uk.</p>",
    ),
    pos="",
    notes=(
        "TRAP: the council's own officer-led 'resolution meeting'; impartial without independence; no DR arrangement."
    ),
)

case(
    "https://www.brindlecombe.example.gov.uk/family-mediation",
    html=page(
        "Family mediation",
        "<p>If you are separating or divorcing, family mediation can help you agree arrangements for your "
        "children and finances without going to court. Before applying to court you will usually have to "
        "attend a Mediation Information and Assessment Meeting (MIAM).</p><p>Mediation is voluntary and "
        "confidential. You may be eligible for a £500 family mediation voucher.</p><p>Find a mediator "
        "through the Family Mediation Council.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP: family (separation) mediation, voluntary and confidential, MIAM; nothing about SEND.",
)

case(
    "https://www.altonbridge.example.gov.uk/housing/neighbour-disputes",
    html=page(
        "Neighbour disputes",
        "<p>Altonbridge Community Mediation helps neighbours resolve disagreements about noise, parking and "
        "boundaries. The service is free, independent and confidential, and both neighbours must agree to "
        "take part. Call 01632 960 123.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: neighbour community mediation, independent, voluntary, confidential, with a phone number.",
)

case(
    "https://www.sendlawexplained.example.org.uk/disagreement-resolution",
    html=page(
        "What the law says about disagreement resolution",
        "<p>Under section 57 of the Children and Families Act 2014 every local authority in England must "
        "make disagreement resolution arrangements. The person who facilitates them must be independent of "
        "the authority. Using the arrangements is voluntary and does not affect anyone's right to appeal "
        "to the Tribunal. Meetings are usually confidential.</p><p>Your council's Local Offer should tell "
        "you who provides the service in your area.</p>",
        chrome="xx",
    ),
    pos="",
    skip="ind vol noeff conf types",
    notes=(
        "TRAP: a national charity explaining the law in general; no local arrangement. Statements as law "
        "only, so those checks are left unlabelled."
    ),
)

case(
    "https://www.junipervale.example.gov.uk/localoffer/independent-review",
    html=page(
        "Talking to us about a disagreement",
        "<p>Our SEND Quality Assurance Officer can look again at a decision. The officer is neutral and "
        "impartial and will listen to both sides. It can help with disagreements about assessments, plans "
        "and provision in schools.</p><p>To arrange a conversation, email sendqa@junipervale.example.gov."
        "uk.</p>",
        chrome="hx",
    ),
    pos="",
    notes="TRAP: a council officer described as neutral and impartial; no independent arrangement.",
)

case(
    "https://www.inglesham.example.gov.uk/send/mediation-volunteers",
    html=page(
        "Volunteering with SEND families",
        "<p>The voluntary and community sector in Inglesham offers support groups, befriending and "
        "holiday clubs. Some groups train volunteers as peer mediators in secondary schools to help pupils "
        "settle playground disagreements.</p><p>St Anne's Voluntary Aided Primary School runs a peer "
        "mediation scheme.</p>",
        chrome="pp",
    ),
    pos="",
    notes="TRAP: voluntary sector, volunteers, peer mediation, voluntary aided school.",
)

case(
    "https://www.tarnwick.example.gov.uk/send/appeal-or-mediate",
    html=page(
        "Mediation or appeal?",
        "<p>Once mediation has finished, you will receive a certificate. You then have one month from the "
        "date of the certificate, or two months from the decision, to appeal.</p><p>Mediation is required "
        "by law before most appeals.</p>",
        chrome="hh",
    ),
    pos="",
    skip="med trib",
    notes=(
        "TRAP (no-effect, voluntary): appealing after mediation; 'required by law' wording. Mediation and "
        "Tribunal partly described (skipped)."
    ),
)

case(
    "https://www.lowfold.example.gov.uk/localoffer/mediation-privacy",
    html=page(
        "How we use your information",
        "<p>When you ask for SEND mediation we share your name and contact details with our mediation "
        "provider so they can contact you. We keep your information secure and confidential in line with "
        "data protection law. Read our privacy notice for details.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP (confidential): data protection about personal details, not the meetings being confidential.",
)

case(
    "https://www.whinmoorvale.example.gov.uk/send/ehc-plans-explained",
    html=page(
        "EHC plans explained",
        "<p>An education, health and care plan describes a child's needs and the support to meet them. The "
        "council reviews the plan every year at an annual review.</p><p>You can disagree with the plan. "
        "Disagreements could be about the description of needs, the provision, or the school named. "
        "Speak to your EHC coordinator first.</p>",
    ),
    pos="",
    notes="TRAP (types): parts of a plan one might disagree with on an EHC explainer; no DR service here.",
)

case(
    "https://www.cressington.example.gov.uk/send/ehc-only-drs",
    html=page(
        "Disagreement resolution for EHC plans",
        "<p>Evenkeel Dispute Resolution provides independent disagreement resolution for families of "
        "children with an EHC plan or who are being assessed for one. Contact them on 0300 555 0162.</p>"
        "<p>The service is free.</p>",
        chrome="ph",
    ),
    pos="in ind prov contact",
    notes="TRAP (all SEN): described as only for children with a plan or being assessed; 'free' is not voluntary.",
)

case(
    "https://www.skelbrook.example.gov.uk/localoffer/mediation-expectations",
    html=page(
        "What we expect from mediation",
        "<p>Skelbrook Council expects parents to attend mediation before registering an appeal. Our "
        "mediation provider, Plainspeak Mediation, is independent of the council and can be reached at "
        "plainspeak.example.org.uk/skelbrook.</p><p>Mediation is a confidential process.</p>",
        chrome="xh",
    ),
    pos="ind conf prov contact",
    notes="TRAP (voluntary): 'expects parents to attend'; confidential mediation counts for drs_confidential.",
)


# =============================================================================================
# D. SEND mediation of EHC decisions: explained vs mentioned, and other kinds of mediation
# =============================================================================================

case(
    "https://www.foxhollow.example.gov.uk/send/mediation",
    html=page(
        "SEND mediation",
        "<p>If you disagree with a decision the council has made about an EHC needs assessment or an EHC "
        "plan and you are thinking of appealing, you must first get information about mediation from a "
        "mediation adviser. Contact the adviser within two months of the date on the decision letter.</p>"
        "<p>Foxhollow's mediation advisers work for Waymark Mediation CIC, which is independent of the "
        "council (0161 496 0731).</p><p>After the call you can decide whether to go to mediation. If you "
        "don't want to, the adviser will give you a certificate within three working days and you can "
        "still appeal. If you do, the council must arrange a meeting within 30 days.</p><p>Mediation is "
        "confidential.</p>",
    ),
    pos="med ind vol noeff conf prov contact",
    notes=(
        "Mediation explained: adviser within two months, certificate within 3 working days, 30 days; 'decide "
        "whether'; certificate and 'can still appeal'."
    ),
)

case(
    "https://www.calderwick.example.gov.uk/localoffer/mediation-explained",
    html=page(
        "Mediation for EHC decisions",
        "<ol><li>You receive a decision letter: for example, the council has refused to carry out an EHC "
        "needs assessment, or you disagree with what is in the final plan.</li><li>Within two months, "
        "ring the mediation adviser at Tideline Resolution Ltd on 0117 496 0288.</li><li>If you only want "
        "to appeal about the school named in the plan, you don't need to speak to the adviser.</li><li>"
        "The adviser explains how mediation works. You then decide.</li><li>If you go ahead, mediation is "
        "held within 30 days. Afterwards you get a certificate, which you need to appeal.</li></ol>",
        chrome="ph",
    ),
    pos="med prov contact",
    skip="vol",
    notes=(
        "Numbered steps explaining SEND mediation with the time limits; placement-only exception. 'You then "
        "decide' borderline (vol skipped)."
    ),
)

case(
    "https://www.nethercott.example.gov.uk/docs/mediation-factsheet.pdf",
    text=pdf(
        "Nethercott Council | SEND mediation factsheet | November 2025",
        [
            "Mediation is a meeting led by an independent mediator to help you and the council reach "
            "agreement about an EHC needs assessment or plan.",
            "Before you can register most appeals with the SEND Tribunal you need to contact a mediation "
            "adviser. You have two months from the date of the council's decision to do this.",
            "The adviser must give you a certificate within three working days if you decide not to "
            "mediate. With that certificate you are free to appeal straight away.",
            "If you decide to mediate, the meeting must happen within 30 days and you will get a "
            "certificate within three working days of it ending.",
            "Our mediation service is provided by Plainspeak Mediation. Phone 0300 555 0147.",
        ],
        per_page=9,
    ),
    pos="med ind noeff prov contact",
    notes=(
        "PDF factsheet: mediation advice, two months, certificate within 3 working days, 30 days; decline -> "
        "certificate -> free to appeal straight away."
    ),
)

case(
    "https://www.ravensholt.example.gov.uk/localoffer/young-people/mediation",
    html=page(
        "Mediation: a guide for young people",
        "<p>If you're 16 to 25 and you don't agree with a decision about your EHC plan, you have the right "
        "to mediation. First you talk to a mediation adviser from Cornerstone Accord (07700 900 512). You "
        "need to do this within 2 months of getting the council's letter.</p><p>You don't have to go to "
        "mediation. If you say no, Cornerstone Accord will send you a certificate so you can still take "
        "your case to the Tribunal.</p><p>Cornerstone Accord doesn't work for the council.</p>",
        chrome="xp",
    ),
    pos="med ind vol noeff prov contact",
    notes=(
        "Young people's voice: adviser within 2 months, certificate; 'You don't have to go'; 'say no ... can "
        "still take your case to the Tribunal'."
    ),
)

case(
    "https://www.gannetby.example.gov.uk/send/appeals-overview",
    html=page(
        "Appeals and mediation",
        "<p>You will need a mediation certificate before lodging an appeal. For more about mediation see "
        "our <a href='/send/mediation'>mediation page</a>.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP: a mediation certificate merely mentioned, link to another page.",
)

case(
    "https://www.hazelmeredowns.example.gov.uk/send/mediation-contact",
    html=page(
        "Mediation",
        "<p>For SEND mediation contact Hearthstone SEND Mediation on 0345 600 3312.</p>",
        chrome="px",
    ),
    pos="prov contact",
    notes="TRAP (mediation_info): a name and number, mediation not explained.",
)

case(
    "https://www.brindlecombe.example.gov.uk/nhs-complaints-mediation",
    html=page(
        "Resolving a complaint about NHS care",
        "<p>If you have complained about an NHS service and the reply did not resolve things, the trust "
        "may offer a meeting with an independent mediator. Mediation is voluntary. If you are still "
        "unhappy you can ask the Parliamentary and Health Service Ombudsman to look at your complaint "
        "within 12 months.</p>",
        chrome="hx",
    ),
    pos="",
    notes=(
        "TRAP: NHS complaints mediation, voluntary and independent; one complaints route only (cmp 0: not SEND routes)."
    ),
)

case(
    "https://www.umberleighfen.example.gov.uk/hr/workplace-mediation",
    html=page(
        "Workplace mediation for council staff",
        "<p>Our trained internal mediators help colleagues resolve working relationship problems. Mediation "
        "is voluntary, confidential and impartial. Speak to your HR business partner to request it.</p>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: workplace mediation for staff.",
)

case(
    "https://www.vantridge.example.gov.uk/localoffer/send-mediation-what-happens",
    html=page(
        "What happens at SEND mediation",
        "<p>A mediation meeting usually lasts half a day. The mediator meets everyone together and then "
        "may talk to each side separately.</p><p>The council must send someone who can make decisions "
        "about the EHC plan. If the issues include health provision, someone from the Integrated Care "
        "Board can attend.</p><p>If an agreement is reached the council must act on it within set time "
        "limits. If not, you will be given a certificate and you can appeal to the Tribunal.</p>",
        chrome="ph",
    ),
    pos="",
    skip="med",
    notes=(
        "Describes the meeting and the outcome but not the adviser or when to ask (med skipped); 'if not, you "
        "can appeal' is after mediation (noeff 0)."
    ),
)

case(
    "https://www.yarrowby.example.gov.uk/schools/exclusion-mediation",
    html=page(
        "Exclusions: meeting with the school",
        "<p>After a suspension, the school may invite you to a reintegration meeting. Some schools use an "
        "outside mediator to help restore relationships between the family and staff. This is a restorative "
        "approach and is not part of any appeal process.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP: restorative mediation after a suspension.",
)

case(
    "https://www.mossleycross.example.gov.uk/send/mediation-guide",
    html=page(
        "A guide to SEND mediation",
        "<p>SEND mediation helps you and the council talk about a disagreement over an EHC needs "
        "assessment, the decision to issue a plan or what the plan says. It is run by an independent "
        "mediator from Middleway Resolution Partnership.</p><h2>Time limits</h2>"
        + table(
            ("Step", "Time limit"),
            [
                ("Contact the mediation adviser", "Within 2 months of the decision letter"),
                ("Certificate if you do not want mediation", "Within 3 working days of the advice"),
                ("Mediation meeting", "Within 30 days of telling the council"),
                ("Certificate after mediation", "Within 3 working days of the meeting"),
            ],
        )
        + "<p>Going to mediation is your decision.</p><p>Middleway: 01632 960 417.</p>",
    ),
    pos="med ind vol prov contact",
    notes=(
        "Mediation explained with a table of time limits; 'your decision' = voluntary; certificate if you "
        "don't want mediation without saying you can then appeal (noeff 0)."
    ),
)

case(
    "https://www.junipervale.example.gov.uk/send/health-mediation",
    html=page(
        "Disagreeing about health provision",
        "<p>If your disagreement is only about the health parts of an EHC plan, you can still use SEND "
        "mediation with the Integrated Care Board. Ask the mediation adviser for this when you call.</p>",
        chrome="xx",
    ),
    pos="",
    skip="med",
    notes="A detail of SEND mediation (health only), no explanation of the process (med skipped).",
)


# =============================================================================================
# E. The right of appeal to the First-tier Tribunal (SEND) and how, vs other tribunals and panels
# =============================================================================================

case(
    "https://www.foxhollow.example.gov.uk/send/appeals",
    html=page(
        "Appealing to the SEND Tribunal",
        "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) if the "
        "council refuses to assess your child, refuses to issue an EHC plan, or you disagree with the "
        "plan's contents or the school named.</p><p>You must register your appeal within two months of "
        "the date of the decision letter, or one month from the date of your mediation certificate, "
        "whichever is later. Appeals are made online on GOV.UK or by posting form SEND35.</p>",
        chrome="ph",
    ),
    pos="trib",
    notes="Right of appeal to the First-tier Tribunal (SEND) with decisions, deadline and form/online.",
)

case(
    "https://www.calderwick.example.gov.uk/localoffer/tribunal-faq",
    html=page(
        "The SEND Tribunal: questions and answers",
        faq(
            [
                (
                    "What is the Tribunal?",
                    "The First-tier Tribunal (SEND) is an independent court that "
                    "hears appeals against council decisions about EHC needs assessments and plans.",
                ),
                (
                    "How long do I have?",
                    "Two months from the decision letter. If you got a mediation "
                    "certificate, you have at least one month from the date on it.",
                ),
                (
                    "How do I apply?",
                    "Use the online appeal service on GOV.UK. You'll need the decision letter and your certificate.",
                ),
            ]
        ),
        chrome="hh",
    ),
    pos="trib",
    notes="FAQ: Tribunal hears appeals; deadline; online service. 'independent court' is the Tribunal (ind 0).",
)

case(
    "https://www.tarnwick.example.gov.uk/media/appeals-guide.pdf",
    text=pdf(
        "Tarnwick SEND Local Offer - Your right to appeal",
        [
            "If you disagree with certain decisions the council makes about your child's special "
            "educational needs, you have the right to appeal to the First-tier Tribunal (Special "
            "Educational Needs and Disability), sometimes called the SEND Tribunal.",
            "Decisions you can appeal include a refusal to carry out an EHC needs assessment, a refusal "
            "to issue a plan, the contents of a plan and a decision to stop maintaining a plan.",
            "Your appeal must reach the Tribunal within two months of the date of the decision letter "
            "or one month after the date of the mediation certificate if that is later. Appeal online "
            "or download form SEND35 from GOV.UK.",
        ],
        per_page=8,
    ),
    pos="trib",
    notes=(
        "PDF with hard line breaks splitting 'First-tier Tribunal (Special Educational Needs and "
        "Disability)'; right, deadline, online/form."
    ),
)

case(
    "https://www.lowfold.example.gov.uk/localoffer/appeal-decisions",
    html=page(
        "Decisions you can appeal",
        table(
            ("Decision", "Deadline to appeal to the SEND Tribunal"),
            [
                ("Refusal to carry out an EHC needs assessment", "2 months from the decision letter"),
                ("Refusal to issue an EHC plan", "2 months from the decision letter"),
                ("Contents of a final EHC plan", "2 months from the final plan being sent"),
            ],
        )
        + "<p>Register your appeal with HM Courts and Tribunals Service using the online form. Extended "
        "appeals can also ask for recommendations about health and social care.</p>",
        chrome="px",
    ),
    pos="trib",
    notes="Table of appealable decisions with deadlines; HMCTS online form.",
)

case(
    "https://www.skelbrook.example.gov.uk/send/sendist",
    html=page(
        "Appealing a decision",
        "<p>Parents and young people have a right of appeal to SENDIST, the tribunal for special "
        "educational needs. You have two months to appeal. The Tribunal's guidance explains how to fill "
        "in the appeal form.</p>",
        chrome="xh",
    ),
    pos="trib",
    notes="SENDIST (old name) with right, two months and the appeal form.",
)

# --- Tribunal traps ---------------------------------------------------------------------------

case(
    "https://www.ravensholt.example.gov.uk/schools/admissions/appeals",
    html=page(
        "School admission appeals",
        "<p>If your child was refused a place at a school you applied for, you have the right to appeal to "
        "an independent appeal panel. You must lodge your appeal within 20 school days of the refusal "
        "letter using our online form.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP: admissions appeal panel with right and how; not the First-tier Tribunal (SEND).",
)

case(
    "https://www.pennigate.example.gov.uk/schools/exclusions",
    html=page(
        "Permanent exclusion: independent review",
        "<p>If the governors uphold a permanent exclusion you can ask for an independent review panel to "
        "consider it. Apply within 15 school days. If you think the exclusion involved disability "
        "discrimination you can also make a claim to the First-tier Tribunal (SEND) within six months.</p>",
        chrome="px",
    ),
    pos="",
    skip="trib",
    notes=(
        "Exclusion review panel; a disability discrimination claim to the Tribunal with a time limit, not an "
        "EHC appeal (borderline, skipped)."
    ),
)

case(
    "https://www.birchcombe.example.gov.uk/council-tax/appeals",
    html=page(
        "Council tax appeals",
        "<p>If you think your property is in the wrong band, or we have refused a discount, you can appeal "
        "to the Valuation Tribunal for England. You must first write to us; if we don't reply within two "
        "months you can appeal online.</p>",
        chrome="hx",
    ),
    pos="",
    notes="TRAP: Valuation Tribunal appeal with how.",
)

case(
    "https://www.cressington.example.gov.uk/send/benefits-advice",
    html=page(
        "Benefits for disabled children",
        "<p>If your claim for Disability Living Allowance is refused, ask for a mandatory reconsideration "
        "within one month. If you still disagree you can appeal to the First-tier Tribunal (Social Security "
        "and Child Support) using form SSCS1.</p>",
        chrome="ph",
    ),
    pos="",
    notes="TRAP: benefits tribunal (Social Security and Child Support) with a form; not SEND.",
)

case(
    "https://www.dunholt.example.gov.uk/send/your-rights",
    html=page(
        "Your rights",
        "<p>You have the right to appeal to the SEND Tribunal about some EHC decisions. Our SEN team can "
        "tell you more.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP: the right stated without how (no deadline, form or online service).",
)

case(
    "https://www.gannetby.example.gov.uk/send/tribunal-statistics",
    html=page(
        "SEND Tribunal appeals: our figures",
        "<p>In 2025 Gannetby families registered 74 appeals with the First-tier Tribunal (SEND). 61 were "
        "resolved before a hearing. We publish these figures every year as part of our SEND data "
        "dashboard.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: appeal statistics.",
)

case(
    "https://www.hazelmeredowns.example.gov.uk/send/transport-appeals",
    html=page(
        "Travel assistance: review and appeal",
        "<p>If we refuse home to school travel assistance, you can ask for a stage 1 review within 20 "
        "working days. If you are still unhappy, a stage 2 appeal panel of councillors will hear your case. "
        "Use the online form to apply.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP: school transport two-stage appeal.",
)

case(
    "https://www.inglesham.example.gov.uk/hr/employment-tribunal",
    html=page(
        "Employment tribunal claims",
        "<p>Staff who believe they have been unfairly dismissed may bring a claim at an employment "
        "tribunal. Claims must normally be made within three months less one day, after early conciliation "
        "with Acas.</p>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: employment tribunal.",
)

case(
    "https://www.junipervale.example.gov.uk/localoffer/after-mediation",
    html=page(
        "After mediation",
        "<p>If mediation does not resolve everything, you can still take your case to the SEND Tribunal. "
        "Your mediation adviser can explain what happens next.</p>",
        chrome="ph",
    ),
    pos="",
    notes="TRAP: 'after mediation you can still take your case to the Tribunal' (not no-effect); no how (trib 0).",
)

case(
    "https://www.nethercott.example.gov.uk/localoffer/tribunal-news",
    html=page(
        "National trial ends",
        "<p>The Tribunal's power to make non-binding recommendations about health and social care, first "
        "tested in the national trial, is now permanent. Families can ask for this when they appeal.</p>",
        chrome="hx",
    ),
    pos="",
    notes="TRAP: a news item about the Tribunal's powers; no right/how explained.",
)

case(
    "https://www.oxcliffe.example.gov.uk/blue-badge/appeals",
    html=page(
        "Blue Badge: if your application is refused",
        "<p>There is no right of appeal to a tribunal for Blue Badge decisions, but you can ask us to look "
        "again within 28 days by completing the review form.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: Blue Badge review.",
)


# =============================================================================================
# F. More wording for declining and the appeal, confidentiality, kinds of disagreement and
#    voluntariness; directory records and partial pages
# =============================================================================================

case(
    "https://fis.yarrowby.example.gov.uk/directory/service/hearthstone-send-mediation",
    html=page(
        "Hearthstone SEND Mediation",
        "<div class='record'><p>Hearthstone provides SEND mediation and disagreement resolution for "
        "families in Yarrowby. We are an independent organisation, not part of the council.</p><p>If you "
        "decide not to mediate, we will issue your certificate and you can go straight to the Tribunal."
        "</p><dl><dt>Telephone</dt><dd>0345 600 3312</dd><dt>Email</dt><dd>yarrowby@hearthstone.example"
        "</dd><dt>Website</dt><dd>hearthstone.example.org.uk</dd><dt>Age range</dt><dd>0-25</dd><dt>Cost</dt><dd>"
        "Free</dd></dl></div>",
        chrome="px",
    ),
    pos="in ind noeff prov contact",
    notes=(
        "Directory record: independent, DR named, 'decide not to mediate ... go straight to the Tribunal', "
        "contact block."
    ),
)

case(
    "https://www.altonbridge.example.gov.uk/localoffer/mediation-faq",
    html=page(
        "Mediation: your questions",
        "<h3>Will saying no to mediation affect my appeal?</h3><p>No. Turning down mediation won't count "
        "against you and you can still appeal once you have your certificate.</p><h3>Who are the "
        "mediators?</h3><p>Mediators from Hearthstone SEND Mediation, who are independent of Altonbridge "
        "Council.</p><h3>Is what I say kept private?</h3><p>Yes, the meeting is confidential and without "
        "prejudice.</p>",
        chrome="hh",
    ),
    pos="ind noeff conf prov",
    notes="FAQ: 'Will saying no affect my appeal? No.'; confidential and without prejudice; no contact route.",
)

case(
    "https://www.birchcombe.example.gov.uk/docs/drs-and-mediation.pdf",
    text=pdf(
        "BIRCHCOMBE COUNCIL - SEND LOCAL OFFER - RESOLVING DISAGREEMENTS",
        [
            "Birchcombe Council has arranged independent disagreement resolution and mediation through "
            "Kindred Ground Mediation, which has no connection with the council.",
            "Not taking part in disagreement resolution or mediation does not remove your right to "
            "appeal to the First-tier Tribunal.",
            "Nothing discussed in a meeting can be used in evidence later unless everyone agrees.",
            "Disagreements it can help with include those about the support a school is giving and "
            "those about the council's decisions on assessments and plans.",
            "Contact Kindred Ground: 0161 496 0288, birchcombe@kindredground.example",
        ],
        per_page=6,
    ),
    pos="in ind noeff conf types prov contact",
    notes=(
        "PDF: 'not taking part ... does not remove your right to appeal'; 'nothing discussed can be used in "
        "evidence later'; two kinds."
    ),
)

case(
    "https://www.umberleighfen.example.gov.uk/send/mediation-decline",
    html=page(
        "If you don't want mediation",
        "<p>You may decide mediation isn't right for you. That's fine: tell Waymark Mediation CIC's "
        "adviser and they'll send you a mediation certificate. You can then lodge your appeal with the "
        "Tribunal. Your decision not to mediate will not be held against you.</p><p>Waymark: 0161 496 "
        "0731.</p>",
        chrome="ph",
    ),
    pos="noeff vol prov contact",
    notes=(
        "Declining mediation -> certificate -> lodge appeal; 'you may decide mediation isn't right for you. "
        "That's fine'."
    ),
)

case(
    "https://www.vantridge.example.gov.uk/send/drs-conf",
    html=page(
        "Disagreement resolution meetings",
        "<p>Vantridge's independent disagreement resolution service is provided by Middleway Resolution "
        "Partnership (01632 960 417).</p><p>The meeting is private. The facilitator will not share notes "
        "with the council, and what you say cannot be used later at an appeal hearing.</p>",
        chrome="xx",
    ),
    pos="in ind conf prov contact",
    notes="'private ... cannot be used later at an appeal hearing' without the word confidential.",
)

case(
    "https://www.whinmoorvale.example.gov.uk/send/drs-confidential-unless",
    html=page(
        "How disagreement resolution works",
        "<p>Evenkeel Dispute Resolution runs the independent disagreement resolution service for Whinmoor "
        "Vale (0300 555 0193).</p><p>Discussions are confidential unless there is a concern about a "
        "child's safety.</p><p>The facilitator will help everyone to agree an action plan.</p>",
    ),
    pos="in ind conf prov contact",
    notes="Confidential with the safeguarding exception.",
)

case(
    "https://www.pennigate.example.gov.uk/localoffer/drs-page",
    html=page(
        "Disagreement resolution",
        "<p>Disagreement resolution is a way of settling disagreements with the help of a trained "
        "facilitator. Pennigate SENDIASS can tell you more: its service is free and confidential, call "
        "01632 960 880.</p><p>Speak to your SEN caseworker to arrange a disagreement resolution meeting.</p>",
        chrome="hh",
    ),
    pos="iass",
    notes=(
        "TRAP (confidential, in_local_offer): DR in general terms, arranged through the caseworker; "
        "'confidential' describes SENDIASS."
    ),
)

case(
    "https://www.calderwick.example.gov.uk/send/sen-helpline",
    html=page(
        "SEN advice line",
        "<p>Our confidential SEN advice line is staffed by the council's SEN casework team. Call 01632 960 "
        "100 for help with disagreements about support in school.</p>",
        chrome="px",
    ),
    pos="",
    notes="TRAP: the council's own confidential advice line; not the IASS, not DR.",
)

case(
    "https://www.gannetby.example.gov.uk/send/disagreement-resolution-code",
    html=page(
        "Disagreement resolution in Gannetby",
        "<p>Gannetby's disagreement resolution service is provided by Tideline Resolution Ltd, which is "
        "independent of the council. Call 0117 496 0288.</p><p>Our service covers the disagreements listed "
        'in the SEND Code of Practice:</p><blockquote>"... between parents or young people and early years '
        "providers, schools or post-16 institutions about SEN provision; between parents and young people "
        "and local authorities or health commissioning bodies during EHC needs assessments and the drawing "
        'up of EHC plans ..." (paragraph 11.8)</blockquote>',
        chrome="ph",
    ),
    pos="in ind types prov contact",
    notes="Kinds given by a Code quotation introduced as what the local service covers.",
)

case(
    "https://www.hazelmeredowns.example.gov.uk/send/drs-any",
    html=page(
        "Help with any disagreement",
        "<p>Cornerstone Accord Ltd (independent of the council) offers disagreement resolution for any "
        "disagreement you may have. Phone 0191 498 0662.</p>",
        chrome="hx",
    ),
    pos="in ind prov contact",
    notes="TRAP (types): 'any disagreement', no kinds described.",
)

case(
    "https://www.inglesham.example.gov.uk/send/drs-single-type",
    html=page(
        "Disagreement resolution for schools",
        "<p>Plainspeak Mediation, an independent organisation, provides disagreement resolution when "
        "parents and a school disagree about the SEN support being provided. Email inglesham@plainspeak."
        "example.</p>",
        chrome="xx",
    ),
    pos="in ind prov contact",
    notes="TRAP (types): one kind of disagreement only.",
)

case(
    "https://www.junipervale.example.gov.uk/send/drs-consent",
    html=page(
        "Disagreement resolution: how to start",
        "<p>Juniper Vale's disagreement resolution is provided independently by Waymark Mediation CIC. "
        "Participation is by agreement: you are free to decline, and the school or council can decline "
        "too.</p><p>Email juniper@waymark-mediation.example to start.</p>",
        chrome="hh",
    ),
    pos="in ind vol prov contact",
    notes="'Participation is by agreement: you are free to decline'.",
)

case(
    "https://www.ravensholt.example.gov.uk/send/drs-nobody",
    html=page(
        "Disagreement resolution",
        "<p>Nobody can make you attend a disagreement resolution meeting. Ravensholt's service is provided "
        "by Tideline Resolution Ltd, independent of the council: 0117 496 0288.</p>",
        chrome="px",
    ),
    pos="in ind vol prov contact",
    notes="'Nobody can make you attend'.",
)

case(
    "https://www.skelbrook.example.gov.uk/news/mediation-reforms",
    html=page(
        "News: government plans for SEND mediation",
        "<p>The government has proposed that mediation should become compulsory before families can go to "
        "the Tribunal. The proposals are out for consultation until March 2027. For now nothing has "
        "changed.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP (voluntary): proposals to make mediation compulsory.",
)

case(
    "https://www.tarnwick.example.gov.uk/send/mediation-must",
    html=page(
        "Mediation advice",
        "<p>Parents must take part in a mediation information call before appealing. The call is with "
        "Evenkeel Dispute Resolution, who are independent (0300 555 0191).</p><p>The council has to take "
        "part in mediation if you ask for it.</p>",
        chrome="xp",
    ),
    pos="ind prov contact",
    skip="med",
    notes="TRAP (voluntary): 'must take part in a mediation information call', 'the council has to take part'.",
)

case(
    "https://www.oxcliffe.example.gov.uk/localoffer/drs-general",
    html=page(
        "Resolving disagreements",
        "<p>Disagreement resolution is available to help families and schools or the council sort out "
        "disagreements early. It is independent and voluntary.</p><p>Ask your child's school or your EHC "
        "coordinator for details.</p>",
        chrome="pp",
    ),
    pos="ind vol",
    skip="in",
    notes=(
        "DR described in general terms: independent and voluntary stated, but no provider or contact (in: "
        "partial; skipped as borderline)."
    ),
)

case(
    "https://www.lowfold.example.gov.uk/send/drs-all-children",
    html=page(
        "Who can use disagreement resolution?",
        "<p>Families don't need to have an EHC plan to use Lowfold's disagreement resolution service. It is "
        "open to the family of any child or young person with special educational needs, whether they get "
        "SEN support at school or have a plan.</p><p>The service is provided by Middleway Resolution "
        "Partnership, which is independent (middleway.example.org.uk/send).</p>",
        chrome="hx",
    ),
    pos="in ind all prov contact",
    notes="'don't need to have an EHC plan'; whether SEN support or a plan.",
)

case(
    "https://www.dunholt.example.gov.uk/send/drs-after-assessment",
    html=page(
        "When can I use disagreement resolution?",
        "<p>Disagreement resolution is available once an EHC needs assessment has started. Contact "
        "Plainspeak Mediation, who are independent of the council, on 0300 555 0147.</p>",
        chrome="xx",
    ),
    pos="in ind prov contact",
    notes="TRAP (all SEN): available only once an EHC assessment has started.",
)

case(
    "https://www.mossleycross.example.gov.uk/send/mediation-young-person-pdf",
    text=pdf(
        "Mossley Cross SEND Local Offer  |  Mediation for young people",
        [
            "If you are a young person aged 16 to 25 you can ask for mediation yourself. Cornerstone "
            "Accord Ltd runs mediation for us and is not part of the council.",
            "Mediation is voluntary. If you do not want to mediate, you can still appeal to the Tribunal "
            "once you have your certificate.",
            "What is said at mediation is confidential.",
            "Phone 0191 498 0662.",
        ],
        per_page=5,
    ),
    pos="ind vol noeff conf prov contact",
    skip="med",
    notes=(
        "PDF with running headers: voluntary; not wanting to mediate -> still appeal; confidential. Mediation "
        "process not explained (med skipped)."
    ),
)

case(
    "https://www.cressington.example.gov.uk/send/drs-leaflet-text",
    text=(
        "CRESSINGTON COUNCIL\nSEND disagreement resolution\n\nOur disagreement resolution service is\n"
        "provided by Kindred Ground Mediation, an\norganisation independent of the council.\n\nIt can "
        "help with disagreements between\nfamilies and schools about SEN support, and\nbetween families and "
        "the council about EHC\nassessments and plans.\n\nUsing the service is voluntary. Meetings\nare "
        "confidential.\n\nCall 0161 496 0288.\n"
    ),
    pos="in ind vol types conf prov contact",
    notes="Leaflet text with short hard-wrapped lines; all sentences broken across lines.",
)


# =============================================================================================
# G. Information, advice and support; complaints routes; CCG wording
# =============================================================================================

case(
    "https://www.foxhollow.example.gov.uk/send/sendiass",
    html=page(
        "Foxhollow SENDIASS",
        "<p>Foxhollow SEND Information, Advice and Support Service (SENDIASS) gives free, impartial and "
        "confidential advice to parents, carers, children and young people about SEND. It is run at arm's "
        "length from the council.</p><p>Helpline 01632 960 301 (Monday to Friday, 9am to 4pm), or email "
        "advice@foxhollowsendiass.example.</p>",
        chrome="ph",
    ),
    pos="iass",
    notes="SENDIASS with phone and email; 'confidential' about the IASS (conf 0).",
)

case(
    "https://fis.tarnwick.example.gov.uk/directory/service/tarnwick-iass",
    html=page(
        "Tarnwick Information, Advice and Support Service",
        "<div class='record'><p>Independent advice about special educational needs and disability for "
        "families and young people up to 25.</p><p><strong>Phone:</strong> 01632 960 642<br><strong>Web:"
        "</strong> tarnwickiass.example.org.uk</p></div>",
        chrome="px",
    ),
    pos="iass",
    notes="Directory record for the IASS with phone and web.",
)

case(
    "https://www.yarrowby.example.gov.uk/localoffer/short-breaks",
    html=page(
        "Short breaks",
        "<p>Short breaks give disabled children the chance to have fun and give parents a rest. Apply "
        "through the children with disabilities team on 01632 960 210.</p>",
        chrome="pp",
    ),
    pos="",
    notes="TRAP (iass): SENDIASS only in the footer furniture; a short breaks page.",
)

case(
    "https://www.mossleycross.example.gov.uk/send/parent-carer-forum",
    html=page(
        "Mossley Cross Parent Carer Forum",
        "<p>The forum is an independent group of parents and carers of children with SEND. We work with "
        "the council and health services to improve services. We don't give individual advice, but we can "
        "point you to the right place. Email hello@mcpcf.example.</p>",
        chrome="hx",
    ),
    pos="",
    notes="TRAP (iass, independent): a parent carer forum.",
)

case(
    "https://www.nethercott.example.gov.uk/localoffer/complaints",
    html=page(
        "Making a complaint about SEND services",
        table(
            ("If your complaint is about", "What to do"),
            [
                (
                    "A school or academy",
                    "Follow the school's complaints procedure, ending with the "
                    "governing body or trust. You can then contact the Department for Education.",
                ),
                (
                    "The council's SEN service",
                    "Use the council complaints procedure. If you are still "
                    "unhappy, contact the Local Government and Social Care Ombudsman.",
                ),
                ("An NHS service", "Contact the service or PALS, then the Parliamentary and Health Service Ombudsman."),
            ],
        ),
        chrome="ph",
    ),
    pos="cmp",
    notes="Complaints routes table: school, council, NHS, both ombudsmen.",
)

case(
    "https://www.vantridge.example.gov.uk/docs/complaints-guide.pdf",
    text=pdf(
        "Vantridge SEND Local Offer - How to complain",
        [
            "About a school: speak to the head teacher, then use the school's complaints policy. Academy "
            "complaints can go to the Department for Education once the trust's process is finished.",
            "About the council: complete the online complaints form. If you remain unhappy after stage 2, "
            "contact the Local Government and Social Care Ombudsman.",
            "About health services: contact the Patient Advice and Liaison Service or the provider's "
            "complaints team, then the Parliamentary and Health Service Ombudsman.",
        ],
        per_page=6,
    ),
    pos="cmp",
    notes="PDF complaints guide with hard line breaks: school, council, health, ombudsmen.",
)

case(
    "https://www.birchcombe.example.gov.uk/bins/complaints",
    html=page(
        "Complaints about missed bins",
        "<p>If your bin was not collected, report it online. If you are unhappy with how we dealt with "
        "your report, use the council complaints form.</p>",
        chrome="xx",
    ),
    pos="",
    skip="cmp",
    notes="TRAP: bins complaints (single route; left unlabelled for complaints).",
)

case(
    "https://www.gannetby.example.gov.uk/send/health-services",
    html=page(
        "Health services for children with SEND",
        "<p>Community paediatrics, therapies and wheelchair services in Gannetby are commissioned by NHS "
        "Gannetby Clinical Commissioning Group. To make a referral, speak to your GP or health visitor.</p>",
        chrome="hh",
    ),
    pos="",
    stale=True,
    notes="Stale: a CCG as the current commissioner.",
)

case(
    "https://www.hazelmeredowns.example.gov.uk/send/health-commissioning",
    html=page(
        "Who commissions health services?",
        "<p>Since 1 July 2022, health services for children with SEND have been commissioned by the "
        "Hazelmere and District Integrated Care Board (ICB), which took over from the former Hazelmere "
        "CCG.</p>",
        chrome="px",
    ),
    pos="",
    notes="Not stale: ICB, 'took over from the former CCG'.",
)

case(
    "https://www.inglesham.example.gov.uk/send/dco",
    html=page(
        "Designated Clinical Officer",
        "<p>The Designated Clinical Officer (DCO) works for the CCG and makes sure health services play "
        "their part in EHC assessments. Contact the DCO through the CCG switchboard on 01632 960 444.</p>",
        chrome="xh",
    ),
    pos="",
    stale=True,
    notes="Stale: the DCO 'works for the CCG' (live).",
)

case(
    "https://www.junipervale.example.gov.uk/docs/send-joint-commissioning-2021.pdf",
    text=pdf(
        "Juniper Vale Joint Commissioning Strategy 2021",
        [
            "Approved by Juniper Vale Council and Juniper Vale CCG, March 2021.",
            "The CCG will commission speech and language therapy for children with EHC plans.",
        ],
    ),
    pos="",
    notes="Not stale: a 2021 document written while CCGs existed.",
)

case(
    "https://www.lowfold.example.gov.uk/send/code-quote",
    html=page(
        "What the Code says about health",
        '<blockquote>"Clinical Commissioning Groups (CCGs) must ... make joint commissioning arrangements '
        '..." (SEND Code of Practice, 2015)</blockquote><p>Today this duty falls on the Integrated Care '
        "Board.</p>",
        chrome="hh",
    ),
    pos="",
    notes="Not stale: CCG only in a Code quotation.",
)

case(
    "https://www.oxcliffe.example.gov.uk/send/complaints-and-appeals",
    html=page(
        "Complaints, mediation and appeals",
        "<h2>Complaints</h2><p>Complain to the school first, then the council; the Local Government and "
        "Social Care Ombudsman can review the council's handling. Health complaints go to the NHS provider "
        "and then to the Parliamentary and Health Service Ombudsman.</p><h2>Mediation</h2><p>If you want to "
        "appeal about an EHC needs assessment or plan you must first contact a mediation adviser within "
        "two months of the decision. Mediation is optional: if you choose not to mediate the adviser "
        "issues a certificate within three working days and you can appeal straight away. Our mediation "
        "provider is Tideline Resolution Ltd (0117 496 0288), independent of the council.</p><h2>Appeals"
        "</h2><p>Appeal to the First-tier Tribunal (SEND) online within two months of the decision letter, "
        "or one month from your mediation certificate if later.</p>",
        chrome="ph",
    ),
    pos="cmp med vol noeff ind prov contact trib",
    notes=(
        "Combined page: complaints routes; mediation explained (optional, certificate, appeal straight away); "
        "Tribunal with how."
    ),
)


# =============================================================================================
# H. A few more feedback pages and mixed disagreement resolution wording
# =============================================================================================

case(
    "https://www.umberleighfen.example.gov.uk/send/local-offer-survey-2025",
    html=page(
        "Local Offer survey results and our actions",
        "<p>Published 30 November 2025</p><p>312 people answered our survey about the Local Offer.</p><ul>"
        "<li>41% said they could not find information about preparing for adulthood.</li><li>Many said "
        "the site used too much jargon.</li></ul><h2>What we will do</h2><ul><li>By March 2026 we will add "
        "a preparing for adulthood hub.</li><li>Every page will be checked for plain English by the "
        "Parent Carer Forum.</li></ul>",
    ),
    pos="fb",
    notes="Survey findings on the Local Offer and the authority's planned actions; published 30 November 2025.",
)

case(
    "https://www.cressington.example.gov.uk/news/thank-you-local-offer-feedback",
    html=page(
        "Thank you for your feedback on the Local Offer",
        "<p>16 April 2026</p><p>Some of you said the Local Offer did not have enough about activities for "
        "teenagers. In response we have added a 'Things to do 13+' section with over forty clubs. Others "
        "told us the contact details for the SEN team were hard to find, so they are now on every page."
        "</p>",
        chrome="px",
    ),
    pos="fb",
    notes="News post with comments on the Local Offer and 'in response we have'; dated 16 April 2026.",
)

case(
    "https://www.dunholt.example.gov.uk/localoffer/feedback-summer-2025",
    html=page(
        "Local Offer feedback: what you said and what we did",
        "<p>Published 30 September 2025</p><p>You said the directory needed an age filter; we added one. "
        "You said the Local Offer home page was cluttered; we redesigned it.</p>",
        chrome="hh",
    ),
    pos="",
    notes="TRAP: Local Offer feedback and response published 30 September 2025 (before 2025-10-28).",
)

case(
    "https://www.hazelmeredowns.example.gov.uk/localoffer/compliments",
    html=page(
        "Compliments about the Local Offer",
        '<p>Updated 1 November 2026</p><p>We love hearing what you like. "Finally I found the holiday club '
        'list in one place." "The new EHC guide is brilliant."</p>',
        chrome="xx",
    ),
    pos="",
    notes="TRAP: compliments quoted without any response by the authority.",
)

case(
    "https://www.ravensholt.example.gov.uk/send/short-breaks-statement-consultation",
    html=page(
        "Short breaks statement: you said, we did",
        "<p>Published 12 August 2026</p><p>You said the short breaks statement should explain eligibility "
        "more clearly. We added worked examples. You said more overnight breaks were needed; we have "
        "commissioned a second residential unit.</p>",
        chrome="ph",
    ),
    pos="",
    notes="TRAP: consultation on the short breaks statement, not the Local Offer.",
)

case(
    "https://www.pennigate.example.gov.uk/send/drs",
    html=page(
        "SEND disagreement resolution service",
        "<p>Pennigate's disagreement resolution service is provided by Evenkeel Dispute Resolution, which "
        "is independent of the council and of the NHS.</p><p>It can be used for disagreements with early "
        "years settings about the support your child gets, and with health services about therapy "
        "provision set out in an EHC plan.</p><p>Whether or not you try it, you keep your right to appeal "
        "to the Tribunal.</p><p>Book online at evenkeel.example.org.uk/pennigate.</p>",
        chrome="hx",
    ),
    pos="in ind types noeff prov contact",
    notes=(
        "Two kinds (early years settings, health services); 'whether or not you try it, you keep your right to appeal'."
    ),
)

case(
    "https://www.skelbrook.example.gov.uk/send/drs",
    html=page(
        "Skelbrook disagreement resolution",
        "<p>If you can't agree with your child's school or with us about special educational provision, "
        "our independent disagreement resolution service can help. It's provided by Plainspeak Mediation "
        "(0300 555 0147).</p><p>You can still appeal to the Tribunal if you have tried disagreement "
        "resolution.</p>",
        chrome="pp",
    ),
    pos="in ind prov contact",
    skip="types",
    notes="TRAP (noeff): appealing after trying DR; kinds only as 'school or us' (types skipped).",
)


case(
    "https://www.brindlecombe.example.gov.uk/localoffer/complaints-faq",
    html=page(
        "Complaints: questions and answers",
        faq(
            [
                (
                    "My child's school isn't following the support plan. Who do I complain to?",
                    "Raise it with the head teacher, then follow the school's published complaints "
                    "procedure; the last stage is the governors or the academy trust.",
                ),
                (
                    "What if my complaint is about the council?",
                    "Use the council's two-stage complaints process. If you're still unhappy after that, "
                    "the Local Government and Social Care Ombudsman can investigate.",
                ),
                (
                    "And health services?",
                    "Complain to the hospital or community health provider first. The Parliamentary and "
                    "Health Service Ombudsman looks at complaints the NHS hasn't resolved.",
                ),
            ]
        ),
        chrome="hx",
    ),
    pos="cmp",
    notes="Complaints FAQ: school, council then LGSCO, NHS then PHSO.",
)

case(
    "https://www.whinmoorvale.example.gov.uk/send/young-people/complaints",
    html=page(
        "Not happy? How to complain",
        "<ul><li><strong>About college:</strong> ask your tutor for the college complaints policy.</li><li>"
        "<strong>About the council:</strong> fill in our online complaints form; if it's still not sorted "
        "you can go to the Local Government and Social Care Ombudsman.</li><li><strong>About your "
        "doctor, therapist or hospital:</strong> talk to PALS, then the Parliamentary and Health Service "
        "Ombudsman.</li></ul>",
        chrome="xp",
    ),
    pos="cmp",
    notes="Young people's complaints list: college, council and LGSCO, PALS and PHSO.",
)

case(
    "https://www.altonbridge.example.gov.uk/localoffer/independent-advice",
    html=page(
        "Getting independent advice",
        "<p>Altonbridge SENDIASS can help you understand your options if you disagree with a decision, "
        "read reports with you and come to meetings. Call 01632 960 377 or use the contact form on "
        "altonbridgesendiass.example.org.uk.</p>",
        chrome="ph",
    ),
    pos="iass",
    notes="SENDIASS signposted with phone and contact form.",
)


case(
    "https://www.tarnwick.example.gov.uk/send/ehc-assessment-timeline",
    html=page(
        "The EHC needs assessment timeline",
        "<p>Week 6: the council decides whether to assess. Weeks 6 to 12: advice is gathered from the "
        "school, an educational psychologist, social care and health. Tarnwick CCG arranges the health "
        "advice and must reply within six weeks of our request.</p><p>Week 16: draft plan. Week 20: final "
        "plan.</p>",
        chrome="hh",
    ),
    pos="",
    stale=True,
    notes="Stale: 'Tarnwick CCG arranges the health advice' as a current body.",
)

case(
    "https://www.skelbrook.example.gov.uk/send/useful-contacts",
    html=page(
        "Useful contacts",
        "<dl><dt>SEN team</dt><dd>01632 960 500</dd><dt>Skelbrook Clinical Commissioning Group (health "
        "services for children)</dt><dd>01632 960 510</dd><dt>Children with disabilities team</dt><dd>"
        "01632 960 520</dd></dl>",
        chrome="px",
    ),
    pos="",
    stale=True,
    notes="Stale: a contact list naming the Clinical Commissioning Group as a current service.",
)

case(
    "https://www.yarrowby.example.gov.uk/send/health-disagreements",
    html=page(
        "Disagreeing about health support",
        "<p>If you disagree with the health provision in your child's EHC plan, speak first to the "
        "Designated Clinical Officer at NHS Yarrowby CCG. The CCG's complaints team can also help.</p>",
        chrome="xx",
    ),
    pos="",
    skip="cmp",
    stale=True,
    notes="Stale: NHS Yarrowby CCG as the current body; a single complaints route (complaints unlabelled).",
)


# =============================================================================================


def main() -> None:
    SPLIT.write("train_new.jsonl")


if __name__ == "__main__":
    main()
