"""The answer pipeline shared by the server and the benchmarks:
question (+ context) → prompt → backend → extracted code → Dart check → one repair attempt → ``Answer``."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from flutr.backends.base import Backend, CancelToken, Generation, TokenCallback
from flutr.dart import find_syntax_errors
from flutr.extraction import extract_code
from flutr.prompting import (
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
    cache_size: int = 128


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

    @property
    def completion_tokens(self) -> int:
        return sum(g.completion_tokens for g in self.generations)


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

    def messages_for(self, question: str, context: str = "") -> list[Message]:
        retrieved = self._examples(question) if self._examples else ()
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
        generations: list[Generation] = []
        attempts = 0
        code, error = "", "empty answer"
        imports: tuple[str, ...] = ()
        while True:
            attempts += 1
            generation = self.backend.generate(
                self.prompt_for(messages),
                max_tokens=self.settings.max_tokens,
                stop=STOP_SEQUENCES,
                temperature=self.settings.temperature,
                on_token=on_token,
                cancel=cancel,
            )
            generations.append(generation)
            if generation.finish_reason == "cancelled":
                return Answer("", (), False, "cancelled", attempts, tuple(generations), cancelled=True)
            extracted = extract_code(generation.text)
            code, imports = extracted.code, extracted.imports
            errors = find_syntax_errors(code) if code.strip() else []
            if code.strip() and not errors:
                return Answer(code, imports, True, None, attempts, tuple(generations))
            error = errors[0].describe() if errors else "empty answer"
            # The error quotes the generated code, and that quotes the user's identifiers: DEBUG, not INFO.
            logger.info("attempt %d did not parse", attempts)
            logger.debug("attempt %d parse error: %s", attempts, error)
            if attempts >= 2 or not self.settings.repair_on_parse_error:
                break
            messages = repair_messages(messages, code, error)
        if not code.strip():
            return Answer("", (), False, "model produced no code", attempts, tuple(generations))
        # The code stays clean: `warning` says why it does not parse, and the editor side (flutr.edits.place)
        # never inserts code that would break the file.
        return Answer(code, imports, False, error, attempts, tuple(generations))


def _replace_cached(answer: Answer) -> Answer:
    from dataclasses import replace

    return replace(answer, cached=True)
