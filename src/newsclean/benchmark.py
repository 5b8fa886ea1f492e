"""newsclean's own benchmark: ``newsclean bench`` (and ``benchmarks/run.py``).

    newsclean bench                                   # the hand-labelled seeds in ./seeds
    newsclean bench --dataset ../shared/devdata/aeb   # + a dataset in the devdata layout
    newsclean bench --dataset ... --speed             # + MB/s per core
    newsclean bench --dataset ... --favor all         # the three trade-offs side by side
    newsclean bench --dataset ... --rendering lynx    # the lynx rendering (input.lynx.txt) instead
    newsclean bench --dataset ... --half A --jobs 2   # one half of the pages, on two processes
    newsclean bench ... --json results.json           # machine-readable results

Body text is scored with the article-extraction-benchmark metric (word
4-gram shingles, precision and recall averaged over pages, F1 of the means;
see ``newsclean.evaluation``).  Seeds also get per-line label accuracy and a
confusion table.  Speed is measured in one process on one core: bytes of
input text (UTF-8) over the time spent inside ``clean()``.
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .config import Config
from .core import clean
from .evaluation import (
    HALVES,
    RENDERINGS,
    aggregate,
    bootstrap,
    comments_text,
    line_labels,
    match_counts,
    metadata_hits,
    page_date,
    page_f1,
    read_dataset,
    read_seeds,
    snippet_scores,
)
from .labels import Favor, Label
from .metadata import preload_dates

#: Where the seeds are looked for by default: ./seeds (a checkout of newsclean).
SEEDS = Path("seeds")
#: Text that makes the language identifier load its model, and dateparser
#: its locales, before timing: one-off costs of a process, not of a page.
WARM_UP = (
    "Ein kurzer Titel über das Wetter\n\nDonnerstag, 1. Juni 2023, 11:50\n\n"
    "Ein kurzer deutscher Absatz, damit das Sprachmodell geladen ist, bevor die Messung beginnt, "
    "und damit auch die Daten der Monatsnamen bereitstehen, wenn die erste Seite kommt.\n"
)



def warm_up(config: Config | None = None) -> None:
    """Pay the process's one-off costs (language model, date locales)."""
    clean(WARM_UP, config=config)
    preload_dates()


def bench_seeds(config: Config, verbose: bool, seeds_dir: Path = SEEDS) -> dict:
    seeds = read_seeds(seeds_dir)
    if not seeds:
        print(f"no labelled seeds in {seeds_dir} (seeds/*.txt with seeds/labels/*.json)\n")
        return {}
    rows = []
    confusion: Counter[tuple[str, str]] = Counter()
    total = correct = 0
    counts = []
    for seed in seeds:
        article = clean(seed.text, config=config)
        pred = line_labels(article)
        ok = sum(1 for n, gold in seed.lines.items() if pred.get(n) == gold)
        for n, gold in seed.lines.items():
            confusion[(gold, pred.get(n, "none"))] += 1
        c = match_counts(seed.gold_body, article.body)
        counts.append(c)
        s = aggregate([c])
        rows.append(
            {
                "seed": seed.name,
                "f1": page_f1(seed.gold_body, article.body),
                "precision": s.precision,
                "recall": s.recall,
                "accuracy": ok / len(seed.lines),
                "lines": len(seed.lines),
            }
        )
        total += len(seed.lines)
        correct += ok
        if verbose:
            raw = seed.text.split("\n")
            for n, gold in sorted(seed.lines.items()):
                if pred.get(n) != gold:
                    print(f"  {seed.name}:{n} gold={gold} got={pred.get(n)}  {raw[n - 1].strip()[:70]}")
    print("## seeds (hand labels)\n")
    print(f"{'seed':<28} {'body F1':>8} {'P':>6} {'R':>6} {'line acc':>9} {'lines':>6}")
    for r in rows:
        print(
            f"{r['seed']:<28} {r['f1']:8.3f} {r['precision']:6.3f} {r['recall']:6.3f} {r['accuracy']:9.3f} {r['lines']:6d}"
        )
    agg = aggregate(counts)
    acc = correct / total if total else 0.0
    print(f"{'all':<28} {agg.f1:8.3f} {agg.precision:6.3f} {agg.recall:6.3f} {acc:9.3f} {total:6d}\n")
    labels = [label.value for label in Label]
    print("confusion (rows: hand label, columns: newsclean; only labels that occur)")
    used = [x for x in labels if any(confusion[(x, y)] or confusion[(y, x)] for y in labels)]
    print(" " * 14 + "".join(f"{x[:7]:>8}" for x in used))
    for g in used:
        if not any(confusion[(g, y)] for y in used):
            continue
        print(f"{g:<14}" + "".join(f"{confusion[(g, y)] or '.':>8}" for y in used))
    print()
    return {"seeds": rows, "body": agg.to_dict(), "line_accuracy": acc}


class Tally:
    """What one system scored on one dataset."""

    def __init__(self) -> None:
        self.counts: list[tuple[float, float, float]] = []
        self.per_page: list[tuple[float, str]] = []
        #: Pages that lost part of the article (what was kept is right, much is
        #: missing), and pages that kept none of it.
        self.part_lost: list[str] = []
        self.all_lost: list[str] = []
        self.snip = [0, 0, 0, 0]
        self.n_snip = 0
        self.meta: dict[str, list[bool]] = {}
        #: Per field and page with gold: whether an answer was given at all
        #: (a wrong answer is given and not right).
        self.given: dict[str, list[bool]] = {}
        self.comment_counts: list[tuple[float, float, float]] = []
        self.no_gold = 0
        self.no_gold_none = 0

    def add(self, page: Any, body: str, title: str | None, date: Any, authors: str, comments: Any = None) -> None:
        if comments is not None and "gold_comments" in page.meta:  # null where the page has none
            gold_comments = page.meta["gold_comments"]
            if gold_comments:
                self.comment_counts.append(match_counts(gold_comments, comments_text(comments)))
            else:
                self.no_gold += 1
                self.no_gold_none += not comments
        answered = {"title": bool(title), "date": date is not None, "author": bool(authors)}
        for field, hit in metadata_hits(title, date, authors, page.meta).items():
            self.meta.setdefault(field, []).append(hit)
            self.given.setdefault(field, []).append(answered[field])
        if page.gold is not None:
            counts = match_counts(page.gold, body)
            self.counts.append(counts)
            self.per_page.append((page_f1(page.gold, body), page.page_id))
            tp, fp, fn = counts
            if tp + fn > 0:  # the gold has an article
                recall = tp / (tp + fn)
                precision = tp / (tp + fp) if tp + fp else 0.0
                if tp == 0:
                    self.all_lost.append(page.page_id)
                elif precision > LOST_PART_PRECISION and recall < LOST_PART_RECALL:
                    self.part_lost.append(page.page_id)
        w, wo = page.meta.get("gold_with") or [], page.meta.get("gold_without") or []
        if w or wo:
            self.n_snip += 1
            for k, v in enumerate(snippet_scores(body, w, wo)):
                self.snip[k] += v

    def summary(self, name: str, bootstrap_n: int = 300) -> dict:
        """The scores, as a dict (``bootstrap_n=0``: no intervals)."""
        out: dict = {"dataset": name, "pages": len(self.counts)}
        if self.counts:
            out["body"] = aggregate(self.counts).to_dict()
            out["lost"] = {"part": len(self.part_lost), "all": len(self.all_lost)}
            if bootstrap_n:
                out["ci95"] = bootstrap(self.counts, n=bootstrap_n)
        if self.n_snip:
            snip = self.snip
            found = snip[0] / snip[1] if snip[1] else 1.0
            absent = snip[2] / snip[3] if snip[3] else 1.0
            f = 2 * found * absent / (found + absent) if found + absent else 0.0
            out["snippets"] = {"pages": self.n_snip, "with_found": found, "without_absent": absent, "f1": f}
        if self.meta:
            out["metadata"] = {}
            for k, v in self.meta.items():
                given = sum(self.given[k])
                wrong = sum(1 for hit, g in zip(v, self.given[k]) if g and not hit)
                out["metadata"][k] = {
                    "accuracy": sum(v) / len(v), "pages": len(v), "given": given, "wrong": wrong,
                    "precision": (given - wrong) / given if given else 1.0,
                }
        if self.comment_counts:
            c = aggregate(self.comment_counts)
            none_share = self.no_gold_none / self.no_gold if self.no_gold else 1.0
            out["comments"] = {"pages": len(self.comment_counts), **c.to_dict(), "pages_without_gold": self.no_gold,
                               "without_gold_none": none_share}
        return out

    def report(self, name: str, label: str, worst: int) -> dict:
        out = self.summary(name)
        line = f"{label:<26} "
        if "body" in out:
            b, ci = out["body"], out["ci95"]
            line += f"pages {out['pages']:4d}  F1 {b['f1']:.3f} ± {ci['f1']:.3f}  P {b['precision']:.3f}  R {b['recall']:.3f}"
            line += f"  lost: part {out['lost']['part']} all {out['lost']['all']}"
        if "snippets" in out:
            sn = out["snippets"]
            line += f"  snippets: found {sn['with_found']:.3f} absent {sn['without_absent']:.3f} F1 {sn['f1']:.3f}"
        print(line)
        if "metadata" in out:
            print(" " * 27 + "metadata: " + "  ".join(
                f"{k} {v['accuracy']:.3f} ({v['pages']} pages; {v['given']} given, {v['wrong']} wrong,"
                f" precision {v['precision']:.3f})" for k, v in out["metadata"].items()))
        if "comments" in out:
            c = out["comments"]
            print(" " * 27 + f"comments: {c['pages']} pages with gold  P {c['precision']:.3f}  R {c['recall']:.3f}"
                  f"  F1 {c['f1']:.3f};  pages without gold that get none {c['without_gold_none']:.3f}"
                  f" ({c['pages_without_gold']})")
        if worst and self.per_page:
            lost = {pid: "all lost" for pid in self.all_lost} | {pid: "part lost" for pid in self.part_lost}
            for f, pid in sorted(self.per_page)[:worst]:
                print(f"    {f:.3f}  {pid}  {lost.get(pid, '')}")
        return out


#: A page "lost part of the article" when what it kept is mostly right
#: (precision above this) but much is missing (recall below this).
LOST_PART_PRECISION, LOST_PART_RECALL = 0.85, 0.7
#: What the scorer needs of an Article: body, title, date, authors, comments.
Scored = tuple[str, "str | None", Any, str, tuple]
#: A worker process's Config per favor (built once per process).
_WORKER_CONFIGS: dict[str, Config] = {}


def _scored(article: Any) -> Scored:
    return article.body, article.title, page_date(article), ", ".join(article.authors), article.comments


def _clean_scored(text: str, favor: str, url: str | None = None) -> Scored:
    config = _WORKER_CONFIGS.get(favor)
    if config is None:
        config = _WORKER_CONFIGS[favor] = Config(favor=Favor(favor))
    return _scored(clean(text, url=url, config=config))


def cleaned(
    texts: list[str], config: Config, jobs: int = 1, urls: list[str | None] | None = None
) -> Iterator[Scored]:
    """``clean()`` of every text, in order, on ``jobs`` processes (the
    workers build their own Config of the same favor: only the favor is
    carried over); with ``urls``, each text's page address."""
    urls = urls if urls is not None else [None] * len(texts)
    if jobs <= 1 or len(texts) < 2:
        for text, url in zip(texts, urls):
            yield _scored(clean(text, url=url, config=config))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_clean_scored, texts, [config.favor.value] * len(texts), urls, chunksize=4)


def dataset_label(path: Path, rendering: str = "w3m", half: str | None = None, with_url: bool = False) -> str:
    """"aeb", "aeb lynx", "aeb lynx half B", "aeb +url"."""
    label = path.name if rendering == "w3m" else f"{path.name} {rendering}"
    label = f"{label} half {half}" if half else label
    return f"{label} +url" if with_url else label


def bench_dataset(
    path: Path,
    config: Config,
    worst: int,
    rendering: str = "w3m",
    half: str | None = None,
    jobs: int = 1,
    with_url: bool = False,
) -> dict:
    """newsclean on the plain text of every page (``input.txt``, or the
    ``rendering`` asked for), or of one ``half`` of the pages; ``with_url``
    gives ``clean()`` each page's address (meta.json's ``url``)."""
    tally = Tally()
    pages = list(read_dataset(path, rendering, half))
    urls = [p.meta.get("url") for p in pages] if with_url else None
    for page, (body, title, date, authors, comments) in zip(pages, cleaned([p.text for p in pages], config, jobs, urls)):
        tally.add(page, body, title, date, authors, comments)
    label = dataset_label(path, rendering, half, with_url)
    out = tally.report(label, label, worst)
    out.update({"rendering": rendering, "half": half, "url": with_url})
    return out


def _html_scored(html_path: Path, url: str | None, favor: str) -> tuple[Scored, Scored]:
    """``clean_html`` and trafilatura (comments left out) on one page's HTML."""
    import gzip

    import trafilatura

    from .fromhtml import clean_html

    config = _WORKER_CONFIGS.get(favor)
    if config is None:
        config = _WORKER_CONFIGS[favor] = Config(favor=Favor(favor))
    data = gzip.decompress(html_path.read_bytes())
    ours = _scored(clean_html(data, url=url, config=config))
    try:
        doc = trafilatura.bare_extraction(data.decode("utf-8", "replace"), url=url, include_comments=False,
                                          with_metadata=True)
    except Exception:  # noqa: BLE001 - a reference failure scores as nothing found
        doc = None
    theirs: Scored = ((doc.text if doc else "") or "", doc.title if doc else None, doc.date if doc else None,
                      (doc.author or "") if doc else "", ())
    return ours, theirs


def bench_html(path: Path, config: Config, worst: int, half: str | None = None, jobs: int = 1) -> dict:
    """``clean_html`` on the original HTML (page.html.gz) of every page that
    has it (or of one ``half`` of them), and trafilatura's own extraction
    and metadata on the same pages in the same run, on ``jobs`` processes."""
    pages = [p for p in read_dataset(path, half=half) if (p.path / "page.html.gz").is_file()]
    if not pages:
        print(f"{path.name:<18} no page.html.gz here")
        return {"dataset": path.name, "pages": 0}
    args = ([p.path / "page.html.gz" for p in pages], [p.meta.get("url") for p in pages],
            [config.favor.value] * len(pages))
    if jobs <= 1 or len(pages) < 2:
        results: Iterator[tuple[Scored, Scored]] = map(_html_scored, *args)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_html_scored, *args, chunksize=4)
    ours, theirs = Tally(), Tally()
    try:
        for page, (mine, other) in zip(pages, results):
            ours.add(page, *mine)
            theirs.add(page, *other[:4])
    finally:
        if pool is not None:
            pool.shutdown()
    label = f"{path.name} html half {half}" if half else f"{path.name} html"
    out = {"newsclean": ours.report(path.name, label, worst), "half": half}
    out["trafilatura"] = theirs.report(path.name, "  trafilatura", 0)
    return out


def as_html(text: str) -> str:
    """The plain text as HTML, one ``<p>`` per non-blank line: how the
    text-only peers (jusText, boilerpy3) are given a text."""
    body = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>"


#: The child process that times a fresh process's first pass: the texts
#: are read first, then the clock starts, newsclean is imported (its data
#: and models load as the first pages need them) and every text cleaned once.
_FIRST_PASS = (
    "import json, sys, time\n"
    "texts = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
    "start = time.perf_counter()\n"
    "import newsclean\n"
    "config = newsclean.Config(favor=newsclean.Favor(sys.argv[2]))\n"
    "for t in texts:\n"
    "    newsclean.clean(t, config=config)\n"
    "print(time.perf_counter() - start)\n"
)


def _first_pass(texts: list[str], config: Config) -> float | None:
    """Seconds a fresh Python process takes to import newsclean and clean
    ``texts`` once (loading included), or ``None`` when it failed."""
    import os
    import subprocess
    import tempfile

    package_root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps(texts), encoding="utf-8")
        try:
            done = subprocess.run(
                [sys.executable, "-c", _FIRST_PASS, str(path), config.favor.value],
                capture_output=True, text=True, env=env, check=True,
            )
            return float(done.stdout.split()[-1])
        except (subprocess.CalledProcessError, ValueError, IndexError, OSError) as exc:
            print(f"speed: the fresh process's first pass failed: {exc}", file=sys.stderr)
            return None


def _peer_seconds(texts: list[str], repeat: int) -> float | None:
    """Best time of boilerpy3's ArticleExtractor over ``texts`` (each given
    as :func:`as_html`, made before the clock starts), or ``None`` when
    boilerpy3 is not installed (``pip install newsclean[bench]``)."""
    try:
        from boilerpy3 import extractors
    except ImportError:
        return None
    pages = [as_html(t) for t in texts]
    best = float("inf")
    for _ in range(repeat):
        extractor = extractors.ArticleExtractor()
        start = time.perf_counter()
        for page in pages:
            try:
                extractor.get_content(page)
            except Exception:  # noqa: BLE001 - a page boilerpy3 cannot read costs what it cost
                pass
        best = min(best, time.perf_counter() - start)
    return best


def bench_speed(
    paths: list[Path], config: Config, repeat: int, seeds_dir: Path = SEEDS, *, first_pass: bool = True
) -> dict:
    """MB/s of ``clean()`` over every text once per run (best of
    ``repeat``, each with a fresh Config: texts it has not seen), after the
    process's one-off loading; beside it boilerpy3 on the same texts in
    the same process, and a fresh process's first pass, loading included."""
    texts = []
    if paths:
        for p in paths:
            texts.extend(page.text for page in read_dataset(p))
    else:
        texts = [s.text for s in read_seeds(seeds_dir)]
    if not texts:
        print("speed: no texts to time")
        return {}
    size = sum(len(t.encode("utf-8")) for t in texts)
    cold = _first_pass(texts, config) if first_pass else None
    # Warm-up: stoplists and the language model load once per process.
    warm_up(config)
    best = float("inf")
    for _ in range(repeat):
        # A fresh Config per run: its feature memo starts empty, as in a new process.
        fresh = config.replace()
        start = time.perf_counter()
        for t in texts:
            clean(t, config=fresh)
        best = min(best, time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mbs = size / best / 1e6
    print(
        f"speed: {len(texts)} documents, {size / 1e6:.2f} MB in {best:.2f} s (best of {repeat}): "
        f"{mbs:.2f} MB/s per core, {len(texts) / best:.0f} documents/s, peak RSS {peak:.0f} MB"
    )
    out: dict[str, Any] = {"documents": len(texts), "mb": size / 1e6, "seconds": best, "mb_per_s": mbs, "peak_rss_mb": peak}
    peer = _peer_seconds(texts, repeat)
    if peer is None:
        print("speed: boilerpy3 is not installed (pip install 'newsclean[bench]'); no ratio")
    else:
        out["boilerpy3_mb_per_s"] = size / peer / 1e6
        out["ratio_to_boilerpy3"] = peer / best
        print(
            f"speed: boilerpy3 (ArticleExtractor, the text as <p> lines) on the same texts: "
            f"{size / peer / 1e6:.2f} MB/s; newsclean / boilerpy3 = {peer / best:.2f}"
        )
    if cold is not None:
        out["first_pass_mb_per_s"] = size / cold / 1e6
        print(f"speed: a fresh process's first pass (import and loading included): {cold:.2f} s, {size / cold / 1e6:.2f} MB/s")
    return out


def _rendering_of_file(name: str) -> str:
    for rendering, file_name in RENDERINGS.items():
        if name in (file_name, rendering):
            return rendering
    raise argparse.ArgumentTypeError(f"no rendering is read from {name!r}; one of {', '.join(RENDERINGS.values())}")


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="folder of labelled seeds (default: ./seeds)")
    ap.add_argument("--dataset", action="append", default=[], type=Path, help="folder in the devdata layout; repeatable")
    ap.add_argument("--favor", default="balanced", choices=[*(f.value for f in Favor), "all"])
    ap.add_argument("--rendering", action="append", choices=list(RENDERINGS),
                    help="which text of each page to clean: w3m (input.txt, the default), lynx (input.lynx.txt), "
                         "inscriptis (input.inscriptis.txt); repeatable")
    ap.add_argument("--input", action="append", dest="rendering", type=_rendering_of_file, metavar="NAME",
                    help="the same as --rendering, by the file's name: input.txt, input.lynx.txt, input.inscriptis.txt")
    ap.add_argument("--half", choices=HALVES,
                    help="only the pages of one half of each dataset (split by a hash of the page id)")
    ap.add_argument("--url", action="store_true",
                    help="give clean() each page's address (meta.json's url), as a user who has it would")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the datasets (default 1; speed runs in one)")
    ap.add_argument("--html", action="store_true",
                    help="also clean each page's original HTML (page.html.gz) with clean_html, beside trafilatura")
    ap.add_argument("--speed", action="store_true", help="measure MB/s per core (over the datasets, else the seeds)")
    ap.add_argument("--repeat", type=int, default=3, help="speed runs; the best is kept")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages of each dataset")
    ap.add_argument("--verbose", action="store_true", help="list every seed line labelled differently from the hand label")
    ap.add_argument("--json", type=Path, help="write the results here")


def run(args: argparse.Namespace) -> int:
    for d in args.dataset:
        if not d.is_dir():
            print(f"newsclean bench: dataset folder not found: {d}", file=sys.stderr)
            return 2
    favors = list(Favor) if args.favor == "all" else [Favor(args.favor)]
    results: dict = {}
    for favor in favors:
        config = Config(favor=favor)
        print(f"# newsclean, favor={favor.value}\n")
        r: dict = {"seeds": bench_seeds(config, args.verbose, args.seeds)}
        if args.dataset:
            print("## datasets (article-extraction-benchmark metric; ± is the 95% bootstrap interval)\n")
        r["datasets"] = [
            bench_dataset(d, config, args.worst, rendering, args.half, args.jobs, args.url)
            for d in args.dataset
            for rendering in (args.rendering or ["w3m"])
            if any(p.is_file() for p in d.glob(f"*/{RENDERINGS[rendering]}"))
        ]
        if args.html and args.dataset:
            print("\n## from HTML (clean_html), trafilatura on the same pages below each\n")
            r["html"] = [bench_html(d, config, args.worst, args.half, args.jobs) for d in args.dataset]
        if args.speed:
            print()
            r["speed"] = bench_speed(args.dataset, config, args.repeat, args.seeds)
        print()
        results[favor.value] = r
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsclean bench", description=__doc__.split("\n\n")[0])
    add_arguments(ap)
    return run(ap.parse_args(argv))
