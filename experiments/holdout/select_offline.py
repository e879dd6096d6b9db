"""Which candidate the server's ``fim+select`` keeps on each held-out row, from the two candidates it would make:
``fim`` (no retrieved examples, the first) and ``fim+rag`` (examples shown, made only when the first is rejected),
both greedy and cached by one ``flutr-bench in-context --mechanisms fim,fim+rag`` run. The rules that reject a
candidate and keep one (``flutr.in_place.wants_second`` and ``kept_candidate``; before session 16
``rejected_in_file`` alone) are those of the code this script runs with, so one run of the model scores the
selection under two versions of the rules:

    .venv/bin/python experiments/holdout/select_offline.py OUT.json                 # the rules checked out
    PYTHONPATH=/tmp/old-rules .venv/bin/python experiments/holdout/select_offline.py OUT.json   # a worktree's
    .venv/bin/python experiments/holdout/select_offline.py OUT.json --examples-first   # fimExamples on

(``--examples-first``: ``fim+rag+select``, the candidate with the retrieved example first and the other second.)
Writes ``{row id: {"kept": "fim" | "fim+rag", "made": [the candidates made, in order]}}`` (the time of a row is
the sum of the candidates made).

(``git worktree add /tmp/old-rules <commit>``: its ``flutr`` is imported first.) Greedy decoding makes the
candidates the ones the server would make; only its timing is not replayed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import flutr
from flutr.answering import Answer
from flutr.edits import file_problem
from flutr.in_context import read_in_context
from flutr.in_place import rejected_in_file

try:  # the rules since session 16: a second candidate also for a middle leaving out a value the comment states
    from flutr.in_place import kept_candidate, wants_second
except ImportError:  # an older worktree's rules: the second only for a rejected first, kept when it passes
    kept_candidate = None  # type: ignore[assignment]
    wants_second = None  # type: ignore[assignment]

HOLDOUT = Path("data/in_context/holdout.jsonl")
RUN = Path("benchmarks/results/in-context-holdout-b3/generations.jsonl")
MODEL = "qwen2.5-coder-1.5b"


def candidate(code: str, source: str, block: object) -> Answer:
    problem = file_problem(source, block, code) if code.strip() else "model produced no code"  # type: ignore[arg-type]
    return Answer(code, (), problem is None, problem, 1, ())


def main(out: Path, examples_first: bool) -> None:
    first_variant, second_variant = ("fim+rag", "fim") if examples_first else ("fim", "fim+rag")
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    codes: dict[tuple[str, str], str] = {}
    for line in RUN.read_text(encoding="utf-8").splitlines():
        generated = json.loads(line)
        if generated["model"] == MODEL and generated["variant"] in ("fim", "fim+rag"):
            codes[(generated["id"], generated["variant"])] = generated["code"]
    kept: dict[str, dict[str, object]] = {}
    for row_id in sorted({i for i, _ in codes}):
        row = rows[row_id]
        block = row.block()
        first = candidate(codes[(row_id, first_variant)], row.file, block)
        second = candidate(codes[(row_id, second_variant)], row.file, block)
        if wants_second is None or kept_candidate is None:
            if not rejected_in_file(first, row.file, block):
                kept[row_id] = {"kept": first_variant, "made": [first_variant]}
                continue
            chosen = first_variant if rejected_in_file(second, row.file, block) else second_variant
        else:
            if not wants_second(first, row.file, block):
                kept[row_id] = {"kept": first_variant, "made": [first_variant]}
                continue
            chosen = second_variant if kept_candidate(first, second, row.file, block) is second else first_variant
        kept[row_id] = {"kept": chosen, "made": [first_variant, second_variant]}
    out.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    seconds = sum(v["kept"] == second_variant for v in kept.values())
    print(f"{len(kept)} rows, the second candidate kept on {seconds} (flutr from {Path(flutr.__file__).parent})")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--examples-first" in sys.argv[2:])
