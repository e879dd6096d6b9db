"""What the API check did on the sample51 runs: how often it retried, how often the retry was kept, what it cost.

python experiments/select/api_check_stats.py
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from flutr.dart_api import rejecting_findings  # noqa: E402
from flutr.extraction import extract_code  # noqa: E402

RUNS = {
    "qwen2.5-coder-1.5b": "benchmarks/results/api-check/qwen2.5-coder-1.5b-sample51",
    "fast 0.5B + adapter": "benchmarks/results/api-check/fast-model-sample51",
}


def main() -> None:
    report = {}
    for name, folder in RUNS.items():
        records = [json.loads(line) for line in Path(folder, "generations.jsonl").read_text("utf-8").splitlines()]
        rag = [r for r in records if r["variant"] == "rag"]
        new = {r["row_id"]: r for r in rag if r["settings"].get("check_api")}
        old = {r["row_id"]: r for r in rag if "check_api" not in r["settings"]}
        rows = sorted(set(new) | set(old))
        fired = kept = 0
        times = []
        for row in rows:
            record = new.get(row) or old[row]
            times.append(record["total_time"])
            if row in new and record["attempts"] == 2:
                first = extract_code(record["raw_generations"][0]).code
                if rejecting_findings(first):
                    fired += 1
                    kept += record["scored_code"] != first
        finals = [new.get(row) or old[row] for row in rows]
        report[name] = {
            "rows": len(rows),
            "API retries": fired,
            "retry kept (clean)": kept,
            "still failing the check": sum(bool(rejecting_findings(final["scored_code"])) for final in finals),
            "median s/answer": round(statistics.median(times), 1),
            "mean s/answer": round(statistics.mean(times), 1),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
