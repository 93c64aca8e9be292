"""The held-back pages h001…h170 (written into ``test.jsonl`` by make_corpus.py), written blind in November 2026.

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
            "When can it help?",
            "If a disagreement about your child's special educational needs has got stuck, a disagreement "
            "resolution meeting may help to get things moving again.",
        ),
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
        ("Who is the provider?", "{P} holds the contract for {svc} in {C}."),
        ("Who delivers it?", "{C} commissions {P} to deliver its {svc} service."),
        ("Who provides it?", "{C} Council has asked {P} to provide {svc} for families in the area."),
        ("Who runs the service?", "The service is delivered by {P} under a contract with the council."),
        ("Which organisation do I use?", "In {C}, {svc} is provided by {P}."),
        ("Who will I deal with?", "Your {svc} will be arranged and run by {P}."),
    ],
    "ind": [
        (
            "Does the facilitator work for the council?",
            "No. {Svc} facilitators have no link to the council or to your child's school; they are independent.",
        ),
        ("Independence", "The facilitators are independent: none of them is employed by {C} Council."),
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
        ("Is it fair?", "The meeting is run fairly and neutrally by a trained chair."),
        ("Who chairs the meeting?", "A trained facilitator who is impartial and neutral will chair it."),
        ("Will they take sides?", "The person leading the meeting stays neutral and treats everyone fairly."),
        ("Who leads it?", "It is led by a fair and impartial chair who has had mediation training."),
    ],
    "vol": [
        (
            "Is it optional?",
            "Yes. It is entirely optional - you choose whether to use it, and so does the other side.",
        ),
        ("Consent", "Nothing happens without the consent of everyone involved."),
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
        ("Who has to come?", "The council and the school must take part if you ask for a meeting."),
        (
            "Do I have to take part?",
            "Where the council proposes a meeting, parents are expected to attend and to come prepared.",
        ),
        ("Is it compulsory?", "Mediation is now compulsory before any appeal to the Tribunal can be made."),
        ("Who can come?", "Volunteers from our parent panel can come with you if you would like company."),
    ],
    "all": [
        (
            "Does my child need a plan?",
            "No plan is needed. Children and young people receiving SEN support can use it just as those "
            "with an EHC plan can.",
        ),
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
            "Examples",
            "Families use it, for example, when they disagree with a college about the support it provides for "
            "their young person, or with the council about the health and social care parts of an EHC "
            "assessment.",
        ),
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
            "And the Tribunal?",
            "Using {svc}, or deciding not to, has no effect on your right to appeal to the First-tier Tribunal (SEND).",
        ),
        (
            "Can I go straight to the Tribunal?",
            "Yes. Turning down {svc} does not affect your appeal to the Tribunal.",
        ),
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
            "Then what?",
            "Once {svc} is over, you keep the option of an appeal to the Tribunal if it did not work.",
        ),
        (
            "What if it does not work?",
            "If {svc} does not settle things, you can then appeal to the Tribunal once it has finished.",
        ),
        ("What happens afterwards?", "After the meeting you may still appeal to the Tribunal if you remain unhappy."),
    ],
    "conf": [
        ("Privacy", "The meeting is confidential: nothing said there can be quoted later at a Tribunal hearing."),
        (
            "Confidentiality",
            "Anything discussed stays confidential to the meeting unless someone's safety is at risk.",
        ),
        (
            "Is it confidential?",
            "Yes. What is said in the meeting is confidential and cannot be used in a later appeal to the Tribunal.",
        ),
        ("Will what I say be shared?", "Discussions are private and held without prejudice to any appeal."),
        ("Who will know what was said?", "Only the people in the room. Everything said is kept confidential."),
    ],
    "contact": [
        ("Get in touch", "Phone {ph} (Monday to Friday, 9am to 5pm), email {em} or visit {web}."),
        ("Referrals", "Families can refer themselves to {S}: ring {ph}."),
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


# =================================================================================================
# C. Complaints routes
# =================================================================================================

case(
    url("Quarrendon", "complaints-about-send"),
    html=page(
        "Complaints about SEND services",
        "<p>Use this table to find out who to complain to.</p><table><thead><tr><th>Your complaint is about"
        "</th><th>Who to contact</th></tr></thead><tbody><tr><td>A nursery, school or college</td><td>Talk to "
        "the SENCO or head teacher, then use the setting's complaints procedure. For academies, you can then "
        "contact the Department for Education.</td></tr><tr><td>The council's SEND service</td><td>Use the "
        "council's complaints form online. If you are still unhappy after stage 2, contact the Local "
        "Government and Social Care Ombudsman.</td></tr><tr><td>A health service</td><td>Contact PALS at the "
        "hospital or the Integrated Care Board's complaints team, and then the Parliamentary and Health "
        "Service Ombudsman.</td></tr></tbody></table>",
        "Quarrendon",
        "aa",
    ),
    pos="cmp",
    notes="Complaints routes for settings, the council, health and both ombudsmen, in a table.",
)
case(
    url("Hawksmere", "making-a-complaint-faq"),
    html=page(
        "Making a complaint: FAQs",
        "<h3>My child's school is not providing the support in their plan. Who do I complain to?</h3><p>Start "
        "with the school: speak to the SENCO, then follow the school's published complaints procedure. The "
        "council is responsible for making sure the provision in an EHC plan is made, so you can also complain "
        "to us.</p><h3>How do I complain to the council?</h3><p>Use our online complaints form. We aim to "
        "reply within 10 working days at stage 1.</p><h3>What if I am still not happy?</h3><p>You can ask the "
        "Local Government and Social Care Ombudsman to look at it once our process has finished.</p><h3>What "
        "about NHS services?</h3><p>Complain to the provider, or to NHS Hawksmere Integrated Care Board; if "
        "that does not resolve it, go to the Parliamentary and Health Service Ombudsman.</p>",
        "Hawksmere",
        "sa",
    ),
    pos="cmp",
    notes="FAQ with school, council, LGSCO, NHS and PHSO routes.",
)
case(
    url("Ormsfield", "documents/how-to-complain-leaflet.pdf"),
    text=pdf(
        "Ormsfield SEND Local Offer: how to complain",
        [
            "HOW TO COMPLAIN ABOUT SEND SUPPORT",
            "If you are unhappy with the way something has been handled, you can make a complaint. A complaint "
            "is different from an appeal, which is about a decision on an EHC plan.",
            "Schools and colleges: every school must have a complaints policy on its website. Raise your concern "
            "with the class teacher or SENCO first, then write to the head teacher and finally the governors.",
            "The council: contact the corporate complaints team on 0117 496 0400 or online. There are two "
            "stages. After that you can go to the Local Government and Social Care Ombudsman.",
            "Health services: the Patient Advice and Liaison Service (PALS) can help you raise a concern. Formal "
            "complaints go to the NHS organisation or to the Integrated Care Board, and then to the Parliamentary "
            "and Health Service Ombudsman.",
            "Ofsted: you can tell Ofsted about concerns affecting a whole school or an early years setting.",
        ],
    ),
    pos="cmp",
    notes="PDF leaflet with settings, council, health, ombudsmen and Ofsted routes.",
)
case(
    url("Kelderby", "council-tax/complaints"),
    html=page(
        "Council tax complaints",
        "<p>If you are unhappy with how we have dealt with your council tax account, please complain using "
        "our online form. A senior officer will review stage 2 complaints. If you remain dissatisfied you can "
        "contact the Local Government and Social Care Ombudsman.</p>",
        "Kelderby",
        "ss",
    ),
    notes="Council tax complaints (council and Ombudsman): not about SEND provision. complaints_routes 0.",
)
case(
    url("Pinwick", "complaints-and-compliments"),
    html=page(
        "Complaints and compliments",
        "<p>We want to hear when things go wrong with SEND support in Pinwick, and when they go right.</p><ul>"
        "<li><strong>Early years settings and schools:</strong> follow the setting's own complaints procedure; "
        "you can raise whole-school concerns with Ofsted.</li><li><strong>Academies and free schools:</strong> "
        "use the academy trust's procedure, then the Department for Education's School Complaints Unit.</li>"
        "<li><strong>Pinwick Council (SEND, social care, transport):</strong> complain online or by phone on "
        "01632 960 700; then the Local Government and Social Care Ombudsman.</li><li><strong>NHS:</strong> "
        "complain to the service or to the Integrated Care Board; then the Parliamentary and Health Service "
        "Ombudsman.</li></ul>",
        "Pinwick",
        "aa",
    ),
    pos="cmp",
    notes="Bullet list of routes for every setting type, council, NHS, both ombudsmen, Ofsted and the DfE.",
)
case(
    url("Droxley", "complaints/health"),
    html=page(
        "Complaints about health services",
        "<p>If you are unhappy with an NHS service for your child, speak to the staff involved or contact the "
        "Patient Advice and Liaison Service. If you want to make a formal complaint, contact Droxley CCG's "
        "complaints team at complaints@droxleyccg.example.nhs.uk.</p>",
        "Droxley",
        "as",
    ),
    skip="cmp",
    stale=True,
    notes="Health complaints only (PALS and the CCG): one area, unlabelled. CCG as a current body: stale.",
)
case(
    url("Yarnbury", "things-go-wrong/complaints"),
    html=page(
        "When things go wrong: complaints",
        "<p>Complaints are about how a service has been delivered: delays, poor communication, support not "
        "being provided. Decisions about EHC plans are challenged by mediation and appeal instead.</p><h2>About "
        "a school or college</h2><p>Follow the setting's complaints procedure. If it is an academy and you have "
        "completed its procedure, the Department for Education can check the procedure was followed.</p><h2>"
        "About Yarnbury Council</h2><p>Use the council's two-stage complaints procedure. Complaints about "
        "children's social care follow a separate three-stage statutory procedure.</p><h2>About the NHS</h2>"
        "<p>Contact the NHS provider or NHS Yarnbury and Wold ICB.</p><h2>The ombudsmen</h2><p>The Local "
        "Government and Social Care Ombudsman looks at council complaints; the Parliamentary and Health "
        "Service Ombudsman looks at NHS complaints.</p>",
        "Yarnbury",
        "aa",
    ),
    pos="cmp",
    notes="Headed sections for settings, council (and social care), NHS and ombudsmen.",
)
case(
    url("Fellgate", "bins/missed-collection-complaint"),
    html=page(
        "Complain about a missed bin collection",
        "<p>Report a missed bin online first. If it is not collected within two working days, you can make a "
        "formal complaint. Assisted collections for disabled residents are covered by the same procedure.</p>",
        "Fellgate",
        "ss",
    ),
    notes="Bins complaint: not SEND. complaints_routes 0.",
)
case(
    url("Sandlow", "kb5/directory/advice.page?id=complaints-send"),
    html=page(
        "Complaints: SEND",
        '<div class="service-description"><h2>Description</h2><p>This page explains who to complain to about '
        "special educational needs support. Settings: each school, college and nursery has a complaints "
        "procedure, which you should use first. The council: complaints about the SEND team or the EHC process "
        "go to Sandlow Council's complaints team; if you are still unhappy, the Local Government and Social "
        "Care Ombudsman can investigate. Health: the NHS complaints procedure applies, with the Parliamentary "
        'and Health Service Ombudsman as the final stage.</p></div><div class="contact-block"><h2>Contact '
        "details</h2><dl><dt>Telephone</dt><dd>0117 496 0300</dd><dt>E-mail</dt><dd>complaints@sandlow.example"
        ".gov.uk</dd></dl></div>",
        "Sandlow",
        "dd",
    ),
    pos="cmp",
    notes="Directory advice record with settings, council, health and ombudsmen routes.",
)
case(
    url("Cressingham", "young-people/complaining"),
    html=page(
        "How to complain (for young people)",
        "<p>If you're not happy with the support you're getting at school or college, tell someone you trust "
        "there first. If that doesn't work, ask for the complaints policy - every school and college has one."
        "</p><p>If it's the council you're unhappy with, you can complain online and we'll reply within 10 "
        "working days. If you're still not happy, the Local Government and Social Care Ombudsman is free and "
        "looks into complaints about councils.</p><p>For problems with a hospital or therapist, PALS can help, "
        "and after that the Parliamentary and Health Service Ombudsman.</p>",
        "Cressingham",
        "sa",
    ),
    pos="cmp",
    notes="Young people's voice: school/college, council, LGSCO, PALS and PHSO.",
)
case(
    url("Winterdown", "complaints/school-complaints"),
    html=page(
        "Complaints about a school",
        "<p>Every school must have a complaints procedure. Talk to the teacher or SENCO first, then put your "
        "complaint in writing to the head teacher. If you are still unhappy, the governing body will consider "
        "it.</p>",
        "Winterdown",
        "aa",
    ),
    skip="cmp",
    notes="One route (school procedure): complaints_routes unlabelled.",
)
case(
    url("Tollerby", "documents/redress-guide-2026.pdf"),
    text=pdf(
        "Tollerby Local Offer - Redress guide 2026",
        [
            "IF YOU ARE UNHAPPY: COMPLAINTS",
            "1. Education settings. Use the setting's complaints procedure. Maintained schools must publish "
            "one. For academies, once the trust's procedure is finished you can contact the Department for "
            "Education.",
            "2. Tollerby Council. Complain through the council website or by phone on 020 7946 0650. Stage 1 "
            "is answered by the service; stage 2 by a senior manager.",
            "3. Health. Complain to the NHS body concerned, or to Tollerby Clinical Commissioning Group, which "
            "commissions children's community health services.",
            "4. Ombudsmen. The Local Government and Social Care Ombudsman (council) and the Parliamentary and "
            "Health Service Ombudsman (NHS) can investigate once the local procedures are finished.",
        ],
    ),
    pos="cmp",
    stale=True,
    notes="Numbered routes in a 2026 guide; the CCG named as the current commissioner: stale.",
)
case(
    url("Marrowby", "complaints-and-appeals-whats-the-difference"),
    html=page(
        "Complaint or appeal: what's the difference?",
        "<p>An <strong>appeal</strong> challenges a decision about an EHC needs assessment or plan and goes to "
        "the SEND Tribunal. A <strong>complaint</strong> is about the way you have been treated or a service "
        "that has not been delivered.</p><p>For complaints about schools, use the school's procedure. For "
        "complaints about the council, use the council's complaints procedure and then the Local Government and "
        "Social Care Ombudsman. For health complaints, speak to PALS or the Integrated Care Board and then the "
        "Parliamentary and Health Service Ombudsman.</p>",
        "Marrowby",
        "sa",
    ),
    pos="cmp",
    notes="Complaint vs appeal, then the school, council, LGSCO, health and PHSO routes. The appeal is only "
    "named: tribunal_appeal 0.",
)
case(
    url("Lyndwick", "complaints/social-care"),
    html=page(
        "Complaints about children's social care",
        "<p>Complaints about social care services for disabled children follow the statutory children's "
        "complaints procedure: stage 1 local resolution, stage 2 investigation, stage 3 review panel. After "
        "stage 3 you may go to the Local Government and Social Care Ombudsman. Schools and NHS services have "
        "their own procedures, which are explained on the relevant pages.</p>",
        "Lyndwick",
        "aa",
    ),
    skip="cmp",
    notes="Social care procedure and the LGSCO; schools and NHS only referred elsewhere: borderline, unlabelled.",
)
case(
    url("Harrowdene", "have-your-say/compliments"),
    html=page(
        "Send us a compliment",
        "<p>Has a member of staff, school or service gone the extra mile for your family? Tell us using the "
        "form below and we will pass on your thanks.</p><form><label>Your message<textarea></textarea></label>"
        "<button>Send</button></form>",
        "Harrowdene",
        "aa",
    ),
    notes="Compliments form only.",
)
case(
    url("Coldbeck", "if-things-go-wrong"),
    html=page(
        "If things go wrong",
        "<details><summary>Complaining about a school or nursery</summary><p>Use the setting's complaints "
        "procedure. Ofsted takes concerns about whole-school issues and registered childcare.</p></details>"
        "<details><summary>Complaining about the council</summary><p>Fill in our complaints form; we will "
        "reply within 20 working days. If you are not satisfied, contact the Local Government and Social Care "
        "Ombudsman.</p></details><details><summary>Complaining about health services</summary><p>Contact the "
        "provider's complaints team or PALS, then the Parliamentary and Health Service Ombudsman.</p></details>"
        "<details><summary>Talk to someone first</summary><p>Coldbeck SENDIASS can help you write a complaint:"
        " 0121 496 0437.</p></details>",
        "Coldbeck",
        "sa",
    ),
    pos="cmp iass",
    notes="Accordion with settings, council, health, ombudsmen and Ofsted; SENDIASS with phone.",
)
case(
    url("Greystoke", "send-complaints-process"),
    html=page(
        "Our SEND complaints process",
        "<ol><li>Speak to the person or setting involved - most problems are sorted out this way.</li><li>If "
        "it is a school, use its complaints procedure; academies then go to the Department for Education.</li>"
        "<li>If it is the council, use the corporate complaints procedure (two stages).</li><li>If it is the "
        "NHS, use the NHS complaints procedure.</li><li>If you are still unhappy, go to the Local Government and "
        "Social Care Ombudsman (council) or the Parliamentary and Health Service Ombudsman (NHS).</li></ol>",
        "Greystoke",
        "ss",
    ),
    pos="cmp",
    notes="Numbered steps across settings, council, NHS and both ombudsmen.",
)
case(
    url("Quarrendon", "news/complaints-statistics-2025-26"),
    html=page(
        "SEND complaints: our figures for 2025-26",
        "<p>We received 214 complaints about SEND services in 2025-26, up from 187. 61% were answered within "
        "time at stage 1. The Local Government and Social Care Ombudsman upheld 9 complaints about us.</p>",
        "Quarrendon",
        "aa",
        dated="2 October 2026",
    ),
    notes="Complaints statistics: no route explained.",
)

# =================================================================================================
# D. Appeals to the First-tier Tribunal (SEND), and near misses
# =================================================================================================

case(
    url("Hawksmere", "ehc/appealing-to-the-tribunal"),
    html=page(
        "Appealing to the SEND Tribunal",
        "<p>If you disagree with certain decisions we make about an EHC needs assessment or plan, you can "
        "appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is "
        "independent of the council.</p><h2>Decisions you can appeal</h2><ul><li>a refusal to carry out an EHC "
        "needs assessment</li><li>a decision not to issue a plan</li><li>the content of a plan, including the "
        "school named</li><li>a decision to stop maintaining a plan</li></ul><h2>How to appeal</h2><p>You "
        "must register your appeal within two months of the date of our decision letter, or within one month "
        "of getting a mediation certificate, whichever is later. Apply online through gov.uk or by form "
        "SEND35.</p>",
        "Hawksmere",
        "aa",
    ),
    pos="trib",
    notes="Right of appeal, appealable decisions and how (deadline, online, form). Independent Tribunal is "
    "not DR independence; certificate only mentioned.",
)
case(
    url("Ormsfield", "employment-tribunal-claims"),
    html=page(
        "Employment tribunal claims against the council",
        "<p>If you work for Ormsfield Council and want to make a claim to an employment tribunal, you must "
        "first contact Acas for early conciliation. Claims must usually be made within three months less one "
        "day of the event.</p>",
        "Ormsfield",
        "sx",
    ),
    notes="Employment tribunal: not the SEND Tribunal.",
)
case(
    url("Kelderby", "ehc/your-right-to-appeal"),
    html=page(
        "Your right to appeal",
        "<p>Parents and young people have a legal right to appeal to the SEND Tribunal about some decisions "
        "the council makes about EHC plans. Our decision letters explain which decisions can be appealed.</p>",
        "Kelderby",
        "ss",
    ),
    notes="The right of appeal without the how (no deadline, form or service): tribunal_appeal 0.",
)
case(
    url("Pinwick", "documents/appeals-factsheet.pdf"),
    text=pdf(
        "Pinwick SEND factsheet 7: appeals",
        [
            "APPEALING TO THE FIRST-TIER TRIBUNAL (SEND)",
            "You can appeal to the Tribunal if the council refuses to assess your child, refuses to issue an "
            "EHC plan, or if you disagree with the special educational needs, provision or placement in the "
            "plan.",
            "Time limits: you have two months from the date of the decision letter to appeal, or one month from "
            "the date on your mediation certificate if that gives you longer.",
            "How: use the online 'Appeal to the SEND Tribunal' service on gov.uk, or complete form SEND35 and "
            "send it with a copy of the decision letter.",
            "Extended appeals: the Tribunal can also make non-binding recommendations about the health and "
            "social care parts of the plan.",
        ],
    ),
    pos="trib",
    notes="PDF factsheet with the right, time limits and how; extended appeals.",
)
case(
    url("Droxley", "transport/appeals"),
    html=page(
        "Home to school transport: review and appeal",
        "<p>If you are refused travel assistance, ask for a stage 1 review within 20 working days. If you are "
        "still unhappy, a stage 2 appeal is heard by an independent panel of councillors. After that you can "
        "complain to the Local Government and Social Care Ombudsman.</p>",
        "Droxley",
        "as",
    ),
    notes="Transport review and appeal panel: not the SEND Tribunal; a single complaint route, about "
    "transport: complaints_routes 0.",
)
case(
    url("Yarnbury", "ehc/appeals-for-young-people"),
    html=page(
        "Appealing as a young person",
        "<p>When you turn 16 you can appeal to the SEND Tribunal yourself if you disagree with what the council "
        "has decided about your EHC plan. You'll need to do it within two months of the decision letter. You "
        "can apply online on gov.uk - SENDIASS can help you fill it in: call Yarnbury SENDIASS on 0113 496 0925."
        "</p>",
        "Yarnbury",
        "sa",
    ),
    pos="trib iass",
    notes="Young people's voice: right, deadline, online; SENDIASS with phone.",
)
case(
    url("Fellgate", "disability-discrimination-claims"),
    html=page(
        "Disability discrimination claims against schools",
        "<p>If you think a school has discriminated against your child because of their disability, you can "
        "make a claim to the First-tier Tribunal (SEND). Claims must be made within six months of the "
        "discrimination, on form SEND4A. You do not need to contact a mediation adviser first.</p>",
        "Fellgate",
        "aa",
    ),
    skip="trib",
    notes="A disability discrimination claim to the SEND Tribunal, with deadline and form: not an appeal "
    "against the council's decisions; borderline, unlabelled.",
)
case(
    url("Sandlow", "ehc/after-you-get-the-final-plan"),
    html=page(
        "After you get the final EHC plan",
        "<p>Read the plan carefully. If you disagree with sections B, F or I, the letter that came with the "
        "plan explains your options, including mediation and appeal. You have two months to register an "
        "appeal with the First-tier Tribunal (SEND); you can do this online at gov.uk/send-tribunal.</p>",
        "Sandlow",
        "ss",
    ),
    pos="trib",
    notes="Appeal right to the First-tier Tribunal (SEND) with deadline and online route, in a short paragraph.",
)
case(
    url("Cressingham", "planning/appeals"),
    html=page(
        "Planning appeals",
        "<p>If your planning application is refused you can appeal to the Planning Inspectorate, which is "
        "independent of the council. Householder appeals must be made within 12 weeks.</p>",
        "Cressingham",
        "ss",
    ),
    notes="Planning appeal: not SEND.",
)

# =================================================================================================
# E. SEND mediation written one by one
# =================================================================================================

case(
    url("Winterdown", "ehc/mediation-guide"),
    html=page(
        "A step-by-step guide to SEND mediation",
        "<ol><li>We send you a decision about an EHC needs assessment or plan.</li><li>If you want to appeal, "
        "you first contact the mediation adviser named in the letter, within two months of the letter's date."
        "</li><li>The adviser explains mediation. You then decide whether you want to mediate. If you don't, "
        "the adviser issues a certificate within three working days and you can register your appeal with the "
        "Tribunal straight away.</li><li>If you do, the council must hold the mediation within 30 days. "
        "Afterwards you get a certificate, and you can still appeal if you are not happy.</li></ol><p>Appeals "
        "only about the school or college named in the plan do not need a certificate.</p>",
        "Winterdown",
        "aa",
    ),
    pos="med vol noeff",
    skip="trib",
    notes="Mediation explained (adviser, two months, certificate in three working days, 30 days). 'You "
    "then decide whether you want to mediate' is voluntariness; declining leads to a certificate and an "
    "appeal straight away. Tribunal right without a full how: unlabelled. No provider named.",
)
case(
    url("Tollerby", "ehc/mediation-health-and-social-care"),
    html=page(
        "Mediation about health and social care in EHC plans",
        "<p>You can ask for mediation about the health and social care parts of an EHC plan as well as the "
        "education parts. When you tell the mediation adviser that health is involved, the council lets NHS "
        "North Tollerby Integrated Care Board know within three working days, and the ICB takes part in the "
        "mediation. If the disagreement is only about health, the ICB arranges the mediation itself, within "
        "30 days. Mediation is free for families.</p>",
        "Tollerby",
        "as",
    ),
    pos="med",
    notes="SEND mediation of EHC plans (health and social care) with the time limits explained; ICB current.",
)
case(
    url("Marrowby", "ehc/decision-letter-explained"),
    html=page(
        "Understanding your decision letter",
        "<p>Our decision letters tell you what we have decided and why. If you are unhappy, you may need a "
        "mediation certificate before you can appeal. Phone the SEN team on 0113 496 0700 if anything in the "
        "letter is unclear.</p>",
        "Marrowby",
        "ss",
    ),
    notes="A mediation certificate only mentioned: mediation_info 0. The appeal only named.",
)
case(
    url("Lyndwick", "ehc/mediation"),
    html=page(
        "Mediation",
        "<p>Mediation gives you and the council a chance to talk through a decision about an EHC needs "
        "assessment or plan with an independent mediator from Brightwater Mediation Trust, who does not work "
        "for the council.</p><p>Contact Brightwater within two months of our decision letter (0306 999 0128, "
        "send@brightwatertrust.example.org.uk). They will explain mediation and give you a certificate "
        "within three working days whether or not you choose to mediate. A meeting, if you want one, takes "
        "place within 30 days.</p><p>If mediation doesn't solve things, you can appeal to the Tribunal after "
        "it.</p>",
        "Lyndwick",
        "aa",
    ),
    pos="med ind prov contact vol",
    skip="trib noeff",
    notes="SEND mediation explained with an independent named provider and contact. 'Whether or not you "
    "choose to mediate', 'if you want one': voluntary. A certificate either way, but the appeal is only "
    "said to follow mediation: no-effect borderline, unlabelled. Not disagreement resolution: "
    "drs_in_local_offer 0.",
)
case(
    url("Harrowdene", "ehc/mediation-advice-line"),
    html=page(
        "Mediation advice",
        "<p>Harrowdene's mediation adviser is provided by KIDS SEND Mediation Service. Call 0306 999 0263.</p>",
        "Harrowdene",
        "ss",
    ),
    pos="prov contact",
    notes="Provider name and number only: SEND mediation not explained (mediation_info 0).",
)

# =================================================================================================
# G. Information, advice and support
# =================================================================================================

case(
    url("Coldbeck", "sendiass"),
    html=page(
        "Coldbeck SENDIASS",
        "<p>Coldbeck SENDIASS is the Special Educational Needs and Disabilities Information, Advice and "
        "Support Service. It gives free, confidential and impartial advice to parents, children and young "
        "people up to 25. Although it is funded by the council, it works at arm's length from it.</p><p>Phone "
        "0121 496 0437 (Monday to Friday, 9am to 4pm) or email hello@coldbecksendiass.example.org.uk.</p>",
        "Coldbeck",
        "aa",
    ),
    pos="iass",
    notes="The IASS with phone and email. 'Confidential' and 'arm's length' describe the IASS, not DR.",
)
case(
    url("Greystoke", "send-advice-line"),
    html=page(
        "SEND advice line",
        "<p>Our SEND advice line is staffed by the council's SEN caseworkers. Call 01632 960 900 for help "
        "with EHC plans, school places and transport.</p>",
        "Greystoke",
        "aa",
    ),
    notes="The council's own advice line is not the IASS.",
)
case(
    url("Quarrendon", "national-advice-organisations"),
    html=page(
        "National advice organisations",
        "<ul><li>IPSEA - free legally based advice on SEND: ipsea.org.uk</li><li>Contact - for families with "
        "disabled children: 0808 808 3555</li><li>Council for Disabled Children</li></ul>",
        "Quarrendon",
        "ss",
    ),
    notes="National charities only: iass_signposted 0.",
)
case(
    url("Hawksmere", "kb5/directory/service.page?id=hawksmere-send-ias"),
    html=page(
        "Hawksmere SEND IAS",
        '<div class="service-description"><h2>Description</h2><p>Hawksmere SEND Information, Advice and '
        "Support Service offers impartial information and advice on SEND law, EHC plans, exclusions and "
        "disagreements. We can support you at meetings and help you prepare for mediation.</p></div><div "
        'class="contact-block"><h2>Contact details</h2><dl><dt>Telephone</dt><dd>0161 496 0388</dd><dt>E-mail'
        "</dt><dd>ias@hawksmere-ias.example.org.uk</dd></dl></div>",
        "Hawksmere",
        "dd",
    ),
    pos="iass",
    notes="IASS directory record with contact block.",
)


# =================================================================================================
# F. Published comments on the Local Offer and the council's response (audit date 2026-11-28;
#    fresh from 2025-10-28)
# =================================================================================================


def yswd(rows: list[tuple[str, str]], left: str = "You said", right: str = "We did") -> str:
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<table><thead><tr><th>{left}</th><th>{right}</th></tr></thead><tbody>{body}</tbody></table>"


LO_ROWS = [
    (
        "The Local Offer search brought back too many out-of-date activities.",
        "We removed 140 expired listings and now ask providers to confirm their details every six months.",
    ),
    (
        "It was hard to find out how to ask for an EHC needs assessment.",
        "We added a 'Start here' button on the home page and a short video.",
    ),
    (
        "Pages were full of jargon.",
        "We wrote a glossary and rewrote the ten most visited pages in plain English with parents from the forum.",
    ),
]

case(
    url("Quarrendon", "have-your-say/you-said-we-did"),
    html=page(
        "You said, we did: Local Offer",
        "<p>Published 14 January 2026.</p><p>These are the main comments we received about the Quarrendon "
        "Local Offer website in 2025 and what we have done about them.</p>" + yswd(LO_ROWS),
        "Quarrendon",
        "da",
    ),
    pos="fb",
    notes="Comments and responses about the Local Offer, published 14 January 2026: within the window.",
)
case(
    url("Hawksmere", "local-offer-feedback/october-2025"),
    html=page(
        "Local Offer feedback: what you told us and what we changed",
        "<p>Published 27 October 2025.</p>" + yswd(LO_ROWS[:2], "What you told us", "What we changed"),
        "Hawksmere",
        "ds",
    ),
    notes="Local Offer comments and responses published 27 October 2025, one day before the window: 0.",
)
case(
    url("Ormsfield", "local-offer-feedback/autumn-update"),
    html=page(
        "Local Offer feedback: autumn update",
        "<p>Date of publication: 28 October 2025</p><h2>Your comments</h2><ul><li>Families asked for more "
        "information about support after 16.</li><li>Some providers said the listing form was too long.</li>"
        "</ul><h2>Our response</h2><ul><li>A new Preparing for Adulthood section went live in September.</li>"
        "<li>The listing form now has 12 questions instead of 31.</li></ul>",
        "Ormsfield",
        "ss",
    ),
    pos="fb",
    notes="Comments and responses about the Local Offer, dated 28 October 2025: the first day of the window.",
)
case(
    url("Kelderby", "you-said-we-did"),
    html=page(
        "You said, we did",
        "<p>Thank you to everyone who has commented on the Kelderby Local Offer.</p>" + yswd(LO_ROWS[1:]),
        "Kelderby",
        "da",
    ),
    notes="Local Offer comments and responses with no date anywhere: 0.",
)
case(
    url("Pinwick", "short-breaks/you-said-we-did-2026"),
    html=page(
        "Short breaks: you said, we did",
        "<p>Updated 9 June 2026.</p>"
        + yswd(
            [
                ("Holiday clubs filled up too quickly.", "We funded 60 extra places for the summer."),
                ("Direct payments took too long to set up.", "A new team now sets them up within four weeks."),
            ]
        ),
        "Pinwick",
        "da",
    ),
    notes="Fresh 'you said, we did', but about short breaks, not the Local Offer: 0.",
)
case(
    url("Droxley", "send-strategy/you-said-we-did"),
    html=page(
        "SEND strategy 2026-2029: you said, we did",
        "<p>Published 2 February 2026.</p><p>During the consultation on our SEND strategy you told us that "
        "early help in primary schools should be the top priority. We have made it the first of our five "
        "priorities and set aside funding for 12 new inclusion leads.</p>",
        "Droxley",
        "aa",
    ),
    notes="Comments and response about the SEND strategy, not the Local Offer: 0.",
)
case(
    url("Yarnbury", "documents/local-offer-annual-report-2025-26.pdf"),
    text=pdf(
        "Yarnbury SEND Local Offer Annual Report 2025-26",
        [
            "YARNBURY SEND LOCAL OFFER ANNUAL REPORT 2025-26",
            "Published 15 July 2026",
            "Each year we publish the comments we have received about the Local Offer and explain what we "
            "have done in response.",
            "What families said: the directory was difficult to use on a mobile phone. What we did: the site "
            "moved to a new platform in March 2026 and works on any screen size.",
            "What families said: there was no information about what happens when a child moves into the area "
            "with an EHC plan. What we did: we published a page on transferring plans.",
            "What professionals said: school SEN information reports were hard to find. What we did: every "
            "school's report is now linked from its directory entry.",
        ],
    ),
    pos="fb",
    notes="PDF annual report with comments and responses about the Local Offer, published 15 July 2026.",
)
case(
    url("Fellgate", "documents/local-offer-annual-report-2023-24.pdf"),
    text=pdf(
        "Fellgate Local Offer Annual Report 2023-24",
        [
            "FELLGATE LOCAL OFFER ANNUAL REPORT 2023-24",
            "Published September 2024",
            "You said there was not enough about activities for teenagers. We added a youth activities section.",
            "You said the site was slow. We moved it to a new host.",
        ],
    ),
    notes="Local Offer report published September 2024: outside the window.",
)
case(
    url("Sandlow", "local-offer/comments-received-2026"),
    html=page(
        "Comments received about the Local Offer",
        "<p>Last updated 4 September 2026.</p><p>Between January and June 2026 we received 83 comments about "
        "the Local Offer. The most common themes were out-of-date contact details, the search function and "
        "information about college courses.</p><p>We are considering these comments and will publish our "
        "response in the new year.</p>",
        "Sandlow",
        "sd",
    ),
    notes="Fresh comments about the Local Offer, but the response is still to come: 0.",
)
case(
    url("Cressingham", "local-offer/tell-us-what-you-think"),
    html=page(
        "Tell us what you think of the Local Offer",
        "<p>Your comments help us improve the Local Offer. We publish a summary of what you said, and what "
        "we did, every year.</p><form><label>Which page were you looking at?<input></label><label>Your comment"
        "<textarea></textarea></label><button>Submit</button></form>",
        "Cressingham",
        "sd",
    ),
    notes="A feedback form and a promise to publish: no comments or responses published here.",
)
case(
    url("Winterdown", "local-offer/reports"),
    html=page(
        "Local Offer reports",
        '<ul><li><a href="/docs/lo-annual-report-2025-26.pdf">Local Offer annual report 2025-26 (PDF)</a>'
        '</li><li><a href="/docs/lo-annual-report-2024-25.pdf">Local Offer annual report 2024-25 (PDF)</a>'
        '</li><li><a href="/docs/you-said-we-did-2026.pdf">You said, we did 2026 (PDF)</a></li></ul>',
        "Winterdown",
        "aa",
    ),
    notes="A list of report links only: no comments or responses on the page.",
)
case(
    url("Tollerby", "local-offer/whats-new"),
    html=page(
        "What's new on the Local Offer",
        "<ul><li>3 November 2026: new page on personal budgets.</li><li>18 October 2026: updated the list of "
        "specialist provision.</li><li>2 September 2026: new post-16 transport policy added.</li></ul>",
        "Tollerby",
        "ss",
    ),
    notes="A changelog of the Local Offer without any comments: 0.",
)
case(
    url("Marrowby", "local-offer/questions-you-asked"),
    html=page(
        "Questions you asked about the Local Offer",
        "<p>Published 3 February 2026</p><h3>You asked: why can't I filter activities by age?</h3><p>We "
        "answered: you can now - we added an age filter to the search in January.</p><h3>You asked: where is "
        "the information about SEN support in schools?</h3><p>We answered: it now has its own page, linked "
        "from the home page.</p>",
        "Marrowby",
        "ad",
    ),
    pos="fb",
    notes="Comments (questions) about the Local Offer and the council's answers with changes made, dated "
    "3 February 2026.",
)
case(
    url("Lyndwick", "young-people/you-said-we-did"),
    html=page(
        "Young people: you said, we did",
        "<p>June 2026</p><p>Young people on the Lyndwick Youth Voice panel told us the Local Offer looked like "
        "it was made for parents, not for them. So we built a young people's section with its own menu, "
        "wrote it with the panel, and added a page on getting a job.</p><p>They also said the site used "
        "too many abbreviations, so every abbreviation now has a pop-up explanation.</p>",
        "Lyndwick",
        "sa",
    ),
    pos="fb",
    notes="Young people's comments on the Local Offer and what the council did, dated June 2026.",
)
case(
    url("Harrowdene", "local-offer/feedback-april-to-june-2026"),
    html=page(
        "Local Offer feedback: April to June 2026",
        '<ul><li>"The map of short breaks providers doesn\'t load" &rarr; Fixed in May; the map now uses a '
        'different provider.</li><li>"I couldn\'t find who to ring about school transport" &rarr; A contact '
        'box is now on every transport page.</li><li>"The easy read pages are great" &rarr; Thank you - we '
        "are adding six more.</li></ul><p>Published 10 July 2026.</p>",
        "Harrowdene",
        "ds",
    ),
    pos="fb",
    notes="Quarterly Local Offer comments with responses (arrows), published 10 July 2026.",
)
case(
    url("Coldbeck", "parent-carer-forum/you-said-we-did"),
    html=page(
        "Coldbeck Parent Carer Forum: you said, we did",
        "<p>Autumn 2026 newsletter.</p><p>You said our coffee mornings clashed with the school run. We moved "
        "them to 10am. You said you wanted more evening events, so we now hold one each month online.</p>",
        "Coldbeck",
        "sa",
    ),
    notes="The parent carer forum's own 'you said, we did' about its events: not the Local Offer.",
)
case(
    url("Greystoke", "sendiass/your-feedback"),
    html=page(
        "Greystoke Vale SENDIASS: your feedback",
        "<p>October 2026.</p><p>You said it was hard to get through on the phone. We added a call-back "
        "service and an online enquiry form.</p>",
        "Greystoke",
        "ss",
    ),
    notes="SENDIASS's own 'you said, we did': not the Local Offer.",
)
case(
    url("Quarrendon", "family-hubs/you-said-we-did"),
    html=page(
        "Family hubs: you said, we did",
        "<p>Published 8 April 2026.</p>"
        + yswd([("The hubs should open on Saturdays.", "Two hubs now open on Saturday mornings.")]),
        "Quarrendon",
        "aa",
    ),
    notes="Family hubs, not the Local Offer.",
)
case(
    url("Hawksmere", "budget-consultation-2026-27"),
    html=page(
        "Budget consultation 2026-27: what you told us",
        "<p>Published 20 February 2026.</p><p>You told us that services for disabled children should be "
        "protected. We have kept the SEND short breaks budget at the same level and made savings elsewhere.</p>",
        "Hawksmere",
        "ss",
    ),
    notes="Council budget consultation response: not the Local Offer.",
)
case(
    url("Ormsfield", "area-send-inspection/our-plan"),
    html=page(
        "Our response to the area SEND inspection",
        "<p>Updated 12 March 2026.</p><p>Inspectors said families found it hard to get information about "
        "what support is available. We have set up a Local Offer steering group with parents and will "
        "review the website by December 2026.</p>",
        "Ormsfield",
        "aa",
    ),
    notes="Inspection findings and the area's plan: inspectors' findings are not comments received about "
    "the Local Offer. 0.",
)
case(
    url("Kelderby", "local-offer/feedback-log"),
    html=page(
        "Local Offer feedback log",
        "<table><thead><tr><th>Date</th><th>Comment</th><th>Our response</th></tr></thead><tbody><tr><td>"
        "11/09/2026</td><td>The link to the autism pathway page is broken.</td><td>Link fixed the same day."
        "</td></tr><tr><td>22/07/2026</td><td>Please add information about respite in the school holidays."
        "</td><td>A new holiday support page was published on 5 August.</td></tr><tr><td>03/05/2026</td><td>"
        "Can the directory show which clubs have quiet rooms?</td><td>Providers can now tick 'quiet space "
        "available'.</td></tr></tbody></table>",
        "Kelderby",
        "ad",
    ),
    pos="fb",
    notes="A dated log of Local Offer comments and responses, latest 11/09/2026.",
)
case(
    url("Pinwick", "local-offer/feedback-log-archive"),
    html=page(
        "Local Offer feedback log (archive)",
        "<table><thead><tr><th>Date</th><th>Comment</th><th>Our response</th></tr></thead><tbody><tr><td>"
        "14/11/2024</td><td>The phone number for the sensory team is wrong.</td><td>Corrected.</td></tr><tr>"
        "<td>02/08/2024</td><td>Add the new special school.</td><td>Added.</td></tr></tbody></table>",
        "Pinwick",
        "ad",
    ),
    notes="Local Offer comment/response log with 2024 dates only: outside the window.",
)
case(
    url("Droxley", "news/new-local-offer-website"),
    html=page(
        "Our new Local Offer website is live",
        "<p>Posted 16 February 2026.</p><p>The Droxley Local Offer has moved to a new website with a better "
        "search, an events calendar and pages in easy read. Have a look around and tell us what you think.</p>",
        "Droxley",
        "sa",
    ),
    notes="A relaunch news item: improvements without any comments received.",
)
case(
    url("Yarnbury", "local-offer/you-said-we-did-april-2026"),
    html=page(
        "You said, we did - April 2026",
        "<dl><dt>You said</dt><dd>The Local Offer did not explain what SEN support in school means.</dd><dt>We "
        "did</dt><dd>We published a new guide to SEN support, written with SENCOs.</dd><dt>You said</dt><dd>"
        "Information for families in the armed forces was missing.</dd><dt>We did</dt><dd>We added a page for "
        "service families.</dd></dl>",
        "Yarnbury",
        "ss",
    ),
    pos="fb",
    notes="Definition list of Local Offer comments and responses; dated April 2026 in the heading.",
)
case(
    url("Fellgate", "local-offer/you-said-we-did-autumn-2025"),
    html=page(
        "You said, we did - autumn 2025",
        "<p>You said the Local Offer needed more about mental health support. We added a page linking to "
        "local services and the school wellbeing teams.</p>",
        "Fellgate",
        "ss",
    ),
    skip="fb",
    notes="Local Offer comment and response dated only 'autumn 2025', which straddles the window's start "
    "(28 October 2025): unlabelled.",
)
case(
    url("Sandlow", "local-offer/what-you-told-us"),
    html=page(
        "What you told us about the Local Offer",
        "<p>Survey closed 30 June 2026.</p><p>412 people answered our survey. 58% found what they were looking "
        "for. Many said the site was hard to search, that activities were out of date, and that they would "
        "like more information in other languages.</p>",
        "Sandlow",
        "aa",
    ),
    notes="Fresh comments about the Local Offer without any response: 0.",
)
case(
    url("Cressingham", "local-offer/improvements-2026"),
    html=page(
        "Improvements to the Local Offer in 2026",
        "<p>Updated 1 October 2026.</p><ul><li>A new search engine.</li><li>Twenty pages rewritten in plain "
        "English.</li><li>A translation button.</li></ul>",
        "Cressingham",
        "sa",
    ),
    notes="Changes made without any comments received: 0.",
)
case(
    url("Winterdown", "local-offer/comments-and-responses"),
    html=page(
        "Comments about the Local Offer and our response",
        "<p>Date published: 5 March 2026</p><p><strong>Comment:</strong> There is nothing about support for "
        "children who are not in school because of anxiety.<br><strong>Our response:</strong> We have added a "
        "page on emotionally based school non-attendance, with the support available.</p><p><strong>Comment:"
        "</strong> The Local Offer should say how long EHC assessments take.<br><strong>Our response:</strong> "
        "The EHC pages now show the 20-week timeline and our latest performance figures.</p>",
        "Winterdown",
        "ad",
    ),
    pos="fb",
    notes="Comment and response pairs about the Local Offer dated 5 March 2026.",
)
case(
    url("Tollerby", "local-offer/website-review-consultation"),
    html=page(
        "Local Offer website review: what you said and what we will do",
        "<p>Published 20 November 2025</p><p>In September and October 2025 we asked families and "
        "professionals how the Local Offer website could be better.</p><h2>What you said</h2><p>The menus "
        "were confusing; there were too many PDFs; the site did not work well with screen readers.</p><h2>What "
        "we will do</h2><p>Reduce the menu to six headings, turn the most used PDFs into web pages and have "
        "the site tested by disabled users before relaunch in spring 2026.</p>",
        "Tollerby",
        "ss",
    ),
    pos="fb",
    notes="Consultation comments about the Local Offer website and the council's response, published 20 November 2025.",
)
case(
    url("Marrowby", "local-offer/feedback-2026"),
    html=page(
        "Local Offer feedback 2026",
        "<details><summary>January to March 2026</summary><p>You said the list of nurseries was incomplete. "
        "We contacted every nursery and 34 have now added their SEN information.</p></details><details>"
        "<summary>April to June 2026</summary><p>You said you could not print pages. We added a print button "
        "to every page.</p></details><details><summary>July to September 2026</summary><p>You said the "
        "therapy pages were out of date. We worked with the Marrowby CCG to update them.</p></details>",
        "Marrowby",
        "da",
    ),
    pos="fb",
    stale=True,
    notes="Quarterly accordions of Local Offer comments and responses in 2026; the CCG as a current body "
    "in 2026: stale.",
)
case(
    url("Lyndwick", "documents/local-offer-annual-report-2024-25.pdf"),
    text=pdf(
        "Lyndwick Local Offer Annual Report 2024-25",
        [
            "LYNDWICK LOCAL OFFER ANNUAL REPORT 2024-25",
            "Published 27 November 2025",
            "Feedback received: 96 comments through the 'Was this page helpful?' button and 4 focus groups.",
            "Theme 1 - information about post-16 options. You told us it was patchy. We have written a new "
            "guide to college, apprenticeships and supported internships.",
            "Theme 2 - contact details. You told us many were out of date. We now review every listing each year.",
        ],
    ),
    pos="fb",
    notes="Annual report for 2024-25 but published 27 November 2025: within the window.",
)
case(
    url("Harrowdene", "documents/local-offer-report-2024-25.pdf"),
    text=pdf(
        "Harrowdene Local Offer Report 2024-25",
        [
            "HARROWDENE LOCAL OFFER REPORT 2024-25",
            "September 2025",
            "You said the Local Offer home page was too busy. We simplified it.",
            "You said there was nothing about sleep support. We added a page.",
        ],
    ),
    notes="Local Offer comments and responses dated September 2025: outside the window.",
)
case(
    url("Coldbeck", "complaints/response-to-your-complaint"),
    html=page(
        "Example: responding to a complaint",
        "<p>Dear Ms A, thank you for your letter of 3 October 2026 about your son's transport. I am sorry that "
        "the taxi did not arrive. We have spoken to the operator and...</p>",
        "Coldbeck",
        "ss",
    ),
    notes="An individual complaint letter: not published comments on the Local Offer.",
)
case(
    url("Greystoke", "local-offer/you-said-we-did-2026"),
    html=page(
        "You said, we did 2026",
        "<p>Published 19 August 2026</p><ol><li>You said: the Local Offer should explain what to do while "
        "waiting for an autism assessment. We did: a 'while you wait' page with local support.</li><li>You "
        "said: the search should find things if I spell them wrong. We did: the search now corrects common "
        "spelling mistakes.</li></ol>",
        "Greystoke",
        "sd",
    ),
    pos="fb",
    notes="Numbered Local Offer comments and responses, published 19 August 2026.",
)
case(
    url("Quarrendon", "ehc-hub/you-said-we-did"),
    html=page(
        "EHC Hub: you said, we did",
        "<p>Published 2 May 2026.</p><p>You said the EHC Hub portal logged you out too quickly. We increased "
        "the time-out to 60 minutes.</p>",
        "Quarrendon",
        "ss",
    ),
    notes="About the EHC Hub portal, not the Local Offer.",
)

case(
    url("Hawksmere", "local-offer/we-heard-so-we"),
    html=page(
        "We heard, so we...",
        "<p>Posted on 3rd November 2025</p><p><strong>We heard</strong> that parents could not tell which "
        "Local Offer pages were for professionals. <strong>So we</strong> split the site into 'For families' "
        "and 'For professionals'.</p><p><strong>We heard</strong> that the Local Offer had nothing on "
        "toileting support. <strong>So we</strong> asked the continence service to write a page.</p>",
        "Hawksmere",
        "da",
    ),
    pos="fb",
    notes="'We heard ... so we' pairs about the Local Offer, posted 3rd November 2025.",
)
case(
    url("Ormsfield", "local-offer/suggestions"),
    html=page(
        "Your suggestions for the Local Offer",
        "<p>Updated: 21/01/2026</p>"
        + yswd(
            [
                ("Add a list of accessible playgrounds.", "Done - see 'Places to go'."),
                ("Show opening times for the SEN team.", "Added to the contact page."),
            ],
            "Suggestion",
            "What happened",
        ),
        "Ormsfield",
        "ss",
    ),
    pos="fb",
    notes="Suggestions about the Local Offer with what happened, updated 21/01/2026.",
)
case(
    url("Pinwick", "news/six-changes-after-your-feedback"),
    html=page(
        "Six things we've changed on the Local Offer after your feedback",
        "<p>30 October 2025</p><p>Over the summer 312 of you told us what you think of the Pinwick Local "
        "Offer. Here is what we have changed as a result.</p><ol><li>You wanted fewer clicks to reach EHC "
        "information: it is now one click from the home page.</li><li>You said event listings were stale: "
        "past events now disappear automatically.</li><li>You asked for a Welsh and Polish translation: both "
        "are available from the top of each page.</li></ol>",
        "Pinwick",
        "sa",
    ),
    pos="fb",
    notes="A news post pairing Local Offer comments with changes, dated 30 October 2025 (inside the window).",
)
case(
    url("Droxley", "local-offer/you-said-we-did"),
    html=page(
        "You said, we did",
        "<p>You said the Local Offer did not explain transitions from primary to secondary school. We did: a "
        "new transitions page with a checklist for Year 6.</p><p>You said the Local Offer was hard to read on "
        "a phone. We did: a new mobile layout.</p>",
        "Droxley",
        "aa",
        dated="2 July 2026",
    ),
    pos="fb",
    notes="Local Offer comments and responses; the page was updated 2 July 2026.",
)
case(
    url("Yarnbury", "local-offer/annual-review-2026"),
    html=page(
        "Local Offer annual review 2026",
        "<p>Published 1 October 2026.</p><h2>Comments we received</h2><p>Families told us the Local Offer "
        "did not cover support for young carers with SEND and that the 'Find a service' tool returned "
        "services from outside Yarnbury.</p><h2>How we responded</h2><p>We added a young carers page and "
        "limited search results to services within 10 miles unless you choose otherwise.</p>",
        "Yarnbury",
        "ad",
    ),
    pos="fb",
    notes="Comments and the council's response about the Local Offer, published 1 October 2026.",
)
case(
    url("Fellgate", "local-offer/you-said-we-did-october-2025"),
    html=page(
        "You said, we did",
        "<p>Published 20 October 2025.</p>" + yswd(LO_ROWS[::2]),
        "Fellgate",
        "da",
    ),
    notes="Local Offer comments and responses published 20 October 2025: before the window.",
)
case(
    url("Sandlow", "send-transport/you-said-we-did"),
    html=page(
        "SEND transport: you said, we did",
        "<p>Published 6 May 2026.</p><p>You said drivers changed too often. We now ask operators to keep the "
        "same driver for each route for the whole term.</p>",
        "Sandlow",
        "ss",
    ),
    notes="Transport, not the Local Offer.",
)

# =================================================================================================
# H. More disagreement resolution pages written one by one
# =================================================================================================

case(
    url("Sandlow", "ehc/resolving-disagreements-full-guide"),
    html=page(
        "Resolving disagreements: a full guide",
        "<p>Most concerns about a child's special educational needs are best raised first with the people "
        "closest to the problem: the class teacher, the SENCO or your EHC coordinator. Many are resolved at "
        "that stage.</p><p>Where that has not worked, disagreement resolution meetings can be arranged. They "
        "are arranged by Global Mediation, which has been appointed by Sandlow Council for this purpose, and "
        "are facilitated by mediators who are independent of the local authority.</p><p>Participation is by "
        "agreement of everyone involved. Meetings are usually held at a neutral venue or online and last "
        "around two hours.</p><p>Referrals are made by telephone to Global Mediation on 0808 157 0360 or by "
        "email to send@globalmediation.example.co.uk.</p><p>You may also wish to read our pages on EHC "
        "assessments, annual reviews and transport.</p>",
        "Sandlow",
        "aa",
    ),
    pos="in ind vol prov contact",
    notes="Passive voice with the key sentences buried in a long guide: appointed provider, independent "
    "mediators, participation by agreement, referral by phone and email.",
)
case(
    "https://fis.kelderby.example.gov.uk/kb5/kelderby/directory/service.page?id=kids-drs",
    html=page(
        "KIDS SEND Mediation and Disagreement Resolution Service",
        '<div class="service-description"><h2>Description</h2><p>KIDS provides disagreement resolution and '
        "SEND mediation for families in Kelderby. KIDS is a national charity and is not part of Kelderby "
        "Council. Anyone with a disagreement about special educational provision can use the service - "
        "whether or not the child has an EHC plan.</p><p>Meetings are confidential.</p></div><div class="
        '"contact-block"><h2>Contact details</h2><dl><dt>Telephone</dt><dd>0306 999 0263</dd><dt>E-mail</dt>'
        "<dd>sendmediation@kids.example.org.uk</dd></dl></div>",
        "Kelderby",
        "dd",
    ),
    pos="in ind all conf prov contact",
    notes="Open Objects record for a real provider: 'not part of the council', any disagreement about "
    "provision 'whether or not the child has an EHC plan', confidential, contact block.",
)
case(
    url("Cressingham", "disagreement-resolution/community-accord"),
    html=page(
        "Disagreement resolution service",
        "<p>Cressingham's disagreement resolution service is provided by Community Accord, who are independent "
        'of the local authority. Find out more and make a referral on <a href="https://www.communityaccord.'
        "example.com/send\">Community Accord's website</a>.</p>",
        "Cressingham",
        "as",
    ),
    pos="in ind prov contact",
    notes="Short: provider, independence and a referral web link.",
)
case(
    url("Winterdown", "disagreement-resolution-recommissioning"),
    html=page(
        "Disagreement resolution: service update",
        "<p>Our contract for disagreement resolution ended on 31 August 2026 and we are appointing a new "
        "provider. Until then, please contact the SEND team on 01632 960 300 and we will try to help.</p>",
        "Winterdown",
        "sa",
    ),
    notes="No provider, no independence, only the council's own team: nothing set out.",
)
case(
    url("Tollerby", "mediation-and-disagreement-resolution-providers"),
    html=page(
        "Choosing a mediation or disagreement resolution provider",
        "<p>In Tollerby you can choose which provider to use for SEND mediation or disagreement resolution. "
        "Both providers below are independent of Tollerby Council.</p><table><thead><tr><th>Provider</th>"
        "<th>Contact</th></tr></thead><tbody><tr><td>Prime Resolution</td><td>0121 496 0871<br>admin@prime-"
        "resolution.example.co.uk</td></tr><tr><td>Keelson Mediation Ltd</td><td>0306 999 0471<br>send@"
        "keelson.example.co.uk</td></tr></tbody></table>",
        "Tollerby",
        "aa",
    ),
    pos="in ind prov contact",
    notes="A choice of two named independent providers with contacts in a table.",
)
case(
    url("Marrowby", "disagreement-resolution-records"),
    html=page(
        "Disagreement resolution",
        "<p>Disagreement resolution is run by Wayfarer Resolution Ltd for Marrowby families, including those "
        "whose children are at SEN support as well as those with EHC plans. A written note of any agreement "
        "is kept on your child's SEN file and shared with the Marrowby CCG where health is involved.</p><p>"
        "Book through Wayfarer at www.wayfarer-resolution.example.co.uk/referral-form.</p>",
        "Marrowby",
        "ss",
    ),
    pos="in all prov contact",
    stale=True,
    notes="Scope beyond EHC plans; the note of agreement on file is not confidentiality; CCG as a current body: stale.",
)
case(
    url("Lyndwick", "drs"),
    html=page(
        "DRS",
        "<p>The DRS (Disagreement Resolution Service) for Lyndwick is run by Lodestar Resolution CIC. It is "
        "not a council service and the facilitator has no connection to your child's school.</p><p>Phone "
        "0808 157 0214.</p>",
        "Lyndwick",
        "sa",
    ),
    pos="in ind prov contact",
    notes="Abbreviated DRS with provider, 'not a council service', phone.",
)
case(
    url("Harrowdene", "independent-review-team"),
    html=page(
        "Independent Review Team",
        "<p>If you disagree with your child's school or with the SEND service, our Independent Review Team "
        "can hold a disagreement resolution meeting. The team is part of Harrowdene's SEND service but is "
        "independent of your caseworker. Email irt@harrowdene.example.gov.uk.</p>",
        "Harrowdene",
        "aa",
    ),
    notes="A council team calling itself independent of the caseworker only: not independent of the "
    "authority, not a provider. All DR checks 0.",
)
case(
    url("Coldbeck", "disagreement-resolution-who-attends"),
    html=page(
        "Disagreement resolution: who attends",
        "<p>Disagreement resolution in Coldbeck is free. If you ask for a meeting, the school and the council "
        "are required to attend, and Quayside SEND Mediation will send a facilitator. Call Quayside on 0808 "
        "157 0633.</p>",
        "Coldbeck",
        "ss",
    ),
    pos="in prov contact",
    notes="'The school and the council are required to attend' is not voluntariness: voluntary 0. "
    "Provider and contact set it out.",
)
case(
    url("Greystoke", "disagreements/sen-support-and-ehc"),
    html=page(
        "Disagreements about SEN support and EHC plans",
        "<p>Disagreement resolution isn't only for families with an EHC plan - children at SEN support can "
        "use it too. It covers disagreements with a school about the help it provides and disagreements with "
        "the council about how it is meeting its SEN duties.</p><p>Greystoke Vale's provider is Sundial "
        "Dispute Resolution, an organisation independent of the council: call 0808 157 0876.</p>",
        "Greystoke",
        "as",
    ),
    pos="in ind all types prov contact",
    notes="All SEN, two kinds, provider independent, phone.",
)


def main() -> None:
    # These pages are part of the held-back split: make_corpus.py writes them into test.jsonl.
    import make_corpus

    make_corpus.main()


if __name__ == "__main__":
    main()
