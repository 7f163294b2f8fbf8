"""The backend protocol every model sits behind, and helpers shared by all backends."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable

from models.constraints import DecodeConstraints


class BackendState(StrEnum):
    NOT_LOADED = "not_loaded"
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class GenerationCancelled(Exception):
    """Generation stopped before the end because its deadline passed."""


# A backend raises these, never its transport's own errors, so a caller (the service's routes,
# the CLI) catches one family whatever the backend, as simonw/llm's callers catch ModelError.
class BackendError(Exception):
    """The model could not write the text asked for."""


class BackendUnavailable(BackendError):
    """The model cannot be reached or cannot serve: connection refused, a server that is down,
    overloaded or does not serve the model."""


class BackendTimeout(BackendError):
    """The model server did not answer within the backend's timeout."""


class BackendBadResponse(BackendError):
    """The model server answered, but not with a completion: a refusal or a malformed stream."""


@dataclass
class Usage:
    """Filled in by a backend as it generates: how many tokens it produced."""

    tokens: int = 0
    # Times constrained decoding overrode the model's first choice of a digit: it was about to
    # write a number no fact has, so the number it wrote instead may sit in the wrong place.
    steered: int = 0
    # The model's own log-probability of the tokens it wrote (before any rule masked it), and how
    # many tokens that covers: a text the rules pushed off the model's path scores low. Backends
    # that cannot say leave ``scored`` at 0.
    logprob: float = 0.0
    scored: int = 0

    @property
    def mean_logprob(self) -> float | None:
        return round(self.logprob / self.scored, 3) if self.scored else None


@dataclass(frozen=True)
class GenerationOptions:
    max_new_tokens: int = 200
    # 0 means greedy decoding.
    temperature: float = 0.0
    top_p: float = 0.95
    # >1 discourages the loops small base models fall into; 1.0 turns it off.
    repetition_penalty: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()
    # time.monotonic() after which a backend stops producing tokens.
    deadline: float | None = None
    # What the model may write (numbers, hashtags, length); backends that cannot enforce it
    # ignore it, and the checks judge the text either way.
    constraints: DecodeConstraints | None = None
    # When given, the backend counts the tokens it generates into it.
    usage: Usage | None = field(default=None, compare=False)

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline


@runtime_checkable
class ModelBackend(Protocol):
    """Streams text for a plain-text prompt. ``generate`` is the joined stream."""

    name: str
    model_id: str
    # Whether prompts carry few-shot example posts; a model tuned on the task is prompted without.
    few_shot: bool

    @property
    def state(self) -> BackendState: ...

    @property
    def error(self) -> str | None: ...

    def load(self) -> None:
        """Load weights (blocking). Safe to call more than once."""

    def stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        """Yield text chunks (about one token each), already cut at the first stop sequence."""


def generate(backend: ModelBackend, prompt: str, options: GenerationOptions) -> str:
    return "".join(backend.stream(prompt, options))


class LoadStateMixin:
    """Tracks load state so /health can say 'loading' or why loading failed."""

    _state: BackendState = BackendState.NOT_LOADED
    _error: str | None = None
    _load_lock: threading.Lock

    def __init__(self) -> None:
        self._load_lock = threading.Lock()

    @property
    def state(self) -> BackendState:
        return self._state

    @property
    def error(self) -> str | None:
        return self._error

    def load(self) -> None:
        with self._load_lock:
            if self._state is BackendState.READY:
                return
            self._state = BackendState.LOADING
            self._error = None
            try:
                self._load()
            except Exception as exc:
                self._state = BackendState.FAILED
                self._error = f"{type(exc).__name__}: {exc}"
                raise
            self._state = BackendState.READY

    def _load(self) -> None:
        raise NotImplementedError


def cut_at_stops(chunks: Iterable[str], stops: tuple[str, ...]) -> Generator[str, None, None]:
    """Pass chunks through until a stop sequence appears; never emit any part of it.

    Text that could be the start of a stop sequence is held back until it is clear that it is not,
    so a stop split across two tokens is still caught.
    """
    if not stops:
        yield from chunks
        return
    longest = max(len(s) for s in stops)
    pending = ""
    for chunk in chunks:
        pending += chunk
        hits = [i for i in (pending.find(s) for s in stops) if i >= 0]
        if hits:
            if (head := pending[: min(hits)]) != "":
                yield head
            return
        # Keep back only a tail that could still grow into a stop sequence.
        keep = 0
        for k in range(min(longest - 1, len(pending)), 0, -1):
            tail = pending[-k:]
            if any(s.startswith(tail) for s in stops):
                keep = k
                break
        if len(pending) > keep:
            yield pending[: len(pending) - keep]
            pending = pending[len(pending) - keep :]
    if pending:
        yield pending


def stopped(raw: Generator[str, None, None], stops: tuple[str, ...]) -> Generator[str, None, None]:
    """``raw`` cut at the first stop sequence; closing it ends the generation (or HTTP stream)."""
    try:
        yield from cut_at_stops(raw, stops)
    finally:
        raw.close()
