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

from typing import Literal

from flutr.answering import Answer, Answerer
from flutr.backends.base import CancelToken, Generation, TokenCallback
from flutr.comments import CommentBlock
from flutr.context import file_context
from flutr.edits import apply_insertions, insertion_for, new_syntax_error
from flutr.extraction import extract_code
from flutr.infill import INFILL_STOPS, MiddleStop, infill_prompt
from flutr.position import Position, position_note, position_of
from flutr.prompting import STOP_SEQUENCES, format_user_message, repair_messages

Mechanism = Literal["standalone", "instruct", "fim"]
MECHANISMS: tuple[Mechanism, ...] = ("standalone", "instruct", "fim")
FIM_MAX_TOKENS = 256  # a middle is a few lines; the cut rules usually end it far sooner
INSIDE_CODE_MAX_TOKENS = 192  # statements, a member, an element: never a page of code


def file_problem(source: str, block: CommentBlock, code: str) -> str | None:
    """The first syntax error ``code`` brings into the file when inserted under ``block`` (None: it fits)."""
    insertion = insertion_for(source, block, code)
    inserted = range(block.end_line + 1, block.end_line + 1 + insertion.text.count("\n"))
    return new_syntax_error(source, apply_insertions(source, [insertion]), inserted)


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
    prompt = infill_prompt(source, block, position=position.kind)
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
        cancel=_StopOrCancel(stop, cancel),
    )
    if cancel is not None and cancel.cancelled:
        return Answer("", (), False, "cancelled", 1, (generation,), cancelled=True)
    code = stop.code(generation.text)
    if not code.strip():
        return Answer("", (), False, "model produced no code", 1, (generation,))
    problem = file_problem(source, block, code)
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
    messages = answerer.messages_for(block.text, context)
    messages[-1] = {"role": "user", "content": format_user_message(block.text, context, position_note(position))}
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
            cancel=cancel,
        )
        generations.append(generation)
        if generation.finish_reason == "cancelled":
            return Answer("", (), False, "cancelled", attempt, tuple(generations), cancelled=True)
        extracted = extract_code(generation.text)
        code, imports = extracted.code, extracted.imports
        if not code.strip():
            problem = "model produced no code"
            break
        problem = file_problem(source, block, code)
        if problem is None or not answerer.settings.repair_on_parse_error or attempt == 2:
            break
        messages = repair_messages(messages, code, f"dosyaya eklenince: {problem}")
    if not code.strip():
        return Answer("", (), False, problem, len(generations), tuple(generations))
    return Answer(code, imports, problem is None, problem, len(generations), tuple(generations))


def seconds(answer: Answer) -> float:
    """Model time spent on ``answer`` (every attempt)."""
    return sum(g.total_time for g in answer.generations)
