"""Draw the answers to label for judge v2 (run once on 2026-12-06, from the repository root, with .venv).

Unique answers of every committed ``benchmarks/results/**/generations.jsonl``, grouped by source (model family +
adapter + variant) and by the old keyword verdict; per group up to 28 "correct" and 16 "incorrect" answers, taken
round-robin over topics (seed 20261206). Writes three labelling queues (without the old verdict, which the readers
did not see) and ``sample.jsonl`` (hash → source, old verdict) under ``benchmarks/judge/labelling/``.
"""

from __future__ import annotations

import collections
import glob
import hashlib
import json
import random
from pathlib import Path

from flutr.must_contain import contains_item

OUT = Path("benchmarks/judge/labelling")
SEED = 20261206
PER_GROUP = {"correct": 28, "incorrect": 16}


def source_of(record: dict) -> str:
    model = record["model"]
    if "1.5b" in model:
        family = "qwen1.5b"
    elif "gemma" in model:
        family = "gemma270m"
    elif "iq4_nl" in model or "fast" in model:
        family = "qwen0.5b-fast"
    else:
        family = "qwen0.5b"
    lora = "+lora" if (record.get("lora") or "iq4_nl" in model) else ""
    return f"{family}{lora}:{record['variant']}"


def main() -> None:
    rows = {}
    for split in ("test", "qual", "train"):
        for line in Path(f"data/{split}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[row["id"]] = row
    candidates: dict[str, dict] = {}
    for path in sorted(glob.glob("benchmarks/results/**/generations.jsonl", recursive=True)):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            code = record.get("scored_code") or ""
            digest = hashlib.sha256(code.encode()).hexdigest()[:16]
            if not code.strip() or digest in candidates:
                continue
            row = rows[record["row_id"]]
            old = bool(record.get("parses")) and all(contains_item(code, item) for item in row["must_contain"])
            candidates[digest] = {
                "hash": digest,
                "row_id": record["row_id"],
                "split": record["split"],
                "topic": row["topic"],
                "kind": row["kind"],
                "source": source_of(record),
                "old_verdict": "correct" if old else "incorrect",
                "question": row["question"],
                "must_contain": row["must_contain"],
                "reference": row["answer"],
                "answer": code,
            }
    rng = random.Random(SEED)
    groups: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for candidate in candidates.values():
        groups[(candidate["source"], candidate["old_verdict"])].append(candidate)
    picked: list[dict] = []
    for key, items in sorted(groups.items()):
        rng.shuffle(items)
        by_topic: dict[str, list[dict]] = collections.defaultdict(list)
        for item in items:
            by_topic[item["topic"]].append(item)
        order = []
        while any(by_topic.values()):
            topics = sorted(by_topic)
            rng.shuffle(topics)
            for topic in topics:
                if by_topic[topic]:
                    order.append(by_topic[topic].pop())
        picked += order[: PER_GROUP[key[1]]]
    rng.shuffle(picked)
    OUT.mkdir(parents=True, exist_ok=True)
    for index in range(3):
        with (OUT / f"queue-{'abc'[index]}.jsonl").open("w", encoding="utf-8") as handle:
            for item in picked[index::3]:
                shown = {k: v for k, v in item.items() if k != "old_verdict"}
                handle.write(json.dumps(shown, ensure_ascii=False) + "\n")
    with (OUT / "sample.jsonl").open("w", encoding="utf-8") as handle:
        for item in picked:
            handle.write(json.dumps({k: item[k] for k in ("hash", "source", "old_verdict", "row_id")}) + "\n")
    print(len(picked), "answers;", collections.Counter(item["old_verdict"] for item in picked))


if __name__ == "__main__":
    main()
