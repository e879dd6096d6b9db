"""The in-context judge's verdict on every cached answer of held-out batch 3, with the code this script runs with
(so the judge of another commit can be asked the same: ``PYTHONPATH=<worktree>``), as ``{variant/id: bool}``:

    PYTHONPATH=/tmp/old-rules .venv/bin/python experiments/holdout/verdicts.py OUT.json [--no-checks]

``--no-checks``: the rows' structural ``checks`` left out (what the judge says on ``must_contain`` and the
reference-free checks alone).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import flutr
from benchmarks.in_context.run import judged, read_generated, record_key
from flutr.in_context import read_in_context

HOLDOUT = Path("data/in_context/holdout.jsonl")
RUN = Path("benchmarks/results/in-context-holdout-b3/generations.jsonl")


def main(out: Path, checks: bool) -> None:
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    verdicts = {}
    for generated in read_generated(RUN).values():
        row = rows[generated.id]
        if record_key(generated.model, generated.variant, row) != generated.key:
            continue
        verdicts[f"{generated.variant}/{generated.id}"] = judged(
            row if checks else replace(row, checks=()), generated
        ).correct
    out.write_text(json.dumps(verdicts, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(verdicts)} verdicts, {sum(verdicts.values())} correct (flutr from {Path(flutr.__file__).parent})")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--no-checks" not in sys.argv[2:])
