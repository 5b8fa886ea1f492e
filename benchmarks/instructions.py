"""Instructions a warm pass of ``clean()`` executes, counted by valgrind.

    python benchmarks/instructions.py --dataset ../shared/devdata/wcxb_dev --dataset ../shared/devdata/aeb
    python benchmarks/instructions.py --dataset ... --every 10 --src /path/to/other/checkout/src

Wall-clock speed on a shared machine drifts by a quarter and more within an
hour, which hides a change of a few per cent.  The count of executed
machine instructions does not drift: valgrind's callgrind counts them for
one process that cleans a sample of pages (every ``--every``-th page of each
dataset, sorted by page id) once, and for one that cleans them twice, each
pass with a fresh Config; the difference is what one pass costs once the
process's one-off loading is done (the same texts the speed benchmark
times, unseen by the Config).  Compare two commits by running the script
with each one's ``--src``; both runs go at once, one per core.

Needs valgrind (``apt install valgrind``); it runs a page about fifty times
slower than Python alone, so the default sample is small (55 pages of
wcxb_dev and aeb take about two minutes).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The process callgrind counts: clean the sample ``passes`` times.
_PASSES = (
    "import sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "import newsclean\n"
    "texts = [open(p, encoding='utf-8', errors='replace').read() for p in sys.argv[3:]]\n"
    "for _ in range(int(sys.argv[2])):\n"
    "    config = newsclean.Config()\n"
    "    for t in texts:\n"
    "        newsclean.clean(t, config=config)\n"
)
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def sample(datasets: list[Path], every: int, input_name: str) -> list[Path]:
    """Every ``every``-th page's text of each dataset (pages by id)."""
    out: list[Path] = []
    for d in datasets:
        pages = sorted(p for p in d.iterdir() if (p / input_name).is_file())
        out.extend(p / input_name for p in pages[::every])
    return out


def count(src: Path, passes: int, files: list[Path]) -> int:
    """Instructions of a process that cleans ``files`` ``passes`` times."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", sys.executable, "-c", _PASSES,
             str(src), str(passes), *map(str, files)],
            capture_output=True, text=True, check=False,
        )
    m = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or m is None:
        raise RuntimeError(f"valgrind failed ({done.returncode}): {done.stderr[-500:]}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", type=Path, action="append", required=True, help="folder in the devdata layout; repeatable")
    ap.add_argument("--every", type=int, default=20, help="take every N-th page of each dataset (default 20)")
    ap.add_argument("--input", default="input.txt", help="which text of each page (default input.txt)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the newsclean source to count (default this checkout's)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    if args.every < 1:
        ap.error("--every must be at least 1")
    files = sample(args.dataset, args.every, args.input)
    if not files:
        print("instructions: no pages found", file=sys.stderr)
        return 2
    size = sum(f.stat().st_size for f in files)
    with ThreadPoolExecutor(2) as pool:
        once, twice = pool.map(lambda n: count(args.src.resolve(), n, files), (1, 2))
    warm = twice - once
    print(
        f"instructions: {len(files)} pages, {size / 1e6:.2f} MB; one warm pass {warm / 1e9:.3f} G instructions "
        f"({warm / size:.0f} per byte); the first pass with loading {once / 1e9:.3f} G"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
