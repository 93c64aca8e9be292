from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.model import Authority
from auditor.urls import Scope, canonicalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.ORG:80/a#frag", "http://example.org/a"),
        ("https://example.org:443", "https://example.org/"),
        ("https://x.test/p;jsessionid=ABC?id=1", "https://x.test/p?id=1"),
        ("https://x.test/p?utm_source=a&id=2&fbclid=z", "https://x.test/p?id=2"),
        ("https://x.test/p?b=1&a=2", "https://x.test/p?b=1&a=2"),
        ("mailto:a@b.c", None),
        ("javascript:alert(1)", None),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://bad:port/", None),
    ],
)
def test_canonicalise(raw: str, expected: str | None) -> None:
    assert canonicalise(raw) == expected


def test_relative_links_resolve() -> None:
    assert canonicalise("../b?id=1", "https://x.test/a/c/page") == "https://x.test/a/b?id=1"


def test_scope_includes_extra_hosts_and_ignores_www() -> None:
    authority = Authority("X", "X", "https://www.council.test/send", hosts=("https://directory.test",))
    scope = Scope.for_authority(authority, "https://www.council.test/send")
    assert scope.contains("https://council.test/other")
    assert scope.contains("https://directory.test/kb5/x?id=1")
    assert not scope.contains("https://elsewhere.test/")


def test_scope_prefixes() -> None:
    authority = Authority("X", "X", "https://c.test/send/", prefixes=("/send/",))
    scope = Scope.for_authority(authority, "https://c.test/send/")
    assert scope.contains("https://c.test/send/mediation")
    assert not scope.contains("https://c.test/bins")


@given(st.text(alphabet=st.sampled_from(list("abcXYZ019/:@!$&'()*+,=-._~%;é€ ?#")), max_size=30))
def test_plain_path_shortcut_is_what_quoting_would_give(path: str) -> None:
    from urllib.parse import quote, unquote

    from auditor.urls import _PATH_SAFE, _PLAIN_PATH

    if _PLAIN_PATH.fullmatch(path):
        assert quote(unquote(path), safe=_PATH_SAFE) == path
