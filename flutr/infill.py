"""Fill-in-the-middle: the code under a comment, written by the model from the file's text before and after it.

Qwen2.5-Coder was trained on ``<|fim_prefix|>{before}<|fim_suffix|>{after}<|fim_middle|>{middle}``. The prefix is
the file up to the end of the comment plus the comment's indentation, the suffix the rest of the file, so the
model writes the lines that belong right there. Left alone it keeps going — it re-writes the suffix, closes the
enclosing block and writes the rest of the file — so :func:`cut_middle` ends the middle where it leaves its place:

1. a line indented less than the comment, once every bracket the middle opened is closed (the code has left the
   block the comment is in; not at top level) — a small model's closing `);` may be under-indented;
2. a line that closes more brackets than the middle opened (it would close the enclosing list, call or body);
3. the first lines of the suffix written again (the model is re-writing what follows);
4. in a class body, a list or an argument list (one member, one element, one argument is asked for), the first
   blank line after complete code.

:class:`MiddleStop` applies the same rules while tokens stream, so generation stops as soon as the middle is done.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from flutr.comments import CommentBlock
from flutr.prompting import Example

FIM_PREFIX = "<|fim_prefix|>"
FIM_SUFFIX = "<|fim_suffix|>"
FIM_MIDDLE = "<|fim_middle|>"
REPO_NAME = "<|repo_name|>"  # Qwen2.5-Coder's repository-level prompt: other files of the project come first
FILE_SEP = "<|file_sep|>"
FIM_END = "<|endoftext|>"  # what ends a middle in Qwen2.5-Coder's FIM training, and so in ours
# Special tokens that end a middle (Qwen2.5-Coder's file and FIM markers, and the chat end of turn).
INFILL_STOPS: tuple[str, ...] = ("<|endoftext|>", "<|fim_pad|>", "<|file_sep|>", "<|fim_prefix|>", "<|im_end|>")

# Bumped whenever a rule of cut_middle changes: cached middles were cut (and generation stopped) by the old rules.
CUT_RULES_VERSION = 3

_STRING_OR_COMMENT = re.compile(r"//.*$|'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"")
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = set(_OPENERS.values())


@dataclass(frozen=True)
class InfillPrompt:
    text: str  # the whole prompt, FIM tokens included
    indent: str  # the comment's indentation: the middle's first line starts after it
    suffix: str  # the file after the comment (what the middle must not re-write)
    one_item: bool = False  # the position takes one member / element / argument: a blank line after it ends it


ONE_ITEM_POSITIONS = frozenset({"class_body", "element", "argument"})


# How much of the file around the comment a prompt keeps (the prefix's end, the suffix's start).
MAX_PREFIX_CHARS, MAX_SUFFIX_CHARS = 6000, 2000


def infill_prompt(
    source: str,
    block: CommentBlock,
    *,
    position: str = "unknown",
    max_prefix_chars: int = MAX_PREFIX_CHARS,
    max_suffix_chars: int = MAX_SUFFIX_CHARS,
    examples: Sequence[Example] = (),
) -> InfillPrompt:
    """The FIM prompt for code under ``block``: the file before (ending with the comment's indentation) and after.

    Long files are cut at line boundaries: the prefix keeps its end, the suffix its start. ``examples`` (retrieved
    Q&A pairs) come first as other files of the project, in Qwen2.5-Coder's repository-level format, each its
    question as a comment over its answer: the model sees how such a request is answered, then fills this file.
    """
    lines = source.replace("\r\n", "\n").split("\n")
    before = "\n".join(lines[: block.end_line + 1]) + "\n"
    after = "\n" + "\n".join(lines[block.end_line + 1 :])
    if len(before) > max_prefix_chars:
        before = before[-max_prefix_chars:].split("\n", 1)[-1]
    if len(after) > max_suffix_chars:
        after = after[:max_suffix_chars].rsplit("\n", 1)[0]
    prefix = before + block.indent
    text = project_files(examples) + FIM_PREFIX + prefix + FIM_SUFFIX + after + FIM_MIDDLE
    return InfillPrompt(text, block.indent, after, position in ONE_ITEM_POSITIONS)


def review_prompt(
    source: str,
    block: CommentBlock,
    *,
    max_prefix_chars: int = MAX_PREFIX_CHARS,
    max_suffix_chars: int = MAX_SUFFIX_CHARS,
) -> tuple[str, str]:
    """The fill-in-the-middle prompt whose middle is ``block``'s comment, and that middle: the file above the
    comment, then (as the suffix) what follows it — a candidate's code under the comment, and the rest. How likely
    the model finds the comment there says how well the code answers it (coder–reviewer reranking read through
    FIM; experiments/placement)."""
    lines = source.replace("\r\n", "\n").split("\n")
    before = "\n".join(lines[: block.start_line]) + "\n"
    if len(before) > max_prefix_chars:
        before = before[-max_prefix_chars:].split("\n", 1)[-1]
    after = "\n" + "\n".join(lines[block.end_line + 1 :])
    if len(after) > max_suffix_chars:
        after = after[:max_suffix_chars].rsplit("\n", 1)[0]
    middle = "\n".join(lines[block.start_line : block.end_line + 1])[len(block.indent) :]
    return FIM_PREFIX + before + block.indent + FIM_SUFFIX + after + FIM_MIDDLE, middle


def project_files(examples: Sequence[Example]) -> str:
    """``examples`` as the files before the current one in a repository-level prompt ('' without examples)."""
    if not examples:
        return ""
    files = "".join(
        f"{FILE_SEP}lib/ornek_{number}.dart\n// {example.question.strip()}\n{example.answer.strip()}\n"
        for number, example in enumerate(examples, 1)
    )
    return f"{REPO_NAME}flutr_app\n{files}{FILE_SEP}lib/main.dart\n"


def _bracket_changes(line: str) -> list[int]:
    """+1 / -1 for each opening / closing bracket of ``line`` outside strings and ``//`` comments."""
    code = _STRING_OR_COMMENT.sub("", line)
    return [1 if char in _OPENERS else -1 for char in code if char in _OPENERS or char in _CLOSERS]


def _width(line: str) -> int:
    return len(line.expandtabs(2)) - len(line.expandtabs(2).lstrip())


@dataclass(frozen=True)
class Cut:
    code: str  # the middle, kept lines only (the first line with the comment's indentation restored)
    done: bool  # a rule ended the middle (more text would not be used)


def cut_middle(
    middle: str, indent: str, suffix: str, *, one_item: bool = False, complete_lines_only: bool = False
) -> Cut:
    """The part of a generated ``middle`` that belongs under the comment (see the module docstring).

    ``complete_lines_only``: the middle is still streaming; its last line may be unfinished and is not judged.
    """
    lines = (indent + middle.replace("\r\n", "\n")).split("\n")
    if complete_lines_only:
        lines = lines[:-1]
    # Compared with their indentation: a method's closing `  }` is not the class's closing `}` after it.
    head = [line.rstrip() for line in suffix.split("\n") if line.strip()][:2]
    width = _width(indent) if indent.strip() == "" else 0
    depth = 0
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped and one_item and depth == 0 and any(k.strip() for k in kept):
            return Cut(_finish(kept), True)
        if stripped:
            if width and depth == 0 and _width(line) < width:
                return Cut(_finish(kept), True)
            if head and line.rstrip() == head[0] and _repeats(lines[index:], head):
                return Cut(_finish(kept), True)
            for change in _bracket_changes(line):
                depth += change
                if depth < 0:
                    return Cut(_finish(kept), True)
        kept.append(line)
    return Cut(_finish(kept), False)


def _repeats(rest: list[str], head: list[str]) -> bool:
    """Whether ``rest`` starts with the suffix's first lines (one distinctive line is enough)."""
    if len(head[0].strip()) >= 12 or len(head) == 1:
        return True
    following = [line.rstrip() for line in rest[1:] if line.strip()]
    return bool(following) and following[0] == head[1]


def _finish(lines: list[str]) -> str:
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


class MiddleStop:
    """Fed the streamed pieces of a middle; ``done`` turns true once :func:`cut_middle` has ended it."""

    def __init__(self, prompt: InfillPrompt) -> None:
        self.prompt = prompt
        self.text = ""
        self.done = False

    def __call__(self, piece: str) -> None:
        self.text += piece
        if "\n" in piece and not self.done:
            self.done = self._cut(self.text, complete_lines_only=True).done

    def _cut(self, text: str, *, complete_lines_only: bool = False) -> Cut:
        prompt = self.prompt
        return cut_middle(
            text, prompt.indent, prompt.suffix, one_item=prompt.one_item, complete_lines_only=complete_lines_only
        )

    def code(self, final_text: str) -> str:
        return self._cut(final_text).code
