"""Turn raw model output into Dart code to insert.

The prompt pre-fills the opening fence (``flutr.prompting.ANSWER_PREFIX``), so output is normally Dart up to a
closing fence. Models still drift: a second fenced block, chat prose before or after, ``import`` lines, an
unclosed fence at the token limit. ``extract_code`` keeps the first Dart block, moves imports aside (they belong at
the top of the file) and turns stray prose lines into ``//`` comments so nothing the model said is silently lost
and nothing that is not Dart is inserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"^\s*```")
_IMPORT = re.compile(r"""^\s*(import|export)\s+['"][^'"]+['"][^;]*;\s*$""")
_DARTISH = re.compile(r"[;{}()\[\]=<>,:'\"]|//|^\s*(@|/\*|\*|class |enum |void |final |const |var |return )")


@dataclass(frozen=True)
class ExtractedCode:
    code: str
    imports: tuple[str, ...] = field(default_factory=tuple)
    truncated: bool = False  # the block never closed (token limit)


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not _DARTISH.search(stripped) and len(stripped.split()) >= 3


def extract_code(output: str, *, prefilled: bool = True) -> ExtractedCode:
    """Extract the Dart answer from ``output``.

    ``prefilled``: the output continues a prompt that already opened a ```dart fence, so the code starts at once.
    """
    lines = output.replace("\r\n", "\n").split("\n")
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
