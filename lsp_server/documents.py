"""Documents and comments as the handlers find them: a document read safely (from disk only when it is a sane
regular file), what a listed code action carries to its resolution, and the comment found again in the document
as it is now."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from pygls.workspace import TextDocument, Workspace

from flutr.comments import CommentBlock, find_request_comments, request_comment_at

MAX_DISK_DOCUMENT_BYTES = 16 * 1024 * 1024


def small_regular_file(path: str) -> bool:
    """Documents the client has not opened are read from disk only when they are regular files of a sane size:
    a FIFO or a device named by a request (``file:///dev/zero``) blocked the event loop or filled memory."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and 0 < info.st_size <= MAX_DISK_DOCUMENT_BYTES


def read_document(workspace: Workspace, uri: str) -> TextDocument | None:
    """The document at ``uri``: the client's copy when it is open, else the file (see ``small_regular_file``);
    None when there is none to read."""
    try:
        doc = workspace.get_text_document(uri)
        opened = unquote(uri) in workspace.text_documents
        if not opened and doc.path and not small_regular_file(doc.path):
            return None
        _ = doc.source  # unopened documents are read from disk; a missing file raises here
        return doc
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class ActionData:
    """What a listed code action carries to ``codeAction/resolve`` (and the ``flutr.answerComment`` command)."""

    uri: str
    line: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"uri": self.uri, "line": self.line, "text": self.text}

    @classmethod
    def from_json(cls, data: Any) -> ActionData | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(str(data["uri"]), int(data["line"]), str(data["text"]))
        except (KeyError, TypeError, ValueError):
            return None

    @classmethod
    def from_command(cls, args: tuple[Any, ...]) -> ActionData | None:
        """The command's argument: the data object itself, or a list holding it (clients differ)."""
        if len(args) == 1 and isinstance(args[0], dict):
            return cls.from_json(args[0])
        return cls.from_json(args[0][0] if args and args[0] else None)


def comment_again(source: str, data: ActionData) -> CommentBlock | None:
    """The listed comment in ``source`` as it is now: at its line, or wherever it moved (same text)."""
    block = request_comment_at(source, data.line)
    if block is None or block.text != data.text:
        block = next((b for b in find_request_comments(source) if b.text == data.text), None)
    return block


def comment_above(doc: TextDocument, line: int) -> CommentBlock | None:
    """The request comment that ends right above ``line`` when ``line`` is blank: where completion is offered."""
    if line >= len(doc.lines) + 1:
        return None
    current = doc.lines[line] if line < len(doc.lines) else ""
    if current.strip():
        return None
    block = request_comment_at(doc.source, line)
    if block is None or block.end_line + 1 != line:
        return None
    return block
