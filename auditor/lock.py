"""An exclusive lock per run store, so two scheduled audits never write one store at once.

``fcntl.flock`` on a ``<store>.lock`` file: the kernel drops it when the process dies, even on
``kill -9``, so a crashed audit never leaves a stale lock behind. Readers do not take it: SQLite's
WAL mode lets ``runs`` and ``export`` read while an audit writes.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from auditor.errors import StoreError


@contextmanager
def store_lock(db_path: Path, *, wait_seconds: float = 0.0) -> Iterator[None]:
    lock_path = db_path.with_name(db_path.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{db_path}: cannot create the run store's lock file: {exc.strerror or exc}") from None
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{db_path}: another audit is using this run store; wait for it or use --db"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)
