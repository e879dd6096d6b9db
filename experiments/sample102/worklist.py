"""Blind worklist: Qwen2.5-Coder-1.5B (the `auto` tier) on the 51 test questions that ``--sample 102`` adds to the
51-question sample already read (benchmarks/judge/labels-sample51.jsonl), so the default's reading rests on 102.

    python experiments/sample102/worklist.py [--parts 2]

Reads benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample102/generations.jsonl (variant ``rag``, rows
not in sample51); writes experiments/sample102/worklist-<i>.jsonl (``hash, row_id, question, reference,
must_contain, kind, answer``) and worklist-key.jsonl, shuffled with ``random.Random(SEED)``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import qa_worklist, write_worklist  # noqa: E402

SEED = 102
RESULTS = Path("benchmarks/results/judge-v2")
RUN = RESULTS / "qwen2.5-coder-1.5b-corpus2636-sample102/generations.jsonl"
READ = RESULTS / "qwen2.5-coder-1.5b-corpus2636-sample51/generations.jsonl"
OUT = Path(__file__).resolve().parent
SOURCE = "qwen1.5b:rag:corpus2636"


def row_ids(path: Path) -> set[str]:
    return {json.loads(line)["row_id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", type=int, default=2)
    args = parser.parse_args()
    read = row_ids(READ)
    records = [json.loads(line) for line in RUN.read_text(encoding="utf-8").splitlines()]
    chosen = (r for r in records if r["variant"] == "rag" and r["row_id"] not in read)
    items, key = qa_worklist(chosen, SOURCE, f"{SOURCE}:sample102")
    random.Random(SEED).shuffle(items)
    write_worklist(OUT, "worklist", items, key, args.parts)
    print(f"{len(items)} answers in {args.parts} parts")


if __name__ == "__main__":
    main()
