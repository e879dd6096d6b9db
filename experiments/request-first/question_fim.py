"""Would the larger tier answer a question better as code completion? Each of the 51 read test questions is put,
as the Turkish comment it would be, into a file that holds only the Flutter import, and answered the way the
server answers a comment inside code (``flutr.in_place``: Qwen2.5-Coder's fill-in-the-middle, and when the middle
breaks the file, has no code or calls an API that does not exist, a second middle with the retrieved example as
another file of the project; ``checkApi: inside``). The default asks the chat prompt with one retrieved example.

    python experiments/request-first/question_fim.py [--limit N] [--threads 2]

Writes experiments/request-first/results/fim.jsonl (one line per question, resumable), in the variants' format:
``scored_code`` is the code the server would insert under the comment.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "experiments"))

from worklists import read_jsonl, test_rows  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from flutr.comments import find_request_comments  # noqa: E402
from flutr.edits import place  # noqa: E402
from flutr.in_place import answer_in_place, seconds  # noqa: E402
from flutr.pipeline import GenerationSettings, build_answerer  # noqa: E402

BASELINE = ROOT / "benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample51/generations.jsonl"
OUT = Path(__file__).resolve().parent / "results" / "fim.jsonl"
HEADER = "import 'package:flutter/material.dart';\n\n"


def question_file(question: str) -> str:
    """The file a developer would have: the import, then the question as a line comment."""
    return HEADER + "".join(f"// {line.strip()}\n" for line in question.strip().splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    OUT.parent.mkdir(exist_ok=True)
    done = {r["row_id"] for r in read_jsonl(OUT)} if OUT.exists() else set()
    ids = [r["row_id"] for r in read_jsonl(BASELINE) if r["variant"] == "rag"][: args.limit]
    test = test_rows()
    config = InContextConfig(model="large", threads=args.threads)
    answerer = build_answerer(config, GenerationSettings.of(config, fim_examples=False, check_api="inside"))
    for row_id in ids:
        if row_id in done:
            continue
        source = question_file(test[row_id]["question"])
        blocks = find_request_comments(source)
        if len(blocks) != 1:
            raise SystemExit(f"{row_id}: the question is not one request comment in {source!r}")
        started = time.perf_counter()
        answer = answer_in_place(answerer, source, blocks[0], "fim")
        spent = seconds(answer) or time.perf_counter() - started
        placement = place(source, blocks[0], answer.code) if answer.code.strip() else None
        record = {
            "row_id": row_id,
            "variant": "fim",
            "code": answer.code,
            "scored_code": placement.code if placement is not None else "",  # a comment block when it breaks the file
            "fits": placement is not None and placement.fits,
            "attempts": answer.attempts,
            "completion_tokens": answer.completion_tokens,
            "seconds": round(spent, 2),
        }
        with OUT.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{row_id}: {spent:.1f} s, {record['completion_tokens']} tokens, {answer.attempts} middle(s)", flush=True)
    answerer.backend.close()


if __name__ == "__main__":
    main()
