"""BLEU via sacrebleu, reported on a 0–1 scale like the paper's Table 1 (sacrebleu itself reports 0–100).

Corpus BLEU uses sacrebleu's defaults: 13a tokenisation (Unicode letters, Turkish included, stay inside words;
punctuation is split off), mixed case, exponential smoothing, one reference. Sentence BLEU uses sacrebleu's
``sentence_bleu`` defaults (``exp`` smoothing with effective order), which is the usual per-pair choice.
Always publish :func:`bleu_signature` next to a BLEU number.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

from sacrebleu.metrics import BLEU

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def _corpus_metric() -> BLEU:
    return BLEU()


@functools.lru_cache(maxsize=1)
def _sentence_metric() -> BLEU:
    return BLEU(effective_order=True)


def corpus_bleu(predictions: Sequence[str], references: Sequence[str]) -> float:
    """sacrebleu corpus BLEU / 100. An empty corpus scores 0.0."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    if not predictions:
        return 0.0
    return float(_corpus_metric().corpus_score(list(predictions), [list(references)]).score) / 100.0


def sentence_bleu(prediction: str, reference: str) -> float:
    """sacrebleu sentence BLEU / 100 (exp smoothing, effective order)."""
    return float(_sentence_metric().sentence_score(prediction, [reference]).score) / 100.0


def bleu_signature(*, sentence: bool = False) -> str:
    """The sacrebleu signature string, e.g. ``nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0``."""
    metric = _sentence_metric() if sentence else _corpus_metric()
    if sentence:
        # sacrebleu fills in the reference count on first use; make the signature independent of call order.
        metric.sentence_score("a", ["a"])
    else:
        metric.corpus_score(["a"], [["a"]])
    return str(metric.get_signature())
