"""request -> prompt -> model candidates -> checks on each -> the best drafts, or fallbacks.

:meth:`DraftPipeline.run` yields events as they happen; the SSE endpoint forwards them and the
JSON endpoint keeps only the last one. One code path serves both.

A backend writes whole posts, or (the embedded model, tuned for it) the headline of a post that
:mod:`service.compose` lays out around the facts. Either way the template fallback is the
composer with a phrasebook headline.
"""

from __future__ import annotations

import itertools
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Literal, NamedTuple

import regex

from evaluation.checks import CheckContext, all_passed, check, measure
from evaluation.register import carries_tone
from evaluation.result import CheckResult, Issue
from models.base import (
    GenerationCancelled,
    GenerationOptions,
    ModelBackend,
    PromptTooLong,
    Usage,
    stream_many,
)
from models.constraints import DecodeConstraints, allowed_numbers, for_platform
from models.lines import LineSpec
from models.slots import SlotSpec, misplaced_numbers
from prompts import PromptLibrary, PromptTemplate
from prompts.phrasebook import get_phrasebook
from service.checking import check_context, limits_from
from service.compose import Plan, Request, compose, may_congratulate, poster_text
from service.config import Settings
from service.schemas import (
    Candidate,
    Draft,
    DraftRequest,
    DraftResponse,
    LengthInfo,
    PosterText,
    PromptRef,
    Stats,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    """``name`` is one of: prompt, token, candidate, draft, done."""

    name: str
    data: dict[str, Any]


class DraftPipeline:
    def __init__(self, backend: ModelBackend, prompts: PromptLibrary, settings: Settings) -> None:
        self.backend = backend
        self.prompts = prompts
        self.settings = settings
        self.limits = limits_from(settings)
        # A tuned model learnt its task from prompts without few-shot examples.
        self.few_shot = backend.few_shot
        self.compose_mode = draft_mode(settings, backend) == "compose"
        # In compose mode the first draft can be the composer's own (a phrasebook headline):
        # the model's headlines then fill the other variants.
        self.lead_from_phrasebook = int(self.compose_mode and settings.first_draft == "phrasebook")

    def sources(self, req: DraftRequest) -> list[str]:
        # Everything the user typed may be stated; nothing else may.
        return list(self.context(req).sources)

    def context(self, req: DraftRequest) -> CheckContext:
        return check_context(self.settings, self.prompts, req)

    def check(
        self, text: str, req: DraftRequest, template: PromptTemplate | None = None
    ) -> dict[str, CheckResult]:
        """The verdict ``POST /v1/checks`` gives the same text for the same request (whichever
        prompt made it: the checks read every prompt's scaffolding)."""
        return check(text, self.context(req))

    def with_disclosure(self, body: str, platform: str) -> str:
        return f"{body.strip()}\n\n{self.settings.disclosure_for(platform)}"

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
        if self.compose_mode:
            return self._run_compose(req, cancel)
        return self._run_posts(req, cancel)

    def _run_posts(self, req: DraftRequest, cancel: threading.Event | None) -> Iterator[Event]:
        """The model writes whole posts; the checks pick the drafts."""
        run = _Run(self.settings.generation_timeout_s)
        template = self.prompts.get(req.kind)
        prompt = template.render(req.model_dump(), few_shot=self.few_shot)
        yield Event("prompt", {"name": template.name, "version": template.version, "text": prompt})

        candidates: list[Candidate] = []
        passed: list[tuple[float, Candidate]] = []
        with run.until_out_of_time(cancel):
            for index, options in enumerate(self.candidate_options(req, template)):
                if len(passed) >= req.variants:
                    break
                c = options.constraints
                if c is not None and c.lines is not None and candidates:
                    # Closed lines make a sampled candidate the greedy one again: open
                    # differently.
                    earlier = tuple(
                        x.text.removesuffix(self.settings.disclosure_for(req.platform))
                        for x in candidates
                    )
                    options = replace(
                        options, constraints=replace(c, lines=replace(c.lines, earlier=earlier))
                    )
                written, usage, seconds = yield from run.generate(
                    self.backend, prompt, options, index, cancel
                )
                text = self.with_disclosure(written, req.platform)
                checks = self.check(text, req, template)
                if usage.steered:
                    checks["grounding"] = _steered(checks["grounding"], usage.steered)
                candidate = _candidate(index, text, checks, usage, seconds, options)
                candidates.append(candidate)
                yield Event("candidate", candidate.model_dump())
                if candidate.passed and all(c.text != text for _, c in passed):
                    passed.append((_score(candidate, req), candidate))

        chosen = [c for _, c in sorted(passed, key=lambda p: -p[0])[: req.variants]]
        yield from self._finish(req, template, run, candidates, chosen)

    def _run_compose(self, req: DraftRequest, cancel: threading.Event | None) -> Iterator[Event]:
        """The model writes headlines; each becomes a post laid out around the facts."""
        run = _Run(self.settings.generation_timeout_s)
        template = self.prompts.get("headline")
        prompt = template.render(req.model_dump(), few_shot=self.few_shot)
        yield Event("prompt", {"name": template.name, "version": template.version, "text": prompt})
        request = _compose_request(req)

        # The composer's own draft needs no model: it goes out before the model starts.
        drafts: list[Draft] = []
        for draft in self._templates(req, template, drafts, upto=self.lead_from_phrasebook):
            draft.lead = True
            drafts.append(draft)
            yield Event("draft", draft.model_dump())

        candidates: list[Candidate] = []
        passed: list[tuple[float, Candidate]] = []
        plans: dict[int, Plan] = {}  # by candidate index, for the poster's words
        wanted = req.variants - self.lead_from_phrasebook
        options_list = self.headline_options(req, template) if wanted > 0 else []
        with run.until_out_of_time(cancel):
            for item in run.generate_many(self.backend, prompt, options_list, cancel):
                if isinstance(item, Event):
                    yield item
                    continue
                index, written, usage, seconds = item
                options = options_list[index]
                headline = clean_headline(written)
                text, plans[index] = compose(
                    request,
                    headline=headline or "",
                    disclosure=self.settings.disclosure_for(req.platform),
                    fits=self._fits(req),
                    variant=len(passed),
                )
                checks = self.check(text, req, template)
                _judge_headline(checks, text, headline, written, req, usage)
                candidate = _candidate(index, text, checks, usage, seconds, options, headline)
                candidates.append(candidate)
                yield Event("candidate", candidate.model_dump())
                if candidate.passed and all(c.headline != headline for _, c in passed):
                    passed.append((headline_score(headline, req, index, usage), candidate))

        chosen = [c for _, c in sorted(passed, key=lambda p: -p[0])[:wanted]]
        yield from self._finish(req, template, run, candidates, chosen, drafts, plans)

    def headline_options(
        self, req: DraftRequest, template: PromptTemplate
    ) -> list[GenerationOptions]:
        """Headlines are short, so every candidate is written and the best ones are kept: the
        first greedy, the rest sampled, seeded from the request."""
        wanted = req.variants - self.lead_from_phrasebook
        count = min(wanted + self.settings.extra_headlines, self.settings.max_candidates)
        gen = template.meta.generation
        base_seed = req.seed if req.seed is not None else random.SystemRandom().randrange(2**31)
        temperature = gen.temperature if gen.temperature is not None else self.settings.temperature
        constraints = DecodeConstraints(
            numbers=allowed_numbers(self.sources(req)),
            hashtags=False,
            slot=SlotSpec(tuple(self.sources(req)), get_phrasebook().common_words),
        )
        return [
            GenerationOptions(
                max_new_tokens=gen.max_new_tokens or 40,
                temperature=0.0 if i == 0 else temperature,
                seed=None if i == 0 else base_seed + i,
                stop=tuple(gen.stop),
                repetition_penalty=self.settings.repetition_penalty,
                constraints=constraints if self.settings.decode_constraints else None,
            )
            for i in range(count)
        ]

    def _fits(self, req: DraftRequest) -> Callable[[str], bool]:
        limit = self.limits.limit(req.platform)
        return lambda text: measure(text, req.platform)[0] <= limit

    def _templates(
        self, req: DraftRequest, template: PromptTemplate, drafts: list[Draft], upto: int
    ) -> Iterator[Draft]:
        """Template drafts, the composer with phrasebook headlines, until there are ``upto``
        drafts: the lead, or the places the model's drafts did not fill."""
        request = _compose_request(req)
        texts = {d.text for d in drafts}
        # The caller appends each draft to ``drafts`` before asking for the next.
        for variant in range(10):
            if len(drafts) >= upto:
                return
            text, plan = compose(
                request,
                headline=None,
                disclosure=self.settings.disclosure_for(req.platform),
                fits=self._fits(req),
                variant=variant,
            )
            if text in texts:
                continue
            texts.add(text)
            yield self._draft(text, "template", self.check(text, req, template), req, plan)

    def _finish(
        self,
        req: DraftRequest,
        template: PromptTemplate,
        run: _Run,
        candidates: list[Candidate],
        chosen: list[Candidate],
        lead: Sequence[Draft] = (),
        plans: dict[int, Plan] | None = None,
    ) -> Iterator[Event]:
        """The drafts in order: ``lead`` (already sent: the composer's own draft when it leads,
        see ``Settings.first_draft``), the model's, then template drafts for the places left."""
        drafts = list(lead)
        for candidate in chosen:
            plan = (plans or {}).get(candidate.index)
            drafts.append(self._draft(candidate.text, "model", candidate.checks, req, plan))
            drafts[-1].model_wrote = "headline" if self.compose_mode else "post"
            yield Event("draft", drafts[-1].model_dump())
        for draft in self._templates(req, template, drafts, upto=req.variants):
            drafts.append(draft)
            yield Event("draft", draft.model_dump())
        response = DraftResponse(
            id=uuid.uuid4().hex,
            drafts=drafts,
            model=self.backend.model_id,
            backend=self.backend.name,
            prompt=PromptRef(name=template.name, version=template.version),
            disclosure=self.settings.disclosure_for(req.platform),
            timing_ms=int((time.monotonic() - run.started) * 1000),
            stats=Stats(
                candidates=len(candidates),
                candidates_passed=sum(c.passed for c in candidates),
                drafts_from_model=sum(d.source == "model" for d in drafts),
                drafts_from_template=sum(d.source == "template" for d in drafts),
                first_from_phrasebook=bool(lead),
                timed_out=run.timed_out,
                prompt_too_long=run.too_long,
                cancelled=run.cancelled,
                tokens=run.tokens,
                tokens_per_s=round(run.tokens / run.generating_s, 2)
                if run.generating_s > 0
                else None,
                first_token_ms=run.first_token_ms,
            ),
            # In their order, however they ended (candidates decoded together end unordered).
            candidates=sorted(candidates, key=lambda c: c.index),
        )
        yield Event("done", response.model_dump())

    def _draft(
        self,
        text: str,
        source: Literal["model", "template"],
        checks: dict[str, CheckResult],
        req: DraftRequest,
        plan: Plan | None = None,
    ) -> Draft:
        length = checks["length"].details
        words = poster_text(plan) if plan is not None else None
        return Draft(
            text=text,
            source=source,
            passed=all_passed(checks),
            checks=checks,
            length=LengthInfo(count=length["count"], limit=length["limit"], unit=length["unit"]),
            poster=PosterText(title=words.title, lines=list(words.lines), cta=words.cta)
            if words is not None
            else None,
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


class _OutOfTime(GenerationCancelled):
    """The request's time limit passed: the drafts that passed so far still go out."""


class _Run:
    """The clock and counters of one request's generation."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.started = time.monotonic()
        self.deadline = self.started + timeout_s
        self.first_token_ms: int | None = None
        self.tokens = 0
        self.generating_s = 0.0
        self.timed_out = False
        self.cancelled = False
        self.too_long = False

    @contextmanager
    def until_out_of_time(self, cancel: threading.Event | None) -> Iterator[None]:
        """Stop writing candidates when the time limit passes or the client leaves, keeping
        those already checked: the drafts that passed are returned and stored. A shutdown
        (``cancel.shutdown``, see service.worker.Cancel) ends the request at once. A prompt
        too long for the model's context leaves the drafts to the composer."""
        try:
            yield
        except _OutOfTime:
            self.timed_out = True
        except PromptTooLong as exc:
            log.warning("drafting without the model: %s", exc)
            self.too_long = True
        except GenerationCancelled:
            if getattr(cancel, "shutdown", False):
                raise
            self.cancelled = True

    def generate(
        self,
        backend: ModelBackend,
        prompt: str,
        options: GenerationOptions,
        index: int,
        cancel: threading.Event | None,
    ) -> Generator[Event, None, tuple[str, Usage, float]]:
        """Stream one candidate as ``token`` events; return (its text, usage, seconds)."""
        written = None
        for item in self.generate_many(backend, prompt, [options], cancel):
            if isinstance(item, Written):
                written = item
            else:
                yield Event("token", {**item.data, "candidate": index})
        assert written is not None  # a stream that ends says so; one cut short raised
        return written.text, written.usage, written.seconds

    def generate_many(
        self,
        backend: ModelBackend,
        prompt: str,
        options: Sequence[GenerationOptions],
        cancel: threading.Event | None,
    ) -> Iterator[Event | Written]:
        """Every candidate decoded together where the backend can (``stream_many``): their
        tokens as ``token`` events, and each candidate, once it ends, as a :class:`Written`, so
        it is checked while the others are still writing."""
        usages = [Usage() for _ in options]
        options = [
            replace(one, deadline=self.deadline, usage=usage)
            for one, usage in zip(options, usages, strict=True)
        ]
        t0 = time.monotonic()
        pieces: list[list[str]] = [[] for _ in options]
        with closing(stream_many(backend, prompt, options)) as stream:
            for index, piece in stream:
                if cancel is not None and cancel.is_set():
                    raise GenerationCancelled("generation was cancelled")
                if time.monotonic() > self.deadline:
                    break  # a candidate cut short is not checked
                if piece is None:
                    seconds = time.monotonic() - t0
                    self.tokens += usages[index].tokens
                    yield Written(index, "".join(pieces[index]), usages[index], seconds)
                else:
                    if self.first_token_ms is None:
                        self.first_token_ms = int((time.monotonic() - self.started) * 1000)
                    pieces[index].append(piece)
                    yield Event("token", {"candidate": index, "text": piece})
        self.generating_s += time.monotonic() - t0
        if time.monotonic() > self.deadline:
            raise _OutOfTime(f"generation ran over {self.timeout_s:g} s")


class Written(NamedTuple):
    """A candidate the model has finished: its index, text, usage, and seconds since the batch
    started."""

    candidate: int
    text: str
    usage: Usage
    seconds: float


def draft_mode(settings: Settings, backend: ModelBackend) -> Literal["compose", "whole"]:
    """Whether the model writes headlines for the composer, or whole posts."""
    if settings.draft_mode != "auto":
        return settings.draft_mode
    return "compose" if getattr(backend, "writes", "posts") == "headlines" else "whole"


def _compose_request(req: DraftRequest) -> Request:
    return Request(
        kind=req.kind,
        platform=req.platform,
        tone=req.tone,
        facts=tuple(req.facts),
        audience=req.audience,
        call_to_action=req.call_to_action,
    )


def _candidate(
    index: int,
    text: str,
    checks: dict[str, CheckResult],
    usage: Usage,
    seconds: float,
    options: GenerationOptions,
    headline: str | None = None,
) -> Candidate:
    return Candidate(
        index=index,
        text=text,
        passed=all_passed(checks),
        checks=checks,
        tokens=usage.tokens,
        seconds=round(seconds, 3),
        seed=options.seed,
        temperature=options.temperature,
        headline=headline,
        mean_logprob=usage.mean_logprob,
    )


_HEADLINE_MARKS = regex.compile(r"[*_~#]|[\p{Extended_Pictographic}\uFE0F\u200D]")


def clean_headline(written: str) -> str:
    """The model's headline as one plain line: no markup, emoji or closing full stop."""
    line = next((part for part in written.splitlines() if part.strip()), "")
    line = " ".join(_HEADLINE_MARKS.sub("", line).split()).strip(" -–—:,")
    return line.removesuffix("।").strip()


_HEADLINE_WORD = regex.compile(r"[\p{L}\p{M}]+")


# Below this mean log-probability (the model's own, before the rules masked it) a headline has
# been pushed off the model's path and reads garbled: on the dev split most of those under
# -0.6 did ("गर्व 3: रात में पुलिस गश्त बढ़ाई", "प्रिय प्रेम नगरियों").
FLUENCY_FLOOR = -0.6
# The share of a headline's words that must stand in a phrase of two or more words as a fact
# has it (a greeting need not): on the dev split the headlines under it were where meanings
# turned ("बांदा में लोक अदालत, 13 सितंबर: पहले फ़ीस वापस").
LIFTED_SHARE = 0.5
_GREETING_WORDS = regex.compile(r"शुभकामना|बधाई|मुबारक|नमन|श्रद्धांजलि")
_CONGRATULATES = regex.compile(r"बधाई|मुबारक")


def headline_score(headline: str, req: DraftRequest, index: int, usage: Usage) -> float:
    """Rank passing headlines: the one the model finds most natural, a little ahead if it names
    what the post is about (the request's own words), a greeting post's ahead if it greets,
    shorter before longer, then the greedy one first."""
    own = {w for s in (*req.facts, req.audience or "") for w in _HEADLINE_WORD.findall(s)}
    words = _HEADLINE_WORD.findall(headline)
    named = min(2, sum(1 for w in set(words) if w in own and len(w) > 2))
    greets = req.kind == "greeting" and bool(_GREETING_WORDS.search(headline))
    # A greeting post leads with its greeting: the safest headline it can have.
    fluency = usage.mean_logprob if usage.mean_logprob is not None else 0.0
    lifted = extractive_share(headline, req.facts)
    length = max(0, len(words) - 8)
    return fluency + 0.05 * named + 0.5 * greets + 0.3 * lifted - 0.02 * length - 0.001 * index


def extractive_share(headline: str, facts: Sequence[str]) -> float:
    """The share of the headline's words that stand in a run of two or more words as some fact
    has them: phrases lifted whole keep their meaning, words recombined may not ("विद्यार्थियों
    के विरुद्ध शपथ")."""
    words = _HEADLINE_WORD.findall(headline)
    if not words:
        return 0.0
    pairs = {pair for fact in facts for pair in itertools.pairwise(_HEADLINE_WORD.findall(fact))}
    kept = [
        (i > 0 and (words[i - 1], w) in pairs)
        or (i + 1 < len(words) and (w, words[i + 1]) in pairs)
        for i, w in enumerate(words)
    ]
    return sum(kept) / len(words)


def _judge_headline(
    checks: dict[str, CheckResult],
    text: str,
    headline: str,
    written: str,
    req: DraftRequest,
    usage: Usage,
) -> None:
    """What the post's checks cannot see in its headline: none written, a number beside words
    the facts tie to another number, or a line the model itself found unlikely."""
    if not headline:
        checks["format"] = _failed(
            checks["format"], "no_headline", f"the model wrote no usable headline ({written!r})"
        )
        return
    sources = [*req.facts, *(s for s in (req.audience, req.call_to_action) if s)]
    for number in misplaced_numbers(headline, sources):
        checks["grounding"] = _failed(
            checks["grounding"],
            "misplaced",
            f"the headline puts {number} beside words the facts tie to another figure",
            span=number,
            at=text.find(number),
        )
    if usage.mean_logprob is not None and usage.mean_logprob < FLUENCY_FLOOR:
        checks["format"] = _failed(
            checks["format"],
            "unlikely",
            f"the model found its own headline unlikely (mean log-probability "
            f"{usage.mean_logprob}): it is likely garbled",
        )
    words = [w for w in _HEADLINE_WORD.findall(headline) if len(w) > 2]
    twice = next((w for i, w in enumerate(words) if w in words[:i]), None)
    if twice is not None:
        checks["format"] = _failed(
            checks["format"],
            "repetition",
            f"the headline says '{twice}' twice",
            span=twice,
            at=text.find(twice, text.find(twice) + len(twice)),
        )
    if _CONGRATULATES.search(headline) and not may_congratulate(_compose_request(req)):
        checks["fit"] = _failed(
            checks["fit"],
            "unsupported_claim",
            "the headline congratulates, and no fact says what on",
            span=headline,
            at=text.find(headline),
        )
    greets = bool(_GREETING_WORDS.search(headline))
    share = extractive_share(headline, req.facts)
    if not greets and share < LIFTED_SHARE:
        checks["grounding"] = _failed(
            checks["grounding"],
            "recombined",
            f"only {share:.0%} of the headline's words stand in a phrase the facts have (half "
            "must): words put together anew can say what no fact says",
            span=headline,
            at=text.find(headline),
        )


def _failed(
    result: CheckResult, category: str, reason: str, *, span: str = "", at: int = 0
) -> CheckResult:
    end = at + len(span) if span else 0
    issue = Issue(span=span, start=at if span else 0, end=end, category=category, reason=reason)
    return CheckResult(passed=False, issues=[*result.issues, issue], details=result.details)
