"""Speed beside a neighbour (issue #20): llama.cpp thread policies, and the longest answers, while another process
takes a core.

Neighbours are processes started once and paused (SIGSTOP) or resumed (SIGCONT) between measurements, so every
condition is measured in the same run, taking turns round by round with the machine's other load:

- ``idle``: no neighbour of ours (the machine's own load is measured and reported: it may not be idle);
- ``busy``: a Python busy loop pinned to the last core (an analysis server, a browser tab);
- ``model``: a second llama.cpp process, one thread, generating without end (another model, a benchmark).

**Threads** (:func:`measure_threads`): one model, the thread count switched between generations
(``LlamaCppBackend.use_threads``): physical cores (today's default), cores − 1, 1, ``auto`` (the server's policy,
:func:`flutr.hardware.threads_for_load` on the load measured just before) and ``probe`` (the count that was
fastest in a short probe at the start: what a warm-up probe would have fixed). Each generation is the server's
prompt for a test question with the shared prefix cached, forced to ``tokens`` tokens.

**Answers** (:func:`measure_answers`): the server's pipeline before (threads = physical cores, no time budget; a
benchmark cap stops an answer that runs past ``before_cap`` seconds and reports it as ``≥``) and after (the
defaults: auto threads, ``timeBudget``), question by question in turn, beside one neighbour.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from flutr.answering import Answerer, AnswerSettings
from flutr.backends.base import CancelToken
from flutr.hardware import LoadMonitor, physical_cores, threads_for_load

CONDITIONS = ("idle", "busy", "model")
SETTLE_SECONDS = 1.5  # after a neighbour is resumed: the load monitor's window (1 s) must see it


class Neighbour:
    """A controlled neighbour process; ``idle`` has none. Paused at start."""

    def __init__(self, kind: str, model: Path | None = None) -> None:
        self.kind = kind
        self.process: subprocess.Popen[bytes] | None = None
        if kind == "busy":
            core = max(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
            code = f"import os\nos.sched_setaffinity(0, {{{core}}})\nwhile True:\n    pass\n"
            self.process = subprocess.Popen([sys.executable, "-c", code])
        elif kind == "model":
            assert model is not None
            self.process = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.speed.neighbour", str(model)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            assert self.process.stdout is not None
            self.process.stdout.readline()  # "ready": the model is loaded
        elif kind != "idle":
            raise ValueError(f"unknown neighbour {kind!r}; expected one of {', '.join(CONDITIONS)}")
        self.pause()

    def pause(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)

    def close(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait()


def _model_loop(model: Path) -> None:
    """The ``model`` neighbour: one llama.cpp thread, generating for ever."""
    from flutr.backends.llama_cpp import LlamaCppBackend, LlamaCppConfig

    backend = LlamaCppBackend(LlamaCppConfig(model_path=model, n_threads=1, n_ctx=1024))
    print("ready", flush=True)
    while True:
        backend.generate("// Flutter: a counter widget\n", max_tokens=256, stop=())


@dataclass
class Neighbours:
    """The conditions of one run; exactly one neighbour runs at a time."""

    by_condition: dict[str, Neighbour] = field(default_factory=dict)

    @classmethod
    def start(cls, conditions: list[str], model: Path) -> Neighbours:
        return cls({c: Neighbour(c, model) for c in conditions})

    def only(self, condition: str) -> None:
        for name, neighbour in self.by_condition.items():
            if name != condition:
                neighbour.pause()
        self.by_condition[condition].resume()
        time.sleep(SETTLE_SECONDS)

    def close(self) -> None:
        for neighbour in self.by_condition.values():
            neighbour.close()


def candidates(cores: int) -> dict[str, int | None]:
    """Thread counts to compare; None = decided per generation (``auto``) or by the start probe (``probe``)."""
    fixed: dict[str, int | None] = {}
    for name, count in (("cores", cores), ("cores-1", cores - 1), ("1", 1)):
        if count >= 1 and count not in fixed.values():
            fixed[name] = count
    return {**fixed, "auto": None, "probe": None}


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3) if values else 0.0


def measure_threads(
    answerer: Answerer,
    questions: list[str],
    conditions: list[str],
    neighbours: Neighbours,
    *,
    rounds: int,
    tokens: int,
    prefetched: bool = False,
) -> dict[str, Any]:
    """Per condition and candidate: decoding tokens/s and answer seconds (prompt + ``tokens``), medians over
    ``rounds``; conditions and candidates take turns (rotated each round). ``prefetched``: the whole prompt is
    evaluated first, untimed, as the server's prefetch does while the user decides, so the answer seconds are what
    the user waits after choosing the action: the rest of the prompt (one token) and the decoding."""
    backend: Any = answerer.backend
    cores = physical_cores()
    names = list(candidates(cores))
    monitor = LoadMonitor().start()
    rows: list[dict[str, Any]] = []

    def run(question: str, threads: int) -> Any:
        prompt = answerer.prompt_for(answerer.messages_for(question))
        if prefetched:  # the whole prompt evaluated before the user chooses (the server's prefetch), not timed
            backend.use_threads(1)
            backend.warm_up(prompt)
        else:  # only the shared prefix cached, as after the server's warm-up
            backend.warm_up(answerer.stable_prefix())
        backend.use_threads(threads)
        return backend.generate(prompt, max_tokens=tokens, stop=())

    try:
        neighbours.only(conditions[0])
        probe_speed = {n: run(questions[0], n).tokens_per_second for n in sorted({1, cores})}
        probed = max(probe_speed, key=lambda n: probe_speed[n])
        for index in range(rounds):
            question = questions[index % len(questions)]
            shift = index % len(conditions)
            for condition in conditions[shift:] + conditions[:shift]:
                neighbours.only(condition)
                turn = index % len(names)
                for name in names[turn:] + names[:turn]:
                    others = monitor.others_busy()
                    fixed = candidates(cores)[name]
                    threads = fixed or (probed if name == "probe" else threads_for_load(cores, others))
                    generation = run(question, threads)
                    row = {
                        "round": index,
                        "condition": condition,
                        "candidate": name,
                        "threads": threads,
                        "others_busy_before": round(others, 2),
                        "tokens_per_second": round(generation.tokens_per_second, 2),
                        "answer_seconds": round(generation.total_time, 3),
                        "prompt_seconds": round(generation.time_to_first_token, 3),
                    }
                    rows.append(row)
                    print(row, file=sys.stderr, flush=True)
    finally:
        monitor.stop()
    table: dict[str, dict[str, Any]] = {}
    for condition in conditions:
        table[condition] = {}
        for name in names:
            mine = [r for r in rows if r["condition"] == condition and r["candidate"] == name]
            table[condition][name] = {
                "tokens_per_second": _median([r["tokens_per_second"] for r in mine]),
                "answer_seconds": _median([r["answer_seconds"] for r in mine]),
                "threads": sorted({r["threads"] for r in mine}),
            }
        table[condition]["others_busy"] = _median(
            [r["others_busy_before"] for r in rows if r["condition"] == condition]
        )
    reference = table[conditions[0]]["cores"]["answer_seconds"]
    ratios = {
        f"{condition}/{name}": round(table[condition][name]["answer_seconds"] / reference, 2) if reference else None
        for condition in conditions
        for name in names
    }
    return {
        "cores": cores,
        "tokens": tokens,
        "rounds": rounds,
        "prefetched": prefetched,
        "probe": {"tokens_per_second": probe_speed, "chosen": probed},
        "table": table,
        "answer_time_over_cores_in_first_condition": ratios,
        "rows": rows,
    }


class _Capped(CancelToken):
    """The benchmark's cap on a *before* answer (which has no budget of its own): cancels after ``seconds``."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self._end = time.monotonic() + seconds

    @property
    def cancelled(self) -> bool:
        return time.monotonic() >= self._end


def measure_answers(
    before: Answerer, after: Answerer, questions: list[str], condition: str, neighbours: Neighbours, *, cap: float
) -> dict[str, Any]:
    """Each question answered by the pipeline before and after (in turn, who goes first alternating), beside
    ``condition``'s neighbour; wall seconds, attempts, tokens and how each answer ended."""
    neighbours.only(condition)
    rows: list[dict[str, Any]] = []
    for index, question in enumerate(questions):
        row: dict[str, Any] = {"question": question[:80]}
        order = [("before", before), ("after", after)]
        for name, answerer in order if index % 2 == 0 else order[::-1]:
            started = time.perf_counter()
            cancel = _Capped(cap) if name == "before" else None
            answer = answerer.answer(question, use_cache=False, cancel=cancel)
            seconds = time.perf_counter() - started
            row[name] = {
                "seconds": round(seconds, 2),
                "capped": answer.cancelled,
                "timed_out": answer.timed_out,
                "attempts": answer.attempts,
                "tokens": answer.completion_tokens,
                "code": bool(answer.code),
                "parses": answer.parses,
                "threads": getattr(answerer.backend, "threads", None),
            }
        rows.append(row)
        print(row, file=sys.stderr, flush=True)

    def summary(name: str) -> dict[str, Any]:
        seconds = sorted((r[name]["seconds"] for r in rows), reverse=True)
        return {
            "longest": seconds[:5],
            "median": _median(seconds),
            "capped": sum(r[name]["capped"] for r in rows),
            "timed_out": sum(r[name]["timed_out"] for r in rows),
            "with_code": sum(r[name]["code"] for r in rows),
            "parsing": sum(r[name]["parses"] for r in rows),
        }

    return {"condition": condition, "cap": cap, "before": summary("before"), "after": summary("after"), "rows": rows}


def build(threads: int, settings: AnswerSettings | None = None, tier: str = "auto") -> Answerer:
    """The server's pipeline (the ``tier``, default retrieval) with ``threads`` (0 = auto) and ``settings``."""
    from flutr.pipeline import GenerationSettings, ModelSpec, build_answerer

    defaults = GenerationSettings()
    answerer = build_answerer(ModelSpec(model=tier, threads=threads), defaults)
    if settings is not None:
        answerer.settings = settings
    return answerer


def main(
    out: Path,
    *,
    conditions: list[str],
    rounds: int,
    tokens: int,
    prefetched: bool = False,
    tier: str = "auto",
    answers: int,
    answers_condition: str,
    cap: float,
    command: str,
) -> Path:
    """Run what is asked (threads: ``rounds`` > 0; answers: ``answers`` > 0), write ``out``/results.json and
    ``out``/README.md; returns the README."""
    import json
    import platform

    from benchmarks.speed.run import questions_for
    from flutr.dataset import load_split
    from flutr.pipeline import GenerationSettings

    questions = [q.text for q in questions_for(load_split("test"))]
    started = time.time()
    result: dict[str, Any] = {
        "command": command,
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} logical CPUs",
        "model": tier,
        "load_average_at_start": os.getloadavg()[0],
    }
    wanted = list(dict.fromkeys([*conditions, *([answers_condition] if answers else [])]))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the neighbours are stopped on the way out
    # fixed threads (no auto policy of its own): the benchmark switches them per candidate; also the "before"
    before = build(physical_cores(), replace(GenerationSettings().answer_settings(), time_budget=0.0), tier)
    model = before.backend.config.model_path  # type: ignore[attr-defined]
    neighbours = Neighbours.start(wanted, model)
    try:
        if rounds:
            result["threads"] = measure_threads(
                before, questions, conditions, neighbours, rounds=rounds, tokens=tokens, prefetched=prefetched
            )
        if answers:
            before.backend.use_threads(physical_cores())  # type: ignore[attr-defined]
            after = build(0, tier=tier)  # the defaults: auto threads, the time budget
            try:
                result["answers"] = measure_answers(
                    before, after, questions[:answers], answers_condition, neighbours, cap=cap
                )
                result["answers"]["budget"] = after.settings.time_budget
            finally:
                after.backend.close()
    finally:
        neighbours.close()
        before.backend.close()
    result["minutes"] = round((time.time() - started) / 60, 1)
    result["load_average_at_end"] = os.getloadavg()[0]
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    readme = out / "README.md"
    readme.write_text(render(result), encoding="utf-8")
    return readme


def render(result: dict[str, Any]) -> str:
    """The tables of a result: thread candidates per condition; longest answers before/after."""
    lines = [
        "# Speed beside a neighbour",
        "",
        f"`{result['command']}` — {result['machine']}, load average {result['load_average_at_start']:.2f} at the "
        f"start, {result['load_average_at_end']:.2f} at the end, {result['minutes']} min.",
        "",
    ]
    threads = result.get("threads")
    if threads:
        table = threads["table"]
        conditions = list(table)
        names = [n for n in table[conditions[0]] if n != "others_busy"]
        first = conditions[0]
        lines += [
            f"## Threads: {threads['tokens']} tokens per answer, median of {threads['rounds']} rounds",
            "",
            f"Answer time ({'after the prefetch: the last prompt token' if threads.get('prefetched') else 'prompt'}"
            f" + tokens) relative to `cores` ({threads['cores']} threads) in `{first}`; tokens/s "
            "in brackets; the threads used. `others busy`: cores the other processes kept busy just before "
            f"(measured, the neighbour included). Start probe: {threads['probe']['tokens_per_second']} tokens/s, "
            f"chose {threads['probe']['chosen']}.",
            "",
            "| condition | others busy | " + " | ".join(names) + " |",
            "|---|---:|" + "---:|" * len(names),
        ]
        for condition in conditions:
            row = table[condition]
            cells = []
            for name in names:
                ratio = threads["answer_time_over_cores_in_first_condition"][f"{condition}/{name}"]
                cells.append(f"{ratio}× ({row[name]['tokens_per_second']}) t={row[name]['threads']}")
            lines.append(f"| {condition} | {row['others_busy']} | " + " | ".join(cells) + " |")
        lines.append("")
    answers = result.get("answers")
    if answers:
        lines += [
            f"## Longest answers beside `{answers['condition']}`: before and after",
            "",
            f"{len(answers['rows'])} test questions through the answer pipeline, before and after in turn. Before: "
            f"threads = physical cores, no time budget (the benchmark stops an answer at {answers['cap']:g} s: "
            f"≥). After: auto threads, timeBudget {answers['budget']:g} s.",
            "",
            "| | longest 5 (s) | median (s) | stopped | with code | parsing |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for name in ("before", "after"):
            s = answers[name]
            stopped = s["capped"] if name == "before" else s["timed_out"]
            mark = "≥" if name == "before" and s["capped"] else ""
            longest = ", ".join(f"{mark if v >= answers['cap'] else ''}{v}" for v in s["longest"])
            lines.append(f"| {name} | {longest} | {s['median']} | {stopped} | {s['with_code']} | {s['parsing']} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    _model_loop(Path(sys.argv[1]))
