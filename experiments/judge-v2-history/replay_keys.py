"""Does today's pipeline still ask the 2026-11-26 run's prompts? (issue #16: the same answers on the 110 eval rows)

    git show 8c49592:data/test.jsonl > /tmp/old110/test.jsonl; git show 8c49592:data/qual.jsonl > /tmp/old110/qual.jsonl
    python experiments/judge-v2-history/replay_keys.py /tmp/old110

For the variants whose prompt does not depend on the corpus (``base``, ``lora``: no retrieved example), today's
``benchmarks.quality.run.generation_settings`` and cache key are computed for each of the 110 questions of that run
(the data files of commit 8c49592) and looked up in its committed generations, as ``flutr-bench quality`` does: a
hit means today's code sends the same prompt with the same settings, so it gives that answer (greedy). No model runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.generation_cache import GenerationCache, GenerationRecord, cache_key
from benchmarks.quality.config import QualityConfig
from benchmarks.quality.run import generation_settings
from benchmarks.variants import parse_variants
from flutr.dataset import read_rows

RUN = Path("benchmarks/results/qwen2.5-coder-0.5b-instruct-q4_k_m+h200-qlora-test+qual/generations.jsonl")


def main() -> None:
    data = Path(sys.argv[1])
    rows = [*read_rows(data / "test.jsonl"), *read_rows(data / "qual.jsonl")]
    cache = GenerationCache(RUN)
    records = {}
    for line in RUN.read_text(encoding="utf-8").splitlines():
        record = GenerationRecord.from_json(json.loads(line))
        records[(record.variant, record.row_id)] = record
    config = QualityConfig()
    for variant in parse_variants("base,lora"):
        hits = 0
        for row in rows:
            old = records[(variant.name, row.id)]
            key = cache_key(old.model, old.lora, variant.name, row.id, generation_settings(config, variant, row, []))
            hits += cache.get(key) is not None
        print(f"{variant.name}: {hits}/{len(rows)} of the run's answers are today's cache hits")


if __name__ == "__main__":
    main()
