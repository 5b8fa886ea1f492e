"""How newsclean reads text made by other HTML-to-text converters.

The dev sets come as text from w3m and lynx; scraped text reaches users
from many more tools.  This script converts each page's original HTML
(``page.html.gz``) with four common converters and scores newsclean on
their output, body F1 as ``benchmarks/run.py`` scores it (and the
metadata where the set has gold):

- ``html2text``: Markdown, wrapped at 78 columns (links and pictures with
  their addresses); read by :func:`newsclean.clean` as text, and by
  :func:`newsclean.clean_markdown` as the Markdown it is;
- ``bs4``: BeautifulSoup's ``get_text("\\n")`` after dropping scripts and
  styles (every text node on its own line, no paragraph breaks kept);
- ``inscriptis``: its default layout (tables laid out side by side);
- ``html-text``: Zyte's ``extract_text`` (paragraphs on one line each).

    python benchmarks/converters.py --dataset ../shared/devdata/aeb \\
        --dataset ../shared/devdata/wcxb_dev --half A --jobs 2

The converters are the ``bench`` extra (``pip install -e ".[bench]"``); a
converter that is not installed is skipped with a note.  Conversions are
kept in ``--cache`` (default: a folder in the system's temporary
directory), so a second run only cleans.  The dev data are never written
into the project.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from newsclean import clean, clean_markdown  # noqa: E402
from newsclean.evaluation import aggregate, match_counts, metadata_hits, page_date, read_dataset  # noqa: E402


def _html2text(html: str) -> str:
    import html2text

    return html2text.HTML2Text().handle(html)


def _bs4(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for el in soup(["script", "style", "noscript"]):
        el.decompose()
    return soup.get_text("\n")


def _inscriptis(html: str) -> str:
    from inscriptis import get_text

    return get_text(html)


def _html_text(html: str) -> str:
    import html_text

    return html_text.extract_text(html)


#: Converter name -> (its module, how it converts).
CONVERTERS: dict[str, tuple[str, Callable[[str], str]]] = {
    "html2text": ("html2text", _html2text),
    "bs4": ("bs4", _bs4),
    "inscriptis": ("inscriptis", _inscriptis),
    "html-text": ("html_text", _html_text),
}
#: How each converter's text is read (the reader's name, the function).
READERS: dict[str, tuple[tuple[str, Callable], ...]] = {
    "html2text": (("clean", clean), ("clean_markdown", clean_markdown)),
}
DEFAULT_READERS = (("clean", clean),)


def _converted(args: tuple[str, Path, Path]) -> Path | None:
    """The page converted by ``name``, from the cache or made now."""
    name, page_dir, cache = args
    out = cache / name / page_dir.parent.name / page_dir.name / "input.txt"
    if out.is_file():
        return out
    src = page_dir / "page.html.gz"
    if not src.is_file():
        return None
    html = gzip.decompress(src.read_bytes()).decode("utf-8", "replace")
    try:
        text = CONVERTERS[name][1](html)
    except Exception:  # noqa: BLE001 - a converter's failure on a page is its empty output
        text = ""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def _score(args: tuple[str, str, Path, str | None, dict]) -> tuple[tuple[float, float, float], dict[str, bool]]:
    reader, _, path, gold, meta = args
    fn = dict(READERS.get(args[1], DEFAULT_READERS))[reader]
    a = fn(path.read_text(encoding="utf-8"))
    counts = match_counts(gold, a.body) if gold is not None else (0.0, 0.0, 0.0)
    return counts, metadata_hits(a.title, page_date(a), ", ".join(a.authors), meta)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", action="append", required=True, type=Path, help="a dev set with page.html.gz; repeatable")
    ap.add_argument("--converter", action="append", choices=list(CONVERTERS), help="default: all installed")
    ap.add_argument("--half", choices=("A", "B"), help="one half of each dataset (by a hash of the page id)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsclean-converters",
                    help="where conversions are kept between runs")
    args = ap.parse_args(argv)
    names = []
    for name in args.converter or list(CONVERTERS):
        try:
            __import__(CONVERTERS[name][0])
        except ImportError:
            print(f"{name}: not installed (pip install -e '.[bench]'); skipped")
            continue
        names.append(name)
    print("converter    reader           dataset             pages  F1     P      R      title  date   author")
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        for ds in args.dataset:
            pages = [p for p in read_dataset(ds, half=args.half) if p.gold is not None]
            for name in names:
                paths = list(pool.map(_converted, [(name, p.path, args.cache) for p in pages], chunksize=8))
                todo = [(p, path) for p, path in zip(pages, paths, strict=True) if path is not None]
                for reader, _ in READERS.get(name, DEFAULT_READERS):
                    jobs = [(reader, name, path, p.gold, p.meta) for p, path in todo]
                    results = list(pool.map(_score, jobs, chunksize=8))
                    s = aggregate([c for c, _ in results])
                    meta = []
                    for field in ("title", "date", "author"):
                        hits = [h[field] for _, h in results if field in h]
                        meta.append(f"{sum(hits) / len(hits):.3f}" if hits else "  -  ")
                    label = f"{ds.name} half {args.half}" if args.half else ds.name
                    print(f"{name:12s} {reader:16s} {label:18s} {len(results):6d}  {s.f1:.3f}  {s.precision:.3f}  "
                          f"{s.recall:.3f}  {'  '.join(meta)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
