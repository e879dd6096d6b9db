"""The row writer every held-out generator uses (holdout-*.py): ``row(...)`` appends an in-context row with the
author's id prefix and a per-topic number; ``write()`` puts them in ``data/in_context/drafts/<name>.jsonl``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

DRAFTS = Path(__file__).resolve().parents[2] / "data" / "in_context" / "drafts"


class Rows:
    def __init__(self, name: str, id_prefix: str) -> None:
        self.out = DRAFTS / f"{name}.jsonl"
        self.id_prefix = id_prefix
        self.rows: list[dict] = []
        self._numbers: Counter[str] = Counter()

    def row(
        self,
        topic: str,
        position: str,
        file: str,
        answer: str,
        must_contain: list[str],
        must_not: list[str] | None = None,
        checks: list[str] | None = None,
    ) -> None:
        self._numbers[topic] += 1
        data: dict[str, object] = {
            "id": f"{self.id_prefix}-{topic}-{self._numbers[topic]:03d}",
            "topic": topic,
            "position": position,
            "file": file.strip("\n") + "\n",
            "answer": answer.strip("\n"),
            "must_contain": must_contain,
        }
        if must_not:
            data["must_not"] = must_not
        if checks:
            data["checks"] = checks
        self.rows.append(data)

    def write(self) -> None:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in self.rows), encoding="utf-8")
        print(f"{len(self.rows)} rows -> {self.out}")
        print(dict(Counter(r["position"] for r in self.rows)))
        print(dict(Counter(r["topic"] for r in self.rows)))
