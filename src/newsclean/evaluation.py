"""Scoring shared by the benchmark runner, the quality gate and the tests.

Body text is scored as scrapinghub's article-extraction-benchmark does:
word 4-gram shingles (tokens are ``\\w+``, case kept), per page the counts
of true positive, false positive and false negative shingles normalised by
their sum, precision and recall averaged over pages, F1 of the two means.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .text import WORD

SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    toks = WORD.findall(text or "")
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def match_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def aggregate(counts: Sequence[tuple[float, float, float]]) -> Scores:
    """Mean precision and recall over pages and the F1 of the two."""
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f1)


def page_f1(gold: str, pred: str) -> float:
    tp, fp, fn = match_counts(gold, pred)
    p, r = _precision(tp, fp, fn), _recall(tp, fp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def bootstrap(counts: Sequence[tuple[float, float, float]], n: int = 1000, seed: int = 0) -> dict[str, float]:
    """Half-width of the 95% interval of each score (1.96 standard deviations)."""
    if len(counts) < 2:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    rng = random.Random(seed)
    values: dict[str, list[float]] = {"precision": [], "recall": [], "f1": []}
    k = len(counts)
    for _ in range(n):
        sample = [counts[rng.randrange(k)] for _ in range(k)]
        for key, v in aggregate(sample).to_dict().items():
            values[key].append(v)
    return {key: 1.96 * statistics.stdev(v) for key, v in values.items()}


@dataclass(frozen=True)
class Page:
    """One page of a dataset in the devdata layout."""

    page_id: str
    path: Path
    text: str
    gold: str | None
    meta: dict[str, Any]


#: The renderings a devdata page may come in: the file each one is read from.
RENDERINGS = {"w3m": "input.txt", "lynx": "input.lynx.txt", "inscriptis": "input.inscriptis.txt"}
#: The two halves of a dataset, by a hash of the page id: develop on one,
#: confirm on the other.
HALVES = ("A", "B")


def page_half(page_id: str) -> str:
    """``"A"`` or ``"B"``: the half of its dataset a page belongs to, fixed
    by the SHA-256 of its id (the same on every machine and every run)."""
    return HALVES[hashlib.sha256(page_id.encode("utf-8")).digest()[0] % 2]


def read_dataset(folder: str | Path, rendering: str = "w3m", half: str | None = None) -> Iterator[Page]:
    """Pages of a folder laid out as ``<page_id>/input.txt`` (+ gold.txt,
    meta.json); ``rendering`` picks the text file (:data:`RENDERINGS`; pages
    without it are skipped), ``half`` one half of the pages (:func:`page_half`)."""
    root = Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(f"dataset folder not found: {root}")
    if rendering not in RENDERINGS:
        raise ValueError(f"unknown rendering {rendering!r}; one of {', '.join(RENDERINGS)}")
    if half is not None and half not in HALVES:
        raise ValueError(f"unknown half {half!r}; one of {', '.join(HALVES)}")
    for d in sorted(p for p in root.iterdir() if p.is_dir()):
        inp = d / RENDERINGS[rendering]
        if not inp.is_file() or (half is not None and page_half(d.name) != half):
            continue
        gold_path = d / "gold.txt"
        meta_path = d / "meta.json"
        yield Page(
            page_id=d.name,
            path=d,
            text=inp.read_text(encoding="utf-8", errors="replace"),
            gold=gold_path.read_text(encoding="utf-8", errors="replace") if gold_path.is_file() else None,
            meta=json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {},
        )


def snippet_scores(body: str, with_snippets: Sequence[str], without_snippets: Sequence[str]) -> tuple[int, int, int, int]:
    """(found with, total with, absent without, total without) on normalised text."""
    norm_body = " ".join(WORD.findall(body.casefold()))
    found = sum(1 for s in with_snippets if " ".join(WORD.findall(s.casefold())) in norm_body)
    absent = sum(1 for s in without_snippets if " ".join(WORD.findall(s.casefold())) not in norm_body)
    return found, len(with_snippets), absent, len(without_snippets)


@dataclass(frozen=True)
class LabelledSeed:
    """A hand-labelled seed: its text, a label per non-blank line, gold metadata."""

    name: str
    text: str
    lines: dict[int, str]  # 1-based line number -> label value
    metadata: dict[str, Any]
    comments: list[dict[str, Any]]

    @property
    def gold_body(self) -> str:
        raw = self.text.split("\n")
        return "\n\n".join(raw[n - 1].strip() for n, label in sorted(self.lines.items()) if label == "body")


def read_seeds(folder: str | Path) -> list[LabelledSeed]:
    """Seeds in ``folder`` with their labels from ``folder/labels/<stem>.json``.

    Validates the labels against the text: every non-blank line must carry
    a known label and the stored line text must match the file.
    """
    from .labels import Label

    root = Path(folder)
    known = {label.value for label in Label}
    out = []
    for path in sorted(root.glob("*.txt")):
        label_path = root / "labels" / f"{path.stem}.json"
        if not label_path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        doc = json.loads(label_path.read_text(encoding="utf-8"))
        raw = text.split("\n")
        lines: dict[int, str] = {}
        for row in doc["lines"]:
            n, label = row["line"], row["label"]
            if label not in known:
                raise ValueError(f"{label_path}: line {n}: unknown label {label!r}")
            if raw[n - 1].strip() != row["text"]:
                raise ValueError(f"{label_path}: line {n}: text does not match the seed")
            lines[n] = label
        blank = {i for i, line in enumerate(raw, 1) if not line.strip()}
        missing = set(range(1, len(raw) + 1)) - blank - set(lines)
        if missing:
            raise ValueError(f"{label_path}: unlabelled lines {sorted(missing)}")
        out.append(LabelledSeed(path.name, text, lines, doc.get("metadata", {}), doc.get("comments", [])))
    return out


def line_labels(article: Any) -> dict[int, str]:
    """1-based line number -> label of the first block on that line."""
    out: dict[int, str] = {}
    for block in article.blocks:
        for n in range(block.first_line + 1, block.last_line + 2):
            out.setdefault(n, block.label.value)
    return out


def paragraphs_from_input(paragraphs: Sequence[str], text: str) -> bool:
    """Whether each paragraph is a piece of ``text``, whitespace aside, and
    the paragraphs come in the order of the input, read in the reading
    order of :func:`newsclean.layout.read_order` (columns laid side by side
    one after the other; other text line by line).

    This is what "the body is made of input text" means: joining the lines
    of a wrapped paragraph (a column's lines too), squashing whitespace and
    cutting a glued line ("European PravdaThursday, 1 June") are allowed;
    anything else is not.
    """
    from .layout import read_order
    from .text import squash

    source = squash(" ".join(ln.text for ln in read_order(text)))
    pos = 0
    for para in paragraphs:
        piece = squash(para)
        k = source.find(piece, pos)
        if k < 0:
            return False
        pos = k + len(piece)
    return True


# Metadata scoring against gold_title / gold_date / gold_author in meta.json:
# a title or an author list is right when its token F1 with the gold is at
# least 0.9; a date is right when it falls on the gold's day.
TOKEN_F1_RIGHT = 0.9


def token_f1(found: str | None, gold: str | None) -> float:
    """Bag-of-words F1 of two short strings, case-folded."""
    ta = [w.casefold() for w in WORD.findall(found or "")]
    tb = [w.casefold() for w in WORD.findall(gold or "")]
    if not ta or not tb:
        return 0.0
    tp = sum((Counter(ta) & Counter(tb)).values())
    if not tp:
        return 0.0
    p, r = tp / len(ta), tp / len(tb)
    return 2 * p * r / (p + r)


def same_day(found: Any, gold: str | None) -> bool:
    """Whether a found date (datetime or ISO string) falls on the gold's day."""
    if not found or not gold:
        return False
    return str(found)[:10] == str(gold)[:10]


#: Words that join names in a list of authors ("Jane Doe and John Roe"):
#: the gold writes them, newsclean returns the names apart.
_JOINERS = {"and", "und", "et", "y", "e", "i", "og", "en", "и", "і", "та"}


def _unjoin(names: str | None) -> str:
    return " ".join(w for w in WORD.findall(names or "") if w.casefold() not in _JOINERS)


def page_date(article: Any) -> Any:
    """The date a page shows for itself: when it was published or, when it
    gives only that, last updated (as htmldate, and trafilatura with it,
    report by default)."""
    return article.published or article.updated


def metadata_hits(title: str | None, published: Any, authors: str | None, meta: dict[str, Any]) -> dict[str, bool]:
    """Right or wrong per field, for the fields the page's gold has."""
    hits: dict[str, bool] = {}
    if meta.get("gold_title"):
        hits["title"] = token_f1(title, meta["gold_title"]) >= TOKEN_F1_RIGHT
    if meta.get("gold_date"):
        hits["date"] = same_day(published, meta["gold_date"])
    if meta.get("gold_author"):
        hits["author"] = token_f1(_unjoin(authors), _unjoin(meta["gold_author"])) >= TOKEN_F1_RIGHT
    return hits


def comments_text(comments: Sequence[Any]) -> str:
    """The text of a page's comments as scored against ``gold_comments``
    (which hold each comment as the page shows it): each comment's header
    lines as written (else its name and date), then its text."""
    parts = []
    for c in comments:
        head = getattr(c, "header", None) or " ".join(x for x in (c.author, c.posted) if x)
        parts.append(f"{head}\n\n{c.text}" if head else c.text)
    return "\n\n".join(parts)
