"""The auto thread policy (issue #20 item 1): a llama.cpp thread per physical core the other processes leave free,
and the load measurement it reads."""

from __future__ import annotations

import time

import pytest

from flutr.hardware import BUSY_CORE_SHARE, CpuSample, LoadMonitor, others_busy_cores, threads_for_load


@pytest.mark.parametrize(
    ("cores", "others_busy", "threads"),
    [
        (2, 0.0, 2),  # idle laptop: every core
        (2, 0.1, 2),  # background noise (an editor, a daemon) keeps both
        (2, BUSY_CORE_SHARE + 0.05, 1),  # a neighbour busy a third of the time already costs more than a thread gives
        (2, 1.0, 1),  # one core busy
        (2, 2.5, 1),  # everything busy: still one thread
        (4, 1.0, 3),
        (4, 1.0 + BUSY_CORE_SHARE - 0.05, 3),
        (4, 1.0 + BUSY_CORE_SHARE + 0.05, 2),
        (4, 4.0, 1),
        (8, -0.5, 8),  # a measurement glitch below zero is idle
        (1, 0.0, 1),
        (0, 0.0, 1),  # an unreadable core count still answers
    ],
)
def test_threads_for_load(cores: int, others_busy: float, threads: int) -> None:
    assert threads_for_load(cores, others_busy) == threads


def test_threads_never_exceed_cores_nor_fall_below_one() -> None:
    for cores in range(1, 9):
        counts = [threads_for_load(cores, busy / 10) for busy in range(0, 100)]
        assert all(1 <= t <= cores for t in counts)
        assert counts == sorted(counts, reverse=True)  # more load, never more threads


def test_others_busy_takes_this_process_out() -> None:
    before = CpuSample(wall=10.0, busy=100.0, own=5.0)
    after = CpuSample(wall=12.0, busy=103.0, own=6.0)  # 3 busy CPU seconds in 2 s, 1 of them ours
    assert others_busy_cores(before, after) == pytest.approx(1.0)
    assert others_busy_cores(after, after) == 0.0
    assert others_busy_cores(before, CpuSample(12.0, 100.5, 6.0)) == 0.0  # never below zero


def test_load_monitor_does_not_count_this_process() -> None:
    monitor = LoadMonitor(interval=0.1).start()
    try:
        end = time.monotonic() + 0.3
        while time.monotonic() < end:  # this process keeps one core busy: not "others"
            pass
        assert 0.0 <= monitor.others_busy() < 2.5
    finally:
        monitor.stop()


def test_benchmark_candidates_name_each_thread_count_once() -> None:
    from benchmarks.speed.neighbour import candidates

    assert candidates(2) == {"cores": 2, "cores-1": 1, "auto": None, "probe": None}  # 1 is cores - 1 on two cores
    assert candidates(4) == {"cores": 4, "cores-1": 3, "1": 1, "auto": None, "probe": None}


def test_benchmark_report_states_ratios_and_capped_answers() -> None:
    from benchmarks.speed.neighbour import render

    cell = {"tokens_per_second": 10.0, "answer_seconds": 2.0, "threads": [2]}
    result = {
        "command": "flutr-bench neighbour",
        "machine": "x86_64",
        "load_average_at_start": 1.0,
        "load_average_at_end": 1.0,
        "minutes": 1.0,
        "threads": {
            "tokens": 8,
            "rounds": 1,
            "cores": 2,
            "probe": {"tokens_per_second": {1: 5.0, 2: 10.0}, "chosen": 2},
            "table": {"idle": {"cores": cell, "others_busy": 0.1}, "busy": {"cores": cell, "others_busy": 1.0}},
            "answer_time_over_cores_in_first_condition": {"idle/cores": 1.0, "busy/cores": 1.0},
        },
        "answers": {
            "condition": "busy",
            "cap": 45.0,
            "budget": 20.0,
            "rows": [{}],
            "before": {"longest": [45.2], "median": 45.2, "capped": 1, "timed_out": 0, "with_code": 0, "parsing": 0},
            "after": {"longest": [12.0], "median": 12.0, "capped": 0, "timed_out": 0, "with_code": 1, "parsing": 1},
        },
    }
    text = render(result)
    assert "| idle | 0.1 | 1.0× (10.0) t=[2] |" in text and "≥45.2" in text and "| after | 12.0 |" in text
    assert "Answer time (prompt + tokens)" in text
    result["threads"]["prefetched"] = True  # --prefetched: only what follows the server's prefetch is timed
    assert "Answer time (after the prefetch: the last prompt token + tokens)" in render(result)
