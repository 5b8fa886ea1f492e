"""Find the article: the span of blocks with the largest value.

Every block gets a value: prose adds its words, boilerplate and short
fragments subtract.  The article is the span with the largest sum -- the
maximum-subarray idea of Finn, Kushmerick and Smyth's Body Text Extraction,
applied to blocks instead of tags: a menu of two hundred items costs more
than any paragraph gains, while an ad marker or a caption between two
paragraphs costs less than the paragraphs around it bring.

On top of the plain sum:

* **walls** the span never crosses: footer blocks (rules with ``ends``:
  "Terms of use", "© 2024 ...") and the gap inside a teaser card (a date,
  an image file name, a source's domain between two summaries);
* **the comment section** (a comment form or an author line followed by
  more of them) counts only a tenth, and only when nothing before it
  counts at all;
* **isolated prose** (one paragraph between non-prose on both sides: a
  teaser's summary, an FAQ answer) counts half;
* a **dateline** inside the text costs a lot: it starts a new item.
"""

from __future__ import annotations

import regex

from .config import Thresholds
from .item import Item, Prose
from .labels import Label

#: Value of a block that a strong rule claims, per word (at least MIN).
STRONG_COST_MIN = 3.0
#: Value of a short fragment no rule claims (a complete short sentence
#: costs SENTENCE_COST).
SHORT_COST, SENTENCE_COST = 1.0, 0.3
#: Value per word of NEAR prose relative to GOOD prose.
NEAR_WEIGHT = 0.5
#: Value of a header that opens a list of teasers ("Related posts"): the
#: article seldom goes on after one, so crossing it must pay.
SECTION_HEADER_COST = 15.0
#: Cost of a stand-alone dateline: inside the article it starts a new item.
DATELINE_COST = 8.0
#: Weight of prose with non-prose on both sides.
ISOLATED_WEIGHT = 0.5
#: Weight of prose inside the comment section.
COMMENT_ZONE_WEIGHT = 0.1
#: A comment opener starts the comment section when this many openers
#: (itself included) lie within this many blocks.
COMMENT_EVIDENCE_MIN, COMMENT_EVIDENCE_REACH = 2, 25
#: A gap between two prose blocks is a teaser card when it is at most this
#: long and holds this many card parts.
CARD_MAX_GAP, CARD_MIN_PARTS = 6, 2
#: Value of a wall.
WALL = -1e9

FILENAME = regex.compile(r"(?i)^\W*[\w\-. ()]{1,80}\.(?:jpe?g|png|gif|webp|svg|avif)\W*$")
DOMAIN = regex.compile(r"(?i)(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|io|news|tv|de|fr|ru|ua)\b")


def value_of(it: Item, th: Thresholds) -> float:
    """What a block adds to (or takes from) the span it is in."""
    n = it.n_words
    hit = it.hit
    if hit is not None:
        fam = hit.family
        if fam.opens and fam.label is Label.RELATED:
            return -SECTION_HEADER_COST
        if fam.strong:
            return -max(STRONG_COST_MIN, float(n))
        return -th.weak_rule_cost * max(2.0, 0.5 * n)
    prose = it.prose
    if prose is Prose.GOOD:
        return float(n)
    if prose is Prose.NEAR:
        return NEAR_WEIGHT * n
    if prose is Prose.SHORT:
        return -SENTENCE_COST if it.ends and it.stop_ratio > 0 else -SHORT_COST
    return -max(2.0, 0.5 * n)


def best_span(values: list[float]) -> tuple[int, int]:
    """Start and end (inclusive) of the maximum-sum span; (0, -1) if none."""
    best, best_s, best_e = 0.0, 0, -1
    cur, cur_s = 0.0, 0
    for i, v in enumerate(values):
        if cur <= 0:
            cur, cur_s = v, i
        else:
            cur += v
        if cur > best:
            best, best_s, best_e = cur, cur_s, i
    return best_s, best_e


def is_comment_opener(it: Item) -> bool:
    hit = it.hit
    return hit is not None and hit.family.label is Label.COMMENT and hit.family.opens


def comment_zone(items: list[Item]) -> int:
    """Index where the comment section starts (``len(items)`` if none).

    A comment opener (a "Comments" header, a comment form, an author line)
    starts the zone when more comment evidence follows it closely, and some
    of it is an author line ("Jane says:") or a second, different opener: a
    lone "12 comments" link under a headline does not start one.
    """
    n = len(items)
    for i, it in enumerate(items):
        if not is_comment_opener(it):
            continue
        window = [items[j] for j in range(i, min(n, i + COMMENT_EVIDENCE_REACH)) if is_comment_opener(items[j])]
        authors = sum(1 for x in window if x.hit is not None and x.hit.family.name.endswith(".author"))
        if len(window) >= COMMENT_EVIDENCE_MIN and (authors or len({x.key for x in window}) >= 2):
            return i
    return n


def _card_part(it: Item) -> bool:
    """A part of a teaser card: a date line, an image file name, a domain."""
    if it.marker and it.marker not in "□•":
        return False
    if it.dateline and it.n_words <= 8:
        return True
    return it.n_words <= 6 and (FILENAME.match(it.text) is not None or DOMAIN.search(it.text) is not None)


def _mark_cards(items: list[Item]) -> None:
    """Mark the gaps between prose blocks that hold a teaser card's parts."""
    n = len(items)
    i = 0
    while i < n:
        if items[i].value > 0:
            i += 1
            continue
        j = i
        while j < n and items[j].value <= 0:
            j += 1
        if 0 < i and j < n and j - i <= CARD_MAX_GAP:
            if sum(1 for k in range(i, j) if _card_part(items[k])) >= CARD_MIN_PARTS:
                for k in range(i, j):
                    items[k].card = True
        i = j


def _weigh_isolated(items: list[Item]) -> None:
    n = len(items)
    pos = [it.value > 0 for it in items]
    for i, it in enumerate(items):
        if pos[i] and (i == 0 or not pos[i - 1]) and (i == n - 1 or not pos[i + 1]):
            it.value *= ISOLATED_WEIGHT


def find_region(items: list[Item], th: Thresholds) -> tuple[int, int, int]:
    """Value every block; return the article span (start, end inclusive;
    end < start when there is none) and where the comment section starts."""
    zone = comment_zone(items)
    for i, it in enumerate(items):
        v = value_of(it, th)
        if i >= zone and v > 0:
            v *= COMMENT_ZONE_WEIGHT
        elif it.dateline:
            v = -DATELINE_COST
        it.value = v
    _weigh_isolated(items)
    _mark_cards(items)
    values = [
        WALL if it.card or (it.hit is not None and it.hit.family.ends) else it.value for it in items
    ]
    s, e = best_span(values[:zone])
    if e < s and zone < len(items):
        s, e = best_span(values[zone:])
        s, e = s + zone, e + zone
    return s, e, zone
