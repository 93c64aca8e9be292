"""The 16 core checks of ``docs/checks.md``, in the order of that table.

Their ids are a stable public contract: researchers join results across years by them. Add new
checks freely; never rename or repurpose one of these.
"""

from __future__ import annotations

from checks.base import Check
from checks.currency import STALE_CCG
from checks.drs import DRS_CONTACT, DRS_IN_LOCAL_OFFER, DRS_INDEPENDENT, DRS_PROVIDER_NAMED
from checks.drs_features import DRS_CONFIDENTIAL, DRS_VOLUNTARY
from checks.drs_scope import DRS_ALL_SEN
from checks.drs_types import DRS_DISAGREEMENT_TYPES
from checks.feedback import LO_FEEDBACK_PUBLISHED
from checks.findable import DRS_FINDABLE
from checks.mediation import DRS_NO_EFFECT_ON_APPEAL, MEDIATION_INFO
from checks.signposting import COMPLAINTS_ROUTES, IASS_SIGNPOSTED, TRIBUNAL_APPEAL

CORE_CHECK_IDS: tuple[str, ...] = (
    "drs_in_local_offer",
    "drs_independent",
    "drs_voluntary",
    "drs_all_sen",
    "drs_disagreement_types",
    "drs_no_effect_on_appeal",
    "drs_confidential",
    "drs_provider_named",
    "drs_contact",
    "mediation_info",
    "iass_signposted",
    "complaints_routes",
    "tribunal_appeal",
    "lo_feedback_published",
    "drs_findable",
    "stale_ccg",
)


def core_checks() -> list[Check]:
    """All 16 core checks, in the ``checks.md`` order (a new list on every call)."""
    return [
        DRS_IN_LOCAL_OFFER,
        DRS_INDEPENDENT,
        DRS_VOLUNTARY,
        DRS_ALL_SEN,
        DRS_DISAGREEMENT_TYPES,
        DRS_NO_EFFECT_ON_APPEAL,
        DRS_CONFIDENTIAL,
        DRS_PROVIDER_NAMED,
        DRS_CONTACT,
        MEDIATION_INFO,
        IASS_SIGNPOSTED,
        COMPLAINTS_ROUTES,
        TRIBUNAL_APPEAL,
        LO_FEEDBACK_PUBLISHED,
        DRS_FINDABLE,
        STALE_CCG,
    ]
