"""Domain objects → ``lsprotocol.types``. The only module besides the server that knows the protocol types."""

from __future__ import annotations

from lsprotocol import types

from flutr.comments import CommentBlock
from flutr.edits import Insertion

ACTION_TITLE = "flutr: Bu yoruma kod üret"
COMPLETION_LABEL = "flutr: yorumun kodu"
HINT_MESSAGE = 'flutr: bu yorum için kod üretilebilir (Ampul → "Bu yoruma kod üret")'


def position(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def comment_range(block: CommentBlock, source_lines: list[str]) -> types.Range:
    end_text = source_lines[block.end_line].rstrip("\r") if block.end_line < len(source_lines) else ""
    return types.Range(
        start=position(block.start_line, len(block.indent)),
        end=position(block.end_line, len(end_text.encode("utf-16-le")) // 2),
    )


def text_edit(insertion: Insertion) -> types.TextEdit:
    at = position(insertion.line, insertion.character)
    return types.TextEdit(range=types.Range(start=at, end=at), new_text=insertion.text)


def workspace_edit(uri: str, version: int | None, insertions: list[Insertion]) -> types.WorkspaceEdit:
    """A versioned edit: a client refuses it if the document changed since ``version``."""
    edits: list[types.TextEdit | types.AnnotatedTextEdit | types.SnippetTextEdit] = [text_edit(i) for i in insertions]
    return types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=edits,
            )
        ]
    )


def hint_diagnostic(block: CommentBlock, source_lines: list[str]) -> types.Diagnostic:
    return types.Diagnostic(
        range=comment_range(block, source_lines),
        message=HINT_MESSAGE,
        severity=types.DiagnosticSeverity.Hint,
        source="flutr",
    )
