"""Chart geometry for the inline SVG charts of ``index.html`` (``_charts.html`` draws them).

Two charts, each also given as a table of numbers beside it (screen readers and printouts):

- ``duty_bars``: per duty, how many authorities had each status (a stacked bar per check);
- ``region_strips``: per region, each authority's score fraction as a dot, with the median.

All coordinates are computed here so the template only prints numbers; nothing is fetched.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import Status
from checks.base import Check
from reports.views import AuthorityView

#: Stacking order of the bars, best first.
BAR_ORDER = (Status.PASS, Status.PARTIAL, Status.FAIL, Status.NOT_APPLICABLE, Status.ERROR)
LABEL_WIDTH = 340.0
PLOT_WIDTH = 440.0
ROW_HEIGHT = 28.0
BAR_HEIGHT = 18.0
TOP = 8.0
MIN_LABEL_WIDTH = 18.0  # segments narrower than this carry no number inside


@dataclass(frozen=True)
class Segment:
    status: Status
    count: int
    x: float
    width: float
    label_x: float
    show_label: bool


@dataclass(frozen=True)
class DutyBar:
    check: Check
    counts: tuple[tuple[Status, int], ...]
    segments: tuple[Segment, ...]
    y: float

    @property
    def text_y(self) -> float:
        return self.y + BAR_HEIGHT / 2


@dataclass(frozen=True)
class Dot:
    name: str
    fraction: float
    x: float


@dataclass(frozen=True)
class RegionStrip:
    region: str
    authorities: int
    dots: tuple[Dot, ...]
    median: float | None
    median_x: float | None
    lowest: float | None
    highest: float | None
    y: float

    @property
    def not_scored(self) -> int:
        return self.authorities - len(self.dots)


@dataclass(frozen=True)
class Charts:
    bars: tuple[DutyBar, ...]
    strips: tuple[RegionStrip, ...]
    authorities: int
    label_width: float = LABEL_WIDTH
    plot_width: float = PLOT_WIDTH
    row_height: float = ROW_HEIGHT
    bar_height: float = BAR_HEIGHT
    top: float = TOP

    @property
    def width(self) -> float:
        return self.label_width + self.plot_width + 20

    def height(self, rows: int) -> float:
        return self.top + rows * self.row_height + 30

    @property
    def ticks(self) -> tuple[tuple[int, float], ...]:
        """Axis ticks for the score strips: (percent, x)."""
        return tuple((p, self.label_width + self.plot_width * p / 100) for p in (0, 25, 50, 75, 100))


def duty_bars(views: Sequence[AuthorityView], checks: Sequence[Check]) -> tuple[DutyBar, ...]:
    total = max(len(views), 1)
    bars: list[DutyBar] = []
    for i, check in enumerate(checks):
        statuses = [row.status for v in views for row in v.rows if row.registered and row.check.id == check.id]
        counts = tuple((s, statuses.count(s)) for s in BAR_ORDER)
        x = LABEL_WIDTH
        segments: list[Segment] = []
        for status, count in counts:
            if count:
                width = PLOT_WIDTH * count / total
                segments.append(Segment(status, count, x, width, x + width / 2, width >= MIN_LABEL_WIDTH))
                x += width
        bars.append(DutyBar(check, counts, tuple(segments), TOP + i * ROW_HEIGHT))
    return tuple(bars)


def region_strips(views: Sequence[AuthorityView]) -> tuple[RegionStrip, ...]:
    regions: dict[str, list[AuthorityView]] = {}
    for view in views:
        regions.setdefault(view.result.authority.region or "No region given", []).append(view)
    strips: list[RegionStrip] = []
    for i, region in enumerate(sorted(regions, key=str.casefold)):
        members = regions[region]
        dots = tuple(
            Dot(v.result.authority.name, v.score.fraction, LABEL_WIDTH + PLOT_WIDTH * v.score.fraction)
            for v in members
            if v.score.fraction is not None
        )
        fractions = [d.fraction for d in dots]
        median = round(statistics.median(fractions), 4) if fractions else None
        strips.append(
            RegionStrip(
                region=region,
                authorities=len(members),
                dots=dots,
                median=median,
                median_x=None if median is None else LABEL_WIDTH + PLOT_WIDTH * median,
                lowest=min(fractions) if fractions else None,
                highest=max(fractions) if fractions else None,
                y=TOP + i * ROW_HEIGHT,
            )
        )
    return tuple(strips)


def build_charts(views: Sequence[AuthorityView], checks: Sequence[Check]) -> Charts:
    return Charts(duty_bars(views, checks), region_strips(views), len(views))


def percent(fraction: float | None) -> str:
    return "—" if fraction is None else f"{fraction * 100:.0f}%"
