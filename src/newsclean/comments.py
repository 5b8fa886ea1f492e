"""Reader comments as structured threads, from the blocks labelled comment.

A comment section is cut into comments at their header lines: the headers
:mod:`newsclean.thread` found by their repeated shape, and the rule-found
author lines ("Jane says:") and dated names ("Jane October 23, 2012 at 3:41
pm").  A comment is its header's name and date, and the prose that follows
the header (or, where headers close their comments, precedes it) up to the
next header; buttons ("Reply", "Like"), counters ("12 comments") and the
reply form are not part of any comment.

Depth comes from the headers' indentation where the text keeps it, else
from their numbering ("2.1"); without either the thread is flat.
"""

from __future__ import annotations

import regex

from .dates import find_date, find_time
from .item import Item, Prose
from .labels import Label
from .model import Comment
from .thread import AGO, AUTHOR_VERB, STAMP_WORDS, without_pictures

#: "12 likes", "Like (3)", "▲ 5", "+3", "3 points".
_LIKES = regex.compile(
    r"(?i)(?:^|\s)(?:(\d+)\s*(?:likes?|upvotes?|points?|votes?)\b|likes?\s*\(?(\d+)\)?|[▲⬆👍]\s*(\d+))"
)
_NUMBERING = regex.compile(r"^\d+(?:\.\d+)*\.?\s+")
_LEAD_WORDS = regex.compile(
    r"(?i)^(?:avatar|by|posted\s+by|comment\s+by|reply\s+from|from)\s+"
)
_TRAIL = regex.compile(r"(?i)[\s,|•·\-–—:]*(?:\bon\b|\bat\b|@)?[\s,|•·\-–—:]*$")


def read_comments(items: list[Item]) -> tuple[Comment, ...]:
    """The comments of every comment section, in reading order."""
    out: list[Comment] = []
    i, n = 0, len(items)
    while i < n:
        if items[i].label is not Label.COMMENT:
            i += 1
            continue
        j = i
        while j < n and (items[j].label is Label.COMMENT or _filler(items[j])):
            j += 1
        out.extend(_section(items[i:j], len(out)))
        i = j
    return tuple(out)


def _filler(it: Item) -> bool:
    """A block that may sit between the comments of one section: a widget
    or a number the labeller left apart ("1", "[avatar]")."""
    return it.label in (Label.WIDGET, Label.SOCIAL) and it.n_words <= 3


def _is_header(it: Item) -> bool:
    """A comment's header: a thread header, an author line or a dated name."""
    if it.thread is not None:
        return True
    hit = it.hit
    return hit is not None and hit.family.label is Label.COMMENT and hit.family.name.rsplit(".", 1)[-1] in (
        "author",
        "dated",
    )


def _is_form(it: Item) -> bool:
    """The reply form or a section header: the end of a comment's text."""
    hit = it.hit
    if hit is not None and hit.family.label is Label.COMMENT and hit.family.opens and not _is_header(it):
        return True
    sec = it.section
    return sec is not None and sec.family.name.rsplit(".", 1)[-1] == "form"


def _is_text(it: Item) -> bool:
    """Prose a commenter wrote: not a button, form, counter or stamp."""
    if it.label is not Label.COMMENT:
        return False
    hit = it.hit
    if hit is not None and hit.family.label is Label.COMMENT or _is_form(it):
        return False
    if (it.prose is Prose.BAD and not it.in_thread) or it.n_words == 0:
        return False
    return not _bare_stamp(it.text)


def _bare_stamp(text: str) -> bool:
    """A line that only dates a comment: "September 10, 2012 4:45 AM",
    "7:28 PM [icon_delete]", "2 years ago"."""
    if len(text) > 80:
        return False
    stamp = find_time(text) or AGO.search(text) or find_date(text)
    if stamp is None:
        return False
    rest = regex.sub(r"\[[^\]]*\]", " ", text)
    for found in (find_date(rest), find_time(rest), AGO.search(rest)):
        if found is not None:
            rest = rest.replace(found.group(), " ")
    return len(regex.findall(r"\p{L}{2,}", rest)) <= 1


def _section(block: list[Item], offset: int) -> list[Comment]:
    heads = [k for k, it in enumerate(block) if _is_header(it)]
    if not heads:
        return []
    footer = any(block[k].thread is not None and block[k].thread.footer for k in heads)
    bounds: list[tuple[int, int, int]] = []  # header, first text, last text (exclusive)
    for m, k in enumerate(heads):
        if footer:
            lo = heads[m - 1] + 1 if m else 0
            bounds.append((k, lo, k))
        else:
            hi = heads[m + 1] if m + 1 < len(heads) else len(block)
            hi = next((x for x in range(k + 1, hi) if _is_form(block[x])), hi)
            bounds.append((k, k + 1, hi))
    levels = _depths([block[k] for k in heads])
    comments: list[Comment] = []
    stack: list[tuple[int, int]] = []  # (depth, index) of the open ancestors
    for (k, lo, hi), depth in zip(bounds, levels):
        parts = [it for it in block[lo:hi] if _is_text(it)]
        stamps = [it for it in block[lo:hi] if it.label is Label.COMMENT and not _is_text(it)]
        text = "\n\n".join(it.text for it in parts)
        if not text:
            continue
        head = block[k]
        author, posted = _author_and_date(without_pictures(head.text))
        if posted is None:
            posted = next((_stamp(it.text) for it in stamps if _stamp(it.text)), None)
        likes = next((v for it in (head, *stamps) if (v := _likes(it.text)) is not None), None)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack and depth > 0 else None
        index = offset + len(comments)
        comments.append(Comment(author, text, depth if parent is not None else 0, parent, posted, likes))
        stack.append((depth, index))
    return comments


def _depths(heads: list[Item]) -> list[int]:
    """Depth of each header: the rank of its indentation among the thread's
    indentations; else the depth of its numbering ("2.1" is 1); else 0."""
    indents = sorted({it.indent for it in heads})
    if len(indents) > 1:
        return [indents.index(it.indent) for it in heads]
    dotted = [_NUMBERING.match(it.text) for it in heads]
    if any(m and "." in m.group().strip().rstrip(".") for m in dotted):
        return [m.group().strip().rstrip(".").count(".") if m else 0 for m in dotted]
    return [0] * len(heads)


def _stamp(text: str) -> str | None:
    """The date and time a line gives, as written."""
    from .metadata import date_text

    if AGO.search(text):
        return AGO.search(text).group()
    return date_text(text)


def _author_and_date(text: str) -> tuple[str | None, str | None]:
    """The commenter's name and the date of a header line, as written."""
    m = AUTHOR_VERB.match(text)
    if m:
        name = m.group("name")
    else:
        cut = [x.start() for x in (find_date(text), find_time(text), AGO.search(text)) if x is not None]
        name = text[: min(cut)] if cut else text
    name = _NUMBERING.sub("", name.strip())
    name = _LEAD_WORDS.sub("", name)
    name = _TRAIL.sub("", name).strip(" ,|•·-–—:")
    words = name.split()
    while words and words[-1].casefold() in STAMP_WORDS:
        words.pop()
    name = " ".join(words)
    return (name or None), _stamp(text)


def _likes(text: str) -> int | None:
    m = _LIKES.search(text)
    if not m:
        return None
    value = next(g for g in m.groups() if g)
    return int(value)
