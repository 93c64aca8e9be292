"""Declarative TOML rules and third-party plugins: checks added without touching localoffer."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from auditor.model import Authority, Coverage, Site, Status
from auditor.site import build_site, parse_html
from checks.registry import CheckLoadError, discover_checks, validate_checks
from checks.rules import compile_rules
from checks.runner import run_check

ROOT = Path(__file__).resolve().parents[2]

OFFLINE_RULE = """
[[rules]]
id = "lo_offline_access"
title = "Says how to get the Local Offer without the internet"
failure_title = "No offline route to the Local Offer"
legal_ref = "SEND Regs 2014 reg 57"
strength = "must"
fix = "Say on the About page how to ask for a paper copy, with a phone number."
partial = { phrase = ["paper cop(?:y|ies)", "printed cop(?:y|ies)"] }
exclude = { negative_context = ["council tax bill"] }

[rules.pass]
all = [
    { phrase = ["paper cop(?:y|ies)", "printed cop(?:y|ies)", "without internet access"] },
    { contact_near = true },
]
"""


def site_of(*pages: tuple[str, str]) -> Site:
    parsed = [parse_html(html, url) for url, html in pages]
    coverage = Coverage(crawl_status="ok", start_reached=True, pages_fetched=len(parsed), frontier_exhausted=True)
    return build_site(Authority("X1", "Testshire", pages[0][0]), parsed, coverage, "2026-11-28T00:00:00Z")


def page(body: str) -> str:
    return f"<html><body><nav><a href='/paper'>Paper copies</a></nav><main><h1>About</h1>{body}</main></body></html>"


def offline_check():  # type: ignore[no-untyped-def]
    [check] = compile_rules(tomllib.loads(OFFLINE_RULE)["rules"])
    return check


def test_rule_passes_with_phrase_and_nearby_contact() -> None:
    site = site_of(("https://lo.test/about", page(
        "<p>If you are without internet access you can ask us for a printed copy of any page.</p>"
        "<p>Ring the Local Offer team on 01234 567890.</p>"
    )))  # fmt: skip
    result = run_check(offline_check(), site)
    assert result.status is Status.PASS
    assert "internet access" in result.evidence[0].quote or "printed copy" in result.evidence[0].quote
    assert result.evidence[0].url == "https://lo.test/about"


def test_rule_partial_without_contact_and_fail_without_phrase() -> None:
    partial = site_of(("https://lo.test/about", page("<p>Paper copies are available.</p>")))
    assert run_check(offline_check(), partial).status is Status.PARTIAL
    nothing = site_of(("https://lo.test/about", page("<p>Welcome to our Local Offer. Call 01234 567890.</p>")))
    result = run_check(offline_check(), nothing)
    assert result.status is Status.FAIL
    assert "Looked for" in result.searched


def test_navigation_is_not_evidence_and_negation_is_respected() -> None:
    site = site_of(("https://lo.test/about", page("<p>We do not send printed copies. Call 01234 567890.</p>")))
    assert run_check(offline_check(), site).status is Status.FAIL


def test_excluded_pages_are_not_read() -> None:
    site = site_of(("https://lo.test/tax", page(
        "<p>Your council tax bill: ask for a paper copy on 01234 567890.</p>"
    )))  # fmt: skip
    assert run_check(offline_check(), site).status is Status.FAIL


def test_site_scope_combines_pages() -> None:
    rule = tomllib.loads(
        textwrap.dedent("""
        [[rules]]
        id = "both_words"
        title = "Mentions apples and pears"
        strength = "should"
        scope = "site"
        pass = { all = [ { phrase = ["apples"] }, { phrase = ["pears"] } ] }
        """)
    )["rules"]
    [check] = compile_rules(rule)
    site = site_of(
        ("https://lo.test/a", page("<p>We grow apples.</p>")), ("https://lo.test/b", page("<p>And pears.</p>"))
    )
    result = run_check(check, site)
    assert result.status is Status.PASS
    assert {e.url for e in result.evidence} == {"https://lo.test/a", "https://lo.test/b"}


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[[rules]]\nid="a"\ntitle="A"\nstrength="should"\npass={phrse=["x"]}\n', "rules[0].pass.phrse: unknown"),
        ('[[rules]]\nid="a"\ntitle="A"\nstrength="should"\npass={all=[{phrase=["x"]},{bogus=1}]}\n',
         "rules[0].pass.all[1].bogus"),
        ('[[rules]]\nid="a"\ntitle="A"\nstrength="should"\ncolour="red"\npass={phrase=["x"]}\n',
         "rules[0].colour: unknown key"),
        ('[[rules]]\nid="a"\ntitle="A"\nstrength="sometimes"\npass={phrase=["x"]}\n', "rules[0].strength"),
        ('[[rules]]\nid="a"\ntitle="A"\nstrength="should"\npass={phrase=["(x"]}\n', "invalid pattern"),
        ('[[rules]]\nid="a"\ntitle="A"\nstrength="should"\npass={phrase=["x"]}\n'
         '[[rules]]\nid="a"\ntitle="B"\nstrength="should"\npass={phrase=["y"]}\n', "rules[1].id: duplicate"),
        ('[[rules]]\ntitle="A"\nstrength="should"\npass={phrase=["x"]}\n', "missing required key 'id'"),
    ],
)  # fmt: skip
def test_rule_validation_names_the_toml_path(toml: str, message: str) -> None:
    with pytest.raises(CheckLoadError) as info:
        compile_rules(tomllib.loads(toml)["rules"])
    assert message in str(info.value)


def test_statutory_rule_without_legal_ref_is_rejected() -> None:
    rules = tomllib.loads('[[rules]]\nid="a"\ntitle="A"\nstrength="must"\npass={phrase=["x"]}\n')["rules"]
    with pytest.raises(CheckLoadError, match="no legal_ref"):
        validate_checks(compile_rules(rules))


def test_rule_id_clashing_with_a_core_check_is_rejected() -> None:
    rules = tomllib.loads('[[rules]]\nid="stale_ccg"\ntitle="A"\nstrength="should"\npass={phrase=["x"]}\n')["rules"]
    with pytest.raises(CheckLoadError, match="duplicate check id 'stale_ccg'"):
        validate_checks(discover_checks() + compile_rules(rules))


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor.cli", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_a_check_added_by_toml_alone(tmp_path: Path) -> None:
    rules = tmp_path / "extra-rules.toml"
    rules.write_text(OFFLINE_RULE)
    config = tmp_path / "c.toml"
    config.write_text('[checks]\nrules_files = ["extra-rules.toml"]\n')
    proc = cli("checks", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("lo_offline_access\t"))
    assert "\trules" in line and "reg 57" in line


def test_bad_rules_file_is_one_line_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[[rules]]\nid="a"\ntitle="A"\nstrength="should"\npass={nope=["x"]}\n')
    proc = cli("checks", "--config", str(config))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "c.toml: rules[0].pass.nope" in proc.stderr


def make_plugin(root: Path) -> None:
    """An installed distribution as pip leaves it: a module plus a dist-info with entry points."""
    (root / "lo_plugin_demo.py").write_text(
        textwrap.dedent("""
        from auditor.model import CheckResult, Status, Strength
        from checks.base import Check

        def _run(site):
            found = any("short breaks" in b.text.lower() for p in site.pages for b in p.blocks)
            return CheckResult("short_breaks_statement", Status.PASS if found else Status.FAIL)

        CHECKS = [Check(id="short_breaks_statement", version="1", title="Publishes a short breaks statement",
                        failure_title="No short breaks statement", description="", legal_ref="Short Breaks Regs 2011",
                        strength=Strength.MUST, run=_run)]
    """)
    )
    dist = root / "lo_plugin_demo-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: lo-plugin-demo\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[localoffer.checks]\nshort_breaks = lo_plugin_demo:CHECKS\n")


def test_a_check_added_by_an_installed_plugin_package(tmp_path: Path) -> None:
    make_plugin(tmp_path)
    env = {"PYTHONPATH": str(tmp_path)}
    proc = cli("checks", env=env)
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("short_breaks_statement\t"))
    assert line.endswith("plugin:lo-plugin-demo")
    off = tmp_path / "off.toml"
    off.write_text("[checks]\nthird_party = false\n")
    proc = cli("checks", "--config", str(off), env=env)
    assert proc.returncode == 0 and "short_breaks_statement" not in proc.stdout
