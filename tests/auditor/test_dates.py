"""Dates read from page text: shapes, British day/month order, ranges read at their earliest."""

from __future__ import annotations

from datetime import date

from auditor.dates import find_dates, iso_day, labelled_dates, months_between, parse_date_value


def test_shapes() -> None:
    text = "3 October 2026; October 3, 2026; 12/09/2026; 2026-09-12; March 2025; 2025-26; 2025 to 2026"
    assert [d.iso for d in find_dates(text)] == [
        "2026-10-03", "2026-10-03", "2026-09-12", "2026-09-12", "2025-03-01", "2026-03-31", "2026-03-31",
    ]  # fmt: skip


def test_invalid_and_implausible_dates_are_skipped() -> None:
    assert find_dates("31/02/2026, 45/13/2026, SI 2014/1530, 1 January 1850") == []


def test_month_day_only_when_day_month_is_impossible() -> None:
    assert [d.iso for d in find_dates("09/12/2026 and 12/31/2026")] == ["2026-12-09", "2026-12-31"]


def test_bare_years_only_on_request() -> None:
    assert find_dates("Annual report 2025") == []
    assert [d.iso for d in find_dates("Annual report 2025", bare_years=True)] == ["2025-01-01"]


def test_labelled_dates_need_a_label_close_by() -> None:
    assert labelled_dates("Last updated: 3rd Oct 2026") == ["2026-10-03"]
    assert labelled_dates("We updated our guidance after the 2019 review and in March 2019.") == []


def test_machine_values_and_arithmetic() -> None:
    assert parse_date_value("2026-09-01T10:00:00+01:00") == "2026-09-01"
    assert parse_date_value("not a date") is None
    assert iso_day("2026-11-01T09:00:00Z") == date(2026, 11, 1)
    assert months_between(date(2025, 10, 1), date(2026, 11, 1)) == 13
