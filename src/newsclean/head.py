"""The article's head: headline, standfirst and byline around the body's start.

Plain text has no ``<h1>``; the headline is found the way a reader finds
it: a headline-shaped line (a few words, no closing full stop) shortly
before the first paragraph, often printed twice (page title and heading),
often followed by a dateline or a byline.  Between the headline and the
body sit the standfirst (a sentence or two, followed by the byline or the
photo rather than by the text), bylines, datelines and captions.
"""

from __future__ import annotations

from .item import Item, Prose
from .labels import Label

#: How many blocks before the first paragraph the headline may be.
HEAD_REACH = 25
#: Labels a headline candidate may carry from the first pass.
_TITLE_OVERRIDABLE = {None, Label.RELATED, Label.NAVIGATION, Label.WIDGET, Label.BODY}
_HEAD_LABELS = {Label.BYLINE, Label.CAPTION}
#: Labels the head pass may change (shape-based guesses, not rule hits).
_SOFT_LABELS = {None, Label.BODY, Label.WIDGET, Label.RELATED, Label.NAVIGATION}
_PROSE = (Prose.GOOD, Prose.NEAR)
#: How far after the headline (blocks) the standfirst may be.
LEAD_REACH = 4
#: Words in a row of tag links.
TAG_ROW_MIN_WORDS, TAG_ROW_MAX_WORDS = 4, 10
#: Stopwords a tag row may hold ("US" is one in English).
TAG_ROW_MAX_STOP = 0.2


#: Scores of a headline candidate: a headline's usual length, printed twice
#: (page title and heading), followed closely by a byline; minus its
#: distance to the body (per block) and a strong rule's claim on it.
TITLE_WORDS, TITLE_WORDS_BONUS = (5, 20), 1.0
TITLE_REPEAT_BONUS = 1.5
TITLE_BYLINE_BONUS, TITLE_BYLINE_REACH = 1.0, 3
TITLE_DISTANCE_COST = 1 / 6
TITLE_RULE_COST = 5.0
#: A candidate must score above this to be the headline.
TITLE_MIN_SCORE = -3.0


def _title_score(items: list[Item], i: int, first_body: int) -> float:
    it = items[i]
    score = -TITLE_DISTANCE_COST * (first_body - i)
    if TITLE_WORDS[0] <= it.n_words <= TITLE_WORDS[1]:
        score += TITLE_WORDS_BONUS
    if it.dup >= 2:
        score += TITLE_REPEAT_BONUS
    for j in range(i + 1, min(first_body + 1, i + 1 + TITLE_BYLINE_REACH)):
        nxt = items[j]
        if nxt.dateline or nxt.label is Label.BYLINE:
            score += TITLE_BYLINE_BONUS
            break
    if it.hit is not None and it.hit.family.strong:
        score -= TITLE_RULE_COST
    return score


def label_head(items: list[Item], s: int, e: int) -> int | None:
    """Label headline, standfirst and bylines; return the headline's index."""
    first_body = next((i for i in range(s, e + 1) if items[i].label is Label.BODY), None)
    if first_body is None:
        return None
    best, best_score = None, TITLE_MIN_SCORE
    for i in range(max(0, first_body - HEAD_REACH), first_body + 1):
        it = items[i]
        if not it.headline or it.label not in _TITLE_OVERRIDABLE:
            continue
        if it.label is Label.BODY and it.prose is Prose.GOOD:
            continue
        sc = _title_score(items, i, first_body)
        if sc > best_score:
            best, best_score = i, sc
    if best is None:
        return None
    title = items[best]
    title.label, title.reason = Label.TITLE, "head.headline"
    first = best
    for i, it in enumerate(items):
        if it is not title and it.key == title.key and it.key:
            it.label, it.reason = Label.TITLE, "head.headline-repeat"
            if best - HEAD_REACH <= i < first:
                first = i
    _label_after_title(items, first, e)
    return best


def _label_after_title(items: list[Item], t: int, e: int) -> None:
    """Standfirst, bylines, tag rows and captions between headline and body."""
    seen_meta = False
    lead_done = False
    i = t + 1
    while i <= e or (i < len(items) and i - t <= LEAD_REACH):
        it = items[i]
        if it.label is Label.TITLE:
            i += 1
            continue
        if it.dateline and it.label in _SOFT_LABELS:
            it.label, it.reason = Label.BYLINE, "head.dateline"
            seen_meta = True
        elif it.label in _HEAD_LABELS:
            seen_meta = True
        elif _tag_row(it) and it.label in _SOFT_LABELS and it.label is not Label.BODY:
            it.label, it.reason = Label.TAGS, "head.tag-row"
        elif it.label is Label.BODY:
            if seen_meta or lead_done:
                return
            # A paragraph followed by byline or photo, not by more text,
            # is the standfirst.
            j = i + 1
            while j <= e and items[j].label not in (Label.BODY, *_HEAD_LABELS) and not items[j].dateline:
                j += 1
            if it.prose in _PROSE and j <= e and (items[j].label in _HEAD_LABELS or items[j].dateline):
                it.label, it.reason = Label.LEAD, "head.standfirst"
                lead_done = True
            else:
                return
        elif (
            not lead_done
            and it.hit is None
            and it.prose in _PROSE
            and i - t <= LEAD_REACH
        ):
            # Prose between the headline and the body that the region left out.
            it.label, it.reason = Label.LEAD, "head.standfirst"
            lead_done = True
        i += 1


def _tag_row(it: Item) -> bool:
    """A row of tag links under a headline: several words, none of them a
    stopword, no sentence punctuation ("US NATO Russia security guarantees")."""
    return TAG_ROW_MIN_WORDS <= it.n_words <= TAG_ROW_MAX_WORDS and it.stop_ratio <= TAG_ROW_MAX_STOP and not it.ends and not it.dateline
