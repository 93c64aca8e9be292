"""Write ``train_more.jsonl``: a fifth set of out-of-sample pages, written in November 2026.

Written once the four earlier train splits had all been used for tuning, to measure again how far
the checks generalise. The pages come from ``checks.md``, ``duties.md`` and the labelling rules of
``README.md`` only -- not from the checks' code, and without opening the held-back files -- with
councils (Brackenfold, Harlowmere, Fenwold, Ridgeholme, Saltcote, Kingsfold, Otterbrook, Elmstead,
Stanmoor, Dunsford, Tillingham, Barrowdale, Heronsgate), fictional providers (Quillfeather
Mediation CIC, Anchorpoint Resolution Ltd, Greenlane SEND Mediation, Steadfast Dispute Resolution,
Wellspring Accord CIC, Northstar Mediation Trust, Millrace Resolution Partnership, Copperbeech
Mediation) and furniture of their own. The weight is on four checks: voluntariness, all children
with SEN, declining leaving the appeal open, and published Local Offer feedback (audit date
2026-11-28, window from 2025-10-28), each with positives in varied wording and with traps.

Labels work as in the other generators: ``pos`` lists the checks the page passes by itself, every
other judged check is 0 unless listed in ``skip``; ``stale=True`` labels ``stale_ccg`` 0.

Run ``python tests/corpus/make_corpus_more.py`` from the repository root.
"""

from __future__ import annotations

from pathlib import Path

from labels import Cases  # the sibling module: run as a script from any directory
from make_corpus_new import faq, pdf, table  # page-shape helpers only; their pages are not reused

NAV = (
    '<a class="skip" href="#main">Skip to content</a><nav class="topnav"><ul><li><a href="/lo">Local '
    'Offer home</a></li><li><a href="/lo/disagree">Disagreement resolution</a></li><li><a href="/lo/'
    'mediation">SEND mediation</a></li><li><a href="/lo/tribunal">Appeals to the Tribunal</a></li><li>'
    '<a href="/lo/sendiass">SENDIASS</a></li><li><a href="/lo/have-your-say">Have your say: you said, we '
    'did</a></li></ul></nav><div class="cookie">We use cookies. <button>Accept</button></div>'
)
FOOT = (
    '<footer><p><a href="/complaints">Complaints</a> | <a href="/accessibility">Accessibility</a> | '
    '<a href="/privacy">Privacy</a></p><form class="rate"><p>Tell us what you think of this page</p>'
    "<button>Good</button><button>Poor</button></form></footer>"
)


def page(title: str, main: str, updated: str = "") -> str:
    """A whole Local Offer page with this split's furniture; ``updated`` adds a footer date line."""
    stamp = f'<p class="updated">Page updated {updated}</p>' if updated else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} - Local Offer'
        f'</title></head><body>{NAV}<main id="main"><h1>{title}</h1>{main}{stamp}</main>{FOOT}'
        "</body></html>"
    )


def provider(style: int, name: str, council: str, phone: str, email: str) -> str:
    """A paragraph naming the independent provider of the council's disagreement resolution service
    and how to reach it (the page then passes in, ind, prov and contact)."""
    short = name.split()[0]
    forms = [
        f"<p>{council} Council's disagreement resolution service is provided by {name}, an independent "
        f"organisation that is not part of the council.</p><p>Phone {phone} or email "
        f'<a href="mailto:{email}">{email}</a>.</p>',
        f"<p>We commission {name} to run disagreement resolution for families in {council}. Their "
        f"facilitators are independent: none of them works for the council.</p><p>To arrange a meeting "
        f"call {short} on {phone}.</p>",
        f"<h2>Who provides it?</h2><p>{name}. They are independent of {council} Council and of the NHS."
        f"</p><h2>How do I get in touch?</h2><p>Email {email} or ring {phone} (Monday to Friday).</p>",
        f"<p>The disagreement resolution service is delivered on the council's behalf by {name}, a third "
        f"party with no connection to the SEN team. Referrals: {email}, telephone {phone}.</p>",
        f"<ul><li><strong>Provider:</strong> {name} (independent)</li><li><strong>Telephone:</strong> "
        f"{phone}</li><li><strong>Email:</strong> {email}</li></ul><p>This is {council}'s disagreement "
        f"resolution service for special educational needs.</p>",
    ]
    return forms[style % len(forms)]


def shared_shape_pages(path: Path) -> None:
    """Add the pages of ``more_dr_pages.txt``: each a statement before and/or after a paragraph
    naming the independent provider and its contact, so each passes in, ind, prov and contact."""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if line and not line.startswith("#"))
        if not fields:
            continue
        named = provider(int(fields["style"]), fields["prov"], fields["council"], fields["phone"], fields["email"])
        case(
            fields["url"],
            html=page(fields["title"], fields.get("before", "") + named + fields.get("after", "")),
            pos=f"{DR} {fields.get('pos', '')}",
            skip=fields.get("skip", ""),
            notes=fields["notes"],
        )


SPLIT = Cases("m")
case = SPLIT.add

DR = "in ind prov contact"
shared_shape_pages(Path(__file__).resolve().parent / "more_dr_pages.txt")

# =============================================================================================
# A. Disagreement resolution is voluntary: positives in varied wording
# =============================================================================================


case(
    "https://www.harlowmere.example.gov.uk/send/resolving-disagreements",
    html=page(
        "Resolving disagreements: questions and answers",
        provider(1, "Anchorpoint Resolution Ltd", "Harlowmere", "01632 960 208", "referrals@anchorpoint.example")
        + faq(
            [
                (
                    "What is disagreement resolution?",
                    "An informal meeting, run by someone neutral, to help "
                    "you and the other side reach an agreement about your child's support.",
                ),
                ("Do I have to use it?", "No. It's your choice, and it only goes ahead if you want it to."),
                ("How long does it take?", "Most meetings last about two hours."),
            ]
        ),
    ),
    pos=f"{DR} vol",
    skip="types",
    notes="FAQ 'Do I have to use it?' - 'No. It's your choice'.",
)


case(
    "https://www.otterbrook.example.gov.uk/media/dr-leaflet.pdf",
    text=pdf(
        "Otterbrook SEND Disagreement Resolution Leaflet",
        [
            "Disagreement resolution in Otterbrook",
            "This leaflet explains the disagreement resolution service that Otterbrook Council "
            "arranges for families of children and young people with special educational needs.",
            "The service is run by Millrace Resolution Partnership, which is independent of the "
            "council: its facilitators are not council employees.",
            "Using the service is not compulsory. You and the council both need to agree before a meeting is arranged.",
            "Contact Millrace on 01632 960 735 or email otterbrook@millrace.example to find out more.",
        ],
    ),
    pos=f"{DR} vol",
    skip="types",
    notes="PDF: 'not compulsory ... both need to agree before a meeting is arranged'.",
)

case(
    "https://www.elmstead.example.gov.uk/send/dr-at-a-glance",
    html=page(
        "Disagreement resolution at a glance",
        table(
            ("Question", "Answer"),
            [
                (
                    "What is it?",
                    "A meeting with an independent facilitator from Copperbeech Mediation to "
                    "help settle a disagreement about SEN support.",
                ),
                ("Is it independent?", "Yes. Copperbeech Mediation is not part of Elmstead Council."),
                ("Do I have to take part?", "No - it is your decision."),
                ("How do I ask for it?", "Call 01632 960 840 or email elmstead@copperbeech.example."),
            ],
        ),
    ),
    pos=f"{DR} vol",
    skip="types",
    notes="Key/value table: 'Do I have to take part? | No - it is your decision'.",
)


case(
    "https://www.stanmoor.example.gov.uk/localoffer/dr-key-facts",
    html=page(
        "Disagreement resolution: key facts",
        "<ul><li>Free for families</li><li>Participation is optional for everyone involved</li><li>Run "
        "by Wellspring Accord CIC, independent of Stanmoor Council</li><li>Book on 01632 960 566 or at "
        "wellspring.example/stanmoor</li></ul><p>This is the disagreement resolution service for SEND in "
        "Stanmoor.</p>",
    ),
    pos=f"{DR} vol",
    skip="types",
    notes="Bullet 'Participation is optional for everyone involved'.",
)


case(
    "https://www.stanmoor.example.gov.uk/localoffer/send-mediation",
    html=page(
        "SEND mediation",
        "<p>If you disagree with an EHC needs assessment or plan decision, you can ask for mediation "
        "with the council. You must contact the mediation adviser within two months of the decision "
        "letter. The adviser explains mediation and, if you decide not to go ahead, gives you a "
        "certificate within three working days.</p><p>Going to mediation is your decision: you can "
        "choose whether to mediate, and the council must take part if you do.</p><p>Our mediation "
        "adviser is Copperbeech Mediation, an independent service (01632 960 899, "
        "stanmoor@copperbeech.example).</p>",
    ),
    pos="ind prov contact vol med",
    skip="types trib noeff",
    notes="SEND mediation: 'Going to mediation is your decision: you can choose whether to mediate'.",
)

# =============================================================================================
# B. All children and young people with SEN: positives
# =============================================================================================


case(
    "https://www.tillingham.example.gov.uk/send/dr-faq",
    html=page(
        "Disagreement resolution FAQs",
        provider(2, "Northstar Mediation Trust", "Tillingham", "01632 960 688", "tillingham@northstar.example")
        + faq(
            [
                (
                    "Is this just for children with EHC plans?",
                    "No. Any child or young person with special educational needs can use it.",
                ),
                ("Does it cost anything?", "No, the council pays for it."),
            ]
        ),
    ),
    pos=f"{DR} all",
    skip="types",
    notes="FAQ 'Is this just for children with EHC plans?' - 'No. Any child ... with SEN'.",
)


case(
    "https://www.fenwold.example.gov.uk/media/dr-guide.pdf",
    text=pdf(
        "Fenwold Local Offer - Disagreement resolution guide",
        [
            "Who can use it?",
            "All families of children and young people with special educational needs in Fenwold can "
            "use disagreement resolution, not just those with an EHC plan.",
            "Who runs it?",
            "Quillfeather Mediation CIC runs the service for us. Quillfeather is independent of Fenwold Council.",
            "Call 01632 960 142 or email fenwold@quillfeather.example.",
        ],
    ),
    pos=f"{DR} all",
    skip="types",
    notes="PDF: 'All families of children and young people with SEN ... not just those with an EHC plan'.",
)


case(
    "https://www.ridgeholme.example.gov.uk/localoffer/dr-summary",
    html=page(
        "Disagreement resolution summary",
        table(
            ("", ""),
            [
                (
                    "Service",
                    "Disagreement resolution, run by Greenlane SEND Mediation (independent of Ridgeholme Council)",
                ),
                (
                    "Who is it for?",
                    "Parents and young people where there is a special educational need. An EHC plan is not required.",
                ),
                ("Contact", "01632 960 366 / ridgeholme@greenlane.example"),
            ],
        ),
    ),
    pos=f"{DR} all",
    skip="types",
    notes="Table 'Who is it for? | ... special educational need. An EHC plan is not required.'",
)

# =============================================================================================
# C. Declining does not affect the appeal: positives (voluntariness left out unless stated)
# =============================================================================================


case(
    "https://www.kingsfold.example.gov.uk/localoffer/send-mediation",
    html=page(
        "SEND mediation",
        "<p>If you want to appeal about an EHC needs assessment or plan, you first need to speak to a "
        "mediation adviser. You must do this within two months of the council's decision letter. Our "
        "adviser is Northstar Mediation Trust (01632 960 699), which is independent of the council.</p>"
        "<p>If you decide not to go to mediation, the adviser will give you a certificate within three "
        "working days and you can then register your appeal.</p>",
    ),
    pos="ind prov contact noeff med",
    skip="types vol trib",
    notes="'If you decide not to go to mediation ... certificate ... you can then register your appeal'.",
)

case(
    "https://www.otterbrook.example.gov.uk/send/dr-questions",
    html=page(
        "Questions about disagreement resolution",
        provider(3, "Copperbeech Mediation", "Otterbrook", "01632 960 822", "otterbrook@copperbeech.example")
        + faq(
            [
                (
                    "Will using disagreement resolution delay my appeal?",
                    "No. It runs alongside your right "
                    "of appeal and never pauses or cancels it. If you would prefer not to use it, you can "
                    "still appeal straight away.",
                ),
            ]
        ),
    ),
    pos=f"{DR} noeff",
    skip="types vol trib",
    notes="FAQ: not using it, you can still appeal straight away; never pauses or cancels the appeal.",
)


case(
    "https://www.tillingham.example.gov.uk/localoffer/mediation-certificate",
    html=page(
        "Mediation certificates",
        "<p>Tillingham's SEND mediation is provided by Steadfast Dispute Resolution, independent of the "
        "council (01632 960 488).</p><p>Saying no to mediation won't stop you appealing: just ask the "
        "adviser for your certificate.</p>",
    ),
    pos="ind prov contact noeff",
    skip="types vol trib med",
    notes="'Saying no to mediation won't stop you appealing'.",
)

case(
    "https://www.barrowdale.example.gov.uk/send/mediation",
    html=page(
        "Mediation for SEND decisions",
        "<p>Greenlane SEND Mediation is our independent mediation service (01632 960 377, "
        "barrowdale@greenlane.example).</p><p>Declining mediation has no impact on your appeal rights.</p>",
    ),
    pos="ind prov contact noeff",
    skip="types vol trib med",
    notes="'Declining mediation has no impact on your appeal rights'.",
)

case(
    "https://www.heronsgate.example.gov.uk/localoffer/before-you-appeal",
    html=page(
        "Before you appeal",
        "<p>You can go straight to the Tribunal if you do not want mediation. You only need the "
        "certificate to show that you have considered it.</p><p>Mediation advice in Heronsgate comes "
        "from Wellspring Accord CIC, independent of the council: 01632 960 599.</p>",
    ),
    pos="ind prov contact noeff",
    skip="types vol trib med",
    notes="'go straight to the Tribunal if you do not want mediation ... only need the certificate'.",
)


case(
    "https://www.brackenfold.example.gov.uk/media/mediation-factsheet.pdf",
    text=pdf(
        "Brackenfold SEND Mediation Factsheet",
        [
            "SEND mediation is run for Brackenfold Council by Northstar Mediation Trust, an independent "
            "organisation. Telephone 01632 960 611.",
            "Not taking up the offer of mediation does not prevent an appeal to the Tribunal.",
        ],
    ),
    pos="ind prov contact noeff",
    skip="types vol trib med",
    notes="PDF: 'Not taking up the offer of mediation does not prevent an appeal to the Tribunal'.",
)


case(
    "https://www.ridgeholme.example.gov.uk/send/dr-table",
    html=page(
        "Disagreement resolution: your questions",
        table(
            ("Question", "Answer"),
            [
                ("Who runs it?", "Anchorpoint Resolution Ltd, an independent provider (01632 960 265)."),
                ("Does it affect my appeal?", "No - not using it leaves your right to appeal untouched."),
            ],
        )
        + "<p>This is Ridgeholme's disagreement resolution service.</p>",
    ),
    pos=f"{DR} noeff",
    skip="types vol trib",
    notes="Table 'Does it affect my appeal? | No - not using it leaves your right to appeal untouched'.",
)


case(
    "https://www.otterbrook.example.gov.uk/send/mediation-choice",
    html=page(
        "Mediation is your choice",
        "<p>Mediation is voluntary for parents and young people. If you choose not to mediate, that "
        "won't affect your right to appeal.</p><p>Otterbrook's SEND mediation is provided by Wellspring "
        "Accord CIC, which is independent of the council (01632 960 600).</p>",
    ),
    pos="ind prov contact vol noeff",
    skip="types trib med",
    notes="Voluntary and declining does not affect the appeal, in SEND mediation.",
)

# =============================================================================================
# D. Published Local Offer feedback: positives (audit date 2026-11-28; window from 2025-10-28)
# =============================================================================================

FB = "fb"

case(
    "https://www.brackenfold.example.gov.uk/localoffer/you-said-we-did",
    html=page(
        "Local Offer: you said, we did",
        table(
            ("You said", "We did"),
            [
                ("The Local Offer search gave too many results.", "We added filters by age and need."),
                ("Pages used too much jargon.", "We rewrote 40 pages in plain English with parents."),
            ],
        )
        + "<p>Published 5 November 2025</p>",
    ),
    pos=FB,
    notes="'You said / We did' table about the Local Offer; published 5 November 2025.",
)

case(
    "https://www.harlowmere.example.gov.uk/media/local-offer-annual-report-2025-26.pdf",
    text=pdf(
        "Harlowmere Local Offer Annual Report 2025-26",
        [
            "Published 30 June 2026",
            "This report sets out the comments we received about the Harlowmere Local Offer between "
            "April 2025 and March 2026 and how we have responded.",
            "Themes from your comments: families found it hard to find information about short breaks; "
            "young people wanted more on jobs and training; professionals asked for clearer referral "
            "routes.",
            "Our response: the short breaks page is now linked from the home page; a new 'Moving on' "
            "section covers work and training; every service listing now shows how to refer.",
        ],
    ),
    pos=FB,
    notes="PDF annual report: themes of comments about the Local Offer and the response; 30 June 2026.",
)

case(
    "https://www.fenwold.example.gov.uk/localoffer/consultation-summary",
    html=page(
        "Local Offer website review: what you told us and our response",
        "<p>In autumn 2025 we asked families, young people and practitioners what they thought of the "
        "Fenwold Local Offer website. 212 people responded.</p><h2>Summary of responses</h2><p>Most "
        "people said the site was hard to use on a phone, and many said they did not know the Local "
        "Offer existed.</p><h2>Our response</h2><p>The site has been rebuilt to work on phones, and "
        "every school now links to it from their SEN information report.</p><p>Date published: January "
        "2026</p>",
    ),
    pos=FB,
    notes="Consultation summary on the Local Offer website with responses; January 2026.",
)

case(
    "https://www.ridgeholme.example.gov.uk/localoffer/feedback-december-2025",
    html=page(
        "Local Offer feedback",
        "<h2>Feedback received: December 2025</h2><h3>What people said</h3><p>The Local Offer did not "
        "explain what happens at an annual review.</p><h3>Our response</h3><p>We have added an annual "
        "review guide written with the parent carer forum.</p>",
    ),
    pos=FB,
    notes="Dated heading 'Feedback received: December 2025', what people said / our response.",
)

case(
    "https://www.saltcote.example.gov.uk/localoffer/comments-and-responses",
    html=page(
        "Comments on the Local Offer and our responses",
        "<p>Published 28 October 2025</p><ul><li>Comment: the list of childminders was out of date. "
        "Response: the list is now refreshed every month.</li><li>Comment: I could not find anything "
        "about dyslexia. Response: a new page on literacy difficulties has been added.</li></ul>",
    ),
    pos=FB,
    notes="Comment/Response list about the Local Offer; published 28 October 2025 (first day of window).",
)

case(
    "https://www.kingsfold.example.gov.uk/localoffer/your-feedback",
    html=page(
        "Your feedback about the Local Offer",
        "<p>Updated 14/09/2026</p><p>Several parents told us the Local Offer's pages about transport "
        "were confusing. In response, we have merged them into a single page with a flowchart. Young "
        "people said they wanted to hear from other young people, so we have added short videos made "
        "by the Kingsfold Youth Voice group.</p>",
    ),
    pos=FB,
    notes="Prose: parents told us (about Local Offer pages) - in response we...; updated 14/09/2026.",
)

case(
    "https://www.otterbrook.example.gov.uk/media/you-said-we-did-spring-2026.pdf",
    text=pdf(
        "Otterbrook Local Offer - You Said, We Did - Spring 2026",
        [
            "Each term we publish what you have told us about the Local Offer and what we have done.",
            "You said: the Local Offer newsletter arrives too late to book holiday activities. We did: it "
            "now goes out six weeks before each holiday.",
            "You said: there is no information in Polish or Urdu. We did: the key pages are now "
            "translated and a translate button has been added.",
            "Published April 2026",
        ],
    ),
    pos=FB,
    notes="PDF 'You said: ... We did: ...' about the Local Offer; April 2026.",
)

case(
    "https://www.elmstead.example.gov.uk/news/local-offer-changes-after-your-feedback",
    html=page(
        "Changes to the Local Offer after your feedback",
        "<p class='date'>2 February 2026</p><p>Thank you to everyone who left comments on the Local Offer "
        "last year. You asked for a simpler home page, so we have cut it down to six clear choices. You "
        "asked us to list support groups by area, so we have.</p>",
    ),
    pos=FB,
    notes="News post dated 2 February 2026: 'You asked for ..., so we have ...' about the Local Offer.",
)

case(
    "https://www.dunsford.example.gov.uk/localoffer/feedback-q3",
    html=page(
        "Local Offer feedback summary: quarter 3 (October to December 2025)",
        "<p>Published 15 January 2026</p><h2>What we heard</h2><ul><li>Parents wanted clearer "
        "information on EHC needs assessment timescales.</li><li>Practitioners said several service "
        "entries had wrong phone numbers.</li></ul><h2>What we are doing</h2><ul><li>A timeline graphic "
        "has been added to the assessment page.</li><li>All service entries are being checked by the end "
        "of March.</li></ul>",
    ),
    pos=FB,
    notes="Quarterly summary of Local Offer feedback with actions; published 15 January 2026.",
)

case(
    "https://www.tillingham.example.gov.uk/localoffer/feedback-log",
    html=page(
        "Local Offer feedback: issues and actions",
        "<dl><dt>Issue raised</dt><dd>The Local Offer does not say which schools have resourced "
        "provision.</dd><dt>Action taken</dt><dd>A map of resourced provisions has been published.</dd>"
        "<dt>Issue raised</dt><dd>Search results do not show opening hours.</dd><dt>Action taken</dt>"
        "<dd>Opening hours now appear in every result.</dd></dl>",
        updated="1 August 2026",
    ),
    pos=FB,
    notes="Definition list 'Issue raised / Action taken' about the Local Offer; updated 1 August 2026.",
)

case(
    "https://www.barrowdale.example.gov.uk/localoffer/young-people/what-you-told-us",
    html=page(
        "What young people told us about the Local Offer",
        "<p>March 2026</p><p>Young people told us the Local Offer looked boring and was written for "
        "parents. We've added a young people's zone with their own pages, designed by members of the "
        "Barrowdale SEND Youth Panel.</p>",
    ),
    pos=FB,
    notes="Young people's comments about the Local Offer and the response; March 2026.",
)

case(
    "https://www.heronsgate.example.gov.uk/localoffer/annual-feedback-report",
    html=page(
        "Local Offer annual feedback report 2025 to 2026",
        "<p>This report was published on 20 April 2026.</p><h2>Comments received</h2><p>We received 96 "
        "comments about the Local Offer. The most common were about finding activities in the holidays "
        "and understanding personal budgets.</p><h2>How the council responded</h2><p>We created a "
        "holiday activities calendar and a step-by-step personal budgets guide.</p>",
    ),
    pos=FB,
    notes="Annual feedback report: comments received / how the council responded; 20 April 2026.",
)

case(
    "https://www.stanmoor.example.gov.uk/localoffer/you-said-we-did",
    html=page(
        "You said, we did",
        "<h2>November 2025</h2><p>You said: the Local Offer should explain the difference between SEN "
        "support and an EHC plan. We did: added a comparison page.</p><h2>June 2024</h2><p>You said: the "
        "font was too small. We did: increased the text size.</p>",
    ),
    pos=FB,
    notes="Dated headings; latest entry November 2025 (in window), older June 2024.",
)

# =============================================================================================
# E. Published Local Offer feedback: traps
# =============================================================================================

case(
    "https://www.brackenfold.example.gov.uk/short-breaks/you-said-we-did",
    html=page(
        "Short breaks: you said, we did",
        "<p>Published 9 March 2026</p><p>You said: there were not enough short break places in the "
        "school holidays. We did: commissioned two new holiday clubs.</p>",
    ),
    notes="Trap: 'You said, we did' about short breaks provision, not the Local Offer.",
)

case(
    "https://www.harlowmere.example.gov.uk/localoffer/feedback-2025",
    html=page(
        "Local Offer feedback and our response",
        "<p>Published 10 October 2025</p><p>You said the Local Offer was hard to search. We added a "
        "new search tool.</p>",
    ),
    notes="Trap: Local Offer feedback with response, but published 10 October 2025 (before the window).",
)

case(
    "https://www.fenwold.example.gov.uk/localoffer/comments-received-2025",
    html=page(
        "Comments received about the Local Offer",
        "<p>December 2025</p><ul><li>Parents said the Local Offer was hard to find from the council's "
        "home page.</li><li>A young person said the pages had too much text.</li></ul><p>We are "
        "considering these comments and will publish our response in the new year.</p>",
    ),
    notes="Trap: comments about the Local Offer, response not yet published.",
)

case(
    "https://www.ridgeholme.example.gov.uk/localoffer/whats-new",
    html=page(
        "What's new on the Local Offer",
        "<ul><li>4 May 2026: new page on preparing for adulthood.</li><li>18 February 2026: directory "
        "moved to a new platform.</li><li>9 December 2025: accessibility toolbar added.</li></ul>",
    ),
    notes="Trap: changelog of the Local Offer without any comments.",
)

case(
    "https://www.saltcote.example.gov.uk/localoffer/you-said-we-did",
    html=page(
        "You said, we did",
        "<p>You said the Local Offer needed more on mental health. We did: added a wellbeing section.</p>"
        "<p>You said it was hard to contact the SEN team. We did: added a contact form.</p>",
    ),
    notes="Trap: Local Offer 'You said, we did' with no date at all.",
)

case(
    "https://www.kingsfold.example.gov.uk/localoffer/tell-us-what-you-think",
    html=page(
        "Tell us what you think of the Local Offer",
        "<p>We want to hear your views on the Kingsfold Local Offer. Your comments help us improve it, "
        "and we publish a summary with our response every year.</p><form><label>Your comments<textarea>"
        "</textarea></label><button>Send</button></form>",
        updated="3 March 2026",
    ),
    notes="Trap: a feedback form and a promise to publish, no comments or responses.",
)

case(
    "https://www.otterbrook.example.gov.uk/localoffer/annual-reports",
    html=page(
        "Local Offer annual reports",
        "<ul><li><a href='/media/lo-report-2023-24.pdf'>Local Offer annual report 2023-24 (PDF)</a></li>"
        "<li><a href='/media/lo-report-2024-25.pdf'>Local Offer annual report 2024-25 (PDF)</a></li></ul>",
        updated="12 January 2026",
    ),
    notes="Trap: only links to reports; no comments or responses on the page.",
)

case(
    "https://www.elmstead.example.gov.uk/send/partnership-board/you-said-we-did",
    html=page(
        "SEND Partnership Board: you said, we did",
        "<p>July 2026</p><p>You said: EHC needs assessments take too long. We did: recruited four more "
        "educational psychologists and cut waiting times by six weeks.</p>",
    ),
    notes="Trap: 'You said, we did' about EHC assessment timeliness, not about the Local Offer.",
)

case(
    "https://www.dunsford.example.gov.uk/media/local-offer-annual-report-2024.pdf",
    text=pdf(
        "Dunsford Local Offer Annual Report 2024",
        [
            "Published 3 July 2025",
            "What you told us about the Local Offer: it was hard to find holiday activities.",
            "What we did: added a holiday activities page.",
        ],
    ),
    notes="Trap: Local Offer annual report published 3 July 2025 (before the window).",
)

case(
    "https://www.tillingham.example.gov.uk/localoffer/feedback-report-2024-25",
    html=page(
        "Local Offer feedback report 2024 to 2025",
        "<p>Published September 2025</p><h2>Your comments</h2><p>Many people asked for clearer "
        "information about SEN transport on the Local Offer.</p><h2>Our response</h2><p>We added a "
        "transport eligibility checker.</p>",
    ),
    notes="Trap: Local Offer comments and response published September 2025 (before the window).",
)

# =============================================================================================
# F. Traps for voluntariness, all children with SEN and the appeal left open
# =============================================================================================

case(
    "https://www.barrowdale.example.gov.uk/send/mediation-information-session",
    html=page(
        "Mediation information sessions",
        "<p>Before you can register an appeal you must attend a mediation information session with "
        "Copperbeech Mediation, which is independent of the council (01632 960 844).</p><p>The session "
        "lasts about 30 minutes.</p>",
    ),
    pos="ind prov contact",
    skip="types trib med",
    notes="Trap (vol): attendance required; nothing voluntary; no statement on declining.",
)


case(
    "https://www.saltcote.example.gov.uk/send/sendiass",
    html=page(
        "Saltcote SENDIASS",
        "<p>Saltcote SEND Information, Advice and Support Service gives free, impartial advice to "
        "parents of children at SEN support and with EHC plans. Call 01632 960 900 or email "
        "sendiass@saltcote.example.</p>",
    ),
    pos="iass",
    notes="Trap (all): IASS for SEN support and EHC plans, no disagreement resolution.",
)

case(
    "https://www.kingsfold.example.gov.uk/send/after-mediation",
    html=page(
        "After mediation",
        "<p>Northstar Mediation Trust, independent of Kingsfold Council, runs SEND mediation (01632 960 "
        "744).</p><p>If mediation does not settle matters, you can still appeal to the Tribunal once it "
        "has finished.</p>",
    ),
    pos="ind prov contact",
    skip="types trib med vol",
    notes="Trap (noeff): appeal possible after mediation only.",
)

case(
    "https://www.otterbrook.example.gov.uk/send/appeal-certificate",
    html=page(
        "You need a certificate to appeal",
        "<p>You will need a mediation certificate before you can appeal to the Tribunal about an EHC plan.</p>",
    ),
    skip="trib med",
    notes="Trap (noeff): a certificate needed; nothing about declining.",
)


case(
    "https://www.dunsford.example.gov.uk/schools/admissions/appeals",
    html=page(
        "School admission appeals",
        "<p>If your child is refused a place you can appeal to an independent appeal panel. Choosing not "
        "to attend the informal meeting with the admissions team does not affect your right to appeal. "
        "Appeals must be lodged within 20 school days.</p>",
    ),
    notes="Trap (noeff): school admissions appeal.",
)

case(
    "https://www.tillingham.example.gov.uk/family/family-mediation",
    html=page(
        "Family mediation",
        "<p>Family mediation helps separating parents agree arrangements for their children. It is "
        "voluntary, and if you decide not to mediate you can still apply to the family court, though "
        "you will usually need to attend a MIAM first. Any child, with or without additional needs, "
        "can be included.</p>",
    ),
    notes="Trap (vol, noeff, all): family mediation and the family court.",
)


case(
    "https://www.heronsgate.example.gov.uk/localoffer/ehc-mediation-only",
    html=page(
        "SEND mediation",
        "<p>SEND mediation is only about decisions on EHC needs assessments and EHC plans. It is run by "
        "Quillfeather Mediation CIC, independent of the council (01632 960 175).</p>",
    ),
    pos="ind prov contact",
    skip="types trib med",
    notes="Trap (all): SEND mediation restricted (rightly) to EHC decisions.",
)

case(
    "https://www.stanmoor.example.gov.uk/localoffer/whether-you-appeal",
    html=page(
        "Thinking about appealing",
        "<p>Whether or not you decide to appeal, you can ask SENDIASS for help: 01632 960 911.</p>",
    ),
    pos="iass",
    skip="trib",
    notes="Trap (all, vol): 'Whether or not you decide to appeal' - nothing about DR.",
)

# =============================================================================================
# G. Providers and contacts named in other ways
# =============================================================================================

case(
    "https://www.brackenfold.example.gov.uk/localoffer/dr-referral",
    html=page(
        "Ask for disagreement resolution",
        "<p>In Brackenfold, SEND disagreement resolution is delivered by Anchorpoint Resolution Ltd on "
        "our behalf. Anchorpoint is independent of the local authority.</p><p>Make a referral online at "
        "<a href='https://anchorpoint.example/refer'>anchorpoint.example/refer</a>.</p>",
    ),
    pos=DR,
    skip="types",
    notes="Provider 'delivered by ... on our behalf'; online referral form.",
)

case(
    "https://www.fenwold.example.gov.uk/localoffer/dr-contact",
    html=page(
        "Contact the disagreement resolution service",
        "<p>Fenwold's independent disagreement resolution service: Wellspring Accord CIC.</p><p>Freephone "
        "0808 157 0033 &middot; Text 07700 900 123</p>",
    ),
    pos=DR,
    skip="types",
    notes="Provider after a colon; freephone and text number.",
)

case(
    "https://www.ridgeholme.example.gov.uk/localoffer/who-we-work-with",
    html=page(
        "Who we work with",
        "<p>For disagreement resolution we work with Millrace Resolution Partnership, an independent "
        "organisation. Reach them at hello@millrace.example.</p>",
    ),
    pos=DR,
    skip="types",
    notes="'we work with <Name>, an independent organisation'; email.",
)

case(
    "https://www.elmstead.example.gov.uk/localoffer/dr-directory-record",
    html=page(
        "Greenlane SEND Mediation",
        "<div class='record'><p>Greenlane SEND Mediation offers independent disagreement resolution and "
        "SEND mediation for Elmstead families. It is not part of the council.</p><p>Tel: 01632 960 399</p>"
        "<p>Website: greenlane.example</p></div>",
    ),
    pos=DR,
    skip="types",
    notes="Directory record headed by the provider's name.",
)

case(
    "https://www.kingsfold.example.gov.uk/localoffer/dr-hours",
    html=page(
        "Disagreement resolution",
        "<p>Kingsfold's disagreement resolution arrangements are with Quillfeather, an independent "
        "mediation organisation (Quillfeather Mediation CIC).</p><p>Lines are open 9am to 5pm on 01632 "
        "960 186.</p>",
    ),
    pos=DR,
    skip="types",
    notes="'arrangements are with Quillfeather'; phone in an opening-hours line.",
)

case(
    "https://www.dunsford.example.gov.uk/media/dr-poster.pdf",
    text=pdf(
        "Dunsford Council",
        [
            "Can't agree about your child's SEN support?",
            "Try disagreement resolution. It is free, independent and run by Northstar Mediation Trust, "
            "not by the council.",
            "Call 01632 960 755",
        ],
    ),
    pos=DR,
    skip="types",
    notes="PDF poster: 'run by <Name>, not by the council'; phone.",
)

# =============================================================================================
# H. A few more positives split over sentences and rows
# =============================================================================================


case(
    "https://www.heronsgate.example.gov.uk/localoffer/mediation-faq",
    html=page(
        "SEND mediation: common questions",
        "<p>Heronsgate's SEND mediation is arranged through Anchorpoint Resolution Ltd, an independent "
        "provider (01632 960 287).</p>"
        + faq(
            [
                ("Can I say no to mediation?", "Yes. Mediation only happens if you want it."),
                (
                    "If I say no, can I still appeal?",
                    "Yes. Ask for your certificate and you can appeal to the Tribunal.",
                ),
            ]
        ),
    ),
    pos="ind prov contact vol noeff",
    skip="types trib med",
    notes="FAQ: 'Can I say no?' - 'Yes. Mediation only happens if you want it'; 'If I say no, can I still appeal?' - 'Yes'.",
)

case(
    "https://www.otterbrook.example.gov.uk/localoffer/feedback-table",
    html=page(
        "Local Offer comments log",
        table(
            ("Date received", "Comment and our response"),
            [
                (
                    "11 November 2025",
                    "Comment: the Local Offer home page is cluttered. Response: we have simplified it to six tiles.",
                ),
                (
                    "23 February 2026",
                    "Comment: no information about autism assessment waiting times. "
                    "Response: a page with current waiting times has been added.",
                ),
            ],
        ),
    ),
    pos=FB,
    notes="Comments log about the Local Offer with a date column (latest 23 February 2026).",
)


def main() -> None:
    SPLIT.write("train_more.jsonl")


if __name__ == "__main__":
    main()
