"""Fit the headline's evidence weights (``data/headline.toml``) to pages
with a gold title, and report how often the headline is right.

    python benchmarks/fit_headline.py --dataset ../shared/devdata/wcxb_dev \\
        --dataset ../shared/devdata/trafilatura_dev --half A      # fit on half A, print weights
    python benchmarks/fit_headline.py --dataset ... --half B --check  # score the shipped weights
    python benchmarks/fit_headline.py --dataset ... --rendering w3m --rendering lynx --check

Each page's headline candidates and their evidence are read with
:func:`newsclean.headline_candidates` (the page cleaned up to the head
stage).  A candidate is right when its
words match the gold title (token F1 >= 0.9, the benchmark's own test).
Pages with no right candidate (the title is not a line of the text, or the
region missed it) teach nothing and are left out of the fit, but counted.

The fit is a conditional logit (one softmax over each page's candidates,
the likelihood of the right ones), with an L2 pull of every weight towards
its shipped value, so that evidence the data says little about keeps its
value.  Weights listed with ``--fixed`` (by default the URL's, as the pages
are read without one) are not fitted.  Develop on one half and check the
other (``--half``): a weight set is kept only if the half it was not fitted
on gains or holds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from newsclean import headline_candidates  # noqa: E402
from newsclean.evaluation import RENDERINGS, read_dataset, token_f1  # noqa: E402
from newsclean.head import EVIDENCE, weights  # noqa: E402

#: A candidate matching the gold title this well is right.
RIGHT_F1 = 0.9


def page_candidates(text: str, gold: str, url: str | None = None) -> list[tuple[list[float], bool]]:
    """Every headline candidate's evidence (one number per
    :data:`newsclean.head.EVIDENCE`) and whether it is the gold title, in
    the page's order; ``url``, the page's address, when it is to be read."""
    found = sorted(headline_candidates(text, url=url), key=lambda c: c.index)
    out = []
    for c in found:
        values = {name: value for name, value, _ in c.evidence}
        out.append(([values.get(k, 0.0) for k in EVIDENCE], token_f1(c.text, gold) >= RIGHT_F1))
    return out


def collect(
    datasets: list[str], half: str | None, renderings: tuple[str, ...] = ("w3m",), with_url: bool = False
) -> tuple[list[list[tuple[list[float], bool]]], int]:
    """The candidates of every page with a gold title, in each rendering
    (with the page's address from meta.json when ``with_url``), and how
    many pages (times renderings) have one."""
    pages, n = [], 0
    for folder, rendering in ((f, r) for f in datasets for r in renderings):
        for page in read_dataset(folder, rendering, half):
            gold = page.meta.get("gold_title")
            if not gold:
                continue
            n += 1
            pages.append(page_candidates(page.text, gold, page.meta.get("url") if with_url else None))
    return pages, n


def right_share(pages: list[list[tuple[list[float], bool]]], w: list[float]) -> int:
    """Pages whose best-scored candidate is right (the first of equals wins)."""
    right = 0
    for cands in pages:
        best, best_score = None, float("-inf")
        for ev, ok in cands:
            sc = sum(a * x for a, x in zip(w, ev))
            if sc > best_score:
                best, best_score = ok, sc
        right += bool(best)
    return right


def fit(pages: list[list[tuple[list[float], bool]]], start: list[float], fixed: set[int], l2: float, steps: int) -> list[float]:
    import numpy as np  # the bench extra's

    groups = [(np.array([ev for ev, _ in c], dtype=float), np.array([ok for _, ok in c])) for c in pages if any(ok for _, ok in c)]
    w0 = np.array(start, dtype=float)
    w = w0.copy()
    free = np.array([k not in fixed for k in range(len(w))], dtype=float)
    m, v = np.zeros_like(w), np.zeros_like(w)
    rate, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        grad = 2 * l2 * (w - w0) * len(groups)
        for x, ok in groups:
            sc = x @ w
            p = np.exp(sc - sc.max())
            p /= p.sum()
            q = p * ok
            q /= q.sum()
            grad -= x.T @ (q - p)  # d log P(right) / dw = E_right[x] - E_all[x]
        grad *= free / len(groups)
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return [round(float(x), 2) for x in w]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", action="append", required=True, help="a dataset folder with gold titles; repeatable")
    ap.add_argument("--half", choices=("A", "B"), help="one half of each dataset (by a hash of the page id)")
    ap.add_argument("--rendering", action="append", choices=tuple(RENDERINGS),
                    help="which text of each page: w3m (default), lynx; repeatable (each page counts once per rendering)")
    ap.add_argument("--check", action="store_true", help="only score the shipped weights")
    ap.add_argument("--l2", type=float, default=0.01, help="pull towards the shipped weights (default 0.01)")
    ap.add_argument("--steps", type=int, default=400, help="optimiser steps (default 400)")
    ap.add_argument("--fixed", help="weights not fitted, comma-separated (default: the URL's, slug and "
                    "slug_in_body, unless --url; with --url, none)")
    ap.add_argument("--url", action="store_true", help="read each page with its address (meta.json's url)")
    args = ap.parse_args(argv)
    pages, n = collect(args.dataset, args.half, tuple(args.rendering or ("w3m",)), args.url)
    if args.fixed is None:
        args.fixed = "" if args.url else "slug,slug_in_body"
    shipped = list(weights())
    learnable = sum(1 for c in pages if any(ok for _, ok in c))
    print(f"{n} pages with a gold title; {learnable} have the title among the candidates")
    print(f"shipped weights: {right_share(pages, shipped)} of {n} right")
    if args.check:
        return 0
    unknown = [k for k in args.fixed.split(",") if k and k not in EVIDENCE]
    if unknown:
        ap.error(f"unknown evidence in --fixed: {', '.join(unknown)}")
    fixed = {EVIDENCE.index(k) for k in args.fixed.split(",") if k}
    w = fit(pages, shipped, fixed, args.l2, args.steps)
    print(f"fitted weights: {right_share(pages, w)} of {n} right")
    print("[weights]")
    for k, x in zip(EVIDENCE, w):
        print(f"{k} = {x}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
