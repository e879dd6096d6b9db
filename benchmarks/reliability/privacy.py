"""Offline and private: with the local backend the server opens no internet socket (sampled every 50 ms from its
start through loading, generations and shutdown), starts no other process, and its INFO log holds none of the
user's text (markers planted in the document's code and comment) nor the code generated for it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

from benchmarks.reliability.checks import EditSummary
from benchmarks.reliability.client import RawLspClient
from benchmarks.reliability.session import default_model, edit_of, server_args

logger = logging.getLogger(__name__)

MARKERS = ("Zümrüt4821", "ZMR-4821-GIZLI", "KasaHesabi7731", "SRR-9911-GIZLI")
DOCUMENT = (
    "import 'package:flutter/material.dart';\n"
    "final gizliAnahtar = 'ZMR-4821-GIZLI';\n"
    "class KasaHesabi7731 {}\n"
    "\n"
    "// Zümrüt4821 müşterisinin kasa bakiyesini gösteren bir widget yaz\n"
    "\n"
)
COMMENT_LINE = 4


@dataclass
class PrivacyResult:
    socket_samples: int = 0
    internet_sockets: list[str] = field(default_factory=list)  # every distinct one seen
    child_processes: list[str] = field(default_factory=list)
    log_lines: int = 0
    user_text_in_log: list[str] = field(default_factory=list)  # log lines holding a planted marker
    generated_code_in_log: list[str] = field(default_factory=list)  # log lines holding a generated code line
    generated_lines_checked: int = 0
    flows: list[str] = field(default_factory=list)

    @property
    def offline(self) -> bool:
        return not self.internet_sockets and not self.child_processes and self.socket_samples > 0

    @property
    def private(self) -> bool:
        return not self.user_text_in_log and not self.generated_code_in_log

    @property
    def passed(self) -> bool:
        return self.offline and self.private

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "offline": self.offline, "private": self.private, "passed": self.passed}


async def _sample(client: RawLspClient, result: PrivacyResult, stop: asyncio.Event) -> None:
    seen: set[str] = set(result.internet_sockets)
    children: set[str] = set(result.child_processes)
    while not stop.is_set() and client.process.returncode is None:
        with contextlib.suppress(psutil.Error):
            seen.update(client.internet_sockets())
            children.update(f"{c.pid} {' '.join(c.cmdline())[:120]}" for c in client.ps.children(recursive=True))
            result.socket_samples += 1
        await asyncio.sleep(0.05)
    result.internet_sockets, result.child_processes = sorted(seen), sorted(children)


async def offline_and_private(
    work: Path, *, model: Path | None = None, threads: int = 1, max_tokens: int = 96
) -> PrivacyResult:
    work.mkdir(parents=True, exist_ok=True)
    result = PrivacyResult()
    log = work / "privacy-server.log"
    log.unlink(missing_ok=True)
    client = await RawLspClient.start(server_args(model or default_model()), log)
    stop = asyncio.Event()
    sampler = asyncio.ensure_future(_sample(client, result, stop))
    generated: list[str] = []
    try:
        await client.initialize({"maxTokens": max_tokens, "contextLines": 6, "threads": threads})
        await client.wait_until_loaded()
        generated += await _flows(client, work, result)
    finally:
        await client.shutdown()
        stop.set()
        await sampler
    _check_log(log, generated, result)
    return result


async def _flows(client: RawLspClient, work: Path, result: PrivacyResult) -> list[str]:
    """What a user does, plus requests that fail; returns the generated code the server sent back."""
    uri = (work / "gizli.dart").as_uri()
    await client.open(uri, DOCUMENT)
    generated: list[str] = []
    actions = await client.code_actions(uri, COMMENT_LINE)
    response = await asyncio.wait_for(await client.send_request("codeAction/resolve", actions[0]), 300)
    generated += [i.text for i in EditSummary.of(edit_of(response)).insertions]
    result.flows.append("code action + resolve")
    await client.change(uri, 2, [{"text": DOCUMENT.replace("Zümrüt4821", "Zümrüt4821 ve SRR-9911-GIZLI")}])
    position = {"textDocument": {"uri": uri}, "position": {"line": COMMENT_LINE + 1, "character": 0}}
    completion = await client.request("textDocument/completion", position, timeout=300)
    for item in (completion or {}).get("items", []):
        generated.append(str((item.get("textEdit") or {}).get("newText", "")))
    result.flows.append("didChange + completion")
    inline = await client.request(
        "textDocument/inlineCompletion", {**position, "context": {"triggerKind": 1}}, timeout=300
    )
    generated += [str(i.get("insertText", "")) for i in (inline or {}).get("items", [])]
    result.flows.append("inline completion")
    # failing requests: wrong types around user text, and text that cannot be encoded
    bad = {"textDocument": {"uri": uri}, "range": "SRR-9911-GIZLI", "context": {"diagnostics": []}}
    with contextlib.suppress(Exception):
        await client.request("textDocument/codeAction", bad, timeout=30)
    await client.change(uri, 3, [{"text": DOCUMENT.replace("Zümrüt4821", "Zümrüt4821\ud800")}])
    with contextlib.suppress(Exception):
        again = await client.code_actions(uri, COMMENT_LINE)
        await client.request("codeAction/resolve", again[0], timeout=300)
    await client.change(
        uri,
        4,
        [
            {
                "range": {"start": {"line": 99, "character": 0}, "end": {"line": 0, "character": 0}},
                "text": "SRR-9911-GIZLI",
            }
        ],
    )
    await client.status()
    result.flows.append("invalid params, unencodable text, out-of-range change")
    return generated


def _check_log(log: Path, generated: list[str], result: PrivacyResult) -> None:
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    result.log_lines = len(lines)
    code_lines = {
        line.strip()
        for text in generated
        for line in text.split("\n")
        if len(line.strip()) >= 12 and not line.strip().startswith("// flutr:")
    }
    result.generated_lines_checked = len(code_lines)
    for line in lines:
        if any(marker in line for marker in MARKERS):
            result.user_text_in_log.append(line[:300])
        elif any(code in line for code in code_lines):
            result.generated_code_in_log.append(line[:300])
    started = time.monotonic()
    logger.debug("log checked in %.2f s", time.monotonic() - started)
