"""Train a LoRA adapter for the embedded Gemma 3 270M on models/tuning/data (train split).

    .venv/bin/python -m models.tuning.train [--task headline|post] [--epochs 1] [--rank 16]
                                            [--out models/adapters/NAME]

``--task headline`` (the default) teaches the headline of a composed post: the targets are the
writers' own headlines and the ones written for the rest (models/tuning/headlines.py).
``--task post`` teaches whole posts, as written or rebuilt to copy their facts (``--style``).

The loss is computed on the completion tokens only, in the prompt format the hf backend uses without
few-shot examples, and over a trimmed output vocabulary: the token ids the data uses plus the
special ones. A full 262,144-row output layer costs ~3x more per step on this CPU; the trimmed
ids are saved beside the adapter so that decoding can be masked to the same vocabulary (a
trimmed loss never pushes the other ids down, so unmasked decoding drifts into other scripts).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

STOP = "\n###"
LORA_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def render_pair(example: Any, headline: str | None = None) -> tuple[str, str]:
    """(prompt, completion) for one example, as the hf backend would prompt a tuned model: the
    whole post, or with ``headline`` the headline task (the composer lays out the rest)."""
    from prompts import get_library

    if headline is not None:
        template = get_library().get("headline")
        return template.render(example.model_dump(), few_shot=False), headline + "\n"
    template = get_library().get(example.kind)
    prompt = template.render(example.model_dump(), few_shot=False)
    return prompt, example.post.strip() + STOP


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--accumulate", type=int, default=8)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N examples")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument(
        "--out", help="default: models/adapters/sandesh-hi-headline (or -lora for posts)"
    )
    parser.add_argument("--log-every", type=int, default=20)
    parser.add_argument(
        "--style",
        choices=["written", "faithful"],
        default="faithful",
        help="the posts as written, or rebuilt to copy their facts (models.tuning.faithful)",
    )
    parser.add_argument(
        "--task",
        choices=["headline", "post"],
        default="headline",
        help="the headline of a composed post (models.tuning.headlines), or whole posts",
    )
    args = parser.parse_args()
    if args.out is None:
        name = "sandesh-hi-headline" if args.task == "headline" else "sandesh-hi-lora"
        args.out = f"models/adapters/{name}"

    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from models.hf import EMBEDDED_MODEL_ID, embedded_model_dir
    from models.tuning.dataset import DATA_DIR, load, split_of
    from models.tuning.faithful import faithful
    from models.tuning.headlines import headline_for
    from models.tuning.headlines import written as headline_targets
    from service.config import Settings

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    examples, problems = load(sorted(DATA_DIR.glob("*.jsonl")))
    if problems:
        raise SystemExit("the data set has problems; run python -m models.tuning.dataset")
    headlines: dict[str, str] = {}
    if args.task == "headline":
        written = headline_targets()
        headlines = {e.id: h for e in examples if (h := headline_for(e, written)) is not None}
        examples = [e for e in examples if e.id in headlines]
    elif args.style == "faithful":
        examples = faithful(examples)
    train = [e for e in examples if split_of(e.topic) == "train"]
    dev = [e for e in examples if split_of(e.topic) == "dev"]
    random.shuffle(train)
    if args.limit:
        train = train[: args.limit]

    base_dir = embedded_model_dir(Settings(_env_file=None).model_cache_dir)
    tokenizer = AutoTokenizer.from_pretrained(str(base_dir), local_files_only=True)
    base_model = AutoModelForCausalLM.from_pretrained(
        str(base_dir), dtype=torch.float32, local_files_only=True
    )

    def encode(example: Any) -> tuple[list[int], int]:
        prompt, completion = render_pair(example, headlines.get(example.id))
        prompt_ids = tokenizer(prompt)["input_ids"]
        completion_ids = tokenizer(completion, add_special_tokens=False)["input_ids"]
        return prompt_ids + completion_ids, len(prompt_ids)

    train_rows = [encode(e) for e in train]
    dev_rows = [encode(e) for e in dev]
    specials = {
        i
        for i in (tokenizer.bos_token_id, tokenizer.eos_token_id, tokenizer.pad_token_id)
        if i is not None
    }
    vocab = sorted({t for ids, _ in train_rows + dev_rows for t in ids} | specials)
    index = torch.full((base_model.config.vocab_size,), -100, dtype=torch.long)
    index[torch.tensor(vocab)] = torch.arange(len(vocab))
    print(
        f"{len(train_rows)} train / {len(dev_rows)} dev examples; trimmed vocabulary "
        f"{len(vocab)} of {base_model.config.vocab_size} ids",
        flush=True,
    )

    model: Any = get_peft_model(
        base_model,
        LoraConfig(
            r=args.rank,
            lora_alpha=2 * args.rank,
            lora_dropout=0.05,
            target_modules=LORA_TARGETS,
            task_type="CAUSAL_LM",
        ),
    )
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"LoRA r={args.rank}: {trainable / 1e6:.2f}M trainable parameters", flush=True)
    base: Any = model.get_base_model()
    decoder = base.model
    head = base.lm_head.weight  # tied to the embeddings; frozen
    vocab_ids = torch.tensor(vocab)

    def loss_of(ids: list[int], prompt_len: int) -> torch.Tensor:
        input_ids = torch.tensor([ids])
        hidden = decoder(input_ids=input_ids).last_hidden_state[0, prompt_len - 1 : -1]
        logits = hidden @ head[vocab_ids].T
        labels = index[torch.tensor(ids[prompt_len:])]
        return torch.nn.functional.cross_entropy(logits, labels)

    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    steps = math.ceil(len(train_rows) * args.epochs)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / 20) * max(0.1, 1 - s * args.accumulate / steps)
    )
    history: list[dict[str, float]] = []
    model.train()
    started = time.monotonic()
    tokens = 0
    running = 0.0
    for step in range(steps):
        ids, prompt_len = train_rows[step % len(train_rows)]
        loss = loss_of(ids, prompt_len)
        (loss / args.accumulate).backward()
        tokens += len(ids)
        running += float(loss.detach())
        if (step + 1) % args.accumulate == 0 or step + 1 == steps:
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
        if (step + 1) % args.log_every == 0:
            elapsed = time.monotonic() - started
            mean = running / args.log_every
            history.append({"step": step + 1, "loss": round(mean, 4)})
            print(
                f"step {step + 1}/{steps} loss {mean:.3f} {tokens / elapsed:.0f} tok/s "
                f"{elapsed / 60:.1f} min",
                flush=True,
            )
            running = 0.0

    train_seconds = time.monotonic() - started
    model.eval()
    with torch.no_grad():
        dev_loss = sum(float(loss_of(ids, n)) for ids, n in dev_rows) / max(1, len(dev_rows))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # Not this machine's cache path: the hf backend merges the adapter into the embedded model.
    model.peft_config["default"].base_model_name_or_path = EMBEDDED_MODEL_ID
    model.save_pretrained(out)
    (out / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    (out / "training.json").write_text(
        json.dumps(
            {
                "args": vars(args),
                "train_examples": len(train_rows),
                "dev_examples": len(dev_rows),
                "trimmed_vocabulary": len(vocab),
                "trainable_parameters": trainable,
                "train_minutes": round(train_seconds / 60, 1),
                "train_tokens_per_s": round(tokens / train_seconds, 1),
                "dev_loss": round(dev_loss, 4),
                "loss": history,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"dev loss {dev_loss:.3f}; adapter in {out}", flush=True)


if __name__ == "__main__":
    main()
