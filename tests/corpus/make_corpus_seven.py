"""Write ``train_seven.jsonl``: a seventh set of out-of-sample pages, written in November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md`` and
the labelling rules of ``README.md`` only, and without opening the held-back files. Councils
(Ashcombe Moor, Bramblewick, Cindermoor, Dovecote Vale, Elderfield, Farrowby, Gorsebrook,
Ingleby Marsh, Juniper Heath, Larchford, Mirefield, Nettlebridge, Orchardby, Quernmoor, Redhithe,
Sallowfield, Wychbury, Yewbarrow) and fictional providers (Windrose Mediation Ltd, Touchstone
Resolution CIC, Ferrylight SEND Mediation, Pathmaker Dispute Resolution, Hollyoak Mediation Trust,
Sparrowgate Accord Ltd, Level Ground Mediation CIC, Kingfisher Resolution Partnership) are new to
the corpus; the real providers of ``duties.md`` §10 appear beside them. The weight is on four
checks: voluntariness, declining leaving the appeal open, published Local Offer feedback (audit
date 2026-11-28, window from 2025-10-28) and all children with SEN.

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_seven.py``.
"""

from __future__ import annotations

import textwrap

from labels import Cases  # the sibling module: run as a script from any directory

TOOLBAR = (
    '<div class="toolbar"><a href="#content">Skip to content</a> <button>Accessibility tools</button> '
    '<button>Translate this page</button></div><header><a href="/">Family Information and Local Offer'
    '</a><nav class="mega"><a href="/lo/resolving-disagreements">Resolving disagreements</a> <a href="/'
    'lo/send-mediation">SEND mediation</a> <a href="/lo/sendiass">SENDIASS</a> <a href="/lo/tribunal">'
    'Tribunal appeals</a> <a href="/lo/complaints">Complaints</a> <a href="/lo/feedback">Local Offer '
    "feedback: you said, we did</a></nav></header>"
)
MEGA_FOOTER = (
    '<aside class="related"><h2>Related pages</h2><ul><li><a href="/lo/send-mediation">Independent SEND '
    'mediation</a></li><li><a href="/lo/feedback">You said, we did</a></li></ul></aside><footer><div '
    'class="col"><h2>Help and advice</h2><a href="/lo/sendiass">SENDIASS</a> <a href="/lo/tribunal">'
    'Appeals to the First-tier Tribunal</a></div><div class="col"><h2>Rate this page</h2><button>1 star'
    "</button><button>5 stars</button></div><p>© Family Information Service. Former CCG documents are "
    'in the <a href="/archive">archive</a>.</p></footer>'
)


def page(title: str, main: str, updated: str = "") -> str:
    """A whole page with this split's furniture; ``updated`` adds a 'page updated' line at the end."""
    stamp = f'<p class="meta">Page updated: {updated}</p>' if updated else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} - Family Information and Local Offer'
        f'</title></head><body>{TOOLBAR}<main id="content"><h1>{title}</h1>{main}{stamp}</main>'
        f"{MEGA_FOOTER}</body></html>"
    )


def report(title: str, sections: list[tuple[str, list[str]]], width: int = 74) -> str:
    """PDF-like text: numbered section headings and paragraphs wrapped at ``width``, with a
    centred footer "- n -" after every twelfth line."""
    lines: list[str] = [title, ""]
    for head, paras in sections:
        lines += [head, ""]
        for para in paras:
            lines += [*textwrap.wrap(para, width), ""]
    out: list[str] = []
    for i, line in enumerate(lines, start=1):
        out.append(line)
        if i % 12 == 0:
            out.append(f"- {i // 12} -")
    return "\n".join(out)


def bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(head: list[str], body: list[list[str]]) -> str:
    top = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>"
    rows = "".join("<tr>" + "".join(f"<td>{d}</td>" for d in r) + "</tr>" for r in body)
    return f"<table>{top}<tbody>{rows}</tbody></table>"


def faq(pairs: list[tuple[str, str]]) -> str:
    """Questions in bold paragraphs, each answered in the next paragraph."""
    return "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in pairs)


def tabs(pairs: list[tuple[str, str]]) -> str:
    """A tab set: buttons for the labels, a panel for each."""
    head = "".join(f'<button role="tab">{q}</button>' for q, _ in pairs)
    panels = "".join(f'<div role="tabpanel"><h2>{q}</h2>{a}</div>' for q, a in pairs)
    return f'<div class="tabs"><div role="tablist">{head}</div>{panels}</div>'


PROVIDERS = [
    ("Windrose Mediation Ltd", "0113 496 0471", "send@windrose-mediation.example.org.uk"),
    ("Touchstone Resolution CIC", "0161 496 0823", "hello@touchstoneresolution.example.co.uk"),
    ("Ferrylight SEND Mediation", "020 7946 0158", "referrals@ferrylight.example.org.uk"),
    ("Pathmaker Dispute Resolution", "0117 496 0390", "families@pathmaker-dr.example.co.uk"),
    ("Hollyoak Mediation Trust", "0808 157 0241", "send@hollyoakmediation.example.org.uk"),
    ("Sparrowgate Accord Ltd", "0114 496 0687", "info@sparrowgate.example.co.uk"),
    ("Level Ground Mediation CIC", "0118 496 0534", "book@levelground.example.org.uk"),
    ("Kingfisher Resolution Partnership", "01632 960 372", "send@kingfisherresolution.example.org.uk"),
]


def provider_block(style: int, council: str, k: int) -> str:
    """Names the independent provider and how to reach it (with the DR term of the intro, the page
    passes in, ind, prov and contact)."""
    name, phone, email = PROVIDERS[k % len(PROVIDERS)]
    forms = [
        f"<p>The service is delivered by {name}, an independent organisation that is not part of "
        f"{council} Council. Phone {phone} or email {email}.</p>",
        f"<dl><dt>Provider</dt><dd>{name} (independent of the council)</dd><dt>Telephone</dt><dd>{phone}"
        f"</dd><dt>Email</dt><dd>{email}</dd></dl>",
        f'<div class="card"><h3>{name}</h3><p>Independent SEND mediation and disagreement resolution, '
        f"commissioned by {council} Council but separate from it.</p><p>Tel: {phone}</p><p>Email: "
        f"{email}</p></div>",
        f"<p>We commission {name} to provide this service at arm's length: its facilitators are "
        f"independent and are not employed by the council. To get in touch call {phone} or email "
        f"{email}.</p>",
        bullets(
            [
                f"Who runs it: {name}",
                "Is it independent? Yes. It is not run by the council",
                f"How to get in touch: {phone} or {email}",
            ]
        ),
    ]
    return forms[style % len(forms)]


INTROS = [
    "<p>Disagreement resolution is a free service that helps people talk through a disagreement about "
    "SEND with someone who is on nobody's side.</p>",
    "<p>If a conversation about your child's special educational needs has got stuck, disagreement "
    "resolution offers a meeting led by a trained facilitator to help find a way forward.</p>",
    "<p>Our SEND disagreement resolution service is a chance to sit down with an independent "
    "facilitator and try to sort things out informally.</p>",
    "<p>Disagreement resolution (sometimes called DR) brings people together with a neutral "
    "facilitator to look for common ground on special educational needs issues.</p>",
]

BASE = "in ind prov contact"


def dr_page(
    c: Cases, council: str, k: int, statement: str, pos: str, notes: str, *, before: bool = False, skip: str = ""
) -> None:
    """A DR page for ``council``: intro, provider block (form ``k``) and one statement."""
    slug = council.lower().replace(" ", "")
    block = provider_block(k, council, k)
    body = statement + block if before else block + statement
    c.add(
        f"https://localoffer.{slug}.example.gov.uk/send/resolving-disagreements/disagreement-resolution",
        html=page("SEND disagreement resolution", INTROS[k % len(INTROS)] + body),
        pos=f"{BASE} {pos}".strip(),
        skip=skip,
        notes=notes,
    )


# (council, statement HTML, extra positives, skip, notes)
VOLUNTARY = [
    (
        "Ashcombe Moor",
        "<p>Whether to use disagreement resolution is a decision for you, and nobody will insist on it.</p>",
        "vol",
        "",
        "vol: 'a decision for you, nobody will insist on it'",
    ),
    (
        "Bramblewick",
        "<p>Disagreement resolution is something you can ask for, not something you have to do.</p>",
        "vol",
        "",
        "vol: 'something you can ask for, not something you have to do'",
    ),
    (
        "Cindermoor",
        "<p>Using the service is optional. You can go ahead with other routes without it.</p>",
        "vol",
        "",
        "vol: 'optional'",
    ),
    (
        "Dovecote Vale",
        "<p>A meeting only happens if everyone who would be taking part agrees to it.</p>",
        "vol",
        "",
        "vol: only with everyone's agreement",
    ),
    (
        "Elderfield",
        "<p>Families are never required to use disagreement resolution.</p>",
        "vol",
        "",
        "vol: 'never required'",
    ),
    (
        "Farrowby",
        "<p>You will not be asked to take part unless you want to.</p>",
        "vol",
        "",
        "vol: 'not asked to take part unless you want to'",
    ),
    ("Gorsebrook", "<p>Participation is entirely at your discretion.</p>", "vol", "", "vol: 'at your discretion'"),
    (
        "Ingleby Marsh",
        "<p>It is not a requirement. Families can decide to use it or not.</p>",
        "vol",
        "",
        "vol: 'not a requirement … decide to use it or not'",
    ),
    (
        "Juniper Heath",
        "<p>There is no obligation on you to take part in a disagreement resolution meeting.</p>",
        "vol",
        "",
        "vol: 'no obligation to take part'",
    ),
    (
        "Larchford",
        "<p>You can ask for a meeting at any time. It will be set up once the school or the "
        "council has also said it is happy to take part.</p>",
        "vol",
        "",
        "vol: needs the other party's agreement too (all parties)",
    ),
    (
        "Mirefield",
        "<p>Any of the people involved, including you, can say no to disagreement resolution.</p>",
        "vol",
        "",
        "vol: any party can say no",
    ),
    (
        "Nettlebridge",
        "<p>You have the right to decline an offer of disagreement resolution.</p>",
        "vol",
        "",
        "vol: right to decline",
    ),
    (
        "Orchardby",
        "<p>The meeting can only take place with the consent of both you and the other party.</p>",
        "vol",
        "",
        "vol: consent of both parties",
    ),
    (
        "Quernmoor",
        "<p>Disagreement resolution isn't a hoop you must jump through. Choose it if you think it will help.</p>",
        "vol",
        "",
        "vol: 'isn't a hoop you must jump through. Choose it if'",
    ),
    (
        "Redhithe",
        "<p>It's completely up to you whether you give it a try.</p>",
        "vol",
        "",
        "vol: 'completely up to you whether'",
    ),
    (
        "Sallowfield",
        "<p>Taking part is a matter of choice for parents, young people, schools and the council alike.</p>",
        "vol",
        "",
        "vol: a matter of choice for all parties",
    ),
    # near misses
    (
        "Wychbury",
        "<p>You can choose whether the meeting happens online or in a room at a local venue.</p>",
        "",
        "",
        "vol 0: choosing the format, not whether to take part",
    ),
    (
        "Yewbarrow",
        "<p>The school must send someone who can make decisions if a meeting is arranged.</p>",
        "",
        "",
        "vol 0: the school must attend",
    ),
    (
        "Ashcombe Moor",
        "<p>Agreement has to be reached by everybody before an outcome is written down.</p>",
        "",
        "",
        "vol 0: agreement on the outcome, not on taking part",
    ),
    (
        "Bramblewick",
        "<p>Filling in our short feedback survey after the meeting is optional.</p>",
        "",
        "",
        "vol 0: the feedback survey is optional",
    ),
    (
        "Cindermoor",
        "<p>Schools are expected to engage with disagreement resolution whenever a parent asks for it.</p>",
        "",
        "",
        "vol 0: schools expected to engage",
    ),
    (
        "Dovecote Vale",
        "<p>It's up to the facilitator how the meeting is run and who speaks first.</p>",
        "",
        "",
        "vol 0: up to the facilitator how the meeting is run",
    ),
]

NO_EFFECT = [
    (
        "Elderfield",
        "<p>Choosing not to use this service has no effect on your right to appeal to the "
        "First-tier Tribunal (SEND).</p>",
        "noeff",
        "",
        "noeff: 'choosing not to use … has no effect'",
    ),
    (
        "Farrowby",
        "<p>Your appeal rights stay exactly as they are, whether or not you take up disagreement resolution.</p>",
        "noeff",
        "",
        "noeff: rights stay as they are whether or not",
    ),
    (
        "Gorsebrook",
        "<p>Opting out of mediation leaves your right of appeal to the Tribunal untouched.</p>",
        "noeff",
        "",
        "noeff: opting out leaves appeal untouched",
    ),
    (
        "Ingleby Marsh",
        "<p>Turning down the offer of mediation won't harm your case if you go on to appeal to the Tribunal.</p>",
        "noeff",
        "",
        "noeff: turning down won't harm the appeal",
    ),
    (
        "Juniper Heath",
        "<p>You don't need to have tried this service to be able to appeal to the Tribunal.</p>",
        "noeff",
        "",
        "noeff: no need to have tried it to appeal",
    ),
    (
        "Larchford",
        "<p>Disagreement resolution runs alongside your appeal rights, not instead of them: "
        "you can appeal to the Tribunal without ever using it.</p>",
        "noeff",
        "",
        "noeff: can appeal without ever using it",
    ),
    (
        "Mirefield",
        "<p>Even if you refuse mediation, you're free to register an appeal with the Tribunal.</p>",
        "noeff",
        "",
        "noeff: 'even if you refuse mediation, free to appeal'",
    ),
    (
        "Nettlebridge",
        "<p>It is entirely separate from the Tribunal. Using it, or not, has no impact on an appeal.</p>",
        "noeff",
        "",
        "noeff: using it or not has no impact on an appeal",
    ),
    (
        "Orchardby",
        "<p>The council cannot stop you appealing to the Tribunal because you did not use disagreement resolution.</p>",
        "noeff",
        "",
        "noeff: not using it cannot stop an appeal",
    ),
    (
        "Quernmoor",
        "<p>There is no requirement to use disagreement resolution before you appeal to the Tribunal.</p>",
        "noeff",
        "vol",
        "noeff: no requirement to use it before appealing (vol borderline: unlabelled)",
    ),
    (
        "Redhithe",
        "<p>Whatever you decide about disagreement resolution, your right of appeal to the "
        "SEND Tribunal is not affected.</p>",
        "noeff",
        "",
        "noeff: whatever you decide, right not affected",
    ),
    (
        "Sallowfield",
        "<p>The Tribunal will not hold it against you if you did not try disagreement resolution first.</p>",
        "noeff",
        "",
        "noeff: not held against you",
    ),
    (
        "Wychbury",
        "<p>Saying no to mediation does not close off an appeal. You will still be given a "
        "certificate and can lodge your appeal with the Tribunal.</p>",
        "noeff",
        "med trib",
        "noeff: saying no does not close off an appeal",
    ),
    (
        "Yewbarrow",
        "<p>Skipping mediation doesn't stop you taking your case to the Tribunal.</p>",
        "noeff",
        "",
        "noeff: skipping mediation doesn't stop you",
    ),
    # near misses
    (
        "Ashcombe Moor",
        "<p>If disagreement resolution does not settle matters, you can then appeal to the Tribunal.</p>",
        "",
        "",
        "noeff 0: appeal after DR",
    ),
    (
        "Bramblewick",
        "<p>Taking part will not affect your child's place at school.</p>",
        "",
        "",
        "noeff 0: the school place",
    ),
    (
        "Cindermoor",
        "<p>Using the service does not affect your right to complain to the Local Government "
        "and Social Care Ombudsman.</p>",
        "",
        "cmp",
        "noeff 0: the ombudsman, not the Tribunal",
    ),
    (
        "Dovecote Vale",
        "<p>Asking for a reassessment does not affect your right to appeal to the Tribunal.</p>",
        "",
        "",
        "noeff 0: another route (reassessment) leaves the appeal open",
    ),
    (
        "Elderfield",
        "<p>Once the meeting has finished, you have two months to appeal to the Tribunal if you still disagree.</p>",
        "",
        "trib",
        "noeff 0: appeal once the meeting has finished",
    ),
    (
        "Farrowby",
        "<p>An agreement made at the meeting may mean you no longer need to appeal.</p>",
        "",
        "",
        "noeff 0: an agreement may make an appeal unnecessary",
    ),
]

ALL_SEN = [
    (
        "Gorsebrook",
        "<p>It is there for any child or young person with special educational needs. "
        "Whether they have an EHC plan doesn't come into it.</p>",
        "all",
        "",
        "all: EHC plan 'doesn't come into it'",
    ),
    (
        "Ingleby Marsh",
        "<p>Children getting SEN support at school can use it too: a plan is not a condition.</p>",
        "all",
        "",
        "all: SEN support too, plan not a condition",
    ),
    (
        "Juniper Heath",
        "<p>You can use it at any stage: before an EHC needs assessment, during one, or without ever having one.</p>",
        "all",
        "",
        "all: without ever having an assessment",
    ),
    (
        "Larchford",
        "<p>Families whose child is on the school's SEN register but has no EHC plan are welcome to use it.</p>",
        "all",
        "",
        "all: no EHC plan, welcome",
    ),
    (
        "Mirefield",
        "<p>No EHC plan? You can still use disagreement resolution.</p>",
        "all",
        "",
        "all: 'No EHC plan? You can still use'",
    ),
    (
        "Nettlebridge",
        "<p>The service is not restricted to children with education, health and care plans.</p>",
        "all",
        "",
        "all: not restricted to EHC plans",
    ),
    (
        "Orchardby",
        "<p>Who can use it: parents and carers of any child with SEN, and young people with "
        "SEN up to 25, EHC plan or no EHC plan.</p>",
        "all",
        "",
        "all: 'EHC plan or no EHC plan'",
    ),
    (
        "Quernmoor",
        "<p>It covers children and young people with SEN whatever support they receive, from "
        "SEN support in a nursery to an EHC plan at college.</p>",
        "all",
        "",
        "all: whatever support, from SEN support to an EHC plan",
    ),
    # near misses
    (
        "Redhithe",
        "<p>The service is for families of children who have an EHC plan or are going through "
        "an EHC needs assessment.</p>",
        "",
        "",
        "all 0: EHC plans and assessments only",
    ),
    (
        "Sallowfield",
        "<p>A meeting can be held whether or not you reach agreement in the end.</p>",
        "",
        "",
        "all 0: 'whether or not' about agreement",
    ),
    (
        "Wychbury",
        "<p>You do not need an EHC plan to ask your school's SENCo for a meeting about SEN support.</p>",
        "",
        "",
        "all 0: about the SENCo, not DR",
    ),
]


def shared_shape(c: Cases) -> None:
    k = 0
    for group in (VOLUNTARY, NO_EFFECT, ALL_SEN):
        for council, statement, pos, skip, notes in group:
            dr_page(c, council, k, statement, pos, notes, before=k % 3 == 1, skip=skip)
            k += 1


def one_off_dr(c: Cases) -> None:
    """DR pages written one by one, in many forms."""
    # 1 myths and facts box
    c.add(
        "https://localoffer.bramblewick.example.gov.uk/send/myths-and-facts-disagreements",
        html=page(
            "Myths and facts: sorting out disagreements",
            (
                "<p>Bramblewick's disagreement resolution service is run by Touchstone Resolution CIC, which "
                "is independent of Bramblewick Council. Call 0161 496 0823.</p>"
                '<div class="myths"><h2>Myths and facts</h2>'
                "<p><strong>Myth:</strong> I have to go to mediation if the council suggests it.</p>"
                "<p><strong>Fact:</strong> Mediation and disagreement resolution are your choice. You can "
                "say no.</p>"
                "<p><strong>Myth:</strong> If I turn down mediation I lose my right to appeal.</p>"
                "<p><strong>Fact:</strong> You keep your right to appeal to the Tribunal whether you mediate "
                "or not.</p>"
                "<p><strong>Myth:</strong> Disagreement resolution is only for families with an EHCP.</p>"
                "<p><strong>Fact:</strong> It's for all children and young people with SEN.</p></div>"
            ),
        ),
        pos=f"{BASE} vol noeff all",
        notes="myths/facts box: vol ('your choice, you can say no'), noeff (keep right whether you "
        "mediate or not), all ('for all children and young people with SEN')",
    )
    # 2 key points box
    c.add(
        "https://localoffer.cindermoor.example.gov.uk/send/disagreement-resolution-key-points",
        html=page(
            "Disagreement resolution",
            (
                '<div class="keypoints"><h2>Key points</h2>'
                + bullets(
                    [
                        "Free for families",
                        "Run by Ferrylight SEND Mediation, which is not part of the council",
                        "Voluntary: you decide",
                        "Open to all families of children with SEN, not only those with an EHC plan",
                        "Saying no does not affect an appeal to the Tribunal",
                    ]
                )
                + "</div><p>Ring 020 7946 0158 or email referrals@ferrylight.example.org.uk to book.</p>"
            ),
        ),
        pos=f"{BASE} vol all noeff",
        notes="key points box: vol, all, noeff as bullets",
    )
    # 3 flowchart described in text
    c.add(
        "https://localoffer.dovecotevale.example.gov.uk/send/disagreements-flowchart",
        html=page(
            "What to do if you disagree: flowchart",
            (
                "<p>This flowchart shows your options. A text version is below.</p>"
                "<ol><li>Start: you disagree with a decision about your child's special educational needs."
                "</li><li>Would you like to try disagreement resolution? If no: that's fine, you don't have "
                "to. Go to step 4. If yes: go to step 3.</li><li>Contact Pathmaker Dispute Resolution, our "
                "independent provider, on 0117 496 0390.</li><li>Is the disagreement about an EHC needs "
                "assessment or plan? If yes: don't want to mediate? Ask the mediation adviser for your "
                "certificate, then appeal to the Tribunal.</li></ol>"
            ),
        ),
        pos=f"{BASE} vol noeff",
        skip="med trib",
        notes="flowchart in text: 'If no: that's fine, you don't have to' (vol); 'don't want to "
        "mediate? … certificate, then appeal' (noeff)",
    )
    # 4 Easy Read page
    c.add(
        "https://localoffer.elderfield.example.gov.uk/send/easy-read/sorting-out-problems",
        html=page(
            "Easy Read: sorting out problems about SEN",
            (
                "<p>Sometimes you and the school do not agree.</p><p>A person from Hollyoak Mediation "
                "Trust can help. They do not work for the council.</p><p>This is called disagreement "
                "resolution.</p><p>You choose if you want to use it.</p><p>Your child does not need a "
                "plan to use it.</p><p>Not wanting mediation is OK. The Tribunal will still listen to "
                "your appeal.</p><p>Phone 0808 157 0241.</p>"
            ),
        ),
        pos=f"{BASE} vol all noeff",
        notes="Easy Read: 'You choose if you want to use it' (vol), 'does not need a plan' (all), "
        "'Not wanting mediation is OK. The Tribunal will still listen to your appeal' (noeff)",
    )
    # 5 young person's page
    c.add(
        "https://localoffer.farrowby.example.gov.uk/send/young-people/when-you-disagree",
        html=page(
            "Young people: when you don't agree",
            (
                "<p>You're 16 or over and you don't agree with a decision about your support? You can use "
                "disagreement resolution yourself. It's run by Sparrowgate Accord Ltd, who are independent "
                "of the council - text or call 0114 496 0687.</p><p>You're in charge of whether this "
                "happens. If you don't want to, that's OK.</p><p>You don't have to have an EHCP: if you've "
                "got SEN, it's for you.</p>"
            ),
        ),
        pos=f"{BASE} vol all",
        notes="young person: 'You're in charge of whether this happens' (vol); 'don't have to have an "
        "EHCP: if you've got SEN, it's for you' (all)",
    )
    # 6 table
    c.add(
        "https://localoffer.gorsebrook.example.gov.uk/send/disagreement-resolution-at-a-glance",
        html=page(
            "Disagreement resolution at a glance",
            table(
                ["Question", "Answer"],
                [
                    ["Who provides it?", "Level Ground Mediation CIC, independent of Gorsebrook Council"],
                    ["Is it compulsory?", "No. Both sides take part by choice."],
                    ["Who can use it?", "Families of any child or young person with SEN - EHC plan or not"],
                    ["What if I don't want to?", "You can still appeal to the Tribunal; it makes no difference."],
                    ["How do I ask?", "0118 496 0534 or book@levelground.example.org.uk"],
                ],
            ),
        ),
        pos=f"{BASE} vol all noeff",
        notes="Question/Answer table: vol ('Is it compulsory? No. Both sides take part by choice'), all "
        "('any child with SEN - EHC plan or not'), noeff ('What if I don't want to? still appeal')",
    )
    # 7 Code paraphrase adopted locally
    c.add(
        "https://localoffer.ingleby-marsh.example.gov.uk/send/disagreement-resolution-our-arrangements",
        html=page(
            "Our disagreement resolution arrangements",
            (
                "<p>Ingleby Marsh's arrangements follow the SEND Code of Practice. In our area:</p><ul>"
                "<li>disagreement resolution is available to all children and young people with SEN, not "
                "just those with EHC plans or being assessed for one;</li><li>using it is voluntary and "
                "needs everyone to agree;</li><li>using it cannot affect your entitlement to appeal to the "
                "Tribunal.</li></ul><p>The service is provided by Kingfisher Resolution Partnership, an "
                "independent organisation. Contact 01632 960 372.</p>"
            ),
        ),
        pos=f"{BASE} vol all noeff",
        notes="Code paraphrase stated as the local arrangements: vol, all, noeff",
    )
    # 8 FAQ in bold paragraphs
    c.add(
        "https://localoffer.juniperheath.example.gov.uk/send/disagreement-resolution-faq",
        html=page(
            "Disagreement resolution: your questions",
            (
                "<p>Juniper Heath's disagreement resolution service is run independently by Windrose "
                "Mediation Ltd (0113 496 0471).</p>"
                + faq(
                    [
                        ("Is it mandatory?", "Not at all. It's up to you whether you use it."),
                        (
                            "Do I have to try mediation before I can appeal?",
                            "You must speak to a mediation "
                            "adviser first, but you do not have to go ahead with mediation itself. Once you have "
                            "your certificate you can appeal.",
                        ),
                        ("My daughter gets SEN support but has no plan. Can we use it?", "Yes, of course."),
                    ]
                )
            ),
        ),
        pos=f"{BASE} vol noeff all",
        skip="med",
        notes="FAQ in bold paragraphs: 'Is it mandatory? Not at all' (vol); 'do not have to go ahead "
        "with mediation … certificate you can appeal' (noeff); SEN support without a plan 'Yes' (all)",
    )
    # 9 PDF leaflet
    c.add(
        "https://localoffer.larchford.example.gov.uk/documents/dr-leaflet-2026.pdf",
        text=report(
            "Larchford Council: Resolving disagreements about SEND (leaflet, 2026)",
            [
                (
                    "1. What is disagreement resolution?",
                    [
                        "Disagreement resolution is an informal meeting, led by a facilitator from Touchstone "
                        "Resolution CIC, to help you and the school or council find an answer together. "
                        "Touchstone is an independent organisation and is not part of Larchford Council."
                    ],
                ),
                (
                    "2. Do I have to use it?",
                    [
                        "The service is a voluntary one: parents, schools and the local authority all take part "
                        "only by agreement."
                    ],
                ),
                (
                    "3. Will it affect an appeal?",
                    [
                        "Whatever you decide about disagreement resolution, you keep the right to appeal to the "
                        "First-tier Tribunal (SEND) about an EHC needs assessment or plan decision."
                    ],
                ),
                ("4. Contact", ["Telephone 0161 496 0823. Email hello@touchstoneresolution.example.co.uk"]),
            ],
        ),
        pos=f"{BASE} vol noeff",
        notes="PDF leaflet: 'voluntary one … only by agreement' (vol); 'Whatever you decide … you "
        "keep the right to appeal' (noeff)",
    )
    # 10 long guide with buried statements
    long_intro = "".join(
        f"<p>{s}</p>"
        for s in [
            "Most disagreements about special educational needs are sorted out by talking to the "
            "school's SENCo or your child's key worker.",
            "If that has not worked, the council's SEND team can often help explain a decision.",
            "The rest of this guide explains the formal routes available in Mirefield.",
        ]
    )
    c.add(
        "https://localoffer.mirefield.example.gov.uk/send/guide-to-resolving-disagreements",
        html=page(
            "A guide to resolving disagreements",
            (
                long_intro + "<h2>Disagreement resolution</h2><p>Mirefield Council has arranged for "
                "Pathmaker Dispute Resolution to provide disagreement resolution. Pathmaker is independent "
                "of the council. Contact them on 0117 496 0390.</p><p>The facilitator will agree a time "
                "with everyone. We hope families will find it useful, though there is no expectation that "
                "you use it and you can go elsewhere if you prefer.</p><p>Children with SEN who have no "
                "EHC plan are covered just as much as those who have one.</p>"
                "<h2>Appeals</h2><p>The First-tier Tribunal (SEND) hears appeals about EHC needs "
                "assessments and plans. Deciding against disagreement resolution or mediation has no "
                "bearing whatsoever on whether the Tribunal will hear your appeal.</p>"
            ),
        ),
        pos=f"{BASE} vol all noeff",
        skip="trib",
        notes="long guide, buried: 'no expectation that you use it' (vol); 'no EHC plan are covered "
        "just as much' (all); 'Deciding against … no bearing … on whether the Tribunal will hear' "
        "(noeff)",
    )
    # 11 tabs
    c.add(
        "https://localoffer.nettlebridge.example.gov.uk/send/mediation-and-dr",
        html=page(
            "SEND mediation and disagreement resolution",
            tabs(
                [
                    (
                        "Overview",
                        "<p>Nettlebridge Council commissions KIDS SEND Mediation and Disagreement "
                        "Resolution Service to provide both services. KIDS is an independent charity. Phone "
                        "03330 062 835.</p>",
                    ),
                    (
                        "Is it my choice?",
                        "<p>Yes. Mediation and disagreement resolution only go ahead if you want them to.</p>",
                    ),
                    (
                        "What about appeals?",
                        "<p>If you would rather not mediate, ask the mediation adviser for "
                        "a certificate; you can then appeal to the Tribunal straight away.</p>",
                    ),
                ]
            ),
        ),
        pos=f"{BASE} vol noeff",
        skip="med",
        notes="tabs: 'only go ahead if you want them to' (vol); 'rather not mediate … certificate … "
        "appeal straight away' (noeff)",
    )
    # 12 near miss: officer-led meeting called optional
    c.add(
        "https://localoffer.orchardby.example.gov.uk/send/talk-it-through-meetings",
        html=page(
            "Talk it through meetings",
            (
                "<p>If you are unhappy with a decision, your SEN caseworker can arrange a Talk It Through "
                "meeting with a senior SEND officer. These meetings are optional and open to every family "
                "of a child with SEN, with or without an EHC plan. Not attending will not affect your right "
                "to appeal. Call the SEND team on 0113 496 0912.</p>"
            ),
        ),
        pos="",
        skip="cmp",
        notes="trap: a council officer-led meeting, not DR: vol, all, noeff, in, ind 0",
    )
    # 13 trap: family mediation voluntary, open to all
    c.add(
        "https://localoffer.quernmoor.example.gov.uk/family-support/family-mediation",
        html=page(
            "Family mediation",
            (
                "<p>Separating parents can use family mediation to agree child arrangements. Mediation is "
                "voluntary and open to all families, including those with a child with SEND. Your MIAM is "
                "with a Family Mediation Council accredited mediator. Choosing not to mediate will not "
                "stop you applying to court.</p>"
            ),
        ),
        pos="",
        notes="trap: family mediation (MIAM): every DR check 0",
    )
    # 14 trap: workplace mediation
    c.add(
        "https://www.redhithe.example.gov.uk/jobs/staff-wellbeing/mediation",
        html=page(
            "Workplace mediation for staff",
            (
                "<p>Our workplace mediation scheme is independent of line management. Taking part is "
                "voluntary for both colleagues and it is open to all staff, including staff with SEN or "
                "disabilities. Contact HR on 0117 496 0011.</p>"
            ),
        ),
        pos="",
        notes="trap: workplace mediation: every DR check 0",
    )
    # 15 trap: IASS as the DRS
    c.add(
        "https://localoffer.sallowfield.example.gov.uk/send/disagreement-resolution-service",
        html=page(
            "Disagreement Resolution Service",
            (
                "<p>Sallowfield SENDIASS provides our Disagreement Resolution Service. SENDIASS gives free, "
                "impartial and confidential advice to all families, whether or not their child has an EHC "
                "plan. Using SENDIASS is voluntary. Call SENDIASS on 0161 496 0777.</p>"
            ),
        ),
        pos="iass",
        skip="in contact",
        notes="trap: SENDIASS labelled as the DRS: ind, prov, vol, all 0 (IASS scope is not DR's)",
    )
    # 16 confidentiality + types
    c.add(
        "https://localoffer.wychbury.example.gov.uk/send/disagreement-resolution-what-to-expect",
        html=page(
            "Disagreement resolution: what to expect",
            (
                "<p>Wychbury's disagreement resolution service is provided by Global Mediation, who are "
                "independent of the council (0800 064 4488).</p><p>It can help with disagreements between "
                "parents and a school about the special educational provision it makes, and between "
                "parents and the council about how it carries out its SEN duties.</p><p>What is said in "
                "the meeting stays private and can't be brought up later at a Tribunal hearing.</p>"
            ),
        ),
        pos=f"{BASE} types conf",
        notes="types: school provision and council duties; conf: 'stays private and can't be brought "
        "up later at a Tribunal hearing'",
    )
    # 17 national explainer (charity)
    c.add(
        "https://www.send-rights-charity.example.org.uk/guides/disagreement-resolution",
        html=page(
            "Disagreement resolution explained",
            (
                "<p>Every council in England must arrange independent disagreement resolution. It is "
                "voluntary, it is for all children with SEN whether or not they have an EHC plan, and using "
                "it does not affect your right to appeal. Contact your council to find out who provides it."
                "</p>"
            ),
        ),
        pos="",
        skip="ind vol all noeff",
        notes="national charity explaining DR in the abstract: in, prov, contact 0; the statements are "
        "in the abstract (unlabelled)",
    )
    # 18 Prime Resolution directory entry with all_sen
    c.add(
        "https://localoffer.yewbarrow.example.gov.uk/directory/service/prime-resolution-send",
        html=page(
            "Prime Resolution: SEND mediation and disagreement resolution",
            (
                "<p>Prime Resolution provides SEND mediation and disagreement resolution for Yewbarrow "
                "Council as an independent provider.</p><dl><dt>Who is it for?</dt><dd>Any family of a "
                "child or young person with special educational needs; you don't need to be in the EHC "
                "process</dd><dt>Website</dt><dd>https://www.prime-resolution.example.co.uk/referral</dd>"
                "</dl>"
            ),
        ),
        pos=f"{BASE} all",
        notes="directory record: 'Any family of a child with SEN; you don't need to be in the EHC process' (all)",
    )
    # 19 trap: appeal after mediation, certificate, mediation info page
    c.add(
        "https://localoffer.ashcombemoor.example.gov.uk/send/send-mediation",
        html=page(
            "SEND mediation",
            (
                "<p>Before you can appeal to the Tribunal about an EHC plan decision you must contact a "
                "mediation adviser. The adviser will explain mediation and you can then decide whether to "
                "go ahead. If you go ahead, mediation must happen within 30 days. If mediation does not "
                "resolve things, you can appeal after it. Mediation is provided by Windrose Mediation Ltd, "
                "who are independent of the council (0113 496 0471).</p>"
            ),
        ),
        pos="ind prov contact med",
        skip="vol trib",
        notes="mediation page without the DR term (in 0): med 1 (adviser, decide, 30 days); "
        "noeff 0 (appeal after mediation only); all 0; vol borderline ('decide whether to go ahead'): unlabelled",
    )
    # 20 PDF annual DR section in a guide, declining across lines
    c.add(
        "https://localoffer.bramblewick.example.gov.uk/documents/send-guide-section-7.pdf",
        text=report(
            "Bramblewick SEND Guide for Parents and Carers - Section 7",
            [
                (
                    "7.1 Independent disagreement resolution",
                    [
                        "Bramblewick commissions Hollyoak Mediation Trust to provide disagreement resolution. "
                        "Hollyoak is a charity and is not part of the council. Call 0808 157 0241."
                    ],
                ),
                (
                    "7.2 Who it is for",
                    [
                        "It is open to the families of all children and young people who have special "
                        "educational needs. Your child does not need to have an education, health and care "
                        "plan."
                    ],
                ),
                (
                    "7.3 Your choice",
                    [
                        "You are under no pressure to use it. Some families prefer to go straight to an "
                        "appeal, and that will not be held against them by the Tribunal."
                    ],
                ),
            ],
        ),
        pos=f"{BASE} all vol noeff",
        notes="PDF guide: all (no EHC plan needed), vol ('under no pressure to use it'), noeff "
        "('go straight to an appeal … not held against them')",
    )


FEEDBACK_URL = "https://localoffer.{}.example.gov.uk/local-offer/{}"


def feedback(c: Cases) -> None:
    def fb(
        council: str, slug: str, title: str, main: str, pos: str, notes: str, *, text: str = "", updated: str = ""
    ) -> None:
        url = FEEDBACK_URL.format(council.lower().replace(" ", ""), slug)
        if text:
            c.add(url, text=text, pos=pos, notes=notes)
        else:
            c.add(url, html=page(title, main, updated), pos=pos, notes=notes)

    fb(
        "Ashcombe Moor",
        "what-families-told-us",
        "Local Offer: what families told us and what changed",
        "<p>Published 9 December 2025</p><h2>What families told us</h2><p>The Local Offer's "
        "directory listed clubs that had closed.</p><h2>What changed</h2><p>We checked every listing "
        "and removed 140 that were out of date.</p>",
        "fb",
        "fb: 'what families told us' / 'what changed' about the Local Offer, 9 December 2025",
    )
    fb(
        "Bramblewick",
        "annual-report-2025-26",
        "",
        "",
        "fb",
        "fb: PDF Local Offer annual report 2025-26, 'Comments we received' / 'Our response', July 2026",
        text=report(
            "Bramblewick Local Offer Annual Report 2025-26 (published July 2026)",
            [
                (
                    "2. Comments we received",
                    [
                        "Parents said the Local Offer website was hard to search on a phone. Young people said "
                        "there was too little about life after school."
                    ],
                ),
                (
                    "3. Our response",
                    [
                        "We rebuilt the search for mobile devices in March 2026 and added a Preparing for "
                        "Adulthood section written with young people."
                    ],
                ),
            ],
        ),
    )
    fb(
        "Cindermoor",
        "feedback-log",
        "Local Offer feedback log",
        "<p>Updated 12/05/2026</p>"
        + table(
            ["Comment", "Response", "Status"],
            [
                ["The short breaks page on the Local Offer has no prices.", "Prices added for each scheme.", "Done"],
                [
                    "Please add a page on EOTAS.",
                    "A new page is being written with the parent carer forum.",
                    "In progress",
                ],
            ],
        ),
        "fb",
        "fb: comment/response/status table about the Local Offer, updated 12/05/2026",
    )
    fb(
        "Dovecote Vale",
        "easy-read-you-told-us",
        "Easy Read: you told us, we listened",
        "<p>April 2026</p><p>You told us the Local Offer was hard to use.</p><p>We made it easier. "
        "There are now bigger buttons and pictures.</p><p>You told us you could not find clubs.</p>"
        "<p>We added a map of clubs.</p>",
        "fb",
        "fb: Easy Read about the Local Offer, April 2026",
    )
    fb(
        "Elderfield",
        "young-people-feedback",
        "What young people said about the Local Offer",
        "<p>August 2026</p><p>You wanted information about getting a job, so we added a supported "
        "employment page. You said the Local Offer looked boring, so we worked with Elderfield Youth "
        "Council on a new design.</p>",
        "fb",
        "fb: young people's 'You wanted … so we added', August 2026",
    )
    fb(
        "Farrowby",
        "feedback-summary-q4",
        "Feedback summary: Local Offer, January to March 2026",
        "<h2>Themes</h2>"
        + bullets(["Information about transport to college was missing.", "Some phone numbers were wrong."])
        + "<h2>What we are doing</h2>"
        + bullets(
            ["A post-16 transport page went live on 2 April 2026.", "All phone numbers were checked by 30 April 2026."]
        ),
        "fb",
        "fb: quarterly summary, themes / what we are doing, January-March 2026 (dated in April)",
    )
    fb(
        "Gorsebrook",
        "news-thank-you-for-your-feedback",
        "Thank you for your Local Offer feedback",
        "<p>Posted 2 February 2026</p><p>Many of you told us the Local Offer's search didn't find "
        'services when you typed "autism". We have now added common words and spellings to the '
        "search, so it finds the right services.</p>",
        "fb",
        "fb: news post with comment and change, 2 February 2026",
    )
    fb(
        "Ingleby Marsh",
        "review-2026",
        "Local Offer review 2026: what we heard and how we responded",
        "<p>Published 16 June 2026</p><dl><dt>What we heard</dt><dd>Families wanted to know which "
        "nurseries have SEND training.</dd><dt>How we responded</dt><dd>Each nursery listing now shows "
        "its SEND training.</dd></dl>",
        "fb",
        "fb: definition list 'What we heard' / 'How we responded', 16 June 2026",
    )
    fb(
        "Juniper Heath",
        "your-comments",
        "Your comments on the Local Offer",
        bullets(
            [
                "The Local Offer doesn't explain personal budgets. → Response: we published a "
                "personal budgets guide in November 2025.",
                "There is no information in other languages. → Response: pages can now be translated "
                "into 12 languages.",
            ]
        ),
        "fb",
        "fb: bullets with '→ Response:' arrows; page updated 1 November 2025",
        updated="1 November 2025",
    )
    fb(
        "Larchford",
        "feedback-q2-2026-27",
        "Local Offer feedback – quarter 2 2026/27",
        "<p>Published 14 October 2026. Covers July to September 2026.</p>"
        + table(
            ["You said", "We did"],
            [
                ["The SEN support page for secondary schools was out of date.", "Rewritten in September with SENCos."],
                [
                    "We want to see respite options in one place.",
                    "A respite and short breaks summary page now links them all.",
                ],
            ],
        ),
        "fb",
        "fb: quarterly You said / We did table about the Local Offer, 14 October 2026",
    )
    fb(
        "Mirefield",
        "you-said-we-did",
        "You said, we did: the Local Offer",
        "<details><summary>Finding things</summary><p>You said the menus were confusing.</p><p>What we "
        "did: we cut the top menu from 14 items to 6.</p></details><details><summary>Accessibility"
        "</summary><p>You said text was too small.</p><p>What we did: added a text size tool.</p>"
        "</details><p>Page reviewed 30/10/2025</p>",
        "fb",
        "fb: accordions per theme about the Local Offer, reviewed 30/10/2025 (two days inside)",
    )
    fb(
        "Nettlebridge",
        "comments-and-replies",
        "Comments about the Local Offer and the council's reply",
        "<p>Date published: 5th March 2026</p>"
        + table(
            ["Comment", "Our reply"],
            [
                ["Can you list which schools have a resource base?", "Yes, these are now on the schools page."],
                ["The Local Offer should say how long assessments take.", "We added the 20-week timeline."],
            ],
        ),
        "fb",
        "fb: comment / 'Our reply' table, 5th March 2026",
    )
    fb(
        "Orchardby",
        "feedback-report-2026",
        "",
        "",
        "fb",
        "fb: PDF Local Offer feedback report, 'Issues raised' / 'Actions', dated 2026-06-18",
        text=report(
            "Orchardby Local Offer Feedback Report  2026-06-18",
            [
                (
                    "Issues raised",
                    [
                        "People who responded to our Local Offer survey said the health pages were confusing "
                        "and that the list of therapies was incomplete."
                    ],
                ),
                (
                    "Actions",
                    ["The health pages were rewritten with the ICB and the therapies list was completed in May 2026."],
                ),
            ],
        ),
    )
    # traps and near misses
    fb(
        "Quernmoor",
        "what-families-told-us",
        "Local Offer: what families told us and what changed",
        "<p>Published 21 October 2025</p><h2>What families told us</h2><p>The Local Offer did not "
        "list holiday clubs.</p><h2>What changed</h2><p>Holiday clubs are now listed.</p>",
        "",
        "fb 0: the same form, published 21 October 2025 (before the window)",
    )
    fb(
        "Redhithe",
        "inclusion-strategy-you-said",
        "You said, we did: SEND Inclusion Strategy",
        "<p>March 2026</p><p>You said the strategy should focus on mainstream inclusion. We did: added a "
        "priority on inclusion in mainstream schools.</p>",
        "",
        "fb 0: about the SEND strategy, not the Local Offer",
    )
    fb(
        "Sallowfield",
        "short-breaks-you-said",
        "You said, we did: short breaks",
        "<p>May 2026</p><p>You said there were not enough Saturday sessions. We did: added Saturday "
        "sessions at two centres.</p>",
        "",
        "fb 0: short breaks, not the Local Offer",
    )
    fb(
        "Wychbury",
        "comments-received",
        "Comments received about the Local Offer",
        "<p>June 2026</p><p>Families told us the Local Offer had too much jargon and that the directory "
        "was out of date. We will publish our response in the spring.</p>",
        "",
        "fb 0: comments without a response (promised later)",
    )
    fb(
        "Yewbarrow",
        "you-said-we-did",
        "You said, we did",
        "<p>You said the Local Offer was hard to navigate. We did: redesigned the home page.</p>",
        "",
        "fb 0: undated",
    )
    fb(
        "Ashcombe Moor",
        "tell-us",
        "Tell us what you think of the Local Offer",
        "<p>We want to hear your views on the Local Offer. Fill in our form and we will publish what "
        'you said and what we did each year.</p><form><textarea name="comment"></textarea></form>',
        "",
        "fb 0: a feedback form with a promise",
    )
    fb(
        "Bramblewick",
        "reports",
        "Local Offer annual reports",
        bullets(
            [
                '<a href="/docs/lo-report-2023-24.pdf">Local Offer annual report 2023-24 (PDF)</a>',
                '<a href="/docs/lo-report-2022-23.pdf">Local Offer annual report 2022-23 (PDF)</a>',
            ]
        ),
        "",
        "fb 0: links to old reports only",
    )
    fb(
        "Cindermoor",
        "survey-results-2026",
        "Local Offer survey results 2026",
        "<p>Published 3 March 2026</p><p>412 people answered. 61% found what they needed; 27% said the "
        "website was hard to use on a phone; 12% had not heard of the Local Offer.</p>",
        "",
        "fb 0: survey results without a response",
    )
    fb(
        "Dovecote Vale",
        "whats-new",
        "What's new on the Local Offer",
        "<p>September 2026: new pages on EOTAS and on personal budgets.</p><p>June 2026: the directory "
        "moved to a new system.</p>",
        "",
        "fb 0: changelog without comments",
    )
    fb(
        "Elderfield",
        "parent-carer-forum-you-said",
        "Elderfield Parent Carer Forum: you said, we did",
        "<p>July 2026</p><p>Members said our coffee mornings clashed with school pick-up. We did: "
        "moved them to 10am.</p>",
        "",
        "fb 0: the parent carer forum's own events",
    )
    fb(
        "Farrowby",
        "annual-report-2024-25",
        "Local Offer annual report 2024-25",
        "<p>Published 1 September 2025</p><h2>What you said</h2><p>The Local Offer needed more about "
        "SEN support.</p><h2>What we did</h2><p>Added an SEN support section.</p>",
        "",
        "fb 0: published 1 September 2025 (before the window)",
    )
    fb(
        "Gorsebrook",
        "feedback-report-2024-25",
        "Local Offer feedback report, April 2024 to March 2025",
        "<p>Published 27 October 2025</p><h2>Your comments</h2><p>Parents wanted clearer information "
        "about EHC needs assessments.</p><h2>Our response</h2><p>We added a step-by-step guide.</p>",
        "",
        "fb 0: published 27 October 2025, the day before the window",
    )
    fb(
        "Ingleby Marsh",
        "pfa-you-said",
        "You said, we did: Preparing for Adulthood service",
        "<p>February 2026</p><p>You said transition reviews started too late. We did: reviews now start in Year 9.</p>",
        "",
        "fb 0: a service's you said/we did, not the Local Offer",
    )


def others(c: Cases) -> None:
    """A few pages for the other checks."""
    c.add(
        "https://localoffer.juniperheath.example.gov.uk/health/therapies",
        html=page(
            "Therapies",
            "<p>Speech and language therapy is commissioned by Juniper Heath CCG "
            "and provided by the community trust.</p>",
        ),
        pos="",
        stale=True,
        notes="stale: CCG as a current commissioner",
    )
    c.add(
        "https://localoffer.larchford.example.gov.uk/health/who-commissions",
        html=page(
            "Who commissions health services",
            "<p>Since July 2022 the Integrated Care Board has done what the former CCG used to do.</p>",
        ),
        pos="",
        notes="stale_ccg 1: 'the former CCG'",
    )
    c.add(
        "https://localoffer.mirefield.example.gov.uk/send/appealing-to-the-tribunal",
        html=page(
            "Appealing to the Tribunal",
            (
                "<p>You have the right to appeal to the First-tier Tribunal (SEND) about decisions on EHC "
                "needs assessments and plans. Register your appeal online with HMCTS within two months of "
                "the decision letter, or within one month of your mediation certificate if that is later."
                "</p>"
            ),
        ),
        pos="trib",
        notes="trib: right and how (online, deadline); med 0: the certificate only mentioned",
    )


def main() -> None:
    c = Cases("v")
    shared_shape(c)
    one_off_dr(c)
    feedback(c)
    others(c)
    c.write("train_seven.jsonl")


if __name__ == "__main__":
    main()
