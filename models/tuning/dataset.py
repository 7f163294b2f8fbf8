"""The tuning data set: JSONL files in models/tuning/data/, one example per line.

Each example is a draft request plus the post a careful writer would publish for it. The property
that matters most is grounding: every number, date, amount, phone number and name in the post
comes from its facts. ``validate`` runs the project's own checks on every example.

    .venv/bin/python -m models.tuning.dataset [FILE ...]   # report problems, exit 1 if any
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from evaluation.checks import CONTENT_CHECKS, PlatformLimits, run_checks

if TYPE_CHECKING:
    from evaluation.harness import Suite

DATA_DIR = Path(__file__).resolve().parent / "data"
# Held-out sets written after a test split was spent (issue 12): requests and a skilled writer's
# posts on topics none of DATA_DIR has, never trained or tuned on; each is scored once.
HOLDOUT_DIR = Path(__file__).resolve().parent / "holdout"


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    topic: str = Field(description="What the facts are about; the split never divides a topic.")
    kind: Literal["scheme", "local_issue", "event", "appeal", "greeting"]
    platform: Literal["whatsapp", "facebook", "x", "instagram"]
    tone: Literal["respectful", "warm", "urgent", "celebratory"]
    audience: str | None = None
    call_to_action: str | None = None
    facts: list[str] = Field(min_length=1, max_length=8)
    post: str = Field(min_length=20)
    source: str | None = Field(None, description="Official source URL for scheme facts.")


Split = Literal["train", "dev", "test"]


def split_of(topic: str) -> Split:
    """A fixed split by topic, so no topic's facts leak from training into the test split."""
    bucket = int(hashlib.sha256(topic.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def load(paths: Iterable[Path]) -> tuple[list[Example], list[str]]:
    examples: list[Example] = []
    problems: list[str] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                examples.append(Example.model_validate_json(line))
            except ValidationError as exc:
                problems.append(
                    f"{path.name}:{number}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}"
                )
    return examples, problems


def check_example(example: Example) -> list[str]:
    sources = [*example.facts, *(s for s in (example.audience, example.call_to_action) if s)]
    checks = run_checks(
        example.post,
        sources=sources,
        platform=example.platform,
        limits=PlatformLimits(),
        tone=example.tone,
        facts=example.facts,
        only=CONTENT_CHECKS,
    )
    return [
        f"{example.id}: {name}: {issue.category}: «{issue.span[:60]}» {issue.reason}"
        for name, result in checks.items()
        for issue in result.issues
    ]


def validate(examples: list[Example]) -> list[str]:
    problems: list[str] = []
    ids = Counter(e.id for e in examples)
    problems += [f"{i}: duplicate id" for i, n in ids.items() if n > 1]
    posts = Counter(" ".join(e.post.split()) for e in examples)
    problems += [f"duplicate post: {p[:60]}" for p, n in posts.items() if n > 1]
    for example in examples:
        problems += check_example(example)
        if example.kind == "scheme" and not (example.source or "").startswith("https://"):
            problems.append(f"{example.id}: a scheme example needs its official https:// source")
        if example.call_to_action is not None and not example.call_to_action.strip():
            # The service answers a blank call to action 422 (say none with null).
            problems.append(f"{example.id}: a blank call to action; write null for none")
    return problems


def holdout_sets() -> list[Path]:
    """The held-out sets, oldest first: by their number, so round10 comes after round9."""

    def number(path: Path) -> tuple[int, str]:
        digits = "".join(c for c in path.stem if c.isdigit())
        return (int(digits) if digits else 0, path.stem)

    return sorted(HOLDOUT_DIR.glob("*.jsonl"), key=number)


def split_suite(split: Split | Literal["holdout"]) -> Suite:
    """One split (or every held-out set) as an evaluation suite: each example's request, none
    of its post."""
    from evaluation.harness import Suite

    holdout = split == "holdout"
    # A held-out set is scored once: "holdout" is the newest one, the one not yet spent.
    files = holdout_sets()[-1:] if holdout else sorted(DATA_DIR.glob("*.jsonl"))
    examples, problems = load(files)
    if problems:
        raise ValueError("the data set has problems; run python -m models.tuning.dataset")
    cases = [
        {
            "id": e.id,
            "kind": e.kind,
            "facts": e.facts,
            "platform": e.platform,
            "tone": e.tone,
            "audience": e.audience,
            "call_to_action": e.call_to_action,
            "seed": 1,
            "source": e.source,
        }
        for e in examples
        if holdout or split_of(e.topic) == split
    ]
    return Suite.model_validate(
        {
            "name": f"tuning-{split}",
            "description": f"The {split} split of models/tuning/data: topics never trained on.",
            # No floor on drafts from the model: the composer's own draft leads by design
            # (Settings.first_draft), and an editor's blind review, not the share of model
            # drafts, judges them (models/tuning/blind.py).
            "thresholds": {"model_candidates_passing": 0.8, "drafts_passing": 0.95},
            "cases": cases,
        }
    )


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(DATA_DIR.glob("*.jsonl"))
    examples, problems = load(paths)
    problems += validate(examples)
    for problem in problems:
        print(problem)
    counts = Counter((e.kind, e.platform, e.tone) for e in examples)
    print(
        f"{len(examples)} examples, {len({e.topic for e in examples})} topics, "
        f"{len(counts)} kind/platform/tone combinations, {len(problems)} problems"
    )
    for field in ("kind", "platform", "tone"):
        print(f"  {field}: {dict(Counter(getattr(e, field) for e in examples))}")
    print(f"  split: {dict(Counter(split_of(e.topic) for e in examples))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
