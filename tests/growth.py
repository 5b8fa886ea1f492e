"""Linearity by growth, with no wall-clock limit.

A test times the same work at n and at ``FACTOR`` times n and compares
the two: a linear cost grows about ``FACTOR`` times, a quadratic one
``FACTOR`` squared.  Only the ratio is judged, so a slow or a fast machine
gives the same verdict; the time is the process's CPU time (other work
on a busy machine does not count), each size is timed several times and
the best run kept, and a ratio over the bound is measured again with more runs before
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


def pair_times(fn: Callable[[str], object], small: str, large: str, repeat: int = 3) -> tuple[float, float]:
    """The best time of ``fn`` on each input, the runs interleaved (small,
    large, small, ...) so that a slow spell of the machine falls on both."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for k, arg in enumerate((small, large)):
            start = time.process_time()
            fn(arg)
            best[k] = min(best[k], time.process_time() - start)
    return best[0], best[1]


def growth(fn: Callable[[str], object], make: Callable[[int], str], smallest: int, largest: int) -> tuple[int, float, float]:
    """(n, seconds at n, seconds at FACTOR * n), n growing from ``smallest``
    until the larger run is long enough to time or would pass ``largest``."""
    n = smallest
    while True:
        small, large = pair_times(fn, make(n), make(n * FACTOR))
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
        small, large = pair_times(fn, make(n), make(n * FACTOR), 7)
    assert large <= bound * small, (
        f"{what}: {large / small:.1f}x the time for {FACTOR}x the input "
        f"({n} chars: {small * 1000:.2f} ms, {n * FACTOR}: {large * 1000:.2f} ms)"
    )
