"""Write ``train_thirteen.jsonl``: a thirteenth set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
labelling rules and the file table of ``README.md`` and ``labels.py`` only (``make_corpus_nine.py``
glanced at for how a generator uses ``Cases``), and without opening the held-back files. The aim was
*ordinary* pages, not unusual ones: what council web teams, directory platforms (Open Objects style
service records, family information directories), PDF leaflets, Easy Read versions, FAQ pages and
"if you disagree" guides would naturally publish about SEND disagreement resolution and mediation,
with the provider and its contact route given however a web team would give them (prose, contact
sections, sidebars, tables, directory fields, link text, leaflet footers). About 55 pages are
such DR/mediation pages; about 25 are natural negatives and traps (SEN team only, SENDIASS, the
adviser "in your decision letter", family and neighbour mediation, complaints, the Tribunal, a
provider named with no contact, an officer-led meeting, a parent carer forum, a national explainer).

Councils (Ashcombe, Brindlemoor, Corrington, Dunsfold Vale, Eastmere, Farrowdale, Glenholt,
Holbeck Vale, Ivingham, Kestrel Bay, Larchmont, Marlcombe, Netherby, Oakhurst, Pennington Down,
Quarrydale, Rushmere, Saltmarsh, Thornbury Vale, Upperwick, Westbarrow, Yarrowby) and fictional
providers (Clearwater SEND Mediation, Meadowgate Resolution Services, Common Ground Mediation CIC,
Parley Mediation Ltd, Beacon Resolutions, Halcyon Dispute Resolution, Talkworks Mediation, Open
Door Mediation) are new; the real providers of ``duties.md`` §10 appear beside them with fictional
contact details.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_thirteen.py``.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory
from make_corpus_nine import dl, faq, ol, rows, ul  # the shared list helpers (nine's main does not run)


def council(name: str, title: str, main: str, aside: str = "") -> str:
    """A council CMS page: header with search, breadcrumb, main content, optional sidebar, footer."""
    side = f'<aside class="related">{aside}</aside>' if aside else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} | {name} Local Offer</title></head><body>'
        f'<header><a href="/">{name} Council</a><form><input name="q" placeholder="Search"></form>'
        '<nav><a href="/send">SEND Local Offer</a> <a href="/send/education">Education</a> '
        '<a href="/send/health">Health</a> <a href="/send/disagree">If you disagree</a> '
        '<a href="/send/mediation">Mediation</a> <a href="/contact">Contact us</a></nav></header>'
        f'<div class="breadcrumb">Home &gt; SEND Local Offer &gt; {title}</div>'
        f"<main><h1>{title}</h1>{main}</main>{side}"
        '<footer><p>Was this page helpful? <a href="/send/feedback">Give feedback on the Local Offer</a></p>'
        f"<p>&copy; {name} Council 2026 | <a href='/accessibility'>Accessibility</a> | "
        "<a href='/cookies'>Cookies</a> | Phone 01632 960 000</p></footer></body></html>"
    )


def directory(site: str, title: str, body: str, contact: list[tuple[str, str]]) -> str:
    """An Open Objects style service record: description, then a 'Who to contact' field block."""
    fields = "".join(
        f'<div class="field"><span class="field-label">{k}</span> <span class="field-value">{v}</span></div>'
        for k, v in contact
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} | {site}</title></head><body>'
        f'<div id="header"><a href="/kb5/directory/localoffer.page">{site}</a> '
        '<a href="/kb5/directory/results.page?qt=">Search the directory</a> '
        '<a href="/kb5/directory/shortlist.page">My shortlist (0)</a></div>'
        f'<div id="content"><h1>{title}</h1><div class="service-description">{body}</div>'
        f'<h2>Who to contact</h2><div class="contact">{fields}</div>'
        '<h2>Where to go</h2><p>This service is delivered by phone, video call or at a venue agreed with you.</p>'
        '<p class="updated">Last updated: 14/10/2026</p></div>'
        '<div id="footer"><a href="/kb5/directory/site.page?id=feedback">Feedback</a> | '
        '<a href="/kb5/directory/site.page?id=privacy">Privacy</a> | Report a problem with this record</div>'
        "</body></html>"
    )


def simple(title: str, main: str) -> str:
    """A plain Local Offer microsite page."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/ehc">EHC plans</a></li>'
        '<li><a href="/resolving-disagreements">Resolving disagreements</a></li>'
        '<li><a href="/sendiass">SENDIASS</a></li><li><a href="/you-said-we-did">You said, we did</a></li>'
        f"</ul></nav><main><h1>{title}</h1>{main}</main>"
        '<footer><p>Contact the Local Offer team: localoffer@council.example</p></footer></body></html>'
    )


MED_STEPS = (
    "<p>If you want to appeal to the First-tier Tribunal (SEND) about an EHC needs assessment or plan "
    "decision, you must first contact a mediation adviser. This must be within 2 months of the date of "
    "the decision letter. The mediation adviser will explain how mediation works. If you decide not to go "
    "to mediation, they will give you a certificate within 3 working days and you can then appeal "
    "straight away. If you do want mediation, it must take place within 30 days.</p>"
)


def provider_prose(c: Cases) -> None:
    c.add(
        "https://www.ashcombe.gov.example/send/mediation-and-disagreement-resolution",
        html=council(
            "Ashcombe",
            "Mediation and disagreement resolution",
            "<p>Sometimes parents, young people, schools and the council do not agree about special "
            "educational needs. We want to resolve disagreements early and informally wherever we can.</p>"
            "<h2>Our provider</h2><p>Ashcombe Council commissions Global Mediation to provide SEND "
            "mediation and disagreement resolution services. Global Mediation is independent of the "
            "council. You can contact them on freephone 0808 157 0101 or by emailing "
            "send@globalmediation.example.</p>"
            "<h2>Mediation</h2>" + MED_STEPS + "<h2>Disagreement resolution</h2><p>Disagreement resolution "
            "is a meeting with an independent facilitator to help you and the other side reach an "
            "agreement. It is voluntary and both sides must agree to take part.</p>",
        ),
        pos="in ind vol noeff prov contact med",
        skip="trib",
        notes="commissions X; freephone and email in the provider paragraph; mediation steps with certificate and straight to appeal",
    )
    c.add(
        "https://www.brindlemoor.gov.example/children/send/disagreements",
        html=council(
            "Brindlemoor",
            "If you disagree with a decision",
            "<p>If you are unhappy with a decision we have made about your child's special educational "
            "needs, please talk to your SEN caseworker first. Many problems can be sorted out this way.</p>"
            "<h2>Disagreement resolution service</h2><p>If talking to us has not helped, you can ask for "
            "disagreement resolution. The service is provided by KIDS, a national charity. It is free and "
            "confidential, and the facilitator is independent. Both you and the other party need to agree "
            "to take part.</p><p>To ask for disagreement resolution contact KIDS SEND Mediation Service: "
            "</p>" + ul(["Telephone: 01632 960 211", "Email: sendmediation@kids.example"]) + "<p>Using "
            "disagreement resolution does not affect your right to appeal to the Tribunal.</p>",
        ),
        pos="in ind vol conf noeff prov contact",
        notes="provided by KIDS, a national charity; telephone/email bullets under 'contact KIDS SEND Mediation Service'",
    )
    c.add(
        "https://localoffer.corrington.gov.example/mediation",
        html=simple(
            "SEND mediation",
            "<p>Mediation is a way of solving disagreements without going to the Tribunal. An independent "
            "mediator will help you and the local authority talk about the issues and try to find a "
            "solution.</p>" + MED_STEPS + "<p>Corrington's mediation service is provided by Together Trust. "
            "To speak to a mediation adviser call 01632 960 322 (Monday to Friday, 9am to 5pm) or email "
            "mediation@togethertrust.example.</p><p>Mediation is confidential. Anything said during "
            "mediation cannot be used at a Tribunal hearing.</p>",
        ),
        pos="ind conf noeff prov contact med",
        skip="trib",
        notes="SEND mediation page only (no DR term): in 0; Together Trust with phone and email",
    )
    c.add(
        "https://www.dunsfoldvale.gov.example/send-local-offer/resolving-disagreements",
        html=council(
            "Dunsfold Vale",
            "Resolving disagreements",
            "<p>The council has a duty to provide a disagreement resolution service. This service is there "
            "for all children and young people with special educational needs, not just those with an "
            "Education, Health and Care plan.</p><p>It can help with disagreements about:</p>"
            + ul(
                [
                    "how the council or a school is carrying out its duties for a child or young person with SEN",
                    "the special educational provision a school or college is making",
                    "health or social care provision during an EHC needs assessment or while a plan is being drawn up or reviewed",
                ]
            )
            + "<p>Our disagreement resolution and mediation services are delivered by Prime Resolution, "
            "who are completely independent of Dunsfold Vale Council.</p><p>For more information, visit "
            '<a href="https://www.prime-resolution.example/send">www.prime-resolution.example/send</a> or '
            "call 01632 960 433.</p>",
        ),
        pos="in ind all types prov contact",
        notes="delivered by Prime Resolution; web address and phone in a 'for more information' sentence",
    )
    c.add(
        "https://sendlocaloffer.eastmere.gov.example/appeal-or-complain/disagreement-resolution/",
        html=council(
            "Eastmere",
            "Disagreement resolution",
            "<p>Disagreement resolution is an informal way of sorting out disagreements. It is provided "
            "by Community Accord, who are independent of the local authority.</p><p>A meeting is arranged "
            "with a trained facilitator. Everyone gets the chance to explain their views. The meetings are "
            "confidential.</p><p>You can contact Community Accord on 01632 960 544.</p>",
        ),
        pos="in ind conf prov contact",
        notes="'provided by Community Accord, who are independent of the local authority'; phone in a short closing sentence",
    )
    c.add(
        "https://www.farrowdale.gov.example/localoffer/mediation-disagreement",
        html=council(
            "Farrowdale",
            "Mediation and disagreement resolution",
            "<p>We work with Clearwater SEND Mediation to offer independent mediation and disagreement "
            "resolution to families in Farrowdale.</p><p>Clearwater are not part of the council. Their "
            "mediators are accredited and have experience of special educational needs.</p>"
            "<p>If you would like to talk to someone about mediation or disagreement resolution, please "
            "get in touch with Clearwater directly:</p>"
            "<p>Phone: 01632 960 655<br>Email: info@clearwatersend.example<br>Website: "
            "www.clearwatersend.example</p>" + MED_STEPS,
            aside="<h2>Related pages</h2><ul><li><a href='/send/sendiass'>Farrowdale SENDIASS</a></li>"
            "<li><a href='/send/tribunal'>Appealing to the Tribunal</a></li></ul>",
        ),
        pos="in ind noeff prov contact med",
        skip="trib",
        notes="'We work with X'; phone/email/website lines after 'get in touch with Clearwater directly'",
    )
    c.add(
        "https://www.glenholt.gov.example/send/ehcp/mediation",
        html=council(
            "Glenholt",
            "Mediation",
            "<p>If you disagree with our decision not to carry out an EHC needs assessment, not to issue a "
            "plan, or with the content of a plan, you can ask for mediation.</p>" + MED_STEPS + "<p>Our "
            "mediation adviser service is run by Meadowgate Resolution Services on our behalf. They are an "
            "independent organisation. Their contact details will be in your decision letter, or you can "
            "ring them on 0808 157 0202.</p>",
        ),
        pos="ind noeff prov contact med",
        skip="trib",
        notes="run by X on our behalf; 'or ring them on' phone after the decision-letter sentence; no DR term: in 0",
    )
    c.add(
        "https://www.holbeckvale.gov.example/send-local-offer/disagreement-resolution-and-mediation",
        html=council(
            "Holbeck Vale",
            "Disagreement resolution and mediation",
            "<h2>What is disagreement resolution?</h2><p>Disagreement resolution gives you the chance to "
            "meet the other people involved, with an independent person who helps you find a way forward. "
            "You do not have to use it, and it does not affect your right to appeal to the SEND "
            "Tribunal.</p><h2>Who provides it?</h2><p>Global Mediation Ltd.</p><h2>How do I get in "
            "touch?</h2><p>Call 0808 157 0303, email holbeck@globalmediation.example, or fill in the "
            '<a href="https://www.globalmediation.example/referral">online referral form</a>.</p>',
        ),
        pos="in ind vol noeff prov contact",
        notes="question headings: provider as a bare answer, contact under 'How do I get in touch?'",
    )
    c.add(
        "https://www.ivingham.gov.example/send/disagreement-resolution",
        html=council(
            "Ivingham",
            "Disagreement resolution",
            "<p>Ivingham's disagreement resolution service is provided by Parley Mediation Ltd. Parley "
            "is independent of the council and of schools. The service is free for families.</p>"
            "<p>Disagreement resolution can be used by any parent or young person with special "
            "educational needs, whether or not they have an EHC plan.</p>",
            aside="<h2>Contact Parley Mediation</h2><p>01632 960 766</p><p><a "
            "href='mailto:ivingham@parley.example'>ivingham@parley.example</a></p>",
        ),
        pos="in ind all prov contact",
        notes="contact in a sidebar box headed 'Contact Parley Mediation'",
    )
    c.add(
        "https://www.kestrelbay.gov.example/local-offer/send-mediation",
        html=council(
            "Kestrel Bay",
            "SEND mediation service",
            "<p>We have a contract with Beacon Resolutions to provide independent SEND mediation for "
            "Kestrel Bay families. Beacon can also arrange disagreement resolution meetings.</p>"
            + MED_STEPS
            + "<p>To contact Beacon Resolutions:</p>"
            + rows(
                [
                    ("Telephone", "01632 960 877"),
                    ("Email", "kestrelbay@beaconresolutions.example"),
                    ("Office hours", "Monday to Thursday 9am to 4pm"),
                ]
            ),
        ),
        pos="in ind noeff prov contact med",
        skip="trib",
        notes="contract with X; contact in a two-column table after 'To contact Beacon Resolutions:'",
    )
    c.add(
        "https://www.larchmont.gov.example/send/if-things-go-wrong/disagreement-resolution",
        html=council(
            "Larchmont",
            "Disagreement resolution services",
            "<p>Larchmont County Council is required to provide independent disagreement resolution. "
            "We currently use Halcyon Dispute Resolution, an independent provider.</p><p>A disagreement "
            "resolution meeting is confidential and voluntary. It will not affect your right to appeal to "
            "the Tribunal.</p><p>You can find out more and make a referral on Halcyon's website at "
            "www.halcyon-dr.example.</p>",
        ),
        pos="in ind vol conf noeff prov contact",
        notes="'We currently use X'; web address for referral",
    )
    c.add(
        "https://www.marlcombe.gov.example/send/mediation-and-disagreement-resolution",
        html=council(
            "Marlcombe",
            "Mediation and disagreement resolution",
            "<p>Marlcombe works with two providers. Families can choose either:</p>"
            + ul(
                [
                    "Prime Resolution &ndash; 01632 960 988, enquiries@prime-resolution.example",
                    "Talkworks Mediation &ndash; 01632 960 989, hello@talkworks.example",
                ]
            )
            + "<p>Both are independent of the council and offer mediation and disagreement resolution.</p>"
            + MED_STEPS,
        ),
        pos="in ind noeff prov contact med",
        skip="trib",
        notes="two providers in a list, each with phone and email after a dash",
    )
    c.add(
        "https://www.netherby.gov.example/schools-learning/send/disagreement",
        html=council(
            "Netherby",
            "Disagreements about SEND",
            "<p>The Children and Families Act 2014 says councils must make disagreement resolution "
            "available. In Netherby this service is delivered by Common Ground Mediation CIC.</p>"
            "<p>Common Ground is a community interest company and is independent from the council. "
            "Disagreement resolution is voluntary.</p><p>Contact: Common Ground Mediation, 14 Market "
            "Street, Netherby NB1 2AA. Tel 01632 960 099. Email send@commonground.example</p>",
        ),
        pos="in ind vol prov contact",
        notes="'Contact:' line with name, postal address, Tel and Email",
    )
    c.add(
        "https://www.oakhurst.gov.example/send/mediation",
        html=council(
            "Oakhurst",
            "Mediation",
            "<p>Mediation gives you a chance to discuss your disagreement with the local authority with "
            "the help of an independent mediator. Oakhurst's mediation and disagreement resolution "
            "services are provided by Together Trust.</p>"
            + MED_STEPS
            + '<p><a href="https://www.togethertrust.example/send-mediation">Visit the Together Trust '
            "website</a> to find out more or to make a referral.</p><p>Mediation is confidential and "
            "without prejudice.</p>",
        ),
        pos="in ind conf noeff prov contact med",
        skip="trib",
        notes="web route given only as link text with an href ('Visit the Together Trust website')",
    )
    c.add(
        "https://www.penningtondown.gov.example/localoffer/resolving-disagreements/mediation",
        html=council(
            "Pennington Down",
            "Mediation and disagreement resolution",
            "<p>Our independent SEND mediation and disagreement resolution provider is KIDS.</p><p>KIDS "
            "can be contacted on 01632 960 110 or at penningtonmediation@kids.example.</p>"
            + MED_STEPS
            + "<p>KIDS also offers disagreement resolution for disagreements with schools, including for "
            "children on SEN support.</p>",
        ),
        pos="in ind noeff prov contact med",
        skip="all types trib",
        notes="'Our independent ... provider is KIDS'; 'can be contacted on/at'",
    )
    c.add(
        "https://www.quarrydale.gov.example/send-local-offer/disagreement-resolution",
        html=council(
            "Quarrydale",
            "Disagreement resolution",
            "<p>Disagreement resolution is available to help resolve disagreements between parents or young "
            "people and the council, schools or health services. The service is provided by Open Door "
            "Mediation, an independent organisation commissioned by the council.</p><p>To request "
            "disagreement resolution, please complete the referral form on Open Door Mediation's website or "
            "phone them.</p><p>Open Door Mediation<br>0808 157 0404<br>referrals@opendoormediation.example</p>",
        ),
        pos="in ind prov contact",
        skip="types",
        notes="address-block style contact lines under the provider name",
    )
    c.add(
        "https://www.rushmere.gov.example/send/what-to-do-if-you-disagree",
        html=council(
            "Rushmere",
            "What to do if you disagree",
            "<p>If you disagree with a decision about your child's EHC needs assessment or plan, there are "
            "several things you can do.</p><h2>Talk to us</h2><p>Contact your SEND officer to discuss "
            "your concerns.</p><h2>Mediation and disagreement resolution</h2><p>Rushmere uses Global "
            "Mediation for independent mediation and disagreement resolution. Phone 0808 157 0505 or email "
            "rushmere@globalmediation.example.</p><h2>Appeal to the Tribunal</h2><p>You can appeal to the "
            "First-tier Tribunal (SEND). You must usually appeal within 2 months of the decision, or 1 "
            "month from the mediation certificate, whichever is later. Apply online at "
            "www.gov.uk/send-tribunal.</p>",
        ),
        pos="in ind prov contact trib",
        skip="med",
        notes="'Rushmere uses X for independent mediation and DR'; a 'what to do if you disagree' guide",
    )
    c.add(
        "https://www.saltmarsh.gov.example/send/disagreement-resolution-service",
        html=council(
            "Saltmarsh",
            "Disagreement resolution service",
            "<p>The disagreement resolution service for Saltmarsh is run by Talkworks Mediation. Talkworks "
            "mediators are not employed by the council.</p><p>You can use the service if you disagree with "
            "the council or your child's school about their special educational needs. You don't need an "
            "EHC plan.</p><p>Talkworks can be reached on 01632 960 221 or through their website "
            "talkworks.example.org.uk.</p>",
        ),
        pos="in ind all prov contact",
        skip="types",
        notes="'can be reached on ... or through their website' (bare domain)",
    )
    c.add(
        "https://www.thornburyvale.gov.example/send/mediation-disagreement-resolution",
        html=council(
            "Thornbury Vale",
            "Mediation and disagreement resolution",
            "<p>Thornbury Vale's mediation and disagreement resolution service is provided by Prime "
            "Resolution Ltd. Prime Resolution is independent of the local authority.</p>" + MED_STEPS
            + "<h2>Contact details</h2><p>Prime Resolution Ltd<br>Telephone: 01632 960 332<br>"
            "Email: thornbury@prime-resolution.example</p>",
        ),
        pos="in ind noeff prov contact med",
        skip="trib",
        notes="'Contact details' heading with the provider's name, telephone and email lines",
    )
    c.add(
        "https://www.upperwick.gov.example/localoffer/disagreements",
        html=council(
            "Upperwick",
            "Sorting out disagreements",
            "<p>If you have a disagreement about special educational provision, Upperwick has arranged "
            "for an independent disagreement resolution service to be available through Clearwater SEND "
            "Mediation. Call them on 01632 960 443.</p>",
        ),
        pos="in ind prov contact",
        notes="short page: 'available through X. Call them on'",
    )
    c.add(
        "https://www.westbarrow.gov.example/send/mediation",
        html=council(
            "Westbarrow",
            "SEND mediation and disagreement resolution",
            "<p>Westbarrow Council has appointed Beacon Resolutions as its provider of SEND mediation and "
            "disagreement resolution. Beacon is independent of the council. Taking part is voluntary.</p>"
            "<p>Email: westbarrow@beaconresolutions.example<br>Phone: 01632 960 554</p>" + MED_STEPS,
        ),
        pos="in ind vol noeff prov contact med",
        skip="trib",
        notes="'has appointed X as its provider'; email/phone lines",
    )
    c.add(
        "https://www.yarrowby.gov.example/send/resolving-disagreements",
        html=council(
            "Yarrowby",
            "Resolving disagreements",
            "<p>We know that sometimes things go wrong. If you are not happy with the support your child "
            "is getting, please speak to the school SENCo first.</p><p>If you are still unhappy, you can "
            "use our independent disagreement resolution service, which is provided by Halcyon Dispute "
            "Resolution. Halcyon's staff are not council employees.</p><p>Get in touch with Halcyon: "
            "01632 960 665 | yarrowby@halcyon-dr.example</p>",
        ),
        pos="in ind prov contact",
        notes="contact with a pipe separator after 'Get in touch with Halcyon:'",
    )


def provider_directory(c: Cases) -> None:
    c.add(
        "https://directory.ashcombe.gov.example/kb5/ashcombe/directory/service.page?id=gM3dR1aQx0",
        html=directory(
            "Ashcombe Local Offer",
            "Global Mediation - SEND Mediation and Disagreement Resolution",
            "<p>Global Mediation is the independent provider of SEND mediation and disagreement resolution "
            "services for Ashcombe. Mediation is voluntary and confidential. The service is free to "
            "parents, carers and young people.</p>",
            [
                ("Contact Name", "SEN Mediation Team"),
                ("Telephone", "0808 157 0606"),
                ("E-mail", "sen@globalmediation.example"),
                ("Website", "www.globalmediation.example"),
            ],
        ),
        pos="in ind vol conf prov contact",
        notes="directory record: title is the provider, contact fields in 'Who to contact'",
    )
    c.add(
        "https://fis.brindlemoor.gov.example/service/kids-send-mediation",
        html=directory(
            "Brindlemoor Family Information Directory",
            "KIDS SEND Mediation and Disagreement Resolution Service",
            "<p>KIDS provides independent SEND mediation and disagreement resolution for families in "
            "Brindlemoor. Our mediators are not part of the local authority.</p><p>We can help when you "
            "disagree with the council about an EHC needs assessment, a plan, or the provision in it, or "
            "when you disagree with a school about SEN support.</p>",
            [
                ("Contact name", "Mediation Coordinator"),
                ("Phone", "01632 960 776"),
                ("Email", "mediation@kids.example"),
            ],
        ),
        pos="in ind prov contact",
        skip="types",
        notes="directory record with 'Contact name/Phone/Email' fields",
    )
    c.add(
        "https://www.corringtonfamilies.example/kb5/corrington/fsd/service.page?id=tt01",
        html=directory(
            "Corrington Families Directory",
            "Together Trust Mediation & DRS",
            "<p>Together Trust delivers SEND mediation and disagreement resolution services (DRS) on behalf "
            "of Corrington Council. The service is independent of the council.</p><p>Who can use it: "
            "parents and carers of children and young people with SEND aged 0 to 25, and young people "
            "themselves.</p>",
            [
                ("Contact Position", "Mediation Team"),
                ("Telephone", "01632 960 887"),
                ("Website", '<a href="https://www.togethertrust.example/mediation">Together Trust website</a>'),
            ],
        ),
        pos="in ind prov contact",
        skip="all",
        notes="directory record; website field as link text only",
    )
    c.add(
        "https://directory.glenholt.gov.example/service/send-disagreement-resolution",
        html=directory(
            "Glenholt SEND Local Offer",
            "SEND Disagreement Resolution Service",
            "<p>This service is provided by Meadowgate Resolution Services, an independent organisation. "
            "It helps parents, young people, schools and the council resolve disagreements about special "
            "educational needs provision. Taking part is voluntary.</p>",
            [
                ("Organisation", "Meadowgate Resolution Services"),
                ("Telephone", "0808 157 0707"),
                ("Email", "glenholt@meadowgate.example"),
            ],
        ),
        pos="in ind vol prov contact",
        notes="directory record titled by the service, provider in 'Organisation' field",
    )
    c.add(
        "https://directory.kestrelbay.gov.example/services/prime-resolution",
        html=directory(
            "Kestrel Bay Local Offer",
            "Prime Resolution",
            "<p>Independent SEND mediation, mediation advice and disagreement resolution. Prime Resolution "
            "will contact you within 5 working days of your referral.</p>",
            [("Phone", "01632 960 998"), ("Email", "referrals@prime-resolution.example")],
        ),
        pos="in ind prov contact",
        notes="minimal directory record: title is the provider",
    )


def provider_faq_easy(c: Cases) -> None:
    c.add(
        "https://www.eastmere.gov.example/send/mediation-faq",
        html=council(
            "Eastmere",
            "Mediation: frequently asked questions",
            faq(
                [
                    (
                        "What is mediation?",
                        "Mediation is a meeting with an independent mediator to help you and the council "
                        "reach an agreement about an EHC needs assessment or plan.",
                    ),
                    ("Who provides mediation in Eastmere?", "Community Accord."),
                    (
                        "How do I contact them?",
                        "Phone 01632 960 109 or email eastmere@communityaccord.example.",
                    ),
                    (
                        "Do I have to go to mediation?",
                        "No. You must speak to a mediation adviser before you can appeal, but you do not "
                        "have to go to mediation. If you decide not to, you will get a certificate and can "
                        "appeal to the Tribunal.",
                    ),
                    ("Is it confidential?", "Yes. What is said in mediation stays in the room."),
                    (
                        "How long does it take?",
                        "You will get a certificate within 3 working days if you decide not to mediate. If "
                        "you go ahead, mediation must happen within 30 days.",
                    ),
                ]
            ),
        ),
        pos="ind vol conf noeff prov contact med",
        notes="FAQ: provider as a one-line answer, contact in the next answer; mediation page only: in 0",
    )
    c.add(
        "https://www.farrowdale.gov.example/localoffer/easy-read/mediation",
        html=council(
            "Farrowdale",
            "Easy Read: getting help when you disagree",
            "<p>Sometimes people do not agree about the help a child or young person gets at school.</p>"
            "<p>A mediator is a person who helps people to talk and agree.</p><p>The mediator does not work "
            "for the council.</p><p>In Farrowdale the mediators come from a group called Clearwater SEND "
            "Mediation.</p><p>You can ring them on 01632 960 210.</p><p>You do not have to go to "
            "mediation. It is your choice.</p><p>This is called disagreement resolution.</p>",
        ),
        pos="in ind vol prov contact",
        notes="Easy Read: 'mediators come from a group called X'; 'You can ring them on'",
    )
    c.add(
        "https://www.ivingham.gov.example/send/easy-read-disagreement",
        html=council(
            "Ivingham",
            "Easy Read: when we do not agree",
            "<p>If you are not happy about your EHC plan you can talk to someone.</p><p>Parley Mediation "
            "can help. They are not part of the council.</p><p>Phone Parley Mediation: 01632 960 321</p>"
            "<p>Parley will help you and the council talk to each other. This is called mediation.</p>",
        ),
        pos="ind prov contact",
        skip="med",
        notes="Easy Read mediation page; no DR term: in 0",
    )
    c.add(
        "https://www.larchmont.gov.example/send/ehcp-faqs",
        html=council(
            "Larchmont",
            "EHC plans: questions and answers",
            faq(
                [
                    (
                        "How long does an EHC needs assessment take?",
                        "The whole process, from request to final plan, should take no more than 20 weeks.",
                    ),
                    (
                        "What if I disagree with the decision?",
                        "Contact your caseworker first. You can also use mediation or disagreement "
                        "resolution. These services are provided independently by Halcyon Dispute "
                        "Resolution (01632 960 432, www.halcyon-dr.example). You have to consider "
                        "mediation before you can appeal to the Tribunal.",
                    ),
                    (
                        "Can I see a draft plan?",
                        "Yes. You will have 15 days to comment on the draft plan and to ask for a "
                        "particular school.",
                    ),
                ]
            ),
        ),
        pos="in ind prov contact",
        notes="EHC FAQ: provider and contact in a bracket inside one answer",
    )
    c.add(
        "https://www.saltmarsh.gov.example/send/young-people/if-you-disagree",
        html=council(
            "Saltmarsh",
            "Young people: if you disagree",
            "<p>Once you are over 16, you can make decisions about your EHC plan yourself. If you don't "
            "agree with a decision, you can ask for mediation.</p><p>Talkworks Mediation runs mediation "
            "for Saltmarsh. They are independent, which means they don't work for the council.</p>"
            "<p>Text or call Talkworks on 07700 900 123, or email young@talkworks.example.</p>"
            "<p>You can still appeal to the Tribunal if you decide you don't want mediation. You'll need a "
            "certificate from Talkworks first.</p>",
        ),
        pos="ind noeff prov contact",
        skip="med",
        notes="young people's page; 'Text or call ... on' mobile number; no DR term: in 0",
    )


def provider_leaflets(c: Cases) -> None:
    c.add(
        "https://www.holbeckvale.gov.example/media/4412/dr-leaflet.pdf",
        text="Holbeck Vale Council\nSEND Disagreement Resolution\nInformation for parents and carers\n\n"
        "What is disagreement resolution?\nDisagreement resolution is a free, voluntary and confidential "
        "service to help\nparents, carers and young people settle disagreements about special "
        "educational\nneeds with the council, a school or a health service. It is open to all children\n"
        "and young people with SEN, not only those with an EHC plan.\n\nWho runs the service?\nThe "
        "service is run by Global Mediation Ltd, an independent organisation. It is not\npart of Holbeck "
        "Vale Council.\n\nPage 1 of 2\n\nHow do I ask for a meeting?\nContact Global Mediation:\n"
        "Freephone 0808 157 0808\nsend@globalmediation.example\nwww.globalmediation.example\n\n"
        "Using disagreement resolution does not affect your right to appeal to the First-tier Tribunal.\n\n"
        "Page 2 of 2",
        pos="in ind vol conf all noeff prov contact",
        skip="types",
        notes="PDF leaflet text: wrapped lines, page markers, contact lines under 'Contact Global Mediation:'",
    )
    c.add(
        "https://www.netherby.gov.example/downloads/send-mediation-leaflet.pdf",
        text="SEND MEDIATION\nA guide for families\n\nIf you are unhappy with a decision about an EHC needs "
        "assessment or\nplan you have the right to mediation. Before you can appeal to the SEND\n"
        "Tribunal you must contact a mediation adviser within 2 months of the\ndecision. You can choose not to "
        "mediate; the adviser will then issue a\ncertificate within 3 working days so that you can lodge your appeal.\n"
        "Mediation must take place within 30 days.\n\nOur mediation service is provided by Common Ground "
        "Mediation CIC, who are\nindependent of Netherby Council.\n\nCommon Ground Mediation CIC | 01632 "
        "960 543 | send@commonground.example\n\nNetherby Council SEND Team, Town Hall, Netherby NB1 1AA",
        pos="ind vol noeff prov contact med",
        skip="trib",
        notes="'You can choose not to mediate' (voluntary); mediation leaflet footer line with provider | phone | email; council address also present",
    )
    c.add(
        "https://www.quarrydale.gov.example/documents/disagreement-resolution-guide.pdf",
        text="Quarrydale SEND Local Offer\n\nResolving disagreements - a guide\n\n1. Talk to the school\n"
        "2. Talk to the SEN team\n3. Disagreement resolution\n\nQuarrydale has an independent disagreement\n"
        "resolution service, provided by Open Door Mediation. A trained facilitator\nwho is not employed by "
        "the council will meet with you and the other party.\nIt is confidential.\n\nTo arrange a meeting "
        "call Open Door on 0808 157 0909\nor email referrals@opendoormediation.example.\n\n4. Mediation and "
        "appeals\nSee our separate leaflet.",
        pos="in ind conf prov contact",
        notes="numbered guide leaflet; 'call Open Door on' short name of the provider",
    )
    c.add(
        "https://www.oakhurst.gov.example/media/ehc-decision-letter-insert.pdf",
        text="What you can do if you disagree with this decision\n\nYou can talk to us. Ring the SEND "
        "Team on 01632 960 000.\n\nMediation: if you are thinking of appealing, you must first contact "
        "our\nindependent mediation adviser, Together Trust, within two months of the\ndate of this "
        "letter. Tel: 01632 960 654. Email: oakhurst@togethertrust.example.\nIf you do not want "
        "mediation, Together Trust will send you a certificate\nwithin 3 working days and you can appeal "
        "to the Tribunal. If you do want\nmediation it will be arranged within 30 days.\n\nSENDIASS can give "
        "you free, impartial advice: 01632 960 700.",
        pos="ind noeff prov contact med iass",
        notes="decision-letter insert published on the Local Offer; provider's Tel/Email after the council line",
    )


def provider_misc(c: Cases) -> None:
    c.add(
        "https://www.rushmere.gov.example/send/send-local-offer-a-z",
        html=council(
            "Rushmere",
            "Disagreement resolution",
            "<p>Information about disagreement resolution in Rushmere.</p>"
            + rows(
                [
                    ("Service", "SEND disagreement resolution and mediation"),
                    ("Provider", "Global Mediation"),
                    ("Independent of the council?", "Yes"),
                    ("Cost", "Free to families"),
                    ("Contact", "0808 157 0111, rushmere@globalmediation.example"),
                ]
            ),
        ),
        pos="in ind prov contact",
        notes="key/value table rows: Provider, Independent? Yes, Contact",
    )
    c.add(
        "https://www.thornburyvale.gov.example/send/help-and-support",
        html=council(
            "Thornbury Vale",
            "Help and support if you disagree",
            "<p>The organisations below can help if you disagree about SEND.</p>"
            + rows(
                [
                    ("Thornbury Vale SENDIASS", "Free, impartial information and advice. 01632 960 600"),
                    (
                        "Prime Resolution",
                        "Our independent mediation and disagreement resolution provider. 01632 960 601",
                    ),
                    ("IPSEA", "National charity giving free legal advice about SEND. www.ipsea.example"),
                ]
            ),
        ),
        pos="in ind prov contact iass",
        notes="table of organisations: provider row with description and phone; SENDIASS row with phone",
    )
    c.add(
        "https://www.upperwick.gov.example/send/news/new-mediation-provider",
        html=council(
            "Upperwick",
            "New SEND mediation provider from 1 September",
            "<p>From 1 September 2026, SEND mediation and disagreement resolution in Upperwick will be "
            "provided by Clearwater SEND Mediation, replacing our previous provider.</p><p>Clearwater is "
            "an independent organisation. If you need to contact a mediation adviser, please call "
            "01632 960 765 or email upperwick@clearwatersend.example.</p><p>If you have already started "
            "mediation with the previous provider, it will continue as planned.</p>",
        ),
        pos="in ind prov contact",
        notes="news item: new provider announced, with contact",
    )
    c.add(
        "https://www.westbarrow.gov.example/send/disagreement-resolution",
        html=council(
            "Westbarrow",
            "Disagreement resolution",
            "<p>Disagreement resolution is a voluntary process. It is carried out by an independent "
            "facilitator, who is not employed by Westbarrow Council.</p><p>It can be used for disagreements "
            "about SEN provision with the council, with an early years setting, school or college, or with "
            "health services during an EHC needs assessment or review.</p><p>Meetings are confidential and "
            "nothing said can be used in a later Tribunal appeal. Using disagreement resolution does not "
            "affect your right to appeal.</p><p>Our provider is Beacon Resolutions. <a "
            'href="https://www.beaconresolutions.example/refer">Make a referral</a></p>',
        ),
        pos="in ind vol conf noeff types prov contact",
        notes="'Our provider is X.' followed by a 'Make a referral' link",
    )
    c.add(
        "https://www.yarrowby.gov.example/send/mediation-and-appeals",
        html=council(
            "Yarrowby",
            "Mediation and appeals",
            MED_STEPS + "<h2>Our mediation provider</h2><p>Halcyon Dispute Resolution</p>"
            "<p>Halcyon is independent of Yarrowby Council.</p><p><strong>Telephone:</strong> 01632 960 "
            "876<br><strong>Email:</strong> mediation@halcyon-dr.example</p><h2>Appeals</h2><p>You can "
            "appeal to the First-tier Tribunal (SEND). You must appeal within 2 months of the decision "
            "letter or within 1 month of getting your mediation certificate. Find the SEND35 form on "
            "GOV.UK.</p>",
        ),
        pos="ind noeff prov contact med trib",
        notes="provider under its own heading, bold field labels; no DR term: in 0",
    )
    c.add(
        "https://www.dunsfoldvale.gov.example/send-local-offer/sen-support-disagreements",
        html=council(
            "Dunsfold Vale",
            "Disagreements about SEN support in school",
            "<p>If your child gets SEN support and you disagree with the school about it, talk to the "
            "SENCo or headteacher first. If that does not work, you can use the school's complaints "
            "procedure.</p><p>You can also ask for disagreement resolution. This is free and does not need "
            "an EHC plan. Prime Resolution runs it for the council and is independent. Ring 01632 960 "
            "434 to ask for a meeting.</p>",
        ),
        pos="in ind all prov contact",
        skip="cmp",
        notes="SEN support page; 'Ring ... to ask for a meeting'",
    )
    c.add(
        "https://www.glenholt.gov.example/send/local-offer/your-rights",
        html=council(
            "Glenholt",
            "Your rights",
            "<p>Every family has the right to information, advice and support, and to challenge decisions "
            "they disagree with.</p><h2>Disagreement resolution and mediation</h2><p>Meadowgate "
            "Resolution Services provide independent disagreement resolution and mediation. Email "
            "glenholt@meadowgate.example.</p><h2>SENDIASS</h2><p>Glenholt SENDIASS: 01632 960 720, "
            "sendiass@glenholt.example</p>",
        ),
        pos="in ind prov contact iass",
        notes="rights page: provider with email only",
    )
    c.add(
        "https://www.kestrelbay.gov.example/local-offer/disagreement-resolution",
        html=council(
            "Kestrel Bay",
            "Disagreement resolution",
            "<p>Disagreement resolution meetings are arranged by Beacon Resolutions, an independent "
            "provider. Meetings are confidential and you don't have to take part.</p>",
            aside="<h3>Beacon Resolutions</h3><p>T: 01632 960 878<br>E: kestrelbay@beaconresolutions.example"
            "</p><h3>Kestrel Bay SENDIASS</h3><p>T: 01632 960 870</p>",
        ),
        pos="in ind vol conf prov contact",
        skip="iass",
        notes="sidebar with 'T:'/'E:' lines under provider heading",
    )
    c.add(
        "https://www.marlcombe.gov.example/send/health-disagreements",
        html=council(
            "Marlcombe",
            "Disagreements about health provision",
            "<p>If you disagree with the NHS Integrated Care Board about health provision in an EHC plan, "
            "you can use disagreement resolution. Marlcombe's independent DR provider, Talkworks "
            "Mediation, can arrange a meeting with the ICB. Contact Talkworks at hello@talkworks.example."
            "</p>",
        ),
        pos="in ind prov contact",
        notes="health disagreements page; provider in apposition; email only",
    )
    c.add(
        "https://www.pennington-send.example/resolving-disagreements",
        html=simple(
            "Resolving disagreements",
            "<p>Pennington Down Council funds an independent service to help resolve disagreements about "
            "special educational needs. The service is provided by KIDS SEND Mediation Service.</p>"
            "<p>Find out more on the <a href='https://www.kids.example/send-mediation'>KIDS website</a>.</p>",
        ),
        pos="in ind prov contact",
        notes="microsite; web route via link text 'KIDS website'",
    )
    c.add(
        "https://www.corrington.gov.example/send/dr-and-mediation-contacts",
        html=council(
            "Corrington",
            "Disagreement resolution and mediation: who to contact",
            dl(
                [
                    ("Mediation and disagreement resolution (independent)", "Together Trust"),
                    ("Phone", "01632 960 323"),
                    ("Email", "corrington@togethertrust.example"),
                    ("SEN team", "01632 960 000"),
                ]
            ),
        ),
        pos="in prov contact",
        skip="ind",
        notes="definition list of contacts",
    )
    c.add(
        "https://www.brindlemoor.gov.example/children/send/mediation",
        html=council(
            "Brindlemoor",
            "SEND mediation",
            MED_STEPS + "<p>Our mediation adviser service is provided by KIDS. Please contact:</p>"
            "<p>KIDS SEND Mediation Service<br>01632 960 212<br>sendmediation@kids.example</p>"
            "<p>Mediation is free and confidential.</p>",
        ),
        pos="noeff conf prov contact med",
        skip="ind trib",
        notes="mediation page: 'Please contact:' with name/phone/email lines; independence not stated",
    )
    c.add(
        "https://www.ashcombe.gov.example/send/disagreement-resolution-easy-read",
        html=council(
            "Ashcombe",
            "Disagreement resolution - Easy Read",
            "<p>Sometimes families and schools do not agree.</p><p>Global Mediation can help.</p><p>They "
            "are not part of the council.</p><p>Phone them free: 0808 157 0102</p><p>This is called "
            "disagreement resolution.</p>",
        ),
        pos="in ind prov contact",
        notes="Easy Read short sentences: 'Phone them free:'",
    )
    c.add(
        "https://www.eastmere.gov.example/send/get-help/mediation-disagreement",
        html=council(
            "Eastmere",
            "Mediation and disagreement resolution",
            "<p>Eastmere's SEND mediation and disagreement resolution services are delivered by Community "
            "Accord on behalf of the council. They're independent.</p><ol><li>Call Community Accord on "
            "01632 960 545</li><li>They will talk you through your options</li><li>If you both agree, they "
            "will arrange a meeting</li></ol>",
        ),
        pos="in ind vol prov contact",
        notes="numbered steps, first step is the phone call",
    )
    c.add(
        "https://www.ivingham.gov.example/send/ehc/mediation",
        html=council(
            "Ivingham",
            "Mediation",
            "<p>If you want to appeal to the SEND Tribunal, you will need to contact a mediation adviser "
            "first. Ivingham's mediation advisers are from Parley Mediation Ltd, which is independent of the "
            "council.</p><p>You should contact Parley within 2 months of the date of your decision letter. "
            "Parley's details are below.</p>" + MED_STEPS
            + "<h2>Parley Mediation Ltd</h2><p>Phone: 01632 960 767</p><p>Website: parley.example.org.uk</p>",
        ),
        pos="ind noeff prov contact med",
        skip="trib",
        notes="'details are below' then heading with phone/website; no DR term: in 0",
    )
    c.add(
        "https://www.netherby.gov.example/schools-learning/send/disagreement-resolution-schools",
        html=council(
            "Netherby",
            "Disagreement resolution for schools and settings",
            "<p>Schools, colleges and early years settings can also ask for disagreement resolution when "
            "they cannot agree with a family. The council's independent provider is Common Ground "
            "Mediation CIC. Schools can book through Common Ground's online booking form at "
            "commonground.example.org.uk/book.</p>",
        ),
        pos="in ind prov contact",
        notes="professional-facing page; online booking form",
    )

    c.add(
        "https://www.thornburyvale.gov.example/send/local-offer/contacts-if-you-disagree",
        html=council(
            "Thornbury Vale",
            "Useful contacts if you disagree",
            "<table><thead><tr><th>Organisation</th><th>What they do</th><th>Phone</th><th>Email</th></tr>"
            "</thead><tbody><tr><td>Prime Resolution</td><td>Independent SEND mediation and disagreement "
            "resolution</td><td>01632 960 334</td><td>thornbury@prime-resolution.example</td></tr><tr><td>SEND "
            "Tribunal</td><td>Hears appeals</td><td>0300 123 4568</td><td>&ndash;</td></tr></tbody></table>",
        ),
        pos="in ind prov contact",
        notes="column table with a header row: Organisation / What they do / Phone / Email",
    )
    c.add(
        "https://www.upperwick.gov.example/send/mediation/how-to-refer",
        html=council(
            "Upperwick",
            "How to ask for mediation or disagreement resolution",
            "<p>Clearwater SEND Mediation is the council's mediation and disagreement resolution partner. "
            "Clearwater is independent and is not part of Upperwick Council.</p><p>To make a referral, "
            'download and complete the <a href="/media/clearwater-referral-form.docx">Clearwater referral '
            "form (Word, 45KB)</a> and send it to referrals@clearwatersend.example.</p>",
        ),
        pos="in ind prov contact",
        notes="'the council's ... partner'; downloadable referral form and an email address",
    )
    c.add(
        "https://www.westbarrow.gov.example/send/mediation/contact-beacon",
        html=council(
            "Westbarrow",
            "SEND mediation",
            "<p>SEND mediation in Westbarrow is provided by Beacon Resolutions, an independent mediation "
            "service.</p>" + MED_STEPS + "<h2>Contact Beacon Resolutions</h2><p>Email: "
            "westbarrow@beaconresolutions.example</p><p>Telephone: 01632 960 556<br>Monday to Friday, 9am to "
            "5pm</p><p><a href='https://www.gov.uk/call-charges'>Find out about call charges</a></p>",
        ),
        pos="ind noeff prov contact med",
        skip="trib",
        notes="GOV.UK-style contact section (Email, Telephone, hours, call charges); no DR term: in 0",
    )
    c.add(
        "https://www.brindlemoor.gov.example/children/send/disagreement-resolution-for-young-people",
        html=council(
            "Brindlemoor",
            "Disagreement resolution for young people",
            "<p>If you are a young person aged 16 to 25 and you disagree with your college or the council "
            "about your support, you can use disagreement resolution yourself. It is run by KIDS, an "
            "independent charity, and you can bring someone with you.</p><p>You can message KIDS through the "
            "contact form on their website, www.kids.example/contact, or call 01632 960 213.</p>",
        ),
        pos="in ind prov contact",
        notes="young people's DR page; contact form on the provider's website and phone",
    )


def other_dr(c: Cases) -> None:
    c.add(
        "https://www.oakhurst.gov.example/send/disagreement-resolution",
        html=council(
            "Oakhurst",
            "Disagreement resolution",
            "<p>Disagreement resolution is an independent service. It helps parents and young people "
            "resolve disagreements with the council, schools and health services about special "
            "educational needs. It is voluntary and confidential and will not affect your right to appeal "
            "to the Tribunal.</p><p>To find out more, contact the SEND Team on 01632 960 000 or "
            "send@oakhurst.gov.example.</p>",
        ),
        pos="ind vol conf noeff",
        skip="types",
        notes="independence stated but no provider; only the council SEN team as contact: prov 0, contact 0",
    )
    c.add(
        "https://www.larchmont.gov.example/send/dr-described",
        html=council(
            "Larchmont",
            "About disagreement resolution",
            "<p>Local authorities must make disagreement resolution services available to parents and "
            "young people. The services must be independent of the local authority. They can be used for "
            "disagreements about EHC needs assessments and plans, SEN provision in schools, and health "
            "and social care provision.</p><p>Use of the services is voluntary and does not affect your "
            "right to appeal.</p>",
        ),
        pos="vol noeff types",
        skip="ind",
        notes="generic DR described (law-as-required independence): partial for in; no provider or contact",
    )


def traps(c: Cases) -> None:
    c.add(
        "https://www.saltmarsh.gov.example/send/contact-the-send-team",
        html=council(
            "Saltmarsh",
            "Contact the SEND team",
            "<p>If you have a question or a concern about your child's EHC plan, contact the SEND "
            "Assessment Team. We aim to resolve disagreements quickly.</p><p>Phone: 01632 960 000<br>Email: "
            "sendteam@saltmarsh.gov.example</p>",
        ),
        pos="",
        notes="Trap: council SEN team as the only contact",
    )
    c.add(
        "https://www.thornburyvalesendiass.example/disagreements",
        html=simple(
            "Help with disagreements",
            "<p>Thornbury Vale SENDIASS provides free, impartial and confidential information, advice and "
            "support to parents and young people. We can help you prepare for a disagreement resolution "
            "meeting or mediation, and come with you.</p><p>Call our helpline on 01632 960 600 or email "
            "info@thornburyvalesendiass.example.</p><p>We are arm's length from the council.</p>",
        ),
        pos="iass",
        notes="Trap: SENDIASS supporting families at DR; SENDIASS contact is not the DR provider's",
    )
    c.add(
        "https://www.upperwick.gov.example/send/ehc/mediation",
        html=council(
            "Upperwick",
            "Mediation",
            "<p>If you disagree with a decision about an EHC needs assessment or plan, you can ask for "
            "mediation. The name and contact details of the mediation adviser will be in your decision "
            "letter.</p>" + MED_STEPS,
        ),
        pos="noeff med",
        skip="trib",
        notes="Trap: adviser details 'in your decision letter'; no provider named or contacted",
    )
    c.add(
        "https://www.westbarrow.gov.example/family/family-mediation",
        html=council(
            "Westbarrow",
            "Family mediation",
            "<p>If you are separating or divorcing, family mediation can help you agree child arrangements "
            "and finances. You will usually need to attend a MIAM (Mediation Information and Assessment "
            "Meeting) before applying to court.</p><p>Westbarrow Family Mediation Service: 01632 960 888, "
            "info@westbarrowfamilymediation.example. Family mediation vouchers may be available.</p>",
        ),
        pos="",
        notes="Trap: family (separation) mediation with provider and contact",
    )
    c.add(
        "https://www.yarrowby.gov.example/community/neighbour-disputes",
        html=council(
            "Yarrowby",
            "Neighbour disputes",
            "<p>Yarrowby Community Mediation is an independent and confidential service for neighbours "
            "who are in dispute about noise, parking or boundaries. It is free and voluntary.</p>"
            "<p>Contact Yarrowby Community Mediation on 01632 960 889.</p>",
        ),
        pos="",
        notes="Trap: neighbour/community mediation",
    )
    c.add(
        "https://www.ashcombe.gov.example/send/complaints",
        html=council(
            "Ashcombe",
            "Making a complaint",
            "<p>If you are unhappy with a school, speak to the headteacher and then follow the school's "
            "complaints procedure. If the school is an academy, you can then contact the Department for "
            "Education.</p><p>To complain about the council, use our corporate complaints procedure online "
            "or call 01632 960 000. If you are still unhappy you can contact the Local Government and "
            "Social Care Ombudsman.</p><p>For complaints about health services, contact the NHS provider "
            "or PALS, and then the Parliamentary and Health Service Ombudsman.</p>",
        ),
        pos="cmp",
        notes="Trap: complaints page, no DR",
    )
    c.add(
        "https://www.brindlemoor.gov.example/children/send/tribunal",
        html=council(
            "Brindlemoor",
            "Appealing to the SEND Tribunal",
            "<p>You have the right to appeal to the First-tier Tribunal (Special Educational Needs and "
            "Disability) about some EHC decisions. You must normally appeal within two months of the "
            "decision letter, or one month after a mediation certificate. You can appeal online on "
            "GOV.UK.</p><p>The Tribunal is independent of the council. Contact HM Courts and Tribunals "
            "Service on 0300 123 4567 (fictional).</p>",
        ),
        pos="trib",
        notes="Trap: the Tribunal is independent and has a phone number; it is not the DR provider",
    )
    c.add(
        "https://www.corrington.gov.example/send/mediation-providers",
        html=council(
            "Corrington",
            "Mediation",
            "<p>Corrington's SEND mediation and disagreement resolution services are provided by Together "
            "Trust, an independent charity.</p><p>Your decision letter will tell you how to contact them.</p>",
        ),
        pos="ind prov",
        notes="Trap for contact: provider named, no contact route on the page",
    )
    c.add(
        "https://www.dunsfoldvale.gov.example/send-local-offer/way-forward-meetings",
        html=council(
            "Dunsfold Vale",
            "Way forward meetings",
            "<p>If you disagree with a decision about your child's EHC plan, a SEND manager can meet you "
            "to look for a way forward. These resolution meetings are chaired by a senior officer of the "
            "council.</p><p>To ask for a meeting, email wayforward@dunsfoldvale.gov.example or phone "
            "01632 960 000.</p>",
        ),
        pos="",
        notes="Trap: officer-led resolution meeting with council contact",
    )
    c.add(
        "https://www.eastmereparentcarerforum.example/about",
        html=simple(
            "Eastmere Parent Carer Forum",
            "<p>We are an independent group of parents and carers of children with SEND. We work with the "
            "council to improve services. We can signpost you to support if you are in a disagreement.</p>"
            "<p>Email hello@eastmerepcf.example or call 01632 960 990.</p>",
        ),
        pos="",
        notes="Trap: independent parent carer forum with contact",
    )
    c.add(
        "https://www.national-send-charity.example/advice/disagreement-resolution",
        html=simple(
            "Disagreement resolution explained",
            "<p>Every local authority in England must provide an independent disagreement resolution "
            "service. It is voluntary and can be used whether or not your child has an EHC plan. Your local "
            "authority's Local Offer should tell you who provides the service in your area.</p><p>Call our "
            "national helpline on 0808 157 0999 for advice.</p>",
        ),
        pos="",
        skip="vol all ind",
        notes="Trap: national charity's general explainer with its own helpline",
    )
    c.add(
        "https://www.farrowdale.gov.example/localoffer/sendiass",
        html=council(
            "Farrowdale",
            "Farrowdale SENDIASS",
            "<p>Farrowdale SEND Information, Advice and Support Service (SENDIASS) is a free, impartial "
            "and confidential service. It is independent of the council.</p><p>Telephone 01632 960 730 or "
            "email sendiass@farrowdale.example.</p>",
        ),
        pos="iass",
        notes="Trap: SENDIASS independent with contact; not DR",
    )
    c.add(
        "https://www.glenholt.gov.example/send/admissions-appeals",
        html=council(
            "Glenholt",
            "School admission appeals",
            "<p>If your child is refused a school place you can appeal to an independent appeal panel. "
            "Contact the Admissions Team on 01632 960 000 or admissions@glenholt.gov.example.</p>",
        ),
        pos="",
        notes="Trap: admissions appeals with independent panel",
    )
    c.add(
        "https://www.holbeckvale.gov.example/send/early-resolution",
        html=council(
            "Holbeck Vale",
            "Resolving concerns early",
            "<p>Most disagreements can be resolved by talking. Our SEND Resolution Officer can meet with "
            "you and the school to try to sort things out. This is impartial and informal.</p><p>Contact "
            "the SEND Resolution Officer on 01632 960 000 or resolution@holbeckvale.gov.example.</p>",
        ),
        pos="",
        notes="Trap: council resolution officer, 'impartial', council contact",
    )
    c.add(
        "https://www.ivingham.gov.example/send/mediation-coming-soon",
        html=council(
            "Ivingham",
            "Disagreement resolution",
            "<p>We are currently re-commissioning our disagreement resolution and mediation service. "
            "Details of the new independent provider will be published here shortly. In the meantime, "
            "please contact your SEND caseworker.</p>",
        ),
        pos="",
        skip="ind",
        notes="Trap: provider not named, caseworker only",
    )
    c.add(
        "https://www.kestrelbay.gov.example/local-offer/workplace-mediation",
        html=council(
            "Kestrel Bay",
            "Mediation for council staff",
            "<p>Our HR team offers workplace mediation to help colleagues resolve disagreements at work. "
            "Workplace mediation is voluntary and confidential. Email hrmediation@kestrelbay.gov.example.</p>",
        ),
        pos="",
        notes="Trap: workplace mediation",
    )
    c.add(
        "https://www.larchmont.gov.example/send/sendiass-drs",
        html=council(
            "Larchmont",
            "Disagreement Resolution Service",
            "<p>Larchmont's Disagreement Resolution Service is run by Larchmont SENDIASS. Our impartial "
            "advisers can help you resolve a disagreement with your child's school or the council.</p>"
            "<p>Call 01632 960 740.</p>",
        ),
        pos="iass",
        notes="Trap: the IASS presented as the DR service; not the independent provider",
    )
    c.add(
        "https://www.marlcombe.gov.example/send/local-offer-home",
        html=council(
            "Marlcombe",
            "SEND Local Offer",
            "<p>Welcome to Marlcombe's SEND Local Offer. Find information about education, health and care "
            "services for children and young people with special educational needs and disabilities.</p>"
            + ul(
                [
                    "<a href='/send/education'>Education</a>",
                    "<a href='/send/health'>Health</a>",
                    "<a href='/send/mediation-and-disagreement-resolution'>Mediation and disagreement "
                    "resolution</a>",
                    "<a href='/send/sendiass'>SENDIASS</a>",
                ]
            ),
        ),
        pos="",
        notes="Trap: home page with DR link only",
    )
    c.add(
        "https://www.netherby.gov.example/children/family-support",
        html=council(
            "Netherby",
            "Family support",
            "<p>Our Early Help team works with families to resolve difficulties at home. Restorative "
            "approaches and family group conferences can help family members find solutions together. "
            "Call Early Help on 01632 960 000.</p>",
        ),
        pos="",
        notes="Trap: early help / restorative family work",
    )
    c.add(
        "https://www.oakhurst.gov.example/send/tribunal-and-mediation",
        html=council(
            "Oakhurst",
            "Mediation and the Tribunal",
            "<p>Before you appeal to the Tribunal you must think about mediation. Ask your caseworker for "
            "the mediation adviser's details. After mediation, if you still disagree, you can appeal.</p>",
        ),
        pos="",
        skip="med",
        notes="Trap: caseworker for adviser details; 'after mediation you can appeal' is not noeff",
    )
    c.add(
        "https://www.pennington-send.example/news/mediation-conference",
        html=simple(
            "SEND mediation conference",
            "<p>Book now for our annual conference. Speakers include a mediator from Global Mediation, who "
            "will talk about good practice in SEND mediation nationally. Tickets: "
            "events@pennington-send.example.</p>",
        ),
        pos="",
        skip="prov",
        notes="Trap: provider mentioned as a conference speaker; contact is the event's",
    )
    c.add(
        "https://www.quarrydale.gov.example/send/hospital-health-complaints",
        html=council(
            "Quarrydale",
            "Concerns about health services",
            "<p>If you have a concern about NHS care, contact the Patient Advice and Liaison Service (PALS) "
            "at the hospital: 01632 960 950. You can also complain to the Quarrydale Integrated Care Board.</p>",
        ),
        pos="",
        skip="cmp",
        notes="Trap: PALS and health complaints",
    )
    c.add(
        "https://www.rushmere.gov.example/send/disagreement-resolution-old",
        html=council(
            "Rushmere",
            "Disagreement resolution",
            "<p>Disagreement resolution is available to help resolve disagreements with the council or "
            "your school. Please ask your SENCo or SEN caseworker how to get a referral.</p>",
        ),
        pos="",
        skip="types",
        notes="Trap: DR named, SENCo/caseworker route only, no provider; types borderline ('with the council or your school')",
    )
    c.add(
        "https://www.saltmarsh.gov.example/send/peer-mediation-in-schools",
        html=council(
            "Saltmarsh",
            "Peer mediation in schools",
            "<p>Many Saltmarsh schools train pupils as peer mediators to help resolve playground "
            "disagreements. Ask your school about its peer mediation scheme or contact the Inclusion "
            "Team on 01632 960 000.</p>",
        ),
        pos="",
        notes="Trap: peer mediation",
    )


def main() -> None:
    c = Cases("q")
    provider_prose(c)
    provider_directory(c)
    provider_faq_easy(c)
    provider_leaflets(c)
    provider_misc(c)
    other_dr(c)
    traps(c)
    c.write("train_thirteen.jsonl")


if __name__ == "__main__":
    main()
