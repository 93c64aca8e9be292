"""The disagreement resolution (DR) arrangement itself: is it set out, who provides it, is it
independent, and how do families reach it (CFA s.57; SEND Code of Practice 11.6 and 11.9).

Every verdict is per page (a page plus the leaflets it links): the Code asks that the Local Offer
*set out* the arrangements, so fragments scattered across unrelated pages do not add up to a pass.
"""

from __future__ import annotations

from auditor.model import CheckResult, Site, Status, Strength
from checks.base import Check
from checks.common import result, searched_text
from checks.drs_profile import DrProfile, contact_near, profiles, someone_else
from checks.text import Hit, normalise

THEME = "disagreement_resolution"


def _rank(hits: list[Hit]) -> list[Hit]:
    return sorted(hits, key=Hit.sort_key)


def _routes(prof: DrProfile) -> list[Hit]:
    """Ways to use the DR service: the named provider's contact, else any contact in the DR section
    that is not the SENDIASS's, the SEN team's or the council's own (README: "not the council's SEN
    team"); a referral form for the service counts wherever it is hosted."""
    for name, hit in prof.providers:
        near = contact_near(prof, hit, name)
        if near is not None:
            return [near]
    return [c for c in prof.contacts if not someone_else(normalise(c.block.text))]


def _in_local_offer(site: Site) -> CheckResult:
    best_partial: tuple[list[Hit], str] | None = None
    near: list[Hit] = []
    for prof in profiles(site):
        near += prof.officer_led + prof.iass_as_dr
        if not prof.mentions:
            continue
        arrangement = _rank([h for _, h in prof.providers] + prof.independence)
        access = _rank(_routes(prof))
        mention = _rank(prof.mentions)[0]
        if arrangement and access and not prof.weak:
            return result(
                "drs_in_local_offer",
                site,
                Status.PASS,
                [mention, arrangement[0], access[0]],
                keep_order=True,
                reason="names disagreement resolution, identifies the arrangement and says how to reach it",
            )
        missing = [
            w
            for w, ok in (("no provider or independence statement", arrangement), ("no contact route", access))
            if not ok
        ]
        why = prof.supporting or (
            "a general explainer, not this council's arrangement" if prof.general else "; ".join(missing)
        )
        if prof.iass_as_dr and not prof.providers:
            why = "the IASS is presented as the DR service; " + why
        hits = [mention, *arrangement[:1], *access[:1]]
        if best_partial is None or len(hits) > len(best_partial[0]):
            best_partial = (hits, f"described, not identified: {why}")
    if best_partial is not None:
        return result(
            "drs_in_local_offer", site, Status.PARTIAL, best_partial[0], reason=best_partial[1], keep_order=True
        )
    return result(
        "drs_in_local_offer",
        site,
        Status.FAIL,
        reason="no Local Offer page sets out disagreement resolution",
        searched=searched_text(site, "'disagreement resolution', 'dispute resolution', 'DRS' on SEND pages"),
        near=near,
    )


def _independent(site: Site) -> CheckResult:
    strong: list[Hit] = []
    general: list[Hit] = []
    providers: list[Hit] = []
    near: list[Hit] = []
    iass_is_dr = False
    for prof in profiles(site):
        strong += prof.independence
        general += prof.independence_general
        providers += [h for _, h in prof.providers if not prof.weak]
        near += prof.impartial_only + prof.iass_as_dr
        iass_is_dr = iass_is_dr or bool(prof.iass_as_dr)
    if iass_is_dr and not general:
        # The IASS presented as the DR service is the flag duties.md §5 raises under this check: a
        # named mediation provider elsewhere does not make the DR service independent.
        near += providers
        providers = []
    if strong:
        return result(
            "drs_independent", site, Status.PASS, strong, reason="states the service is independent of the council"
        )
    if general or providers:
        why = (
            "independence stated only as the law, in a quotation or on a supporting page"
            if general
            else "an outside provider is named but the page does not say it is independent of the council"
        )
        return result("drs_independent", site, Status.PARTIAL, general + providers, reason=why, near=near)
    reason = "no statement that the DR/mediation service is independent of the council"
    if any("IASS" in h.note for h in near):
        reason += "; the IASS is presented as the DR service, which is not the independent s.57 arrangement"
    return result(
        "drs_independent",
        site,
        Status.FAIL,
        reason=reason,
        near=near,
        searched=searched_text(
            site, "'independent of the council', 'not part of the local authority', 'third party' near DR/mediation"
        ),
    )


def _named(prof: DrProfile) -> list[tuple[str, Hit]]:
    return [] if prof.weak else prof.providers


def _provider_named(site: Site) -> CheckResult:
    named: list[Hit] = []
    weak: list[Hit] = []
    for prof in profiles(site):
        named += [h for _, h in _named(prof)]
        weak += prof.unnamed_provider + ([h for _, h in prof.providers] if prof.weak else [])
    if named:
        return result("drs_provider_named", site, Status.PASS, named, reason="names the DR/mediation provider")
    if weak:
        return result(
            "drs_provider_named",
            site,
            Status.PARTIAL,
            weak,
            reason="a provider is described but not named on the Local Offer's own pages",
        )
    return result(
        "drs_provider_named",
        site,
        Status.FAIL,
        reason="no organisation is named as providing SEND DR or mediation",
        searched=searched_text(site, "known SEND mediation/DR providers and 'provided by <organisation>'"),
    )


def _contact(site: Site) -> CheckResult:
    partial: list[Hit] = []
    for prof in profiles(site):
        for name, hit in _named(prof):
            near = contact_near(prof, hit, name)
            if near is not None:
                return result(
                    "drs_contact", site, Status.PASS, [near, hit], keep_order=True, reason=f"contact route for {name}"
                )
        partial += [h for _, h in prof.providers] if prof.providers else prof.contacts if prof.mentions else []
    if partial:
        return result(
            "drs_contact",
            site,
            Status.PARTIAL,
            partial,
            reason="a provider without a contact route, or a contact route not tied to a named provider",
        )
    return result(
        "drs_contact",
        site,
        Status.FAIL,
        reason="no phone, email, web address or referral form for a DR/mediation provider",
        searched=searched_text(site, "UK phone numbers, email and web addresses, referral forms near DR/mediation"),
    )


DRS_IN_LOCAL_OFFER = Check(
    id="drs_in_local_offer",
    version="11",
    title="Disagreement resolution arrangements set out in the Local Offer",
    failure_title="Disagreement resolution arrangements not set out",
    description=(
        "The Local Offer names disagreement resolution, identifies the arrangement (a named provider or a statement "
        "that it is independent) and says how to use it, on one page or a page and its linked leaflet."
    ),
    legal_ref="CoP 11.9; CFA s.57; SEND Regs Sch 2",
    legal_ref_words="SEND Code of Practice 2015, paragraph 11.9; Children and Families Act 2014, section 57; "
    "SEND Regulations 2014, Schedule 2",
    strength=Strength.MUST,
    run=_in_local_offer,
    theme=THEME,
    weight=2.0,
    fix=(
        "Add a 'Disagreement resolution' page to the Local Offer (linked from the SEND and EHC pages) that says what "
        "disagreement resolution is, names the independent provider the council commissions, and gives its phone "
        "number, email address and how to make a referral."
    ),
    why="Families can only use a free, independent way to settle a disagreement if they can find who runs it and "
    "how to reach them.",
)
DRS_INDEPENDENT = Check(
    id="drs_independent",
    version="12",
    title="Disagreement resolution stated to be independent of the council",
    failure_title="Independence of disagreement resolution not stated",
    description=(
        "The Local Offer states that the disagreement resolution (or SEND mediation) service is independent of the "
        "council: 'independent', 'a third party', 'not employed by or part of the council'. 'Impartial' alone is "
        "not enough."
    ),
    legal_ref="CFA s.57; CoP 11.6",
    legal_ref_words="Children and Families Act 2014, section 57; SEND Code of Practice 2015, paragraph 11.6",
    strength=Strength.MUST,
    run=_independent,
    theme=THEME,
    weight=2.0,
    fix=(
        "On the disagreement resolution page, say in plain words that the service is run by an independent "
        "organisation that is not part of the council, and name it. Do not describe the SENDIASS or council officers "
        "as the disagreement resolution service."
    ),
    why="Families need to know the person helping settle a dispute with the council does not work for the council.",
)
DRS_PROVIDER_NAMED = Check(
    id="drs_provider_named",
    version="10",
    title="Disagreement resolution / mediation provider named",
    failure_title="Disagreement resolution / mediation provider not named",
    description="The Local Offer names the organisation that provides SEND disagreement resolution or mediation.",
    legal_ref='CoP 11.9 ("details"); reg 32(c)',
    legal_ref_words="SEND Code of Practice 2015, paragraph 11.9; SEND Regulations 2014, regulation 32(c)",
    strength=Strength.MUST,
    run=_provider_named,
    theme=THEME,
    weight=2.0,
    fix="Name the commissioned SEND mediation and disagreement resolution provider on the Local Offer's DR and "
    "mediation pages.",
    why="A family cannot contact a service that the Local Offer does not name.",
)
DRS_CONTACT = Check(
    id="drs_contact",
    version="11",
    title="Contact details for the disagreement resolution provider",
    failure_title="No contact details for the disagreement resolution provider",
    description="The Local Offer gives a contact route for the named provider: phone, email, web address or "
    "referral form.",
    legal_ref='CoP 11.9 ("details")',
    legal_ref_words="SEND Code of Practice 2015, paragraph 11.9",
    strength=Strength.MUST,
    run=_contact,
    theme=THEME,
    weight=2.0,
    fix="Next to the provider's name, give its phone number, email address and website or referral form.",
    why="Without a phone number, email or form, naming the service does not help a family reach it.",
)
