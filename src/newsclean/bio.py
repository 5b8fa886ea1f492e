"""The author box after an article: a paragraph about the author.

It opens with the name the byline gave ("By Jane Doe" ... "Jane Doe is a
senior writer covering energy", "Jane covers energy for ..."), in the last
part of the article's span.  The span is cut before it; the box is a
byline.  Only a name from the page's own byline counts: a paragraph that
starts "Smith was born in 1950" inside a profile of Smith does not follow
a "By Smith" byline.

Or it comes under a header ("About the author", "Über den Autor",
"Autoreninfo"): the first paragraph after the header, past the name and
picture lines, is the box.  In the span's last part the span is cut before
it; higher up (a box printed beside the article's first paragraphs) only
that paragraph is the box, and only when it says who somebody is ("Jane
Doe leads the politics desk", or "is a partner at ..." under a name line).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .datafiles import read_toml
from .item import Item, Prose
from .names import NAME, split_bylines, split_names
from .stoplists import stoplist

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


#: The box's paragraph comes this many blocks after its header at most, with
#: only short lines (the name, a picture, a role) between.
HEADER_REACH, BETWEEN_MAX_WORDS = 4, 8


def find_bio(items: list[Item], s: int, e: int, language: str) -> tuple[int | None, list[int]]:
    """The author box at the end of the span s..e (its index, or ``None``),
    and the blocks of boxes printed higher up under a header (kept out of
    the body without cutting the span)."""
    verbs = _verbs().get(language) or _verbs()["en"]
    prose = [i for i in range(s, e + 1) if items[i].prose in (Prose.GOOD, Prose.NEAR) and items[i].hit is None]
    if len(prose) < 2:
        return None, []
    late = prose[max(len(prose) // 2, len(prose) - BIO_LAST_BLOCKS)]
    early: list[int] = []
    for i in range(s, e + 1):
        hit = items[i].hit
        if hit is None or hit.family.name != "byline.bio":
            continue
        j = _after_header(items, i, e)
        if j is None:
            continue
        if j >= late:
            return j, early
        if _says_who(items, j, verbs):  # the box and the name's line above it
            early.extend(k for k in range(i + 1, j + 1) if items[k].hit is None)
    return _named_bio(items, s, prose, verbs), early


#: The line under a name on an author's card: the job first ("Redakteur in
#: der Wirtschaft.", "Senior Staff Writer", "Journaliste au service
#: politique"), at most CARD_ROLE_MAX_WORDS words.
CARD_ROLE = regex.compile(
    r"(?i)^(?:\p{L}+\s+){0,2}?(?:editor(?:-in-chief)?|reporter(?:in)?|writer|correspondent|columnist|contributor"
    r"|journalist(?:in|e)?|\w*redakteur(?:in)?|\w*korrespondent(?:in)?|autor(?:in)?|kolumnist(?:in)?"
    r"|ressortleiter(?:in)?|volontär(?:in)?|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)"
    r"|periodista|redactor(?:a)?|corresponsal|columnista|giornalista|redatt(?:ore|rice)|corrispondente"
    r"|redacteur|verslaggever|dziennikar(?:z|ka)|redaktor(?:ka)?|korespondent(?:ka)?|jornalista|redator(?:a)?"
    r"|correspondente)\b"
)
CARD_ROLE_MAX_WORDS = 15
#: Links under the card (list items of at most CARD_LINK_WORDS words).
CARD_LINKS, CARD_LINK_WORDS = 4, 3


def author_cards(items: list[Item], s: int, e: int, language: str) -> list[int]:
    """Author cards printed inside the article's span: a line of only a
    name (printed twice, as a picture's text and a caption, or once) over a
    line naming the person's job ("Jane Doe" / "Jane Doe" / "Redakteur in
    der Wirtschaft.").  Returns the cards' lines.  A name starts with no
    function word ("Die Reporterin" is a subheading)."""
    stops = stoplist(language) or stoplist("en")
    out: list[int] = []
    for i in range(max(0, s), min(e, len(items) - 1)):
        it = items[i]
        if not (2 <= it.n_words <= NAME_MAX_WORDS) or (it.hit is not None and it.hit.family.strong):
            continue
        j = i + 1
        if items[j].text == it.text and j + 1 < len(items):
            j += 1
        role = items[j]
        if role.n_words > CARD_ROLE_MAX_WORDS or role.hit is not None or CARD_ROLE.match(role.text) is None:
            continue
        name = it.text.strip(" •·□☆*-")
        if NAME.match(name) is None or name.split()[0].casefold() in stops:
            continue
        k = j + 1
        while k < len(items) and k - j <= CARD_LINKS and items[k].marker and items[k].n_words <= CARD_LINK_WORDS:
            k += 1  # the card's links: "• F.A.Z.", "• Twitter"
        out.extend(range(i, k))
    return out


def _after_header(items: list[Item], i: int, e: int) -> int | None:
    """The first paragraph after a bio header at ``i``, past short lines."""
    for j in range(i + 1, min(e, i + HEADER_REACH) + 1):
        it = items[j]
        if it.prose in (Prose.GOOD, Prose.NEAR) and it.hit is None:
            return j
        if it.n_words > BETWEEN_MAX_WORDS:
            return None
    return None


def _says_who(items: list[Item], j: int, verbs: frozenset[str]) -> bool:
    """A paragraph that opens with a name and a verb of who a person is, or
    with such a verb right under a line holding only a name."""
    words = items[j].text.split(None, 4)
    if words and _verb(words[0], verbs) and words[0][:1].islower():
        prev = items[j - 1].text.strip()
        return NAME.match(prev) is not None and 2 <= len(prev.split()) <= NAME_MAX_WORDS
    for k in (3, 2):
        if len(words) > k and _verb(words[k], verbs) and _PUNCT.sub("", words[k]).casefold() not in WEAK_VERBS:
            return NAME.match(" ".join(words[:k])) is not None
    return False


def _named_bio(items: list[Item], s: int, prose: list[int], verbs: frozenset[str]) -> int | None:
    """The box that opens with the byline's name, in the span's last part."""
    names, alone = _byline_names(items, s)
    if not names and not alone:
        return None
    starts: set[str] = set()
    for name in names:
        parts = name.split()
        starts.update({name.casefold(), parts[0].casefold(), parts[-1].casefold()})
    # a name printed alone counts in full, before a verb of who a person is
    # ("Jane Doe is a senior writer", not "Acme Coffee has a history")
    full = {name.casefold() for name in alone}
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
