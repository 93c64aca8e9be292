"""The rendered reports in headless Chromium from file://: sorting, filtering, no console errors,
no request leaving the file, and no serious or critical axe-core violations.

Needs the Debian package ``chromium`` (/usr/bin/chromium, or $LOCALOFFER_CHROMIUM), the Python
package ``playwright`` (never ``playwright install``: the system Chromium is used) and axe-core
(``npm install --no-save --prefix tests/reports axe-core``, or $LOCALOFFER_AXE pointing at
``axe.min.js``). Skipped, with the reason, only when one of them is missing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from auditor.model import AuthorityResult, Status
from checks.base import Check
from reports import write_reports
from tests.reports.conftest import make_authority_result, make_run
from tests.reports.test_diff import hostile_diff

CHROMIUM = Path(os.environ.get("LOCALOFFER_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(os.environ.get("LOCALOFFER_AXE", Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip
PAGES = ["index.html", "authorities/E06000001.html", "authorities/___E0_6__x.html", "methodology.html", "diff.html"]

# `make test` sets LOCALOFFER_REQUIRE_BROWSER: there a missing browser is a failure, never a quiet skip.
REQUIRED = bool(os.environ.get("LOCALOFFER_REQUIRE_BROWSER"))


def _missing(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"browser tests required but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


if importlib.util.find_spec("playwright") is None:
    _missing("playwright is not installed (pip install playwright)")
if not CHROMIUM.exists() and shutil.which("chromium") is None:
    _missing(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
if not AXE.is_file():
    _missing(f"no axe-core at {AXE} (npm install --no-save --prefix tests/reports axe-core)")
from playwright import sync_api  # noqa: E402


@dataclass
class Opened:
    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        executable = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(tmp_path: Path, checks: list[Check], results: list[AuthorityResult]) -> Path:
    """The conftest authorities (hostile text included) plus a few more, with a diff."""
    more = [
        make_authority_result(code, name, {c.id: status for c in checks}, region=region)
        for code, name, status, region in [
            ("E2", "Beta Borough", Status.PASS, "London"),
            ("E3", "Alpha County", Status.FAIL, "London"),
            ("E4", "Delta City", Status.PARTIAL, "South West"),
        ]
    ]
    out = tmp_path / "site"
    write_reports(out, make_run(checks), [*results, *more], checks, diff=hostile_diff())
    return out


@pytest.fixture
def open_page(browser: Any, site: Path) -> Iterator[Any]:
    contexts = []

    def opener(name: str) -> Opened:
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def route(route: Any) -> None:
            url = route.request.url
            opened.requests.append(url)
            if url.startswith(("file://", "data:")):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", route)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto((site / name).as_uri())
        page.wait_for_load_state("load")
        return opened

    yield opener
    for context in contexts:
        context.close()


def row_names(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "table.league tbody tr:not([hidden]) th[scope=row] a", "els => els.map(e => e.textContent)"
    )


def test_sorting_by_a_column_heading_reorders_the_rows(open_page: Any) -> None:
    page = open_page("index.html").page
    before = row_names(page)
    page.get_by_role("button", name="Authority").click()
    ascending = row_names(page)
    assert ascending == sorted(before, key=str.lower) and ascending != before
    assert page.get_attribute("table.league thead th:first-child", "aria-sort") == "ascending"
    page.get_by_role("button", name="Authority").click()
    assert row_names(page) == list(reversed(ascending))


def test_typing_in_the_filter_hides_rows(open_page: Any) -> None:
    page = open_page("index.html").page
    assert page.is_visible("#filter-input")
    total = len(row_names(page))
    page.fill("#filter-input", "london")
    assert sorted(row_names(page)) == ["Alpha County", "Beta Borough"]
    assert page.text_content("#filter-count") == f"2 of {total} authorities shown"
    page.fill("#filter-input", "")
    assert len(row_names(page)) == total


def test_diff_table_filters_too(open_page: Any) -> None:
    page = open_page("diff.html").page
    page.fill("#filter-input", "no such text")
    assert page.eval_on_selector_all("table.diff tbody tr:not([hidden])", "els => els.length") == 0
    assert page.text_content("#filter-count") == "0 of 1 changes shown"


@pytest.mark.parametrize("name", PAGES)
def test_no_console_errors_and_no_request_leaves_the_file(open_page: Any, name: str) -> None:
    opened = open_page(name)
    if opened.page.locator("th button").count():
        opened.page.locator("th button").first.click()  # the script's own work raises no error either
    assert opened.errors == []
    assert opened.requests and all(u.startswith(("file://", "data:")) for u in opened.requests), opened.requests


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_serious_or_critical_violations(open_page: Any, name: str) -> None:
    page = open_page(name).page
    page.evaluate(AXE.read_text(encoding="utf-8"))  # over DevTools: not an inline script, so the CSP allows it
    page.evaluate("() => { document.querySelectorAll('details').forEach(d => { d.open = true; }); }")
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"
    )
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], serious
