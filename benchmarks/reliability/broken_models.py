"""Broken models and adapters: the server must say what is wrong and how to fix it (``window/showMessage``) and
keep serving everything that does not need the model.

The broken files are made from the small SmolLM2 GGUF: missing, truncated, garbage metadata, garbage tensor data,
``general.architecture`` changed (located with ``gguf.GGUFReader``, patched in place), and LoRA adapters written
with ``gguf.GGUFWriter`` for another base model (other hidden size) or another architecture.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.reliability.client import RawLspClient
from benchmarks.reliability.session import default_model, start_server

logger = logging.getLogger(__name__)

ERROR, WARNING = 1, 2
DOC = "class A {}\n\n// Kullanıcı listesini gösteren bir widget yaz\n\n"


@dataclass(frozen=True)
class BrokenCase:
    name: str
    model: Callable[[Path, Path], Path]  # (base model, work dir) -> model file to pass with --model
    lora: Callable[[Path, Path], Path] | None = None
    problem_words: tuple[str, ...] = ()  # one of them must be in the message: it names the problem
    fix_words: tuple[str, ...] = ()  # one of them must be in the message: it names the fix
    must_fail: bool = True  # False: undetectable damage; only "keeps serving" is checked


@dataclass
class BrokenResult:
    case: str
    file: str
    messages: list[str] = field(default_factory=list)  # every showMessage (type: text)
    model_loaded: bool = False
    reported: bool = False  # an error/warning message naming the file
    names_problem: bool = False
    names_fix: bool = False
    seconds_to_message: float | None = None
    code_actions_listed: bool = False
    status_answers: bool = False
    resolve_answered: bool = False
    completion_answered: bool = False
    alive: bool = False
    exit_code: int | None = None
    must_fail: bool = True
    notes: list[str] = field(default_factory=list)

    @property
    def keeps_serving(self) -> bool:
        return (
            self.code_actions_listed
            and self.status_answers
            and self.resolve_answered
            and self.completion_answered
            and self.alive
            and self.exit_code == 0
        )

    @property
    def passed(self) -> bool:
        if not self.must_fail:
            return self.keeps_serving
        return self.keeps_serving and self.reported and self.names_problem and self.names_fix

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "keeps_serving": self.keeps_serving, "passed": self.passed}


# -- making broken files ---------------------------------------------------------------------------------------
def missing(base: Path, work: Path) -> Path:
    return work / "no-such-model.gguf"


def truncated(base: Path, work: Path) -> Path:
    target = work / "truncated.gguf"
    with base.open("rb") as src, target.open("wb") as dst:
        dst.write(src.read(int(base.stat().st_size * 0.6)))
    return target


def _damaged(base: Path, target: Path, start: int, length: int) -> Path:
    shutil.copyfile(base, target)
    noise = random.Random(start).randbytes(length)
    with target.open("r+b") as handle:
        handle.seek(start)
        handle.write(noise)
    return target


def corrupt_metadata(base: Path, work: Path) -> Path:
    """Magic and version intact, the key/value metadata after them random."""
    return _damaged(base, work / "corrupt-metadata.gguf", 24, 64 * 1024)


def corrupt_tensor_data(base: Path, work: Path) -> Path:
    """Random bytes in the middle of the tensor data: nothing in a GGUF can detect this (no checksum)."""
    return _damaged(base, work / "corrupt-tensors.gguf", base.stat().st_size // 2, 1 << 20)


def with_architecture(architecture: str) -> Callable[[Path, Path], Path]:
    def make(base: Path, work: Path) -> Path:
        import gguf

        field_ = gguf.GGUFReader(base).fields["general.architecture"]
        value = bytes(field_.parts[-1])
        if len(architecture) != len(value):
            raise ValueError(f"replacement {architecture!r} must have {len(value)} characters to patch in place")
        offset = field_.offset + sum(part.nbytes for part in field_.parts[:-1])
        target = work / f"arch-{architecture}.gguf"
        shutil.copyfile(base, target)
        with target.open("r+b") as handle:
            handle.seek(offset)
            handle.write(architecture.encode())
        written = gguf.GGUFReader(target).fields["general.architecture"]
        assert bytes(written.parts[-1]).decode() == architecture
        return target

    return make


def foreign_lora(architecture: str, n_embd: int) -> Callable[[Path, Path], Path]:
    """A LoRA adapter GGUF for a base model with another architecture or hidden size (as for Qwen2.5-0.5B)."""

    def make(base: Path, work: Path) -> Path:
        import gguf

        target = work / f"lora-{architecture}-{n_embd}.gguf"
        writer = gguf.GGUFWriter(target, architecture)
        writer.add_type("adapter")
        writer.add_string("adapter.type", "lora")
        writer.add_float32("adapter.lora.alpha", 16.0)
        writer.add_name(f"flutr test adapter for a {architecture} base with n_embd={n_embd}")
        rank = 8
        for layer in range(2):
            for name in ("attn_q", "attn_v"):
                writer.add_tensor(f"blk.{layer}.{name}.weight.lora_a", np.full((rank, n_embd), 0.01, np.float32))
                writer.add_tensor(f"blk.{layer}.{name}.weight.lora_b", np.full((n_embd, rank), 0.01, np.float32))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        return target

    return make


FILE_FIXES = ("--model", "download", "re-export", "convert", "indir")
CASES = (
    BrokenCase("missing-model", missing, None, ("not found", "bulunamadı", "no such file"), FILE_FIXES),
    BrokenCase("truncated-model", truncated, None, ("truncated", "incomplete", "complete gguf", "eksik"), FILE_FIXES),
    BrokenCase("corrupt-metadata", corrupt_metadata, None, ("corrupt", "complete gguf", "bozuk"), FILE_FIXES),
    BrokenCase("corrupt-tensor-data", corrupt_tensor_data, None, must_fail=False),
    BrokenCase("unknown-architecture", with_architecture("bogus"), None, ("architecture", "mimari"), FILE_FIXES),
    BrokenCase("wrong-architecture", with_architecture("qwen2"), None, ("architecture", "mimari"), FILE_FIXES),
    BrokenCase(
        "lora-for-other-base-size",
        lambda base, work: base,
        foreign_lora("llama", 896),
        ("base model", "temel model", "shape"),
        ("trained for this base", "--lora", "another adapter"),
    ),
    BrokenCase(
        "lora-for-other-architecture",
        lambda base, work: base,
        foreign_lora("qwen2", 896),
        ("base model", "temel model", "architecture"),
        ("trained for this base", "--lora", "another adapter"),
    ),
    BrokenCase(
        "lora-missing",
        lambda base, work: base,
        lambda base, work: work / "no-such-adapter.gguf",
        ("not found", "bulunamadı"),
        ("--lora", "pass"),
    ),
)


# -- running a case --------------------------------------------------------------------------------------------
async def run_case(case: BrokenCase, work: Path, base: Path | None = None, *, timeout: float = 90) -> BrokenResult:
    base = base or default_model()
    work.mkdir(parents=True, exist_ok=True)
    model = case.model(base, work)
    lora = case.lora(base, work) if case.lora else None
    broken = lora or model
    result = BrokenResult(case.name, str(broken), must_fail=case.must_fail)
    extra = ("--lora", str(lora)) if lora else ()
    client = await start_server(
        model,
        work / f"{case.name}-server.log",
        {"maxTokens": 24, "contextLines": 0, "threads": 1},
        extra_args=extra,
        wait_loaded=False,
    )
    started = time.monotonic()
    try:
        await _wait_for_verdict(client, case, result, started, timeout)
        await _check_features(client, work, result)
    except Exception as exc:  # noqa: BLE001 - recorded; the case fails
        result.notes.append(f"{type(exc).__name__}: {exc}")
    finally:
        result.messages = [f"{m.get('type')}: {m.get('message')}" for m in client.record.messages()]
        result.alive = client.alive
        result.exit_code = await client.shutdown()
    _judge(case, result, broken)
    return result


async def _wait_for_verdict(
    client: RawLspClient, case: BrokenCase, result: BrokenResult, started: float, timeout: float
) -> None:
    """Until an error/warning message arrives or the model has loaded."""
    while time.monotonic() - started < timeout:
        if _problem_messages(client):
            result.seconds_to_message = round(time.monotonic() - started, 2)
            break
        status = await client.status()
        if not status["modelLoading"]:
            await asyncio.sleep(0.3)  # a failure's message follows the future's completion
            if _problem_messages(client):
                result.seconds_to_message = round(time.monotonic() - started, 2)
            break
        await asyncio.sleep(0.1)
    result.model_loaded = not _problem_messages(client) and not (await client.status())["modelLoading"]


def _problem_messages(client: RawLspClient) -> list[str]:
    return [str(m.get("message")) for m in client.record.messages() if m.get("type") in (ERROR, WARNING)]


async def _check_features(client: RawLspClient, work: Path, result: BrokenResult) -> None:
    uri = (work / "broken-model-doc.dart").as_uri()
    await client.open(uri, DOC)
    result.code_actions_listed = len(await client.code_actions(uri, 2)) == 1  # one action per comment
    result.status_answers = isinstance(await client.status(), dict)
    actions = await client.code_actions(uri, 2)
    with contextlib.suppress(Exception):
        await client.request("codeAction/resolve", actions[0], timeout=120)
        result.resolve_answered = True
    with contextlib.suppress(Exception):
        await client.request(
            "textDocument/completion",
            {"textDocument": {"uri": uri}, "position": {"line": 3, "character": 0}},
            timeout=120,
        )
        result.completion_answered = True


def _judge(case: BrokenCase, result: BrokenResult, broken: Path) -> None:
    problems = [m for m in result.messages if m.startswith((f"{ERROR}:", f"{WARNING}:"))]
    naming = [m for m in problems if broken.name in m]
    result.reported = bool(naming)
    text = " ".join(naming).replace(str(broken), "<file>").replace(broken.name, "<file>").lower()  # the path's words
    result.names_problem = any(word.lower() in text for word in case.problem_words)
    result.names_fix = any(word.lower() in text for word in case.fix_words)
    if case.must_fail and result.model_loaded:
        result.notes.append("the broken file loaded without any message")


async def broken_models(work: Path, *, base: Path | None = None, only: tuple[str, ...] = ()) -> list[BrokenResult]:
    results = []
    for case in CASES:
        if only and case.name not in only:
            continue
        logger.info("broken model: %s", case.name)
        results.append(await run_case(case, work / case.name, base))
        for leftover in (work / case.name).glob("*.gguf"):
            leftover.unlink()  # 100 MB copies
    return results
