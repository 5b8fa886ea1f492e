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


def test_size_table_documents_are_seed_pages_in_numbered_copies():
    from benchmarks.scaling import SIZES, by_size, seed_document

    assert SIZES[0] == 1_000 and SIZES[-1] == 5_000_000
    first = seed_document(1_000)
    assert 1_000 <= len(first) < 3_000 and not first.rstrip().endswith(" 1")  # a seed page's start, as it is
    text = seed_document(60_000)
    assert 60_000 <= len(text) < 63_000  # cut at the first line's end past the size
    lines = [ln for ln in text.splitlines() if ln.strip()]
    once = {ln for ln in lines if not ln.endswith((" 1", " 2", " 3"))}
    second = {ln[:-2] for ln in lines if ln.endswith(" 2")}
    assert second and not {ln + " 2" for ln in second} & once  # a copy repeats no earlier line
    rows = list(by_size((2_000,), 1))
    assert rows[0]["characters"] >= 2_000 and rows[0]["mb_per_s"] > 0
