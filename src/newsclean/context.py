"""Second pass: decide every block by its context.

After :mod:`newsclean.region` has found the article's span:

1. The span ends at a comment header that follows enough of the article.
2. Blocks a rule claimed keep the rule's label (a thread's button outside
   any thread is a widget); blocks under a section header ("Read also:",
   "Tags:", "About the author") take the header's label; echoed lines (the
   same text twice) are captions inside the article, teasers outside.
3. Prose inside the span is body; prose in a comment section is comment.
4. The remaining short or doubtful blocks inside the span take the class
   of their nearest decided neighbours, as in jusText's second pass (a
   subheading between two paragraphs is body, a line between a paragraph
   and a menu is not).
5. Outside the span, blocks get a label from their shape (menus of short
   items, lists of headlines, stray prose), and parts without words of
   their own (a time, a counter) take the label of their list.
"""

from __future__ import annotations

import regex

from .bio import author_cards, find_bio
from .classify import lynx_marks_only
from .config import Thresholds
from .item import Item, Prose
from .labels import Label
from .region import (
    SECTION_REACH,
    YIELD_MIN_WORDS,
    find_region,
    in_date_list,
    is_comment_opener,
    late_comments,
)
from .text import LETTER

#: A comment header ends the article once this share of its prose, or this
#: much prose value, is seen before it.
COMMENT_CUT_SHARE, COMMENT_CUT_VALUE = 0.3, 80.0


def _set(it: Item, label: Label, reason: str) -> None:
    it.label = label
    it.reason = reason


def decide(items: list[Item], th: Thresholds, language: str = "en") -> tuple[int, int]:
    """Label every item; returns the article span (start, end inclusive)."""
    s, e, zones = find_region(items, th, language)
    if e >= s:
        e = _cut_comments(items, s, e, zones)
        bio, boxes = find_bio(items, s, e, language)
        if bio is not None:
            e = bio - 1
            _set(items[bio], Label.BYLINE, "byline.bio.author-box")
        late_comments(items, e, zones)
    else:
        boxes = []
    for i, it in enumerate(items):
        if zones[i] and not s <= i <= e and it.hit is None and (it.prose is not Prose.BAD or it.in_thread):
            _set(it, Label.COMMENT, "comment.zone")
    for i, it in enumerate(items):
        if it.hit is None and it.section is not None:
            _set(it, it.section.family.label, f"{it.section.family.reason}.section")
        elif it.hit is not None:
            fam = it.hit.family
            if fam.label is Label.COMMENT and not fam.opens and not zones[i]:
                # A thread's button or a dated name outside any thread.
                _set(it, Label.BYLINE if it.dateline else Label.WIDGET, f"{fam.reason}.outside-comments")
            elif fam.label is Label.BYLINE and zones[i] and not s <= i <= e:
                # A commenter's "By ..." line or date, not the article's.
                _set(it, Label.COMMENT, f"{fam.reason}.in-comments")
            else:
                _set(it, fam.label, fam.reason)
        elif it.echo:
            _set(it, Label.CAPTION if s <= i <= e else Label.RELATED, "shape.echo")
        elif s <= i <= e and it.prose in (Prose.GOOD, Prose.NEAR):
            _set(it, Label.BODY, f"prose.{it.prose.value}")
        elif s <= i <= e and it.value > 0 and not it.code:
            _set(it, Label.BODY, "context.quantities")  # region._weigh_quantities
    for j in boxes:  # an author box printed beside the article's first paragraphs
        _set(items[j], Label.BYLINE, "byline.bio.author-box")
    if e >= s:
        for j in author_cards(items, s, e, language):
            _set(items[j], Label.BYLINE, "byline.author-card")
    _spread_sections(items, zones)
    _box_blurbs(items)
    _revise(items, s, e, th)
    _yield_inside(items, s, e)
    if e >= s:
        s = _yield_at_start(items, s)
        _announced(items, e, zones)
    _label_outside(items, s, e)
    _label_threads(items)
    return s, e


def _label_threads(items: list[Item]) -> None:
    """A thread found by its repeated headers is comments, wherever the
    article's span ended: its headers and the text between them (blocks
    another family of rules claims keep their label)."""
    for it in items:
        if not it.in_thread or it.label is Label.COMMENT:
            continue
        if it.thread is not None:
            _set(it, Label.COMMENT, "comment.thread-head")
        elif it.hit is None and it.label in (Label.BODY, Label.RELATED, Label.NAVIGATION, Label.BYLINE, Label.WIDGET):
            _set(it, Label.COMMENT, "comment.thread")


def _cut_comments(items: list[Item], s: int, e: int, zones: list[bool]) -> int:
    """End the span at a comment header or form that follows enough of the
    article's prose (a share of the span, or COMMENT_CUT_VALUE): what comes
    after it is the thread, even when the thread is longer than the article,
    and a comment zone (a dated name there heads a comment)."""
    total = sum(it.value for it in items[s : e + 1] if it.value > 0)
    need = min(COMMENT_CUT_SHARE * total, COMMENT_CUT_VALUE)
    seen = 0.0
    for i in range(s, e + 1):
        it = items[i]
        if it.value > 0:
            seen += it.value
        if is_comment_opener(it):
            if seen >= need:
                for j in range(i, e + 1):
                    zones[j] = True
                    if items[j].hit is None:
                        _set(items[j], Label.COMMENT, "comment.section")
                return i - 1
    return e


def _spread_sections(items: list[Item], zones: list[bool]) -> None:
    """Comment headers inside a comment section pass their label to the
    short lines under them (other headers' sections are marked by
    :mod:`newsclean.region`).

    A header's reach ends at the next such header, which spreads its own
    label from there on (walking the whole reach from every header cost
    ``SECTION_REACH`` steps per line on a page of headers)."""
    opener = [
        it.hit is not None and it.hit.family.opens and it.hit.family.label is Label.COMMENT and zones[i]
        for i, it in enumerate(items)
    ]
    for i, it in enumerate(items):
        if not opener[i]:
            continue
        reason = f"{it.hit.family.reason}.section"
        for j in range(i + 1, min(len(items), i + 1 + SECTION_REACH)):
            nxt = items[j]
            if nxt.label is not None and nxt.label is not Label.BODY and nxt.label is not Label.COMMENT:
                break
            if nxt.label is None or nxt.label is Label.COMMENT:
                _set(nxt, Label.COMMENT, reason)
            if opener[j]:
                break


#: Boxes whose header may be followed by a line of blurb before their form
#: ("Get our politics newsletter" / "The latest news from our bureau chiefs"
#: / [email field]); the longest blurb.
BLURB_HEADERS = frozenset({"social.newsletter", "appeal.donation", "appeal.donation-call", "appeal.reader-funding"})
BLURB_MAX_WORDS = 40
BLURB_HEADER_MAX_WORDS = 12
#: What the box's form or button is labelled by its rules.
_FORM_LABELS = {Label.WIDGET, Label.APPEAL, Label.SOCIAL, Label.LEGAL}


def _box_blurbs(items: list[Item]) -> None:
    """A short paragraph between a newsletter or donation box's header and
    the box's form or button is the box's blurb, not the article's."""
    for i in range(1, len(items) - 1):
        it = items[i]
        if it.hit is not None or it.n_words > BLURB_MAX_WORDS or it.label not in (Label.BODY, None):
            continue
        head, form = items[i - 1].hit, items[i + 1].hit
        if head is None or head.family.name not in BLURB_HEADERS or items[i - 1].n_words > BLURB_HEADER_MAX_WORDS:
            continue  # a paragraph that speaks of donations is no header
        if form is not None and form.family.label in _FORM_LABELS:
            _set(it, head.family.label, f"{head.family.reason}.blurb")


def _revise(items: list[Item], s: int, e: int, th: Thresholds) -> None:
    """Undecided blocks inside the region take their neighbours' class.

    Decisions are collected first and applied afterwards, so that a run of
    short lines is judged by the decided blocks around the run, as in
    jusText, not by each other.
    """
    decided: list[tuple[Item, Label, str]] = []
    centre = None
    for i in range(s, e + 1):
        it = items[i]
        if it.label is not None:
            continue
        if lynx_marks_only(it.text):
            decided.append((it, Label.WIDGET, "context.lynx-mark"))
            continue
        if it.dateline and not in_date_list(items, i, len(items)):
            decided.append((it, Label.BYLINE, "byline.dateline"))
            continue
        if _alt_text(it):
            decided.append((it, Label.CAPTION, "shape.alt-text"))
            continue
        prev = _neighbour(items, i, -1, s, e)
        nxt = _neighbour(items, i, +1, s, e)
        other = (prev or nxt) and _other_column(it, prev, nxt)
        if other:
            # a heading printed centred is no column beside the text
            centre = page_centre(items) if centre is None else centre
            other = not (centre and _centred(it, centre))
        if other:
            decided.append((it, Label.NAVIGATION, "context.other-column"))
        elif prev and nxt:
            decided.append((it, Label.BODY, "context.code-listing" if it.code else "context.between-body"))
        elif nxt and (it.headline or it.marker or it.ends or _announces(it)) and th.keep_doubtful:
            decided.append((it, Label.BODY, "context.before-body"))
        elif prev and (it.marker or it.ends) and th.keep_doubtful:
            decided.append((it, Label.BODY, "context.after-body"))
    for it, label, reason in decided:
        _set(it, label, reason)
    for i in range(max(0, s - 1), e):
        # a sentence announcing the list, table or quote that was just
        # taken (or the span's first paragraph)
        it = items[i]
        if it.label is None and _announces(it) and items[i + 1].label is Label.BODY and th.keep_doubtful:
            _set(it, Label.BODY, "context.before-body")


#: A paragraph a yielding family matched stays body with this many words,
#: when the nearest blocks of NEIGHBOUR_WORDS words on both sides are body.
NEIGHBOUR_WORDS = 8


def _yield_inside(items: list[Item], s: int, e: int) -> None:
    """A long paragraph between two of the article's paragraphs that a
    family of shared words claimed ("The subscription costs $12.99 a month
    and comes with a free trial" in a review) is the article's."""
    for i in range(s + 1, e):
        it = items[i]
        hit = it.hit
        if hit is None or not hit.family.yields or it.label is not hit.family.label or it.n_words < YIELD_MIN_WORDS:
            continue
        if _wordy_neighbour(items, i, -1, s, e) and _wordy_neighbour(items, i, +1, s, e):
            _set(it, Label.BODY, "context.inside-body")


def _yield_at_start(items: list[Item], s: int) -> int:
    """A long paragraph right above the span that a family of shared words
    claimed, right under the article's byline, dateline or headline ("By
    Jane Doe, 14 November 2010" / "When a few students said they could not
    afford a subscription ..."), is the article's first paragraph: the
    span's new start."""
    i = s - 1
    if i < 1:
        return s
    it, above = items[i], items[i - 1]
    hit = it.hit
    if hit is None or not hit.family.yields or it.label is not hit.family.label or it.n_words < YIELD_MIN_WORDS:
        return s
    if above.dateline or above.headline or (above.hit is not None and above.hit.family.name == "byline.author"):
        _set(it, Label.BODY, "context.under-head")
        return i
    return s


def _wordy_neighbour(items: list[Item], i: int, step: int, s: int, e: int) -> bool:
    """Whether the nearest block of NEIGHBOUR_WORDS words in direction
    ``step`` (within the span) is body."""
    j = i + step
    while s <= j <= e:
        if items[j].n_words >= NEIGHBOUR_WORDS:
            return items[j].label is Label.BODY
        j += step
    return False


#: Blocks a paragraph ending in a colon may announce after the span.
ANNOUNCED_MAX = 40
#: Words of an announcing sentence right after the span.
ANNOUNCING_MIN_WORDS = 6


def _announces(it: Item) -> bool:
    """A sentence that ends in a colon, announcing what follows ("Here are
    the key features:", "Wolfgang Weber, chair of the board, on the draft:")."""
    return it.n_words >= ANNOUNCING_MIN_WORDS and it.upper and it.text.rstrip().endswith(":")


def _announced(items: list[Item], e: int, zones: list[bool]) -> None:
    """The article's last paragraph ends with a colon ("Here is a summary of
    what has been done:"): the list or table it announces is the article's,
    however little prose its rows hold, up to the next block a rule claims
    or another section."""
    last = e
    while last >= 0 and items[last].label is not Label.BODY:
        last -= 1
    if last < 0:
        return
    after = e + 1
    if (
        after < len(items)
        and items[after].label is None
        and items[after].hit is None
        and items[after].n_words >= ANNOUNCING_MIN_WORDS
        and items[after].upper
    ):
        last = after  # the announcing sentence itself, short and unclosed, left out of the span
    if not items[last].text.rstrip().endswith(":"):
        return
    if last == after:
        _set(items[after], Label.BODY, "context.announced")
    indent = items[last].indent
    kind, kind_indent = None, 0  # the announced list's kind of marker, from its first marked row
    for j in range(last + 1, min(len(items), last + 1 + ANNOUNCED_MAX)):
        it = items[j]
        if it.label is not None or it.hit is not None or it.section is not None or zones[j] or it.echo:
            return
        if abs(it.indent - indent) >= COLUMN_DISTANCE:
            return
        mark = _marker_kind(it.marker)
        if mark:
            if kind is None:
                kind, kind_indent = mark, it.indent
            elif mark != kind and it.indent <= kind_indent:
                return  # another list, not one inside it ("1. Startseite" after "• Nr. 34 vom ...")
        _set(it, Label.BODY, "context.announced")


def _marker_kind(marker: str) -> str:
    """"1" for a numbered row, the symbol for a bulleted one, "" for none."""
    m = marker.strip()
    if not m:
        return ""
    return "1" if m[0].isdigit() else ("a" if m[0].isalpha() else m[0])


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


def _neighbour(items: list[Item], i: int, step: int, s: int, e: int) -> Item | None:
    """The nearest decided block in direction ``step`` if it is body."""
    j = i + step
    while s <= j <= e:
        it = items[j]
        if it.label is Label.BODY:
            return it
        if it.label is not None and it.label is not Label.BYLINE and it.label is not Label.CAPTION:
            return None  # a byline or a picture's caption sits between the article's blocks
        if it.label is None and it.prose is Prose.BAD:
            return None
        j += step
    return None


#: Columns apart that put two blocks in different columns of a layout.
COLUMN_DISTANCE = 24


#: Lines that share their middle make a page's centre: at least this many,
#: of as many lengths (a centred heading, a title block).
CENTRED_MIN_LINES = 3
#: How far (characters) a centred line's middle may be from the centre.
CENTRE_SLACK = 2


def page_centre(items: list[Item]) -> float:
    """The column a page centres its lines on (lynx prints a centred heading
    far right of the text, around the middle of its width), or 0 when no
    CENTRED_MIN_LINES one-line blocks of different lengths share a middle."""
    middles: dict[int, set[int]] = {}
    for it in items:
        if it.indent >= COLUMN_DISTANCE and it.first_line == it.last_line:
            middles.setdefault(round(it.indent + len(it.text) / 2), set()).add(len(it.text))
    best, lengths = 0, 0
    for m in middles:
        near = set().union(*(middles.get(k, set()) for k in range(m - 1, m + 2)))
        if len(near) > lengths:
            best, lengths = m, len(near)
    return float(best) if lengths >= CENTRED_MIN_LINES else 0.0


def _centred(it: Item, centre: float) -> bool:
    """A heading of words printed on one line centred on the page's centre
    (not a picture's file name, an embedded frame's address or a date
    stamp, which a page centres too)."""
    return (
        it.first_line == it.last_line
        and abs(it.indent + len(it.text) / 2 - centre) <= CENTRE_SLACK
        and it.n_words >= 2
        and not it.digit
        and _NOT_HEADING.search(it.text) is None
    )


#: What a centred heading of words does not hold: an address, a file's
#: name, lynx's mark of an embedded frame, a picture's bracketed name.
_NOT_HEADING = regex.compile(r"://|\bwww\.|\.(?:gif|jpe?g|png|svg|webp)\b|^(?:IFRAME|\[)|@", regex.I)


def _other_column(it: Item, prev: Item | None, nxt: Item | None) -> bool:
    """Whether ``it`` sits in another column than the body around it (a
    sidebar dumped beside the article)."""
    return all(abs(it.indent - other.indent) >= COLUMN_DISTANCE for other in (prev, nxt) if other is not None)


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
