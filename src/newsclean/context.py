"""Second pass: find the article and decide every block by its context.

1. **Region.**  Every block gets a value: prose adds its words, boilerplate
   and short fragments subtract.  The article is the span with the largest
   sum (the maximum-subarray idea of Finn et al.'s Body Text Extraction,
   applied to blocks instead of tags): a menu of two hundred items costs
   more than any paragraph gains, while an ad marker or a caption between
   two paragraphs costs less than the paragraphs bring.
2. **End.**  Inside the region, the article ends at the first comment
   section (a comment form or author line) that follows most of its prose.
3. **Revision.**  Blocks a rule claimed keep their label; section headers
   ("Read also:", "Tags:") give theirs to the short lines under them; the
   remaining short or doubtful blocks take the class of their nearest
   decided neighbours, as in jusText's second pass (a subheading between two
   paragraphs is body, a line between a paragraph and a menu is not).
4. **Outside** the region, blocks keep their rule's label, or get one from
   their shape (menus of short items, lists of headlines, stray prose).
"""

from __future__ import annotations

import regex

from .item import Item, Prose
from .config import Thresholds
from .labels import Label

#: Value of a block that a strong rule claims, per word (at least MIN).
STRONG_COST_MIN = 3.0
#: Value of a short fragment no rule claims.
SHORT_COST = 1.0
#: Value per word of NEAR prose relative to GOOD prose.
NEAR_WEIGHT = 0.5
#: A comment section ends the article once this share of its prose is seen.
COMMENT_CUT_SHARE = 0.3
#: A comment opener starts the comment section when this many openers
#: (itself included) lie within this many blocks.
COMMENT_EVIDENCE_MIN, COMMENT_EVIDENCE_REACH = 2, 25
#: Prose inside the comment section counts this much towards the article.
COMMENT_ZONE_WEIGHT = 0.1
#: Cost of a stand-alone dateline: inside the article it starts a new item.
DATELINE_COST = 8.0
#: Value of a footer block ("Terms of use", "© 2024 ..."): the article
#: region never spans across one.
BARRIER = -1e9
#: How far (blocks) a section header passes its label on.
SECTION_REACH = 12


def value_of(it: Item, th: Thresholds) -> float:
    """What a block adds to (or takes from) the region it is in."""
    n = it.n_words
    if it.hit is not None:
        if it.hit.family.strong:
            return -max(STRONG_COST_MIN, float(n))
        return -th.weak_rule_cost * max(2.0, 0.5 * n)
    if it.prose is Prose.GOOD:
        return float(n)
    if it.prose is Prose.NEAR:
        return NEAR_WEIGHT * n
    if it.prose is Prose.SHORT:
        return -0.3 if it.ends and it.stop_ratio > 0 else -SHORT_COST
    return -max(2.0, 0.5 * n)


import os
ISOLATED_WEIGHT = float(os.environ.get("NC_ISO", "0.5"))
RUN_STEP = float(os.environ.get("NC_RUN", "0"))
RUN_MAX = float(os.environ.get("NC_RUNMAX", "4"))
RUN_SKIP_MARKERS = os.environ.get("NC_RUNSKIP", "1") == "1"


def _weigh_isolated(items: list[Item]) -> None:
    """Prose between non-prose on both sides (a teaser's summary, an FAQ
    answer) counts less than prose in a run of paragraphs."""
    if ISOLATED_WEIGHT == 1:
        return
    n = len(items)
    pos = [it.value > 0 for it in items]
    for i, it in enumerate(items):
        if pos[i] and (i == 0 or not pos[i - 1]) and (i == n - 1 or not pos[i + 1]):
            it.value *= ISOLATED_WEIGHT


def _weigh_runs(items: list[Item]) -> None:
    """Each further fragment in a run of fragments costs more: one
    subheading between paragraphs is cheap, a headline-author-date card
    between teasers is not."""
    if RUN_STEP == 0:
        return
    run = 0
    for it in items:
        if it.value < 0 and it.hit is None and not (RUN_SKIP_MARKERS and it.marker):
            run += 1
            it.value -= RUN_STEP * min(run - 1, RUN_MAX)
        elif it.value > 0:
            run = 0


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


def _set(it: Item, label: Label, reason: str) -> None:
    it.label = label
    it.reason = reason


def comment_zone(items: list[Item]) -> int:
    """Index where the comment section starts (``len(items)`` if none).

    A comment opener (a "Comments" header, a comment form, an author line)
    starts the zone when more comment evidence follows it closely: a
    single "12 comments" link under a headline does not.
    """
    n = len(items)
    for i, it in enumerate(items):
        if not _is_comment_opener(it):
            continue
        evidence = sum(1 for j in range(i, min(n, i + COMMENT_EVIDENCE_REACH)) if _is_comment_opener(items[j]))
        if evidence >= COMMENT_EVIDENCE_MIN:
            return i
    return n


CARDS = os.environ.get("NC_CARDS", "1") == "1"
CARD_MIN = int(os.environ.get("NC_CARDMIN", "2"))
FILENAME = regex.compile(r"(?i)^\W*[\w\-. ()]{1,80}\.(?:jpe?g|png|gif|webp|svg|avif)\W*$")
DOMAIN = regex.compile(r"(?i)(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|io|news|tv|de|fr|ru|ua)\b")


CARD_MAX_GAP = int(os.environ.get("NC_CARDGAP", "6"))


def _card_marker(it: Item) -> bool:
    if it.marker and it.marker not in "□•":
        return False
    if it.dateline and it.n_words <= 8:
        return True
    if it.n_words <= 6 and (FILENAME.match(it.text) or DOMAIN.search(it.text)):
        return True
    return False


def _mark_cards(items: list[Item]) -> None:
    """A gap between prose blocks that holds the parts of a teaser card
    (a date, an image file name, a source's domain) separates items of a
    list: the article never spans across it."""
    n = len(items)
    i = 0
    while i < n:
        if items[i].value > 0:
            i += 1
            continue
        j = i
        while j < n and items[j].value <= 0:
            j += 1
        markers = sum(1 for k in range(i, j) if _card_marker(items[k]))
        if markers >= CARD_MIN and i > 0 and j < n and j - i <= CARD_MAX_GAP:
            for k in range(i, j):
                items[k].card = True
        i = j


def _is_barrier(it: Item) -> bool:
    return it.card or (it.hit is not None and it.hit.family.ends)


def _is_comment_opener(it: Item) -> bool:
    hit = it.hit
    return hit is not None and hit.family.label is Label.COMMENT and hit.family.opens


def decide(items: list[Item], th: Thresholds) -> tuple[int, int]:
    """Label every item; returns the article region (start, end inclusive)."""
    zone = comment_zone(items)
    for i, it in enumerate(items):
        v = value_of(it, th)
        if i >= zone and v > 0:
            v *= COMMENT_ZONE_WEIGHT
        elif it.dateline:
            v = -DATELINE_COST
        it.value = v
    _weigh_isolated(items)
    _weigh_runs(items)
    if CARDS:
        _mark_cards(items)
    values = [BARRIER if _is_barrier(it) else it.value for it in items]
    # The comment section is a candidate only when nothing before it is.
    s, e = best_span(values[:zone])
    if e < s and zone < len(items):
        s, e = best_span(values[zone:])
        s, e = s + zone, e + zone
    if e >= s:
        e = _cut_comments(items, s, e)
    for i in range(max(zone, e + 1), len(items)):
        it = items[i]
        if it.hit is None and it.prose is not Prose.BAD:
            _set(it, Label.COMMENT, "comment.zone")
    for i, it in enumerate(items):
        if it.hit is not None:
            _set(it, it.hit.family.label, it.hit.family.reason)
        elif it.echo:
            if s <= i <= e:
                _set(it, Label.CAPTION, "shape.echo")
            else:
                _set(it, Label.RELATED, "shape.echo")
        elif s <= i <= e and it.prose in (Prose.GOOD, Prose.NEAR):
            _set(it, Label.BODY, f"prose.{it.prose.value}")
    _spread_sections(items, zone)
    _revise(items, s, e, th)
    _label_outside(items, s, e)
    return s, e


def _cut_comments(items: list[Item], s: int, e: int) -> int:
    total = sum(it.value for it in items[s : e + 1] if it.value > 0)
    seen = 0.0
    for i in range(s, e + 1):
        it = items[i]
        if it.value > 0:
            seen += it.value
        hit = it.hit
        if hit is not None and hit.family.label is Label.COMMENT and hit.family.opens:
            if seen >= COMMENT_CUT_SHARE * total:
                for j in range(i, e + 1):
                    if items[j].hit is None:
                        _set(items[j], Label.COMMENT, "comment.section")
                return i - 1
    return e


def _spread_sections(items: list[Item], zone: int) -> None:
    """Section headers pass their label to the short lines under them
    (comment headers only inside the comment section)."""
    for i, it in enumerate(items):
        hit = it.hit
        if hit is None or not hit.family.opens:
            continue
        label = hit.family.label
        if label is Label.COMMENT and i < zone:
            continue
        for j in range(i + 1, min(len(items), i + 1 + SECTION_REACH)):
            nxt = items[j]
            if nxt.label is not None and nxt.label is not Label.BODY and nxt.label is not label:
                break
            if nxt.prose is Prose.GOOD and label is not Label.COMMENT:
                break
            if nxt.label is Label.BODY and label is not Label.COMMENT:
                break
            if nxt.label is None or nxt.label is label:
                _set(nxt, label, f"{hit.family.reason}.section")
            if label is Label.RELATED and not nxt.headline and nxt.prose is not Prose.SHORT:
                break


def _revise(items: list[Item], s: int, e: int, th: Thresholds) -> None:
    """Undecided blocks inside the region take their neighbours' class.

    Decisions are collected first and applied afterwards, so that a run of
    short lines is judged by the decided blocks around the run, as in
    jusText, not by each other.
    """
    decided: list[tuple[Item, Label, str]] = []
    for i in range(s, e + 1):
        it = items[i]
        if it.label is not None:
            continue
        if it.dateline:
            decided.append((it, Label.BYLINE, "byline.dateline"))
            continue
        if _alt_text(it):
            decided.append((it, Label.CAPTION, "shape.alt-text"))
            continue
        prev = _neighbour(items, i, -1, s, e)
        nxt = _neighbour(items, i, +1, s, e)
        if prev and nxt:
            decided.append((it, Label.BODY, "context.between-body"))
        elif nxt and (it.headline or it.marker or it.ends) and th.keep_doubtful:
            decided.append((it, Label.BODY, "context.before-body"))
        elif prev and (it.marker or it.ends) and th.keep_doubtful:
            decided.append((it, Label.BODY, "context.after-body"))
    for it, label, reason in decided:
        _set(it, label, reason)


LETTER = regex.compile(r"\p{L}")
#: Characters that mark a line of code, which keeps its lower-case start.
CODE_CHARS = regex.compile(r"[(){}\[\];=<>_/\\]|^\d")
#: Longest line read as an image's alternative text.
ALT_TEXT_MAX_WORDS = 15


def _alt_text(it: Item) -> bool:
    """An image's alternative text or a label: a short line starting in
    lower case that is neither a sentence, a list item nor code."""
    return (
        it.upper is False
        and not it.ends
        and not it.marker
        and it.n_words <= ALT_TEXT_MAX_WORDS
        and CODE_CHARS.search(it.text) is None
    )


def _neighbour(items: list[Item], i: int, step: int, s: int, e: int) -> bool:
    """Whether the nearest decided block in direction ``step`` is body."""
    j = i + step
    while s <= j <= e:
        it = items[j]
        if it.label is Label.BODY:
            return True
        if it.label is not None and it.label is not Label.BYLINE:
            return False
        if it.label is None and it.prose is Prose.BAD:
            return False
        j += step
    return False


def _label_outside(items: list[Item], s: int, e: int) -> None:
    for i, it in enumerate(items):
        if it.glue == "outlet" and it.label is not Label.BODY:
            _set(it, Label.BYLINE, "byline.outlet")
            continue
        if it.label is not None:
            continue
        if it.dateline:
            _set(it, Label.BYLINE, "byline.dateline")
        elif it.n_words <= 3 or it.marker:
            _set(it, Label.NAVIGATION, "outside.menu-item")
        elif it.headline:
            _set(it, Label.RELATED, "outside.headline")
        elif s <= i <= e:
            _set(it, Label.WIDGET, "inside.fragment")
        else:
            _set(it, Label.RELATED, "outside.text")
    _attach_fragments(items)


#: Labels that a list's stray parts (times, counters) and a box's heading
#: take from the block they belong to.
_LIST_LABELS = {Label.RELATED, Label.NAVIGATION, Label.COMMENT}
_BOX_LABELS = {Label.APPEAL, Label.SOCIAL, Label.LEGAL, Label.COMMENT, Label.RELATED}
#: Longest heading of a boilerplate box ("Euromaidan Press" over an appeal).
BOX_HEADER_MAX_WORDS = 4


def _attach_fragments(items: list[Item]) -> None:
    """Parts without words of their own take the label of their list.

    A bare time ("22:25") in a list of headlines, a counter, a lone bullet:
    their label is the one of the next block (or the previous one).  A short
    heading right above a boilerplate box takes the box's label.
    """
    n = len(items)
    for i, it in enumerate(items):
        if it.label is Label.BODY:
            continue
        nxt = items[i + 1] if i + 1 < n else None
        prev = items[i - 1] if i else None
        if not LETTER.search(it.text):
            for other in (nxt, prev):
                if other is not None and other.label in _LIST_LABELS and LETTER.search(other.text):
                    _set(it, other.label, "context.list-part")
                    break
        elif (
            it.hit is None
            and nxt is not None
            and nxt.label in _BOX_LABELS
            and nxt.blank_before
            and nxt.indent == it.indent
            and it.n_words <= BOX_HEADER_MAX_WORDS
            and not it.ends
            and it.label in (Label.NAVIGATION, Label.RELATED, Label.WIDGET)
            and (prev is None or prev.label is not nxt.label)
        ):
            _set(it, nxt.label, "context.box-header")
