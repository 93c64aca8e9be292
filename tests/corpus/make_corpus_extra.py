"""Write ``train_extra.jsonl``: fresh out-of-sample pages, written after the checks were tuned.

The pages here were written from the legal rules (``checks.md``, ``duties.md`` §5-§11) and the
labelling rules of ``README.md`` only -- without reading the checks' code and in words that
deliberately differ from ``make_corpus.py``: new councils and providers (fictional ones such as
"Northgate Resolution CIC" next to the real ones of ``duties.md`` §10), passive voice, second and
third person, definition lists, tables, accordions, "Did you know?" boxes, PDF-like text with
hard line breaks and page headers, long pages where the key sentence is buried and short
directory listings.

Labels work as in ``make_corpus.py``: ``pos`` lists the checks the page passes by itself, every
other judged check is 0 unless listed in ``skip``; ``stale=True`` labels ``stale_ccg`` 0.

Run ``python tests/corpus/make_corpus_extra.py`` from the repository root.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory

# --- furniture of its own: menus, cookie banners, related-links boxes and footers ------------

NAV = {
    "m": (
        '<div class="cookie-banner" role="region" aria-label="Cookies"><p>We use essential cookies. '
        '<a href="/cookies">Change settings</a></p></div>'
        '<header class="mega"><a href="/" class="brand">Local Offer</a><nav aria-label="Site"><ul>'
        '<li><a href="/lo/learning">Learning and school</a></li><li><a href="/lo/health">Health and wellbeing</a>'
        '</li><li><a href="/lo/if-you-disagree/disagreement-resolution-service">Disagreement resolution '
        'service</a></li><li><a href="/lo/if-you-disagree/send-mediation">SEND mediation</a></li>'
        '<li><a href="/lo/if-you-disagree/tribunal">Appeal to the Tribunal</a></li>'
        '<li><a href="/lo/sendiass">Information, Advice and Support Service</a></li>'
        '<li><a href="/lo/you-said-we-did">You said, we did</a></li></ul></nav></header>'
    ),
    "g": (
        '<header class="govuk-header"><div class="govuk-header__container"><a href="/" class="govuk-header__link">'
        'Council website</a></div></header><div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/children-families">Children and families</a></li><li><a href="/send">SEND</a></li></ol>'
        "</div>"
    ),
    "o": (
        '<div id="kb-header"><a href="/kb5/lo/home.page">Family Directory</a><form action="/kb5/lo/results.page">'
        '<input name="qt" placeholder="Search for SENDIASS, mediation, short breaks"></form></div>'
    ),
    "n": '<header><a href="/">Home</a></header>',
}

FOOTER = {
    "m": (
        '<aside class="was-this-helpful"><p>Was this page useful? <a href="/feedback">Yes</a> <a href="/feedback">'
        'No</a>. We can\'t reply to comments left here.</p></aside><footer><ul><li><a href="/lo/complaints">'
        'Complaints about SEND</a></li><li><a href="/lo/if-you-disagree">If you disagree</a></li><li><a '
        'href="https://www.ccg-archive.example.nhs.uk">Old CCG documents</a></li><li><a href="/accessibility">'
        "Accessibility</a></li></ul><p>&copy; 2026</p></footer>"
    ),
    "g": (
        '<footer class="govuk-footer"><div><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> '
        '<a href="/contact-us">Contact us</a> <a href="/complaints">Comments, compliments and complaints</a>'
        "</div><p>All content is available under the Open Government Licence v3.0</p></footer>"
    ),
    "o": (
        '<div id="kb-footer"><p>Information on this directory is supplied by the organisations listed. '
        '<a href="/kb5/lo/sendiass.page">SENDIASS</a> | <a href="/kb5/lo/mediation.page">Mediation and '
        'disagreement resolution</a> | <a href="/kb5/lo/feedback.page">Local Offer feedback</a></p></div>'
    ),
    "n": "<footer><p>Terms and conditions</p></footer>",
}

RELATED = (
    '<aside class="related"><h2>Related pages</h2><ul><li><a href="/lo/if-you-disagree/send-mediation">SEND '
    'mediation</a></li><li><a href="/lo/if-you-disagree/disagreement-resolution-service">Disagreement '
    'resolution</a></li><li><a href="/lo/complaints">Making a complaint</a></li></ul></aside>'
)


def page(title: str, main: str, furniture: str = "mm", updated: str = "", related: bool = False) -> str:
    stamp = f'<p class="meta">Last reviewed {updated}</p>' if updated else ""
    aside = RELATED if related else ""
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'{NAV[furniture[0]]}<main id="content"><h1>{title}</h1>{main}{stamp}</main>{aside}'
        f"{FOOTER[furniture[-1]]}</body></html>"
    )


SPLIT = Cases("x")
case = SPLIT.add


# =============================================================================================
# A. Council pages setting out disagreement resolution (full, partial and gapped)
# =============================================================================================

case(
    "https://www.wexcombe.example.gov.uk/local-offer/if-you-disagree/arrangements",
    html=page(
        "Disagreement resolution arrangements in Wexcombe",
        "<p>This page explains how disagreements about special educational provision are dealt with in "
        "Wexcombe.</p><h2>Arrangements</h2><p>Disagreement resolution meetings are arranged on the "
        "council's behalf by Northgate Resolution CIC. Northgate is a community interest company with no link "
        "to the borough's SEN service, and its facilitators are not council staff.</p><p>Meetings may be "
        "requested by a parent, by a young person or by a school. A meeting is only held once every party has "
        "said yes to it.</p><h2>Matters that can be brought</h2><ul><li>how an early years setting, school or "
        "college is meeting a child's special educational needs</li><li>how the borough is carrying out its "
        "SEN functions</li><li>the health or social care elements of an EHC needs assessment or of a plan "
        "review</li></ul><p>Nothing said in a meeting may be quoted later at a Tribunal hearing. Using the "
        "service is not a step anyone has to take before appealing to the First-tier Tribunal.</p><h2>Making a "
        "request</h2><p>Requests are made through the referral form at "
        '<a href="https://www.northgate-resolution.example.org.uk/refer">northgate-resolution.example.org.uk/refer'
        "</a> or by telephoning 0191 498 0233.</p>",
        updated="9 July 2026",
    ),
    pos="in ind vol types noeff conf prov contact",
    notes="Passive voice; provider + 'not council staff'; 'only held once every party has said yes'; three types; "
    "'may not be quoted at a Tribunal hearing' = confidential; 'not a step you have to take before appealing' = no "
    "effect; form + phone.",
)

case(
    "https://localoffer.kestrelvale.example.gov.uk/disagreements/drs",
    html=page(
        "Our disagreement resolution service",
        "<dl><dt>Who runs it?</dt><dd>Bridgeway Mediation Partnership. We commission them, but they are a "
        "separate, independent organisation.</dd><dt>Is it only for children with an EHC plan?</dt><dd>No. "
        "Families whose child gets help at SEN support can use it too.</dd><dt>Do I have to use it?</dt><dd>"
        "Not at all &ndash; it's optional.</dd><dt>How do I book a meeting?</dt><dd>Email "
        "hello@bridgeway.example.co.uk and a coordinator will ring you back.</dd></dl>",
        furniture="gg",
    ),
    pos="in ind vol all prov contact",
    notes="Definition-list FAQ; independent provider, optional, SEN support included, email.",
)

case(
    "https://www.rilston.example.gov.uk/send/disagreement-resolution-at-a-glance",
    html=page(
        "Disagreement resolution at a glance",
        "<table><tbody><tr><th>Service</th><td>Disagreement resolution service</td></tr><tr><th>Provided by</th>"
        "<td>Common Ground SEND Mediation Ltd</td></tr><tr><th>Independent of the council?</th><td>Yes. Common "
        "Ground is a private company and its facilitators are not employed by Rilston County Council.</td></tr>"
        "<tr><th>Who can use it</th><td>Parents, carers and young people with special educational needs at any "
        "stage. An EHC plan is not required.</td></tr><tr><th>Cost</th><td>Free</td></tr><tr><th>Is it "
        "compulsory?</th><td>No. It goes ahead only with the agreement of everyone involved.</td></tr><tr><th>"
        "Telephone</th><td>0117 496 0551</td></tr><tr><th>Website</th><td>"
        '<a href="https://www.commonground-send.example.co.uk">www.commonground-send.example.co.uk</a></td></tr>'
        "</tbody></table>",
        updated="2 October 2026",
    ),
    pos="in ind vol all prov contact",
    notes="Key/value table; every element in a table cell.",
)

case(
    "https://www.penhallow.example.gov.uk/media/resolving-disagreements-leaflet.pdf",
    text=(
        "Penhallow Council   SEND Local Offer\nResolving disagreements - a guide for families\nLeaflet "
        "version 3, April 2026                                            Page 1 of 2\n\nThe disagreement "
        "resolution service for Penhallow is delivered by\nKIDS, a national charity which is not part of the "
        "council. It can\nbe used for disagreements with an early years provider, school or\ncollege about "
        "SEN provision, and with the council or the\nIntegrated Care Board about education, health or care "
        "provision\nduring EHC processes.\n\nDiscussions in a disagreement resolution meeting are confidential "
        "and\nare held without prejudice.\n\nPenhallow Council   SEND Local Offer                          "
        "Page 2 of 2\n\nUsing disagreement resolution does not take away your right to\nappeal to the SEND "
        "Tribunal, and you do not have to use it\nbefore an appeal.\n\nTo arrange a meeting call KIDS on "
        "0808 157 0662."
    ),
    pos="in ind vol types noeff conf prov contact",
    notes="PDF text with hard line breaks mid-sentence and a page header; all elements present; 'you do not have to "
    "use it' = voluntary.",
)

case(
    "https://www.quarrington.example.gov.uk/send/support-for-learning",
    html=page(
        "Support for your child's learning",
        "<p>Most children with special educational needs have their needs met in their local mainstream "
        "nursery, school or college. Schools follow a graduated approach: assess, plan, do and review. Your "
        "child's SENCO will talk to you about what the school is putting in place and how progress will be "
        "checked.</p><h2>SEN support</h2><p>SEN support might include small group work, a reading programme, "
        "help from a teaching assistant or advice from a specialist teacher. Schools receive money in their "
        "budget for this.</p><h2>Education, health and care plans</h2><p>A small number of children need more "
        "help than a school can provide from its own resources. You, the school or a young person can ask us for "
        "an EHC needs assessment.</p><h2>Travel to school</h2><p>Some children with SEN qualify for free "
        "travel. If a travel application is turned down you can ask for a review by a panel of councillors.</p>"
        "<h2>Short breaks</h2><p>Short breaks give children new experiences and give families a rest. See the "
        "short breaks statement for who can use them.</p><h2>Advice</h2><p>Quarrington SENDIASS gives free, "
        "confidential advice to parents and young people on 01632 960 207.</p><h2>When things go wrong</h2><p>"
        "Talk to the school first. If that does not help, the council buys in an independent disagreement "
        "resolution service from Global Mediation (0800 064 4488, sen@globalmediation.example.co.uk).</p><h2>"
        "Personal budgets</h2><p>If your child has an EHC plan you can ask for a personal budget for part of "
        "the provision.</p>",
        updated="30 April 2026",
    ),
    pos="in ind prov contact iass",
    notes="Long general page; the DR sentence is buried near the end; transport review panel is not the Tribunal.",
)

case(
    "https://www.saltmarsh.example.gov.uk/send/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Disagreement resolution is an informal way of sorting out a disagreement without going to the "
        "Tribunal. A trained person helps everyone talk things through and agree a way forward.</p><p>It "
        "can be used if you disagree with a school or with the council about special educational provision. "
        "Meetings are voluntary, and what is discussed is kept confidential.</p><p>Ask your SEND caseworker "
        "for more details.</p>",
        furniture="gg",
    ),
    pos="vol conf",
    skip="types",
    notes="Generic description: no provider, no independence, caseworker only -> drs_in partial (0).",
)

case(
    "https://www.thornleigh.example.gov.uk/localoffer/disagreement-resolution-service",
    html=page(
        "Disagreement Resolution Service",
        "<p>In Thornleigh, the Disagreement Resolution Service is provided by Thornleigh SENDIASS. Our "
        "advisers are impartial and can help you understand the options when you disagree with a decision "
        "about your child's special educational needs.</p><p>We can help you write letters, prepare for "
        "meetings and understand your rights.</p><p>Call Thornleigh SENDIASS on 01632 960 448 or email "
        "advice@thornleigh-sendiass.example.org.uk.</p>",
        furniture="mn",
    ),
    pos="iass",
    notes="TRAP: SENDIASS labelled as the DR service; 'impartial' only. Only IASS signposting passes.",
)

case(
    "https://www.uptonmagna.example.gov.uk/send/resolution-meetings",
    html=page(
        "Resolution meetings",
        "<p>If you are unhappy with a draft or final EHC plan, the SEND Team will offer you a resolution "
        "meeting. It is chaired by a senior SEND officer who has not been involved in your child's case and "
        "who will be impartial.</p><p>Resolution meetings are voluntary and are held at a time that suits "
        "you. Everything discussed is treated as confidential.</p><p>To ask for a resolution meeting, email "
        "sendteam@uptonmagna.example.gov.uk or phone 01632 960 310.</p><p>You can also ask for mediation, "
        "and you may be able to appeal to the tribunal.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: officer-led resolution meeting (not the s.57 arrangement) with voluntary/confidential/contact.",
)

case(
    "https://www.varley.example.gov.uk/local-offer/mediation-and-disagreement-resolution",
    html=page(
        "Mediation and disagreement resolution",
        "<p>Our SEND mediation and disagreement resolution service is provided by Meadowbank Mediation. Their "
        "mediators are impartial and trained to help families and professionals reach agreement.</p><p>Contact "
        "Meadowbank on 0114 496 0712 to talk through what happens.</p>",
    ),
    pos="in prov contact",
    notes="Named provider + contact but only 'impartial' (no independence statement).",
)

case(
    "https://www.westerhope.example.gov.uk/send/disagree/dr",
    html=page(
        "Help when you disagree",
        "<h2>Disagreement resolution</h2><p>Disagreement resolution is provided by Clearwater Dispute "
        "Resolution. To arrange a meeting email info@clearwater-dr.example.co.uk.</p><h2>The Tribunal</h2><p>"
        "If you still disagree with a decision about an EHC needs assessment or plan, you can appeal to the "
        "First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the "
        "council. Appeals must be lodged within two months of the decision letter and can be made online "
        "through GOV.UK.</p>",
        furniture="gg",
        updated="17 August 2026",
    ),
    pos="in prov contact trib",
    notes="TRAP for independence: only the Tribunal is called independent. Right of appeal + deadline + online.",
)

case(
    "https://www.yarnfield.example.gov.uk/send/ehc-mediation",
    html=page(
        "Mediation about EHC decisions",
        "<p>Before you can appeal about an EHC decision you must contact a mediation adviser within two months "
        "of the decision letter. In Yarnfield, mediation is provided by Fairpoint Resolution Services, who are "
        "independent of the council. Phone 0115 496 0301.</p><p>If you go ahead, mediation must take place "
        "within 30 days. Once mediation has finished you will be given a certificate, and you can then appeal "
        "to the First-tier Tribunal (SEND) within one month of the certificate or two months of the original "
        "decision, whichever is later.</p>",
        updated="5 May 2026",
    ),
    pos="ind prov contact med trib",
    notes="TRAP: appeal only after mediation (no no-effect statement). Mediation adviser + time limits + certificate.",
)

case(
    "https://www.zennorbay.example.gov.uk/local-offer/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Our disagreement resolution service is only available to families whose child has an EHC plan or "
        "is being assessed for one.</p><p>It is delivered by Together Trust, which is independent of Zennor Bay "
        "Council. Ring 0161 496 0877 to find out more.</p>",
    ),
    pos="in ind prov contact",
    notes="TRAP: EHCP-only restriction (drs_all_sen 0).",
)

case(
    "https://www.ashcombe.example.gov.uk/send/sorting-out-disagreements",
    html=page(
        "Sorting out disagreements",
        "<p>Prime Resolution provides disagreement resolution for Ashcombe. They are a separate organisation "
        "and are not part of Ashcombe Council.</p>"
        '<div class="callout"><h3>Did you know?</h3><p>You don&#39;t need an EHC plan to use disagreement '
        "resolution.</p></div><p>No one has to take part if they don't want to.</p><p>Email "
        "ashcombe@prime-resolution.example.co.uk to request a meeting.</p>",
        furniture="gm",
    ),
    pos="in ind vol all prov contact",
    notes="'Did you know?' callout carries the all-SEN statement.",
)

case(
    "https://www.blythemoor.example.gov.uk/local-offer/resolving-disputes",
    html=page(
        "Resolving disputes about special educational needs",
        "<p>Parents and young people may ask for disagreement resolution, which in Blythemoor is provided by "
        "Community Accord. Community Accord is wholly separate from the local authority.</p><p>The service "
        "deals with:</p><ul><li>disputes between families and schools or colleges about SEN provision</li>"
        "<li>disputes with the local authority about how it is meeting its duties</li><li>disputes between "
        "the local authority and the Integrated Care Board</li></ul><p>Meetings are held on a without-prejudice "
        "basis, meaning that what is said cannot be relied on in later Tribunal proceedings.</p><p>A decision "
        "not to use the service has no bearing on any appeal to the First-tier Tribunal (SEND).</p><p>Referrals "
        'are made through the <a href="https://communityaccord.example.com/send-referral">online referral form on '
        "the Community Accord website</a>.</p>",
        updated="21 January 2026",
    ),
    pos="in ind types noeff conf prov contact",
    notes="Third person; 'wholly separate' = independence; 'no bearing on any appeal'; without prejudice; form link.",
)

case(
    "https://fsd.caldwick.example.gov.uk/kb5/caldwick/directory/service.page?id=drs01",
    html=page(
        "Caldwick SEND Disagreement Resolution Service",
        '<div class="service-record"><p class="org">Northgate Resolution CIC</p><p>Independent disagreement '
        "resolution for families of children and young people with special educational needs in Caldwick.</p>"
        "<h3>Who to contact</h3><ul><li>Telephone: 0191 498 0744</li><li>E-mail: "
        "caldwick@northgate.example.org.uk</li><li>Website: www.northgate-resolution.example.org.uk</li></ul>"
        "<h3>Where to go</h3><p>Meetings are held at venues across Caldwick or online.</p></div>",
        furniture="oo",
    ),
    pos="in ind prov contact",
    notes="Short directory record: 'Independent disagreement resolution' + org + contacts.",
)

case(
    "https://www.sendhelpnational.example.org.uk/advice/disagreement-resolution-explained",
    html=page(
        "Disagreement resolution explained",
        "<p>Every local authority in England has to make disagreement resolution available to families of "
        "children with SEN. The law says the person who runs it must be independent of the council. It is "
        "voluntary and both sides need to agree to it.</p><p>Ask your own local authority who provides the "
        "service in your area; details should be in its Local Offer.</p><p>Our national helpline is open "
        "Monday to Friday on 0808 157 0999.</p>",
        furniture="nn",
    ),
    pos="",
    skip="ind vol",
    notes="TRAP: national charity explaining DR in the abstract; independence only as what the law requires.",
)

case(
    "https://www.eskdalesendiass.example.org.uk/disagreements/dr-and-mediation",
    html=page(
        "Disagreement resolution and mediation: what they are",
        "<p>If you disagree with your school or the local authority there are several ways to sort things "
        "out. Disagreement resolution is an informal meeting with an independent facilitator. Mediation is "
        "more formal and is about EHC decisions.</p><p>The local authority arranges both of these. We are "
        "not the service that runs them, but we can help you decide whether to use them and prepare with "
        "you.</p><p>Contact Eskdale SENDIASS: 01632 960 519 or help@eskdalesendiass.example.org.uk.</p>",
        furniture="nn",
    ),
    pos="iass",
    skip="ind",
    notes="TRAP: IASS general explainer; no provider; independence generic.",
)

case(
    "https://www.felbridge.example.gov.uk/community/mediation-services",
    html=page(
        "Mediation services",
        "<p>Felbridge Community Mediation helps neighbours resolve disputes about noise, parking, boundaries "
        "and children's behaviour. Our mediators are independent volunteers and the service is free, "
        "voluntary and confidential.</p><p>Call 01632 960 141 or email mediation@felbridge-community.example.org"
        ".uk.</p><p>For disagreements about special educational needs, see the Local Offer.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: neighbour/community mediation with independent/voluntary/confidential/contact.",
)

case(
    "https://www.gorsey.example.gov.uk/families/separating-parents/mediation",
    html=page(
        "Family mediation for separating parents",
        "<p>If you are separating or divorcing, family mediation can help you agree child arrangements and "
        "finances without going to court. You will usually need to attend a Mediation Information and "
        "Assessment Meeting (MIAM) first.</p><p>Mediators are independent and impartial. Mediation is voluntary "
        "and confidential, and any family can use it, whatever their circumstances.</p><p>You may be eligible "
        "for a family mediation voucher worth up to &pound;500. Find a mediator through the Family Mediation "
        "Council or call Gorsey Family Mediation on 01632 960 626.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: divorce/separation mediation (MIAM, voucher).",
)

case(
    "https://intranet.harrowden.example.gov.uk/hr/workplace-mediation",
    html=page(
        "Workplace mediation",
        "<p>Our independent workplace mediation service helps colleagues resolve disagreements at work before "
        "they become formal grievances. Taking part is voluntary for both people and everything discussed is "
        "confidential. Mediation will not affect your right to raise a grievance or to go to an employment "
        "tribunal.</p><p>To ask for mediation, email hr.mediation@harrowden.example.gov.uk.</p>",
        furniture="nn",
    ),
    pos="",
    notes="TRAP: workplace mediation incl. 'will not affect your right to ... employment tribunal'.",
)

case(
    "https://www.ilsworth.example.gov.uk/schools/peer-mediation",
    html=page(
        "Peer mediation in schools",
        "<p>Many Ilsworth primary schools train pupils as peer mediators. Pupils help classmates resolve "
        "playground disagreements using restorative questions. The scheme is voluntary and conversations stay "
        "confidential unless someone is at risk.</p><p>Schools can book training from the Ilsworth Inclusion "
        "Team on 01632 960 855.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: peer mediation.",
)

case(
    "https://localoffer.jarrowfield.example.gov.uk/advice/disagreement-resolution",
    html=page(
        "Disagreement resolution meetings",
        "<h3>Who leads the meeting?</h3><ul><li>A trained third-party facilitator from Bridgeway Mediation "
        "Partnership.</li><li>The facilitator has no role in the council's decisions.</li></ul><h3>Can I use it "
        "if my child is on SEN support?</h3><ul><li>Yes &ndash; any child or young person with SEN can be "
        "included.</li></ul><h3>Is what I say private?</h3><ul><li>Yes, meetings are confidential.</li></ul>"
        "<h3>How do I book?</h3><ul><li>Phone 0118 496 0630.</li></ul>",
        updated="12 March 2026",
    ),
    pos="in ind all conf prov contact",
    notes="FAQ headings with answers in bullet lists; 'third-party facilitator'.",
)

case(
    "https://www.lamberhurst.example.gov.uk/send/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Disagreement resolution in Lamberhurst is provided by Meadowbank Mediation, which is independent "
        "of the council.</p><p>To request a meeting, contact your SEND case officer on 01632 960 990 or email "
        "send.casework@lamberhurst.example.gov.uk.</p>",
        furniture="gg",
    ),
    pos="ind prov",
    notes="Contact is the council SEN team only: drs_contact 0, drs_in partial.",
)

case(
    "https://www.mortlakevale.example.gov.uk/children/send/independent-dispute-resolution",
    html=page(
        "Independent dispute resolution for SEND",
        "<p>Independent dispute resolution for children and young people with special educational needs is "
        "commissioned by Mortlake Vale Council from Global Mediation Ltd, whose mediators have been accredited "
        "for SEND work and who have no other role in the council. Nobody can be made to attend a meeting, and "
        "a meeting will be arranged only where the school or council is willing to take part as well as the "
        "family.</p><p>Further information and an enquiry form can be found at "
        '<a href="https://www.globalmediation.example.co.uk/send">www.globalmediation.example.co.uk/send</a>.</p>',
        updated="3 November 2026",
    ),
    pos="in ind vol prov contact",
    notes="'dispute resolution' term; long passive sentences; 'nobody can be made to attend'.",
)

case(
    "https://www.nettleham.example.gov.uk/local-offer/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>The SEND Code of Practice says:</p><blockquote><p>&ldquo;Local authorities must make arrangements "
        "for disagreement resolution services ... The independent person facilitating disagreement resolution "
        "must not be employed by the local authority.&rdquo;</p></blockquote><p>Nettleham's disagreement "
        "resolution service is provided by Prime Resolution. Call 0121 496 0418 to make a referral.</p>",
    ),
    pos="in prov contact",
    skip="ind",
    notes="Independence only inside a quotation of the Code; provider + phone.",
)

case(
    "https://localoffer.orwellreach.example.gov.uk/young-people/if-you-disagree",
    html=page(
        "If you're 16 to 25 and you disagree",
        "<p>You can ask for a disagreement resolution meeting yourself. It's run by people from KIDS, who "
        "don't work for the council. You don't need an EHCP to ask. Going is up to you &ndash; you can say no.</p>"
        "<p>Text or call KIDS on 07700 900 461.</p>",
        furniture="mm",
    ),
    pos="in ind vol all prov contact",
    notes="Young-person voice; 'don't work for the council'; 'up to you'.",
)

case(
    "https://www.pendlebury.example.gov.uk/send/drs",
    html=page(
        "Disagreement resolution",
        "<p>Together Trust runs Pendlebury's disagreement resolution service. Together Trust is a charity and "
        "is not part of the council.</p><p>It can help with disagreements between parents and schools about "
        "special educational provision, and with disagreements between the council and the Integrated Care "
        "Board about who provides health support.</p><p>"
        '<a href="https://www.togethertrust.example.org.uk/send-drs/request">Request a meeting online</a></p>',
        updated="14 September 2026",
    ),
    pos="in ind types prov contact",
    notes="Contact only as a web link; two types in one paragraph.",
)

case(
    "https://www.redbarrow.example.gov.uk/local-offer/dr",
    html=page(
        "Disagreement resolution",
        "<p>Clearwater Dispute Resolution provides disagreement resolution meetings for Redbarrow families. "
        "Phone 0113 496 0827.</p><p>Whatever you decide about disagreement resolution, you keep your right to "
        "take your case to the SEND Tribunal.</p>",
    ),
    pos="in prov contact noeff",
    notes="No-effect phrased as 'you keep your right'; no independence statement.",
)

case(
    "https://www.kilverton.example.gov.uk/send/disagreement-resolution-explained",
    html=page(
        "How disagreement resolution works",
        "<p>The service covers disagreements between parents and the local authority about SEN duties, "
        "disagreements with schools about the provision being made, and disagreements between the council and "
        "health commissioners.</p><p>Anything said is off the record and can't be used in a later appeal.</p>"
        "<p>Our provider is Fairpoint Resolution Services.</p>",
        furniture="gg",
    ),
    pos="types conf prov",
    notes="Types in one sentence; 'off the record' = confidential; provider but no contact or independence (drs_in 0).",
)

case(
    "https://www.stoneleigh.example.gov.uk/localoffer/disagreement-resolution-not-limited",
    html=page(
        "Disagreement resolution",
        "<p>This service is not limited to children with education, health and care plans: it is there for "
        "any child or young person with special educational needs, whether their support comes through SEN "
        "support or a plan.</p><p>Disagreement resolution is provided by KIDS. Email "
        "stoneleigh@kids.example.org.uk.</p>",
        updated="8 June 2026",
    ),
    pos="in prov contact all",
    notes="All-SEN phrased as 'not limited to children with EHC plans'.",
)

case(
    "https://www.tidewater.example.gov.uk/send/disagreement-resolution-and-your-appeal-rights",
    html=page(
        "Disagreement resolution and your appeal rights",
        "<p>Disagreement resolution runs alongside your appeal rights. It does not replace them, and you can "
        "appeal at any time within the normal deadlines whether or not you have used it.</p><p>The service is "
        "provided by Global Mediation, who are independent of Tidewater Council. Call 0800 064 4488.</p><p>The "
        "facilitator will not share what is discussed with anyone outside the meeting.</p>",
        updated="26 February 2026",
    ),
    pos="in ind noeff conf prov contact",
    notes="No-effect: 'does not replace them ... whether or not you have used it'; confidentiality paraphrased.",
)

case(
    "https://www.underhill.example.gov.uk/send/disagreement-resolution-choice",
    html=page(
        "Disagreement resolution",
        "<p>Underhill's disagreement resolution service is run by Common Ground SEND Mediation Ltd, an "
        "independent provider.</p><p>You can decide not to take part, and so can the school or the council. "
        "No one can be forced into a meeting.</p><p>Book on 0117 496 0962.</p>",
        furniture="gm",
    ),
    pos="in ind vol prov contact",
    notes="Voluntary phrased as 'no one can be forced'.",
)

case(
    "https://www.wrexmoor.example.gov.uk/localoffer/disagreement-resolution-draft",
    html=page(
        "Disagreement resolution",
        "<p>We are currently re-tendering our disagreement resolution service. A new provider will be "
        "announced on this page shortly. In the meantime, please contact the SEND Team on 01632 960 522 if "
        "you need help with a disagreement.</p>",
        furniture="gg",
    ),
    pos="",
    notes="No provider; council contact only.",
)

case(
    "https://www.yelverton.example.gov.uk/local-offer/disagreements/independent-facilitator",
    html=page(
        "Meeting with an independent facilitator",
        "<p>When you and your child's school cannot agree about the support in place, either of you can ask "
        "for a meeting with an independent facilitator through our disagreement resolution service. The "
        "facilitator is not employed by the council or by the school.</p><p>Use our "
        '<a href="https://www.yelverton.example.gov.uk/forms/drs-referral">disagreement resolution referral '
        "form</a> and the facilitator will contact everyone to arrange a date.</p>",
        updated="10 October 2026",
    ),
    pos="in ind contact",
    notes="Arrangement identified by independence statement, no provider name; referral form route.",
)

# =============================================================================================
# B. SEND mediation pages
# =============================================================================================

case(
    "https://www.stoneleigh.example.gov.uk/localoffer/send-mediation",
    html=page(
        "SEND mediation",
        "<h2>When mediation applies</h2><p>If you want to appeal to the Tribunal about our decision not to "
        "assess, not to issue an EHC plan, or about what is in a plan, you first need to get mediation advice. "
        "Contact our mediation provider, Common Ground SEND Mediation, within two months of our decision. "
        "Common Ground is independent of the council.</p><h2>Your choice</h2><p>Going on to mediation is "
        "entirely your choice. If you don't want mediation, ask the adviser for a certificate. It must be sent "
        "within three working days, and you can go straight to appeal.</p><h2>If you mediate</h2><p>The "
        "mediation meeting must take place within 30 days. It is confidential. You will get a certificate "
        "afterwards.</p><h2>Appealing</h2><p>Appeals go to the First-tier Tribunal (SEND). Register your appeal "
        "online on GOV.UK within two months of the decision, or one month from the certificate if later.</p><p>"
        "Common Ground: 0117 496 0390, stoneleigh@commonground-send.example.co.uk</p>",
        updated="8 June 2026",
    ),
    pos="ind vol noeff conf prov contact med trib",
    notes="Full EHC mediation page; declining = certificate + straight to appeal.",
)

case(
    "https://www.tidewater.example.gov.uk/send/mediation-steps",
    html=page(
        "Mediation: step by step",
        "<ol><li>You receive our decision letter about an EHC needs assessment or plan.</li><li>Within two "
        "months, contact Bridgeway Mediation Partnership, who are not employed by the council, on 0118 496 "
        "0455.</li><li>A mediation adviser explains how mediation works.</li><li>If you decide not to mediate, "
        "Bridgeway will issue a certificate within 3 working days so that you can register your appeal.</li>"
        "<li>If you decide to mediate, the meeting takes place within 30 days.</li><li>Register your appeal "
        "with the First-tier Tribunal (SEND) using form SEND35 or online, within one month of the date on your "
        "certificate.</li></ol>",
        updated="26 February 2026",
    ),
    pos="ind noeff prov contact med trib",
    notes="Numbered steps; declining -> certificate -> appeal.",
)

case(
    "https://www.underhill.example.gov.uk/send/appeals",
    html=page(
        "Appealing an EHC decision",
        "<p>You have the right to appeal to the First-tier Tribunal (Special Educational Needs and "
        "Disability) about decisions on EHC needs assessments and plans. You will need a mediation certificate "
        "before appealing, unless your appeal is only about the school named.</p><p>You have two months from "
        "the decision letter to appeal. Use the online service on GOV.UK.</p>",
        updated="11 April 2026",
    ),
    pos="trib",
    notes="Appeal page mentioning the certificate only; mediation not explained.",
)

case(
    "https://www.wrexmoor.example.gov.uk/localoffer/health-and-care-mediation",
    html=page(
        "Mediation about health and social care in an EHC plan",
        "<p>If you disagree with the health or social care parts of an EHC plan, you can ask for mediation "
        "about those parts. Wrexmoor and Fenland ICB or our social care team will arrange it, and it must happen "
        "within 30 days.</p>",
        furniture="gg",
    ),
    pos="",
    skip="med",
    notes="Health/social care mediation only, partly explained.",
)

case(
    "https://www.kingsmere.example.gov.uk/send/mediation-providers",
    html=page(
        "Choosing a mediation provider",
        "<p>Before appealing to the Tribunal about an EHC decision, you must get mediation advice. You have two "
        "months from the decision letter. Kingsmere offers a choice of two providers, and both are independent "
        "of the council:</p><ul><li>Global Mediation &ndash; 0800 064 4488</li><li>KIDS SEND Mediation Service "
        "&ndash; 0808 157 0177</li></ul><p>The adviser will explain mediation and, if you don't want it, send "
        "you a certificate within three working days. If you mediate, it happens within 30 days.</p>",
        updated="1 July 2026",
    ),
    pos="ind prov contact med",
    skip="noeff vol",
    notes="Two providers; certificate if declined but no statement that you can then appeal (unlabelled).",
)

case(
    "https://www.yelverton.example.gov.uk/local-offer/mediation-questions",
    html=page(
        "SEND mediation: questions and answers",
        "<details><summary>What is SEND mediation?</summary><p>A meeting with a trained mediator to try to "
        "settle a disagreement with the council about an EHC needs assessment or plan, before going to the "
        "Tribunal.</p></details><details><summary>How long do I have?</summary><p>You must contact the "
        "mediation adviser within two months of our decision. The mediation must happen within 30 days of "
        "you asking for it.</p></details><details><summary>Will I get a certificate?</summary><p>Yes, after "
        "mediation, or within three working days if you decide not to mediate.</p></details><details>"
        "<summary>Is it private?</summary><p>Yes. Mediation is confidential.</p></details><details><summary>"
        "How do I start?</summary><p>Ask your SEND caseworker to put you in touch with our mediation "
        "provider.</p></details>",
        updated="10 October 2026",
    ),
    pos="med conf",
    skip="noeff vol",
    notes="Accordion FAQ (details/summary); provider unnamed; caseworker route only.",
)

case(
    "https://www.gorsey.example.gov.uk/families/mediation-certificate-court",
    html=page(
        "Do I need a mediation certificate to go to court?",
        "<p>Before applying to the family court about child arrangements you normally need to attend a MIAM. "
        "After the MIAM, the mediator can sign the form so that you can make your application. You have to "
        "apply within four months of the MIAM.</p><p>Mediation is voluntary and confidential.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: family court mediation certificate and time limit.",
)

# =============================================================================================
# C. Other appeals and tribunals (traps) and Tribunal pages
# =============================================================================================

case(
    "https://www.ashcombe.example.gov.uk/schools/admissions/appeals",
    html=page(
        "School admission appeals",
        "<p>If your child is refused a place at a school, you have the right to appeal to an independent "
        "appeal panel. Appeals must be lodged within 20 school days of the refusal letter using our online "
        "appeal form. The panel's decision is binding.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: admissions appeal with deadline/form, independent panel.",
)

case(
    "https://www.blythemoor.example.gov.uk/council-tax/appeals",
    html=page(
        "Council tax appeals",
        "<p>If you disagree with our decision on your council tax band or a discount, you can appeal to the "
        "Valuation Tribunal for England, which is independent. You must appeal within two months of our "
        "decision, using the online form on the Valuation Tribunal's website.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: council tax tribunal appeal.",
)

case(
    "https://www.caldwick.example.gov.uk/planning/appeals",
    html=page(
        "Planning appeals",
        "<p>Applicants can appeal against a refusal of planning permission to the Planning Inspectorate. "
        "Appeals must normally be made within six months using the Appeals Casework Portal.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: planning appeal.",
)

case(
    "https://www.dovecote.example.gov.uk/schools/exclusions/independent-review",
    html=page(
        "Permanent exclusion: independent review panels",
        "<p>If the governing board upholds a permanent exclusion, you can ask for an independent review panel "
        "within 15 school days. If your child has special educational needs you can ask for an SEN expert to "
        "attend the review. Contact the exclusions officer on 01632 960 733.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: exclusion review (independent panel, SEN expert).",
)

case(
    "https://www.eskdale.example.gov.uk/send/tribunal",
    html=page(
        "Going to the SEND Tribunal",
        "<p>Parents and young people can appeal to the First-tier Tribunal (SEND) against certain decisions "
        "made by the local authority, including a refusal to carry out an EHC needs assessment, a refusal to "
        "issue a plan, and the content of a plan.</p><p><strong>Time limit:</strong> two months from the date "
        "of the decision letter, or one month from the date of a mediation certificate, whichever is later."
        "</p><p><strong>How:</strong> complete form SEND35 and send it to HM Courts and Tribunals Service, or "
        "appeal online.</p><p>Since 2018 the Tribunal can also make recommendations about health and social "
        "care parts of a plan (extended appeals).</p>",
        updated="19 May 2026",
    ),
    pos="trib",
    notes="Standard tribunal page with bold labels.",
)

case(
    "https://www.felbridge.example.gov.uk/localoffer/tribunal-mention",
    html=page(
        "Your rights",
        "<p>If you disagree with a decision about your child's EHC plan, you may be able to appeal to the SEND "
        "Tribunal. Speak to your caseworker about your options.</p>",
        furniture="gg",
    ),
    pos="",
    notes="Tribunal named without how (deadline/form).",
)

case(
    "https://www.gorsey.example.gov.uk/localoffer/sendist",
    text=(
        "Gorsey Council - Appeals about special educational needs (information sheet, revised March 2026)\n\n"
        "Appeals about EHC needs assessments and plans are heard by the First-tier Tribunal (Special "
        "Educational Needs and Disability), sometimes still called SENDIST. An appeal must be registered within "
        "two months of the local authority's decision letter. The notice of appeal can be submitted online or "
        "on the paper form SEND35."
    ),
    pos="trib",
    notes="Information sheet text; passive voice; deadline and form.",
)

case(
    "https://www.harrowden.example.gov.uk/jobs/employment-tribunal",
    html=page(
        "Employment tribunal claims",
        "<p>Employees who believe they have been unfairly dismissed can make a claim to an employment tribunal "
        "within three months less one day, after contacting Acas for early conciliation.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: employment tribunal.",
)

# =============================================================================================
# D. Information, advice and support service
# =============================================================================================

case(
    "https://www.ilsworth.example.gov.uk/localoffer/information-advice-support",
    html=page(
        "Information, Advice and Support Service",
        "<p>The Ilsworth Information, Advice and Support Service (IASS) gives free, impartial and confidential "
        "information to parents, children and young people about special educational needs and disability. "
        "The service is run at arm's length from the council.</p><p>Freephone 0808 157 0880 or email "
        "iass@ilsworth-iass.example.org.uk.</p>",
        updated="3 August 2026",
    ),
    pos="iass",
    notes="IASS page; 'arm's length' and 'impartial' (IASS, not DR).",
)

case(
    "https://www.jarrowfield.example.gov.uk/localoffer/help-with-paperwork",
    html=page(
        "Help with paperwork",
        "<p>Filling in forms for an EHC needs assessment can feel daunting. Speak to SENDIASS if you would "
        "like someone to help you.</p>",
        furniture="gg",
    ),
    pos="",
    notes="SENDIASS named but no way to reach it.",
)

case(
    "https://www.kilverton.example.gov.uk/send/advice-line",
    html=page(
        "SEND advice line",
        "<p>The Kilverton SEND Team runs an advice line for parents every weekday from 9am to 1pm. Call "
        "01632 960 640 to speak to a SEND officer about your child's plan.</p><p>Kilverton Parent Carer Forum "
        "also holds coffee mornings: email hello@kilvertonpcf.example.org.uk.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: council's own advice line and parent carer forum (not IASS).",
)

case(
    "https://www.lamberhurst.example.gov.uk/localoffer/useful-contacts",
    html=page(
        "Useful contacts",
        "<table><thead><tr><th>Organisation</th><th>What they do</th><th>Contact</th></tr></thead><tbody><tr><td>"
        "Lamberhurst SENDIASS</td><td>Impartial advice on SEND for parents and young people</td><td>01632 960 303"
        ", sendiass@lamberhurst-sendiass.example.org.uk</td></tr><tr><td>IPSEA</td><td>National legal advice "
        "charity</td><td>www.ipsea.example.org.uk</td></tr><tr><td>Contact</td><td>For families with disabled "
        "children</td><td>0808 157 0111</td></tr></tbody></table>",
        updated="15 April 2026",
    ),
    pos="iass",
    notes="Contacts table; SENDIASS row with phone and email.",
)

case(
    "https://www.mortlakevale.example.gov.uk/children/send/advice-and-support",
    html=page(
        "Advice and support",
        "<p>Mortlake Vale SENDIASS (formerly the Parent Partnership Service) helps parents and young people "
        "understand the SEND system. Phone 01632 960 419.</p>",
        furniture="gg",
    ),
    pos="iass",
    notes="'formerly Parent Partnership' + phone.",
)

case(
    "https://www.nettleham.example.gov.uk/local-offer/where-to-get-advice",
    html=page(
        "Where to get advice",
        "<p>Independent advice is available from our local SENDIAS service. "
        '<a href="https://www.nettleham-sendias.example.org.uk">Visit Nettleham SENDIAS</a> to find out how '
        "they can help, including drop-in sessions and a young people's worker.</p>",
        furniture="mm",
    ),
    pos="iass",
    notes="'SENDIAS' spelling; link in content is the way to reach it.",
)

case(
    "https://localoffer.orwellreach.example.gov.uk/young-people/advice",
    html=page(
        "Advice for young people",
        "<p>If you are 16 to 25, the Orwell Reach Information, Advice and Support Service has a worker just for "
        "young people. You can text them on 07700 900 512 or message them through their website, "
        "orwellreach-ias.example.org.uk.</p>",
    ),
    pos="iass",
    notes="Young people's IAS by its full name; text + website.",
)

case(
    "https://fsd.penhallow.example.gov.uk/kb5/penhallow/directory/service.page?id=iass",
    html=page(
        "Penhallow SENDIASS",
        '<div class="service-record"><p>Free, impartial and confidential information, advice and support about '
        "SEND for parents, carers, children and young people aged 0 to 25.</p><h3>Who to contact</h3><ul><li>"
        "Telephone: 01632 960 358</li><li>E-mail: info@penhallowsendiass.example.org.uk</li></ul></div>",
        furniture="oo",
    ),
    pos="iass",
    notes="Directory record for SENDIASS.",
)

case(
    "https://www.quarrington.example.gov.uk/send/sendiass-independent",
    html=page(
        "SENDIASS",
        "<p>Quarrington SENDIASS is an independent service. It can support you through disagreement resolution, "
        "mediation and appeals. For disagreement resolution itself, contact the council's SEND team on 01632 "
        "960 380.</p><p>Contact SENDIASS on 01632 960 207 or sendiass@quarrington-iass.example.org.uk.</p>",
        furniture="gg",
    ),
    pos="iass",
    notes="TRAP: 'independent' applies to SENDIASS; DR via the council's SEND team.",
)

# =============================================================================================
# E. Complaints
# =============================================================================================

case(
    "https://www.rilston.example.gov.uk/send/complaints",
    html=page(
        "Complaints about SEND services",
        "<table><thead><tr><th>If you are unhappy with...</th><th>What to do</th></tr></thead><tbody><tr><td>your "
        "child's school or academy</td><td>Use the school's complaints procedure and ask for it to go to the "
        "governors. For academies you can then contact the Department for Education.</td></tr><tr><td>the "
        "council's SEND service</td><td>Use the council's corporate complaints procedure online.</td></tr><tr><td>"
        "NHS services</td><td>Contact PALS or make a complaint under the NHS complaints procedure.</td></tr><tr>"
        "<td>the council's final response</td><td>Ask the Local Government and Social Care Ombudsman to "
        "investigate.</td></tr><tr><td>the NHS's final response</td><td>Go to the Parliamentary and Health "
        "Service Ombudsman.</td></tr></tbody></table>",
        updated="2 October 2026",
    ),
    pos="cmp",
    notes="Complaints routes in a two-column table.",
)

case(
    "https://www.saltmarsh.example.gov.uk/send/complaints-faq",
    html=page(
        "Complaints: frequently asked questions",
        "<h3>My child's school isn't following the plan. Who do I complain to?</h3><p>Start with the head "
        "teacher, then follow the school's published complaints policy.</p><h3>I'm unhappy with how the council "
        "handled my child's assessment.</h3><p>Use our corporate complaints form. If you are still unhappy after "
        "stage two, the Local Government and Social Care Ombudsman can look at it.</p><h3>What about health "
        "services?</h3><p>Complain to the NHS provider or to the ICB. The Parliamentary and Health Service "
        "Ombudsman is the final stage.</p>",
        furniture="gg",
    ),
    pos="cmp",
    notes="Complaints FAQ covering school, council, health, ombudsmen.",
)

case(
    "https://www.thornleigh.example.gov.uk/contact/complain-about-the-council",
    html=page(
        "Complain about the council",
        "<p>To complain about a council service, use our online complaints form. We will reply within 10 "
        "working days.</p>",
        furniture="gg",
    ),
    pos="",
    skip="cmp",
    notes="Single route (council).",
)

case(
    "https://www.uptonmagna.example.gov.uk/waste/complaints",
    html=page(
        "Complaints about bin collections and council tax",
        "<p>If your bin was missed, report it online. If you are unhappy with how we dealt with your council "
        "tax, use the complaints form. If you remain dissatisfied you can go to the Local Government and Social "
        "Care Ombudsman.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: non-SEND complaints with LGSCO.",
)

case(
    "https://www.varley.example.gov.uk/local-offer/complaints-guide.pdf",
    text=(
        "VARLEY LOCAL OFFER\nMaking a complaint about SEND support (guide, January 2026)\n\n1. Schools and "
        "colleges\nSpeak to the SENCO first. If that does not work, use the setting's complaints procedure; "
        "academies\nand free schools can be referred to the Department for Education after that.\n\n2. The "
        "council\nComplaints about the SEND team are handled by our Customer Feedback Team (01632 960 915).\n\n"
        "3. Health\nNHS services have their own complaints process. PALS can help.\n\n4. Ombudsmen\nThe Local "
        "Government and Social Care Ombudsman looks at council complaints; the Parliamentary and\nHealth "
        "Service Ombudsman looks at NHS complaints.\n\n5. Ofsted\nOfsted can consider complaints about a school "
        "as a whole, but not individual cases."
    ),
    pos="cmp",
    notes="Numbered PDF guide; all routes.",
)

case(
    "https://www.westerhope.example.gov.uk/send/everything-you-need-to-know",
    html=page(
        "Everything you need to know about SEND in Westerhope",
        "<p>This guide covers the main parts of the SEND system.</p><h2>Identifying needs</h2><p>Needs can be "
        "spotted by a health visitor, nursery, school or by you. Talk to the setting's SENCO.</p><h2>Support "
        "in school</h2><p>Schools must use their best endeavours to meet needs and must publish a SEN "
        "information report.</p><h2>EHC needs assessments</h2><p>We decide whether to assess within six weeks "
        "and finish the whole process within 20 weeks.</p><h2>Health services</h2><p>Therapies are commissioned "
        "by Westerhope and Tyne ICB.</p><h2>If you are unhappy</h2><p>Complaints about a school go to the school "
        "first and then its governing body. Complaints about our SEND service go through the council's "
        "complaints procedure, and after that to the Local Government and Social Care Ombudsman. Complaints "
        "about health services go to the NHS provider and then to the Parliamentary and Health Service "
        "Ombudsman.</p><h2>Preparing for adulthood</h2><p>From year 9, annual reviews look at what the young "
        "person wants for their future.</p>",
        updated="17 August 2026",
    ),
    pos="cmp",
    notes="Long guide with the complaints routes buried in one section.",
)

case(
    "https://www.dovecote.example.gov.uk/health/complaints-about-nhs",
    html=page(
        "Complaints about NHS services",
        "<p>Contact the Patient Advice and Liaison Service (PALS) for help with a concern. To make a formal "
        "complaint, write to the NHS trust's complaints team. If you are unhappy with the response you can ask "
        "the Parliamentary and Health Service Ombudsman to review it.</p>",
        furniture="gg",
    ),
    pos="",
    skip="cmp",
    notes="Health routes only; borderline for 'several routes'.",
)

# =============================================================================================
# F. Local Offer feedback ("You said, we did")
# =============================================================================================

case(
    "https://www.ashcombe.example.gov.uk/send/local-offer-you-said-we-did",
    html=page(
        "Local Offer: you said, we did",
        "<p>Published 19 January 2026. Every year we ask families what they think of the Local Offer website. "
        "Here is what you told us and what we have changed.</p><table><thead><tr><th>You told us</th><th>What "
        "we've done</th></tr></thead><tbody><tr><td>Finding activities for disabled children was hard.</td><td>"
        "We added an activities filter to the directory.</td></tr><tr><td>The pages about EHC plans used too "
        "much jargon.</td><td>We rewrote them with the Parent Carer Forum.</td></tr></tbody></table>",
        furniture="gg",
    ),
    pos="fb",
    notes="Fresh YSWD about the Local Offer, table format.",
)

case(
    "https://www.blythemoor.example.gov.uk/local-offer/feedback-2024",
    html=page(
        "Local Offer feedback and our response",
        "<p>Published 14 March 2024.</p><p>You said the directory was out of date. We checked every entry and "
        "removed 120 services that had closed.</p><p>You said the site was hard to use on a phone. We moved to "
        "a new design.</p>",
        furniture="gg",
    ),
    pos="",
    notes="Local Offer feedback dated 2024 (outside the 13-month window).",
)

case(
    "https://www.caldwick.example.gov.uk/family-hubs/you-said-we-did",
    html=page(
        "Family hubs: you said, we did",
        "<p>Updated 2 September 2026.</p><p>You said: the hubs should open on Saturdays. We did: three hubs now "
        "open on Saturday mornings.</p><p>You said: you wanted more baby groups. We did: added two new groups."
        "</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: YSWD about family hubs.",
)

case(
    "https://www.dovecote.example.gov.uk/send/strategy-consultation-response",
    html=page(
        "SEND strategy consultation: what you told us",
        "<p>June 2026. We consulted on our new SEND strategy between January and March. You told us that "
        "waiting times for assessments were too long; we have added a new priority on timeliness. You told us "
        "to involve young people more; we have set up a youth panel.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: SEND strategy consultation responses, not the Local Offer.",
)

case(
    "https://www.eskdale.example.gov.uk/localoffer/survey-results",
    html=page(
        "Local Offer survey results",
        "<p>Survey carried out February 2026.</p><p>142 people answered our survey about the Local Offer. 61% "
        "found what they were looking for. Many people said the search was hard to use and that they wanted "
        "more information about post-16 options.</p><p>We will publish our response and an action plan later "
        "in the year.</p>",
        furniture="gg",
    ),
    pos="",
    notes="Comments only; response not yet published.",
)

case(
    "https://www.felbridge.example.gov.uk/localoffer/you-said-we-did",
    html=page(
        "You said, we did",
        "<ul><li>You said you could not find information about short breaks. We created a short breaks "
        "section on the Local Offer.</li><li>You said the Local Offer did not explain transport. We added a "
        "travel assistance page.</li></ul>",
        furniture="mm",
    ),
    pos="",
    notes="Undated Local Offer YSWD.",
)

case(
    "https://www.gorsey.example.gov.uk/media/local-offer-annual-report-2025-26.pdf",
    text=(
        "Gorsey SEND Local Offer Annual Report 2025-26\nPublished 2 December 2025\n\n1. Introduction\nThis "
        "report sets out the comments we have received about the Local Offer and how we have responded.\n\n"
        "2. What families told us\n- Information about preparing for adulthood was hard to find.\n- Some "
        "directory entries were missing prices.\n\n3. Our response\n- We created a Preparing for Adulthood hub "
        "with young people.\n- We asked every provider to add costs; 85% have now done so.\n\n4. Next year\nWe "
        "will review the Local Offer with the Parent Carer Forum in spring."
    ),
    pos="fb",
    notes="Annual report PDF; published 2 December 2025 (inside the window).",
)

case(
    "https://www.harrowden.example.gov.uk/localoffer/feedback-report-oct-2025",
    html=page(
        "Local Offer feedback report",
        "<p>Date published: 27 October 2025</p><h2>Comments received</h2><p>Parents asked for clearer "
        "information about the EHC needs assessment timeline.</p><h2>Our response</h2><p>We added a timeline "
        "graphic to the EHC needs assessment page.</p>",
        furniture="gg",
    ),
    pos="",
    notes="Edge: published 27 October 2025, one day before the window opens.",
)

case(
    "https://www.ilsworth.example.gov.uk/localoffer/feedback-report-28-oct-2025",
    html=page(
        "Local Offer feedback report",
        "<p>Date published: 28 October 2025</p><h2>Comments received</h2><p>Young people told us the Local "
        "Offer did not have enough about apprenticeships.</p><h2>Our response</h2><p>We added a supported "
        "internships and apprenticeships page written with the youth forum.</p>",
        furniture="gg",
    ),
    pos="fb",
    notes="Edge: published 28 October 2025, first day of the window.",
)

case(
    "https://www.jarrowfield.example.gov.uk/localoffer/tell-us-what-you-think",
    html=page(
        "Tell us what you think of the Local Offer",
        "<p>We want to hear from you. Please fill in our short feedback form about the Local Offer website. "
        'Your comments help us improve it.</p><p><a href="/forms/lo-feedback">Start the feedback form</a></p>',
        furniture="gg",
    ),
    pos="",
    notes="TRAP: feedback form only.",
)

case(
    "https://www.kilvertonpcf.example.org.uk/news/you-said-we-did-2026",
    html=page(
        "Parent Carer Forum survey 2026: you said, we did",
        "<p>April 2026. Our members told us they wanted more evening meetings, so we have moved half of our "
        "meetings to 7pm. You said our newsletter was too long, so we've made it shorter.</p>",
        furniture="nn",
    ),
    pos="",
    notes="TRAP: parent carer forum YSWD.",
)

case(
    "https://www.lamberhurst.example.gov.uk/localoffer/what-we-changed",
    html=page(
        "What we have changed because of your feedback",
        "<p>Last updated 11/05/2026</p><p>We read every comment left on the Local Offer. Here are the main "
        "themes from the last year and what we did about them.</p><dl><dt>Theme: out-of-date directory "
        "entries</dt><dd>Action: providers now get an automatic reminder every six months.</dd><dt>Theme: "
        "not enough about mental health</dt><dd>Action: new emotional wellbeing pages, reviewed by the ICB.</dd>"
        "</dl>",
        furniture="mg",
    ),
    pos="fb",
    notes="Themes + actions in a definition list; dd/mm/yyyy date.",
)

case(
    "https://www.mortlakevale.example.gov.uk/children/send/local-offer-review",
    html=page(
        "Local Offer review June 2026",
        "<p>What families said about the Local Offer this year:</p><ul><li>it was hard to find the SEND "
        "Tribunal information</li><li>the directory should show wheelchair access</li></ul><p>What the "
        "council is doing in response:</p><ul><li>moving the appeals pages under one 'If you disagree' "
        "heading</li><li>adding an accessibility field to every directory entry</li></ul>",
        furniture="gg",
    ),
    pos="fb",
    notes="Month-only date (June 2026) inside the window; comments and response.",
)

case(
    "https://www.nettleham.example.gov.uk/local-offer/page-feedback",
    html=page(
        "Feedback about this page",
        "<p>Was this page helpful? Please tell us how we could improve it. We can't reply to individual comments.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: page-feedback widget.",
)

case(
    "https://www.orwellreach.example.gov.uk/localoffer/ysyd-2023",
    text=(
        "Orwell Reach Local Offer - You Said, We Did\nSeptember 2023\n\nYOU SAID: The Local Offer doesn't tell "
        "us about holiday clubs.\nWE DID: Added a holiday activities section.\n\nYOU SAID: We can't find the "
        "SENDIASS number.\nWE DID: Put it on every page."
    ),
    pos="",
    notes="Old (September 2023) YSWD document.",
)

case(
    "https://www.pendlebury.example.gov.uk/send/inspection-action-plan",
    html=page(
        "Area SEND inspection: our action plan",
        "<p>Updated 4 July 2026.</p><p>Inspectors told us that families found it hard to get information. In "
        "response we will redesign the Local Offer and improve how we communicate with families.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: inspection action plan, not comments received about the Local Offer.",
)

case(
    "https://www.redbarrow.example.gov.uk/local-offer/your-feedback-2026",
    html=page(
        "Your feedback about the Local Offer",
        "<p>This page was published on 2 March 2026 and covers comments received between January and December "
        "2025.</p><h2>What you said</h2><p>&ldquo;It would help to have the SEN support guidance in easy "
        "read.&rdquo;</p><p>&ldquo;I couldn't tell which pages were for young people.&rdquo;</p><h2>What we "
        "did</h2><p>An easy read version is now available, and we launched a young people's section.</p>",
        furniture="mm",
    ),
    pos="fb",
    notes="Quoted comments and response; published 2 March 2026.",
)

# =============================================================================================
# G. CCG currency
# =============================================================================================

case(
    "https://www.saltmarsh.example.gov.uk/send/designated-clinical-officer",
    html=page(
        "Designated Clinical Officer",
        "<p>The Designated Clinical Officer (DCO) for SEND works for NHS Saltmarsh Clinical Commissioning "
        "Group. You can contact the DCO through the CCG's SEND inbox: dco@saltmarsh-ccg.example.nhs.uk.</p>",
        furniture="gg",
        updated="6 April 2026",
    ),
    pos="",
    stale=True,
    notes="CCG as a live body (2026 page).",
)

case(
    "https://www.thornleigh.example.gov.uk/localoffer/disagreement-resolution-health",
    html=page(
        "Disagreement resolution",
        "<p>Thornleigh's disagreement resolution service is run by Meadowbank Mediation. Contact them on "
        "0114 496 0254.</p><p>It can be used for disagreements with schools about special educational "
        "provision, and disagreements with the council or the clinical commissioning group about health or "
        "social care provision in an EHC plan.</p>",
        updated="22 May 2026",
    ),
    pos="in prov contact types",
    stale=True,
    notes="DR page listing the clinical commissioning group as a current party (stale).",
)

case(
    "https://www.uptonmagna.example.gov.uk/send/health-commissioning",
    html=page(
        "Health commissioning",
        "<p>Children's therapy services are commissioned by NHS Upton and Wyre ICB (formerly Upton Magna CCG).</p>",
        furniture="gg",
    ),
    pos="",
    notes="'formerly ... CCG' (not stale).",
)

case(
    "https://www.varley.example.gov.uk/send/code-of-practice-extract",
    html=page(
        "What the Code of Practice says about disagreements",
        "<blockquote><p>&ldquo;Disagreement resolution arrangements ... must cover disagreements between "
        "local authorities and clinical commissioning groups (CCGs) during EHC needs assessments.&rdquo;</p>"
        "</blockquote><p>The Code was written before CCGs were replaced by Integrated Care Boards.</p>",
        furniture="gg",
    ),
    pos="",
    notes="CCG inside a quotation of the Code (not stale).",
)

case(
    "https://www.westerhope.example.gov.uk/media/send-joint-commissioning-2021.pdf",
    text=(
        "Westerhope SEND Joint Commissioning Strategy 2021\nMarch 2021\n\nThis strategy has been agreed by "
        "Westerhope Council and Westerhope CCG. The CCG commissions speech and language therapy and will lead "
        "on the health elements of EHC plans."
    ),
    pos="",
    notes="Document written before July 2022 (not stale).",
)

case(
    "https://www.yarnfield.example.gov.uk/send/who-is-the-icb",
    html=page(
        "Who is the ICB?",
        "<p>Clinical Commissioning Groups were abolished on 1 July 2022 and replaced by Integrated Care Boards. "
        "In our area NHS Yarnfield ICB now plans and pays for children's health services.</p>",
        furniture="gg",
    ),
    pos="",
    notes="Explains the abolition (not stale).",
)

case(
    "https://www.zennorbay.example.gov.uk/local-offer/complaints-routes",
    html=page(
        "How to complain",
        "<ul><li><strong>Schools:</strong> follow the school's complaints policy; the governing body hears "
        "the final stage.</li><li><strong>The council:</strong> use the corporate complaints procedure.</li>"
        "<li><strong>Health:</strong> complain to NHS Zennor Bay CCG's patient experience team on 01632 960 "
        "277.</li><li><strong>Ombudsmen:</strong> the Local Government and Social Care Ombudsman or the "
        "Parliamentary and Health Service Ombudsman.</li></ul>",
        updated="12 September 2026",
    ),
    pos="cmp",
    stale=True,
    notes="Complaints routes with a live CCG contact (stale).",
)

case(
    "https://www.ashcombe.example.gov.uk/send/icb-took-over",
    html=page(
        "Health services for children with SEND",
        "<p>NHS Ashcombe ICB, which took over from the CCG in 2022, funds community paediatrics and therapies.</p>",
        furniture="gg",
    ),
    pos="",
    notes="'took over from the CCG' (not stale).",
)

# =============================================================================================
# H. Combined pages and more varied wording
# =============================================================================================

case(
    "https://www.kingsmere.example.gov.uk/send/if-you-disagree-hub",
    html=page(
        "If you disagree: all your options",
        "<h2>Disagreement resolution</h2><p>KIDS provides disagreement resolution for Kingsmere. KIDS is a "
        "charity, independent of the council. Taking part is voluntary for everyone. Call 0808 157 0177.</p>"
        "<h2>Mediation</h2><p>Before appealing about an EHC decision you must speak to a mediation adviser "
        "within two months. If you don't want to mediate you'll get a certificate within three working days "
        "and can appeal straight away. Mediation takes place within 30 days.</p><h2>The Tribunal</h2><p>"
        "Appeal to the First-tier Tribunal (SEND) within two months of our decision, or one month after your "
        "certificate, online at GOV.UK.</p><h2>Complaints</h2><p>Complain to your child's school using its "
        "complaints procedure; to the council through our online complaints form; about health services "
        "through the NHS complaints procedure; and then to the relevant ombudsman (LGSCO or PHSO).</p><h2>"
        "Advice</h2><p>Kingsmere SENDIASS: 01632 960 466.</p>",
        updated="1 July 2026",
    ),
    pos="in ind vol noeff prov contact med trib cmp iass",
    notes="Hub page with every topic in brief.",
)

case(
    "https://www.caldwick.example.gov.uk/send/sen-support",
    html=page(
        "SEN support in schools",
        "<p>SEN support is the help a school gives to children with special educational needs who do not "
        "have an EHC plan. It follows a cycle of assess, plan, do and review. Schools must tell you when they "
        "are making special educational provision for your child.</p>",
        related=True,
    ),
    pos="",
    notes="No DR content; related-links box names mediation and DR.",
)

case(
    "https://www.dovecote.example.gov.uk/localoffer/disagreement-resolution",
    html=page(
        "Disagreement resolution",
        "<p>Dovecote Council has arranged for Northgate Resolution CIC to provide disagreement resolution. "
        "Northgate's facilitators are independent: they do not work for Dovecote Council or for any school.</p>"
        "<p>The service is free and open to all families of children and young people with SEN, with or "
        "without an education, health and care plan.</p><p>Disagreements it can help with include:</p><ol>"
        "<li>disagreements with the council about an EHC needs assessment, plan or annual review</li><li>"
        "disagreements with a nursery, school or college about the support being given</li><li>disagreements "
        "about health or social care provision during EHC processes</li></ol><p>You and the other side both "
        "need to agree to take part.</p><p>Call Northgate on 0191 498 0515 or email "
        "dovecote@northgate.example.org.uk.</p>",
        updated="30 September 2026",
    ),
    pos="in ind vol all types prov contact",
    notes="Full page with numbered types list.",
)

case(
    "https://www.eskdale.example.gov.uk/local-offer/drs-faq",
    html=page(
        "Disagreement resolution: frequently asked questions",
        '<div class="accordion"><div class="accordion-item"><button>Who provides the service?</button><div '
        'class="panel"><p>Eskdale Council commissions Clearwater Dispute Resolution. Clearwater is not part of '
        'the council.</p></div></div><div class="accordion-item"><button>Do I need an EHC plan?</button><div '
        'class="panel"><p>No.</p></div></div><div class="accordion-item"><button>Is it compulsory?</button><div '
        'class="panel"><p>No.</p></div></div><div class="accordion-item"><button>Will it stop me appealing?'
        '</button><div class="panel"><p>No. You can still appeal to the Tribunal whether or not you use it.</p>'
        '</div></div><div class="accordion-item"><button>How do I contact them?</button><div class="panel"><p>'
        "Phone 0113 496 0318.</p></div></div></div>",
        updated="20 March 2026",
    ),
    pos="in ind vol all noeff prov contact",
    notes="Accordion buttons as questions with one-word answers ('No.').",
)

case(
    "https://www.felbridge.example.gov.uk/localoffer/drs-ehcp-only-faq",
    html=page(
        "Disagreement resolution FAQs",
        "<h3>Who can use disagreement resolution?</h3><p>Only families of children who have an EHC plan.</p>"
        "<h3>Who provides it?</h3><p>Common Ground SEND Mediation Ltd, an independent company. Email "
        "felbridge@commonground-send.example.co.uk.</p>",
        updated="6 June 2026",
    ),
    pos="in ind prov contact",
    notes="TRAP: FAQ answer restricts to EHC plans.",
)

case(
    "https://www.gorsey.example.gov.uk/localoffer/mediation-is-confidential",
    html=page(
        "SEND mediation",
        "<p>Mediation about EHC needs assessments and plans in Gorsey is provided by Together Trust, an "
        "independent charity. You must contact Together Trust for mediation advice within two months of our "
        "decision letter; the mediation meeting must then be held within 30 days, and you will be given a "
        "mediation certificate.</p><p>What is said in mediation is private and cannot be repeated at the "
        "Tribunal. The mediator does not work for the council.</p><p>Telephone 0161 496 0290.</p>",
        updated="9 August 2026",
    ),
    pos="ind conf prov contact med",
    notes="Mediation page: private + cannot be repeated at the Tribunal.",
)

case(
    "https://www.harrowden.example.gov.uk/send/disagreement-resolution-prime",
    html=page(
        "Disagreement resolution",
        "<p>Prime Resolution provides our disagreement resolution service. The meeting is led by someone "
        "neutral who will help you and the school talk.</p><p>If you would rather not use the service, that "
        "is fine.</p><p>Contact: 0121 496 0573 or send@prime-resolution.example.co.uk.</p>",
        furniture="gg",
    ),
    pos="in prov contact vol",
    notes="'neutral' only (not independence); 'if you would rather not use the service, that is fine' = voluntary.",
)

case(
    "https://www.ilsworth.example.gov.uk/localoffer/resolving-disagreements-long",
    html=page(
        "Resolving disagreements",
        "<p>We know that sometimes families and professionals do not agree. We always want to hear from you "
        "early so that we can try to put things right.</p><h2>Talking to the school</h2><p>Ask for a meeting "
        "with the class teacher or SENCO. Take notes and ask for actions to be written down.</p><h2>Talking "
        "to us</h2><p>Your SEND caseworker can arrange a meeting with you and the school. A team manager can "
        "review the decision.</p><h2>Disagreement resolution</h2><p>If talking has not worked, you can use the "
        "disagreement resolution service. It is provided by Bridgeway Mediation Partnership, an independent "
        "organisation, and covers disagreements with schools, colleges and the council about SEN provision. "
        "It is confidential.</p><p>Bridgeway: 0118 496 0244.</p><h2>Mediation and appeals</h2><p>For "
        "decisions about EHC assessments and plans, see our mediation and Tribunal pages.</p>",
        updated="3 August 2026",
    ),
    pos="in ind conf prov contact",
    skip="types",
    notes="Long page; DR section buried after the council's own meetings.",
)

case(
    "https://www.jarrowfield.example.gov.uk/localoffer/iass-as-dr",
    html=page(
        "Independent disagreement resolution",
        "<p>Jarrowfield SENDIASS provides independent disagreement resolution for families. SENDIASS is free "
        "and confidential, and using it is voluntary.</p><p>Call SENDIASS on 01632 960 732.</p>",
        furniture="gg",
    ),
    pos="iass",
    notes="TRAP: SENDIASS presented as independent DR.",
)

case(
    "https://www.kilverton.example.gov.uk/send/mediation-and-the-tribunal",
    html=page(
        "Mediation and your right to appeal",
        "<p>You do not have to go to mediation to keep your right of appeal. If you only want to appeal, tell "
        "the mediation adviser and you will be given a certificate, which lets you register your appeal with "
        "the Tribunal.</p><p>Kilverton's mediation adviser service is run by Meadowbank Mediation: 0114 496 "
        "0833.</p>",
        furniture="gg",
    ),
    pos="noeff vol prov contact",
    skip="med",
    notes="No-effect via certificate lets you register your appeal; mediation only partly explained.",
)

case(
    "https://www.lamberhurst.example.gov.uk/localoffer/types-of-disagreement",
    html=page(
        "What disagreement resolution can help with",
        "<p>Disagreement resolution in Lamberhurst can help in a number of situations, for example:</p><ul>"
        "<li>You think your child's school is not providing the support written in their plan.</li><li>You "
        "disagree with how the council is carrying out an EHC needs assessment.</li><li>The council and the "
        "health service cannot agree who should pay for a therapy.</li></ul>",
        furniture="gg",
    ),
    pos="types",
    notes="Types as second-person scenarios; no provider or contact.",
)

case(
    "https://www.mortlakevale.example.gov.uk/children/send/feedback-faq",
    html=page(
        "Local Offer: your questions",
        "<h3>Do you listen to feedback about the Local Offer?</h3><p>Yes. In 2026 parents told us that the "
        "directory listed clubs that had closed and that the Tribunal pages were confusing. In response we "
        "removed closed clubs in April 2026 and rewrote the Tribunal pages in May 2026.</p>",
        furniture="gg",
    ),
    pos="fb",
    notes="Feedback and response in an FAQ answer, dated 2026.",
)

case(
    "https://www.nettleham.example.gov.uk/local-offer/disagreement-resolution-summary",
    html=page(
        "Disagreement resolution: the facts",
        "<ul><li>Provider: Global Mediation</li><li>Independent of the council: yes</li><li>Voluntary: yes</li>"
        "<li>Needs an EHC plan: no</li><li>Confidential: yes</li><li>Phone: 0800 064 4488</li></ul>",
        updated="4 April 2026",
    ),
    pos="in ind vol all conf prov contact",
    notes="Terse key: value bullet list.",
)

case(
    "https://www.orwellreach.example.gov.uk/localoffer/send-mediation-pdf",
    text=(
        "ORWELL REACH COUNCIL\nSEND MEDIATION - INFORMATION FOR PARENTS AND YOUNG PEOPLE\n\nWhat is mediation?\n"
        "Mediation is a meeting with an independent mediator who is not employed by the council.\n\nWhen can "
        "I use it?\nWhen you disagree with a decision about an EHC needs assessment, whether to issue a plan, "
        "or the contents of a plan.\n\nTime limits\nYou have two months from the date of the decision letter "
        "to contact the mediation service. If you decide to mediate, the meeting will happen within 30 days. "
        "If you decide not to, you will receive a certificate within three working days and you are still "
        "free to appeal to the First-tier Tribunal.\n\nWho provides it?\nKIDS SEND Mediation Service, 0808 157 "
        "0234, orwellreach@kids.example.org.uk."
    ),
    pos="ind noeff prov contact med",
    notes="PDF-style Q&A in capitals/headings; declining -> certificate -> still free to appeal.",
)

case(
    "https://www.pendlebury.example.gov.uk/send/drs-confidential-types",
    html=page(
        "Disagreement resolution service",
        "<p>The disagreement resolution service helps resolve disagreements between parents or young people "
        "and the council, an early years setting, a school or a college about special educational provision, "
        "and disagreements about health and social care provision during EHC needs assessments and plans.</p>"
        "<p>The facilitator will keep the discussion confidential; nothing said can be used in any later "
        "appeal.</p><p>Pendlebury's service is provided by Together Trust, who are not part of the council; "
        "referrals via drs@togethertrust.example.org.uk.</p>",
        updated="14 September 2026",
    ),
    pos="in ind types conf prov contact",
    notes="Types in one long sentence; confidentiality clause.",
)

case(
    "https://www.quarrington.example.gov.uk/send/way-forward-meetings",
    html=page(
        "Way forward meetings",
        "<p>A way forward meeting brings you together with the SEND Team to find a way forward before things "
        "escalate. They are led by an independent chair from another council team. Meetings are voluntary and "
        "confidential, and having one will not affect your right to appeal to the Tribunal.</p><p>Request "
        "one by emailing wayforward@quarrington.example.gov.uk.</p>",
        furniture="gg",
    ),
    pos="",
    notes="TRAP: officer-led way forward meeting with 'independent chair from another council team'.",
)

case(
    "https://www.redbarrow.example.gov.uk/local-offer/mediation-explained",
    html=page(
        "SEND mediation explained",
        "<p>Mediation is a chance to sit down with us and an independent mediator to try to resolve a "
        "disagreement about an EHC needs assessment or plan.</p><p>Before registering an appeal with the "
        "First-tier Tribunal you must contact a mediation adviser, within two months of our decision. The "
        "adviser will issue a certificate. Mediation sessions take place within 30 days of your request.</p>"
        "<p>Redbarrow's mediation service is provided by Clearwater Dispute Resolution: "
        '<a href="https://www.clearwater-dr.example.co.uk/send">clearwater-dr.example.co.uk/send</a>.</p>',
        updated="22 October 2026",
    ),
    pos="ind prov contact med",
    notes="Mediation page with provider link; 'an independent mediator'.",
)

case(
    "https://www.saltmarsh.example.gov.uk/send/all-children-sen",
    html=page(
        "Disagreement resolution",
        "<p>Disagreement resolution is available to the parents of every child or young person with special "
        "educational needs in Saltmarsh, whether or not an EHC needs assessment has been requested.</p><p>"
        "The service is delivered by Fairpoint Resolution Services, who have no connection with the council. "
        "Phone 0115 496 0712.</p>",
        updated="12 July 2026",
    ),
    pos="in ind all prov contact",
    notes="All-SEN phrased via 'every child ... whether or not an assessment has been requested'; 'no connection'.",
)

case(
    "https://www.tidewater.example.gov.uk/send/sendiass-and-dr-links",
    html=page(
        "Getting help",
        "<p>Tidewater SENDIASS can explain your options and help you prepare for disagreement resolution or "
        "mediation. Contact them on 01632 960 825.</p><p>Disagreement resolution and mediation are provided "
        "by an external organisation commissioned by the council.</p>",
        furniture="gg",
    ),
    pos="iass",
    skip="ind",
    notes="Unnamed 'external organisation'; SENDIASS with phone.",
)

case(
    "https://www.underhill.example.gov.uk/localoffer/local-offer-annual-report-2025",
    html=page(
        "Local Offer annual report",
        "<p>Report for April 2024 to March 2025, published 30 June 2025.</p><h2>What you said</h2><p>Families "
        "wanted more about autism support.</p><h2>What we did</h2><p>Added an autism hub.</p>",
        furniture="gg",
    ),
    pos="",
    notes="Annual report published June 2025 (outside the window).",
)

case(
    "https://www.wexcombe.example.gov.uk/local-offer/you-said-we-did-2026",
    html=page(
        "You said, we did: the Local Offer in 2026",
        "<p>Posted on 7 September 2026</p><p><strong>You said:</strong> the Local Offer should have a page for "
        "dads. <strong>We did:</strong> we worked with the Parent Carer Forum to publish one in July.</p><p>"
        "<strong>You said:</strong> the SEND transport policy was hard to find. <strong>We did:</strong> it is "
        "now linked from the Local Offer home page.</p>",
        furniture="mm",
    ),
    pos="fb",
    notes="Bold 'You said'/'We did' inline; posted 7 September 2026.",
)

case(
    "https://www.yelverton.example.gov.uk/local-offer/health-disagreements-ccg-quote",
    html=page(
        "Health and disagreement resolution",
        "<p>Our DR provider's leaflet, written in 2019, says &ldquo;disagreements with the CCG can also be "
        "brought to a meeting&rdquo;. Today these are disagreements with NHS Yelverton ICB.</p>",
        furniture="gg",
    ),
    pos="",
    notes="CCG inside quotation marks of an old leaflet, with ICB named (not stale).",
)

case(
    "https://www.zennorbay.example.gov.uk/local-offer/speech-therapy",
    html=page(
        "Speech and language therapy",
        "<p>Speech and language therapy for children in Zennor Bay is commissioned by Zennor Bay CCG and "
        "provided by Coastline Community Health. Ask your GP or health visitor for a referral.</p>",
        furniture="gg",
        updated="3 February 2026",
    ),
    pos="",
    stale=True,
    notes="CCG named as the current commissioner (stale).",
)

case(
    "https://www.blythemoor.example.gov.uk/local-offer/young-people-mediation",
    html=page(
        "Mediation if you are a young person",
        "<p>If you are over 16 you can ask for mediation yourself if you disagree with a decision about your "
        "EHC plan. Call Community Accord on 0191 498 0679 within two months of the decision to get mediation "
        "advice. They're not part of the council. If you don't want mediation, they'll give you a certificate "
        "within three working days and you can still go to the Tribunal. If you do mediate, it'll be within "
        "30 days.</p>",
        updated="21 January 2026",
    ),
    pos="ind noeff prov contact med",
    skip="vol",
    notes="Young-person voice mediation page.",
)


case(
    "https://www.kestrelvale.example.gov.uk/media/send-mediation-leaflet-2025.pdf",
    text=(
        "Kestrel Vale SEND mediation leaflet (reviewed November 2025)\n\nIf your mediation is about the "
        "health parts of an EHC plan, the Clinical Commissioning Group will send a representative to the "
        "mediation meeting and must\nfollow any agreement reached. Kestrel Vale CCG can be contacted on "
        "01632 960 150."
    ),
    pos="",
    stale=True,
    notes="Leaflet reviewed November 2025 presenting the CCG as a live party (stale).",
)

case(
    "https://www.kestrelvale.example.gov.uk/local-offer/continuing-care",
    html=page(
        "Children's continuing care",
        "<table><tr><th>Who decides</th><td>Kestrel Vale CCG continuing care panel</td></tr><tr><th>How to "
        "refer</th><td>Ask your child's health professional to send the checklist to the CCG</td></tr></table>",
        furniture="gg",
        updated="18 July 2026",
    ),
    pos="",
    stale=True,
    notes="CCG in a table as the current decision maker (stale).",
)


# =============================================================================================


def main() -> None:
    SPLIT.write("train_extra.jsonl")


if __name__ == "__main__":
    main()
