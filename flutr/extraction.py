"""Turn raw model output into Dart code to insert.

The prompt pre-fills the opening fence (``flutr.prompting.ANSWER_PREFIX``), so output is normally Dart up to a
closing fence. Models still drift: a second fenced block, chat prose before or after, ``import`` lines, an
unclosed fence at the token limit. ``extract_code`` keeps the first Dart block, moves imports aside (they belong at
the top of the file) and turns stray prose lines into ``//`` comments so nothing the model said is silently lost
and nothing that is not Dart is inserted.

Benchmarks score raw generations whose prompt they may not know: ``extract_code(output, prefilled=None)`` decides
from the text, and :func:`contains_dart_code` tells a generation with code from one with only prose or comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flutr.dart import parses_as_dart

_FENCE = re.compile(r"^\s*```")
_IMPORT = re.compile(r"""^\s*(import|export)\s+['"][^'"]+['"][^;]*;\s*$""")
_DARTISH = re.compile(r"[;{}()\[\]=<>,:'\"]|//|^\s*(@|/\*|\*|class |enum |void |final |const |var |return )")
# A line that can only be code: it ends a statement or block, has an arrow body, is an annotation, is a call
# (`Text('a'),`), or starts with a declaration keyword *and* has code punctuation — Turkish questions such as
# "final ile const arasındaki fark nedir?" start with a keyword too.
_CODE_LINE = re.compile(
    r"""(
        [;{}]\s*$
      | =>
      | ^\s*@\w+
      | ^\s*(?:class|enum|mixin|extension|typedef|import|export|part|library|void|final|const|var|late|return|
             abstract|sealed|static|Future<|Stream<)(?=.*[=(){};<])
      | ^\s*[\w.<>?]+\(.*\)[;,]?\s*$
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class ExtractedCode:
    code: str
    imports: tuple[str, ...] = field(default_factory=tuple)
    truncated: bool = False  # the block never closed (token limit)


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not _DARTISH.search(stripped) and len(stripped.split()) >= 3


def _strip_line_comment(line: str) -> str:
    index = line.find("//")
    return line if index < 0 else line[:index]


def contains_dart_code(text: str) -> bool:
    """Whether ``text`` contains Dart code rather than only prose or only comments.

    True when it parses as Dart (and is not comment-only), or any non-comment line has a code shape (ends with
    ``;``/``{``/``}``, contains ``=>``, starts with a declaration keyword or an annotation, or is a call). Turkish
    prose such as ``Bunu yapmak için önce bir StatefulWidget oluşturun.`` is not code; ``final x = 1`` is. A
    heuristic for whole generations (the benchmarks' ``no_code`` failure); ``flutr.comments.looks_like_code``
    is the stricter one-comment-line test of the comment finder.
    """
    code_lines = [_strip_line_comment(line) for line in text.splitlines()]
    code_lines = [line for line in code_lines if line.strip() and not line.lstrip().startswith(("/*", "*"))]
    if not code_lines:
        return False
    if parses_as_dart(text):
        return True
    return any(_CODE_LINE.search(line) for line in code_lines)


def _continues_prefilled_fence(lines: list[str]) -> bool:
    """A generation reads as the continuation of a pre-filled fence unless prose comes before its first fence
    (``Şöyle yapılır:`` then a block)."""
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            before = "\n".join(lines[:index])
            return not before.strip() or contains_dart_code(before)
    return True


def extract_code(output: str, *, prefilled: bool | None = True) -> ExtractedCode:
    """Extract the Dart answer from ``output``.

    ``prefilled``: the output continues a prompt that already opened a ```dart fence, so the code starts at once.
    ``None``: decide from the text, for raw generations of unknown prompts (the benchmarks' ``score_corpus``).
    """
    lines = output.replace("\r\n", "\n").split("\n")
    if prefilled is None:
        prefilled = _continues_prefilled_fence(lines)
    if not prefilled or (lines and _FENCE.match(lines[0])):
        # find the first fence that opens a block
        for index, line in enumerate(lines):
            if _FENCE.match(line):
                lines = lines[index + 1 :]
                break
    body: list[str] = []
    closed = False
    for line in lines:
        if _FENCE.match(line):
            closed = True
            break
        body.append(line)
    imports = tuple(line.strip() for line in body if _IMPORT.match(line))
    code_lines = [line for line in body if not _IMPORT.match(line)]
    # Prose at the edges (chat text before/after the code) becomes Dart comments; the middle is left alone.
    code_at = [i for i, line in enumerate(code_lines) if line.strip() and not _is_prose(line)]
    if code_at:
        first, last = code_at[0], code_at[-1]
        code_lines = [
            f"// {line.strip()}" if (i < first or i > last) and _is_prose(line) else line
            for i, line in enumerate(code_lines)
        ]
    else:
        code_lines = [f"// {line.strip()}" if line.strip() else line for line in code_lines]
    code = "\n".join(code_lines).strip("\n")
    code = re.sub(r"\n{3,}", "\n\n", code)
    return ExtractedCode(code=code.rstrip(), imports=imports, truncated=not closed)
