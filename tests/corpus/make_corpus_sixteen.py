"""Write ``train_sixteen.jsonl``: a sixteenth set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the file
table, labelling rules and split sections of ``README.md`` and ``labels.py`` only
(``make_corpus_nine.py`` glanced at for how a generator uses ``Cases``), and without opening the
held-back files. Weighted to the kinds of disagreement disagreement resolution covers (CoP 11.8) in
wordings earlier splits did not stress: the council named by its team or service ("the SEN team",
"the SEND 0-25 service", "the EHC hub", "your EHC coordinator"), settings named variously ("early
years provider", "post-16 institution", "pupil referral unit", "training provider"), health and social
care named variously ("NHS-funded therapy", "the ICB's part of the plan", "care packages", "section H"),
legalistic and nominal forms ("disputes relating to the exercise of SEN functions", "scope of the
service:", "typical issues include"), kinds spread over sentences or paragraphs, Q&A, party lists,
Easy Read and a PDF policy with numbered clauses; with traps (one kind, SEND mediation's own scope,
Tribunal appeal grounds, complaints categories, SENDIASS, family and workplace mediation, the council's
own resolution meeting, a national charity, kinds only in navigation). Councils (Ashcombe Vale,
Kestrelford, Marlbury, Oakhanger, Pennistone Moor, Quarrydale, Rookhaven, Saltmarsh Cross, Thornleigh,
Umberfield, Wetherstow, Yarrowby, Brackenhurst, Coldwater Bay, Dunmore Heath) and providers (Meadowgate
Resolution CIC, Clearwater Accord Ltd, Lanternpoint Mediation, Fairhaven SEND Resolution, Stillwater
Dispute Services) are fictional; contacts use the 01632 960 drama range and ``.example`` domains.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_sixteen.py``.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory
from make_corpus_nine import dl, faq, rows, ul  # the same small HTML helpers

NAV = (
    '<nav class="site"><a href="/">Home</a> | <a href="/send/support">SEN support</a> | '
    '<a href="/send/ehc">EHC plans</a> | <a href="/send/agree">Resolving disagreements</a> | '
    '<a href="/contact">Contact us</a></nav>'
)
FOOT = (
    '<footer><p>Was this page helpful? <a href="/feedback">Tell us</a></p><p><a href="/accessibility">'
    'Accessibility</a> | <a href="/cookies">Cookies</a></p></footer>'
)


def page(title: str, main: str, nav: str = NAV) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>{nav}<main>'
        f"<h1>{title}</h1>{main}</main>{FOOT}</body></html>"
    )


def provider(name: str, council: str, phone: str, email: str) -> str:
    """A provider block: named, independent of the council, phone and email (in ind prov contact)."""
    return (
        f"<h2>Who provides it</h2><p>The service is provided by {name}, an independent organisation "
        f"which is not part of {council}.</p><p>Phone {phone} or email {email}.</p>"
    )


MEADOW = provider("Meadowgate Resolution CIC", "Ashcombe Vale Council", "01632 960 611", "send@meadowgate.example")
CLEAR = provider("Clearwater Accord Ltd", "Kestrelford Council", "01632 960 622", "hello@clearwater-accord.example")
LANTERN = provider("Lanternpoint Mediation", "Marlbury Council", "01632 960 633", "send@lanternpoint.example")
FAIR = provider("Fairhaven SEND Resolution", "Oakhanger Council", "01632 960 644", "info@fairhaven-send.example")
STILL = provider("Stillwater Dispute Services", "Quarrydale Council", "01632 960 655", "dr@stillwater.example")

P = "in ind prov contact"


def team_names(c: Cases) -> None:
    """The council named by its team or service, settings and health named variously."""
    c.add(
        "https://localoffer.ashcombevale.gov.example/send/agree/disagreement-resolution",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is a way of sorting out a problem with the help of someone who is "
            "not involved.</p><p>You can ask for it if you disagree with the SEN team about how it is "
            "carrying out its duties towards your child, or if you disagree with your child's early years "
            "provider about the special educational provision it is making.</p>" + MEADOW,
        ),
        pos="types " + P,
        notes="Two kinds in one sentence: the council named 'the SEN team' (its duties), early years provider (SEP)",
    )
    c.add(
        "https://localoffer.kestrelford.gov.example/disagreement-resolution",
        html=page(
            "Resolving disagreements with the help of an independent person",
            "<p>Kestrelford's disagreement resolution service covers disagreements with the SEND 0-25 "
            "service about EHC needs assessments and plans, and disagreements with a post-16 institution "
            "about the support it gives a young person for their special educational needs.</p>" + CLEAR,
        ),
        pos="types " + P,
        notes="Two kinds: the SEND 0-25 service (assessments and plans) and a post-16 institution (SEN support)",
    )
    c.add(
        "https://localoffer.marlbury.gov.example/send/dr",
        html=page(
            "SEND disagreement resolution",
            "<p>Things don't always go smoothly. Disagreement resolution can help if you are unhappy with the "
            "way the statutory assessment team is handling your child's EHC needs assessment.</p><p>It can "
            "also be used where you disagree about NHS-funded therapy that should be in your child's EHC "
            "plan, for example occupational therapy or physiotherapy.</p>" + LANTERN,
        ),
        pos="types " + P,
        notes="Two kinds over two paragraphs: the statutory assessment team, NHS-funded therapy in the plan",
    )
    c.add(
        "https://localoffer.oakhanger.gov.example/send/resolving-disagreements",
        html=page(
            "Disagreement resolution service",
            "<p>Scope of the service:</p>"
            + ul(
                [
                    "decisions and actions of the EHC hub in carrying out its SEN duties",
                    "the special educational provision made by an FE college or sixth form",
                    "the ICB's part of the plan during an EHC needs assessment, plan or review",
                ]
            )
            + FAIR,
        ),
        pos="types " + P,
        notes="'Scope of the service:' list: EHC hub, FE college's SEP, the ICB's part of the plan",
    )
    c.add(
        "https://localoffer.pennistonemoor.gov.example/send/disagreements",
        html=page(
            "Disagreement resolution",
            "<p>Our independent disagreement resolution service is delivered by Meadowgate Resolution CIC "
            "(phone 01632 960 611).</p><h2>Areas covered:</h2>"
            + ul(
                [
                    "how the Inclusion service is carrying out its special educational needs duties",
                    "the SEN support your child receives in alternative provision",
                    "health or care provision written into an EHC plan",
                ]
            ),
        ),
        pos="types in ind prov contact",
        notes="'Areas covered:' list: Inclusion service, alternative provision, health/care provision; provider independent + phone",
    )
    c.add(
        "https://localoffer.quarrydale.gov.example/ehc/if-you-disagree",
        html=page(
            "If you disagree during your child's EHC plan",
            "<p>If you and your EHC coordinator can't agree about how the plan is being put together, "
            "disagreement resolution can help you find a way forward.</p><p>It can also help if you "
            "disagree about care packages in the social care section of the plan (section H) at an "
            "annual review.</p>" + STILL,
        ),
        pos="types " + P,
        notes="Two kinds: EHC coordinator (the council's conduct of the plan), care packages in section H at review",
    )
    c.add(
        "https://localoffer.rookhaven.gov.example/send/dr-service",
        html=page(
            "Rookhaven SEND disagreement resolution",
            "<p>The service can be used by parents and young people who disagree with the local authority's "
            "SEND service about how it is meeting its legal duties, and by families who disagree with health "
            "and social care commissioners about the health or care provision set out during an EHC "
            "needs assessment or review. The local authority and health commissioners can also use it "
            "when they cannot agree with each other.</p>"
            + provider(
                "Clearwater Accord Ltd", "Rookhaven Council", "01632 960 622", "rookhaven@clearwater-accord.example"
            ),
        ),
        pos="types " + P,
        notes="Three kinds: LA SEND service duties, health and social care commissioners, LA vs health commissioners",
    )
    c.add(
        "https://localoffer.saltmarshcross.gov.example/send/dr",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help if CAMHS input in your child's EHC plan is not what you "
            "think it should be, or if you disagree with the SEN team about the plan's content or how "
            "long the assessment is taking.</p>"
            + provider(
                "Lanternpoint Mediation", "Saltmarsh Cross Council", "01632 960 633", "saltmarsh@lanternpoint.example"
            ),
        ),
        pos="types " + P,
        notes="Two kinds: CAMHS input in the plan (health), the SEN team's plan and assessment (council)",
    )
    c.add(
        "https://localoffer.thornleigh.gov.example/send/disagreement",
        html=page(
            "Disagreement resolution",
            "<p>You might disagree with your child's school about the help they get for speech, language "
            "and communication needs. Or you might disagree about speech and language therapy provided by "
            "the NHS that is set out in section G of the EHC plan. Disagreement resolution can help with "
            "both.</p>"
            + provider(
                "Fairhaven SEND Resolution", "Thornleigh Council", "01632 960 644", "thornleigh@fairhaven-send.example"
            ),
        ),
        pos="types " + P,
        notes="Two kinds: school's SEN help, NHS speech and language therapy in section G",
    )
    c.add(
        "https://localoffer.umberfield.gov.example/send/dr",
        html=page(
            "Independent disagreement resolution",
            "<p>Parents and young people can use disagreement resolution when they disagree with the "
            "council's SEN casework officers about how an EHC needs assessment is carried out, and when "
            "they disagree with children's social care about the social care provision in a draft EHC "
            "plan.</p>"
            + provider(
                "Stillwater Dispute Services", "Umberfield Council", "01632 960 655", "umberfield@stillwater.example"
            ),
        ),
        pos="types " + P,
        notes="Two kinds: SEN casework officers (council) and children's social care provision in a draft plan",
    )
    c.add(
        "https://localoffer.wetherstow.gov.example/send/dr",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is not only for schools. It can also help when you disagree with a "
            "pupil referral unit about the special educational provision your child gets there, or with the "
            "SEN team about the way it is carrying out its duties.</p>"
            + provider(
                "Meadowgate Resolution CIC", "Wetherstow Council", "01632 960 611", "wetherstow@meadowgate.example"
            ),
        ),
        pos="types " + P,
        notes="Two kinds (three settings implied): pupil referral unit SEP, SEN team duties",
    )
    c.add(
        "https://localoffer.yarrowby.gov.example/post16/disagreements",
        html=page(
            "Young people: if you disagree",
            "<p>If you are 16 to 25 you can use disagreement resolution yourself. It can help if you "
            "disagree with your training provider or college about the support they give for your special "
            "educational needs, or with the council's SEND service about your EHC plan.</p>"
            + provider(
                "Clearwater Accord Ltd", "Yarrowby Council", "01632 960 622", "yarrowby@clearwater-accord.example"
            ),
        ),
        pos="types " + P,
        notes="Young person's page: training provider/college (SEN support), council SEND service (EHC plan)",
    )
    c.add(
        "https://localoffer.brackenhurst.gov.example/send/dr",
        html=page(
            "Disagreement resolution",
            "<p>Families whose son or daughter attends an independent specialist provider sometimes "
            "disagree with the provider about the special educational provision it makes, or with the "
            "council about how it carries out its duties under the Children and Families Act. Our "
            "disagreement resolution service is there for both.</p>"
            + provider(
                "Lanternpoint Mediation", "Brackenhurst Council", "01632 960 633", "brackenhurst@lanternpoint.example"
            ),
        ),
        pos="types " + P,
        notes="Two kinds: independent specialist provider's SEP, council's duties",
    )


def legal_forms(c: Cases) -> None:
    """Legalistic and nominal forms."""
    c.add(
        "https://localoffer.coldwaterbay.gov.example/send/drs",
        html=page(
            "Disagreement resolution arrangements",
            "<p>Coldwater Bay Council has arranged an independent disagreement resolution service, "
            "as section 57 of the Children and Families Act 2014 requires.</p><p>The service deals with:</p>"
            + ul(
                [
                    "disputes relating to the exercise of SEN functions by the local authority or by the "
                    "governing bodies or proprietors of schools and colleges",
                    "matters concerning special educational provision made by early years providers, schools "
                    "and post-16 institutions",
                    "disputes about health or social care provision during EHC needs assessments, the "
                    "drawing up of plans, reviews and reassessments",
                ]
            )
            + provider(
                "Fairhaven SEND Resolution",
                "Coldwater Bay Council",
                "01632 960 644",
                "coldwater@fairhaven-send.example",
            ),
        ),
        pos="types " + P,
        notes="Legalistic list: exercise of SEN functions, matters concerning SEP, health/social care during EHC processes",
    )
    c.add(
        "https://localoffer.dunmoreheath.gov.example/send/drs",
        html=page(
            "SEND disagreement resolution",
            "<p>Disagreements may involve:</p>"
            + ul(
                [
                    "the discharge of the local authority's duties to children and young people with SEN",
                    "the provision a nursery, school or college makes for a child's special educational needs",
                    "the input of health and social care commissioners into an EHC plan",
                ]
            )
            + provider(
                "Stillwater Dispute Services", "Dunmore Heath Council", "01632 960 655", "dunmore@stillwater.example"
            ),
        ),
        pos="types " + P,
        notes="'Disagreements may involve:' list: discharge of LA duties, setting's provision, health/social care commissioners",
    )
    c.add(
        "https://localoffer.ashcombevale.gov.example/send/dr/what-it-covers",
        html=page(
            "What disagreement resolution covers",
            "<p>Typical issues include:</p>"
            + ul(
                [
                    "the level of SEN support at your child's school",
                    "delays by the SEND team in carrying out an EHC needs assessment",
                    "the therapy hours the NHS will fund in an EHC plan",
                ]
            )
            + "<p>To book, contact Meadowgate Resolution CIC on 01632 960 611. They are independent of "
            "the council.</p>",
        ),
        pos="types " + P,
        notes="'Typical issues include:' examples of three kinds (school SEN support, SEND team delay, NHS therapy)",
    )
    c.add(
        "https://localoffer.kestrelford.gov.example/directory/service/4410",
        html=page(
            "Clearwater Accord – SEND Disagreement Resolution",
            rows(
                [
                    ("Organisation", "Clearwater Accord Ltd"),
                    ("Who it is for", "Parents, carers and young people with SEN in Kestrelford"),
                    (
                        "What it covers",
                        "Disagreements with education settings about SEN provision; disagreements with the "
                        "local authority about EHC needs assessments and plans; health and social care "
                        "elements of EHC plans",
                    ),
                    ("Telephone", "01632 960 622"),
                    ("Website", "www.clearwater-accord.example"),
                ]
            ),
        ),
        pos="types in prov contact",
        notes="Directory record 'What it covers' row, three kinds; provider and phone; independence not stated (in by provider)",
    )
    c.add(
        "https://localoffer.marlbury.gov.example/send/dr/matters",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is available for matters concerning special educational provision "
            "at school or college and for matters concerning the health provision specified in an EHC "
            "plan.</p>" + LANTERN,
        ),
        pos="types " + P,
        notes="Nominal 'matters concerning' SEP at school/college and health provision in a plan",
    )


def spread_and_qa(c: Cases) -> None:
    """Kinds spread over sentences or paragraphs, Q&A, party lists."""
    c.add(
        "https://localoffer.oakhanger.gov.example/send/when-you-disagree",
        html=page(
            "When you don't agree",
            "<h2>Disagreement resolution</h2><p>Sometimes parents and schools don't agree about the support "
            "a child with SEN should get. An independent disagreement resolution meeting can help you both "
            "find a solution.</p><p>Other times the disagreement is with the council, for example about "
            "how it is carrying out an EHC needs assessment.</p><p>Disagreement resolution can help in "
            "both situations.</p>" + FAIR,
        ),
        pos="types " + P,
        notes="Two kinds across paragraphs under a DR heading: schools (support), council (assessment)",
    )
    c.add(
        "https://localoffer.pennistonemoor.gov.example/send/dr/kinds",
        html=page(
            "Disagreement resolution",
            "<h2>With a setting</h2><p>If you think your child's nursery, school or college isn't making "
            "the special educational provision your child needs.</p><h2>With the council</h2><p>If you "
            "think the council isn't carrying out its SEN duties properly.</p><h2>About health or care"
            "</h2><p>If you disagree about the health or social care provision in your child's EHC plan."
            "</p>" + MEADOW,
        ),
        pos="types " + P,
        notes="Three kinds under their own subheadings (setting, council, health/care)",
    )
    c.add(
        "https://localoffer.quarrydale.gov.example/send/dr/faq",
        html=page(
            "Disagreement resolution – questions and answers",
            faq(
                [
                    (
                        "Can I use it if my child has no EHC plan?",
                        "Yes. You do not need an EHC plan. For example, if the nursery is not giving the "
                        "extra help your child needs for their SEN, disagreement resolution can help.",
                    ),
                    (
                        "And if my child has a plan?",
                        "It can also help if you disagree with the council about how it is reviewing the "
                        "plan, or with health services about the therapy in it.",
                    ),
                ]
            )
            + STILL,
        ),
        pos="types all " + P,
        notes="Q&A: nursery (SEN help), council (review), health (therapy); 'You do not need an EHC plan'",
    )
    c.add(
        "https://localoffer.rookhaven.gov.example/send/dr/who",
        html=page(
            "Who disagreement resolution is for",
            "<p>Disagreement resolution is for disagreements between parents or young people and:</p>"
            + ul(["the local authority", "early years settings, schools and colleges", "health services"])
            + "<p>It is also for disagreements between the local authority and health commissioners.</p>"
            + provider(
                "Clearwater Accord Ltd", "Rookhaven Council", "01632 960 622", "rookhaven@clearwater-accord.example"
            ),
        ),
        pos="types " + P,
        notes="Party list 'between parents or young people and: LA, settings, health' plus LA vs health commissioners",
    )
    c.add(
        "https://localoffer.saltmarshcross.gov.example/easyread/not-agree",
        html=page(
            "Easy Read: when you do not agree",
            "<p>Sometimes people do not agree.</p><p>We can get someone to help.</p><p>This is called "
            "disagreement resolution.</p><p>They can help if you do not agree with:</p>"
            + ul(
                [
                    "the council about your EHC plan",
                    "your school about help with learning",
                    "the NHS about therapy",
                ]
            )
            + "<p>The helpers are from Lanternpoint Mediation.</p><p>They do not work for the council.</p>"
            "<p>Phone them: 01632 960 633</p>",
        ),
        pos="types " + P,
        notes="Easy Read: council (plan), school (help with learning), NHS (therapy); provider independent, phone",
    )
    c.add(
        "https://localoffer.thornleigh.gov.example/docs/dr-policy.pdf",
        text=(
            "Thornleigh Council\nSEND Disagreement Resolution Policy\nVersion 3.1  October 2026\n\n"
            "1. Purpose\n1.1 This policy sets out the disagreement resolution arrangements Thornleigh Council "
            "makes under section 57 of the Children and Families Act 2014.\n\n2. Provider\n2.1 The service "
            "is commissioned from Fairhaven SEND Resolution, which is independent of the Council.\n2.2 "
            "Referrals: 01632 960 644 or referrals@fairhaven-send.example.\n\n3. Scope\n3.1 The service may "
            "be used to resolve disagreements between parents or young people and the Council, or the "
            "governing bodies of schools and colleges, about the discharge of their SEN duties.\n3.2 It may "
            "be used for disagreements between parents or young people and early years providers, schools "
            "or post-16 institutions about the special educational provision made.\n3.3 It may be used for "
            "disagreements about health or social care provision during EHC needs assessment, the drawing "
            "up of an EHC plan, review or reassessment.\n3.4 It may be used by the Council and health "
            "commissioners to resolve disagreements between them.\n\nPage 2 of 6\n"
        ),
        pos="types " + P,
        notes="PDF policy with numbered scope clauses 3.1-3.4 (all four kinds); provider independent, phone/email",
    )
    c.add(
        "https://localoffer.umberfield.gov.example/send/local-offer/dr",
        html=page(
            "Disagreement resolution",
            "<p>Parents who disagree with their child's school or academy about the SEN support being "
            "provided can use this service. So can parents and young people who are unhappy with decisions "
            "made by the SEND team during an EHC needs assessment.</p>"
            + provider(
                "Stillwater Dispute Services", "Umberfield Council", "01632 960 655", "umberfield@stillwater.example"
            ),
        ),
        pos="types " + P,
        notes="Kinds in 'who can use it' sentences: school/academy SEN support, SEND team decisions in assessment",
    )
    c.add(
        "https://localoffer.wetherstow.gov.example/send/resolve",
        html=page(
            "Resolving disagreements",
            "<p>Disagreement resolution can be used either where a family and the local authority disagree "
            "over how the authority is fulfilling its SEN responsibilities, or where a family and a setting "
            "disagree over the special educational provision the setting is making.</p>"
            + provider(
                "Meadowgate Resolution CIC", "Wetherstow Council", "01632 960 611", "wetherstow@meadowgate.example"
            ),
        ),
        pos="types " + P,
        notes="'either where … or where …': LA responsibilities, setting's SEP",
    )
    c.add(
        "https://localoffer.yarrowby.gov.example/send/dr-and-mediation",
        html=page(
            "Disagreement resolution and mediation",
            "<h2>Disagreement resolution</h2><p>This service helps when there is a disagreement with your "
            "child's setting about their SEN support, or with the council's SEND service about the way it "
            "is meeting its duties. You do not need to have an EHC plan to use it.</p>"
            + provider(
                "Clearwater Accord Ltd", "Yarrowby Council", "01632 960 622", "yarrowby@clearwater-accord.example"
            )
            + "<h2>SEND mediation</h2><p>Mediation is for disagreements about EHC needs assessment and plan "
            "decisions. You must contact a mediation adviser within two months of the decision before you "
            "can appeal; you will get a mediation certificate.</p>",
        ),
        pos="types all med " + P,
        notes="DR section: setting SEN support + council SEND service duties; mediation section separate",
    )
    c.add(
        "https://localoffer.brackenhurst.gov.example/send/dr/help",
        html=page(
            "What can disagreement resolution help with?",
            dl(
                [
                    ("Support in school", "You think the school isn't making the provision your child's SEN needs."),
                    (
                        "Your EHC plan",
                        "You disagree with the SEN team about what is in the plan or how it was written.",
                    ),
                    ("Health and care", "You disagree about the health or social care support in the plan."),
                ]
            )
            + provider(
                "Lanternpoint Mediation", "Brackenhurst Council", "01632 960 633", "brackenhurst@lanternpoint.example"
            ),
        ),
        pos="types " + P,
        notes="Definition list of three kinds under a 'What can DR help with?' heading",
    )
    c.add(
        "https://localoffer.coldwaterbay.gov.example/send/dr/longer",
        html=page(
            "Getting help when you disagree",
            "<p>Most problems can be sorted out by talking to the people involved, such as your child's "
            "teacher, SENCo or EHC coordinator. If that hasn't worked, there are more formal options.</p>"
            "<h2>Disagreement resolution</h2><p>An independent facilitator from Fairhaven SEND Resolution "
            "meets with you and the other side to help you reach an agreement. Call 01632 960 644.</p>"
            "<p>You might use it if you are unhappy with how the SEN team has handled an annual review, "
            "or if you and the NHS disagree about the health provision set out in the EHC plan.</p>",
        ),
        pos="types in prov contact",
        skip="ind",
        notes="Kinds at the end of a natural page: SEN team annual review handling, NHS health provision; 'independent facilitator' only",
    )
    c.add(
        "https://localoffer.dunmoreheath.gov.example/send/dispute-resolution",
        html=page(
            "SEND dispute resolution",
            "<p>Our dispute resolution service can be used for disputes with early years settings, "
            "schools and colleges about the SEN provision they make, and for disputes with the local "
            "authority about how it carries out its statutory SEN functions.</p>"
            + provider(
                "Stillwater Dispute Services", "Dunmore Heath Council", "01632 960 655", "dunmore@stillwater.example"
            ),
        ),
        pos="types " + P,
        notes="'Dispute resolution' wording: settings' SEN provision, LA's statutory functions",
    )
    c.add(
        "https://localoffer.ashcombevale.gov.example/send/dr/table",
        html=page(
            "Disagreement resolution",
            "<table><tr><th>Who the disagreement is with</th><th>For example</th></tr><tr><td>The SEND "
            "0-25 service</td><td>It is taking too long to finalise the EHC plan</td></tr><tr><td>Your "
            "child's nursery or childminder</td><td>The SEN support they offer</td></tr><tr><td>Health "
            "</td><td>Physiotherapy in the plan</td></tr></table>" + MEADOW,
        ),
        pos="types " + P,
        notes="Table 'Who the disagreement is with / For example': SEND 0-25 service, nursery, health",
    )
    c.add(
        "https://localoffer.kestrelford.gov.example/send/dr/icb",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution covers disagreements about the health and social care parts of an "
            "EHC plan, including where Kestrel and Vale Integrated Care Board (ICB) is responsible for "
            "the health provision, as well as disagreements with the SEN team about the way your child's "
            "assessment has been carried out.</p>" + CLEAR,
        ),
        pos="types " + P,
        notes="Two kinds: health/social care parts of a plan (ICB), SEN team's conduct of the assessment",
    )
    c.add(
        "https://localoffer.oakhanger.gov.example/send/dr/stale",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help with disagreements between families and the Oakhanger "
            "Clinical Commissioning Group (CCG) about health provision in an EHC plan, and between families "
            "and schools about SEN support.</p>" + FAIR,
        ),
        pos="types " + P,
        stale=True,
        notes="Two kinds: CCG health provision (CCG as a current body: stale), schools' SEN support",
    )


def traps(c: Cases) -> None:
    """One kind, mediation's scope, appeal grounds, complaints, SENDIASS, other mediation, navigation."""
    c.add(
        "https://localoffer.marlbury.gov.example/send/dr/school",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help if you disagree with your child's school about the "
            "support they receive for their special educational needs.</p>" + LANTERN,
        ),
        pos=P,
        notes="Trap: one kind only (school SEN support)",
    )
    c.add(
        "https://localoffer.pennistonemoor.gov.example/send/dr/council",
        html=page(
            "Disagreement resolution",
            "<p>If you disagree with the SEN team about how it is carrying out its duties, including how "
            "long an EHC needs assessment is taking or how a plan is being reviewed, you can ask for "
            "disagreement resolution.</p>" + MEADOW,
        ),
        pos=P,
        notes="Trap: one kind (the council's SEN team) with several examples of it",
    )
    c.add(
        "https://localoffer.quarrydale.gov.example/send/mediation",
        html=page(
            "SEND mediation",
            "<p>Mediation is available if you disagree with a decision:</p>"
            + ul(
                [
                    "not to carry out an EHC needs assessment",
                    "not to issue an EHC plan",
                    "about the special educational provision in the plan or the school named",
                    "about the health or social care elements of the plan",
                ]
            )
            + "<p>Before appealing to the Tribunal you must contact a mediation adviser within two months "
            "of the decision. If you decide not to mediate, you will get a certificate within three working "
            "days and can then appeal. Mediation is provided by Stillwater Dispute Services, independent of "
            "the council: 01632 960 655.</p>",
        ),
        pos="med ind prov contact noeff",
        skip="in vol trib",
        notes="Trap: scope of SEND mediation (EHC decisions) on a mediation page, not DR kinds",
    )
    c.add(
        "https://localoffer.rookhaven.gov.example/send/appeals",
        html=page(
            "Appealing to the SEND Tribunal",
            "<p>You can appeal to the First-tier Tribunal (SEND) if the council:</p>"
            + ul(
                [
                    "refuses to carry out an EHC needs assessment",
                    "decides not to issue an EHC plan",
                    "issues a plan and you disagree with the education sections or the school named",
                ]
            )
            + "<p>You must appeal within two months of the decision letter, or one month from a mediation "
            "certificate if later. Use the SEND35 form or apply online at GOV.UK.</p>",
        ),
        pos="trib",
        notes="Trap: Tribunal appeal grounds, not DR kinds",
    )
    c.add(
        "https://localoffer.saltmarshcross.gov.example/send/complaints",
        html=page(
            "Making a complaint",
            "<p>You can complain about:</p>"
            + ul(
                [
                    "a school or college: use the school's complaints procedure, then the Department for Education",
                    "the council's SEN service: use the council's corporate complaints procedure, then the "
                    "Local Government and Social Care Ombudsman",
                    "NHS services: contact the provider's complaints team or the ICB, then the Parliamentary "
                    "and Health Service Ombudsman",
                ]
            ),
        ),
        pos="cmp",
        notes="Trap: complaints categories and routes, not DR",
    )
    c.add(
        "https://localoffer.thornleigh.gov.example/send/sendiass",
        html=page(
            "Thornleigh SENDIASS",
            "<p>Thornleigh SEND Information, Advice and Support Service (SENDIASS) gives free, impartial "
            "advice. We can help if you disagree with your child's school, with the council's SEN team or "
            "with health services, and can come to meetings with you.</p><p>Helpline 01632 960 699, "
            "sendiass@thornleigh-ias.example</p>",
        ),
        pos="iass",
        notes="Trap: SENDIASS helping with disagreements with school, council and health; not DR",
    )
    c.add(
        "https://localoffer.umberfield.gov.example/family/mediation",
        html=page(
            "Family mediation",
            "<p>Family mediation helps separated parents sort out disagreements about where the children "
            "will live, time with each parent, money and property. Sessions are run by accredited family "
            "mediators from Umberfield Family Mediation, 01632 960 688.</p>",
        ),
        pos="",
        notes="Trap: family mediation kinds of disagreement",
    )
    c.add(
        "https://www.wetherstow.gov.example/staff/workplace-mediation",
        html=page(
            "Workplace mediation for council staff",
            "<p>Workplace mediation can help with disagreements between colleagues, between managers and "
            "their teams, and about working arrangements. Contact HR on 01632 960 677.</p>",
        ),
        pos="",
        notes="Trap: workplace mediation kinds",
    )
    c.add(
        "https://localoffer.yarrowby.gov.example/send/resolution-meeting",
        html=page(
            "SEND resolution meetings",
            "<p>If you disagree with the SEN team about your child's EHC plan, or with your child's school "
            "about their SEN support, you can ask for a resolution meeting with a SEND team manager. The "
            "manager will listen to everyone and agree next steps. Email sendteam@yarrowby.gov.example.</p>",
        ),
        pos="",
        notes="Trap: the council's own officer-led resolution meeting with kinds listed",
    )
    c.add(
        "https://www.sendadvicecharity.org.example/guides/disagreement-resolution",
        html=page(
            "A guide to disagreement resolution",
            "<p>Every local authority in England must arrange disagreement resolution services. They cover "
            "disagreements between parents and local authorities or schools about SEN duties and provision, "
            "and about health and social care provision during EHC processes. Find your local service "
            "through your council's Local Offer.</p>",
        ),
        pos="",
        skip="in",
        notes="Trap: national charity's general account of DR kinds, not a Local Offer",
    )
    c.add(
        "https://localoffer.brackenhurst.gov.example/send/short-breaks",
        html=page(
            "Short breaks",
            "<p>Short breaks give disabled children and their families time apart. Ask your social worker "
            "or see the short breaks statement for eligibility.</p>",
            nav=(
                '<nav class="mega"><h2>Resolving disagreements</h2><ul><li><a href="/dr/school">Disagreements '
                'with a school about SEN support</a></li><li><a href="/dr/council">Disagreements with the '
                'council about EHC plans</a></li><li><a href="/dr/health">Disagreements about health '
                "provision</a></li></ul></nav>"
            ),
        ),
        pos="",
        notes="Trap: kinds only in navigation; page about short breaks",
    )
    c.add(
        "https://localoffer.coldwaterbay.gov.example/send/dr/generic",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution helps families and professionals resolve disagreements about "
            "special educational needs quickly and informally.</p>"
            + provider(
                "Fairhaven SEND Resolution",
                "Coldwater Bay Council",
                "01632 960 644",
                "coldwater@fairhaven-send.example",
            ),
        ),
        pos=P,
        notes="Trap: DR page with no kinds (generic 'disagreements about SEN')",
    )
    c.add(
        "https://localoffer.dunmoreheath.gov.example/send/dr/not-covered",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help if you disagree with your child's school about their SEN "
            "support.</p><p>It cannot be used for school admissions, exclusions or disability discrimination "
            "claims.</p>" + STILL,
        ),
        pos=P,
        notes="Trap: one kind plus things not covered",
    )
    c.add(
        "https://localoffer.ashcombevale.gov.example/easyread/school",
        html=page(
            "Easy Read: not agreeing with school",
            "<p>Sometimes you do not agree with your school about help with learning.</p><p>Someone from "
            "Meadowgate Resolution CIC can help you talk about it.</p><p>They do not work for the council."
            "</p><p>Phone: 01632 960 611</p>",
        ),
        pos="",
        skip="in ind prov contact",
        notes="Trap: Easy Read, one kind (school); DR not named, so provider checks left out",
    )
    c.add(
        "https://www.kestrelford.gov.example/ombudsman",
        html=page(
            "The Local Government and Social Care Ombudsman",
            "<p>The Ombudsman can look at complaints about the council's SEN service, including delays in "
            "EHC plans, and about social care. You must complain to the council first.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: ombudsman's remit, not DR kinds",
    )
    c.add(
        "https://localoffer.marlbury.gov.example/docs/school-complaints-policy.pdf",
        text=(
            "Marlbury Primary Academy\nComplaints Policy 2026\n\n1. Scope\n1.1 This policy covers complaints "
            "about the curriculum, the provision for pupils with SEN, staff conduct and school trips.\n1.2 "
            "It does not cover admissions, exclusions or matters for the local authority.\n\n2. Stages\n"
            "2.1 Informal resolution with the class teacher.\n2.2 Formal complaint to the headteacher.\n"
        ),
        pos="",
        skip="cmp",
        notes="Trap: a school's complaints policy scope, not DR",
    )
    c.add(
        "https://localoffer.oakhanger.gov.example/send/admissions-appeals",
        html=page(
            "School admission appeals",
            "<p>If your child is refused a place at a school, you can appeal to an independent appeal "
            "panel. Appeals can be about the admission arrangements or how they were applied.</p>",
        ),
        pos="",
        notes="Trap: admissions appeals",
    )
    c.add(
        "https://localoffer.pennistonemoor.gov.example/send/dr/health-only",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution can help if you disagree with the ICB about NHS-funded therapy, "
            "CAMHS input or other health provision in your child's EHC plan.</p>" + MEADOW,
        ),
        pos=P,
        notes="Trap: one kind (health provision in the plan) with several health examples",
    )


def main() -> None:
    c = Cases("g")
    team_names(c)
    legal_forms(c)
    spread_and_qa(c)
    traps(c)
    c.write("train_sixteen.jsonl")


if __name__ == "__main__":
    main()
