"""Literal prefilters: skip a regex search that provably cannot match.

Council pages are tens of kilobytes of text, and the checks' lexicons are large case-insensitive
alternations behind a lookbehind (``rx``), which Python's ``re`` cannot speed up with a literal
scan: it tries every position. Most pages never contain the words a lexicon needs, so before
searching, ask whether the text contains the pattern's *necessary literals*. They are kept as
alternatives of conjunctions: ``rx("local offer team", "IPSEA")`` needs ("local", "offer",
"team") or ("ipsea",). A text with none of the alternatives complete cannot match, so the search
is skipped; otherwise the regex runs as before. So a prefilter changes how fast a check is,
never what it finds.

The literals are read off the parsed pattern (``re._parser``, the parser ``re`` itself uses);
anything it cannot reason about yields no prefilter rather than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

try:  # CPython's own regex parser: private, so any surprise just disables prefiltering
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _C = _P = None

#: A literal shorter than this is in almost every text: not worth testing.
MIN_ANCHOR = 3
#: Words on nearly every Local Offer page: a pattern's other literals make a better test
#: ("ias" rather than "send" for "SEND ?IAS+"). Only speed depends on this list.
COMMON = frozenset(
    {"send", "sen", "local", "offer", "council", "information", "support", "service", "child", "contact", "team"}
)
_TEXT_CACHE = 1 << 16


#: Texts up to this length (blocks, sentences) are memoised by the text functions here and in
#: ``checks.text``; longer ones (a page's whole text) are kept once in ``Page.memo`` by their
#: callers, and memoising them too would hold a second copy of every page for the rest of the site.
CACHED_UP_TO = 4096


def fold(text: str) -> str:
    """``text`` case-folded, as ``re.IGNORECASE`` compares letters. The dotless ı is the one
    character that ``re`` matches to an ASCII letter ("i") but ``casefold`` keeps apart."""
    return _fold_short(text) if len(text) <= CACHED_UP_TO else _fold(text)


@lru_cache(maxsize=_TEXT_CACHE)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    return text.casefold().replace("\u0131", "i")


def clear_fold_cache() -> None:
    _fold_short.cache_clear()
    _SEARCHED.clear()


#: Alternatives, each a tuple of case-folded literals that must all occur.
Anchors = frozenset[tuple[str, ...]]

# The memos below are keyed by a pattern's id, not the pattern: hashing a compiled pattern hashes
# its whole compiled code on every lookup (7 µs for a 2 KB lexicon, and a page is searched with
# lexicons thousands of times). An id is its pattern's own only while the pattern lives, so every
# pattern keyed is kept alive in ``_KEPT``, and all three are emptied together.
_KEPT: dict[int, re.Pattern[str]] = {}
_ANCHORS: dict[int, Anchors | None] = {}
_SEARCHED: dict[tuple[int, str], re.Match[str] | None] = {}
_MAX_PATTERNS = 4096
_UNSEEN = object()


def pattern_id(pattern: re.Pattern[str]) -> int:
    """A memo key for ``pattern`` that is cheap to hash and names no other pattern while the
    pattern is kept here (see above; a memo elsewhere must still check it has the same pattern)."""
    key = id(pattern)
    if key not in _KEPT:
        if len(_KEPT) >= _MAX_PATTERNS:  # only programs compiling rules without end get here
            _KEPT.clear()
            _ANCHORS.clear()
            _SEARCHED.clear()
        _KEPT[key] = pattern
    return key


def anchors(pattern: re.Pattern[str]) -> Anchors | None:
    """What every match of ``pattern`` contains: one of the alternatives, all literals of it (each
    at least ``MIN_ANCHOR`` characters). None when nothing useful can be shown."""
    key = pattern_id(pattern)
    if key in _ANCHORS:
        return _ANCHORS[key]
    found = _ANCHORS[key] = _anchors(pattern)
    return found


def _anchors(pattern: re.Pattern[str]) -> Anchors | None:
    if _P is None or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _necessary(_P.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unexpected parse tree means "no prefilter", never an error
        return None
    if not found:
        return None
    # ("sendias",) is redundant beside ("ias",): a text meeting the first meets the second. Of two
    # alternatives that imply each other, the first in sorted order stays.
    found = frozenset(tuple(sorted(c)) for c in found)
    return frozenset(
        c for c in found if not any(d != c and _implies(c, d) and (d < c or not _implies(d, c)) for d in found)
    )


def _implies(c: tuple[str, ...], d: tuple[str, ...]) -> bool:
    """Every text containing all of ``c`` contains all of ``d``."""
    return all(any(x in y for y in c) for x in d)


def may_match(pattern: re.Pattern[str], folded: str, known: dict[str, bool] | None = None) -> bool:
    """False only when ``pattern`` cannot match the text whose ``fold`` is ``folded``. ``known``
    remembers which literals ``folded`` holds, for a long text that many patterns are tested on
    (a page's: dozens of lexicons share words like "mediation" or "appeal")."""
    needed = anchors(pattern)
    if needed is None:
        return True
    # Plain loops: any()/all() with generators cost more, and this runs for every sentence.
    if known is None:
        for conj in needed:
            for literal in conj:
                if literal not in folded:
                    break
            else:
                return True
        return False
    for conj in needed:
        for literal in conj:
            present = known.get(literal)
            if present is None:
                present = known[literal] = literal in folded
            if not present:
                break
        else:
            return True
    return False


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped when the prefilter proves it would find nothing; memoised
    for block-sized texts, since a dozen checks test the same paragraphs with the same lexicons."""
    if len(text) > CACHED_UP_TO:
        return _search(pattern, text)
    key = (pattern_id(pattern), text)
    found = _SEARCHED.get(key, _UNSEEN)
    if found is not _UNSEEN:
        return found  # type: ignore[return-value]
    if len(_SEARCHED) >= _TEXT_CACHE:
        _SEARCHED.clear()
    found = _SEARCHED[key] = _search(pattern, text)
    return found


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    if not may_match(pattern, fold(text)):
        return None
    return pattern.search(text)


def _strength(conj: tuple[str, ...]) -> float:
    return sum(len(lit) * (0.3 if lit in COMMON else 1.0) for lit in conj)


def _score(found: Anchors) -> float:
    # A set is as selective as its weakest alternative; everyday words count for little.
    return min(_strength(c) for c in found)


def _and(a: Anchors | None, b: Anchors | None) -> Anchors | None:
    """Both requirements (the cross product is kept small: one side is a single conjunction)."""
    if not a:
        return b
    if not b:
        return a
    if len(a) * len(b) > 64:
        return max(a, b, key=_score)
    return frozenset(tuple(dict.fromkeys((*x, *y))) for x in a for y in b)


def _or(parts: list[Anchors | None]) -> Anchors | None:
    if not parts or any(not p for p in parts):
        return None  # one alternative with no literal: nothing is necessary
    out: set[tuple[str, ...]] = set()
    for p in parts:
        out.update(p)  # type: ignore[arg-type]
    return frozenset(out)


def _necessary(items: Iterable[tuple[Any, Any]]) -> Anchors | None:
    """What every match of this sequence contains, or None: its literal runs all together, with
    the most selective of its groups."""
    runs: list[str] = []
    run: list[str] = []
    groups: list[Anchors] = []

    def end_run() -> None:
        text = "".join(run).casefold().replace("\u0131", "i")
        if len(text) >= MIN_ANCHOR:
            runs.append(text)
        run.clear()

    for op, av in items:
        if op is _C.LITERAL and av < 128:
            # ASCII only: for ASCII letters, ``fold`` is exactly how ``re.IGNORECASE`` compares
            # (checked over all of Unicode by the tests); other characters end the literal.
            run.append(chr(av))
            continue
        repeat = op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None))
        if repeat and av[0] >= 1:
            item = list(av[2])
            if len(item) == 1 and item[0][0] is _C.LITERAL and item[0][1] < 128:
                # "IAS+": the repeated letter's first copies continue the literal before it.
                run.append(chr(item[0][1]) * min(av[0], MIN_ANCHOR))
        end_run()
        sub: Anchors | None = None
        if op is _C.BRANCH:
            sub = _or([_necessary(branch) for branch in av[1]])
        elif op is _C.SUBPATTERN:
            sub = _necessary(av[-1])
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            sub = _necessary(av)
        elif repeat and av[0] >= 1:
            sub = _necessary(av[2])
        elif op is _C.ASSERT:
            sub = _necessary(av[1])  # a lookaround's text is in the searched string too
        # Anything else (classes, anchors, negative lookarounds, optional parts) requires nothing.
        if sub:
            groups.append(sub)
    end_run()
    own: Anchors | None = frozenset([tuple(dict.fromkeys(runs))]) if runs else None
    return _and(own, max(groups, key=_score) if groups else None)
