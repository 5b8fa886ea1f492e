"""Linearity by growth, with no wall-clock limit.

A test times the same work at n and at ``FACTOR`` times n and compares
the two: a linear cost grows about ``FACTOR`` times, a quadratic one
``FACTOR`` squared.  Only the ratio is judged, so a slow or a fast machine
gives the same verdict; each size is timed several times and the best run
kept, and a ratio over the bound is measured again with more runs before
it fails (one run slowed by the machine is noise, a quadratic term is
not).  When the work is still too quick to time at the largest size the
test may try, the cost has no quadratic term worth the name there.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FACTOR = 4
#: Bound on the growth for ``FACTOR`` times the input: linear gives 4,
#: n log n about 4.5, quadratic 16.
MAX_GROWTH = 10.0
#: Below this many seconds at the larger size a run is too quick to time
#: well; a cost that stays under it at the largest size is linear enough.
TOO_QUICK = 0.004


def best_time(fn: Callable[[str], object], arg: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - start)
    return best


def growth(fn: Callable[[str], object], make: Callable[[int], str], smallest: int, largest: int) -> tuple[int, float, float]:
    """(n, seconds at n, seconds at FACTOR * n), n growing from ``smallest``
    until the larger run is long enough to time or would pass ``largest``."""
    n = smallest
    while True:
        small, large = best_time(fn, make(n)), best_time(fn, make(n * FACTOR))
        if large >= TOO_QUICK or n * FACTOR * FACTOR > largest:
            return n, small, large
        n *= FACTOR


def assert_linear(
    fn: Callable[[str], object],
    make: Callable[[int], str],
    smallest: int,
    largest: int,
    bound: float = MAX_GROWTH,
    what: str = "",
) -> None:
    n, small, large = growth(fn, make, smallest, largest)
    if large < TOO_QUICK:
        return
    if large > bound * small:
        small, large = best_time(fn, make(n), 7), best_time(fn, make(n * FACTOR), 7)
    assert large <= bound * small, (
        f"{what}: {large / small:.1f}x the time for {FACTOR}x the input "
        f"({n} chars: {small * 1000:.2f} ms, {n * FACTOR}: {large * 1000:.2f} ms)"
    )
