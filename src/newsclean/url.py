"""What a page's URL tells about the article: its slug, its date, its site.

Most users have the page's address beside its text (a crawl record, a
JSONL field, a file name).  A news URL usually repeats the headline's words
in its slug ("/ukraine-to-join-nato-when-war-is-over-stoltenberg-says"),
often holds the day it was published ("/2023/06/01/") and names the site
in its host.  None of it is ever taken alone: the slug is evidence for a
headline the text prints (a slug can name a section), the path's date for
a date the text agrees with or does not give, the host for the publisher
the text does not name.

The slug's words are compared with a line's words in an ASCII form, since
slugs are mostly written without accents ("fussgaengerzone" for
"Fußgängerzone", "dynia" for "dynią"): :func:`ascii_forms` gives a word's
forms both ways (German's "ae" for "ä", and the bare letter).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlsplit

import regex

#: A path segment's file extension, dropped before its words are read.
_EXTENSION = regex.compile(r"(?i)\.(?:s?html?|php\d?|aspx?|jsp|cms|cfm|shtml|xml)$")
#: Separators of a slug's words.
_SLUG_SPLIT = regex.compile(r"[-_+.,~!;:=\s]+")
#: Words of an address that are no part of a headline: the index page, an
#: id's name, a format.
URL_NOISE = frozenset({"index", "default", "amp", "id", "html", "htm", "php", "aspx", "print", "www"})
#: A slug's number longer than this is an id, not a year or a count.
NUMBER_MAX_DIGITS = 4
#: A token of letters and digits mixed, with this many digits or more: an
#: id or a hash ("a3f9c2e1", "id9209161"), not a word.
ID_MIN_DIGITS = 3
#: A slug needs this many words to be evidence (one word names a section
#: as often as an article).
SLUG_MIN_WORDS = 2
#: Years a path's date may fall in.
YEARS = (1990, 2100)
#: Dates in a path: "/2023/06/01/", "/2023-06-01-title", "/20230601/";
#: a month alone: "/2023/06/".
_YMD = regex.compile(r"(?<![\d])((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])")
_YMD_PACKED = regex.compile(r"(?<![\w])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w])")
_YM = regex.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?:/|$)")
#: An address inside another's path: an archive's copy of a page
#: ("https://web.archive.org/web/20160330101229/http://site/slug").
_INNER = regex.compile(r"(?i)/(https?:/{1,2}.+)$")
#: German's and the Nordic languages' transliterations in slugs.
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa", "œ": "oe"})
#: Letters that Unicode does not decompose into a bare letter and a mark.
_BARE = str.maketrans({"ł": "l", "đ": "d", "ð": "d", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"})


@dataclass(frozen=True, slots=True)
class PageUrl:
    """A page's address, read for the cleaner.

    ``slug`` holds the words of the path's most wordy segment in ASCII
    form (empty when it has fewer than :data:`SLUG_MIN_WORDS`); ``day`` a
    full date the path holds; ``month`` a (year, month) the path holds,
    with or without a day; ``host`` the site without "www.".
    """

    url: str
    host: str
    slug: tuple[str, ...] = ()
    day: date | None = None
    month: tuple[int, int] | None = None


def read_url(url: str | None) -> PageUrl | None:
    """The :class:`PageUrl` of ``url``, or ``None`` when it is no web
    address (no host)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    inner = _INNER.search(urlsplit(url).path)
    if inner is not None:  # an archive's copy: the original page's address
        url = inner.group(1).replace(":/", "://", 1) if "://" not in inner.group(1) else inner.group(1)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").casefold()
    if not host:
        return None
    host = host.removeprefix("www.")
    path = unquote(parts.path)
    day, month = path_date(path)
    return PageUrl(url=url, host=host, slug=slug_words(path), day=day, month=month)


def slug_words(path: str) -> tuple[str, ...]:
    """The words of the path's segment that holds the most of them, in
    ASCII form: numbers of more than four digits, ids and the address's
    own words ("index", "html") left out."""
    best: tuple[str, ...] = ()
    for segment in path.split("/"):
        words = tuple(w for w in (_word(t) for t in _SLUG_SPLIT.split(_EXTENSION.sub("", segment))) if w)
        if len(words) >= len(best):
            best = words
    return best if len(best) >= SLUG_MIN_WORDS else ()


def _word(token: str) -> str | None:
    token = token.casefold()
    if not token or token in URL_NOISE:
        return None
    digits = sum(c.isdigit() for c in token)
    if digits == len(token):
        return token if len(token) <= NUMBER_MAX_DIGITS else None
    if digits >= ID_MIN_DIGITS:
        return None
    return ascii_forms(token)[-1]


def path_date(path: str) -> tuple[date | None, tuple[int, int] | None]:
    """The day a path holds ("/2023/06/01/", "2023-06-01", "/20230601/")
    and its (year, month), or the month alone ("/2023/06/")."""
    for pattern in (_YMD, _YMD_PACKED):
        for m in pattern.finditer(path):
            y, mo, d = int(m.group(1)), int(m.groups()[-2]), int(m.groups()[-1])
            if not YEARS[0] <= y <= YEARS[1]:
                continue
            try:
                return date(y, mo, d), (y, mo)
            except ValueError:  # "2023/02/30"
                continue
    m = _YM.search(path)
    if m is not None and YEARS[0] <= int(m.group(1)) <= YEARS[1]:
        return None, (int(m.group(1)), int(m.group(2)))
    return None, None


def ascii_forms(word: str) -> tuple[str, ...]:
    """A casefolded word's forms as slugs write it: with German's and the
    Nordic languages' transliteration ("fussgaengerzone"), and with bare
    letters ("fusgangerzone" ... "dynia"); the last is the bare form."""
    word = word.casefold()
    translit = _strip_marks(word.translate(_TRANSLIT))
    bare = _strip_marks(word)
    return (translit, bare) if translit != bare else (bare,)


def _strip_marks(word: str) -> str:
    """Latin letters without their accents; other scripts' letters as they
    are (a Cyrillic "й" is a letter of its own, not "и" with a mark)."""
    if word.isascii():
        return word
    return "".join(_bare_letter(c) for c in word).translate(_BARE)


def _bare_letter(c: str) -> str:
    if c.isascii() or not unicodedata.name(c, "").startswith("LATIN"):
        return c
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))


def slug_match(words: Sequence[str], slug: tuple[str, ...]) -> float:
    """How well a line's words (casefolded) and a slug agree: the F1 of the
    share of the line's words found in the slug and of the slug's words
    found in the line.  A word longer than three letters also counts when
    it is part of the other side's glued words ("bergischgladbach", a slug
    cut short: "deutschen-team-au")."""
    if not words or not slug:
        return 0.0
    forms = [ascii_forms(w) for w in words]
    slug_set = set(slug)
    glued_slug = "".join(slug)
    glued_line = "".join(f[-1] for f in forms)
    in_slug = sum(1 for f in forms if any(x in slug_set or (len(x) > 3 and x in glued_slug) for x in f))
    all_forms = {x for f in forms for x in f}
    in_line = sum(1 for s in slug if s in all_forms or (len(s) > 3 and s in glued_line))
    p, r = in_slug / len(words), in_line / len(slug)
    return 2 * p * r / (p + r) if p + r else 0.0
