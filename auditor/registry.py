"""The registry of authorities: a CSV with at least ``code``, ``name`` and ``local_offer_url``.

Other columns are kept as they are. Optional ``hosts`` and ``prefixes`` columns (space- or
semicolon-separated) widen an authority's crawl scope for Local Offers that span several sites.
Rows without a start URL stay in the registry: the audit reports them as not audited.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from auditor.errors import RegistryError
from auditor.model import Authority

REQUIRED_COLUMNS = ("code", "name", "local_offer_url")
KNOWN_COLUMNS = {*REQUIRED_COLUMNS, "region", "hosts", "prefixes"}


def bundled_registry_text() -> str:
    return resources.files("auditor").joinpath("data/authorities.csv").read_text(encoding="utf-8")


def _split(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.replace(";", " ").split() if part)


def _check_url(where: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RegistryError(f"{where}: local_offer_url {url!r} is not an http(s) URL")


def parse_registry(text: str, where: str) -> list[Authority]:
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise RegistryError(f"{where}: missing column(s) {', '.join(missing)} (header: {','.join(header)})")
    authorities: list[Authority] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        place = f"{where}:{line}"
        if None in row:
            raise RegistryError(f"{place}: more cells than header columns")
        code = (row.get("code") or "").strip()
        name = (row.get("name") or "").strip()
        url = (row.get("local_offer_url") or "").strip()
        if not code and not name and not url:
            continue
        if not code:
            raise RegistryError(f"{place}: empty code")
        if code in seen:
            raise RegistryError(f"{place}: duplicate code {code!r} (first on line {seen[code]})")
        seen[code] = line
        if url:
            _check_url(place, url)
        extra = tuple((k, (v or "")) for k, v in row.items() if k not in KNOWN_COLUMNS and k is not None)
        authorities.append(
            Authority(
                code=code,
                name=name or code,
                local_offer_url=url,
                region=(row.get("region") or "").strip(),
                hosts=_split(row.get("hosts") or ""),
                prefixes=_split(row.get("prefixes") or ""),
                extra=extra,
            )
        )
    return authorities


def load_registry(path: Path | None) -> list[Authority]:
    """The registry at ``path``, or the bundled one of England's 153 authorities."""
    if path is None:
        return parse_registry(bundled_registry_text(), "authorities.csv (bundled)")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RegistryError(f"{path}: registry file not found") from None
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read registry: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text (byte {exc.start}); save the registry as UTF-8 CSV") from None
    return parse_registry(text, str(path))


def select(authorities: Sequence[Authority], codes: Iterable[str]) -> list[Authority]:
    """The authorities with the given codes, in registry order; an unknown code is an error."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        return list(authorities)
    known = {a.code for a in authorities}
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise RegistryError(f"unknown authority code(s): {', '.join(unknown)} (see 'localoffer authorities')")
    chosen = set(wanted)
    return [a for a in authorities if a.code in chosen]
