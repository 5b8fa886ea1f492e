"""Find date and time expressions cheaply (month names live in data/dates.toml).

These patterns only *find* datelines and timestamps; turning one into a
``datetime`` is dateparser's job, run on the few candidate lines only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from functools import lru_cache

import regex

from .datafiles import read_toml


@lru_cache(maxsize=1)
def _names() -> tuple[list[str], list[str]]:
    data = read_toml("dates.toml")
    months: list[str] = []
    weekdays: list[str] = []
    for lang in data.values():
        months.extend(lang.get("months", []))
        weekdays.extend(lang.get("weekdays", []))
    return months, weekdays


@lru_cache(maxsize=1)
def date_languages() -> tuple[str, ...]:
    """The languages whose month names :func:`find_date` knows: the only
    languages a found date can be written in (besides numbers)."""
    return tuple(read_toml("dates.toml"))


def _alt(names: list[str]) -> str:
    return "|".join(regex.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """``(DATE, TIME)`` compiled patterns."""
    months, weekdays = _names()
    month = rf"(?:{_alt(months)})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?\.?"
    year = r"(?:1[89]|20)\d{2}"
    weekday = rf"(?:{_alt(weekdays)})\.?"
    date = regex.compile(
        rf"""(?ix)
        (?<![\w/.-])(?:
            (?:{weekday},?\s+)?
            (?:
                {year}[-/.]\d{{1,2}}[-/.]\d{{1,2}}
              | \d{{1,2}}[./-]\d{{1,2}}[./-](?:{year}|\d{{2}})(?![\d_])
              | \d{{1,2}}\.\s\d{{1,2}}\.\s{year}(?![\d])
              | {day}\s+(?:of\s+)?{month},?\s+{year}
              | {day}\s+de\s+{month}(?:\s+de|,)?\s+{year}
              | {month}\s+{day},?\s+{year}
              | {month}\s+{year}
              | {day}\s+{month}(?!\w)
              | {month}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\w:])
            )
          | {weekday},?\s+\d
        )
        """
    )
    time = regex.compile(
        r"(?i)(?<![\w:.,$€£])(?:[01]?\d|2[0-3])(?::|h(?=\d))[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?\s?m\.?)?(?![\w:])"
        r"|(?<!\w)\d{1,2}\s*[ap]\.?m\.?(?!\w)"
    )
    return date, time


@lru_cache(maxsize=1)
def _month_pattern() -> regex.Pattern[str]:
    months, _ = _names()
    return regex.compile(rf"(?i)(?<!\w)(?:{_alt(months)})(?!\w)")


def names_month(text: str) -> bool:
    """Whether a date names its month ("Thursday, November 1"), not only a
    weekday ("Monday 2")."""
    return _month_pattern().search(text) is not None


@lru_cache(maxsize=1)
def glued_month() -> regex.Pattern[str]:
    """A capitalised month name glued to the lower-case letter or digit
    before it, then a day: "Make-upOctober 22, 2012", "jen33October 2",
    "GiuffridaMar 5, 2025" (a name and its date)."""
    months, _ = _names()
    names = sorted({m.capitalize() for m in months if len(m) >= 3}, key=len, reverse=True)
    return regex.compile(r"(?<=[\p{Ll}\d])(?=(?:" + "|".join(regex.escape(m) for m in names) + r")\.?\s+\d)")


@lru_cache(maxsize=1)
def weekday_first() -> regex.Pattern[str]:
    """A weekday's name (of any language in data/dates.toml) opening a text."""
    _, weekdays = _names()
    return regex.compile(rf"(?i)(?:{_alt(weekdays)})\.?(?!\w)")


@lru_cache(maxsize=1)
def glued_day() -> regex.Pattern[str]:
    """A day of the month glued to the lower-case letter before it, then
    its month's name and a year: "Jane Doe22. Februar 2020", "Doe5 March
    2021" (an author's link and the date after it); not a name's digits
    before a date that gives its own day ("jen33 March 4, 2012")."""
    months, _ = _names()
    day, year = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\.?", r"(?:1[89]|20)\d{2}(?!\d)"
    return regex.compile(rf"(?<=\p{{Ll}})(?={day}\s+(?i:{_alt(months)})\.?,?\s+{year})")


#: Where a capitalised word is glued to the letter or digit before it,
#: where a numeric date is glued to the word before it, and where a digit
#: follows a lower-case letter (the cheap test for :func:`glued_day`).
_GLUE_POINT = regex.compile(r"[\p{Ll}\d]\p{Lu}\p{Ll}")
_GLUED_DIGIT = regex.compile(r"(?<=\p{Ll})(?=\d{1,4}[./-]\d)")
_LETTER_DIGIT = regex.compile(r"\p{Ll}\d")


def unglued(text: str) -> str:
    """A word and the date glued to it, apart: "Karl Fisch10/28/12 6:13 PM",
    "LeahOctober 22, 2012 12:44 PM", "EditorialNovember 22, 2018", "Jane
    Doe22. Februar 2020" (a link's text and the date after it)."""
    if "." in text or "/" in text or "-" in text:  # what a glued date's digits need (the cheap test first)
        text = _GLUED_DIGIT.sub(" ", text)
    if _LETTER_DIGIT.search(text):
        text = glued_day().sub(" ", text)
    return glued_month().sub(" ", text) if _GLUE_POINT.search(text) else text


@lru_cache(maxsize=1)
def _numeric() -> regex.Pattern[str]:
    """The numeric forms of :func:`patterns`' date, for text without a month
    or weekday name (most lines with digits: prices, times, counts)."""
    year = r"(?:1[89]|20)\d{2}"
    return regex.compile(
        rf"""(?x)
        (?<![\w/.-])(?:
            {year}[-/.]\d{{1,2}}[-/.]\d{{1,2}}
          | \d{{1,2}}[./-]\d{{1,2}}[./-](?:{year}|\d{{2}})(?![\d_])
          | \d{{1,2}}\.\s\d{{1,2}}\.\s{year}(?![\d])
        )
        """
    )


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """The first word of every month and weekday name, case-folded."""
    months, weekdays = _names()
    return frozenset(_WORDS.findall(n.casefold())[0] for n in months + weekdays if _WORDS.search(n))


_WORDS = regex.compile(r"\w+")
_DIGIT = regex.compile(r"\d")


def _may_hold_numeric_date(text: str) -> bool:
    """Whether ``text`` has what every numeric form of a date needs: a
    digit followed by "-", "/" or "." ("2024-05-03", "3/5/24", "3. 5.
    2024"); three ``in`` tests, cheaper than the search they spare."""
    return "." in text or "-" in text or "/" in text


def _may_hold_time(text: str) -> bool:
    """Whether ``text`` has what every form of :func:`patterns`' time needs:
    a colon or an "h" ("10:30", "10h30"), or an "m" and an "a" or "p" ("10
    am", "9 p.m."), in either case (the letters' only case variants)."""
    return (
        ":" in text
        or "h" in text
        or "H" in text
        or (("m" in text or "M" in text) and ("a" in text or "p" in text or "A" in text or "P" in text))
    )


def may_hold_date(text: str, words: Iterable[str]) -> bool:
    """Whether ``text``, which holds a digit, may hold a date or a time:
    a month's or a weekday's name among ``words`` (its case-folded ``\\w+``
    words, as a caller has them), or what the numeric forms and the times
    need.  ``False``: :func:`find_date` and :func:`find_time` find none."""
    return not _name_words().isdisjoint(words) or _may_hold_numeric_date(text) or _may_hold_time(text)


#: The dates and times found in one page's texts, while :func:`page_memo`
#: is open: several stages ask about the same line (is it a dateline, a
#: comment's stamp, a marker, a byline's date), and the search is the
#: costly part.  Per page, so it needs no bound and no reset: the dates
#: by text, the times by text.
_MEMO: ContextVar[tuple[dict[str, regex.Match[str] | None], dict[str, regex.Match[str] | None]] | None] = ContextVar(
    "dates_memo", default=None
)


@contextmanager
def page_memo() -> Iterator[None]:
    """Remember :func:`find_date` and :func:`find_time` answers while one
    page is cleaned (``clean()`` opens it; outside it nothing is kept)."""
    token = _MEMO.set(({}, {}))
    try:
        yield
    finally:
        _MEMO.reset(token)


def find_date(text: str, words: Iterable[str] | None = None) -> regex.Match[str] | None:
    """The first date in ``text``.  Every form has a digit; a form with a
    month or weekday name needs that name's word, so text without one is
    searched for the numeric forms only (the same match, much faster).
    ``words``: the text's case-folded ``\\w+`` words, when the caller has
    them (they are not found again)."""
    return _remembered(0, text, _search_date, words)


def find_time(text: str) -> regex.Match[str] | None:
    """The first time of day in ``text`` (every form has a digit)."""
    return _remembered(1, text, _search_time)


def _remembered(
    kind: int, text: str, search: Callable[..., regex.Match[str] | None], *hints: object
) -> regex.Match[str] | None:
    """``search(text, *hints)``, from the page's memo of that ``kind`` (0:
    dates, 1: times) when one is open (``hints`` speed the search up, they
    do not change its answer)."""
    memo = _MEMO.get()
    if memo is None:
        return search(text, *hints)
    found = memo[kind]
    try:
        return found[text]
    except KeyError:
        m = found[text] = search(text, *hints)
        return m


#: Where a number starts (nothing of a word before it): where every numeric
#: form of a date and every time starts.
_NUMBER_START = regex.compile(r"(?<!\w)\d")


#: Up to this many characters a line is searched whole: the engine's own
#: scan is faster there than a jump from number to number (on a line of 30
#: characters with two numbers, about twice as fast).
SEARCH_WHOLE_CHARS = 100


def _at_numbers(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """``pattern.search(text)`` for a pattern that only matches where a
    number starts: in a long line tried there only, leftmost first (the
    same match)."""
    if len(text) <= SEARCH_WHOLE_CHARS:
        return pattern.search(text)
    start = _NUMBER_START.search(text)
    while start is not None:
        m = pattern.match(text, start.start())
        if m is not None:
            return m
        start = _NUMBER_START.search(text, start.start() + 1)
    return None


def _search_date(text: str, words: Iterable[str] | None = None) -> regex.Match[str] | None:
    if _DIGIT.search(text) is None:
        return None
    names = _name_words()
    if names.isdisjoint(_WORDS.findall(text.casefold()) if words is None else words):
        return _at_numbers(_numeric(), text) if _may_hold_numeric_date(text) else None
    # Every form starts a word (nothing of a word before it) with a digit or
    # a month's or a weekday's name: the pattern is tried at those words
    # only, leftmost first -- the match ``search`` finds, without trying the
    # names at every place of a long line.
    date = patterns()[0]
    for word in _WORDS.finditer(text):
        w = word.group()
        if w[0].isdigit() or w.casefold() in names:
            m = date.match(text, word.start())
            if m is not None:
                return m
    return None


def _search_time(text: str) -> regex.Match[str] | None:
    if not _may_hold_time(text):
        return None
    return _at_numbers(patterns()[1], text)


# ------------------------------------------------------------ plain dates
#
# Most dates a page prints are in a few plain forms ("February 14, 2025",
# "14 February 2025", "2025-02-14", "14.02.2025"); they are read here
# directly, the same datetime dateparser gives (tests/test_plain_dates.py
# compares the two), and only the other forms go to dateparser, which
# costs about a thousand times more.  A month with its year and no day
# ("Januar 2022") is no date either way.

#: Languages whose month names are read here: their first twelve names
#: in dates.toml are the months in order; a shorter name is read as the
#: month whose name it starts (one only).
PLAIN_LANGUAGES = ("en", "de")

_ORDINAL = r"(?:st|nd|rd|th)?"
_PLAIN_MONTH_DAY_YEAR = regex.compile(
    r"(?:(?P<weekday>\p{L}+),?\s)?(?P<month>\p{L}+)\.?\s(?P<day>\d{1,2})" + _ORDINAL + r",?\s(?P<year>\d{4})"
)
_PLAIN_DAY_MONTH_YEAR = regex.compile(r"(?P<day>\d{1,2})(?:\.|" + _ORDINAL + r")\s(?P<month>\p{L}+)\.?,?\s(?P<year>\d{4})")
_PLAIN_MONTH_YEAR = regex.compile(r"(?P<month>\p{L}+)\.?\s(?P<year>\d{4})")
_ISO_DATE = regex.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_DOTTED_DMY = regex.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")


@lru_cache(maxsize=None)
def _month_numbers(language: str) -> dict[str, int]:
    data = read_toml("dates.toml").get(language, {})
    months = [m.casefold() for m in data.get("months", [])]
    full, numbers = months[:12], {}
    for name in months:
        starts = [i for i, m in enumerate(full) if m.startswith(name)]
        if len(starts) == 1:
            numbers[name] = starts[0] + 1
    return numbers


@lru_cache(maxsize=None)
def _weekdays(language: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in read_toml("dates.toml").get(language, {}).get("weekdays", []))


#: What :func:`plain_date` answers for a text that is no plain form.
NOT_PLAIN = object()


def plain_date(raw: str, language: str | None, order: str | None) -> datetime | None | object:
    """The date of ``raw`` when it is a plain form (see above), ``None``
    when it is a month and a year without a day, else :data:`NOT_PLAIN`.
    ``order``: the page's order of day and month ("MDY" reads no dotted
    date here)."""
    if language in PLAIN_LANGUAGES:
        months = _month_numbers(language)
        m = _PLAIN_MONTH_YEAR.fullmatch(raw)
        if m is not None:
            return None if m.group("month").casefold() in months else NOT_PLAIN
        m = _PLAIN_MONTH_DAY_YEAR.fullmatch(raw) if language == "en" else None
        if m is not None and (m.group("weekday") is None or m.group("weekday").casefold() in _weekdays(language)):
            return _made(m, months.get(m.group("month").casefold()))
        m = _PLAIN_DAY_MONTH_YEAR.fullmatch(raw)
        if m is not None and (language == "de") == (m.group()[len(m.group("day"))] == "."):
            return _made(m, months.get(m.group("month").casefold()))
    m = _ISO_DATE.fullmatch(raw)
    if m is not None:
        return _made(m, int(m.group("month")))
    if order != "MDY":
        m = _DOTTED_DMY.fullmatch(raw)
        if m is not None:
            return _made(m, int(m.group("month")))
    return NOT_PLAIN


def _made(m: regex.Match[str], month: int | None) -> datetime | object:
    if month is None:
        return NOT_PLAIN
    try:
        when = datetime(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return NOT_PLAIN  # no such day: dateparser says what it makes of it
    return when if when.year >= 1900 else NOT_PLAIN
