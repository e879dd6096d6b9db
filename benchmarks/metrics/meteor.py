"""METEOR via nltk's ``meteor_score`` with exact + stem matching and **no synonym matching**.

nltk's METEOR has three matching stages: exact, Porter-stem and WordNet synonyms. The WordNet corpus cannot be
downloaded in this environment (and has no Turkish or Dart vocabulary anyway), so nltk's ``wordnet`` reader is
replaced by :class:`NoSynonymWordNet`, a stand-in whose ``synsets()`` is always empty: the synonym stage runs
and finds nothing. Scores are therefore METEOR *without synonyms* — equal to or lower than full METEOR on
English text, and identical on text WordNet does not cover. nltk's defaults are kept otherwise (α = 0.9, β =
3, γ = 0.5, ``PorterStemmer``; the stemmer is English-only, applied consistently to both sides).

Inputs are pre-tokenised with :func:`benchmarks.metrics.tokenizer.tokenize` (Turkish lower-casing, Dart
tokens).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from nltk.stem.porter import PorterStemmer
from nltk.translate.meteor_score import meteor_score as nltk_meteor_score

from benchmarks.metrics.tokenizer import tokenize

logger = logging.getLogger(__name__)

STEMMER = PorterStemmer()


class NoSynonymWordNet:
    """Duck-typed stand-in for ``nltk.corpus.wordnet`` that knows no synonyms (see the module docstring)."""

    def synsets(self, lemma: str, *args: object, **kwargs: object) -> list[object]:
        return []


NO_SYNONYMS = NoSynonymWordNet()


def meteor_tokens(reference_tokens: Sequence[str], prediction_tokens: Sequence[str]) -> float:
    """nltk METEOR on already-tokenised input (exact + stem, no synonyms)."""
    return float(
        nltk_meteor_score(
            [list(reference_tokens)],
            list(prediction_tokens),
            stemmer=STEMMER,
            wordnet=NO_SYNONYMS,
        )
    )


def meteor(prediction: str, reference: str) -> float:
    """METEOR of one pair, tokenised with the Turkish/Dart tokenizer."""
    return meteor_tokens(tokenize(reference), tokenize(prediction))


def mean_meteor(predictions: Sequence[str], references: Sequence[str]) -> float:
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    if not predictions:
        return 0.0
    return sum(meteor(p, r) for p, r in zip(predictions, references, strict=True)) / len(predictions)
