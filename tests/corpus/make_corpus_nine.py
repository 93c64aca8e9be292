"""Write ``train_nine.jsonl``: a ninth set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
labelling rules of ``README.md`` and ``labels.py`` only (``make_corpus_eight.py`` glanced at for how
a generator uses ``Cases``), and without opening the held-back files. Weighted to the kinds of
disagreement disagreement resolution covers (lists, tables, lead-ins, key/value rows, FAQ answers,
Easy Read, a Code paraphrase given as local scope, directory records) and to the provider named and
reachable (directory fields, "Who provides it?" rows, "delivered by", contact blocks, Easy Read,
two providers in a table, wrapped PDF text), with traps for both. Councils (Wrenbury, Harrowfield,
Calderholme, Stonebarrow, Fenwick Vale, Tidewell, Cresswold, Bramblecote, Greywater, Foxley,
Ravensworth, Highmoor, Lindenfield) and fictional providers (Bridgeford Mediation Ltd, Harbourlight
Accord CIC, Northlight SEND Mediation Partnership, Wyvern Resolution Services, Tallowbrook Resolve
CIC) are new to the corpus; the real providers of ``duties.md`` §10 appear beside them.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_nine.py``.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory

NAV = (
    '<nav class="top"><a href="/">Local Offer home</a> | <a href="/send/disagree">Disagreement resolution'
    '</a> | <a href="/send/mediation">SEND mediation</a> | <a href="/send/complain">Complaints</a> | '
    '<a href="/send/tribunal">Appeals</a> | <a href="/send/sendiass">SENDIASS</a></nav>'
)
FOOT = (
    '<footer class="bottom"><ul><li><a href="/send/feedback">Tell us what you think of the Local Offer'
    '</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/send/ysyd">You said, we did</a></li>'
    "</ul></footer>"
)


def page(title: str, main: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>{NAV}<main>'
        f"<h1>{title}</h1>{main}</main>{FOOT}</body></html>"
    )


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def ol(items: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def rows(pairs: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in pairs) + "</table>"


def dl(pairs: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def faq(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in pairs)


# The provider sentence pair most DR pages below carry (named, independent, reachable).
BRIDGEFORD = (
    "<p>Our disagreement resolution service is run by Bridgeford Mediation Ltd, an independent "
    "organisation that is not part of Wrenbury Council.</p><p>Phone 01632 960 301 or email "
    "hello@bridgeford-mediation.example.</p>"
)
HARBOUR = (
    "<p>Harbourlight Accord CIC provides disagreement resolution for Harrowfield. They are independent "
    "of the council.</p><p>Telephone: 01632 960 412<br>Web: www.harbourlight-accord.example</p>"
)


def types_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.wrenbury.gov.example/send/disagree",
        html=page(
            "Disagreement resolution",
            "<p>If you cannot sort out a problem about your child's special educational needs by talking it "
            "through, an independent disagreement resolution meeting may help.</p><p>It can help if you "
            "disagree about:</p>"
            + ul(
                [
                    "whether the council should carry out an EHC needs assessment",
                    "what is written in your child's EHC plan",
                    "the school or college named in the plan",
                    "health or social care provision in the plan",
                ]
            )
            + BRIDGEFORD,
        ),
        pos="in ind types prov contact",
        notes="Lead-in 'It can help if you disagree about:' with four kinds; provider named, independent, phone and email",
    )
    c.add(
        "https://localoffer.harrowfield.gov.example/disagreements",
        html=page(
            "Sorting out disagreements",
            "<p>Disagreement resolution is a meeting with an independent facilitator.</p><h2>What kind of "
            "disagreement?</h2><table><tr><th>Disagreement</th><th>Example</th></tr><tr><td>With your child's "
            "school</td><td>You feel the SEN support your child gets in class is not enough</td></tr><tr><td>"
            "With the council</td><td>How the council is carrying out an EHC needs assessment</td></tr><tr>"
            "<td>With health services</td><td>Speech and language therapy in the EHC plan</td></tr></table>"
            + HARBOUR,
        ),
        pos="in ind types prov contact",
        notes="Table of three kinds with examples (school SEN support, council assessment, health provision)",
    )
    c.add(
        "https://localoffer.calderholme.gov.example/directory/dr-service",
        html=page(
            "Calderholme SEND Disagreement Resolution Service",
            rows(
                [
                    ("Provided by", "Northlight SEND Mediation Partnership"),
                    (
                        "Disagreements covered",
                        "SEN support in early years settings, schools and colleges; EHC needs assessments; "
                        "the content of EHC plans; health and social care provision",
                    ),
                    ("Telephone", "01632 960 523"),
                    ("Email", "calderholme@northlight-send.example"),
                ]
            ),
        ),
        pos="in types prov contact",
        notes="Directory record: key/value row 'Disagreements covered' with several kinds; provider and phone/email",
    )
    c.add(
        "https://localoffer.stonebarrow.gov.example/send/faq-dr",
        html=page(
            "Disagreement resolution: your questions",
            faq(
                [
                    (
                        "What can disagreement resolution help with?",
                        "It can help when you and your child's school do not agree about the support they get "
                        "for their special educational needs, or when you and the council disagree about an "
                        "EHC needs assessment or what the plan says.",
                    ),
                    (
                        "Who runs it?",
                        "Wyvern Resolution Services, who are independent of Stonebarrow Council. Call 01632 960 634.",
                    ),
                ]
            ),
        ),
        pos="in ind types prov contact",
        notes="FAQ answer in prose naming disagreements with the school about support and with the council about assessment/plan",
    )
    c.add(
        "https://localoffer.fenwickvale.gov.example/easy-read/disagree",
        html=page(
            "When you do not agree – Easy Read",
            "<p>Sometimes people do not agree about help for a child.</p><p>You can get help if you do not "
            "agree with:</p>"
            + ul(
                [
                    "your school about the help your child gets",
                    "the council about your EHC plan",
                    "the NHS about health help in your EHC plan",
                ]
            )
            + "<p>Tallowbrook Resolve can help you. They do not work for the council.</p><p>Phone them on "
            "01632 960 745.</p><p>This is called disagreement resolution.</p>",
        ),
        pos="in ind types prov contact",
        notes="Easy Read list of three kinds; 'Tallowbrook Resolve can help you' with phone; not council staff",
    )
    c.add(
        "https://localoffer.tidewell.gov.example/send/disagreement-resolution",
        html=page(
            "Disagreement resolution in Tidewell",
            "<p>Tidewell's disagreement resolution arrangements cover the disagreements described in the SEND "
            "Code of Practice (paragraph 11.8). In Tidewell that means disagreements:</p><blockquote>"
            + ul(
                [
                    "between parents or young people and the council, schools or colleges about how they carry "
                    "out their SEN duties",
                    "between parents or young people and early years providers, schools or colleges about the "
                    "special educational provision made for a child or young person",
                    "between parents or young people and the council or health commissioners about health or "
                    "social care provision during EHC needs assessments, plans, reviews and reassessments",
                    "between the council and health commissioners during those processes",
                ]
            )
            + "</blockquote><p>The service is provided by Global Mediation (0800 064 4488).</p>",
        ),
        pos="in types prov contact",
        notes="Code 11.8 paraphrase introduced as Tidewell's own scope; Global Mediation with freephone",
    )
    c.add(
        "https://localoffer.cresswold.gov.example/send/dr",
        html=page(
            "Resolving disagreements about SEND",
            "<p>Disagreement resolution is there for parents, carers and young people. It can be used for "
            "disagreements about the special educational provision a school makes, about decisions the "
            "council makes during an EHC needs assessment, and about the health care set out in an EHC plan."
            "</p><p>KIDS SEND Mediation and Disagreement Resolution Service runs it for Cresswold: 03330 062 "
            "835, mediation@kids-eg.example.</p>",
        ),
        pos="in types prov contact",
        notes="One prose sentence with three kinds joined by 'about ... about ... and about'",
    )
    c.add(
        "https://localoffer.bramblecote.gov.example/help/disagreements",
        html=page(
            "Disagreements we can help with",
            ol(
                [
                    "Disagreements with an early years setting, school or college about SEN support",
                    "Disagreements with the council about an EHC needs assessment",
                    "Disagreements with the council about what the EHC plan includes",
                    "Disagreements about the health part of an EHC plan",
                ]
            )
            + "<p>Bramblecote's disagreement resolution service is provided by Together Trust. Find out more "
            "or make a referral at www.togethertrust-eg.example/send.</p>",
        ),
        pos="in types prov contact",
        notes="Heading 'Disagreements we can help with' over a numbered list; Together Trust with web/referral",
    )
    c.add(
        "https://localoffer.greywater.gov.example/disagreement",
        html=page(
            "Disagreement resolution",
            dl(
                [
                    ("Disagreements with your child's school", "For example about the support in their SEN support plan."),
                    ("Disagreements with the council", "For example about a decision not to carry out an EHC needs assessment."),
                    ("Disagreements with health services", "For example about therapy provision named in an EHC plan."),
                ]
            )
            + "<p>Contact the independent disagreement resolution service, Bridgeford Mediation Ltd, on "
            "01632 960 302.</p>",
        ),
        pos="in ind types prov contact",
        notes="Definition list whose terms are the kinds of disagreement",
    )
    c.add(
        "https://localoffer.foxley.gov.example/send/resolve",
        html=page(
            "Resolving a disagreement",
            "<p>Disagreement resolution can be used by young people as well as parents. For example, a young "
            "person aged 16 to 25 may disagree with their college about the support it provides, or with the "
            "council about the content of their EHC plan.</p><p>The service is provided by Harbourlight Accord "
            "CIC: email foxley@harbourlight-accord.example.</p>",
        ),
        pos="in types prov contact",
        notes="Young people vs college (support) and vs council (plan content): two kinds in an example sentence",
    )
    c.add(
        "https://localoffer.ravensworth.gov.example/send/disagree",
        html=page(
            "If you disagree",
            "<h2>Who can use disagreement resolution?</h2><table><tr><th>Who disagrees</th><th>What about"
            "</th></tr><tr><td>Parents and a school</td><td>The special educational provision in school</td>"
            "</tr><tr><td>Parents and the council</td><td>How the council carries out its SEN duties</td></tr>"
            "<tr><td>Parents and the Integrated Care Board</td><td>Health provision during an EHC needs "
            "assessment or review</td></tr><tr><td>The council and the Integrated Care Board</td><td>Who "
            "provides health support in an EHC plan</td></tr></table><p>Ravensworth's service is provided by "
            "Prime Resolution. Ring 01632 960 856.</p>",
        ),
        pos="in types prov contact",
        notes="Two-column table: parties and subjects of four kinds of disagreement",
    )
    c.add(
        "https://localoffer.highmoor.gov.example/send/dr-leaflet",
        text=(
            "Highmoor SEND Local Offer\nDisagreement Resolution Service\n\nThe service can help when you\n"
            "disagree with a school or college about the\nspecial educational provision for your child, or\n"
            "with the council or the ICB about health\nor social care provision during an EHC\nneeds "
            "assessment or annual review.\n\nProvided by Wyvern Resolution Services\nTel 01632 960 635\n"
            "Page 1 of 2"
        ),
        pos="in types prov contact",
        notes="Hard-wrapped PDF text: two kinds across wrapped lines; provider and phone",
    )
    c.add(
        "https://localoffer.lindenfield.gov.example/send/dr",
        html=page(
            "Disagreement resolution",
            "<p>Lindenfield Council commissions disagreement resolution from Community Accord "
            "(01632 960 289).</p><h2>What sort of disagreements?</h2><p>Most are about SEN support in "
            "school – for example whether a reading intervention is the right one – or about EHC plans: a "
            "refusal to assess, the wording of the provision, or the placement named.</p>",
        ),
        pos="in types prov contact",
        notes="Heading 'What sort of disagreements?' over prose naming SEN support in school and EHC plan matters",
    )
    c.add(
        "https://localoffer.wrenbury.gov.example/send/dr-settings",
        html=page(
            "Disagreements with your child's setting",
            "<p>Disagreement resolution is not only about EHC plans. It also covers disagreements about how a "
            "nursery, school or college supports a child on SEN support, and disagreements with the council "
            "about how it carries out its duties.</p>"
            + BRIDGEFORD,
        ),
        pos="in ind types prov contact",
        notes="'It also covers disagreements about how a setting supports a child on SEN support, and with the council about its duties'",
        skip="all",
    )
    c.add(
        "https://localoffer.harrowfield.gov.example/directory/harbourlight",
        html=page(
            "Harbourlight Accord CIC – SEND disagreement resolution",
            dl(
                [
                    ("Service type", "Disagreement resolution (SEND)"),
                    (
                        "Helps with",
                        "Disagreements about EHC needs assessments, EHC plans and placements; disagreements "
                        "between families and schools about SEN provision",
                    ),
                    ("Contact", "01632 960 413 · referrals@harbourlight-accord.example"),
                ]
            ),
        ),
        pos="in types prov contact",
        notes="Directory record, 'Helps with' field listing kinds; provider in the title",
    )
    c.add(
        "https://localoffer.calderholme.gov.example/send/kinds",
        html=page(
            "The kinds of disagreement the service covers",
            "<p>Northlight SEND Mediation Partnership (01632 960 524) run Calderholme's disagreement "
            "resolution service.</p>"
            + ul(
                [
                    "<strong>Education:</strong> the support a school or college gives, or the school named in a plan",
                    "<strong>Health:</strong> NHS provision written into an EHC plan",
                    "<strong>Social care:</strong> care provision considered during an EHC needs assessment",
                ]
            ),
        ),
        pos="in types prov contact",
        notes="Bulleted kinds with bold category labels",
    )
    c.add(
        "https://localoffer.stonebarrow.gov.example/send/dr-short",
        html=page(
            "Disagreement resolution",
            rows(
                [
                    ("What is it?", "A meeting with an independent person to help settle a disagreement"),
                    ("What about?", "SEN support at school · EHC needs assessments · EHC plans · health provision"),
                    ("Who provides it?", "Wyvern Resolution Services"),
                    ("How do I ask for it?", "Call 01632 960 636"),
                ]
            ),
        ),
        pos="in ind types prov contact",
        notes="Key/value row 'What about?' with middot-separated kinds; 'Who provides it?' row",
    )
    c.add(
        "https://localoffer.tidewell.gov.example/send/young-people-dr",
        html=page(
            "Disagreements – for young people",
            "<p>If you are over 16 you can use disagreement resolution yourself. You might not agree with your "
            "college about the help you get with your learning. Or you might not agree with the council "
            "about the college named in your EHC plan.</p><p>Ring Global Mediation free on 0800 064 4488.</p>",
        ),
        pos="in types prov contact",
        notes="Two kinds in two 'You might not agree with...' sentences",
    )
    c.add(
        "https://localoffer.greywater.gov.example/send/dr-and-health",
        html=page(
            "Health and care disagreements",
            "<p>Disagreement resolution can also be used where you disagree with the Integrated Care Board "
            "about health provision, or with children's social care about care provision, while your child's "
            "EHC needs assessment or plan is being worked on. It can also help when the council and the ICB "
            "disagree with each other.</p><p>Provider: Bridgeford Mediation Ltd, 01632 960 303.</p>",
        ),
        pos="in types prov contact",
        notes="Health, social care and council-vs-ICB kinds in prose",
    )
    c.add(
        "https://localoffer.foxley.gov.example/send/dr-bilingual",
        html=page(
            "Disagreement resolution / Datrys anghytundeb",
            "<div lang=\"en\"><p>Use it if you disagree about:</p>"
            + ul(["an EHC needs assessment", "the provision in an EHC plan", "the support your school gives"])
            + "<p>Harbourlight Accord CIC · 01632 960 414</p></div><div lang=\"cy\"><p>Gallwch ei ddefnyddio os "
            "ydych yn anghytuno am asesiad.</p></div>",
        ),
        pos="in types prov contact",
        notes="Short 'Use it if you disagree about:' list in the English column",
    )
    c.add(
        "https://localoffer.highmoor.gov.example/send/dr-accordion",
        html=page(
            "Disagreement resolution",
            '<div class="acc"><h3><button>What disagreements does it cover?</button></h3><div class="panel">'
            "<p>Disagreements between families and schools about special educational provision, and "
            "disagreements between families and the council about EHC needs assessments and plans.</p></div>"
            '</div><div class="acc"><h3><button>Who do I contact?</button></h3><div class="panel"><p>Wyvern '
            "Resolution Services on 01632 960 637.</p></div></div>",
        ),
        pos="in types prov contact",
        notes="Button accordion answer: fragment with two kinds",
    )
    c.add(
        "https://localoffer.lindenfield.gov.example/send/dr-steps",
        html=page(
            "Steps when you disagree",
            "<h2>Step 2: disagreement resolution</h2><p>If talking to the school has not worked, an independent "
            "disagreement resolution meeting can look at disagreements about how your child's needs are met "
            "at school or about the way the council is handling an EHC needs assessment.</p><p>Community "
            "Accord: www.communityaccord-eg.example/lindenfield</p>",
        ),
        pos="in ind types prov contact",
        notes="Two kinds inside a step description",
    )
    c.add(
        "https://localoffer.ravensworth.gov.example/send/dr-scope",
        html=page(
            "Scope of the service",
            "<p>Ravensworth's disagreement resolution service, provided by Prime Resolution (01632 960 857), "
            "covers:</p>"
            + ul(
                [
                    "the special educational provision made by an early years provider, school or post-16 institution",
                    "the way the council carries out its education, health and care duties",
                    "health and social care provision in EHC plans",
                ]
            ),
        ),
        pos="in types prov contact",
        notes="'covers:' lead-in with three kinds",
    )
    c.add(
        "https://localoffer.cresswold.gov.example/send/dr-checklist",
        html=page(
            "Is disagreement resolution right for me?",
            "<p>Tick any that apply:</p><ul class=\"checklist\"><li>☐ I disagree with my child's school about "
            "their SEN support</li><li>☐ I disagree with the council's decision about an EHC needs "
            "assessment</li><li>☐ I disagree with the health provision in my child's EHC plan</li></ul><p>If you "
            "ticked any, contact KIDS SEND Mediation and Disagreement Resolution Service on 03330 062 835.</p>",
        ),
        pos="in types prov contact",
        notes="Checklist of three disagreement kinds",
    )


def types_traps(c: Cases) -> None:
    c.add(
        "https://localoffer.wrenbury.gov.example/send/dr-brief",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help if you disagree about your child's special educational "
            "needs.</p>"
            + BRIDGEFORD,
        ),
        pos="in ind prov contact",
        notes="Trap for types: only one vague kind ('about your child's special educational needs')",
    )
    c.add(
        "https://localoffer.harrowfield.gov.example/send/appeals",
        html=page(
            "Appealing to the Tribunal",
            "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) about:</p>"
            + ul(
                [
                    "a decision not to carry out an EHC needs assessment",
                    "a decision not to issue an EHC plan",
                    "the description of needs and the provision in a plan",
                    "the school or college named in a plan",
                ]
            )
            + "<p>You must appeal within two months of the date of the decision letter, online at GOV.UK.</p>",
        ),
        pos="trib",
        notes="Trap for types: kinds of appeal to the Tribunal, not of disagreement resolution",
    )
    c.add(
        "https://localoffer.calderholme.gov.example/family/mediation",
        html=page(
            "Family mediation",
            "<p>Family mediation helps separated parents settle disagreements about child arrangements, money "
            "and the family home. Most people must attend a MIAM before applying to court. Calderholme Family "
            "Mediation: 01632 960 111.</p>",
        ),
        pos="",
        notes="Trap: family mediation and the kinds of family dispute, with a phone number",
    )
    c.add(
        "https://localoffer.stonebarrow.gov.example/complaints",
        html=page(
            "Making a complaint",
            "<p>You can complain to the council about:</p>"
            + ul(["delays in dealing with your request", "the behaviour of a member of staff", "a service not being provided"])
            + "<p>Use our online complaints form.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap for types: categories of complaint, not disagreement resolution; one route (cmp unlabelled)",
    )
    c.add(
        "https://localoffer.fenwickvale.gov.example/community/neighbour",
        html=page(
            "Community mediation",
            "<p>Our community mediators help neighbours resolve disputes about noise, boundaries, parking and "
            "pets. Call Fenwick Vale Community Mediation on 01632 960 222.</p>",
        ),
        pos="",
        notes="Trap: neighbour mediation with dispute kinds and a phone number",
    )
    c.add(
        "https://localoffer.tidewell.gov.example/admissions/appeals",
        html=page(
            "School admission appeals",
            "<p>You can appeal if your child was refused a place at a school you applied for, or if you "
            "disagree with an in-year transfer decision. Appeals are heard by an independent appeal panel.</p>",
        ),
        pos="",
        notes="Trap: school admissions appeals, independent panel",
    )
    c.add(
        "https://localoffer.greywater.gov.example/send/dr-general",
        html=page(
            "Disagreement resolution",
            "<p>If you disagree with a decision that has been made, disagreement resolution may be able to "
            "help. Contact Bridgeford Mediation Ltd on 01632 960 304.</p>",
        ),
        pos="in prov contact",
        notes="Trap for types: 'a decision that has been made' is no kind of disagreement",
    )


def provider_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.foxley.gov.example/directory/record/4471",
        html=page(
            "SEND Disagreement Resolution",
            '<div class="record"><dl><dt>Organisation</dt><dd>Harbourlight Accord CIC</dd><dt>Telephone</dt>'
            "<dd>01632 960 415</dd><dt>Email</dt><dd>foxley@harbourlight-accord.example</dd><dt>Website</dt><dd>"
            '<a href="https://www.harbourlight-accord.example">www.harbourlight-accord.example</a></dd></dl>'
            "</div>",
        ),
        pos="in prov contact",
        notes="Directory record: labelled Organisation/Telephone/Email/Website fields; DR only in the title",
    )
    c.add(
        "https://localoffer.highmoor.gov.example/send/dr-who",
        html=page(
            "Disagreement resolution",
            "<p>An independent disagreement resolution meeting brings you and the school or council together "
            "with a trained facilitator.</p>"
            + rows([("Who provides it?", "Wyvern Resolution Services"), ("How to contact them", "01632 960 638")]),
        ),
        pos="in ind prov contact",
        notes="'Who provides it?' row and 'How to contact them' row",
    )
    c.add(
        "https://localoffer.lindenfield.gov.example/send/dr-logo",
        html=page(
            "Disagreement resolution service",
            '<p><img src="/img/northlight.png" alt="Northlight SEND Mediation Partnership logo"></p><p>Our '
            "disagreement resolution service is delivered by Northlight SEND Mediation Partnership on behalf "
            "of Lindenfield Council. Email lindenfield@northlight-send.example to arrange a meeting.</p>",
        ),
        pos="in prov contact",
        notes="Logo with alt text, provider also named in 'delivered by' prose; email",
    )
    c.add(
        "https://localoffer.ravensworth.gov.example/send/dr-delivered",
        html=page(
            "Our DR service",
            "<p>Our DR service is delivered by Tallowbrook Resolve CIC.</p><p>To make a referral complete "
            'the <a href="https://www.tallowbrook-resolve.example/referral">online referral form</a>.</p>',
        ),
        pos="in prov contact",
        notes="'Our DR service is delivered by'; contact via a referral form link only",
    )
    c.add(
        "https://localoffer.cresswold.gov.example/send/dr-contact",
        html=page(
            "Disagreement resolution",
            "<p>Cresswold Council has contracted Bridgeford Mediation Ltd to provide SEND disagreement "
            'resolution.</p><div class="contact"><h2>Contact</h2><p>Phone: 01632 960 305</p><p>Email: '
            "cresswold@bridgeford-mediation.example</p><p>Website: www.bridgeford-mediation.example</p><p>Open "
            "Monday to Friday, 9am to 5pm</p></div>",
        ),
        pos="in prov contact",
        notes="'has contracted X to provide'; contact block with phone/email/web/hours",
    )
    c.add(
        "https://localoffer.bramblecote.gov.example/easy-read/dr",
        html=page(
            "Getting help when you disagree – Easy Read",
            "<p>Harbourlight Accord can help you.</p><p>They help people who do not agree about help at school "
            "sort it out.</p><p>Phone: 01632 960 416</p><p>This is called disagreement resolution.</p>",
        ),
        pos="in prov contact",
        skip="types",
        notes="Easy Read '<Name> can help you' with phone",
    )
    c.add(
        "https://localoffer.greywater.gov.example/send/two-providers",
        html=page(
            "Disagreement resolution providers",
            "<p>Greywater families can choose either of two disagreement resolution providers.</p><table><tr>"
            "<th>Provider</th><th>Phone</th><th>Email</th></tr><tr><td>Bridgeford Mediation Ltd</td><td>01632 960 "
            "306</td><td>greywater@bridgeford-mediation.example</td></tr><tr><td>Prime Resolution</td><td>01632 "
            "960 858</td><td>send@prime-eg.example</td></tr></table>",
        ),
        pos="in prov contact",
        notes="Table of two providers with phone and email columns",
    )
    c.add(
        "https://localoffer.tidewell.gov.example/send/dr-leaflet",
        text=(
            "TIDEWELL LOCAL OFFER - Disagreement resolution\n\nThe disagreement resolution service for Tidewell "
            "is\nprovided by Northlight SEND Mediation\nPartnership. You can contact them by telephone on\n01632 "
            "960 525 or by email at\ntidewell@northlight-send.example\n\nPage 2"
        ),
        pos="in prov contact",
        notes="PDF text: provider name and phone wrapped across lines",
    )
    c.add(
        "https://localoffer.wrenbury.gov.example/send/mediation",
        html=page(
            "SEND mediation",
            "<p>If you want to appeal about an EHC needs assessment or plan you must first get mediation "
            "advice. Contact Global Mediation on 0800 064 4488 within two months of the decision letter. They "
            "will give you a certificate within three working days if you do not want to mediate.</p>",
        ),
        pos="prov contact med",
        skip="noeff trib",
        notes="SEND mediation provider named with phone (rules allow mediation for prov/contact)",
    )
    c.add(
        "https://localoffer.harrowfield.gov.example/send/dr-email-only",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution in Harrowfield is run on our behalf by Harbourlight Accord CIC. Email "
            "them: harrowfield@harbourlight-accord.example</p>",
        ),
        pos="in prov contact",
        notes="'run on our behalf by'; email only",
    )
    c.add(
        "https://localoffer.calderholme.gov.example/send/dr-web-only",
        html=page(
            "Disagreement resolution",
            "<p>Northlight SEND Mediation Partnership provides disagreement resolution for Calderholme. Visit "
            "northlight-send.example/calderholme to find out more and ask for a meeting.</p>",
        ),
        pos="in prov contact",
        notes="Provider with web address only",
    )
    c.add(
        "https://localoffer.stonebarrow.gov.example/send/dr-kids",
        html=page(
            "Disagreement resolution",
            "<h2>KIDS</h2><p>KIDS provide Stonebarrow's SEND disagreement resolution service.</p>"
            + dl([("Phone", "03330 062 835"), ("Email", "stonebarrow@kids-eg.example")]),
        ),
        pos="in prov contact",
        notes="Provider name as heading and in prose; contact in dl",
    )
    c.add(
        "https://localoffer.fenwickvale.gov.example/send/dr-text",
        html=page(
            "Disagreement resolution",
            "<p>Tallowbrook Resolve CIC is Fenwick Vale's disagreement resolution provider.</p><p>Text or call "
            "07700 900 461.</p>",
        ),
        pos="in prov contact",
        notes="'is ...'s provider'; mobile number",
    )
    c.add(
        "https://localoffer.foxley.gov.example/send/dr-intl",
        html=page(
            "Disagreement resolution",
            "<p>The council commissions Wyvern Resolution Services to run disagreement resolution meetings. "
            "Telephone +44 1632 960 639.</p>",
        ),
        pos="in prov contact",
        notes="'commissions X to run'; +44 phone format",
    )
    c.add(
        "https://localoffer.highmoor.gov.example/send/dr-together",
        html=page(
            "Disagreement resolution and mediation",
            "<p>Highmoor's SEND disagreement resolution and mediation services are provided by the Together "
            'Trust.</p><p><a href="https://www.togethertrust-eg.example/send-mediation">Together Trust SEND '
            "mediation website</a> · 01632 960 967</p>",
        ),
        pos="in prov contact",
        notes="Together Trust with a link and phone",
    )
    c.add(
        "https://localoffer.lindenfield.gov.example/directory/4512",
        html=page(
            "Bridgeford Mediation Ltd",
            "<p>SEND mediation and disagreement resolution for families in Lindenfield.</p><ul class=\"contact\">"
            "<li>Tel: 01632 960 307</li><li>Email: lindenfield@bridgeford-mediation.example</li></ul>",
        ),
        pos="in prov contact",
        notes="Directory record: provider as the title, contact list",
    )
    c.add(
        "https://localoffer.ravensworth.gov.example/send/dr-partner",
        html=page(
            "Disagreement resolution",
            "<p>We work with Prime Resolution, an independent provider, to offer disagreement resolution. "
            "Speak to them on 01632 960 859.</p>",
        ),
        pos="in ind prov contact",
        notes="'We work with X, an independent provider'",
    )


def provider_traps(c: Cases) -> None:
    c.add(
        "https://localoffer.cresswold.gov.example/send/dr-senteam",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is a way to sort out disagreements about special educational "
            "provision with the help of someone who is not involved. To ask about it, contact the SEN Team on "
            "01632 960 001 or sen.team@cresswold.gov.example.</p>",
        ),
        pos="",
        notes="Trap: the council's SEN team is the only contact; no provider",
    )
    c.add(
        "https://localoffer.bramblecote.gov.example/send/sendiass",
        html=page(
            "Help with disagreements",
            "<p>Bramblecote SENDIASS can help you resolve a disagreement with your child's school or the "
            "council. Call the SENDIASS helpline on 01632 960 002.</p>",
        ),
        pos="iass",
        skip="types",
        notes="Trap: the IASS offers help with disagreements; not the DR provider",
    )
    c.add(
        "https://localoffer.greywater.gov.example/send/national",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution services are available in every area. For free legal advice about "
            "SEND, call the IPSEA advice line or the Contact helpline on 0808 808 3555.</p>",
        ),
        pos="",
        notes="Trap: national helplines only, no provider of the council's DR",
    )
    c.add(
        "https://localoffer.tidewell.gov.example/send/dr-noncontact",
        html=page(
            "Disagreement resolution",
            "<p>Tidewell's disagreement resolution service is provided by Wyvern Resolution Services. Ask "
            "your child's school for more information.</p>",
        ),
        pos="prov",
        notes="Provider named without any contact route (contact 0; drs_in 0)",
    )
    c.add(
        "https://localoffer.wrenbury.gov.example/family/separating",
        html=page(
            "If parents separate",
            "<p>If you and your child's other parent cannot agree about where your child will live, family "
            "mediation can help. Contact Wrenbury Family Mediation Service on 01632 960 112 or "
            "info@wrenburyfms.example.</p>",
        ),
        pos="",
        notes="Trap: contact for family mediation",
    )
    c.add(
        "https://localoffer.harrowfield.gov.example/send/mediation-letter",
        html=page(
            "SEND mediation",
            "<p>Your decision letter will give you the contact details of the mediation adviser. You must "
            "contact them before you can appeal about most EHC decisions.</p>",
        ),
        pos="",
        skip="med",
        notes="Trap: contact details deferred to the decision letter; no provider named",
    )
    c.add(
        "https://localoffer.calderholme.gov.example/send/dr-officer",
        html=page(
            "Resolution meetings",
            "<p>Our Disagreement Resolution Officer can arrange a resolution meeting with the SEN casework "
            "team. Phone 01632 960 003.</p>",
        ),
        pos="",
        notes="Trap: council officer-led meeting with a council phone",
    )
    c.add(
        "https://localoffer.stonebarrow.gov.example/send/iass-as-drs",
        html=page(
            "Disagreement Resolution Service",
            "<p>Stonebarrow SENDIASS is our Disagreement Resolution Service. Contact SENDIASS on 01632 960 004 "
            "or sendiass@stonebarrow.gov.example.</p>",
        ),
        pos="iass",
        notes="Trap: the IASS labelled as the DR service (duties.md §5)",
    )
    c.add(
        "https://localoffer.fenwickvale.gov.example/send/workplace",
        html=page(
            "Mediation for staff",
            "<p>Fenwick Vale schools can use Keel Workplace Mediation for disputes between staff members. Email "
            "help@keelworkplace.example.</p>",
        ),
        pos="",
        notes="Trap: workplace mediation with an email",
    )
    c.add(
        "https://localoffer.foxley.gov.example/send/dr-charity",
        html=page(
            "About disagreement resolution",
            "<p>This page is from a national charity. Every council must make disagreement resolution "
            "available, provided by people who are independent of the council. Contact your local council to "
            "find out who provides it.</p>",
        ),
        pos="",
        skip="ind",
        notes="Trap: national explainer, no provider, contact deferred to the council",
    )


def other_dr(c: Cases) -> None:
    c.add(
        "https://localoffer.highmoor.gov.example/send/dr-full",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is voluntary: everyone involved has to agree to take part. You do not "
            "need an EHC plan to use it. What is said in the meeting is confidential. Using it, or choosing "
            "not to, does not affect your right to appeal to the Tribunal.</p><p>It can help with "
            "disagreements about SEN support at school and about EHC needs assessments.</p><p>Wyvern "
            "Resolution Services (independent of Highmoor Council): 01632 960 640.</p>",
        ),
        pos="in ind vol all types noeff conf prov contact",
        notes="Full page with every DR element",
    )
    c.add(
        "https://localoffer.lindenfield.gov.example/send/dr-facts",
        html=page(
            "Disagreement resolution – key facts",
            rows(
                [
                    ("Independent?", "Yes – not part of the council"),
                    ("Voluntary?", "Yes – all sides must agree"),
                    ("Do I need an EHC plan?", "No"),
                    ("Provider", "Community Accord"),
                    ("Email", "lindenfield@communityaccord-eg.example"),
                ]
            ),
        ),
        pos="in ind vol all prov contact",
        notes="Key facts table: independence, voluntary, no EHC plan needed, provider, email",
    )
    c.add(
        "https://localoffer.ravensworth.gov.example/send/dr-impartial",
        html=page(
            "Disagreement resolution",
            "<p>Our SEN officers offer an impartial disagreement resolution meeting. Contact the SEN team on "
            "01632 960 005.</p>",
        ),
        pos="",
        notes="Trap: 'impartial' council officers; SEN team contact",
    )
    c.add(
        "https://localoffer.cresswold.gov.example/send/dr-confidential",
        html=page(
            "What happens at a meeting",
            "<p>The disagreement resolution meeting is confidential and without prejudice: nothing said can be "
            "used later at the Tribunal. If you do not use disagreement resolution you can still appeal to the "
            "Tribunal.</p>",
        ),
        pos="conf noeff",
        notes="Confidential and no effect on appeal; no provider or contact",
    )
    c.add(
        "https://localoffer.bramblecote.gov.example/send/dr-after",
        html=page(
            "After disagreement resolution",
            "<p>If the meeting does not settle things, you can appeal to the Tribunal afterwards.</p>",
        ),
        pos="",
        notes="Trap: 'appeal after' is not no-effect",
    )


def more(c: Cases) -> None:
    c.add(
        "https://localoffer.wrenbury.gov.example/send/dr-keyvalue",
        text=(
            "Service: SEND disagreement resolution\nTypes of disagreement: EHC needs assessment decisions; content "
            "of EHC plans; SEN support in schools\nProvider: Bridgeford Mediation Ltd\nPhone: 01632 960 308"
        ),
        pos="in types prov contact",
        notes="Plain-text key/value lines: 'Types of disagreement:' with three kinds",
    )
    c.add(
        "https://localoffer.harrowfield.gov.example/send/dr-examples",
        html=page(
            "Disagreement resolution – examples",
            "<p>Examples of disagreements the service has helped with in Harrowfield:</p>"
            + ul(
                [
                    "a parent and a primary school disagreeing about a child's SEN support plan",
                    "a young person and the council disagreeing about the college named in their plan",
                    "a family and the NHS disagreeing about occupational therapy in an EHC plan",
                ]
            )
            + HARBOUR,
        ),
        pos="in ind types prov contact",
        notes="Examples list of three kinds between named parties",
    )
    c.add(
        "https://localoffer.greywater.gov.example/send/dr-when",
        html=page(
            "When to use disagreement resolution",
            "<p>You can ask for disagreement resolution at any point, for example when:</p>"
            + ul(
                [
                    "the school and you cannot agree how to meet your child's needs",
                    "you disagree with the council about the provision in an EHC plan after an annual review",
                ]
            )
            + "<p>Bridgeford Mediation Ltd · greywater@bridgeford-mediation.example</p>",
        ),
        pos="in types prov contact",
        notes="'for example when:' list of two kinds",
    )
    c.add(
        "https://localoffer.foxley.gov.example/send/dr-summary",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is free. The council pays for it.</p>"
            + dl(
                [
                    ("Provider", "Harbourlight Accord CIC"),
                    ("Referral", '<a href="https://www.harbourlight-accord.example/refer">Referral form</a>'),
                ]
            ),
        ),
        pos="in prov contact",
        notes="dl fields 'Provider' and 'Referral' (a referral-form link)",
    )
    c.add(
        "https://localoffer.tidewell.gov.example/send/dr-hub",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution for Tidewell families is available through Northlight SEND Mediation "
            "Partnership. Call 01632 960 526 or fill in their referral form at northlight-send.example/refer.</p>",
        ),
        pos="in prov contact",
        notes="'available through X'; phone and referral form web address",
    )
    c.add(
        "https://localoffer.calderholme.gov.example/send/dr-provider-change",
        html=page(
            "Disagreement resolution",
            "<p>From 1 April 2026 our disagreement resolution provider changed. Please contact the SEN Team on "
            "01632 960 006 for details of how to access the service.</p>",
        ),
        pos="",
        notes="Trap: provider not named; council SEN team contact only",
    )
    c.add(
        "https://localoffer.stonebarrow.gov.example/send/parents-and-school",
        html=page(
            "Talking to your child's school",
            "<p>Most worries about SEN support can be sorted out by talking to the class teacher or SENCo. "
            "Book a meeting through the school office.</p>",
        ),
        pos="",
        notes="Trap: early conversation with the school, no disagreement resolution",
    )


def main() -> None:
    c = Cases("t")
    types_positive(c)
    types_traps(c)
    provider_positive(c)
    provider_traps(c)
    other_dr(c)
    more(c)
    c.write("train_nine.jsonl")


if __name__ == "__main__":
    main()
