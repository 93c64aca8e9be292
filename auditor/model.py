"""The data model shared by every stage: crawl → store → site → checks → results → reports.

Plain frozen dataclasses with no behaviour that touches I/O, so that checks and reports can
import them without pulling in the crawler or the network client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class Status(StrEnum):
    """The five statuses of ``checks.md``. The string values are the public contract."""

    PASS = "pass"
    PARTIAL = "partial"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"


class Strength(StrEnum):
    MUST = "must"
    SHOULD = "should"


@dataclass(frozen=True)
class Authority:
    """One row of the registry. ``extra`` keeps every other registry column as it was."""

    code: str
    name: str
    local_offer_url: str
    region: str = ""
    hosts: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    in_main: bool = True


@dataclass(frozen=True)
class Block:
    """A run of text (paragraph, list item, cell, heading) with the headings above it."""

    text: str
    heading_path: tuple[str, ...] = ()
    kind: str = "p"
    in_main: bool = True
    quoted: bool = False


@dataclass(frozen=True)
class Page:
    """One fetched page or document, parsed once into blocks and links."""

    url: str
    final_url: str
    title: str
    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    depth: int = 0
    fetched_at: str = ""
    body_hash: str = ""
    content_type: str = "text/html"
    is_document: bool = False
    dates: tuple[str, ...] = ()

    @property
    def main_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.in_main)

    @cached_property
    def link_texts(self) -> frozenset[str]:
        return frozenset(link.text for link in self.links)

    @cached_property
    def memo(self) -> dict[str, object]:
        """Scratch space for values that pure functions derive from this page (is it a SEND page,
        its normalised main text…), so a dozen checks reading one page compute them once. Not a
        field: never part of equality, hashing or what is stored."""
        return {}


@dataclass(frozen=True)
class Coverage:
    """What the crawl of one authority reached; ``fail`` verdicts are only allowed when adequate."""

    crawl_status: str = "ok"
    start_url: str = ""
    start_reached: bool = False
    pages_fetched: int = 0
    pages_failed: int = 0
    robots_blocked: int = 0
    budget_cut: int = 0
    refused: int = 0  # links to private or local addresses not followed (see auditor.safety)
    trap_cut: int = 0  # URLs skipped as crawler traps: endless query variants, calendars
    duplicates: int = 0  # pages whose content duplicated another fetched page
    hosts: tuple[str, ...] = ()
    frontier_exhausted: bool = False
    detail: str = ""


@dataclass(frozen=True)
class Site:
    """Everything the checks may look at for one authority, as crawled."""

    authority: Authority
    pages: tuple[Page, ...]
    coverage: Coverage
    crawled_at: str = ""

    @cached_property
    def memo(self) -> dict[str, object]:
        """Scratch space for what pure functions derive from the whole site (its SEND pages…),
        computed once for all the checks; as ``Page.memo``, never part of equality or storage."""
        return {}


@dataclass(frozen=True)
class Evidence:
    url: str
    quote: str
    heading_path: tuple[str, ...] = ()
    match: str = ""
    fragment_url: str = ""
    final_url: str = ""
    fetched_at: str = ""
    body_hash: str = ""
    note: str = ""


@dataclass(frozen=True)
class CheckResult:
    check_id: str
    status: Status
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""
    searched: str = ""
    near_misses: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class AuthorityResult:
    """The results of every check for one authority, with the coverage they rest on."""

    authority: Authority
    coverage: Coverage
    results: tuple[CheckResult, ...]
    checked_at: str = ""
    pages_crawled: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RunInfo:
    """The run manifest: what ran, when, with which configuration and checks."""

    run_id: str
    started_at: str
    finished_at: str = ""
    tool_version: str = ""
    methodology_version: str = ""
    config: tuple[tuple[str, str], ...] = ()
    checks: tuple[tuple[str, str, str], ...] = ()  # (check id, version, source)
