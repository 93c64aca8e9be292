"""Discovery of checks: built-in and third-party alike come through the ``localoffer.checks``
entry-point group. An entry point names either a ``Check``, a list of them, or a callable that
returns a list. ``third_party=False`` keeps only the checks shipped with localoffer itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import EntryPoint, entry_points

from checks.base import Check

ENTRY_POINT_GROUP = "localoffer.checks"
BUILTIN_DISTRIBUTION = "localoffer"


class CheckLoadError(Exception):
    """A check could not be loaded or is invalid (duplicate id, missing legal reference…)."""


def _checks_from(obj: object, origin: str) -> list[Check]:
    if isinstance(obj, Check):
        return [obj]
    if callable(obj):
        obj = obj()
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        items = list(obj)
        bad = [item for item in items if not isinstance(item, Check)]
        if not bad:
            return items
    raise CheckLoadError(f"entry point {origin} does not provide Check objects")


def _is_builtin(ep: EntryPoint) -> bool:
    dist = getattr(ep, "dist", None)
    return dist is not None and dist.name == BUILTIN_DISTRIBUTION


def discover_checks(*, third_party: bool = True) -> list[Check]:
    """Every registered check, built-ins first, in a deterministic order."""
    builtin: list[Check] = []
    plugins: list[Check] = []
    eps = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name, ep.value))
    for ep in eps:
        builtin_ep = _is_builtin(ep)
        if not builtin_ep and not third_party:
            continue
        try:
            loaded = ep.load()
        except Exception as exc:  # noqa: BLE001 - report any plugin import failure in one line
            raise CheckLoadError(f"entry point {ep.name} = {ep.value}: {type(exc).__name__}: {exc}") from exc
        found = _checks_from(loaded, f"{ep.name} = {ep.value}")
        if builtin_ep:
            builtin.extend(found)
        else:
            plugins.extend(_as_plugin(c, ep) for c in found)
    if not builtin:
        # Running from a source tree that was never installed: the built-ins are still ours.
        from checks.core import core_checks

        builtin = core_checks()
    checks = builtin + plugins
    validate_checks(checks)
    return checks


def _as_plugin(check: Check, ep: EntryPoint) -> Check:
    from dataclasses import replace

    dist = getattr(ep, "dist", None)
    source = f"plugin:{dist.name}" if dist is not None else f"plugin:{ep.value}"
    return check if check.source.startswith("plugin") else replace(check, source=source)


def validate_checks(checks: Iterable[Check]) -> None:
    seen: dict[str, str] = {}
    for check in checks:
        if not check.id or not check.id.replace("_", "").isalnum() or check.id != check.id.lower():
            raise CheckLoadError(f"check id {check.id!r} ({check.source}) must be lower_snake_case")
        if check.id in seen:
            raise CheckLoadError(f"duplicate check id {check.id!r} from {check.source} and {seen[check.id]}")
        if check.is_statutory and not check.legal_ref.strip():
            raise CheckLoadError(f"check {check.id!r} ({check.source}) is 'must' but has no legal_ref")
        seen[check.id] = check.source


def methodology_version(checks: Iterable[Check]) -> str:
    """A short hash of what decides a verdict (ids, versions, weights, strengths): when it differs
    between two runs, a changed status may come from the rules rather than from the site."""
    import hashlib

    material = sorted(f"{c.id}@{c.version}:{c.weight}:{c.strength.value}" for c in checks)
    return hashlib.sha256("\n".join(material).encode()).hexdigest()[:12]


def select_checks(checks: list[Check], enable: Iterable[str], disable: Iterable[str]) -> list[Check]:
    """Apply the config's enable/disable lists; an unknown id is an error naming it."""
    enable, disable = list(enable), list(disable)
    known = {c.id for c in checks}
    for key, ids in (("checks.enable", enable), ("checks.disable", disable)):
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise CheckLoadError(f"{key}: unknown check id(s) {', '.join(unknown)} (see 'localoffer checks')")
    chosen = [c for c in checks if (not enable or c.id in enable) and c.id not in disable]
    return chosen
