"""clean()'s cost grows linearly on every shape of page a site can print
many lines of (comment headers, menus, datelines, bylines, names, ...).

Judged by growth, not by seconds (see ``growth``): the page of 4x the
characters may take at most ``CLEAN_GROWTH`` times as long.  The same
shapes at larger sizes are the benchmark ``benchmarks/scaling.py``.
"""

import pytest

from benchmarks.scaling import LINES, page
from growth import assert_linear
from newsclean import Config, clean

#: Characters of the smaller page, and the most the test may try.
SIZES = (25_000, 100_000)
#: A page 4x longer may take this many times as long (linear: 4; the
#: quadratic stages this guards against showed 5-9x at these sizes).
CLEAN_GROWTH = 6.0


@pytest.mark.parametrize("shape", sorted(LINES))
def test_clean_grows_linearly(shape):
    config = Config()

    def run(text):
        config.forget()  # the features of the smaller page must not help the larger
        clean(text, config=config)

    assert_linear(run, lambda n: page(shape, n), *SIZES, bound=CLEAN_GROWTH, what=shape)
