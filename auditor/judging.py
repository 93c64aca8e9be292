"""Judging: the checks run on each crawled authority, read back from the store.

Parsing and checking are CPU work, the crawl is waiting on the network: so an authority is
judged as soon as its crawl ends, in worker processes (one per core), while the others are
still being crawled. Workers only read the store (SQLite WAL lets them read while the parent
writes); the parent alone writes results. Checks that cannot be sent to another process (e.g.
TOML rules, which compile to closures) are judged in the parent instead, with the same result.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from auditor.loader import load
from auditor.model import Authority, CheckResult
from auditor.store import Store
from checks.base import Check
from checks.runner import CoveragePolicy, run_checks
from checks.text import clear_text_caches

# One worker process's checks, set once by the pool initializer: sending them with every task
# would pickle every check for every authority.
_WORKER_CHECKS: list[Check] = []


def _init_worker(payload: bytes, parent: int) -> None:
    _WORKER_CHECKS[:] = pickle.loads(payload)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="exit-with-parent", daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """Ends the worker once the audit that started it is gone (killed, crashed): its queues then
    have no reader, and a worker blocked on them would otherwise live on for ever."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


@dataclass(frozen=True)
class Judged:
    results: tuple[CheckResult, ...]
    model_key: str
    new_model: bytes | None  # the site's parsed pages, for the parent to store (workers only read)


def judge_site(
    store: Store, run_id: str, authority: Authority, checks: Sequence[Check], policy: CoveragePolicy
) -> Judged:
    try:
        loaded = load(store, run_id, authority)
        return Judged(run_checks(checks, loaded.site, policy), loaded.model_key, loaded.new_model)
    finally:
        clear_text_caches()


def _judge_in_worker(db_path: str, run_id: str, authority: Authority, min_pages: int) -> Judged:
    with Store.open(Path(db_path)) as store:
        return judge_site(store, run_id, authority, _WORKER_CHECKS, CoveragePolicy(min_pages=min_pages))


def _ready() -> None:
    """A task that does nothing: submitting it starts a worker (see ``Judge.__enter__``)."""


def _picklable(checks: Sequence[Check]) -> bytes | None:
    try:
        return pickle.dumps(list(checks))
    except (pickle.PicklingError, AttributeError, TypeError):
        return None


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class Judge:
    """Judges authorities of one run and saves their results; use as a context manager."""

    def __init__(
        self,
        store: Store,
        run_id: str,
        checks: Sequence[Check],
        policy: CoveragePolicy,
        *,
        workers: int,
        now: Callable[[], str],
    ) -> None:
        self.store = store
        self.run_id = run_id
        self.checks = list(checks)
        self.policy = policy
        self.versions = {c.id: c.version for c in self.checks}
        self._now = now
        payload = _picklable(self.checks) if workers > 1 else None
        self._pool: Executor | None = None
        self._workers = workers
        if payload is not None:
            # "spawn": the parent runs an event loop and SQLite connections, which must not be forked.
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(payload, os.getpid()),
            )

    def __enter__(self) -> Judge:
        if self._pool is not None:
            # Start every worker now: each spends a second importing and compiling the checks,
            # which overlaps the first crawls instead of delaying the first judgement.
            for _ in range(self._workers):
                self._pool.submit(_ready)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _save(self, authority: Authority, judged: Judged) -> None:
        # The parsed pages first: a kill between the two leaves a model to reuse, never results
        # without the model a re-judge would want.
        if judged.new_model is not None:
            self.store.put_parsed_model(judged.model_key, judged.new_model)
        self.store.save_results(self.run_id, authority.code, judged.results, self.versions, self._now())

    async def judge(self, authority: Authority) -> None:
        """Judges one authority (in a worker when there is a pool) and stores its results."""
        if self._pool is None:
            judged = judge_site(self.store, self.run_id, authority, self.checks, self.policy)
        else:
            loop = asyncio.get_running_loop()
            judged = await loop.run_in_executor(
                self._pool, _judge_in_worker, str(self.store.path), self.run_id, authority, self.policy.min_pages
            )
        self._save(authority, judged)

    async def judge_all(self, authorities: Sequence[Authority]) -> None:
        await asyncio.gather(*(self.judge(a) for a in authorities))
