"""Helpers for driving the real ``flutr-lsp`` process with pytest-lsp."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from flutr.dart import find_syntax_errors
from flutr.edits import apply_insertions
from lsp_server.demo import client_capabilities, edit_insertions


def server_config(*args: str) -> ClientServerConfig:
    return ClientServerConfig(server_command=[sys.executable, "-m", "lsp_server", "--log-level", "INFO", *args])


async def start(config: ClientServerConfig, options: dict[str, Any] | None = None) -> LanguageClient:
    client = await config.start()
    assert isinstance(client, LanguageClient)
    await client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(), initialization_options=options or {})
    )
    return client


def open_doc(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="dart", version=version, text=text)
        )
    )


async def list_actions(
    client: LanguageClient, uri: str, line: int, character: int = 0, only: list[str] | None = None
) -> list[types.CodeAction]:
    at = types.Position(line=line, character=character)
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=at, end=at),
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
    )
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


async def resolve_and_apply(client: LanguageClient, action: types.CodeAction, text: str) -> str:
    resolved = await client.code_action_resolve_async(action)
    assert resolved.edit is not None, [m.message for m in client.messages]
    return apply_insertions(text, edit_insertions(resolved.edit))


async def status(client: LanguageClient) -> dict[str, Any]:
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="flutr.status", arguments=[])
    )


async def wait_until_loaded(client: LanguageClient, timeout: float = 120) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while (await status(client))["modelLoading"]:
        assert asyncio.get_running_loop().time() < deadline, "model did not load"
        await asyncio.sleep(0.1)


def assert_parses(text: str) -> None:
    errors = find_syntax_errors(text)
    assert not errors, f"{errors}\n{text}"


def doc_uri(tmp_path: Path, name: str = "main.dart") -> str:
    return (tmp_path / name).as_uri()
