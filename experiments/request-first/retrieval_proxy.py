"""Would the glossary's API names help retrieval? The share of a test row's ``must_contain`` items that the top
retrieved training answer uses (a proxy of "the example shows the asked API"), for the bare question and for the
question followed by the API names of its glossary entries. No model.

    python experiments/request-first/retrieval_proxy.py > experiments/request-first/results/retrieval-proxy.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import glossary  # noqa: E402

from flutr.dataset import QARow, load_split  # noqa: E402
from flutr.retrieval import default_retriever  # noqa: E402


def covered(row: QARow, answer: str) -> float:
    """The share of ``row``'s must_contain items (``A | B`` = any) that ``answer`` names."""
    found = sum(
        any(re.search(rf"\b{re.escape(option.strip())}\b", answer) for option in item.split("|"))
        for item in row.must_contain
    )
    return found / len(row.must_contain)


def main() -> None:
    entries = glossary.load(Path(__file__).resolve().parent / "glossary.json")
    retriever = default_retriever()
    rows = [row for row in load_split("test") if row.must_contain]

    def expanded(question: str) -> str:
        apis = [e["api"].split()[-1] for e in glossary.matching(entries, question) if e.get("api")]
        return " ".join([question, *apis])

    plain = {row.id: retriever.search(row.question, 1) for row in rows}
    for name, query in (("question", lambda q: q), ("question + glossary API names", expanded)):
        shares, moved = [], 0
        for row in rows:
            hits = retriever.search(query(row.question), 1)
            moved += bool(hits and plain[row.id] and hits[0].row.id != plain[row.id][0].row.id)
            shares.append(covered(row, hits[0].row.answer) if hits else 0.0)
        print(
            f"{name}: must_contain covered by the top example {sum(shares) / len(shares):.3f} "
            f"on {len(rows)} test rows; top example changed on {moved}"
        )


if __name__ == "__main__":
    main()
