"""Blind worklist: Qwen2.5-Coder-1.5B with two retrieved examples on the 51-question sample, for reading beside the
labels of its one-example answers (benchmarks/judge/labels-sample51.jsonl, source ``qwen1.5b:rag:corpus2636``).

    python experiments/retrieval-k-large/worklist.py [--parts 2]

Reads benchmarks/results/judge-v2/qwen2.5-coder-1.5b-k2-sample51/generations.jsonl; writes
experiments/retrieval-k-large/worklist-<i>.jsonl (``hash, row_id, question, reference, must_contain, kind, answer``)
and worklist-key.jsonl, shuffled with ``random.Random(SEED)``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

SEED = 2
RUN = Path("benchmarks/results/judge-v2/qwen2.5-coder-1.5b-k2-sample51/generations.jsonl")
OUT = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", type=int, default=2)
    args = parser.parse_args()
    test = {}
    for line in Path("data/test.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            test[row["id"]] = row
    items, key = [], []
    for line in RUN.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        row = test[record["row_id"]]
        digest = hashlib.sha256(f"qwen1.5b:rag-k2:{record['row_id']}".encode()).hexdigest()[:12]
        items.append(
            {
                "hash": digest,
                "row_id": record["row_id"],
                "question": row["question"],
                "reference": row["answer"],
                "must_contain": row.get("must_contain", []),
                "kind": row.get("kind", "code"),
                "answer": record["scored_code"],
            }
        )
        key.append({"hash": digest, "source": "qwen1.5b:rag-k2:corpus2636", "row_id": record["row_id"]})
    random.Random(SEED).shuffle(items)
    for part in range(args.parts):
        chunk = items[part :: args.parts]
        (OUT / f"worklist-{part + 1}.jsonl").write_text(
            "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in chunk), encoding="utf-8"
        )
    (OUT / "worklist-key.jsonl").write_text("".join(json.dumps(k) + "\n" for k in key), encoding="utf-8")
    print(f"{len(items)} answers in {args.parts} parts")


if __name__ == "__main__":
    main()
