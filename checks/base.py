"""The one ``Check`` type: frozen metadata plus a pure function from a crawled site to a result.

Built-in checks and third-party plugins are both plain ``Check`` values; see ``checks.registry``
for how they are discovered and ``checks.runner`` for the coverage rules applied around them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from auditor.model import CheckResult, Site, Strength

CheckFunction = Callable[[Site], CheckResult]


@dataclass(frozen=True)
class Check:
    id: str
    version: str
    title: str
    failure_title: str
    description: str
    legal_ref: str
    strength: Strength
    run: CheckFunction
    theme: str = "disagreement_resolution"
    weight: float = 1.0
    fix: str = ""
    why: str = ""
    legal_ref_words: str = ""
    source: str = "builtin"
    #: Currency checks (``stale_*``) pass when nothing stale is found, so a thin crawl can hide
    #: stale wording just as it can hide evidence: both kinds need coverage for a clean verdict.
    kind: str = "evidence"

    @property
    def is_statutory(self) -> bool:
        return self.strength is Strength.MUST
