"""The model worker settles the heap once, after its first whole job, so the cyclic collector's
full passes stop walking the model and the caches the first request loads (they held the GIL
80-100 ms while a draft ran: /health's p99 under load; bench/load.py measures it)."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable, Iterator

import pytest

import service.worker
from service.worker import ModelWorker, settle_heap


def _job(events: list[str]) -> Callable[[threading.Event], Iterator[str]]:
    def run(cancel: threading.Event) -> Iterator[str]:
        yield from events

    return run


async def _run(worker: ModelWorker, jobs: int) -> None:
    for _ in range(jobs):
        job = worker.submit(_job(["a", "b"]))
        assert [e async for e in job.events()] == ["a", "b"]
        for _ in range(100):  # the worker records a job just after its last event
            if worker.settled:
                break
            await asyncio.sleep(0.01)


def test_the_heap_is_settled_once_after_the_first_whole_job(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(service.worker, "settle_heap", lambda: calls.append(1))
    worker = ModelWorker(depth=2, timeout_s=10)
    try:
        assert not worker.settled
        asyncio.run(_run(worker, 3))
        assert worker.settled and calls == [1]  # once: later jobs' garbage stays collectable
    finally:
        worker.stop()


def test_settling_moves_what_is_alive_out_of_the_collectors_walk() -> None:
    kept = [[i] for i in range(1000)]
    try:
        settle_heap()
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gc.unfreeze()
