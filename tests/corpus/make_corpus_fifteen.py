"""Write ``train_fifteen.jsonl``: a fifteenth set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
file table, labelling rules and split of ``README.md`` and ``labels.py`` only (``make_corpus_nine.py``
glanced at for how a generator uses ``Cases``), and without opening the held-back files. Weighted to
the kinds of disagreement disagreement resolution covers, written the way an ordinary council web
team writes them (CMS pages, directory records, FAQ answers, PDF leaflets, Easy Read, young people's
pages, EHC guides with a DR section, a provider-change news item), with the ordinary pages a checker
could mistake for kinds: one kind only, SEND mediation's EHC decisions, Tribunal grounds of appeal,
complaints categories, SENDIASS help, family/neighbour/workplace/peer mediation, admissions,
exclusion and transport appeals, a national charity, the council's own meetings, vague wording,
kinds in navigation only, a school's SEN information report and a parent carer forum. Councils
(Quennell, Hawksmere, Tollerby, Crannock, Ullesby, Pelhamford, Wyckhurst, Halsby, Brockwater, Maldale,
Invermoor, Loxbury, Emberley, Upmarsh, Quillfield, Bellcross, Hartsfold, Larchfield, Mossgrove,
Ravelston, Saxmere, Trowbury, Yewbank, Lowmoor, Mardale, Nettlefield, Kettleby) and providers
(Harebell Mediation CIC, Silverbirch Resolution Ltd, Lodestar SEND Mediation, Tamarisk Accord,
Verity Resolve Ltd, Rowanbank Mediation, Bridgewell Resolution Services, Cobalt Mediation, Jessop
Fennimore Mediation) are new to the corpus; contact details are fictional.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_fifteen.py``.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def cms(council: str, title: str, main: str, updated: str = "12 September 2026") -> str:
    """A council CMS page: cookie banner, breadcrumb, side navigation, feedback box and footer."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} | {council} SEND Local Offer</title></head>'
        '<body><div class="cookie-banner"><p>We use cookies to make this site work.</p><button>Accept'
        "</button></div>"
        f'<header><a href="/">{council} SEND Local Offer</a><form role="search"><input name="q"></form>'
        '</header><nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/help">Getting help</a> '
        f'&gt; {title}</nav><main><h1>{title}</h1>{main}<p class="updated">Last updated: {updated}</p>'
        '<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button>'
        '</div></main><aside><h2>In this section</h2><ul><li><a href="/help/disagree">Disagreement '
        'resolution</a></li><li><a href="/help/mediation">Mediation</a></li><li><a href="/help/'
        'appeals">Appeals</a></li><li><a href="/help/complaints">Complaints</a></li></ul></aside>'
        f'<footer><p>&copy; {council} Council 2026</p><a href="/accessibility">Accessibility</a> '
        '<a href="/privacy">Privacy</a> <a href="/feedback">Give feedback on the Local Offer</a>'
        "</footer></body></html>"
    )


def record(council: str, name: str, fields: list[tuple[str, str]]) -> str:
    """A directory service record (kb5-style) with field rows and a 'back to results' bar."""
    body = "".join(f'<div class="field"><h3>{k}</h3><div>{v}</div></div>' for k, v in fields)
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{name} | {council} Family Information Directory'
        '</title></head><body><header><a href="/directory">Family Information Directory</a></header>'
        '<div class="results-bar"><a href="/directory/results">Back to results</a> | <a href="#">Add to '
        f'shortlist</a></div><main><h1>{name}</h1>{body}<p class="ref">Last updated 03/10/2026</p></main>'
        '<footer><a href="/directory/suggest">Suggest a service</a> <a href="/cookies">Cookies</a>'
        "</footer></body></html>"
    )


def other(site: str, title: str, main: str) -> str:
    """A page from a site other than a council's Local Offer (charity, school, forum, IASS)."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} - {site}</title></head><body><header>'
        f'<p class="logo">{site}</p><nav><a href="/">Home</a> <a href="/about">About us</a> <a href='
        f'"/contact">Contact</a></nav></header><main><h1>{title}</h1>{main}</main><footer><p>{site}'
        "</p></footer></body></html>"
    )


def positives(c: Cases) -> None:
    c.add(
        "https://localoffer.quennell.gov.example/help/disagree",
        html=cms(
            "Quennell",
            "Disagreement resolution",
            "<p>Disagreement resolution services are available to help parents, carers and young people "
            "resolve disagreements about special educational needs (SEN).</p><p>The service can be used for "
            "disagreements:</p>"
            + ul(
                [
                    "between parents or young people and the council, or a school's governing body, about how "
                    "they are carrying out their SEN duties",
                    "between parents or young people and early years settings, schools or colleges about the "
                    "special educational provision being made",
                    "with the council or health commissioners about health or social care provision during an "
                    "EHC needs assessment, while an EHC plan is being drawn up, reviewed or reassessed",
                    "between the council and health commissioners during EHC needs assessments or reviews",
                ]
            )
            + "<p>You do not need to have an EHC plan to use the service. Taking part is voluntary and using "
            "it will not affect your right to appeal to the Tribunal.</p><h2>Who provides it?</h2><p>Our "
            "disagreement resolution service is provided by Harebell Mediation CIC, who are independent of "
            "Quennell Council.</p><p>Phone: 01632 961 210<br>Email: referrals@harebell-mediation.example</p>",
        ),
        pos="in ind vol all types noeff prov contact",
        notes="The Code's four kinds as a bulleted list; no EHC plan needed; voluntary; appeal unaffected; "
        "provider named, independent, phone and email",
    )
    c.add(
        "https://www.hawksmere.gov.example/send/sorting-out-disagreements",
        html=cms(
            "Hawksmere",
            "Sorting out disagreements",
            "<p>Most of the time, problems can be sorted out by talking to your child's school or your SEN "
            "caseworker. If that hasn't worked, disagreement resolution might help.</p><h2>When might I use "
            "it?</h2><p>You might want to use disagreement resolution if you and your child's school can't "
            "agree about the support they are getting, or if you're unhappy with the way the council has "
            "handled your child's EHC needs assessment. It can also help where there's a disagreement about "
            "health or social care support in an EHC plan.</p><h2>What happens?</h2><p>A trained facilitator "
            "meets with everyone involved to help you find a way forward. What is said in the meeting is "
            "confidential.</p><h2>Who runs it?</h2><p>Hawksmere uses Silverbirch Resolution Ltd for "
            "disagreement resolution. They are not part of the council. Call them on 01632 961 330.</p>",
        ),
        pos="in ind types conf prov contact",
        notes="Kinds in conversational prose ('if you and your child's school can't agree', 'unhappy with the "
        "way the council has handled', health or social care); confidential; provider not part of council",
    )
    c.add(
        "https://directory.tollerby.gov.example/service/drs-send",
        html=record(
            "Tollerby",
            "SEND Disagreement Resolution Service",
            [
                (
                    "Description",
                    "A free, independent service to help families and schools, colleges, the local authority "
                    "and health services resolve disagreements about special educational provision.",
                ),
                (
                    "Who is it for?",
                    "Parents, carers and young people aged 0 to 25 with SEN, with or without an EHC plan.",
                ),
                ("Provided by", "Lodestar SEND Mediation"),
                ("Telephone", "01632 961 447"),
                ("Email", "drs@lodestar-send.example"),
                ("Cost", "Free"),
            ],
        ),
        pos="in ind all types prov contact",
        notes="Directory record; kinds given as the parties (schools, colleges, the local authority, health "
        "services) with whom families resolve disagreements about SEN provision; 'with or without an EHC plan'",
    )
    c.add(
        "https://localoffer.crannock.gov.example/documents/drs-leaflet.pdf",
        text=(
            "Crannock SEND Disagreement Resolution Service\n"
            "Information for parents, carers and young people\n\n"
            "What is it?\n"
            "The Disagreement Resolution Service (DRS) offers a\n"
            "meeting led by an independent facilitator to help you\n"
            "and others reach agreement.\n\n"
            "What can the DRS help with?\n"
            "\u2022 disagreements with an early years setting, school or\n"
            "college about the special educational provision your\n"
            "child or young person is receiving\n"
            "\u2022 disagreements with Crannock Council about how it is\n"
            "carrying out its duties, for example the way an EHC\n"
            "needs assessment is being carried out\n"
            "\u2022 disagreements about health or social care provision\n"
            "while an EHC plan is being assessed, drawn up or\n"
            "reviewed\n\n"
            "How do I ask for a meeting?\n"
            "Contact Tamarisk Accord:\n"
            "Tel: 01632 961 582\n"
            "Email: enquiries@tamarisk-accord.example\n\n"
            "The service is free, confidential and voluntary.\n"
            "Page 1 of 2\n"
        ),
        pos="in ind vol types conf prov contact",
        notes="PDF leaflet with wrapped bullet lines: three kinds; independent facilitator; free, confidential "
        "and voluntary; provider with phone and email",
    )
    c.add(
        "https://localoffer.ullesby.gov.example/faqs/disagreement-resolution",
        html=cms(
            "Ullesby",
            "Disagreement resolution: questions and answers",
            "<h2>What sort of disagreements can it help with?</h2><p>Almost any disagreement about special "
            "educational needs. That includes disagreements with your child's nursery, school or college about "
            "the SEN support they provide, and disagreements with the local authority about assessments, EHC "
            "plans and reviews. It can also be used where you disagree with health or social care about what "
            "they provide as part of an EHC plan.</p><h2>Do I need an EHC plan?</h2><p>No. Any family of a "
            "child or young person with SEN can use it.</p><h2>Who runs it?</h2><p>Ullesby Council "
            "commissions Global Mediation to run the service independently of the council. Call 0800 064 4488 "
            "or email sen@globalmediation.co.uk.</p><h2>Will it affect my right to appeal?</h2><p>No. Using "
            "disagreement resolution does not affect your right to appeal to the First-tier Tribunal.</p>",
        ),
        pos="in ind all types noeff prov contact",
        notes="FAQ answer 'That includes disagreements with ... and disagreements with ...'; no EHC plan needed; "
        "Global Mediation named with phone and email; tribunal mentioned without how",
    )
    c.add(
        "https://localoffer.pelhamford.gov.example/easy-read/disagreements",
        html=cms(
            "Pelhamford",
            "Sorting out disagreements (Easy Read)",
            "<p>Sometimes families and schools do not agree.</p><p>You might not agree with:</p>"
            + ul(
                [
                    "your school about help for your learning",
                    "the council about your EHC plan",
                    "health services about therapy in your plan",
                ]
            )
            + "<p>A disagreement resolution meeting can help.</p><p>A person who does not work for the council "
            "helps everyone talk. This person is called a facilitator.</p><p>Going to a meeting is your "
            "choice.</p><p>To ask for a meeting phone Verity Resolve on 01632 961 690.</p>",
        ),
        pos="in ind vol types prov contact",
        notes="Easy Read list of three kinds ('your school about help for your learning', 'the council about "
        "your EHC plan', health); facilitator does not work for the council; your choice",
    )
    c.add(
        "https://localoffer.wyckhurst.gov.example/young-people/if-you-disagree",
        html=cms(
            "Wyckhurst",
            "If you disagree about your support (16 to 25)",
            "<p>Once you're over 16 you can make decisions about your own support.</p><p>If you disagree with "
            "your college about the help you're getting, or with the council about what's in your EHC plan, "
            "you can ask for disagreement resolution. It's run by an independent organisation, Rowanbank "
            "Mediation, so they're not on anyone's side.</p><p>Text or call 07700 900 512 or visit "
            "rowanbank-mediation.example.</p><p>Your college and the council will be asked whether they agree "
            "to take part.</p>",
        ),
        pos="in ind types prov contact",
        skip="vol",
        notes="Young people's page: college about help, council about the EHC plan; independent provider; "
        "'asked whether they agree to take part' is only a hint of voluntariness (skipped)",
    )
    c.add(
        "https://www.halsby.gov.example/localoffer/mediation-and-disagreement-resolution",
        html=cms(
            "Halsby",
            "Mediation and disagreement resolution",
            "<h2>Mediation</h2><p>If you disagree with a decision about an EHC needs assessment or plan, you "
            "must contact the mediation adviser within two months of the decision letter before you can appeal "
            "(unless your appeal is only about the school named). The adviser will explain mediation. If you "
            "decide not to mediate you will be given a certificate within 3 working days and can then appeal to "
            "the Tribunal. If you do mediate, the meeting must take place within 30 days.</p><h2>Disagreement "
            "resolution</h2><p>Disagreement resolution is different from mediation. It can be used for a wider "
            "range of disagreements, for example:</p>"
            + ul(
                [
                    "disagreements with your child's school or college about the special educational "
                    "provision they are making",
                    "disagreements with the council about how it is carrying out its SEN duties",
                    "disagreements between the council and the Integrated Care Board about health provision in "
                    "an EHC plan",
                ]
            )
            + "<h2>Who provides these services?</h2><p>Both services are provided by Bridgewell Resolution "
            "Services, an independent organisation. Phone 01632 961 771 or email info@bridgewell-res.example."
            "</p><h2>Appealing</h2><p>You must appeal to the First-tier Tribunal (SEND) within two months of "
            "the decision letter or one month from the date of the certificate, whichever is later. You can "
            "appeal online on GOV.UK.</p>",
        ),
        pos="in ind types noeff prov contact med trib",
        notes="Mediation of EHC decisions explained, then DR's wider range with three kinds; certificate and "
        "can then appeal; Tribunal deadline and online",
    )
    c.add(
        "https://localoffer.brockwater.gov.example/help/disagreement-resolution",
        html=cms(
            "Brockwater",
            "Disagreement resolution",
            "<p>Brockwater's disagreement resolution service is provided by Cobalt Mediation, who are "
            "independent of the council.</p><h2>Disagreements with your child's school or setting</h2><p>If "
            "you have concerns about the SEN support your child gets, speak to the SENCo first. If you still "
            "can't agree, disagreement resolution can help.</p><h2>Disagreements with the council</h2><p>For "
            "example, about the way your child's EHC needs assessment or annual review has been carried out."
            "</p><h2>Disagreements about health or social care</h2><p>For example, about the health or social "
            "care provision in an EHC plan.</p><h2>How to use the service</h2><p>Email "
            "send@cobalt-mediation.example or phone 01632 961 804.</p>",
        ),
        pos="in ind types prov contact",
        notes="Kinds as subheadings with short paragraphs (school/setting, council, health or social care)",
    )
    c.add(
        "https://www.maldale.gov.example/send-local-offer/resolving-disagreements",
        html=cms(
            "Maldale",
            "Resolving disagreements early",
            "<p>Our independent disagreement resolution service, run by Jessop Fennimore Mediation, helps "
            "families sort out disagreements with schools and the council about SEN provision and EHC plans at "
            "an early stage.</p><p>Email: hello@jessopfennimore.example</p>",
        ),
        pos="in ind types prov contact",
        notes="One short sentence: disagreements with schools and the council about SEN provision and EHC "
        "plans (two kinds)",
    )
    c.add(
        "https://localoffer.invermoor.gov.example/disagreement-resolution",
        html=cms(
            "Invermoor",
            "Disagreement resolution",
            "<p>Disagreement resolution can help resolve disagreements between:</p>"
            + ul(
                [
                    "parents or young people and the local authority, schools or other education providers "
                    "about SEN provision",
                    "parents or young people and the Clinical Commissioning Group (CCG) about health provision",
                    "the local authority and the CCG",
                ]
            )
            + "<p>The service in Invermoor is provided by KIDS SEND Mediation Service. Call 03330 062 835.</p>",
            updated="4 March 2025",
        ),
        pos="in types prov contact",
        stale=True,
        notes="'between:' list of three kinds; live CCG wording in a page updated 2025 (stale); KIDS named "
        "with phone, no independence statement",
    )
    c.add(
        "https://localoffer.loxbury.gov.example/help/if-you-disagree",
        html=cms(
            "Loxbury",
            "If you disagree",
            "<p>If you're not happy with something to do with your child's special educational needs, there are "
            "several things you can do.</p><h2>1. Talk to the school or your caseworker</h2><p>Most problems "
            "can be sorted out this way.</p><h2>2. Get advice from Loxbury SENDIASS</h2><p>SENDIASS gives free, "
            "impartial and confidential advice. Call 01632 962 001 or visit loxburysendiass.example.</p><h2>3. "
            "Disagreement resolution</h2><p>An independent disagreement resolution meeting can be used for "
            "disagreements about SEN support in school as well as about EHC needs assessments and plans.</p>"
            "<h2>4. Mediation</h2><p>Before you can appeal about an EHC decision you must contact the mediation "
            "adviser within two months of the decision. You will get a mediation certificate whether or not you "
            "choose to mediate, and mediation must happen within 30 days.</p><p>Both mediation and disagreement "
            "resolution are provided by Together Trust, phone 01632 962 010.</p><h2>5. Appeal to the "
            "Tribunal</h2><p>You have two months from the date of the decision letter (or one month from the "
            "certificate) to appeal to the First-tier Tribunal (SEND), using form SEND35 or online.</p><h2>6. "
            "Complaints</h2><p>Complaints about a school go through the school's complaints procedure. "
            "Complaints about the council go through our corporate complaints procedure and then the Local "
            "Government and Social Care Ombudsman. Complaints about health services go to the NHS provider or "
            "Integrated Care Board, then the Parliamentary and Health Service Ombudsman.</p>",
        ),
        pos="in ind types prov contact med iass cmp trib",
        skip="noeff",
        notes="Stepped 'if you disagree' guide; DR section names two kinds (SEN support in school, EHC "
        "assessments and plans); SENDIASS reachable; mediation, Tribunal and complaints routes explained; "
        "'certificate whether or not you choose to mediate' without saying you can then appeal (skipped)",
    )
    c.add(
        "https://directory.emberley.gov.example/service/kids-send-drs",
        html=record(
            "Emberley",
            "KIDS SEND Mediation and Disagreement Resolution Service",
            [
                (
                    "About",
                    "KIDS provides independent SEND mediation and disagreement resolution for Emberley families. "
                    "Disagreement resolution can help where there is a disagreement between parents and a school "
                    "about SEN support, or between parents and the local authority about how it is meeting a "
                    "child's special educational needs.",
                ),
                ("Contact", "03330 062 835"),
                ("Website", "www.kids.org.uk/send-mediation"),
                ("Age range", "0 to 25"),
            ],
        ),
        pos="in ind types prov contact",
        notes="Directory record: 'between parents and a school ... or between parents and the local "
        "authority'; KIDS independent, phone and website",
    )
    c.add(
        "https://localoffer.upmarsh.gov.example/ehc/guide-to-ehc-plans",
        html=cms(
            "Upmarsh",
            "A guide to EHC needs assessments and plans",
            "<h2>Asking for an assessment</h2><p>You, your child's school or a professional can ask us for an "
            "EHC needs assessment. We will tell you within 6 weeks whether we will assess.</p><h2>The "
            "assessment</h2><p>We gather advice from education, health and social care. The whole process "
            "should take no more than 20 weeks.</p><h2>Annual reviews</h2><p>The plan is reviewed at least "
            "every 12 months.</p><h2>If you disagree</h2><p>Disagreement resolution is available for all "
            "children and young people with SEN, whether or not they have an EHC plan. It covers disagreements "
            "about:</p>"
            + ul(
                [
                    "how the council or a school is carrying out its SEN duties",
                    "the special educational provision a nursery, school or college is making",
                    "health and social care provision during the EHC process",
                ]
            )
            + "<p>The service is provided independently by Prime Resolution; contact 01632 962 014.</p>",
        ),
        pos="in ind all types prov contact",
        notes="EHC guide with a DR section: three kinds in a list; 'whether or not they have an EHC plan'",
    )
    c.add(
        "https://localoffer.quillfield.gov.example/send/dispute-resolution",
        html=cms(
            "Quillfield",
            "SEND dispute resolution",
            "<p>The Quillfield SEND Dispute Resolution Service helps resolve disputes between parents or young "
            "people and education providers or the local authority. It can also help resolve disputes between "
            "the local authority and NHS Quillfield Integrated Care Board.</p><p>The service is run by Harebell "
            "Mediation CIC, which is independent of the council. Find out more and make a referral at "
            "harebell-mediation.example/quillfield.</p>",
        ),
        pos="in ind types prov contact",
        notes="'disputes between parents ... and education providers or the local authority' and between the "
        "council and the ICB; web referral",
    )
    c.add(
        "https://localoffer.saxmere.gov.example/help/disagreement-resolution",
        html=cms(
            "Saxmere",
            "Disagreement resolution",
            "<p>Disagreement resolution is a free, independent service for families of children and young "
            "people with SEND.</p><details><summary>What can disagreement resolution help with?</summary><p>It "
            "can help with disagreements between you and:</p>"
            + ul(
                [
                    "your child's early years setting, school or college",
                    "the local authority",
                    "health or social care services",
                ]
            )
            + "</details><details><summary>Who provides it?</summary><p>Silverbirch Resolution Ltd on behalf of "
            "Saxmere Council. Phone 01632 962 120.</p></details><details><summary>Is it confidential?"
            "</summary><p>Yes. Nothing said in the meeting is shared without everyone's agreement.</p></details>",
        ),
        pos="in ind types conf prov contact",
        notes="Accordion answer 'disagreements between you and:' then a list of parties (setting, local "
        "authority, health or social care)",
    )
    c.add(
        "https://localoffer.trowbury.gov.example/send/dr",
        html=cms(
            "Trowbury",
            "Disagreement resolution",
            "<p>Trowbury Council commissions Lodestar SEND Mediation to provide independent disagreement "
            "resolution. Call 01632 962 230.</p><h2>Examples of disagreements the service can help with</h2>"
            "<table><tr><th>Type of disagreement</th><th>Example</th></tr><tr><td>About SEN support in a "
            "setting</td><td>Your child's school has reduced their one-to-one support</td></tr><tr><td>About "
            "how the council has done something</td><td>You feel the annual review was not carried out "
            "properly</td></tr><tr><td>Between the council and health</td><td>Who should provide speech and "
            "language therapy</td></tr></table>",
        ),
        pos="in ind types prov contact",
        notes="Table of kinds with examples",
    )
    c.add(
        "https://www.yewbank.gov.example/news/new-disagreement-resolution-provider",
        html=cms(
            "Yewbank",
            "New disagreement resolution provider from 1 September",
            "<p>From 1 September 2026, Rowanbank Mediation will provide our SEND disagreement resolution "
            "service. Rowanbank is independent of Yewbank Council.</p><p>As before, the service can help with "
            "disagreements between families and education settings about SEN provision, and with the council "
            "about how it carries out its duties, including EHC needs assessments and reviews.</p><p>Contact "
            "Rowanbank on 01632 962 118.</p>",
            updated="28 August 2026",
        ),
        pos="in ind types prov contact",
        notes="News item about a provider change restating two kinds",
    )
    c.add(
        "https://localoffer.lowmoor.gov.example/documents/ehc-guide.pdf",
        text=(
            "Lowmoor Council - Your guide to EHC needs assessment\n"
            "12\n"
            "Disagreement resolution\n"
            "If you disagree with us, or with your child's school,\n"
            "about the special educational provision being made,\n"
            "you can use our independent disagreement resolution\n"
            "service. It is run by Tamarisk Accord, who do not\n"
            "work for the council. Phone 01632 962 301.\n"
            "13\n"
        ),
        pos="in ind types prov contact",
        notes="PDF text: 'disagree with us, or with your child's school' (council and school: two kinds)",
    )
    c.add(
        "https://localoffer.mardale.gov.example/health/resolving-disagreements-about-health",
        html=cms(
            "Mardale",
            "Resolving disagreements about health provision",
            "<p>NHS Mardale Integrated Care Board (ICB), which replaced the Clinical Commissioning Group in July "
            "2022, works with the council on EHC plans.</p><p>Disagreement resolution can be used for "
            "disagreements about health provision, for example between you and the ICB about therapy during an "
            "EHC needs assessment, or between the council and the ICB about who should provide a service in an "
            "EHC plan.</p><p>The service is independent and run by Verity Resolve Ltd: "
            "help@verity-resolve.example.</p>",
        ),
        pos="in ind types prov contact",
        notes="Health page: family vs ICB, council vs ICB (two kinds); CCG only as replaced",
    )
    c.add(
        "https://localoffer.nettlefield.gov.example/send/disagreement-resolution",
        html=cms(
            "Nettlefield",
            "Disagreement resolution",
            "<p>The service covers disagreements about the provision made by early years settings, schools and "
            "colleges for children with SEN, as well as disagreements about EHC needs assessments and plans. It "
            "is voluntary: everyone has to agree to take part.</p><p>Nettlefield's service is provided by "
            "Bridgewell Resolution Services (independent of the council): 01632 962 404.</p>",
        ),
        pos="in ind vol types prov contact",
        notes="'covers disagreements about the provision made by settings ... as well as disagreements about "
        "EHC needs assessments and plans'",
    )
    c.add(
        "https://localoffer.kettleby.gov.example/young-people/not-happy",
        html=cms(
            "Kettleby",
            "Not happy with your support?",
            "<p>It's OK to disagree. If you're not happy with your support, there's help.</p><p>Disagreement "
            "resolution is a meeting where someone independent helps you and the people you disagree with talk "
            "it through, whether that's your sixth form or college, the council about your EHC plan, or the "
            "health people about your therapy.</p><p>It's run by Cobalt Mediation. Message them at "
            "youngpeople@cobalt-mediation.example.</p>",
        ),
        pos="in ind types prov contact",
        notes="Young people's page: 'whether that's your sixth form or college, the council about your EHC "
        "plan, or the health people'",
    )
    c.add(
        "https://localoffer.quennell.gov.example/sen-support/guide",
        html=cms(
            "Quennell",
            "SEN support in school: a guide for parents",
            "<p>Every school must use its best endeavours to meet pupils' special educational needs.</p><h2>"
            "The graduated approach</h2><p>Schools assess, plan, do and review the support they give.</p><h2>"
            "If you can't agree</h2><p>If you can't agree with the school, independent disagreement resolution "
            "is available from Harebell Mediation CIC (01632 961 210). It is also available for disagreements "
            "with the local authority, for example about a request for an EHC needs assessment. You do not need "
            "an EHC plan to use it.</p>",
        ),
        pos="in ind all types prov contact",
        notes="SEN support guide: school and (also) the local authority; no EHC plan needed",
    )
    c.add(
        "https://www.hawksmere.gov.example/send/faqs",
        html=cms(
            "Hawksmere",
            "SEND frequently asked questions",
            "<h2>How do I apply for school transport?</h2><p>Apply online through the transport page.</p><h2>"
            "Who is my child's SEN caseworker?</h2><p>Your caseworker's name is on your EHC plan.</p><h2>Can I "
            "get help if I disagree with my child's school or the council?</h2><p>Yes. Our independent "
            "disagreement resolution service (provided by Silverbirch Resolution Ltd, 01632 961 330) can help "
            "with disagreements with schools about special educational provision and with the council about how "
            "it carries out its SEN duties.</p><h2>How do I make a complaint?</h2><p>Use our online complaints "
            "form.</p>",
        ),
        pos="in ind types prov contact",
        skip="cmp",
        notes="General FAQ page; one answer gives two kinds; single complaints route (skipped)",
    )
    c.add(
        "https://localoffer.tollerby.gov.example/help/disagreements",
        html=cms(
            "Tollerby",
            "Disagreement resolution",
            "<p>The service can help with disagreements:</p>"
            + ul(
                [
                    "about SEN provision in any nursery, school or college",
                    "about EHC needs assessments, plans and reviews",
                    "about the health and social care parts of EHC plans",
                    "between the council and the NHS",
                ]
            )
            + "<p>It is provided by Lodestar SEND Mediation, an independent organisation. Phone 01632 961 447."
            "</p><p>Disagreement resolution meetings are confidential.</p>",
        ),
        pos="in ind types conf prov contact",
        notes="List of four topics/parties after 'can help with disagreements:'",
    )
    c.add(
        "https://localoffer.ravelston.gov.example/send/drs",
        html=cms(
            "Ravelston",
            "Independent SEND disagreement resolution",
            "<p>You don't need an EHC plan: disagreement resolution can help with disagreements about SEN "
            "support in school as well as disagreements about EHC plans.</p><p>Ravelston's service is run by "
            "Jessop Fennimore Mediation, who are independent of the council. Email "
            "ravelston@jessopfennimore.example.</p>",
        ),
        pos="in ind all types prov contact",
        notes="'SEN support in school as well as disagreements about EHC plans'; no EHC plan needed",
    )
    c.add(
        "https://localoffer.hartsfold.gov.example/help/disagreement-resolution",
        html=cms(
            "Hartsfold",
            "Disagreement resolution",
            "<p>Disagreement resolution is a meeting led by an independent facilitator to help you and others agree "
            "a way forward. "
            "For example, you might disagree with a school about how your child's needs are being met, or with "
            "the local authority about the way your child's annual review was handled.</p><p>Hartsfold's "
            "service is provided by Verity Resolve Ltd. Phone 01632 962 505.</p>",
        ),
        pos="in ind types prov contact",
        notes="Kinds as 'For example, you might disagree with a school ... or with the local authority ...'",
    )
    c.add(
        "https://localoffer.larchfield.gov.example/send/mediation-and-dr",
        html=cms(
            "Larchfield",
            "Mediation and disagreement resolution",
            "<p>Mediation and disagreement resolution can help with disagreements about:</p>"
            + ul(["EHC needs assessment decisions", "the content of EHC plans", "SEN support in school"])
            + "<p>Both are run by Tamarisk Accord, an independent organisation: 01632 962 611.</p>",
        ),
        pos="in ind types prov contact",
        notes="Combined mediation and DR list including SEN support in school and EHC decisions",
    )
    c.add(
        "https://localoffer.mossgrove.gov.example/documents/drs-easy-read.pdf",
        text=(
            "Getting help when you do not agree\n\n"
            "Who can you disagree with?\n"
            "- Your school or college\n"
            "- The council\n"
            "- The NHS\n\n"
            "A disagreement resolution meeting can help you sort it out.\n"
            "The person who runs the meeting is independent.\n"
            "They are from Rowanbank Mediation.\n"
            "Phone: 01632 962 707\n"
        ),
        pos="in ind types prov contact",
        notes="Easy Read PDF: 'Who can you disagree with?' school or college, the council, the NHS",
    )
    c.add(
        "https://localoffer.bellcross.gov.example/help/disagreement-resolution",
        html=cms(
            "Bellcross",
            "Disagreement resolution",
            "<p>Disagreement resolution services can be used by parents and young people where they disagree "
            "with an early years setting, school or college about the special educational provision being "
            "made, or with the local authority about how it is carrying out its duties.</p><p>The service is "
            "confidential and it will not affect your right to appeal.</p><p>Provider: Cobalt Mediation "
            "(independent). Tel 01632 962 808.</p>",
        ),
        pos="in ind types noeff conf prov contact",
        notes="Third-person sentence: 'where they disagree with a setting ... or with the local authority'",
    )

    c.add(
        "https://localoffer.garnock.gov.example/kb/disagreement-resolution-code",
        html=cms(
            "Garnock",
            "Disagreement resolution in Garnock",
            "<h2>What does the service cover?</h2><p>The SEND Code of Practice (paragraph 11.8) says "
            "disagreement resolution arrangements cover disagreements:</p>"
            + ul(
                [
                    "between parents or young people and education providers about the special educational "
                    "provision made",
                    "between parents or young people and the local authority about how it carries out its SEN duties",
                    "about health and social care provision during EHC needs assessments and reviews",
                ]
            )
            + "<p>In Garnock the service is provided by Harebell Mediation CIC, independently of the council. "
            "Referral form: harebell-mediation.example/garnock.</p>",
        ),
        pos="in ind types prov contact",
        notes="The Code's kinds quoted as what the local service covers, then the local provider",
    )
    c.add(
        "https://localoffer.garnock.gov.example/help/drs-at-a-glance",
        html=cms(
            "Garnock",
            "Disagreement resolution at a glance",
            "<p>Free, independent meetings run by Harebell Mediation CIC (01632 963 610).</p><h2>Disagreements "
            "it can help with</h2><dl><dt>With your child's school or college</dt><dd>For example, about the "
            "SEN support they give</dd><dt>With the council</dt><dd>For example, about how your child's EHC "
            "needs assessment or review is being handled</dd></dl>",
        ),
        pos="in ind types prov contact",
        notes="Definition list: school or college, council (two kinds)",
    )
    c.add(
        "https://localoffer.halsby.gov.example/documents/drs-factsheet.txt",
        text=(
            "HALSBY SEND LOCAL OFFER - FACTSHEET 7\n"
            "Independent disagreement resolution\n"
            "What it covers: disagreements about SEN support in early years settings,\n"
            "schools and colleges, e.g. the amount of support in class; and\n"
            "disagreements with the council or health about EHC assessments,\n"
            "plans and reviews.\n"
            "Provider: Bridgewell Resolution Services  |  01632 961 771\n"
            "Confidential  \u00b7  Voluntary  \u00b7  Free\n"
        ),
        pos="in ind vol types conf prov contact",
        notes="Plain-text factsheet: 'What it covers:' settings about SEN support; council or health about "
        "EHC processes",
    )


def single_and_borderline(c: Cases) -> None:
    c.add(
        "https://localoffer.bellcross.gov.example/sen-support/disagree-with-school",
        html=cms(
            "Bellcross",
            "If you disagree with your child's school",
            "<p>Disagreement resolution can help if you disagree with your child's school about the SEN support "
            "they provide.</p><p>It is run by Cobalt Mediation, who are independent. Tel 01632 962 808.</p>",
        ),
        pos="in ind prov contact",
        notes="One kind only (school about SEN support)",
    )
    c.add(
        "https://localoffer.hartsfold.gov.example/ehc/if-you-disagree-with-the-assessment",
        html=cms(
            "Hartsfold",
            "Disagreeing with how the assessment is going",
            "<p>You can use disagreement resolution if you're unhappy with how the council is carrying out your "
            "child's EHC needs assessment.</p><p>The service is provided by Verity Resolve Ltd, an independent "
            "organisation. Phone 01632 962 505.</p>",
        ),
        pos="in ind prov contact",
        notes="One kind only (the council about how it carries out the assessment)",
    )
    c.add(
        "https://localoffer.larchfield.gov.example/easy-read/school",
        html=cms(
            "Larchfield",
            "When you do not agree with your school (Easy Read)",
            "<p>If you do not agree with your school, a disagreement resolution meeting can help.</p><p>The "
            "person who runs the meeting does not work for the school or the council.</p><p>Phone Tamarisk "
            "Accord on 01632 962 611.</p>",
        ),
        pos="in ind prov contact",
        notes="Easy Read, one kind (school)",
    )
    c.add(
        "https://localoffer.mossgrove.gov.example/send/disagreement-resolution",
        html=cms(
            "Mossgrove",
            "Disagreement resolution",
            "<p>Disagreement resolution can help with all sorts of disagreements about special educational "
            "needs. It is run by Rowanbank Mediation, independently of the council. Phone 01632 962 707.</p>",
        ),
        pos="in ind prov contact",
        notes="'all sorts of disagreements about SEN': no kinds described",
    )
    c.add(
        "https://localoffer.ravelston.gov.example/send/dr-short",
        html=cms(
            "Ravelston",
            "Disagreement resolution",
            "<p>Disagreement resolution can be used for disagreements about SEN provision, including EHC plans."
            "</p><p>Run by Jessop Fennimore Mediation (independent). Email "
            "ravelston@jessopfennimore.example.</p>",
        ),
        pos="in ind prov contact",
        skip="types",
        notes="Borderline: 'SEN provision, including EHC plans' names topics but not who the disagreement is "
        "with (skipped)",
    )
    c.add(
        "https://localoffer.saxmere.gov.example/help/if-you-disagree",
        html=cms(
            "Saxmere",
            "If you disagree",
            "<p>You might disagree with your child's school about the support they get, with the council about "
            "an EHC needs assessment or plan, or with health services about therapy.</p><p>Here are the ways to "
            "sort things out:</p>"
            + ul(
                [
                    "talk to the school or your caseworker",
                    "ask Saxmere SENDIASS for advice",
                    "disagreement resolution",
                    "mediation",
                    "an appeal to the Tribunal",
                ]
            ),
        ),
        pos="",
        skip="types cmp",
        notes="Borderline: kinds of disagreement listed for the whole guide, DR only one bullet among several "
        "ways (skipped); SENDIASS without a way to reach it; one complaint-like route at most",
    )
    c.add(
        "https://localoffer.trowbury.gov.example/health/icb-and-council",
        html=cms(
            "Trowbury",
            "How the council and health work together",
            "<p>The council and NHS Trowbury Integrated Care Board jointly commission some services for "
            "children with SEND.</p><p>Disagreement resolution can also be used by the council and the ICB to "
            "settle disagreements between them.</p>",
        ),
        pos="",
        notes="One kind only (council vs ICB); no provider",
    )
    c.add(
        "https://localoffer.yewbank.gov.example/send/dr-what-is-it",
        html=cms(
            "Yewbank",
            "What is disagreement resolution?",
            "<p>Disagreement resolution can help resolve disagreements early, before they escalate. A meeting "
            "is arranged with everyone involved and an independent facilitator.</p><p>Contact Rowanbank "
            "Mediation on 01632 962 118.</p>",
        ),
        pos="in ind prov contact",
        notes="DR described with provider but no kinds",
    )
    c.add(
        "https://localoffer.nettlefield.gov.example/send/drs-meeting",
        html=cms(
            "Nettlefield",
            "What happens at a disagreement resolution meeting",
            "<p>The meeting is led by an independent facilitator from Bridgewell Resolution Services.</p><h2>Who "
            "will be there?</h2>"
            + ul(
                ["you, and a friend or supporter if you like", "someone from the school", "an officer from the council"]
            )
            + "<p>To book a meeting call 01632 962 404.</p>",
        ),
        pos="in ind prov contact",
        notes="Trap: school and council as attendees of the meeting, not kinds of disagreement",
    )
    c.add(
        "https://localoffer.emberley.gov.example/send/who-can-use-dr",
        html=cms(
            "Emberley",
            "Who can use disagreement resolution?",
            "<p>Parents, carers and young people can ask for disagreement resolution. Schools and colleges can "
            "also suggest it.</p><p>It's provided by KIDS, who are independent of the council: 03330 062 835."
            "</p>",
        ),
        pos="in ind prov contact",
        notes="Trap: who can ask for or suggest DR, not what disagreements it covers",
    )


def traps(c: Cases) -> None:
    c.add(
        "https://localoffer.ullesby.gov.example/help/send-mediation",
        html=cms(
            "Ullesby",
            "SEND mediation",
            "<p>Mediation can be used if you disagree with:</p>"
            + ul(
                [
                    "a decision not to carry out an EHC needs assessment",
                    "a decision not to issue an EHC plan",
                    "sections B, F or I of the plan",
                    "the health or social care parts of the plan",
                    "a decision not to amend the plan after a review",
                ]
            )
            + "<p>You must contact the mediation adviser within two months of the decision. If you don't want to "
            "mediate, you will get a certificate within 3 working days and can then appeal to the Tribunal. "
            "Mediation must take place within 30 days.</p><p>Our mediation service is provided by Global "
            "Mediation, independent of the council: 0800 064 4488.</p>",
        ),
        pos="ind noeff prov contact med",
        notes="Trap: what SEND mediation covers (EHC decisions) on a mediation page; no DR",
    )
    c.add(
        "https://localoffer.brockwater.gov.example/help/appeals",
        html=cms(
            "Brockwater",
            "Appealing to the SEND Tribunal",
            "<p>You can appeal to the First-tier Tribunal (SEND) about:</p>"
            + ul(
                [
                    "a refusal to carry out an EHC needs assessment",
                    "a refusal to issue an EHC plan",
                    "the special educational provision or school named in the plan",
                    "a decision to stop maintaining the plan",
                ]
            )
            + "<p>The Tribunal can also make recommendations about health and social care. You must appeal "
            "within two months of the decision letter. You can appeal online or on form SEND35. You will need a "
            "mediation certificate unless your appeal is only about the school named.</p>",
        ),
        pos="trib",
        notes="Trap: grounds of appeal to the Tribunal",
    )
    c.add(
        "https://www.halsby.gov.example/complaints/send",
        html=cms(
            "Halsby",
            "Complaints about SEND services",
            "<p>You can complain about:</p>"
            + ul(["our SEND service", "delays in EHC plans", "the way staff treated you"])
            + "<p>Complaints about a school should go through the school's complaints procedure. Complaints "
            "about health services go to the NHS provider or the Integrated Care Board, then the Parliamentary "
            "and Health Service Ombudsman. If you are unhappy with our response you can go to the Local "
            "Government and Social Care Ombudsman.</p><p>If your complaint is about a decision you can appeal, "
            "such as the content of an EHC plan, we will point you to mediation, disagreement resolution or the "
            "Tribunal instead.</p>",
        ),
        pos="cmp",
        notes="Trap: complaints categories; complaint routes for school, health, council and ombudsmen",
    )
    c.add(
        "https://www.quennellsendiass.example/disagreements",
        html=other(
            "Quennell SENDIASS",
            "Help with disagreements",
            "<p>We can help if you disagree with your child's school or the local authority. We can explain "
            "disagreement resolution and mediation, help you prepare and come with you to meetings.</p><p>Call "
            "us on 01632 963 100 or email advice@quennellsendiass.example.</p>",
        ),
        pos="iass",
        notes="Trap: SENDIASS helping with disagreements with school or council, not the DR service",
    )
    c.add(
        "https://www.pelhamford.gov.example/family/family-mediation",
        html=cms(
            "Pelhamford",
            "Family mediation",
            "<p>Family mediation can help separating parents agree arrangements for the children, money and "
            "property. Before applying to court you will usually need to attend a Mediation Information and "
            "Assessment Meeting (MIAM). You may be eligible for a family mediation voucher.</p>",
        ),
        pos="",
        notes="Trap: family mediation and its kinds of dispute",
    )
    c.add(
        "https://www.mardale.gov.example/community/neighbour-mediation",
        html=cms(
            "Mardale",
            "Neighbour mediation",
            "<p>Our community mediation service helps neighbours resolve disputes about noise, parking, boundary "
            "hedges and anti-social behaviour. Mediators are independent volunteers. Call 01632 963 220.</p>",
        ),
        pos="",
        notes="Trap: neighbour/community mediation and its kinds of dispute",
    )
    c.add(
        "https://intranet.crannock.gov.example/hr/workplace-mediation",
        html=other(
            "Crannock Council staff intranet",
            "Workplace mediation",
            "<p>Workplace mediation can help resolve disagreements between colleagues, or between a manager and "
            "a member of their team, before a formal grievance. It is voluntary and confidential.</p>",
        ),
        pos="",
        notes="Trap: workplace mediation, voluntary and confidential but not SEND",
    )
    c.add(
        "https://www.saxmereprimary.example/peer-mediators",
        html=other(
            "Saxmere Primary School",
            "Our peer mediators",
            "<p>Our Year 6 peer mediators help pupils sort out fallings-out and friendship problems in the "
            "playground.</p>",
        ),
        pos="",
        notes="Trap: peer mediation",
    )
    c.add(
        "https://www.wyckhurst.gov.example/schools/admission-appeals",
        html=cms(
            "Wyckhurst",
            "School admission appeals",
            "<p>If your child has been refused a place at a school, you can appeal to an independent appeal "
            "panel. You must lodge your appeal within 20 school days of the refusal letter.</p>",
        ),
        pos="",
        notes="Trap: admissions appeals with an independent panel",
    )
    c.add(
        "https://www.loxbury.gov.example/schools/exclusions",
        html=cms(
            "Loxbury",
            "Exclusions",
            "<p>If your child is permanently excluded, the governing board must consider whether to reinstate "
            "them. You can then ask for an independent review panel. If you think the exclusion was because of "
            "your child's disability you can also make a disability discrimination claim.</p>",
        ),
        pos="",
        notes="Trap: exclusion review",
    )
    c.add(
        "https://www.tollerby.gov.example/schools/transport-appeals",
        html=cms(
            "Tollerby",
            "Home to school transport: reviews and appeals",
            "<p>If you disagree with a decision about home to school transport you can ask for a stage 1 review "
            "by a senior officer, and then a stage 2 appeal to an independent panel of councillors.</p>",
        ),
        pos="",
        notes="Trap: transport appeals",
    )
    c.add(
        "https://www.parentsforward.example/advice/disagreement-resolution",
        html=other(
            "Parents Forward (national charity)",
            "Disagreement resolution explained",
            "<p>Every local authority in England must make disagreement resolution services available. They "
            "cover disagreements between parents and local authorities, schools and colleges, and health "
            "bodies. Ask your local authority who provides the service in your area.</p>",
        ),
        pos="",
        notes="Trap: a national charity's general account of the kinds",
    )
    c.add(
        "https://localoffer.kettleby.gov.example/send/resolution-meetings",
        html=cms(
            "Kettleby",
            "Resolution meetings",
            "<p>If you're unhappy about your child's EHC plan or the support in school, our SEN Casework team "
            "can arrange a resolution meeting with you and the school to talk it through. Call the SEN team on "
            "01632 963 400.</p>",
        ),
        pos="",
        notes="Trap: the council's own resolution meeting (plan, support in school)",
    )
    c.add(
        "https://localoffer.upmarsh.gov.example/send/if-you-disagree-with-a-decision",
        html=cms(
            "Upmarsh",
            "If you disagree with a decision",
            "<p>If you disagree with a decision we've made about your child's special educational needs, you "
            "can ask for disagreement resolution or mediation. Contact the SEN team for more information.</p>",
        ),
        pos="",
        notes="Trap: vague 'if you disagree with a decision'; no provider",
    )
    c.add(
        "https://localoffer.quillfield.gov.example/preparing-for-adulthood",
        html=(
            '<!DOCTYPE html><html lang="en"><head><title>Preparing for adulthood</title></head><body><nav '
            'class="side"><ul><li><a href="/disagree/school">Disagreeing with your school</a></li><li><a '
            'href="/disagree/council">Disagreeing with the council</a></li><li><a href="/disagree/health">'
            'Disagreements about health care</a></li><li><a href="/disagree/drs">Disagreement resolution service'
            "</a></li></ul></nav><main><h1>Preparing for adulthood</h1><p>From Year 9, annual reviews focus on "
            'employment, independent living, friends and good health.</p></main><footer><a href="/disagree">'
            "If you disagree</a></footer></body></html>"
        ),
        pos="",
        notes="Trap: kinds appear only in the side navigation",
    )
    c.add(
        "https://localoffer.invermoor.gov.example/help/resolving-disagreements",
        html=cms(
            "Invermoor",
            "Resolving disagreements",
            "<p>Disagreements about special educational needs are common, and most are resolved by talking. "
            "This section explains your options.</p>"
            + ul(
                [
                    '<a href="/help/disagreement-resolution">Disagreement resolution</a>',
                    '<a href="/help/mediation">Mediation</a>',
                    '<a href="/help/appeals">Appeals</a>',
                ]
            ),
        ),
        pos="",
        notes="Trap: 'disagreements are common' landing page with links",
    )
    c.add(
        "https://www.maldalehighschool.example/sen-information-report",
        html=other(
            "Maldale High School",
            "SEN information report 2026-27",
            "<p>Our SENCo is Mrs A Patel.</p><h2>If you have a concern</h2><p>If you have concerns about the SEN "
            "provision for your child, please speak to the SENCo first. If you are still unhappy, please follow "
            "our complaints policy. The local authority's disagreement resolution service is also available; "
            "details are on the Maldale Local Offer.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: school's SEN information report; school complaints only (skipped)",
    )
    c.add(
        "https://www.lowmoorparentcarers.example/what-families-tell-us",
        html=other(
            "Lowmoor Parent Carer Forum",
            "What families tell us",
            "<p>The issues families raise with us most often are disagreements with schools about SEN support, "
            "long waits for EHC plans, and health waiting lists for therapy. We take these to the council's "
            "SEND partnership board.</p>",
        ),
        pos="",
        notes="Trap: parent carer forum listing issues families raise",
    )
    c.add(
        "https://localoffer.yewbank.gov.example/local-offer/you-said-we-did",
        html=cms(
            "Yewbank",
            "You said, we did",
            "<h2>October 2026</h2><table><tr><th>You said</th><th>We did</th></tr><tr><td>The disagreement "
            "resolution page was hard to find.</td><td>We added a link to it on the Local Offer home page."
            "</td></tr><tr><td>The short breaks page was out of date.</td><td>We updated the list of "
            "providers.</td></tr></table>",
            updated="30 October 2026",
        ),
        pos="fb",
        notes="Local Offer feedback with responses dated October 2026; mentions DR page only",
    )
    c.add(
        "https://www.mardale.gov.example/ehc/annual-reviews",
        html=cms(
            "Mardale",
            "Annual reviews",
            "<p>Your child's EHC plan is reviewed at least once a year. After the meeting we will tell you "
            "within 4 weeks whether we plan to amend the plan. If you disagree with the outcome of the annual "
            "review, you can ask for mediation and then appeal.</p>",
        ),
        pos="",
        notes="Trap: annual review outcome only",
    )
    c.add(
        "https://localoffer.pelhamford.gov.example/help/extended-appeals",
        html=cms(
            "Pelhamford",
            "Health and social care recommendations",
            "<p>When you appeal to the First-tier Tribunal (SEND) about the education parts of an EHC plan, you "
            "can also ask it to make recommendations about health and social care needs and provision. Appeal "
            "within two months of the decision, online on GOV.UK.</p>",
        ),
        pos="trib",
        notes="Trap: extended appeals about health and social care",
    )
    c.add(
        "https://localoffer.crannock.gov.example/health/designated-clinical-officer",
        html=cms(
            "Crannock",
            "Designated Clinical Officer",
            "<p>The Designated Clinical Officer (DCO) helps health services and education work together. The "
            "DCO can help resolve disagreements between health services and schools about health provision for "
            "children with SEND.</p>",
        ),
        pos="",
        notes="Trap: DCO helping with disagreements, not disagreement resolution",
    )
    c.add(
        "https://www.ullesby.gov.example/social-care/disabled-children-assessments",
        html=cms(
            "Ullesby",
            "Assessments for disabled children",
            "<p>If you disagree with the outcome of your social care assessment you can ask for a review. If "
            "you are still unhappy you can complain under the children's social care complaints procedure.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: social care assessment review; single complaints route (skipped)",
    )
    c.add(
        "https://www.hartsfoldcollege.example/learner-support",
        html=other(
            "Hartsfold College",
            "Learner support",
            "<p>If you disagree with the support set out in your EHC plan, speak to your learning support "
            "coordinator. We will work with the council to sort it out.</p>",
        ),
        pos="",
        notes="Trap: college page about disagreeing with EHC support",
    )
    c.add(
        "https://www.bellcross.gov.example/council/comments-compliments-complaints",
        html=cms(
            "Bellcross",
            "Comments, compliments and complaints",
            "<p>We want to hear about compliments, comments and complaints about any council service. Use our "
            "online form. If you are not happy with our final response you can contact the Local Government and "
            "Social Care Ombudsman.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: council complaints categories; council and LGSCO only (skipped)",
    )
    c.add(
        "https://localoffer.mossgrove.gov.example/send/mediation-kinds",
        html=cms(
            "Mossgrove",
            "What can SEND mediation help with?",
            "<p>SEND mediation is for disagreements about EHC needs assessments and plans: for example, a "
            "refusal to assess, a refusal to issue a plan, or what the plan says about special educational, "
            "health or social care provision.</p><p>Mediation is provided by Rowanbank Mediation, who are "
            "independent: 01632 962 707.</p>",
        ),
        pos="ind prov contact",
        skip="med",
        notes="Trap: what SEND mediation covers (EHC decisions, health and social care); no DR; no advice/"
        "certificate/time limits (mediation_info skipped as thin)",
    )
    c.add(
        "https://localoffer.lowmoor.gov.example/send/iass",
        html=cms(
            "Lowmoor",
            "Lowmoor SENDIASS",
            "<p>Lowmoor SENDIASS offers free, impartial and confidential information, advice and support. It "
            "can help if you disagree with your child's school, the council or health services, and can explain "
            "disagreement resolution and mediation.</p><p>Phone 01632 963 500 or email "
            "info@lowmoorsendiass.example.</p>",
        ),
        pos="iass",
        notes="Trap: SENDIASS page on the Local Offer listing who you may disagree with, for its own help",
    )
    c.add(
        "https://www.ombudsman-lgsc.example/what-we-look-at",
        html=other(
            "Local Government and Social Care Ombudsman",
            "What we can look at",
            "<p>We look at complaints about councils, including special educational needs services, adult "
            "social care and children's services. We cannot look at matters that can be appealed to a "
            "tribunal.</p>",
        ),
        pos="",
        notes="Trap: ombudsman's categories",
    )


def main() -> None:
    c = Cases("z")
    positives(c)
    single_and_borderline(c)
    traps(c)
    c.write("train_fifteen.jsonl")


if __name__ == "__main__":
    main()
