"""The answer pipeline shared by the server and the benchmarks:
question (+ context) → prompt → backend → extracted code → Dart check → one repair attempt → ``Answer``."""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from flutr.backends.base import Backend, CancelToken, Generation, TokenCallback
from flutr.dart import find_syntax_errors
from flutr.dart_api import rejecting_findings
from flutr.extraction import extract_code
from flutr.hardware import CpuSample, cpu_sample, others_busy_cores, physical_cores
from flutr.prompting import (
    CHECK_TEMPLATE,
    FIXED_EXAMPLES,
    STOP_SEQUENCES,
    Example,
    Message,
    build_messages,
    prompt_examples,
    render_prompt,
    repair_messages,
    stable_prefix,
)
from flutr.turkish import normalize_question

logger = logging.getLogger(__name__)

ExampleSource = Callable[[str], Sequence[Example]]


@dataclass(frozen=True)
class AnswerSettings:
    max_tokens: int = 384
    temperature: float = 0.0
    repair_on_parse_error: bool = True
    # Verify and select (benchmarks/results/api-check): "inside" — inside code, a middle that breaks the file or
    # calls an API that does not exist (flutr.dart_api.rejecting_findings) gets a second candidate
    # (flutr.in_place); "all" — also a standalone answer that does gets the repair retry, told what is wrong,
    # kept only when clean (read: no answer became right); "review" — inside code always two candidates, the one
    # the comment fits better kept (flutr.in_place, experiments/placement); "off".
    check_api: str = "inside"
    cache_size: int = 128
    time_budget: float = 0.0  # seconds per answer, every attempt together; 0 = no limit (see TimeBudget)
    fim_examples: bool = False  # fill-in-the-middle sees the retrieved examples as other files (flutr.infill)


@dataclass(frozen=True)
class Answer:
    code: str
    imports: tuple[str, ...]
    parses: bool
    warning: str | None
    attempts: int
    generations: tuple[Generation, ...] = field(default_factory=tuple)
    cached: bool = False
    cancelled: bool = False
    timed_out: bool = False  # stopped at the time budget; ``warning`` says so and why (slow_answer_warning)

    @property
    def completion_tokens(self) -> int:
        return sum(g.completion_tokens for g in self.generations)


class TimeBudget(CancelToken):
    """The time one answer may take: a cancel token that fires ``seconds`` after it is made (never when
    ``seconds`` is 0), or when ``outer`` (the caller's cancel) fires. The backends check it between tokens, so a
    generation stops at the budget with the text so far."""

    def __init__(self, seconds: float, outer: CancelToken | None = None) -> None:
        super().__init__()
        self.seconds = seconds
        self._outer = outer
        self._started = time.monotonic()
        self._end = self._started + seconds if seconds > 0 else math.inf
        self._load: CpuSample | None = cpu_sample()

    @property
    def cancelled(self) -> bool:
        return super().cancelled or self.caller_cancelled or self.expired

    @property
    def caller_cancelled(self) -> bool:
        return self._outer is not None and self._outer.cancelled

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._end

    def left(self) -> float:
        return self._end - time.monotonic()

    def others_busy(self) -> float | None:
        """Cores other processes kept busy since the budget started (None where it cannot be measured)."""
        now = cpu_sample()
        return None if now is None or self._load is None else others_busy_cores(self._load, now)

    def allows_another(self, previous: Generation) -> bool:
        """Whether a further attempt fits: it takes about as long as ``previous`` did."""
        return self.left() >= previous.total_time


def slow_answer_warning(budget: TimeBudget, generations: Sequence[Generation], *, offered: bool) -> str:
    """Why the answer stopped at the budget, in Turkish and English: the speed measured and what slowed it."""
    tokens = sum(g.completion_tokens for g in generations)
    seconds = sum(g.total_time for g in generations)
    speed = tokens / seconds if seconds > 0 else 0.0
    others, cores = budget.others_busy(), physical_cores()
    if others is not None and others >= 0.5:
        why_tr = f"diğer işlemler {cores} çekirdeğin {others:.1f} kadarını meşgul ediyor"
        why_en = f"other processes keep {others:.1f} of {cores} cores busy"
    else:
        why_tr = "işlemci boşta; model bu makine için yavaş"
        why_en = "the CPU is free: the model is slow for this machine"
    kept_tr = "tamamlanan kod eklendi" if offered else "kod eklenmedi"
    kept_en = "the complete code so far is offered" if offered else "no code offered"
    return (
        f"model yavaş — yanıt {budget.seconds:g} sn sınırında durduruldu ({speed:.0f} token/sn; {why_tr}); "
        f"{kept_tr} (ayar: timeBudget) / the model is slow: the answer was stopped at its {budget.seconds:g} s "
        f"limit ({speed:.0f} tokens/s; {why_en}); {kept_en} (setting: timeBudget)"
    )


class Answerer:
    """Thread-safe; one backend, an LRU answer cache keyed by the normalised question and context."""

    def __init__(
        self,
        backend: Backend,
        settings: AnswerSettings | None = None,
        *,
        examples: ExampleSource | None = None,
        fixed_examples: Sequence[Example] = FIXED_EXAMPLES,
    ) -> None:
        self.backend = backend
        self.settings = settings or AnswerSettings()
        self._examples = examples
        self._fixed = tuple(fixed_examples)
        self._cache: OrderedDict[str, Answer] = OrderedDict()
        self._cache_lock = threading.Lock()

    def retrieved(self, question: str) -> list[Example]:
        """The retrieved examples for ``question`` (none without an example source), closest last."""
        return list(self._examples(question)) if self._examples else []

    def messages_for(self, question: str, context: str = "") -> list[Message]:
        retrieved = self.retrieved(question)
        return build_messages(question, context=context, examples=prompt_examples(retrieved, self._fixed))

    def prompt_for(self, messages: Sequence[Message]) -> str:
        return render_prompt(messages, self.backend.chat_template)

    def stable_prefix(self) -> str:
        """The prompt part shared by every request (system + fixed examples): warmed up at start."""
        return stable_prefix(self.backend.chat_template, self._fixed)

    def _key(self, question: str, context: str) -> str:
        raw = f"{normalize_question(question)}\x00{context.strip()}\x00{self.settings}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def remembered(self, key: str) -> Answer | None:
        """The cached answer under ``key`` (marked ``cached``), or None. The one answer cache of the pipeline:
        standalone answers are keyed by question and context, in-place ones (:mod:`flutr.in_place`) by prompt."""
        with self._cache_lock:
            answer = self._cache.get(key)
            if answer is not None:
                self._cache.move_to_end(key)
        return None if answer is None else _replace_cached(answer)

    def remember(self, key: str, answer: Answer) -> None:
        """Keep ``answer`` under ``key`` (not a cancelled or empty one), dropping the least recently used."""
        if answer.cancelled or not answer.code:
            return
        with self._cache_lock:
            self._cache[key] = answer
            while len(self._cache) > self.settings.cache_size:
                self._cache.popitem(last=False)

    def cached(self, question: str, context: str = "") -> Answer | None:
        return self.remembered(self._key(question, context))

    def prefill(self, question: str, context: str = "", cancel: CancelToken | None = None) -> bool:
        """Evaluate the prompt for ``question`` ahead of time (nothing when its answer is cached); the answer that
        follows then starts without prompt processing. False when cancelled."""
        if self.cached(question, context) is not None:
            return True
        return self.backend.prefill(self.prompt_for(self.messages_for(question, context)), cancel)

    def answer(
        self,
        question: str,
        context: str = "",
        *,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
        use_cache: bool = True,
    ) -> Answer:
        key = self._key(question, context)
        if use_cache:
            hit = self.remembered(key)
            if hit is not None:
                return hit
        answer = self._generate(question, context, on_token, cancel)
        if use_cache:
            self.remember(key, answer)
        return answer

    def _generate(
        self, question: str, context: str, on_token: TokenCallback | None, cancel: CancelToken | None
    ) -> Answer:
        messages = self.messages_for(question, context)
        budget = TimeBudget(self.settings.time_budget, cancel)
        generations: list[Generation] = []
        code, error = "", "empty answer"
        imports: tuple[str, ...] = ()
        parsed: Answer | None = None  # a first attempt that parsed but failed the API check: kept as the fallback
        while True:
            attempt = len(generations) + 1
            generation = self.backend.generate(
                self.prompt_for(messages),
                max_tokens=self.settings.max_tokens,
                stop=STOP_SEQUENCES,
                temperature=self.settings.temperature,
                on_token=on_token,
                cancel=budget,
            )
            generations.append(generation)
            timed_out = generation.finish_reason == "cancelled" and not budget.caller_cancelled
            if generation.finish_reason == "cancelled" and not timed_out:
                return Answer("", (), False, "cancelled", attempt, tuple(generations), cancelled=True)
            extracted = extract_code(generation.text)
            code, imports = extracted.code, extracted.imports
            errors = find_syntax_errors(code) if code.strip() else []
            if code.strip() and not errors:
                if timed_out:  # cut at the budget, yet complete: offered, and the user hears why it stopped
                    warning = slow_answer_warning(budget, generations, offered=True)
                    return Answer(code, imports, True, warning, attempt, tuple(generations), timed_out=True)
                answer = Answer(code, imports, True, None, attempt, tuple(generations))
                if parsed is not None:  # the API retry: kept only when clean, else the first attempt stands
                    return with_generations(parsed, generations) if self._api_problems(code) else answer
                problems = self._api_problems(code) if attempt == 1 and not context.strip() else []
                if not problems:
                    return answer
                parsed = answer
                if not budget.allows_another(generation):
                    logger.info("no API retry: %.1f s of the budget left", budget.left())
                    return parsed
                logger.info("attempt %d parses but fails the API check (%d findings): retrying", attempt, len(problems))
                messages = repair_messages(messages, code, "; ".join(problems[:3]), CHECK_TEMPLATE)
                continue
            if parsed is not None:  # the API retry did not parse: the first attempt stands
                return with_generations(parsed, generations)
            if timed_out:
                logger.info("attempt %d stopped at the %g s budget", attempt, budget.seconds)
                warning = slow_answer_warning(budget, generations, offered=False)
                return Answer("", (), False, warning, attempt, tuple(generations), timed_out=True)
            error = errors[0].describe() if errors else "empty answer"
            # The error quotes the generated code, and that quotes the user's identifiers: DEBUG, not INFO.
            logger.info("attempt %d did not parse", attempt)
            logger.debug("attempt %d parse error: %s", attempt, error)
            if attempt >= 2 or not self.settings.repair_on_parse_error:
                break
            if not budget.allows_another(generation):
                logger.info("no repair: %.1f s of the budget left", budget.left())
                break
            messages = repair_messages(messages, code, error)
        if not code.strip():
            return Answer("", (), False, "model produced no code", len(generations), tuple(generations))
        # The code stays clean: `warning` says why it does not parse, and the editor side (flutr.edits.place)
        # never inserts code that would break the file.
        return Answer(code, imports, False, error, len(generations), tuple(generations))

    def _api_problems(self, code: str) -> list[str]:
        """What the API check finds wrong with code that parses (empty when the check is off). Only for a question
        asked without file context: with it, the code may use the file's own names, which the check does not see."""
        if self.settings.check_api != "all":
            return []
        return [f.describe() for f in rejecting_findings(code)]


def with_generations(answer: Answer, generations: Sequence[Generation]) -> Answer:
    """``answer`` as the outcome of all of ``generations`` (an earlier attempt kept after a later one)."""
    from dataclasses import replace

    return replace(answer, attempts=len(generations), generations=tuple(generations))


def _replace_cached(answer: Answer) -> Answer:
    from dataclasses import replace

    return replace(answer, cached=True)
