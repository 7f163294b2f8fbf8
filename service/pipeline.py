"""request -> prompt -> model candidates -> checks on each -> the best drafts, or fallbacks.

:func:`run_pipeline` yields events as they happen; the SSE endpoint forwards them and the JSON
endpoint keeps only the last one. One code path serves both.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Literal

from evaluation.checks import PlatformLimits, all_passed, measure, run_checks
from evaluation.register import carries_tone
from evaluation.result import CheckResult, Issue
from models.base import GenerationCancelled, GenerationOptions, ModelBackend, Usage
from models.constraints import for_platform
from models.lines import LineSpec
from prompts import PromptLibrary, PromptTemplate
from service.config import Settings
from service.fallback import fallback_draft
from service.schemas import (
    Candidate,
    Draft,
    DraftRequest,
    DraftResponse,
    LengthInfo,
    PromptRef,
    Stats,
)


@dataclass(frozen=True)
class Event:
    """``name`` is one of: prompt, token, candidate, draft, done."""

    name: str
    data: dict[str, Any]


def limits_from(settings: Settings) -> PlatformLimits:
    return PlatformLimits(
        whatsapp=settings.whatsapp_soft_limit, facebook=settings.facebook_soft_limit
    )


class DraftPipeline:
    def __init__(self, backend: ModelBackend, prompts: PromptLibrary, settings: Settings) -> None:
        self.backend = backend
        self.prompts = prompts
        self.settings = settings
        self.limits = limits_from(settings)
        # A tuned model learnt its task from prompts without few-shot examples.
        self.few_shot = backend.few_shot

    def sources(self, req: DraftRequest) -> list[str]:
        # Everything the user typed may be stated; nothing else may.
        return [*req.facts, *(s for s in (req.audience, req.call_to_action) if s)]

    def check(
        self, text: str, req: DraftRequest, template: PromptTemplate
    ) -> dict[str, CheckResult]:
        return run_checks(
            text,
            sources=self.sources(req),
            platform=req.platform,
            limits=self.limits,
            tone=req.tone,
            disclosure=self.settings.disclosure,
            echo_markers=template.meta.echo_markers,
            examples=[example.post for example in template.meta.examples],
            min_devanagari_share=self.settings.min_devanagari_share,
            facts=req.facts,
        )

    def with_disclosure(self, body: str) -> str:
        return f"{body.strip()}\n\n{self.settings.disclosure}"

    def candidate_options(
        self, req: DraftRequest, template: PromptTemplate
    ) -> list[GenerationOptions]:
        """The first candidate is greedy; the rest are sampled, seeded from the request."""
        count = min(req.variants + self.settings.extra_candidates, self.settings.max_candidates)
        gen = template.meta.generation
        base_seed = req.seed if req.seed is not None else random.SystemRandom().randrange(2**31)
        max_new = gen.max_new_tokens or self.settings.max_new_tokens
        temperature = gen.temperature if gen.temperature is not None else self.settings.temperature
        wanted = set(self.settings.decode_constraints)
        constraints = (
            for_platform(
                req.platform,
                self.sources(req),
                facts=req.facts,
                numbers="numbers" in wanted,
                hashtags="hashtags" in wanted,
                coverage="coverage" in wanted,
                length="length" in wanted,
                lines=LineSpec(
                    tuple(req.facts),
                    req.call_to_action,
                    req.tone,
                    tuple(self.sources(req)),
                    carries_tone=partial(carries_tone, tone=req.tone),
                )
                if "lines" in wanted
                else None,
            )
            if wanted
            else None
        )
        options = []
        for i in range(count):
            options.append(
                GenerationOptions(
                    max_new_tokens=min(max_new, self.settings.max_new_tokens),
                    temperature=0.0 if i == 0 else temperature,
                    seed=None if i == 0 else base_seed + i,
                    stop=tuple(gen.stop),
                    repetition_penalty=self.settings.repetition_penalty,
                    constraints=constraints,
                )
            )
        return options

    def run(self, req: DraftRequest, cancel: threading.Event | None = None) -> Iterator[Event]:
        """Yield events; stop early, between tokens, when ``cancel`` is set (a client left)."""
        started = time.monotonic()
        deadline = started + self.settings.generation_timeout_s
        template = self.prompts.get(req.kind)
        prompt = template.render(req.model_dump(), few_shot=self.few_shot)
        yield Event("prompt", {"name": template.name, "version": template.version, "text": prompt})

        candidates: list[Candidate] = []
        passed: list[tuple[float, Candidate]] = []
        total_tokens = 0
        first_token_ms: int | None = None
        generating_s = 0.0
        for index, options in enumerate(self.candidate_options(req, template)):
            if len(passed) >= req.variants:
                break
            usage = Usage()
            options = replace(options, deadline=deadline, usage=usage)
            c = options.constraints
            if c is not None and c.lines is not None and candidates:
                # Closed lines make a sampled candidate the greedy one again: open differently.
                earlier = tuple(x.text.removesuffix(self.settings.disclosure) for x in candidates)
                options = replace(
                    options, constraints=replace(c, lines=replace(c.lines, earlier=earlier))
                )
            t0 = time.monotonic()
            pieces: list[str] = []
            with closing(iter(self.backend.stream(prompt, options))) as stream:
                for piece in stream:
                    if first_token_ms is None:
                        first_token_ms = int((time.monotonic() - started) * 1000)
                    pieces.append(piece)
                    yield Event("token", {"candidate": index, "text": piece})
                    if cancel is not None and cancel.is_set():
                        raise GenerationCancelled("generation was cancelled")
                    if time.monotonic() > deadline:
                        raise GenerationCancelled(
                            f"generation ran over {self.settings.generation_timeout_s:g} s"
                        )
            if time.monotonic() > deadline:
                raise GenerationCancelled(
                    f"generation ran over {self.settings.generation_timeout_s:g} s"
                )
            seconds = time.monotonic() - t0
            generating_s += seconds
            total_tokens += usage.tokens
            text = self.with_disclosure("".join(pieces))
            checks = self.check(text, req, template)
            if usage.steered:
                checks["grounding"] = _steered(checks["grounding"], usage.steered)
            candidate = Candidate(
                index=index,
                text=text,
                passed=all_passed(checks),
                checks=checks,
                tokens=usage.tokens,
                seconds=round(seconds, 3),
                seed=options.seed,
                temperature=options.temperature,
            )
            candidates.append(candidate)
            yield Event("candidate", candidate.model_dump())
            if candidate.passed and all(c.text != text for _, c in passed):
                passed.append((_score(candidate, req), candidate))

        drafts: list[Draft] = []
        for _, candidate in sorted(passed, key=lambda p: -p[0])[: req.variants]:
            drafts.append(self._draft(candidate.text, "model", candidate.checks, req))
            yield Event("draft", drafts[-1].model_dump())
        index = 0
        while len(drafts) < req.variants:
            text = fallback_draft(
                kind=req.kind,
                platform=req.platform,
                tone=req.tone,
                facts=list(req.facts),
                audience=req.audience,
                call_to_action=req.call_to_action,
                disclosure=self.settings.disclosure,
                index=index,
                fits=lambda t: measure(t, req.platform)[0] <= self.limits.limit(req.platform),
            )
            index += 1
            if any(d.text == text for d in drafts) and index < 10:
                continue
            drafts.append(self._draft(text, "template", self.check(text, req, template), req))
            yield Event("draft", drafts[-1].model_dump())

        response = DraftResponse(
            id=uuid.uuid4().hex,
            drafts=drafts,
            model=self.backend.model_id,
            backend=self.backend.name,
            prompt=PromptRef(name=template.name, version=template.version),
            disclosure=self.settings.disclosure,
            timing_ms=int((time.monotonic() - started) * 1000),
            stats=Stats(
                candidates=len(candidates),
                candidates_passed=len(passed),
                drafts_from_model=sum(d.source == "model" for d in drafts),
                drafts_from_template=sum(d.source == "template" for d in drafts),
                tokens=total_tokens,
                tokens_per_s=round(total_tokens / generating_s, 2) if generating_s > 0 else None,
                first_token_ms=first_token_ms,
            ),
            candidates=candidates,
        )
        yield Event("done", response.model_dump())

    def _draft(
        self,
        text: str,
        source: Literal["model", "template"],
        checks: dict[str, CheckResult],
        req: DraftRequest,
    ) -> Draft:
        length = checks["length"].details
        return Draft(
            text=text,
            source=source,
            passed=all_passed(checks),
            checks=checks,
            length=LengthInfo(count=length["count"], limit=length["limit"], unit=length["unit"]),
        )


def _steered(result: CheckResult, times: int) -> CheckResult:
    """Grounding fails when decoding had to stop the model writing a number no fact has: the
    number it wrote instead is from the facts, but may be in the wrong place ("सुबह 14 बजे")."""
    issue = Issue(
        span="",
        start=0,
        end=0,
        category="steered",
        reason=f"the model tried to write a number that is in no fact ({times} times); "
        "decoding stopped it, so a figure here may be misplaced",
    )
    return CheckResult(passed=False, issues=[*result.issues, issue], details=result.details)


def _score(candidate: Candidate, req: DraftRequest) -> float:
    """Rank passing candidates: more of the facts' numbers covered, more Devanagari, then greedy."""
    grounding = candidate.checks["grounding"].details
    supported = float(grounding.get("supported", 0))
    share = float(candidate.checks["language"].details.get("devanagari_share", 0.0))
    return supported + share - 0.01 * candidate.index
