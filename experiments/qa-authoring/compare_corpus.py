"""The same test rows answered with the corpus before and after it grew, judged now with the current judge and
requirements: a paired comparison (exact McNemar) of two ``flutr-bench quality`` runs' cached answers.

    .venv/bin/python experiments/qa-authoring/compare_corpus.py OLD_RUN_DIR NEW_RUN_DIR [VARIANT ...]

Each run dir has the ``generations.jsonl`` its quality run cached (the copy baselines are rebuilt from the
retrieved ids recorded in its ``results.json``, with the answers of the train split as it is now; a retrieved row
that left train counts as no answer). Prints per variant: n, correct in each run, only-old / only-new, p, and
the API-free rows' counts. The same directory twice restates one run with today's judge.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from benchmarks.judge.verdict import judge
from benchmarks.metrics.scoring import requirements_of
from benchmarks.metrics.significance import mcnemar_p
from flutr.dataset import load_split


def answers(run: Path, variant: str) -> dict[str, str]:
    if variant.startswith("copy"):
        train = {row.id: row.answer for row in load_split("train")}
        data = json.loads((run / "results.json").read_text(encoding="utf-8"))
        rows = data["splits"]["test"][variant]["rows"]
        return {row["id"]: "\n\n".join(train.get(i, "") for i in row["retrieved"]).strip() for row in rows}
    found = {}
    for line in (run / "generations.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["variant"] == variant and record["split"] == "test":
            found[record["row_id"]] = record.get("scored_code") or ""
    return found


def main(argv: list[str]) -> None:
    old_run, new_run = Path(argv[0]), Path(argv[1])
    rows = {row.id: row for row in load_split("test")}
    for variant in argv[2:] or ["rag", "copy1", "copy2"]:
        old, new = answers(old_run, variant), answers(new_run, variant)
        ids = sorted(set(old) & set(new) & set(rows))

        def correct(code: str, row_id: str) -> bool:
            return bool(code) and judge(replace(requirements_of(rows[row_id]), answer=code)).correct

        pairs = [(correct(old[i], i), correct(new[i], i)) for i in ids]
        only_old = sum(a and not b for a, b in pairs)
        only_new = sum(b and not a for a, b in pairs)
        free = [pair for i, pair in zip(ids, pairs, strict=True) if rows[i].api_free]
        print(
            f"{variant}: n={len(ids)} old {sum(a for a, _ in pairs)} new {sum(b for _, b in pairs)} "
            f"only old {only_old} only new {only_new} p={mcnemar_p(only_old, only_new):.3f}; "
            f"API-free n={len(free)} old {sum(a for a, _ in free)} new {sum(b for _, b in free)}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
