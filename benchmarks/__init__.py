"""flutr benchmarks: pure metrics → runners → reports.

- :mod:`benchmarks.metrics` — quality metrics (BLEU, ROUGE-L, METEOR, BERTScore, CodeBLEU for Dart, correctness)
- :mod:`benchmarks.quality` (+ ``quality_config``, ``quality_report``) — ``flutr-bench quality``: answers through
  the server's pipeline, cached and resumable, scored per split and variant (Table 1, Figures 6 and 8)
- :mod:`benchmarks.speed` (+ ``speed_config``, ``speed_report``) — ``flutr-bench speed``: raw backend vs a real LSP
  session, per serving configuration (Figure 7)
- :mod:`benchmarks.summary` — ``flutr-bench summary``: the headline README of ``benchmarks/results/``
- :mod:`benchmarks.cli` — the ``flutr-bench`` command (options → config → ``main(config)``)
"""
