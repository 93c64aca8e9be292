"""Write ``train_six.jsonl``: a sixth set of out-of-sample pages, written in November 2026.

Written blind, before reading the checks' code or fixtures, from ``checks.md``, ``duties.md`` and
the labelling rules of ``README.md`` only, and without opening the held-back files. Councils
(Wrenfield, Marshbury, Thistleford, Glenmarsh, Kestleigh, Ambledown, Rookhaven, Halsworth,
Briarmoor, Selbourne Cross, Pellworth, Dunmere, Corrington, Lowerby, Fennick) and fictional
providers (Fieldstone Mediation CIC, Halcyon Resolution Ltd, Bellwether SEND Mediation, Crossroads
Accord Partnership, Lightkeeper Dispute Resolution, Springwell Mediation Trust, Truenorth
Resolution CIC, Oakleaf Mediation Services) are new to the corpus; the real providers of
``duties.md`` §10 appear beside them. The weight is on four checks: voluntariness, all children
with SEN, declining leaving the appeal open, and published Local Offer feedback (audit date
2026-11-28, window from 2025-10-28).

Each ``Cases.add`` (``labels.py``) names in ``pos`` what the page passes on its own; ``skip`` leaves
borderline checks unlabelled. Regenerate with ``python tests/corpus/make_corpus_six.py``.
"""

from __future__ import annotations

import textwrap

from labels import Cases  # the sibling module: run as a script from any directory

MENU = (
    '<header class="masthead"><a class="logo" href="/">SEND Local Offer</a><button aria-expanded="false">'
    'Menu</button><ul class="drawer"><li><a href="/send/mediation-and-disagreement-resolution">Mediation '
    'and disagreement resolution</a></li><li><a href="/send/sendiass">SENDIASS: free, impartial advice'
    '</a></li><li><a href="/send/tribunal">Appealing to the SEND Tribunal</a></li><li><a href="/send/'
    'complaints">Complaints</a></li><li><a href="/send/you-said-we-did">You said, we did</a></li></ul>'
    '</header><form class="search" role="search"><input name="q" placeholder="Search the Local Offer">'
    "</form>"
)
FOOTER = (
    '<aside class="help"><h2>Need help?</h2><p><a href="/send/sendiass">Talk to SENDIASS</a> · '
    '<a href="/send/mediation-and-disagreement-resolution">Independent mediation</a></p></aside>'
    '<footer><p>Was this page useful? <button>Yes</button> <button>No</button></p><p><a href="/'
    'cookies">Cookies</a> · <a href="/accessibility">Accessibility statement</a> · © Council</p>'
    "</footer>"
)


def page(title: str, main: str, dated: str = "") -> str:
    """A whole Local Offer page with this split's furniture; ``dated`` adds a 'last reviewed' line."""
    stamp = f'<p class="reviewed">Last reviewed: {dated}</p>' if dated else ""
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><title>{title} | SEND Local Offer</title></head>'
        f'<body>{MENU}<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/send">SEND</a> &gt; '
        f'{title}</nav><main><h1>{title}</h1>{main}{stamp}</main>{FOOTER}</body></html>'
    )


def pdf(header: str, paragraphs: list[str], width: int = 64, every: int = 9) -> str:
    """PDF-like text: paragraphs hard-wrapped at ``width``, a running header with the next page's
    number after every ``every`` lines (often in mid-sentence)."""
    lines = [line for para in paragraphs for line in [*(textwrap.wrap(para, width) or [""]), ""]]
    out: list[str] = []
    for i, line in enumerate(lines, start=1):
        out.append(line)
        if i % every == 0:
            out.append(f"{header}    Page {i // every + 1}")
    return "\n".join(out)


def faq(pairs: list[tuple[str, str]]) -> str:
    """Questions as headings, each answered in a paragraph."""
    return "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in pairs)


def accordion(pairs: list[tuple[str, str]]) -> str:
    """``<details>`` accordions."""
    return "".join(f"<details><summary>{q}</summary><div>{a}</div></details>" for q, a in pairs)


def rows(pairs: list[tuple[str, str]], head: tuple[str, str] | None = None) -> str:
    """A two-column table."""
    top = f"<tr><th>{head[0]}</th><th>{head[1]}</th></tr>" if head else ""
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in pairs)
    return f"<table>{top}{body}</table>"


PROVIDERS = [
    ("Fieldstone Mediation CIC", "0113 496 0218", "hello@fieldstone-mediation.example.org.uk"),
    ("Halcyon Resolution Ltd", "0117 496 0733", "send@halcyonresolution.example.co.uk"),
    ("Bellwether SEND Mediation", "020 7946 0391", "referrals@bellwether-send.example.org.uk"),
    ("Crossroads Accord Partnership", "0161 496 0547", "info@crossroadsaccord.example.org.uk"),
    ("Lightkeeper Dispute Resolution", "0808 157 0624", "families@lightkeeper-dr.example.co.uk"),
    ("Springwell Mediation Trust", "01632 960 815", "send@springwellmediation.example.org.uk"),
    ("Truenorth Resolution CIC", "0114 496 0276", "book@truenorthresolution.example.org.uk"),
    ("Oakleaf Mediation Services", "0118 496 0952", "oakleaf@oakleafmediation.example.co.uk"),
]


def arranged(style: int, council: str, k: int) -> str:
    """A block naming the independent provider of the council's disagreement resolution and how to
    reach it: with the DR term it makes a page pass in, ind, prov and contact."""
    name, phone, email = PROVIDERS[k % len(PROVIDERS)]
    short = name.split()[0]
    forms = [
        f"<p>Disagreement resolution in {council} is arranged through {name}. {short} is an independent "
        f"organisation and its facilitators are not council staff.</p><p>Telephone {phone} or write to "
        f"{email}.</p>",
        rows(
            [
                ("Service", "SEND disagreement resolution"),
                ("Run by", f"{name}, independent of {council} Council"),
                ("Phone", phone),
                ("Email", email),
            ]
        ),
        f"<p>{name} holds {council}'s contract for disagreement resolution and SEND mediation. They are "
        f"independent: nobody who works for them is employed by the council.</p><p>Ring {phone} or email "
        f"{email} to ask for a meeting.</p>",
        f"<h2>{name}</h2><dl><dt>About</dt><dd>An independent mediation organisation commissioned by "
        f"{council} Council to provide disagreement resolution for children and young people with special "
        f"educational needs.</dd><dt>Telephone</dt><dd>{phone}</dd><dt>Email</dt><dd>{email}</dd></dl>",
        f"<p>Independent disagreement resolution is offered to {council} families by {name}, which has "
        f"no connection with the local authority. Requests can be made by email to {email} or by phone on "
        f"{phone}.</p>",
    ]
    return forms[style % len(forms)]


BASE = "in ind prov contact"


def dr_page(c: Cases, council: str, slug: str, k: int, statement: str, pos: str, notes: str, *,
            before: bool = False, skip: str = "med trib") -> None:
    """A disagreement resolution page for ``council``: intro, the provider block and one statement
    (``before`` puts the statement first)."""
    intro = (
        "<p>Sometimes families and the people who support a child with special educational needs "
        "see things differently. Disagreement resolution is a meeting with a trained, independent "
        "person who helps everyone talk it through and look for a way forward.</p>"
    )
    body = statement + arranged(k, council, k) if before else arranged(k, council, k) + statement
    c.add(
        f"https://send.{slug}.example.gov.uk/local-offer/disagreement-resolution",
        html=page("Disagreement resolution", intro + body),
        pos=f"{BASE} {pos}".strip(),
        skip=skip,
        notes=notes,
    )


def voluntary(c: Cases) -> None:
    """drs_voluntary: positives in new wordings, near misses and traps."""
    dr_page(c, "Wrenfield", "wrenfield", 0,
            "<p>Taking part is your decision. No family is obliged to use disagreement resolution.</p>",
            "vol", "vol: 'your decision', 'no family is obliged to use'")
    dr_page(c, "Marshbury", "marshbury", 1,
            "<p>A meeting only goes ahead when everybody involved has said yes to it.</p>",
            "vol", "vol: needs every party's agreement ('everybody involved has said yes')", before=True)
    dr_page(c, "Thistleford", "thistleford", 2,
            faq([("Do I have to use disagreement resolution?", "No. It is up to you."),
                 ("How long does it take?", "Most meetings last about three hours.")]),
            "vol", "vol: FAQ heading 'Do I have to use it?' answered 'No. It is up to you.'")
    dr_page(c, "Glenmarsh", "glenmarsh", 3,
            "<p>Participation is voluntary on all sides, and the meeting is held somewhere neutral.</p>",
            "vol", "vol: 'participation is voluntary on all sides'")
    c.add(
        "https://www.kestleigh.example.gov.uk/send/easy-read-disagreement-resolution",
        html=page("Easy Read: sorting out disagreements", (
            "<p><img alt=\"two people talking\" src=\"talk.png\"> Sometimes you and the school do not agree.</p>"
            "<p><img alt=\"\" src=\"person.png\"> A person from Springwell Mediation Trust can help you talk."
            " Springwell is not part of the council.</p>"
            "<p><img alt=\"\" src=\"no.png\"> You do not have to go. You can say no.</p>"
            "<p><img alt=\"\" src=\"phone.png\"> Phone Springwell on 01632 960 815.</p>"
            "<p>This is called disagreement resolution.</p>")),
        pos="in ind prov contact vol", skip="med trib",
        notes="Easy Read; vol: 'You do not have to go. You can say no.'; ind: 'not part of the council'",
    )
    c.add(
        "https://www.ambledown.example.gov.uk/send/young-people/falling-out-about-support",
        html=page("Not happy with your support? (for young people 16-25)", (
            "<p>If you and your college, or you and the council, can't agree about the help you get, a "
            "disagreement resolution meeting might help. It's run by Halcyon Resolution Ltd, who are "
            "independent - they don't work for the council or your college.</p>"
            "<p>It's your call whether you go. If you don't fancy it, you don't have to.</p>"
            "<p>Text or ring Halcyon on 0117 496 0733.</p>")),
        pos="in ind prov contact vol", skip="med trib types",
        notes="young person's voice; vol: 'It's your call whether you go ... you don't have to'",
    )
    c.add(
        "https://send.rookhaven.example.gov.uk/datrys-anghydfod-resolving-disagreements",
        html=page("Datrys anghydfod / Resolving disagreements", (
            "<h2>Beth yw e? / What is it?</h2><p>Disagreement resolution is an independent meeting to "
            "help you and the school or council reach agreement about special educational provision. "
            "Rookhaven uses Truenorth Resolution CIC, who are not part of the council.</p>"
            "<h2>Gwirfoddol / Voluntary</h2><p>You choose whether to take part, and so does the other side."
            "</p><h2>Cysylltu / Contact</h2><p>0114 496 0276 · book@truenorthresolution.example.org.uk</p>")),
        pos="in ind prov contact vol", skip="med trib types",
        notes="bilingual-ish headings; vol: heading 'Voluntary' + 'You choose whether to take part'",
    )
    c.add(
        "https://www.halsworth.example.gov.uk/local-offer/myth-busters-disagreements",
        html=page("Myth busters: disagreements about SEN support", (
            "<p><strong>Myth:</strong> I have to try disagreement resolution before anything else.<br>"
            "<strong>Fact:</strong> You don't. Whether you use it is up to you.</p>"
            "<p><strong>Myth:</strong> The mediator works for the council.<br><strong>Fact:</strong> "
            "Halsworth's disagreement resolution is run by Oakleaf Mediation Services, an independent "
            "company. Ring 0118 496 0952.</p>"
            "<p><strong>Myth:</strong> SEN support is only for children with a diagnosis.<br>"
            "<strong>Fact:</strong> Schools support needs, not labels.</p>")),
        pos="in ind prov contact vol", skip="med trib",
        notes="myth buster; vol: 'You don't. Whether you use it is up to you.'; the diagnosis myth is about SEN support, not DR scope (all 0)",
    )
    c.add(
        "https://www.briarmoor.example.gov.uk/downloads/dr-leaflet.pdf",
        text=pdf("Briarmoor SEND Local Offer - Disagreement resolution leaflet", [
            "Disagreement resolution",
            "Briarmoor County Council has commissioned Crossroads Accord Partnership to provide "
            "disagreement resolution for families of children and young people with special "
            "educational needs. Crossroads Accord is independent of the council.",
            "Taking part is voluntary and requires the agreement of everyone involved, including the "
            "school or the council.",
            "To request a meeting telephone 0161 496 0547 or email info@crossroadsaccord.example.org.uk.",
        ], width=58, every=5),
        pos="in ind prov contact vol", skip="med trib",
        notes="PDF with hard wraps and running header; vol: 'voluntary and requires the agreement of everyone involved'",
    )
    dr_page(c, "Selbourne Cross", "selbournecross", 4,
            "<p>The service is offered, never imposed: parents and young people can accept it or turn it "
            "down.</p>",
            "vol", "vol: 'offered, never imposed ... accept it or turn it down'")
    dr_page(c, "Pellworth", "pellworth", 5,
            "<p>Both you and the school must be willing to take part; it cannot happen otherwise.</p>",
            "vol", "vol: all parties' agreement ('both ... must be willing to take part')")
    dr_page(c, "Dunmere", "dunmere", 6,
            "<p>Using the service is optional for parents, carers and young people.</p>",
            "vol", "vol: 'optional for parents ...'", before=True)
    # near misses and traps
    dr_page(c, "Corrington", "corrington", 7,
            "<p>Our trained volunteers can come with you to the meeting and take notes if you wish.</p>",
            "", "vol trap: volunteers; 'if you wish' is about the volunteer")
    dr_page(c, "Lowerby", "lowerby", 0,
            "<p>Before a meeting is booked you are required to attend a short information call with the "
            "facilitator.</p>",
            "", "vol trap: a required information call")
    dr_page(c, "Fennick", "fennick", 1,
            "<p>If you ask for disagreement resolution, the school must take part.</p>",
            "", "vol trap: the school is obliged; nothing says families need not use it")
    dr_page(c, "Wrenfield", "wrenfield-2", 2,
            "<p>Any agreement reached at the meeting is not legally binding, but everyone is expected to "
            "honour it.</p>",
            "", "vol trap: 'not legally binding' is not voluntariness")
    dr_page(c, "Marshbury", "marshbury-2", 3,
            "<p>We strongly encourage every family to use disagreement resolution before taking any "
            "other step.</p>",
            "", "vol trap: 'strongly encourage' says nothing about choice")
    dr_page(c, "Thistleford", "thistleford-2", 4,
            "<p>You can choose the venue and the time, and whether the meeting is online.</p>",
            "", "vol trap: choosing the venue, not whether to take part")
    c.add(
        "https://www.glenmarsh.example.gov.uk/community/voluntary-sector-grants",
        html=page("Voluntary sector grants", (
            "<p>Glenmarsh supports voluntary and community groups, including SEND parent groups and a "
            "community mediation project for neighbour disputes. Applications are voluntary and free.</p>"
            "<p>Contact the grants team on 01632 960 402.</p>")),
        pos="",
        notes="vol trap: voluntary sector, community mediation; not SEND DR",
    )
    c.add(
        "https://www.kestleigh.example.gov.uk/family/separating-parents-mediation",
        html=page("Separating parents: family mediation", (
            "<p>Family mediation helps separating parents agree child arrangements. It is voluntary, "
            "although you will usually need to attend a MIAM before applying to court. Kestleigh Family "
            "Mediation: 0113 496 0871. Families of children with additional needs are welcome.</p>")),
        pos="",
        notes="vol trap: family mediation (MIAM) called voluntary",
    )


def all_sen(c: Cases) -> None:
    """drs_all_sen: positives in new wordings and traps."""
    dr_page(c, "Ambledown", "ambledown", 0,
            "<p>Any child or young person with special educational needs can use it. An EHC plan is not "
            "a requirement.</p>",
            "all", "all: 'any child ... with SEN'; 'An EHC plan is not a requirement'")
    dr_page(c, "Rookhaven", "rookhaven", 1,
            "<p>It is open to families whose child gets SEN support at school, not just to those whose "
            "child has a plan.</p>",
            "all", "all: SEN support families, 'not just ... a plan'")
    dr_page(c, "Halsworth", "halsworth", 2,
            faq([("My son doesn't have an EHCP. Can we still use disagreement resolution?",
                  "Yes. It is there for all children with SEN."),
                 ("Is there a charge?", "No, it is free to families.")]),
            "all", "all: FAQ 'doesn't have an EHCP ... Can we still use it?' 'Yes'")
    dr_page(c, "Briarmoor", "briarmoor", 3,
            "<p>You do not need to be in the EHC process to ask for a meeting.</p>",
            "all", "all: 'do not need to be in the EHC process'", before=True)
    dr_page(c, "Selbourne Cross", "selbournecross-2", 4,
            "<p>This applies to every child and young person aged 0 to 25 with special educational "
            "needs, whatever level of support they receive.</p>",
            "all", "all: 'every child ... with SEN, whatever level of support'")
    dr_page(c, "Pellworth", "pellworth-2", 5,
            "<p>It isn't limited to children and young people with education, health and care plans.</p>",
            "all", "all: 'isn't limited to ... EHC plans'")
    c.add(
        "https://www.dunmere.example.gov.uk/send/easy-read/help-to-agree",
        html=page("Help to agree (Easy Read)", (
            "<ul><li>Disagreement resolution helps you and the school agree.</li>"
            "<li>You can use it even if you do not have an EHC plan.</li>"
            "<li>The helper comes from Lightkeeper Dispute Resolution. They do not work for the council."
            "</li><li>Call 0808 157 0624.</li></ul>")),
        pos="in ind prov contact all", skip="med trib",
        notes="Easy Read list; all: 'even if you do not have an EHC plan'",
    )
    c.add(
        "https://www.corrington.example.gov.uk/local-offer/young-people/disagreements",
        html=page("When you don't agree (young people)", (
            "<p>You don't need an EHCP to use this. If you get support at college because of your SEN, "
            "you can ask for disagreement resolution too.</p><p>It's run by Bellwether SEND Mediation, "
            "an independent organisation. Email referrals@bellwether-send.example.org.uk.</p>")),
        pos="in ind prov contact all", skip="med trib",
        notes="young person's voice; all: 'You don't need an EHCP to use this'",
    )
    c.add(
        "https://send.lowerby.example.gov.uk/directory/service/drs-1142",
        html=page("Lowerby SEND Disagreement Resolution Service", (
            "<div class=\"record\"><h2>Service details</h2>" + rows([
                ("Provided by", "Fieldstone Mediation CIC (independent)"),
                ("Who can use it", "Any family of a child or young person with SEN (an EHC plan is not needed)"),
                ("Cost", "Free"),
                ("Phone", "0113 496 0218"),
                ("Email", "hello@fieldstone-mediation.example.org.uk"),
            ]) + "</div>")),
        pos="in ind prov contact all", skip="med trib",
        notes="directory record; all: 'Any family of a child with SEN (an EHC plan is not needed)'",
    )
    c.add(
        "https://www.fennick.example.gov.uk/send/disagreement-resolution-code",
        html=page("Disagreement resolution in Fennick", (
            "<p>Our arrangements follow the SEND Code of Practice:</p><blockquote>Disagreement resolution "
            "is there for all parents and young people with special educational needs, not only those who "
            "are being assessed for, or have, an EHC plan.</blockquote><p>In Fennick the service is run "
            "by Springwell Mediation Trust, who are independent of the council. Call 01632 960 815.</p>")),
        pos="in ind prov contact all", skip="med trib",
        notes="Code paraphrase introduced as the local arrangement; all",
    )
    c.add(
        "https://www.wrenfield.example.gov.uk/send/guide/chapter-7",
        html=page("Parents' guide to SEND in Wrenfield - chapter 7: when things go wrong", (
            "<p>Most worries are sorted out by talking to the class teacher or the SENCo. Schools in "
            "Wrenfield publish a SEN information report that explains how they identify needs and how "
            "they review progress each term. Keep notes of meetings and ask for copies of plans.</p>"
            "<p>If talking has not helped, you can ask for an independent disagreement resolution "
            "meeting. Wrenfield's provider is Truenorth Resolution CIC (0114 496 0276), who have no link "
            "with the council. The service covers children on SEN support as well as those with EHC plans, "
            "and it can look at disagreements with a school about the support it is giving, or with the "
            "council about how it carries out its SEN duties.</p>"
            "<p>You can also contact SENDIASS for advice at any stage.</p>")),
        pos="in ind prov contact all types", skip="med trib",
        notes="long guide, key sentences buried; all: 'SEN support as well as ... EHC plans'; types: two kinds",
    )
    c.add(
        "https://www.thistleford.example.gov.uk/send/mediation-young-people-pdf",
        text=pdf("Thistleford Local Offer | Sorting out disagreements", [
            "Sorting out disagreements",
            "Thistleford's disagreement resolution service is provided by Oakleaf Mediation Services, "
            "who are independent of the council. It is available to every child and young person with "
            "special educational needs in Thistleford, whether or not they have an EHC plan.",
            "Phone 0118 496 0952.",
        ], width=60, every=4),
        pos="in ind prov contact all", skip="med trib",
        notes="PDF; all: 'every child ... with SEN ..., whether or not they have an EHC plan' across a wrap",
    )
    # traps
    dr_page(c, "Glenmarsh", "glenmarsh-2", 5,
            "<p>The service is for families of children with an EHC plan, or who have asked for an EHC "
            "needs assessment.</p>",
            "", "all trap: restricted to EHC plans and assessments")
    dr_page(c, "Kestleigh", "kestleigh", 6,
            "<p>Whether or not an agreement is reached, you will get a short written summary.</p>",
            "", "all trap: 'whether or not' about the outcome")
    dr_page(c, "Ambledown", "ambledown-2", 7,
            "<p>It can help with any disagreement about an EHC plan, from the first draft to an annual "
            "review.</p>",
            "", "all trap: EHC plan disagreements only")
    c.add(
        "https://www.rookhaven.example.gov.uk/send/sendiass",
        html=page("Rookhaven SENDIASS", (
            "<p>Rookhaven SENDIASS gives free, impartial and confidential information and advice to all "
            "families of children with SEND, whether or not they have an EHC plan. We can help you prepare "
            "for meetings and explain disagreement resolution and mediation.</p>"
            "<p>Helpline 0161 496 0330 · sendiass@rookhaven.example.org.uk</p>")),
        pos="iass",
        notes="all trap: IASS for all families, not DR scope; conf trap: IASS confidential; iass 1",
    )
    c.add(
        "https://www.halsworth.example.gov.uk/send/mediation",
        html=page("SEND mediation", (
            "<p>Mediation is for disagreements about decisions on EHC needs assessments and EHC plans. "
            "If you want to appeal to the Tribunal you must first contact a mediation adviser, within two "
            "months of the decision letter, and you will be given a certificate within three working days. "
            "Halsworth's mediation adviser is Global Mediation (0800 064 4488).</p>")),
        pos="med prov contact", skip="ind trib in",
        notes="all trap: mediation rightly limited to EHC decisions; med 1; provider named",
    )
    c.add(
        "https://www.briarmoor.example.gov.uk/send/sen-support-in-schools",
        html=page("SEN support in schools", (
            "<p>All schools must support children with special educational needs, whether or not they "
            "have an EHC plan. This is called SEN support and follows a cycle of assess, plan, do and "
            "review.</p><p>If you are unhappy, speak to the SENCo first.</p>")),
        pos="",
        notes="all trap: SEN support for all, no DR",
    )
    c.add(
        "https://www.pellworth.example.gov.uk/family-support/family-mediation",
        html=page("Family mediation for all families", (
            "<p>Our family mediation service is for all families, including those with children with "
            "SEND, who are going through separation. Contact Pellworth Family Mediation on 0117 496 0119."
            "</p>")),
        pos="",
        notes="all trap: family mediation for all families",
    )


def no_effect(c: Cases) -> None:
    """drs_no_effect_on_appeal: positives in new wordings and traps."""
    dr_page(c, "Selbourne Cross", "selbournecross-3", 0,
            "<p>Saying no to disagreement resolution won't affect your right to appeal to the Tribunal.</p>",
            "noeff", "noeff: 'saying no ... won't affect your right to appeal'; vol borderline (saying no implied), left out",
            skip="med trib vol")
    dr_page(c, "Corrington", "corrington-2", 1,
            "<p>Using this service, or not using it, makes no difference to your right of appeal.</p>",
            "noeff", "noeff: 'using ... or not using it, makes no difference to your right of appeal'")
    dr_page(c, "Dunmere", "dunmere-2", 2,
            faq([("If we don't go to disagreement resolution, can we still appeal to the Tribunal?", "Yes."),
                 ("Who will be there?", "You, the facilitator and someone from the school or council.")]),
            "noeff", "noeff: FAQ 'If we don't go ..., can we still appeal?' 'Yes.'")
    dr_page(c, "Lowerby", "lowerby-2", 3,
            "<p>You don't lose any right of appeal by not taking part.</p>",
            "noeff", "noeff: 'don't lose any right of appeal by not taking part'")
    dr_page(c, "Fennick", "fennick-2", 4,
            "<p>Declining the offer does not prejudice an appeal to the First-tier Tribunal (SEND).</p>",
            "noeff", "noeff: 'Declining ... does not prejudice an appeal'", before=True)
    dr_page(c, "Wrenfield", "wrenfield-3", 5,
            "<p>Disagreement resolution sits alongside your appeal rights. It doesn't replace them and it "
            "doesn't stop you appealing.</p>",
            "noeff", "noeff: 'doesn't replace them and ... doesn't stop you appealing'")
    dr_page(c, "Marshbury", "marshbury-3", 6,
            "<p>You are entitled to appeal to the Tribunal whatever you decide about disagreement "
            "resolution.</p>",
            "noeff", "noeff: 'entitled to appeal ... whatever you decide about DR'")
    c.add(
        "https://www.thistleford.example.gov.uk/send/easy-read-mediation",
        html=page("Mediation - Easy Read", (
            "<p>Mediation is a meeting to help you and the council agree about an EHC plan.</p>"
            "<p>The mediator comes from Bellwether SEND Mediation. They do not work for the council.</p>"
            "<p>You do not have to have mediation. If you say no to mediation, you can still appeal.</p>"
            "<p>Phone Bellwether: 020 7946 0391.</p>")),
        pos="ind prov contact vol noeff", skip="med trib in",
        notes="Easy Read SEND mediation; noeff: 'If you say no to mediation, you can still appeal'; no DR term so in 0 (skipped)",
    )
    c.add(
        "https://www.glenmarsh.example.gov.uk/young-people/tribunal-or-mediation",
        html=page("Mediation or the Tribunal? (for young people)", (
            "<p>Don't want to do mediation? No problem. You can still go to the Tribunal - you just need "
            "the certificate first, which the mediation adviser will give you.</p>"
            "<p>Glenmarsh's mediation adviser is Lightkeeper Dispute Resolution, an independent "
            "organisation: 0808 157 0624.</p>")),
        pos="ind prov contact noeff", skip="med trib in vol",
        notes="young voice; vol borderline ('No problem'), left out; noeff: 'Don't want to do mediation? ... You can still go to the Tribunal'",
    )
    c.add(
        "https://www.kestleigh.example.gov.uk/downloads/appeal-rights.pdf",
        text=pdf("Kestleigh Council - Your rights if you disagree", [
            "Independent mediation and disagreement resolution",
            "Kestleigh's SEND mediation and disagreement resolution services are provided by Halcyon "
            "Resolution Ltd, who are independent of the council. Call 0117 496 0733.",
            "Not using mediation does not remove your right to appeal to the SEND Tribunal. You will "
            "still need a mediation certificate before you register an appeal.",
        ], width=56, every=4),
        pos="in ind prov contact noeff", skip="med trib",
        notes="PDF; noeff: 'Not using mediation does not remove your right to appeal'",
    )
    c.add(
        "https://www.ambledown.example.gov.uk/send/if-you-disagree",
        html=page("If you disagree with a decision", (
            "<p>There are several ways forward. You can ask for a meeting with the SEN team, use "
            "independent disagreement resolution, try mediation, or appeal.</p>"
            "<h2>Disagreement resolution</h2><p>Ambledown's service is delivered by Crossroads Accord "
            "Partnership, who are independent of the council (0161 496 0547).</p>"
            "<h2>Your appeal rights</h2><p>Your appeal rights are unaffected if you decide not to "
            "mediate. Ask the mediation adviser for a certificate and you can then register your appeal."
            "</p>")),
        pos="in ind prov contact noeff", skip="med trib vol",
        notes="noeff: 'appeal rights are unaffected if you decide not to mediate'",
    )
    c.add(
        "https://www.rookhaven.example.gov.uk/send/faqs",
        html=page("Frequently asked questions", accordion([
            ("What is the Local Offer?", "It is information about services for children with SEND."),
            ("Will turning down mediation count against me at the Tribunal?",
             "No - you can still appeal, and the Tribunal will not hold it against you."),
            ("Who provides mediation?", "Springwell Mediation Trust, an independent charity: 01632 960 815."),
        ])),
        pos="ind prov contact noeff", skip="med trib in vol",
        notes="accordion FAQ; noeff: 'Will turning down mediation count against me ...? No - you can still appeal'",
    )
    # traps
    dr_page(c, "Halsworth", "halsworth-2", 7,
            "<p>If disagreement resolution doesn't settle things, you can then appeal to the Tribunal.</p>",
            "", "noeff trap: appeal after DR")
    dr_page(c, "Briarmoor", "briarmoor-2", 0,
            "<p>Once mediation has finished the mediator will give you a certificate allowing you to "
            "appeal.</p>",
            "", "noeff trap: certificate after mediation")
    dr_page(c, "Selbourne Cross", "selbournecross-4", 1,
            "<p>You must consider mediation before you can appeal.</p>",
            "", "noeff trap: must consider mediation")
    dr_page(c, "Pellworth", "pellworth-3", 2,
            "<p>Making a complaint does not affect your right to appeal to the Tribunal.</p>",
            "", "noeff trap: a complaint, not DR, leaves the appeal open")
    dr_page(c, "Dunmere", "dunmere-3", 3,
            "<p>Taking part will not affect your child's current school place while the meeting is "
            "arranged.</p>",
            "", "noeff trap: school place, not the appeal")
    c.add(
        "https://www.corrington.example.gov.uk/schools/admissions/appeals",
        html=page("School admission appeals", (
            "<p>If your child is refused a school place you can appeal to an independent appeal panel. "
            "Talking to the admissions team first does not affect your right to appeal. Appeals must be "
            "lodged within 20 school days.</p>")),
        pos="",
        notes="noeff trap: admissions appeal; ind trap: independent appeal panel",
    )
    c.add(
        "https://www.lowerby.example.gov.uk/send/appeals",
        html=page("Appealing to the SEND Tribunal", (
            "<p>You can appeal to the First-tier Tribunal (SEND) about EHC decisions. You must appeal "
            "within two months of the decision letter, or one month from the mediation certificate if "
            "that is later. Register your appeal online on GOV.UK using form SEND35.</p>"
            "<p>If mediation doesn't sort things out, you can still appeal.</p>")),
        pos="trib", skip="med",
        notes="noeff trap: 'If mediation doesn't sort things out, you can still appeal' is after mediation; trib 1",
    )


def feedback(c: Cases) -> None:
    """lo_feedback_published: positives (dated from 28 October 2025) and traps."""
    c.add(
        "https://www.fennick.example.gov.uk/local-offer/feedback-2026",
        html=page("Local Offer feedback: what you said and what we've done", (
            "<p>Published 14 January 2026</p>" + rows([
                ("It was hard to find short breaks on the Local Offer.", "We added a short breaks button to the home page."),
                ("Some pages used too much jargon.", "We rewrote 40 pages with the parent carer forum."),
            ], head=("What you said about the Local Offer", "What we've done")))),
        pos="fb",
        notes="fb: comment/response table about the Local Offer, published 14 January 2026",
    )
    c.add(
        "https://www.wrenfield.example.gov.uk/local-offer/your-feedback",
        html=page("Your feedback on the Local Offer", accordion([
            ("Theme: searching", "<p>Parents said the search often returned nothing useful.</p><p><strong>Our response:</strong> "
             "we have replaced the search and added common spellings.</p>"),
            ("Theme: out-of-date entries", "<p>You told us some clubs had closed.</p><p><strong>Our response:</strong> "
             "every directory entry is now checked every six months.</p>"),
        ]), dated="3 March 2026"),
        pos="fb",
        notes="fb: accordion themes with 'Our response', last reviewed 3 March 2026",
    )
    c.add(
        "https://www.marshbury.example.gov.uk/downloads/local-offer-annual-report-2025-26.pdf",
        text=pdf("Marshbury SEND Local Offer Annual Report 2025-26", [
            "Marshbury SEND Local Offer Annual Report 2025-26",
            "Published 2 September 2026",
            "1. Comments received",
            "We received 212 comments about the Local Offer website this year. The main themes were "
            "that information about preparing for adulthood was hard to find, that the website did not "
            "work well on phones, and that families wanted more about autism support.",
            "2. Actions taken",
            "In response we created a preparing for adulthood hub, moved the site to a new mobile "
            "friendly design and added an autism support section written with local parents.",
        ], width=62, every=6),
        pos="fb",
        notes="fb: PDF annual report, comments and actions, published 2 September 2026",
    )
    c.add(
        "https://www.thistleford.example.gov.uk/news/how-your-feedback-shaped-the-local-offer",
        html=page("How your feedback shaped the Local Offer", (
            "<p class=\"date\">19 February 2026</p><p>Over the autumn more than 90 parents and young "
            "people commented on our Local Offer. Many felt the pages about EHC plans were too long; some "
            "asked for a list of holiday activities.</p><p>As a result we have split the EHC pages into "
            "short steps and we now publish a holiday activities list every term.</p>")),
        pos="fb",
        notes="fb: news post with comments and changes, dated 19 February 2026",
    )
    c.add(
        "https://www.glenmarsh.example.gov.uk/local-offer/young-people-you-said",
        html=page("Young people: you told us, we changed it", (
            "<p>Updated 11/03/2026</p><ul><li>You told us the Local Offer looked like it was for parents "
            "only. We changed it: there is now a section just for 14 to 25 year olds.</li><li>You told us "
            "you wanted to see videos. We changed it: six short videos made by young people are on the "
            "Local Offer.</li></ul>")),
        pos="fb",
        notes="fb: young people's voice, 'You told us ... We changed it', 11/03/2026",
    )
    c.add(
        "https://www.kestleigh.example.gov.uk/local-offer/dywedoch-chi-you-said",
        html=page("Dywedoch chi, gwnaethom ni / You said, we did", (
            "<p>Local Offer feedback, May 2026</p>" + rows([
                ("You said the Local Offer had no information in other languages.", "We added a translate tool and Easy Read pages."),
                ("You said you could not print pages.", "We added a print button to every page."),
            ], head=("Dywedoch chi / You said", "Gwnaethom ni / We did")))),
        pos="fb",
        notes="fb: bilingual headings, May 2026",
    )
    c.add(
        "https://www.ambledown.example.gov.uk/local-offer/easy-read-you-said-we-did",
        html=page("You said, we did (Easy Read)", (
            "<p>June 2026</p><p>You said: the Local Offer was hard to read.</p><p>We did: we made Easy "
            "Read pages like this one.</p><p>You said: you wanted to know about clubs.</p><p>We did: we "
            "put a list of clubs on the Local Offer.</p>")),
        pos="fb",
        notes="fb: Easy Read 'You said / We did' about the Local Offer, June 2026",
    )
    c.add(
        "https://www.rookhaven.example.gov.uk/local-offer/review-2025",
        html=page("Local Offer review: comments and our response", (
            "<p>This summary was published on 28 October 2025.</p><h2>Comments</h2><p>Families asked for "
            "clearer information about transport to college and said the directory was slow.</p><h2>What "
            "we are doing</h2><p>We have added a post-16 transport guide and moved the directory to faster "
            "servers.</p>")),
        pos="fb",
        notes="fb: edge of the window, published 28 October 2025 (first day); Local Offer comments + response",
    )
    c.add(
        "https://www.halsworth.example.gov.uk/local-offer/feedback-log",
        html=page("Local Offer feedback log", rows([
            ("12/11/2025 - 'Can you list respite providers?'", "Added a respite section (December 2025)."),
            ("04/02/2026 - 'The map doesn't load.'", "Map fixed on 10/02/2026."),
        ], head=("Date and comment", "Response"))),
        pos="fb",
        notes="fb: feedback log with date column, entries from November 2025",
    )
    c.add(
        "https://www.briarmoor.example.gov.uk/local-offer/parents-told-us",
        html=page("Parents told us...", (
            "<p>Posted 5 November 2025</p><p>In our Local Offer survey parents told us the website was "
            "hard to use on a phone and that the pages on SEN support in early years were missing.</p>"
            "<p>In response we have launched a new mobile layout and written an early years SEN support "
            "page.</p>")),
        pos="fb",
        notes="fb: 'Parents told us ... In response we have', 5 November 2025",
    )
    # traps
    c.add(
        "https://www.selbournecross.example.gov.uk/short-breaks/you-said-we-did",
        html=page("Short breaks: you said, we did", (
            "<p>April 2026</p>" + rows([
                ("You said there were not enough holiday places.", "We funded 60 more places."),
                ("You said booking was difficult.", "We opened online booking."),
            ], head=("You said", "We did")))),
        pos="",
        notes="fb trap: short breaks service, not the Local Offer",
    )
    c.add(
        "https://www.pellworth.example.gov.uk/send/strategy/you-said",
        html=page("SEND strategy consultation: you said, we did", (
            "<p>Published 20 January 2026</p><p>You said you wanted more specialist places near home. We "
            "have opened two resource bases.</p><p>You said EHC plans took too long. We recruited more "
            "caseworkers.</p>")),
        pos="",
        notes="fb trap: SEND strategy consultation",
    )
    c.add(
        "https://www.dunmere.example.gov.uk/local-offer/feedback-report-2025",
        html=page("Local Offer feedback report", (
            "<p>Published 15 October 2025</p><p>You said the Local Offer was hard to navigate. We did: "
            "we reorganised the menu.</p><p>You said you wanted more about health services. We did: we "
            "added therapy pages.</p>")),
        pos="",
        notes="fb trap: Local Offer feedback dated 15 October 2025, before the window",
    )
    c.add(
        "https://www.corrington.example.gov.uk/local-offer/what-you-told-us",
        html=page("What you told us about the Local Offer", (
            "<p>Survey closed 30 January 2026</p><p>You told us the Local Offer needs clearer information "
            "about post-16 options and that some contact details are wrong.</p><p>We will publish our "
            "response in the spring.</p>")),
        pos="",
        notes="fb trap: comments without a response ('will publish our response')",
    )
    c.add(
        "https://www.lowerby.example.gov.uk/local-offer/you-said-we-did",
        html=page("You said, we did", (
            "<p>You said the Local Offer was hard to search. We did: added filters.</p><p>You said "
            "events were missing. We did: added a what's on calendar.</p>")),
        pos="",
        notes="fb trap: undated Local Offer you said we did",
    )
    c.add(
        "https://www.fennick.example.gov.uk/local-offer/have-your-say",
        html=page("Tell us what you think of the Local Offer", (
            "<form><label>What do you think of the Local Offer?<textarea></textarea></label>"
            "<button>Send</button></form><p>We read every comment and publish a summary with our "
            "response each year.</p>")),
        pos="",
        notes="fb trap: a feedback form and a promise",
    )
    c.add(
        "https://www.wrenfield.example.gov.uk/local-offer/annual-reports",
        html=page("Local Offer annual reports", (
            "<ul><li><a href=\"/docs/lo-2022-23.pdf\">Local Offer annual report 2022-23</a></li>"
            "<li><a href=\"/docs/lo-2023-24.pdf\">Local Offer annual report 2023-24</a></li></ul>")),
        pos="",
        notes="fb trap: links to old reports only",
    )
    c.add(
        "https://www.marshbury.example.gov.uk/local-offer/survey-results-2026",
        html=page("Local Offer survey results 2026", (
            "<p>Published 8 May 2026</p><p>62% of parents said they found what they needed on the Local "
            "Offer. Comments included 'too many broken links' and 'great activity listings'.</p>")),
        pos="",
        notes="fb trap: comments without the authority's response",
    )
    c.add(
        "https://www.thistleford.example.gov.uk/local-offer/changes",
        html=page("Recent changes to the Local Offer", (
            "<p>Updated 2 April 2026</p><ul><li>New page on personal budgets.</li><li>Directory moved to a "
            "new platform.</li><li>Accessibility fixes to forms.</li></ul>")),
        pos="",
        notes="fb trap: changelog without comments",
    )
    c.add(
        "https://www.glenmarsh.example.gov.uk/transport/you-said-we-did",
        html=page("Home to school transport: you said, we did", (
            "<p>March 2026</p><p>You said drivers changed too often. We did: we now keep the same driver "
            "for each route where possible.</p>")),
        pos="",
        notes="fb trap: home to school transport",
    )
    c.add(
        "https://www.kestleigh.example.gov.uk/local-offer/parent-carer-forum-survey",
        html=page("Kestleigh Parent Carer Forum: you said, we did", (
            "<p>February 2026</p><p>Members said forum meetings were always in the daytime. We did: the "
            "forum now holds evening meetings online.</p>")),
        pos="",
        notes="fb trap: parent carer forum's own you said we did",
    )
    c.add(
        "https://www.ambledown.example.gov.uk/local-offer/annual-feedback-2024-25",
        html=page("Local Offer annual feedback report 2024-25", (
            "<p>Published 2 October 2025</p><h2>What you said</h2><p>The Local Offer had too little "
            "about health.</p><h2>What we did</h2><p>We added a health hub page.</p>")),
        pos="",
        notes="fb trap: published 2 October 2025, outside the window",
    )


def others(c: Cases) -> None:
    """Pages for the other DR checks: provider, contact, independence, kinds, confidentiality."""
    c.add(
        "https://www.rookhaven.example.gov.uk/send/disagreement-resolution-types",
        html=page("What disagreement resolution can help with", (
            "<p>Rookhaven's independent disagreement resolution service, run by Fieldstone Mediation CIC "
            "(0113 496 0218), can help with:</p><ol><li>disagreements between you and the council about "
            "how it is meeting its SEN duties;</li><li>disagreements between you and your child's school "
            "or college about the special educational provision it makes;</li><li>disagreements about "
            "health or social care provision while an EHC plan is being assessed, written or reviewed."
            "</li></ol>")),
        pos="in ind prov contact types", skip="med trib",
        notes="types: three kinds in a numbered list; ind: 'independent disagreement resolution service' run by a named provider",
    )
    c.add(
        "https://www.halsworth.example.gov.uk/send/drs-confidential",
        html=page("Is disagreement resolution confidential?", (
            "<p>Yes. What is said in the meeting stays private and can't be used later at a Tribunal "
            "hearing.</p><p>Halsworth's meetings are run by Springwell Mediation Trust, an independent "
            "charity. Call 01632 960 815 to ask about disagreement resolution.</p>")),
        pos="in ind prov contact conf", skip="med trib",
        notes="conf: heading question 'Is it confidential?' answered 'Yes. ... stays private ... can't be used at a Tribunal'",
    )
    c.add(
        "https://www.briarmoor.example.gov.uk/send/mediation-meetings",
        html=page("What happens at a mediation meeting", (
            "<p>SEND mediation meetings are held on a without-prejudice basis, so nothing said can be "
            "relied on in a later appeal.</p><p>The mediator is from Truenorth Resolution CIC and is "
            "independent of Briarmoor Council. Contact book@truenorthresolution.example.org.uk.</p>")),
        pos="ind prov contact conf", skip="med trib in",
        notes="conf: 'without-prejudice basis'; SEND mediation (no DR term, in skipped)",
    )
    c.add(
        "https://www.selbournecross.example.gov.uk/send/resolution-meetings",
        html=page("Resolution meetings", (
            "<p>If you are unhappy with a decision, your SEN caseworker's manager can hold a resolution "
            "meeting with you. These meetings are impartial and confidential. Book through the SEN team on "
            "0161 496 0888.</p>")),
        pos="",
        notes="trap: council's own officer-led resolution meeting; 'impartial', 'confidential' - not DR",
    )
    c.add(
        "https://www.pellworth.example.gov.uk/send/sendiass-disagreement-resolution",
        html=page("Pellworth SENDIASS - Disagreement Resolution Service", (
            "<p>Pellworth SENDIASS is the Disagreement Resolution Service for the Local Offer. We are "
            "independent, free and confidential and can help you resolve disagreements with schools.</p>"
            "<p>Call 0118 496 0201 or email sendiass@pellworth.example.org.uk.</p>")),
        pos="iass",
        notes="trap: IASS labelled as the DRS; ind/prov/contact/in 0; iass 1",
    )
    c.add(
        "https://www.dunmere.example.gov.uk/send/disagreement-resolution-provider",
        html=page("Disagreement resolution", (
            "<p>Dunmere Council's disagreement resolution arrangements are with KIDS SEND Mediation "
            "Service, a national charity that is not part of the council.</p><p>Ask your SEN caseworker "
            "for more information.</p>")),
        pos="ind prov",
        skip="med trib",
        notes="prov: KIDS named; no provider contact (the caseworker is the council's) so contact and in 0",
    )
    c.add(
        "https://www.corrington.example.gov.uk/send/directory/global-mediation",
        html=page("Global Mediation - SEND disagreement resolution", (
            "<div class=\"service\"><p>Global Mediation provides SEND mediation and disagreement "
            "resolution for Corrington families. Their mediators are independent and do not work for "
            "the local authority.</p><p class=\"contact\"><span>Tel:</span> 020 8441 1355<br><span>Web:"
            "</span> <a href=\"https://www.globalmediation.example.co.uk\">globalmediation.example.co.uk</a>"
            "</p></div>")),
        pos="in ind prov contact", skip="med trib",
        notes="directory record: Global Mediation, independence, phone and web",
    )
    c.add(
        "https://www.lowerby.example.gov.uk/send/disagreement-resolution-impartial",
        html=page("Disagreement resolution", (
            "<p>Lowerby's disagreement resolution service is provided by Oakleaf Mediation Services. Our "
            "facilitators are impartial and neutral. Phone 0118 496 0952.</p>")),
        pos="prov contact", skip="med trib in",
        notes="ind trap: 'impartial and neutral' only; in skipped (named provider identifies the arrangement, but independence statement missing - borderline)",
    )
    c.add(
        "https://www.fennick.example.gov.uk/send/kinds-of-disagreement",
        html=page("Disagreement resolution", (
            "<p>Fennick's disagreement resolution service is independent: it is provided by Lightkeeper "
            "Dispute Resolution, not by the council. Email families@lightkeeper-dr.example.co.uk.</p>"
            "<p>It can help with disagreements of any kind.</p>")),
        pos="in ind prov contact", skip="med trib",
        notes="types trap: 'disagreements of any kind' is no kind",
    )
    c.add(
        "https://www.wrenfield.example.gov.uk/send/disagreement-kinds-table",
        html=page("Disagreement resolution: what it covers", rows([
            ("You and the council", "how the council carries out its duties for children with SEN, such as an EHC needs assessment"),
            ("You and an early years setting, school or college", "the SEN support or provision it is giving"),
            ("You and health or social care", "provision during an EHC assessment, plan or review"),
        ], head=("Between", "About")) + (
            "<p>Provided by Bellwether SEND Mediation, an independent organisation. Phone 020 7946 0391.</p>"
            "<p>Everything discussed is confidential and will not be shared with the Tribunal.</p>")),
        pos="in ind prov contact types conf", skip="med trib",
        notes="types: kinds in a between/about table; conf: 'confidential ... not shared with the Tribunal'",
    )
    c.add(
        "https://www.marshbury.example.gov.uk/send/tribunal-independent",
        html=page("The SEND Tribunal", (
            "<p>The First-tier Tribunal (SEND) is independent of the council. It hears appeals about EHC "
            "needs assessments and plans.</p>")),
        pos="", skip="trib",
        notes="ind trap: the Tribunal is independent; trib skipped (right without clear how)",
    )
    c.add(
        "https://www.thistleford.example.gov.uk/community/neighbour-mediation",
        html=page("Neighbour mediation", (
            "<p>Thistleford Community Mediation is an independent, confidential and voluntary service for "
            "neighbour disputes. Call 0114 496 0601.</p>")),
        pos="",
        notes="trap: neighbour mediation, independent/confidential/voluntary",
    )
    c.add(
        "https://www.glenmarsh.example.gov.uk/send/drs-provider-passive",
        html=page("Disagreement resolution", (
            "<p>Glenmarsh Council commissions its SEND disagreement resolution service from Prime "
            "Resolution, an independent provider. Referrals can be made online at "
            "<a href=\"https://www.prime-resolution.example.co.uk/refer\">prime-resolution.example.co.uk/refer</a>."
            "</p>")),
        pos="in ind prov contact", skip="med trib",
        notes="prov: 'commissions ... from Prime Resolution'; contact: referral web address",
    )
    c.add(
        "https://www.kestleigh.example.gov.uk/send/charity-explainer",
        html=page("Understanding disagreement resolution (national guide)", (
            "<p>This national guide, reproduced with permission, explains that every local authority must "
            "make independent disagreement resolution available. Using it is voluntary, it covers all "
            "children with SEN and it does not affect your right to appeal.</p>"
            "<p>Ask your own council who provides it in your area.</p>")),
        pos="", skip="ind vol all noeff",
        notes="national charity explainer in the abstract; the statements are general, left unlabelled for vol/all/noeff/ind",
    )
    c.add(
        "https://www.ambledown.example.gov.uk/send/confidential-pdf",
        text=pdf("Ambledown Local Offer   Disagreement resolution", [
            "Disagreement resolution",
            "Ambledown's disagreement resolution service is run by Halcyon Resolution Ltd, which is "
            "independent of the council. Telephone 0117 496 0733.",
            "Meetings are confidential. Nothing that is said can be repeated at a Tribunal unless "
            "everyone agrees.",
            "The service can help when parents and a school disagree about special educational "
            "provision, and when parents and the council disagree about an EHC needs assessment.",
        ], width=60, every=5),
        pos="in ind prov contact conf types", skip="med trib",
        notes="PDF; conf; types: school provision + council assessment",
    )
    c.add(
        "https://www.rookhaven.example.gov.uk/send/mediation-ccg",
        html=page("Health disagreements", (
            "<p>If you disagree about health provision in an EHC plan you can contact the Rookhaven CCG "
            "Designated Clinical Officer on 0161 496 0999.</p>")),
        pos="", stale=True,
        notes="ccg live: 'Rookhaven CCG' as a current body",
    )
    c.add(
        "https://www.halsworth.example.gov.uk/send/icb-formerly-ccg",
        html=page("Health services in the Local Offer", (
            "<p>Health services are commissioned by the Halsworth Integrated Care Board (ICB), which took "
            "over from the former CCG in July 2022.</p>")),
        pos="",
        notes="ccg: 'took over from the former CCG' - not stale",
    )


def mixed(c: Cases) -> None:
    """Longer and mixed-form pages carrying several statements, and furniture-only pages."""
    c.add(
        "https://www.pellworth.example.gov.uk/downloads/send-guide-section-9.pdf",
        text=pdf("Pellworth SEND Guide for Families - Section 9", [
            "9. Resolving disagreements",
            "Most disagreements about special educational needs are sorted out by talking with the "
            "school or with your SEN caseworker. Keep a record of what was agreed and when, and ask "
            "for meetings to be minuted. If you are still unhappy you have other options.",
            "9.1 Independent disagreement resolution. Pellworth Council pays for an independent "
            "service run by Fieldstone Mediation CIC. Nobody is made to use it: it is entirely up to "
            "each family whether to ask for a meeting, and the school or council must also agree to "
            "take part. Contact Fieldstone on 0113 496 0218.",
            "9.2 Complaints. Each school has its own complaints procedure.",
        ], width=66, every=4),
        pos="in ind prov contact vol", skip="med trib cmp",
        notes="long PDF guide, key sentences buried across running headers; vol: 'Nobody is made to use it ... up to each family'",
    )
    c.add(
        "https://www.dunmere.example.gov.uk/send/disagreement-resolution-at-a-glance",
        html=page("Disagreement resolution at a glance", rows([
            ("What is it?", "A meeting with an independent facilitator from Oakleaf Mediation Services"),
            ("Who can use it?", "Parents and young people where a child has SEN, with or without an EHC plan"),
            ("Do I have to?", "No - it is voluntary"),
            ("Will it affect an appeal?", "No. You keep your right to appeal to the Tribunal whether or not you use it"),
            ("Is it private?", "Yes, discussions are confidential"),
            ("Contact", "0118 496 0952"),
        ])),
        pos="in ind prov contact vol all noeff conf", skip="med trib",
        notes="key/value table: vol 'Do I have to? No - voluntary'; all 'with or without an EHC plan'; noeff; conf",
    )
    c.add(
        "https://www.corrington.example.gov.uk/send/disagreement-resolution-accordion",
        html=page("Resolving disagreements", (
            "<p>Corrington Council has asked Crossroads Accord Partnership, an independent organisation, to "
            "run its disagreement resolution service.</p>" + accordion([
                ("Who is it for?", "<p>Families of children and young people with SEN. You don't need an EHC "
                 "plan - children getting SEN support in school can use it as well.</p>"),
                ("How do I ask for a meeting?", "<p>Fill in the referral form on the Crossroads Accord website "
                 "or call 0161 496 0547.</p>"),
            ]))),
        pos="in ind prov contact all", skip="med trib",
        notes="accordion; all: 'You don't need an EHC plan - ... SEN support ... can use it as well'",
    )
    c.add(
        "https://www.fennick.example.gov.uk/send/will-school-find-out",
        html=page("Disagreement resolution: your questions", faq([
            ("Will the school be able to use what I say against me later?",
             "No. The meeting is held in confidence and what is said cannot be used in any later appeal."),
            ("Who runs the meetings?", "Halcyon Resolution Ltd, an independent organisation. Call 0117 496 0733."),
        ]) + "<p>This page is about Fennick's disagreement resolution arrangements.</p>"),
        pos="in ind prov contact conf", skip="med trib",
        notes="FAQ; conf: 'held in confidence ... cannot be used in any later appeal'",
    )
    c.add(
        "https://www.kestleigh.example.gov.uk/send/who-runs-disagreement-resolution",
        html=page("Disagreement resolution", (
            "<h2>Who runs it?</h2><p>Truenorth Resolution CIC. They are a community interest company and "
            "are not part of Kestleigh Council.</p><h2>How do I get in touch?</h2><p>Book online at "
            "<a href=\"https://www.truenorthresolution.example.org.uk/book\">truenorthresolution.example.org.uk/book</a>."
            "</p><h2>What happens if I decide not to use it?</h2><p>Nothing changes: you can still appeal "
            "to the Tribunal if the disagreement is about an EHC decision.</p>")),
        pos="in ind prov contact noeff", skip="med trib vol",
        notes="heading sections; noeff: 'decide not to use it? Nothing changes: you can still appeal'",
    )
    c.add(
        "https://www.marshbury.example.gov.uk/send/code-of-practice-summary",
        html=page("What the SEND Code of Practice says about disagreements", (
            "<blockquote>Local authorities must provide independent disagreement resolution. Its use is "
            "voluntary and it has no effect on the right to appeal to the Tribunal.</blockquote>"
            "<p>This page summarises the national Code. For local services see our disagreement resolution "
            "page.</p>")),
        pos="", skip="ind vol noeff",
        notes="Code quotation not introduced as local arrangement; ind/vol/noeff left out (inside a quotation)",
    )
    c.add(
        "https://www.briarmoor.example.gov.uk/local-offer/holiday-activities",
        html=page("Holiday activities for children with SEND", (
            "<p>Find clubs and activities running this summer across Briarmoor. Most are free for children "
            "eligible for free school meals.</p><ul><li>Splash club, Briarmoor Leisure Centre</li><li>"
            "Forest school, Hatch Wood</li></ul>")),
        pos="",
        notes="furniture only: menu/aside name mediation, SENDIASS, Tribunal, you said we did - never evidence",
    )
    c.add(
        "https://www.selbournecross.example.gov.uk/send/drs-long-guide",
        html=page("A guide to disagreement resolution in Selbourne Cross", (
            "<p>Every year hundreds of families in Selbourne Cross work with schools and the council to "
            "plan support. Mostly this goes well, but not always. The council wants disagreements to be "
            "settled early and fairly, and the law says independent help must be available.</p>"
            "<p>Our independent disagreement resolution service is run by Lightkeeper Dispute Resolution, "
            "whose staff are not employed by the council. It is confidential. You can reach them on "
            "0808 157 0624 or at families@lightkeeper-dr.example.co.uk.</p>"
            "<p>Disagreement resolution is there for any child or young person with special educational "
            "needs. You can use it if your child has SEN support at school; an EHC plan is not needed.</p>"
            "<p>It works best when everyone comes willing to listen. Meetings usually take place within "
            "six weeks of a request, at a venue chosen by the family.</p>")),
        pos="in ind prov contact all conf", skip="med trib",
        notes="long guide; all: 'any child ... with SEN ... an EHC plan is not needed'; conf: 'It is confidential'",
    )
    c.add(
        "https://www.wrenfield.example.gov.uk/send/mediation-and-appeals",
        html=page("Mediation and appeals", (
            "<p>If you want to appeal an EHC decision you must first speak to a mediation adviser. You may "
            "then choose whether or not to go to mediation. If you choose not to, the adviser will give "
            "you a certificate and you can register your appeal straight away.</p>"
            "<p>Wrenfield's mediation advice and mediation are provided by Bellwether SEND Mediation, who "
            "are independent of the council. Phone 020 7946 0391.</p>")),
        pos="ind prov contact vol noeff", skip="med trib in",
        notes="noeff: 'If you choose not to, ... certificate and you can register your appeal straight away'; vol: 'choose whether or not to go to mediation'",
    )
    c.add(
        "https://www.glenmarsh.example.gov.uk/send/early-resolution",
        html=page("Sorting things out early", (
            "<p>Glenmarsh's SEN team offers 'Let's Talk' meetings chaired by a senior SEN officer. They "
            "are optional and informal and are not an alternative to your appeal rights.</p>"
            "<p>Email letstalk@glenmarsh.example.gov.uk.</p>")),
        pos="",
        notes="trap: officer-led 'Let's Talk' meeting - optional, but not DR; all DR checks 0",
    )
    c.add(
        "https://www.thistleford.example.gov.uk/send/workplace-mediation",
        html=page("Mediation for staff", (
            "<p>Thistleford's workplace mediation service is independent, voluntary and confidential. It "
            "is open to all staff, including staff in special schools. Call HR on 0114 496 0700.</p>")),
        pos="",
        notes="trap: workplace mediation; 'open to all staff including special schools' is not all SEN",
    )
    c.add(
        "https://www.halsworth.example.gov.uk/local-offer/annual-report-2025-26",
        html=page("Local Offer annual report 2025 to 2026", (
            "<p>Report date: 30 April 2026</p><h2>What families told us</h2><ul><li>The Local Offer did "
            "not explain how to get a wheelchair assessment.</li><li>Parents wanted a printable list of "
            "support groups.</li></ul><h2>How the council responded</h2><ul><li>A wheelchair services "
            "page now explains the referral route.</li><li>A printable directory of support groups is "
            "available on every page.</li></ul>")),
        pos="fb",
        notes="fb: annual report with 'What families told us' / 'How the council responded', 30 April 2026",
    )
    c.add(
        "https://www.lowerby.example.gov.uk/local-offer/you-said-we-did-2026",
        html=page("Local Offer - You said, we did", (
            "<p>Summer 2026 update (published 22 July 2026)</p><dl><dt>You said</dt><dd>The Local Offer "
            "did not have enough about apprenticeships.</dd><dt>We did</dt><dd>Added a supported "
            "internships and apprenticeships page.</dd></dl>")),
        pos="fb",
        notes="fb: definition list, published 22 July 2026",
    )


def main() -> None:
    c = Cases("s")
    voluntary(c)
    all_sen(c)
    no_effect(c)
    feedback(c)
    others(c)
    mixed(c)
    c.write("train_six.jsonl")


if __name__ == "__main__":
    main()
