"""What prefetch saves: the wait after the user chooses the code action, with prefetch off, prompt-only, and answer.

Real ``flutr-lsp`` sessions on the same model and settings, differing only in prefetch (``MODES``): ``off``;
``prompt`` (listing the action evaluates the prompt); ``answer`` (listing it writes the whole answer; a choice
made before it is done joins it); ``type`` (``prefetchOnType``: the answer starts when typing pauses on the
comment, before any listing). For each test-split question (rotating which session goes first):

- default: the client opens the file with the comment, lists the code actions, waits ``--think`` seconds (the
  user reading the light bulb menu), then resolves; timed from the resolve request to the applied edit;
- ``--typing``: the client types the comment into the open file, one word per ``--word-seconds`` (shorter than
  the server's typing pause, so nothing starts before the last word), waits ``--think`` seconds, then lists and
  chooses at once; timed from the listing to the applied edit (the user asking for the action and choosing it).

All sessions must insert the same code. Then, in process on the same backend code, the time to the first token
with only the shared prompt prefix cached (no prefetch) and after a finished prompt prefetch. Prints and writes
medians and ratios::

    python experiments/prefetch/prefetch.py --limit 8 --think 8 --threads 1
    python experiments/prefetch/prefetch.py --model fast --typing --think 1 --modes off,answer,type
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from lsprotocol import types

from benchmarks.speed.config import SpeedConfig
from benchmarks.speed.run import LspSession, Question, ServingConfig, build_answerer, questions_for
from benchmarks.variants import resolve_model
from flutr.dataset import load_split
from flutr.edits import apply_insertions
from flutr.pipeline import GenerationSettings
from flutr.retrieval import DEFAULT_BUDGET, DEFAULT_K
from lsp_server.demo import edit_insertions

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # experiments/: the shared script_io
from script_io import parse_args, write_result  # noqa: E402

OUT = Path(__file__).resolve().parent / "results"


async def choose_after(session: LspSession, question: Question, think: float) -> tuple[float, str]:
    """List, pause ``think`` seconds, resolve: seconds from the choice to the applied edit, and the edited file."""
    uri = session.open(question)
    actions = await session.list_actions(uri)
    if not actions:
        return float("nan"), ""
    await asyncio.sleep(think)
    chosen = time.perf_counter()
    resolved = await session.demo.client.code_action_resolve_async(actions[0])
    if resolved.edit is None:
        return float("nan"), ""
    edited = apply_insertions(question.document, edit_insertions(resolved.edit))
    return time.perf_counter() - chosen, edited


async def type_then_choose(
    session: LspSession, question: Question, think: float, word_seconds: float
) -> tuple[float, str]:
    """Type the comment word by word into an open file, pause ``think`` seconds, list the actions and choose the
    first at once: seconds from the listing to the applied edit, and the edited file."""
    uri = session.open(Question(question.row_id, question.text, ""))
    column, version = 0, 1
    for word in question.document.rstrip("\n").split(" "):
        piece = word if column == 0 else " " + word
        at = types.Position(line=0, character=column)
        change = types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text=piece)
        version += 1
        session.demo.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change]
            )
        )
        column += len(piece)
        await asyncio.sleep(word_seconds)
    await asyncio.sleep(max(0.0, think - word_seconds))
    listed = time.perf_counter()
    actions = await session.list_actions(uri)
    if not actions:
        return float("nan"), ""
    resolved = await session.demo.client.code_action_resolve_async(actions[0])
    if resolved.edit is None:
        return float("nan"), ""
    typed = question.document.rstrip("\n")
    return time.perf_counter() - listed, apply_insertions(typed, edit_insertions(resolved.edit))


MODES = {  # name -> server options
    "off": {"prefetch": False, "prefetchAnswer": False, "prefetchOnType": False},
    "prompt": {"prefetch": True, "prefetchAnswer": False, "prefetchOnType": False},
    "answer": {"prefetch": True, "prefetchAnswer": True, "prefetchOnType": False},
    "type": {"prefetch": True, "prefetchAnswer": True, "prefetchOnType": True},
}


async def run(args: argparse.Namespace) -> dict[str, Any]:
    model = resolve_model(args.model)
    config = SpeedConfig(
        model=args.model, lora=args.lora, threads=args.threads, max_tokens=args.max_tokens, progress=False
    )
    serving = ServingConfig(
        "rag", retrieval_k=args.retrieval_k, prompt_lookup_tokens=0, retrieval_tokens=args.retrieval_tokens
    )
    questions = questions_for(load_split("test"))[: args.limit + 1]  # the first one warms the sessions up
    args.out.mkdir(parents=True, exist_ok=True)
    names = [name.strip() for name in args.modes.split(",") if name.strip()]
    unknown = sorted(set(names) - set(MODES))
    if unknown or "off" not in names:
        problem = ", ".join(unknown) or "off is missing"
        raise SystemExit(f"--modes: {problem}; choose among {', '.join(MODES)}, off included")
    sessions: dict[str, LspSession] = {}
    for name in names:
        sessions[name] = LspSession(config, serving, model, args.out / f"flutr-lsp-prefetch-{name}.log")
        sessions[name].options.update(MODES[name])
        await sessions[name].start()
    rows: list[dict[str, Any]] = []
    try:
        for index, question in enumerate(questions):
            timings: dict[str, float] = {}
            edits: dict[str, str] = {}
            order = names[index % len(names) :] + names[: index % len(names)]  # rotate who goes first
            for name in order:
                if args.typing:
                    timings[name], edits[name] = await type_then_choose(
                        sessions[name], question, args.think, args.word_seconds
                    )
                else:
                    timings[name], edits[name] = await choose_after(sessions[name], question, args.think)
            rows.append(
                {
                    "row_id": question.row_id,
                    "warm_up": index == 0,
                    **{f"{name}_seconds": round(timings[name], 3) for name in names},
                    "same_edit": len(set(edits.values())) == 1 and bool(edits["off"]),
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    finally:
        for session in sessions.values():
            await session.stop()
    timed = [r for r in rows if not r["warm_up"]]
    medians = {name: round(statistics.median(r[f"{name}_seconds"] for r in timed), 2) for name in names}
    ttft = time_to_first_token(config, serving, model, [q for q in questions[1:]])
    return {
        "command": "python experiments/prefetch/prefetch.py " + " ".join(args.argv),
        "model": model.name,
        "lora": args.lora.name if args.lora else None,
        "think_seconds": args.think,
        "typing": args.typing,
        "word_seconds": args.word_seconds if args.typing else None,
        "timed_from": "listing the actions (typed, then chosen at once)" if args.typing else "choosing the action",
        "retrieval_k": args.retrieval_k,
        "retrieval_tokens": args.retrieval_tokens,
        "threads": args.threads,
        "questions": len(timed),
        "median_choice_to_edit_seconds": medians,
        **{f"ratio_{name}_over_off": round(medians[name] / medians["off"], 3) for name in names if name != "off"},
        "share_of_choices_at_or_under_3_s": {
            name: round(sum(r[f"{name}_seconds"] <= 3.0 for r in timed) / len(timed), 2) for name in names
        },
        "same_edits": sum(r["same_edit"] for r in timed),
        "median_time_to_first_token_seconds": ttft,
        "machine": platform.processor() or platform.machine(),
        "load_average_at_end": Path("/proc/loadavg").read_text().split()[0],
        "revision": subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip(),
        "rows": rows,
    }


def time_to_first_token(
    config: SpeedConfig, serving: ServingConfig, model: Path, questions: list[Question]
) -> dict[str, float]:
    """Median TTFT in process: the shared prefix cached (what the server has after warm-up) vs. a finished prefetch."""
    answerer = build_answerer(config, serving, model)
    backend = answerer.backend
    cold: list[float] = []
    warm: list[float] = []
    try:
        for question in questions:
            prompt = answerer.prompt_for(answerer.messages_for(question.text))
            backend.warm_up(answerer.stable_prefix())  # only the shared system prompt + fixed example cached
            cold.append(backend.generate(prompt, max_tokens=1).time_to_first_token)
            backend.warm_up(answerer.stable_prefix())
            backend.prefill(prompt)  # what prefetch does while the user decides
            warm.append(backend.generate(prompt, max_tokens=1).time_to_first_token)
    finally:
        backend.close()
    return {
        "prefix_cached": round(statistics.median(cold), 3),
        "after_prefetch": round(statistics.median(warm), 3),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", default="default", help="GGUF file or a packaged model name")
    parser.add_argument("--lora", type=Path, default=None, help="llama.cpp LoRA adapter GGUF (default: none)")
    parser.add_argument("--limit", type=int, default=8, help="timed questions (after one warm-up question)")
    parser.add_argument("--think", type=float, default=8.0, help="seconds between listing (or typing) and choosing")
    parser.add_argument("--typing", action="store_true", help="type the comment, then list and choose at once")
    parser.add_argument("--word-seconds", type=float, default=0.25, help="--typing: seconds per typed word")
    parser.add_argument("--modes", default="off,prompt,answer", help=f"sessions, among {', '.join(MODES)}")
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads (0 = physical cores)")
    parser.add_argument("--retrieval-k", type=int, default=DEFAULT_K)
    parser.add_argument("--retrieval-tokens", type=int, default=DEFAULT_BUDGET, help="0: no limit")
    parser.add_argument("--max-tokens", type=int, default=GenerationSettings.max_tokens)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parse_args(parser, argv)
    write_result(args.out / "prefetch.json", asyncio.run(run(args)))


if __name__ == "__main__":
    main()
