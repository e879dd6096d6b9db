"""Append the authors' new Q&A drafts (data/drafts-qa/*.jsonl) to data/train.jsonl, keeping no task of test or
qual: every new row that MiniLM meaning or normalised code puts close to a test/qual row (the cross-split
candidates of `flutr-train data leaks`) is dropped unread — the evaluation tasks win. Then the whole data folder is
validated.

    .venv/bin/python experiments/qa-authoring/merge.py [DRAFT.jsonl ...]   # default: every draft

A draft row whose id train already has is skipped (merged before), so the script can run again as drafts grow.
A row with ``phrasings`` is dropped when any of its wordings is close to a test/qual question.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rows import validated

from flutr.dataset import REPO_DATA_DIR, SPLITS, QARow, load_split
from model_training.dataset_leaks import cross_split_candidates

DRAFTS = REPO_DATA_DIR / "drafts-qa"


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or sorted(DRAFTS.glob("*.jsonl"))
    rows = {split: load_split(split) for split in SPLITS}
    merged_before = {row.id for row in rows["train"]}
    drafts = [
        row
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and (row := QARow.from_dict(json.loads(line))).id not in merged_before
    ]
    if not drafts:
        print(f"no new drafts in {', '.join(map(str, paths))}: nothing to add")
        return 1
    new_ids = {row.id for row in drafts}
    candidates = cross_split_candidates({**rows, "train": rows["train"] + drafts})
    dropped = set()
    for twin, first_split, second_split in candidates:
        for row_id, other_split in ((twin.first, second_split), (twin.second, first_split)):
            if row_id in new_ids and other_split in ("test", "qual"):
                dropped.add(row_id)
    kept = [row for row in drafts if row.id not in dropped]
    train = REPO_DATA_DIR / "train.jsonl"
    with train.open("a", encoding="utf-8") as handle:
        for row in kept:
            handle.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(kept)} new training rows ({len(dropped)} dropped as close to a test/qual task: {sorted(dropped)})")
    return validated()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
