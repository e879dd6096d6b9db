"""Quality metrics for flutr's benchmarks: pure functions, each tested against its reference library.

Use :func:`score_corpus` (or :func:`score_pair` / :func:`score_rows`); the per-metric modules are importable
on their own:

- :mod:`.bleu` — sacrebleu BLEU (corpus and sentence) and its signature
- :mod:`.rouge` — ROUGE-L via rouge-score with a Turkish/Dart tokenizer (:mod:`.tokenizer`)
- :mod:`.meteor` — nltk METEOR, exact + stem matching, no WordNet synonyms
- :mod:`.bertscore` — bert-score with the offline all-MiniLM-L6-v2, layer 6
- :mod:`.exact` — exact match after whitespace normalisation
- :mod:`.codebleu` — CodeBLEU for Dart (:mod:`.dart_keywords`, :mod:`.dart_ast`, :mod:`.dart_dataflow`)
- :mod:`.correctness` — parses as Dart + contains every ``must_contain`` item; parse rate
- :mod:`.failures` — the failure reasons of unscorable pairs; code extraction and the "no code" test are
  the server's own (:mod:`flutr.extraction`)
"""

from __future__ import annotations

from benchmarks.metrics.codebleu import CodeBleu
from benchmarks.metrics.correctness import Correctness
from benchmarks.metrics.failures import Failure, FailureReason
from benchmarks.metrics.scoring import CorpusScore, PairScore, score_corpus, score_pair, score_rows

__all__ = [
    "CodeBleu",
    "CorpusScore",
    "Correctness",
    "Failure",
    "FailureReason",
    "PairScore",
    "score_corpus",
    "score_pair",
    "score_rows",
]
