"""newsclean against the tools users would pick instead, in one run.

    pip install ".[bench]"
    python -m benchmarks --dataset ../shared/devdata/aeb --dataset ../shared/devdata/wcxb_dev

On the same inputs, in one run:

* body quality (article-extraction-benchmark metric, with 95% bootstrap
  intervals) per dataset -- the hand-labelled seeds and every folder given
  -- for newsclean and the peers given the same plain text: trafilatura,
  jusText and boilerpy3 (each given the text as one ``<p>`` per line, the
  fairest HTML they can get) and the C4 line filter of datatrove (its
  line rules only: the rules that drop whole documents are off); where
  ``page.html.gz`` exists, trafilatura on the original HTML, the reference
  that sees the DOM;
* metadata (title, date, author) for newsclean and for trafilatura's
  metadata from the HTML, where the dataset has gold;
* speed: MB/s per core and documents/s of each system over the same texts,
  with the ratio to newsclean;
* scaling: newsclean's time per MB on documents from 1 kB to 5 MB.

Writes ``benchmarks/results/results.json``, the plots ``f1.png``,
``speed_quality.png`` and ``scaling.png`` next to it, and the table into
README.md between ``<!-- suite:start -->`` and ``<!-- suite:end -->``.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402
from newsclean.benchmark import as_html, warm_up  # noqa: E402
from newsclean.evaluation import (  # noqa: E402
    aggregate,
    bootstrap,
    match_counts,
    metadata_hits,
    page_date,
    read_dataset,
    read_seeds,
)
from newsclean.stoplists import STOPLIST_NAMES, identify  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
README = ROOT / "README.md"
NEWSCLEAN = "newsclean"
NEWSCLEAN_HTML = "newsclean (HTML)"
HTML_REF = "trafilatura (HTML)"
#: Systems that read the original HTML instead of the text.
HTML_SYSTEMS = (NEWSCLEAN_HTML, HTML_REF)


# ------------------------------------------------------------------ systems


def _newsclean(text: str, **_: Any) -> str:
    return newsclean.clean(text).body


def _trafilatura_text(text: str, **_: Any) -> str:
    import trafilatura

    return trafilatura.extract(as_html(text)) or ""


def _justext(text: str, **_: Any) -> str:
    import justext

    code = identify(text[:3000]) or "en"
    stoplist = justext.get_stoplist(STOPLIST_NAMES.get(code, "English"))
    paragraphs = justext.justext(as_html(text).encode("utf-8"), stoplist, encoding="utf-8")
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


_BOILERPIPE: Any = None


def _boilerpy3(text: str, **_: Any) -> str:
    global _BOILERPIPE
    if _BOILERPIPE is None:
        from boilerpy3 import extractors

        _BOILERPIPE = extractors.ArticleExtractor()
    return _BOILERPIPE.get_content(as_html(text)) or ""


_C4: Any = None


def _c4(text: str, **_: Any) -> str:
    global _C4
    from datatrove.data import Document

    if _C4 is None:
        from datatrove.pipeline.filters import C4QualityFilter

        _C4 = C4QualityFilter(min_num_sentences=-1, filter_lorem_ipsum=False, filter_curly_bracket=False)
    doc = Document(text=text, id="0")
    kept = _C4.filter(doc)
    return doc.text if kept is True else ""


def _trafilatura_html(text: str, *, page_html: str | None = None, url: str | None = None, **_: Any) -> str:
    import trafilatura

    if page_html is None:
        return ""
    # Comments left out: no dataset's gold body has them (trafilatura's
    # default keeps them and scores 0.952 instead of 0.960 on aeb).
    return trafilatura.extract(page_html, url=url, include_comments=False) or ""


def _newsclean_html(text: str, *, page_html: str | None = None, url: str | None = None, **_: Any) -> str:
    if page_html is None:
        return ""
    return newsclean.clean_html(page_html, url=url).body


SYSTEMS: dict[str, Callable[..., str]] = {
    NEWSCLEAN: _newsclean,
    "trafilatura (text)": _trafilatura_text,
    "jusText (text)": _justext,
    "boilerpy3 (text)": _boilerpy3,
    "C4 line filter (text)": _c4,
    NEWSCLEAN_HTML: _newsclean_html,
    HTML_REF: _trafilatura_html,
}


def available_systems() -> dict[str, Callable[..., str]]:
    """The systems whose libraries are installed (newsclean always is)."""
    out = {}
    for name, fn in SYSTEMS.items():
        module = {"jusText (text)": "justext", "boilerpy3 (text)": "boilerpy3", "C4 line filter (text)": "datatrove"}.get(
            name, "trafilatura" if "trafilatura" in name else None
        )
        if module:
            try:
                __import__(module)
            except ImportError:
                print(f"skipping {name}: {module} is not installed (pip install '.[bench]')", file=sys.stderr)
                continue
        out[name] = fn
    return out


# ------------------------------------------------------------------- scoring


class Page:
    def __init__(self, name: str, text: str, gold: str | None, meta: dict[str, Any], page_html: str | None):
        self.name, self.text, self.gold, self.meta, self.html = name, text, gold, meta, page_html


def load(folder: Path | None) -> tuple[str, list[Page]]:
    if folder is None:
        return "seeds", [Page(s.name, s.text, s.gold_body, {}, None) for s in read_seeds(ROOT / "seeds")]
    pages = []
    for p in read_dataset(folder):
        raw = p.path / "page.html.gz"
        page_html = gzip.decompress(raw.read_bytes()).decode("utf-8", "replace") if raw.is_file() else None
        pages.append(Page(p.page_id, p.text, p.gold, p.meta, page_html))
    return folder.name, pages


def run_dataset(name: str, pages: list[Page], systems: dict[str, Callable[..., str]]) -> dict[str, Any]:
    result: dict[str, Any] = {"pages": len(pages), "systems": {}}
    for sys_name, fn in systems.items():
        if sys_name in HTML_SYSTEMS and not any(p.html for p in pages):
            continue
        counts, seconds, size, errors = [], 0.0, 0, 0
        # Each system pays its one-off loading costs (models, locales,
        # compiled patterns) on a first page before timing starts.
        with contextlib.suppress(Exception):
            fn(pages[0].text, page_html=pages[0].html, url=pages[0].meta.get("url"))
        for page in pages:
            data = page.html if sys_name in HTML_SYSTEMS else page.text
            start = time.perf_counter()
            try:
                body = fn(page.text, page_html=page.html, url=page.meta.get("url"))
            except Exception:  # noqa: BLE001 - a peer's failure is a result, not a crash
                body, errors = "", errors + 1
            seconds += time.perf_counter() - start
            size += len((data or "").encode("utf-8"))
            if page.gold is not None:
                counts.append(match_counts(page.gold, body))
        entry: dict[str, Any] = {"seconds": seconds, "mb": size / 1e6, "errors": errors}
        if counts:
            s = aggregate(counts)
            entry.update(s.to_dict())
            entry["ci95"] = bootstrap(counts, n=300)["f1"]
        result["systems"][sys_name] = entry
        f1 = f"F1 {entry['f1']:.3f} ± {entry['ci95']:.3f}" if counts else "no gold body"
        print(f"  {name:<16} {sys_name:<24} {f1}  {size / 1e6 / max(seconds, 1e-9):7.2f} MB/s  errors {errors}")
    result["metadata"] = run_metadata(pages)
    return result


def run_metadata(pages: list[Page]) -> dict[str, Any]:
    """Title, date and author accuracy where the dataset has gold."""
    rows: dict[str, dict[str, list[bool]]] = {
        name: collections.defaultdict(list) for name in (NEWSCLEAN, NEWSCLEAN_HTML, HTML_REF)
    }
    for page in pages:
        gold_t, gold_d, gold_a = page.meta.get("gold_title"), page.meta.get("gold_date"), page.meta.get("gold_author")
        if not (gold_t or gold_d or gold_a):
            continue
        art = newsclean.clean(page.text)
        found = {NEWSCLEAN: (art.title, page_date(art), ", ".join(art.authors))}
        if page.html:
            import trafilatura

            try:
                md = trafilatura.extract_metadata(page.html, default_url=page.meta.get("url"))
            except Exception:  # noqa: BLE001
                md = None
            found[HTML_REF] = (md.title, md.date, md.author) if md else (None, None, None)
            art_html = newsclean.clean_html(page.html, url=page.meta.get("url"))
            found[NEWSCLEAN_HTML] = (art_html.title, page_date(art_html), ", ".join(art_html.authors))
        for system, (t, d, a) in found.items():
            for field, hit in metadata_hits(t, d, a, page.meta).items():
                rows[system][field].append(hit)
    out: dict[str, Any] = {}
    for system, fields in rows.items():
        if fields:
            out[system] = {k: {"accuracy": sum(v) / len(v), "pages": len(v)} for k, v in fields.items()}
    return out


def run_scaling() -> list[dict[str, float]]:
    """newsclean's seconds per MB on documents of growing size."""
    texts = [s.text for s in read_seeds(ROOT / "seeds")]
    rows = []
    config = newsclean.Config()
    for size in (1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000, 5_000_000):
        # Distinct lines (each seed line numbered by its copy), so that the
        # feature memo does not make larger documents cheaper per MB.
        parts, total, k = [], 0, 0
        while total < size:
            chunk = "\n\n".join(texts).replace("\n", f" {k}\n")
            parts.append(chunk)
            total += len(chunk)
            k += 1
        doc = "\n".join(parts)[:size]
        times = []
        for _ in range(3):
            config.forget()
            start = time.perf_counter()
            newsclean.clean(doc, config=config)
            times.append(time.perf_counter() - start)
        per_doc = min(times)
        rows.append({"bytes": size, "seconds": per_doc, "seconds_per_mb": per_doc / (size / 1e6)})
        print(f"  scaling {size:>9} bytes: {per_doc * 1000:9.2f} ms per document, {per_doc / (size / 1e6):.3f} s/MB")
    return rows


# ------------------------------------------------------------------- outputs


def speed_table(results: dict[str, Any]) -> dict[str, dict[str, float]]:
    """MB/s and documents/s per system over all datasets of the run."""
    totals: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for ds in results["datasets"].values():
        for system, e in ds["systems"].items():
            totals[system][0] += e["seconds"]
            totals[system][1] += e["mb"]
            totals[system][2] += ds["pages"]
    out = {k: {"mb_per_s": mb / s if s else 0.0, "docs_per_s": n / s if s else 0.0} for k, (s, mb, n) in totals.items()}
    base = out.get(NEWSCLEAN, {}).get("mb_per_s") or 1.0
    for v in out.values():
        v["ratio"] = v["mb_per_s"] / base
    return out


def markdown(results: dict[str, Any]) -> str:
    names = list(results["datasets"])
    systems = [s for s in SYSTEMS if any(s in d["systems"] for d in results["datasets"].values())]
    lines = [
        f"Body F1 (95% interval) from `python -m benchmarks`, {results['date']}, newsclean {results['newsclean']}"
        + (f" at commit {results['commit']}" if results.get("commit") else "")
        + "; speed over all pages of the run, "
        "one core (MB of each system's input per second: plain text, or HTML for the two HTML systems; "
        "trafilatura (HTML) with comments left out, as no gold body has them):",
        "",
        "| system | " + " | ".join(names) + " | MB/s | docs/s | speed vs newsclean |",
        "|---|" + "---|" * (len(names) + 3),
    ]
    speed = results["speed"]
    for s in systems:
        cells = []
        for n in names:
            e = results["datasets"][n]["systems"].get(s)
            cells.append(f"{e['f1']:.3f} ± {e['ci95']:.3f}" if e and "f1" in e else "–")
        sp = speed.get(s, {})
        lines.append(
            f"| {'**' + s + '**' if s in (NEWSCLEAN, NEWSCLEAN_HTML) else s} | " + " | ".join(cells)
            + f" | {sp.get('mb_per_s', 0):.2f} | {sp.get('docs_per_s', 0):.0f} | {sp.get('ratio', 0):.2f}x |"
        )
    meta_rows = []
    for n, ds in results["datasets"].items():
        for system, fields in ds["metadata"].items():
            acc = ", ".join(f"{k} {v['accuracy']:.2f} ({v['pages']})" for k, v in fields.items())
            meta_rows.append(f"| {n} | {system} | {acc} |")
    if meta_rows:
        lines += ["", "Metadata accuracy (title: token F1 ≥ 0.9; date: same day as the published date, or the updated one when a page gives only that (trafilatura reports the latest by default); author: token F1 ≥ 0.9; pages with gold):", "",
                  "| dataset | system | accuracy |", "|---|---|---|", *meta_rows]
    sc = results.get("scaling") or []
    if sc:
        lines += ["", "Scaling (newsclean, seconds per MB by document size): "
                  + ", ".join(f"{r['bytes'] // 1000} kB {r['seconds_per_mb']:.2f}" for r in sc) + "."]
    lines += ["", "Plots: `benchmarks/results/f1.png`, `benchmarks/results/speed_quality.png`, `benchmarks/results/scaling.png`."]
    return "\n".join(lines)


def _commit() -> str | None:
    """The checkout's commit (with "+changes" when files differ from it), or None."""
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+changes" if dirty else "")


def write_readme(table: str) -> None:
    text = README.read_text("utf-8")
    start, end = "<!-- suite:start -->", "<!-- suite:end -->"
    if start not in text or end not in text:
        text += f"\n{start}\n{end}\n"
    a, b = text.index(start) + len(start), text.index(end)
    README.write_text(text[:a] + "\n" + table + "\n" + text[b:], "utf-8")


def plots(results: dict[str, Any]) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("no plots: matplotlib is not installed (pip install '.[bench]')", file=sys.stderr)
        return
    names = list(results["datasets"])
    systems = [s for s in SYSTEMS if any(s in d["systems"] for d in results["datasets"].values())]
    fig, ax = plt.subplots(figsize=(9, 4.5))
    width = 0.8 / max(1, len(systems))
    for k, s in enumerate(systems):
        xs, ys, errs = [], [], []
        for i, n in enumerate(names):
            e = results["datasets"][n]["systems"].get(s)
            if e and "f1" in e:
                xs.append(i + k * width)
                ys.append(e["f1"])
                errs.append(e["ci95"])
        ax.bar(xs, ys, width, yerr=errs, label=s, capsize=2)
    ax.set_xticks([i + width * (len(systems) - 1) / 2 for i in range(len(names))], names)
    ax.set_ylabel("body F1")
    ax.set_ylim(0, 1)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title("Body F1 per dataset (95% intervals)")
    fig.tight_layout()
    fig.savefig(RESULTS / "f1.png", dpi=120)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 4.5))
    main = names[1] if len(names) > 1 else names[0]
    for s in systems:
        e = results["datasets"][main]["systems"].get(s)
        sp = results["speed"].get(s)
        if e and sp and "f1" in e:
            ax.scatter(sp["mb_per_s"], e["f1"], s=60)
            ax.annotate(s, (sp["mb_per_s"], e["f1"]), textcoords="offset points", xytext=(5, 5), fontsize=8)
    ax.set_xscale("log")
    ax.set_xlabel("MB/s per core (log)")
    ax.set_ylabel(f"body F1 on {main}")
    ax.set_title("Speed against quality")
    fig.tight_layout()
    fig.savefig(RESULTS / "speed_quality.png", dpi=120)
    plt.close(fig)

    sc = results.get("scaling") or []
    if sc:
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.plot([r["bytes"] for r in sc], [r["seconds"] for r in sc], marker="o")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("document size (bytes)")
        ax.set_ylabel("seconds per document")
        ax.set_title("newsclean: cost grows linearly with size")
        fig.tight_layout()
        fig.savefig(RESULTS / "scaling.png", dpi=120)
        plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", action="append", default=[], type=Path, help="folder in the devdata layout; repeatable")
    ap.add_argument("--no-readme", action="store_true", help="do not write the table into README.md")
    ap.add_argument("--no-scaling", action="store_true")
    ap.add_argument("--from-results", action="store_true", help="redraw the table and plots from results.json")
    args = ap.parse_args(argv)
    if args.from_results:
        results = json.loads((RESULTS / "results.json").read_text("utf-8"))
        plots(results)
        if not args.no_readme:
            write_readme(markdown(results))
        return 0
    for d in args.dataset:
        if not d.is_dir():
            ap.error(f"dataset folder not found: {d}")
    systems = available_systems()
    warm_up()
    results: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "newsclean": newsclean.__version__,
                               "commit": _commit(), "datasets": {}}
    for folder in [None, *args.dataset]:
        name, pages = load(folder)
        print(f"{name}: {len(pages)} pages")
        results["datasets"][name] = run_dataset(name, pages, systems)
    results["speed"] = speed_table(results)
    if not args.no_scaling:
        results["scaling"] = run_scaling()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "results.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    plots(results)
    table = markdown(results)
    print("\n" + table)
    if not args.no_readme:
        write_readme(table)
    return 0
