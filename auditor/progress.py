"""Crawl progress: a live rich display on a terminal, plain log lines anywhere else.

A progress object is the pipeline's ``ProgressHook`` (called with ``(authority, coverage)`` when
an authority's crawl ends) and also has ``page(authority, record)``, which the pipeline calls
after every fetch. Use it as a context manager so the live display is torn down cleanly::

    with make_progress(len(authorities)) as progress:
        run_audit(request, progress=progress)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from auditor.model import Authority, Coverage
from auditor.store import FetchRecord


@dataclass
class CrawlStats:
    total: int
    clock: Callable[[], float] = time.monotonic
    done: int = 0
    pages: int = 0
    errors: int = 0
    started: float = field(default=0.0)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def page(self, rec: FetchRecord) -> None:
        if rec.kind in ("page", "document"):
            self.pages += 1
        elif rec.kind in ("error", "refused"):
            self.errors += 1

    @property
    def rate(self) -> float:
        """Pages per second since the start."""
        elapsed = self.clock() - self.started
        return self.pages / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        return (
            f"{self.done}/{self.total} authorities, {self.pages} pages, {self.errors} errors, {self.rate:.1f} pages/s"
        )


class CrawlProgress:
    """Base progress: keeps the figures, shows nothing."""

    def __init__(self, total: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.stats = CrawlStats(total, clock)

    def page(self, authority: Authority, rec: FetchRecord) -> None:
        self.stats.page(rec)

    def __call__(self, authority: Authority, coverage: Coverage) -> None:
        self.stats.done += 1

    def __enter__(self) -> CrawlProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def describe(authority: Authority, coverage: Coverage) -> str:
    figures = (
        f"{coverage.pages_fetched} pages, {coverage.pages_failed} failed, "
        f"{coverage.robots_blocked} robots-skipped, {coverage.budget_cut} over budget"
    )
    return f"{authority.code} {authority.name}: {coverage.crawl_status} ({figures})"


class LogProgress(CrawlProgress):
    """One line per finished authority, and a running total every ``every`` pages."""

    def __init__(
        self, total: int, stream: TextIO, *, every: int = 100, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(total, clock=clock)
        self.stream = stream
        self.every = every

    def page(self, authority: Authority, rec: FetchRecord) -> None:
        before = self.stats.pages
        super().page(authority, rec)
        if self.stats.pages != before and self.stats.pages % self.every == 0:
            print(f"crawl: {self.stats.summary()}", file=self.stream, flush=True)

    def __call__(self, authority: Authority, coverage: Coverage) -> None:
        super().__call__(authority, coverage)
        print(f"crawled {describe(authority, coverage)} [{self.stats.summary()}]", file=self.stream, flush=True)


class RichProgress(CrawlProgress):
    """A live bar of authorities done, with pages, errors and rate, over a scrolling log of finished ones."""

    def __init__(self, total: int, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        super().__init__(total)
        self.console = Console(file=stream)
        self._bar = Progress(
            TextColumn("crawling"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[figures]}"),
            TimeElapsedColumn(),
            console=self.console,
        )
        self._task = self._bar.add_task("crawl", total=total, figures="")

    def _refresh(self) -> None:
        s = self.stats
        self._bar.update(self._task, completed=s.done, figures=f"{s.pages} pages · {s.errors} errors · {s.rate:.1f}/s")

    def page(self, authority: Authority, rec: FetchRecord) -> None:
        super().page(authority, rec)
        self._refresh()

    def __call__(self, authority: Authority, coverage: Coverage) -> None:
        super().__call__(authority, coverage)
        self._bar.console.print(describe(authority, coverage), markup=False, highlight=False)
        self._refresh()

    def __enter__(self) -> RichProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()


def make_progress(total: int, stream: TextIO | None = None) -> CrawlProgress:
    """A live display when ``stream`` (default stderr) is a terminal, else plain log lines."""
    stream = stream if stream is not None else sys.stderr
    if stream.isatty():
        return RichProgress(total, stream)
    return LogProgress(total, stream)
