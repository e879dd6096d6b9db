"""The training rows of the CPU-trained FIM adapter (experiments/fim-adapter-cpu/README.md): 320 of the 1,318
in-context train rows inside code, dealt evenly over (position, topic) with a fixed seed (400 drawn, the first 320
trained: what 38 minutes of two CPU cores allowed).

    python experiments/fim-adapter-cpu/subset.py OUT.jsonl [--rows 320]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

TRAIN = Path("data/in_context/train.jsonl")
SEED, DRAWN = 7, 400


def subset(rows: list[dict], count: int) -> list[dict]:
    """``DRAWN`` rows inside code, one per (position, topic) in turn, shuffled; the first ``count`` of them."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        if row["position"] != "top_level":
            groups[(row["position"], row["topic"])].append(row)
    rng = random.Random(SEED)
    for members in groups.values():
        rng.shuffle(members)
    picked: list[dict] = []
    depth = 0
    while len(picked) < DRAWN:
        for key in sorted(groups):
            if depth < len(groups[key]) and len(picked) < DRAWN:
                picked.append(groups[key][depth])
        depth += 1
    rng.shuffle(picked)
    return picked[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=320)
    args = parser.parse_args()
    rows = [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = subset(rows, args.rows)
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in chosen), encoding="utf-8")
    print(f"{len(chosen)} rows → {args.out}")


if __name__ == "__main__":
    main()
