"""Blind worklist: Qwen2.5-Coder-1.5B (the `auto` tier) on the test questions that ``--sample N`` adds to the
sample already read (``--size 102``: the 51 beyond labels-sample51.jsonl; ``--size 204``: the 102 beyond
sample102; ``--size 255``: the 51 beyond sample204), so the default's reading rests on more questions.

    python experiments/sample102/worklist.py [--size 102] [--parts 2]

Reads benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample<N>/generations.jsonl (variant ``rag``, rows
not in the half); writes experiments/sample102/worklist-<i>.jsonl (N 102) or worklist-s<N>-<i>.jsonl (``hash,
row_id, question, reference, must_contain, kind, answer``) and the key file, shuffled with ``random.Random(N)``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import qa_worklist, read_jsonl, write_worklist  # noqa: E402

RESULTS = Path("benchmarks/results/judge-v2")
OUT = Path(__file__).resolve().parent
SOURCE = "qwen1.5b:rag:corpus2636"
PREVIOUS = {102: 51, 204: 102, 255: 204}  # a sample size → the sample read before it (each contains the one before)


def run(size: int) -> Path:
    return RESULTS / f"qwen2.5-coder-1.5b-corpus2636-sample{size}" / "generations.jsonl"


def row_ids(path: Path) -> set[str]:
    return {record["row_id"] for record in read_jsonl(path)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, choices=sorted(PREVIOUS), default=102)
    parser.add_argument("--parts", type=int, default=2)
    args = parser.parse_args()
    read = row_ids(run(PREVIOUS[args.size]))
    records = read_jsonl(run(args.size))
    chosen = (r for r in records if r["variant"] == "rag" and r["row_id"] not in read)
    items, key = qa_worklist(chosen, SOURCE, f"{SOURCE}:sample{args.size}")
    random.Random(args.size).shuffle(items)
    write_worklist(OUT, "worklist" if args.size == 102 else f"worklist-s{args.size}", items, key, args.parts)
    print(f"{len(items)} answers in {args.parts} parts")


if __name__ == "__main__":
    main()
