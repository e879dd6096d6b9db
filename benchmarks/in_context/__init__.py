"""``flutr-bench in-context``: answers written where the comment stands, judged in the file.

config (:mod:`.config`) → run (:mod:`.run`: every mechanism of :mod:`flutr.in_place` and the copy baseline on the
in-context rows, resumable) → report (:mod:`.report`: correct by judge v2 for inserted code, how often the raw
answer fits the file, per position, paired McNemar tests).
"""
