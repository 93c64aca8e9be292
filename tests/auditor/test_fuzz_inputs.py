"""Property tests: hostile or random input never escapes as anything but the documented errors."""

from __future__ import annotations

import contextlib
import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.config import parse_config
from auditor.decode import decode_html
from auditor.errors import ConfigError, RegistryError
from auditor.registry import parse_registry
from auditor.robots import parse_robots
from auditor.urls import canonicalise

FUZZ = settings(max_examples=300, deadline=None)

url_chars = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
urlish = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}{path}",
    st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", ""]),
    st.text(alphabet="abcXYZ.-:[]0123456789@%", max_size=30),
    url_chars,
)


@FUZZ
@given(st.one_of(url_chars, urlish), st.one_of(st.none(), st.just("https://base.test/a/b")))
def test_canonicalise_is_total_and_idempotent(raw: str, base: str | None) -> None:
    once = canonicalise(raw, base)
    if once is not None:
        assert once.startswith(("http://", "https://"))
        assert "#" not in once
        assert canonicalise(once) == once


@FUZZ
@given(st.text(max_size=400))
def test_registry_parser_raises_only_registry_errors(text: str) -> None:
    try:
        parse_registry("code,name,local_offer_url\n" + text, "fuzz.csv")
    except RegistryError as exc:
        assert "\n" not in str(exc)


toml_values = st.recursive(
    st.one_of(st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(["crawl", "checks", "rules", "other"]), toml_values, max_size=3))
def test_config_parser_raises_only_config_errors(data: dict[str, object]) -> None:
    try:
        parse_config(data, "fuzz.toml")
    except ConfigError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(st.text(max_size=300))
def test_config_from_random_toml_text(text: str) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return
    with contextlib.suppress(ConfigError):
        parse_config(data, "fuzz.toml")


@FUZZ
@given(
    st.binary(max_size=600),
    st.sampled_from(["", "text/html; charset=utf-8", "text/html; charset=bogus", "text/html; charset=windows-1252"]),
)
def test_decode_never_raises(body: bytes, content_type: str) -> None:
    assert isinstance(decode_html(body, content_type), str)


@FUZZ
@given(st.binary(max_size=600), st.integers(0, 599))
def test_robots_parser_never_raises(body: bytes, status: int) -> None:
    robots = parse_robots(status, body, "localoffer")
    robots.rules.can_fetch("http://x.test/a", "localoffer")


def test_windows_1252_keeps_pound_and_curly_quote() -> None:
    body = "<p>Costs £5 – it’s free</p>".encode("cp1252")
    assert "£5 – it’s" in decode_html(body, "text/html")
    assert "£5 – it’s" in decode_html(body, "text/html; charset=ISO-8859-1")
