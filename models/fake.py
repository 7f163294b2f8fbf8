"""A deterministic, scripted backend for tests and for UI work without a model."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from models.base import BackendState, GenerationOptions, Piece, cut_at_stops
from models.registry import register_backend


@dataclass(frozen=True)
class FakeOptions:
    # Replaces the reply built from the prompt's facts.
    reply: str | None = None


@dataclass(frozen=True)
class FakeCall:
    prompt: str
    options: GenerationOptions


class FakeBackend:
    """Replies with queued scripts, one per call; with none queued, with its default reply.

    ``enqueue(["पहला ", "टोकन"])`` queues one reply given as chunks. ``history`` records every
    call. ``load_gate``, when given, makes ``load()`` wait for it, to test the loading state;
    ``chunk_delay_s`` makes it slow, to test time limits.
    """

    few_shot = True

    name = "fake"

    def __init__(
        self,
        default_reply: str | None = None,
        *,
        model_id: str = "fake-echo",
        load_gate: threading.Event | None = None,
        chunk_delay_s: float = 0.0,
        writes: str = "posts",
    ) -> None:
        self.model_id = model_id
        # "posts", or "headlines" for the composer (service/compose.py).
        self.writes = writes
        self.default_reply = default_reply
        self.history: list[FakeCall] = []
        self._queue: deque[list[str]] = deque()
        self._load_gate = load_gate
        self.chunk_delay_s = chunk_delay_s
        self._state = BackendState.NOT_LOADED
        self._lock = threading.Lock()

    @property
    def state(self) -> BackendState:
        return self._state

    @property
    def error(self) -> str | None:
        return None

    def load(self) -> None:
        self._state = BackendState.LOADING
        if self._load_gate is not None:
            self._load_gate.wait()
        self._state = BackendState.READY

    def enqueue(self, *replies: list[str] | str) -> None:
        for reply in replies:
            self._queue.append([reply] if isinstance(reply, str) else list(reply))

    def stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        with self._lock:
            self.history.append(FakeCall(prompt, options))
            if self._queue:
                chunks = self._queue.popleft()
            else:
                chunks = _words(self.default_reply or _facts_echo(prompt))
        for chunk in cut_at_stops(chunks, options.stop):
            if options.usage is not None:
                options.usage.tokens += 1
            if self.chunk_delay_s:
                time.sleep(self.chunk_delay_s)
            yield chunk
            if options.expired():
                return


class BatchingFakeBackend(FakeBackend):
    """The fake writing a request's candidates side by side, a token of each in turn, as
    llama.cpp's batch does (``stream_batch``): for the pipeline's and the page's handling of
    interleaved candidates."""

    def stream_batch(
        self, prompt: str, options: Sequence[GenerationOptions]
    ) -> Generator[Piece, None, None]:
        streams = [(i, self.stream(prompt, one)) for i, one in enumerate(options)]
        try:
            while streams:
                writing = []
                for index, stream in streams:
                    piece = next(stream, None)
                    yield index, piece
                    if piece is not None:
                        writing.append((index, stream))
                streams = writing
        finally:
            for _, stream in streams:
                stream.close()


def _words(text: str) -> list[str]:
    # Split like a tokenizer would: each word keeps its leading space.
    words = text.split(" ")
    return [words[0]] + [" " + w for w in words[1:]]


def _facts_echo(prompt: str) -> str:
    """A grounded reply built from the last fact block of the prompt, so UI work sees real text:
    a post, or for a headline prompt the first words of the first fact."""
    block = prompt.rsplit("तथ्य:", 1)[-1]
    facts = [line[2:].strip() for line in block.splitlines() if line.startswith("- ")]
    if prompt.rstrip().endswith("शीर्षक:"):
        words = (facts[0] if facts else "ज़रूरी सूचना").rstrip("।.").split()[:5]
        while len(words) > 2 and words[-1] in ("का", "की", "के", "को", "में", "से", "पर", "और"):
            words.pop()
        return " ".join(words) + "\n"
    body = " ".join(f.rstrip("।.") + "।" for f in facts) or "नमस्ते।"
    return f"जरूरी सूचना: {body}"


@register_backend("fake", FakeOptions)
def _create(options: FakeOptions) -> FakeBackend:
    return FakeBackend(default_reply=options.reply)
