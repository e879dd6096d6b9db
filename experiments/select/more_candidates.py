"""Verify and select with N = 1…4 candidates inside code (issue #19 lever 3: quality against time).

The server's default inside code is N = 2 (``flutr.in_place._fim``): fill-in-the-middle, and when that middle is
rejected by the reference-free checks (no code, the file breaks, an API that does not exist:
``flutr.in_place.rejected_in_file``) a second middle with the closest retrieved example as another file. This adds
candidates 3 and 4 — the same middle with the 2nd and the 3rd closest retrieved example instead — for the rows of
the 168-row in-context test set whose kept answer is still rejected after two (candidates 1 and 2 are the cached
answers of benchmarks/results/in-context/generations.jsonl, current keys only, variants ``fim`` and
``fim+select``). The first candidate that passes is kept; nothing here sees a reference or a label. Writes
``results/more-candidates.jsonl`` (every candidate, its seconds and verdict) for blind reading.

    python experiments/select/more_candidates.py [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge-labels"))

from in_context_worklist import item  # noqa: E402
from simulate_in_context import passes  # noqa: E402
from worklists import blind_in_context, current_in_context, in_context_rows, write_jsonl  # noqa: E402

from flutr.answering import TimeBudget  # noqa: E402
from flutr.in_context import InContextRow  # noqa: E402
from flutr.in_place import fim_candidate, rejected_in_file  # noqa: E402
from flutr.infill import infill_prompt  # noqa: E402
from flutr.pipeline import GenerationSettings, ModelSpec, build_answerer  # noqa: E402
from flutr.position import position_of  # noqa: E402

MODEL = "qwen2.5-coder-1.5b"
OUT = Path(__file__).parent / "results" / "more-candidates.jsonl"
WORKLIST = Path(__file__).parent / "more-candidates-worklist.jsonl"  # blind: what a reader sees
WORKLIST_KEY = Path(__file__).parent / "more-candidates-worklist-key.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    rows = in_context_rows()
    selected = {
        row_id: g for (variant, row_id), g in current_in_context(MODEL, rows).items() if variant == "fim+select"
    }
    answerer = build_answerer(ModelSpec(model="large", threads=args.threads), GenerationSettings(retrieval_k=3))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    records = []
    for row_id, kept in sorted(selected.items()):
        row = rows[row_id]
        block = row.block()
        if passes(row, kept["code"]):
            continue
        position = position_of(row.file, block)
        retrieved = answerer.retrieved(block.text)  # closest last
        for candidate, example in ((3, retrieved[-2]), (4, retrieved[-3])):
            prompt = infill_prompt(row.file, block, position=position.kind, examples=[example])
            started = time.perf_counter()
            answer = fim_candidate(answerer, row.file, block, prompt, None, TimeBudget(0))
            record = {
                "id": row_id,
                "candidate": candidate,
                "example_question": example.question,
                "code": answer.code,
                "seconds": round(time.perf_counter() - started, 2),
                "rejected": rejected_in_file(answer, row.file, block),
            }
            records.append(record)
            print(json.dumps(record, ensure_ascii=False)[:300], flush=True)
            if not record["rejected"]:
                break
    write_jsonl(OUT, records)
    write_worklist(records, rows)
    print(f"{len(records)} candidates → {OUT}")


def write_worklist(records: list[dict], rows: dict[str, InContextRow]) -> None:
    """The kept answers that changed (a 3rd or 4th candidate passed), blind, for careful reading."""
    items, key = [], []
    for record in records:
        if not record["rejected"]:
            generated = {"model": MODEL, "variant": f"fim+select{record['candidate']}", "key": "", **record}
            shown, line = blind_in_context(item(generated, rows[record["id"]]))
            items.append(shown)
            key.append(line)
    write_jsonl(WORKLIST, items)
    write_jsonl(WORKLIST_KEY, key)


if __name__ == "__main__":
    main()
