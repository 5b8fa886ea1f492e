"""Batch benchmark: newsclean clean over a generated corpus, 1 and 2 jobs.

    python benchmarks/batch.py                       # 10,000 documents from the seeds
    python benchmarks/batch.py --source ../shared/devdata/aeb --docs 10000

Documents are built from the source texts (each a copy of one source text
with a numbered closing line, so no two files are equal), written to a
temporary folder, then cleaned into a fresh output folder with
``newsclean.clean_files`` for each ``--jobs`` value.  Reports files/s, MB/s
and the peak memory of this process and of its largest worker.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean import Status, clean_files  # noqa: E402


def sources(path: Path | None) -> list[str]:
    if path is None:
        return [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [p.read_text("utf-8", errors="replace") for p in sorted(path.glob("*/input.txt"))]


def build(corpus: Path, texts: list[str], n: int) -> int:
    size = 0
    for i in range(n):
        p = corpus / f"part{i // 1000:03d}" / f"doc{i:06d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        data = (texts[i % len(texts)] + f"\n\nGenerated document number {i}.\n").encode("utf-8")
        p.write_bytes(data)
        size += len(data)
    return size


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, help="a devdata folder (default: the seeds)")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    texts = sources(args.source)
    work = Path(tempfile.mkdtemp(prefix="newsclean-batch-"))
    try:
        corpus = work / "corpus"
        size = build(corpus, texts, args.docs)
        print(f"corpus: {args.docs} documents, {size / 1e6:.1f} MB, from {len(texts)} source texts")
        base = None
        for jobs in args.jobs:
            out = work / f"out{jobs}"
            start = time.perf_counter()
            n = failed = 0
            for r in clean_files([corpus], output_dir=out, jobs=jobs):
                n += 1
                failed += r.status is Status.FAILED
            elapsed = time.perf_counter() - start
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            speedup = "" if base is None else f", speed-up {base / elapsed:.2f}x over --jobs {args.jobs[0]}"
            base = base or elapsed
            print(
                f"--jobs {jobs}: {n} files ({failed} failed) in {elapsed:.1f} s: {n / elapsed:.0f} files/s, "
                f"{size / 1e6 / elapsed:.2f} MB/s{speedup}; peak RSS {own:.0f} MB (runner), {child:.0f} MB (largest worker)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
