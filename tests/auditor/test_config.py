from __future__ import annotations

from pathlib import Path

import pytest

from auditor.config import Config, load_config
from auditor.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_documented_config_equals_the_defaults() -> None:
    assert load_config(ROOT / "config.toml") == Config()


def test_override_is_key_by_key(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[crawl]\ndelay_seconds = 0\nmax_pages = 20\n")
    config = load_config(path)
    assert config.crawl.delay_seconds == 0.0
    assert config.crawl.max_pages == 20
    assert config.crawl.max_depth == Config().crawl.max_depth


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[crawl]\ndelay = 1\n", "unknown key 'crawl.delay'"),
        ("[crawler]\n", "unknown key 'crawler'"),
        ("[crawl]\nmax_pages = 'many'\n", "crawl.max_pages must be a whole number"),
        ("[crawl]\nmax_pages = 0\n", "crawl.max_pages must be at least 1"),
        ("[crawl]\nobey_robots = 1\n", "crawl.obey_robots must be true or false"),
        ("[crawl]\nhttp_transport = 'curl'\n", "crawl.http_transport must be one of aiohttp, httpx"),
        ("[checks]\nenable = 'x'\n", "checks.enable must be a list of strings"),
        ("[crawl\n", "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
