"""Write ``train_ten.jsonl``: a tenth set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
labelling rules of ``README.md`` and ``labels.py`` only (``make_corpus_nine.py`` read for how a
generator uses ``Cases``), and without opening the held-back files. Weighted to
``drs_disagreement_types`` (SEND Code of Practice 11.8): the kinds of disagreement in the words
councils use ("if you're unhappy with …", "problems with the support your child gets", "where you and
the school see things differently", "the health parts of the plan", "a dispute over section F",
"issues between the local authority and the NHS"), in case studies, a "common reasons" list, tables,
a Welsh-English page, hard-wrapped PDF text, directory records, FAQs, accordions, Easy Read and long
guides with the kinds buried; single kinds, parties without subjects and many traps (appeal grounds,
family, neighbour, workplace and peer mediation, complaint categories, SENDIASS, admissions,
exclusions, transport, the council's own meetings, furniture naming the kinds). Councils (Quenby,
Wolverdale, Hesketh Moor, Tansley Cross, Brinkhurst, Oakhaven, Marchbank, Selwood Vale, Severnmouth,
Coppleton, Birkdene, Fallowmere, Hobbswick, Wendlebury, Tillbrook, Grimsworth) and fictional
providers (Stonechat Mediation CIC, Commonway Resolution Ltd, Fairhaven SEND Mediation Trust,
Stepping Stones Dispute Resolution, Mossgate Accord Ltd, Nimbus Resolution CIC) are new to the
corpus; real providers of ``duties.md`` §10 appear beside them.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_ten.py``.
"""

from __future__ import annotations

import textwrap

from labels import Cases  # the sibling module: run as a script from any directory
from make_corpus_nine import ol, ul  # the same list helpers (pure functions; nine's main does not run)

HEAD = (
    '<a class="skip" href="#content">Skip to content</a><header class="site"><nav class="menu"><ul>'
    '<li><a href="/lo">Local Offer</a></li><li><a href="/lo/disagreements">Disagreements about SEN support'
    '</a></li><li><a href="/lo/ehc-disagree">Disagreeing with your EHC plan</a></li><li><a href="/lo/'
    'mediation">Mediation</a></li><li><a href="/lo/tribunal">Tribunal appeals</a></li><li><a href="/lo/'
    'complaints">Complaints</a></li><li><a href="/lo/sendiass">SENDIASS</a></li></ul></nav></header>'
)
FOOT = (
    '<footer class="site-foot"><p>Was this page helpful? <button>Yes</button> <button>No</button></p><ul>'
    '<li><a href="/lo/feedback">Local Offer feedback: you said, we did</a></li><li><a href="/lo/health">'
    'Disagreements about health provision</a></li><li><a href="/accessibility">Accessibility</a></li>'
    "</ul></footer>"
)


def page(title: str, main: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} | Local Offer</title></head><body>{HEAD}'
        f'<main id="content"><h1>{title}</h1>{main}</main>{FOOT}</body></html>'
    )


def table(head: list[str], body: list[list[str]]) -> str:
    top = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    rest = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    return f"<table>{top}{rest}</table>"


def record(pairs: list[tuple[str, str]]) -> str:
    return '<table class="record">' + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in pairs) + "</table>"


def details(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<details><summary>{q}</summary>{a}</details>" for q, a in pairs)


def pdf(header: str, paragraphs: list[str], width: int = 66) -> str:
    """Leaflet text as a PDF converter gives it: hard-wrapped lines, a running header every 14 lines."""
    lines: list[str] = []
    for para in paragraphs:
        lines.extend(textwrap.wrap(para, width) or [""])
        lines.append("")
    out: list[str] = []
    page_no = 1
    for i, line in enumerate(lines):
        if i % 14 == 0:
            out.append(f"{header}    Page {page_no}")
            page_no += 1
        out.append(line)
    return "\n".join(out)


def provider(name: str, council: str, phone: str, email: str, independent: bool = True) -> str:
    ind = f", an organisation that is independent of {council} Council" if independent else ""
    return (
        f"<h2>Who provides it</h2><p>The service is provided by {name}{ind}.</p><p>Telephone {phone}<br>"
        f"Email {email}</p>"
    )


STONECHAT = provider("Stonechat Mediation CIC", "Quenby", "01632 960 811", "help@stonechat-mediation.example.org.uk")
COMMONWAY = provider(
    "Commonway Resolution Ltd", "Wolverdale", "01632 960 822", "send@commonway-resolution.example.org.uk"
)
FAIRHAVEN = provider(
    "Fairhaven SEND Mediation Trust", "Hesketh Moor", "01632 960 833", "referrals@fairhaven-send.example.org.uk"
)
STEPPING = provider(
    "Stepping Stones Dispute Resolution", "Tansley Cross", "01632 960 844", "dr@steppingstones-dr.example.org.uk"
)
MOSSGATE = provider(
    "Mossgate Accord Ltd", "Brinkhurst", "01632 960 855", "hello@mossgate-accord.example.org.uk", independent=False
)
NIMBUS = provider("Nimbus Resolution CIC", "Oakhaven", "01632 960 866", "contact@nimbus-resolution.example.org.uk")


def positives(c: Cases) -> None:
    c.add(
        "https://localoffer.quenby.gov.example/send/unhappy",
        html=page(
            "If you're unhappy with your child's SEN support",
            "<p>Most problems are sorted out by talking to the SENCo or your caseworker. If that hasn't worked, "
            "independent disagreement resolution is the next step.</p><p>You can use disagreement resolution if "
            "you're unhappy with the help your child gets from their nursery, school or college, or if you and "
            "the council can't agree about an EHC needs assessment or what goes into the plan.</p>" + STONECHAT,
        ),
        pos="in ind types prov contact",
        notes="'if you're unhappy with the help ... from their nursery, school or college, or if you and the council can't agree about an EHC needs assessment or the plan': two+ kinds",
    )
    c.add(
        "https://localoffer.wolverdale.gov.example/send/dr-common-reasons",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is a meeting, led by someone from outside the council, that helps you "
            "and the people working with your child find a way forward.</p><h2>Common reasons families use the "
            "service</h2>"
            + ul(
                [
                    "Problems with the support your child gets at school",
                    "The council taking longer than it should to finish an EHC needs assessment",
                    "Concerns about the health parts of the plan, such as physiotherapy",
                    "Worries that the provision in the plan is not actually being delivered",
                ]
            )
            + COMMONWAY,
        ),
        pos="in ind types prov contact",
        notes="'Common reasons families use the service' list: school support, assessment handling, health parts of the plan, provision not delivered",
    )
    c.add(
        "https://localoffer.heskethmoor.gov.example/send/seeing-things-differently",
        html=page(
            "When you and the school see things differently",
            "<p>It's normal for parents and professionals to disagree sometimes. Disagreement resolution is "
            "for times when you and the school see things differently about the help your child gets in "
            "class, and for disagreements with the local authority about what section F of the EHC plan should "
            "say.</p>" + FAIRHAVEN,
        ),
        pos="in ind types prov contact",
        notes="'where you and the school see things differently about the help' + 'disagreements with the local authority about what section F should say'",
    )
    c.add(
        "https://localoffer.tansleycross.gov.example/send/dr-stories",
        html=page(
            "Disagreement resolution: families' stories",
            "<p>These examples show the kinds of disagreement the service has helped with. Names have been "
            "changed.</p><h2>Priya, aged 7</h2><p>Priya's mum felt the school had quietly cut back the one-to-one "
            "reading help Priya had been getting. A facilitator met with her mum and the SENCo and they agreed a "
            "new timetable.</p><h2>Daniel, aged 17</h2><p>Daniel did not agree with the council about the "
            "college named in his plan. Young people over 16 can ask for disagreement resolution themselves, and "
            "Daniel did.</p><h2>Sam, aged 11</h2><p>The council and the local NHS could not agree which of them "
            "should arrange Sam's occupational therapy while his plan was being reviewed. The facilitator helped "
            "them settle it before the review meeting.</p>" + STEPPING,
        ),
        pos="in ind types prov contact",
        notes="Case studies: school cutting support, young person vs council over the college named, council vs NHS over therapy during a review",
    )
    c.add(
        "https://localoffer.brinkhurst.gov.example/send/dr-table",
        html=page(
            "Sorting out a disagreement",
            "<p>Brinkhurst's disagreement resolution service can be used for the disagreements below.</p>"
            + table(
                ["Who with", "What it might be about"],
                [
                    ["Your child's nursery, school or college", "The special educational provision they are making"],
                    ["Brinkhurst Council", "How it is carrying out an EHC needs assessment or annual review"],
                    ["The council or the NHS", "Health or social care provision in an EHC plan"],
                ],
            )
            + MOSSGATE,
        ),
        pos="in types prov contact",
        notes="'Who with | What it might be about' table of three kinds; provider named but no independence statement",
    )
    c.add(
        "https://localoffer.severnmouth.gov.example/send/datrys-anghytundeb",
        html=page(
            "Datrys anghytundeb | Resolving disagreements",
            table(
                ["Cymraeg", "English"],
                [
                    [
                        "Mae datrys anghytundeb yn annibynnol ar y cyngor.",
                        "Disagreement resolution is independent of the council.",
                    ],
                    [
                        "Gall helpu os nad ydych yn cytuno â'r ysgol am y cymorth y mae eich plentyn yn ei gael, "
                        "neu â'r cyngor am gynnwys y cynllun EHC.",
                        "It can help if you don't see eye to eye with the school about the support your child "
                        "gets, or with the council about what is in the EHC plan.",
                    ],
                    [
                        "Darperir y gwasanaeth gan Nimbus Resolution CIC: 01632 960 866.",
                        "The service is provided by Nimbus Resolution CIC: 01632 960 866.",
                    ],
                ],
            ),
        ),
        pos="in ind types prov contact",
        notes="Welsh-English two-column table; 'don't see eye to eye with the school about the support ... or with the council about what is in the EHC plan'",
    )
    c.add(
        "https://localoffer.marchbank.gov.example/docs/dr-leaflet.pdf",
        text=pdf(
            "Marchbank SEND Disagreement Resolution leaflet",
            [
                "Independent disagreement resolution",
                "Marchbank Council has asked Fairhaven SEND Mediation Trust to run disagreement resolution for "
                "families in Marchbank. Fairhaven is independent of the council and its staff do not work for "
                "Marchbank Council.",
                "What can it be used for?",
                "It can be used where there is a disagreement about how the council, an early years setting, a "
                "school or a college is carrying out its duties to children and young people with SEN. It can "
                "also be used for disagreements about the special educational provision being made for a child, "
                "and about health or social care provision while an EHC plan is being drawn up or reviewed.",
                "How to get in touch",
                "Phone 01632 960 833 (Monday to Friday, 9am to 4pm) or email referrals@fairhaven-send.example.org.uk.",
            ],
        ),
        pos="in ind types prov contact",
        notes="Hard-wrapped PDF leaflet: three kinds (duties, provision, health/social care in plan) across wrapped lines",
    )
    c.add(
        "https://directory.selwoodvale.gov.example/service/4471",
        html=page(
            "Disagreement resolution – Commonway Resolution Ltd",
            record(
                [
                    ("Service", "SEND disagreement resolution for Selwood Vale"),
                    ("Organisation", "Commonway Resolution Ltd"),
                    (
                        "Issues it can help with",
                        "Support at nursery, school or college; EHC needs assessments; what an EHC plan says; "
                        "health and care provision",
                    ),
                    ("Phone", "01632 960 822"),
                    ("Email", "send@commonway-resolution.example.org.uk"),
                ]
            ),
        ),
        pos="in types prov contact",
        notes="Directory record: 'Issues it can help with' row with four kinds separated by semicolons",
    )
    c.add(
        "https://localoffer.coppleton.gov.example/send/dr-questions",
        html=page(
            "Disagreement resolution: questions and answers",
            "<h2>What kinds of problem can it sort out?</h2><p>Lots. Families come to us when they are worried "
            "the school isn't providing what the SEN support plan says, when they disagree with the council about "
            "the wording of the EHC plan, and when there's a dispute about therapy the NHS should be providing "
            "under the plan.</p><h2>Who runs it?</h2><p>Stonechat Mediation CIC, who are independent of Coppleton "
            "Council. Call 01632 960 812.</p>",
        ),
        pos="in ind types prov contact",
        notes="FAQ with h2 questions: 'What kinds of problem can it sort out?' answered 'Lots. ...' with three kinds",
    )
    c.add(
        "https://localoffer.birkdene.gov.example/send/dr-accordion",
        html=page(
            "Independent disagreement resolution",
            "<p>Birkdene's disagreement resolution service is run by Nimbus Resolution CIC, an independent "
            "organisation.</p>"
            + details(
                [
                    (
                        "What can I use it for?",
                        ul(
                            [
                                "if you feel your child's school is not meeting their special educational needs",
                                "if you disagree with the council's decisions during an EHC needs assessment",
                                "if you are concerned about the social care part of an EHC plan",
                            ]
                        ),
                    ),
                    ("How do I get in touch?", "<p>Ring Nimbus on 01632 960 867.</p>"),
                ]
            ),
        ),
        pos="in ind types prov contact",
        notes="Details accordion 'What can I use it for?' with a list of three 'if you ...' kinds",
    )
    c.add(
        "https://localoffer.fallowmere.gov.example/easy-read/sorting-it-out",
        html=page(
            "Sorting out problems – Easy Read",
            table(
                ["", ""],
                [
                    ['<img src="talk.png" alt="Two people talking">', "Sometimes families and schools do not agree."],
                    [
                        '<img src="school.png" alt="A school">',
                        "You can get help when you and the school do not agree about help in class.",
                    ],
                    [
                        '<img src="plan.png" alt="A plan">',
                        "You can get help when you and the council do not agree about your child's plan.",
                    ],
                    [
                        '<img src="phone.png" alt="A phone">',
                        "Stepping Stones Dispute Resolution can help. They are not part of the council. Phone "
                        "01632 960 845.",
                    ],
                    ['<img src="tick.png" alt="A tick">', "This is called disagreement resolution."],
                ],
            ),
        ),
        pos="in ind types prov contact",
        notes="Easy Read picture table: 'when you and the school do not agree about help in class', 'when you and the council do not agree about your child's plan'",
    )
    filler = "".join(
        f"<h2>{h}</h2><p>{p}</p>"
        for h, p in [
            (
                "Asking for an EHC needs assessment",
                "You, your child's school or a health professional can ask the council to carry out an EHC needs "
                "assessment. The council has six weeks to decide whether to assess. It will ask for information "
                "from the school, health services and social care, and it will talk to you and your child.",
            ),
            (
                "The draft plan",
                "If the council decides to issue a plan, you will receive a draft. You have 15 days to comment on it "
                "and to ask for a particular school or college to be named. The final plan should be issued within "
                "20 weeks of the request.",
            ),
            (
                "Annual reviews",
                "Every plan is reviewed at least once a year. The school usually holds the meeting and sends a report "
                "to the council, which then decides whether to keep, change or end the plan.",
            ),
            (
                "If things go wrong",
                "Talk to your caseworker first. Disagreement resolution is also there for things that fall short of "
                "an appeal: a dispute over the content of section F, for example, or a disagreement between you and "
                "your child's early years setting about the help they give day to day. The service is provided by "
                "Mossgate Accord Ltd, which is independent of the council (01632 960 856).",
            ),
            (
                "Personal budgets",
                "You can ask for a personal budget for some of the provision in the plan. The council will tell you "
                "which parts can be included and how direct payments work.",
            ),
            (
                "Moving on to adult services",
                "From year 9 the annual review looks at preparing for adulthood: employment, independent living, "
                "friendships and good health.",
            ),
        ]
    )
    c.add(
        "https://localoffer.hobbswick.gov.example/send/ehc-guide",
        html=page("A parents' guide to EHC assessments and plans", filler),
        pos="in ind types prov contact",
        notes="Long guide; kinds buried: 'a dispute over the content of section F' and 'a disagreement ... early years setting about the help they give'",
    )
    c.add(
        "https://localoffer.wendlebury.gov.example/send/health-disagreements",
        html=page(
            "Disagreements about health provision",
            "<p>Wendlebury's independent disagreement resolution service isn't only for families. It can be used "
            "to settle issues between the local authority and the NHS during an EHC needs assessment or review, "
            "as well as concerns parents have about the health parts of the plan.</p><p>The service is run by "
            "KIDS SEND Mediation and Disagreement Resolution Service. Call 03330 062 835.</p>",
        ),
        pos="in ind types prov contact",
        notes="'issues between the local authority and the NHS during an EHC needs assessment or review' + 'concerns parents have about the health parts of the plan'",
    )
    c.add(
        "https://localoffer.tillbrook.gov.example/send/dr",
        html=page(
            "Disagreement resolution",
            "<p>Families can ask for help with a dispute over the content of section F (the special educational "
            "provision) or over sections G and H (the health and social care provision) of an EHC plan.</p>"
            "<p>Tillbrook's disagreement resolution service is provided by Global Mediation, who are independent "
            "of the council. Freephone 0800 064 4488.</p>",
        ),
        pos="in ind types prov contact",
        notes="'a dispute over the content of section F ... or over sections G and H': educational vs health/social care provision",
    )
    c.add(
        "https://localoffer.grimsworth.gov.example/send/when-to-use-dr",
        html=page(
            "When to use disagreement resolution",
            "<p>You could use it when:</p>"
            + ol(
                [
                    "the school doesn't seem to be doing what it should for a child on SEN support",
                    "you disagree with the way the council is running your child's EHC needs assessment",
                    "the council and the health service cannot agree who should provide something in the plan",
                ]
            )
            + STEPPING.replace("Tansley Cross", "Grimsworth"),
        ),
        pos="in ind types prov contact",
        notes="'You could use it when:' numbered list of three 'when' clauses",
    )
    c.add(
        "https://localoffer.quenby.gov.example/young-people/dr",
        html=page(
            "Disagreeing about your support (16 to 25)",
            "<p>If you're 16 or over you can ask for disagreement resolution yourself – you don't need your "
            "parents to do it for you. You might use it if your sixth form or apprenticeship provider isn't "
            "giving you the support you were promised, or if you think the council has got something wrong in "
            "your EHC plan.</p>" + STONECHAT,
        ),
        pos="in ind types prov contact",
        notes="Young person's voice: sixth form/apprenticeship support and the council getting the plan wrong",
    )
    c.add(
        "https://localoffer.wolverdale.gov.example/send/dr-summary",
        html=page(
            "Disagreement resolution at a glance",
            "<dl><dt>What it is</dt><dd>A meeting with an independent facilitator from Commonway Resolution Ltd"
            "</dd><dt>What it covers</dt><dd>Disagreements with early years settings, schools and colleges about "
            "SEN provision, and with the council or the NHS about EHC plans</dd><dt>Contact</dt><dd>01632 960 823"
            "</dd></dl>",
        ),
        pos="in ind types prov contact",
        notes="Definition list 'What covers' dd with two kinds (settings about SEN provision; council/NHS about EHC plans)",
    )
    c.add(
        "https://localoffer.oakhaven.gov.example/send/dr-and-appeals",
        html=page(
            "Disagreement resolution and appeals",
            "<p>Disagreement resolution can't decide an appeal, but it can help with disagreements about the "
            "support a school gives and about how the council has handled your EHC needs assessment.</p>" + NIMBUS,
        ),
        pos="in ind types prov contact",
        notes="'can't decide an appeal, but it can help with disagreements about the support a school gives and about how the council has handled your assessment'",
    )
    c.add(
        "https://localoffer.hesketh-moor.gov.example/send/problems-it-can-help-with",
        html=page(
            "Independent disagreement resolution",
            "<h2>Problems it can help with</h2><p><strong>School support.</strong> You think the school isn't "
            "meeting your child's needs, or the SEN support plan isn't being followed.</p><p><strong>Your EHC "
            "plan.</strong> You think the plan doesn't describe your child's needs properly, or the provision in "
            "it isn't specific enough.</p><p><strong>Health and care.</strong> You're worried about therapy or "
            "care that should be in the plan.</p>" + FAIRHAVEN,
        ),
        pos="in ind types prov contact",
        notes="Heading 'Problems it can help with' over bold run-in labelled paragraphs (school support, EHC plan, health and care)",
    )
    c.add(
        "https://localoffer.tansleycross.gov.example/send/who-and-what",
        html=page(
            "Who can use disagreement resolution, and for what",
            "<p>Parents, carers and young people can use it where there's a disagreement with a nursery, school "
            "or college about the special educational provision they make. It is also used where the council and "
            "health services cannot agree about health provision during an assessment or review.</p>"
            "<p>It is provided by Prime Resolution on behalf of the council: 01632 960 870.</p>",
        ),
        pos="in types prov contact",
        notes="Prose: settings about SEN provision; council vs health about health provision during assessment/review",
    )
    c.add(
        "https://localoffer.brinkhurst.gov.example/send/can-it-help",
        html=page(
            "Can disagreement resolution help?",
            table(
                ["Can it help with…", "Yes or no"],
                [
                    ["the support your child gets at school?", "Yes"],
                    ["what is in your child's EHC plan?", "Yes"],
                    ["a school admission?", "No – use the admission appeal"],
                    ["a complaint about a member of staff?", "No – use the school's complaints procedure"],
                ],
            )
            + MOSSGATE,
        ),
        pos="in types prov contact",
        skip="cmp",
        notes="'Can it help with… | Yes or no' table: yes for school support and plan content, no for admissions/complaints",
    )
    c.add(
        "https://localoffer.severnmouth.gov.example/posters/dr.txt",
        text=(
            "DISAGREEMENT RESOLUTION\n"
            "Free and independent of Severnmouth Council\n"
            "Can help with disagreements about:\n"
            "- the SEN support in your child's school\n"
            "- EHC plans\n"
            "- health care in EHC plans\n"
            "Run by Nimbus Resolution CIC\n"
            "Call 01632 960 868"
        ),
        pos="in ind types prov contact",
        notes="Poster text, statement per line: three kinds after 'Can help with disagreements about:'",
    )
    c.add(
        "https://localoffer.marchbank.gov.example/news/new-dr-provider",
        html=page(
            "News: new disagreement resolution provider from April",
            '<p class="date">Published 3 March 2026</p><p>From 1 April, Marchbank\'s disagreement resolution '
            "service will be run by Stonechat Mediation CIC, an independent community interest company. Stonechat "
            "can help families with disagreements about SEN support in early years settings and schools, and about "
            "EHC plans.</p><p>Contact Stonechat on 01632 960 813.</p>",
        ),
        pos="in ind types prov contact",
        notes="News item: 'disagreements about SEN support in early years settings and schools, and about EHC plans'",
    )
    c.add(
        "https://localoffer.selwoodvale.gov.example/send/when-can-i-use-it",
        html=page(
            "Disagreement resolution",
            "<h2>When can I use it?</h2><p>At any point – whether the disagreement is about how your child's "
            "needs are being met in school or about decisions the council has made in the EHC process.</p>"
            + COMMONWAY.replace("Wolverdale", "Selwood Vale"),
        ),
        pos="in ind types prov contact",
        notes="'whether the disagreement is about how your child's needs are being met in school or about decisions the council has made in the EHC process'",
    )
    c.add(
        "https://directory.coppleton.gov.example/service/2210",
        html=page(
            "Fairhaven SEND Mediation Trust – Disagreement Resolution",
            "<h2>About this service</h2><p>We help resolve disagreements between families and schools about "
            "special educational provision, and between families and the local authority or the Integrated Care "
            "Board about EHC plans. We are an independent charity.</p>"
            + record([("Telephone", "01632 960 834"), ("Email", "referrals@fairhaven-send.example.org.uk")]),
        ),
        pos="in ind types prov contact",
        notes="Directory 'About this service' prose in the first person: families vs schools; families vs LA/ICB",
    )
    c.add(
        "https://localoffer.birkdene.gov.example/send/where-views-differ",
        html=page(
            "Resolving disagreements",
            "<p>Disagreement resolution is free and is provided by Stepping Stones Dispute Resolution, who are "
            "independent of Birkdene Council. Use it where a school and a family see a child's needs differently, "
            "or where the council and health disagree about who provides a therapy.</p><p>Call 01632 960 846.</p>",
        ),
        pos="in ind types prov contact",
        notes="'where a school and a family see a child's needs differently, or where the council and health disagree about who provides a therapy'",
    )
    c.add(
        "https://localoffer.fallowmere.gov.example/send/dr-examples",
        html=page(
            "Independent disagreement resolution",
            "<p>Disagreement resolution is for all sorts of disagreements. Some examples:</p>"
            + ul(
                [
                    "a nursery not putting in place the help agreed at a review meeting",
                    "a disagreement about how needs are described in section B of the plan",
                    "the council and the NHS disagreeing about funding for specialist equipment",
                ]
            )
            + NIMBUS.replace("Oakhaven", "Fallowmere"),
        ),
        pos="in ind types prov contact",
        notes="'Some examples:' list: nursery help, section B wording, council vs NHS over equipment funding",
    )
    c.add(
        "https://localoffer.hobbswick.gov.example/send/dr-faq",
        html=page(
            "Disagreement resolution FAQs",
            "<h3>Can it help with health or social care?</h3><p>Yes. It can be used for disagreements about health "
            "or social care provision in an EHC plan, as well as disagreements about the educational support your "
            "child receives.</p><h3>Who provides it?</h3><p>Mossgate Accord Ltd. Phone 01632 960 857.</p>",
        ),
        pos="in types prov contact",
        notes="FAQ 'Can it help with health or social care?' Yes: health/social care provision and educational support",
    )
    c.add(
        "https://localoffer.wendlebury.gov.example/send/dr-who-about",
        html=page(
            "Disagreement resolution",
            "<p>Our independent disagreement resolution service (run by Commonway Resolution Ltd, 01632 960 824) "
            "can help in these situations:</p>"
            + table(
                ["If the disagreement is with…", "…about", "Can disagreement resolution help?"],
                [
                    ["a school or college", "the SEN support being given", "Yes"],
                    ["the council", "an EHC needs assessment or plan", "Yes"],
                    ["the council", "your council tax", "No"],
                ],
            ),
        ),
        pos="in ind types prov contact",
        notes="Three-column table 'with… | …about | Can DR help?' two yes rows, one no row",
    )
    c.add(
        "https://localoffer.tillbrook.gov.example/send/dr-over-16",
        html=page(
            "Independent disagreement resolution",
            "<p>Disagreement resolution can help when parents and a school can't agree about the SEN support a "
            "child is receiving, or when parents and the council disagree about an EHC plan. It can also be used "
            "by young people over 16.</p>" + STONECHAT.replace("Quenby", "Tillbrook"),
        ),
        pos="in ind types prov contact",
        notes="Two kinds plus 'It can also be used by young people over 16' (who, not a kind)",
    )
    c.add(
        "https://localoffer.grimsworth.gov.example/send/dr-tabs",
        html=page(
            "Disagreement resolution",
            '<div class="tabs"><button aria-expanded="true" aria-controls="t1">What disagreements does it cover?'
            '</button><div id="t1"><p>Anything to do with your child\'s SEN support at nursery or school, the '
            "EHC needs assessment, or the health and care parts of an EHC plan.</p></div><button "
            'aria-expanded="false" aria-controls="t2">Who runs it?</button><div id="t2"><p>Fairhaven SEND '
            "Mediation Trust, independent of the council. 01632 960 835.</p></div></div>",
        ),
        pos="in ind types prov contact",
        notes="Button tabs 'What disagreements does it cover?' answered with a fragment of three kinds",
    )
    c.add(
        "https://localoffer.oakhaven.gov.example/docs/dr-policy.pdf",
        text=pdf(
            "Oakhaven Council – SEND Disagreement Resolution Arrangements 2026",
            [
                "4. Disagreement resolution",
                "4.1 Oakhaven Council commissions Nimbus Resolution CIC to provide disagreement resolution. "
                "Nimbus is independent of the council.",
                "4.2 Scope. The service may be used for disagreements about (a) the way in which the council, "
                "early years providers, schools or colleges carry out their duties for children and young people "
                "with SEN; (b) the special educational provision made for a child or young person; and (c) health "
                "or social care provision during EHC needs assessments, the drawing up of plans, reviews and "
                "reassessments.",
                "4.3 Contact. Telephone 01632 960 869; email contact@nimbus-resolution.example.org.uk.",
            ],
            width=70,
        ),
        pos="in ind types prov contact",
        notes="PDF policy with numbered sections: '4.2 Scope. The service may be used for disagreements about (a)... (b)... (c)...'",
    )
    c.add(
        "https://localoffer.quenby.gov.example/send/dr-key-facts",
        html=page(
            "Disagreement resolution",
            '<div class="key-facts"><h2>Key facts</h2>'
            + ul(
                [
                    "<strong>Who runs it:</strong> Stonechat Mediation CIC",
                    "<strong>What it's for:</strong> disputes about SEN support or about an EHC plan",
                    "<strong>Cost:</strong> free",
                    "<strong>Phone:</strong> 01632 960 814",
                ]
            )
            + "</div>",
        ),
        pos="in types prov contact",
        notes="Key facts box: 'What it's for: disputes about SEN support or about an EHC plan'",
    )
    c.add(
        "https://localoffer.wolverdale.gov.example/send/dr-whether",
        html=page(
            "Independent disagreement resolution",
            "<p>Whether it's a disagreement about the help at school or about what the council has put in the EHC "
            "plan, an independent facilitator from Commonway Resolution Ltd can help you talk it through. Call "
            "01632 960 825.</p>",
        ),
        pos="in ind types prov contact",
        notes="'Whether it's a disagreement about the help at school or about what the council has put in the EHC plan'",
    )
    c.add(
        "https://localoffer.marchbank.gov.example/send/not-only-plans",
        html=page(
            "Disagreement resolution",
            "<p>It's not only for arguments about EHC plans – it's also for problems with the support your child "
            "gets at school. The service is run by Together Trust, independently of Marchbank Council: 01632 960 "
            "871 or www.togethertrust.example.org.uk/send-dr.</p>",
        ),
        pos="in ind types prov contact",
        notes="'not only for arguments about EHC plans – it's also for problems with the support your child gets at school'",
    )
    c.add(
        "https://localoffer.birkdene.gov.example/send/dr-did-you-know",
        html=page(
            "Disagreement resolution",
            "<p>Birkdene's disagreement resolution service is provided by Mossgate Accord Ltd (01632 960 858).</p>"
            '<div class="callout"><h3>Did you know?</h3><p>Disagreement resolution isn\'t just about schools. The '
            "council and the NHS can use it too if they disagree about the health provision in a child's plan.</p>"
            "<p>And of course families use it when they're unhappy with a school's SEN support.</p></div>",
        ),
        pos="in types prov contact",
        notes="'Did you know?' callout: council vs NHS on health provision; families unhappy with a school's SEN support",
    )
    c.add(
        "https://localoffer.coppleton.gov.example/send/dr-sen-duties",
        html=page(
            "Disagreement resolution",
            "<p>Sometimes parents feel that the council or a school is not doing what the law says it must do for "
            "children with SEN. Sometimes the disagreement is about the health or social care provision in an EHC "
            "plan. Disagreement resolution can help with both.</p>" + STEPPING.replace("Tansley Cross", "Coppleton"),
        ),
        pos="in ind types prov contact",
        notes="Two kinds in separate sentences joined by 'Disagreement resolution can help with both'",
    )
    c.add(
        "https://localoffer.hesketh-moor.gov.example/send/dr-between-who",
        html=page(
            "Independent disagreement resolution",
            "<p>The service is for disagreements between:</p>"
            + ul(
                [
                    "parents or young people and their school, about the support being put in place",
                    "parents or young people and the council, about an EHC needs assessment",
                    "the council and the Integrated Care Board, about health provision in a plan",
                ]
            )
            + FAIRHAVEN,
        ),
        pos="in ind types prov contact",
        notes="'for disagreements between:' list of party pairs, each with its subject",
    )
    c.add(
        "https://localoffer.fallowmere.gov.example/send/dr-sentence",
        html=page(
            "Disagreement resolution",
            "<p>Fallowmere's independent disagreement resolution service, run by Stonechat Mediation CIC (01632 "
            "960 815), covers disagreements over the SEN support a nursery, school or college provides and over "
            "the content of EHC plans.</p>",
        ),
        pos="in ind types prov contact",
        notes="One sentence 'covers disagreements over the SEN support ... and over the content of EHC plans'",
    )
    c.add(
        "https://localoffer.tansleycross.gov.example/send/dr-guide.pdf",
        text=pdf(
            "Resolving disagreements – a guide for Tansley Cross families",
            [
                "Section 3: Independent disagreement resolution",
                "Disagreement resolution is provided by Stepping Stones Dispute Resolution. They are not part of "
                "Tansley Cross Council.",
                "Parents often contact Stepping Stones when they feel their child's school is not giving the help "
                "set out in the SEN support plan. Others contact them because they do not agree with the council "
                "about the wording of the EHC plan or about the health care included in it.",
                "Phone 01632 960 847.",
            ],
            width=62,
        ),
        pos="in ind types prov contact",
        notes="PDF guide: 'Parents often contact ... when ... school is not giving the help ... Others ... do not agree with the council about the wording of the EHC plan or about the health care'",
    )

    c.add(
        "https://localoffer.severnmouth.gov.example/send/dr-nhs",
        html=page(
            "Disagreement resolution",
            details(
                [
                    (
                        "What if my disagreement is with the NHS?",
                        "<p>You can use the service for disagreements with the NHS about the health provision in "
                        "an EHC plan, just as you can for disagreements with your child's school about their SEN "
                        "support.</p>",
                    ),
                    (
                        "Who do I contact?",
                        "<p>Nimbus Resolution CIC runs disagreement resolution for Severnmouth and is independent "
                        "of the council. Phone 01632 960 872.</p>",
                    ),
                ]
            ),
        ),
        pos="in ind types prov contact",
        notes="Accordion 'What if my disagreement is with the NHS?': health provision with the NHS, 'just as' school SEN support",
    )
    c.add(
        "https://localoffer.wendlebury.gov.example/send/dr-for-example",
        html=page(
            "Independent disagreement resolution",
            "<p>Disagreement resolution gives you and the other side a chance to talk with an independent "
            "facilitator. For example, you might:</p>"
            + ul(
                [
                    "feel the school has stopped giving the support agreed at the last review",
                    "disagree with the council about the needs described in your child's plan",
                ]
            )
            + COMMONWAY.replace("Wolverdale", "Wendlebury"),
        ),
        pos="in ind types prov contact",
        notes="'For example, you might:' list of two kinds (school support stopped; needs described in the plan)",
    )
    c.add(
        "https://localoffer.grimsworth.gov.example/send/is-it-for-me",
        html=page(
            "Is disagreement resolution for me?",
            "<p>This service is for you if:</p>"
            + ul(
                [
                    "&#10003; your child's nursery or school isn't making the special educational provision you "
                    "think they need",
                    "&#10003; you're worried the council isn't sticking to the EHC timescales",
                    "&#10003; you think something is missing from the social care section of the plan",
                ]
            )
            + FAIRHAVEN.replace("Hesketh Moor", "Grimsworth"),
        ),
        pos="in ind types prov contact",
        notes="'This service is for you if:' tick list of three kinds",
    )


def single_kind(c: Cases) -> None:
    c.add(
        "https://localoffer.wendlebury.gov.example/send/dr-mainly",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is mainly used when parents and schools can't agree about SEN support.</p>"
            + COMMONWAY.replace("Wolverdale", "Wendlebury"),
        ),
        pos="in ind prov contact",
        notes="One kind only (parents and schools about SEN support): types 0",
    )
    c.add(
        "https://localoffer.grimsworth.gov.example/send/dr-one-kind",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution helps when you're unhappy with how the school is supporting your child. "
            "It can also be used by young people over 16.</p>" + NIMBUS.replace("Oakhaven", "Grimsworth"),
        ),
        pos="in ind prov contact",
        notes="One kind plus 'young people over 16' (a who, not a kind): types 0",
    )
    c.add(
        "https://localoffer.selwoodvale.gov.example/send/if-you-disagree",
        html=page(
            "If you disagree with a decision",
            "<p>If you disagree with a decision, you can ask for independent disagreement resolution. It is "
            "provided by Fairhaven SEND Mediation Trust, who are independent of Selwood Vale Council. Phone 01632 "
            "960 836.</p>",
        ),
        pos="in ind prov contact",
        notes="Vague 'if you disagree with a decision': no kind described",
    )
    c.add(
        "https://localoffer.hobbswick.gov.example/send/dr-parties",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is for disagreements between parents or young people and schools, "
            "colleges, the council or the NHS.</p>" + MOSSGATE.replace("Brinkhurst", "Hobbswick"),
        ),
        pos="in prov contact",
        skip="types",
        notes="Parties only, no subject of the disagreement: borderline, types unlabelled",
    )
    c.add(
        "https://localoffer.tillbrook.gov.example/send/dr-plan-only",
        html=page(
            "Disagreement resolution",
            "<p>If you don't agree with what's written in your child's EHC plan, disagreement resolution can help "
            "you and the council talk it through.</p><p>It is run by Stonechat Mediation CIC, independent of "
            "Tillbrook Council: 01632 960 816.</p>",
        ),
        pos="in ind prov contact",
        notes="One kind only (the content of the EHC plan): types 0",
    )
    c.add(
        "https://localoffer.quenby.gov.example/send/dr-cannot",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is for disagreements about special educational needs. It cannot be used "
            "for school admissions, exclusions or complaints about a member of staff.</p>" + STONECHAT,
        ),
        pos="in ind prov contact",
        skip="cmp",
        notes="Trap: one vague kind ('about special educational needs') plus what it cannot be used for",
    )
    c.add(
        "https://localoffer.oakhaven.gov.example/send/dr-related",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help you and the people working with your child find a way forward "
            "when things go wrong.</p>"
            + NIMBUS
            + '<aside class="related"><h2>Related pages</h2><ul><li><a href="/lo/disagree-school">Disagreements '
            'about SEN support at school</a></li><li><a href="/lo/disagree-plan">Disagreements about the content '
            'of an EHC plan</a></li><li><a href="/lo/disagree-health">Disagreements about health provision</a>'
            "</li></ul></aside>",
        ),
        pos="in ind prov contact",
        notes="Trap: kinds only as related-page links (furniture); body has no kind",
    )


def traps(c: Cases) -> None:
    c.add(
        "https://localoffer.brinkhurst.gov.example/send/tribunal",
        html=page(
            "Appealing to the SEND Tribunal",
            "<p>You can appeal to the First-tier Tribunal (SEND) if the council:</p>"
            + ul(
                [
                    "refuses to carry out an EHC needs assessment",
                    "decides not to issue an EHC plan",
                    "issues a plan and you disagree with sections B, F or I",
                    "decides to stop maintaining the plan",
                ]
            )
            + "<p>You must register your appeal within two months of the council's decision letter, or one month "
            "from the date of your mediation certificate if that is later. Appeal online at GOV.UK using form "
            "SEND35.</p>",
        ),
        pos="trib",
        notes="Trap for types: the grounds of a Tribunal appeal, not DR's kinds; appeal right with deadline and form",
    )
    c.add(
        "https://localoffer.marchbank.gov.example/family/mediation",
        html=page(
            "Family mediation",
            "<p>Family mediation helps separated parents make arrangements without going to court. It can help "
            "with disagreements about where the children will live, how often they see each parent, and money "
            "and property.</p><p>Most people must attend a MIAM before applying to court. Call Marchbank Family "
            "Mediation on 01632 960 901.</p>",
        ),
        pos="",
        notes="Trap: family mediation with kinds of family dispute and a phone number",
    )
    c.add(
        "https://www.severnmouth.gov.example/community/neighbour-mediation",
        html=page(
            "Neighbour mediation",
            "<p>Our community mediation service is independent and free. Typical disagreements include noise, "
            "boundary hedges, parking and children's ball games.</p><p>Email mediation@severnmouth-cms.example.org.uk"
            " or phone 01632 960 902.</p>",
        ),
        pos="",
        notes="Trap: neighbour mediation with kinds of dispute; independent, phone",
    )
    c.add(
        "https://intranet.coppleton.gov.example/hr/workplace-mediation",
        html=page(
            "Workplace mediation for council staff",
            "<p>Workplace mediation can help with disagreements between colleagues, disputes with a line manager "
            "about workload and conflict within a team, including in our SEND services. Mediators are trained "
            "staff from another department. Contact HR on 01632 960 903.</p>",
        ),
        pos="",
        notes="Trap: workplace mediation with kinds of workplace disagreement, mentions SEND services",
    )
    c.add(
        "https://localoffer.wolverdale.gov.example/send/complaints",
        html=page(
            "Complaining about SEND services",
            "<p>You can complain to the council about: delays in finishing an EHC needs assessment, the way staff "
            "have treated you, or the council not arranging the provision in a plan. Use the online complaints "
            "form or call 01632 960 904. If you are still unhappy, you can go to the Local Government and Social "
            "Care Ombudsman.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap for types: categories of complaint (council and ombudsman), not disagreement resolution",
    )
    c.add(
        "https://localoffer.heskethmoor.gov.example/send/sendiass",
        html=page(
            "Hesketh Moor SENDIASS",
            "<p>Hesketh Moor SENDIASS offers free, impartial and confidential information, advice and support. We "
            "can help if you disagree with your child's school about the support they get, or with the council "
            "about an EHC needs assessment or plan. We can explain your options and come to meetings with you.</p>"
            "<p>Phone 01632 960 905 or email sendiass@heskethmoor-iass.example.org.uk.</p>",
        ),
        pos="iass",
        notes="Trap for types: SENDIASS helping with disagreements (two kinds named for the IASS, not for DR)",
    )
    c.add(
        "https://www.tansleycross.gov.example/schools/admission-appeals",
        html=page(
            "School admission appeals",
            "<p>If your child was refused a place, you can appeal to an independent appeal panel. Appeals are "
            "often about the distance measurement, the oversubscription criteria or whether a sibling link "
            "applies. Appeals must be lodged within 20 school days. Phone 01632 960 906.</p>",
        ),
        pos="",
        notes="Trap: admission appeals with kinds of appeal and an independent panel",
    )
    c.add(
        "https://localoffer.birkdene.gov.example/send/if-you-disagree-general",
        html=page(
            "If you disagree with a decision",
            "<p>If you disagree with a decision about your child's education, there are things you can do. Start "
            "by talking to the person who made the decision and ask them to explain it. Many disagreements are "
            "sorted out this way.</p>",
        ),
        pos="",
        notes="Trap: vague 'if you disagree with a decision'; no DR, no kinds",
    )
    c.add(
        "https://www.fallowmere.gov.example/schools/exclusions",
        html=page(
            "Exclusions: independent review panels",
            "<p>If a governing board upholds a permanent exclusion you can ask for an independent review panel. "
            "The panel can consider whether the exclusion was lawful, whether it was reasonable and whether the "
            "procedure was fair. If you think your child's SEN were a factor you can ask for a SEN expert to "
            "attend.</p>",
        ),
        pos="",
        notes="Trap: exclusion review panel and what it considers",
    )
    c.add(
        "https://localoffer.tillbrook.gov.example/send/resolution-meetings",
        html=page(
            "SEND resolution meetings",
            "<p>If you are unhappy, the SEND Team can arrange a resolution meeting with a senior officer. These "
            "meetings can look at disagreements about SEN support in school and about the content of an EHC plan. "
            "Call the SEND Team on 01632 960 907.</p>",
        ),
        pos="",
        notes="Trap: the council's own officer-led resolution meetings list kinds; not disagreement resolution",
    )
    c.add(
        "https://localoffer.hobbswick.gov.example/send/tribunal-health-care",
        html=page(
            "The Tribunal and health and social care",
            "<p>When you appeal about the education parts of a plan, the Tribunal can also make recommendations "
            "about the health and social care parts. These are not binding, but the council and the NHS must "
            "respond to them within five weeks.</p>",
        ),
        pos="",
        notes="Trap: the Tribunal's extended powers over health and social care; no DR",
    )
    c.add(
        "https://www.sendrights-charity.example.org.uk/guides/disagreement-resolution",
        html=page(
            "Disagreement resolution explained",
            "<p>Every council in England must make disagreement resolution services available. Nationally, these "
            "services can be used for disagreements about SEN support in schools and about EHC needs assessments "
            "and plans. Check your council's Local Offer to find out who provides the service in your area.</p>",
        ),
        pos="",
        notes="Trap: national charity explaining DR in the abstract (checks.md trap list); no provider",
    )
    c.add(
        "https://localoffer.grimsworth.gov.example/send/parent-carer-forum",
        html=page(
            "Grimsworth Parent Carer Forum",
            "<p>We are an independent group of parent carers. Issues we regularly raise with the council include "
            "waiting times for EHC needs assessments, support for children on SEN support and access to speech "
            "and language therapy. Email forum@grimsworth-pcf.example.org.uk.</p>",
        ),
        pos="",
        notes="Trap: parent carer forum listing issues it raises with the council",
    )
    c.add(
        "https://localoffer.oakhaven.gov.example/health/pals",
        html=page(
            "Concerns about NHS services",
            "<p>The Patient Advice and Liaison Service (PALS) can help with concerns about waiting times for "
            "therapy, appointments and how you were treated. Call PALS on 01632 960 908.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: PALS concerns list; no DR",
    )
    c.add(
        "https://www.quenbyprimary.example.org.uk/send-information-report",
        html=page(
            "SEN information report",
            "<h2>Concerns and complaints</h2><p>If you are worried about your child's progress or the support "
            "they are getting, please speak to the class teacher or our SENCo, Mrs Okafor. If you are still "
            "unhappy you can use the school complaints policy.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: school SEN information report, concerns and complaints; no DR",
    )
    c.add(
        "https://www.marchbank.gov.example/schools/transport-review",
        html=page(
            "Home to school transport: reviews and appeals",
            "<p>You can ask for a review if you disagree with a decision about eligibility, the distance we "
            "measured or the type of transport offered, including transport for children with SEND. Stage 2 "
            "appeals are heard by an independent panel.</p>",
        ),
        pos="",
        notes="Trap: transport review kinds, independent panel",
    )
    c.add(
        "https://localoffer.selwoodvale.gov.example/send/short-breaks-review",
        html=page(
            "Short breaks: asking for a review",
            "<p>If you disagree with the short breaks offer or the number of hours agreed, you can ask for a "
            "review by a different social worker.</p>",
        ),
        pos="",
        notes="Trap: short breaks review; not DR",
    )
    c.add(
        "https://localoffer.wendlebury.gov.example/send/talking-to-school",
        html=page(
            "Working with your child's school",
            "<p>Disagreements happen for lots of reasons. The best first step is usually to ask for a meeting "
            "with the SENCo and to write down what you want to talk about.</p>",
        ),
        pos="",
        notes="Trap: 'disagreements happen for lots of reasons' with no DR and no kinds",
    )
    c.add(
        "https://www.coppletonacademy.example.org.uk/peer-mediators",
        html=page(
            "Peer mediators",
            "<p>Our Year 6 peer mediators help with playground fallings-out, friendship problems and arguments "
            "over games. They wear yellow caps at lunchtime.</p>",
        ),
        pos="",
        notes="Trap: peer mediation with kinds of playground disagreement",
    )
    c.add(
        "https://localoffer.fallowmere.gov.example/send/dr-and-complaints",
        html=page(
            "Disagreements and complaints",
            "<h2>Disagreement resolution</h2><p>Disagreement resolution is an independent way to sort out "
            "disagreements. It is run by Stepping Stones Dispute Resolution, who are not part of the council "
            "(01632 960 848).</p><h2>Complaints</h2><p>You can complain about delays in issuing a plan, about "
            "staff conduct, or about the council not following its own procedures. Use our online form.</p>",
        ),
        pos="in ind prov contact",
        skip="cmp",
        notes="Trap for types: kinds listed under Complaints, DR section vague",
    )
    c.add(
        "https://localoffer.birkdene.gov.example/send/teen-family-mediation",
        html=page(
            "Family support: mediation for parents and teenagers",
            "<p>Our family support workers offer mediation for parents and teenagers, including families of "
            "young people with SEND. It can help with arguments about chores, curfews, screen time and going to "
            "school. Call 01632 960 909.</p>",
        ),
        pos="",
        notes="Trap: parent-teenager family mediation (SEND named only as who may use it)",
    )
    c.add(
        "https://localoffer.tansleycross.gov.example/send/send-mediation",
        html=page(
            "SEND mediation",
            "<p>Before appealing to the Tribunal you must contact a mediation adviser, unless your appeal is only "
            "about the school named. You can mediate about a decision not to assess, not to issue a plan, or the "
            "content of the plan, including the health and social care parts. The adviser is from Stepping Stones "
            "Dispute Resolution (01632 960 849), which is independent of the council. Contact them within two "
            "months of the decision; they will issue a certificate within three working days if you decide not to "
            "mediate.</p>",
        ),
        pos="ind prov contact med",
        skip="types noeff trib",
        notes="SEND mediation of EHC decisions (not DR) listing what can be mediated: types unlabelled",
    )
    c.add(
        "https://www.lgsco.example.org.uk/send-complaints",
        html=page(
            "What we can look at: education and SEND",
            "<p>The Ombudsman can look at delays in EHC needs assessments, failures to provide the support in a "
            "plan and poor communication by councils. We cannot look at matters that could be appealed to the "
            "Tribunal.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: Ombudsman's remit listing kinds of complaint",
    )


def main() -> None:
    c = Cases("k")
    positives(c)
    single_kind(c)
    traps(c)
    c.write("train_ten.jsonl")


if __name__ == "__main__":
    main()
