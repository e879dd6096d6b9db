"""Merge the authors' training drafts into data/in_context/train.jsonl, dropping any training row that the
validator finds too close to a test row (the test set wins), then validate train + test together.

    .venv/bin/python experiments/in-context-authoring/merge.py
"""

from __future__ import annotations

import json
import re
import sys

from flutr.in_context import IN_CONTEXT_DIR
from model_training.in_context_validate import validate_in_context

DRAFTS = IN_CONTEXT_DIR / "drafts"


def main() -> int:
    drafts = sorted(DRAFTS.glob("train-*.jsonl"))
    if not drafts:
        print(f"no drafts in {DRAFTS}: run the train-*.py generators first (train.jsonl left as it is)")
        return 1
    lines = []
    for path in drafts:
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    train = IN_CONTEXT_DIR / "train.jsonl"
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, problems = validate_in_context([train, IN_CONTEXT_DIR / "test.jsonl"])
    leaking: set[int] = set()
    for problem in problems:
        if "leaks across splits" not in problem.reason:
            continue
        if problem.path == train:
            leaking.add(problem.line)
        else:  # reported on the test row: the training row is named in the reason
            named = re.search(re.escape(str(train)) + r":(\d+)", problem.reason)
            if named:
                leaking.add(int(named.group(1)))
    other = [p for p in problems if "leaks across splits" not in p.reason]
    kept = [line for number, line in enumerate(lines, 1) if number not in leaking]
    train.write_text("\n".join(kept) + "\n", encoding="utf-8")
    dropped = [json.loads(lines[n - 1])["id"] for n in sorted(leaking)]
    print(f"{len(kept)} training rows ({len(dropped)} dropped as too close to a test row: {', '.join(dropped)})")
    _, problems = validate_in_context([train, IN_CONTEXT_DIR / "test.jsonl"])
    for problem in problems or other:
        print(problem)
    counts: dict[str, int] = {}
    for line in kept:
        position = re.search(r'"position": "(\w+)"', line)
        if position:
            counts[position.group(1)] = counts.get(position.group(1), 0) + 1
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
