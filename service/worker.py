"""One owner for the model: a worker thread runs draft jobs one at a time from a bounded queue.

Every generation starts and ends on the worker thread, so whatever a backend holds while it
generates (the hf backend's lock and its generate thread) is taken and released by that one
thread, whatever a client does. Before, the pipeline ran as a generator in the request's
thread-pool thread: a client that dropped its stream left the generator suspended, holding the
model's lock until garbage collection happened to close it (in 1 of 4 tries, for 75 s or more).

A client that leaves, a shutdown, or a deadline sets the job's ``cancel`` event, and the
pipeline stops at the next token. The request side only ever awaits an ``asyncio.Queue``, so it
can always be cancelled. Requests past the queue's depth are refused at once with
:class:`~service.errors.ServiceBusyError` (503 and ``Retry-After``).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import math
import queue
import statistics
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from service.errors import ServiceBusyError

log = logging.getLogger(__name__)

# A generation that runs this long past its own deadline has stopped answering its cancel flag.
STUCK_GRACE_S = 15.0

JobRun = Callable[[threading.Event], Iterator[Any]]


class Cancel(threading.Event):
    """Set when a job should stop. ``shutdown`` says why: the service is stopping, so the job
    ends at once; otherwise (the client left) it keeps what it had (see DraftPipeline)."""

    shutdown = False


class _End:
    """Marks the end of a job's events."""


_END = _End()


class Job:
    """One request's work, run on the worker thread; its events reach the request's loop."""

    def __init__(self, run: JobRun, loop: asyncio.AbstractEventLoop) -> None:
        self._run = run
        self._loop = loop
        self._events: asyncio.Queue[Any] = asyncio.Queue()
        self.cancel = Cancel()
        self.started_at: float | None = None
        self.finished = threading.Event()

    @property
    def shutdown(self) -> bool:
        """The service is shutting down (not the client leaving)."""
        return self.cancel.shutdown

    def _emit(self, item: Any) -> None:
        # The request's loop may be gone (the server shut down while the job ran).
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(self._events.put_nowait, item)

    def execute(self) -> None:
        """Run on the worker thread: every event is forwarded, then an exception or the end."""
        self.started_at = time.monotonic()
        try:
            if not self.cancel.is_set():
                for event in self._run(self.cancel):
                    self._emit(event)
        except BaseException as exc:  # handed to the request, which turns it into a response
            self._emit(exc)
        finally:
            self._emit(_END)
            self.finished.set()

    async def events(self) -> AsyncIterator[Any]:
        """The job's events as they come; re-raises the job's exception in the request."""
        while True:
            item = await self._events.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item


@dataclass(frozen=True)
class WorkerStatus:
    busy: bool
    queued: int
    running_s: float | None
    stuck: bool


class ModelWorker:
    """Runs jobs one at a time on one thread; ``depth`` more may wait."""

    def __init__(self, depth: int, timeout_s: float) -> None:
        self.depth = depth
        self.timeout_s = timeout_s
        self._queue: queue.Queue[Job | None] = queue.Queue(maxsize=depth)
        self._current: Job | None = None
        self._durations: deque[float] = deque(maxlen=20)
        self._stopping = False
        # The heap is settled once, after the first job that ran to its end (see settle_heap).
        self.settled = False
        self._thread = threading.Thread(target=self._loop, name="model-worker", daemon=True)
        self._thread.start()

    def submit(self, run: JobRun) -> Job:
        """Queue ``run``; refuse with 503 when the queue is full or the worker is stopping."""
        job = Job(run, asyncio.get_running_loop())
        if self._stopping:
            raise ServiceBusyError("the service is shutting down", retry_after=30)
        try:
            self._queue.put_nowait(job)
        except queue.Full:
            raise ServiceBusyError(
                f"the model is busy and {self.depth} requests are waiting; try again shortly "
                "(SANDESH_QUEUE_DEPTH sets how many may wait)",
                retry_after=self.retry_after(),
            ) from None
        return job

    def retry_after(self) -> int:
        """Seconds until a place is likely free: a typical job's time, times those ahead."""
        typical = statistics.median(self._durations) if self._durations else 10.0
        return max(1, math.ceil(typical * (self._queue.qsize() + 1) / max(self.depth, 1)))

    def status(self) -> WorkerStatus:
        job = self._current
        running = time.monotonic() - job.started_at if job and job.started_at is not None else None
        return WorkerStatus(
            busy=job is not None,
            queued=self._queue.qsize(),
            running_s=round(running, 1) if running is not None else None,
            stuck=running is not None and running > self.timeout_s + STUCK_GRACE_S,
        )

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            self._current = job
            try:
                job.execute()
            finally:
                self._current = None
            if job.started_at is not None and not job.cancel.is_set():
                self._durations.append(time.monotonic() - job.started_at)
                if not self.settled:
                    settle_heap()
                    self.settled = True

    def cancel_all(self) -> None:
        """Refuse new work and cancel the running job and every waiting one (a shutdown has
        begun: their clients get a 503 instead of waiting for the server to close on them)."""
        self._stopping = True
        if (job := self._current) is not None:
            job.cancel.shutdown = True
            job.cancel.set()
        while True:
            try:
                waiting = self._queue.get_nowait()
            except queue.Empty:
                return
            if waiting is not None:
                waiting.cancel.shutdown = True
                waiting.cancel.set()
                waiting.execute()  # ends at once: its cancel flag is set

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Cancel all work and end the thread. True if it ended within ``timeout_s``."""
        self.cancel_all()
        # The queue is empty now and nothing new is queued, so this cannot block.
        self._queue.put_nowait(None)
        self._thread.join(timeout_s)
        if self._thread.is_alive():
            log.error("the model worker did not stop within %.0f s", timeout_s)
            return False
        return True


def settle_heap() -> None:
    """Collect once and move what is alive now out of the cyclic collector's reach
    (:func:`gc.freeze`): the model, the phrasebook, compiled patterns and caches that load on
    the first request. Each full collection walked them all while holding the GIL, and every
    request waited for it, /health's included (``bench/load.py`` measures its p99 while drafts
    run; the README gives the figures)."""
    gc.collect()
    gc.freeze()
