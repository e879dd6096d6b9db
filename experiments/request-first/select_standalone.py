"""Verify and select for standalone questions, simulated on answers already read: for each of the 51 questions,
the default's answer and, as further candidates, the answers of the variants read on the same questions (two
retrieved examples, none, and the three request-first variants). Serving would keep the first candidate that has
code, parses and has no rejecting reference-free finding (``flutr.dart_api.rejecting_findings``, what inside-code
selection uses); this counts how many selected answers a reader accepted, for each second candidate and for
N = 1…6, beside the oracle (any candidate read correct); and (session 19) the stated-values rule of inside code as
the score among the candidates that pass. No model.

    python experiments/request-first/select_standalone.py > experiments/request-first/results/select-standalone.txt
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from score import readings  # noqa: E402
from worklist import PROMPT_VARIANTS, default_answers, variant_answers  # noqa: E402
from worklists import read_jsonl  # noqa: E402

from benchmarks.metrics.significance import mcnemar_p  # noqa: E402
from flutr.dart import parses_as_dart  # noqa: E402
from flutr.dart_api import rejecting_findings  # noqa: E402
from flutr.dataset import load_split  # noqa: E402
from flutr.stated_values import left_out, stated_values  # noqa: E402

RUNS = ROOT / "benchmarks/results/judge-v2"
K_KEYS = ROOT / "experiments/retrieval-k-large"
# variant → (its run's generations, the run's variant name, the worklist key, the label files)
RETRIEVAL = {
    "k2": ("qwen2.5-coder-1.5b-k2-sample51", "rag", "worklist-key.jsonl", "labels-k2-*.jsonl"),
    "k0": ("qwen2.5-coder-1.5b-k0-sample51", "base", "worklist-k0-key.jsonl", "labels-k0-*.jsonl"),
}


def retrieval_candidates() -> dict[str, dict[str, tuple[str, bool]]]:
    """k2 and k0: row id → (answer, read correct)."""
    found = {}
    for name, (run, variant, key_file, labels_glob) in RETRIEVAL.items():
        answers = {
            r["row_id"]: r["scored_code"]
            for r in read_jsonl(RUNS / run / "generations.jsonl")
            if r["variant"] == variant
        }
        rows = {e["hash"]: e["row_id"] for e in read_jsonl(K_KEYS / key_file)}
        read = {
            rows[label["hash"]]: label["label"] == "correct"
            for path in sorted((ROOT / "benchmarks/judge").glob(labels_glob))
            for label in read_jsonl(path)
        }
        found[name] = {row: (answers[row], read[row]) for row in read}
    return found


@functools.cache
def passes(code: str) -> bool:
    return bool(code.strip()) and parses_as_dart(code) and not rejecting_findings(code)


def all_candidates() -> dict[str, dict[str, tuple[str, bool]]]:
    """Every read answer to the 51 questions: variant (default first) → row id → (answer, read correct)."""
    default_code = default_answers()
    default_read, changed = readings()
    found = {"default": {row: (code, default_read[row]) for row, code in default_code.items()}}
    found.update(retrieval_candidates())
    for variant, answers in variant_answers(PROMPT_VARIANTS).items():
        found[variant] = {
            row: (code, default_read[row] if code == default_code[row] else changed[(row, variant)])
            for row, code in answers.items()
        }
    return found


def print_scored_selection(found: dict[str, dict[str, tuple[str, bool]]], score: Callable[[str, str], float]) -> None:
    """For N = 2 (default, two examples) and N = 6: the read-correct count of the answer with the highest
    ``score(row, code)`` among the candidates that pass the checks, beside the default and the oracle."""
    rows = sorted(found["default"])
    base = {row: found["default"][row][1] for row in rows}
    print(f"default: {sum(base.values())}/{len(rows)}")
    for order in (["default", "k2"], list(found)):

        def value(name: str, row: str) -> tuple[bool, float]:
            code = found[name][row][0]
            return passes(code), score(row, code)

        picked = {row: found[max(order, key=lambda n: value(n, row))][row][1] for row in rows}
        only_a = sum(picked[r] and not base[r] for r in rows)
        only_b = sum(base[r] and not picked[r] for r in rows)
        oracle = sum(any(found[n][r][1] for n in order) for r in rows)
        print(
            f"N={len(order)} ({', '.join(order)}), highest score among those passing the checks: "
            f"{sum(picked.values())} ({only_a} vs {only_b}, p = {mcnemar_p(only_a, only_b):.3f}); oracle {oracle}"
        )


def main() -> None:
    candidates = all_candidates()
    rows = sorted(candidates["default"])
    base = {row: candidates["default"][row][1] for row in rows}
    print(f"{len(rows)} questions; the default read correct on {sum(base.values())}")
    failing = sum(not passes(candidates["default"][r][0]) for r in rows)
    print(f"default answers failing the reference-free checks: {failing}")

    def selected(order: list[str]) -> dict[str, bool]:
        chosen = {}
        for row in rows:
            pick = next((name for name in order if passes(candidates[name][row][0])), order[0])
            chosen[row] = candidates[pick][row][1]
        return chosen

    for second in [name for name in candidates if name != "default"]:
        picked = selected(["default", second])
        only_a = sum(picked[r] and not base[r] for r in rows)
        only_b = sum(base[r] and not picked[r] for r in rows)
        oracle = sum(base[r] or candidates[second][r][1] for r in rows)
        print(
            f"N=2, second = {second:8}: read {sum(picked.values())} ({only_a} vs {only_b}, p = "
            f"{mcnemar_p(only_a, only_b):.2f}); a second generation on {failing} questions; oracle {oracle}"
        )
    order = list(candidates)
    for n in range(1, len(order) + 1):
        picked = selected(order[:n])
        oracle = sum(any(candidates[name][r][1] for name in order[:n]) for r in rows)
        print(f"N={n} ({', '.join(order[:n])}): read {sum(picked.values())}, oracle {oracle}")

    # session 19: the stated-values rule inside code, tried on questions: among the candidates passing the checks,
    # the one leaving out the fewest numbers or quoted texts the question states (the default first on a tie)
    questions = {row.id: row.question for row in load_split("test")}
    stating = sum(bool(stated_values(questions[r])) for r in rows)
    leaving = sum(bool(left_out(candidates["default"][r][0], questions[r])) for r in rows)
    print(f"\nquestions stating a value: {stating}; the default leaves one out on {leaving}")
    print_scored_selection(candidates, lambda row, code: -len(left_out(code, questions[row])))


if __name__ == "__main__":
    main()
