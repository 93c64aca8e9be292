"""``--keep-history``: one report directory per run, and ``latest`` pointing at the newest.

    ROOT/
      20250101T030000Z/        index.html, results.csv, diff.html, … of that run
      20250201T030000Z/
      latest -> 20250201T030000Z   (a relative symlink; a copy where symlinks are not allowed)
      .incoming/               the run being written (renamed to its run id when complete)

An audit writes into ``ROOT/.incoming``; only when its reports are complete is the directory
renamed to the run id and ``latest`` switched over (``os.replace`` of a new symlink, atomic on
POSIX), so a web server publishing ``ROOT/latest`` never shows half a report. A resumed audit
reuses ``.incoming``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from reports.safety import safe_filename

INCOMING = ".incoming"
LATEST = "latest"


def incoming_dir(root: Path) -> Path:
    """Where an audit with ``--keep-history`` writes its reports before they are published."""
    return root / INCOMING


def _point_latest(root: Path, name: str) -> None:
    latest = root / LATEST
    tmp = root / f".{LATEST}.tmp"
    with contextlib.suppress(FileNotFoundError):
        if tmp.is_symlink() or tmp.is_file():
            tmp.unlink()
        elif tmp.is_dir():
            shutil.rmtree(tmp)
    try:
        tmp.symlink_to(name, target_is_directory=True)
        if latest.is_dir() and not latest.is_symlink():
            shutil.rmtree(latest)  # an earlier copy: replace it with a link
        os.replace(tmp, latest)
    except OSError:
        # No symlinks here (e.g. Windows without the privilege): copy, then swap directories.
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        shutil.copytree(root / name, tmp)
        old = root / f".{LATEST}.old"
        if latest.is_symlink() or latest.is_file():
            latest.unlink()
        elif latest.exists():
            os.replace(latest, old)
        os.replace(tmp, latest)
        shutil.rmtree(old, ignore_errors=True)


def publish_run(root: Path, run_id: str, index_path: Path) -> Path:
    """Moves ``ROOT/.incoming`` to ``ROOT/<run_id>``, points ``ROOT/latest`` at it and returns the
    new path of ``index.html``."""
    source = incoming_dir(root)
    name = safe_filename(run_id)
    target = root / name
    if target.exists():
        shutil.rmtree(target)  # the same run published again (re-rendered): the new one wins
    os.replace(source, target)
    _point_latest(root, name)
    return target / index_path.relative_to(source)
