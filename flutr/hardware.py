"""What the machine has, and how busy other processes keep it, for choosing thread counts."""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass


def physical_cores() -> int:
    """Physical cores (llama.cpp is slower on hyper-threads); falls back to the logical count."""
    try:
        cores: set[tuple[str, str]] = set()
        physical = core = ""
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("physical id"):
                    physical = line.split(":")[1].strip()
                elif line.startswith("core id"):
                    core = line.split(":")[1].strip()
                    cores.add((physical, core))
        if cores:
            return min(len(cores), os.cpu_count() or len(cores))
    except OSError:
        pass
    return os.cpu_count() or 1


def total_memory_gib() -> float:
    """Installed memory in GiB (0.0 when it cannot be read)."""
    try:
        with open("/proc/meminfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


# A core the others keep busy more than this share of the time is not worth a llama.cpp thread: the threads meet at
# a barrier after every layer, so one preempted thread stalls them all. Break-even of the thread rates with and
# without a busy neighbour (issue #20), checked in benchmarks/results/threads-neighbour.
BUSY_CORE_SHARE = 0.25


def threads_for_load(cores: int, others_busy: float, *, busy_share: float = BUSY_CORE_SHARE) -> int:
    """llama.cpp threads for ``cores`` physical cores when other processes keep ``others_busy`` cores busy: one
    thread per core that is free enough (busy less than ``busy_share`` of the time), at least one."""
    cores = max(1, cores)
    taken = max(0.0, others_busy)
    return max(1, min(cores, math.floor(cores - taken + busy_share)))


@dataclass(frozen=True)
class CpuSample:
    wall: float  # time.monotonic()
    busy: float  # CPU seconds of all cores not idle, since boot (/proc/stat)
    own: float  # CPU seconds of this process, every thread (time.process_time())


def cpu_sample() -> CpuSample | None:
    """The machine's and this process's CPU time now; None where /proc/stat cannot be read (not Linux)."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = handle.readline().split()
    except OSError:
        return None
    if not fields or fields[0] != "cpu":
        return None
    # user nice system idle iowait irq softirq steal (guest time is already in user)
    ticks = [int(v) for v in fields[1:9]]
    busy = sum(ticks) - ticks[3] - ticks[4]
    return CpuSample(time.monotonic(), busy / _CLOCK_TICKS, time.process_time())


def others_busy_cores(before: CpuSample, after: CpuSample) -> float:
    """Cores that other processes kept busy between two samples (this process's own CPU time taken out)."""
    wall = after.wall - before.wall
    if wall <= 0:
        return 0.0
    return max(0.0, ((after.busy - before.busy) - (after.own - before.own)) / wall)


class LoadMonitor:
    """How busy the other processes keep the cores, measured continuously: a daemon thread reads /proc/stat every
    ``interval`` seconds (microseconds of work), so a decision before an answer costs nothing and sees the last
    ``interval``–2×``interval`` seconds. ``others_busy()`` is 0.0 where the machine cannot be read."""

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._samples: list[CpuSample] = []
        self._thread: threading.Thread | None = None

    def start(self) -> LoadMonitor:
        first = cpu_sample()
        if first is None or self._thread is not None:
            return self
        self._samples = [first]
        self._thread = threading.Thread(target=self._run, name="flutr-load-monitor", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            sample = cpu_sample()
            if sample is not None:
                with self._lock:
                    self._samples = [*self._samples[-1:], sample]

    def others_busy(self) -> float:
        """Others' busy cores since the last sample, or since the one before when the last is under half an
        interval old; 0.0 before 50 ms have been seen."""
        now = cpu_sample()
        with self._lock:
            samples = list(self._samples)
        if now is None or not samples:
            return 0.0
        start = samples[-1]
        if now.wall - start.wall < self.interval / 2:
            start = samples[0]
        if now.wall - start.wall < 0.05:
            return 0.0
        return others_busy_cores(start, now)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None


_CLOCK_TICKS = float(os.sysconf("SC_CLK_TCK")) if hasattr(os, "sysconf") else 100.0
