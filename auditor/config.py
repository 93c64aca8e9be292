"""Configuration: small frozen dataclasses whose defaults are those documented in ``config.toml``.

``load_config(path)`` overrides the defaults key by key. Unknown keys and wrong types are
``ConfigError``s that name the file and the dotted key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from auditor.errors import ConfigError

DEFAULT_USER_AGENT = "localoffer/0.1 (+https://github.com/localoffer/localoffer; SEND Local Offer compliance audit)"


@dataclass(frozen=True)
class CrawlConfig:
    delay_seconds: float = 1.0
    max_pages: int = 400
    max_depth: int = 6
    timeout_seconds: float = 20.0
    concurrency: int = 8
    user_agent: str = DEFAULT_USER_AGENT
    max_body_bytes: int = 10_000_000
    max_document_bytes: int = 20_000_000
    max_redirects: int = 8
    fetch_documents: bool = True
    obey_robots: bool = True
    max_crawl_delay_seconds: float = 60.0
    max_retries: int = 2
    backoff_seconds: float = 1.0
    max_retry_after_seconds: float = 120.0
    max_query_variants: int = 20
    max_calendar_pages: int = 10
    use_sitemaps: bool = True
    max_sitemaps: int = 10
    refuse_private_addresses: bool = True
    conditional_requests: bool = True
    warc: bool = True
    http_transport: str = "httpx"


@dataclass(frozen=True)
class ChecksConfig:
    min_pages_for_fail: int = 5
    third_party: bool = True
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    rules_files: tuple[str, ...] = ()
    workers: int = 0


@dataclass(frozen=True)
class Config:
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    checks: ChecksConfig = field(default_factory=ChecksConfig)
    rules: tuple[dict[str, Any], ...] = ()
    #: The file the configuration came from, for error messages ("" for the defaults).
    source: str = field(default="", compare=False)

    def as_pairs(self) -> tuple[tuple[str, str], ...]:
        """Flat ``(dotted key, value)`` pairs for the run manifest."""
        pairs: list[tuple[str, str]] = []
        for section in ("crawl", "checks"):
            obj = getattr(self, section)
            for f in fields(obj):
                pairs.append((f"{section}.{f.name}", str(getattr(obj, f.name))))
        pairs.append(("rules", str(len(self.rules))))
        return tuple(pairs)


_MINIMUMS = {
    "delay_seconds": 0.0,
    "max_pages": 1,
    "max_depth": 0,
    "timeout_seconds": 0.1,
    "concurrency": 1,
    "max_body_bytes": 1024,
    "max_document_bytes": 1024,
    "max_redirects": 0,
    "max_crawl_delay_seconds": 0.0,
    "max_retries": 0,
    "backoff_seconds": 0.0,
    "max_retry_after_seconds": 0.0,
    "max_query_variants": 1,
    "max_calendar_pages": 1,
    "max_sitemaps": 0,
    "min_pages_for_fail": 1,
}


#: Keys whose value is one of a few words.
_CHOICES = {"http_transport": ("aiohttp", "httpx")}


def _coerce(where: str, key: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {key} must be true or false, not {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: {key} must be a whole number, not {value!r}")
    elif isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: {key} must be a number, not {value!r}")
        value = float(value)
    elif isinstance(default, str):
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: {key} must be a non-empty string, not {value!r}")
    elif isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {key} must be a list of strings, not {value!r}")
        return tuple(value)
    short = key.rsplit(".", 1)[-1]
    if short in _CHOICES and value not in _CHOICES[short]:
        raise ConfigError(f"{where}: {key} must be one of {', '.join(_CHOICES[short])}, not {value!r}")
    if short in _MINIMUMS and value < _MINIMUMS[short]:
        raise ConfigError(f"{where}: {key} must be at least {_MINIMUMS[short]}, not {value!r}")
    return value


def _apply(where: str, section: str, base: Any, table: Any) -> Any:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [{section}] must be a table")
    known = {f.name: getattr(base, f.name) for f in fields(base)}
    changes: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{section}.{key}"
        if key not in known:
            raise ConfigError(f"{where}: unknown key {dotted!r} (known: {', '.join(sorted(known))})")
        changes[key] = _coerce(where, dotted, value, known[key])
    return replace(base, **changes)


def parse_config(data: dict[str, Any], where: str = "config") -> Config:
    config = Config()
    for key, value in data.items():
        if key == "crawl":
            config = replace(config, crawl=_apply(where, "crawl", config.crawl, value))
        elif key == "checks":
            config = replace(config, checks=_apply(where, "checks", config.checks, value))
        elif key == "rules":
            if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
                raise ConfigError(f"{where}: rules must be an array of tables ([[rules]])")
            config = replace(config, rules=tuple(value))
        else:
            raise ConfigError(f"{where}: unknown key {key!r} (known: checks, crawl, rules)")
    return config


def load_config(path: Path | None) -> Config:
    """The defaults, overridden by ``path`` when given."""
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    config = replace(parse_config(data, str(path)), source=str(path))
    if config.checks.rules_files:
        # Rules files are named relative to the config file that names them, wherever we run from.
        files = tuple(str((path.parent / f).resolve()) for f in config.checks.rules_files)
        config = replace(config, checks=replace(config.checks, rules_files=files))
    return config
