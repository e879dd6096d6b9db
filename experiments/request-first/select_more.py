"""Verify and select for standalone questions on the 204 read questions beyond the first 51 (session 19): where
the default's answer (the 1.5B, one retrieved example; ``--sample 255`` run) fails the reference-free checks
(``select_standalone.passes``: no code, does not parse, or a rejecting finding), a second answer with the two
closest examples — the second candidate that did best on the first 51 — is made, read blind, and kept when it
passes. Compared with the default on the same questions (paired exact McNemar).

    python experiments/request-first/select_more.py generate --threads 2   # the second answers (~20 s each)
    python experiments/request-first/select_more.py worklist --parts 2     # their blind worklist
    python experiments/request-first/select_more.py score > experiments/request-first/results/select-more.txt
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "experiments"))
sys.path.insert(0, str(HERE))

from request_first import without_opening_comments  # noqa: E402
from select_standalone import passes  # noqa: E402
from worklists import qa_worklist, read_jsonl, test_rows, write_worklist  # noqa: E402

from benchmarks.metrics.significance import mcnemar_p  # noqa: E402
from flutr.pipeline import GenerationSettings, ModelSpec, answerer_for, build_backend  # noqa: E402

_SPEC = importlib.util.spec_from_file_location("sample102_score", ROOT / "experiments/sample102/score.py")
assert _SPEC is not None and _SPEC.loader is not None
_SAMPLE102 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SAMPLE102)
keyed_labels = _SAMPLE102.keyed_labels  # row id → read correct, through a blind worklist's key

RUN = ROOT / "benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample255/generations.jsonl"
OUT = HERE / "results/select-more-k2.jsonl"
KEYS = ROOT / "experiments/sample102"
SOURCE = "qwen1.5b:rag-k2:corpus2636:select-more"


def defaults() -> dict[str, str]:
    """Row id → the default's read answer, for the 204 questions beyond the first 51 (those of labels-sample51)."""
    first51 = {label["id"] for label in read_jsonl(ROOT / "benchmarks/judge/labels-sample51.jsonl")}
    answers = {r["row_id"]: r["scored_code"] for r in read_jsonl(RUN) if r["variant"] == "rag"}
    return {row: code for row, code in answers.items() if row not in first51}


def readings() -> dict[str, bool]:
    """Row id → the default read correct (the s102 added half, s204, s255 labels)."""
    found: dict[str, bool] = {}
    found.update(keyed_labels(["labels-s102-1.jsonl", "labels-s102-2.jsonl"], KEYS / "worklist-key.jsonl"))
    for size in (204, 255):
        parts = sorted(p.name for p in (ROOT / "benchmarks/judge").glob(f"labels-s{size}-*.jsonl"))
        found.update(keyed_labels(parts, KEYS / f"worklist-s{size}-key.jsonl"))
    return found


def generate(threads: int) -> None:
    failing = sorted(row for row, code in defaults().items() if not passes(code))
    done = {r["row_id"] for r in read_jsonl(OUT)} if OUT.exists() else set()
    settings = GenerationSettings(retrieval_k=2, time_budget=0.0)  # as flutr-bench quality --retrieval-k 2
    backend = build_backend(ModelSpec(model="large", threads=threads))
    answerer = answerer_for(backend, settings)
    backend.warm_up(answerer.stable_prefix())
    test = test_rows()
    print(f"{len(failing)} default answers fail the checks; {len(done)} done", flush=True)
    for row in failing:
        if row in done:
            continue
        started = time.perf_counter()
        answer = answerer.answer(test[row]["question"], "", use_cache=False)
        record = {
            "row_id": row,
            "code": answer.code,
            "scored_code": without_opening_comments(answer.code),
            "seconds": round(time.perf_counter() - started, 2),
        }
        with OUT.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{row}: {record['seconds']} s", flush=True)


def worklist(parts: int) -> None:
    items, key = qa_worklist(read_jsonl(OUT), SOURCE, SOURCE)
    random.Random(19).shuffle(items)
    write_worklist(HERE, "worklist-5", items, key, parts)
    print(f"{len(items)} answers in {parts} parts")


def score() -> None:
    base = readings()
    second = {r["row_id"]: r["scored_code"] for r in read_jsonl(OUT)}
    parts = sorted(p.name for p in (ROOT / "benchmarks/judge").glob("labels-rf5-*.jsonl"))
    read_second = keyed_labels(parts, HERE / "worklist-5-key.jsonl")
    rows = sorted(defaults())
    kept = {row: (passes(second[row]) if row in second else False) for row in rows}
    picked = {row: read_second[row] if kept[row] else base[row] for row in rows}
    only_a = sum(picked[r] and not base[r] for r in rows)
    only_b = sum(base[r] and not picked[r] for r in rows)
    print(f"{len(rows)} questions beyond the first 51; the default read correct on {sum(base[r] for r in rows)}")
    print(f"default failing the checks: {len(second)}; its second answer (two examples) passes on {sum(kept.values())}")
    print(f"second answers read correct: {sum(read_second.values())}/{len(read_second)}")
    print(
        f"verify and select (default, then two examples): {sum(picked.values())} vs {sum(base[r] for r in rows)} "
        f"({only_a} vs {only_b}, p = {mcnemar_p(only_a, only_b):.3f})"
    )
    oracle = sum(base[r] or read_second.get(r, False) for r in rows)
    print(f"oracle of the two: {oracle}")
    times = [r["seconds"] for r in read_jsonl(OUT)]
    print(f"a second generation on {len(times)} of {len(rows)} questions, median {sorted(times)[len(times) // 2]} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("generate", "worklist", "score"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--parts", type=int, default=2)
    args = parser.parse_args()
    if args.step == "generate":
        generate(args.threads)
    elif args.step == "worklist":
        worklist(args.parts)
    else:
        score()


if __name__ == "__main__":
    main()
