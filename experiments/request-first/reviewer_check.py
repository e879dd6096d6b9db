"""The comment-given-code selector of experiments/placement (``reviewer.py``), tried on the questions: for every
distinct answer read on the 51 questions (the six candidates of ``select_standalone.py``), the summed
log-probability the 1.5B gives the question's comment when the answer stands under it in a file that holds only
the Flutter import (fill-in-the-middle, the comment as the middle). The selection rule is the self-check's
(``self_check.py``), fixed before any score was seen: per question, the highest score among the candidates that
pass the reference-free checks.

    python experiments/request-first/reviewer_check.py            # resumable: results/reviewer.jsonl
    python experiments/request-first/reviewer_check.py --report   # results/reviewer.txt
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "experiments" / "placement"))

import select_standalone  # noqa: E402
from question_fim import question_file  # noqa: E402
from reviewer import Scorer  # noqa: E402
from self_check import digest  # noqa: E402
from worklists import test_rows  # noqa: E402

from flutr.comments import find_request_comments  # noqa: E402
from flutr.edits import with_code  # noqa: E402
from flutr.infill import review_prompt  # noqa: E402

OUT = HERE / "results" / "reviewer.jsonl"


def score_all(threads: int) -> None:
    test = {row_id: row["question"] for row_id, row in test_rows().items()}
    done = {json.loads(line)["digest"] for line in OUT.read_text().splitlines()} if OUT.exists() else set()
    todo = {}
    for answers in select_standalone.all_candidates().values():
        for row, (code, _) in answers.items():
            if code.strip() and digest(row, code) not in done:
                todo[digest(row, code)] = (row, code)
    scorer = Scorer(threads)
    for key, (row, code) in sorted(todo.items(), key=lambda item: item[1]):
        started = time.perf_counter()
        source = question_file(test[row])
        block = find_request_comments(source)[0]
        changed = with_code(source, block, code)[0]
        logprob, count = scorer.score(*review_prompt(changed, block))
        record = {"digest": key, "row_id": row, "logprob": round(logprob, 4), "tokens": count}
        record["seconds"] = round(time.perf_counter() - started, 2)
        with OUT.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
        print(record, flush=True)


def report() -> None:
    scored = {r["digest"]: r["logprob"] for r in map(json.loads, OUT.read_text().splitlines())}
    found = select_standalone.all_candidates()
    rows = sorted(found["default"])
    wins = total = 0
    for row in rows:
        answers = {code: ok for answers in found.values() for code, ok in [answers[row]] if code.strip()}
        right = [scored[digest(row, c)] for c, ok in answers.items() if ok]
        wrong = [scored[digest(row, c)] for c, ok in answers.items() if not ok]
        wins += sum(r > w for r in right for w in wrong)
        total += len(right) * len(wrong)
    print(f"within a question, a read-correct answer scores above a rejected one in {wins} of {total} pairs")
    select_standalone.print_scored_selection(found, lambda row, code: scored.get(digest(row, code), float("-inf")))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--threads", type=int, default=2)
    arguments = parser.parse_args()
    if arguments.report:
        report()
    else:
        score_all(arguments.threads)
