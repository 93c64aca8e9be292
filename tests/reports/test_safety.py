"""The escaping, URL, file-name and atomic-write helpers on their own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reports.atomic import atomic_write_text
from reports.safety import highlight, safe_filename, safe_href, unique_filenames


def test_highlight_escapes_before_marking() -> None:
    out = str(highlight('<b>Independent</b> mediation & "more"', ["independent"]))
    assert out == "&lt;b&gt;<mark>Independent</mark>&lt;/b&gt; mediation &amp; &#34;more&#34;"


def test_highlight_tolerates_whitespace_and_missing_matches() -> None:
    assert str(highlight("free  and\nindependent", ["and independent"])) == "free  <mark>and\nindependent</mark>"
    assert str(highlight("<i>x</i>", [""])) == "&lt;i&gt;x&lt;/i&gt;"
    assert str(highlight("abc", ["zzz"])) == "abc"
    assert str(highlight("a mark b", ["mark", "a mark"])) == "<mark>a mark</mark> b"


def test_a_match_cannot_inject_markup() -> None:
    out = str(highlight("x <mark> y", ["<mark>"]))
    assert out == "x <mark>&lt;mark&gt;</mark> y"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "data:text/html,<script>", "vbscript:x", "/relative", "//evil.example/x", "http:/x", "",
        "https://ok.example/\nx", 'https://ok.example/" onmouseover="x',
    ],
)  # fmt: skip
def test_safe_href_rejects(url: str) -> None:
    assert safe_href(url) == ""


@pytest.mark.parametrize("url", ["https://a.gov.uk/x?y=1#:~:text=a%20b", "http://127.0.0.1:8000/", "HTTPS://A.GOV.UK"])
def test_safe_href_accepts(url: str) -> None:
    assert safe_href(url) == url


def test_safe_filename() -> None:
    assert safe_filename("E06000001") == "E06000001"
    assert safe_filename("../x/<y>") == "___x__y_"
    assert safe_filename("") == "_"
    assert len(safe_filename("x" * 500)) == 80
    assert unique_filenames(["a/b", "a_b", "A_B", "a/b"]) == {
        "a/b": "a_b.html",
        "a_b": "a_b-2.html",
        "A_B": "A_B-3.html",
    }


def test_atomic_write_replaces_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.txt"
    atomic_write_text(target, "old")
    assert target.read_text() == "old"

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]
