"""Build the blind worklist of the ``sample51`` label set: 102 answers to test questions, read by hand.

Run from the repository root::

    /work/main/.venv/bin/python experiments/judge-labels/sample51_worklist.py

Sources (variant ``rag`` only; from each record only ``row_id``, ``variant`` and ``scored_code`` are read):

* ``qwen1.5b:rag:corpus2636`` -- ``benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample51/``;
* ``qwen0.5b-fast+lora:rag:corpus2537`` -- ``benchmarks/results/judge-v2/fast-model-corpus2537-sample51/``.

Each line is ``source, id, question, answer, reference`` (the reference is the row's answer in
``data/test.jsonl``), shuffled with ``random.Random(51)`` so the two sources are interleaved. Nothing a judge
computed (verdicts, scores, notes, ``results.json``) is read or written.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 51
RESULTS = Path("benchmarks/results/judge-v2")
RUNS = {
    "qwen1.5b:rag:corpus2636": RESULTS / "qwen2.5-coder-1.5b-corpus2636-sample51" / "generations.jsonl",
    "qwen0.5b-fast+lora:rag:corpus2537": RESULTS / "fast-model-corpus2537-sample51" / "generations.jsonl",
}
OUT = Path("experiments/judge-labels/sample51-worklist.jsonl")


def main() -> None:
    test = {}
    with Path("data/test.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                test[row["id"]] = row
    items = []
    for source, path in RUNS.items():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                if record["variant"] != "rag":
                    continue
                row = test[record["row_id"]]
                items.append(
                    {
                        "source": source,
                        "id": row["id"],
                        "question": row["question"],
                        "answer": record["scored_code"],
                        "reference": row["answer"],
                    }
                )
    items.sort(key=lambda item: (item["source"], item["id"]))
    random.Random(SEED).shuffle(items)
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(items), "answers ->", OUT)


if __name__ == "__main__":
    main()
