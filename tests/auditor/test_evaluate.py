"""``localoffer evaluate``: confusion counts on a tiny corpus and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.evaluate import CorpusError, evaluate, format_table, load_cases, to_json
from auditor.model import CheckResult, Site, Status, Strength
from checks.base import Check


def _keyword_check(check_id: str, word: str) -> Check:
    """A stand-in check: passes when the word is on the page, so the expected counts are fixed."""

    def run(site: Site) -> CheckResult:
        found = any(word in b.text.lower() for p in site.pages for b in p.blocks)
        return CheckResult(check_id, Status.PASS if found else Status.FAIL, reason="stub")

    return Check(check_id, "1", check_id, check_id, "", "", Strength.MUST, run)


def _write(path: Path, cases: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    return path


CASES: list[dict[str, object]] = [
    {
        "id": "t1",
        "url": "https://www.example-council.gov.uk/send/a",
        "html": "<html><body><main><h1>A</h1><p>Mediation is independent.</p></main></body></html>",
        "labels": {"alpha": 1, "beta": 0},
    },
    {
        "id": "t2",
        "url": "https://www.example-council.gov.uk/send/b",
        "text": "Leaflet\n\nNothing relevant here at all.",
        "labels": {"alpha": 1, "beta": 1},
    },
    {
        "id": "t3",
        "url": "https://www.example-council.gov.uk/send/c",
        "html": "<html><body><main><p>Independent tribunal and mediation.</p></main></body></html>",
        "labels": {"alpha": 0},
    },
]


def test_confusion_counts(tmp_path: Path) -> None:
    cases = load_cases(_write(tmp_path / "cases.jsonl", CASES))
    checks = [_keyword_check("alpha", "independent"), _keyword_check("beta", "mediation")]
    result = evaluate(cases, checks)
    alpha, beta = result.per_check["alpha"], result.per_check["beta"]
    # alpha: t1 TP, t2 FN, t3 FP
    assert (alpha.tp, alpha.fp, alpha.fn, alpha.tn) == (1, 1, 1, 0)
    assert alpha.precision == pytest.approx(0.5) and alpha.recall == pytest.approx(0.5)
    # beta: t1 FP (label 0, word present), t2 FN
    assert (beta.tp, beta.fp, beta.fn, beta.tn) == (0, 1, 1, 0)
    assert {(m.case_id, m.check_id) for m in result.misses} == {
        ("t2", "alpha"),
        ("t3", "alpha"),
        ("t1", "beta"),
        ("t2", "beta"),
    }


def test_only_selected_checks(tmp_path: Path) -> None:
    cases = load_cases(_write(tmp_path / "cases.jsonl", CASES))
    checks = [_keyword_check("alpha", "independent"), _keyword_check("beta", "mediation")]
    assert list(evaluate(cases, checks, ["beta"]).per_check) == ["beta"]


def test_unknown_label_names_the_check(tmp_path: Path) -> None:
    bad = [{**CASES[0], "labels": {"alpha": 1, "no_such_check": 0}}]
    cases = load_cases(_write(tmp_path / "cases.jsonl", bad))
    with pytest.raises(CorpusError, match="no_such_check"):
        evaluate(cases, [_keyword_check("alpha", "x")])


def test_bad_label_value(tmp_path: Path) -> None:
    bad = [{**CASES[0], "labels": {"alpha": 2}}]
    with pytest.raises(CorpusError, match=r"cases.jsonl:1: .*alpha"):
        load_cases(_write(tmp_path / "cases.jsonl", bad))


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor.cli", "evaluate", *args], capture_output=True, text=True, timeout=120
    )


def test_invalid_line_is_one_line_error_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(CASES[0]) + "\n{not json\n", encoding="utf-8")
    proc = _run_cli(str(path))
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "broken.jsonl:2" in lines[0]


def test_unknown_check_id_in_labels_cli(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.jsonl", [{**CASES[0], "labels": {"drs_not_a_check": 1}}])
    proc = _run_cli(str(path))
    assert proc.returncode == 2
    assert "drs_not_a_check" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_cli_table_and_json(tmp_path: Path) -> None:
    case: dict[str, object] = {
        "id": "k1",
        "url": "https://www.example-council.gov.uk/send/x",
        "html": "<html><body><main><p>Short breaks for disabled children.</p></main></body></html>",
        "labels": {"drs_in_local_offer": 0, "stale_ccg": 1},
    }
    path = _write(tmp_path / "c.jsonl", [case])
    proc = _run_cli(str(path), "--show-errors")
    assert proc.returncode == 0, proc.stderr
    assert "drs_in_local_offer" in proc.stdout and "macro average" in proc.stdout
    proc = _run_cli(str(path), "--json", "--check", "stale_ccg")
    data = json.loads(proc.stdout)
    assert list(data["checks"]) == ["stale_ccg"] and data["checks"]["stale_ccg"]["n"] == 1


def test_undefined_figures_are_shown_as_such_and_left_out_of_the_macro_average(tmp_path: Path) -> None:
    # gamma is labelled on every case but never positive, and never predicted positive: it has
    # neither precision nor recall, and must not drag the macro average down as zeros.
    cases = [{**c, "labels": {**c["labels"], "gamma": 0}} for c in CASES]  # type: ignore[dict-item]
    checks = [_keyword_check("alpha", "independent"), _keyword_check("beta", "mediation")]
    checks.append(_keyword_check("gamma", "zzz"))
    result = evaluate(load_cases(_write(tmp_path / "cases.jsonl", cases)), checks)
    # alpha 0.5 / 0.5; beta precision 0 (one false pass), recall 0 (one miss); gamma undefined.
    assert result.macro() == pytest.approx((0.25, 0.25, 0.25))
    gamma_row = next(line for line in format_table(result).splitlines() if line.startswith("gamma"))
    assert gamma_row.split()[-3:] == ["n/a", "n/a", "n/a"]
    assert to_json(result)["checks"]["gamma"]["recall"] is None
