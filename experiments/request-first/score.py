"""The request-first variants against the default, read and judged on the 51 test questions.

    python experiments/request-first/score.py > experiments/request-first/results/score.txt

Where a variant changed the answer, both it and the default's answer were read blind in one worklist
(labels-request-first-*.jsonl through worklist-key.jsonl); an unchanged answer keeps the default's reading
(benchmarks/judge/labels-sample51.jsonl, read again where another variant changed the row). The judge (v2) judges every
answer again. Paired exact McNemar tests against the default; time and tokens per answer from the same runs.
"""

from __future__ import annotations

import statistics
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent))

from worklist import DEFAULT_RUN, default_answers, variant_answers  # noqa: E402
from worklists import read_jsonl  # noqa: E402

from benchmarks.judge.calibration import rows_by_id  # noqa: E402
from benchmarks.judge.verdict import judge  # noqa: E402
from benchmarks.metrics.scoring import requirements_of  # noqa: E402
from benchmarks.metrics.significance import mcnemar_p  # noqa: E402

SOURCE = "qwen1.5b:rag:corpus2636"


def readings() -> tuple[dict[str, bool], dict[tuple[str, str], bool]]:
    """The default's readings by row (this worklist's where it has one), and every read answer's by (row id,
    variant); prints how this worklist's readers agree with the earlier readings of the default."""
    default = {
        label["id"]: label["label"] == "correct"
        for label in read_jsonl(ROOT / "benchmarks/judge/labels-sample51.jsonl")
        if label["source"] == SOURCE
    }
    key = {entry["hash"]: entry for entry in read_jsonl(HERE / "worklist-key.jsonl")}
    changed = {}
    for path in sorted((ROOT / "benchmarks/judge").glob("labels-request-first-*.jsonl")):
        for label in read_jsonl(path):
            entry = key[label["hash"]]
            for variant in entry["variants"]:
                changed[(entry["row_id"], variant)] = label["label"] == "correct"
    again = {row: ok for (row, variant), ok in changed.items() if variant == "default"}
    same = sum(default[row] == ok for row, ok in again.items())
    print(f"the default read again on {len(again)} questions: {same} agree with the earlier reading")
    return {**default, **again}, changed


def judged(answers: dict[str, str]) -> dict[str, bool]:
    rows = rows_by_id()
    return {
        row_id: judge(replace(requirements_of(rows[row_id]), answer=code)).correct for row_id, code in answers.items()
    }


def paired(a: dict[str, bool], b: dict[str, bool]) -> str:
    only_a = sum(a[r] and not b[r] for r in a)
    only_b = sum(b[r] and not a[r] for r in a)
    return f"{only_a} vs {only_b} (p = {mcnemar_p(only_a, only_b):.3f})"


def main() -> None:
    default_code = default_answers()
    default_read, changed = readings()
    default_judged = judged(default_code)
    default_tokens = {
        r["row_id"]: r["completion_tokens"] for r in read_jsonl(ROOT / DEFAULT_RUN) if r["variant"] == "rag"
    }
    print(
        f"default: read {sum(default_read.values())}/{len(default_read)}, judge {sum(default_judged.values())}, "
        f"median {statistics.median(default_tokens.values()):.0f} tokens"
    )
    for variant, answers in variant_answers().items():
        runs = {r["row_id"]: r for r in read_jsonl(HERE / "results" / f"{variant}.jsonl")}
        rows = sorted(answers)
        missing = [r for r in rows if answers[r] != default_code[r] and (r, variant) not in changed]
        read = {r: default_read[r] if answers[r] == default_code[r] else changed.get((r, variant), False) for r in rows}
        judge_v = judged(answers)
        same = sum(answers[r] == default_code[r] for r in rows)
        seconds = statistics.median(runs[r]["seconds"] for r in rows)
        tokens = statistics.median(runs[r]["completion_tokens"] for r in rows)
        print(
            f"{variant}: n {len(rows)}, unchanged {same}, read {sum(read.values())} "
            f"(default {sum(default_read[r] for r in rows)}; "
            f"{paired(read, default_read)}), judge {sum(judge_v.values())} (default "
            f"{sum(default_judged[r] for r in rows)}; {paired(judge_v, default_judged)}), median {seconds:.1f} s, "
            f"{tokens:.0f} tokens (default {statistics.median(default_tokens[r] for r in rows):.0f})"
            + (f", UNREAD {len(missing)}" if missing else "")
        )


if __name__ == "__main__":
    main()
