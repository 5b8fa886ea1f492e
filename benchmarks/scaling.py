"""Growth of ``clean()``'s cost on adversarial shapes of text.

    python benchmarks/scaling.py                    # 150 kB and 600 kB of each shape
    python benchmarks/scaling.py --size 50000 --factor 4 --shape comment-headers
    python benchmarks/scaling.py --by-size          # clean()'s time per document size, 1 kB to 5 MB

Each shape is a page made of one kind of line a real page holds many of --
comment headers, menu items, datelines, numbered lines, bylines, names,
"Like · Reply" lines, short prose, ... -- each line made distinct (numbered)
so that no memo makes a longer page cheaper.  For every shape the script
times ``clean()`` on ``size`` and on ``factor`` times ``size`` characters
(best of ``--repeat`` runs, fresh features each run) and prints the growth:
a linear stage gives about ``factor``, a quadratic one ``factor`` squared.
It also prints the seconds per MB of the larger page.

The same shapes feed ``tests/test_scaling.py``, which counts executed lines
instead of timing (deterministic on any machine).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

NAMES = ("Jane Doe", "Ali Khan", "Marta Nowak", "Li Wei", "Jean Dupont", "Ana Silva", "Tom Berg", "Ola Hansen")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
PROSE = (
    "The council met on Tuesday to discuss the budget for the coming year and the repairs of the old bridge.",
    "Residents said the plan would raise their taxes, while the mayor argued that the city had no choice.",
    "A decision is expected next week, after the committee has heard from the engineers and the public.",
)


def _name(i: int) -> str:
    return f"{NAMES[i % len(NAMES)]}{i // len(NAMES)}"


def _date(i: int) -> str:
    return f"{MONTHS[i % 10]} {1 + i % 28}, {1990 + i % 35}"


#: name -> function(i) giving the i-th line(s) of a page of that shape.
LINES: dict[str, Callable[[int], str]] = {
    "comment-headers": lambda i: f"Avatar {_name(i)} says:\n",
    "same-comment-header": lambda i: "Avatar x says:\n",  # one line repeated: the memo's best case
    "comment-threads": lambda i: f"{_name(i)} says:\n{_date(i)} at 10:{i % 60:02d} pm\n\nI agree with point {i}, well said.\n\nReply\n\n",
    "menu-items": lambda i: f"  • Section {i}\n",
    "datelines": lambda i: f"{_date(i)}, 11:{i % 60:02d}\n",
    "numbered-lines": lambda i: f"{i}. Item {i}\n",
    "bylines": lambda i: f"By {_name(i)}\n",
    "names": lambda i: f"{_name(i)}\n",
    "like-reply": lambda i: f"Like · Reply · {i % 50} · {1 + i % 9}y\n",
    "short-prose": lambda i: f"{PROSE[i % 3]} ({i})\n\n",
    "related-headlines": lambda i: f"Council approves budget number {i} after long debate\n{i % 24}:{i % 60:02d}\n",
    "section-headers": lambda i: f"Related posts\n\nStory number {i} about the budget\n\n",
    "tags": lambda i: f"Tags: budget{i}, council, bridge\n",
    "urls": lambda i: f"https://example.com/{i}/story-{i}.html\n",
    "columns": lambda i: f"Home {i:<14}The council met on Tuesday, item {i:<8}          Weather {i}\n",
    # a menu beside wrapped prose whose edge moves a little on every line
    # (centred text): the layout pass follows and forks many gutters
    "ragged-columns": lambda i: f"{'Menu ' + str(i):<16}{' ' * (i % 5)}and the council met on Tuesday to discuss item {i}\n",
    # a staircase: every line's gap a little further right, none crossed
    "gap-staircase": lambda i: f"a{' ' * (2 + i % 2000)}b{i}\n",
    # a two-column table with a sentence per cell, a record per row
    "table-rows": lambda i: f"{'Row ' + str(i):<12}the council approved item {i} after a long debate\n\n",
}


def page(shape: str, size: int) -> str:
    """A page of at least ``size`` characters (cut at a line end) of one shape."""
    make = LINES[shape]
    parts: list[str] = []
    total = i = 0
    while total < size:
        line = make(i)
        parts.append(line)
        total += len(line)
        i += 1
    return "".join(parts)


def time_clean(text: str, repeat: int) -> float:
    import newsclean

    config = newsclean.Config()
    best = float("inf")
    for _ in range(repeat):
        config.forget()
        start = time.perf_counter()
        newsclean.clean(text, config=config)
        best = min(best, time.perf_counter() - start)
    return best


def growth(shapes: list[str], size: int, factor: int, repeat: int) -> Iterator[dict[str, float | str]]:
    for shape in shapes:
        small, large = page(shape, size), page(shape, size * factor)
        t1, t2 = time_clean(small, repeat), time_clean(large, repeat)
        mb = len(large.encode("utf-8")) / 1e6
        yield {"shape": shape, "bytes": len(small), "seconds": t1, "bytes_large": len(large),
               "seconds_large": t2, "growth": t2 / t1, "seconds_per_mb": t2 / mb}


#: Document sizes of the size table (characters): 1 kB to 5 MB.
SIZES = (1_000, 10_000, 100_000, 1_000_000, 5_000_000)
SEEDS = ROOT / "seeds"


def seed_document(size: int, seeds_dir: Path = SEEDS) -> str:
    """A news page of at least ``size`` characters (cut at a line's end)
    made of the seed pages: the pages once, then numbered copies (each line
    of the k-th copy ends in " k", so that a copy repeats no line of the
    copies before it and no memo makes a longer document cheaper)."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    if not pages:
        raise SystemExit(f"no seed pages in {seeds_dir}")
    lines = "\n\n".join(pages).splitlines()
    out: list[str] = []
    total = copy = 0
    while total < size:
        for line in lines:
            line = f"{line} {copy}" if copy and line.strip() else line
            out.append(line)
            total += len(line) + 1
            if total >= size:
                break
        copy += 1
    return "\n".join(out) + "\n"


def by_size(sizes: tuple[int, ...], repeat: int) -> Iterator[dict[str, float]]:
    """``clean()``'s time per document size (see :func:`seed_document`)."""
    for size in sizes:
        text = seed_document(size)
        seconds = time_clean(text, repeat)
        mb = len(text.encode("utf-8")) / 1e6
        yield {"characters": len(text), "mb": mb, "seconds": seconds, "mb_per_s": mb / seconds}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=150_000, help="characters of the smaller page (default 150,000)")
    ap.add_argument("--factor", type=int, default=4, help="the larger page is this many times larger (default 4)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per page; the best is kept (default 2)")
    ap.add_argument("--shape", action="append", choices=sorted(LINES), help="only this shape (repeatable)")
    ap.add_argument("--json", type=Path, help="write the rows here")
    ap.add_argument(
        "--by-size", action="store_true",
        help="instead: clean()'s time per document size, 1 kB to 5 MB of the seed pages",
    )
    args = ap.parse_args(argv)
    from newsclean.benchmark import warm_up

    warm_up()
    rows = []
    if args.by_size:
        print(f"{'characters':>11} {'MB':>6} {'s':>8} {'MB/s':>6}")
        for row in by_size(SIZES, args.repeat):
            rows.append(row)
            print(f"{row['characters']:11,d} {row['mb']:6.3f} {row['seconds']:8.3f} {row['mb_per_s']:6.2f}", flush=True)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
        return 0
    print(f"{'shape':<20} {'kB':>6} {'s':>8} {'kB':>7} {'s':>8} {'growth':>7} {'s/MB':>6}")
    for row in growth(args.shape or list(LINES), args.size, args.factor, args.repeat):
        rows.append(row)
        print(f"{row['shape']:<20} {row['bytes'] / 1000:6.0f} {row['seconds']:8.3f} {row['bytes_large'] / 1000:7.0f} "
              f"{row['seconds_large']:8.3f} {row['growth']:6.1f}x {row['seconds_per_mb']:6.2f}", flush=True)
    worst = max(rows, key=lambda r: r["growth"])
    slowest = max(rows, key=lambda r: r["seconds_per_mb"])
    print(f"largest growth: {worst['shape']} {worst['growth']:.1f}x for {args.factor}x the input; "
          f"slowest: {slowest['shape']} {slowest['seconds_per_mb']:.2f} s/MB")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
