"""Blind worklist: Qwen2.5-Coder-1.5B with two retrieved examples on the 51-question sample, for reading beside the
labels of its one-example answers (benchmarks/judge/labels-sample51.jsonl, source ``qwen1.5b:rag:corpus2636``).

    python experiments/retrieval-k-large/worklist.py [--parts 2]

Reads benchmarks/results/judge-v2/qwen2.5-coder-1.5b-k2-sample51/generations.jsonl; writes
experiments/retrieval-k-large/worklist-<i>.jsonl (``hash, row_id, question, reference, must_contain, kind, answer``)
and worklist-key.jsonl, shuffled with ``random.Random(SEED)``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import blind_hash, qa_item, test_rows, write_jsonl  # noqa: E402

SEED = 2
RUN = Path("benchmarks/results/judge-v2/qwen2.5-coder-1.5b-k2-sample51/generations.jsonl")
OUT = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", type=int, default=2)
    args = parser.parse_args()
    test = test_rows()
    items, key = [], []
    for line in RUN.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        digest = blind_hash(f"qwen1.5b:rag-k2:{record['row_id']}")
        items.append(qa_item(digest, test[record["row_id"]], record["scored_code"]))
        key.append({"hash": digest, "source": "qwen1.5b:rag-k2:corpus2636", "row_id": record["row_id"]})
    random.Random(SEED).shuffle(items)
    for part in range(args.parts):
        write_jsonl(OUT / f"worklist-{part + 1}.jsonl", items[part :: args.parts])
    write_jsonl(OUT / "worklist-key.jsonl", key)
    print(f"{len(items)} answers in {args.parts} parts")


if __name__ == "__main__":
    main()
