"""Judge v2 (:mod:`benchmarks.judge.verdict`), the row requirements it checks (:mod:`.requirements`) and its
calibration against answers labelled by careful reading (:mod:`.calibration`, ``labels.jsonl``)."""

from benchmarks.judge.verdict import JudgeConfig, JudgeInput, Verdict, judge

__all__ = ["JudgeConfig", "JudgeInput", "Verdict", "judge"]
