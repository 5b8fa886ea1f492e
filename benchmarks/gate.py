"""Quality gate: fail when a score drops below its pinned floor.

    python benchmarks/gate.py                 # check (CI runs this)
    python benchmarks/gate.py --pin           # pin the current scores as the floors
    python benchmarks/gate.py --devdata DIR   # the dev sets elsewhere (default ../shared/devdata)

Two groups of floors live in benchmarks/floors.json, each with a hash of
the corpus it was measured on (as trafilatura's eval gate does): if the
corpus changes, the gate says so instead of comparing different corpora.

* the seeds: body F1 of each seed and the line-label accuracy against the
  hand labels (always checked; the seeds are part of the repository);
* the dev sets, when the folder is there (it is not part of the
  repository; CI has it): for every dataset and every rendering of it
  (w3m ``input.txt``, lynx ``input.lynx.txt``, inscriptis where present),
  body F1 (snippet F1 for trafilatura_dev, which has no gold body), the
  metadata accuracies (title, date, author), and for the w3m rendering
  the metadata accuracies with each page's URL given to ``clean()`` too.

A score may fall by at most the group's ``epsilon`` below its floor.  The
cleaner is deterministic, so the dev sets' epsilon only admits a trade a
change makes on purpose; the seeds' admits a page of noise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean import Config, clean  # noqa: E402
from newsclean.benchmark import Tally, cleaned  # noqa: E402
from newsclean.evaluation import RENDERINGS, line_labels, page_f1, read_dataset, read_seeds  # noqa: E402

SEEDS = ROOT / "seeds"
FLOORS = Path(__file__).resolve().parent / "floors.json"
DEVDATA = ROOT.parent / "shared" / "devdata"
EPSILON = 0.005
DEV_EPSILON = 0.002


def corpus_hash() -> str:
    h = hashlib.sha256()
    for p in sorted(SEEDS.glob("*.txt")) + sorted((SEEDS / "labels").glob("*.json")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def dataset_hash(folder: Path) -> str:
    """SHA-256 of every file the gate reads in a dataset (texts, gold, meta)."""
    h = hashlib.sha256()
    names = (*RENDERINGS.values(), "gold.txt", "meta.json")
    for page in sorted(p for p in folder.iterdir() if p.is_dir()):
        for name in names:
            path = page / name
            if path.is_file():
                h.update(f"{page.name}/{name}".encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def measure() -> dict[str, float]:
    scores: dict[str, float] = {}
    total = correct = 0
    for seed in read_seeds(SEEDS):
        article = clean(seed.text)
        scores[f"body_f1:{seed.name}"] = round(page_f1(seed.gold_body, article.body), 4)
        pred = line_labels(article)
        total += len(seed.lines)
        correct += sum(1 for n, gold in seed.lines.items() if pred.get(n) == gold)
    scores["line_accuracy"] = round(correct / total, 4) if total else 0.0
    return scores


def measure_dataset(folder: Path, jobs: int) -> dict[str, float]:
    """The gated scores of one dataset, every rendering it has."""
    scores: dict[str, float] = {}
    config = Config()
    for rendering in RENDERINGS:
        pages = list(read_dataset(folder, rendering))
        if not pages:
            continue
        tally = Tally()
        for page, scored in zip(pages, cleaned([p.text for p in pages], config, jobs)):
            tally.add(page, *scored)
        summary = tally.summary(folder.name, bootstrap_n=0)
        key = f"{folder.name} {rendering}"
        if "body" in summary:
            scores[f"{key}: body F1"] = round(summary["body"]["f1"], 4)
        if "snippets" in summary:
            scores[f"{key}: snippets F1"] = round(summary["snippets"]["f1"], 4)
        for field, v in summary.get("metadata", {}).items():
            scores[f"{key}: {field}"] = round(v["accuracy"], 4)
        if rendering == "w3m" and summary.get("metadata"):
            scores.update(_with_url(folder, pages, config, jobs))
    return scores


def _with_url(folder: Path, pages: list, config: Config, jobs: int) -> dict[str, float]:
    """The metadata accuracies when ``clean()`` is given each page's URL."""
    tally = Tally()
    urls = [p.meta.get("url") for p in pages]
    for page, scored in zip(pages, cleaned([p.text for p in pages], config, jobs, urls)):
        tally.add(page, *scored)
    metadata = tally.summary(folder.name, bootstrap_n=0).get("metadata", {})
    return {f"{folder.name} w3m +url: {field}": round(v["accuracy"], 4) for field, v in metadata.items()}


def _check(name: str, floors: dict[str, float], scores: dict[str, float], eps: float) -> list[str]:
    failed = []
    for k, floor in floors.items():
        got = scores.get(k)
        if got is None:
            failed.append(f"gate: {k} was not measured (floor {floor:.4f})")
        elif got < floor - eps:
            failed.append(f"gate: {k} is {got:.4f}, below its floor {floor:.4f} (epsilon {eps})")
    above = sum(1 for k, f in floors.items() if k in scores and scores[k] > f + 1e-9)
    print(f"gate: {name}: {len(floors) - len(failed)} of {len(floors)} scores at or above their floors"
          f" ({above} above; re-pin to raise them)")
    return failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pin", action="store_true", help="write the current scores as the floors")
    ap.add_argument("--devdata", type=Path, default=Path(os.environ.get("NEWSCLEAN_DEVDATA", DEVDATA)),
                    help=f"the dev sets (default: $NEWSCLEAN_DEVDATA or {DEVDATA})")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the dev sets")
    ap.add_argument("--seeds-only", action="store_true", help="gate the seeds only")
    args = ap.parse_args(argv)
    pinned = json.loads(FLOORS.read_text()) if FLOORS.is_file() else {}
    scores = measure()
    dev_scores: dict[str, float] = {}
    dev_hashes: dict[str, str] = {}
    folders = [] if args.seeds_only or not args.devdata.is_dir() else sorted(
        p for p in args.devdata.iterdir() if p.is_dir() and any(p.glob("*/input.txt"))
    )
    if not folders and not args.seeds_only:
        print(f"gate: no dev sets at {args.devdata}; only the seeds are gated")
    for folder in folders:
        start = time.perf_counter()
        dev_hashes[folder.name] = dataset_hash(folder)
        found = measure_dataset(folder, args.jobs)
        dev_scores.update(found)
        print(f"gate: {folder.name}: " + ", ".join(f"{k.split(' ', 1)[1]} {v:.4f}" for k, v in found.items())
              + f" ({time.perf_counter() - start:.0f} s)", flush=True)

    if args.pin:
        dev = pinned.get("devdata", {"epsilon": DEV_EPSILON, "hashes": {}, "floors": {}})
        for name, digest in dev_hashes.items():  # datasets not measured keep their floors
            dev["hashes"][name] = digest
            dev["floors"] = {k: v for k, v in dev["floors"].items() if not k.startswith(f"{name} ")}
        dev["floors"].update(dev_scores)
        dev["floors"] = dict(sorted(dev["floors"].items()))
        out = {"seeds": corpus_hash(), "epsilon": pinned.get("epsilon", EPSILON), "floors": scores, "devdata": dev}
        FLOORS.write_text(json.dumps(out, indent=1) + "\n")
        print(f"pinned {len(scores)} seed floors and {len(dev_scores)} dev-set floors in {FLOORS}")
        return 0

    if pinned.get("seeds") != corpus_hash():
        print("gate: the seeds or their labels changed since the floors were pinned; re-pin with --pin")
        return 1
    failed = _check("seeds", pinned["floors"], scores, pinned.get("epsilon", EPSILON))
    dev = pinned.get("devdata")
    if dev and dev_hashes:
        for name, digest in dev_hashes.items():
            if name in dev["hashes"] and dev["hashes"][name] != digest:
                failed.append(f"gate: dev set {name} changed since its floors were pinned; re-pin with --pin")
        measured = {k: v for k, v in dev["floors"].items() if k.split(" ", 1)[0] in dev_hashes}
        unpinned = sorted(set(dev_hashes) - set(dev["hashes"]))
        if unpinned:
            print(f"gate: no floors pinned yet for {', '.join(unpinned)}")
        failed += _check("dev sets", measured, dev_scores, dev.get("epsilon", DEV_EPSILON))
    for line in failed:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
