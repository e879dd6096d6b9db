"""Domain objects (``flutr``'s comments, insertions, answer edits) → ``lsprotocol.types``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lsprotocol import types

from flutr.comments import CommentBlock
from flutr.edits import AnswerEdit, Insertion, reindent
from lsp_server.messages import COMPLETION_LABEL, HINT_MESSAGE, LOADING_MESSAGE, PROGRESS_TITLE, tokens_written

# Counts a string in the position units the client negotiated (``positionEncoding``: utf-16 by default, utf-8 for
# Neovim, which offers it first): ``server.workspace.position_codec.client_num_units``.
Units = Callable[[str], int]


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def position(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def client_character(line_text: str, utf16: int, units: Units) -> int:
    """A character offset given in UTF-16 code units (``flutr.edits``) in the client's units."""
    if units is utf16_units:
        return utf16
    return units(line_text.encode("utf-16-le")[: utf16 * 2].decode("utf-16-le", errors="ignore"))


def comment_range(block: CommentBlock, source_lines: list[str], units: Units = utf16_units) -> types.Range:
    end_text = source_lines[block.end_line].rstrip("\r") if block.end_line < len(source_lines) else ""
    return types.Range(
        start=position(block.start_line, units(block.indent)),
        end=position(block.end_line, units(end_text)),
    )


def line_range(line: int, line_text: str, units: Units = utf16_units) -> types.Range:
    """The whole of ``line`` (without its line break), in the client's units: what a completion replaces."""
    return types.Range(start=position(line, 0), end=position(line, units(line_text.rstrip("\r\n"))))


def text_edit(insertion: Insertion, source_lines: Sequence[str] = (), units: Units = utf16_units) -> types.TextEdit:
    line_text = source_lines[insertion.line] if insertion.line < len(source_lines) else ""
    at = position(insertion.line, client_character(line_text, insertion.character, units))
    return types.TextEdit(range=types.Range(start=at, end=at), new_text=insertion.text)


def workspace_edit(
    uri: str,
    version: int | None,
    insertions: list[Insertion],
    source: str = "",
    units: Units = utf16_units,
) -> types.WorkspaceEdit:
    """A versioned edit: a client refuses it if the document changed since ``version``. Positions in ``insertions``
    are UTF-16 offsets into ``source``'s lines; they are sent in the client's ``units``."""
    lines = source.split("\n")
    edits: list[types.TextEdit | types.AnnotatedTextEdit | types.SnippetTextEdit] = [
        text_edit(i, lines, units) for i in insertions
    ]
    return types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=edits,
            )
        ]
    )


def answer_workspace_edit(
    uri: str, version: int | None, edit: AnswerEdit, source: str, units: Units = utf16_units
) -> types.WorkspaceEdit:
    return workspace_edit(uri, version, list(edit.insertions), source, units)


def completion_list(
    edit: AnswerEdit,
    block: CommentBlock,
    line: int,
    line_text: str,
    doubt: str | None = None,
    units: Units = utf16_units,
) -> types.CompletionList:
    """The answer as the one completion item on the blank ``line`` after the comment (it replaces the line); what
    flutr doubts in it (``doubt``, ``flutr.doubts``) is the item's documentation."""
    item = types.CompletionItem(
        label=COMPLETION_LABEL,
        kind=types.CompletionItemKind.Snippet,
        detail=block.text[:80],
        documentation=doubt,
        filter_text=line_text.strip() or None,
        insert_text_format=types.InsertTextFormat.PlainText,
        text_edit=types.TextEdit(range=line_range(line, line_text, units), new_text=reindent(edit.code, block.indent)),
        preselect=True,
    )
    return types.CompletionList(is_incomplete=False, items=[item])


def inline_completion_list(
    edit: AnswerEdit,
    block: CommentBlock,
    line: int,
    line_text: str,
    units: Units = utf16_units,
    after_insert: types.Command | None = None,
) -> types.InlineCompletionList:
    """The answer as ghost text on the blank ``line`` after the comment. Ghost text has no place for what flutr
    doubts in it: ``after_insert`` (the server's ``flutr.showDoubts`` with the message) is run by the client once
    the user accepts it, and shows the warning then."""
    span = line_range(line, line_text, units)
    item = types.InlineCompletionItem(insert_text=reindent(edit.code, block.indent), range=span, command=after_insert)
    return types.InlineCompletionList(items=[item])


def hint_diagnostic(block: CommentBlock, source_lines: list[str], units: Units = utf16_units) -> types.Diagnostic:
    return types.Diagnostic(
        range=comment_range(block, source_lines, units),
        message=HINT_MESSAGE,
        severity=types.DiagnosticSeverity.Hint,
        source="flutr",
    )


def edited_line(changes: Sequence[types.TextDocumentContentChangeEvent]) -> int | None:
    """The line the last incremental change ends on (where the cursor is after typing); None for a whole-document
    change, which does not say where the user typed."""
    if not changes:
        return None
    last = changes[-1]
    if not isinstance(last, types.TextDocumentContentChangePartial):
        return None
    return last.range.start.line + last.text.count("\n")


# A progress title is fixed at `begin` (LSP reports carry only a message): the phase goes in the message, so a title
# that said "model yükleniyor" stayed on screen while the tokens streamed.
def progress_begin(comment: str, *, loading: bool) -> types.WorkDoneProgressBegin:
    """The generation's progress: the comment it answers, behind ``LOADING_MESSAGE`` while the model loads."""
    message = f"{LOADING_MESSAGE}… — {comment[:80]}" if loading else comment[:80]
    return types.WorkDoneProgressBegin(title=PROGRESS_TITLE, message=message, cancellable=True)


def progress_report(tokens: int) -> types.WorkDoneProgressReport:
    """Tokens written so far; the first one replaces the begin message (the model is loaded, code is streaming)."""
    return types.WorkDoneProgressReport(message=tokens_written(tokens))


def progress_report_due(tokens: int) -> bool:
    """Report the first token (the phase changed to writing), then every 16th (not one message per token)."""
    return tokens == 1 or tokens % 16 == 0
