"""Attach the authors' new wordings of train questions (data/drafts-phrasings/*.jsonl: {id, phrasings}) to the rows
of data/train.jsonl as their ``phrasings``. A wording is dropped, with the reason printed, when it breaks the
validator's phrasing rules (Turkish, length, no ``//``, not a repeat) or when MiniLM puts it close in meaning to a
test or qual question (the candidate bar of ``flutr-train data leaks``: the evaluation tasks win). Then the whole
data folder is validated. Idempotent: a wording a row already has is not added twice.

    .venv/bin/python experiments/qa-authoring/merge_phrasings.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from rows import validated

from flutr.dataset import PHRASING_MARK, REPO_DATA_DIR, SPLITS, QARow, load_split, task_id
from model_training.dataset_leaks import CANDIDATE_MEANING, phrasing_twins
from model_training.dataset_validate import Limits, LocatedRow, phrasing_problems

DRAFTS = REPO_DATA_DIR / "drafts-phrasings"


def drafted() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(DRAFTS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                found.setdefault(str(data["id"]), []).extend(str(p).strip() for p in data["phrasings"])
    return found


def main() -> int:
    new = drafted()
    if not new:
        print(f"no drafts in {DRAFTS}: nothing to add")
        return 1
    rows = {split: load_split(split) for split in SPLITS}
    train = {row.id: row for row in rows["train"]}
    unknown = sorted(set(new) - set(train))
    if unknown:
        print(f"{len(unknown)} ids are not train rows, skipped: {unknown[:10]}")
    candidates: list[QARow] = []  # one pseudo-row per new wording, id "<row>~<n>"
    dropped: list[str] = []
    for row_id, texts in new.items():
        if row_id not in train:
            continue
        row = train[row_id]
        kept = list(row.phrasings)
        for text in texts:
            trial = replace(row, phrasings=(*kept, text))
            problems = list(phrasing_problems(LocatedRow(Path("train.jsonl"), 0, trial), Limits()))
            if problems:
                dropped.append(f"{row_id}: {text!r}: {problems[0]}")
                continue
            kept.append(text)
            candidates.append(replace(row, id=f"{row_id}{PHRASING_MARK}{len(kept)}", phrasings=(text,)))
    close = {
        twin.first
        for twin in phrasing_twins({"train": candidates, "test": rows["test"], "qual": rows["qual"]}, CANDIDATE_MEANING)
    }
    added: dict[str, list[str]] = {}
    for pseudo in candidates:
        if pseudo.id in close:
            dropped.append(f"{pseudo.id}: {pseudo.phrasings[0]!r}: close in meaning to a test/qual question")
        else:
            added.setdefault(task_id(pseudo.id), []).append(pseudo.phrasings[0])
    merged = [replace(row, phrasings=(*row.phrasings, *added.get(row.id, ()))) for row in rows["train"]]
    path = REPO_DATA_DIR / "train.jsonl"
    path.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in merged), encoding="utf-8")
    for line in dropped:
        print("dropped", line)
    total = sum(len(r.phrasings) for r in merged)
    print(
        f"{sum(map(len, added.values()))} wordings added to {len(added)} rows ({len(dropped)} dropped); "
        f"train: {len(merged)} rows, {len(merged) + total} (question, answer) pairs"
    )
    return validated()


if __name__ == "__main__":
    sys.exit(main())
