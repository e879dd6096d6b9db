"""Draw a fresh held-out set of 120 answers for judge v2 (``holdout2``), blind to every verdict.

Run once from the repository root with the repository's ``.venv``::

    .venv/bin/python experiments/judge-labels/holdout2_worklist.py

Sources: the committed answers of ``benchmarks/results/judge-v2/`` on the test split only:

* ``qwen0.5b-fast+lora:rag`` -- the server default (fast model, rag), ``fast-model/generations.jsonl``;
* ``copy:copy2`` / ``copy:copy1`` -- the no-model baselines.  Their answers are not cached in
  ``generations.jsonl``; they are rebuilt exactly as ``benchmarks/quality.py::copy_records`` made them (the
  retrieved training answers joined by a blank line), from the retrieved ids recorded in
  ``fast-model/results.json``.  Only ``id`` and ``retrieved`` are read from that file's rows;
* ``qwen1.5b:rag`` -- Qwen2.5-Coder-1.5B untuned with one retrieved example, ``qwen2.5-coder-1.5b-sample51/``.

Source names follow ``experiments/judge-labels/sample.py``.  An answer is left out when
``benchmarks/judge/labels.jsonl`` already has its (source, row_id) or the sha256 of its code, or when its code is
empty.  Then, with ``random.Random(2026)``: 60 fast-model rag answers, 30 copy answers (15 copy2 and 15 copy1 on
distinct rows, since copy2 starts with copy1's answer) and up to 30 1.5B answers.

Blind: the worklist keeps only ``source, id, question, answer, reference`` (the reference is the row's answer in
``data/test.jsonl``, for orientation).  Nothing a judge computed (correct, verdict, reasons, keywords, parses,
metrics) is written.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

SEED = 2026
RESULTS = Path("benchmarks/results/judge-v2")
OUT = Path("experiments/judge-labels/holdout2-worklist.jsonl")
TARGETS = {"qwen0.5b-fast+lora:rag": 60, "copy:copy2": 15, "copy:copy1": 15, "qwen1.5b:rag": 30}
KEEP = ("source", "id", "question", "answer", "reference")


def digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()[:16]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def generated(path: Path, source: str) -> list[dict]:
    """Test-split answers of a model run: (source, id, code); every other field of the record is dropped."""
    return [
        {"source": source, "id": record["row_id"], "answer": record.get("scored_code") or ""}
        for record in read_jsonl(path)
        if record["split"] == "test" and record["variant"] == "rag"
    ]


def copies(train: dict[str, dict]) -> dict[str, list[dict]]:
    """The copy baselines rebuilt from the retrieved ids only (the rows' scores are never read)."""
    data = json.loads((RESULTS / "fast-model/results.json").read_text(encoding="utf-8"))
    out = {}
    for variant in ("copy1", "copy2"):
        items = []
        for row in data["splits"]["test"][variant]["rows"]:
            ids = list(row["retrieved"])
            code = "\n\n".join(train[i]["answer"] for i in ids)
            items.append({"source": f"copy:{variant}", "id": row["id"], "answer": code})
        out[variant] = items
        del data["splits"]["test"][variant]["rows"]  # nothing else of the rows is kept
    return out


def write_worklist(picked: list[dict], rows: dict[str, tuple[str, str]], out: Path) -> None:
    """The blind worklist: per answer only ``KEEP`` (source, id, the row's question, the answer, the row's
    reference answer from ``rows``: id -> (question, reference))."""
    with out.open("w", encoding="utf-8") as handle:
        for item in picked:
            question, reference = rows[item["id"]]
            line = {
                "source": item["source"],
                "id": item["id"],
                "question": question,
                "answer": item["answer"],
                "reference": reference,
            }
            handle.write(json.dumps({k: line[k] for k in KEEP}, ensure_ascii=False) + "\n")
    print(len(picked), "answers ->", out)


def main() -> None:
    test = {row["id"]: row for row in read_jsonl(Path("data/test.jsonl"))}
    train = {row["id"]: row for row in read_jsonl(Path("data/train.jsonl"))}
    labelled = read_jsonl(Path("benchmarks/judge/labels.jsonl"))
    seen_keys = {(label["source"], label["row_id"]) for label in labelled}
    seen_hashes = {label["hash"] for label in labelled} | {digest(label["answer"]) for label in labelled}

    pools = {
        "qwen0.5b-fast+lora:rag": generated(RESULTS / "fast-model/generations.jsonl", "qwen0.5b-fast+lora:rag"),
        "qwen1.5b:rag": generated(RESULTS / "qwen2.5-coder-1.5b-sample51/generations.jsonl", "qwen1.5b:rag"),
    }
    rebuilt = copies(train)
    pools["copy:copy2"] = rebuilt["copy2"]
    pools["copy:copy1"] = rebuilt["copy1"]

    def eligible(item: dict) -> bool:
        return (
            bool(item["answer"].strip())
            and item["id"] in test
            and (item["source"], item["id"]) not in seen_keys
            and digest(item["answer"]) not in seen_hashes
        )

    rng = random.Random(SEED)
    picked: list[dict] = []
    used_hashes: set[str] = set()
    copy_rows: set[str] = set()
    for source, target in TARGETS.items():
        pool = sorted((item for item in pools[source] if eligible(item)), key=lambda item: item["id"])
        rng.shuffle(pool)
        chosen = []
        for item in pool:
            if len(chosen) == target:
                break
            h = digest(item["answer"])
            if h in used_hashes or (source.startswith("copy:") and item["id"] in copy_rows):
                continue
            used_hashes.add(h)
            if source.startswith("copy:"):
                copy_rows.add(item["id"])
            chosen.append(item)
        print(f"{source}: {len(pool)} eligible, {len(chosen)} picked")
        picked += chosen
    rng.shuffle(picked)  # mixed order: the reader does not work through one source at a time
    write_worklist(picked, {i: (row["question"], row["answer"]) for i, row in test.items()}, OUT)


if __name__ == "__main__":
    main()
