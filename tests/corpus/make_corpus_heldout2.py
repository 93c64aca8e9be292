"""The held-back pages h171…h340 (written into ``test.jsonl`` by make_corpus.py), written blind in November 2026.

Tuning rounds had added pages until the held-back share fell to 227 of 1146 (20%). These 170
pages bring it back to 397 of 1316 (30%). Like h001…h170 they were written from the labelling
rules of ``README.md``, ``checks.md`` and ``duties.md`` only -- without reading the checks' code,
their fixtures or the tuning generators, and without running any check on them -- with councils
(Aldermoor, Bexcombe, Clunbridge, Drayfield, Emberton, Fordingley, Gullhaven, Hatherby, Ivelbury,
Jessamy Vale, Kilnsea Cross, Mardlebury, Norbeck, Pollardine, Rainsworth, Stourcombe, Trevanick,
Ulverscombe), fictional providers (Halfmoon Resolution CIC, Bridlewood SEND Mediation, Firefly
Dispute Resolution Ltd, Ploughshare Mediation Trust, Cairnstone Accord Partnership, Silverbirch
Resolution Ltd, Overbridge Mediation CIC, Wicket Gate Mediation) beside the real ones of
``duties.md`` section 10, and furniture of their own.

The pages are appended to ``make_corpus_heldout.SPLIT`` (so their ids continue at h171);
``make_corpus.py`` imports this module after ``make_corpus_heldout``.

Disagreement resolution and mediation pages are assembled from statements (true or near-miss
forms, several phrasings each) and rendered in many page forms; their labels follow from the
statements (``labels_from``). The other pages are written one by one. NEVER tune on them.
"""

from __future__ import annotations

import re
import textwrap

from make_corpus_heldout import SPLIT

case = SPLIT.add

# --- furniture (never evidence) ------------------------------------------------------------------

HEAD = {
    "m": (
        '<a class="skip" href="#main">Skip to content</a><header><span class="logo">{C} Council</span>'
        '<nav class="mega"><button aria-expanded="false">Menu</button><ul><li><a href="/send">SEND Local Offer</a>'
        '</li><li><a href="/send/support">Support in school</a></li><li><a href="/send/sorting-out-problems">'
        'Sorting out problems</a><ul><li><a href="/send/sorting-out-problems/mediation">Mediation</a></li>'
        '<li><a href="/send/sorting-out-problems/dr">Disagreement resolution</a></li><li><a href="/send/'
        'sorting-out-problems/tribunal">SEND Tribunal</a></li><li><a href="/send/sorting-out-problems/complain">'
        'Make a complaint</a></li></ul></li><li><a href="/send/sendiass">SENDIASS</a></li><li><a href="/send/'
        'you-said-we-did">You said, we did</a></li></ul></nav></header>'
    ),
    "b": (
        '<div class="crumbs"><a href="/">Home</a> &gt; <a href="/localoffer">Local Offer</a> &gt; '
        '<span>This page</span></div><div class="toolbar"><a href="/listen">Listen</a> <a href="/translate">'
        'Translate</a> <a href="/textsize">A+</a></div>'
    ),
    "k": (
        '<div id="directory-header"><a href="/kb5/directory/home.page">Family directory</a> '
        '<form><label for="s">Search services</label><input id="s"></form><a href="/kb5/directory/'
        'localoffer.page">SEND Local Offer</a> <a href="/kb5/directory/advice.page?id=med">Mediation and '
        'Tribunal</a> <a href="/kb5/directory/ccg-archive">Old CCG documents</a></div>'
    ),
    "0": "",
}

FOOT = {
    "m": (
        '<footer class="site"><div><h2>Need help?</h2><p><a href="/sendiass">SENDIASS</a> | '
        '<a href="/mediation">SEND mediation</a> | <a href="/tribunal">Appealing to the Tribunal</a> | '
        '<a href="/complaints">Complaints</a> | <a href="/you-said-we-did">You said, we did</a></p></div>'
        '<p>&copy; {C} Council. All rights reserved.</p></footer>'
    ),
    "w": (
        '<aside class="feedback-widget"><p>Was this page useful?</p><button>Yes</button><button>No</button>'
        '<p><a href="/localoffer/feedback">Tell us how to improve the Local Offer</a></p></aside>'
        '<footer><a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility statement</a></footer>'
    ),
    "k": (
        '<div class="kb-footer"><h3>See also</h3><ul><li><a href="/independent-disagreement-resolution">'
        'Independent disagreement resolution</a></li><li><a href="/parent-carer-forum">Parent carer forum'
        '</a></li><li><a href="/ombudsman">Local Government and Social Care Ombudsman</a></li></ul></div>'
    ),
    "0": "",
}


def page(title: str, main: str, council: str, chrome: str = "mm", dated: str = "") -> str:
    stamp = f'<p class="last-reviewed">Last reviewed: {dated}</p>' if dated else ""
    top = HEAD[chrome[0]].replace("{C}", council)
    bottom = FOOT[chrome[-1]].replace("{C}", council)
    return (
        f'<!doctype html><html lang="en"><head><title>{title} | {council} SEND Local Offer</title></head>'
        f'<body>{top}<main id="main"><h1>{title}</h1>{main}{stamp}</main>{bottom}</body></html>'
    )


def pdf(header: str, paragraphs: list[str], width: int = 66, per_page: int = 12) -> str:
    """Hard-wrapped PDF text with a running header (and a page footer) every ``per_page`` lines."""
    lines: list[str] = []
    for p in paragraphs:
        lines.extend(textwrap.wrap(p, width) or [""])
        lines.append("")
    out: list[str] = []
    for number, start in enumerate(range(0, len(lines), per_page), 1):
        out.append(header)
        out.extend(lines[start : start + per_page])
        out.append(f"- {number} -")
    return "\n".join(out)


COUNCILS = {
    # name: (domain, path, IASS name, IASS phone, IASS web)
    "Aldermoor": ("aldermoor.example.gov.uk", "/send-local-offer", "Aldermoor SENDIASS", "01632 960 114", "aldermoorsendiass.example.org"),
    "Bexcombe": ("bexcombe.example.gov.uk", "/localoffer", "Bexcombe SEND Information, Advice and Support Service", "01632 960 275", "bexcombeiass.example.org"),
    "Clunbridge": ("clunbridge.example.gov.uk", "/children/send", "SENDIASS Clunbridge", "01632 960 306", "sendiassclunbridge.example.org"),
    "Drayfield": ("drayfield.example.gov.uk", "/local-offer", "Drayfield IASS", "01632 960 447", "drayfieldiass.example.org"),
    "Emberton": ("fsd.emberton.example.gov.uk", "/kb5/emberton/directory", "Emberton SENDIASS", "01632 960 518", "embertonsendiass.example.org"),
    "Fordingley": ("fordingley.example.gov.uk", "/send", "Fordingley SENDIAS", "01632 960 629", "fordingleysendias.example.org"),
    "Gullhaven": ("gullhaven.example.gov.uk", "/localoffer", "Gullhaven SENDIASS", "01632 960 730", "gullhavensendiass.example.org"),
    "Hatherby": ("localoffer.hatherby.example.gov.uk", "/info", "Hatherby Information, Advice and Support Service", "01632 960 841", "hatherbyias.example.org"),
    "Ivelbury": ("ivelbury.example.gov.uk", "/send-local-offer", "Ivelbury SENDIASS", "01632 960 952", "ivelburysendiass.example.org"),
    "Jessamy Vale": ("jessamyvale.example.gov.uk", "/localoffer", "Jessamy Vale SENDIASS", "0113 496 0063", "jvsendiass.example.org"),
    "Kilnsea Cross": ("kilnseacross.example.gov.uk", "/send", "Kilnsea Cross IASS", "0113 496 0174", "kxiass.example.org"),
    "Mardlebury": ("livewell.mardlebury.example.gov.uk", "/send", "Mardlebury SENDIASS", "0113 496 0285", "mardleburysendiass.example.org"),
    "Norbeck": ("norbeck.example.gov.uk", "/local-offer", "Norbeck SEND IASS", "0113 496 0396", "norbecksendiass.example.org"),
    "Pollardine": ("pollardine.example.gov.uk", "/send-local-offer", "Pollardine SENDIASS", "0113 496 0407", "pollardinesendiass.example.org"),
    "Rainsworth": ("rainsworth.example.gov.uk", "/localoffer", "Rainsworth SENDIASS", "0113 496 0518", "rainsworthsendiass.example.org"),
    "Stourcombe": ("stourcombe.example.gov.uk", "/send", "Stourcombe IASS", "0113 496 0629", "stourcombeiass.example.org"),
    "Trevanick": ("trevanick.example.gov.uk", "/local-offer", "Trevanick SENDIASS", "0113 496 0730", "trevanicksendiass.example.org"),
    "Ulverscombe": ("ulverscombe.example.gov.uk", "/localoffer", "Ulverscombe SENDIASS", "0113 496 0841", "ulverscombesendiass.example.org"),
}

PROVIDERS = {
    # name: (short, phone, email, web)
    "Halfmoon Resolution CIC": ("Halfmoon", "0808 157 0311", "send@halfmoonresolution.example.org", "halfmoonresolution.example.org"),
    "Bridlewood SEND Mediation": ("Bridlewood", "0808 157 0422", "hello@bridlewoodmediation.example.org", "bridlewoodmediation.example.org"),
    "Firefly Dispute Resolution Ltd": ("Firefly", "0808 157 0533", "referrals@fireflydr.example.co.uk", "fireflydr.example.co.uk"),
    "Ploughshare Mediation Trust": ("Ploughshare", "0808 157 0644", "send@ploughshare.example.org", "ploughshare.example.org"),
    "Cairnstone Accord Partnership": ("Cairnstone", "0808 157 0755", "accord@cairnstone.example.co.uk", "cairnstone.example.co.uk"),
    "Silverbirch Resolution Ltd": ("Silverbirch", "0808 157 0866", "cases@silverbirch.example.co.uk", "silverbirch.example.co.uk"),
    "Overbridge Mediation CIC": ("Overbridge", "0808 157 0977", "info@overbridge.example.org", "overbridge.example.org"),
    "Wicket Gate Mediation": ("Wicket Gate", "0808 157 0188", "send@wicketgate.example.org", "wicketgate.example.org"),
    "Global Mediation Ltd": ("Global Mediation", "0800 064 4488", "sen@globalmediation.co.uk", "globalmediation.co.uk"),
    "KIDS SEND Mediation Service": ("KIDS", "03330 062 835", "mediationlondon@kids.org.uk", "kids.org.uk/send-mediation"),
    "Together Trust": ("Together Trust", "0161 283 4848", "mediation@togethertrust.org.uk", "togethertrust.org.uk"),
    "Prime Resolution Ltd": ("Prime Resolution", "0121 496 0555", "enquiries@prime-resolution.co.uk", "prime-resolution.co.uk"),
    "Community Accord": ("Community Accord", "01472 496 000", "send@communityaccord.com", "communityaccord.com"),
}
# contacts for pages that do not name the provider (a neutral address that names no organisation)
UNNAMED = ("the service", "0808 157 0099", "enquiries@send-resolve.example.org", "send-resolve.example.org")


def url(council: str, slug: str) -> str:
    domain, path = COUNCILS[council][:2]
    return f"https://{domain}{path}/{slug}"


# --- statements for the assembled pages ----------------------------------------------------------
# key: list of (question/label, answer). An answer opening "Yes. " / "No. " keeps it only in FAQ,
# accordion and table forms; elsewhere the rest stands alone. Answers starting with "!" are terse
# (they lean on the question) and are only used where the question is shown.

S: dict[str, list[tuple[str, str]]] = {
    "dr": [
        ("What is disagreement resolution?", "Disagreement resolution is a meeting, led by a trained facilitator, that helps families, schools and the council talk through a problem about special educational needs and look for a way forward."),
        ("About the service", "When talking to the school or the SEN team has not settled things, {C}'s disagreement resolution arrangements give everyone a structured conversation with a trained facilitator."),
        ("How can disagreement resolution help?", "A disagreement resolution meeting brings the people who disagree round one table with a facilitator, so that each side can explain its view and agree practical next steps."),
        ("Resolving disagreements", "Sometimes a family and the people supporting their child see things differently. Our disagreement resolution service exists to help sort this out early, before positions harden."),
    ],
    "medintro": [
        ("What is SEND mediation?", "SEND mediation is a meeting between you and the council, led by a trained mediator, about a decision on an EHC needs assessment or an EHC plan."),
        ("Mediation about EHC decisions", "If you are unhappy with a decision the council has made about an education, health and care needs assessment or plan, you can ask for SEND mediation."),
    ],
    "prov": [
        ("Who provides it?", "The service is provided for {C} by {P}."),
        ("Provider", "{P} runs {svc} on the council's behalf."),
        ("Who runs the meetings?", "Meetings are arranged and led by {P}, which the council has commissioned."),
        ("Our provider", "We have contracted {P} to deliver the service."),
    ],
    "ind": [
        ("Is the service independent?", "Yes. The facilitators are independent: they do not work for {C} Council or for any school."),
        ("Independence", "{S} is entirely separate from the council, and none of its mediators are council employees."),
        ("Who leads the meeting?", "An independent facilitator who has no connection to the council or your child's setting."),
        ("Is it part of the council?", "No. It is run by a third party that is not part of {C} Council."),
    ],
    "impartial": [
        ("Is the facilitator fair?", "Yes. The person leading the meeting is impartial and neutral and will not take sides."),
        ("Who leads the meeting?", "A trained and impartial facilitator, who makes sure everybody gets a fair hearing."),
    ],
    "vol": [
        ("Do I have to use it?", "No. Using the service is entirely up to you, and a meeting only goes ahead if everyone involved agrees to it."),
        ("Is it optional?", "Yes. Taking part is voluntary for families, and all parties must be willing to take part."),
        ("Taking part", "Nobody can be made to attend: the meeting happens only with everyone's agreement."),
        ("Do we have to go?", "!No, it is your choice."),
    ],
    "expected": [
        ("Who attends?", "Once a meeting is arranged, parents are expected to attend along with the school and an officer from the SEN team."),
        ("Do I have to use it?", "Families are asked to try disagreement resolution first; the council will normally require this before looking at a case again."),
    ],
    "compulsory": [
        ("Is mediation required?", "Yes. Mediation is now compulsory for every family who disagrees with an EHC decision, and a meeting must take place before anything else can happen."),
    ],
    "all": [
        ("Who can use it?", "Any family of a child or young person with special educational needs can use it. You do not need an EHC plan."),
        ("Do I need an EHC plan?", "No. The service is open to children and young people at SEN support as well as those with a plan or being assessed."),
        ("Eligibility", "It covers all children and young people aged 0 to 25 with SEN, whether or not they have an education, health and care plan."),
    ],
    "ehconly": [
        ("Who can use it?", "The service is only available to families whose child has an EHC plan."),
        ("Eligibility", "You can use it if your child has an education, health and care plan; it is not available to children at SEN support."),
    ],
    "types": [
        ("What can it help with?", "It can help with disagreements about how a school or college is meeting a child's needs, about the council's EHC duties, and about health or social care provision set out in a plan.<ul><li>support in school</li><li>how the council carries out assessments and plans</li><li>health provision for children with SEN</li></ul>"),
        ("What kinds of disagreement?", "Disagreements between parents and an early years setting, school or college about the special educational provision it makes, and disagreements with the council or health commissioners about how they are carrying out their SEN duties."),
        ("What it covers", "It covers problems with the support a setting gives, disputes about the way an EHC needs assessment is being carried out, and disagreements about health or social care provision."),
    ],
    "onetype": [
        ("What can it help with?", "It can help with all sorts of problems and concerns that families may have."),
    ],
    "noeff": [
        ("Will it affect my right to appeal?", "No. Choosing not to use {svc} does not affect your right to appeal to the SEND Tribunal."),
        ("If I decline mediation, can I still appeal?", "Yes. If you decide not to mediate you will be given a certificate within three working days and can go straight to the Tribunal."),
        ("Your appeal rights", "Using the service, or deciding not to, will not stop you from appealing to the First-tier Tribunal."),
    ],
    "afterappeal": [
        ("What happens afterwards?", "If the meeting does not sort things out, you can then appeal to the Tribunal once mediation has finished."),
        ("And if it does not work?", "After mediation you will still be able to take your case to the SEND Tribunal."),
    ],
    "certonly": [
        ("What if I don't want mediation?", "Tell the mediation adviser and you will be sent a certificate."),
    ],
    "conf": [
        ("Is it confidential?", "Yes. What is said in the meeting stays in the meeting and cannot be used later at a Tribunal hearing."),
        ("Confidentiality", "Discussions are confidential and held without prejudice to any appeal."),
        ("Will what I say be shared?", "!No, the meeting is confidential."),
    ],
    "contact": [
        ("How do I contact them?", "Phone {ph} or email {em}."),
        ("Get in touch", "You can refer yourself online at {web} or ring {ph}."),
        ("How to ask for a meeting", "Contact the service directly on {ph} (Monday to Friday) or at {em}."),
    ],
    "caseworker": [
        ("How do I ask for a meeting?", "Speak to your SEN caseworker, who will decide whether a referral is appropriate and make it for you."),
    ],
    "iass": [
        ("Free advice before you decide", "{IA} can talk you through your options free of charge: call {iph} or visit {iw}."),
        ("Where can I get help?", "{IA} gives confidential, impartial advice to parents and young people. Phone {iph}."),
    ],
    "med": [
        ("SEND mediation", "If you want to appeal about an EHC needs assessment or plan decision, you must first contact the mediation adviser within two months of the decision letter. The adviser explains mediation and, whether or not you go ahead, issues a certificate within three working days; mediation must be held within 30 days."),
        ("Before you appeal", "Most appeals need a mediation certificate. Call the mediation adviser within two months of the council's decision; if you choose mediation it takes place within 30 days, and if not the certificate is issued within three working days."),
    ],
    "trib": [
        ("Appealing to the Tribunal", "You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability). Appeal within two months of the decision letter, or one month from the mediation certificate if that is later, using form SEND35 or the online service on GOV.UK."),
        ("The SEND Tribunal", "Appeals go to the First-tier Tribunal (SEND), which is independent of the council. Send your appeal online through GOV.UK within two months of the decision, or within a month of getting your certificate."),
    ],
    "cmp": [
        ("Making a complaint", "Complaints about a school go first to the school under its complaints procedure, then to its governors. Complaints about the council use our corporate complaints procedure, and after that the Local Government and Social Care Ombudsman. Complaints about NHS services go to the provider or the Integrated Care Board, then to the Parliamentary and Health Service Ombudsman."),
    ],
    "ccg": [
        ("Health disagreements", "If the disagreement is about health provision, the Clinical Commissioning Group (CCG) will take part in the meeting and is responsible for agreeing any health actions."),
    ],
    "icb": [
        ("Health disagreements", "Where health provision is involved, NHS {C} Integrated Care Board will be invited to take part."),
    ],
}

EFFECT = {
    "prov": "prov", "ind": "ind", "vol": "vol", "all": "all", "types": "types", "noeff": "noeff",
    "conf": "conf", "contact": "contact", "iass": "iass", "med": "med", "trib": "trib", "cmp": "cmp",
}


def labels_from(keys: list[str]) -> tuple[str, str, bool]:
    pos = {EFFECT[k] for k in keys if k in EFFECT}
    skip: set[str] = set()
    if "dr" in keys and ("prov" in pos or "ind" in pos) and "contact" in pos:
        pos.add("in")
    if "dr" in keys and "contact" not in pos and "caseworker" not in keys and ("prov" in pos or "ind" in pos):
        pass  # no way to use it: partial, 0
    if "noeff" in pos and "vol" not in pos and "compulsory" not in keys and "expected" not in keys:
        skip.add("vol")  # "choosing not to use it" arguably says it is optional
    if "certonly" in keys and "noeff" not in pos:
        skip.add("noeff")
    if "med" in pos and "trib" not in pos:
        skip.add("trib")  # the mediation steps mention appealing; the "how" is borderline
    if "medintro" in keys and "dr" not in keys:
        skip.add("all")  # SEND mediation is about EHC decisions by nature; not judged
    return " ".join(sorted(pos)), " ".join(sorted(skip)), "ccg" in keys


def fill(text: str, council: str, provider: str, svc: str) -> str:
    iass, iph, iw = COUNCILS[council][2:5]
    short, phone, email, web = PROVIDERS.get(provider, UNNAMED)
    for a, b in (("{C}", council), ("{P}", provider), ("{S}", short), ("{ph}", phone), ("{em}", email),
                 ("{web}", web), ("{Svc}", svc[0].upper() + svc[1:]), ("{svc}", svc), ("{IA}", iass),
                 ("{iph}", iph), ("{iw}", iw)):
        text = text.replace(a, b)
    return text


def plain(answer: str) -> str:
    for lead in ("Yes. ", "No. "):
        if answer.startswith(lead):
            return answer[len(lead):]
    return answer


def flat(text: str) -> str:
    return text.replace("<ul><li>", " ").replace("</li><li>", "; ").replace("</li></ul>", ".")


def para(text: str) -> str:
    if "<ul>" in text:
        head, _, rest = text.partition("<ul>")
        return f"<p>{head}</p><ul>{rest}"
    return f"<p>{text}</p>"


FILLER = [
    "An education, health and care needs assessment looks at what help a child or young person needs. The council has 6 weeks to decide whether to assess and 20 weeks in total to finish the plan.",
    "Most children with SEN have their needs met at SEN support through the graduated approach: assess, plan, do and review. The school's SENCO coordinates this.",
    "Annual reviews check that the plan is still right. The school or college usually holds the meeting and sends us the paperwork within two weeks.",
    "Our team aims to reply to emails within five working days. Please quote your child's name and date of birth so that we can find the right record.",
    "Personal budgets can be part of an EHC plan. Ask your coordinator if you would like to know more about direct payments.",
]

SHOWS_Q = ("faq", "acc", "table", "dl")


def pick(key: str, n: int, form: str) -> tuple[str, str]:
    variants = S[key]
    for j in range(len(variants)):
        q, a = variants[(n + j) % len(variants)]
        if a.startswith("!"):
            if form in SHOWS_Q:
                return q, a[1:]
            continue
        return q, a
    raise ValueError(key)


def assemble(n: int, council: str, provider: str, form: str, keys: list[str], title: str) -> tuple[str, str]:
    svc = "SEND mediation" if "medintro" in keys and "dr" not in keys else "disagreement resolution"
    items = []
    for i, key in enumerate(keys):
        q, a = pick(key, n + i, form)
        items.append((key, fill(q, council, provider, svc), fill(a, council, provider, svc)))
    if form not in SHOWS_Q:
        items = [(k, q, plain(a)) for k, q, a in items]
    chrome = ["mm", "bw", "km", "0w", "b0"][n % 5]
    if form == "prose":
        return page(title, "".join(para(a) for _k, _q, a in items), council, chrome), ""
    if form == "headed":
        return page(title, "".join(f"<h2>{q}</h2>{para(a)}" for _k, q, a in items), council, chrome), ""
    if form == "buried":
        body, f = [], 0
        for i, (_k, _q, a) in enumerate(items):
            body.append(f"<p>{FILLER[(n + f) % len(FILLER)]}</p>")
            f += 1
            if i % 2:
                body.append(f"<p>{FILLER[(n + f) % len(FILLER)]}</p>")
                f += 1
            body.append(para(a))
        body.append(f"<p>{FILLER[(n + f) % len(FILLER)]}</p>")
        return page(title, "<h2>A guide for families</h2>" + "".join(body), council, chrome), ""
    if form == "faq":
        body = "".join(f'<div class="faq"><h3>{q}</h3>{para(a)}</div>' for _k, q, a in items)
        return page(title, "<p>Common questions</p>" + body, council, chrome), ""
    if form == "acc":
        body = "".join(f'<details class="accordion"><summary>{q}</summary>{para(a)}</details>' for _k, q, a in items)
        return page(title, body, council, chrome), ""
    if form == "table":
        rows = "".join(f"<tr><td><strong>{q}</strong></td><td>{a}</td></tr>" for _k, q, a in items)
        return page(title, f"<table><thead><tr><th>Question</th><th>Answer</th></tr></thead><tbody>{rows}</tbody></table>", council, chrome), ""
    if form == "dl":
        rows = "".join(f"<dt>{q}</dt><dd>{a}</dd>" for _k, q, a in items)
        return page(title, f'<dl class="key-facts">{rows}</dl>', council, chrome), ""
    if form == "list":
        lis = "".join(f"<li>{flat(a)}</li>" for _k, _q, a in items[1:])
        return page(title, f"{para(items[0][2])}<h2>Key facts</h2><ul>{lis}</ul>", council, chrome), ""
    if form == "dir":
        short, phone, email, web = PROVIDERS.get(provider, UNNAMED)
        desc = "".join(para(a) for k, _q, a in items if k != "contact")
        block = ""
        if "contact" in keys:
            block = (f'<div class="record-contact"><h2>Who to contact</h2><table><tr><th>Contact name</th><td>Referrals team</td></tr>'
                     f'<tr><th>Telephone</th><td>{phone}</td></tr><tr><th>E-mail</th><td>{email}</td></tr>'
                     f'<tr><th>Website</th><td>{web}</td></tr></table></div>')
        where = '<div class="record-where"><h2>Where to go</h2><p>Meetings are held at a venue agreed with you, or online.</p></div>'
        main = f'<div class="record-desc"><h2>Description</h2>{desc}</div>{block}{where}<p class="record-meta">Record last updated 14/10/2026</p>'
        return page(title, main, council, "kk"), ""
    if form == "easy":
        sents = []
        for _k, _q, a in items:
            for sent in re.split(r"(?<=[.;])\s+", flat(a)):
                if sent:
                    sents.append(f'<div class="er-row"><img src="/easyread/pic.png" alt=""><p>{sent}</p></div>')
        return page(title + " (Easy Read)", "".join(sents), council, chrome), ""
    if form == "lines":
        return "", "\n".join([title, ""] + [flat(a) for _k, _q, a in items] + ["", f"{council} Council SEND Local Offer"])
    if form == "pdf":
        paras = [title.upper(), f"Information for parents and carers - {council} Council"]
        for i, (_k, q, a) in enumerate(items):
            lead = q if q.endswith("?") else q + ":"
            paras.append(flat(f"{lead} {a}" if i % 3 == 0 else a))
        return "", pdf(f"{council} SEND Local Offer  |  Resolving disagreements  |  v3 2026", paras)
    raise ValueError(form)


def dr_case(n: int, council: str, provider: str, form: str, spec: str, title: str, slug: str, why: str) -> None:
    keys = spec.split()
    html, text = assemble(n, council, provider, form, keys, title)
    pos, skip, stale = labels_from(keys)
    if "med" not in keys and "three working days" in (html or text):
        # the "decline and get a certificate within three working days" answer: a partial mediation explanation
        skip = (skip + " med").strip()
        why += " A certificate within three working days is mentioned without the adviser or the two months: med unlabelled."
    notes = f"Assembled ({form}) from: {spec}. {why}".strip()
    case(url(council, slug), html=html, text=text, pos=pos, skip=skip, stale=stale, notes=notes)


# =================================================================================================
# A. Assembled DR / SEND mediation pages: h171 onwards
# =================================================================================================

SPECS = [
    # (statements, why)
    ("dr prov ind vol all types noeff conf contact", "Every DR element present."),
    ("dr prov contact", "Provider and contact only: no independence, voluntariness or scope."),
    ("dr ind vol contact", "Independent but unnamed provider; contact given."),
    ("dr prov impartial vol conf contact", "'Impartial and neutral' without independence: ind 0."),
    ("dr prov ind expected types contact", "'Parents are expected to attend' / 'asked to try it first' is not voluntariness: vol 0."),
    ("dr prov ind vol ehconly contact", "'Only for EHC plans': all 0."),
    ("dr prov ind vol onetype contact", "One vague kind of disagreement: types 0."),
    ("dr prov ind vol afterappeal contact", "'After mediation you can appeal' is not noeff: 0."),
    ("dr prov ind caseworker", "Referral only through the SEN caseworker: no contact for the service, in 0."),
    ("dr prov ind vol all types conf", "No contact route for the provider: contact 0, in 0 (partial)."),
    ("dr prov ind vol all types noeff conf contact iass", "All DR elements plus SENDIASS with a phone number."),
    ("dr ind all types contact ccg", "Independent and contactable; live CCG in the health paragraph: stale."),
    ("dr prov ind vol conf contact icb", "ICB named as current body: stale_ccg 1."),
    ("medintro prov ind vol noeff conf contact med", "SEND mediation page: no DR term, so in 0; mediation explained."),
    ("medintro prov vol contact med trib", "Mediation and Tribunal explained; provider named without an independence statement."),
    ("medintro prov compulsory contact med", "'Mediation is compulsory' is not voluntariness: vol 0."),
    ("medintro prov ind certonly contact", "Certificate on declining without saying you may then appeal: noeff unlabelled."),
    ("medintro prov ind vol afterappeal conf contact", "'After mediation you can appeal': noeff 0."),
    ("dr prov ind vol all types noeff conf contact med trib", "DR, mediation and the appeal on one page."),
    ("dr types all vol", "DR described in general terms only: no provider, independence or contact."),
    ("dr prov ind all contact cmp", "DR plus several complaints routes."),
    ("dr impartial vol all types caseworker", "Impartial only, caseworker referral: in/ind/contact 0."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("dr prov ind types noeff contact", "noeff without a voluntariness statement: vol unlabelled."),
    ("dr ind vol all conf contact", "Independence statement, no name: prov 0."),
    ("dr prov vol all types conf contact", "Provider named, no independence wording: ind 0."),
    ("dr prov ind vol ehconly onetype afterappeal contact", "Three traps together."),
    ("medintro prov ind vol noeff conf contact med trib iass", "Mediation, appeal, SENDIASS."),
    ("dr prov ind vol all types conf contact ccg", "Full DR but CCG as the current health body."),
    ("dr prov ind all types noeff conf contact", "No vol statement; noeff present: vol unlabelled."),
    ("dr prov ind vol conf contact", "Short DR page."),
    ("dr prov ind expected all noeff contact", "'Expected to attend' with noeff: vol 0 (not skipped: the page says attendance is expected)."),
    ("medintro prov ind vol contact med", "Mediation page with provider, independence and contact."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("dr ind types contact", "Independent service, two kinds, contact."),
    ("dr prov all types", "Provider and scope, no contact: in 0."),
    ("dr prov ind vol all types noeff conf contact iass cmp", "DR, SENDIASS and complaints."),
    ("dr prov ind vol ehconly types contact", "EHC-only trap with types."),
    ("dr prov ind vol all onetype noeff contact", "One vague kind only."),
    ("dr prov impartial all types noeff conf contact", "Impartial only; noeff without vol: vol unlabelled."),
    ("medintro prov ind compulsory med contact", "Compulsory mediation trap."),
    ("dr prov ind vol all types afterappeal conf contact", "Appeal only after mediation: noeff 0."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("dr ind vol all types noeff conf contact", "Unnamed independent provider."),
    ("dr prov ind vol conf caseworker", "Caseworker referral: contact 0."),
    ("dr prov ind vol all types noeff conf contact trib", "DR and the Tribunal route."),
    ("medintro prov ind vol noeff conf contact med", "Mediation page, another form."),
    ("dr prov ind all types conf contact", "No vol, no noeff."),
    ("dr prov vol all types noeff conf contact icb", "Provider not called independent; ICB current."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("dr impartial vol all types conf contact", "Impartial facilitator, no provider name: ind 0, prov 0, in 0."),
    ("dr prov ind vol all conf contact", "No types, no noeff."),
    ("dr prov ind vol onetype conf contact ccg", "One kind; live CCG."),
    ("medintro prov certonly contact med", "Certificate on declining: noeff unlabelled."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("dr prov ind vol types conf contact iass", "DR with SENDIASS."),
    ("dr prov ind vol all types noeff conf", "No contact: in 0."),
    ("dr ind vol all types noeff conf contact", "Unnamed independent provider, full."),
    ("dr prov ind expected ehconly contact", "Expected to attend, EHC-only."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("medintro prov ind vol noeff contact med trib", "Mediation and Tribunal."),
    ("dr prov ind vol all types conf contact", "No noeff."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("dr prov vol all types caseworker", "Provider but caseworker route."),
    ("dr prov ind vol all types noeff conf contact med", "DR and mediation."),
    ("dr prov ind vol types noeff contact", "No all, no conf."),
    ("dr prov ind vol all types noeff conf contact", "Full DR page in another form."),
    ("dr prov ind vol all afterappeal contact", "After-mediation appeal trap."),
    ("dr prov ind vol all types noeff conf contact iass", "Full with SENDIASS."),
    ("dr prov ind all types noeff conf contact ccg", "Full but live CCG; vol unlabelled."),
]

FORMS = ["faq", "prose", "acc", "table", "dir", "headed", "pdf", "list", "dl", "buried", "easy", "lines"]
TITLES = [
    ("Disagreement resolution", "disagreement-resolution"),
    ("Sorting out disagreements", "sorting-out-disagreements"),
    ("When you disagree about SEN support", "when-you-disagree"),
    ("Our disagreement resolution service", "dr-service"),
    ("Help to resolve a disagreement", "help-to-resolve"),
    ("Resolving problems with your child's support", "resolving-problems"),
]
MED_TITLES = [("SEND mediation", "send-mediation"), ("Mediation before an appeal", "mediation-before-appeal")]
PROVIDER_ORDER = list(PROVIDERS)
COUNCIL_ORDER = list(COUNCILS)

for n, (spec, why) in enumerate(SPECS):
    council = COUNCIL_ORDER[n % len(COUNCIL_ORDER)]
    provider = PROVIDER_ORDER[(n * 5) % len(PROVIDER_ORDER)] if "prov" in spec.split() else ""
    form = FORMS[n % len(FORMS)]
    if form == "easy" and ("med" in spec.split() or "cmp" in spec.split()):
        form = "headed"
    if spec.startswith("medintro"):
        title, slug = MED_TITLES[n % 2]
    else:
        title, slug = TITLES[n % len(TITLES)]
    dr_case(n, council, provider, form, spec, title, f"{slug}-{n + 1}" if n >= len(TITLES) else slug, why)


# =================================================================================================
# B. Pages written one by one
# =================================================================================================


def one(council: str, slug: str, title: str, main: str = "", *, text: str = "", pos: str = "", skip: str = "",
        stale: bool = False, notes: str, chrome: str = "mm", dated: str = "") -> None:
    html = "" if text else page(title, main, council, chrome, dated)
    case(url(council, slug), html=html, text=text, pos=pos, skip=skip, stale=stale, notes=notes)


# --- B1. traps: other kinds of mediation and appeals, general explanations, council meetings ---

one("Aldermoor", "family-life/separating-parents", "Separating or divorcing parents",
    "<p>If you and your ex-partner cannot agree arrangements for the children, a family mediator can help. Before "
    "you apply to court you will usually need to attend a Mediation Information and Assessment Meeting (MIAM).</p>"
    "<p>The Family Mediation Council keeps a register of accredited mediators, and a government voucher worth up "
    "to &pound;500 may be available. Mediation is voluntary and confidential, and the mediator is independent "
    "of both of you.</p><p>Find a mediator at familymediationcouncil.org.uk or call 01632 960 900.</p>",
    notes="Family (separation) mediation with MIAM: independent, voluntary, confidential and a contact, but "
    "none of it is SEND disagreement resolution. All DR checks 0.")
one("Bexcombe", "community/neighbour-disputes", "Neighbour disputes",
    "<p>Noise, boundaries, parking or overhanging trees? Our community mediation partner Bexcombe Community "
    "Mediation can help neighbours talk. The mediators are trained volunteers, independent of the council and "
    "of the housing association.</p><ul><li>It is free</li><li>Both neighbours must agree to take part</li>"
    "<li>Everything said stays private</li></ul><p>Call 01632 960 410 or email mediation@bexcombecm.example.org.</p>",
    chrome="b0", notes="Neighbour/community mediation: independent, voluntary, confidential, contact, but not SEND. All 0.")
one("Clunbridge", "jobs/staff-support/workplace-mediation", "Workplace mediation for staff",
    "<p>Council employees who are in conflict with a colleague can ask HR for workplace mediation. An "
    "independent external mediator runs the session. Both people must agree, and what is said is "
    "confidential. Email hr.mediation@clunbridge.example.gov.uk.</p>",
    chrome="0w", notes="Workplace mediation for council staff: not SEND DR. All 0.")
one("Drayfield", "schools/peer-mediation", "Peer mediation in primary schools",
    "<p>Many Drayfield primary schools train Year 5 and 6 pupils as peer mediators. They help classmates sort "
    "out playground fallouts. Peer mediators are neutral and keep things confidential unless someone is at "
    "risk.</p><p>Schools can book the two-day training through the Educational Psychology Service.</p>",
    notes="Peer mediation among pupils: not SEND DR. All 0.")
one("Emberton", "behaviour/restorative-practice", "Restorative approaches",
    "<p>Restorative meetings bring together a young person who has caused harm and the people affected. A "
    "trained facilitator, who is impartial, leads the conversation. Taking part is voluntary. Schools can ask "
    "the Youth Justice Service for a restorative facilitator on 01632 960 511.</p>",
    chrome="kk", notes="Restorative practice (youth justice): not SEND DR. All 0.")
one("Fordingley", "schools/admissions/appeals", "School admission appeals",
    "<p>If your child is refused a place at a school you applied for, you have the right to appeal to an "
    "independent appeal panel. The panel is independent of the council and of the school's admission "
    "authority.</p><p>You must lodge your appeal within 20 school days of the date of the refusal letter, "
    "using the online form. The hearing is held in private and the panel's decision is binding.</p>"
    "<p>Questions? Email admission.appeals@fordingley.example.gov.uk.</p>",
    notes="Admission appeal panel: independent and with a how, but not the SEND Tribunal and not DR. "
    "tribunal_appeal 0, DR checks 0.")
one("Gullhaven", "council-tax/appeals", "Appealing against your council tax band or bill",
    "<p>You can appeal to the Valuation Tribunal for England if you disagree with our decision on a council "
    "tax reduction or liability. The tribunal is independent of the council. Appeal within two months of our "
    "decision at valuationtribunal.gov.uk.</p>",
    chrome="b0", notes="Council tax appeal to the Valuation Tribunal: not the SEND Tribunal, not DR. All 0.")
one("Hatherby", "schools/exclusions", "If your child is permanently excluded",
    "<p>The governing board must consider the headteacher's decision to exclude. If the governors uphold a "
    "permanent exclusion you can ask for an independent review panel within 15 school days. You can ask for an "
    "SEN expert to attend the review, whether or not your child has an EHC plan.</p><p>If you think the "
    "exclusion was disability discrimination you can also make a claim to the First-tier Tribunal (SEND).</p>",
    notes="Exclusion review panel: independent but not DR; the Tribunal is named for discrimination claims "
    "without the how for SEND appeals: tribunal_appeal 0 (no deadline or form for the SEND claim). "
    "all_sen wording is about the review panel, not DR: 0.")
one("Ivelbury", "planning/appeals", "Planning appeals",
    "<p>If we refuse planning permission you can appeal to the Planning Inspectorate, an independent body. "
    "Householder appeals must be made within 12 weeks. Informal mediation with the case officer is sometimes "
    "possible first.</p>", chrome="0w", notes="Planning appeal: not SEND. All 0.")
one("Jessamy Vale", "benefits/dla-pip-appeals", "Challenging a DLA or PIP decision",
    "<p>If you disagree with a Disability Living Allowance or PIP decision, first ask the DWP for a mandatory "
    "reconsideration. After that you can appeal to the First-tier Tribunal (Social Security and Child Support) "
    "within one month using form SSCS1 or online.</p><p>Our welfare rights team can help: 0113 496 0900.</p>",
    notes="Benefits appeal to the SSCS tribunal, not the SEND Tribunal: tribunal_appeal 0.")
one("Kilnsea Cross", "advice/what-is-disagreement-resolution", "What is disagreement resolution? A national charity explains",
    "<blockquote><p>From our national helpline team</p></blockquote><p>Every local authority in England has to "
    "make disagreement resolution arrangements available. The service must be independent, and using it is "
    "voluntary. It can be used by any family of a child with SEN, not only families with an EHC plan, and it "
    "does not affect your right to appeal.</p><p>Ask your local council who provides the service in your "
    "area. Call our national helpline on 0808 157 0600 for general advice.</p>",
    chrome="b0", skip="ind vol all noeff",
    notes="A charity explaining DR in the abstract (what councils must do); no local arrangement, provider or "
    "contact for the service: in/prov/contact 0; the generic statements of what the law requires are left "
    "unlabelled.")
one("Mardlebury", "sendiass-guide/disagreements", "Mardlebury SENDIASS: what if I disagree?",
    "<p>We are Mardlebury SENDIASS. Disagreement resolution services are there to help parents, young people, "
    "schools and councils settle disagreements about SEN. Councils must provide an independent service, and "
    "it is up to you whether you use it. We can explain your options and come to meetings with you.</p>"
    "<p>Contact us: 0113 496 0285, info@mardleburysendiass.example.org.</p>",
    pos="iass", skip="ind vol",
    notes="The IASS explaining DR in general: it signposts itself with contact (iass 1), but names no DR "
    "provider or contact for the DR service: in/prov/contact 0; general duty statements unlabelled.")
one("Norbeck", "send/resolution-meetings", "SEN resolution meetings",
    "<p>If you are unhappy with a decision about your child's support, you can ask for a resolution meeting. "
    "A senior officer from the SEND Service who has not been involved in your child's case will chair the "
    "meeting. They are impartial and will listen to everyone. Meetings are confidential and voluntary.</p>"
    "<p>To request one, email sendresolution@norbeck.example.gov.uk.</p>",
    notes="Officer-led council resolution meeting: not DR by an independent person; impartial only. "
    "Council meetings never meet the DR checks: all 0.")
one("Pollardine", "sendiass/disagreement-resolution-service", "Disagreement Resolution Service",
    "<p>Pollardine SENDIASS is the Disagreement Resolution Service for Pollardine. Our advisers are impartial "
    "and will help you and the school talk things through. We are free and confidential.</p>"
    "<p>Call us on 0113 496 0407 or email help@pollardinesendiass.example.org.</p>",
    pos="iass",
    notes="IASS labelled as the DR service (the Telford trap): iass 1; the IASS never meets the DR checks: "
    "in/ind/prov/contact/conf 0.")
one("Rainsworth", "family-support/family-mediation-service", "Family Mediation Service",
    "<p>Rainsworth Family Mediation Service helps families when parents separate, and when teenagers and "
    "parents are in conflict at home. The mediators are independent. Sessions are voluntary and confidential. "
    "Ring 0113 496 0520.</p>",
    chrome="b0", notes="'Family Mediation Service' about separation and teenage conflict: not SEND. All 0.")
one("Stourcombe", "parent-carer-forum", "Stourcombe Parent Carer Forum",
    "<p>The forum is an independent, parent-led group that works with the council and health services to "
    "improve SEND services. We are not part of the council. We don't give individual advice, but we can tell "
    "you where to find it.</p><p>Join us: hello@stourcombepcf.example.org.</p>",
    notes="Parent carer forum called independent: not DR, not IASS. All 0.")
one("Trevanick", "send/our-mediation-officer", "Talk to our SEND mediation officer",
    "<p>Our SEND mediation officer works within the council's SEN team. She can meet you and the school to "
    "try to sort things out informally before you need to go further. Contact her on 0113 496 0731.</p>",
    notes="A council employee called a mediation officer: not independent DR or SEND mediation. All 0.")
one("Ulverscombe", "send/independent-review", "Independent review of EHC decisions",
    "<p>If you disagree with a decision, a manager independent of your child's caseworker will review the "
    "file within 10 working days. The review is internal to the SEND team.</p>",
    chrome="0w", notes="'Independent' only of the caseworker; internal council review: all 0.")
one("Aldermoor", "send/code-of-practice-disagreement-resolution", "What the law says about disagreement resolution",
    "<p>Our service works in line with the SEND Code of Practice, which says:</p><blockquote><p>Local "
    "authorities must make arrangements for disagreement resolution services... The arrangements must provide "
    "for independent persons to facilitate the resolution of disagreements. Use of the services is voluntary "
    "and has to be with the agreement of all parties.</p></blockquote><p>For more information please speak "
    "to your SEN caseworker.</p>",
    skip="ind vol",
    notes="Independence and voluntariness only inside a quotation of the Code: left unlabelled. No provider or "
    "contact for the service (caseworker only): in/prov/contact 0.")
one("Bexcombe", "send/disagreement-resolution-scope", "Who the disagreement resolution service is for",
    "<p>In Bexcombe the scope of our disagreement resolution service follows the Code of Practice:</p>"
    "<blockquote><p>Disagreement resolution services cover all children and young people with SEN, not just "
    "those who are being assessed for or have an EHC plan. They can help resolve disagreements between "
    "parents and schools about SEN provision, and between parents and the local authority about how it is "
    "carrying out its duties.</p></blockquote><p>The service is run by Wicket Gate Mediation, who are not part "
    "of the council. Call 0808 157 0188.</p>",
    pos="in ind prov contact", skip="all types",
    notes="Scope given only in a Code quotation introduced as the local scope: all/types borderline, "
    "unlabelled. Provider stated as not part of the council, with phone: in/ind/prov/contact 1.")

# --- B2. young people's voice, mixed DR pages written one by one ---

one("Clunbridge", "young-people/when-things-go-wrong", "When things go wrong (for young people aged 16 to 25)",
    "<p>Not happy with your support at college? You don't have to sort it out on your own.</p>"
    "<h2>Talk it through with someone from outside</h2><p>Ploughshare Mediation Trust can set up a meeting "
    "between you and your college or the council. The person who runs it doesn't work for the council or the "
    "college. You only go if you want to - it's your choice, and the college has to agree too.</p>"
    "<p>You don't need an EHC plan to use it.</p><p>Text or call Ploughshare on 0808 157 0644.</p>"
    "<h2>Want advice first?</h2><p>Clunbridge SENDIASS has a young people's adviser: 01632 960 306.</p>",
    pos="in ind vol all prov contact iass",
    notes="Young person's voice: provider independent of council and college, voluntary, no EHC plan "
    "needed, phone; SENDIASS with phone.")
one("Drayfield", "young-people/disagreements", "Disagreeing about your support - a guide by young people",
    "<p>We wrote this with the Drayfield Youth SEND Panel.</p><p>\"I didn't know I could ask for a meeting "
    "myself once I was 16.\" - you can! Disagreement resolution is a chat with a mediator from Overbridge "
    "Mediation CIC. Overbridge is independent: it isn't the council.</p><p>\"Will my college find out what "
    "I said?\" - what you say in the meeting is kept confidential.</p><p>Ask for a meeting at overbridge.example.org/young-people.</p>",
    pos="in ind conf prov contact",
    notes="Youth panel voice with quotes; provider independent, confidential, web referral.")
one("Emberton", "kb5/emberton/directory/service.page?id=dr01", "Emberton Disagreement Resolution Service",
    '<div class="record-desc"><h2>Who to contact</h2><p>Telephone: 0808 157 0755</p><p>E-mail: '
    'accord@cairnstone.example.co.uk</p><h2>Where to go</h2><p>Online or at a community venue</p>'
    '<h2>Description</h2><p>Delivered by Cairnstone Accord Partnership. Independent facilitators help families '
    'and schools or the local authority resolve disagreements about SEN provision. Available for children on '
    'SEN support and those with EHC plans.</p></div><div class="record-more"><h2>Other details</h2><table>'
    '<tr><th>Cost</th><td>Free</td></tr><tr><th>Age range</th><td>0-25</td></tr><tr><th>Referral required</th>'
    '<td>No - families can self-refer</td></tr></table></div>',
    chrome="kk", pos="in ind prov contact", skip="all",
    notes="Open Objects record: provider, 'independent facilitators', phone/email. 'Available for SEN support "
    "and EHC plans' is close to all-SEN but not express: unlabelled.")
one("Fordingley", "send/disagreements-long-guide", "If you disagree with a decision",
    "<p>This guide explains the main routes open to families.</p><h2>1. Talk to the setting</h2><p>Most problems "
    "are sorted out by talking to the class teacher or SENCO. Ask for a meeting and take notes.</p>"
    "<h2>2. Talk to the SEN team</h2><p>Your caseworker can explain why a decision was made.</p><h2>3. "
    "Disagreement resolution</h2><p>Families and settings who cannot agree can use a disagreement resolution "
    "meeting. In Fordingley this is offered by Together Trust.</p><h2>4. Mediation</h2><p>If you plan to appeal "
    "we can tell you more about mediation.</p><h2>5. The Tribunal</h2><p>Some decisions can be appealed to the "
    "SEND Tribunal.</p><p>For more help contact the SEN team on 01632 960 620.</p>",
    pos="prov",
    notes="Long guide: Together Trust named for DR, but no contact for it (only the SEN team) and no "
    "independence statement: in 0, contact 0. Mediation and Tribunal only mentioned.")
one("Gullhaven", "send/two-providers", "Choose a disagreement resolution provider",
    "<p>Gullhaven families can choose between two independent providers. Neither is part of the council.</p>"
    "<table><tr><th>Provider</th><th>Phone</th><th>Email</th></tr><tr><td>Global Mediation Ltd</td><td>0800 064 "
    "4488</td><td>sen@globalmediation.co.uk</td></tr><tr><td>Firefly Dispute Resolution Ltd</td><td>0808 157 0533"
    "</td><td>referrals@fireflydr.example.co.uk</td></tr></table><p>Both offer disagreement resolution and SEND "
    "mediation free of charge.</p>",
    pos="in ind prov contact",
    notes="Two providers in a table, both stated independent, with contacts.")
one("Hatherby", "info/send-mediation-and-dr", "Mediation and disagreement resolution",
    "<p>We want to resolve disagreements as early as possible.</p><p>Hatherby's mediation and disagreement "
    "resolution services are run by KIDS SEND Mediation Service. KIDS mediators are trained and accredited.</p>"
    "<p>Contact KIDS on 03330 062 835.</p><p>If you decline mediation you will receive a certificate and you "
    "can still register an appeal with the Tribunal.</p>",
    pos="in prov contact noeff", skip="vol",
    notes="Provider and phone; 'accredited' is not independence: ind 0. Declining mediation, certificate and "
    "can still appeal: noeff 1; vol unlabelled.")
one("Ivelbury", "send/disagreement-resolution-faq", "Disagreement resolution: questions and answers",
    "<h2>Does it cost anything?</h2><p>No.</p><h2>Do I need an EHC plan?</h2><p>No.</p><h2>Is the mediator "
    "employed by Ivelbury Council?</h2><p>No.</p><h2>Does the school have to agree?</h2><p>Yes, everyone has "
    "to agree before a meeting is booked.</p><h2>Can it be used later at Tribunal?</h2><p>No. Everything said is "
    "confidential.</p><h2>Who do I contact?</h2><p>Bridlewood SEND Mediation: 0808 157 0422.</p>",
    pos="in ind vol all conf prov contact",
    notes="Terse FAQ: 'No.' answers carry independence (mediator not council-employed), all SEN, "
    "confidentiality; 'everyone has to agree' is voluntariness; provider and phone.")
one("Jessamy Vale", "localoffer/sen-disagreements-short", "Disagreements",
    "<p>If you cannot agree with your child's school or with us, ask for independent disagreement resolution "
    "through Halfmoon Resolution CIC (halfmoonresolution.example.org).</p>",
    chrome="0w", pos="in ind prov contact",
    notes="One short paragraph: independent DR, provider, web address.")
one("Kilnsea Cross", "send/news/new-dr-provider", "News: new disagreement resolution provider from April",
    "<p class=\"date\">Published 2 March 2026</p><p>From 1 April 2026 our disagreement resolution and SEND "
    "mediation services will be provided by Silverbirch Resolution Ltd, replacing our previous provider. "
    "Silverbirch is independent of Kilnsea Cross Council. Families already waiting for a meeting will be "
    "contacted.</p><p>Silverbirch's contact details will be published on our mediation page.</p>",
    pos="ind prov",
    notes="News item: provider named and independent, but no contact and no way to use it here: in 0, contact 0.")
one("Mardlebury", "send/working-together", "Working together when things are hard",
    "<p>We know that disagreements can be stressful. Our SEND Partnership Charter sets out how schools, "
    "health services and the council will listen to families, respond within 10 days and record what "
    "was agreed.</p><p>Independent advice is available from Mardlebury SENDIASS.</p>",
    notes="Co-production charter; SENDIASS named without a way to reach it: iass 0. No DR arrangement.")
one("Norbeck", "send/disagreement-resolution-health", "Disagreements about health provision",
    "<p>Disagreement resolution can also help where the disagreement is about health provision for a child "
    "with SEN, or about social care provision in an EHC plan. NHS Norbeck Integrated Care Board takes part "
    "when health services are involved.</p><p>Meetings are led by an independent facilitator from Community "
    "Accord (01472 496 000).</p>",
    pos="in ind prov contact types",
    notes="Two kinds (health provision, social care provision); ICB current; independent facilitator, provider, phone.")
one("Pollardine", "send/disagreement-resolution-letter", "Template: letter asking for disagreement resolution",
    "<p>Copy this letter and send it to the provider.</p><pre>Dear Halfmoon Resolution CIC,\nI would like to "
    "ask for a disagreement resolution meeting with my son's school about the support he receives...\nYours "
    "sincerely</pre><p>Send it to send@halfmoonresolution.example.org.</p>",
    pos="prov contact", skip="in",
    notes="A template letter: provider and email, DR term; neither independence nor the arrangement stated "
    "beyond the letter: in borderline, unlabelled; ind 0.")

# --- B3. SENDIASS signposting ---

for council, form in (("Rainsworth", "p"), ("Stourcombe", "dl"), ("Trevanick", "card"), ("Ulverscombe", "er"),
                      ("Aldermoor", "yp"), ("Bexcombe", "pdf")):
    iass, iph, iw = COUNCILS[council][2:5]
    if form == "p":
        main = (f"<p>If you need someone on your side, {iass} offers free, confidential and impartial information, "
                f"advice and support about SEND to parents, children and young people. It is run at arm's length "
                f"from the council. Ring {iph} or go to {iw}.</p>")
    elif form == "dl":
        main = (f"<dl><dt>Service</dt><dd>{iass}</dd><dt>What it does</dt><dd>Impartial advice on SEN support, "
                f"EHC plans, exclusions and disagreements</dd><dt>Telephone</dt><dd>{iph}</dd><dt>Web</dt>"
                f"<dd>{iw}</dd></dl>")
    elif form == "card":
        main = (f'<div class="card"><h2>{iass}</h2><p>Help with meetings, letters and forms.</p><a class="btn" '
                f'href="https://{iw}/contact">Contact {iass}</a></div>')
    elif form == "er":
        main = (f'<div class="er-row"><img alt=""><p>{iass} can help you.</p></div><div class="er-row"><img alt="">'
                f'<p>They do not work for the school.</p></div><div class="er-row"><img alt=""><p>Phone them on '
                f'{iph}.</p></div>')
    elif form == "yp":
        main = (f"<p>Stuck with something to do with your EHC plan or support at college? The young people's "
                f"team at {iass} can help you have your say. Message them through {iw}/young-people.</p>")
    else:
        case(url(council, "documents/sendiass-leaflet.pdf"), text=pdf(
            f"{council} SEND Local Offer leaflet", [
                "INFORMATION, ADVICE AND SUPPORT",
                f"{iass} is a free service for parents, carers, children and young people up to 25. The advisers "
                f"are trained in SEND law and can explain your rights, help you prepare for meetings and support "
                f"you if you disagree with a decision.",
                f"Helpline: {iph} (Monday to Thursday, 9.30am to 3pm). Website: {iw}"]),
            pos="iass", notes="PDF leaflet: SENDIASS with phone and web.")
        continue
    one(council, f"sendiass-{form}", "Independent advice and support", main, pos="iass",
        notes=f"SENDIASS signposted in the content ({form}) with a way to reach it.",
        chrome=["mm", "b0", "km", "0w", "bw"][len(form) % 5])

one("Clunbridge", "send/about-the-local-offer", "About the SEND Local Offer",
    "<p>The Local Offer brings together information about education, health and care services for children "
    "and young people aged 0 to 25 with special educational needs and disabilities.</p><p>Use the menu to "
    "find support in school, short breaks, preparing for adulthood and help when things go wrong.</p>",
    notes="Local Offer home: SENDIASS, mediation, Tribunal and 'You said, we did' appear only in the menu and "
    "footer furniture: all 0.")
one("Drayfield", "send/who-can-help", "Who can help me?",
    "<p>Contact, the national charity for families with disabled children, runs a free helpline. IPSEA offers "
    "independent legal advice about SEND. The Drayfield Parent Carer Forum runs coffee mornings.</p><p>Our own "
    "SEND advice line is open 9am to 5pm on 01632 960 450.</p>",
    notes="National charities, a forum and the council's advice line: not the IASS. iass 0.")
one("Emberton", "kb5/emberton/directory/advice.page?id=iass-name", "Getting advice",
    "<p>Parents can get advice from Emberton SENDIASS.</p>", chrome="kk", skip="iass",
    notes="SENDIASS named with no way to reach it on the page (the record's contact panel is empty): borderline, unlabelled.")
one("Fordingley", "send/parent-partnership", "Parent Partnership Service",
    "<p>Fordingley SENDIAS (formerly the Parent Partnership Service) offers impartial advice and support to "
    "parents and young people. Call 01632 960 629 or email advice@fordingleysendias.example.org.</p>",
    pos="iass", notes="IASS with contact; 'formerly Parent Partnership' is fine for iass.")

# --- B4. complaints ---

one("Gullhaven", "send/complaints", "Complaints about SEND services",
    "<h2>About a school or nursery</h2><p>Start with the headteacher, then use the school's complaints policy. "
    "Academies' complaints can go to the Department for Education if the academy did not follow its "
    "procedure.</p><h2>About the council</h2><p>Use our online complaints form. If you are still unhappy after "
    "stage 2 you can ask the Local Government and Social Care Ombudsman to look at it.</p><h2>About health "
    "services</h2><p>Speak to PALS at the hospital or complain to NHS Gullhaven Integrated Care Board. The "
    "Parliamentary and Health Service Ombudsman is the final stage.</p>",
    pos="cmp", notes="Schools, council (LGSCO) and health (ICB, PHSO) routes explained.")
one("Hatherby", "info/complaints-table", "How to complain",
    "<table><tr><th>Your complaint is about</th><th>Who to contact first</th><th>If you are still not happy"
    "</th></tr><tr><td>A school or college</td><td>The school's complaints procedure</td><td>Governors, then the "
    "DfE (academies) or Ofsted</td></tr><tr><td>The council's SEND service</td><td>Hatherby Council complaints "
    "team</td><td>Local Government and Social Care Ombudsman</td></tr><tr><td>A health service</td><td>The NHS "
    "provider or the Integrated Care Board</td><td>Parliamentary and Health Service Ombudsman</td></tr></table>",
    chrome="bw", pos="cmp", notes="Complaints table with several routes and ombudsmen.")
one("Ivelbury", "send/complaints-ccg", "Complaints",
    "<p>To complain about a school, use the school's own procedure. To complain about the council, contact "
    "customer services; you can then go to the Local Government and Social Care Ombudsman. Complaints about "
    "health services should be sent to Ivelbury Clinical Commissioning Group's patient experience team, and "
    "then to the Parliamentary and Health Service Ombudsman.</p>",
    pos="cmp", stale=True,
    notes="Several routes; the CCG is given as the current body for health complaints: stale.")
one("Jessamy Vale", "localoffer/complaints-school-only", "Complaining about your child's school",
    "<p>All schools must have a complaints procedure, usually on their website. Write to the headteacher first "
    "and then to the chair of governors.</p>",
    skip="cmp", notes="A single route (schools): unlabelled per the rules.")
one("Kilnsea Cross", "send/complaints-faq", "Complaints: frequently asked questions",
    "<details><summary>Can I complain about the council's SEND team?</summary><p>Yes, through our two-stage "
    "corporate complaints procedure.</p></details><details><summary>What if I'm still unhappy?</summary><p>You "
    "can go to the Local Government and Social Care Ombudsman.</p></details><details><summary>What about the "
    "school?</summary><p>Follow the school's complaints policy; for academies you can then contact the "
    "Department for Education.</p></details><details><summary>And the NHS?</summary><p>Complain to the service "
    "or the ICB, then the Parliamentary and Health Service Ombudsman.</p></details>",
    pos="cmp", notes="Accordion FAQ covering council, LGSCO, schools/DfE and NHS/PHSO.")
one("Mardlebury", "send/compliments-and-complaints", "Compliments and complaints",
    "<p>We welcome your feedback. To make a complaint about a council service, fill in our online form.</p>",
    chrome="0w", skip="cmp", notes="Single route (council form): unlabelled.")
one("Norbeck", "local-offer/lgsco", "The Local Government and Social Care Ombudsman",
    "<p>The Ombudsman looks at complaints about councils, including SEND services, after you have completed "
    "the council's complaints process. The Ombudsman cannot look at matters you could appeal to the Tribunal. "
    "Complain online at lgo.org.uk.</p>",
    skip="cmp", notes="One route (LGSCO) explained in detail: single route, unlabelled.")
case(url("Pollardine", "documents/complaints-guide-2026.pdf"), text=pdf(
    "Pollardine Council | Complaints about SEND | March 2026", [
        "HOW TO COMPLAIN",
        "If you are unhappy with the special educational provision at a maintained school, raise it with the "
        "school first and then use the school complaints procedure. For academies and free schools, the "
        "final step is the Department for Education.",
        "If your complaint is about how the council has handled an EHC needs assessment or plan, use the "
        "council's complaints procedure. If you remain dissatisfied you may contact the Local Government and "
        "Social Care Ombudsman.",
        "Complaints about NHS services should be made to the service itself or to the Integrated Care Board. "
        "You can then ask the Parliamentary and Health Service Ombudsman to review it.",
        "Some disagreements cannot be dealt with as complaints and need an appeal instead."]),
    pos="cmp", notes="Hard-wrapped PDF with running header: school/DfE, council/LGSCO, NHS/ICB/PHSO routes.")
one("Rainsworth", "send/complaints-short", "Unhappy with a service?",
    "<ul><li>School: school complaints procedure</li><li>Council: complaints@rainsworth.example.gov.uk, then the "
    "Local Government and Social Care Ombudsman</li><li>NHS: the provider's complaints team, then the "
    "Parliamentary and Health Service Ombudsman</li><li>Early years: Ofsted</li></ul>",
    pos="cmp", notes="Bullet key facts naming several routes.")
one("Stourcombe", "send/feedback-and-complaints-menu", "Feedback, complaints and compliments",
    "<p>Choose an option below.</p><ul class=\"tiles\"><li><a href=\"/complaints/school\">Complain about a "
    "school</a></li><li><a href=\"/complaints/council\">Complain about the council</a></li><li><a href=\""
    "/complaints/health\">Complain about health services</a></li></ul>",
    skip="cmp", notes="Tiles linking to complaint routes without explaining any: borderline, unlabelled.")
one("Trevanick", "send/social-care-complaints", "Children's social care complaints",
    "<p>Complaints about children's social care follow a three-stage statutory procedure: local resolution, "
    "an investigation by someone independent, and a review panel. After stage 3 you can go to the Local "
    "Government and Social Care Ombudsman. For education complaints, contact the school; for the NHS, the "
    "provider or the Parliamentary and Health Service Ombudsman.</p>",
    pos="cmp", notes="Social care three stages, LGSCO, schools and NHS: several routes. 'Independent' "
    "investigator is the complaints process, not DR: ind 0.")

# --- B5. appeals to the Tribunal ---

one("Ulverscombe", "localoffer/appeals", "Appealing to the SEND Tribunal",
    "<p>You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) if we refuse to "
    "assess, refuse to issue a plan, or you disagree with the content of a plan. Register your appeal online at "
    "GOV.UK within two months of our decision letter, or one month from your mediation certificate.</p>",
    pos="trib", notes="Right of appeal, deadline and online service.")
one("Aldermoor", "send/tribunal-no-how", "The SEND Tribunal",
    "<p>The First-tier Tribunal (SEND) hears appeals against council decisions about EHC needs assessments and "
    "plans. It is independent of the council.</p>",
    notes="Right of appeal without the how (no deadline, form or service): trib 0. 'Independent' is the "
    "Tribunal, not DR: ind 0.")
one("Bexcombe", "send/tribunal-faq", "Tribunal appeals: your questions",
    "<h3>Can I appeal?</h3><p>Yes, if your appeal is about an EHC decision such as a refusal to assess.</p><h3>How "
    "long do I have?</h3><p>Two months from the date of the decision letter, or one month from the date of the "
    "mediation certificate, whichever is later.</p><h3>How do I appeal?</h3><p>Online on GOV.UK or on form "
    "SEND35.</p><h3>Do I need to consider mediation first?</h3><p>Yes, unless the appeal is only about the school "
    "named. Speak to the mediation adviser first.</p>",
    pos="trib", skip="med",
    notes="FAQ with deadline and form: trib 1. Mediation adviser mentioned without time limits or the "
    "certificate process explained: med borderline, unlabelled.")
one("Clunbridge", "send/appeals-after-mediation", "After mediation",
    "<p>If mediation does not resolve matters you can appeal to the SEND Tribunal. Your mediation certificate "
    "will be sent to you within 3 working days of the mediation.</p>",
    skip="trib",
    notes="Appeal after mediation, with certificate timing but no appeal deadline or form: trib unlabelled; "
    "noeff 0 ('after mediation you can appeal'); med 0 (only the certificate).")
case(url("Drayfield", "documents/tribunal-guide.pdf"), text=pdf(
    "DRAYFIELD SEND LOCAL OFFER - APPEALS - page header", [
        "YOUR RIGHT OF APPEAL",
        "Parents and young people can appeal to the First-tier Tribunal (SEND) against certain decisions the "
        "council makes about EHC needs assessments and plans. The Tribunal can also make non-binding "
        "recommendations about health and social care.",
        "You must appeal within two months of the date on the council's decision letter or one month from the "
        "date of the mediation certificate. The appeal form (SEND35) and guidance are on GOV.UK.",
        "Drayfield SEND Local Offer 2026"]),
    pos="trib", notes="PDF guide: right of appeal, deadline and form.")
one("Emberton", "kb5/emberton/directory/advice.page?id=trib-ccg", "SEND Tribunal",
    "<p>Appeals go to the First-tier Tribunal (SEND). Apply online within two months. Where your appeal "
    "includes health recommendations, the Tribunal will ask Emberton CCG for evidence.</p>",
    chrome="kk", pos="trib", stale=True,
    notes="Right, deadline, online: trib 1. 'Emberton CCG' asked for evidence now: stale.")
one("Fordingley", "send/disability-discrimination", "Disability discrimination claims",
    "<p>If you think a school has discriminated against your disabled child, you can make a claim to the "
    "First-tier Tribunal (SEND) within six months of the discrimination using form SEND4A.</p>",
    skip="trib",
    notes="Discrimination claim with deadline and form, not an EHC appeal: borderline, unlabelled.")
one("Gullhaven", "send/appeal-steps", "Appealing: step by step",
    "<ol><li>Read the decision letter.</li><li>Contact the mediation adviser within two months; they will talk to "
    "you about mediation and give you a certificate within three working days if you don't want it.</li>"
    "<li>Mediation takes place within 30 days if you choose it.</li><li>Appeal to the First-tier Tribunal "
    "(SEND) online within one month of the certificate or two months of the decision.</li></ol>",
    pos="med trib", skip="noeff",
    notes="Steps: mediation advice, certificate, 30 days (med 1) and the appeal with deadline (trib 1). "
    "Declining gives a certificate and step 4 follows, but not said as 'still appeal': noeff unlabelled.")
one("Hatherby", "info/tribunal-short", "Tribunal",
    "<p>Unhappy with our decision? You can appeal.</p>",
    chrome="0w", notes="'You can appeal' without the Tribunal or how: trib 0.")
one("Ivelbury", "send/single-route-trial", "Extended appeals",
    "<p>Since 2021 the First-tier Tribunal (SEND) can make recommendations about health and social care when "
    "you appeal about the education parts of an EHC plan. Appeals must be made within two months, online or "
    "on the paper form.</p>",
    pos="trib", notes="Extended appeals with the right to appeal and how.")
one("Jessamy Vale", "localoffer/school-named-appeal", "Appealing about the school named in the plan",
    "<p>If your appeal is only about the school or setting named in section I of the plan, you do not need to "
    "contact a mediation adviser. Send your appeal to the First-tier Tribunal (SEND) within two months of the "
    "final plan, using the online service.</p>",
    pos="trib", notes="Placement-only appeal: right and how: trib 1. Mediation not explained: med 0.")

# --- B6. SEND mediation explained ---

one("Kilnsea Cross", "send/mediation-explained", "Mediation about EHC decisions",
    "<p>If you are thinking of appealing a decision about an EHC needs assessment or plan, the law says you "
    "must first get information about mediation. Contact the mediation adviser within two months of the "
    "decision. If you don't want mediation you'll get a certificate within three working days. If you do, the "
    "meeting must happen within 30 days, and afterwards you'll get a certificate so you can appeal if you "
    "still need to.</p><p>Our mediation adviser service is provided by Prime Resolution Ltd: 0121 496 0555.</p>",
    pos="med prov contact", skip="trib noeff",
    notes="Mediation advice, certificate, 30 days: med 1. Prime Resolution with phone. Declining gives a "
    "certificate without saying you can then appeal: noeff unlabelled; appeal how not given: trib unlabelled. "
    "No DR term: in 0.")
one("Mardlebury", "send/mediation-easy-read", "Mediation (Easy Read)",
    '<div class="er-row"><img alt=""><p>Mediation is a meeting to help sort out a problem with your EHC plan.</p>'
    '</div><div class="er-row"><img alt=""><p>A mediator runs the meeting. The mediator does not work for the '
    'council.</p></div><div class="er-row"><img alt=""><p>You do not have to have mediation.</p></div><div '
    'class="er-row"><img alt=""><p>Ring Overbridge Mediation CIC on 0808 157 0977.</p></div>',
    chrome="bw", pos="ind vol prov contact", skip="med",
    notes="Easy Read: mediator not employed by the council, optional, provider and phone. Mediation of EHC "
    "plans named but no advice/certificate/time limits: med borderline, unlabelled. No DR term: in 0.")
one("Norbeck", "local-offer/mediation-health", "Mediation about health and social care",
    "<p>Mediation can cover the health and social care parts of an EHC plan as well as education. When you "
    "contact the mediation adviser within two months of the decision, tell them if health is involved: the "
    "Integrated Care Board must then take part. A certificate is issued within three working days if you "
    "decide not to mediate.</p>",
    pos="med", skip="trib noeff",
    notes="Mediation advice, 2 months, certificate, ICB current: med 1; noeff/trib unlabelled.")
one("Pollardine", "send/mediation-certificate-only", "Do I need a mediation certificate?",
    "<p>You will need a mediation certificate to register most appeals.</p>",
    chrome="0w", notes="Only mentions a mediation certificate: med 0 per the rules; trib 0.")
one("Rainsworth", "send/mediation-compulsory-myth", "Myths about mediation",
    "<p><strong>Myth:</strong> I have to go to mediation before I can appeal.<br><strong>Fact:</strong> You must "
    "speak to a mediation adviser, but going to mediation is your choice. If you say no, you get a certificate "
    "and you can still appeal to the Tribunal.</p><p>Rainsworth's mediation is provided by Global Mediation Ltd, "
    "independent of the council (0800 064 4488).</p>",
    pos="vol noeff ind prov contact", skip="med",
    notes="Myth/fact: mediation is your choice (vol), declining still lets you appeal (noeff), Global "
    "Mediation independent with phone. Adviser mentioned without time limits: med unlabelled. No DR term: in 0.")

# --- B7. published Local Offer feedback ("You said, we did") ---


def yswd(rows: list[tuple[str, str]], a: str = "You said", b: str = "We did") -> str:
    body = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in rows)
    return f"<table><thead><tr><th>{a}</th><th>{b}</th></tr></thead><tbody>{body}</tbody></table>"


LO_ROWS = [
    ("The Local Offer search did not find services when I typed 'autism'.", "We added common words and conditions to the search, so 'autism' now finds 64 services."),
    ("Pages about EHC plans were full of jargon.", "We rewrote them with the parent carer forum and added a glossary."),
    ("It was hard to use the Local Offer on a phone.", "The new site works on mobiles and has a larger text option."),
    ("I couldn't find out what to do if I disagreed.", "We made a new 'Sorting out problems' section linked from the home page."),
]

FB = [
    # (council, slug, title, dated/intro, rows-or-html, pos, skip, notes)
    ("Stourcombe", "you-said-we-did-2026", "You said, we did: Local Offer feedback",
     "<p>Published 14 January 2026. Here is what you told us about the Local Offer website between April and "
     "December 2025, and what we changed.</p>", LO_ROWS[:3], "fb", "", "Dated 14 January 2026, comments and responses about the Local Offer."),
    ("Trevanick", "local-offer-annual-report-2025-26", "Local Offer annual report 2025 to 2026",
     "<p>This report was published on 30 September 2026. In the year we received 212 comments about the Local "
     "Offer.</p>", LO_ROWS[1:], "fb", "", "Annual report published 30 September 2026 with comments and responses."),
    ("Ulverscombe", "you-said-we-did", "You said, we did",
     "<p>Updated 28 October 2025.</p>", LO_ROWS[::2], "fb", "", "Dated 28 October 2025: the first day of the window."),
    ("Aldermoor", "local-offer-feedback-october-2025", "Local Offer feedback",
     "<p>Updated 27 October 2025.</p>", LO_ROWS[:2], "", "", "Dated 27 October 2025: one day before the window, 0."),
    ("Bexcombe", "local-offer-feedback-2024", "What you told us about the Local Offer",
     "<p>Published September 2024.</p>", LO_ROWS[2:], "", "", "September 2024: outside the window."),
    ("Clunbridge", "you-said-we-did-undated", "You said, we did",
     "", LO_ROWS[:2], "", "", "No date anywhere: cannot be within the window, 0."),
    ("Drayfield", "local-offer-feedback-autumn", "Your feedback on the Local Offer",
     "<p>Autumn 2025 update.</p>", LO_ROWS[1:3], "", "fb", "'Autumn 2025' straddles 28 October: unlabelled."),
    ("Emberton", "short-breaks-you-said-we-did", "Short breaks: you said, we did",
     "<p>Published 3 February 2026.</p>", [
         ("There weren't enough holiday activities for teenagers.", "We funded 12 new summer schemes for 13 to 18 year olds."),
         ("Booking short breaks was confusing.", "We made one online booking form.")], "", "",
     "Dated and with responses, but about the short breaks programme, not the Local Offer: 0."),
    ("Fordingley", "send-strategy-consultation", "SEND strategy consultation: what you told us",
     "<p>Published 20 March 2026.</p>", [
         ("Waiting times for speech and language therapy are too long.", "The ICB is funding two more therapists."),
         ("Families want earlier help.", "The strategy now includes an early support pathway.")], "", "",
     "Feedback on the SEND strategy, not the Local Offer: 0."),
    ("Gullhaven", "local-offer-comments", "Comments about the Local Offer",
     "<p>Comments received November 2025 to May 2026.</p><ul><li>\"The directory has out of date phone numbers.\""
     "</li><li>\"More about post-16 options please.\"</li><li>\"Needs a Polish translation.\"</li></ul>", None, "", "",
     "Comments listed without the council's responses: 0."),
    ("Hatherby", "local-offer-changes", "Changes to the Local Offer",
     "<p>Published 12 May 2026.</p><ul><li>New section on preparing for adulthood</li><li>Refreshed EHC pages"
     "</li><li>New accessibility toolbar</li></ul>", None, "", "",
     "Changes without the comments that prompted them: 0."),
    ("Ivelbury", "local-offer-feedback-form", "Give us feedback on the Local Offer",
     "<p>Tell us what you think of the Local Offer. We read every comment and publish a summary with our "
     "response each year.</p><form><textarea></textarea><button>Send</button></form>", None, "", "",
     "A feedback form and a promise to publish: 0."),
    ("Jessamy Vale", "localoffer/annual-report", "Local Offer annual report",
     "<p>Read our latest Local Offer annual report (PDF, 1.2MB), published 6 December 2025.</p>", None, "", "",
     "A link to a report: the comments and responses are not on the page: 0."),
    ("Kilnsea Cross", "send/what-you-told-us", "What you told us and what we did",
     "<p class=\"date\">18 November 2025</p><p>You told us the Local Offer's pages about transport to school "
     "were hard to find. We moved them onto the front page and added a short video.</p><p>You told us the site "
     "did not say when information was last checked. Every page now shows a review date.</p>",
     None, "fb", "", "Prose 'you told us ... we' about the Local Offer, dated 18 November 2025."),
    ("Mardlebury", "send/local-offer-review-2026", "Local Offer review 2026",
     "<p>Between January and June 2026 we asked families how we could improve the Local Offer.</p>", [
         ("Ninety-one parents said they wanted information about what happens at 16.", "We published a Preparing for Adulthood hub in July 2026."),
         ("Young people said the site looked 'babyish'.", "Young people from the youth panel chose the new design.")],
     "fb", "", "Comments and responses about the Local Offer dated January-July 2026."),
    ("Norbeck", "local-offer/sendiass-feedback", "SENDIASS annual feedback",
     "<p>Published 10 April 2026.</p>", [
         ("Parents said the SENDIASS phone line was busy.", "SENDIASS added a call-back service.")], "", "",
     "Feedback about SENDIASS, not the Local Offer: 0."),
    ("Pollardine", "send/you-said-we-did-2023", "You said, we did 2023",
     "<p>Published 8 November 2023.</p>", LO_ROWS[:2], "", "", "November 2023: outside the window."),
    ("Rainsworth", "send/family-hubs-feedback", "Family hubs: you said, we did",
     "<p>Published 2 June 2026.</p>", [
         ("The hub opening hours didn't suit working parents.", "Two hubs now open on Saturday mornings.")], "", "",
     "Family hubs, not the Local Offer: 0."),
]

for council, slug, title, intro, rows, pos, skip, why in FB:
    main = intro + (yswd(rows) if rows else "")
    one(council, slug, title, main, pos=pos, skip=skip, notes=why, chrome=["mm", "bw", "km"][len(slug) % 3])

case(url("Stourcombe", "documents/local-offer-annual-report-2025.pdf"), text=pdf(
    "Stourcombe SEND Local Offer Annual Report 2025  |  Published 2 December 2025", [
        "1. WHAT YOU TOLD US",
        "Parents told us the Local Offer did not explain how to request an EHC needs assessment. Several young "
        "people said the site used too many abbreviations.",
        "2. WHAT WE HAVE DONE",
        "We added a step-by-step guide to requesting an assessment and a young people's glossary. Both were "
        "checked by the parent carer forum before going live."]),
    pos="fb", notes="PDF annual report dated 2 December 2025 with comments and responses about the Local Offer.")
case(url("Trevanick", "you-said-we-did-lines"), text="\n".join([
    "You said, we did - Trevanick Local Offer",
    "Last updated: 9 September 2026",
    "You said: the Local Offer didn't list childminders who can support children with SEND.",
    "We did: added a filter for SEND-experienced childminders.",
    "You said: you wanted to hear about events.",
    "We did: started a monthly Local Offer newsletter.",
    "Contact | Accessibility | Cookies"]),
    pos="fb", notes="Statement-per-line text dated 9 September 2026, comments and responses about the Local Offer.")

# --- B8. CCG wording: live vs historical ---

one("Ulverscombe", "health/designated-clinical-officer", "Designated Clinical Officer",
    "<p>The Designated Clinical Officer (DCO) is employed by NHS Ulverscombe CCG and makes sure health advice "
    "for EHC assessments arrives on time. Contact the DCO at ulverscombe.dco@nhs.example.net.</p>",
    stale=True, notes="DCO employed by the CCG now: stale.")
one("Aldermoor", "health/therapy-services", "Speech, language and occupational therapy",
    "<p>Therapy services for children are commissioned by the Clinical Commissioning Group and delivered by "
    "Aldermoor Community Health Trust. Referrals can be made by a GP, school or health visitor.</p>",
    chrome="b0", stale=True, notes="Therapies 'commissioned by the Clinical Commissioning Group' (present tense): stale.")
one("Bexcombe", "health/icb", "Health services and the ICB",
    "<p>NHS Bexcombe and Wold Integrated Care Board (ICB) took over from the former Bexcombe CCG on 1 July "
    "2022. The ICB now plans and pays for local NHS services, including equipment and continuing care.</p>",
    notes="'Took over from the former CCG': historical, stale_ccg 1.")
one("Clunbridge", "health/continuing-care", "Continuing care for children",
    "<p>Children's continuing care is assessed by a nurse assessor and the decision is made by a panel of the "
    "Integrated Care Board (formerly the Clinical Commissioning Group).</p>",
    notes="'formerly the Clinical Commissioning Group': stale_ccg 1.")
case(url("Drayfield", "documents/joint-send-strategy-2019-2022.pdf"), text=pdf(
    "Drayfield Joint SEND Strategy 2019-2022  |  Drayfield Council and Drayfield CCG", [
        "FOREWORD",
        "This strategy was agreed in March 2019 by Drayfield Council and Drayfield Clinical Commissioning Group. "
        "Over the next three years the CCG will work with schools to improve access to therapies."]),
    notes="A strategy written in 2019, before CCGs ended: stale_ccg 1 per the rules.")
one("Emberton", "kb5/emberton/directory/service.page?id=wheelchairs", "Children's wheelchair service",
    '<div class="record-desc"><h2>Description</h2><p>Assessment and provision of wheelchairs for children. '
    'Funded by Emberton CCG.</p><h2>Referral</h2><p>GP or therapist referral.</p></div>',
    chrome="kk", stale=True, notes="Directory record: 'Funded by Emberton CCG': stale.")
one("Fordingley", "send/code-of-practice-health", "What the Code of Practice says about health",
    "<blockquote><p>Clinical Commissioning Groups (CCGs) must ensure that there are arrangements for agreeing "
    "the health services in EHC plans.</p><cite>SEND Code of Practice 2015, paragraph 3.39 (paraphrased)</cite>"
    "</blockquote><p>Since July 2022 this duty falls to the NHS Fordingley Integrated Care Board.</p>",
    notes="CCG only inside a quotation of the 2015 Code, with the ICB as current: stale_ccg 1.")
one("Gullhaven", "send/health-feedback-ccg", "Health: you said, we did",
    "<p>Published 4 March 2026.</p>" + yswd([
        ("Parents said it was hard to get a diagnosis.", "Gullhaven CCG has commissioned an extra diagnostic clinic."),
    ]),
    stale=True, notes="'Gullhaven CCG has commissioned' in a 2026 page: stale. Feedback about health "
    "services, not the Local Offer: fb 0.")
one("Hatherby", "info/health-disagreements", "Disagreements about health support",
    "<p>If you disagree with a health decision, contact the PALS team at Hatherby Clinical Commissioning "
    "Group on 01632 960 888.</p>",
    stale=True, skip="cmp", notes="CCG PALS as current contact: stale; one route only: cmp unlabelled.")

# --- B9. furniture-only and mixed pages ---

one("Ivelbury", "send/home", "Welcome to the Ivelbury SEND Local Offer",
    "<p>Find information and services for children and young people with SEND and their families.</p><div "
    "class=\"tiles\"><a href=\"/send/education\">Education</a><a href=\"/send/health\">Health</a><a href=\""
    "/send/mediation\">Mediation and disagreement resolution</a><a href=\"/send/sendiass\">SENDIASS</a><a href=\""
    "/send/you-said-we-did\">You said, we did</a><a href=\"/send/tribunal\">Tribunal</a></div>",
    notes="Home page tiles naming mediation, DR, SENDIASS, 'You said, we did' and the Tribunal as links only: "
    "furniture, all 0.")
one("Jessamy Vale", "localoffer/sitemap", "Site map",
    "<ul><li><a href=\"/localoffer/disagreement-resolution\">Independent disagreement resolution (Wicket Gate "
    "Mediation)</a></li><li><a href=\"/localoffer/complaints\">Complaints</a></li><li><a href=\"/localoffer/"
    "sendiass\">Jessamy Vale SENDIASS</a></li><li><a href=\"/localoffer/you-said-we-did-2026\">You said, we did "
    "2026</a></li></ul>",
    chrome="0w", skip="prov",
    notes="A site map: link texts only. A provider name appears in a link label: borderline, prov unlabelled; "
    "everything else 0.")
