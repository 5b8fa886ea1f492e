"""Coverage-guided fuzzing of ``clean()`` and of the command line (atheris).

    pip install atheris
    python benchmarks/fuzz.py clean --seconds 600      # clean() on arbitrary text
    python benchmarks/fuzz.py cli --seconds 600        # newsclean's argv and input files
    python benchmarks/fuzz.py html --seconds 600       # clean_html() on arbitrary bytes and text
    python benchmarks/fuzz.py markdown --seconds 600   # clean_markdown() on arbitrary text

Not part of CI (tests/test_properties.py and tests/test_hostile.py are the
fast variant).  ``clean`` checks, for every input: it returns, every body
paragraph is a piece of the input in input order
(``newsclean.evaluation.paragraphs_from_input``), a second run gives the
same JSON.  ``html`` does the same for ``clean_html()`` on the fuzzer's
bytes (undecodable bytes may raise ``InputError``, nothing else) and on
text, with the body checked against the rendered page; ``markdown`` the
same for ``clean_markdown()`` on the fuzzer's text (the seeds given as
Markdown: links, emphasis, headings).
``cli`` builds an argv from the fuzzer's bytes (commands, options, values,
input files of random content) and checks that ``main()`` returns a
documented exit status.  An input slower than ``--hang`` seconds counts as a
hang.  At the end it prints the inputs tried, crashes, hangs and the slowest
seconds per MB seen; a crash or hang also leaves the input in ``--out``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import atheris  # noqa: E402

with atheris.instrument_imports():
    import newsclean  # noqa: E402
    from newsclean.cli import main as cli_main  # noqa: E402
    from newsclean.benchmark import warm_up  # noqa: E402
    from newsclean.evaluation import paragraphs_from_input  # noqa: E402


class Stats:
    tried = 0
    crashes = 0
    hangs = 0
    slowest = 0.0  # seconds per MB
    slowest_size = 0
    started = time.monotonic()


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def _record(kind: str, data: bytes, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{kind}-{Stats.tried}.bin"
    path.write_bytes(data)
    print(f"\n{kind}: input saved to {path}", file=sys.stderr)


def _check_twice(run, data: bytes, payload: bytes, source_of, name: str, hang: float, out: Path) -> None:
    """Run ``run()`` twice under the hang alarm; record crashes, hangs, the
    slowest input per MB (as ``name``) and broken invariants: every body
    paragraph is a piece of ``source_of(article)`` in order, and both runs
    give the same JSON.  ``run`` returning None means a documented refusal."""
    signal.setitimer(signal.ITIMER_REAL, hang)
    start = time.perf_counter()
    try:
        first = run()
        if first is None:
            return
        again = run()
    except Hang:
        Stats.hangs += 1
        _record("hang", data, out)
        return
    except Exception:
        Stats.crashes += 1
        _record("crash", data, out)
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    elapsed = (time.perf_counter() - start) / 2
    if len(payload) >= 1_000:
        per_mb = elapsed / (len(payload) / 1e6)
        if per_mb > Stats.slowest:
            Stats.slowest, Stats.slowest_size = per_mb, len(payload)
            out.mkdir(parents=True, exist_ok=True)
            (out / name).write_bytes(payload)
    if not paragraphs_from_input(first.paragraphs, source_of(first)) or first.to_json() != again.to_json():
        Stats.crashes += 1
        _record("invariant", data, out)
        raise AssertionError("body not made of its source's words, or not deterministic")


def fuzz_clean(data: bytes, hang: float, out: Path) -> None:
    Stats.tried += 1
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(len(data)) if fdp.ConsumeBool() else fdp.ConsumeUnicode(len(data))
    text = text * fdp.ConsumeIntInRange(1, 200)
    _check_twice(lambda: newsclean.clean(text), data, text.encode("utf-8", "surrogatepass"),
                 lambda art: text, "slowest.txt", hang, out)


def fuzz_html(data: bytes, hang: float, out: Path) -> None:
    from newsclean.textio import InputError

    Stats.tried += 1
    fdp = atheris.FuzzedDataProvider(data)
    as_bytes = fdp.ConsumeBool()
    raw = fdp.ConsumeBytes(len(data))
    repeat = fdp.ConsumeIntInRange(1, 50)
    page: bytes | str = raw * repeat if as_bytes else raw.decode("utf-8", "replace") * repeat

    def run():
        try:
            return newsclean.clean_html(page)
        except InputError:
            if not as_bytes:  # a str never raises
                raise
            return None  # bytes that are not text: a documented refusal

    payload = page if as_bytes else page.encode("utf-8", "surrogatepass")
    _check_twice(run, data, payload, lambda art: art.rendered or "", "slowest.html", hang, out)


def fuzz_markdown(data: bytes, hang: float, out: Path) -> None:
    Stats.tried += 1
    fdp = atheris.FuzzedDataProvider(data)
    md = fdp.ConsumeUnicodeNoSurrogates(len(data)) * fdp.ConsumeIntInRange(1, 50)
    _check_twice(lambda: newsclean.clean_markdown(md), data, md.encode("utf-8"),
                 lambda art: art.rendered or "", "slowest.md", hang, out)


OPTIONS = [
    "--favor", "precision", "balanced", "recall", "nonsense", "--format", "txt", "json", "jsonl", "xml",
    "--jobs", "0", "1", "2", "-3", "--glob", "*", "*.txt", "[", "--force", "--quiet", "-q", "--max-bytes", "10",
    "--timeout", "0.5", "-1", "--language", "en", "de", "zz", "--rules", "--color", "always", "never", "--only",
    "body,title", "bogus", "--full", "--follow-symlinks", "-o", "--version", "--help", "-",
]


def fuzz_cli(data: bytes, hang: float, out: Path, work: Path) -> None:
    Stats.tried += 1
    fdp = atheris.FuzzedDataProvider(data)
    run = Path(tempfile.mkdtemp(dir=work))
    src = run / "in"
    src.mkdir()
    for k in range(fdp.ConsumeIntInRange(0, 3)):
        (src / f"f{k}.txt").write_bytes(fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 4000)))
    rules = run / "rules.toml"
    rules.write_bytes(fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 300)))
    argv = [fdp.PickValueInList(["clean", "explain", "bench", ""])]
    for _ in range(fdp.ConsumeIntInRange(0, 8)):
        pick = fdp.ConsumeIntInRange(0, 5)
        if pick == 0:
            argv.append(str(src))
        elif pick == 1:
            argv.append(str(src / "f0.txt"))
        elif pick == 2:
            argv += ["-o", str(run / fdp.PickValueInList(["out", "in/out", "."]))]
        elif pick == 3:
            argv += ["--rules", str(rules)]
        else:
            argv.append(fdp.PickValueInList(OPTIONS))
    signal.setitimer(signal.ITIMER_REAL, hang)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                code = cli_main(argv)
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 2
    except Hang:
        Stats.hangs += 1
        _record("hang", repr(argv).encode() + b"\n" + data, out)
        return
    except Exception:
        Stats.crashes += 1
        _record("crash", repr(argv).encode() + b"\n" + data, out)
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if code not in (0, 2, 3):
        Stats.crashes += 1
        _record("exit-status", repr(argv).encode(), out)
        raise AssertionError(f"undocumented exit status {code} for {argv}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("target", choices=["clean", "cli", "html", "markdown"])
    ap.add_argument("--seconds", type=int, default=600)
    ap.add_argument("--hang", type=float, default=20.0, help="seconds after which an input counts as a hang")
    ap.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    args, rest = ap.parse_known_args()
    signal.signal(signal.SIGALRM, _alarm)
    # Load the language model and the date locales before timing anything.
    warm_up()
    if args.target == "html":  # trafilatura's and htmldate's lazy imports, once
        import html as html_lib

        seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text("utf-8")
        newsclean.clean_html("<html><body>" + "".join(
            f"<p>{html_lib.escape(x)}</p>" for x in seed.splitlines() if x.strip()) + "</body></html>")
    if args.target == "markdown":  # the Markdown parser's lazy imports, once
        newsclean.clean_markdown("# A headline\n\nA [paragraph](https://example.com/a) of *text*.\n")
    work = Path(tempfile.mkdtemp(prefix="newsclean-fuzz-"))
    seeds_dir = work / "corpus"
    seeds_dir.mkdir()
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        (seeds_dir / p.name).write_bytes(p.read_bytes())
        if args.target == "html":  # the seed as a page: one <p> per line
            import html as html_lib

            lines = p.read_text("utf-8").splitlines()
            page = "<html><body>" + "".join(f"<p>{html_lib.escape(x)}</p>" for x in lines if x.strip()) + "</body></html>"
            (seeds_dir / f"{p.stem}.html").write_text(page, "utf-8")
        if args.target == "markdown":  # the seed as Markdown: its lines as headings, links, emphasis
            marks = ("# {}", "* [{}](https://example.com/a-\nb)", "**{}**", "_{}_", "{}")
            lines = p.read_text("utf-8").splitlines()
            md = "\n\n".join(marks[k % len(marks)].format(x.strip()) for k, x in enumerate(lines) if x.strip())
            (seeds_dir / f"{p.stem}.md").write_text(md, "utf-8")
    if args.target == "clean":
        target = lambda data: fuzz_clean(data, args.hang, args.out)  # noqa: E731
    elif args.target == "html":
        target = lambda data: fuzz_html(data, args.hang, args.out)  # noqa: E731
    elif args.target == "markdown":
        target = lambda data: fuzz_markdown(data, args.hang, args.out)  # noqa: E731
    else:
        target = lambda data: fuzz_cli(data, args.hang, args.out, work)  # noqa: E731

    def report() -> None:
        minutes = (time.monotonic() - Stats.started) / 60
        print(
            f"\nfuzz {args.target}: {Stats.tried} inputs in {minutes:.1f} min, crashes {Stats.crashes}, "
            f"hangs {Stats.hangs}, slowest {Stats.slowest:.2f} s/MB (on {Stats.slowest_size} bytes)",
            file=sys.stderr,
            flush=True,
        )

    def timed(data: bytes) -> None:
        # libFuzzer leaves without running atexit handlers: end the run here.
        if time.monotonic() - Stats.started >= args.seconds:
            report()
            os._exit(0)
        target(data)

    atheris.Setup(
        [sys.argv[0], f"-max_total_time={args.seconds + 120}", "-rss_limit_mb=4096", "-max_len=65536", str(seeds_dir), *rest],
        timed,
    )
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
