"""The backend protocol every model sits behind, and helpers shared by all backends."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator, Iterable, Sequence
from contextlib import closing
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


class PromptTooLong(BackendError):
    """The prompt and the tokens asked for do not fit the model's context: nothing was
    written, and a caller that can do without the model (the composer) goes on without it."""

    def __init__(self, prompt_tokens: int, new_tokens: int, context: int) -> None:
        super().__init__(
            f"the prompt ({prompt_tokens} tokens) and {new_tokens} new tokens do not fit "
            f"the context of {context}"
        )
        self.prompt_tokens = prompt_tokens
        self.context = context


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


class StopCutter:
    """Text fed in chunks, given back until a stop sequence appears; never any part of it.

    Text that could be the start of a stop sequence is held back until it is clear that it is not,
    so a stop split across two tokens is still caught. One per stream, so the streams of a batch
    are each cut on their own.
    """

    def __init__(self, stops: tuple[str, ...]) -> None:
        self.stops = stops
        self.longest = max((len(s) for s in stops), default=0)
        self.pending = ""
        self.hit = False

    def feed(self, chunk: str) -> str:
        """What of the text so far may go out now; ``hit`` turns true at a stop sequence."""
        if not self.stops:
            return chunk
        self.pending += chunk
        hits = [i for i in (self.pending.find(s) for s in self.stops) if i >= 0]
        if hits:
            self.hit = True
            head, self.pending = self.pending[: min(hits)], ""
            return head
        # Keep back only a tail that could still grow into a stop sequence.
        keep = 0
        for k in range(min(self.longest - 1, len(self.pending)), 0, -1):
            if any(s.startswith(self.pending[-k:]) for s in self.stops):
                keep = k
                break
        out = self.pending[: len(self.pending) - keep]
        self.pending = self.pending[len(self.pending) - keep :]
        return out

    def flush(self) -> str:
        """The held-back tail, once the stream has ended without a stop."""
        out, self.pending = self.pending, ""
        return out


def cut_at_stops(chunks: Iterable[str], stops: tuple[str, ...]) -> Generator[str, None, None]:
    """Pass chunks through until a stop sequence appears; never emit any part of it."""
    cutter = StopCutter(stops)
    for chunk in chunks:
        if out := cutter.feed(chunk):
            yield out
        if cutter.hit:
            return
    if tail := cutter.flush():
        yield tail


def stopped(raw: Generator[str, None, None], stops: tuple[str, ...]) -> Generator[str, None, None]:
    """``raw`` cut at the first stop sequence; closing it ends the generation (or HTTP stream)."""
    try:
        yield from cut_at_stops(raw, stops)
    finally:
        raw.close()


# One step of a batch of streams: (the candidate's index, its next text), and (index, None) once
# that candidate has ended.
Piece = tuple[int, str | None]


@runtime_checkable
class BatchingBackend(Protocol):
    """A backend that decodes several candidates of one prompt together (llama.cpp sequences)."""

    def stream_batch(
        self, prompt: str, options: Sequence[GenerationOptions]
    ) -> Generator[Piece, None, None]:
        """Yield each candidate's text as it is written, cut at its stops, then (index, None)
        when it ends; closing the generator ends every candidate."""


def stream_many(
    backend: ModelBackend, prompt: str, options: Sequence[GenerationOptions]
) -> Generator[Piece, None, None]:
    """Every candidate of one prompt: decoded together where the backend can, else one after
    another."""
    if isinstance(backend, BatchingBackend):
        yield from backend.stream_batch(prompt, options)
        return
    for index, one in enumerate(options):
        with closing(iter(backend.stream(prompt, one))) as stream:
            for piece in stream:
                yield index, piece
        yield index, None
