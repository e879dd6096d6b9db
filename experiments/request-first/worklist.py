"""Blind worklist of the request-first variants' answers that differ from the default's, mixed with the default's
own answers to those questions, so that both sides of every changed pair are read by the same readers in one go (an
unchanged answer keeps the default's reading; the default's earlier readings, benchmarks/judge/labels-sample51.jsonl,
measure how the readers agree).

    python experiments/request-first/worklist.py --batch 1 --variants restate,plan [--parts 3]

Reads experiments/request-first/results/<variant>.jsonl; one item per distinct (question, answer) — two variants
writing the same code share it; items a former batch holds are not asked again (their variants are added to its
key line). Writes worklist-<batch>-<i>.jsonl (``hash, row_id, question, reference, must_contain, kind, answer``,
shuffled with ``random.Random(SEED)``) and worklist-key.jsonl (``hash`` → ``row_id``, ``variants``, ``batch``).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import blind_hash, qa_item, read_jsonl, test_rows, write_jsonl  # noqa: E402

SEED = 3
HERE = Path(__file__).resolve().parent
PROMPT_VARIANTS = ("restate", "plan", "glossary")  # the chat prompt's levers (selection draws on these)
VARIANTS = (*PROMPT_VARIANTS, "fim")  # and the question as code completion (question_fim.py)
DEFAULT_RUN = Path("benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample51/generations.jsonl")


def default_answers() -> dict[str, str]:
    """Row id → the default's answer as its readers saw it."""
    return {r["row_id"]: r["scored_code"] for r in read_jsonl(DEFAULT_RUN) if r["variant"] == "rag"}


def variant_answers(variants: tuple[str, ...] = VARIANTS) -> dict[str, dict[str, str]]:
    """Variant → row id → answer as a reader sees it, for the variants that have results."""
    found = {}
    for variant in variants:
        path = HERE / "results" / f"{variant}.jsonl"
        if path.exists():
            found[variant] = {r["row_id"]: r["scored_code"] for r in read_jsonl(path)}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", required=True)
    parser.add_argument("--variants", required=True, help="comma-separated, of " + ",".join(VARIANTS))
    parser.add_argument("--parts", type=int, default=3)
    args = parser.parse_args()
    default, test = default_answers(), test_rows()
    key_path = HERE / "worklist-key.jsonl"
    key: dict[str, dict] = {e["hash"]: e for e in read_jsonl(key_path)} if key_path.exists() else {}
    items: dict[str, dict] = {}
    wanted = args.variants.split(",")
    for variant, answers in variant_answers().items():
        if variant not in wanted:
            continue
        for row_id, code in answers.items():
            if code == default[row_id]:
                continue
            for name, answer in ((variant, code), ("default", default[row_id])):
                digest = blind_hash(f"request-first:{row_id}:{answer}")
                if digest not in key:
                    items[digest] = qa_item(digest, test[row_id], answer)
                    key[digest] = {"hash": digest, "row_id": row_id, "variants": [], "batch": args.batch}
                names = key[digest]["variants"]
                if name not in names:
                    names.append(name)
    shuffled = list(items.values())
    random.Random(SEED).shuffle(shuffled)
    for part in range(args.parts):
        write_jsonl(HERE / f"worklist-{args.batch}-{part + 1}.jsonl", shuffled[part :: args.parts])
    write_jsonl(key_path, key.values())
    print(f"{len(shuffled)} answers (changed ones and the default's beside them) in {args.parts} parts")


if __name__ == "__main__":
    main()
