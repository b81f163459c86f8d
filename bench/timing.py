"""Timing shared by the benchmark scripts (run them from the project root or bench/)."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable, Sequence


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The shortest of ``repeat`` timings of ``fn``: the least disturbed by other load."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of_both(repeat: int, fn: Callable[[], object]) -> tuple[float, float]:
    """The shortest wall time and the shortest CPU time of ``repeat`` runs of ``fn`` (with
    its child processes): on a machine that others load, the CPU time is the steadier."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), cpu_seconds()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_seconds() - cpu)
    return min(walls), min(cpus)


def latencies_ms(
    fn: Callable[[str], object], items: Sequence[str], rounds: int
) -> tuple[float, float]:
    """The median and the 95th percentile, in milliseconds, of ``rounds`` calls of ``fn`` on
    each of ``items``, after one call on each that warms the caches."""
    for item in items:
        fn(item)
    times = []
    for _ in range(rounds):
        for item in items:
            start = time.perf_counter()
            fn(item)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]
