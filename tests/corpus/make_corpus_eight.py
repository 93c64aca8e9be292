"""Write ``train_eight.jsonl``: an eighth set of out-of-sample pages, written in November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
labelling rules of ``README.md`` and ``labels.py`` only, and without opening the held-back files.
This round is about page FORMS: the same facts as key/value tables, definition lists, directory
records whose only DR wording is the title, FAQ accordions answered "No." or "Yes.", key-fact
boxes of fragments, one statement a line, hard-wrapped PDF text with a running header inside a
sentence, bilingual and Easy Read layouts, and, for published Local Offer feedback, dated
comment/response tables, logs, lists and reports. Councils (Brackenholt, Cawthorne, Dunstanwick,
Esherby, Hartsmere, Kestrelford, Lowmarsh, Pendlebrook, Quillbury, Rushcombe, Saltinghay,
Thornwick, Yarrowdale, Oakenshaw) and fictional providers (Stillwater SEND Resolution Ltd,
Amberlea Mediation Partnership, Clearway Accord CIC, Lanternhill Mediation Trust, Meadowgate
Resolution Ltd) are new to the corpus; the real providers of ``duties.md`` §10 appear beside them.
Weight: voluntariness, all children with SEN and published feedback (audit date 2026-11-28,
window from 2025-10-28).

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_eight.py``.
"""

from __future__ import annotations

import textwrap

from labels import Cases  # the sibling module: run as a script from any directory

HEADER = (
    '<header class="site"><a class="brand" href="/">SEND Local Offer</a><form role="search"><input '
    'name="q" placeholder="Search the directory"></form><ul class="menu"><li><a href="/disagree">'
    'Disagreement resolution</a></li><li><a href="/mediation">Mediation</a></li><li><a href="/'
    'iass">SENDIASS</a></li><li><a href="/appeals">Tribunal</a></li><li><a href="/complaints">'
    'Complaints</a></li><li><a href="/ysyd">You said, we did</a></li></ul></header>'
)
FOOTER = (
    '<footer><p><a href="/feedback">Give feedback on the Local Offer</a> · <a href="/cookies">'
    'Cookies</a> · <a href="/a11y">Accessibility statement</a></p><p>Independent advice: <a href="/'
    'iass">SENDIASS</a>. Health services were commissioned by the former CCG until 2022.</p></footer>'
)

PROVIDERS = [
    ("Stillwater SEND Resolution Ltd", "stillwater-send", "01632 960 411"),
    ("Amberlea Mediation Partnership", "amberlea-mediation", "01632 960 522"),
    ("Clearway Accord CIC", "clearway-accord", "01632 960 633"),
    ("Lanternhill Mediation Trust", "lanternhill", "01632 960 744"),
    ("Meadowgate Resolution Ltd", "meadowgate", "01632 960 855"),
    ("Global Mediation", "globalmediation-eg", "0800 064 4488"),
    ("KIDS SEND Mediation and Disagreement Resolution Service", "kids-eg", "03330 062 835"),
    ("Together Trust", "togethertrust-eg", "01632 960 966"),
    ("Prime Resolution", "prime-eg", "01632 960 177"),
    ("Community Accord", "communityaccord-eg", "01632 960 288"),
]


def page(title: str, main: str, updated: str = "") -> str:
    stamp = f'<p class="updated">Last updated {updated}</p>' if updated else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} | SEND Local Offer</title></head><body>'
        f"{HEADER}<main><h1>{title}</h1>{main}{stamp}</main>{FOOTER}</body></html>"
    )


def kv(rows: list[tuple[str, str]]) -> str:
    """A key/value table: the label in a <th>, the value in a <td>."""
    return '<table class="facts">' + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"


def dl(rows: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def details(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<details><summary>{q}</summary><div><p>{a}</p></div></details>" for q, a in pairs)


def buttons(pairs: list[tuple[str, str]]) -> str:
    """An accordion: the question in a button, the answer in the panel after it."""
    return "".join(
        f'<div class="acc"><h3><button aria-expanded="false">{q}</button></h3><div class="panel" hidden>'
        f"<p>{a}</p></div></div>"
        for q, a in pairs
    )


def keyfacts(items: list[str]) -> str:
    return '<div class="keyfacts"><h2>Key facts</h2><ul>' + "".join(f"<li>{i}</li>" for i in items) + "</ul></div>"


def lines(items: list[str]) -> str:
    return "".join(f"<p>{i}</p>" for i in items)


def record(title: str, fields: list[tuple[str, str]]) -> str:
    """An Open Objects-style directory record: the title, then labelled fields."""
    body = "".join(
        f'<div class="field"><h3 class="field-label">{k}</h3><div class="field-value">{v}</div></div>'
        for k, v in fields
    )
    return f'<article class="service-record"><h2>{title}</h2>{body}</article>'


def pdf(header: str, paras: list[str], width: int = 64, every: int = 9) -> str:
    """Hard-wrapped PDF text; after every ``every`` lines a running header and page number are
    inserted, wherever the sentence happens to be."""
    wrapped: list[str] = []
    for para in paras:
        wrapped += [*textwrap.wrap(para, width), ""]
    out: list[str] = []
    pageno = 1
    for i, line in enumerate(wrapped, start=1):
        out.append(line)
        if i % every == 0:
            pageno += 1
            out += ["", f"{header}    Page {pageno}", ""]
    return "\n".join(out)


def contact(k: int) -> tuple[str, str, str, str]:
    name, dom, phone = PROVIDERS[k % len(PROVIDERS)]
    return name, phone, f"enquiries@{dom}.example", f"https://www.{dom}.example/send"


def base(k: int, council: str, form: int) -> str:
    """The provider, independence and contact facts every labelled DR page carries, in one of
    three forms; no kinds of disagreement, no voluntariness, no EHC wording."""
    name, phone, email, web = contact(k)
    if form == 0:
        return (
            f"<p>{council} Council's disagreement resolution service is provided by {name}. "
            f"They are independent of the council and are not employed by us.</p>"
            f'<p>Telephone {phone} or email <a href="mailto:{email}">{email}</a>.</p>'
        )
    if form == 1:
        return kv(
            [
                ("Service", "SEND disagreement resolution"),
                ("Provider", f"{name} (independent – not part of {council} Council)"),
                ("Phone", phone),
                ("Email", email),
            ]
        )
    return dl(
        [
            ("What it is", "Independent disagreement resolution for special educational needs"),
            ("Who provides it", f"{name}, an independent organisation commissioned by {council} Council"),
            ("How to get in touch", f"Call {phone} or use the referral form at {web}"),
        ]
    )


BASEPOS = "in ind prov contact"


def dr(
    c: Cases,
    k: int,
    council: str,
    slug: str,
    block: str,
    pos: str,
    notes: str,
    *,
    title: str = "",
    skip: str = "",
    order: int = 0,
    updated: str = "",
) -> None:
    """A DR page: the base facts (form ``k % 3``) and one target block, before or after them."""
    b = base(k, council, k % 3)
    main = block + b if order else b + block
    c.add(
        f"https://localoffer.{slug}.gov.example/disagreement-resolution",
        html=page(title or "Disagreement resolution", main, updated),
        pos=f"{BASEPOS} {pos}".strip(),
        skip=skip,
        notes=notes,
    )


def voluntary(c: Cases) -> None:
    v = [
        (kv([("Is it voluntary?", "Yes"), ("Cost", "Free")]), "vol", "key/value table 'Is it voluntary? | Yes'"),
        (
            dl([("Do I have to use it?", "No — it is your choice"), ("Cost", "Free")]),
            "vol",
            "dl 'Do I have to use it? — No, it is your choice'",
        ),
        (details([("Do I have to take part?", "No.")]), "vol", "details/summary question answered with a bare 'No.'"),
        (
            buttons([("Is disagreement resolution compulsory?", "No, it's up to you.")]),
            "vol",
            "button accordion 'compulsory?' — 'No, it's up to you.'",
        ),
        (
            keyfacts(["Free", "Confidential", "Voluntary — you choose"]),
            "vol conf",
            "key-facts box fragments; 'Confidential' fragment about the meetings",
        ),
        (
            lines(["It is free.", "It is private.", "You choose whether to use it.", "You can stop at any time."]),
            "vol",
            "one statement a line: 'You choose whether to use it.' ('It is private.' borderline: conf left out)",
        ),
        (kv([("Do I have to use it?", "No")]), "vol", "table row answer 'No' to 'Do I have to use it?'"),
        (
            kv([("Agreement needed", "Everyone taking part must agree to it before a meeting is set up")]),
            "vol",
            "row: all parties must agree",
        ),
        (
            keyfacts(["Optional", "No charge to families", "Available Monday to Friday"]),
            "vol",
            "key-facts fragment 'Optional'",
        ),
        (
            kv([("Participation", "By agreement of all parties")]),
            "vol",
            "row 'Participation | By agreement of all parties'",
        ),
        (
            details([("Can I say no?", "Yes. You can say no, and you can change your mind later.")]),
            "vol",
            "summary 'Can I say no?' — 'Yes.'",
        ),
        (kv([("Voluntary?", "✔ Yes"), ("Free?", "✔ Yes")]), "vol", "tick table 'Voluntary? | ✔ Yes'"),
        (
            kv([("Consent", "Both sides have to agree before anything is arranged")]),
            "vol",
            "row 'Consent | Both sides have to agree'",
        ),
        (
            "<h3>Will I be made to go?</h3><p>No. Nobody can make you use the service.</p>",
            "vol",
            "FAQ heading, answer in next block 'No. Nobody can make you'",
        ),
        (dl([("Attendance", "Voluntary")]), "vol", "dl 'Attendance — Voluntary'"),
        (
            buttons([("Must I use this service?", "No."), ("Is there a charge?", "No.")]),
            "vol",
            "two accordions answered 'No.'; the first is the voluntariness one",
        ),
        (details([("Is it my choice?", "Yes, completely.")]), "vol", "summary 'Is it my choice?' — 'Yes, completely.'"),
        (
            lines(["Free.", "Independent.", "Your choice.", "Confidential."]),
            "vol conf",
            "fragments one a line: 'Your choice.'",
        ),
        (
            "<h2>Your choice</h2><p>Whether to use it is up to you.</p>",
            "vol",
            "heading 'Your choice' and a one-line answer",
        ),
        (
            kv([("Do families have to agree to it?", "Yes – it only happens if you want it to")]),
            "vol",
            "row answered 'it only happens if you want it to'",
        ),
        (
            keyfacts(["Voluntary: nobody has to take part", "Neutral meeting place"]),
            "vol",
            "key fact 'Voluntary: nobody has to take part'",
        ),
        (
            dl([("Is it compulsory?", "No. Families, schools and the council all take part by choice.")]),
            "vol",
            "dl 'Is it compulsory? — No.'",
        ),
    ]
    councils = [
        "Brackenholt",
        "Cawthorne",
        "Dunstanwick",
        "Esherby",
        "Hartsmere",
        "Kestrelford",
        "Lowmarsh",
        "Pendlebrook",
        "Quillbury",
        "Rushcombe",
        "Saltinghay",
    ]
    for i, (block, pos, note) in enumerate(v):
        council = councils[i % len(councils)]
        skip = "conf" if "conf left out" in note else ""
        dr(
            c,
            i,
            council,
            council.lower(),
            block,
            pos,
            f"{council}: base provider facts + {note}",
            skip=skip,
            order=i % 2,
        )


def voluntary_other_forms(c: Cases) -> None:
    # a directory record: the DR term only in the title
    c.add(
        "https://directory.thornwick.gov.example/service/4471",
        html=page(
            "Stillwater SEND Resolution Ltd",
            record(
                "SEND Disagreement Resolution – Stillwater SEND Resolution Ltd",
                [
                    (
                        "Description",
                        "An independent organisation, not part of Thornwick Council, that helps families and education settings settle disagreements about special educational needs.",
                    ),
                    ("Who is it for", "Parents, carers and young people"),
                    ("Age range", "0 to 25"),
                    ("Cost", "Free"),
                    ("Is it voluntary?", "Yes"),
                    ("Referral", "Self-referral"),
                    ("Contact", "01632 960 411 · enquiries@stillwater-send.example"),
                ],
            ),
        ),
        pos=f"{BASEPOS} vol",
        notes="Directory record, DR term only in the title; field 'Is it voluntary? | Yes'",
    )
    c.add(
        "https://directory.yarrowdale.gov.example/service/982",
        html=page(
            "Amberlea Mediation Partnership",
            record(
                "Disagreement resolution service (Amberlea Mediation Partnership)",
                [
                    (
                        "Description",
                        "Independent meetings, run by a facilitator who does not work for Yarrowdale Council, to help resolve SEN disagreements.",
                    ),
                    ("Eligibility", "Parents and young people with SEN, with or without an EHC plan"),
                    ("How to access", "Both you and the other side must agree to take part. Phone 01632 960 522."),
                    ("Cost", "Free"),
                ],
            ),
        ),
        pos=f"{BASEPOS} vol all",
        notes="Directory record: eligibility 'with or without an EHC plan'; access 'both ... must agree to take part'",
    )
    c.add(
        "https://www.oakenshaw.gov.example/media/dr-leaflet.pdf",
        text=pdf(
            "Oakenshaw Council – Resolving SEND disagreements",
            [
                "Disagreement resolution in Oakenshaw",
                "Our disagreement resolution service is delivered by Clearway Accord CIC. Clearway are an independent company and are not part of Oakenshaw Council. You can contact them on 01632 960 633 or by email at enquiries@clearway-accord.example.",
                "A facilitator will talk to you first on the phone and then, if everyone is happy, arrange a meeting at a place that suits you. Meetings usually last around two hours and you can bring a friend or supporter with you if that helps.",
                "Using the service is voluntary. It will only go ahead if you and the school or the council agree to it, and you can stop at any time without giving a reason.",
            ],
        ),
        pos=f"{BASEPOS} vol",
        notes="Hard-wrapped PDF with a running header and page number inside the voluntariness paragraph",
    )
    c.add(
        "https://www.hartsmere.gov.example/media/send-guide.pdf",
        text=pdf(
            "Hartsmere SEND guide 2026",
            [
                "5. Sorting out disagreements",
                "Lanternhill Mediation Trust runs disagreement resolution for Hartsmere. They are independent: none of their facilitators is employed by the council. Phone 01632 960 744.",
                "You do not have to use the service. Whether you do is up to you, and the school or council has to be willing too.",
                "Any child or young person with special educational needs can be the subject of a referral, whether they get SEN support in school or have an EHC plan.",
            ],
            width=60,
            every=5,
        ),
        pos=f"{BASEPOS} vol all",
        notes="PDF guide wrapped at 60 with the page header breaking sentences; voluntary and all-SEN statements",
    )
    c.add(
        "https://localoffer.kestrelford.gov.example/easy-read/disagreeing",
        html=page(
            "Easy Read: when you do not agree",
            lines(
                [
                    '<img alt="Two people talking at a table"> Meadowgate Resolution Ltd can help you and the school talk.',
                    '<img alt="A sign that says independent"> Meadowgate do not work for the council.',
                    '<img alt="A hand pointing"> You do not have to do this.',
                    '<img alt="A thumbs up"> It is up to you.',
                    '<img alt="A phone"> Call 01632 960 855.',
                ]
            )
            + "<p>This is our disagreement resolution service.</p>",
        ),
        pos=f"{BASEPOS} vol",
        notes="Easy Read lines with images: 'You do not have to do this. It is up to you.'",
    )
    c.add(
        "https://localoffer.lowmarsh.gov.example/pl/disagreement-resolution",
        html=page(
            "Disagreement resolution / Rozwiązywanie sporów",
            base(3, "Lowmarsh", 0)
            + '<div class="two-col"><div lang="en"><p>Taking part is optional.</p><p>Children without an EHC plan can use it too.</p></div>'
            '<div lang="pl"><p>Udział jest dobrowolny.</p><p>Z usługi mogą korzystać także dzieci bez planu EHC.</p></div></div>',
        ),
        pos=f"{BASEPOS} vol all",
        notes="Bilingual English/Polish columns: 'Taking part is optional', 'Children without an EHC plan can use it too'",
    )


def voluntary_traps(c: Cases) -> None:
    c.add(
        "https://directory.brackenholt.gov.example/service/311",
        html=page(
            "Clearway Accord CIC",
            record(
                "SEND Disagreement Resolution – Clearway Accord CIC",
                [
                    (
                        "Description",
                        "Clearway Accord is independent of Brackenholt Council and provides the council's SEND disagreement resolution meetings.",
                    ),
                    ("Organisation type", "Voluntary and community sector organisation"),
                    ("Cost", "Free"),
                    ("Contact", "01632 960 633"),
                ],
            ),
        ),
        pos=BASEPOS,
        notes="Trap: 'Voluntary and community sector' describes the organisation, not the use",
    )
    c.add(
        "https://localoffer.cawthorne.gov.example/disagreement-resolution/schools",
        html=page(
            "Disagreement resolution: schools",
            base(1, "Cawthorne", 0)
            + kv(
                [
                    (
                        "School types covered",
                        "Community, foundation, voluntary aided and voluntary controlled schools, academies",
                    )
                ]
            ),
        ),
        pos=BASEPOS,
        notes="Trap: 'voluntary aided / voluntary controlled' are school types",
    )
    c.add(
        "https://localoffer.dunstanwick.gov.example/disagreement-resolution/meeting",
        html=page(
            "Your disagreement resolution meeting",
            base(2, "Dunstanwick", 1)
            + kv(
                [("Attendance", "Once a date is agreed, parents are expected to attend"), ("Length", "About two hours")]
            ),
        ),
        pos=BASEPOS,
        notes="Trap: 'parents are expected to attend' once booked",
    )
    c.add(
        "https://localoffer.esherby.gov.example/disagreement-resolution/before",
        html=page(
            "Before the meeting",
            base(4, "Esherby", 2)
            + keyfacts(["You must send your paperwork a week before", "You must tell us who is coming", "Free"]),
        ),
        pos=BASEPOS,
        notes="Trap: 'you must' about paperwork",
    )
    c.add(
        "https://www.quillbury.gov.example/family-mediation",
        html=page(
            "Family mediation",
            "<p>Our family mediation service helps separating parents agree child arrangements. You will usually need a MIAM before applying to court.</p>"
            + kv([("Is it voluntary?", "Yes"), ("Cost", "Free for families on legal aid")])
            + "<p>Call 01632 960 300.</p>",
        ),
        pos="",
        notes="Trap: family mediation (MIAM, separation) 'Is it voluntary? | Yes'",
    )
    c.add(
        "https://www.rushcombe.gov.example/community-mediation",
        html=page(
            "Neighbour and community mediation",
            "<p>Having problems with a neighbour? Our community mediation team can help.</p>"
            + keyfacts(["Free", "Confidential", "Voluntary — you choose"]),
        ),
        pos="",
        notes="Trap: community mediation key facts with 'Voluntary — you choose'",
    )
    c.add(
        "https://localoffer.saltinghay.gov.example/sendiass",
        html=page(
            "SENDIASS",
            "<p>Saltinghay SENDIASS gives free advice to parents of children with SEND. Call 01632 960 010.</p>"
            + details([("Do I have to use SENDIASS?", "No."), ("Do I need an EHC plan?", "No.")]),
        ),
        pos="iass",
        notes="Trap: SENDIASS page, 'Do I have to use it? No.' and 'EHC plan? No.' are about the IASS",
    )
    c.add(
        "https://localoffer.pendlebrook.gov.example/disagreement-resolution/faq",
        html=page(
            "Disagreement resolution FAQ",
            base(5, "Pendlebrook", 0)
            + buttons(
                [
                    ("Do I have to pay?", "No."),
                    ("Do I have to bring anything?", "No, but notes can help."),
                    ("Do I need a solicitor?", "No."),
                ]
            ),
        ),
        pos=BASEPOS,
        notes="Trap: FAQ 'No.' answers to cost, bringing things and a solicitor, not to taking part",
    )
    c.add(
        "https://localoffer.thornwick.gov.example/resolution-meetings",
        html=page(
            "SEN resolution meetings",
            "<p>If you are unhappy with a decision, a senior SEN officer from Thornwick Council can meet you to talk it through.</p>"
            + kv([("Is it voluntary?", "Yes"), ("Who runs it", "The council's SEN team")]),
        ),
        pos="",
        notes="Trap: the council's own officer-led meeting called voluntary",
    )
    c.add(
        "https://localoffer.hartsmere.gov.example/send-mediation-advice",
        html=page(
            "Mediation advice before an appeal",
            "<p>If you want to appeal to the First-tier Tribunal (SEND) about an EHC needs assessment or plan, you must contact the mediation adviser first, within two months of the decision letter. Our adviser is Global Mediation, 0800 064 4488.</p>"
            + kv(
                [
                    ("Do I have to contact the adviser before appealing?", "Yes, in most cases"),
                    ("Do I have to mediate?", "Decide after the call"),
                ]
            ),
        ),
        pos="",
        skip="vol med noeff ind trib prov contact",
        notes="Mediation-adviser page: contacting the adviser is required; 'Decide after the call' is borderline for voluntariness, left out with the adviser-only provider checks",
    )
    c.add(
        "https://localoffer.kestrelford.gov.example/disagreement-resolution/volunteers",
        html=page(
            "Disagreement resolution: our facilitators",
            base(6, "Kestrelford", 1)
            + dl(
                [
                    ("Are facilitators volunteers?", "No – all are paid, accredited professionals"),
                    ("Training", "Accredited by the Civil Mediation Council"),
                ]
            ),
        ),
        pos=BASEPOS,
        notes="Trap: 'volunteers' about the staff",
    )
    c.add(
        "https://www.lowmarsh.gov.example/workplace-mediation",
        html=page(
            "Workplace mediation for school staff",
            lines(
                [
                    "For staff disputes in schools.",
                    "It is voluntary.",
                    "It is open to all staff, including staff with SEN.",
                ]
            ),
        ),
        pos="",
        notes="Trap: workplace mediation, voluntary and 'open to all'",
    )


def all_sen(c: Cases) -> None:
    a = [
        (
            kv([("Who can use it", "Parents and young people with SEN, with or without an EHC plan")]),
            "all",
            "row 'with or without an EHC plan'",
        ),
        (kv([("EHC plan needed?", "No")]), "all", "row 'EHC plan needed? | No'"),
        (keyfacts(["No EHC plan needed", "Free"]), "all", "key fact 'No EHC plan needed'"),
        (keyfacts(["Open to all children with SEN", "Independent"]), "all", "key fact 'Open to all children with SEN'"),
        (details([("Does my child need an EHC plan?", "No.")]), "all", "summary question answered 'No.'"),
        (
            buttons([("Is it only for children with EHC plans?", "No.")]),
            "all",
            "accordion 'only for EHC plans?' — 'No.'",
        ),
        (lines(["It is for all children with SEN.", "Your child does not need a plan."]), "all", "statement per line"),
        (
            kv(
                [
                    ("SEN support", "✔ Covered"),
                    ("EHC plan", "✔ Covered"),
                    ("No support yet", "✔ Covered if your child has SEN"),
                ]
            ),
            "all",
            "tick table of support levels, all covered",
        ),
        (
            dl(
                [
                    (
                        "Eligibility",
                        "Any child or young person aged 0–25 with special educational needs. An EHC plan is not required.",
                    )
                ]
            ),
            "all",
            "dl eligibility 'An EHC plan is not required'",
        ),
        (
            "<h3>We don't have an EHCP. Can we still use it?</h3><p>Yes.</p>",
            "all",
            "FAQ heading, bare 'Yes.' next block",
        ),
        (kv([("Who it is for", "Every family of a child with SEN, plan or no plan")]), "all", "row 'plan or no plan'"),
        (keyfacts(["SEN support? Covered.", "EHC plan? Covered."]), "all", "key facts fragment pairs"),
    ]
    councils = [
        "Yarrowdale",
        "Oakenshaw",
        "Thornwick",
        "Saltinghay",
        "Rushcombe",
        "Quillbury",
        "Pendlebrook",
        "Lowmarsh",
        "Kestrelford",
        "Hartsmere",
        "Esherby",
        "Dunstanwick",
    ]
    for i, (block, pos, note) in enumerate(a):
        council = councils[i]
        dr(
            c,
            i + 3,
            council,
            council.lower(),
            block,
            pos,
            f"{council}: base provider facts + {note}",
            title="Help when you disagree",
            order=(i + 1) % 2,
        )
    c.add(
        "https://www.brackenholt.gov.example/media/dr-factsheet.pdf",
        text=pdf(
            "Brackenholt Local Offer factsheet 12",
            [
                "Disagreement resolution factsheet",
                "Who provides it? Prime Resolution, who are independent of Brackenholt Council. Telephone 01632 960 177.",
                "Who can use it? Families of children and young people with special educational needs, whether they have SEN support or an EHC plan – both are covered by the service.",
            ],
            width=62,
            every=4,
        ),
        pos=f"{BASEPOS} all",
        notes="PDF factsheet, the all-SEN sentence broken by the running header",
    )
    c.add(
        "https://localoffer.cawthorne.gov.example/ur/disagreement-resolution",
        html=page(
            "Disagreement resolution",
            base(8, "Cawthorne", 0)
            + '<table><tr><th lang="en">English</th><th lang="ur">اردو</th></tr><tr><td>You do not need an EHC plan.</td><td>آپ کو EHC پلان کی ضرورت نہیں ہے۔</td></tr></table>',
        ),
        pos=f"{BASEPOS} all",
        notes="Bilingual English/Urdu table: 'You do not need an EHC plan.'",
    )
    # traps
    traps = [
        (kv([("Who can use it", "Families of children with an EHC plan only")]), "trap: EHC plan only"),
        (kv([("EHC plan required", "Yes")]), "trap: 'EHC plan required | Yes'"),
        (
            dl([("Eligibility", "Children and young people with an EHC plan or being assessed for one")]),
            "trap: EHC plans and assessments only",
        ),
        (kv([("Age range", "0–25"), ("Cost", "Free")]), "trap: age range only"),
        (keyfacts(["Open to all schools in the county", "Free"]), "trap: 'open to all schools'"),
        (
            details([("Do I need to have tried the school's complaints process first?", "No.")]),
            "trap: 'No.' to a complaints question",
        ),
    ]
    for i, (block, note) in enumerate(traps):
        council = councils[(i + 5) % len(councils)]
        dr(
            c,
            i + 20,
            council,
            council.lower(),
            block,
            "",
            f"{council}: base provider facts, {note}",
            title="Disagreement resolution: who can use it",
            order=i % 2,
        )
    c.add(
        "https://www.esherby.gov.example/family-mediation/eligibility",
        html=page(
            "Family mediation: who can use it",
            "<p>Separated parents can use our family mediation service to agree arrangements for children.</p>"
            + keyfacts(["Open to all", "No EHC plan needed", "MIAMs available"]),
        ),
        pos="",
        notes="Trap: family mediation 'Open to all', 'No EHC plan needed'",
    )
    c.add(
        "https://localoffer.dunstanwick.gov.example/sendiass/who",
        html=page(
            "SENDIASS: who we help",
            "<p>Dunstanwick SENDIASS is free and confidential. Phone 01632 960 020.</p>"
            + kv([("EHC plan needed?", "No")]),
        ),
        pos="iass",
        notes="Trap: 'EHC plan needed? | No' on the SENDIASS page",
    )


def other_dr(c: Cases) -> None:
    dr(
        c,
        30,
        "Pendlebrook",
        "pendlebrook",
        kv(
            [
                (
                    "What can it help with?",
                    "Disagreements with a school or college about the SEN support it gives; disagreements with the council about how it carries out its SEN duties; health or social care provision in an EHC assessment or plan",
                )
            ]
        ),
        "types",
        "Pendlebrook: table row listing three kinds of disagreement",
        title="Disagreement resolution: what it covers",
    )
    dr(
        c,
        31,
        "Quillbury",
        "quillbury",
        details(
            [
                (
                    "If I say no, can I still appeal to the Tribunal?",
                    "Yes. Choosing not to use it does not affect your right of appeal.",
                )
            ]
        ),
        "noeff",
        "Quillbury: summary answer 'choosing not to use it does not affect your right of appeal'; voluntariness only implied (left out)",
        skip="vol",
    )
    dr(
        c,
        32,
        "Rushcombe",
        "rushcombe",
        kv(
            [
                ("What if I don't want mediation?", "Ask for a certificate and appeal straight away"),
                (
                    "Is what I say private?",
                    "Yes – the meeting is confidential and cannot be quoted at a Tribunal hearing",
                ),
            ]
        ),
        "noeff conf",
        "Rushcombe: rows 'don't want mediation? certificate, appeal straight away' and confidential",
        skip="med",
    )
    dr(
        c,
        33,
        "Saltinghay",
        "saltinghay",
        keyfacts(["Confidential", "Does not affect your appeal rights", "Free"]),
        "conf noeff",
        "Saltinghay: key facts 'Does not affect your appeal rights'",
    )
    dr(
        c,
        34,
        "Thornwick",
        "thornwick",
        lines(["After the meeting you can still appeal to the Tribunal if it did not work."]),
        "",
        "Thornwick: trap 'appeal after the meeting' (not about declining)",
        skip="trib",
    )
    c.add(
        "https://localoffer.yarrowdale.gov.example/disagreement-resolution/iass",
        html=page(
            "Disagreement Resolution Service",
            "<p>Yarrowdale SENDIASS is our Disagreement Resolution Service. Call 01632 960 030.</p>"
            + kv([("Is it voluntary?", "Yes"), ("EHC plan needed?", "No")]),
        ),
        pos="iass",
        skip="in contact prov",
        notes="Trap: SENDIASS labelled as the DR service; voluntary/EHC rows about the IASS",
    )


def fb(
    c: Cases, slug: str, title: str, main: str, ok: bool, notes: str, *, updated: str = "", text: bool = False
) -> None:
    url = f"https://localoffer.{slug}.gov.example/local-offer-feedback/{len(c.items)}"
    if text:
        c.add(
            url.replace("local-offer-feedback", "media/lo-report.pdf"), text=main, pos="fb" if ok else "", notes=notes
        )
    else:
        c.add(url, html=page(title, main, updated), pos="fb" if ok else "", notes=notes)


def comment_table(
    rows: list[tuple[str, str, str]], head: tuple[str, str, str] = ("Date", "Comment", "Our response")
) -> str:
    top = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    return "<table>" + top + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>"


def feedback(c: Cases) -> None:
    lo = "Local Offer"
    fb(
        c,
        "brackenholt",
        f"{lo} feedback",
        comment_table(
            [
                (
                    "14/03/2026",
                    "The directory search did not find holiday clubs.",
                    "We re-tagged 86 holiday activities so they appear in search.",
                ),
                ("02/05/2026", "Hard to read on a phone.", "We changed the page layout for small screens in June."),
            ]
        ),
        True,
        "Comment/response table with a date column (2026)",
    )
    fb(
        c,
        "cawthorne",
        "You said, we did",
        "<table><caption>Local Offer feedback, April to June 2026 (published 10 July 2026)</caption><tr><th>What you said</th><th>What we did</th></tr>"
        "<tr><td>There was nothing about transition to college.</td><td>We added a Preparing for Adulthood section to the Local Offer.</td></tr>"
        "<tr><td>Contact details for speech therapy were out of date.</td><td>The health pages were checked and corrected.</td></tr></table>",
        True,
        "'What you said / What we did' table with a dated caption",
    )
    fb(
        c,
        "dunstanwick",
        "",
        pdf(
            "Dunstanwick Local Offer Annual Report 2025-26",
            [
                "Dunstanwick Local Offer Annual Report 2025-26. Published September 2026.",
                "This report sets out the comments we received about the Local Offer between September 2025 and August 2026 and what we have done in response.",
                "Comment: Parents told us the Local Offer did not explain how to ask for an EHC needs assessment. Response: we wrote a step-by-step guide and published it in February 2026.",
                "Comment: Young people said the pages were written for adults. Response: the youth forum rewrote six pages with us.",
            ],
        ),
        True,
        "Hard-wrapped PDF annual Local Offer report published September 2026",
        text=True,
    )
    fb(
        c,
        "esherby",
        "What you told us about the Local Offer",
        buttons(
            [
                (
                    "Theme: finding services",
                    "You said the directory was hard to search. We added filters for age and area.",
                ),
                ("Theme: accessibility", "You said the text was too small. We added a text-size tool."),
            ]
        ),
        True,
        "Accordions per theme, each with the comment and the action; last reviewed in window",
        updated="3 February 2026",
    )
    fb(
        c,
        "hartsmere",
        "Changes we made after your feedback (updated 12 March 2026)",
        "<p>Thank you to everyone who commented on our Local Offer.</p>"
        + "<ul><li>You told us the short breaks page was confusing – we rewrote it.</li><li>You asked for an Easy Read version – we published one in January 2026.</li><li>You said links were broken – we now check links every month.</li></ul>",
        True,
        "Dated 'Changes we made after your feedback' list, feedback and change per item",
    )
    fb(
        c,
        "kestrelford",
        "Local Offer feedback log",
        "<h2>October 2026</h2><p>12 comments received. Main theme: autism support pages. Our response: we added the new autism outreach team and its referral route.</p><h2>September 2026</h2><p>8 comments. Main theme: school transport. Our response: a clearer transport FAQ was published.</p>",
        True,
        "Monthly feedback log with comments and responses (September–October 2026)",
    )
    fb(
        c,
        "lowmarsh",
        "Local Offer: comments and responses",
        dl(
            [
                (
                    "Comment (received 5 January 2026)",
                    "The Local Offer does not list local dentists who see children with SEND.",
                ),
                ("Response", "We contacted the dental service and added a list in February 2026."),
            ]
        ),
        True,
        "dl comment/response with dates",
    )
    fb(
        c,
        "pendlebrook",
        "You said, we did (Easy Read)",
        lines(
            [
                "What you told us about the Local Offer.",
                "May 2026.",
                "You said: the pages had too many words.",
                "We did: we made shorter pages with pictures.",
                "You said: you could not find clubs.",
                "We did: we made a clubs list.",
            ]
        ),
        True,
        "Easy Read statements per line, dated May 2026",
    )
    fb(
        c,
        "quillbury",
        "Local Offer feedback",
        kv(
            [
                ("Feedback received", "Parents said there was no information about dyslexia support"),
                ("Action taken", "A dyslexia page was added in April 2026"),
                ("Date published", "2026-05-14"),
            ]
        ),
        True,
        "Key/value 'Feedback received | Action taken | Date published 2026-05-14'",
    )
    fb(
        c,
        "rushcombe",
        "Local Offer feedback: Quarter 2 2026/27",
        "<p>Covering July to September 2026.</p>"
        + comment_table(
            [
                (
                    "Q2",
                    "Families wanted to know which schools have resource bases.",
                    "We published a list of resource bases on the Local Offer.",
                ),
                ("Q2", "The SEN transport form was hard to find.", "We linked it from the home page."),
            ],
            ("Quarter", "What you told us", "What we changed"),
        ),
        True,
        "Quarterly table, period July–September 2026",
    )
    fb(
        c,
        "saltinghay",
        "News: your Local Offer feedback",
        '<p class="posted">Posted 19 November 2026</p><p>Over the summer you sent us 64 comments about the Local Offer. The most common was that you could not tell which pages were up to date. In response, every page now shows when it was last checked, and we have removed 40 out-of-date pages.</p>',
        True,
        "News post 19 November 2026 with comments and response",
    )
    fb(
        c,
        "thornwick",
        "Young people: what you said",
        "<p>Updated 8 August 2026</p>"
        + lines(
            [
                "You said the Local Offer looked boring.",
                "So we asked you to help redesign the home page and used your ideas.",
                "You said you wanted to know about jobs.",
                "So we added a supported employment section.",
            ]
        ),
        True,
        "Young people's page, one statement a line, dated August 2026",
    )
    fb(
        c,
        "yarrowdale",
        "Local Offer feedback report",
        "<table><tr><th>Ref</th><th>Date</th><th>Comment</th><th>Response</th><th>Status</th></tr><tr><td>LO-41</td><td>11 Dec 2025</td><td>No information on sensory rooms.</td><td>Sensory rooms added to the directory.</td><td>Done</td></tr><tr><td>LO-42</td><td>20 Jan 2026</td><td>Map does not work.</td><td>Map replaced.</td><td>Done</td></tr></table>",
        True,
        "Five-column log with dates Dec 2025–Jan 2026",
    )
    fb(
        c,
        "oakenshaw",
        "Local Offer review 2026",
        "<p>Published 30 June 2026</p><h2>What you said</h2><ul><li>Information about EHC plans was spread over too many pages.</li><li>Families wanted more about short breaks.</li></ul><h2>What we did</h2><ul><li>One EHC plan guide now replaces seven pages.</li><li>The short breaks statement was rewritten with the parent carer forum.</li></ul>",
        True,
        "Two lists 'What you said' / 'What we did', published 30 June 2026",
    )
    fb(
        c,
        "hartsmere",
        "Feedback on the Local Offer / Adborth",
        "<p>Diweddarwyd / Updated: 21 September 2026</p><table><tr><th>You said</th><th>We did</th></tr><tr><td>More about autism</td><td>New autism hub page</td></tr><tr><td>Hard to print</td><td>Print button added</td></tr></table>",
        True,
        "Bilingual heading, dated 21 September 2026, terse 'You said / We did' table",
    )
    # traps
    fb(
        c,
        "brackenholt",
        "You said, we did 2024",
        comment_table(
            [
                ("14/03/2024", "Search did not find holiday clubs.", "Re-tagged activities."),
                ("02/05/2024", "Hard to read on a phone.", "New layout."),
            ]
        ),
        False,
        "Trap: same table form, dates in 2024",
    )
    fb(
        c,
        "cawthorne",
        "You said, we did",
        "<table><tr><th>What you said</th><th>What we did</th></tr><tr><td>More about transition.</td><td>Added a section.</td></tr></table>",
        False,
        "Trap: undated",
    )
    fb(
        c,
        "dunstanwick",
        "What you told us (October 2026)",
        "<ul><li>The directory is out of date.</li><li>There's nothing about sensory processing.</li><li>Pages are too long.</li></ul><p>Thank you for your comments.</p>",
        False,
        "Trap: comments without responses",
    )
    fb(
        c,
        "esherby",
        "Local Offer feedback summary, autumn 2026",
        "<p>Published 2 November 2026</p><ul><li>You said the short breaks page was unclear.</li><li>You said there was too little for young adults.</li></ul><p>We will publish our response to these comments in January 2027.</p>",
        False,
        "Trap: response promised for later",
    )
    fb(
        c,
        "kestrelford",
        "Short breaks consultation: you said, we did",
        "<p>Published 4 April 2026</p>"
        + comment_table(
            [("Feb 2026", "More holiday activities please.", "Extra summer sessions funded.")],
            ("Date", "You said", "We did"),
        ),
        False,
        "Trap: short breaks consultation, not the Local Offer",
    )
    fb(
        c,
        "lowmarsh",
        "Family hubs: you said, we did",
        "<p>Updated 1 October 2026</p>"
        + kv([("You said", "Opening hours were too short"), ("We did", "Hubs now open on Saturdays")]),
        False,
        "Trap: family hubs",
    )
    fb(
        c,
        "pendlebrook",
        "Local Offer feedback",
        comment_table(
            [
                ("03/09/2025", "No information about speech therapy waiting times.", "Waiting times added."),
                ("19/10/2025", "Broken links.", "Links fixed."),
            ]
        ),
        False,
        "Trap: latest date 19/10/2025, before the window",
    )
    fb(
        c,
        "quillbury",
        "",
        pdf(
            "Quillbury Local Offer Annual Report 2023-24",
            [
                "Quillbury Local Offer Annual Report 2023-24. Published June 2024.",
                "Comment: the Local Offer was hard to navigate. Response: we introduced a new menu.",
            ],
        ),
        False,
        "Trap: PDF annual report 2023-24",
        text=True,
    )
    fb(
        c,
        "rushcombe",
        "Local Offer feedback log",
        "<h2>October 2026</h2><p>15 comments received.</p><h2>September 2026</h2><p>9 comments received.</p>",
        False,
        "Trap: monthly log with counts only",
    )
    fb(
        c,
        "saltinghay",
        "What's new on the Local Offer",
        "<p>Updated 10 October 2026</p><ul><li>New page on personal budgets.</li><li>Directory updated with 30 clubs.</li><li>New Easy Read guides.</li></ul>",
        False,
        "Trap: changelog with no reference to comments",
    )
    fb(
        c,
        "thornwick",
        "Tell us what you think of the Local Offer",
        "<p>We want to hear from you. Use the form below to tell us what you think. We publish a summary of comments and our response every year.</p><form><textarea name='c'></textarea><button>Send</button></form>",
        False,
        "Trap: feedback form only",
    )
    fb(
        c,
        "yarrowdale",
        "Parent carer forum survey 2026",
        "<p>Published 5 March 2026 by Yarrowdale Parent Carer Forum</p>"
        + kv(
            [("You said", "Waits for EHC assessments were too long"), ("The forum did", "Raised it at the SEND board")]
        ),
        False,
        "Trap: parent carer forum survey, not the Local Offer",
    )
    fb(
        c,
        "oakenshaw",
        "Local Offer feedback",
        buttons(
            [
                ("Theme: finding services", "You said the directory was hard to search. Response: to follow."),
                ("Theme: accessibility", "You said text was small. Response: to follow."),
            ]
        ),
        False,
        "Trap: themes with responses 'to follow'",
        updated="1 November 2026",
    )
    fb(
        c,
        "hartsmere",
        "Local Offer feedback",
        "<p>Last reviewed: 27 October 2025</p><table><tr><th>You said</th><th>We did</th></tr><tr><td>More about autism</td><td>New page</td></tr></table>",
        False,
        "Trap: dated 27 October 2025, the day before the window",
    )
    fb(
        c,
        "kestrelford",
        "SEND strategy engagement: what you told us",
        "<p>Published 12 June 2026</p>"
        + kv([("What you said", "More specialist places"), ("What we are doing", "Two new resource bases")]),
        False,
        "Trap: SEND strategy, not the Local Offer",
    )


def main() -> None:
    c = Cases("e")
    voluntary(c)
    voluntary_other_forms(c)
    voluntary_traps(c)
    all_sen(c)
    other_dr(c)
    feedback(c)
    c.write("train_eight.jsonl")


if __name__ == "__main__":
    main()
