"""Blind worklist: Qwen2.5-Coder-1.5B with two retrieved examples (``--k 2``) or none (``--k 0``) on the
51-question sample, for reading beside the labels of its one-example answers (benchmarks/judge/labels-sample51.jsonl,
source ``qwen1.5b:rag:corpus2636``).

    python experiments/retrieval-k-large/worklist.py [--k 2] [--parts 2]

Reads benchmarks/results/judge-v2/qwen2.5-coder-1.5b-k<K>-sample51/generations.jsonl; writes
experiments/retrieval-k-large/worklist-<i>.jsonl (k 2) or worklist-k0-<i>.jsonl (``hash, row_id, question,
reference, must_contain, kind, answer``) and the matching key file, shuffled with ``random.Random(SEED)``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import qa_worklist, write_worklist  # noqa: E402

SEED = 2
RESULTS = Path("benchmarks/results/judge-v2")
OUT = Path(__file__).resolve().parent
# k → (the run's variant, the label source, the worklist files' prefix)
RUNS = {2: ("rag", "qwen1.5b:rag-k2:corpus2636", "worklist"), 0: ("base", "qwen1.5b:base:corpus2636", "worklist-k0")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--k", type=int, choices=sorted(RUNS), default=2)
    parser.add_argument("--parts", type=int, default=2)
    args = parser.parse_args()
    variant, source, prefix = RUNS[args.k]
    run = RESULTS / f"qwen2.5-coder-1.5b-k{args.k}-sample51" / "generations.jsonl"
    records = [json.loads(line) for line in run.read_text(encoding="utf-8").splitlines()]
    items, key = qa_worklist((r for r in records if r["variant"] == variant), source, source.rsplit(":", 1)[0])
    random.Random(SEED).shuffle(items)
    write_worklist(OUT, prefix, items, key, args.parts)
    print(f"{len(items)} answers in {args.parts} parts")


if __name__ == "__main__":
    main()
