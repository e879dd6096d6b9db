"""What the model sees of the file around a request comment: bounded, never the whole of a large file."""

from __future__ import annotations

import re

from flutr.comments import CommentBlock

_IMPORT = re.compile(r"^\s*import\s+['\"]")
_DECLARATION = re.compile(r"^\s*((abstract|sealed|final|base)\s+)*(class|mixin|extension|enum)\s+\w+")


def file_context(source: str, block: CommentBlock, *, window_lines: int = 6, max_chars: int = 1200) -> str:
    """Imports, the header of the enclosing class, and up to ``window_lines`` lines above the comment.

    Returns "" with ``window_lines == 0`` or in a file with nothing but the comment. Capped at ``max_chars``.
    """
    if window_lines <= 0:
        return ""
    lines = [line.rstrip("\r") for line in source.split("\n")]
    parts: list[str] = [line.strip() for line in lines[: block.start_line] if _IMPORT.match(line)][:12]
    window_start = max(0, block.start_line - window_lines)
    header = ""
    for number in range(block.start_line - 1, -1, -1):
        if _DECLARATION.match(lines[number]) and not lines[number].startswith((" ", "\t")):
            if number < window_start:
                header = lines[number].rstrip()
            break
    if header:
        parts += ["", header, "  // ..."]
    window = [line for line in lines[window_start : block.start_line] if not _IMPORT.match(line)]
    while window and not window[0].strip():
        window.pop(0)
    if window:
        parts += ["", *window] if parts else window
    text = "\n".join(parts).strip("\n")
    if len(text) > max_chars:
        text = text[-max_chars:].split("\n", 1)[-1]
    return text
