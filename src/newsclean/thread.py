"""Comment threads found by their shape.

A thread is the same kind of header line repeated, with the commenters'
prose between: "Jane Doe 07.15.12 at 11:59", "by james on January 31, 2011
at 9:59 am.", "Jane • 2 years ago", "Avatar laker48 says:", "tRiSh said...".
One such line is a byline; THREAD_MIN of them with one shape, each a few
blocks from the next and with prose between, are the heads of comments.

The shape of a header is what stays when its name is taken away: the verb
of an author line ("says:", "said..."), or the stamp from its first digit
on, with digits and words reduced to their kind ("00.00.00 a 00:00").  A
stamp needs a time of day or an "ago": a date alone is how teaser cards
and archives are dated too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .datafiles import read_toml
from .dates import find_date, find_time, names_month, unglued
from .item import Item, Prose
from .labels import Label
from .text import LETTER, without_web_addresses

#: Words of header lines, by kind (data/threads.toml).
HEADER_WORDS: dict[str, list[str]] = read_toml("threads.toml")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


#: Headers of one thread, at least.
THREAD_MIN = 3
#: Two headers, or more when another sign of comments is near.
THREAD_MIN_WITH_EVIDENCE = 2
#: Blocks at most between two headers of one thread.
THREAD_GAP = 14
#: A header line is short.
HEADER_MAX_WORDS = 14
HEADER_MAX_CHARS = 160
#: Words of the name before the stamp.
NAME_MAX_WORDS = 6
#: Words after the stamp ("said:", "| Reply", "— Jane Doe (not verified)").
TAIL_MAX_WORDS = 6

AGO = regex.compile(
    r"(?i)\b(?:\d+|an?)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)"
    r"\s+ago\b"
)
#: The buttons and age under a comment of a social-network plugin:
#: "Like · Reply · 3 · 2y", "Like · Reply · Mark as spam · 12w".
BUTTON_ROW = regex.compile(
    r"(?i)^(?:(?:" + _alternatives(HEADER_WORDS["plugin_buttons"]) + r"|\d+)\s*[·•|]\s*){1,6}(?P<age>\d+\s*[ywdhm])\s*$"
)
#: "Jane says:", "Jane wrote:", "Jane said...", "Avatar Jane says" -- the
#: verb is lower case ("Chief Says" ends a headline) unless a colon follows.
AUTHOR_VERB = regex.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?i:avatar)\s+)?(?P<name>\S.{0,80}?)\s+"
    r"(?P<verb>" + _alternatives(HEADER_WORDS["author_verbs"])
    + r"|(?:" + _alternatives(w.capitalize() for w in HEADER_WORDS["author_verbs"]) + r")(?=\s*:))\s*(?::|,|\.\.\.|…)?\s*$"
)
#: "Jane says: 11/2/2012", "by Jane (1234) writes: on Monday July 23, @08:35PM
#: (#40744049)": the verb, then the comment's stamp.
AUTHOR_VERB_STAMP = regex.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?i:avatar)\s+)?(?P<name>\S.{0,80}?)\s+"
    r"(?P<verb>" + _alternatives(HEADER_WORDS["author_verbs"]) + r")(?:\s*:|\s+(?i:on|at)\b)\s*(?P<tail>\S.{0,100})$"
)
#: Words of a dateline that are not a name ("Posted on", "Updated at").
STAMP_WORDS = frozenset(HEADER_WORDS["stamp_words"])
STAMP_OF_PAIR = "stamp-of-pair"
#: The shape of numbered names with a date but no time: a thread only next to
#: a comment section's header.
WEAK = "numbered:"
#: A year, or a numeric date with a short year: a comment's stamp has one
#: ("Monday 2:30PM" dates a teaser).
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)")
_ARTICLE_STAMP = regex.compile(r"(?i)\b(?:" + _alternatives(HEADER_WORDS["article_stamp_words"]) + r")\b")
#: Numbers and votes before a header's name: "12. ", "1. 2 ", "+4 #1 ", "#3 ".
# Possessive runs and a look-behind: a run of digits or of "1.1.1." is
# tried once, not from every digit of it (quadratic under ``finditer``).
_DOTTED = regex.compile(r"(?<!\d)\d++[.)]\s")
LEADING_NUMBER = regex.compile(r"^(?:[+-]?\d++(?:\.\d++)*+[.)]?\s++|#\d++\s++)++")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*")
#: Words of a comment text that needs no sentence end.
COMMENT_WORDS = 12
_SENTENCE_END = regex.compile(r"[.!?…)\]\"”'»:]\s*$|[:;]-?[()DPp]\s*$")
#: Bullets before a name in a rendered list (w3m marks each level with its own).
BULLETS = "•·○●□■◦▪◆◇☆★*-– "
#: Words of a line that holds only a name.
NAME_LINE_MAX_WORDS = 4
_PICTURE = regex.compile(r"\[[^\]]{0,80}\]")
_VERB = regex.compile(r"(?i)\b(?:" + _alternatives(HEADER_WORDS["author_verbs"]) + r")\b")
_HINT = regex.compile(r"\d|(?i:" + _alternatives(HEADER_WORDS["author_verbs"]) + r"|\ban?\s+\w+\s+ago\b)")
_UPPER_START = regex.compile(r"\p{Lu}")
_NOT_A_NAME = regex.compile(r"(?<!\b\p{Lu})\.$|[!?:;]$|(?<!\p{L})\d{3}")  # "Mita B.", "Badboy969": names
_LETTERS = regex.compile(r"\p{L}+")
_DIGITS = regex.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Thread:
    """Item indices of a thread's headers, and its span (inclusive)."""

    headers: tuple[int, ...]
    start: int
    end: int
    #: The headers follow their comment's text ("... text / by X on <date>").
    footer: bool


def header_shape(it: Item) -> str | None:
    """The shape of a comment header, or None when the block is none."""
    if len(it.text) > HEADER_MAX_CHARS or it.prose is Prose.GOOD:
        return None
    if it.n_words > HEADER_MAX_WORDS and len(without_web_addresses(it.text).split()) > HEADER_MAX_WORDS:
        return None  # a commenter's home page counts as one word
    if not _hinted(it):  # no digit, no verb: no header (the cheap test first)
        return None
    if ("·" in it.text or "•" in it.text or "|" in it.text) and BUTTON_ROW.match(it.text):  # its separators
        return "row"  # "Like · Reply · 3 · 2y" closes a comment of a social plugin
    text = header_text(it)
    if _VERB.search(text):
        m = AUTHOR_VERB.match(text)
        if m and 0 < len(m.group("name").split()) <= NAME_MAX_WORDS:
            return "verb:" + m.group("verb")
        m = AUTHOR_VERB_STAMP.match(text)
        if m and len(m.group("name").split()) <= NAME_MAX_WORDS and stamped(m.group("tail")):
            return "verb:" + m.group("verb")
    weak = False
    stamp = find_ago(text)
    if stamp is None:
        # a time of day with a date: a time alone heads a live blog's entries
        stamp = find_time(text)
        if stamp is None and not _DOTTED.match(text):
            return None
        date = find_date(text)
        if date is None or not (_YEAR.search(text) or names_month(date.group())):
            return None
        if stamp is None:
            # a date alone heads a comment only when numbered ("1. Jamie, on
            # November 7th, 2012", checked above), and only near a comment
            # section's header
            stamp, weak = date, True
    date = find_date(text)
    numbered = LEADING_NUMBER.match(text)
    if numbered and (date is None or date.start() >= numbered.end()):
        # "12. Jane on October 23rd, 2012 1:37 pm", "+4 #1 munya 2011-06-02
        # 13:28": the comment's number or votes are not its stamp (but "23.
        # Oktober 2012" is a date)
        text = text[numbered.end() :]
        date = find_date(text)
        stamp = find_ago(text) or find_time(text) or (date if weak else None)
        if stamp is None:  # pragma: no cover - the stamp was after the number
            return None
    elif weak:
        return None  # "23. Oktober 2012": the number is the date's day
    first = min(stamp.start(), date.start()) if date else stamp.start()
    lead = text[:first]
    if _ARTICLE_STAMP.search(lead):
        return None  # "Updated July 23, 2012, 11:27 p.m.": the article's dateline
    lead = without_web_addresses(lead)
    name = [w for w in _WORD.findall(lead) if w.casefold() not in STAMP_WORDS]
    if len(name) > NAME_MAX_WORDS:
        return None
    tail = text[stamp.end():].split()
    if len(tail) > TAIL_MAX_WORDS:
        return None
    if not name:  # "3. on 2012-10-16 at 8:35 am Jesse Good": the name after the stamp
        name = [w for w in tail if _UPPER_START.match(w)]
    # what follows the stamp ("Reply", "[icon]", "said:") varies within a thread
    shape = skeleton(text[first : stamp.end()])
    # without a name, the stamp heads a comment only under a name line
    # ("• Barry Joseph" / "September 27th, 2012 at 11:01 pm"): a bare stamp
    # dates a teaser as well as a comment
    if weak:
        return WEAK + shape if name else None
    return ("stamp:" if name else "bare:") + shape


#: The verbs of :data:`_HINT` as plain substrings of a lowered ASCII line.
_VERB_LETTERS = re.compile("|".join(re.escape(v) for v in sorted({v.lower() for v in HEADER_WORDS["author_verbs"]})))


def _hinted(it: Item) -> bool:
    """``_HINT.search(it.text) is not None``: a digit (a fact of the block),
    or in a line of ASCII, where ignoring case is lowering it, a verb's
    letters or "ago" -- plain substring tests before the search."""
    if it.digit:
        return True
    text = it.text
    if it.digit is None or not text.isascii():
        return _HINT.search(text) is not None
    low = text.lower()
    if _VERB_LETTERS.search(low) is not None:
        return True
    return "ago" in low and _HINT.search(text) is not None


def skeleton(text: str) -> str:
    """A line with its digits and words reduced to their kind ("12. Nov 5,
    2012" -> "0. a 0, 0"): what stays the same from one comment's header to
    the next."""
    # two plain substitutions, no callback: no character is both a letter
    # and a digit, and an "a" put in joins no two runs of digits
    return _DIGITS.sub("0", _LETTERS.sub("a", text))


def stamped(text: str) -> bool:
    """Whether a text dates something: a date, a time or an age."""
    return find_ago(text) is not None or find_date(text) is not None or find_time(text) is not None


def name_line(it: Item) -> bool:
    """A line that is only a commenter's name: "• [def1b5] Barry Joseph",
    "1. [avatar] hunt"."""
    text = bare_name(it.text)
    words = text.split()
    return (
        1 <= len(words) <= NAME_LINE_MAX_WORDS
        and len(text) <= 60
        and not (len(words) > 1 and text.isupper())  # "HEALTH INDUSTRY": a section's name
        and not _NOT_A_NAME.search(text)
        and it.hit is None
    )


def bare_name(text: str) -> str:
    """A name line without its bullet, numbers and pictures: "1. [avatar]
    hunt" -> "hunt"."""
    return LEADING_NUMBER.sub("", without_pictures(text).lstrip(BULLETS)).strip()


def find_ago(text: str) -> regex.Match[str] | None:
    """An age ("2 years ago", "an hour ago"): :data:`AGO`, searched only
    in text that holds its last word (in any case), as few lines do."""
    return AGO.search(text) if "ago" in text.lower() else None


def header_text(it: Item) -> str:
    """The text a block is read with as a comment header: without its
    pictures and with a name and a date glued to it apart.  Computed once
    per block (the thread finder and the comment reader both read it)."""
    text = it.header_text
    if text is None:
        text = it.header_text = unglued(without_pictures(it.text))
    return text


def without_pictures(text: str) -> str:
    """A line without the bracketed picture names a dump leaves ("[22d81]")."""
    return " ".join(_PICTURE.sub(" ", text).split()) if "[" in text else text


def find_threads(items: list[Item], evidence: list[bool]) -> list[Thread]:
    """Threads of repeated header shapes; ``evidence[i]`` says block i is a
    comment header, form or button by the rules."""
    by_shape: dict[str, list[int]] = defaultdict(list)
    shapes: list[str | None] = []
    for it in items:
        it.shape = header_shape(it)
        shapes.append(it.shape)
    for i, shape in enumerate(shapes):
        if shape is not None and shape.startswith("bare:"):
            # the header is the name line above the stamp
            shapes[i] = None
            if i > 0 and shapes[i - 1] is None and name_line(items[i - 1]):
                shapes[i - 1] = "pair:" + shape[5:]
                shapes[i] = STAMP_OF_PAIR
    for i, shape in enumerate(shapes):
        if shape is not None and shape != STAMP_OF_PAIR:
            by_shape[shape].append(i)
    threads: list[Thread] = []
    for shape, idx in by_shape.items():
        if len(idx) < THREAD_MIN_WITH_EVIDENCE:
            continue
        chain = [idx[0]]
        for a, b in zip(idx, idx[1:]):
            if b - a <= THREAD_GAP and _text_between(items, shapes, a, b) and not _opener_between(items, a, b):
                chain.append(b)
                continue
            _close(items, shapes, evidence, chain, threads, shape.startswith(WEAK))
            chain = [b]
        _close(items, shapes, evidence, chain, threads, shape.startswith(WEAK))
    threads.sort(key=lambda t: t.start)
    return threads


def _text_between(items: list[Item], shapes: list[str | None], a: int, b: int) -> bool:
    """Whether a commenter's words stand between two headers: a sentence,
    not only headlines (teaser cards repeat a name and a date too)."""
    return any(shapes[k] is None and items[k].hit is None and written_text(items[k]) for k in range(a + 1, b))


def _opener_between(items: list[Item], a: int, b: int) -> bool:
    """A comment section's header ("Comments", "3 Responses") between two
    header-like lines: the first is the article's byline."""
    for k in range(a + 1, b):
        hit = items[k].hit
        if hit is not None and hit.family.label is Label.COMMENT and hit.family.opens and items[k].thread is None:
            return True
    return False


def written_text(it: Item) -> bool:
    """Words a person wrote: a sentence ("NATO rocks.", "Lovely!") or a
    longer run of words."""
    return it.n_words >= COMMENT_WORDS or (it.n_words >= 1 and _SENTENCE_END.search(it.text) is not None)


def _close(
    items: list[Item],
    shapes: list[str | None],
    evidence: list[bool],
    chain: list[int],
    out: list[Thread],
    weak: bool = False,
) -> None:
    if len(chain) < THREAD_MIN_WITH_EVIDENCE:
        return
    if _one_author(items, chain) and not any(evidence[max(0, chain[0] - THREAD_GAP) : chain[-1] + 1]):
        return  # no comment section's header or form around it
    first, last = chain[0], chain[-1]
    if len(chain) < THREAD_MIN or weak:
        near = range(max(0, first - THREAD_GAP), min(len(items), last + THREAD_GAP + 1))
        if not any(evidence[k] for k in near if k not in chain):
            return
    # Text before the first header and none after the last: the headers
    # close their comments.
    before = _text_run(items, shapes, first, -1)
    after = _text_run(items, shapes, last, +1)
    footer = before > 0 and after == 0
    if footer:
        # the first comment is about as long as the others, not the article
        gaps = sorted(b - a - 1 for a, b in zip(chain, chain[1:]))
        before = min(before, gaps[len(gaps) // 2])
    start = first - before if footer else first
    end = last if footer else last + after
    out.append(Thread(tuple(chain), start, end, footer))


def _one_author(items: list[Item], chain: list[int]) -> bool:
    """Every header is signed by one and the same name (the name the header
    holds, or the name line just above it -- the previous post's signature
    when the stamp heads the next; the first header may have none): one
    author's posts on a blog's page, not readers' comments, which many
    people write."""
    names = set()
    unsigned = 0
    for h in chain:
        it = items[h]
        if it.shape is not None and it.shape.startswith("pair:"):
            names.add(bare_name(it.text).casefold())
            continue
        k = h - 1
        while k > 0 and LETTER.search(items[k].text) is None:
            k -= 1  # a rule drawn between the signature and the stamp ("____" in lynx)
        if k >= 0 and name_line(items[k]):
            names.add(bare_name(items[k].text).casefold())
        else:
            unsigned += 1
        if len(names) > 1 or unsigned > 1:
            return False
    return len(names) == 1 and len(chain) - unsigned >= 2


def _text_run(items: list[Item], shapes: list[str | None], i: int, step: int) -> int:
    """How many blocks of comment text run from block i (exclusive) in a
    direction, up to THREAD_GAP, stopping at a rule-decided block of
    another kind."""
    n = 0
    last_text = 0
    k = i + step
    while 0 <= k < len(items) and n < THREAD_GAP:
        it = items[k]
        if shapes[k] is not None and shapes[k] != STAMP_OF_PAIR:
            break
        hit = it.hit
        if hit is not None and hit.family.label is not Label.COMMENT and (hit.family.opens or hit.family.ends):
            break
        if hit is not None and hit.family.label is Label.COMMENT and hit.family.opens:
            break
        n += 1
        if (it.n_words >= 2 and hit is None) or (step > 0 and hit is not None and hit.family.label is Label.COMMENT):
            last_text = n  # a comment's text, or its stamp or buttons
        k += step
    return last_text
