"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Each file is written to a temporary file in the same directory (same file system), flushed to
disk, then moved over the target with ``os.replace``, which is atomic on POSIX and Windows.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

TMP_SUFFIX = ".tmp"


def atomic_write_text(path: Path, text: str, *, newline: str | None = None) -> Path:
    """Writes ``text`` (UTF-8) to ``path`` atomically; ``newline=""`` keeps ``\\r\\n`` as given (CSV)."""
    return _atomic_write(path, lambda fd: open(fd, "w", encoding="utf-8", newline=newline), text)


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Writes ``data`` to ``path`` atomically (binary exports such as Parquet)."""
    return _atomic_write(path, lambda fd: open(fd, "wb"), data)


def remove_stale_temporaries(directory: Path) -> None:
    """Removes the temporary files of writes that a killed process never finished (``.<name>.*.tmp``)."""
    if not directory.is_dir():
        return
    for leftover in directory.glob(f".*{TMP_SUFFIX}"):
        if leftover.is_file():
            with contextlib.suppress(OSError):
                leftover.unlink()


def _atomic_write(path: Path, opener: Callable[[int], IO[Any]], content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    tmp = Path(tmp_name)
    try:
        with opener(fd) as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; reports are meant to be published
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path
