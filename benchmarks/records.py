"""Corpus-file benchmark: ``newsclean clean`` over a WET file built from a folder of texts.

    python benchmarks/records.py                                # aeb pages as one WET file, against the text files
    python benchmarks/records.py --repeat 5 --rounds 2          # 5 numbered copies of each page, both ways, twice
    python benchmarks/records.py --memory 50 500 --jobs 2       # peak RSS over WET files of 50 and 500 MB

Check (the default): a WET file with one ``conversion`` record per page
(URL ``https://bench.example/<page folder>/<copy>``, the WARC record id a
uuid) and a folder of the same texts are cleaned with
``newsclean.clean_files(..., fmt="jsonl")``; reported: every record back
once with its URL and id, the bodies equal to those of the text files, and
records/s and MB/s beside files/s and MB/s of the folder (and the CPU time
of the runner, which reads the WET file), in interleaved rounds.

``--memory MB...``: WET files (``.warc.wet.gz``, at least MB megabytes
compressed, in ``--workdir``, removed afterwards) made of numbered copies of
the pages are cleaned by ``newsclean clean`` in a child process; reported:
records/s, MB/s (of text) and the peak RSS of the runner and of its largest
worker (their VmHWM, read from /proc while the run goes).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean import Status, clean_files  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "devdata" / "aeb"


def sources(folder: Path) -> list[tuple[str, str]]:
    """(page folder name, text) of every ``*/input.txt``."""
    return [(p.parent.name, p.read_text("utf-8", errors="replace")) for p in sorted(folder.glob("*/input.txt"))]


def copy_text(text: str, k: int, serial: int) -> str:
    """Copy ``k`` of a page: the first is the page itself, the others end
    with a numbered line (no two documents are equal)."""
    return text if k == 0 else text + f"\n\nGenerated document number {serial}.\n"


def write_wet(path: Path, docs, *, min_bytes: int = 0) -> tuple[int, int, dict[str, str]]:
    """Write ``docs`` ((url, text) pairs) as a gzipped WET file, cycling
    through them until the file holds ``min_bytes``; returns the number of
    records, their text bytes and the id given to each URL."""
    from warcio.warcwriter import WARCWriter

    n = size = 0
    ids: dict[str, str] = {}
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsclean benchmarks/records.py"}))
        for url, text in docs:
            payload = text.encode("utf-8")
            rec = w.create_warc_record(url, "conversion", payload=io.BytesIO(payload), warc_content_type="text/plain")
            w.write_record(rec)
            ids[url] = rec.rec_headers.get_header("WARC-Record-ID")
            n += 1
            size += len(payload)
            if min_bytes and n % 256 == 0 and fh.tell() >= min_bytes:
                break
    return n, size, ids


def check(args: argparse.Namespace, work: Path) -> int:
    pages = sources(args.source)
    docs, folder = [], work / "texts"
    serial = 0
    for k in range(args.repeat):
        for name, text in pages:
            url = f"https://bench.example/{name}/{k}"
            docs.append((url, copy_text(text, k, serial)))
            p = folder / f"copy{k}" / name / "input.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(docs[-1][1], "utf-8")
            serial += 1
    wet = work / "pages.warc.wet.gz"
    n, size, ids = write_wet(wet, docs)
    print(f"{args.source.name}: {len(pages)} pages x {args.repeat}: a WET file of {n} records "
          f"({wet.stat().st_size / 1e6:.1f} MB gzipped, {size / 1e6:.1f} MB of text) and a folder of the same texts")

    del docs
    failed = 0

    def timed(inputs: list[Path], out: Path, **kwargs) -> tuple[float, float]:
        """Wall seconds of a run, and CPU seconds of this process (the runner) in it."""
        nonlocal failed
        shutil.rmtree(out, ignore_errors=True)
        cpu, start = time.process_time(), time.perf_counter()
        for r in clean_files(inputs, output_dir=out, fmt="jsonl", jobs=args.jobs, **kwargs):
            failed += r.status is Status.FAILED
        return time.perf_counter() - start, time.process_time() - cpu

    rss_wet = 0.0
    for round_ in range(1, args.rounds + 1):  # interleaved: the machine's speed drifts
        t_wet, cpu_wet = timed([wet], work / "out_wet")
        rss_wet = rss_wet or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t_dir, cpu_dir = timed([folder], work / "out_dir", pattern="input.txt")
        print(f"round {round_}, --jobs {args.jobs}: WET {n / t_wet:.1f} records/s, {size / 1e6 / t_wet:.2f} MB/s "
              f"({t_wet:.1f} s, runner CPU {cpu_wet:.1f} s); folder {n / t_dir:.1f} files/s, {size / 1e6 / t_dir:.2f} MB/s "
              f"({t_dir:.1f} s, runner CPU {cpu_dir:.1f} s)", flush=True)

    def read(path: Path, *keys: str):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                yield tuple(d[k] for k in keys)

    back = list(read(work / "out_wet" / "pages.warc.wet.gz.jsonl", "url", "id", "body"))
    urls = [u for u, _, _ in back]
    once = len(urls) == len(set(urls)) == n and set(urls) == set(ids)
    ids_ok = all(ids[u] == i for u, i, _ in back)
    by_path = dict(read(work / "out_dir" / "articles.jsonl", "path", "body"))
    same = sum(by_path[f"copy{u.rsplit('/', 1)[1]}/{u.split('/')[3]}/input.txt"] == body for u, _, body in back)
    print(f"records back: {len(back)} of {n}, each once: {once}; ids as written: {ids_ok}; "
          f"bodies equal to the text files': {same} of {len(back)}; failed: {failed}")
    print(f"peak RSS over the first WET run {rss_wet:.0f} MB (runner), "
          f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB (largest worker of all runs)")
    return 0 if once and ids_ok and same == len(back) and not failed else 1


class PeakRSS(threading.Thread):
    """VmHWM of a process and of its children, read from /proc until it ends."""

    def __init__(self, pid: int, period: float = 0.5):
        super().__init__(daemon=True)
        self.pid, self.period = pid, period
        self.peaks: dict[int, int] = {}
        self.total = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = [self.pid, *self._children(self.pid)]
            now = 0
            for pid in pids:
                hwm, rss = self._status(pid)
                if hwm:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), hwm)
                    now += rss
            self.total = max(self.total, now)
            self.done.wait(self.period)

    @staticmethod
    def _children(pid: int) -> list[int]:
        out: list[int] = []
        for task in Path(f"/proc/{pid}/task").glob("*"):  # children of every thread
            try:
                out += [int(x) for x in (task / "children").read_text().split()]
            except OSError:
                pass
        return out

    @staticmethod
    def _status(pid: int) -> tuple[int, int]:
        hwm = rss = 0
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
                elif line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
        except (OSError, ValueError):
            pass
        return hwm, rss


def memory(args: argparse.Namespace, work: Path) -> int:
    pages = sources(args.source)

    def cycle():
        serial = 0
        while True:
            for name, text in pages:
                yield f"https://bench.example/{name}/{serial}", copy_text(text, 1, serial)
                serial += 1

    status = 0
    for mb in args.memory:
        wet = work / f"big{mb}.warc.wet.gz"
        start = time.perf_counter()
        n, size, _ = write_wet(wet, cycle(), min_bytes=mb * 1_000_000)
        print(f"WET of {wet.stat().st_size / 1e6:.0f} MB gzipped: {n} records, {size / 1e6:.0f} MB of text "
              f"(built in {time.perf_counter() - start:.0f} s)", flush=True)
        out = work / f"out{mb}"
        cmd = [sys.executable, "-m", "newsclean.cli", "clean", str(wet), "-o", str(out), "--format", args.format,
               "--jobs", str(args.jobs), "-q"]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        watch = PeakRSS(proc.pid)
        watch.start()
        code = proc.wait()
        elapsed = time.perf_counter() - start
        watch.done.set()
        watch.join()
        runner = watch.peaks.pop(proc.pid, 0)
        worker = max(watch.peaks.values(), default=0)
        back = _count(out, wet, args.format)
        print(f"  {mb} MB: exit {code}, {back} of {n} records back in {elapsed:.0f} s: {n / elapsed:.1f} records/s, "
              f"{size / 1e6 / elapsed:.2f} MB/s; peak RSS {runner / 1024:.0f} MB (runner), {worker / 1024:.0f} MB "
              f"(largest of {len(watch.peaks)} workers), {watch.total / 1024:.0f} MB together", flush=True)
        status |= code != 0 or back != n
        wet.unlink()
        shutil.rmtree(out, ignore_errors=True)
    return status


def _count(out: Path, wet: Path, fmt: str) -> int:
    if fmt == "jsonl":
        with open(out / f"{wet.name}.jsonl", "rb") as fh:
            return sum(1 for _ in fh)
    return sum(1 for _ in (out / wet.name).iterdir())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a devdata folder of */input.txt (default: aeb)")
    ap.add_argument("--repeat", type=int, default=1, help="check: copies of each page (default: 1)")
    ap.add_argument("--rounds", type=int, default=1, help="check: timed runs of each, interleaved (default: 1)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--memory", type=int, nargs="+", metavar="MB", help="build WET files of these sizes and measure peak RSS")
    ap.add_argument("--format", choices=["txt", "jsonl"], default="jsonl", help="--memory: the output format")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()))
    args = ap.parse_args(argv)
    if not any(args.source.glob("*/input.txt")):
        ap.error(f"no */input.txt under {args.source}")
    work = Path(tempfile.mkdtemp(prefix="newsclean-records-", dir=args.workdir))
    try:
        return memory(args, work) if args.memory else check(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
