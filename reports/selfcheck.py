"""The council self-check: thresholds for CI (``--fail-on``, ``--fail-under``), the short list of
fixes printed on the terminal, and JUnit XML for CI systems.

``--fail-on must`` is breached by any "must" duty that is not evidenced: ``fail``, ``partial``
(some required elements missing) or ``error`` (the tool could not see it, e.g. the site was
unreachable or blocked the crawler — which a council's own CI should hear about too).
``--fail-on should`` applies the same to every duty. ``--fail-under F`` is breached when the
weighted score fraction is below F (an authority with nothing scorable breaches it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from auditor.model import Status, Strength
from checks.base import Check
from reports.views import AuthorityView

NOT_EVIDENCED = (Status.FAIL, Status.PARTIAL, Status.ERROR)
# Characters XML 1.0 cannot carry at all; scraped quotes may contain them.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


@dataclass(frozen=True)
class Thresholds:
    fail_on: str | None = None  # "must" or "should"
    fail_under: float | None = None


def breaches(views: Sequence[AuthorityView], thresholds: Thresholds) -> list[str]:
    """One line per breached threshold; empty when the self-check passes."""
    lines: list[str] = []
    for view in views:
        name = f"{view.result.authority.name} ({view.result.authority.code})"
        if thresholds.fail_on is not None:
            for row in view.rows:
                applies = thresholds.fail_on == "should" or row.check.strength is Strength.MUST
                if row.registered and applies and row.status in NOT_EVIDENCED:
                    lines.append(f"{name}: {row.check.id} is {row.status.value} ({row.check.strength.value})")
        if thresholds.fail_under is not None:
            fraction = view.score.fraction
            if fraction is None or fraction < thresholds.fail_under:
                shown = "nothing scorable" if fraction is None else f"{fraction:.2f}"
                lines.append(f"{name}: score {shown} is under {thresholds.fail_under:.2f}")
    return lines


def fix_list(views: Sequence[AuthorityView]) -> list[str]:
    """'What to add and where', must duties first, for the duties not evidenced."""
    lines: list[str] = []
    for view in views:
        todo = [r for r in view.rows if r.registered and r.status in (Status.FAIL, Status.PARTIAL)]
        todo.sort(key=lambda r: (r.check.strength is not Strength.MUST, r.status is Status.PARTIAL))
        for row in todo:
            advice = row.check.fix or row.check.description
            lines.append(f"[{row.check.strength.value}] {row.check.failure_title or row.check.title}: {advice}")
    return lines


def junit_xml(views: Sequence[AuthorityView], checks: Sequence[Check]) -> str:
    """One testsuite per authority, one testcase per check: fail/partial are failures, error is
    an error, not_applicable is skipped."""
    suites = ET.Element("testsuites", name="localoffer")
    for view in views:
        authority = view.result.authority
        rows = [r for r in view.rows if r.registered]
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=_xml(f"{authority.code} {authority.name}"),
            tests=str(len(rows)),
            failures=str(sum(r.status in (Status.FAIL, Status.PARTIAL) for r in rows)),
            errors=str(sum(r.status is Status.ERROR for r in rows)),
            skipped=str(sum(r.status is Status.NOT_APPLICABLE for r in rows)),
        )
        for row in rows:
            case = ET.SubElement(suite, "testcase", classname=_xml(authority.code), name=row.check.id)
            detail = row.result.reason or row.result.searched
            if row.status in (Status.FAIL, Status.PARTIAL):
                failure = ET.SubElement(case, "failure", message=f"{row.status.value}: {row.check.failure_title}")
                failure.text = _xml(f"{row.check.legal_ref}\n{row.check.fix}\n{detail}")
            elif row.status is Status.ERROR:
                ET.SubElement(case, "error", message=_xml(f"could not check: {row.result.reason}"))
            elif row.status is Status.NOT_APPLICABLE:
                ET.SubElement(case, "skipped", message=_xml(row.result.reason or "not applicable"))
            elif row.result.evidence:
                first = row.result.evidence[0]
                ET.SubElement(case, "system-out").text = _xml(f"{first.url}\n{first.quote}")
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
