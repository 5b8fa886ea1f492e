"""Reader comments as structured threads, from the blocks labelled comment.

A comment section is cut into comments at their header lines: the headers
:mod:`newsclean.thread` found by their repeated shape, the rule-found author
lines ("Jane says:") and dated names ("Jane October 23, 2012 at 3:41 pm"),
and -- inside a section, where one is enough -- any line shaped like a
header or a name with a day.  A comment is its header's name and date, and
the prose that follows the header (or, where headers close their comments,
precedes it) up to the next header; buttons ("Reply", "Like"), counters
("12 comments") and the reply form are not part of any comment.

A section without header lines is cut at its marker, the line that repeats
before every comment (a number, a date, an age, a bulleted name), when most
of the comments it starts hold a sentence; a section of one comment is read
from its name line and stamp.  After "No comments yet" there are none.

Depth comes from the headers' indentation where the text keeps it, else
from their numbering ("2.1"); without either the thread is flat.
"""

from __future__ import annotations

import regex

from .dates import find_date, find_time, names_month
from .item import Item, Prose
from .labels import Label
from .model import Comment
from .text import LETTER
from .thread import (
    AUTHOR_VERB,
    AUTHOR_VERB_STAMP,
    BUTTON_ROW,
    HEADER_MAX_WORDS,
    HEADER_WORDS,
    LEADING_NUMBER,
    NAME_MAX_WORDS,
    STAMP_OF_PAIR,
    STAMP_WORDS,
    bare_name,
    find_ago,
    header_text,
    name_line,
    skeleton,
    stamped,
    without_pictures,
    written_text,
)

#: "12 likes", "Like (3)", "▲ 5", "+3", "3 points".
_LIKES = regex.compile(
    r"(?i)(?:^|\s)(?:(\d+)\s*(?:likes?|upvotes?|points?|votes?)\b|likes?\s*\(?(\d+)\)?|[▲⬆👍]\s*(\d+))"
)
_NUMBERING = regex.compile(r"^\d++(?:\.\d++)*+\.?\s++")
_DOTTED_NUMBER = regex.compile(r"^\d++(?:\.\d++)*+[.)](?:\s+|$)")
_FULL_STOP = regex.compile(r"[.!?][\"”')\]]?\s*$")
#: "Career (55)": a category and its count; "Jane (1234)": a user number.
_PAREN_COUNT = regex.compile(r"\(\d+\)")
_YEAR_IN = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD_IN = regex.compile(r"\p{L}{2,}")
_DAY_STAMP = regex.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)|\bago\b")
#: Comments a marker must start, at least.
MARKER_MIN = 2
#: Share of the marked comments that must hold a sentence.
MARKER_WRITTEN = 1 / 2
#: Words of a marker line ("12. November 5, 2012 at 3:41 pm").
MARKER_MAX_WORDS = 8
_DIGIT = regex.compile(r"\d")
_WORDY = regex.compile(r"[\p{L}\d]")
_ROW_COUNT = regex.compile(r"(?:^|[·•|]\s*)(\d+)\s*[·•|]")
_BRACKETS = regex.compile(r"\[[^\]]*\]")
# (?<!\s): a run of spaces is tried from its start only, so it is read once
_NAME_PARTS = regex.compile(r"(?<!\s)\s*(?:[|•·]\s*)++|(?<!\s)\s+[-–—]\s+")
#: Characters that split a header's name (:data:`_NAME_PARTS` needs one).
_PART_SEPARATORS = frozenset("|•·-–—")
#: First characters of a LEADING_NUMBER besides digits, and of _LEAD_WORDS (any case).
_NUMBER_FIRST = frozenset("+-#")
_LEAD_FIRST = frozenset("abcfpr")
_LEAD_WORDS = regex.compile(
    r"(?i)^(?:avatar|by|posted\s+by|comment(?:ed)?\s+by|reply\s+from|from|reply)\s*:?\s+"
)
_EMPTY = regex.compile(r"(?i)^(?:" + "|".join(regex.escape(w) for w in HEADER_WORDS["empty_notices"]) + r")\b")
#: Words beside a comment's date that name no one: "Posted ... | Permalink".
_STAMP_EXTRA = frozenset(HEADER_WORDS["stamp_extra_words"])
#: Words around a stamp that are not the commenter's name.
_NOT_NAME = frozenset(HEADER_WORDS["not_name_words"])
#: The unions the readers test words against (made once, not per word).
_BARE_STAMP_WORDS = STAMP_WORDS | _STAMP_EXTRA
_NOT_A_NAME = STAMP_WORDS | _NOT_NAME


def read_comments(items: list[Item]) -> tuple[Comment, ...]:
    """The comments of every comment section, in reading order.  After a
    notice that there are none ("No comments yet"), sections give none
    until another comment header opens one."""
    out: list[Comment] = []
    empty = False
    i, n = 0, len(items)
    while i < n:
        if items[i].label is not Label.COMMENT:
            i += 1
            continue
        j = i
        while j < n and (items[j].label is Label.COMMENT or _filler(items[j])):
            j += 1
        block = items[i:j]
        opener = next((k for k, it in enumerate(block) if _opens(it)), None)
        if any(_EMPTY.match(it.text) for it in block):
            empty = True
        elif opener is not None:
            empty = False
        if not empty:
            out.extend(_section(block, len(out)))
        i = j
    return tuple(out)


def _opens(it: Item) -> bool:
    hit = it.hit
    return hit is not None and hit.family.label is Label.COMMENT and hit.family.opens


def _filler(it: Item) -> bool:
    """A block that may sit between the comments of one section: a widget,
    a number or a name the labeller left apart ("1", "[avatar]", "Jane")."""
    return it.label in (Label.WIDGET, Label.SOCIAL, Label.NAVIGATION) and it.n_words <= 4


def _is_header(it: Item, bare: bool) -> bool:
    """A comment's header: a thread header, an author line or a dated name
    (or a byline inside the comments: "by Jane (1234) writes: on ...");
    ``bare`` is :func:`_bare_stamp` of its text."""
    if it.thread is not None:
        return True
    hit = it.hit
    if hit is None:
        return False
    kind = hit.family.name.rsplit(".", 1)[-1]
    if hit.family.label is Label.BYLINE:
        # a commenter's byline is dated or has buttons ("Posted by: Jane |
        # June 8, 2012", "Posted by Jane | Report as abusive"); a widget's
        # credit ("by Transposh - translation plugin") has neither
        return it.label is Label.COMMENT and kind == "author" and (stamped(it.text) or _buttons(it.text))
    return (
        hit.family.label is Label.COMMENT
        and kind in ("author", "dated")
        and not bare  # "September 10, 2012 4:45 AM" under a comment
    )


def _is_form(it: Item, header: bool) -> bool:
    """The reply form or a section header: the end of a comment's text;
    ``header`` is :func:`_is_header` of the line."""
    hit = it.hit
    if hit is not None and hit.family.label is Label.COMMENT and hit.family.opens and not header:
        return True
    sec = it.section
    return sec is not None and sec.family.name.rsplit(".", 1)[-1] == "form"


def _dated(it: Item) -> bool:
    """A comment's date line by the rules ("October 10, 2012 at 12:16 pm")."""
    hit = it.hit
    return hit is not None and hit.family.name == "comment.dated"


def _is_text(it: Item, form: bool, bare: bool) -> bool:
    """Prose a commenter wrote: not a button, form, counter or stamp."""
    if it.label is not Label.COMMENT:
        return False
    hit = it.hit
    if hit is not None and hit.family.label is Label.COMMENT or form:
        return False
    if (it.prose is Prose.BAD and not it.in_thread) or it.n_words == 0:
        return False
    return not bare


class _Lines:
    """The facts of a section's lines that several readers ask for, each
    computed once per line: a bare stamp, a header, the reply form, a
    header's shape, and the commenter's own text."""

    __slots__ = ("block", "bare", "header", "form", "shaped", "text")

    def __init__(self, block: list[Item]):
        self.block = block
        self.bare = [_bare_stamp(it.text) for it in block]
        self.header = [_is_header(it, b) for it, b in zip(block, self.bare)]
        self.form = [_is_form(it, h) for it, h in zip(block, self.header)]
        self.shaped = [_shaped(it) for it in block]
        self.text = [
            _is_text(it, f, b) and not sh for it, f, b, sh in zip(block, self.form, self.bare, self.shaped)
        ]

    def next_form(self, lo: int, hi: int) -> int:
        """The first reply form in ``lo``..``hi``, else ``hi``."""
        return next((x for x in range(lo, hi) if self.form[x]), hi)

    def header_part(self, k: int) -> bool:
        """A line of a comment's header beside its marker: a name or a stamp."""
        it = self.block[k]
        return (name_line(it) and not _buttons(it.text)) or self.bare[k]


def _bare_stamp(text: str) -> bool:
    """A line that only dates a comment: "September 10, 2012 4:45 AM",
    "7:28 PM [icon_delete]", "2 years ago"."""
    if len(text) > 80 or (_DIGIT.search(text) is None and " ago" not in text.casefold()):
        return False
    stamp = find_time(text) or find_ago(text) or find_date(text)
    if stamp is None:
        return False
    rest = _BRACKETS.sub(" ", text)
    for found in (find_date(rest), find_time(rest), find_ago(rest)):
        if found is not None:
            rest = rest.replace(found.group(), " ")
    words = [w.casefold() for w in rest.split() if LETTER.search(w)]
    return all(w.strip(".,:;|()") in _BARE_STAMP_WORDS for w in words)


def _section(block: list[Item], offset: int) -> list[Comment]:
    lines = _Lines(block)
    is_text = lines.text
    heads = _heads(lines)
    # a marker repeated before more comments than the headers found cuts
    # the section instead ("• NFreak007" before each comment, a stray
    # dated line among them)
    marks = _markers(lines)
    marked = len(marks) > len(heads)
    if marked:
        heads = marks
    if not heads:
        return _lone_comment(lines)
    # a marker begins its comment; headers may close theirs
    footer = not marked and (
        any(block[k].thread is not None and block[k].thread.footer for k in heads) or _footers(lines, heads)
    )
    bounds: list[tuple[int, int, int]] = []  # header, first text, last text (exclusive)
    for m, k in enumerate(heads):
        if footer:
            lo = heads[m - 1] + 1 if m else 0
            bounds.append((k, lo, k))
        else:
            hi = heads[m + 1] if m + 1 < len(heads) else len(block)
            hi = lines.next_form(k + 1, hi)
            bounds.append((k, k + 1, hi))
    levels = _depths([block[k] for k in heads])
    comments: list[Comment] = []
    stack: list[tuple[int, int]] = []  # (depth, index) of the open ancestors
    for (k, lo, hi), depth in zip(bounds, levels):
        head = block[k]
        row = None
        if marked:
            lo, author, posted = _marker_header(lines, k, hi)
            header_lines = [block[x] for x in range(k, lo) if not is_text[x] or lines.header_part(x)]
        else:
            header_lines = [head]
            row = BUTTON_ROW.match(head.text)
            author, posted = _author_and_date(header_text(head))
        texts = [x for x in range(lo, hi) if is_text[x]]
        stamps = [block[x] for x in range(lo, hi) if not is_text[x] and block[x].label is Label.COMMENT]
        while marked and len(texts) > 1 and lines.header_part(texts[-1]) and not _sentence(block[texts[-1]]):
            texts.pop()  # "Mary J." over the next marker: the next comment's name
        parts = [block[x] for x in texts]
        if not parts:
            continue
        if row:
            # a plugin's comment: the name on its first line, the age in the row
            author, posted = None, row.group("age")
            if len(parts) >= 2 and name_line(parts[0]):
                header_lines = [parts[0], head]
                author, parts = parts[0].text, parts[1:]
        if posted is None:
            for dated in stamps:  # the first line under the header that dates it
                posted = _stamp(dated.text)
                if posted:
                    header_lines.append(dated)
                    break
        likes = next((v for it in (head, *stamps) if (v := _likes(it.text)) is not None), None)
        if likes is None and row:
            count = _ROW_COUNT.search(head.text)
            likes = int(count.group(1)) if count else None
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack and depth > 0 else None
        text = "\n\n".join(it.text for it in parts)
        header = "\n".join(it.text for it in _in_order(header_lines)) or None
        comments.append(Comment(author, text, depth if parent is not None else 0, parent, posted, likes, header))
        stack.append((depth, offset + len(comments) - 1))
    return comments


def _lone_comment(lines: _Lines) -> list[Comment]:
    """The one comment of a section whose header is a name line and a stamp
    over its text ("ChipperisGod" / "August 9th, 2012" / "2:13 pm" / text),
    up to the reply form."""
    block, is_text = lines.block, lines.text
    first = next((k for k, t in enumerate(is_text) if t and not lines.header_part(k)), None)
    if first is None:
        return []
    head = [k for k in range(first) if not lines.form[k]]
    names = [
        block[k] for k in head
        if name_line(block[k]) and not _buttons(block[k].text) and not lines.bare[k] and not _PAREN_COUNT.search(block[k].text)
    ]
    stamps = [block[k] for k in head if lines.bare[k]]
    # a day, not a month of an archive ("August 2012")
    if not (names and any(_DAY_STAMP.search(it.text) or find_time(it.text) for it in stamps)):
        return []
    hi = lines.next_form(first, len(block))
    parts = [block[x] for x in range(first, hi) if is_text[x]]
    if not any(written_text(it) and not it.marker for it in parts):
        return []
    posted = " ".join(st.text for st in stamps[:2])
    header = "\n".join(it.text for it in _in_order([names[-1], *stamps[:2]]))
    return [Comment(bare_name(names[-1].text), "\n\n".join(it.text for it in parts), 0, None, posted, None, header)]


def _in_order(lines: list[Item]) -> list[Item]:
    """Header lines with words, once each, in reading order."""
    kept = {id(it): it for it in lines if _WORDY.search(it.text)}
    return sorted(kept.values(), key=lambda it: it.start)


def _footers(lines: _Lines, heads: list[int]) -> bool:
    """Whether the headers close their comments: text before the first one
    and none after the last ("... text / Posted by: Jane | June 8, 2012")."""
    block, is_text = lines.block, lines.text
    first, last = heads[0], heads[-1]
    hi = lines.next_form(last + 1, len(block))
    before = any(t and not it.marker and written_text(it) for t, it in zip(is_text[:first], block))
    return before and not any(is_text[last + 1 : hi])


def _markers(lines: _Lines) -> list[int]:
    """Where the comments of a section without header lines begin: at the
    line that repeats with every comment -- a number, a date or both ("1.
    November 5, 2012", "2. [avatar]", "Aug 8 2012"), or a bulleted name
    ("• h4rm0ny", a Disqus list).  Most comments it starts must hold a
    sentence (a list of dated headlines or an archive of months is no
    thread); without such a line, where one comment ends and the next begins
    is unknown and the section gives no comments."""
    block, is_text = lines.block, lines.text
    marks: dict[str, list[int]] = {}
    for k, it in enumerate(block):
        shape = _marker_shape(it)
        if shape is not None:
            marks.setdefault(shape, []).append(k)
    for idx in sorted(marks.values(), key=lambda idx: (-len(idx), idx[0])):
        if len(idx) < MARKER_MIN:
            break
        ends = idx[1:] + [len(block)]
        texts = [[x for x in range(k + 1, hi) if is_text[x] and not lines.header_part(x)] for k, hi in zip(idx, ends)]
        written = sum(any(_sentence(block[x]) for x in xs) for xs in texts)
        if written >= MARKER_MIN and written >= MARKER_WRITTEN * len(idx):
            return idx
    return []


def _sentence(it: Item) -> bool:
    """A paragraph a commenter wrote, not an item of a list: prose, or a
    sentence of a few words ("Actually, yes we do.")."""
    if it.marker:
        return False
    return it.prose in (Prose.GOOD, Prose.NEAR) or (it.n_words >= 3 and _FULL_STOP.search(it.text) is not None)


def _marker_header(lines: _Lines, k: int, hi: int) -> tuple[int, str | None, str | None]:
    """Where a marked comment's text begins, its author and its date: the
    marker, then name lines, stamps and pictures."""
    block, is_text = lines.block, lines.text
    author = posted = None
    x = k
    while x < hi and (x == k or not is_text[x] or lines.header_part(x)):
        it = block[x]
        if author is None and name_line(it) and not _buttons(it.text):
            author = bare_name(it.text)
        elif posted is None:
            posted = _stamp(_unnumbered(it.text))
        x += 1
    return x, author, posted


def _unnumbered(text: str) -> str:
    """A marker without its number, unless the number is the date's day:
    "1. November 5, 2012" is dated November 5, "23. Oktober 2012" the 23rd."""
    m = _DOTTED_NUMBER.match(text)
    if m is None:
        return text
    whole, rest = find_date(text), find_date(text[m.end() :])
    if rest is not None and (whole is None or len(rest.group()) >= len(whole.group())):
        return text[m.end() :]
    return text


def _buttons(text: str) -> bool:
    """A line of buttons or stamp words ("Log in to Reply"), not a name."""
    return any(w.casefold().strip(".,:;|()") in _STAMP_EXTRA for w in text.split())


def _marker_shape(it: Item) -> str | None:
    """The shape of a line that may mark a comment: a short line of a number
    and/or a date, with its digits and words reduced to their kind, or a
    bulleted name."""
    if it.n_words > HEADER_MAX_WORDS or it.prose is Prose.GOOD:
        return None
    if _DOTTED_NUMBER.match(it.text) and name_line(it) and not _buttons(it.text):
        return "0. name"  # "1. 1. Al", "2. 2. Subversive"
    if it.marker and not it.marker[0].isdigit() and name_line(it) and not _buttons(it.text) and not _PAREN_COUNT.search(it.text):
        return "name"
    if _DIGIT.search(it.text) is None:
        return None
    text = without_pictures(it.text)
    ago = find_ago(text)
    if ago is not None and ago.start() == 0 and it.n_words <= 4:  # "3 hours ago"
        return "ago"
    numbered = _DOTTED_NUMBER.match(text)
    date = find_date(text)
    if date is None and not (numbered and numbered.end() == len(text)):
        return None
    if date is not None and text[: date.start()].strip(" ,|·•-–") and not numbered:
        return None  # words before the date: a name or a headline, not a marker
    if date is not None and numbered:
        # "1. Jamie Wayne, on November 7th, 2012 // Twitter: @jamie": the
        # number and the date's shape, whatever name stands between
        return "0. " + skeleton(date.group())
    if it.n_words > MARKER_MAX_WORDS:
        return None
    return skeleton(text)


def _shaped(it: Item) -> bool:
    """A line shaped like a comment header ("questions said...", "Wesley
    Fryer10/8/12 8:26 PM"): inside a comment section one is enough, no
    thread of them is needed."""
    if it.thread is not None or it.label is not Label.COMMENT:
        return False
    shape = it.shape
    if shape is None or shape.startswith("bare:") or shape == STAMP_OF_PAIR:
        return _dated_name(it)
    # a name must be read from it ("Screen Shot 2012-11-01 at 9.41" names no one)
    return shape == "row" or _author(header_text(it)) is not None


def _dated_name(it: Item) -> bool:
    """A name and a day without a time, inside a comment section: "October
    15, 2012 | Unregistered CommenterDanae", "Designrshub | Design Magazine
    August 9, 2012"."""
    if it.n_words > HEADER_MAX_WORDS or it.prose is not Prose.SHORT or _DIGIT.search(it.text) is None:
        return False
    text = header_text(it)
    date = find_date(text)
    if date is None or not _DAY_STAMP.search(date.group()) or not (_YEAR_IN.search(date.group()) or names_month(date.group())):
        return False
    name = [w for w in _WORD_IN.findall(text[: date.start()] + " " + text[date.end() :]) if w.casefold() not in STAMP_WORDS]
    return 1 <= len(name) <= NAME_MAX_WORDS


def _heads(lines: _Lines) -> list[int]:
    """Indices of the comments' header lines in a section."""
    block, is_text, shaped = lines.block, lines.text, lines.shaped
    heads: list[int] = []
    # last_text[k]: the last index before k that holds a comment's text, so
    # that "is there text between the last header and this one" is one
    # look-up (scanning the gap again for every header was quadratic on a
    # run of headers without text).
    last_text, seen = [], -1
    for flag in is_text:
        last_text.append(seen)
        if flag:
            seen = len(last_text) - 1
    for k, it in enumerate(block):
        if not (lines.header[k] or shaped[k]):
            if not (k and _dated(it) and name_line(block[k - 1]) and (not heads or heads[-1] < k - 1)):
                continue
            k -= 1  # "Courtney Young" over "October 10, 2012 at 12:16 pm"
        if heads and it.thread is None and last_text[k] <= heads[-1]:
            continue  # the date line under "Jane says:" is part of its header
        heads.append(k)
    return heads


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

    ago = find_ago(text)
    return ago.group() if ago is not None else date_text(text)


def _author_and_date(text: str) -> tuple[str | None, str | None]:
    """The commenter's name and the date of a header line, as written."""
    return _author(text), _stamp(text)


def _author(text: str) -> str | None:
    """The commenter's name in a header line, as written."""
    m = AUTHOR_VERB.match(text) or AUTHOR_VERB_STAMP.match(text)
    name = m.group("name") if m else text
    if m and "(" in name:
        name = _PAREN_COUNT.sub(" ", name)
    digit = _DIGIT.search(name) is not None  # every date and time has one
    for found in (find_date(name) if digit else None, find_time(name) if digit else None, find_ago(name)):
        if found is not None:
            name = name.replace(found.group(), "|")
    name = name.strip()
    if name[:1] in _NUMBER_FIRST or name[:1].isdigit():
        name = LEADING_NUMBER.sub("", name)
    # the first part that names someone: "Jane, on <date> // Twitter: @jane"
    # (the cheap tests first: the characters the patterns need)
    parts = [name] if _PART_SEPARATORS.isdisjoint(name) else _NAME_PARTS.split(name)
    for part in parts:
        part = part.strip()
        if part[:1].lower() in _LEAD_FIRST:
            part = _LEAD_WORDS.sub("", part)
        words = [w for w in part.split() if w.strip(",:;()").casefold() not in _NOT_A_NAME]
        part = " ".join(words).strip(" ,:;-–—/")
        if LETTER.search(part):
            return part
    return None


def _likes(text: str) -> int | None:
    m = _LIKES.search(text)
    if not m:
        return None
    value = next(g for g in m.groups() if g)
    return int(value)
