"""The author box after an article: a paragraph about the author.

It opens with the name the byline gave ("By Jane Doe" ... "Jane Doe is a
senior writer covering energy", "Jane covers energy for ..."), in the last
part of the article's span.  The span is cut before it; the box is a
byline.  Only a name from the page's own byline counts: a paragraph that
starts "Smith was born in 1950" inside a profile of Smith does not follow
a "By Smith" byline.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .datafiles import read_toml
from .item import Item, Prose
from .metadata import NAME, split_bylines, split_names

#: The box is looked for among this many last prose blocks of the span,
#: and only in the span's second half (by prose blocks).
BIO_LAST_BLOCKS = 4
#: Bylines are read this many blocks before the span and in its first blocks.
BYLINE_BEFORE, BYLINE_INSIDE = 120, 10
#: A name printed alone (at most NAME_MAX_WORDS words) this many blocks from
#: a dateline is the byline's.
NAME_MAX_WORDS, DATELINE_NEAR = 4, 2


@lru_cache(maxsize=None)
def _verbs() -> dict[str, frozenset[str]]:
    return {lang: frozenset(v) for lang, v in read_toml("bios.toml")["verbs"].items()}


def _byline_names(items: list[Item], s: int) -> tuple[list[str], list[str]]:
    """Names of the page's bylines ("By Jane Doe"); and names printed alone
    next to the dateline ("Jane Doe" / "01.21.2020 07:00 AM"), which may be
    a brand's or a place's as well."""
    names: list[str] = []
    alone: list[str] = []
    lo, hi = max(0, s - BYLINE_BEFORE), min(len(items), s + BYLINE_INSIDE)
    near_dateline: set[int] = set()
    for j in range(max(0, lo - DATELINE_NEAR), min(len(items), hi + DATELINE_NEAR)):
        if items[j].dateline:
            near_dateline.update(range(j - DATELINE_NEAR, j + DATELINE_NEAR + 1))
    for i in range(lo, hi):
        it = items[i]
        hit = it.hit
        if hit is not None and hit.family.name == "byline.author":
            names.extend(split_names(it.text))
        elif (
            hit is None
            and i in near_dateline
            and 2 <= it.n_words <= NAME_MAX_WORDS
            and NAME.match(it.text.strip()) is not None
        ):
            alone.append(it.text.strip())
    for line in split_bylines(items[lo:hi]):  # "by" over "• Jane Doe"
        names.extend(split_names(line))
    return names, alone


def find_bio(items: list[Item], s: int, e: int, language: str) -> int | None:
    """Index of the author box at the end of the span s..e, or ``None``."""
    names, alone = _byline_names(items, s)
    if not names and not alone:
        return None
    verbs = _verbs().get(language) or _verbs()["en"]
    starts: set[str] = set()
    for name in names:
        parts = name.split()
        starts.update({name.casefold(), parts[0].casefold(), parts[-1].casefold()})
    # a name printed alone counts in full, before a verb of who a person is
    # ("Jane Doe is a senior writer", not "Acme Coffee has a history")
    full = {name.casefold() for name in alone}
    prose = [i for i in range(s, e + 1) if items[i].prose in (Prose.GOOD, Prose.NEAR) and items[i].hit is None]
    if len(prose) < 2:
        return None
    for i in prose[max(len(prose) // 2, len(prose) - BIO_LAST_BLOCKS) :]:
        text = items[i].text
        intro = _SELF_INTRO.match(text)
        if intro and any(text[intro.end() :].casefold().startswith(n.casefold()) for n in names):
            return i  # "Hi, I'm Jane Doe, and I cover laptops at ..."
        words = text.split(None, 4)
        for k in (3, 2, 1):  # "Jane Doe is", "Jane is", "Jane Mary Doe is"
            if len(words) <= k or not _verb(words[k], verbs):
                continue
            start = " ".join(words[:k]).casefold()
            if start in starts or (start in full and _PUNCT.sub("", words[k]).casefold() not in WEAK_VERBS):
                return i
    return None


#: Verbs that follow any subject ("Acme has", "Iceland was"): not enough
#: after a name that no byline gave.
WEAK_VERBS = frozenset({"has", "had", "was", "hat", "war", "a", "ha", "era", "foi", "tem", "heeft", "był", "była"})


_PUNCT = regex.compile(r"^\W+|\W+$")
#: An author introducing themselves ("Hi, I'm", "Hello! I am").
_SELF_INTRO = regex.compile(r"(?i)^(?:(?:hi|hello|hey)\W+)?(?:i[\x27’]m|i\s+am|my\s+name\s+is)\s+")


def _verb(word: str, verbs: frozenset[str]) -> bool:
    return _PUNCT.sub("", word).casefold() in verbs
