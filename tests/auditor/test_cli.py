"""CLI error handling: bad input is one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import main


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0]


def test_missing_registry_file(tmp_path: Path) -> None:
    proc = run_cli("audit", "--registry", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "o"))
    assert_one_line_error(proc, "nope.csv", "not found")
    assert not (tmp_path / "o").exists()


def test_unknown_config_key(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[crawl]\ndelay_secs = 0\n")
    registry = tmp_path / "r.csv"
    registry.write_text("code,name,local_offer_url\nX1,One,http://127.0.0.1:9/\n")
    proc = run_cli("audit", "--registry", str(registry), "--config", str(config), "--out", str(tmp_path / "o"))
    assert_one_line_error(proc, "c.toml", "crawl.delay_secs")


def test_bad_url_in_registry(tmp_path: Path) -> None:
    registry = tmp_path / "r.csv"
    registry.write_text("code,name,local_offer_url\nX1,One,file:///etc/passwd\n")
    proc = run_cli("audit", "--registry", str(registry), "--out", str(tmp_path / "o"))
    assert_one_line_error(proc, "r.csv:2", "file:///etc/passwd")


def test_bad_site_url(tmp_path: Path) -> None:
    proc = run_cli("audit", "--site", "not a url", "--out", str(tmp_path / "o"))
    assert_one_line_error(proc, "--site")


def test_unknown_authority_code(tmp_path: Path) -> None:
    proc = run_cli("audit", "--authority", "E99999999", "--out", str(tmp_path / "o"))
    assert_one_line_error(proc, "E99999999")


def test_unknown_check_in_disable_list(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[checks]\ndisable = ['no_such_check']\n")
    proc = run_cli("checks", "--config", str(config))
    assert_one_line_error(proc, "checks.disable", "no_such_check")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["audit"])
    assert info.value.code == 2


@pytest.mark.parametrize(
    "command", ["audit", "demo", "checks", "authorities", "runs", "rejudge", "explain", "diff", "export", "evaluate"]
)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: localoffer" in capsys.readouterr().out


def test_authorities_lists_the_bundled_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["authorities"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 153
    assert sum("not audited: no start URL" in line for line in lines) == 6


def test_checks_lists_the_sixteen_core_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checks"]) == 0
    ids = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    for core in ("drs_in_local_offer", "stale_ccg", "lo_feedback_published", "drs_findable"):
        assert core in ids
