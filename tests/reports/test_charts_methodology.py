"""The inline SVG charts of index.html, methodology.html, and publishing with --keep-history."""

from __future__ import annotations

import re
from pathlib import Path

from auditor.model import AuthorityResult, Status
from checks.base import Check
from reports.charts import build_charts
from reports.publish import incoming_dir, publish_run
from reports.scoring import methodology_version
from reports.views import build_views


def test_duty_bars_count_each_status(checks: list[Check], results: list[AuthorityResult]) -> None:
    charts = build_charts(build_views(results, checks), checks)
    counts = {bar.check.id: dict(bar.counts) for bar in charts.bars}
    assert counts["drs_in_local_offer"][Status.PASS] == 2
    assert counts["drs_voluntary"][Status.PARTIAL] == 1 and counts["drs_voluntary"][Status.NOT_APPLICABLE] == 1
    for bar in charts.bars:
        assert sum(n for _, n in bar.counts) == len(results)
        assert abs(sum(s.width for s in bar.segments) - charts.plot_width) < 1e-6


def test_region_strips_place_each_scored_authority(checks: list[Check], results: list[AuthorityResult]) -> None:
    strips = {s.region: s for s in build_charts(build_views(results, checks), checks).strips}
    assert set(strips) == {"North East", "@SUM(1+1)"}
    north_east = strips["North East"]
    assert north_east.authorities == 1 and north_east.median == 0.5 and north_east.not_scored == 0


def test_index_charts_are_accessible_inline_svg(report_dir: Path) -> None:
    html = (report_dir / "index.html").read_text(encoding="utf-8")
    svgs = re.findall(r"<svg[^>]*>.*?</svg>", html, flags=re.S)
    assert len(svgs) == 2
    for svg in svgs:
        assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
        ids = re.search(r'aria-labelledby="([^"]+)"', svg)[1].split()  # type: ignore[index]
        assert all(f'id="{i}"' in svg for i in ids)
        assert "href" not in svg and "style=" not in svg
    assert html.count('class="chart-data"') == 2  # the numbers, as tables
    assert "Title of drs_in_local_offer: 2 evidenced" in html  # the description carries the numbers
    assert "@SUM(1+1)" in html and "<desc" in html


def test_methodology_page_lists_every_check(report_dir: Path, checks: list[Check]) -> None:
    html = (report_dir / "methodology.html").read_text(encoding="utf-8")
    assert methodology_version(checks) in html
    for check in checks:
        assert f"<code>{check.id}</code> version {check.version}" in html
    assert "SEND Code of Practice 2015, paragraph 11.9 (CoP 11.9)" in html
    assert "Why drs_independent matters" in html and "weight 2" in html
    assert "partial</strong> 0.5" in html  # how scoring works
    assert 'href="methodology.html"' in (report_dir / "index.html").read_text(encoding="utf-8")


def test_publish_run_moves_reports_and_points_latest(tmp_path: Path) -> None:
    root = tmp_path / "site"
    for run_id in ("20250101T000000Z", "20250201T000000Z"):
        incoming = incoming_dir(root)
        (incoming / "authorities").mkdir(parents=True)
        (incoming / "index.html").write_text(run_id, encoding="utf-8")
        index = publish_run(root, run_id, incoming / "index.html")
        assert index == root / run_id / "index.html" and index.read_text(encoding="utf-8") == run_id
    assert (root / "latest").is_symlink()
    assert (root / "latest" / "index.html").read_text(encoding="utf-8") == "20250201T000000Z"
    assert (root / "20250101T000000Z" / "index.html").is_file()
    assert sorted(p.name for p in root.iterdir()) == ["20250101T000000Z", "20250201T000000Z", "latest"]
