"""Document safety: the server changes a document only through the edit the user accepts, and that edit is right
for the document version it names, also when the document changed while the model was generating.

Each case opens a document, starts a resolve (or, for clients without resolve, the ``flutr.answerComment``
command), waits until the generation runs, changes the document, and judges the returned edit against the text
the client now has: an edit must name the current version and put the code right below the (moved) comment, or
there must be no edit at all. An edit naming the current version but placed for the old text is a stale edit.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.reliability.checks import EditSummary, placement_problem
from benchmarks.reliability.client import CLIENT_CAPABILITIES, JSON, RawLspClient
from benchmarks.reliability.session import LONG_REQUEST, edit_of, start_server
from flutr.comments import find_request_comments

logger = logging.getLogger(__name__)


@dataclass
class SafetyCase:
    name: str
    verdict: str = "unknown"  # correct-edit | no-edit | stale-edit | wrong-version | unversioned | error
    passed: bool = False
    changed_during_generation: bool = False
    expected: str = ""  # what a safe server does here
    edit_versions: list[int | None] = field(default_factory=list)
    client_version: int = 1
    detail: str = ""
    messages: list[str] = field(default_factory=list)


@dataclass
class SafetyResult:
    cases: list[SafetyCase] = field(default_factory=list)
    unrequested_apply_edits: int = 0  # workspace/applyEdit sent by the server although no command asked for it
    duration_s: float = 0.0

    @property
    def passed(self) -> bool:
        return self.unrequested_apply_edits == 0 and all(c.passed for c in self.cases)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


# A change made during generation: (text now) -> list of (contentChanges, text after them), one per version step.
Change = Callable[[str], list[tuple[list[JSON], str]]]


def _insert(text: str, line: int, new: str) -> tuple[list[JSON], str]:
    at = {"line": line, "character": 0}
    lines = text.split("\n")
    return [{"range": {"start": at, "end": at}, "text": new}], "\n".join(
        lines[:line] + [new.rstrip("\n")] + lines[line:]
    )


def _replace_line(text: str, line: int, new: str) -> tuple[list[JSON], str]:
    lines = text.split("\n")
    rng = {"start": {"line": line, "character": 0}, "end": {"line": line, "character": len(lines[line])}}
    return [{"range": rng, "text": new}], "\n".join(lines[:line] + [new] + lines[line + 1 :])


def _delete_line(text: str, line: int) -> tuple[list[JSON], str]:
    lines = text.split("\n")
    rng = {"start": {"line": line, "character": 0}, "end": {"line": line + 1, "character": 0}}
    return [{"range": rng, "text": ""}], "\n".join(lines[:line] + lines[line + 1 :])


COMMENT_LINE = 2


def _document(n: int) -> str:
    return f"import 'dart:math';\n\n// {n}. güvenlik: {LONG_REQUEST}\nclass After {{}}\n"


CASES: tuple[tuple[str, str, Change | None], ...] = (
    ("unchanged", "versioned edit (version 1) right below the comment", None),
    (
        "lines-inserted-above",
        "edit for version 2 below the moved comment, or no edit",
        lambda t: [_insert(t, 0, "// yeni satır 1\nint a = 1;\nint b = 2;\n")],
    ),
    (
        "line-inserted-below",
        "edit for version 2 right below the comment, or no edit",
        lambda t: [_insert(t, COMMENT_LINE + 1, "int araya = 0;\n")],
    ),
    (
        "two-changes",
        "edit for version 3 below the moved comment, or no edit",
        lambda t: [_insert(t, 0, "int a = 1;\n"), _insert(_insert(t, 0, "int a = 1;\n")[1], 0, "int b = 2;\n")],
    ),
    (
        "comment-edited",
        "no edit (the request changed)",
        lambda t: [_replace_line(t, COMMENT_LINE, "// Bambaşka bir istek: ayarlar sayfası için bir widget yaz")],
    ),
    ("comment-deleted", "no edit", lambda t: [_delete_line(t, COMMENT_LINE)]),
)


async def _wait_generating(client: RawLspClient, future: asyncio.Future[JSON], timeout: float = 60) -> bool:
    started = time.monotonic()
    while not future.done() and time.monotonic() - started < timeout:
        if (await client.status())["activeGenerations"]:
            return True
        await asyncio.sleep(0.02)
    return False


def _judge(case: SafetyCase, edit: JSON | None, text: str, version: int, may_edit: bool) -> None:
    summary = EditSummary.of(edit)
    case.edit_versions = list(summary.versions)
    case.client_version = version
    if not summary.insertions and not summary.unversioned_changes:
        case.verdict, case.passed = "no-edit", True
        return
    comments = [b for b in find_request_comments(text) if "güvenlik" in b.text]
    if summary.unversioned_changes or None in summary.versions:
        case.verdict, case.detail = "unversioned", "the edit names no document version"
    elif summary.versions != (version,):
        case.verdict, case.detail = "wrong-version", f"edit for version {summary.versions}, client has {version}"
    elif not comments:
        case.verdict, case.detail = "stale-edit", "an edit although the request comment is gone"
    else:
        problem = placement_problem(text, summary, comments[0].end_line)
        if problem:
            case.verdict, case.detail = "stale-edit", f"version {version} named, but {problem}"
        else:
            case.verdict = "correct-edit"
    case.passed = case.verdict == "correct-edit" and may_edit


async def _run_case(
    client: RawLspClient, work: Path, index: int, name: str, expected: str, change: Change | None, *, command: bool
) -> SafetyCase:
    case = SafetyCase(name=name + ("-command" if command else ""), expected=expected)
    uri = (work / f"safety-{index}{'-command' if command else ''}.dart").as_uri()
    text = _document(index + (100 if command else 0))
    await client.open(uri, text)
    shown_before = len(client.record.shown())
    edits_before = len(client.record.apply_edit_requests())
    actions = await client.code_actions(uri, COMMENT_LINE)
    if command:
        arguments = (actions[0].get("command") or {}).get("arguments") or (actions[0].get("arguments") or [])
        future = await client.send_request(
            "workspace/executeCommand", {"command": "flutr.answerComment", "arguments": arguments}
        )
    else:
        future = await client.send_request("codeAction/resolve", actions[0])
    version = 1
    if change is not None:
        case.changed_during_generation = await _wait_generating(client, future)
        for changes, after in change(text):
            version += 1
            await client.change(uri, version, changes)
            text = after
    response = await asyncio.wait_for(future, 300)
    if "error" in response:
        case.verdict, case.detail = "error", str(response["error"].get("message"))[:200]
        return case
    if command:
        requests = client.record.apply_edit_requests()[edits_before:]
        edit = (requests[0].get("params") or {}).get("edit") if requests else None
        if len(requests) > 1:
            case.detail = f"{len(requests)} applyEdit requests for one command"
    else:
        edit = edit_of(response)
    case.messages = client.record.shown()[shown_before:]
    may_edit = name not in ("comment-edited", "comment-deleted")
    _judge(case, edit, text, version, may_edit)
    if change is not None and not case.changed_during_generation:
        case.detail = (case.detail + "; " if case.detail else "") + "generation ended before the change was sent"
    return case


async def document_safety(
    work: Path,
    *,
    model: Path | None = None,
    threads: int = 1,
    max_tokens: int = 160,
    cases: tuple[str, ...] = (),
    command_path: bool = True,
) -> SafetyResult:
    """Run the ``cases`` (all by default) through resolve, and the first two through the command path too."""
    started = time.monotonic()
    result = SafetyResult()
    work.mkdir(parents=True, exist_ok=True)
    options = {"maxTokens": max_tokens, "contextLines": 0, "threads": threads}
    chosen = [(i, case) for i, case in enumerate(CASES) if not cases or case[0] in cases]
    client = await start_server(model, work / "safety-server.log", options)
    try:
        for index, (name, expected, change) in chosen:
            result.cases.append(await _run_case(client, work, index, name, expected, change, command=False))
        result.unrequested_apply_edits = len(client.record.apply_edit_requests())
    finally:
        await client.shutdown()
    if command_path:  # clients without codeAction/resolve: the server itself sends workspace/applyEdit
        no_resolve = {**CLIENT_CAPABILITIES, "textDocument": {"codeAction": {}}}
        client = await start_server(model, work / "safety-command-server.log", options, capabilities=no_resolve)
        try:
            for index, (name, expected, change) in enumerate(CASES[:2]):
                result.cases.append(await _run_case(client, work, index, name, expected, change, command=True))
        finally:
            await client.shutdown()
    result.duration_s = round(time.monotonic() - started, 1)
    return result
