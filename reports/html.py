"""The HTML reports: ``index.html`` (league table) and ``authorities/<code>.html`` (scorecards).

Jinja2 with autoescaping always on. Scraped text is hostile, so the only ``Markup`` values that
reach a template are built here from escaped parts: the ``<mark>`` highlighting
(``safety.highlight``) and our own CSS and JavaScript files. URLs reach an ``href`` only
through ``safety.safe_href`` (absolute http/https). Each page also carries a Content Security
Policy that allows nothing but its own inline style and script (by hash), as a second line of
defence: no external requests, and an injected script or event handler would not run.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from auditor.model import RunInfo, Status
from checks.base import Check
from reports.atomic import atomic_write_text
from reports.charts import BAR_ORDER, build_charts, percent
from reports.rows import Row
from reports.safety import highlight, safe_filename, safe_href, unique_filenames
from reports.scoring import format_number, headline, headline_long, methodology_version
from reports.views import AuthorityView

TEMPLATES = Path(__file__).parent / "templates"
AUTHORITIES_DIR = "authorities"


@dataclass(frozen=True)
class StatusInfo:
    label: str
    icon: str
    css: str
    rank: int  # for sorting: higher is better


_STATUS: dict[Status, StatusInfo] = {
    Status.PASS: StatusInfo("Evidenced", "\u2714", "pass", 4),
    Status.PARTIAL: StatusInfo("Partial", "\u25d1", "partial", 3),
    Status.FAIL: StatusInfo("Not evidenced", "\u2716", "fail", 1),
    Status.NOT_APPLICABLE: StatusInfo("Not applicable", "\u2013", "na", 2),
    Status.ERROR: StatusInfo("Could not check", "?", "error", 0),
}
#: Currency checks (``stale_*``): ``fail`` means outdated wording was found.
_CURRENCY: dict[Status, StatusInfo] = {
    Status.PASS: StatusInfo("Up to date", "\u2714", "pass", 4),
    Status.FAIL: StatusInfo("Outdated wording", "\u2716", "fail", 1),
}
#: Scorecard order: not evidenced first, then partial, could not check, not applicable, evidenced.
SCORECARD_ORDER = (Status.FAIL, Status.PARTIAL, Status.ERROR, Status.NOT_APPLICABLE, Status.PASS)


def status_info(status: Status, kind: str = "evidence") -> StatusInfo:
    if kind != "evidence" and status in _CURRENCY:
        return _CURRENCY[status]
    return _STATUS[status]


def finding_title(row: Row) -> str:
    if row.status is Status.FAIL:
        return row.check.failure_title or row.check.title
    return row.check.title


@dataclass(frozen=True)
class Assets:
    """Our own inline CSS and JS, with the CSP source expressions that allow exactly them."""

    css: Markup
    js: Markup

    @staticmethod
    def _hash(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"

    @property
    def style_src(self) -> str:
        return self._hash(str(self.css))

    @property
    def script_src(self) -> str:
        return self._hash(str(self.js))

    @classmethod
    def load(cls) -> Assets:
        css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
        js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
        return cls(Markup(css), Markup(js))  # our own files, not scraped text


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        status_info=status_info,
        safe_href=safe_href,
        highlight=highlight,
        slug=safe_filename,
        finding_title=finding_title,
        format_number=format_number,
        headline=headline,
        headline_long=headline_long,
        percent=percent,
        bar_order=BAR_ORDER,
    )
    return env


def league_order(views: Sequence[AuthorityView]) -> list[AuthorityView]:
    """Highest score fraction first; authorities that could not be scored last; then by name."""

    def key(view: AuthorityView) -> tuple[int, float, int, str, str]:
        fraction = view.score.fraction
        return (
            fraction is None,
            -(fraction or 0.0),
            -view.score.evidenced,
            view.result.authority.name.casefold(),
            view.result.authority.code,
        )

    return sorted(views, key=key)


def scorecard_groups(rows: Sequence[Row]) -> list[tuple[Status, list[Row]]]:
    """Rows grouped in ``SCORECARD_ORDER``; inside a group "must" duties first, then check order."""
    groups = []
    for status in SCORECARD_ORDER:
        members = [r for r in rows if r.status is status]
        members.sort(key=lambda r: not r.check.is_statutory)  # stable: keeps check order
        groups.append((status, members))
    return groups


@dataclass(frozen=True)
class ChangesLink:
    """What the index says about ``diff.html``: the run compared with and the one-line summary."""

    run_a: str
    summary: str


def _common(run: RunInfo, checks: Sequence[Check], assets: Assets) -> dict[str, Any]:
    return {"run": run, "checks": list(checks), "method": methodology_version(checks), "assets": assets}


def write_html(
    out_dir: Path,
    run: RunInfo,
    views: Sequence[AuthorityView],
    checks: Sequence[Check],
    *,
    changes: ChangesLink | None = None,
) -> Path:
    """Writes every scorecard and ``methodology.html``, then ``index.html`` last (so the index never
    links a missing page). ``changes`` links ``diff.html`` (written before) from the index."""
    env = make_environment()
    assets = Assets.load()
    common = _common(run, checks, assets)
    settings = dict(run.config)
    methodology = env.get_template("methodology.html").render(**common, settings=settings, root="")
    atomic_write_text(out_dir / "methodology.html", methodology)
    files = unique_filenames(v.result.authority.code for v in views)
    scorecard = env.get_template("scorecard.html")
    for view in views:
        html = scorecard.render(**common, view=view, groups=scorecard_groups(view.rows), Status=Status, root="../")
        atomic_write_text(out_dir / AUTHORITIES_DIR / files[view.result.authority.code], html)
    index = env.get_template("index.html").render(
        **common,
        views=league_order(views),
        files=files,
        authorities_dir=AUTHORITIES_DIR,
        root="",
        charts=build_charts(views, checks),
        changes=changes,
    )
    return atomic_write_text(out_dir / "index.html", index)
