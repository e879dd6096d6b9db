"""Where and how generated code goes into the document: re-indentation, the insertion edits, and the check that
the document still parses with the answer in place."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flutr.comments import CommentBlock

if TYPE_CHECKING:
    from flutr.answering import Answer


@dataclass(frozen=True)
class Insertion:
    """Insert ``text`` at (``line``, ``character``); 0-based, character in UTF-16 code units."""

    line: int
    character: int
    text: str


def detect_eol(source: str) -> str:
    return "\r\n" if "\r\n" in source else "\n"


def reindent(code: str, indent: str) -> str:
    """Remove the code's common indentation and prefix ``indent`` to every non-empty line."""
    body = textwrap.dedent(code.expandtabs(2) if "\t" in code and " " in indent else code).strip("\n")
    return "\n".join(indent + line if line.strip() else "" for line in body.split("\n"))


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def insertion_for(source: str, block: CommentBlock, code: str) -> Insertion:
    """The edit that puts ``code`` on the lines right below ``block``, touching no existing line.

    It inserts at the end of the comment's last line, starting with the document's line ending, so the position
    always exists (clients such as Neovim add a stray empty line for an insert past the last line). A comment on
    the last line with no newline after it also gets one after the code.
    """
    eol = detect_eol(source)
    lines = source.split("\n")
    text = reindent(code, block.indent).replace("\n", eol)
    last = lines[block.end_line]
    if last.endswith("\r"):
        last = last[:-1]
    at_end = block.end_line + 1 >= len(lines)
    return Insertion(block.end_line, utf16_length(last), eol + text + (eol if at_end else ""))


def import_insertion(source: str, imports: tuple[str, ...]) -> Insertion | None:
    """Missing ``import`` lines, inserted after the document's last import (or at the top)."""
    lines = source.split("\n")
    present = {line.strip().rstrip("\r") for line in lines}
    missing = [imp for imp in dict.fromkeys(imports) if imp not in present]
    if not missing:
        return None
    eol = detect_eol(source)
    last_import = -1
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("import ", "export ", "library ")):
            last_import = number
    if last_import + 1 < len(lines):
        return Insertion(last_import + 1, 0, eol.join(missing) + eol)
    return Insertion(last_import, utf16_length(lines[last_import].rstrip("\r")), eol + eol.join(missing))


def apply_insertions(source: str, insertions: list[Insertion]) -> str:
    """Apply insertions (bottom-up) to a document; used by tests, the demo client and benchmarks."""
    lines = source.split("\n")
    for ins in sorted(insertions, key=lambda i: (i.line, i.character), reverse=True):
        line = lines[ins.line] if ins.line < len(lines) else ""
        units = line.encode("utf-16-le")
        cut = units[: ins.character * 2].decode("utf-16-le")
        rest = units[ins.character * 2 :].decode("utf-16-le")
        new = (cut + ins.text + rest).split("\n")
        if ins.line < len(lines):
            lines[ins.line : ins.line + 1] = new
        else:
            lines.extend(new)
    return "\n".join(lines)


@dataclass(frozen=True)
class Placement:
    """What goes under the comment: the answer if the document still parses with it, else the answer as a
    comment block (the user's file is never left broken), with the reason."""

    code: str
    fits: bool
    problem: str | None = None  # the first syntax error the answer would have caused


def comment_out(code: str) -> str:
    """Every line of ``code`` as a ``//`` comment (lines that already are comments stay as they are)."""
    lines = code.strip("\n").split("\n")
    return "\n".join(
        line if line.lstrip().startswith("//") else f"// {line}" if line.strip() else "//" for line in lines
    )


def new_syntax_error(source: str, changed: str, inserted: range) -> str | None:
    """The first syntax error the change brings, or None. A document that parsed must still parse; one the user
    is still typing (already broken) only may not have errors on the ``inserted`` lines (tree-sitter's recovery
    elsewhere shifts with any change, so those are not counted)."""
    from flutr.dart import find_syntax_errors

    errors = find_syntax_errors(changed, limit=1000)
    if not find_syntax_errors(source, limit=1):
        return errors[0].describe() if errors else None
    inside = [error for error in errors if error.line in inserted]
    return inside[0].describe() if inside else None


def with_code(source: str, block: CommentBlock, code: str) -> tuple[str, range]:
    """``source`` with ``code`` inserted under ``block`` the way the server does, and the inserted line numbers."""
    insertion = insertion_for(source, block, code)
    first = block.end_line + 1
    return apply_insertions(source, [insertion]), range(first, first + insertion.text.count("\n"))


def file_problem(source: str, block: CommentBlock, code: str) -> str | None:
    """The first syntax error ``code`` brings into the file when inserted under ``block`` (None: it fits)."""
    changed, inserted = with_code(source, block, code)
    return new_syntax_error(source, changed, inserted)


def place(source: str, block: CommentBlock, code: str) -> Placement:
    """Check the whole document with ``code`` inserted under ``block`` before offering it."""
    problem = file_problem(source, block, code)
    if problem is None:
        return Placement(code, True)
    return Placement(comment_out(code), False, problem)


@dataclass(frozen=True)
class AnswerEdit:
    """An answer as edits of its document: what goes under the comment and every insertion that puts it there."""

    code: str  # the answer's code, or the answer as a comment block when it would break the document (``place``)
    insertions: tuple[Insertion, ...]  # the missing imports (if any), then ``code`` on the lines below the comment
    problem: str | None = None  # the syntax error the answer would have brought; then ``code`` is a comment block

    @property
    def fits(self) -> bool:
        return self.problem is None


def edit_for(source: str, block: CommentBlock, answer: Answer) -> AnswerEdit:
    """The edit that answers ``block`` in ``source``: the code checked in place (``place``), inserted below the
    comment, and the answer's imports the document lacks, after its last import. Code actions insert all of it;
    completions offer ``code`` (re-indented to the comment) in place of the blank line after it."""
    placement = place(source, block, answer.code)
    insertions = [insertion_for(source, block, placement.code)]
    imports = import_insertion(source, answer.imports)
    if imports is not None:
        insertions.insert(0, imports)
    return AnswerEdit(placement.code, tuple(insertions), None if placement.fits else placement.problem or "")
