"""Write ``test_heldout.jsonl``: a second held-back split, written blind in November 2026.

``test.jsonl`` had shrunk to ~10% of the corpus (57 pages, ~7 positives a check), so one error
moved a figure by 0.13. These pages restore the 30% held back. They were written from the
labelling rules of ``README.md``, ``checks.md`` and ``duties.md`` only -- without reading the
checks' code or their fixtures and without running any check on them -- with councils
(Quarrendon, Hawksmere, Ormsfield, Kelderby, Pinwick, Droxley, Yarnbury, Fellgate, Sandlow,
Cressingham, Winterdown, Tollerby, Marrowby, Lyndwick, Harrowdene, Coldbeck, Greystoke), fictional
providers (Lodestar Resolution CIC, Quayside SEND Mediation, Keelson Mediation Ltd, Sundial Dispute
Resolution, Brightwater Mediation Trust, Wayfarer Resolution Ltd, Tandem SEND Mediation, Larkspur
Accord CIC) beside the real ones of ``duties.md`` section 10, and furniture of their own.

Disagreement resolution and mediation pages are assembled from statements, each written in
several phrasings and in a true or a near-miss ("trap") form, and rendered as prose, FAQ,
bullet list, key/value table, accordion, directory record or PDF text. A page's labels follow
from the statements it carries (see ``dr_labels``); statements whose reading is borderline make
the check unlabelled rather than guessed. The other pages (traps, complaints, appeals, IASS,
published feedback, CCG wording) are written one by one.

Labels work as in ``make_corpus.py``: ``pos`` lists the checks the page passes by itself, every
other judged check is 0 unless listed in ``skip``; ``stale=True`` labels ``stale_ccg`` 0.

Run ``python tests/corpus/make_corpus_heldout.py`` from the repository root. NEVER tune on it.
"""

from __future__ import annotations

import textwrap

from labels import Cases  # the sibling module: run as a script from any directory

# --- furniture -----------------------------------------------------------------------------------

TOP = {
    # a council header with a "Help when things go wrong" menu
    "a": (
        '<header><a class="brand" href="/">{C} Council</a><nav aria-label="Local Offer"><ul>'
        '<li><a href="/localoffer">Local Offer home</a></li><li><a href="/localoffer/ehc">EHC plans</a></li>'
        '<li><a href="/localoffer/things-go-wrong">Help when things go wrong</a><ul>'
        '<li><a href="/localoffer/things-go-wrong/mediation">Mediation</a></li>'
        '<li><a href="/localoffer/things-go-wrong/disagreement-resolution">Disagreement resolution</a></li>'
        '<li><a href="/localoffer/things-go-wrong/tribunal">Appeals to the Tribunal</a></li>'
        '<li><a href="/localoffer/things-go-wrong/complaints">Complaints</a></li></ul></li>'
        '<li><a href="/localoffer/sendiass">SENDIASS</a></li></ul></nav></header>'
    ),
    # a directory portal header with a search box and a tab strip
    "d": (
        '<div class="portal-top"><form role="search"><input name="q" placeholder="Search the directory">'
        '<button>Search</button></form><ul class="tabs"><li><a href="/kb5/directory/localoffer">Local Offer'
        '</a></li><li><a href="/kb5/directory/fis">Family Information</a></li><li><a href="/kb5/directory/'
        'advice?topic=mediation">Mediation &amp; appeals</a></li><li><a href="/kb5/directory/advice?topic='
        'feedback">Your feedback: you said, we did</a></li></ul></div>'
    ),
    # a slim bar with a language picker and a cookie notice
    "s": (
        '<div class="cookie">We use cookies to make this site work. <button>Accept</button></div>'
        '<div class="bar"><a href="/">Home</a> <a href="/translate">Translate</a> '
        '<a href="/contact">Contact us</a></div>'
    ),
    "x": "",
}

BOTTOM = {
    "a": (
        '<footer><h2>Get help</h2><ul><li><a href="/sendiass">{C} SENDIASS: free, impartial advice</a></li>'
        '<li><a href="/mediation">SEND mediation</a></li><li><a href="/complaints">Complaints and '
        'compliments</a></li><li><a href="/tribunal">First-tier Tribunal (SEND)</a></li></ul>'
        "<p>&copy; {C} Council 2026</p></footer>"
    ),
    "d": (
        '<div class="related"><h3>Related pages</h3><a href="/disagreement-resolution">Disagreement resolution '
        'service</a> <a href="/you-said-we-did">You said, we did</a> <a href="/ombudsman">Ombudsman</a></div>'
        '<footer><p>Is anything wrong with this record? <a href="/report">Tell us</a></p></footer>'
    ),
    "s": (
        '<footer><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | '
        '<a href="/complaints">Complaints</a> | <a href="/localoffer/feedback">Local Offer feedback</a></p>'
        "</footer>"
    ),
    "x": "",
}


def page(title: str, main: str, council: str = "", chrome: str = "aa", dated: str = "") -> str:
    """A whole HTML page: furniture ``chrome[0]`` above, ``chrome[1]`` below."""
    stamp = f'<p class="updated">Page updated {dated}</p>' if dated else ""
    top = TOP[chrome[0]].replace("{C}", council or "The")
    bottom = BOTTOM[chrome[-1]].replace("{C}", council or "The")
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} - {council or "Local"} '
        f'Local Offer</title></head><body>{top}<main id="content"><h1>{title}</h1>{main}{stamp}</main>'
        f"{bottom}</body></html>"
    )


def pdf(header: str, paragraphs: list[str], width: int = 72, per_page: int = 14) -> str:
    """PDF text: paragraphs hard-wrapped at ``width``, a running header and page number every
    ``per_page`` lines."""
    lines: list[str] = []
    for para in paragraphs:
        lines.extend(textwrap.wrap(para, width) or [""])
        lines.append("")
    out: list[str] = []
    for number, start in enumerate(range(0, len(lines), per_page), 1):
        out.append(f"{header} | page {number}")
        out.extend(lines[start : start + per_page])
    return "\n".join(out)


SPLIT = Cases("h")
case = SPLIT.add

# --- councils and providers ----------------------------------------------------------------------

COUNCILS = {
    # name: (domain, Local Offer path, IASS name, IASS phone)
    "Quarrendon": ("quarrendon.example.gov.uk", "/localoffer", "Quarrendon SENDIASS", "0113 496 0217"),
    "Hawksmere": ("hawksmere.example.gov.uk", "/send/local-offer", "Hawksmere SEND IAS", "0161 496 0388"),
    "Ormsfield": ("ormsfield.example.gov.uk", "/children/send-local-offer", "SENDIASS Ormsfield", "0117 496 0149"),
    "Kelderby": (
        "kelderby.example.gov.uk",
        "/localoffer",
        "Kelderby Information, Advice and Support Service",
        "0121 496 0562",
    ),
    "Pinwick": ("pinwick.example.gov.uk", "/local-offer", "Pinwick SENDIASS", "01632 960 714"),
    "Droxley": ("droxley.example.gov.uk", "/send", "Droxley SENDIAS", "020 7946 0831"),
    "Yarnbury": ("yarnbury.example.gov.uk", "/familyinfo/localoffer", "Yarnbury SENDIASS", "0113 496 0925"),
    "Fellgate": ("fellgate.example.gov.uk", "/localoffer", "Fellgate IASS", "0161 496 0473"),
    "Sandlow": ("sandlow.example.gov.uk", "/send-local-offer", "Sandlow SENDIASS", "0117 496 0356"),
    "Cressingham": ("cressingham.example.gov.uk", "/localoffer", "Cressingham SENDIASS", "0121 496 0290"),
    "Winterdown": ("winterdown.example.gov.uk", "/education/send", "Winterdown SENDIASS", "01632 960 382"),
    "Tollerby": ("tollerby.example.gov.uk", "/localoffer", "Tollerby SEND IASS", "020 7946 0614"),
    "Marrowby": ("marrowby.example.gov.uk", "/send/localoffer", "Marrowby SENDIASS", "0113 496 0748"),
    "Lyndwick": ("lyndwick.example.gov.uk", "/localoffer", "Lyndwick SENDIASS", "0161 496 0851"),
    "Harrowdene": ("harrowdene.example.gov.uk", "/send", "Harrowdene SENDIASS", "0117 496 0683"),
    "Coldbeck": ("coldbeck.example.gov.uk", "/localoffer", "Coldbeck SENDIASS", "0121 496 0437"),
    "Greystoke": ("greystoke-vale.example.gov.uk", "/send-local-offer", "Greystoke Vale SENDIASS", "01632 960 925"),
}

PROVIDERS = {
    # name: (short name, phone, email, web)
    "Lodestar Resolution CIC": (
        "Lodestar",
        "0808 157 0214",
        "referrals@lodestar-resolution.example.org.uk",
        "www.lodestar-resolution.example.org.uk/send",
    ),
    "Quayside SEND Mediation": (
        "Quayside",
        "0808 157 0633",
        "hello@quaysidemediation.example.co.uk",
        "quaysidemediation.example.co.uk/refer",
    ),
    "Keelson Mediation Ltd": (
        "Keelson",
        "0306 999 0471",
        "send@keelson.example.co.uk",
        "www.keelson.example.co.uk/families",
    ),
    "Sundial Dispute Resolution": (
        "Sundial",
        "0808 157 0876",
        "enquiries@sundial-dr.example.org.uk",
        "www.sundial-dr.example.org.uk",
    ),
    "Brightwater Mediation Trust": (
        "Brightwater",
        "0306 999 0128",
        "send@brightwatertrust.example.org.uk",
        "brightwatertrust.example.org.uk/send-mediation",
    ),
    "Wayfarer Resolution Ltd": (
        "Wayfarer",
        "0808 157 0519",
        "families@wayfarer-resolution.example.co.uk",
        "www.wayfarer-resolution.example.co.uk/referral-form",
    ),
    "Tandem SEND Mediation": ("Tandem", "0306 999 0755", "team@tandemsend.example.org.uk", "tandemsend.example.org.uk"),
    "Larkspur Accord CIC": (
        "Larkspur",
        "0808 157 0942",
        "accord@larkspur.example.org.uk",
        "www.larkspur.example.org.uk/disagreements",
    ),
    "Global Mediation": (
        "Global Mediation",
        "0808 157 0360",
        "send@globalmediation.example.co.uk",
        "www.globalmediation.example.co.uk",
    ),
    "KIDS SEND Mediation Service": (
        "KIDS",
        "0306 999 0263",
        "sendmediation@kids.example.org.uk",
        "www.kids.example.org.uk/send-mediation",
    ),
    "Together Trust": (
        "Together Trust",
        "0161 496 0902",
        "drs@togethertrust.example.org.uk",
        "www.togethertrust.example.org.uk/send-disagreements",
    ),
    "Prime Resolution": (
        "Prime Resolution",
        "0121 496 0871",
        "admin@prime-resolution.example.co.uk",
        "www.prime-resolution.example.co.uk/families",
    ),
    "Community Accord": (
        "Community Accord",
        "01632 960 513",
        "send@communityaccord.example.com",
        "www.communityaccord.example.com/send",
    ),
}


# --- statements for assembled disagreement resolution / mediation pages ----------------------------
# Each key maps to phrasings (question, answer). ``{C}`` council, ``{P}`` provider, ``{S}`` its short
# name, ``{ph}``/``{em}``/``{web}`` its contacts, ``{svc}`` the service ("disagreement resolution" or
# "SEND mediation"), ``{IA}``/``{iph}`` the IASS and its phone. A key ending in "~" is a near miss
# that does NOT meet the check its plain key meets.

S: dict[str, list[tuple[str, str]]] = {
    "dr": [
        (
            "What is disagreement resolution?",
            "Disagreement resolution is a chance to sit down with the other side and talk a problem through "
            "with the help of someone trained to make sure everyone is heard.",
        ),
        (
            "What does the disagreement resolution service do?",
            "The disagreement resolution service arranges an informal meeting so that you and the other side "
            "can look for an answer you can both live with, without going to court.",
        ),
        (
            "How can disagreement resolution help?",
            "Sometimes talking has stalled. {C}'s disagreement resolution arrangements give families a "
            "structured meeting, run by a facilitator, to try to reach agreement early.",
        ),
        (
            "Dispute resolution: what is it?",
            "Dispute resolution (sometimes called disagreement resolution) is a meeting where a trained person "
            "helps families and professionals settle a disagreement about SEN provision.",
        ),
    ],
    "medintro": [
        (
            "What is SEND mediation?",
            "SEND mediation is a meeting between you and the council about a decision on an education, health "
            "and care (EHC) needs assessment or plan, led by a trained mediator.",
        ),
        (
            "About mediation",
            "If you are unhappy with a decision the council has made about an EHC needs assessment or an EHC "
            "plan, mediation gives you a chance to talk it through with the people who made the decision.",
        ),
        (
            "Why mediate?",
            "Mediation can sort out a disagreement about an EHC plan more quickly than an appeal, and it keeps "
            "you and the council talking.",
        ),
    ],
    "prov": [
        ("Who provides it?", "{C} Council has asked {P} to provide {svc} for families in the area."),
        ("Who runs the service?", "The service is delivered by {P} under a contract with the council."),
        ("Which organisation do I use?", "In {C}, {svc} is provided by {P}."),
        ("Who will I deal with?", "Your {svc} will be arranged and run by {P}."),
    ],
    "ind": [
        (
            "Is it independent?",
            "Yes. The service is independent of {C} Council: its facilitators do not work for the council "
            "or for any school.",
        ),
        (
            "Is the person in charge from the council?",
            "No. The person who leads the meeting is not employed by the local authority and has no stake in "
            "the outcome.",
        ),
        (
            "Who chairs the meeting?",
            "An independent facilitator, who is not part of the council, chairs every meeting.",
        ),
        (
            "Why a third party?",
            "The service is run by a third party so that nobody can say the meeting is weighted towards the council.",
        ),
    ],
    "ind~": [
        ("Who chairs the meeting?", "A trained facilitator who is impartial and neutral will chair it."),
        ("Will they take sides?", "The person leading the meeting stays neutral and treats everyone fairly."),
        ("Who leads it?", "It is led by a fair and impartial chair from our SEND quality team."),
    ],
    "vol": [
        ("Do I have to take part?", "No. Taking part is voluntary, and it only happens if everyone agrees to it."),
        (
            "Is it compulsory?",
            "It is your choice. {Svc} is voluntary for families, and every party has to agree before a meeting "
            "is set up.",
        ),
        ("Can I say no?", "Yes, you can decline. Nobody is obliged to use the service."),
        ("Who decides whether it goes ahead?", "A meeting goes ahead only with the agreement of all the parties."),
    ],
    "vol~": [
        (
            "Do I have to take part?",
            "Where the council proposes a meeting, parents are expected to attend and to come prepared.",
        ),
        ("Is it compulsory?", "Mediation is now compulsory before any appeal to the Tribunal can be made."),
        ("Who can come?", "Volunteers from our parent panel can come with you if you would like company."),
    ],
    "all": [
        (
            "Do I need an EHC plan?",
            "No. You do not need an EHC plan to use it: it is open to the family of any child or young person "
            "with special educational needs.",
        ),
        (
            "Who can use it?",
            "Any parent or young person with SEN can use it, whether the child gets SEN support at school or "
            "has an EHC plan.",
        ),
        (
            "Is it only for EHC plans?",
            "It is not limited to children with an education, health and care plan; it covers all children "
            "and young people with special educational needs.",
        ),
    ],
    "all~": [
        (
            "Who can use it?",
            "The service is for families whose child has an EHC plan or is being assessed for one.",
        ),
        ("Who is it for?", "It is only available where a child or young person has an EHC plan."),
    ],
    "types": [
        (
            "What can it help with?",
            "It can help with disagreements <ul><li>between families and the council or a school about how "
            "they carry out their SEN duties,</li><li>with a school or college about the special educational "
            "provision it is making,</li><li>with the council or the NHS about health or social care support "
            "during an EHC assessment, plan or review.</li></ul>",
        ),
        (
            "What kinds of disagreement?",
            "For example, a disagreement with your child's school about the support they get, or with the "
            "council about the way it is carrying out an EHC needs assessment or review.",
        ),
        (
            "What sort of problems?",
            "Disagreements about the education support in place at a nursery, school or college, and "
            "disagreements about the health or social care provision being planned during an EHC process.",
        ),
    ],
    "types~": [
        ("What can it help with?", "It can help when you disagree with something."),
        ("What is it for?", "It is for disagreements about SEND."),
    ],
    "noeff": [
        (
            "Will it affect my right to appeal?",
            "No. Whether or not you use {svc}, your right to appeal to the SEND Tribunal is not affected.",
        ),
        (
            "What if I want to go to the Tribunal instead?",
            "You can. Choosing not to use {svc} does not stop you appealing to the First-tier Tribunal.",
        ),
        (
            "Does it delay an appeal?",
            "It does not take away or delay your right of appeal to the Tribunal, and you can still appeal if "
            "you decide not to use it.",
        ),
    ],
    "noeff~": [
        (
            "What if it does not work?",
            "If {svc} does not settle things, you can then appeal to the Tribunal once it has finished.",
        ),
        ("What happens afterwards?", "After the meeting you may still appeal to the Tribunal if you remain unhappy."),
    ],
    "conf": [
        (
            "Is it confidential?",
            "Yes. What is said in the meeting is confidential and cannot be used in a later appeal to the Tribunal.",
        ),
        ("Will what I say be shared?", "Discussions are private and held without prejudice to any appeal."),
        ("Who will know what was said?", "Only the people in the room. Everything said is kept confidential."),
    ],
    "contact": [
        ("How do I contact them?", "Call {S} on {ph} or email {em}."),
        ("How do I ask for a meeting?", "Fill in the referral form at {web}, or phone {ph}."),
        ("Contact details", "{P}: telephone {ph}; email {em}; web {web}."),
    ],
    "contact~": [
        ("How do I ask for a meeting?", "Speak to your SEND caseworker, who will make the referral for you."),
        ("How do I get started?", "Ask the SENCO at your child's school to contact the council's SEN team."),
    ],
    "iass": [
        (
            "Where can I get help to prepare?",
            "{IA} gives free, impartial and confidential advice and can help you get ready. Phone {iph}.",
        ),
        (
            "Independent advice",
            "You can talk things over first with {IA}, the SEND information, advice and support service, on {iph}.",
        ),
    ],
    "med": [
        (
            "Mediation about EHC decisions",
            "Before you can appeal about most parts of an EHC decision you must contact a mediation adviser. "
            "You have two months from the date on the council's decision letter to do this. The adviser talks "
            "you through what mediation involves. A mediation certificate is issued within three working days "
            "of that conversation. If a mediation meeting is held, the council has to arrange it within 30 "
            "days.",
        ),
        (
            "How SEND mediation works",
            "The decision letter tells you how to reach the mediation adviser. Contact them within 2 months of "
            "the letter. They explain how mediation works and send you a certificate within 3 working days; "
            "keep it, because the Tribunal asks for it. Where mediation goes ahead it should happen within 30 "
            "days, and it is free.",
        ),
    ],
    "trib": [
        (
            "Appealing to the Tribunal",
            "You have the right to appeal to the First-tier Tribunal (Special Educational Needs and "
            "Disability) about decisions on EHC needs assessments and plans. Register the appeal within two "
            "months of the decision letter, or one month from the date of a mediation certificate if that is "
            "later, online at gov.uk or on form SEND35.",
        ),
        (
            "Your right of appeal",
            "Parents and young people can appeal council decisions about EHC plans to the SEND Tribunal. The "
            "appeal must reach the Tribunal within two months of the decision; you can apply online through "
            "the gov.uk 'Appeal to the SEND Tribunal' service.",
        ),
    ],
    "cmp": [
        (
            "Making a complaint",
            "A complaint is different: it is about how something was done. Complain first to the school using "
            "its complaints procedure, then to the Department for Education if it is an academy. Complaints "
            "about the council go through the council's complaints procedure and then to the Local Government "
            "and Social Care Ombudsman. For NHS services, contact PALS or the Integrated Care Board, then the "
            "Parliamentary and Health Service Ombudsman.",
        ),
    ],
    "ccg": [
        (
            "Health",
            "Where health provision is in dispute, {C} Clinical Commissioning Group (CCG) will join the meeting.",
        ),
        ("What about health?", "For disagreements about therapies, contact the CCG's SEND lead."),
    ],
    "icb": [
        (
            "Health",
            "Where health provision is in dispute, NHS {C} Integrated Care Board (which replaced the CCG in "
            "2022) will join the meeting.",
        ),
    ],
}

EFFECT = {
    # statement key -> the short check name it meets (traps and context meet none)
    "prov": "prov",
    "ind": "ind",
    "vol": "vol",
    "all": "all",
    "types": "types",
    "noeff": "noeff",
    "conf": "conf",
    "contact": "contact",
    "iass": "iass",
    "med": "med",
    "trib": "trib",
    "cmp": "cmp",
}


def dr_labels(keys: list[str]) -> tuple[str, str, bool]:
    """(pos, skip, stale) for an assembled page, from the statements it carries."""
    pos = {EFFECT[k] for k in keys if k in EFFECT}
    skip: set[str] = set()
    if "dr" in keys and ("prov" in pos or "ind" in pos) and "contact" in pos:
        pos.add("in")
    if "noeff" in pos and "vol" not in pos:
        skip.add("vol")  # "choosing not to use it does not stop an appeal" arguably says it is optional
    if "med" in pos and "trib" not in pos:
        skip.add("trib")  # the mediation explanation mentions appealing; its "how" is borderline
    stale = "ccg" in keys
    return " ".join(sorted(pos)), " ".join(sorted(skip)), stale


def fill(text: str, council: str, provider: str, svc: str) -> str:
    """Put names and contacts into a statement."""
    domain, _path, iass, iass_phone = COUNCILS[council]
    short, phone, email, web = PROVIDERS.get(provider, ("", "", "", ""))
    return (
        text.replace("{C}", council)
        .replace("{P}", provider)
        .replace("{S}", short)
        .replace("{ph}", phone)
        .replace("{em}", email)
        .replace("{web}", web)
        .replace("{Svc}", svc[0].upper() + svc[1:])
        .replace("{svc}", svc)
        .replace("{IA}", iass)
        .replace("{iph}", iass_phone)
    )


def para(text: str) -> str:
    """A paragraph, unless the text carries its own list."""
    return text if "<ul>" in text else f"<p>{text}</p>"


def strip_tags(html: str) -> str:
    """Inline lists flattened for PDF text."""
    return html.replace("<ul><li>", " ").replace("</li><li>", " ").replace("</li></ul>", "")


SHORT_REPLIES = ("Yes. ", "No. ", "You can. ", "Only the people in the room. ", "Yes, you can decline. ")


def statement(answer: str) -> str:
    """An FAQ answer as a plain statement: without its opening "Yes." / "No."."""
    for reply in SHORT_REPLIES:
        if answer.startswith(reply):
            rest = answer[len(reply) :]
            return ("You can decline. " + rest) if "decline" in reply else rest
    return answer


def assemble(n: int, council: str, provider: str, form: str, keys: list[str], title: str) -> tuple[str, str]:
    """Render the statements ``keys`` in ``form``; returns (html, text) with one of them empty."""
    svc = "SEND mediation" if "medintro" in keys and "dr" not in keys else "disagreement resolution"
    items = []
    for i, key in enumerate(keys):
        variants = S[key]
        q, a = variants[(n + i) % len(variants)]
        items.append((key, fill(q, council, provider, svc), fill(a, council, provider, svc)))
    if form in ("prose", "list", "dir", "pdf"):
        items = [(k, q, statement(a)) for k, q, a in items]
    if form == "prose":
        body = "".join(para(a) for _k, _q, a in items)
        return page(title, body, council, "aa" if n % 2 else "sa"), ""
    if form == "headed":
        body = "".join(f"<h2>{q}</h2>{para(a)}" for _k, q, a in items)
        return page(title, body, council, "as"), ""
    if form == "faq":
        body = "<p>Answers to the questions families ask us most.</p>" + "".join(
            f"<h3>{q}</h3>{para(a)}" for _k, q, a in items
        )
        return page(title, body, council, "sa"), ""
    if form == "acc":
        body = "".join(f"<details><summary>{q}</summary>{para(a)}</details>" for _k, q, a in items)
        return page(title, body, council, "aa"), ""
    if form == "list":
        first = items[0][2]
        rest = "".join(f"<li>{a}</li>" for _k, _q, a in items[1:])
        return page(title, f"<p>{first}</p><h2>Key points</h2><ul>{rest}</ul>", council, "ss"), ""
    if form == "table":
        rows = "".join(f'<tr><th scope="row">{q}</th><td>{a}</td></tr>' for _k, q, a in items)
        return page(title, f'<table class="facts"><tbody>{rows}</tbody></table>', council, "sa"), ""
    if form == "dir":
        short, phone, email, web = PROVIDERS.get(provider, ("", "", "", ""))
        desc = "".join(para(a) for k, _q, a in items if k != "contact")
        block = ""
        if "contact" in keys:
            block = (
                f'<div class="contact-block"><h2>Contact details</h2><dl><dt>Organisation</dt><dd>{provider}</dd>'
                f'<dt>Telephone</dt><dd>{phone}</dd><dt>E-mail</dt><dd><a href="mailto:{email}">{email}</a></dd>'
                f'<dt>Website</dt><dd><a href="https://{web}">{web}</a></dd></dl></div>'
            )
        main = f'<div class="service-description"><h2>Description</h2>{desc}</div>{block}'
        return page(title, main, council, "dd"), ""
    if form == "pdf":
        paras = [title.upper()]
        for i, (_k, q, a) in enumerate(items):
            lead = q if q.endswith("?") else q + "."
            paras.append(strip_tags(f"{lead} {a}" if i % 2 else a))
        return "", pdf(f"{council} Council - SEND information leaflet", paras)
    raise ValueError(form)


def dr_case(n: int, council: str, provider: str, form: str, spec: str, title: str, slug: str, why: str) -> None:
    """Add an assembled page; its labels follow from ``spec`` (statement keys)."""
    keys = spec.split()
    html, text = assemble(n, council, provider, form, keys, title)
    pos, skip, stale = dr_labels(keys)
    domain, path, _iass, _iph = COUNCILS[council]
    url = f"https://www.{domain}{path}/{slug}"
    notes = f"Assembled ({form}) from: {spec}. {why}"
    case(url, html=html, text=text, pos=pos, skip=skip, stale=stale, notes=notes)


# =================================================================================================
# A. Assembled disagreement resolution and SEND mediation pages (labels from the statements)
# =================================================================================================

ASSEMBLED = [
    # (council, provider, form, statements, title, slug, why)
    (
        "Quarrendon",
        "Lodestar Resolution CIC",
        "faq",
        "dr prov ind vol all types noeff conf contact iass",
        "Disagreement resolution",
        "disagreement-resolution",
        "A complete FAQ: provider, independence, every descriptive element, contact and SENDIASS.",
    ),
    (
        "Hawksmere",
        "Quayside SEND Mediation",
        "prose",
        "dr prov ind~ contact",
        "Resolving disagreements early",
        "resolving-disagreements",
        "Named provider with contact, so the arrangement is set out; 'impartial and neutral' is not independence.",
    ),
    (
        "Ormsfield",
        "Keelson Mediation Ltd",
        "list",
        "dr prov ind vol~ types~ noeff~ contact",
        "Disagreement resolution service",
        "drs",
        "Traps: parents 'expected to attend'/compulsory/volunteers; one vague kind; appeal only after it.",
    ),
    (
        "Kelderby",
        "",
        "table",
        "dr ind all conf contact~",
        "Sorting out disagreements",
        "sorting-out-disagreements",
        "Independent but no provider named and the only route is the SEN caseworker: not set out.",
    ),
    (
        "Pinwick",
        "Brightwater Mediation Trust",
        "dir",
        "dr prov ind vol contact",
        "Brightwater Mediation Trust - SEND disagreement resolution",
        "directory/brightwater-drs",
        "Directory record with the provider's contact block.",
    ),
    (
        "Droxley",
        "Wayfarer Resolution Ltd",
        "pdf",
        "dr prov ind vol all types noeff conf contact",
        "Disagreement resolution in Droxley",
        "documents/disagreement-resolution-leaflet.pdf",
        "Leaflet text with every element.",
    ),
    (
        "Yarnbury",
        "Global Mediation",
        "acc",
        "medintro prov ind vol noeff conf contact med",
        "SEND mediation",
        "ehc/mediation",
        "A SEND mediation page: never says disagreement resolution, so drs_in_local_offer 0; mediation explained.",
    ),
    (
        "Fellgate",
        "KIDS SEND Mediation Service",
        "headed",
        "dr prov vol types contact iass ccg",
        "Disagreement resolution",
        "help/disagreement-resolution",
        "Set out by provider and contact (no independence statement); CCG as a current body.",
    ),
    (
        "Sandlow",
        "",
        "prose",
        "dr ind vol all types noeff conf",
        "What is disagreement resolution?",
        "what-is-disagreement-resolution",
        "Described in general terms with an independence statement but no provider or contact: partial.",
    ),
    (
        "Cressingham",
        "Tandem SEND Mediation",
        "faq",
        "dr prov ind all~ types noeff conf contact",
        "Disagreement resolution: questions and answers",
        "disagreement-resolution-faq",
        "Trap: restricted to EHC plans, so drs_all_sen 0.",
    ),
    (
        "Winterdown",
        "Together Trust",
        "table",
        "dr prov ind vol all types conf contact trib",
        "Disagreements and appeals at a glance",
        "disagreements-and-appeals",
        "Key/value table with the Tribunal right and how (deadline, online, form).",
    ),
    (
        "Tollerby",
        "Larkspur Accord CIC",
        "list",
        "dr prov ind~ vol noeff~ conf contact iass",
        "Disagreement resolution",
        "disagreement-resolution",
        "Impartial only; appeal 'once it has finished' or 'after the meeting' is not the no-effect statement.",
    ),
    (
        "Marrowby",
        "Prime Resolution",
        "dir",
        "medintro prov ind contact med",
        "Prime Resolution - SEND mediation",
        "directory/prime-resolution-mediation",
        "Mediation directory record: provider, independence, contact and how mediation works.",
    ),
    (
        "Lyndwick",
        "Community Accord",
        "headed",
        "dr prov ind vol all types noeff conf contact iass med trib cmp",
        "If you disagree: a guide",
        "if-you-disagree",
        "A long guide covering disagreement resolution, mediation, appeals and complaints.",
    ),
    (
        "Harrowdene",
        "Lodestar Resolution CIC",
        "pdf",
        "dr prov ind types contact~",
        "Disagreement resolution",
        "docs/dr-factsheet.pdf",
        "Provider named and independent, but the route in is the SEN caseworker: no contact for the provider.",
    ),
    (
        "Coldbeck",
        "Quayside SEND Mediation",
        "acc",
        "dr prov ind vol all types noeff conf contact icb",
        "Disagreement resolution",
        "disagreement-resolution",
        "Complete; the ICB 'replaced the CCG' is not stale.",
    ),
    (
        "Greystoke",
        "Keelson Mediation Ltd",
        "headed",
        "dr prov ind vol~ all types conf contact",
        "Disagreement resolution service",
        "disagreement-resolution-service",
        "Voluntariness trap (expected to attend / compulsory / volunteers).",
    ),
    (
        "Quarrendon",
        "Lodestar Resolution CIC",
        "prose",
        "medintro prov ind vol noeff contact med trib",
        "Mediation and appeals",
        "mediation-and-appeals",
        "SEND mediation explained, then the Tribunal appeal with the deadline and the online service.",
    ),
    (
        "Hawksmere",
        "Quayside SEND Mediation",
        "faq",
        "medintro prov ind~ vol~ noeff~ contact~ med",
        "Mediation: your questions",
        "mediation-faq",
        "Provider named for mediation; impartial only; compulsory/expected; appeal only afterwards; referral "
        "through the caseworker.",
    ),
    (
        "Ormsfield",
        "",
        "list",
        "dr ind~ vol types~ iass",
        "Disagreement resolution",
        "disagreement-resolution",
        "No provider, impartial only, no contact for the service: not set out; SENDIASS is signposted.",
    ),
    (
        "Kelderby",
        "Sundial Dispute Resolution",
        "acc",
        "dr prov vol all noeff contact ccg",
        "Disagreement resolution",
        "help/disagreement-resolution",
        "Provider and contact, no independence statement; CCG live.",
    ),
    (
        "Pinwick",
        "KIDS SEND Mediation Service",
        "pdf",
        "medintro prov ind vol conf contact med",
        "SEND mediation",
        "docs/send-mediation.pdf",
        "Mediation leaflet text without the DR term.",
    ),
    (
        "Droxley",
        "",
        "faq",
        "dr ind vol all~ types conf noeff~",
        "Disagreement resolution",
        "ehc/disagreement-resolution",
        "Generic: independent but no provider or contact; EHC-only scope; appeal afterwards.",
    ),
    (
        "Yarnbury",
        "Wayfarer Resolution Ltd",
        "table",
        "dr prov ind all types contact iass",
        "Disagreement resolution service",
        "disagreement-resolution-service",
        "Table with provider, independence, scope and kinds, contact.",
    ),
    (
        "Fellgate",
        "Brightwater Mediation Trust",
        "prose",
        "dr prov ind vol types~ noeff conf contact",
        "Disagreement resolution",
        "disagreement-resolution",
        "One vague kind only: drs_disagreement_types 0.",
    ),
    (
        "Sandlow",
        "Tandem SEND Mediation",
        "dir",
        "dr prov ind vol all types noeff conf contact",
        "Tandem SEND Mediation - disagreement resolution",
        "kb5/directory/service.page?id=tandem-drs",
        "Full directory record.",
    ),
    (
        "Cressingham",
        "Global Mediation",
        "headed",
        "medintro prov ind vol conf contact med trib ccg",
        "Mediation and the SEND Tribunal",
        "mediation-and-tribunal",
        "Mediation and appeal explained; CCG live.",
    ),
    (
        "Winterdown",
        "",
        "list",
        "dr vol all types noeff conf contact~ iass",
        "Disagreement resolution",
        "disagreement-resolution",
        "Everything descriptive but no provider, no independence and only a caseworker referral.",
    ),
    (
        "Tollerby",
        "Larkspur Accord CIC",
        "table",
        "dr prov ind vol all types noeff conf contact cmp",
        "Disagreement resolution and complaints",
        "disagreement-resolution-and-complaints",
        "Table with disagreement resolution and a row on complaint routes.",
    ),
    (
        "Marrowby",
        "Sundial Dispute Resolution",
        "faq",
        "dr prov ind vol all types noeff conf contact iass",
        "Disagreement resolution FAQs",
        "drs-faqs",
        "Complete FAQ.",
    ),
    (
        "Lyndwick",
        "Keelson Mediation Ltd",
        "pdf",
        "dr prov ind~ all~ types contact iass",
        "Disagreement resolution",
        "docs/dr-leaflet.pdf",
        "Provider and contact, so set out; impartial only; EHC-only scope.",
    ),
    (
        "Harrowdene",
        "Prime Resolution",
        "acc",
        "medintro prov ind noeff~ contact med",
        "SEND mediation",
        "mediation",
        "Mediation with provider; appeal only after mediation.",
    ),
    (
        "Coldbeck",
        "Together Trust",
        "list",
        "dr prov vol~ contact",
        "Disagreement resolution",
        "resolving-disagreements/together-trust",
        "Provider and contact only; a voluntariness trap.",
    ),
    (
        "Greystoke",
        "Community Accord",
        "faq",
        "dr prov ind vol all types noeff conf contact trib",
        "Disagreements: what you can do",
        "disagreements",
        "Complete FAQ with the right of appeal and how.",
    ),
    (
        "Quarrendon",
        "",
        "headed",
        "dr ind all types noeff conf iass",
        "Disagreement resolution explained",
        "disagreement-resolution-explained",
        "No provider and no contact for the service: described only.",
    ),
    (
        "Hawksmere",
        "Wayfarer Resolution Ltd",
        "dir",
        "dr prov ind all types contact",
        "Wayfarer Resolution Ltd - disagreement resolution",
        "directory/wayfarer",
        "Directory record.",
    ),
    (
        "Ormsfield",
        "Tandem SEND Mediation",
        "prose",
        "medintro prov ind~ vol conf contact med",
        "SEND mediation",
        "ehc/send-mediation",
        "Mediation page; impartial only.",
    ),
    (
        "Kelderby",
        "Lodestar Resolution CIC",
        "table",
        "dr prov ind vol types noeff~ conf contact icb",
        "Disagreement resolution",
        "disagreement-resolution",
        "Appeal only afterwards; ICB 'replaced the CCG' is current.",
    ),
    (
        "Pinwick",
        "",
        "prose",
        "dr vol~ types~ noeff~ contact~",
        "Disagreement resolution meetings",
        "disagreement-resolution-meetings",
        "Nothing identifies the arrangement; traps throughout.",
    ),
    (
        "Droxley",
        "Quayside SEND Mediation",
        "acc",
        "dr prov ind vol all types noeff conf contact iass med trib",
        "Help when you disagree",
        "help-when-you-disagree",
        "The whole redress path in accordions.",
    ),
    (
        "Yarnbury",
        "KIDS SEND Mediation Service",
        "list",
        "dr prov ind vol all~ conf contact",
        "Disagreement resolution",
        "disagreement-resolution",
        "EHC-only scope.",
    ),
    (
        "Fellgate",
        "Larkspur Accord CIC",
        "faq",
        "medintro prov ind vol noeff conf contact med trib",
        "Mediation FAQs",
        "mediation-faqs",
        "Mediation FAQ with the appeal route.",
    ),
    (
        "Sandlow",
        "Keelson Mediation Ltd",
        "pdf",
        "dr prov ind all types noeff conf contact ccg",
        "Resolving disagreements about SEN",
        "docs/resolving-disagreements.pdf",
        "Leaflet; CCG as a current body.",
    ),
    (
        "Cressingham",
        "",
        "acc",
        "dr ind~ all types iass",
        "Disagreement resolution",
        "disagreement-resolution",
        "Generic, impartial only.",
    ),
    (
        "Winterdown",
        "Sundial Dispute Resolution",
        "headed",
        "dr prov ind vol all types noeff conf contact",
        "Disagreement resolution service",
        "disagreement-resolution-service",
        "Complete guide with headings.",
    ),
    (
        "Tollerby",
        "Brightwater Mediation Trust",
        "dir",
        "medintro prov vol contact",
        "Brightwater Mediation Trust - SEND mediation",
        "directory/brightwater-mediation",
        "A short mediation record: provider, voluntary, contact; no explanation of EHC mediation steps.",
    ),
    (
        "Marrowby",
        "Wayfarer Resolution Ltd",
        "list",
        "dr prov ind all types conf contact iass",
        "Disagreement resolution",
        "disagreement-resolution",
        "Bullets with provider, independence, scope, kinds, confidentiality and contact.",
    ),
    (
        "Lyndwick",
        "Tandem SEND Mediation",
        "table",
        "dr prov vol~ all~ types~ noeff~ contact~",
        "Disagreement resolution",
        "disagreement-resolution",
        "Provider named but every element is a near miss; no provider contact.",
    ),
    (
        "Harrowdene",
        "Global Mediation",
        "faq",
        "dr prov ind vol all types noeff conf contact",
        "Disagreement resolution and mediation",
        "disagreement-resolution-and-mediation",
        "Complete FAQ naming Global Mediation.",
    ),
    (
        "Coldbeck",
        "Prime Resolution",
        "pdf",
        "medintro prov ind vol noeff contact med trib",
        "Mediation and appeals",
        "docs/mediation-and-appeals.pdf",
        "Leaflet on mediation and appeals.",
    ),
    (
        "Greystoke",
        "",
        "prose",
        "dr ind vol types noeff conf ccg",
        "Disagreement resolution",
        "disagreement-resolution",
        "Generic with a live CCG.",
    ),
    (
        "Quarrendon",
        "Together Trust",
        "acc",
        "dr prov ind all types conf contact",
        "Disagreement resolution",
        "ehc/disagreement-resolution",
        "Accordions with the main elements.",
    ),
    (
        "Hawksmere",
        "Larkspur Accord CIC",
        "headed",
        "dr prov ind vol noeff contact trib",
        "Disagreement resolution and appeals",
        "disagreement-resolution-and-appeals",
        "Provider, independence, voluntary, appeal not affected, right of appeal and how.",
    ),
    (
        "Ormsfield",
        "Sundial Dispute Resolution",
        "faq",
        "dr prov ind vol all types noeff conf contact iass ccg",
        "Disagreement resolution",
        "help/disagreement-resolution-faqs",
        "Complete FAQ with a live CCG.",
    ),
]
for _n, _row in enumerate(ASSEMBLED):
    dr_case(_n, *_row)


def url(council: str, slug: str) -> str:
    domain, path, _iass, _iph = COUNCILS[council]
    return f"https://www.{domain}{path}/{slug}"


# =================================================================================================
# B. Traps and near misses, written one by one
# =================================================================================================

case(
    url("Quarrendon", "family-support/separating-parents"),
    html=page(
        "Separating parents: family mediation",
        "<p>If you and your child's other parent are splitting up, a family mediator can help you agree "
        "arrangements for the children, money and the home without going to the family court.</p>"
        "<h2>The first meeting</h2><p>Before applying to court you will usually need to attend a Mediation "
        "Information and Assessment Meeting (MIAM). The mediator is independent and does not take sides.</p>"
        "<h2>Is it voluntary?</h2><p>Yes. Mediation only continues if both of you agree, and what you say is "
        "confidential.</p><h2>Cost</h2><p>Legal aid or the family mediation voucher scheme may cover part of "
        "the cost. Find an accredited mediator through the Family Mediation Council, 0113 496 0382.</p>",
        "Quarrendon",
        "aa",
    ),
    notes="Family (separation) mediation with MIAM: independent, voluntary and confidential, but not SEND "
    "disagreement resolution or mediation. All DR checks 0; furniture only for the rest.",
)
case(
    url("Hawksmere", "community-safety/neighbour-mediation"),
    html=page(
        "Neighbour disputes",
        "<p>Noise, parking, hedges and boundaries cause most of the disputes between neighbours that are "
        "reported to us. Our community mediation partner, Hawksmere Community Mediation, can help.</p><ul>"
        "<li>It is free and independent of the council and the police.</li><li>Both neighbours have to agree "
        "to take part.</li><li>Everything said in mediation stays confidential.</li></ul><p>Refer yourself "
        "on 0161 496 0511 or at community-mediation.example.org.uk.</p>",
        "Hawksmere",
        "ss",
    ),
    notes="Neighbour/community mediation: every cue (independent, agreement, confidential, provider, "
    "contact) is about another kind of mediation. DR checks 0.",
)
case(
    url("Ormsfield", "jobs/working-for-us/workplace-mediation"),
    html=page(
        "Workplace mediation for council staff",
        "<p>Ormsfield Council offers workplace mediation to employees when a working relationship has broken "
        "down. Sessions are run by trained mediators from outside your team, are voluntary, and are "
        "confidential unless there is a safeguarding concern. Ask your HR business partner for a referral.</p>"
        "<p>Mediation does not affect your right to raise a formal grievance or to go to an employment "
        "tribunal.</p>",
        "Ormsfield",
        "sx",
    ),
    notes="Workplace mediation for staff, including 'does not affect your right to ... an employment "
    "tribunal': no SEND check is met.",
)
case(
    url("Kelderby", "schools/anti-bullying/peer-mediators"),
    html=page(
        "Peer mediation in Kelderby schools",
        "<p>Many of our primary schools train pupils in Years 5 and 6 as peer mediators. At playtime they "
        "help younger children sort out fallings-out by taking turns to speak and agreeing what happens "
        "next.</p><p>Peer mediators are volunteers, the children who use them do so voluntarily, and what "
        "is said stays between the pupils unless an adult needs to know.</p>",
        "Kelderby",
        "aa",
    ),
    notes="Peer mediation between pupils: voluntary and private but nothing to do with SEND disagreements.",
)
case(
    url("Pinwick", "schools/admissions/appeals"),
    html=page(
        "School admission appeals",
        "<p>If your child is refused a place at a school you applied for, you can appeal to an independent "
        "appeal panel. Appeals for the September intake must be lodged within 20 school days of the date of "
        "your refusal letter, using the online form.</p><p>The panel is independent of the council and of "
        "the school. Its decision is binding.</p><p>Children with an EHC plan are not admitted through this "
        "process: the school is named in the plan, and an appeal about that goes to the SEND Tribunal.</p>",
        "Pinwick",
        "ss",
    ),
    notes="Admissions appeal (independent panel, deadline, online form). The one line about the SEND "
    "Tribunal gives no right-and-how for it: tribunal_appeal 0; independence is the panel's.",
)
case(
    url("Droxley", "council-tax/appeals-valuation-tribunal"),
    html=page(
        "Appeal against your council tax band or bill",
        "<p>If we have not been able to resolve your challenge, you may appeal to the Valuation Tribunal for "
        "England, an independent body. You must appeal within two months of our decision; the form is on the "
        "tribunal's website.</p><p>Council tax reduction for disabled people (the disabled band reduction) "
        "can also be appealed in the same way.</p>",
        "Droxley",
        "ss",
    ),
    notes="Council tax appeal to the Valuation Tribunal: not the SEND Tribunal.",
)
case(
    url("Yarnbury", "education/exclusions/review"),
    html=page(
        "Permanent exclusion: asking for an independent review",
        "<p>If the governing board upholds a permanent exclusion, you can ask for an independent review "
        "panel within 15 school days. Where your child has special educational needs you may ask for an SEN "
        "expert to attend the review; the council pays for the expert.</p><p>A claim of disability "
        "discrimination about the exclusion can be made separately.</p>",
        "Yarnbury",
        "aa",
    ),
    notes="Exclusion review panel with an SEN expert: not the SEND Tribunal, not disagreement resolution.",
)
case(
    url("Fellgate", "benefits/dla-pip-appeals"),
    html=page(
        "Challenging a DLA or PIP decision",
        "<p>If you disagree with a decision about Disability Living Allowance or Personal Independence "
        "Payment, first ask the Department for Work and Pensions for a mandatory reconsideration within one "
        "month.</p><p>If you are still unhappy you can appeal to the First-tier Tribunal (Social Security and "
        "Child Support) using form SSCS1 or online. Our welfare rights team can help: 0161 496 0120.</p>",
        "Fellgate",
        "as",
    ),
    notes="Benefits chamber of the First-tier Tribunal, with deadline and form: not the SEND Tribunal. "
    "tribunal_appeal 0.",
)
case(
    "https://www.sendrights-helpline.example.org.uk/advice/disagreement-resolution-explained",
    html=page(
        "Disagreement resolution explained",
        "<p>Every local authority in England must arrange disagreement resolution services. The law says the "
        "people who run them must be independent of the local authority, and using them is voluntary.</p>"
        "<p>The Code of Practice describes several kinds of disagreement the services can cover, including "
        "disagreements with schools about provision and with the local authority about how it carries out "
        "its duties.</p><p>Your council's Local Offer should tell you who provides the service in your area "
        "and how to contact them. Our helpline volunteers can talk you through your options.</p>",
        "",
        "xx",
    ),
    skip="ind vol types",
    notes="A national charity explaining the law in the abstract: no arrangement, provider or contact "
    "(drs_in_local_offer, provider, contact 0). Independence and voluntariness as what the law requires, "
    "kinds as the Code's: left unlabelled.",
)
case(
    "https://www.sandlowsendiass.example.org.uk/help/what-is-disagreement-resolution",
    html=page(
        "What is disagreement resolution?",
        "<p>Disagreement resolution is a way of sorting out problems without going to the Tribunal. Every "
        "council has to make it available for families of children with SEN.</p><p>It is not the same as "
        "mediation about EHC plans, although the same organisation often provides both. Check your "
        "council's Local Offer for details of the local provider.</p><h2>How we can help</h2><p>Sandlow "
        "SENDIASS can explain your options and come with you to a meeting. Call us on 0117 496 0356 or email "
        "advice@sandlowsendiass.example.org.uk.</p>",
        "Sandlow",
        "xx",
    ),
    pos="iass",
    notes="The IASS's own site explaining DR in general: no arrangement identified (0). The IASS is "
    "signposted with phone and email: iass_signposted 1.",
)
case(
    url("Cressingham", "ehc/resolution-meetings"),
    html=page(
        "Resolution meetings",
        "<p>If you are unhappy with a decision about your child's EHC plan, the SEND service can offer a "
        "resolution meeting. A senior officer who was not involved in the original decision chairs the "
        "meeting and will be impartial.</p><p>You do not have to attend and you can bring a friend. The "
        "conversation will be kept confidential within the SEND service.</p><p>To ask for one, email "
        "send.resolution@cressingham.example.gov.uk.</p>",
        "Cressingham",
        "aa",
    ),
    notes="The council's own officer-led resolution meeting: not the independent arrangement. Its "
    "voluntariness, confidentiality and contact do not meet the DR checks.",
)
case(
    url("Winterdown", "send/disagreement-resolution-service"),
    html=page(
        "Disagreement Resolution Service",
        "<p>Winterdown's Disagreement Resolution Service is provided by Winterdown SENDIASS. The service is "
        "free, impartial and confidential, and our trained caseworkers will help you and the school or "
        "council find a way forward.</p><p>Contact the service on 01632 960 382 or "
        "sendiass@winterdown.example.gov.uk.</p>",
        "Winterdown",
        "as",
    ),
    pos="iass",
    notes="The IASS labelled as the Disagreement Resolution Service: not the independent arrangement "
    "(drs_in_local_offer, independent, provider, contact, confidential 0). IASS signposted with contact.",
)
case(
    url("Tollerby", "send/mediation-officer"),
    html=page(
        "Our SEN mediation officer",
        "<p>Tollerby's SEN mediation officer is an experienced member of the SEN team who has been trained in "
        "mediation skills. She can meet parents and schools together to try to settle a disagreement before "
        "it escalates. She is impartial and does not work on individual cases.</p><p>Ring the SEN team on "
        "020 7946 0600 and ask for the mediation officer.</p>",
        "Tollerby",
        "ss",
    ),
    notes="A council mediation officer ('impartial', council employee): not independent, not a provider.",
)
case(
    url("Marrowby", "appeals/sen-tribunal"),
    html=page(
        "Appealing to the SEND Tribunal",
        "<p>The First-tier Tribunal (Special Educational Needs and Disability) is independent of the council. "
        "You can appeal to it if we refuse to carry out an EHC needs assessment, decide not to issue a plan, "
        "or if you disagree with what the plan says.</p><h2>How to appeal</h2><ol><li>Get a mediation "
        "certificate (not needed if you only disagree with the school named).</li><li>Send your appeal within "
        "two months of our decision letter, or within one month of the certificate if that is later.</li>"
        "<li>Apply online at gov.uk or post form SEND35 to the Tribunal.</li></ol>",
        "Marrowby",
        "aa",
    ),
    pos="trib",
    notes="Right of appeal and how (deadline, online, form). 'Independent' describes the Tribunal, not "
    "DR: drs_independent 0. Certificate only mentioned: mediation_info 0.",
)
case(
    url("Lyndwick", "parent-carer-forum"),
    html=page(
        "Lyndwick Parent Carer Forum",
        "<p>The forum is an independent group of parents and carers of disabled children. We work alongside "
        "the council and the NHS to improve services, and we run coffee mornings across the borough.</p><p>"
        "We are not an advice service, but we can point you to Lyndwick SENDIASS and other support. Join us "
        "at lyndwickpcf.example.org.uk.</p>",
        "Lyndwick",
        "sa",
    ),
    notes="'Independent' describes the parent carer forum; SENDIASS named without a way to reach it; the "
    "forum is not the IASS.",
)
case(
    url("Harrowdene", "news/send-reforms-mediation"),
    html=page(
        "News: changes to SEND mediation",
        "<p>Published 3 March 2026.</p><p>From next year mediation will be compulsory for all families before "
        "they can appeal to the Tribunal, and parents must take part in a mediation meeting. We will share "
        "more details when we have them.</p>",
        "Harrowdene",
        "as",
    ),
    notes="'Mediation will be compulsory' / 'must take part': a misstatement of proposals, not "
    "voluntariness. Right of appeal mentioned without how.",
)
case(
    url("Coldbeck", "useful-national-guides"),
    html=page(
        "Useful national guides",
        '<ul><li><a href="https://www.gov.uk/government/publications/send-guide-for-parents-and-carers">SEND: '
        'guide for parents and carers</a></li><li><a href="https://www.gov.uk/government/publications/'
        'send-guide-for-young-people">SEND complaints: a guide for young people</a></li><li><a href="https:'
        '//www.gov.uk/complain-about-school">Complain about a school</a></li></ul>',
        "Coldbeck",
        "aa",
    ),
    notes="National guide links only: no arrangements, no routes explained.",
)
case(
    url("Greystoke", "youth-justice/restorative-justice"),
    html=page(
        "Restorative justice",
        "<p>Our youth justice service offers restorative conferences where a young person who has caused "
        "harm meets the person affected. Taking part is voluntary for everyone and the conference is "
        "confidential. An independent facilitator from Greystoke Restorative Practice leads it.</p>",
        "Greystoke",
        "ss",
    ),
    notes="Restorative justice: independent facilitator, voluntary, confidential, but no SEND disagreement resolution.",
)
case(
    url("Kelderby", "professionals/senco-bulletin-drs"),
    html=page(
        "For SENCOs: telling families about disagreement resolution",
        "<p>Schools have a part to play in making sure families know about disagreement resolution. Kelderby "
        "Council has commissioned Sundial Dispute Resolution to run the service for the area.</p><p>Please "
        "share the service's details with any family who is struggling to agree with you about their child's "
        "support: families can refer themselves on 0808 157 0876 or at www.sundial-dr.example.org.uk. The "
        "meeting is free for families.</p>",
        "Kelderby",
        "aa",
    ),
    pos="in prov contact",
    notes="A professionals' page that still sets out the arrangement: DR term, commissioned provider and "
    "its contact. No independence, voluntariness or other elements stated.",
)
case(
    url("Pinwick", "young-people/if-you-disagree"),
    html=page(
        "Not happy with your support? (for young people 16-25)",
        "<p>Once you're 16 you can make some decisions yourself, including asking for disagreement "
        "resolution if you and your college or the council can't agree about your support.</p><p>It's run by "
        "Tandem SEND Mediation. They don't work for the council or your college, so they won't take sides."
        "</p><p>It's up to you whether you use it. If you'd rather not, that won't stop you going to the "
        "Tribunal.</p><p>Nobody outside the meeting gets told what you said.</p><p>Text Tandem on 07700 "
        "900 418 or email team@tandemsend.example.org.uk.</p>",
        "Pinwick",
        "sa",
    ),
    pos="in ind vol noeff conf prov contact",
    skip="types",
    notes="Young people's voice: provider, 'don't work for the council', 'up to you', declining leaves the "
    "Tribunal open, confidentiality, contact. 'Your college or the council can't agree about your support' "
    "is borderline as two kinds: unlabelled.",
)
case(
    url("Fellgate", "disagreements/what-the-code-says"),
    html=page(
        "Disagreement resolution: what the Code of Practice says",
        "<p>The SEND Code of Practice sets out what disagreement resolution is for. In summary:</p>"
        "<blockquote><p>Local authorities must provide independent disagreement resolution. It can be used "
        "for disagreements between parents or young people and local authorities or schools about how SEN "
        "duties are carried out; about the special educational provision being made; and between parents and "
        "health commissioners (then clinical commissioning groups) or the local authority about health or "
        "social care provision during EHC assessments and reviews.</p></blockquote><p>Our service covers all "
        "of the disagreements above. In Fellgate it is provided by Larkspur Accord CIC: phone 0808 157 0942 "
        "or email accord@larkspur.example.org.uk.</p>",
        "Fellgate",
        "aa",
    ),
    pos="in prov contact types",
    skip="ind",
    notes="A Code paraphrase in a blockquote introduced as the local scope: kinds 1. Independence only "
    "inside the quotation: unlabelled. CCGs named inside the quotation: not stale. Provider and contact "
    "set it out.",
)
case(
    url("Droxley", "health/designated-clinical-officer"),
    html=page(
        "Designated Clinical Officer",
        "<p>The Designated Clinical Officer (DCO) is employed by Droxley Clinical Commissioning Group and "
        "makes sure health services play their part in EHC assessments and plans.</p><p>Contact the DCO at "
        "dco@droxleyccg.example.nhs.uk.</p>",
        "Droxley",
        "aa",
        dated="12 May 2026",
    ),
    stale=True,
    notes="CCG as the current employer of the DCO on a page updated in 2026: stale_ccg 0.",
)
case(
    url("Yarnbury", "health/who-commissions-health-services"),
    html=page(
        "Who commissions health services for children with SEND?",
        "<p>Since 1 July 2022 NHS Yarnbury and Wold Integrated Care Board (ICB) has planned and paid for "
        "local health services. It took over this role from the former Yarnbury Clinical Commissioning Group "
        "(CCG).</p><p>The ICB's Designated Clinical Officer can be reached at dco@yarnbury-icb.example.nhs.uk."
        "</p>",
        "Yarnbury",
        "sa",
    ),
    notes="'Took over from the former CCG': not stale. No other check met.",
)
case(
    url("Sandlow", "archive/send-joint-commissioning-strategy-2019"),
    text=pdf(
        "Sandlow SEND Joint Commissioning Strategy 2019-2021",
        [
            "SANDLOW SEND JOINT COMMISSIONING STRATEGY 2019-2021",
            "Published June 2019.",
            "This strategy is agreed between Sandlow Council and Sandlow Clinical Commissioning Group (CCG). "
            "The CCG commissions speech and language therapy, occupational therapy and community paediatrics "
            "for children and young people with SEND.",
            "Over the next two years the CCG and the council will pool budgets for children's equipment and "
            "review therapy waiting times.",
        ],
    ),
    notes="A 2019 document naming the CCG as it then was: written before July 2022, not stale.",
)
case(
    url("Cressingham", "health/therapy-services"),
    html=page(
        "Therapy services",
        "<p>Speech and language therapy, occupational therapy and physiotherapy for children are "
        "commissioned by Cressingham CCG and provided by Cressingham Community Health. To make a referral, "
        "speak to your GP, health visitor or school.</p><p>If you have a concern about a therapy service, "
        "contact the CCG's patient experience team on 0121 496 0711.</p>",
        "Cressingham",
        "as",
    ),
    stale=True,
    notes="CCG as the current commissioner: stale_ccg 0. Single complaint route only: complaints unlabelled.",
    skip="cmp",
)
case(
    url("Quarrendon", "young-people/family-mediation-for-teenagers"),
    html=page(
        "Arguing at home?",
        "<p>Quarrendon Family Mediation Service helps teenagers and their parents or carers when arguments at "
        "home are getting out of hand. A mediator meets you separately and then together. It's free, "
        "voluntary and confidential. Call 0113 496 0655.</p>",
        "Quarrendon",
        "sa",
    ),
    notes="Family mediation between teenagers and parents: not SEND.",
)
case(
    url("Hawksmere", "ehc/request-an-assessment"),
    html=page(
        "Asking for an EHC needs assessment",
        "<p>Parents, young people aged 16 to 25 and professionals can ask Hawksmere Council to carry out an "
        "EHC needs assessment. We will tell you within six weeks whether we will carry one out.</p><p>Send "
        "the request form to the SEN team at sen@hawksmere.example.gov.uk. If we decide not to assess, our "
        "letter will tell you about mediation and your right of appeal.</p>",
        "Hawksmere",
        "aa",
    ),
    notes="EHC request page; disagreement resolution only in the menu; mediation and appeal only mentioned.",
)
case(
    url("Ormsfield", "ehc/if-you-do-not-want-mediation"),
    html=page(
        "If you do not want mediation",
        "<p>Mediation is one option when you disagree with an EHC decision. When you speak to the mediation "
        "adviser at Tandem SEND Mediation (0306 999 0755) you can tell them you do not want to go ahead. They "
        "will send you a certificate within three working days.</p>",
        "Ormsfield",
        "ss",
    ),
    pos="prov contact",
    skip="noeff med vol",
    notes="A certificate if you decline, without saying you can then appeal: drs_no_effect_on_appeal "
    "unlabelled. Telling the adviser you do not want to go ahead arguably says mediation is optional: "
    "voluntary unlabelled. Only the adviser and the certificate, in one short paragraph: mediation_info "
    "unlabelled. Provider named with a phone number.",
)


def main() -> None:
    SPLIT.write("test_heldout.jsonl")


if __name__ == "__main__":
    main()
