"""A question-aware selector to try (coder-reviewer reranking, read backwards through fill-in-the-middle): how
likely does the 1.5B find the Turkish comment, given the file with a candidate's code inserted under it? For each
in-context row where the default (``fim+select``) and the example-first variant (``fim+rag+select``) inserted
different code, the comment's lines are the middle of a FIM prompt whose prefix is the file above the comment and
whose suffix is the candidate's code and the rest of the file; the score is the summed log-probability of the
comment's tokens (the same tokens for both candidates, so the sums compare). No reading is used; the selection rule
(keep the candidate the comment fits better) was fixed before any score was seen.

    python experiments/placement/reviewer.py [--threads 2] [--limit N]

Writes experiments/placement/results/reviewer.jsonl (resumable): row id, variant, ``logprob``, ``tokens``, seconds.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE))

from labelled import MODEL  # noqa: E402
from worklists import in_context_rows, read_jsonl  # noqa: E402

from flutr.edits import place, with_code  # noqa: E402
from flutr.infill import review_prompt  # noqa: E402
from flutr.models import cache_dir  # noqa: E402

OUT = HERE / "results" / "reviewer.jsonl"
VARIANTS = ("fim+select", "fim+rag+select")


class Scorer:
    """Summed log-probability of a middle after a prompt, one token at a time (the shared start of consecutive
    prompts is evaluated once)."""

    def __init__(self, threads: int) -> None:
        from llama_cpp import Llama

        path = cache_dir() / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
        self.llm = Llama(str(path), n_ctx=4096, n_threads=threads, n_batch=512, verbose=False)
        self.vocab = self.llm.n_vocab()

    def tokens(self, text: str) -> list[int]:
        return self.llm.tokenize(text.encode(), add_bos=False, special=True)

    def _logprobs(self) -> np.ndarray:
        logits = np.ctypeslib.as_array(self.llm._ctx.get_logits(), shape=(self.vocab,)).astype(np.float64)
        top = logits.max()
        return logits - top - math.log(np.exp(logits - top).sum())

    def score(self, prompt: str, middle: str) -> tuple[float, int]:
        prompt_tokens, middle_tokens = self.tokens(prompt), self.tokens(middle)
        done = list(self.llm.input_ids[: self.llm.n_tokens])
        common = 0
        while common < min(len(done), len(prompt_tokens) - 1) and done[common] == prompt_tokens[common]:
            common += 1
        self.llm.n_tokens = common
        self.llm.eval(prompt_tokens[common:])
        total = 0.0
        for token in middle_tokens:
            total += float(self._logprobs()[token])
            self.llm.eval([token])
        return total, len(middle_tokens)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    from worklist import RUNS  # here: experiments/request-first has a worklist module too (reviewer_check.py)

    rows = in_context_rows()
    answers: dict[str, dict[str, str]] = {}
    for generated in read_jsonl(RUNS["fim+rag+select"]):
        if generated["model"] == MODEL and generated["variant"] in VARIANTS:
            answers.setdefault(generated["id"], {})[generated["variant"]] = generated["code"]
    pairs = sorted(i for i, found in answers.items() if len(found) == 2 and len(set(found.values())) == 2)
    done = {(r["id"], r["variant"]) for r in read_jsonl(OUT)} if OUT.exists() else set()
    scorer = Scorer(args.threads)
    for row_id in pairs[: args.limit]:
        row = rows[row_id]
        block = row.block()
        for variant in VARIANTS:
            if (row_id, variant) in done:
                continue
            started = time.perf_counter()
            placement = place(row.file, block, answers[row_id][variant]) if answers[row_id][variant].strip() else None
            changed = with_code(row.file, block, placement.code)[0] if placement is not None else row.file
            logprob, count = scorer.score(*review_prompt(changed, block))
            record = {"id": row_id, "variant": variant, "logprob": round(logprob, 4), "tokens": count}
            record["seconds"] = round(time.perf_counter() - started, 2)
            with OUT.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record) + "\n")
            print(row_id, variant, record, flush=True)


if __name__ == "__main__":
    main()
