"""Write ``train_eleven.jsonl``: an eleventh set of out-of-sample pages, written on 28 November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md``, the
labelling rules of ``README.md`` and ``labels.py`` only (``make_corpus_nine.py`` glanced at for how a
generator uses ``Cases``), and without opening the held-back files. Weighted to the provider of SEND
disagreement resolution or mediation named (``drs_provider_named``) and reachable (``drs_contact``),
and with them ``drs_in_local_offer``: the name only in a link or a logo's alt text, "contact the
mediation service directly", a phone in a sidebar box, "text or WhatsApp", an online referral form's
link text, "email referrals to", "visit their website", a contact card after its heading, a table
row per service, "commissioned from", "our mediation partner", "provided under contract by", "you
can self-refer", phones written with spaces, dots, brackets or as "Freephone", an address with
opening hours, hard-wrapped leaflet text, Easy Read, FAQ "How do I get in touch?", directory records,
a health and social care mediation provider beside the education one, young people's voice and
providers whose names carry no "Mediation" (Concord, Accord Partners, Resolve Together, The Bridge
Service, Common Thread, Talking Point, Even Ground, Meeting Point, Clear Path) beside the real ones of
``duties.md`` §10; and traps: the council's SEN team as the only contact, a SENDIASS phone, national
helplines, family and neighbour mediation, a provider named without a contact, the Tribunal's
details, "ask your caseworker for a referral", an officer-led resolution meeting, an advocacy
service, "details in your decision letter", a provider named only in the footer, a former provider.

Councils (Amberleigh, Bowland Cross, Castlereach, Dewbury, Ashbury, Hinderby, Idlecombe, Kettlewick,
Langstone Marsh, Merrowby, Northwold Heath, Sedgecombe, Oldcastle, Westerleigh, Rillington) are new to
the corpus. Contact details are fictional (Ofcom drama numbers, ``.example`` domains).

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_eleven.py``.
"""

from __future__ import annotations

from labels import Cases  # the sibling module: run as a script from any directory
from make_corpus_nine import dl, faq, rows, ul  # the same list, table and FAQ markup

HEAD = (
    '<a class="skip" href="#content">Skip to content</a><header><p class="brand">SEND Local Offer</p>'
    '<form role="search"><input name="q" placeholder="Search the Local Offer"><button>Search</button>'
    '</form><nav><ul><li><a href="/education">Education</a></li><li><a href="/health">Health</a></li>'
    '<li><a href="/disagree">Mediation &amp; disagreement resolution</a></li><li><a href="/sendiass">'
    'SENDIASS</a></li><li><a href="/tribunal">Tribunal appeals</a></li><li><a href="/complaints">'
    'Complaints</a></li><li><a href="/feedback">You said, we did</a></li></ul></nav></header>'
)
FOOT = (
    "<footer><p>Local Offer team: 01632 960 000 · localoffer@council.example.org.uk</p><ul><li>"
    '<a href="/accessibility">Accessibility</a></li><li><a href="/cookies">Cookies</a></li><li>'
    '<a href="/feedback">Give feedback on the Local Offer</a></li></ul></footer>'
)


def page(title: str, main: str, *, aside: str = "", foot: str = FOOT) -> str:
    side = f'<aside class="sidebar">{aside}</aside>' if aside else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} | SEND Local Offer</title></head><body>'
        f'{HEAD}<div class="wrap"><main id="content"><h1>{title}</h1>{main}</main>{side}</div>{foot}'
        "</body></html>"
    )


def wrap(paragraphs: list[str], header: str, width: int = 62, every: int = 9) -> str:
    """Leaflet text: paragraphs hard-wrapped at ``width`` with ``header`` and a page number every
    ``every`` lines, as a PDF's text layer gives them."""
    lines: list[str] = []
    for para in paragraphs:
        line = ""
        for word in para.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        lines.append("")
    out: list[str] = [header]
    page_no = 1
    for n, line in enumerate(lines, 1):
        out.append(line)
        if n % every == 0:
            out.append(f"Page {page_no}")
            page_no += 1
            out.append(header)
    return "\n".join(out)


INTRO = (
    "<p>Disagreement resolution is a free way of sorting out a disagreement about a child's special "
    "educational needs with the help of someone who is not involved.</p>"
)


def provider_positive(c: Cases) -> None:
    c.add(
        "https://localoffer.amberleigh.gov.example/disagree/resolution",
        html=page(
            "Disagreement resolution",
            INTRO + '<p>Amberleigh\'s disagreement resolution service is delivered by <a href="https://www.'
            'concord-send.example.org.uk/">Concord</a>. The people who run it do not work for Amberleigh '
            "Council.</p><p>Follow the link to read how a meeting is set up.</p>",
        ),
        pos="in ind prov contact",
        notes="Provider named only in the link text (Concord), the link is its web address; not council staff",
    )
    c.add(
        "https://localoffer.bowlandcross.gov.example/disagree/partner",
        html=page(
            "Independent disagreement resolution",
            '<div class="partner-logo"><img src="/img/partners/accord-partners.png" alt="Accord Partners">'
            "</div><p>Our mediation partner runs SEND disagreement resolution for Bowland Cross. They are "
            "independent of the council and of schools.</p><p>Call them on 01632 960 711 (Monday to Friday, "
            "9am to 4pm).</p>",
        ),
        pos="in ind prov contact",
        notes="Provider's name only in the logo's alt text beside 'Our mediation partner'; phone",
    )
    c.add(
        "https://localoffer.castlereach.gov.example/send/mediation",
        html=page(
            "SEND mediation",
            "<p>Mediation for decisions about EHC needs assessments and plans in Castlereach is provided by "
            "Resolve Together.</p><p>You do not need to go through the council first: contact the mediation "
            "service directly on 0808 157 0121 or at hello@resolvetogether.example.org.uk.</p>",
        ),
        pos="prov contact",
        skip="med types",
        notes="SEND mediation only (no DR term, so in 0); 'contact the mediation service directly' with freephone and email",
    )
    c.add(
        "https://localoffer.dewbury.gov.example/disagree",
        html=page(
            "Sorting out disagreements",
            INTRO + "<p>In Dewbury the service is run by The Bridge Service, an independent organisation. "
            "A facilitator from The Bridge Service will talk to everyone involved before the meeting.</p>",
            aside="<h2>The Bridge Service</h2><p>Phone: (01632) 960 744</p><p>Monday to Friday, 9am to 5pm</p>",
        ),
        pos="in ind prov contact",
        notes="Phone with brackets in a sidebar box headed with the provider's name",
    )
    c.add(
        "https://localoffer.ashbury.gov.example/young-people/disagree",
        html=page(
            "Not happy with your support? (for young people)",
            "<p>If you're 16 or over you can ask for disagreement resolution yourself – you don't need your "
            "parents to do it for you.</p><p>It's run by Talking Point Resolution. You can text or WhatsApp "
            "them on 07700 900 415, or ring 01632 960 745 if you'd rather talk.</p>",
        ),
        pos="in prov contact",
        notes="Young people's voice; 'text or WhatsApp them on' a mobile, and a landline",
    )
    c.add(
        "https://localoffer.hinderby.gov.example/disagree/refer",
        html=page(
            "Ask for disagreement resolution",
            "<p>Hinderby Council commissions Concord to provide independent disagreement resolution for "
            'families of children with SEND.</p><p><a href="https://forms.concord-send.example.org.uk/hinderby/'
            'refer">Fill in Concord\'s online referral form</a></p>',
        ),
        pos="in ind prov contact",
        notes="Online referral form as link text only",
    )
    c.add(
        "https://localoffer.idlecombe.gov.example/disagree/how",
        html=page(
            "How to use disagreement resolution",
            "<p>Accord Partners provide Idlecombe's SEND disagreement resolution and mediation services.</p>"
            "<p>Email referrals to referrals@accordpartners.example.org.uk. Accord Partners will get back to "
            "you within five working days.</p>",
        ),
        pos="in prov contact",
        skip="med",
        notes="'Email referrals to' an address of the provider",
    )
    c.add(
        "https://localoffer.kettlewick.gov.example/disagree",
        html=page(
            "Mediation and disagreement resolution",
            "<p>Global Mediation provides SEND mediation and disagreement resolution for Kettlewick. Global "
            "Mediation is not part of the council.</p><p>To find out more, visit their website at "
            "www.global-mediation.example.org.uk.</p>",
        ),
        pos="in ind prov contact",
        skip="med",
        notes="'visit their website at' a web address; real provider name",
    )
    c.add(
        "https://localoffer.langstonemarsh.gov.example/disagree/dr",
        html=page(
            "Disagreement resolution",
            INTRO + "<p>The service is independent of Langstone Marsh Council.</p><h2>Contact</h2>"
            '<div class="contact-card"><p class="org">Common Thread CIC</p><p>☎ 01632 960 716</p>'
            "<p>✉ info@commonthread.example.org.uk</p></div>",
        ),
        pos="in ind prov contact",
        notes="Contact card after a 'Contact' heading: the organisation's name, then phone and email",
    )
    c.add(
        "https://localoffer.merrowby.gov.example/disagree/services",
        html=page(
            "If you disagree: who can help",
            "<table><thead><tr><th>Service</th><th>Provided by</th><th>Contact</th></tr></thead><tbody>"
            "<tr><td>SEND disagreement resolution</td><td>Talking Point Resolution Ltd</td><td>01632 960 717"
            "</td></tr><tr><td>SEND mediation (EHC decisions)</td><td>Talking Point Resolution Ltd</td><td>"
            "01632 960 717</td></tr><tr><td>Information, advice and support</td><td>Merrowby SENDIASS</td>"
            "<td>01632 960 900</td></tr></tbody></table>",
        ),
        pos="in prov contact iass",
        skip="med",
        notes="A table row per service: provider and phone in the DR row; SENDIASS row signposts the IASS",
    )
    c.add(
        "https://localoffer.northwoldheath.gov.example/disagree",
        html=page(
            "Disagreement resolution",
            "<p>The council has commissioned its disagreement resolution and SEND mediation services from "
            "Even Ground Partnership, who are independent of the council.</p><p>Ring 01632 960 718 or email "
            "northwold@evenground.example.org.uk.</p>",
        ),
        pos="in ind prov contact",
        skip="med",
        notes="'commissioned ... from' the provider; phone and email",
    )
    c.add(
        "https://localoffer.sedgecombe.gov.example/disagree/mediation-partner",
        html=page(
            "Resolving disagreements",
            "<p>Our mediation partner is KIDS. KIDS runs Sedgecombe's SEND mediation and disagreement "
            "resolution service and is a national charity independent of the council.</p><p>Freephone "
            "0808 157 0130</p>",
        ),
        pos="in ind prov contact",
        skip="med",
        notes="'Our mediation partner is KIDS'; 'Freephone' number on its own line",
    )
    c.add(
        "https://localoffer.oldcastle.gov.example/disagree",
        html=page(
            "Disagreement resolution",
            INTRO + "<p>Disagreement resolution is provided under contract by Meeting Point CIC. You can "
            "email them at oldcastle@meetingpoint.example.org.uk.</p>",
        ),
        pos="in prov contact",
        notes="'provided under contract by'; email only",
    )
    c.add(
        "https://localoffer.westerleigh.gov.example/disagree/self-refer",
        html=page(
            "Disagreement resolution",
            "<p>You can self-refer to Prime Resolution's SEND disagreement resolution service by calling "
            "01632 960 720. You do not need a referral from the council or your child's school.</p>",
        ),
        pos="in prov contact",
        notes="'You can self-refer to <Name>'s ... service by calling'",
    )
    c.add(
        "https://localoffer.rillington.gov.example/disagree",
        html=page(
            "Independent disagreement resolution",
            "<p>Clear Path Dispute Services is independent of Rillington Council and provides our dispute "
            "resolution service for SEND.</p><p>Telephone: 01632.960.721</p>",
        ),
        pos="in ind prov contact",
        notes="Phone written with dots; 'dispute resolution' as the DR term",
    )
    c.add(
        "https://localoffer.amberleigh.gov.example/send/ehc-mediation",
        html=page(
            "Mediation about EHC decisions",
            "<p>If you are unhappy with a decision about an EHC needs assessment or plan, you can ask for "
            "mediation. Amberleigh's mediation service is Global Mediation.</p><p>Freephone 0808 157 0144 "
            "(lines open 9am to 5pm, Monday to Friday)</p>",
        ),
        pos="prov contact",
        skip="med types",
        notes="SEND mediation only (in 0): 'mediation service is Global Mediation', Freephone number",
    )
    c.add(
        "https://localoffer.hinderby.gov.example/directory/together-trust",
        html=page(
            "Together Trust SEND Disagreement Resolution Service",
            "<p>Independent disagreement resolution and mediation for Hinderby families of children and young "
            "people with SEND.</p><h2>Where to find us</h2><p>Together Trust, Unit 4, Mill Lane, Hinderby HB1 "
            "2XX</p><p>Open Monday to Thursday 9am to 4pm, Friday 9am to 1pm</p><p>Tel 01632 960 722</p>",
        ),
        pos="in ind prov contact",
        skip="med",
        notes="Directory record titled with the provider; address, opening hours and phone",
    )
    c.add(
        "https://localoffer.idlecombe.gov.example/documents/dr-leaflet.pdf",
        text=wrap(
            [
                "Disagreement resolution: a guide for parents and carers",
                "Idlecombe Council has arranged for independent disagreement resolution to be provided by "
                "Resolve Together, a not-for-profit organisation that has no connection with the council or "
                "with your child's school.",
                "A meeting can be held in person or online. It is led by a trained facilitator who will help "
                "everyone listen to each other.",
                "How to contact Resolve Together: call 01632 960 723 or email "
                "idlecombe@resolvetogether.example.org.uk. Please tell them which school your child attends.",
            ],
            "Idlecombe SEND Local Offer – Disagreement resolution leaflet",
        ),
        pos="in ind prov contact",
        notes="Leaflet text with hard line breaks and running header: provider and contact across wrapped lines",
    )
    c.add(
        "https://localoffer.kettlewick.gov.example/documents/dispute-resolution.pdf",
        text=wrap(
            [
                "Section 4. Resolving disagreements",
                "From September 2025 the council's provider of SEND disagreement resolution is The Bridge "
                "Service. The Bridge Service is independent of the council.",
                "Referral forms can be downloaded from www.thebridgeservice.example.org.uk/refer and sent back "
                "by post or email.",
            ],
            "Kettlewick Council | SEND guide for families 2026",
            width=54,
            every=7,
        ),
        pos="in ind prov contact",
        notes="Wrapped guide section: 'provider of SEND disagreement resolution is The Bridge Service'; referral forms web address",
    )
    c.add(
        "https://localoffer.langstonemarsh.gov.example/easy-read/disagree",
        html=page(
            "Easy Read: when we do not agree",
            "<p>Sometimes families and schools do not agree.</p><p>A group called Concord can help.</p><p>"
            "Concord do not work for the council.</p><p>You can ring Concord on 01632 960 724.</p><p>This is "
            "called disagreement resolution.</p>",
        ),
        pos="in ind prov contact",
        notes="Easy Read: 'A group called Concord can help', 'ring Concord on'",
    )
    c.add(
        "https://localoffer.merrowby.gov.example/easy-read/mediation",
        html=page(
            "Easy Read: mediation",
            "<p>Mediation is a meeting to help people agree.</p><p>The council pays a group called Accord "
            "Partners to do mediation.</p><p>Accord Partners are not the council.</p><p>Phone: 01632 960 732"
            "</p><p>Email: hello@accordpartners.example.org.uk</p>",
        ),
        pos="prov contact",
        skip="med ind",
        notes="Easy Read mediation page (no DR term): 'pays a group called Accord Partners', phone and email lines",
    )
    c.add(
        "https://localoffer.northwoldheath.gov.example/disagree/faq",
        html=page(
            "Disagreement resolution – questions and answers",
            faq(
                [
                    ("What is disagreement resolution?", "A meeting with a trained, independent facilitator to help you and the school or council agree a way forward."),
                    ("Who runs it?", "Even Ground Partnership."),
                    ("How do I get in touch?", "Phone 01632 960 725 or email hello@evenground.example.org.uk."),
                ]
            ),
        ),
        pos="in prov contact",
        skip="ind",
        notes="FAQ: 'Who runs it?' answered with the name, 'How do I get in touch?' answered with phone and email",
    )
    c.add(
        "https://localoffer.sedgecombe.gov.example/send/mediation-faq",
        html=page(
            "Mediation: your questions",
            "<h2>Who provides SEND mediation?</h2><p>Meeting Point CIC runs SEND mediation and disagreement "
            "resolution for Sedgecombe.</p><h2>How do I get in touch?</h2><p>Call the mediation service "
            "directly on 0808 157 0152. If you prefer, leave your details at meetingpoint.example.org.uk/"
            "contact and they will call you back.</p>",
        ),
        pos="in prov contact",
        skip="med",
        notes="FAQ headings; 'Call the mediation service directly' with freephone and a call-back web form",
    )
    c.add(
        "https://directory.oldcastle.gov.example/kb5/oldcastle/service.page?id=rt01",
        html=page(
            "Resolve Together – SEND Mediation and Disagreement Resolution",
            "<p>Independent SEND mediation and disagreement resolution for Oldcastle families.</p><h2>Who to "
            "contact</h2>"
            + rows(
                [
                    ("Contact name", "Referrals team"),
                    ("Telephone", "01632 960 726"),
                    ("E-mail", "oldcastle@resolvetogether.example.org.uk"),
                    ("Website", '<a href="https://www.resolvetogether.example.org.uk">Resolve Together website</a>'),
                ]
            ),
        ),
        pos="in ind prov contact",
        skip="med",
        notes="Open Objects-style directory record: provider in the title, contact fields",
    )
    c.add(
        "https://directory.westerleigh.gov.example/service/community-accord",
        html=page(
            "SEND disagreement resolution",
            rows(
                [
                    ("Organisation", "Community Accord"),
                    ("Description", "Disagreement resolution for families of children with SEN, independent of the council"),
                    ("Contact position", "Referrals coordinator"),
                    ("Telephone", "01632 960 727"),
                ]
            ),
        ),
        pos="in ind prov contact",
        notes="Directory record with an 'Organisation' field",
    )
    c.add(
        "https://localoffer.rillington.gov.example/send/health-mediation",
        html=page(
            "Mediation and disagreement resolution",
            "<p>Disagreement resolution and mediation about the education parts of an EHC plan are provided by "
            "Concord (01632 960 728).</p><p>If your disagreement is about the health or social care parts, "
            "mediation is arranged by the Integrated Care Board with a different provider, Resolve Together. "
            "Contact them on 01632 960 729.</p>",
        ),
        pos="in prov contact",
        skip="med types",
        notes="Education provider and a different health and social care mediation provider, each with phone",
    )
    c.add(
        "https://localoffer.ashbury.gov.example/young-people/mediation",
        html=page(
            "Disagreements – your rights at 16 to 25",
            "<p>Once you're over compulsory school age, decisions about your EHC plan are yours to challenge. "
            "If you and your college or the council can't agree, you can use disagreement resolution.</p><p>We "
            "spoke to The Bridge Service, who run it here. They said you can message them through "
            "thebridgeservice.example.org.uk/chat or call 01632 960 746 – you don't need to bring a parent.</p>",
        ),
        pos="in prov contact",
        skip="types",
        notes="Young people's page: 'The Bridge Service, who run it here'; chat web address and phone",
    )
    c.add(
        "https://localoffer.castlereach.gov.example/disagree/dr",
        html=page(
            "Disagreement resolution",
            "<p>Concord is the independent organisation that provides disagreement resolution in Castlereach."
            "</p><p>Tel: +44 1632 960 730</p>",
        ),
        pos="in ind prov contact",
        notes="'Concord is the independent organisation that provides ...'; international-format phone",
    )
    c.add(
        "https://localoffer.dewbury.gov.example/send/mediation",
        html=page(
            "SEND mediation and disagreement resolution",
            "<p>SEND mediation and disagreement resolution in Dewbury are run by Common Thread CIC.</p><p>"
            "Phone (01632) 960731 between 9.30am and 4.30pm.</p>",
        ),
        pos="in prov contact",
        skip="med",
        notes="Phone in brackets without a space in the local part",
    )
    c.add(
        "https://localoffer.bowlandcross.gov.example/disagree/behalf",
        html=page(
            "Disagreement resolution",
            INTRO + "<p>The service is delivered on the council's behalf by Accord Partners (see "
            "www.accordpartners.example.org.uk for how it works and how to ask for a meeting).</p>",
        ),
        pos="in prov contact",
        notes="'delivered on the council's behalf by'; web address in brackets",
    )
    c.add(
        "https://localoffer.hinderby.gov.example/disagree/contact-details",
        html=page(
            "Disagreement resolution: contact details",
            dl(
                [
                    ("Provider", "Resolve Together"),
                    ("Phone", "01632 960 733"),
                    ("Text", "07700 900 433"),
                    ("Email", "hinderby@resolvetogether.example.org.uk"),
                ]
            ),
        ),
        pos="in prov contact",
        notes="Definition list of contact details under a DR heading",
    )
    c.add(
        "https://localoffer.kettlewick.gov.example/send/mediation-adviser",
        html=page(
            "Before you appeal: mediation advice",
            "<p>Your decision letter will give the mediation adviser's details, but you do not have to wait for "
            "it. You can contact the mediation adviser at Global Mediation now on 0808 157 0160.</p>",
        ),
        pos="prov contact",
        skip="med trib",
        notes="SEND mediation adviser named with freephone (the decision letter mentioned, but the details are here too)",
    )
    c.add(
        "https://localoffer.langstonemarsh.gov.example/disagree/kids",
        html=page(
            "Disagreement resolution and mediation",
            "<p>KIDS is Langstone Marsh's provider of SEND disagreement resolution and mediation. You can "
            "contact KIDS by email at langstone.mediation@kids.example.org.uk.</p>",
        ),
        pos="in prov contact",
        skip="med",
        notes="'You can contact KIDS by email at'",
    )
    c.add(
        "https://localoffer.merrowby.gov.example/disagree/book",
        html=page(
            "Book a disagreement resolution meeting",
            "<p>Even Ground Partnership hold Merrowby's contract for independent disagreement resolution.</p>"
            '<p><a href="https://book.evenground.example.org.uk/merrowby">Book a disagreement resolution '
            "meeting online</a></p>",
        ),
        pos="in ind prov contact",
        notes="Online booking form as link text",
    )
    c.add(
        "https://localoffer.northwoldheath.gov.example/disagree/choice",
        html=page(
            "Choosing a mediation provider",
            "<p>Northwold Heath families can choose between two providers of SEND mediation and disagreement "
            "resolution, both independent of the council:</p>"
            + ul(["Prime Resolution – 01632 960 734", "Concord – 01632 960 735"]),
        ),
        pos="in ind prov contact",
        skip="med",
        notes="A choice of two providers, each in a list item with its phone",
    )
    c.add(
        "https://localoffer.sedgecombe.gov.example/news/new-dr-provider",
        html=page(
            "New disagreement resolution provider from January 2026",
            "<p class=\"date\">Published 3 December 2025</p><p>From 1 January 2026 Sedgecombe's SEND "
            "disagreement resolution service will be provided by The Bridge Service.</p><p>You can contact "
            "The Bridge Service on 01632 960 736 from that date.</p>",
        ),
        pos="in prov contact",
        notes="News item announcing the provider with its phone",
    )
    c.add(
        "https://localoffer.oldcastle.gov.example/disagree/overview",
        html=page(
            "Disagreement resolution",
            INTRO + "<p>Every meeting is chaired by a facilitator who is independent of the council.</p>",
            aside="<h2>Get in touch</h2><p><strong>Meeting Point CIC</strong></p><p>0808 157 0137</p><p>"
            '<a href="mailto:oldcastle@meetingpoint.example.org.uk">Email Meeting Point</a></p>',
        ),
        pos="in ind prov contact",
        notes="Sidebar 'Get in touch' box: provider's name in bold, freephone and a mailto link",
    )
    c.add(
        "https://localoffer.westerleigh.gov.example/send/guide-to-ehc",
        html=page(
            "A guide to EHC needs assessments",
            "<p>An EHC needs assessment looks at your child's education, health and care needs. The council "
            "must decide within six weeks whether to assess.</p><p>Professionals who know your child will be "
            "asked for advice, and you will be asked for your views.</p><h2>If you disagree</h2><p>Talk to "
            "your caseworker first. If that does not help, you can use disagreement resolution, which for "
            "Westerleigh is run by Clear Path Dispute Services, an independent organisation. Call 01632 960 "
            "737.</p><h2>The draft plan</h2><p>You have 15 days to comment on the draft plan and to ask for a "
            "particular school.</p>",
        ),
        pos="in ind prov contact",
        notes="Long EHC guide with the provider and its phone buried in one section",
    )
    c.add(
        "https://localoffer.rillington.gov.example/disagree/tabs",
        html=page(
            "Disagreement resolution",
            '<div class="tabs"><h2>Overview</h2><p>Disagreement resolution can help you and your child\'s '
            "school or the council reach agreement.</p><h2>Who provides it</h2><p>Talking Point "
            "Resolution Ltd.</p><h2>Contact</h2><p>01632 960 738<br>rillington@talkingpoint.example.org.uk"
            "</p></div>",
        ),
        pos="in prov contact",
        notes="Tabs as headed sections: 'Who provides it' with the bare name; 'Contact' section",
    )
    c.add(
        "https://localoffer.amberleigh.gov.example/disagree/whatsapp",
        html=page(
            "Talk to Concord",
            "<p>Concord runs independent disagreement resolution for Amberleigh families.</p><p>Text or "
            "WhatsApp: 07700 900 439</p><p>Call: 01632 960 739</p>",
        ),
        pos="in ind prov contact",
        notes="'Text or WhatsApp:' label line",
    )
    c.add(
        "https://localoffer.dewbury.gov.example/send/appeal-and-mediation",
        html=page(
            "Mediation before an appeal",
            "<p>Before appealing to the Tribunal about most EHC decisions you must contact a mediation "
            "adviser. In Dewbury, mediation advice and SEND mediation are provided by Common Thread CIC "
            "(email mediation@commonthread.example.org.uk). You must do this within two months of the "
            "decision letter. If you decide not to mediate, the adviser will send you a certificate within "
            "three working days.</p>",
        ),
        pos="prov contact med",
        skip="trib noeff vol",
        notes="SEND mediation explained (adviser, two months, certificate); provider in brackets with email",
    )
    c.add(
        "https://localoffer.idlecombe.gov.example/disagree/card",
        html=page(
            "Disagreement resolution service",
            "<p>This free service is independent of the council.</p><h2>Contact us</h2><div class=\"card\">"
            "<h3>Resolve Together</h3><p>Freephone 0808 157 0140</p><p>www.resolvetogether.example.org.uk"
            "</p></div>",
        ),
        pos="in ind prov contact",
        notes="Contact card with the provider as a card heading; Freephone and web address",
    )
    c.add(
        "https://localoffer.castlereach.gov.example/disagree/together",
        html=page(
            "Disagreement resolution",
            "<p>Castlereach Council uses Together Trust for SEND disagreement resolution. Find out how to ask "
            'for a meeting on <a href="https://www.togethertrust.example.org.uk/send">the Together Trust '
            "website</a>.</p>",
        ),
        pos="in prov contact",
        notes="'uses Together Trust'; link text 'the Together Trust website'",
    )
    c.add(
        "https://localoffer.bowlandcross.gov.example/documents/easy-read-dr.pdf",
        text=(
            "Easy Read\n\nDisagreement resolution\n\nSometimes you and the school\ndo not agree.\n\n"
            "The Bridge Service can help.\n\nThey do not work for\nthe council.\n\nPhone them:\n01632 960 741\n\n"
            "Bowland Cross SEND Local Offer"
        ),
        pos="in ind prov contact",
        notes="Easy Read text (PDF) with short lines: 'The Bridge Service can help', 'Phone them:' then number",
    )
    c.add(
        "https://localoffer.ashbury.gov.example/disagree",
        html=page(
            "Disagreement resolution in Ashbury",
            "<p>Ashbury Council has a contract with Prime Resolution to provide disagreement resolution for "
            "SEND. Prime Resolution is an independent organisation.</p><p>Online referral: "
            '<a href="https://prime.example.org.uk/refer/ashbury">prime.example.org.uk/refer/ashbury</a></p>',
        ),
        pos="in ind prov contact",
        notes="'has a contract with'; 'Online referral:' label and web address",
    )
    c.add(
        "https://localoffer.kettlewick.gov.example/disagree/address",
        html=page(
            "Disagreement resolution",
            "<p>Independent disagreement resolution in Kettlewick is offered by Even Ground Partnership.</p>"
            "<address>Even Ground Partnership<br>2 Station Road<br>Kettlewick KW4 1AA<br>Telephone 01632 "
            "960 742<br>Open 9am–5pm weekdays</address>",
        ),
        pos="in ind prov contact",
        notes="An address block with phone and opening hours",
    )


def provider_traps(c: Cases) -> None:
    c.add(
        "https://localoffer.sedgecombe.gov.example/disagree/no-contact",
        html=page(
            "Disagreement resolution",
            INTRO + "<p>Our disagreement resolution provider is Accord Partners.</p><p>If you would like to use "
            "the service, ask your caseworker for a referral.</p>",
        ),
        pos="prov",
        notes="Trap for contact: provider named; referral only through the council caseworker",
    )
    c.add(
        "https://localoffer.oldcastle.gov.example/disagree/sen-team",
        html=page(
            "Disagreement resolution",
            "<p>The Bridge Service provides disagreement resolution for Oldcastle.</p><p>To arrange a meeting, "
            "phone the SEN Team on 01632 960 010 or email sen.team@oldcastle.gov.example.</p>",
        ),
        pos="prov",
        notes="Trap for contact: provider named but the only contact is the council's SEN team",
    )
    c.add(
        "https://localoffer.westerleigh.gov.example/send/mediation-letter",
        html=page(
            "Mediation",
            "<p>If you want to appeal about an EHC decision you must usually think about mediation first. The "
            "name and contact details of the mediation adviser will be in your decision letter.</p>",
        ),
        pos="",
        skip="med trib",
        notes="Trap: adviser's details deferred to the decision letter; no provider or contact",
    )
    c.add(
        "https://localoffer.rillington.gov.example/disagree/sendiass",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution meetings are led by an independent facilitator and can help you and "
            "the school agree a way forward.</p><p>For help deciding whether to use it, ring Rillington "
            "SENDIASS on 01632 960 901.</p>",
        ),
        pos="iass",
        skip="ind",
        notes="Trap: the only phone is SENDIASS's; no provider named",
    )
    c.add(
        "https://localoffer.merrowby.gov.example/disagree/national-help",
        html=page(
            "Help with disagreements",
            "<p>Several national charities give free advice on SEND disagreements.</p>"
            + ul(
                [
                    "IPSEA advice line: 01632 960 950",
                    "Contact (for families with disabled children) helpline: 0808 157 0950",
                    "Council for Disabled Children: www.cdc.example.org.uk",
                ]
            ),
        ),
        pos="",
        notes="Trap: national helplines only",
    )
    c.add(
        "https://localoffer.hinderby.gov.example/family/mediation",
        html=page(
            "Family mediation",
            "<p>If you are separating, a Mediation Information and Assessment Meeting (MIAM) can help you "
            "agree arrangements for your children, including a child with additional needs.</p><p>Hinderby "
            "Family Mediation: 01632 960 802 · info@hinderbyfamilymediation.example.org.uk</p>",
        ),
        pos="",
        notes="Trap: family mediation service's number",
    )
    c.add(
        "https://localoffer.ashbury.gov.example/disagree/named-only",
        html=page(
            "Mediation and disagreement resolution",
            "<p>Ashbury's SEND mediation and disagreement resolution services are provided by Talking Point "
            "Resolution Ltd, an independent organisation.</p><p>Both services are free to families.</p>",
        ),
        pos="prov ind",
        skip="med",
        notes="Trap for contact: provider named and independent, no contact at all",
    )
    c.add(
        "https://localoffer.northwoldheath.gov.example/send/tribunal",
        html=page(
            "Appealing to the Tribunal",
            "<p>You can appeal to the First-tier Tribunal (SEND) against decisions about EHC needs assessments "
            "and plans. You must register your appeal within two months of the decision letter, or one month "
            "from the date of a mediation certificate, whichever is later, using form SEND35.</p><p>SEND "
            "Tribunal: 01632 960 880 · send.tribunal@justice.example.org.uk</p>",
        ),
        pos="trib",
        notes="Trap: contact details of the Tribunal, not a DR or mediation provider",
    )
    c.add(
        "https://localoffer.dewbury.gov.example/disagree/caseworker",
        html=page(
            "Disagreement resolution",
            "<p>Disagreement resolution is provided by an organisation that is independent of the council. "
            "Ask your caseworker for a referral.</p>",
        ),
        pos="ind",
        notes="Trap: provider not named; 'ask your caseworker for a referral'",
    )
    c.add(
        "https://localoffer.castlereach.gov.example/send/resolution-meeting",
        html=page(
            "Resolution meetings",
            "<p>If you are unhappy with how your child's EHC plan is going, a senior SEN officer can hold a "
            "resolution meeting with you and the school to look for a way forward.</p><p>Call the SEN "
            "Resolution Team on 01632 960 012.</p>",
        ),
        pos="",
        notes="Trap: officer-led resolution meeting with a council phone",
    )
    c.add(
        "https://localoffer.langstonemarsh.gov.example/young-people/advocacy",
        html=page(
            "Independent advocacy",
            "<p>An advocate can help you say what you think at meetings about your EHC plan. Voiceworks "
            "Advocacy provides independent advocacy for young people with SEND in Langstone Marsh.</p><p>Call "
            "Voiceworks on 01632 960 851.</p>",
        ),
        pos="",
        notes="Trap: provider of another service (advocacy) with its phone",
    )
    c.add(
        "https://localoffer.idlecombe.gov.example/community/neighbour-mediation",
        html=page(
            "Neighbour disputes",
            "<p>Quarry Bank Community Mediation helps neighbours resolve disputes about noise, parking and "
            "boundaries. It is independent and free.</p><p>Phone 01632 960 852.</p>",
        ),
        pos="",
        notes="Trap: community/neighbour mediation service with phone",
    )
    c.add(
        "https://localoffer.bowlandcross.gov.example/disagree/footer-partner",
        html=page(
            "If you disagree with the school",
            "<p>Most worries can be sorted out by talking to your child's SENCo. If that does not work you can "
            "ask for disagreement resolution by contacting the SEND Team on 01632 960 013.</p>",
            foot=FOOT.replace(
                "<ul>",
                '<p class="partners">Our partners: <img src="/img/concord.png" alt="Concord"> · Bowland '
                "Cross Parent Carer Forum</p><ul>",
                1,
            ),
        ),
        pos="",
        notes="Trap: the provider's logo only in the footer (furniture); the page's only contact is the SEND Team",
    )
    c.add(
        "https://localoffer.kettlewick.gov.example/disagree/sen-resolution-service",
        html=page(
            "SEN Resolution Service",
            "<p>Kettlewick Council's SEN Resolution Service is our disagreement resolution service. It is "
            "run by council officers who have not been involved in your child's case.</p><p>Email "
            "resolution@kettlewick.gov.example.</p>",
        ),
        pos="",
        notes="Trap: council team as the DR service with a council email",
    )
    c.add(
        "https://localoffer.merrowby.gov.example/disagree/former-provider",
        html=page(
            "Disagreement resolution: change of provider",
            "<p>Until 31 March 2025 disagreement resolution was provided by Meeting Point CIC. A new provider "
            "is being appointed. In the meantime please contact the SEN Team on 01632 960 014.</p>",
        ),
        pos="",
        notes="Trap: a former provider named; current contact only the SEN Team",
    )
    c.add(
        "https://localoffer.amberleigh.gov.example/schools/admissions-appeals",
        html=page(
            "School admission appeals",
            "<p>If your child is refused a place, you can appeal to an independent appeal panel. Contact the "
            "Appeals Clerk on 01632 960 015.</p>",
        ),
        pos="",
        notes="Trap: admissions appeals panel and clerk's phone",
    )
    c.add(
        "https://localoffer.sedgecombe.gov.example/send/complaints",
        html=page(
            "Making a complaint",
            "<h2>About a school</h2><p>Follow the school's complaints procedure; ask the school office for a "
            "copy.</p><h2>About the council</h2><p>Use the council's complaints form or call 01632 960 016."
            "</p><h2>About health services</h2><p>Contact PALS or the Integrated Care Board's complaints team."
            "</p><h2>The ombudsmen</h2><p>If you are still unhappy, you can go to the Local Government and "
            "Social Care Ombudsman (0300 061 0614) or, for the NHS, the Parliamentary and Health Service "
            "Ombudsman.</p>",
        ),
        pos="cmp",
        notes="Trap: complaints routes with ombudsman and council phones; no DR provider",
    )
    c.add(
        "https://localoffer.rillington.gov.example/disagree/sendiass-drs",
        html=page(
            "Disagreement Resolution Service",
            "<p>Rillington SENDIASS provides our Disagreement Resolution Service. Its advisers can help you "
            "and the school talk things through.</p><p>Call 01632 960 902 or email "
            "sendiass@rillington.example.org.uk.</p>",
        ),
        pos="iass",
        notes="Trap: SENDIASS labelled as the DR service (not an independent provider)",
    )
    c.add(
        "https://www.sendcharity.example.org.uk/advice/disagreement-resolution",
        html=page(
            "What is disagreement resolution?",
            "<p>Every council in England must make disagreement resolution available. Many councils use "
            "providers such as Global Mediation or KIDS. Ask your council which provider it uses.</p><p>Our "
            "helpline: 0808 157 0960.</p>",
        ),
        pos="",
        notes="Trap: national charity's explainer naming providers as examples; its own helpline",
    )
    c.add(
        "https://localoffer.westerleigh.gov.example/disagree/via-senco",
        html=page(
            "Disagreement resolution for school disagreements",
            "<p>Westerleigh's disagreement resolution service is run by Concord.</p><p>Your child's SENCo can "
            "make a referral to Concord for you.</p>",
        ),
        pos="prov",
        notes="Trap for contact: provider named; reached only through the school's SENCo",
    )
    c.add(
        "https://localoffer.castlereach.gov.example/news/mediation-contract",
        html=page(
            "Council awards SEND mediation contract",
            "<p class=\"date\">Published 12 February 2026</p><p>Castlereach Council has awarded its contract "
            "for SEND mediation to Resolve Together following a tender. The contract runs for three years.</p>",
        ),
        pos="prov",
        skip="med",
        notes="Trap for contact: news item naming the mediation provider, no contact",
    )
    c.add(
        "https://localoffer.dewbury.gov.example/disagree/council-inbox",
        html=page(
            "Disagreement resolution",
            "<p>Dewbury's disagreement resolution meetings are facilitated by Clear Path Dispute Services.</p>"
            "<p>To request a meeting, email the council's SEND mediation inbox: send.mediation@dewbury.gov."
            "example.</p>",
        ),
        pos="prov",
        notes="Trap for contact: provider named; only the council's own inbox given",
    )
    c.add(
        "https://localoffer.hinderby.gov.example/send/mediation-ipsea",
        html=page(
            "Mediation and appeals",
            "<p>Before most appeals you must contact a mediation adviser; the adviser's details are in your "
            "decision letter. For independent advice about whether to mediate, call the IPSEA advice line on "
            "01632 960 951.</p>",
        ),
        pos="",
        skip="med trib",
        notes="Trap: adviser deferred to the decision letter; a national advice line's number",
    )
    c.add(
        "https://localoffer.langstonemarsh.gov.example/disagree/dr-officer",
        html=page(
            "Disagreement resolution",
            "<p>Langstone Marsh's Disagreement Resolution Officer works in the SEND Team and can arrange a "
            "meeting with the school.</p><p>Telephone 01632 960 017.</p>",
        ),
        pos="",
        notes="Trap: council Disagreement Resolution Officer with council phone",
    )
    c.add(
        "https://localoffer.idlecombe.gov.example/contact-us",
        html=page(
            "Contact us",
            ul(
                [
                    "SEND Team: 01632 960 018, send@idlecombe.gov.example",
                    "Idlecombe SENDIASS: 01632 960 903",
                    "Local Offer team: localoffer@idlecombe.gov.example",
                ]
            ),
        ),
        pos="iass",
        notes="Trap: a contact page with council teams and SENDIASS; no DR provider",
    )
    c.add(
        "https://localoffer.kettlewick.gov.example/hr/workplace-mediation",
        html=page(
            "Workplace mediation for staff",
            "<p>Council and school staff can use our workplace mediation service, run by Accord Partners, to "
            "resolve disagreements with colleagues. Call 01632 960 853.</p>",
        ),
        pos="",
        notes="Trap: workplace mediation provider with phone",
    )
    c.add(
        "https://localoffer.northwoldheath.gov.example/disagree/forum",
        html=page(
            "If you disagree",
            "<p>Northwold Heath Parent Carer Forum can put you in touch with other parents who have been "
            "through disagreement resolution. Email forum@northwoldpcf.example.org.uk.</p>",
        ),
        pos="",
        notes="Trap: parent carer forum named with contact",
    )


def main() -> None:
    c = Cases("p")
    provider_positive(c)
    provider_traps(c)
    c.write("train_eleven.jsonl")


if __name__ == "__main__":
    main()
