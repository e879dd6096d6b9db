"""Can the untuned 1.5B tell which of its answers does what was asked? For every distinct answer read on the 51
questions (the six candidates of ``select_standalone.py``), the model is asked once, greedy, whether the code does
everything the Turkish request asks with real APIs; the score is P(yes) / (P(yes) + P(no)) of its first answer
token. One fixed prompt, written before any score was seen.

    python experiments/request-first/self_check.py            # resumable: results/self-check.jsonl
    python experiments/request-first/self_check.py --report   # results/self-check.txt

The report: how well the score separates answers read correct from the rest (AUC), and the read-correct count of
the answer chosen per question by the highest score among the candidates that pass the reference-free checks,
for N = 2 (default + two examples) and N = 6, beside the default and the oracle; paired exact McNemar tests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import select_standalone  # noqa: E402
from worklists import test_rows  # noqa: E402

OUT = HERE / "results" / "self-check.jsonl"
PROMPT = (
    "<|im_start|>system\nYou are a strict senior Flutter reviewer.<|im_end|>\n"
    "<|im_start|>user\nA developer wrote this request as a Turkish comment:\n{question}\n\nProposed answer:\n"
    "```dart\n{code}\n```\n\nDoes this code do everything the request asks, using only real Flutter/Dart APIs "
    "correctly? Answer yes or no.<|im_end|>\n<|im_start|>assistant\n"
)


def digest(row: str, code: str) -> str:
    return hashlib.sha256(f"{row}\x00{code}".encode()).hexdigest()[:16]


def score_all() -> None:
    from llama_cpp import Llama

    from flutr.models import QWEN_15B, cache_dir

    test = {row_id: row["question"] for row_id, row in test_rows().items()}
    done = {json.loads(line)["digest"] for line in OUT.read_text().splitlines()} if OUT.exists() else set()
    todo = {}
    for answers in select_standalone.all_candidates().values():
        for row, (code, _) in answers.items():
            key = digest(row, code)
            if key not in done and code.strip():
                todo[key] = (row, code)
    llm = Llama(str(cache_dir() / QWEN_15B.filename), n_ctx=4096, n_threads=2, verbose=False, logits_all=True)
    print(f"{len(todo)} answers to score", flush=True)
    for key, (row, code) in todo.items():
        started = time.perf_counter()
        result: Any = llm(PROMPT.format(question=test[row], code=code), max_tokens=1, temperature=0.0, logprobs=20)
        top: dict[str, float] = result["choices"][0]["logprobs"]["top_logprobs"][0]
        yes = sum(math.exp(lp) for token, lp in top.items() if token.strip().lower() == "yes")
        no = sum(math.exp(lp) for token, lp in top.items() if token.strip().lower() == "no")
        record = {"digest": key, "row_id": row, "p_yes": yes / (yes + no) if yes + no else 0.5, "mass": yes + no}
        with OUT.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
        print(f"{row}: {record['p_yes']:.3f} ({time.perf_counter() - started:.1f} s)", flush=True)


def auc(scores: list[tuple[float, bool]]) -> float:
    positives = [s for s, ok in scores if ok]
    negatives = [s for s, ok in scores if not ok]
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def report() -> None:
    scored = {r["digest"]: r["p_yes"] for r in map(json.loads, OUT.read_text().splitlines())}
    found = select_standalone.all_candidates()
    pairs = {}
    for answers in found.values():
        for row, (code, ok) in answers.items():
            if code.strip():
                pairs[digest(row, code)] = (scored.get(digest(row, code), 0.0), ok)
    print(
        f"{len(pairs)} distinct answers ({sum(ok for _, ok in pairs.values())} read correct): "
        f"AUC of the self-check score {auc(list(pairs.values())):.3f}"
    )
    select_standalone.print_scored_selection(found, lambda row, code: scored.get(digest(row, code), 0.0))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true")
    if parser.parse_args().report:
        report()
    else:
        score_all()
