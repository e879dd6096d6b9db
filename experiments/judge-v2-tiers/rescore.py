"""Re-score the committed judge-v2 runs with today's judge and rows, from their cached answers (no model).

The answers are the runs' own: ``generations.jsonl`` (``scored_code``) for the model variants, and for the copy
baselines the training answers of the ids each row retrieved (``retrieved`` in ``results.json``, joined as
:func:`benchmarks.quality.run.copy_records` joins them). Every row is scored again with
:func:`benchmarks.metrics.scoring.score_rows`; the reference metrics must come out as before (a check that the
answers are the ones scored), and the judge's fields (``correct``, reasons, notes, the keyword rule) and the
table's counts are replaced. Then ``python experiments/judge-v2-tiers/compare.py`` rewrites the headline.

    .venv/bin/python experiments/judge-v2-tiers/rescore.py
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from benchmarks.metrics.scoring import score_rows
from benchmarks.metrics.significance import paired
from flutr.dataset import load_split

OUT = Path("benchmarks/results/judge-v2")
FOLDERS = ("fast-model", "qwen2.5-coder-1.5b-sample51")


def answers_of(folder: str) -> dict[tuple[str, str, str], str]:
    found: dict[tuple[str, str, str], str] = {}
    for line in (OUT / folder / "generations.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            key = (record["split"], record["variant"], record["row_id"])
            assert key not in found, f"{folder}: two cached answers for {key}"
            found[key] = record["scored_code"]
    return found


def main() -> None:
    train = {row.id: row.answer for row in load_split("train")}
    rows = {split: {row.id: row for row in load_split(split)} for split in ("test", "qual")}
    for folder in FOLDERS:
        path = OUT / folder / "results.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        cached = answers_of(folder)
        for split, cells in data["splits"].items():
            for variant, cell in cells.items():
                items = cell["rows"]
                answers = [
                    "\n\n".join(train[i] for i in item["retrieved"])
                    if variant.startswith("copy")
                    else cached[(split, variant, item["id"])]
                    for item in items
                ]
                dataset_rows = [rows[split][item["id"]] for item in items]
                score = score_rows(answers, dataset_rows, bertscore=False, extract=False)
                before = cell["table"]["correct_count"]
                for item, pair in zip(items, score.pairs, strict=True):
                    assert math.isclose(item["codebleu"], pair.codebleu, abs_tol=1e-9), (folder, split, item["id"])
                    item.update(
                        {
                            "correct": bool(pair.verdict and pair.verdict.correct),
                            "judge_reasons": list(pair.verdict.reasons) if pair.verdict else [],
                            "judge_notes": list(pair.verdict.notes) if pair.verdict else [],
                            "keywords": pair.correctness.correct,
                            "parses": pair.correctness.parses,
                            "missing": list(pair.correctness.missing),
                            "reason": pair.correctness.reason,
                        }
                    )
                judged = [item["correct"] for item in items]
                free = [item["correct"] for item, row in zip(items, dataset_rows, strict=True) if row.api_free]
                cell["table"].update(
                    {
                        "correct": sum(judged) / len(judged),
                        "correct_count": sum(judged),
                        "api_free": sum(free) / len(free) if free else None,
                        "api_free_count": sum(free),
                        "api_free_n": len(free),
                        "keywords": score.correct_rate,
                        "keywords_count": sum(p.correctness.correct for p in score.pairs),
                        "parse": score.parse_rate,
                        "parse_count": sum(p.correctness.parses for p in score.pairs),
                    }
                )
                print(f"{folder} {split} {variant}: correct {before} -> {cell['table']['correct_count']}")
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        patch_readme(OUT / folder / "README.md", data)


def _count(count: int, n: int) -> str:
    return f"{count}/{n} ({100 * count / n:.0f}%)" if n else "–"


def patch_readme(path: Path, data: dict) -> None:
    """The folder README's judge-dependent cells (Correct, API-free, Keywords, Parse, the paired tests, not
    parsing / missing must_contain), as ``benchmarks.quality.report`` writes them, from the re-scored data."""
    text = path.read_text(encoding="utf-8")
    sections = re.split(r"(?m)^(?=## )", text)
    for index, section in enumerate(sections):
        heading = re.match(r"## (\w+) split", section)
        if not heading or heading[1] not in data["splits"]:
            continue
        cells = data["splits"][heading[1]]
        lines = section.split("\n")
        for number, line in enumerate(lines):
            parts = line.split(" | ")
            name = parts[0].removeprefix("| ")
            if name in cells and len(parts) > 6 and parts[1].isdigit():  # the main table
                t = cells[name]["table"]
                parts[2] = _count(t["correct_count"], t["n"])
                parts[3] = _count(t["api_free_count"], t["api_free_n"])
                parts[4] = _count(t["keywords_count"], t["n"])
                parts[5] = f"{100 * t['parse']:.0f}%"
            elif name in cells and len(parts) == 3 and parts[1] in cells:  # a paired test
                a = [r["correct"] for r in cells[name]["rows"]]
                b = [r["correct"] for r in cells[parts[1]]["rows"]]
                parts[2] = paired(a, b).describe() + " |"
            elif name in cells and len(parts) == 6 and parts[1].isdigit():  # why answers are not correct
                rows = cells[name]["rows"]
                parts[1] = str(sum(1 for r in rows if not r["parses"]))
                parts[2] = str(sum(1 for r in rows if r["missing"]))
            lines[number] = " | ".join(parts)
        sections[index] = "\n".join(lines)
    text = "".join(sections)
    note = (
        "Re-scored from these answers with the judge and rows of 2026-12-07: `experiments/judge-v2-tiers/rescore.py`."
    )
    if note not in text:
        text = text.replace("\n## test split", f"\n{note}\n\n## test split", 1)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
