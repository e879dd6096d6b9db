"""flutr benchmarks: pure metrics → runners → reports, behind one ``flutr-bench`` command (``benchmarks.cli``).

- :mod:`benchmarks.metrics` — quality metrics (BLEU, ROUGE-L, METEOR, BERTScore, CodeBLEU for Dart, correctness)
- :mod:`benchmarks.judge` — judge v2 (``flutr-bench judge``, ``judge-calibrate``)
- :mod:`benchmarks.quality` — ``flutr-bench quality``: config → run → report (Table 1, Figures 6 and 8)
- :mod:`benchmarks.speed` — ``flutr-bench speed`` (raw backend vs a real LSP session, Figure 7) and
  ``flutr-bench compare`` (model setups on the same questions, in one process)
- :mod:`benchmarks.reliability` — ``flutr-bench reliability``
- :mod:`benchmarks.summary` — ``flutr-bench summary``: the headline README of ``benchmarks/results/``

One-off comparisons built on these live in ``experiments/``, not here.
"""
