"""``flutr-bench speed``: the same questions answered in-process (the backend directly) and through a real LSP
session (``DemoClient`` → ``python -m lsp_server`` → code action → resolve → applied edit), interleaved question
by question so both see the same machine load, for each serving configuration:

- ``fixed``: the server's default prompt (system + one fixed example: a stable, KV-cached prefix, k=0);
- ``rag``: plus the k retrieved examples (they change per question and defeat prefix reuse);
- ``+pld``: llama.cpp prompt-lookup (speculative) decoding.

Per question: wall time, time to first token, completion tokens and tokens/s. The in-process side runs
:meth:`flutr.answering.Answerer.answer` — the server's exact pipeline — and its ``Generation`` records give the
pure llama.cpp time (``raw``). The LSP side is timed from the code-action request to the resolved edit. On half
of the questions (alternating in pairs, so probing and path order don't coincide) a probe lists code actions every
``probe_interval`` seconds while the server generates (the list must stay instant); the LSP/raw overhead is taken
from the other half, since the probes' own work (client and server on the same cores) slows generation. The server's
resident memory is read from ``/proc``. The first question of each configuration is the warm-up and is reported
separately; an answer-cache hit (the first timed question asked again) is measured on both sides.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types

from benchmarks.environment import RunEnvironment
from benchmarks.speed.config import SPEED_CONFIGS, SpeedConfig
from benchmarks.variants import FileIdentity, resolve_model
from flutr.answering import Answerer
from flutr.comments import find_request_comments
from flutr.dataset import QARow, load_split
from flutr.edits import apply_insertions, comment_out
from flutr.pipeline import GenerationSettings, ModelSpec, answerer_for, build_backend
from lsp_server.demo import DemoClient, edit_insertions

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServingConfig:
    name: str
    retrieval_k: int
    prompt_lookup_tokens: int
    retrieval_tokens: int = 0


def parse_configs(
    text: str, retrieval_k: int, prompt_lookup_tokens: int, retrieval_tokens: int = 0
) -> list[ServingConfig]:
    configs = []
    for raw in text.split(","):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in SPEED_CONFIGS:
            raise ValueError(f"unknown speed configuration {name!r}; expected some of {', '.join(SPEED_CONFIGS)}")
        configs.append(
            ServingConfig(
                name,
                retrieval_k=retrieval_k if name.startswith("rag") else 0,
                prompt_lookup_tokens=prompt_lookup_tokens if name.endswith("+pld") else 0,
                retrieval_tokens=retrieval_tokens,
            )
        )
    if not configs:
        raise ValueError("no speed configuration given")
    return configs


@dataclass(frozen=True)
class Question:
    row_id: str
    text: str  # the comment text exactly as the server reads it
    document: str  # a Dart file holding only the request comment


def questions_for(rows: list[QARow]) -> list[Question]:
    """Each question as a one-comment Dart file; rows the server would not read as a request are skipped."""
    found = []
    for row in rows:
        question = " ".join(row.question.split())
        document = f"// {question}\n"
        blocks = find_request_comments(document)
        if not blocks:
            logger.warning("%s: not read as a Turkish request comment; skipped", row.id)
            continue
        found.append(Question(row.id, blocks[0].text, document))
    return found


@dataclass
class InProcessTiming:
    wall: float  # Answerer.answer, end to end
    raw: float  # the backend's generate() calls alone (llama-cpp-python)
    time_to_first_token: float
    prompt_tokens: int
    completion_tokens: int
    decode_tokens_per_second: float
    attempts: int
    parses: bool
    code: str
    # The server's prefetch: the prompt evaluated while the user reads the code-action menu (``prefill``), then
    # the time to the first token once the action is chosen. 0.0 where not measured.
    prefetch_seconds: float = 0.0
    time_to_first_token_prefetched: float = 0.0


@dataclass
class LspTiming:
    wall: float  # code-action request → resolved edit applied
    list_seconds: float  # the code-action list before resolving
    resolve_seconds: float
    applied: bool
    same_answer: bool  # the inserted code is the in-process answer (same prompt, same tokens)
    probe_latencies: list[float] = field(default_factory=list)  # code-action lists while generating
    probed: bool = False  # listed code actions every probe_interval while generating
    error: str | None = None


@dataclass
class QuestionTiming:
    row_id: str
    in_process: InProcessTiming
    lsp: LspTiming | None


@dataclass
class ConfigResult:
    config: ServingConfig
    in_process_load_seconds: float  # model load + prefix warm-up
    server_ready_seconds: float | None  # server start → model loaded and warmed up
    warmup: QuestionTiming | None  # the first question: excluded from the medians
    questions: list[QuestionTiming] = field(default_factory=list)
    cache_hit_in_process: float | None = None
    cache_hit_lsp: float | None = None
    idle_list_latencies: list[float] = field(default_factory=list)
    server_rss_mib: float | None = None
    server_peak_rss_mib: float | None = None


@dataclass
class SpeedResult:
    config: SpeedConfig
    environment: RunEnvironment
    model: FileIdentity
    lora: FileIdentity | None
    out_dir: Path
    results: list[ConfigResult] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self.config).items()},
            "environment": self.environment.to_json(),
            "model": asdict(self.model),
            "lora": asdict(self.lora) if self.lora else None,
            "results": [asdict(r) for r in self.results],
        }


def process_rss_mib(pid: int) -> tuple[float | None, float | None]:
    """(current, peak) resident memory of ``pid`` in MiB, from /proc (None where unavailable)."""
    values: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) / 1024
    except OSError:
        return None, None
    return values.get("VmRSS"), values.get("VmHWM")


def answer_in_process(answerer: Answerer, question: Question) -> InProcessTiming:
    started = time.perf_counter()
    answer = answerer.answer(question.text, "")
    wall = time.perf_counter() - started
    generations = answer.generations
    first = generations[0] if generations else None
    return InProcessTiming(
        wall=wall,
        raw=sum(g.total_time for g in generations),
        time_to_first_token=first.time_to_first_token if first else 0.0,
        prompt_tokens=first.prompt_tokens if first else 0,
        completion_tokens=answer.completion_tokens,
        decode_tokens_per_second=first.tokens_per_second if first else 0.0,
        attempts=answer.attempts,
        parses=answer.parses,
        code=answer.code,
    )


def first_token_after_prefetch(answerer: Answerer, question: Question) -> tuple[float, float]:
    """(seconds to prefetch the question's prompt, time to its first token after that), from the server's state
    after another request: only the shared prefix of a different prompt is still in the KV cache (a stand-in
    question is evaluated first, so the answer just generated for this question cannot be reused)."""
    backend = answerer.backend
    backend.prefill(answerer.prompt_for(answerer.messages_for("?", "")))
    prompt = answerer.prompt_for(answerer.messages_for(question.text, ""))
    started = time.perf_counter()
    backend.prefill(prompt)
    prefetch = time.perf_counter() - started
    generation = backend.generate(prompt, max_tokens=1, temperature=answerer.settings.temperature)
    return prefetch, generation.time_to_first_token


def probed(index: int) -> bool:
    """Questions 1, 4, 5, 8, 9, …: probed in pairs, so probing does not coincide with which path goes first."""
    return (index // 2) % 2 == 0


class LspSession:
    """One ``flutr-lsp`` process driven by :class:`DemoClient`, with the helpers the benchmark needs."""

    def __init__(self, config: SpeedConfig, serving: ServingConfig, model: Path, log_file: Path) -> None:
        self.options: dict[str, Any] = {
            "modelPath": str(model),
            "loraPath": str(config.lora) if config.lora else "none",  # as the raw side: no adapter unless asked
            "retrievalK": serving.retrieval_k,
            "retrievalTokens": serving.retrieval_tokens,
            "promptLookupTokens": serving.prompt_lookup_tokens,
            "maxTokens": config.max_tokens,
            "threads": config.threads,
            "nCtx": config.n_ctx,
            # raw vs LSP compares the same work: a prefetch started by the listing would overlap the in-process
            # answer that runs next (what prefetch saves is measured by experiments/prefetch)
            "prefetch": False,
        }
        self.args = ["--log-file", str(log_file), "--log-level", "INFO"]
        self.demo = DemoClient(verbose=False)
        self._drain: asyncio.Task[None] | None = None
        self._opened = 0

    @property
    def pid(self) -> int | None:
        server = getattr(self.demo.client, "_server", None)
        return server.pid if server is not None else None

    async def start(self) -> float:
        """Start the server and wait until its model is loaded and warmed up; returns the seconds it took."""
        started = time.perf_counter()
        await self.demo.start(self.args, self.options)
        server = getattr(self.demo.client, "_server", None)
        if server is not None and server.stderr is not None:
            self._drain = asyncio.create_task(_drain(server.stderr))  # a full stderr pipe would block the server
        while (await self.status())["modelLoading"]:
            await asyncio.sleep(0.05)
        if self.demo.messages:
            raise RuntimeError(f"flutr-lsp reported: {self.demo.messages}")
        return time.perf_counter() - started

    async def status(self) -> dict[str, Any]:
        result = await self.demo.client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="flutr.status", arguments=[])
        )
        return dict(result or {})

    def open(self, question: Question) -> str:
        self._opened += 1
        uri = f"file:///flutr-bench/q{self._opened}-{question.row_id}.dart"
        self.demo.open(uri, question.document)
        return uri

    async def list_actions(self, uri: str) -> list[types.CodeAction]:
        at = types.Position(line=0, character=0)
        actions = await self.demo.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(start=at, end=at),
                context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.QuickFix]),
            )
        )
        return [a for a in actions or [] if isinstance(a, types.CodeAction)]

    async def answer(self, question: Question, probe_interval: float) -> tuple[LspTiming, str]:
        """Time code action → resolve → applied edit; returns the timing and the edited document ("" when no
        edit came back)."""
        uri = self.open(question)
        started = time.perf_counter()
        actions = await self.list_actions(uri)
        listed = time.perf_counter()
        if not actions:
            return LspTiming(listed - started, listed - started, 0.0, False, False, error="no code action"), ""
        resolving = asyncio.ensure_future(self.demo.client.code_action_resolve_async(actions[0]))
        latencies: list[float] = []
        probe = asyncio.create_task(self._probe(uri, resolving, latencies, probe_interval))
        try:
            resolved = await resolving
        except Exception as exc:  # noqa: BLE001 - a server error is a result to report, not a crash
            finished = time.perf_counter()
            await probe
            logger.warning("%s: codeAction/resolve failed: %s", question.row_id, exc)
            timing = LspTiming(
                finished - started,
                listed - started,
                finished - listed,
                False,
                False,
                latencies,
                error=f"{type(exc).__name__}: {exc}",
            )
            return timing, ""
        finished = time.perf_counter()
        await probe
        if resolved.edit is None:
            timing = LspTiming(
                finished - started,
                listed - started,
                finished - listed,
                False,
                False,
                latencies,
                error=f"no edit: {self.demo.messages[-1:] or 'the server gave none'}",
            )
            return timing, ""
        edited = apply_insertions(question.document, edit_insertions(resolved.edit))
        applied_at = time.perf_counter()
        probing = probe_interval > 0
        timing = LspTiming(applied_at - started, listed - started, finished - listed, True, False, latencies, probing)
        return timing, edited

    async def _probe(self, uri: str, resolving: asyncio.Future[Any], latencies: list[float], interval: float) -> None:
        """List code actions every ``interval`` seconds until ``resolving`` is done; nothing when ``interval`` <= 0."""
        while interval > 0 and not resolving.done():
            started = time.perf_counter()
            await self.list_actions(uri)
            if resolving.done():
                break  # the generation ended during this probe: not "while generating"
            latencies.append(time.perf_counter() - started)
            with contextlib.suppress(Exception):  # a timeout, or the resolve's own error (handled above)
                await asyncio.wait_for(asyncio.shield(resolving), timeout=interval)

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.demo.stop(), timeout=30)
        except (asyncio.TimeoutError, RuntimeError):
            logger.warning("flutr-lsp did not shut down cleanly", exc_info=True)
            server = getattr(self.demo.client, "_server", None)
            if server is not None and server.returncode is None:
                server.kill()
        if self._drain is not None:
            self._drain.cancel()


async def _drain(stream: asyncio.StreamReader) -> None:
    while await stream.read(65536):
        pass


def build_answerer(config: SpeedConfig, serving: ServingConfig, model: Path) -> Answerer:
    """The in-process twin of what the server builds (``flutr.pipeline.build_answerer``) for the same settings.

    Prompt lookup needs a workaround here: llama-cpp-python 0.3.x turns ``logits_all`` on for a draft model but
    sizes its logits buffer from the ``logits_all`` *argument* (``n_batch`` rows), so any prompt plus answer
    longer than ``n_batch`` tokens fails with "could not broadcast input array". ``n_batch = n_ctx`` sizes the
    buffer for the whole context (n_ctx × n_vocab floats: ~2.4 GB for Qwen at 4096). The server has no such
    setting, so its ``+pld`` configurations hit the bug; the report records those errors.
    """
    spec = ModelSpec(
        model_path=str(model),
        lora_path=str(config.lora) if config.lora else "none",
        n_ctx=config.n_ctx,
        threads=config.threads,
        prompt_lookup_tokens=serving.prompt_lookup_tokens,
    )
    backend = build_backend(spec, seed=config.seed, n_batch=config.n_ctx if serving.prompt_lookup_tokens else None)
    settings = GenerationSettings.of(config, retrieval_k=serving.retrieval_k, retrieval_tokens=serving.retrieval_tokens)
    answerer = answerer_for(backend, settings)
    backend.warm_up(answerer.stable_prefix())
    return answerer


async def measure_config(
    config: SpeedConfig,
    serving: ServingConfig,
    model: Path,
    questions: list[Question],
    log_dir: Path,
    bar: Any,
) -> ConfigResult:
    started = time.perf_counter()
    answerer = build_answerer(config, serving, model)
    load_seconds = time.perf_counter() - started
    session: LspSession | None = None
    result = ConfigResult(serving, load_seconds, None, None)
    try:
        if config.lsp:
            session = LspSession(config, serving, model, log_dir / f"flutr-lsp-{serving.name}.log")
            result.server_ready_seconds = await session.start()
            idle_uri = session.open(questions[0])
            for _ in range(5):
                t = time.perf_counter()
                await session.list_actions(idle_uri)
                result.idle_list_latencies.append(time.perf_counter() - t)
        for index, question in enumerate(questions):
            # alternate which path goes first, so neither always inherits the other's cache and load state
            lsp: LspTiming | None = None
            probe = config.probe_interval if probed(index) else 0.0
            if session is not None and index % 2:
                lsp, edited = await session.answer(question, probe)
            in_process = answer_in_process(answerer, question)
            if config.prefetch_ttft:
                in_process.prefetch_seconds, in_process.time_to_first_token_prefetched = first_token_after_prefetch(
                    answerer, question
                )
            if session is not None and not index % 2:
                lsp, edited = await session.answer(question, probe)
            if lsp is not None:
                # the server inserts the answer, or the answer as a comment when it would break the file
                code = in_process.code.strip()
                lsp.same_answer = lsp.applied and bool(code) and (code in edited or comment_out(code) in edited)
            timing = QuestionTiming(question.row_id, in_process, lsp)
            if index == 0:
                result.warmup = timing
            else:
                result.questions.append(timing)
            bar.update(1)
        repeat = questions[1] if len(questions) > 1 else questions[0]
        t = time.perf_counter()
        hit = answerer.answer(repeat.text, "")
        result.cache_hit_in_process = time.perf_counter() - t if hit.cached else None
        if session is not None:
            cached, _ = await session.answer(repeat, config.probe_interval)
            result.cache_hit_lsp = cached.wall if cached.applied else None
            if session.pid is not None:
                result.server_rss_mib, result.server_peak_rss_mib = process_rss_mib(session.pid)
    finally:
        if session is not None:
            await session.stop()
        answerer.backend.close()
    return result


def run_speed(config: SpeedConfig) -> SpeedResult:
    from tqdm import tqdm

    configs = parse_configs(config.configs, config.retrieval_k, config.prompt_lookup_tokens, config.retrieval_tokens)
    model_path = resolve_model(config.model)
    rows = load_split(config.split)[: config.limit + 1]
    questions = questions_for(rows)
    if len(questions) < 2:
        raise ValueError("need at least two questions (one warm-up, one timed)")
    result = SpeedResult(
        config,
        RunEnvironment.capture(seeds={"llama.cpp": config.seed}, command=config.command),
        FileIdentity.of(model_path),
        FileIdentity.of(config.lora) if config.lora else None,
        config.output_dir(model_path.stem.lower()),
    )
    with (
        tempfile.TemporaryDirectory(prefix="flutr-bench-") as logs,
        tqdm(
            total=len(configs) * len(questions),
            desc="speed",
            unit="q",
            disable=not config.progress,
            dynamic_ncols=True,
        ) as bar,
    ):
        for serving in configs:
            bar.set_postfix_str(serving.name)
            result.results.append(asyncio.run(measure_config(config, serving, model_path, questions, Path(logs), bar)))
    return result
