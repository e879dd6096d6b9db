"""The blind worklist for two placement levers of the 1.5B (experiments/placement/README.md): every answer of
``fim+rag+select`` (the retrieved example first) and of ``standalone`` at top level that differs from every answer
read before, plus ``--controls`` answers of the default read before, read again blind as a check on the readers.

    python experiments/placement/worklist.py [--parts 6] [--controls 20]

Reads benchmarks/results/in-context-examples/ and in-context-top-level/generations.jsonl. Writes
experiments/placement/worklist-<i>.jsonl (what a reader needs, shuffled) and worklist-key.jsonl (``hash`` → label
id, and ``control`` for a re-read).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "judge-labels"))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE))

from in_context_worklist import item  # noqa: E402
from labelled import MODEL, readings  # noqa: E402
from worklists import (  # noqa: E402
    blind_in_context,
    current_in_context,
    in_context_rows,
    read_jsonl,
    write_worklist,
)

RUNS = {
    "fim+rag+select": Path("benchmarks/results/in-context-examples/generations.jsonl"),
    "standalone": Path("benchmarks/results/in-context-top-level/generations.jsonl"),
}
SEED = 41


def new_answers() -> list[dict]:
    """The runs' answers of the two levers (the last line per row), as generated."""
    latest = {}
    for variant, path in RUNS.items():
        for generated in read_jsonl(path):
            if generated["model"] == MODEL and generated["variant"] == variant:
                latest[(variant, generated["id"])] = generated
    return [latest[key] for key in sorted(latest)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", type=int, default=6)
    parser.add_argument("--controls", type=int, default=20)
    args = parser.parse_args()
    rows = in_context_rows()
    read = readings()
    items, key, seen = [], [], set()
    for generated in new_answers():
        answer = (generated["id"], generated["code"])
        if answer in read or answer in seen:
            continue
        seen.add(answer)
        shown, line = blind_in_context(item(generated, rows[generated["id"]]), "placement:")
        items.append(shown)
        key.append(line)
    defaults = sorted(
        (g for (v, _), g in current_in_context(MODEL, rows).items() if v == "fim+select"), key=lambda g: g["id"]
    )
    for generated in random.Random(SEED).sample(defaults, args.controls):
        shown, line = blind_in_context(item(generated, rows[generated["id"]]), "placement-control:")
        items.append(shown)
        key.append({**line, "control": True})
    random.Random(SEED).shuffle(items)
    write_worklist(HERE, "worklist", items, key, args.parts)
    print(f"{len(items)} answers ({len(items) - args.controls} new, {args.controls} controls) in {args.parts} parts")


if __name__ == "__main__":
    main()
