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
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "judge-labels"))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE))

from in_context_worklist import item  # noqa: E402
from labelled import MODEL, readings  # noqa: E402
from worklists import blind_answers, control_answers, finish_worklist, in_context_rows, read_jsonl  # noqa: E402

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
    found = blind_answers(new_answers(), rows, "placement:", set(readings()), item)
    controls = control_answers(MODEL, args.controls, SEED, "placement-control:", item)
    finish_worklist(HERE, "worklist", found, controls, SEED, args.parts)


if __name__ == "__main__":
    main()
