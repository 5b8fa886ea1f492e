"""Quality gate: fail when the seed scores drop below their pinned floors.

    python benchmarks/gate.py           # check (CI runs this)
    python benchmarks/gate.py --pin     # pin the current scores as the floors

The floors live in benchmarks/floors.json with the hash of the seeds and
their labels they were measured on (as trafilatura's eval gate does): if the
seeds or labels change, the gate says so instead of comparing different
corpora.  A score may fall by at most ``epsilon`` below its floor.  Needs
no peer and no dev data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean import clean  # noqa: E402
from newsclean.evaluation import line_labels, page_f1, read_seeds  # noqa: E402

SEEDS = ROOT / "seeds"
FLOORS = Path(__file__).resolve().parent / "floors.json"
EPSILON = 0.005


def corpus_hash() -> str:
    h = hashlib.sha256()
    for p in sorted(SEEDS.glob("*.txt")) + sorted((SEEDS / "labels").glob("*.json")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pin", action="store_true", help="write the current scores as the floors")
    args = ap.parse_args(argv)
    scores = measure()
    if args.pin:
        FLOORS.write_text(json.dumps({"seeds": corpus_hash(), "epsilon": EPSILON, "floors": scores}, indent=1) + "\n")
        print(f"pinned {len(scores)} floors in {FLOORS}")
        return 0
    pinned = json.loads(FLOORS.read_text())
    if pinned["seeds"] != corpus_hash():
        print("gate: the seeds or their labels changed since the floors were pinned; re-pin with --pin")
        return 1
    eps = pinned.get("epsilon", EPSILON)
    failed = [(k, v, scores.get(k, 0.0)) for k, v in pinned["floors"].items() if scores.get(k, 0.0) < v - eps]
    for k, floor, got in failed:
        print(f"gate: {k} is {got:.4f}, below its floor {floor:.4f} (epsilon {eps})")
    if not failed:
        print(f"gate: {len(scores)} scores at or above their floors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
