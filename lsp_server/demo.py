"""A real LSP client session against ``flutr-lsp`` (README command 1, also used by the speed benchmark).

Starts the server as a subprocess, opens a Dart file, asks for the code action on its Turkish comment, resolves
it (generation happens there), applies the returned edit locally and returns the new text.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from flutr.comments import find_request_comments
from flutr.edits import Insertion, apply_insertions

logger = logging.getLogger(__name__)

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "liste_yenile.dart"


def client_capabilities() -> types.ClientCapabilities:
    return types.ClientCapabilities(
        window=types.WindowClientCapabilities(work_done_progress=True),
        workspace=types.WorkspaceClientCapabilities(apply_edit=True, configuration=True),
        text_document=types.TextDocumentClientCapabilities(
            code_action=types.CodeActionClientCapabilities(
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]),
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(value_set=["quickfix", "refactor.rewrite"])
                ),
            )
        ),
    )


def edit_insertions(edit: types.WorkspaceEdit | None) -> list[Insertion]:
    """The insertions of a flutr edit (it only ever inserts)."""
    result: list[Insertion] = []
    for change in (edit.document_changes if edit else None) or []:
        if isinstance(change, types.TextDocumentEdit):
            for e in change.edits:
                text = e.new_text if isinstance(e, types.TextEdit) else str(getattr(e, "new_text", ""))
                result.append(Insertion(e.range.start.line, e.range.start.character, text))
    return result


@dataclass
class DemoClient:
    """A minimal editor: progress and messages go to stderr."""

    client: LanguageClient = field(default_factory=lambda: LanguageClient("flutr-demo", "0.1"))
    messages: list[str] = field(default_factory=list)
    verbose: bool = True

    def __post_init__(self) -> None:
        @self.client.feature(types.WINDOW_WORK_DONE_PROGRESS_CREATE)
        def create(params: types.WorkDoneProgressCreateParams) -> None:
            return None

        @self.client.feature(types.PROGRESS)
        def progress(params: types.ProgressParams) -> None:
            value = params.value if isinstance(params.value, dict) else {}
            text = value.get("title") or value.get("message") or ""
            if self.verbose and text:
                print(f"[flutr] {text}", file=sys.stderr)

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def show(params: types.ShowMessageParams) -> None:
            self.messages.append(params.message)
            print(f"[flutr-lsp] {params.message}", file=sys.stderr)

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def log(params: types.LogMessageParams) -> None:
            logger.debug("server log: %s", params.message)

    async def start(self, args: list[str], options: dict[str, Any] | None = None) -> None:
        await self.client.start_io(sys.executable, "-m", "lsp_server", *args)
        await self.client.initialize_async(
            types.InitializeParams(capabilities=client_capabilities(), initialization_options=options or {})
        )
        self.client.initialized(types.InitializedParams())

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="dart", version=version, text=text)
            )
        )

    async def answer(self, uri: str, line: int) -> types.WorkspaceEdit | None:
        at = types.Position(line=line, character=0)
        actions = await self.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(start=at, end=at),
                context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.QuickFix]),
            )
        )
        action = next((a for a in actions or [] if isinstance(a, types.CodeAction)), None)
        if action is None:
            return None
        resolved = await self.client.code_action_resolve_async(action)
        return resolved.edit

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


async def run_demo(
    path: Path,
    *,
    model: Path | None = None,
    lora: Path | None = None,
    line: int | None = None,
    options: dict[str, Any] | None = None,
) -> str:
    """Answer the first request comment of ``path`` (or the one on ``line``) through a real server session, with
    ``options`` as the client's settings; returns the file with the edit applied."""
    text = path.read_text(encoding="utf-8")
    if line is None:
        requests = find_request_comments(text)
        if not requests:
            raise SystemExit(f"{path}: Türkçe istek yorumu yok / no Turkish request comment found")
        line = requests[0].start_line
    args = [*(["--model", str(model)] if model else []), *(["--lora", str(lora)] if lora else [])]
    demo = DemoClient()
    started = time.perf_counter()
    await demo.start(args, options)
    uri = path.resolve().as_uri()
    demo.open(uri, text)
    try:
        edit = await demo.answer(uri, line)
    finally:
        await demo.stop()
    if edit is None:
        raise SystemExit(f"{path}:{line + 1}: flutr kod üretmedi / no code was produced: {demo.messages}")
    print(
        f"[flutr] {time.perf_counter() - started:.1f} s (sunucu başlatma dahil / including server start)",
        file=sys.stderr,
    )
    return apply_insertions(text, edit_insertions(edit))


if __name__ == "__main__":
    print(asyncio.run(run_demo(EXAMPLE)))
