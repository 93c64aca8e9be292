from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import RegistryError
from auditor.registry import load_registry, select


def test_bundled_registry_has_153_authorities_with_unique_gss_codes() -> None:
    authorities = load_registry(None)
    assert len(authorities) == 153
    assert len({a.code for a in authorities}) == 153
    assert all(a.code.startswith("E") and len(a.code) == 9 for a in authorities)
    no_url = [a for a in authorities if not a.local_offer_url]
    assert len(no_url) == 6  # kept, and reported as not audited rather than dropped


def test_other_columns_are_kept_and_scope_columns_parsed(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "\ufeffcode,name,local_offer_url,hosts,notes\nX1,One,http://127.0.0.1:9/lo,127.0.0.1:10 127.0.0.1:11,hello\n"
    )
    [a] = load_registry(path)
    assert a.hosts == ("127.0.0.1:10", "127.0.0.1:11")
    assert dict(a.extra) == {"notes": "hello"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("code,name\nX1,One\n", "missing column(s) local_offer_url"),
        ("code,name,local_offer_url\nX1,One,ftp://example.org/\n", "r.csv:2: local_offer_url 'ftp://example.org/'"),
        ("code,name,local_offer_url\nX1,One,http://a.test/\nX1,Two,http://b.test/\n", "r.csv:3: duplicate code"),
        ("code,name,local_offer_url\n,One,http://a.test/\n", "r.csv:2: empty code"),
    ],
)
def test_bad_registry_is_one_line_naming_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "r.csv"
    path.write_text(text)
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_not_utf8_registry(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("code,name,local_offer_url\nX1,Caf\xe9,http://a.test/\n".encode("latin-1"))
    with pytest.raises(RegistryError, match="not UTF-8"):
        load_registry(path)


def test_select_unknown_code() -> None:
    authorities = load_registry(None)
    with pytest.raises(RegistryError, match="unknown authority code"):
        select(authorities, ["E99999999"])
    assert [a.code for a in select(authorities, ["E06000002", "E06000001"])] == ["E06000001", "E06000002"]
