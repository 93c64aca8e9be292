"""Write ``train_fresh.jsonl``: a third set of out-of-sample pages, written in December 2026.

Written after the checks had saturated ``train.jsonl`` and ``train_extra.jsonl`` (both ~1.0), to
measure how far they generalise to wording they were never fitted to. The pages come from the
legal rules (``checks.md``, ``duties.md``) and the labelling rules of ``README.md`` only -- not
from the checks' code, not from ``test.jsonl`` -- with councils, providers, page shapes and
phrasings of their own. The weak checks get the most pages: the published Local Offer feedback
("You said, we did", "what you told us", annual reports, consultation responses on the Local Offer
and on other topics, inside and outside the 13-month window, comments without a response and a
response without comments); declining mediation or disagreement resolution leaving the appeal
open (and "after mediation you can appeal", certificate-only); voluntary wording and its traps
("mediation is compulsory", "you must consider mediation", the voluntary sector); SEND mediation
explained vs a certificate merely mentioned; the right of appeal to the First-tier Tribunal (SEND)
and how vs admissions, exclusion, council tax and employment tribunals and menus.

Labels work as in ``make_corpus.py``: ``pos`` lists the checks the page passes by itself, every
other judged check is 0 unless listed in ``skip``; ``stale=True`` labels ``stale_ccg`` 0.

Run ``python tests/corpus/make_corpus_fresh.py`` from the repository root.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory

# --- furniture: skip links, mega menus, side navigation, sticky footers ----------------------

TOP = {
    # a council site with a mega menu naming every redress topic
    "c": (
        '<a class="skip" href="#main">Skip to main content</a><div class="alert">Our offices are closed on '
        'bank holidays.</div><nav class="mega-menu" aria-label="Main"><ul><li><a href="/send">SEND home</a>'
        '</li><li><a href="/send/disagree">Disagreements and appeals</a><ul><li><a href="/send/disagree/'
        'mediation">Mediation</a></li><li><a href="/send/disagree/tribunal">SEND Tribunal</a></li><li><a '
        'href="/send/disagree/drs">Disagreement Resolution Service</a></li><li><a href="/send/complaints">'
        'Complaints</a></li></ul></li><li><a href="/send/sendiass">SENDIASS</a></li><li><a href="/send/'
        'feedback/you-said-we-did">You said, we did</a></li></ul></nav>'
    ),
    # a family information directory
    "d": (
        '<div class="fis-top"><a href="/fis">Family Information Service</a> <form role="search">'
        '<label>Search the directory <input name="q"></label></form><a href="/fis/saved">Shortlist (0)'
        "</a></div>"
    ),
    # a Local Offer microsite with a left-hand section menu
    "s": (
        '<div class="brand">Local Offer</div><div class="sidebar"><h2>In this section</h2><ol><li><a '
        'href="/lo/rights">Your rights</a></li><li><a href="/lo/rights/mediation">Mediation advice and '
        'certificates</a></li><li><a href="/lo/rights/appeals">Appealing to the First-tier Tribunal</a></li>'
        '<li><a href="/lo/rights/voluntary">Voluntary and community groups</a></li><li><a href="/lo/'
        'annual-report">Local Offer annual report</a></li></ol></div>'
    ),
    "x": "",
}

BOTTOM = {
    "c": (
        '<div class="rate"><p>Did you find what you needed? <button>Yes</button> <button>No</button></p>'
        '<p class="small">This form is anonymous, so we cannot reply.</p></div><footer><ul><li><a href="'
        '/complaints">Compliments and complaints</a></li><li><a href="/ombudsman">Local Government and '
        'Social Care Ombudsman</a></li><li><a href="/privacy">Privacy</a></li></ul><p>Copyright 2026</p>'
        "</footer>"
    ),
    "d": (
        '<div class="fis-foot"><p>Listings are provided by organisations and are not endorsed by the '
        'council.</p><p><a href="/fis/send-tribunal">SEND Tribunal</a> &middot; <a href="/fis/iass">'
        'Information, Advice and Support Service</a> &middot; <a href="/fis/what-you-told-us">What you '
        "told us</a></p></div>"
    ),
    "s": (
        '<footer class="lo-foot"><p>Tell us what you think about the Local Offer: <a href="/lo/survey">'
        'take our short survey</a>.</p><p><a href="/lo/accessibility">Accessibility statement</a></p>'
        "</footer>"
    ),
    "x": "",
}


def page(title: str, main: str, chrome: str = "cc", dated: str = "") -> str:
    """A whole HTML page: furniture ``chrome[0]`` above, ``chrome[1]`` below, ``dated`` a footer line."""
    stamp = f'<p class="updated">Page updated: {dated}</p>' if dated else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Local Offer</title>'
        f'</head><body>{TOP[chrome[0]]}<main id="main"><h1>{title}</h1>{main}{stamp}</main>'
        f"{BOTTOM[chrome[-1]]}</body></html>"
    )


SPLIT = Cases("f")
case = SPLIT.add


# =============================================================================================
# A. Published feedback about the Local Offer (reg 56): audit date 2026-11-28, window from
#    2025-10-28
# =============================================================================================

case(
    "https://www.thornburyvale.example.gov.uk/send/local-offer/you-said-we-did",
    html=page(
        "You said, we did: Local Offer 2026",
        "<p>Every year we ask parents, carers and young people what they think of the Thornbury Vale "
        "Local Offer. Here are the main things you raised between January and September 2026 and what we "
        "changed as a result.</p><div class='ysd'><h2>You said</h2><p>The page about short breaks used too "
        "many abbreviations.</p><h2>We did</h2><p>We rewrote it in plain English with the Parent Carer "
        "Forum and added a glossary.</p></div><div class='ysd'><h2>You said</h2><p>It was hard to find "
        "holiday activities for disabled children.</p><h2>We did</h2><p>We added a holiday filter to the "
        "directory search.</p></div><p>Published 4 November 2026.</p>",
    ),
    pos="fb",
    notes="Classic heading pairs about the Local Offer; published 4 November 2026 (inside the window).",
)

case(
    "https://www.ashworth.example.gov.uk/localoffer/what-you-told-us",
    html=page(
        "What you told us about our Local Offer website",
        "<p>In spring 2026 we ran an online survey and two drop-in sessions about the Local Offer. 214 "
        "people took part.</p><h2>Your comments</h2><ul><li>Several parents found the search results "
        "confusing because old services were still listed.</li><li>Young people asked for information "
        "written for them, not for their parents.</li><li>Some of you could not read the pages on a "
        "phone.</li></ul><h2>How we have responded</h2><ul><li>Every listing is now checked every six "
        "months and out-of-date ones are removed.</li><li>A group of young people wrote a new 'Moving on' "
        "section with us.</li><li>The site has moved to a layout that works on mobiles.</li></ul>",
        chrome="sc",
        dated="18 June 2026",
    ),
    pos="fb",
    notes="'What you told us' / 'How we have responded'; spring 2026 survey, updated June 2026.",
)

case(
    "https://www.marlcombe.example.gov.uk/downloads/send-local-offer-annual-report-2025-26.pdf",
    text=(
        "MARLCOMBE COUNCIL\nSEND Local Offer: annual report 2025-26\nDate of publication: 15 January 2026\n\n"
        "Section 1  About this report\nRegulation 56 of the SEND Regulations 2014 asks us to publish the\n"
        "comments we receive on our Local Offer and what we are doing about them.\n\nSection 2  Themes "
        "from your feedback\n2.1 Information on travel assistance was out of date.\n2.2 Families wanted "
        "more about what happens at age 16.\n2.3 The site did not work well with screen readers.\n\n"
        "Section 3  Our actions\n3.1 Travel assistance pages were rewritten in October 2025.\n3.2 A "
        "Preparing for Adulthood area was launched in December 2025.\n3.3 An accessibility audit was "
        "carried out and 41 faults were fixed.\n"
    ),
    pos="fb",
    notes="PDF annual report with numbered sections; published January 2026.",
)

case(
    "https://www.marlcombe.example.gov.uk/downloads/send-local-offer-annual-report-2023-24.pdf",
    text=(
        "MARLCOMBE COUNCIL\nSEND Local Offer: annual report 2023-24\nDate of publication: 11 March 2025\n\n"
        "Themes from your feedback\n- Parents could not find the EHC needs assessment request form.\n"
        "- Information about speech and language therapy was thin.\n\nOur actions\n- A 'request an "
        "assessment' button was added to the home page.\n- The therapy pages were rewritten with the "
        "NHS trust.\n"
    ),
    pos="",
    notes="Comments and actions about the Local Offer, but published March 2025: outside the window.",
)

case(
    "https://localoffer.hollinsbridge.example.gov.uk/feedback-log",
    html=page(
        "Local Offer feedback log",
        "<p>This log lists comments sent to the Local Offer team and our reply. Names and other details "
        "that could identify anyone have been removed.</p><table><thead><tr><th>Received</th><th>Comment"
        "</th><th>Our response</th></tr></thead><tbody><tr><td>Nov 2025</td><td>The autism support page "
        "links to a service that closed.</td><td>Link removed and replaced with the new neurodevelopmental "
        "pathway page.</td></tr><tr><td>Feb 2026</td><td>Please list which youth clubs are accessible."
        "</td><td>Accessibility details added to 36 youth club listings.</td></tr><tr><td>Jul 2026</td>"
        "<td>Too hard to find out who to contact about transport.</td><td>A single contact box now appears "
        "on every transport page.</td></tr></tbody></table>",
        chrome="xc",
        dated="3 August 2026",
    ),
    pos="fb",
    notes="Comment/response table about the Local Offer, 2025-26 entries, updated August 2026.",
)

case(
    "https://www.corrowby.example.gov.uk/send/local-offer-feedback-2025",
    html=page(
        "Local Offer: you said, we did",
        "<p>Thank you to everyone who filled in our Local Offer questionnaire over the summer.</p><p><strong>"
        "You said:</strong> the directory lists too many services that are not for children with SEND. "
        "<strong>We did:</strong> we added a 'SEND friendly' tag and a filter for it.</p><p><strong>You "
        "said:</strong> you wanted to know about things to do at weekends. <strong>We did:</strong> we "
        "added a weekend activities page.</p><p>Posted on 20 October 2025</p>",
        chrome="cx",
    ),
    pos="",
    notes="EDGE: about the Local Offer with comments and actions, but dated 20 October 2025, eight days before "
    "the window opens (2025-10-28).",
)

case(
    "https://www.corrowby.example.gov.uk/send/local-offer-feedback-autumn-2025",
    html=page(
        "Local Offer: you said, we did (autumn update)",
        "<p><strong>You said:</strong> the short breaks eligibility criteria were buried in a PDF. <strong>"
        "We did:</strong> the criteria are now set out on the short breaks page itself.</p><p><strong>You "
        "said:</strong> the Local Offer did not explain personal budgets. <strong>We did:</strong> we "
        "published a personal budgets guide written with parents.</p><p>Posted on 30 October 2025</p>",
        chrome="cx",
    ),
    pos="fb",
    notes="EDGE: same shape, dated 30 October 2025, two days inside the window.",
)

case(
    "https://www.eastmere.example.gov.uk/short-breaks/consultation-outcome",
    html=page(
        "Short breaks consultation: you said, we did",
        "<p>From March to May 2026 we consulted on our short breaks statement.</p><h2>You said</h2><p>"
        "Overnight short breaks are hard to book during school holidays.</p><h2>We did</h2><p>We have "
        "commissioned 20 more holiday overnight stays from September 2026.</p><h2>You said</h2><p>The "
        "application form was too long.</p><h2>We did</h2><p>The form has been cut from 14 pages to 5.</p>",
        dated="1 September 2026",
    ),
    pos="",
    notes="TRAP: 'You said, we did' about the short breaks statement consultation, not the Local Offer.",
)

case(
    "https://www.eastmere.example.gov.uk/travel/home-to-school-transport-policy-2026-response",
    html=page(
        "Home to school transport policy 2026: consultation response",
        "<p>We received 612 responses to the proposed changes to post-16 travel support.</p><h2>What "
        "people told us</h2><p>Most respondents were worried about the contribution charge for young "
        "people with SEND.</p><h2>Our decision</h2><p>Cabinet agreed on 14 July 2026 to keep the charge "
        "but introduce a hardship exemption.</p>",
        dated="15 July 2026",
    ),
    pos="",
    notes="TRAP: consultation response on transport policy, not on the Local Offer.",
)

case(
    "https://www.wyndle.example.gov.uk/local-offer/comments-2026",
    html=page(
        "Comments on the Local Offer, 2026",
        "<p>These are some of the comments we received about the Local Offer this year. We are still "
        'working through them and will publish our response in the new year.</p><blockquote><p>"The '
        'directory is great but the phone numbers for the health services are often wrong."</p>'
        '</blockquote><blockquote><p>"I wish there was more about college courses for young people with '
        'learning disabilities."</p></blockquote><blockquote><p>"The pages are very long. Shorter '
        'summaries would help."</p></blockquote>',
        dated="10 October 2026",
    ),
    pos="",
    notes="TRAP: comments published without the authority's response ('will publish our response in the new year').",
)

case(
    "https://www.wyndle.example.gov.uk/local-offer/whats-new",
    html=page(
        "What's new on the Local Offer",
        "<ul><li><strong>September 2026:</strong> new pages on emotionally based school avoidance.</li><li>"
        "<strong>July 2026:</strong> directory search now remembers your filters.</li><li><strong>May 2026:"
        "</strong> the accessibility statement was updated.</li></ul><p>We keep the Local Offer up to date "
        "all year round.</p>",
        chrome="sx",
    ),
    pos="",
    notes="TRAP: a changelog of Local Offer updates with no comments received (response without comments).",
)

case(
    "https://www.stanbrook.example.gov.uk/localoffer/yswd",
    html=page(
        "You said, we did",
        "<p>Your views help us improve the Stanbrook Local Offer.</p><table><tr><th>You said</th><th>We did"
        "</th></tr><tr><td>There wasn't enough on mental health support.</td><td>We added a wellbeing hub "
        "with links to the school nursing and CAMHS teams.</td></tr><tr><td>The Local Offer wasn't "
        "advertised in schools.</td><td>Every SENCO now gets a termly bulletin with links.</td></tr></table>",
        chrome="cx",
    ),
    pos="",
    notes="TRAP: 'You said, we did' about the Local Offer but with no date anywhere on the page.",
)

case(
    "https://www.felsham.example.gov.uk/send-strategy/consultation-response",
    html=page(
        "SEND and inclusion strategy 2026-2029: our response to the consultation",
        "<p>Between February and April 2026 we asked for views on the draft SEND and inclusion strategy."
        "</p><h2>What you said</h2><ul><li>The strategy needed clearer targets.</li><li>Families wanted "
        "more specialist places in the north of the county.</li></ul><h2>What we changed</h2><ul><li>"
        "Each priority now has measurable outcomes.</li><li>A new resource base will open in Ridley in "
        "2027.</li></ul>",
        dated="22 May 2026",
    ),
    pos="",
    notes="TRAP: consultation response on the SEND strategy, not the Local Offer.",
)

case(
    "https://www.felsham.example.gov.uk/localoffer/have-your-say",
    html=page(
        "Have your say about the Local Offer",
        "<p>We want the Local Offer to work for you. Please tell us what is missing, what is hard to use "
        "and what you like.</p><p>Our annual survey is open until 31 December 2026. You can also email "
        "localoffer@felsham.example.gov.uk at any time.</p><p>Each year we publish what you told us and "
        "what we did about it.</p>",
        chrome="sc",
    ),
    pos="",
    notes="TRAP: seeking comments (survey invitation) only; nothing published on this page.",
)

case(
    "https://www.redgrave.example.gov.uk/local-offer/faq",
    html=page(
        "Local Offer: frequently asked questions",
        "<h2>What is the Local Offer?</h2><p>It is where we publish information about services for "
        "children and young people with special educational needs and disabilities.</p><h2>Do you publish "
        "what people say about it?</h2><p>Yes. Between April and September 2026 we heard from 96 families. "
        "The most common comment was that information about respite was hard to find, so in October 2026 "
        "we brought it together on one page. Parents also told us the events calendar was out of date; it "
        "is now updated weekly by the Family Information Service.</p><h2>Who runs it?</h2><p>The Local "
        "Offer is run by the council's SEND team.</p>",
        chrome="cx",
    ),
    pos="fb",
    notes="Feedback and response inside an FAQ answer, dated by 'April to September 2026' and 'October 2026'.",
)

case(
    "https://www.oakhanger.example.gov.uk/young-people/local-offer-you-told-us",
    html=page(
        "You told us, so we changed it",
        "<p>Our Youth Voice group looked at the Local Offer in spring 2026. Here's what they "
        "thought.</p><ul><li>\"It's written for parents, not for us.\" &rarr; We made a young people's "
        'section with short videos.</li><li>"We want to know about jobs and training." &rarr; We added '
        'a supported internships page.</li><li>"Too many words." &rarr; We cut the home page by half.'
        "</li></ul><p>Thanks to everyone in Youth Voice!</p>",
        chrome="sx",
        dated="July 2026",
    ),
    pos="fb",
    notes="Young people's comments with arrows to the actions; spring 2026, updated July 2026.",
)

case(
    "https://www.oakhanger.example.gov.uk/downloads/local-offer-annual-report-2024-25.pdf",
    text=(
        "Oakhanger SEND Local Offer\nAnnual Report 2024 to 2025\nPublished July 2025\n\nWhat families "
        "said\nThe Local Offer should include more about health services for adults.\nThe search did not "
        "find services by postcode.\n\nWhat we did\nWe added a transition to adult health section.\n"
        "Postcode search was switched on in June 2025.\n"
    ),
    pos="",
    notes="Annual Local Offer report published July 2025: outside the window.",
)

case(
    "https://www.brackwater.example.gov.uk/localoffer/feedback-quarterly",
    html=page(
        "Local Offer feedback: October to December 2025",
        "<p>Published 9 January 2026</p><h2>What you told us</h2><ol><li>The sensory impairment team's "
        "page did not say how to make a referral.</li><li>Parents wanted to see waiting times for therapy."
        "</li></ol><h2>What we are doing</h2><ol><li>The referral route has been added.</li><li>The NHS "
        "trust has agreed to publish average waiting times every quarter from April 2026.</li></ol>",
        chrome="xx",
    ),
    pos="fb",
    notes="Quarterly feedback summary with numbered comments and actions; published January 2026.",
)

case(
    "https://www.brackwater-pcf.example.org.uk/news/you-said-we-did",
    html=page(
        "Brackwater Parent Carer Forum: you said, we did",
        "<p>At our coffee mornings in 2026 members told us they wanted more evening meetings. We now run "
        "one online meeting a month at 7pm. You also asked for a newsletter you can print, so we publish a "
        "PDF version every term.</p>",
        chrome="xx",
        dated="5 October 2026",
    ),
    pos="",
    notes="TRAP: a parent carer forum's own 'you said, we did' about its meetings, not the Local Offer.",
)

case(
    "https://www.pellingford.example.gov.uk/send/inspection/priority-action-plan",
    html=page(
        "Area SEND inspection: what we are doing",
        "<p>Ofsted and the CQC inspected the Pellingford local area partnership in March 2026.</p><h2>What "
        "the inspectors found</h2><p>Families told inspectors that EHC plans were often late.</p><h2>What "
        "we will do</h2><p>We will recruit six more EHC coordinators and report progress to the SEND "
        "Partnership Board every quarter.</p>",
        dated="2 June 2026",
    ),
    pos="",
    notes="TRAP: inspection priority action plan, not Local Offer comments.",
)

case(
    "https://www.ludcombe.example.gov.uk/local-offer/review-2023",
    html=page(
        "Local Offer review 2023",
        "<p>In 2023 we asked families about the Local Offer.</p><p>You said the site was slow. We moved it "
        "to a new platform in November 2023.</p><p>You said you wanted more about early years. We added a "
        "nursery finder.</p><p>Published 12 December 2023.</p>",
        chrome="cx",
    ),
    pos="",
    notes="Local Offer comments and responses, but from 2023: too old.",
)

case(
    "https://www.sallowfield.example.gov.uk/media/local-offer-annual-report-2025-26.pdf",
    text=(
        "Sallowfield Local Offer - Annual Report 2025/26\nPublished: 30 October 2025\n\nWhat we heard\n"
        "* Families asked for the SEND transport policy to be easier to find.\n* Young people asked for an "
        "easy read version of the Local Offer.\n\nWhat we changed\n* The policy is linked from the home "
        "page.\n* Easy read pages were launched in September 2025.\n"
    ),
    pos="fb",
    notes="EDGE: annual report published 30 October 2025, two days inside the window.",
)

case(
    "https://www.tennington.example.gov.uk/family-hubs/what-you-told-us",
    html=page(
        "Family hubs: what you told us",
        "<p>Over 400 families shared their views on our new family hubs in 2026.</p><p>You told us that "
        "opening hours did not suit working parents. In response, three hubs now open on Saturday "
        "mornings.</p><p>You told us the hubs were hard to reach by bus. We now list bus routes on each "
        "hub's page.</p>",
        dated="14 August 2026",
    ),
    pos="",
    notes="TRAP: 'what you told us' about family hubs, not the Local Offer.",
)

case(
    "https://www.harrowden.example.gov.uk/local-offer/feedback-actions",
    html=page(
        "Local Offer: your feedback and our plans",
        "<p>Summary of feedback received through the Local Offer feedback form, January to June 2026.</p>"
        "<dl><dt>Comment</dt><dd>There is no information about dyslexia support in secondary schools.</dd>"
        "<dt>Our response</dt><dd>We will work with the specialist teaching service to add a page by "
        "January 2027.</dd><dt>Comment</dt><dd>The Local Offer does not explain what an EHC plan is.</dd>"
        "<dt>Our response</dt><dd>We will publish an 'EHC plans explained' guide, co-written with parents, "
        "in the spring.</dd></dl>",
        chrome="xc",
        dated="29 July 2026",
    ),
    pos="fb",
    notes="Definition list of comments with intended actions ('we will'): still a response; July 2026.",
)

case(
    "https://www.harrowden.example.gov.uk/complaints/outcome-letter-redacted",
    html=page(
        "Stage 2 complaint response",
        "<p>Dear [redacted],</p><p>Thank you for your complaint of 3 March 2026 about the Local Offer page "
        "for the portage service. I have looked into the matters you raised. I uphold your complaint that "
        "the page gave the wrong eligibility age, and the page has been corrected.</p><p>Yours sincerely, "
        "Complaints Manager</p>",
        chrome="xx",
        dated="24 March 2026",
    ),
    pos="",
    notes="TRAP: an individual complaint outcome, not the published collective comments and response.",
)

case(
    "https://www.kingsmead.example.gov.uk/local-offer/annual-reports",
    html=page(
        "Local Offer annual reports",
        "<p>Download our annual reports on the Local Offer:</p><ul><li><a href='/docs/lo-report-2025-26.pdf'>"
        "Local Offer annual report 2025-26 (PDF, 1.2MB)</a></li><li><a href='/docs/lo-report-2024-25.pdf'>"
        "Local Offer annual report 2024-25 (PDF, 900KB)</a></li></ul>",
        chrome="sc",
    ),
    pos="",
    notes="TRAP: a list of report links; the comments and response are not on the page.",
)

case(
    "https://www.westerby.example.gov.uk/local-offer/about",
    html=page(
        "About the Westerby Local Offer",
        "<p>The Local Offer brings together information about education, health and care services for "
        "children and young people aged 0 to 25 with SEND. It was first published in September 2014 and "
        "is reviewed every year with families.</p><h2>Comments we received in 2026 and what we did</h2>"
        "<ul><li>Parents said they could not tell which services were free. Every listing now shows a "
        "cost.</li><li>A young person said the site was 'boring'. Young people chose new photos and "
        "colours for the home page.</li><li>Schools asked for a printable summary. A two-page leaflet is "
        "now available.</li></ul><h2>Who to contact</h2><p>Email send.info@westerby.example.gov.uk.</p>",
        dated="2 September 2026",
    ),
    pos="fb",
    notes="Feedback and response section buried in an 'about' page; 2026.",
)

case(
    "https://www.caddon.example.gov.uk/media/local-offer-feedback-summary-2026.pdf",
    text=(
        "Caddon Borough Council\nSEND Local Offer\nFeedback summary - reporting period April to September "
        "2026\n\nComments received: 58\n\nTheme: Information for families whose first language is not\n"
        "English\nResponse: Key pages can now be translated into 12 languages using\nthe button at the "
        "top of each page.\n\nTheme: Waiting lists for wheelchair services\nResponse: This is outside the "
        "Local Offer itself, but we passed\nthe comments to the ICB, which will publish waiting times.\n"
    ),
    pos="fb",
    notes="PDF text with Theme/Response pairs, hard line breaks; reporting period April-September 2026.",
)

case(
    "https://www.caddon.example.gov.uk/local-offer/website-redesign-consultation",
    html=page(
        "Local Offer website redesign: summary of responses",
        "<p>Consultation ran from 6 January to 20 February 2026. 188 responses were received.</p><h2>Summary "
        "of responses</h2><p>Most people wanted a simpler home page and a better search. Some wanted the "
        "directory and the information pages kept separate.</p><h2>Our response</h2><p>The new site, "
        "launched in May 2026, has a single search box and six topic tiles. Directory results now open in "
        "their own tab.</p>",
        chrome="cx",
        dated="27 May 2026",
    ),
    pos="fb",
    notes="A consultation response about the Local Offer website itself: comments and response, 2026.",
)

case(
    "https://www.caddon.example.gov.uk/schools/specialist-places-consultation-response",
    html=page(
        "Expanding specialist places: consultation response",
        "<p>We consulted on adding 60 specialist places at three schools from September 2027.</p><h2>What "
        "you said</h2><p>Respondents supported the plan but raised concerns about travel times.</p><h2>Our "
        "response</h2><p>Cabinet approved the plan on 8 October 2026 with a transport review.</p>",
        dated="9 October 2026",
    ),
    pos="",
    notes="TRAP: consultation response about specialist school places, not the Local Offer.",
)

case(
    "https://www.pellingford.example.gov.uk/local-offer/feedback",
    html=page(
        "Local Offer feedback",
        "<p>We welcome your comments about the Local Offer. Use the form below.</p><form><label>Your "
        "comment<textarea></textarea></label><button>Send</button></form><p>We read every comment and use "
        "them to improve the site.</p>",
        dated="11 November 2026",
    ),
    pos="",
    notes="TRAP: a feedback form with no published comments or response.",
)

case(
    "https://www.ludcombe.example.gov.uk/council/budget-2026-you-said-we-did",
    html=page(
        "Budget consultation 2026/27: you said, we did",
        "<p>You said: protect libraries. We did: no library will close in 2026/27.</p><p>You said: fix "
        "potholes faster. We did: an extra &pound;2m for road repairs.</p>",
        chrome="xc",
        dated="March 2026",
    ),
    pos="",
    notes="TRAP: council budget 'you said, we did'.",
)


# =============================================================================================
# B. SEND mediation pages: advice, certificates, time limits, declining mediation
# =============================================================================================

case(
    "https://www.ashworth.example.gov.uk/localoffer/rights/send-mediation",
    html=page(
        "SEND mediation in Ashworth",
        "<p>If we decide not to carry out an EHC needs assessment, not to issue a plan, or you disagree "
        "with what a plan says, you can ask for mediation.</p><h2>Step 1: mediation advice</h2><p>Within two "
        "months of the date of our decision letter, contact the mediation adviser at Lanterne Mediation "
        "CIC. Lanterne is a separate organisation: none of its advisers or mediators works for Ashworth "
        "Council. The adviser will explain what mediation involves.</p><h2>Step 2: your choice</h2><p>Going "
        "on to mediation is your choice. If you would rather not, the adviser sends you a certificate "
        "within three working days. Choosing not to mediate will not affect your right to appeal.</p><h2>"
        "Step 3: the mediation meeting</h2><p>If you want mediation, it must take place within 30 days. "
        "Afterwards you get a certificate whatever the outcome.</p><h2>Appealing</h2><p>You can then appeal "
        "to the First-tier Tribunal (SEND). The deadline is two months from our decision letter or one month "
        "from the certificate, whichever is later.</p><h2>Contact</h2><p>Lanterne Mediation CIC: 0113 496 "
        "0412, send@lanterne-mediation.example.org.uk</p>",
        chrome="sc",
        dated="6 May 2026",
    ),
    pos="med ind vol noeff prov contact trib",
    notes="Full mediation explainer with steps; provider independent ('none of its advisers works for the "
    "council'); 'your choice'; 'will not affect your right to appeal'; appeal deadline.",
)

case(
    "https://www.hollinsbridge.example.gov.uk/localoffer/declining-mediation",
    html=page(
        "If you decide against mediation",
        "<div class='callout'><p>If you decide against mediation, tell the mediation adviser. They will send "
        "you a certificate within three working days, which means you can lodge your appeal with the "
        "Tribunal straight away.</p></div>",
        chrome="xx",
    ),
    pos="noeff",
    skip="med vol",
    notes="Declining + certificate + 'can lodge your appeal straight away' = no effect on appeal. Too thin to "
    "judge mediation_info or voluntary with confidence.",
)

case(
    "https://www.brackwater.example.gov.uk/send/disagreement-resolution",
    html=page(
        "Sorting out disagreements: disagreement resolution",
        "<p>Disagreement resolution gives families and the people who support their child a chance to sit "
        "down with a trained facilitator and look for a way forward.</p><p>In Brackwater the service is "
        "run by Threshold Resolution Partnership, an organisation independent of Brackwater Council.</p><p>"
        "It can help with disagreements:</p><ul><li>between parents and a school or college about the "
        "support a child gets for their special educational needs;</li><li>between families and the council "
        "about how it is carrying out its SEN duties;</li><li>about the health or social care parts of an "
        "EHC assessment or plan.</li></ul><p>Whether or not you use disagreement resolution, your right to "
        "appeal to the Tribunal stays exactly the same.</p><p>To ask for a meeting email "
        "requests@threshold-resolution.example.co.uk.</p>",
        dated="30 April 2026",
    ),
    pos="in ind types noeff prov contact",
    notes="DR page: provider + 'independent of Brackwater Council'; three types; 'whether or not you use it, "
    "your right to appeal stays the same'; email.",
)

case(
    "https://www.eastmere.example.gov.uk/localoffer/appeals-faq",
    html=page(
        "Mediation and appeals: your questions answered",
        "<h2>What is mediation advice?</h2><p>Before you can appeal about an EHC needs assessment or plan "
        "you usually have to get information about mediation. You do this by phoning the mediation adviser "
        "at Keystone SEND Mediation on 0114 496 0321 within two months of our decision.</p><h2>Do I have to "
        "go to mediation?</h2><p>No. After speaking to the adviser you decide whether to go ahead.</p><h2>I "
        "don't want mediation. Can I still appeal?</h2><p>Yes. Saying no to mediation does not stop you "
        "appealing. You just need the certificate the adviser gives you, which arrives within three working "
        "days.</p><h2>How long do I have to appeal?</h2><p>Two months from the date on the decision letter, "
        "or one month from the date of the certificate, whichever is later. You can register your appeal "
        "with the First-tier Tribunal (SEND) online on GOV.UK.</p>",
        chrome="cc",
    ),
    pos="med vol noeff prov contact trib",
    notes="FAQ: mediation advice within two months, certificate in 3 working days, 'No' to must I mediate, "
    "'saying no does not stop you appealing', deadline and online route. No independence claim.",
)

case(
    "https://www.eastmere.example.gov.uk/localoffer/after-mediation",
    html=page(
        "What happens after mediation?",
        "<p>If you and the council reach an agreement at mediation, the mediator writes it down and the "
        "council has to do what was agreed within set time limits.</p><p>If mediation does not settle "
        "things, you can still appeal to the First-tier Tribunal (SEND). Your appeal must be registered "
        "within one month of the date on your mediation certificate.</p>",
        chrome="cc",
    ),
    pos="trib",
    skip="med",
    notes="TRAP for no-effect: 'if mediation does not settle things you can still appeal' is appealing AFTER "
    "mediation. Tribunal right with a deadline.",
)

case(
    "https://fis.corrowby.example.gov.uk/directory/service/compass-point-mediation",
    html=page(
        "Compass Point Mediation",
        "<p class='summary'>SEND mediation advice and mediation for Corrowby families.</p><p>If you choose "
        "not to mediate, we issue your certificate within three working days.</p><table><tr><th>Telephone"
        "</th><td>0115 496 0278</td></tr><tr><th>Website</th><td>www.compasspoint-mediation.example.org"
        "</td></tr><tr><th>Opening hours</th><td>Monday to Friday, 9am to 5pm</td></tr></table>",
        chrome="dd",
    ),
    pos="prov contact",
    skip="noeff vol med",
    notes="Directory record: provider and contact. Certificate if you decline, without saying you can then "
    "appeal (unlabelled for no-effect).",
)

case(
    "https://www.oakhanger.example.gov.uk/young-people/disagree-with-your-plan",
    html=page(
        "Not happy with your EHC plan? (for young people 16 to 25)",
        "<p>Once you are over compulsory school age you can make decisions about your plan yourself.</p>"
        "<p><strong>Talk to a mediation adviser first.</strong> You have 2 months from the date of your "
        "decision letter to do this. They'll explain how mediation could help.</p><p><strong>Mediation is "
        "up to you.</strong> If you don't fancy it, that's fine. Not wanting mediation doesn't close the "
        "door to the Tribunal: with the certificate the adviser gives you, you can go ahead and appeal.</p>"
        "<p><strong>Appealing.</strong> Fill in form SEND35 or apply online. The First-tier Tribunal (SEND) "
        "must get it within 2 months of your decision letter or 1 month of your certificate.</p><p>Want help? "
        "Oakhanger SENDIASS has a young people's adviser: text 07700 900418 or email "
        "youngpeople@oakhanger-sendiass.example.org.uk.</p>",
        chrome="sx",
    ),
    pos="med vol noeff trib iass",
    notes="Young people's voice: adviser + 2 months + certificate; 'up to you'; 'doesn't close the door to the "
    "Tribunal'; SEND35 + deadline; SENDIASS with text number.",
)

case(
    "https://www.sallowfield.example.gov.uk/send/disagreement-resolution-service",
    html=page(
        "Disagreement resolution service",
        "<p>Sallowfield's disagreement resolution service is provided by Together Trust, an independent "
        "charity. A Together Trust facilitator will help everyone talk through the problem and agree what "
        "happens next.</p><p>Taking part in disagreement resolution has no bearing on your appeal rights."
        "</p><p>Call Together Trust on 0161 496 0734 to find out more.</p>",
        chrome="cc",
        dated="12 September 2026",
    ),
    pos="in ind noeff prov contact",
    notes="Short DR page: Together Trust 'an independent charity'; 'no bearing on your appeal rights'; phone.",
)

case(
    "https://www.tennington.example.gov.uk/localoffer/resolving-disputes",
    html=page(
        "Resolving disputes about SEN provision",
        "<p>Fulcrum Dispute Services runs Tennington's SEND disagreement resolution service. Fulcrum is not "
        "connected to the council in any way.</p><p>Using this service is optional and does not replace or "
        "delay your right of appeal.</p><p>Refer yourself online at "
        "<a href='https://www.fulcrum-disputes.example.co.uk/refer'>fulcrum-disputes.example.co.uk/refer</a>."
        "</p>",
        chrome="cc",
    ),
    pos="in ind vol noeff prov contact",
    notes="'not connected to the council' = independent; 'optional' = voluntary; 'does not replace or delay "
    "your right of appeal'; online referral.",
)

case(
    "https://www.stanbrook.example.gov.uk/localoffer/send-tribunal",
    html=page(
        "Appealing to the SEND Tribunal",
        "<p>You have a right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) "
        "about decisions on EHC needs assessments and plans.</p><p>You can go straight to the Tribunal if "
        "you don't want mediation &ndash; you just need the certificate from the mediation adviser "
        "first.</p><p>Appeal forms and guidance are on GOV.UK. Your appeal must reach the Tribunal within "
        "two months of the decision letter, or one month after the date of the certificate if that is "
        "later.</p>",
        chrome="cc",
    ),
    pos="trib noeff",
    skip="med",
    notes="Tribunal page: right + forms + deadline; 'can go straight to the Tribunal if you don't want mediation'.",
)

case(
    "https://www.westerby.example.gov.uk/news/send-reforms-what-they-mean",
    html=page(
        "SEND reforms: what they mean for you",
        "<p>Since the changes in 2024, mediation is compulsory before any appeal. Families must now attend a "
        "mediation meeting with the council before the Tribunal will accept their case.</p><p>Mediation is "
        "often quicker and less stressful than going to the Tribunal.</p>",
        chrome="xc",
        dated="8 March 2026",
    ),
    pos="",
    notes="TRAP: 'mediation is compulsory' (and 'quicker than the Tribunal'): neither voluntary nor no-effect.",
)

case(
    "https://www.redgrave.example.gov.uk/localoffer/mediation-advice",
    html=page(
        "Considering mediation before an appeal",
        "<p>Before registering an appeal about an EHC needs assessment or an EHC plan, you must consider "
        "mediation. To do that, contact the mediation adviser within two months of the date of the "
        "decision letter.</p><p>Mediation advice in Redgrave is given by Prime Resolution (0121 496 0547). "
        "The adviser will explain how mediation works and will issue a mediation certificate within three "
        "working days of your call.</p>",
        chrome="sc",
        dated="21 January 2026",
    ),
    pos="med prov contact",
    skip="trib",
    notes="TRAP for voluntary: 'you must consider mediation' is the mediation-advice duty, not voluntariness. "
    "Mediation advice explained with time limits; provider + phone.",
)

case(
    "https://www.felsham.example.gov.uk/localoffer/mediation-what-the-council-must-do",
    html=page(
        "Mediation: what the council has to do",
        "<p>If you tell the mediation adviser you want mediation about your child's EHC plan, the council "
        "has to take part. It must arrange a mediation meeting within 30 days and send someone who can "
        "make decisions.</p><p>You will get a certificate within three working days of the mediation "
        "ending.</p><p>If the mediation is about health provision, the Integrated Care Board must also "
        "take part.</p>",
        chrome="cc",
    ),
    pos="med",
    notes="TRAP for voluntary: the council is obliged to take part; nothing about the family being free not "
    "to. Mediation of EHC decisions explained with time limits; ICB (current).",
)

case(
    "https://www.wyndle.example.gov.uk/localoffer/send-mediation-leaflet.pdf",
    text=(
        "Wyndle Local Offer\nSEND MEDIATION - A SHORT GUIDE\n\nWhat decisions can go to mediation?\n"
        "- a refusal to assess, or to issue an EHC plan\n- the contents of a plan, once it is finalised\n"
        "- a decision not to amend a plan after review, or to stop\n  maintaining it\n\nTime limits\n"
        "Contact the adviser: within 2 months of the decision\nCertificate issued: within 3 working days\n"
        "Mediation held: within 30 days\n\nNo one can make you attend mediation, and it only goes\nahead if "
        "you and the council both agree to it.\n\nOur mediation service is provided by Global Mediation,\n"
        "an independent company. Freephone 0808 157 0190.\n"
    ),
    pos="med vol ind prov contact",
    notes="PDF leaflet with decision list and time-limits table; 'no one can make you attend' + both agree; "
    "Global Mediation 'an independent company'; freephone.",
)

case(
    "https://www.pellingford.example.gov.uk/localoffer/mediation-steps",
    html=page(
        "The mediation process step by step",
        "<table><thead><tr><th>Step</th><th>What happens</th><th>Time limit</th></tr></thead><tbody><tr>"
        "<td>1</td><td>We send you our decision about the EHC assessment or plan</td><td>&ndash;</td></tr>"
        "<tr><td>2</td><td>You contact the mediation adviser for information and advice</td><td>2 months "
        "from the decision</td></tr><tr><td>3</td><td>If you do not want mediation, you receive a "
        "certificate</td><td>3 working days</td></tr><tr><td>4</td><td>If you want mediation, a meeting "
        "is arranged</td><td>30 days</td></tr><tr><td>5</td><td>You can register an appeal with the "
        "Tribunal</td><td>1 month from the certificate</td></tr></tbody></table><p>The mediation adviser "
        "is provided by Riverbend Mediation Trust: 0117 496 0865.</p>",
        chrome="sc",
    ),
    pos="med prov contact trib",
    skip="noeff vol",
    notes="Table of steps with time limits; provider + phone; appeal step with a deadline. Declining and "
    "appealing are in separate rows, so no-effect is unlabelled.",
)

case(
    "https://www.kingsmead.example.gov.uk/localoffer/tribunal/registering-appeal",
    html=page(
        "Registering your appeal",
        "<p>You will need a mediation certificate to register most appeals. Keep it safe and send a copy "
        "with your appeal form.</p><p>Appeals are decided by the First-tier Tribunal (SEND), which is "
        "independent of the council. Complete form SEND35 and send it to the Tribunal within one month of "
        "the date on your certificate.</p>",
        chrome="cc",
    ),
    pos="trib",
    notes="TRAP for mediation_info: only mentions a certificate. 'Independent' describes the Tribunal. Tribunal "
    "right with form + deadline.",
)

case(
    "https://www.ludcombe.example.gov.uk/schools/peer-mediation",
    html=page(
        "Peer mediation in primary schools",
        "<p>Trained pupil mediators help classmates sort out playground fall-outs. Taking part is voluntary "
        "and pupils can stop at any time. Ask your school if it runs a peer mediation scheme.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: peer mediation in schools, 'voluntary' in that sense.",
)

case(
    "https://www.stanbrook.example.gov.uk/family/family-mediation",
    html=page(
        "Family mediation when parents separate",
        "<p>Family mediation helps separating parents agree arrangements for their children and money. It "
        "is voluntary, but before applying to court you will normally need to attend a Mediation "
        "Information and Assessment Meeting (MIAM).</p><p>Stanbrook Family Mediation Service is independent "
        "and its mediators are accredited by the Family Mediation Council. Call 0151 496 0227. Everything "
        "you say is confidential.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: family mediation (MIAM): voluntary/independent/confidential/provider/contact all 0.",
)

case(
    "https://www.caddon.example.gov.uk/community/neighbour-mediation",
    html=page(
        "Neighbour and community mediation",
        "<p>Our volunteer mediators help neighbours resolve disputes about noise, parking and boundaries. "
        "The service is free, independent of the council's housing team and confidential. Both neighbours "
        "must agree to take part.</p><p>Call Caddon Community Mediation on 0131 496 0788.</p>",
        chrome="xc",
    ),
    pos="",
    notes="TRAP: community mediation with every cue word.",
)

case(
    "https://www.thornburyvale.example.gov.uk/send/ehc-decisions-mediation",
    html=page(
        "Disagreeing with an EHC decision: mediation",
        "<p>You can use mediation if you disagree with a decision we have made about an education, health "
        "and care needs assessment or plan.</p><p>Mediation advice and mediation are provided by KIDS SEND "
        "Mediation Service. KIDS is a charity and is not part of the council.</p><ul><li>You must get in "
        "touch with KIDS within two months of the decision letter.</li><li>Whether you take part in "
        "mediation is entirely up to you.</li><li>Mediation will normally happen within 30 days and what "
        "is said stays confidential.</li><li>You will receive a mediation certificate in all cases.</li>"
        "</ul><p>Telephone 0808 157 0521 or email sendmediation@kids.example.org.uk.</p>",
        chrome="cc",
        dated="13 October 2026",
    ),
    pos="med ind vol conf prov contact",
    skip="noeff",
    notes="Bulleted mediation page: KIDS 'not part of the council'; 'entirely up to you'; 30 days; "
    "confidential; certificate in all cases (no appeal statement).",
)

case(
    "https://www.harrowden.example.gov.uk/localoffer/mediation-and-your-rights",
    html=page(
        "Mediation and your right of appeal",
        "<p>Mediation can be a good way to settle a disagreement about an EHC plan, but you are under no "
        "obligation to use it.</p><p>Your appeal rights are unaffected if you decide against mediation: "
        "you will still get a certificate and can register an appeal with the First-tier Tribunal (SEND) "
        "within one month of it.</p><p>Mediation advice: Bluebridge Resolution, 0116 496 0193.</p>",
        chrome="sc",
    ),
    pos="vol noeff trib prov contact",
    skip="med",
    notes="'under no obligation' = voluntary; 'appeal rights are unaffected if you decide against mediation'; "
    "appeal deadline; provider + phone.",
)

case(
    "https://www.westerby.example.gov.uk/localoffer/ehc-plans/if-you-disagree",
    html=page(
        "If you disagree with an EHC plan decision",
        "<p>Talk to your EHC coordinator first. Many problems can be sorted out by discussing them.</p>"
        "<p>If that doesn't work, you can ask for mediation or appeal. For an appeal you will first need to "
        "get a mediation certificate.</p><p>Find out more on our <a href='/localoffer/mediation'>mediation"
        "</a> and <a href='/localoffer/tribunal'>Tribunal</a> pages.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: signpost page: certificate mentioned, links to mediation and Tribunal pages, no explanation "
    "and no how-to for the appeal.",
)

case(
    "https://www.corrowby.example.gov.uk/localoffer/mediation",
    html=page(
        "SEND mediation",
        "<p>Mediation is a meeting, led by an independent mediator, between you and the council to try to "
        "settle a disagreement about an EHC needs assessment or plan.</p><h2>Before you can appeal</h2><p>"
        "In most cases you must speak to a mediation adviser before you can appeal, but you do not have to "
        "go on to mediation. The adviser must be contacted within two months of the decision, and will "
        "issue a certificate within three working days if you decide not to mediate. That certificate lets "
        "you register your appeal.</p><p>If the appeal is only about the school or college named in the "
        "plan, you do not need a certificate.</p><p>Corrowby uses Compass Point Mediation: 0115 496 0278."
        "</p>",
        chrome="cc",
    ),
    pos="med ind vol noeff prov contact",
    skip="trib",
    notes="'must speak to an adviser ... but you do not have to go on to mediation' = voluntary; certificate if "
    "you decide not to mediate 'lets you register your appeal' = no effect; 'independent mediator'.",
)


# =============================================================================================
# C. Appeals to the First-tier Tribunal (SEND) and other "appeals" and "tribunals"
# =============================================================================================

case(
    "https://www.felsham.example.gov.uk/localoffer/appeals/send-tribunal",
    html=page(
        "Appealing to the First-tier Tribunal (SEND)",
        "<p>The First-tier Tribunal (Special Educational Needs and Disability) hears appeals from parents "
        "and young people against council decisions about EHC needs assessments and plans.</p><h2>What you "
        "can appeal about</h2><ul><li>a refusal to carry out an EHC needs assessment</li><li>a refusal to "
        "issue a plan</li><li>the description of needs, the provision or the placement in a plan</li><li>a "
        "decision to stop maintaining a plan</li></ul><h2>How to appeal</h2><p>Fill in form SEND35, or use "
        "the online service on GOV.UK. The Tribunal must receive your appeal within two months of the "
        "decision letter, or within one month of your mediation certificate if that is later.</p><h2>The "
        "hearing</h2><p>Most hearings happen within 12 weeks, in person or by video. You can ask for "
        "recommendations about health and social care needs as part of your appeal.</p><h2>Help with your "
        "appeal</h2><p>Felsham SENDIASS can help you prepare: 0118 496 0555, advice@felsham-sendiass."
        "example.org.uk.</p>",
        chrome="cc",
        dated="19 February 2026",
    ),
    pos="trib iass",
    notes="Full Tribunal page: right, grounds, SEND35/online, deadline; SENDIASS with phone and email.",
)

case(
    "https://www.brackwater.example.gov.uk/localoffer/ehc-decision-letters",
    html=page(
        "Our decision letters",
        "<p>Every decision letter tells you why we made the decision and what you can do if you disagree."
        "</p><p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability). Appeals "
        "must be registered within two months of the date of our decision letter.</p>",
        chrome="xx",
    ),
    pos="trib",
    notes="Short: right to appeal + the two-month deadline.",
)

case(
    "https://www.thornburyvale.example.gov.uk/schools/admissions/appeals",
    html=page(
        "School admission appeals",
        "<p>If your child is refused a place at a school you applied for, you have the right to appeal. "
        "Your appeal will be heard by an independent appeal panel.</p><p>Lodge your appeal online within 20 "
        "school days of the date of the refusal letter. Appeals for children with an EHC plan naming the "
        "school are dealt with differently.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: school admissions appeal with a deadline and online form; not the SEND Tribunal.",
)

case(
    "https://www.hollinsbridge.example.gov.uk/schools/exclusions",
    html=page(
        "Exclusions from school",
        "<p>If your child is permanently excluded, the governing board must consider the exclusion. If they "
        "uphold it, you can ask for an independent review panel within 15 school days.</p><p>If your child "
        "has SEN you can ask for an SEN expert to attend the review.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: exclusion review, not a Tribunal appeal.",
)

case(
    "https://www.ashworth.example.gov.uk/council-tax/appeals",
    html=page(
        "Council tax appeals",
        "<p>If you disagree with your council tax band you can appeal to the Valuation Tribunal. You must "
        "appeal within two months of our decision. Appeals can be made online.</p><p>If you have a "
        "complaint about how your account was handled, use our complaints form.</p>",
        chrome="cc",
    ),
    pos="",
    skip="cmp",
    notes="TRAP: council tax appeal to the Valuation Tribunal with deadline and online route.",
)

case(
    "https://www.kingsmead.example.gov.uk/jobs/staff-handbook/grievances",
    html=page(
        "Grievance procedure for staff",
        "<p>Staff who are unhappy with the outcome of a grievance may be able to bring a claim at an "
        "employment tribunal. Claims must normally be made within three months less one day. Contact Acas "
        "for early conciliation first.</p>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: employment tribunal.",
)

case(
    "https://www.marlcombe.example.gov.uk/localoffer/leisure/swimming",
    html=page(
        "Inclusive swimming sessions",
        "<p>Quiet swimming sessions for children with SEND run every Saturday at 8am at Marlcombe Leisure "
        "Centre. Carers go free. Book online or call the leisure centre.</p>",
        chrome="cd",
    ),
    pos="",
    notes="TRAP: Tribunal, mediation, DR, complaints, SENDIASS and 'what you told us' appear only in the furniture.",
)

case(
    "https://www.redgrave.example.gov.uk/localoffer/ehc-plans/final-plan",
    html=page(
        "When your plan is finalised",
        "<p>The final EHC plan will be sent to you with a covering letter. If you are unhappy with the "
        "school named or with the support set out, you may be able to appeal to the SEND Tribunal. Your "
        "caseworker can talk this through with you.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: the right to appeal mentioned without how (no deadline, form or online route).",
)

case(
    "https://www.sallowfield.example.gov.uk/localoffer/notice-of-appeal",
    html=page(
        "Sending your notice of appeal",
        "<p>Appeals about EHC plans are decided by the First-tier Tribunal (SEND), part of HM Courts &amp; "
        "Tribunals Service.</p><p>Send your notice of appeal to HMCTS within one month of the date on your "
        "mediation certificate (or two months from our decision, if later). Include a copy of the decision "
        "letter and the certificate. The Tribunal will write to confirm it has registered your appeal.</p>",
        chrome="sc",
    ),
    pos="trib",
    notes="Notice of appeal to HMCTS with deadline; certificate only mentioned (mediation_info 0).",
)

case(
    "https://www.tennington.example.gov.uk/localoffer/sendist",
    html=page(
        "SENDIST appeals",
        "<p>SENDIST is the short name for the Special Educational Needs and Disability Tribunal. Parents and "
        "young people can appeal to it when they disagree with certain decisions about EHC plans.</p><p>You "
        "can apply online through GOV.UK or by post. Check the deadline on your decision letter.</p>",
        chrome="cc",
    ),
    pos="trib",
    notes="Acronym SENDIST; right + online/post route.",
)

case(
    "https://www.wyndle.example.gov.uk/localoffer/tribunal-powers",
    html=page(
        "What can the Tribunal decide?",
        "<p>The Tribunal can order the council to carry out an assessment, to issue a plan or to change "
        "what a plan says. It can also make non-binding recommendations about health and social care.</p>"
        "<p>Tribunal decisions are made by a judge and a specialist member.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: the Tribunal's powers without the right of appeal being explained or how to appeal.",
)

case(
    "https://www.oakhanger.example.gov.uk/media/appealing-guide.pdf",
    text=(
        "Oakhanger Local Offer                                   Factsheet 7\n\nAPPEALING TO THE SEND "
        "TRIBUNAL\n\nWho can appeal? Parents, and young people over compulsory\nschool age.\n\nHow? "
        "Complete the SEND35 appeal form (available from\nGOV.UK) or use the online appeal service.\n\n"
        "When? Within 2 months of the date of the decision letter,\nor 1 month from the date of the "
        "mediation certificate.\n"
    ),
    pos="trib",
    notes="PDF factsheet: who/how/when.",
)

# =============================================================================================
# D. Council pages setting out disagreement resolution: full, partial and traps
# =============================================================================================

case(
    "https://www.ludcombe.example.gov.uk/localoffer/disagreement-resolution",
    html=page(
        "Independent disagreement resolution",
        "<p>If you disagree with a school, college, the council or the NHS about SEN provision, an "
        "independent facilitator can help everyone find a solution together.</p><p>Ludcombe's service is "
        "delivered by Community Accord, who are independent of the local authority.</p><h3>Who can use it?"
        "</h3><p>Any parent or young person where there are special educational needs. You don't need an "
        "EHC plan, and you don't need to be waiting for an assessment.</p><h3>What disagreements?</h3><ul>"
        "<li>about the special educational provision a school is making</li><li>about how the council is "
        "carrying out its duties</li><li>about health or care provision during an EHC assessment or review"
        "</li><li>between the council and the Integrated Care Board</li></ul><h3>Things to know</h3><ul>"
        "<li>It is voluntary: everyone involved has to agree to take part.</li><li>Meetings are held in "
        "confidence and nothing said can be used at a Tribunal hearing.</li><li>Using the service won't "
        "stop you appealing to the Tribunal.</li></ul><h3>Contact</h3><p>Community Accord: 0191 498 "
        "0615 or drs@communityaccord.example.com</p>",
        chrome="cc",
        dated="15 July 2026",
    ),
    pos="in ind vol all types noeff conf prov contact",
    notes="Complete DR page: every element present.",
)

case(
    "https://www.marlcombe.example.gov.uk/localoffer/what-is-disagreement-resolution",
    html=page(
        "What is disagreement resolution?",
        "<p>Disagreement resolution is a way of settling disagreements about special educational needs "
        "without going to court. The law says the council must make these arrangements and that the "
        "people who run the meetings must be independent.</p><p>It can be used for disagreements between "
        "parents and schools about SEN support, and between parents and the council about EHC needs "
        "assessments. Taking part is voluntary.</p><p>For more information speak to your child's school "
        "or your EHC coordinator.</p>",
        chrome="cc",
    ),
    pos="vol types",
    skip="ind",
    notes="PARTIAL: generic DR description, no provider or service contact (in 0); independence only as the "
    "law's requirement (unlabelled); voluntary; two types.",
)

case(
    "https://www.kingsmead.example.gov.uk/localoffer/disagreement-resolution-service",
    html=page(
        "Disagreement Resolution Service",
        "<p>Kingsmead SENDIASS is the Disagreement Resolution Service for Kingsmead. Our advisers can help "
        "you talk to your child's school or the council and find a way forward.</p><p>We offer free, "
        "impartial and confidential advice. Call 0121 496 0921 or email help@kingsmead-sendiass.example."
        "org.uk.</p>",
        chrome="cc",
    ),
    pos="iass",
    notes="TRAP: the IASS labelled as the Disagreement Resolution Service (not independent DR); SENDIASS is "
    "signposted with contact. 'Confidential' is the IASS's advice.",
)

case(
    "https://www.pellingford.example.gov.uk/localoffer/early-resolution-meetings",
    html=page(
        "Early resolution meetings",
        "<p>If you are worried about how your child's EHC plan is working, ask for an early resolution "
        "meeting. The meeting is chaired by a senior SEN officer from the council, who will be impartial "
        "and listen to everyone.</p><p>To request one, email sen.team@pellingford.example.gov.uk.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: council officer-led meeting, 'impartial'; the SEN team's email.",
)

case(
    "https://www.westerby.example.gov.uk/localoffer/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Westerby Council commissions Open Door Resolution Ltd to run disagreement resolution meetings. "
        "Open Door's facilitators are not employed by the council.</p><p>This service is for families of "
        "children and young people who have an EHC plan.</p><p>To request a meeting, contact your SEN "
        "caseworker at the council on 0131 496 0302, who will make the referral.</p>",
        chrome="cc",
    ),
    pos="ind prov",
    notes="Independent named provider, but access only through the council's caseworker (in 0, contact 0); "
    "'for families who have an EHC plan' = all_sen 0.",
)

case(
    "https://fis.tennington.example.gov.uk/directory/global-mediation-drs",
    html=page(
        "Global Mediation - SEND disagreement resolution",
        "<p>Global Mediation provides disagreement resolution for families in Tennington where there is a "
        "disagreement about special educational provision.</p><p>Email: sen@globalmediation.example.co.uk"
        "</p><p>Age range: 0 to 25</p>",
        chrome="dd",
    ),
    pos="in prov contact",
    skip="ind",
    notes="Directory record: DR + named provider + email; no independence statement (unlabelled).",
)

case(
    "https://www.sendrights-network.example.org.uk/guides/disagreement-resolution",
    html=page(
        "A parent's guide to disagreement resolution",
        "<p>Every council in England has to make disagreement resolution services available. These are "
        "meant to be independent and are usually free.</p><p>Your council's Local Offer should tell you "
        "who provides the service in your area.</p>",
        chrome="xx",
    ),
    pos="",
    skip="ind vol types",
    notes="TRAP: national charity explaining DR in the abstract; no arrangement.",
)

case(
    "https://www.caddon.example.gov.uk/media/drs-leaflet.pdf",
    text=(
        "Caddon Borough - Local Offer\nDISAGREEMENT RESOLUTION\n\nOur disagreement resolution meetings are "
        "run by a third\nparty, Riverbend Mediation Trust, on behalf of the council.\n\nYou can ask for a "
        "meeting whether your child is at SEN\nsupport or has an EHC plan.\n\nIt is not compulsory. What is "
        "said at the meeting is\nkept private and cannot be repeated at a Tribunal.\n\nBook: 0117 496 0865 "
        "/ riverbend.example.org/book\n"
    ),
    pos="in ind vol all conf prov contact",
    notes="PDF: 'a third party' = independent; SEN support or plan = all SEN; 'not compulsory'; private and "
    "cannot be repeated at a Tribunal = confidential; phone and web.",
)

case(
    "https://www.hollinsbridge.example.gov.uk/localoffer/mediation-and-disagreement-resolution",
    html=page(
        "Mediation and disagreement resolution",
        "<p>Hollinsbridge has two services to help when families and professionals disagree. Both are run "
        "by Keystone SEND Mediation, whose mediators are not employed by the council or the NHS.</p><h2>"
        "Disagreement resolution</h2><p>For any disagreement about SEN provision, including where a child "
        "has no EHC plan. This can be a disagreement with a nursery, school or college, or about health "
        "and care support during an EHC needs assessment.</p><h2>SEND mediation</h2><p>For disagreements "
        "about EHC decisions that you could appeal to the Tribunal.</p><p>Both services are optional. "
        "Call 0114 496 0321.</p>",
        chrome="cc",
    ),
    pos="in ind vol all types prov contact",
    skip="med",
    notes="Combined page: 'not employed by the council'; 'including where a child has no EHC plan'; two types; "
    "'optional'; phone.",
)

case(
    "https://www.thornburyvale.example.gov.uk/localoffer/disagreement-resolution-faq",
    html=page(
        "Disagreement resolution: questions and answers",
        "<details><summary>Who runs the service?</summary><p>Lanterne Mediation CIC, an independent "
        "organisation we commission.</p></details><details><summary>Can I be made to use it?</summary><p>"
        "No, it's an opt-in service. It can only happen if you and the other side agree.</p></details>"
        "<details><summary>Will it affect an appeal?</summary><p>No. It runs alongside your appeal rights "
        "and doesn't take them away.</p></details><details><summary>Is it private?</summary><p>Yes, it is "
        "off the record.</p></details><details><summary>How do I start?</summary><p>Fill in the referral "
        "form at lanterne-mediation.example.org.uk/drs.</p></details>",
        chrome="cc",
    ),
    pos="in ind vol noeff conf prov contact",
    notes="Accordion FAQ: independent; opt-in + both agree; 'doesn't take appeal rights away'; off the record; "
    "referral form.",
)

case(
    "https://www.redgrave.example.gov.uk/localoffer/sen-resolution-officer",
    html=page(
        "Our SEN resolution officer",
        "<p>Redgrave's SEN resolution officer is a neutral member of council staff who can help when "
        "things go wrong with your child's support. She will listen to both sides and try to find common "
        "ground.</p><p>Phone 01632 960 441.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: neutral council officer; no independent arrangement.",
)

case(
    "https://www.stanbrook.example.gov.uk/localoffer/independent-review",
    html=page(
        "Disagreeing about SEN support at school",
        "<p>Start by talking to the class teacher and SENCO. If you are still unhappy, ask for a meeting "
        "with the headteacher.</p><p>For disagreement resolution, Stanbrook uses Prime Resolution, an "
        "independent provider. You can contact them directly on 0121 496 0547 &ndash; you do not need an "
        "EHC plan to ask for help.</p>",
        chrome="cc",
    ),
    pos="in ind all prov contact",
    notes="DR buried after school steps: Prime Resolution 'independent provider', direct phone, no EHC plan needed.",
)


# =============================================================================================
# E. Information, advice and support (IASS) and its look-alikes
# =============================================================================================

case(
    "https://www.ashworth.example.gov.uk/localoffer/sendiass",
    html=page(
        "Ashworth SENDIASS",
        "<p>Ashworth SEND Information, Advice and Support Service gives free, confidential and impartial "
        "help to parents, carers, children and young people. It is run at arm's length from the council."
        "</p><p>Helpline: 0113 496 0780 (Monday to Thursday, 9.30am to 3pm). Email: "
        "info@ashworth-sendiass.example.org.uk</p>",
        chrome="sc",
    ),
    pos="iass",
    notes="SENDIASS with helpline and email.",
)

case(
    "https://fis.eastmere.example.gov.uk/directory/service/ias-service",
    html=page(
        "Information, Advice and Support Service (IAS Service)",
        "<p>Independent support with education, health and care matters for families of children with "
        "SEND.</p><ul><li>Website: www.eastmere-ias.example.org.uk</li><li>Referral: self-referral</li>"
        "</ul>",
        chrome="dd",
    ),
    pos="iass",
    notes="Directory record for the IAS Service with website.",
)

case(
    "https://www.corrowby.example.gov.uk/localoffer/send-advice-line",
    html=page(
        "SEND advice line",
        "<p>The council's SEND team runs an advice line for parents with questions about EHC plans, "
        "transport and school places. Call 0115 496 0199, Monday to Friday.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: the council's own advice line, not the IASS; SENDIASS only in the menu.",
)

case(
    "https://www.marlcombe.example.gov.uk/localoffer/parent-carer-forum",
    html=page(
        "Marlcombe Parent Carer Forum",
        "<p>The forum is an independent group of parents and carers of children with SEND. It works with "
        "the council and the NHS to improve services. Join at www.marlcombe-pcf.example.org.uk.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: a parent carer forum ('independent'), not IASS and not DR.",
)

case(
    "https://www.felsham.example.gov.uk/localoffer/national-advice",
    html=page(
        "National advice lines",
        "<ul><li>IPSEA - free legally based advice on SEND law: www.ipsea.example.org.uk</li><li>Contact - "
        "for families with disabled children: 0808 157 0400</li><li>Council for Disabled Children</li></ul>",
        chrome="xx",
    ),
    pos="",
    notes="TRAP: national charities only.",
)

case(
    "https://www.brackwater.example.gov.uk/localoffer/sen-support-in-school",
    html=page(
        "SEN support in school",
        "<p>Schools must use their best endeavours to meet children's special educational needs. Most "
        "children get help through SEN support, without an EHC plan.</p><p>If you would like someone to "
        "talk things through with, Brackwater SENDIASS offers free and impartial advice. Call 0118 496 "
        "0556.</p>",
        chrome="cc",
    ),
    pos="iass",
    notes="SENDIASS signposted in passing with a phone number.",
)

# =============================================================================================
# F. Complaints routes
# =============================================================================================

case(
    "https://www.wyndle.example.gov.uk/localoffer/making-a-complaint",
    html=page(
        "Making a complaint about SEND services",
        "<h2>About a school or college</h2><p>Follow the school's complaints procedure, which is on its "
        "website. For academies, if the trust's process has been completed you can contact the Department "
        "for Education.</p><h2>About the council</h2><p>Use the council's complaints procedure online. If "
        "you are still unhappy you can go to the Local Government and Social Care Ombudsman.</p><h2>About "
        "health services</h2><p>Talk to the Patient Advice and Liaison Service (PALS) or complain to the "
        "NHS provider. The Parliamentary and Health Service Ombudsman looks at complaints that are not "
        "resolved.</p>",
        chrome="cc",
    ),
    pos="cmp",
    notes="Several complaint routes: schools/academies, council + LGSCO, PALS/NHS + PHSO.",
)

case(
    "https://www.harrowden.example.gov.uk/localoffer/complaints-table",
    html=page(
        "Who to complain to",
        "<table><tr><th>Your complaint is about</th><th>Complain to</th></tr><tr><td>Support in school"
        "</td><td>The headteacher, then the governing body</td></tr><tr><td>The SEN service</td><td>Harrowden "
        "Council complaints team, then the Ombudsman</td></tr><tr><td>Health care</td><td>The NHS trust or "
        "the ICB, then the Health Service Ombudsman</td></tr><tr><td>Social care</td><td>The council's "
        "social care complaints procedure</td></tr></table>",
        chrome="cc",
    ),
    pos="cmp",
    notes="Complaint routes as a table.",
)

case(
    "https://www.oakhanger.example.gov.uk/council-tax/complaints",
    html=page(
        "Complaints about council tax and bin collections",
        "<p>If your bin was missed, report it online. If you are unhappy with how we handled your council "
        "tax account, use the corporate complaints form. You can then contact the Ombudsman.</p>",
        chrome="xc",
    ),
    pos="",
    notes="TRAP: council tax and bins complaints.",
)

case(
    "https://www.kingsmead.example.gov.uk/localoffer/complain-to-school",
    html=page(
        "Complaining to your child's school",
        "<p>Every school must have a complaints procedure. Ask the school office for a copy.</p>",
        chrome="xx",
    ),
    pos="",
    skip="cmp",
    notes="Single complaint route (unlabelled).",
)

case(
    "https://www.sallowfield.example.gov.uk/media/send-complaints-guide.pdf",
    text=(
        "Sallowfield Local Offer\nHOW TO COMPLAIN\n\n1. Nurseries, schools and colleges - use the setting's "
        "own\n   complaints procedure.\n2. The council's SEND service - corporate complaints, then the\n   "
        "Local Government and Social Care Ombudsman.\n3. NHS services - PALS or the provider's complaints "
        "team,\n   then the Parliamentary and Health Service Ombudsman.\n4. If a school or the council "
        "acts unreasonably, you can\n   write to the Secretary of State for Education.\n"
    ),
    pos="cmp",
    notes="PDF numbered list of complaint routes.",
)

# =============================================================================================
# G. CCG wording: live vs quoted, historical and explained
# =============================================================================================

case(
    "https://www.kingsmead.example.gov.uk/localoffer/health/designated-clinical-officer",
    html=page(
        "Designated Clinical Officer",
        "<p>The Designated Clinical Officer works for Kingsmead CCG and makes sure health services play "
        "their part in EHC plans. Contact the CCG on 0121 496 0000.</p>",
        chrome="cc",
        dated="2 March 2026",
    ),
    pos="",
    stale=True,
    notes="Stale: CCG as the current employer (2026 page).",
)

case(
    "https://www.marlcombe.example.gov.uk/localoffer/health/therapies",
    html=page(
        "Speech, language and occupational therapy",
        "<p>Therapy services for children are commissioned by NHS Marlcombe Clinical Commissioning Group "
        "and provided by Marlcombe Community Health Trust.</p>",
        chrome="cc",
        dated="September 2026",
    ),
    pos="",
    stale=True,
    notes="Stale: Clinical Commissioning Group named as commissioner in 2026.",
)

case(
    "https://www.eastmere.example.gov.uk/localoffer/code-of-practice-extract",
    html=page(
        "What the Code of Practice says about disagreement resolution",
        "<blockquote><p>Local authorities must make arrangements for disagreement resolution ... These "
        "cover disagreements between parents or young people and CCGs or local authorities about health "
        "or social care provision.</p><footer>SEND Code of Practice, 2015</footer></blockquote><p>CCGs "
        "have since been replaced by Integrated Care Boards.</p>",
        chrome="cc",
    ),
    pos="",
    skip="types ind",
    notes="CCG inside a Code quotation, with the ICB replacement explained: not stale.",
)

case(
    "https://www.stanbrook.example.gov.uk/localoffer/health/icb",
    html=page(
        "Health commissioning in Stanbrook",
        "<p>NHS Stanbrook and District Integrated Care Board (ICB), which took over from Stanbrook CCG in "
        "July 2022, plans and pays for most local health services.</p>",
        chrome="cc",
    ),
    pos="",
    notes="Not stale: 'took over from Stanbrook CCG'.",
)

case(
    "https://www.ludcombe.example.gov.uk/media/send-joint-commissioning-2021.pdf",
    text=(
        "Ludcombe Council and Ludcombe CCG\nJoint commissioning plan for SEND 2021-22\nAgreed: 10 March "
        "2021\n\nThe CCG will fund two additional speech and language\ntherapists for early years "
        "settings.\n"
    ),
    pos="",
    notes="Not stale: a document dated before July 2022.",
)

case(
    "https://www.tennington.example.gov.uk/localoffer/health-disagreements",
    html=page(
        "Disagreements about health provision",
        "<p>Disagreement resolution can help with disagreements between you and the CCG about the health "
        "support in an EHC plan, and between you and the council about social care provision.</p><p>Please "
        "contact the CCG's Designated Clinical Officer first.</p>",
        chrome="cc",
        dated="1 June 2026",
    ),
    pos="types",
    stale=True,
    notes="Stale: CCG as a current party; two kinds of disagreement (health with CCG, social care with council).",
)

case(
    "https://www.westerby.example.gov.uk/localoffer/health/complaints-nhs",
    html=page(
        "Complaints about NHS services",
        "<p>To complain about NHS-funded services for your child, contact the Westerby CCG patient "
        "experience team at experience@westerbyccg.example.nhs.uk.</p>",
        chrome="cc",
        dated="April 2026",
    ),
    pos="",
    skip="cmp",
    stale=True,
    notes="Stale: CCG complaints team as current. Single complaint route (unlabelled).",
)

case(
    "https://www.felsham.example.gov.uk/localoffer/health/continuing-care",
    html=page(
        "Continuing care for children",
        "<p>Applications are considered by the ICB's continuing care panel (formerly the Felsham CCG panel).</p>",
        chrome="cc",
    ),
    pos="",
    notes="Not stale: 'formerly the CCG panel'.",
)

# =============================================================================================
# H. More feedback, no-effect and voluntary wordings
# =============================================================================================

case(
    "https://www.ashworth.example.gov.uk/localoffer/annual-review-of-the-local-offer-2026",
    html=page(
        "Reviewing our Local Offer: 2026",
        "<p>This summary was published on 2 October 2026.</p><p>We asked parents, carers and young people "
        "three questions: what do you use the Local Offer for, what is missing, and what would make it "
        "easier to use?</p><p>The biggest theme was that families wanted to hear about changes. As a "
        "result we now send a monthly Local Offer email update to anyone who signs up.</p><p>People also "
        "said there was little about support for children with medical needs in school, so we have added "
        "a page written with the school nursing team.</p>",
        chrome="cx",
    ),
    pos="fb",
    notes="Narrative prose: themes and 'as a result we...' about the Local Offer; October 2026.",
)

case(
    "https://www.thornburyvale.example.gov.uk/send/send-services-you-said-we-did",
    html=page(
        "SEND services: you said, we did 2026",
        "<p><strong>You said</strong> EHC plans take too long. <strong>We did</strong> recruit more "
        "educational psychologists.</p><p><strong>You said</strong> annual reviews are not always held. "
        "<strong>We did</strong> introduce a tracker so no review is missed.</p>",
        chrome="cc",
        dated="16 September 2026",
    ),
    pos="",
    notes="TRAP: 'you said, we did' about SEND services (EHC timeliness), not the Local Offer.",
)

case(
    "https://www.redgrave.example.gov.uk/localoffer/improving-the-local-offer",
    html=page(
        "Improving the Local Offer together",
        "<p>Since the last report (published November 2025) we have received 73 comments through the "
        "feedback button, the Parent Carer Forum and our stall at the SEND fair.</p><h2>Main points raised"
        "</h2><p>The directory had duplicate listings. The language was too formal. There was nothing on "
        "sleep support.</p><h2>Our response</h2><p>Duplicates were merged in March 2026. We worked with "
        "parents to rewrite the ten most visited pages. A sleep support page went live in April 2026.</p>",
        chrome="sc",
        dated="30 April 2026",
    ),
    pos="fb",
    notes="'Main points raised' / 'Our response' about the Local Offer; April 2026.",
)

case(
    "https://www.pellingford.example.gov.uk/localoffer/drs",
    html=page(
        "Disagreement resolution service",
        "<p>Pellingford's disagreement resolution service is run by Bluebridge Resolution, which is "
        "independent of the council.</p><p>You are free to use it or not. Not using it will not count "
        "against you if you later appeal to the Tribunal, and it does not stop you appealing.</p><p>"
        "Contact Bluebridge on 0116 496 0193.</p>",
        chrome="cc",
    ),
    pos="in ind vol noeff prov contact",
    notes="'free to use it or not'; 'not using it ... does not stop you appealing'.",
)

case(
    "https://www.wyndle.example.gov.uk/localoffer/mediation-is-your-decision",
    html=page(
        "Is mediation right for us?",
        "<p>Some families find mediation helpful because it is quicker than an appeal and they can keep "
        "talking to the council. Others would rather go directly to the Tribunal. Both are fine: refusing "
        "mediation leaves your right to appeal intact.</p><p>The mediation adviser (Global Mediation, "
        "0808 157 0190) can talk the options through.</p>",
        chrome="sc",
    ),
    pos="noeff prov contact",
    skip="vol med",
    notes="'refusing mediation leaves your right to appeal intact'; provider + phone. Choice implied, not "
    "stated (voluntary unlabelled).",
)

case(
    "https://www.hollinsbridge.example.gov.uk/localoffer/appeal-without-mediation",
    html=page(
        "Can I appeal without mediation?",
        "<p>Yes. You do not have to try mediation or disagreement resolution before going to the Tribunal. "
        "You only need to have had information about mediation from the adviser.</p>",
        chrome="xx",
    ),
    pos="noeff vol",
    skip="med",
    notes="'You do not have to try mediation or DR before going to the Tribunal' = no effect and voluntary.",
)

case(
    "https://www.caddon.example.gov.uk/localoffer/volunteering-and-voluntary-groups",
    html=page(
        "Voluntary and community groups",
        "<p>Caddon has many voluntary organisations supporting disabled children. Voluntary Action Caddon "
        "keeps a list of groups, from sibling support to wheelchair football. Volunteering is also a great "
        "way for young people to build skills.</p>",
        chrome="sc",
    ),
    pos="",
    notes="TRAP: 'voluntary' meaning the voluntary sector.",
)

case(
    "https://www.corrowby.example.gov.uk/localoffer/send-mediation-partners",
    html=page(
        "Who provides SEND mediation in Corrowby",
        "<p>Mediation about EHC decisions is provided by Compass Point Mediation. Mediators are impartial "
        "and trained to national standards.</p><p>Parents must take part in mediation before any appeal "
        "can go ahead.</p><p>Call 0115 496 0278.</p>",
        chrome="cc",
    ),
    pos="prov contact",
    notes="TRAP: 'must take part in mediation before any appeal' (compulsion, wrong in law); 'impartial' only "
    "(not independent).",
)

case(
    "https://www.brackwater.example.gov.uk/localoffer/schools/voluntary-aided-complaints",
    html=page(
        "Complaints about voluntary aided schools",
        "<p>Voluntary aided and foundation schools have their own governing bodies and complaints "
        "procedures. Ask the school office for a copy.</p>",
        chrome="xx",
    ),
    pos="",
    skip="cmp",
    notes="TRAP: 'voluntary aided' schools; single route.",
)

case(
    "https://www.sallowfield.example.gov.uk/localoffer/if-you-disagree",
    html=page(
        "If you disagree: your options",
        "<p>There are several ways to sort out a disagreement. You can choose the one that suits you.</p>"
        "<ol><li><strong>Talk to the setting or your caseworker.</strong></li><li><strong>Disagreement "
        "resolution</strong> with Together Trust, an independent charity (0161 496 0734). Nobody has to "
        "use it; all sides need to agree to a meeting.</li><li><strong>Mediation</strong> about EHC "
        "decisions, also with Together Trust. Contact the mediation adviser within 2 months of the "
        "decision; a certificate follows within 3 working days.</li><li><strong>Appeal</strong> to the "
        "First-tier Tribunal (SEND) using the online service within 2 months of the decision or 1 month of "
        "the certificate.</li><li><strong>Complain</strong> to the school, the council, or the "
        "Ombudsman.</li></ol><p>Help is available from Sallowfield SENDIASS on 0118 496 0221.</p>",
        chrome="cc",
        dated="12 September 2026",
    ),
    pos="in ind vol prov contact trib iass med",
    skip="cmp noeff",
    notes="Options list: DR with independent charity + phone + 'nobody has to use it'; mediation advice with "
    "time limits; Tribunal online + deadline; SENDIASS. Complaints routes only listed in one line "
    "(unlabelled).",
)

case(
    "https://www.kingsmead.example.gov.uk/localoffer/you-said-we-did-2026",
    html=page(
        "You said, we did - Kingsmead Local Offer",
        "<p>Here is what you have told us about the Local Offer since last autumn and the changes we have "
        "made.</p><ul><li>You said the website was hard to use on a phone - we moved to a new layout in "
        "February 2026.</li><li>You said information about respite was missing - we added a short breaks "
        "hub in March 2026.</li></ul><p>Last updated: 11 June 2026</p>",
        chrome="xc",
    ),
    pos="fb",
    notes="Inline 'You said ... - we ...' bullets; June 2026.",
)

case(
    "https://www.eastmere.example.gov.uk/localoffer/what-you-told-us-2024",
    html=page(
        "What you told us, and what we did (2024)",
        "<p>In our 2024 survey you told us the Local Offer needed better search. We introduced a new search "
        "in autumn 2024.</p><p>This page was last reviewed in January 2025.</p>",
        chrome="xx",
    ),
    pos="",
    notes="Local Offer feedback from 2024, last reviewed January 2025: outside the window.",
)

case(
    "https://www.felsham.example.gov.uk/localoffer/reg-56",
    html=page(
        "Publishing comments about the Local Offer",
        "<p>The SEND Regulations say councils must publish comments about their Local Offer and their "
        "response, in a form that does not identify anyone. We publish a 'You said, we did' report each "
        "year.</p><p>The 2026 report will be available in December 2026.</p>",
        chrome="sc",
    ),
    pos="",
    notes="TRAP: describes the duty and a future report; no comments or response on the page.",
)

case(
    "https://www.thornburyvale.example.gov.uk/localoffer/complaints",
    html=page(
        "Not happy with a service? How to complain",
        "<p>We want to put things right. Who you complain to depends on who provides the service.</p>"
        "<details><summary>Early years settings, schools and colleges</summary><p>Raise it with the SENCO or "
        "headteacher first, then use the setting's formal complaints policy. Academy complaints that are "
        "not resolved can go to the Department for Education.</p></details><details><summary>Thornbury "
        "Vale Council</summary><p>Use our two-stage complaints procedure. If you remain unhappy, the Local "
        "Government and Social Care Ombudsman can investigate.</p></details><details><summary>NHS services"
        "</summary><p>Contact the service's complaints team or PALS. Unresolved NHS complaints can go to "
        "the Parliamentary and Health Service Ombudsman.</p></details>",
        chrome="cc",
    ),
    pos="cmp",
    notes="Complaint routes in an accordion: settings/academies (DfE), council + LGSCO, NHS/PALS + PHSO.",
)

case(
    "https://www.pellingford.example.gov.uk/localoffer/complaints-and-ombudsmen",
    html=page(
        "Complaints and the ombudsmen",
        "<p>If your complaint is about your child's school, start with the school's own procedure; the "
        "governors hear the final stage. For complaints about the council's SEN or social care services, "
        "write to complaints@pellingford.example.gov.uk; after our final reply you can ask the Local "
        "Government and Social Care Ombudsman to look at it. Health complaints go to the NHS organisation "
        "concerned and then to the Parliamentary and Health Service Ombudsman.</p>",
        chrome="xx",
    ),
    pos="cmp",
    notes="Complaint routes in one dense paragraph.",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/mediation-meeting",
    html=page(
        "What happens at a mediation meeting",
        "<p>The meeting is run by an independent mediator from Bluebridge Resolution. You, the council and "
        "anyone else involved each explain your view, and the mediator helps you look for an agreement."
        "</p><p>What is discussed is confidential and cannot be referred to if you later appeal.</p><p>You "
        "can bring a friend, a relative or a SENDIASS adviser.</p>",
        chrome="cc",
    ),
    pos="ind conf prov",
    skip="med",
    notes="Mediation meeting page: independent mediator, confidential; provider named, no contact.",
)

case(
    "https://www.westerby.example.gov.uk/localoffer/drs-privacy",
    html=page(
        "Is disagreement resolution private?",
        "<p>Yes. Disagreement resolution meetings are held in private and are without prejudice: what is "
        "said cannot later be used as evidence at a Tribunal. The facilitator from Open Door Resolution "
        "Ltd will only share an agreed summary with everyone's consent.</p>",
        chrome="cc",
    ),
    pos="conf prov",
    notes="'held in private and without prejudice'; provider named without contact or independence.",
)

case(
    "https://www.brackwater.example.gov.uk/localoffer/help-from-sendiass",
    html=page(
        "Help from Brackwater SEND IAS",
        "<p>Brackwater SEND Information, Advice and Support (SEND IAS) can help you understand reports, "
        "prepare for meetings and make sense of letters. Advisers can come with you to mediation or "
        "disagreement resolution meetings.</p><p>Book a call at www.brackwater-sendias.example.org.uk.</p>",
        chrome="cc",
    ),
    pos="iass",
    notes="SEND IAS with a booking website; mentions DR/mediation without any arrangement.",
)

case(
    "https://www.tennington.example.gov.uk/media/local-offer-annual-report-2024-25.pdf",
    text=(
        "Tennington SEND Local Offer\nAnnual report\nReporting period: 1 September 2024 to 31 August 2025\n"
        "Published: 27 November 2025\n\nWhat you told us\n1. It was not clear which services were for "
        "young people over 18.\n2. Some health pages had broken links.\n\nWhat we have done\n1. Every "
        "service now shows an age range.\n2. A monthly link check has been set up.\n"
    ),
    pos="fb",
    notes="Report covering 2024-25 but published 27 November 2025: inside the window by publication date.",
)

case(
    "https://www.westerby.example.gov.uk/localoffer/accessibility-feedback",
    html=page(
        "Accessibility of the Local Offer: what you said and what we fixed",
        "<p>People using screen readers, magnifiers and translation tools told us about problems with the "
        "Local Offer between November 2025 and August 2026.</p><table><tr><th>Problem reported</th><th>"
        "Fix</th></tr><tr><td>Buttons on the directory had no labels</td><td>Labels added, tested with "
        "NVDA</td></tr><tr><td>PDF leaflets could not be read aloud</td><td>Leaflets replaced with web "
        "pages</td></tr></table>",
        chrome="sc",
        dated="3 September 2026",
    ),
    pos="fb",
    notes="Accessibility comments on the Local Offer with fixes; 2025-26.",
)

case(
    "https://www.ashworth-sendiass.example.org.uk/about/annual-report-2026",
    html=page(
        "Ashworth SENDIASS annual report 2025-26",
        "<p>In 2025-26 we supported 1,140 families. What families told us about our service: our helpline "
        "was hard to get through to. What we did: we added a call-back service.</p><p>Contact us on 0113 "
        "496 0780.</p>",
        chrome="xx",
        dated="May 2026",
    ),
    pos="iass",
    notes="TRAP for feedback: the IASS's own annual report about its service. SENDIASS reachable.",
)

case(
    "https://www.hollinsbridge.example.gov.uk/send/ehcp-survey-results",
    html=page(
        "EHC plan survey 2026: results and actions",
        "<p>412 parents answered our survey about the EHC process.</p><ul><li>61% said their child's plan "
        "described their needs well.</li><li>Many said they did not hear from their coordinator between "
        "reviews.</li></ul><p>Action: every family will get a named contact and a termly call from "
        "September 2026.</p>",
        chrome="cc",
        dated="20 July 2026",
    ),
    pos="",
    notes="TRAP: survey on the EHC process (SEND services), not the Local Offer.",
)

case(
    "https://www.redgrave.example.gov.uk/localoffer/newsletter-autumn-2026",
    html=page(
        "Local Offer newsletter: autumn 2026",
        "<p>Welcome to our autumn newsletter! This term we have new holiday clubs, a sensory garden in "
        "Redgrave Park and a SEND jobs fair on 20 November.</p><p>Don't forget to tell us what you think "
        "of the Local Offer using the feedback button.</p>",
        chrome="cc",
    ),
    pos="",
    notes="TRAP: co-production newsletter with no comments or response.",
)

case(
    "https://www.marlcombe.example.gov.uk/localoffer/mediation-or-appeal",
    html=page(
        "Mediation or appeal?",
        "<p>Speaking to the mediation adviser is a step you need to take before most appeals. Whether you "
        "then go to mediation makes no difference to whether you can appeal.</p>",
        chrome="xx",
    ),
    pos="noeff",
    skip="vol med",
    notes="'Whether you then go to mediation makes no difference to whether you can appeal.'",
)

case(
    "https://www.oakhanger.example.gov.uk/localoffer/mediation-then-tribunal",
    html=page(
        "From mediation to the Tribunal",
        "<p>You can appeal to the Tribunal once mediation has finished. The mediator will give you a "
        "certificate on the day, and you then have a month to send in your appeal on form SEND35.</p>",
        chrome="cc",
    ),
    pos="trib",
    notes="TRAP for no-effect: appeal once mediation has finished. Right + form + deadline.",
)

case(
    "https://www.stanbrook.example.gov.uk/localoffer/send-disagreement-resolution",
    html=page(
        "SEND disagreement resolution",
        "<p>Disagreement resolution in Stanbrook is provided by Fulcrum Dispute Services, an external "
        "organisation with no ties to the council. Participation is by consent of everyone involved.</p>"
        "<p>It can look at disagreements between families and early years settings, schools or colleges "
        "about SEN provision, and between families and the council or the ICB about education, health or "
        "care during the EHC process.</p><p>Referrals: www.fulcrum-disputes.example.co.uk/stanbrook</p>",
        chrome="cc",
    ),
    pos="in ind vol types prov contact",
    notes="'an external organisation with no ties to the council'; 'participation is by consent of everyone "
    "involved'; types; web referral.",
)

case(
    "https://www.harrowden.example.gov.uk/localoffer/extended-appeals",
    html=page(
        "Asking the Tribunal about health and social care",
        "<p>When you appeal to the First-tier Tribunal (SEND) about the education parts of an EHC plan, you "
        "can also ask it to make recommendations about the health and social care parts. These are "
        "sometimes called extended appeals.</p><p>Tick the box on the SEND35 appeal form and explain what "
        "you disagree with. The usual deadline of two months from the decision applies.</p>",
        chrome="cc",
    ),
    pos="trib",
    notes="Extended appeals: right + form + deadline.",
)

case(
    "https://www.ludcombe.example.gov.uk/localoffer/ehc-process-explained",
    html=page(
        "The EHC needs assessment process explained",
        "<h2>Asking for an assessment</h2><p>Parents, young people and schools can ask us to carry out an "
        "EHC needs assessment. We will tell you within six weeks whether we will assess.</p><h2>The "
        "assessment</h2><p>We gather advice from education, health and care professionals, and from you."
        "</p><h2>Our decision</h2><p>We decide whether to issue a plan within 16 weeks of your request. The "
        "whole process takes no more than 20 weeks.</p><h2>If you are not happy with a decision</h2><p>Your "
        "decision letter will give you the details of Ludcombe's mediation adviser, Community Accord. You "
        "have two months to contact them. They will tell you about mediation, which is independent of the "
        "council, and give you a certificate within three working days if you do not want to mediate. "
        "Mediation, if you choose it, takes place within 30 days. You have a right to appeal to the "
        "First-tier Tribunal (SEND) within one month of receiving the certificate.</p><h2>Reviews</h2><p>"
        "Plans are reviewed at least once a year.</p>",
        chrome="sc",
        dated="8 August 2026",
    ),
    pos="med ind prov trib",
    skip="vol noeff",
    notes="Long process page with the mediation paragraph buried: adviser named, two months, certificate, "
    "30 days, independent mediation, appeal deadline. No contact details for the provider.",
)

case(
    "https://fis.caddon.example.gov.uk/directory/service/caddon-drs",
    html=page(
        "SEND Disagreement Resolution Service",
        "<p>Provided by Riverbend Mediation Trust, independent of Caddon Borough Council and Caddon CCG."
        "</p><p>Helps with disagreements with schools about SEN support and with the CCG about health "
        "provision in EHC plans.</p><p>Tel: 0117 496 0865</p>",
        chrome="dd",
        dated="October 2026",
    ),
    pos="in ind types prov contact",
    stale=True,
    notes="Directory record: full DR elements but the CCG as a current body (stale).",
)

case(
    "https://www.wyndle.example.gov.uk/localoffer/mediation-faq-health",
    html=page(
        "Mediation about health and social care in EHC plans",
        "<p>You can ask for mediation about the health or social care parts of an EHC plan, even if you "
        "are not appealing about the education parts. Contact the mediation adviser within two months of "
        "the final plan. The Integrated Care Board or the council's social care team will then attend a "
        "mediation meeting within 30 days, and you get a certificate at the end.</p><p>Mediation is a "
        "choice, not a requirement.</p>",
        chrome="cc",
    ),
    pos="med vol",
    notes="Mediation of health/social care parts of plans with time limits; 'a choice, not a requirement'.",
)

case(
    "https://www.felsham.example.gov.uk/localoffer/resolution-before-tribunal",
    html=page(
        "Trying to resolve things before a Tribunal hearing",
        "<p>Even after you have registered an appeal, you can keep talking to us. Many appeals are settled "
        "before the hearing. Your caseworker will contact you to arrange a meeting.</p>",
        chrome="cc",
    ),
    pos="",
    skip="trib",
    notes="TRAP: settling an appeal with the caseworker; no DR arrangement.",
)

case(
    "https://www.sallowfield.example.gov.uk/localoffer/drs-young-people",
    html=page(
        "Getting help to sort out a disagreement (young people)",
        "<p>If you're 16 or over and unhappy about your support at college, you can ask for a disagreement "
        "resolution meeting yourself. It's run by Together Trust, who don't work for the council.</p><p>You "
        "don't have to have an EHC plan. You don't have to go if you don't want to.</p><p>Text 07700 "
        "900734 to get started.</p>",
        chrome="sx",
    ),
    pos="in ind vol all prov contact",
    notes="Young people's voice: 'don't work for the council'; no EHC plan needed; 'don't have to go'; text number.",
)


# =============================================================================================


def main() -> None:
    SPLIT.write("train_fresh.jsonl")


if __name__ == "__main__":
    main()
