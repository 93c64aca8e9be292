"""Declarative checks in TOML, for people who don't write Python.

A ``[[rules]]`` table compiles to an ordinary ``Check``. Its ``pass`` (and optional ``partial``)
condition combines reusable detectors with ``all`` / ``any`` / ``none``::

    [[rules]]
    id = "lo_offline_access"
    title = "Says how to get the Local Offer without the internet"
    legal_ref = "SEND Regs 2014 reg 57"
    strength = "must"
    scope = "page"            # "page": the pass condition must hold on one page; "site": anywhere
    pass = { all = [ { phrase = ["paper copy", "printed copy"] }, { contact_near = true } ] }
    partial = { phrase = ["paper copy"] }
    exclude = { negative_context = ["divorce", "separation"] }   # pages matching this are skipped

Detectors (each reads main content only, never menus or footers):

``phrase``            list of phrases/regexes found in a sentence, not negated
``heading``           list of phrases found in a heading or the page title
``link_text``         list of phrases found in the text of a main-content link
``url_path``          list of regexes matched against the page URL's path
``document_link``     list of phrases in the text or URL of a linked PDF/DOCX
``contact_near``      true: a phone, email or web address in a block that also matches a phrase
                      detector of the same ``all`` (or anywhere on the page when alone)
``reviewed_within``   months: the page carries a date no older than this (relative to the crawl)
``negative_context``  list of phrases: matches pages that talk about them (use in ``exclude``/``none``)

Validation errors name the TOML path of the offending key, e.g. ``rules[2].pass.all[0].phrse``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from auditor.dates import iso_day, months_between
from auditor.model import CheckResult, Page, Site, Status, Strength
from checks.base import Check
from checks.common import result, searched_text
from checks.context import HEADING_KINDS, contact_spans
from checks.registry import CheckLoadError
from checks.text import Hit, negated, normalise, rx, sentences

LIST_DETECTORS = ("phrase", "heading", "link_text", "url_path", "document_link", "negative_context")
DETECTORS = (*LIST_DETECTORS, "contact_near", "reviewed_within")
COMBINATORS = ("all", "any", "none")
RULE_KEYS = {
    "id", "version", "title", "failure_title", "description", "legal_ref", "legal_ref_words", "strength",
    "theme", "weight", "fix", "why", "scope", "pass", "partial", "exclude",
}  # fmt: skip
REQUIRED_KEYS = ("id", "title", "strength", "pass")

CONTACT = "contact"

#: A compiled condition: given one page (and the crawl date), whether it holds and the hits behind it.
Matcher = Callable[[Page, str], tuple[bool, list[Hit]]]


@dataclass(frozen=True)
class _Leaf:
    kind: str
    pattern: re.Pattern[str] | None = None
    months: float = 0.0


def _phrases(path: str, value: Any) -> re.Pattern[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise CheckLoadError(f"{path}: expected a non-empty list of phrases")
    try:
        return rx(*value)
    except re.error as exc:
        raise CheckLoadError(f"{path}: invalid pattern: {exc}") from None


def _main_hits(page: Page, pattern: re.Pattern[str], *, headings: bool | None = None) -> list[Hit]:
    hits: list[Hit] = []
    for index, block in enumerate(page.blocks):
        if not block.in_main or (headings is not None and (block.kind in HEADING_KINDS) != headings):
            continue
        text = normalise(block.text)
        for start, end in sentences(text):
            for m in pattern.finditer(text, start, end):
                if not negated(text, m.start()):
                    hits.append(Hit(page, index, m.start(), m.end()))
                    break
    return hits


def _leaf_matcher(leaf: _Leaf) -> Matcher:
    pattern = leaf.pattern

    def match(page: Page, crawled_at: str) -> tuple[bool, list[Hit]]:
        if leaf.kind == "phrase" and pattern is not None:
            hits = _main_hits(page, pattern, headings=False) or _main_hits(page, pattern, headings=True)
        elif leaf.kind == "negative_context" and pattern is not None:
            # Talk about divorce is context even when negated ("not for divorce"): no negation test.
            text = normalise(" ".join([page.title, *(b.text for b in page.blocks if b.in_main)]))
            return bool(pattern.search(text)), []
        elif leaf.kind == "heading" and pattern is not None:
            hits = _main_hits(page, pattern, headings=True)
            if not hits and pattern.search(normalise(page.title)):
                return True, []
        elif leaf.kind == "link_text" and pattern is not None:
            return any(link.in_main and pattern.search(normalise(link.text)) for link in page.links), []
        elif leaf.kind == "url_path" and pattern is not None:
            return bool(pattern.search(urlsplit(page.url).path)), []
        elif leaf.kind == "document_link" and pattern is not None:
            docs = [link for link in page.links if link.in_main and re.search(r"\.(pdf|docx)\b", link.url, re.I)]
            return any(pattern.search(normalise(f"{d.text} {d.url}")) for d in docs), []
        elif leaf.kind == "contact_near":
            hits = [
                Hit(page, i, s, e, note=CONTACT)
                for i, block in enumerate(page.blocks)
                if block.in_main
                for s, e, _ in contact_spans(block.text)[:1]
            ]
        elif leaf.kind == "reviewed_within":
            crawl_day = iso_day(crawled_at)
            days = [d for d in (iso_day(v) for v in page.dates) if d is not None]
            ok = crawl_day is not None and any(0 <= months_between(d, crawl_day) <= leaf.months for d in days)
            return ok, []
        else:  # pragma: no cover - guarded by validation
            hits = []
        return bool(hits), hits

    return match


def _compile(path: str, node: Any) -> Matcher:
    if not isinstance(node, Mapping) or len(node) != 1:
        raise CheckLoadError(f"{path}: expected a table with exactly one of {', '.join((*COMBINATORS, *DETECTORS))}")
    [(key, value)] = node.items()
    where = f"{path}.{key}"
    if key in COMBINATORS:
        if not isinstance(value, list) or not value:
            raise CheckLoadError(f"{where}: expected a non-empty array of conditions")
        children = [_compile(f"{where}[{i}]", child) for i, child in enumerate(value)]
        return _combine(key, children, contact_in_all=key == "all" and any(_is_contact(c) for c in value))
    if key in LIST_DETECTORS:
        return _leaf_matcher(_Leaf(key, _phrases(where, value)))
    if key == "contact_near":
        if value is not True:
            raise CheckLoadError(f"{where}: expected true")
        return _leaf_matcher(_Leaf(key))
    if key == "reviewed_within":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise CheckLoadError(f"{where}: expected a positive number of months")
        return _leaf_matcher(_Leaf(key, months=float(value)))
    raise CheckLoadError(f"{where}: unknown detector or combinator (known: {', '.join((*COMBINATORS, *DETECTORS))})")


def _is_contact(node: Any) -> bool:
    return isinstance(node, Mapping) and "contact_near" in node


def _combine(kind: str, children: list[Matcher], *, contact_in_all: bool) -> Matcher:
    def match(page: Page, crawled_at: str) -> tuple[bool, list[Hit]]:
        outcomes = [child(page, crawled_at) for child in children]
        hits = [h for ok, found in outcomes if ok for h in found]
        if kind == "any":
            return any(ok for ok, _ in outcomes), hits
        if kind == "none":
            return not any(ok for ok, _ in outcomes), []
        if not all(ok for ok, _ in outcomes):
            return False, []
        if contact_in_all:
            # "Near" means in the block of one of this ``all``'s phrase hits, or the next one to it.
            phrase_blocks = {h.block_index for h in hits if h.note != CONTACT}
            contact_blocks = {h.block_index for h in hits if h.note == CONTACT}
            if phrase_blocks and not any(abs(a - b) <= 1 for a in phrase_blocks for b in contact_blocks):
                return False, []
        return True, hits

    return match


def _text(rule: Mapping[str, Any], path: str, key: str, default: str = "") -> str:
    value = rule.get(key, default)
    if not isinstance(value, str):
        raise CheckLoadError(f"{path}.{key}: expected a string")
    return value


def compile_rule(rule: Any, path: str) -> Check:
    if not isinstance(rule, Mapping):
        raise CheckLoadError(f"{path}: expected a table")
    for key in rule:
        if key not in RULE_KEYS:
            raise CheckLoadError(f"{path}.{key}: unknown key (known: {', '.join(sorted(RULE_KEYS))})")
    for key in REQUIRED_KEYS:
        if key not in rule:
            raise CheckLoadError(f"{path}: missing required key {key!r}")
    check_id = _text(rule, path, "id")
    strength_text = _text(rule, path, "strength")
    if strength_text not in ("must", "should"):
        raise CheckLoadError(f"{path}.strength: expected 'must' or 'should', not {strength_text!r}")
    scope = _text(rule, path, "scope", "page")
    if scope not in ("page", "site"):
        raise CheckLoadError(f"{path}.scope: expected 'page' or 'site', not {scope!r}")
    weight = rule.get("weight", 2.0 if strength_text == "must" else 1.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight < 0:
        raise CheckLoadError(f"{path}.weight: expected a non-negative number")
    passing = _compile(f"{path}.pass", rule["pass"])
    partial = _compile(f"{path}.partial", rule["partial"]) if "partial" in rule else None
    exclude = _compile(f"{path}.exclude", rule["exclude"]) if "exclude" in rule else None
    title = _text(rule, path, "title")
    run = _runner(check_id, title, scope, passing, partial, exclude)
    return Check(
        id=check_id,
        version=_text(rule, path, "version", "1"),
        title=title,
        failure_title=_text(rule, path, "failure_title", f"Not evidenced: {title}"),
        description=_text(rule, path, "description"),
        legal_ref=_text(rule, path, "legal_ref"),
        legal_ref_words=_text(rule, path, "legal_ref_words"),
        strength=Strength(strength_text),
        run=run,
        theme=_text(rule, path, "theme", "custom"),
        weight=float(weight),
        fix=_text(rule, path, "fix"),
        why=_text(rule, path, "why"),
        source="rules",
    )


def _runner(
    check_id: str, title: str, scope: str, passing: Matcher, partial: Matcher | None, exclude: Matcher | None
) -> Callable[[Site], CheckResult]:
    def run(site: Site) -> CheckResult:
        pages = [p for p in site.pages if exclude is None or not exclude(p, site.crawled_at)[0]]
        searched = searched_text(site, f"the rule '{title}'", len(pages))
        for status, matcher in ((Status.PASS, passing), (Status.PARTIAL, partial)):
            if matcher is None:
                continue
            if scope == "page":
                for page in pages:
                    ok, hits = matcher(page, site.crawled_at)
                    if ok:
                        return result(check_id, site, status, hits, searched=searched)
            else:
                ok, hits = _site_match(matcher, pages, site.crawled_at)
                if ok:
                    return result(check_id, site, status, hits, searched=searched)
        return result(check_id, site, Status.FAIL, searched=searched)

    return run


def _site_match(matcher: Matcher, pages: Sequence[Page], crawled_at: str) -> tuple[bool, list[Hit]]:
    """Site scope: the condition holds on the site seen as one long page."""
    if not pages:
        return False, []
    merged = Page(
        url=pages[0].url,
        final_url=pages[0].final_url,
        title=" ".join(p.title for p in pages),
        blocks=tuple(b for p in pages for b in p.blocks),
        links=tuple(link for p in pages for link in p.links),
        dates=tuple(d for p in pages for d in p.dates),
    )
    ok, hits = matcher(merged, crawled_at)
    if not ok:
        return False, []
    # Map hits on the merged page back to the page that holds each block, for honest evidence URLs.
    owners: list[tuple[Page, int]] = [(p, i) for p in pages for i in range(len(p.blocks))]
    return True, [Hit(owners[h.block_index][0], owners[h.block_index][1], h.start, h.end) for h in hits]


def compile_rules(rules: Sequence[Any], where: str = "rules") -> list[Check]:
    checks = [compile_rule(rule, f"{where}[{i}]") for i, rule in enumerate(rules)]
    seen: dict[str, int] = {}
    for i, check in enumerate(checks):
        if check.id in seen:
            raise CheckLoadError(f"{where}[{i}].id: duplicate check id {check.id!r} (also {where}[{seen[check.id]}])")
        seen[check.id] = i
    return checks


def load_rules_file(path: str) -> list[Any]:
    """The ``[[rules]]`` tables of a rules file (nothing else may be in it)."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise CheckLoadError(f"{path}: rules file not found") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CheckLoadError(f"{path}: cannot read rules: {exc}") from None
    unknown = [k for k in data if k != "rules"]
    if unknown:
        raise CheckLoadError(f"{path}: unknown key {unknown[0]!r} (a rules file holds only [[rules]] tables)")
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        raise CheckLoadError(f"{path}: rules must be an array of tables ([[rules]])")
    return rules
