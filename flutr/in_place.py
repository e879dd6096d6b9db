"""Answers for a comment where it stands: three ways to ask the model for the code under the comment.

- ``standalone`` — the comment as a standalone question with a few lines of file context (the server's answer
  until the position was known);
- ``instruct`` — the same chat prompt plus a note that says where the code goes and which names are in scope
  (:func:`flutr.position.position_note`); if the file with the answer does not parse, one repair turn quotes the
  error;
- ``fim`` — fill-in-the-middle: the file before and after the comment (:mod:`flutr.infill`).

Each returns an :class:`~flutr.answering.Answer` whose ``parses`` says whether the *file* parses with the code
under the comment; :func:`flutr.edits.place` still decides what is offered.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from flutr.answering import Answer, Answerer, TimeBudget, slow_answer_warning, with_generations
from flutr.backends.base import CancelToken, ContinuationScorer, Generation, TokenCallback
from flutr.comments import CommentBlock
from flutr.context import file_context
from flutr.doubts import check_doubts
from flutr.edits import file_problem, reindent, with_code
from flutr.extraction import extract_code
from flutr.infill import (
    FIM_END,
    FIM_MIDDLE,
    FIM_PREFIX,
    FIM_SUFFIX,
    INFILL_STOPS,
    InfillPrompt,
    MiddleStop,
    infill_prompt,
    review_prompt,
)
from flutr.position import Position, position_note, position_of
from flutr.prompting import (
    FIXED_EXAMPLES,
    STOP_SEQUENCES,
    Example,
    Message,
    TrainingText,
    format_training_example,
    format_user_message,
    repair_messages,
)
from flutr.stated_values import left_out

logger = logging.getLogger(__name__)

Mechanism = Literal["standalone", "instruct", "fim"]
MECHANISMS: tuple[Mechanism, ...] = ("standalone", "instruct", "fim")
PLACEMENTS = ("auto", *MECHANISMS)
# ``auto``: where the comment stands inside code, fill-in-the-middle (benchmarks/results/in-context); at top level
# the standalone question, the prompt the models were trained and measured on.
AUTO_INSIDE_CODE: Mechanism = "fim"
FIM_MAX_TOKENS = 256  # a middle is a few lines; the cut rules usually end it far sooner
INSIDE_CODE_MAX_TOKENS = 192  # statements, a member, an element: never a page of code


class _StopOrCancel(CancelToken):
    """Stops a generation when the middle is complete or the caller cancels."""

    def __init__(self, stop: MiddleStop, outer: CancelToken | None) -> None:
        super().__init__()
        self._stop = stop
        self._outer = outer

    @property
    def cancelled(self) -> bool:
        return self._stop.done or (self._outer is not None and self._outer.cancelled)


def answer_in_place(
    answerer: Answerer,
    source: str,
    block: CommentBlock,
    mechanism: Mechanism,
    *,
    position: Position | None = None,
    context_lines: int = 6,
    on_token: TokenCallback | None = None,
    cancel: CancelToken | None = None,
) -> Answer:
    position = position or position_of(source, block)
    if mechanism == "standalone":
        answer = answerer.answer(
            block.text, file_context(source, block, window_lines=context_lines), on_token=on_token, cancel=cancel
        )
        return _with_file_check(answer, source, block)
    if mechanism == "fim":
        return _fim(answerer, source, block, position, on_token, cancel)
    return _instruct(answerer, source, block, position, context_lines, on_token, cancel)


def served_infill_prompt(
    answerer: Answerer, source: str, block: CommentBlock, position: Position, *, examples: bool | None = None
) -> InfillPrompt:
    """The FIM prompt the server sends for ``block``: with the retrieved examples for the comment as other files
    of the project when ``examples`` (by default the answerer's ``fim_examples`` setting) is on."""
    shown = answerer.settings.fim_examples if examples is None else examples
    retrieved = answerer.retrieved(block.text) if shown else []
    return infill_prompt(source, block, position=position.kind, examples=retrieved)


def _with_file_check(answer: Answer, source: str, block: CommentBlock) -> Answer:
    from dataclasses import replace

    if answer.cancelled or not answer.code.strip():
        return answer
    problem = file_problem(source, block, answer.code)
    return replace(answer, parses=problem is None, warning=problem)


def _fim(
    answerer: Answerer,
    source: str,
    block: CommentBlock,
    position: Position,
    on_token: TokenCallback | None,
    cancel: CancelToken | None,
) -> Answer:
    """Fill in the middle; with ``check_api`` on, a middle that breaks the file, calls what does not exist or
    leaves out a number or quoted text the comment states is followed by a second candidate with the retrieved
    examples toggled, kept by :func:`kept_candidate` (verify and select: experiments/select,
    experiments/stated-values). With ``review`` (and a local model) the second candidate is always made, and of
    two that the rules do not tell apart, the one the comment fits better is kept (experiments/placement)."""
    budget = TimeBudget(answerer.settings.time_budget, cancel)
    first = fim_candidate(
        answerer, source, block, served_infill_prompt(answerer, source, block, position), on_token, budget
    )
    if first.cancelled or first.timed_out or answerer.settings.check_api == "off":
        return first
    backend = answerer.backend
    scorer = backend if answerer.settings.check_api == "review" and isinstance(backend, ContinuationScorer) else None
    if (not wants_second(first, source, block) and scorer is None) or not budget.allows_another(first.generations[-1]):
        return first
    toggled = served_infill_prompt(answerer, source, block, position, examples=not answerer.settings.fim_examples)
    second = fim_candidate(answerer, source, block, toggled, on_token, budget)
    if second.cancelled:
        return second
    generations = first.generations + second.generations
    if second.timed_out:
        return with_generations(first, generations)
    kept = kept_candidate(first, second, source, block)
    if kept is None:
        kept = first if scorer is None else _fits_comment_better(scorer, source, block, first, second, budget)
    return with_generations(kept, generations)


def wants_second(first: Answer, source: str, block: CommentBlock) -> bool:
    """Whether a first middle calls for a second candidate: it fails the checks (:func:`rejected_in_file`) or
    leaves out a number or quoted text the comment states (:func:`flutr.stated_values.left_out`)."""
    return rejected_in_file(first, source, block) or bool(left_out(first.code, block.text))


def kept_candidate(first: Answer, second: Answer, source: str, block: CommentBlock) -> Answer | None:
    """Which of two middles is offered: one that passes the checks over one that does not (when both fail, the first
    unless only the second fits the file), then one that has every value the comment states over one that leaves
    some out; ``None`` when the two differ and neither is better by these rules (the first is kept, or with
    ``review`` the one the comment fits)."""
    if rejected_in_file(second, source, block):
        # both doubted: one that fits the file (offered with its doubts) over one that does not (a comment block)
        return second if _fits(second) and not _fits(first) else first
    if rejected_in_file(first, source, block) or second.code == first.code:
        return second
    first_gap, second_gap = left_out(first.code, block.text), left_out(second.code, block.text)
    if bool(first_gap) != bool(second_gap):
        return second if first_gap else first
    return None


def _fits_comment_better(
    scorer: ContinuationScorer, source: str, block: CommentBlock, first: Answer, second: Answer, budget: TimeBudget
) -> Answer:
    """Of two candidates that pass the checks, the one under which the model finds the comment more likely
    (``flutr.infill.review_prompt``; ``checkApi: review``, experiments/placement); the first when the scoring is
    cancelled."""
    scores = []
    for candidate in (first, second):
        changed, _ = with_code(source, block, candidate.code)
        score = scorer.continuation_logprob(*review_prompt(changed, block), cancel=budget)
        if score is None:
            return first
        scores.append(score)
    logger.info("review: the comment after the first candidate %.1f, after the second %.1f", *scores)
    return second if scores[1] > scores[0] else first


def _fits(answer: Answer) -> bool:
    return bool(answer.code.strip()) and answer.parses


def rejected_in_file(answer: Answer, source: str, block: CommentBlock) -> bool:
    """Whether the answer fails the reference-free checks where it would stand: no code, a file that no longer
    parses, or a doubt of :func:`flutr.doubts.check_doubts` (the request comment written again and again, an API
    that does not exist on the inserted lines: the file's own names are known there)."""
    return not answer.code.strip() or not answer.parses or bool(check_doubts(source, block, answer.code))


def fim_candidate(
    answerer: Answerer,
    source: str,
    block: CommentBlock,
    prompt: InfillPrompt,
    on_token: TokenCallback | None,
    budget: TimeBudget,
) -> Answer:
    """One middle for ``prompt`` (greedy or at the answerer's temperature), cut by the middle's stop rules, with
    whether the file parses with it."""
    stop = MiddleStop(prompt)

    def relay(piece: str) -> None:
        stop(piece)
        if on_token is not None:
            on_token(piece)

    generation = answerer.backend.generate(
        prompt.text,
        max_tokens=FIM_MAX_TOKENS,
        stop=INFILL_STOPS,
        temperature=answerer.settings.temperature,
        on_token=relay,
        cancel=_StopOrCancel(stop, budget),
    )
    if budget.caller_cancelled:
        return Answer("", (), False, "cancelled", 1, (generation,), cancelled=True)
    timed_out = generation.finish_reason == "cancelled" and not stop.done
    code = stop.code(generation.text)
    problem = file_problem(source, block, code) if code.strip() else "model produced no code"
    if timed_out:  # the middle so far, if the file takes it as it is; else why the model stopped
        warning = slow_answer_warning(budget, (generation,), offered=problem is None)
        return Answer(code if problem is None else "", (), problem is None, warning, 1, (generation,), timed_out=True)
    if not code.strip():
        return Answer("", (), False, "model produced no code", 1, (generation,))
    return Answer(code, (), problem is None, problem, 1, (generation,))


def _instruct(
    answerer: Answerer,
    source: str,
    block: CommentBlock,
    position: Position,
    context_lines: int,
    on_token: TokenCallback | None,
    cancel: CancelToken | None,
) -> Answer:
    context = file_context(source, block, window_lines=context_lines)
    messages = _with_note(answerer.messages_for(block.text, context), block.text, context, position)
    budget = TimeBudget(answerer.settings.time_budget, cancel)
    generations: list[Generation] = []
    imports: tuple[str, ...]
    code, imports = "", ()
    problem: str | None = "model produced no code"
    for attempt in (1, 2):
        generation = answerer.backend.generate(
            answerer.prompt_for(messages),
            max_tokens=min(answerer.settings.max_tokens, INSIDE_CODE_MAX_TOKENS)
            if position.inside_code
            else answerer.settings.max_tokens,
            stop=STOP_SEQUENCES,
            temperature=answerer.settings.temperature,
            on_token=on_token,
            cancel=budget,
        )
        generations.append(generation)
        if budget.caller_cancelled:
            return Answer("", (), False, "cancelled", attempt, tuple(generations), cancelled=True)
        extracted = extract_code(generation.text)
        code, imports = extracted.code, extracted.imports
        problem = file_problem(source, block, code) if code.strip() else "model produced no code"
        if generation.finish_reason == "cancelled":  # stopped at the budget: what fits the file, or why it stopped
            fits = problem is None
            warning = slow_answer_warning(budget, generations, offered=fits)
            kept = (code, imports) if fits else ("", ())
            return Answer(*kept, fits, warning, attempt, tuple(generations), timed_out=True)
        if not code.strip():
            break
        if problem is None or not answerer.settings.repair_on_parse_error or attempt == 2:
            break
        if not budget.allows_another(generation):
            break
        messages = repair_messages(messages, code, f"dosyaya eklenince: {problem}")
    if not code.strip():
        return Answer("", (), False, problem, len(generations), tuple(generations))
    return Answer(code, imports, problem is None, problem, len(generations), tuple(generations))


def _with_note(messages: list[Message], question: str, context: str, position: Position) -> list[Message]:
    """The chat messages with the position note in the user turn."""
    return [
        *messages[:-1],
        {"role": "user", "content": format_user_message(question, context, position_note(position))},
    ]


def _instruct_messages(answerer: Answerer, request: Request) -> list[Message]:
    assert request.block is not None
    position = request.position or position_of(request.source, request.block)
    return _with_note(
        answerer.messages_for(request.question, request.context), request.question, request.context, position
    )


def seconds(answer: Answer) -> float:
    """Model time spent on ``answer`` (every attempt)."""
    return sum(g.total_time for g in answer.generations)


@dataclass(frozen=True)
class Request:
    """What the model is asked for one comment: the question and its file context, and — for an in-place
    mechanism — the whole document and the comment's block. Hashable: the server compares requests to join a
    running prefetch."""

    question: str
    context: str = ""
    mechanism: Mechanism = "standalone"
    source: str = ""
    block: CommentBlock | None = None
    position: Position | None = None

    def cache_key(self, answerer: Answerer) -> str:
        raw = "\x00".join([self.mechanism, self.question, self.context, self.source, repr(self.block)])
        return hashlib.sha256(f"{raw}\x00{answerer.settings}".encode()).hexdigest()


def mechanism_for(placement: str, position: Position) -> Mechanism:
    """The mechanism the ``placement`` setting picks for a comment at ``position``."""
    if placement in MECHANISMS:
        return placement  # type: ignore[return-value]
    return AUTO_INSIDE_CODE if position.inside_code else "standalone"


def request_for(source: str, block: CommentBlock, *, placement: str = "auto", context_lines: int = 6) -> Request:
    """The request for ``block``: its position decides the mechanism (see ``mechanism_for``)."""
    position = position_of(source, block)
    context = file_context(source, block, window_lines=context_lines)
    mechanism = mechanism_for(placement, position)
    if mechanism == "standalone":
        return Request(block.text, context)
    return Request(block.text, context, mechanism, source, block, position)


def supports_infill(answerer: Answerer) -> bool:
    """Whether the model has the fill-in-the-middle tokens (Qwen2.5-Coder does; SmolLM2 and Gemma do not)."""
    count = answerer.backend.count_tokens
    return all(count(token) == 1 for token in (FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE))


def usable_mechanism(answerer: Answerer, mechanism: Mechanism) -> Mechanism:
    """``fim`` on a model without FIM tokens becomes ``instruct`` (the chat prompt with the position note)."""
    if mechanism == "fim" and not supports_infill(answerer):
        return "instruct"
    return mechanism


def cached_response(answerer: Answerer, request: Request) -> Answer | None:
    if request.mechanism == "standalone":
        return answerer.cached(request.question, request.context)
    return answerer.remembered(request.cache_key(answerer))


def respond(
    answerer: Answerer,
    request: Request,
    *,
    on_token: TokenCallback | None = None,
    cancel: CancelToken | None = None,
) -> Answer:
    """The answer to ``request`` (cached by the answerer)."""
    if request.mechanism == "standalone" or request.block is None:
        return answerer.answer(request.question, request.context, on_token=on_token, cancel=cancel)
    key = request.cache_key(answerer)
    hit = answerer.remembered(key)
    if hit is not None:
        return hit
    answer = answer_in_place(
        answerer,
        request.source,
        request.block,
        usable_mechanism(answerer, request.mechanism),
        position=request.position,
        on_token=on_token,
        cancel=cancel,
    )
    answerer.remember(key, answer)
    return answer


def prefill_request(answerer: Answerer, request: Request, cancel: CancelToken | None = None) -> bool:
    """Evaluate the request's prompt ahead of time (see ``Answerer.prefill``); False when cancelled."""
    if request.mechanism == "standalone" or request.block is None:
        return answerer.prefill(request.question, request.context, cancel)
    if cached_response(answerer, request) is not None:
        return True
    if usable_mechanism(answerer, request.mechanism) == "fim":
        position = request.position or position_of(request.source, request.block)
        prompt = served_infill_prompt(answerer, request.source, request.block, position)
        return answerer.backend.prefill(prompt.text, cancel)
    return answerer.backend.prefill(answerer.prompt_for(_instruct_messages(answerer, request)), cancel)


def in_context_training_text(
    source: str,
    block: CommentBlock,
    answer: str,
    chat_template: str | None = None,
    *,
    placement: str = "auto",
    context_lines: int = 6,
    examples: Sequence[Example] = FIXED_EXAMPLES,
    eos_token: str = "",
) -> TrainingText:
    """The SFT pair for code ``answer`` under ``block``: the prompt is the one the server sends for this comment
    with this ``placement`` (``request_for``), so a model is trained on exactly what it is served.

    ``fim``: the infill prompt, the completion is the middle (the answer indented as inserted, without the first
    line's indentation, which ends the prefix) and the end-of-text token; ``instruct``/``standalone``: the chat
    prompt (with the position note for ``instruct``) and the fenced answer.
    """
    request = request_for(source, block, placement=placement, context_lines=context_lines)
    if request.mechanism == "fim":
        position = request.position or position_of(source, block)
        prompt = infill_prompt(source, block, position=position.kind)
        middle = reindent(answer, block.indent)[len(block.indent) :]
        return TrainingText(prompt=prompt.text, completion=middle + FIM_END)
    note = position_note(request.position) if request.mechanism == "instruct" and request.position else ""
    return format_training_example(
        block.text,
        answer,
        chat_template,
        examples=examples,
        eos_token=eos_token,
        context=request.context,
        note=note,
    )
