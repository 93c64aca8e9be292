"""Dates written on pages, as ISO strings: "Last updated 3 October 2026", "12/09/2026", "2025-26".

Shared by ``auditor.site`` (a page's own published/updated dates) and the checks (the period a
feedback report covers). Pure functions of text, no clock: a run must be reproducible, so the
reference date always comes from the crawl (``Site.crawled_at``), never from ``date.today()``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Each pattern names the groups it fills; the order matters: the most precise shapes first.
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy_words", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("mdy_words", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("numeric", re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b")),
    ("month_year", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)),
    # Academic or financial year ranges: "2025-26", "2025/26", "2025 to 2026", "2025–2026".
    ("range", re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*(?:-|/|to|–|—)\s*(?P<y2>(?:19|20)?\d\d)\b")),
)

_YEAR_ONLY = re.compile(r"\b(?P<year>20\d\d)\b")

#: Words that say a date is the page's own publication or revision date.
_LABEL = re.compile(
    r"\b(?:page\s+)?(?:last\s+)?(?:updated|reviewed|modified|revised|edited|published|posted|issued|created)"
    r"|\b(?:review|publication|published|issue)\s+date|\bdate\s+(?:of\s+)?(?:publication|issue|review)",
)  # applied to lower-cased text: twice as fast as re.I over every block of every page
_LABEL_WORDS = ("date", "reviewed", "modified", "revised", "edited", "published", "posted", "issued", "created")


@dataclass(frozen=True)
class DateMention:
    """A date in a text. ``iso`` is the earliest day the words can mean (see ``find_dates``)."""

    iso: str
    start: int
    end: int
    precision: str  # "day", "month", "range" or "year"


def _valid(year: int, month: int, day: int) -> str | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(shape: str, m: re.Match[str]) -> tuple[str | None, str]:
    g = m.groupdict()
    if shape == "iso":
        return _valid(int(g["year"]), int(g["mnum"]), int(g["day"])), "day"
    if shape in ("dmy_words", "mdy_words"):
        return _valid(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])), "day"
    if shape == "numeric":
        a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
        # British pages write day/month; only read month/day when day/month is impossible.
        if b > 12 >= a:
            a, b = b, a
        return _valid(year, b, a), "day"
    if shape == "month_year":
        return _valid(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], 1), "month"
    y1 = int(g["y1"])
    y2_text = g["y2"]
    y2 = int(y2_text) if len(y2_text) == 4 else (y1 // 100) * 100 + int(y2_text)
    if y2 != y1 + 1:
        return None, "range"
    # A "2025-26" report can end anywhere from March (financial year) to August (academic year);
    # the earliest reading is used so that freshness is never overstated.
    return _valid(y2, 3, 31), "range"


def find_dates(text: str, *, bare_years: bool = False) -> list[DateMention]:
    """Every date in ``text`` in reading order. Overlapping shapes keep the most precise one.

    ``bare_years`` also reads a lone "2025" (as 1 January, the earliest meaning): useful in
    titles such as "Local Offer annual report 2025", too loose for running text.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for shape, pattern in _SHAPES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso, precision = _from_match(shape, m)
            if iso is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(iso, m.start(), m.end(), precision))
    if bare_years:
        for m in _YEAR_ONLY.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _valid(int(m.group("year")), 1, 1)
            if iso:
                found.append(DateMention(iso, m.start(), m.end(), "year"))
    found.sort(key=lambda d: d.start)
    return found


def labelled_dates_in(texts: Sequence[str]) -> list[str]:
    """``labelled_dates`` of each text, in order. A page's furniture blocks ("Page last updated"
    in every footer) repeat on every page of a site, so each short block's dates are memoised."""
    out: list[str] = []
    for text in texts:
        out += _block_dates(text) if len(text) <= _MEMO_UP_TO else _labelled(text)
    return out


# Blocks up to this length are memoised (a whole document's text is not worth keeping).
_MEMO_UP_TO = 4096


@lru_cache(maxsize=4096)
def _block_dates(text: str) -> tuple[str, ...]:
    return _labelled(text)


def clear_block_dates() -> None:
    """Forget memoised blocks: a site's footers are no use for the next site."""
    _block_dates.cache_clear()


def _labelled(text: str) -> tuple[str, ...]:
    # Every label contains one of these words: a block without any cannot hold a label.
    return tuple(labelled_dates(text)) if _may_hold_label(text) else ()


def _may_hold_label(text: str) -> bool:
    low = text.lower()
    # A plain loop of substring tests: an IGNORECASE alternation is many times slower here.
    for word in _LABEL_WORDS:  # noqa: SIM110
        if word in low:
            return True
    return False


def labelled_dates(text: str) -> list[str]:
    """Dates introduced by a label such as "Last updated", "Published:" or "Reviewed on".

    Only a date within 40 characters after the label counts, so a page that says "updated our
    guidance" and mentions a 2019 event later is not dated 2019.
    """
    out: list[str] = []
    text = text.lower()
    for label in _LABEL.finditer(text):
        window = text[label.end() : label.end() + 40]
        for mention in find_dates(window):
            if mention.precision in ("day", "month"):
                out.append(mention.iso)
                break
    return out


def parse_date_value(value: str) -> str | None:
    """An ISO date from a machine-readable value (``<time datetime>``, ``article:modified_time``)."""
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    mentions = find_dates(value)
    return mentions[0].iso if mentions and mentions[0].precision == "day" else None


def iso_day(value: str) -> date | None:
    """The calendar day of an ISO date or datetime string, or None when it is not one."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def months_between(earlier: date, later: date) -> float:
    """Whole and part months from ``earlier`` to ``later`` (negative when it is in the future)."""
    return (later.year - earlier.year) * 12 + (later.month - earlier.month) + (later.day - earlier.day) / 31
