"""Judge v2 against the blind readings of the larger tier's standalone answers (sessions 11–13: sample102,
sample204, retrieval k0/k2, request-first), per label set, with today's rules and without the rules added since
(``--without``), in one run.

    .venv/bin/python experiments/judge-labels/question_sets_score.py [--without RULE,RULE] \
        > experiments/judge-labels/results/question-sets.txt

``--without`` defaults to the rules of 2026-12-06 (session 12): future-return, missing-return, const-nonconstant.

Answers come from the sets' worklists (``hash`` → ``row_id``, ``answer``), requirements from ``data/test.jsonl``
(``requirements_of``). A set on which a rule was read off is development data for that rule: the output says
which sets were fresh for it: performance-062 and async-048 of request-first 1 showed missing-return and
future-return; request-first 2 and 3 were labelled after the three rules were committed.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import read_jsonl  # noqa: E402

from benchmarks.judge.calibration import agreement, rows_by_id  # noqa: E402
from benchmarks.judge.verdict import JudgeConfig, judge  # noqa: E402
from benchmarks.metrics.scoring import requirements_of  # noqa: E402

# label files (glob under benchmarks/judge) → the worklists that hold their answers (glob under experiments)
SETS = {
    "sample102 (51)": ("labels-s102-*.jsonl", "sample102/worklist-[12].jsonl"),
    "sample204 (102)": ("labels-s204-*.jsonl", "sample102/worklist-s204-[1-4].jsonl"),
    "k0 (51)": ("labels-k0-*.jsonl", "retrieval-k-large/worklist-k0-[12].jsonl"),
    "k2 (51)": ("labels-k2-*.jsonl", "retrieval-k-large/worklist-[12].jsonl"),
    "request-first 1": ("labels-request-first-1-*.jsonl", "request-first/worklist-1-[0-9].jsonl"),
    "request-first 2": ("labels-request-first-2-*.jsonl", "request-first/worklist-2-[0-9].jsonl"),
    "request-first 3": ("labels-request-first-3-*.jsonl", "request-first/worklist-3-[0-9].jsonl"),
    "request-first 4": ("labels-request-first-4-*.jsonl", "request-first/worklist-4-[0-9].jsonl"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--without", default="future-return,missing-return,const-nonconstant", help="rules to leave out for 'before'"
    )
    args = parser.parse_args()
    rows = rows_by_id()
    left_out = set(args.without.split(","))
    before = JudgeConfig(rejecting=JudgeConfig().rejecting - left_out)
    judge_dir, experiments = Path("benchmarks/judge"), Path("experiments")
    for name, (labels_glob, worklist_glob) in SETS.items():
        answers = {item["hash"]: item for path in experiments.glob(worklist_glob) for item in read_jsonl(path)}
        labels = [label for path in sorted(judge_dir.glob(labels_glob)) for label in read_jsonl(path)]
        if not labels:
            continue
        for config_name, config in (("before", before), ("now", JudgeConfig())):
            pairs = []
            for label in labels:
                item = answers[label["hash"]]
                verdict = judge(replace(requirements_of(rows[item["row_id"]]), answer=item["answer"]), config)
                pairs.append((verdict.correct, label["label"] == "correct"))
            a = agreement(pairs)
            called = a.both_correct + a.judge_only
            print(
                f"{name:16} {config_name:6} n={a.n} agreement {100 * a.agreement:.1f}% "
                f"precision {a.both_correct}/{called} recall {a.both_correct}/{a.both_correct + a.label_only}"
            )


if __name__ == "__main__":
    main()
