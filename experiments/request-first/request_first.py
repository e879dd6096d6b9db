"""Does the untuned Qwen2.5-Coder-1.5B (the `auto` tier) answer more of a Turkish request when it is helped to
read it? ``restate`` and ``plan`` start the answer, after the opening Dart fence, with "// Request in English:" or
"// Requirements:" and a numbered list; ``glossary`` adds to the user turn one line glossing the Turkish phrases
of the question (``glossary.json``, authored from the train questions only); ``control`` adds nothing and must
reproduce the default's answers. Everything else is the server's answer path (one retrieved example, the
parse-repair retry), greedy, on the 51 test questions whose default answers were read
(benchmarks/judge/labels-sample51.jsonl).

    python experiments/request-first/request_first.py --variant restate [--limit N]

Writes experiments/request-first/results/<variant>.jsonl (one line per question, resumable): ``code`` as the
model wrote it, ``scored_code`` without the leading comment lines the prefix opened (what a reader judges beside
the default's answers, which open with none), time and tokens.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from flutr.answering import Answerer  # noqa: E402
from flutr.backends.base import Generation  # noqa: E402
from flutr.pipeline import GenerationSettings, ModelSpec, build_backend  # noqa: E402
from flutr.prompting import ANSWER_PREFIX, Message, build_messages, prompt_examples  # noqa: E402
from flutr.retrieval import default_retriever  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import glossary  # noqa: E402

sys.path.insert(0, str(ROOT / "experiments"))
from worklists import read_jsonl, test_rows  # noqa: E402

PREFIXES = {"control": "", "restate": "// Request in English:", "plan": "// Requirements:\n// 1.", "glossary": ""}
GLOSSARY = Path(__file__).resolve().parent / "glossary.json"
BASELINE = ROOT / "benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample51/generations.jsonl"
OUT = Path(__file__).resolve().parent / "results"


class PrefixedBackend:
    """A backend whose answers (prompts that end with the opening Dart fence) start with ``prefix``."""

    def __init__(self, inner: Any, prefix: str) -> None:
        self._inner = inner
        self._prefix = prefix

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def generate(self, prompt: str, **kwargs: Any) -> Generation:
        if not prompt.endswith(ANSWER_PREFIX):
            return self._inner.generate(prompt, **kwargs)
        generation: Generation = self._inner.generate(prompt + self._prefix, **kwargs)
        return dataclasses.replace(generation, text=self._prefix + generation.text)


class GlossedAnswerer(Answerer):
    """The server's answerer, whose user turn adds the glossary line of the question's phrases (retrieval still
    sees the bare question)."""

    entries: list[dict[str, Any]] = []

    def messages_for(self, question: str, context: str = "") -> list[Message]:
        retrieved = self.retrieved(question)
        line = glossary.hint(self.entries, question)
        asked = f"{question.strip()}\n\n{line}" if line else question
        return build_messages(asked, context=context, examples=prompt_examples(retrieved, self._fixed))


def without_opening_comments(code: str) -> str:
    """``code`` without its leading ``//`` lines (the prefix's statement of the request)."""
    lines = code.split("\n")
    while lines and (lines[0].lstrip().startswith("//") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def baseline_rows() -> list[dict[str, Any]]:
    return read_jsonl(BASELINE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", choices=sorted(PREFIXES), required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    prefix = PREFIXES[args.variant]
    OUT.mkdir(exist_ok=True)
    out = OUT / f"{args.variant}.jsonl"
    done = {json.loads(line)["row_id"] for line in out.read_text().splitlines()} if out.exists() else set()
    rows = [r for r in baseline_rows() if r["variant"] == "rag"][: args.limit]
    test = test_rows()
    backend = PrefixedBackend(build_backend(ModelSpec(model="large", threads=args.threads), seed=1234), prefix)
    settings = GenerationSettings(time_budget=0.0)  # as flutr-bench quality: no per-answer budget
    count = backend.count_tokens
    examples = default_retriever().examples_source(settings.retrieval_k, settings.retrieval_tokens, count)
    GlossedAnswerer.entries = glossary.load(GLOSSARY) if args.variant == "glossary" else []
    answerer = GlossedAnswerer(backend, settings.answer_settings(), examples=examples)  # type: ignore[arg-type]
    backend.warm_up(answerer.stable_prefix())
    for base in rows:
        if base["row_id"] in done:
            continue
        question = test[base["row_id"]]["question"]
        retrieved = [example.question for example in answerer.retrieved(question)]
        started = time.perf_counter()
        answer = answerer.answer(question, "", use_cache=False)
        seconds = time.perf_counter() - started
        record = {
            "row_id": base["row_id"],
            "variant": args.variant,
            "retrieved_questions": retrieved,
            "glossary": glossary.hint(GlossedAnswerer.entries, question),
            "baseline_retrieved": base["settings"]["retrieved"],
            "code": answer.code,
            "scored_code": without_opening_comments(answer.code),
            "parses": answer.parses,
            "attempts": answer.attempts,
            "completion_tokens": sum(g.completion_tokens for g in answer.generations),
            "seconds": round(seconds, 2),
            "same_as_default": answer.code == base["code"],
        }
        with out.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{base['row_id']}: {seconds:.1f} s, {record['completion_tokens']} tokens", flush=True)


if __name__ == "__main__":
    main()
