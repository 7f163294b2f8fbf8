"""Conversions done once and cached: built beside their target, renamed into place at the end."""

from __future__ import annotations

import fcntl
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def build_once(
    cache_dir: Path, target: Path, build: Callable[[Path], None], marker: str = "config.json"
) -> Path:
    """Build the folder ``target`` once, across processes: ``build`` fills a staging folder that
    is renamed to ``target``; ``target / marker`` existing means it is done."""
    if (target / marker).is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    # One conversion at a time: a server and a test run may start together.
    with (cache_dir / ".convert.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / marker).is_file():
            return target
        # A build killed half-way leaves its staging folder behind; it is never reused.
        for stale in cache_dir.glob(".convert-*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=".convert-", dir=cache_dir))
        try:
            build(staging)
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return target
