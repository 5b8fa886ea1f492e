"""Read the article's metadata from the blocks the cleaner labelled.

Plain text has no meta tags: every field comes from a block labelled
title, lead, byline, caption or tags (and, for sources, from the article's
first paragraphs), never from a comment, a related headline or the body at
large.  A field the text does not state stays ``None`` or empty.

* ``published`` / ``updated``: a dateline or byline in the article's head,
  or an explicit "Published" / "Updated" line; the date is found by the
  patterns of :mod:`newsclean.dates` and parsed by dateparser (only these
  few strings, so it costs nothing on the rest).
* ``authors``: "By X", "Author: X", "Written by X", "Posted by X", cleaned
  of roles, dates, e-mail prompts and outlet names; ``translators`` from
  "Translated by".
* ``publisher``: an outlet glued to the dateline, "By X | Outlet", the
  copyright holder, the outlet an appeal names ("Support X or become our
  patron"); ``sources``: "Source: X" lines and "as reported by X" / "X
  reported" in the first paragraphs.
* ``captions``: caption blocks split into text and credit; ``tags``: tag
  lines and rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

import regex

from .classify import DATELINE_MAX_WORDS, LYNX_BUTTON, glued_dateline, without_buttons, without_comment_link
from .dates import (
    NOT_PLAIN,
    date_languages,
    find_date,
    find_time,
    glued_month,
    names_month,
    plain_date,
    unglued,
    weekday_first,
)
from .item import Item, Prose
from .labels import DateSource, Label
from .model import Caption
from .names import (
    BEFORE_DATE,
    BY_AFTER,
    GLUED_CAPS,
    HANDLE_AFTER_NAME,
    HANDLE_MIN_CHARS,
    META_ROW_MAX_WORDS,
    NAME,
    PICTURE_NAME,
    ROLE_NOUNS,
    byline_handle,
    credential,
    date_words,
    glued_links,
    meta_row,
    name_text,
    newsroom_words,
    page_changed,
    site_words,
    split_byline_pairs,
    split_bylines,
    split_names,
)
from .region import in_date_list
from .stoplists import stoplist
from .text import BYLINE_START, LETTER, WORD, byline_start, without_web_addresses
from .text import words as words_of
from .url import PageUrl

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

logger = logging.getLogger(__name__)

#: Blocks after the headline searched for the dateline and the byline.
HEAD_BLOCKS = 12
#: How far above the headline (blocks) a copy of it starts the head.
HEAD_COPY_REACH = 25
#: Body paragraphs searched for "as reported by X" / "X reported".
SOURCE_PARAGRAPHS = 2

BY_AFTER_DATE_CHARS = 30
#: An image's text that names a person: "Picture of Jane Roe", "Profile photo of
#: author Jane Roe", "Jane Roe photo".
_AVATAR = regex.compile(
    r"(?i)^(?:an?\s+)?(?:(?:profile|author(?:'s)?)\s+)?(?:picture|photo|image|avatar|portrait|headshot)\s+of\s+(?:(?:the\s+)?author\s+)?(.+)$"
    r"|^(.+?)(?:'s)?(?<!\s)(?:\s++(?:profile|author))?\s++(?:photo|avatar|picture|headshot|image)$"
)
_TRANSLATED = regex.compile(r"(?i)^(?:translated by|translation by|translator)\s*:?\s*")
_SOURCE_LINE = regex.compile(r"(?i)^source\s*:\s*")


_REPORTED_BY = regex.compile(r"\b(?:as\s+)?reported\s+by\s+((?:[\p{Lu}][\p{L}\-’']+\s?){1,4})")
_X_REPORTED = regex.compile(r"(?:,\s*|^)((?:[\p{Lu}][\p{L}\-’']+\s){0,3}[\p{Lu}][\p{L}\-’']+)\s+reported\s*\.?\s*$")
_APPEAL_NAME = regex.compile(r"(?i:support)\s+((?:[\p{Lu}][\p{L}\-’'.]*+\s?){1,4}?)\s*(?i:or\s+become|by\s+becoming|today|now|!)")
_CORRESPONDENT = regex.compile(r"(?i:correspondent\s+of|journalist\s+of|reporter\s+for|reporter\s+of)\s+((?:[\p{Lu}][\p{L}\-’'.]*+\s?){1,4})")
_COPYRIGHT = regex.compile(
    r"(?i)(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(?:by\s+)?"
    r"(\S.{1,60}?)\s*(?:\||,|\.\s|\.$|all rights|$)"
)
#: A credit after " / " ("... / UNIAN collage, photo"), then one that starts
#: with a credit word ("... Photo: Bloomberg", "(Image: AFP)").
_CREDIT_SLASH = regex.compile(r"\s+/\s+([^/|]{0,60}?\b(?i:collage|photo|image|foto|фото)\b[^/|]{0,40})$")
_CREDIT_WORD = regex.compile(
    r"(?:(?<=[.!?”\"’)])\s*+|(?<!\s)\s++[|–-]\s++|(?<!\s)\s++\(|(?<!\s)\s++)"
    r"((?i:photo(?:graph)?s?|image|picture|credit|illustration|screenshot|screengrab|foto|фото)\b.*)$"
)
_CREDIT_LEAD = regex.compile(r"(?i)^(?:photo(?:graph)?s?|image|picture|credit|illustration|foto|фото)\s*(?:by|:|…|\.\.\.)?\s*")
_TAG_SPLIT = regex.compile(r"(?<!\s)\s*+(?:,|;|\||•|·|#)\s*+")
_TIMEZONES = {"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
              "CT": "America/Chicago", "PT": "America/Los_Angeles", "MT": "America/Denver"}


@dataclass
class Metadata:
    title: str | None = None
    lead: str | None = None
    published: datetime | None = None
    published_text: str | None = None
    updated: datetime | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    tags: tuple[str, ...] = ()
    published_from: DateSource | None = None


def read_metadata(items: list[Item], title_index: int | None, language: str, url: PageUrl | None = None) -> Metadata:
    """The metadata of a page whose blocks are labelled; ``url``, the page's
    address, when given."""
    md = Metadata()
    title_date = None
    if title_index is not None:
        md.title, title_date = split_title_date(items[title_index].text, language)
    md.lead = next((it.text for it in items if it.label is Label.LEAD), None)
    head = _head_blocks(items, title_index)
    # "By Jane Doe": read once (lynx's mark for a link's button aside: "By (BUTTON) Jane Doe")
    by = [byline_start(without_buttons(it.text) if LYNX_BUTTON in it.text else it.text) for it in items]
    order = _page_order(items)
    _dates(md, items, head, by, language, title_index, order, title_date)
    if md.published is not None:
        md.published_from = DateSource.TEXT
    if url is not None:
        _url_date(md, items, language, url, order)
    md.authors = _authors(items, head, title_index, by, language) or _names(filter(None, [_lead_byline(md.lead)]))
    md.translators = _names(
        _TRANSLATED.sub("", it.text) for it in items if it.label is Label.BYLINE and _TRANSLATED.match(it.text)
    )
    md.publisher = _publisher(items, head) or (url.host if url is not None else None)
    md.sources = _sources(items)
    md.captions = _captions(items)
    md.tags = _tags(items)
    return md


def split_title_date(text: str, language: str = "en") -> tuple[str, str | None]:
    """The headline, and the date a blog prints on its line before or after
    it ("Dec 18 2025 Preparing a transition in Debusine", "Backup Strategy
    January 22nd, 2019"), apart.  A date the headline's words lead to stays
    in it ("Reparaturcafé am 31. Januar", "Minutes of the meeting of 10
    October 2019"), as does a day without its year ("13 July: Harbour
    reopens"), a date inside it ("Stocks fell on March 3, 2024
    as ...") or a year alone ("Best VPNs of 2026")."""
    title = clean_title(text)
    date = find_date(title)
    if date is None or not _FULL_YEAR.search(date.group()):
        return title, None  # "13 July: Harbour reopens": a day without its year is the headline's
    before, after = title[: date.start()].strip(" ,–—-|:"), title[date.end() :].strip(" ,–—-|:")
    if before and after or len(WORD.findall(before or after)) < TITLE_MIN_WORDS_WITHOUT_DATE:
        return title, None
    last = WORD.findall(before)[-1:] if before else []
    if last and last[0].casefold() in (stoplist(language) or stoplist("en")):
        return title, None  # "... am 31. Januar", "... of 10 October 2019": the headline's own date
    return clean_title(before or after), date.group()


_FULL_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
#: Words a headline keeps without the date on its line (fewer: the line is a
#: dateline with a word or two, not a headline).
TITLE_MIN_WORDS_WITHOUT_DATE = 2


#: A byline closing a standfirst's last sentence: "By Jane Doe on Dec. 19, 2025".
_LEAD_BYLINE = regex.compile(r"(?<=[.!?…][\"”’»)]?\s+)By\s+\p{Lu}[^!?]{2,80}$")
#: Words of such a byline, at most.
LEAD_BYLINE_MAX_WORDS = 12


def _lead_byline(lead: str | None) -> str | None:
    """The byline printed at the end of the standfirst ``lead``, when there
    is one: "... beyond the U.S. and Canada. By Lisa Jennings on Dec. 19,
    2025" (it gives the author and the date when nothing else does)."""
    if lead is None:
        return None
    m = _LEAD_BYLINE.search(lead.rstrip())
    if m is None or len(WORD.findall(m.group())) > LEAD_BYLINE_MAX_WORDS or m.group()[-1] in ".!?…":
        return None  # "By March, the council must decide.": a sentence, not a byline
    return m.group()


def clean_title(text: str) -> str:
    """The headline without the punctuation a cut-off or a site adds at its
    end, and without what a pipe adds after it: the site's name or a tag
    line, as the page's title line prints them ("The Car Maintenance
    Checklist | Acme Tires"), when the headline before it has
    TITLE_BEFORE_PIPE_MIN_WORDS words at least."""
    title = text.strip().rstrip(",;:|–—-").strip()
    head, pipe, _ = title.partition(" | ")
    if pipe and len(WORD.findall(head)) >= TITLE_BEFORE_PIPE_MIN_WORDS:
        return head.strip()
    return title


#: Words a headline needs before a pipe for what follows it to be cut.
TITLE_BEFORE_PIPE_MIN_WORDS = 3


#: Labels of blocks that never give the article's date or author: text of
#: the article itself, of comments, of lists of other articles.
_NOT_HEAD = {Label.BODY, Label.LEAD, Label.COMMENT, Label.TITLE}
#: Labels that open the tail after the article.
_TAIL = {Label.COMMENT, Label.RELATED}


def _last_body(items: list[Item]) -> int:
    """Index of the last body block (-1: none)."""
    return next((i for i in range(len(items) - 1, -1, -1) if items[i].label is Label.BODY), -1)


def _tail_start(items: list[Item]) -> int:
    """Index of the first comment or related block after the last body block."""
    return next((i for i in range(_last_body(items) + 1, len(items)) if items[i].label in _TAIL), len(items))


def _head_blocks(items: list[Item], title_index: int | None) -> list[Item]:
    """The blocks around the headline where datelines and bylines sit: from
    just before the headline to just after the body starts."""
    first_body = next((i for i, it in enumerate(items) if it.label is Label.BODY), None)
    if title_index is not None:
        # from the headline's first copy close above it (the page's title
        # line over an author box, then the heading): its head is theirs too
        key, first = items[title_index].key, title_index
        for i in range(max(0, title_index - HEAD_COPY_REACH), title_index):
            if key and items[i].key == key:
                first = i
                break
        start = max(0, first - 3)
        end = title_index + HEAD_BLOCKS
        if first_body is not None and first_body > title_index:
            end = max(end, min(first_body + 3, title_index + 3 * HEAD_BLOCKS))
    elif first_body is not None:
        start, end = max(0, first_body - HEAD_BLOCKS), first_body + 3
    else:
        return []
    # Never into the comments or the list of other articles that follow the
    # article's last paragraph: their dates and names are of other texts.
    end = min(end, max(start, _tail_start(items)))
    return [
        it
        for it in items[start:end]
        if it.label not in _NOT_HEAD and (it.section is None or it.label is Label.BYLINE or it.dateline)
    ]


# --------------------------------------------------------------------- dates


def _dateline(it: Item) -> bool:
    """A dateline, or one whose date is glued to the word before it."""
    return it.dateline or (it.n_words <= DATELINE_MAX_WORDS and glued_dateline(it.text))


def _dated_byline(it: Item) -> bool:
    """Whether a "By ..." line (the caller has matched it) is short and
    dated, not a comment's, not a list's and not a sentence of the article
    ("By March 5, the council must ...")."""
    return (
        it.label is not Label.COMMENT
        and it.section is None
        and it.n_words <= META_ROW_MAX_WORDS
        and not (it.label is Label.BODY and it.prose in (Prose.GOOD, Prose.NEAR))
        and _dated(it.text)
    )


def _dates(
    md: Metadata,
    items: list[Item],
    head: list[Item],
    by: list[bool],
    language: str,
    title_index: int | None = None,
    order: DateOrder | None = None,
    title_date: str | None = None,
) -> None:
    """Published and updated dates from head bylines and explicit lines;
    ``order``: the page's order of day and month (:func:`_page_order`);
    ``title_date``: a date printed on the headline's line
    (:func:`split_title_date`)."""
    candidates: list[tuple[int, Item]] = []
    body_start = next((it.start for it in items if it.label is Label.BODY), None)
    for it in head:
        if (_dateline(it) and it.label is not Label.CAPTION) or (it.label is Label.BYLINE and find_date(it.text)):
            candidates.append((0, it))  # a picture's credit dates the picture
        elif (body_start is None or it.start < body_start) and meta_row(it):
            candidates.append((1, it))  # a row of facts stands before the text
    for it in items:
        if it.label is Label.BYLINE and it.hit is not None and it.hit.family.name == "byline.time":
            candidates.append((2, it))
    _read_dates(md, [it for _, it in sorted(candidates, key=lambda c: c[0])], language, order)
    if md.published is None and md.updated is None and title_date is not None:
        # Then a date printed on the headline's line ("Dec 18 2025 Preparing
        # a transition", "Backup Strategy January 22nd, 2019"): the head's too.
        found = _line_date(title_date, language, order)
        if found is not None:
            md.published_text, md.published = found
    if md.published is None:
        # Failing those, the dated "By ..." byline nearest the body's start,
        # wherever the context put it ("ByJane DoeMar 5, 2025 | 6 comments").
        first = next((i for i, it in enumerate(items) if it.label is Label.BODY), 0)
        dated = sorted((abs(i - first), i) for i in range(_tail_start(items)) if by[i] and _dated_byline(items[i]))
        _read_dates(md, [items[i] for _, i in dated], language, order)
    if md.published is None:
        # Then a dateline a little further from the headline: above a
        # kicker and a picture, or under the standfirst and a share bar.
        first = next((i for i, it in enumerate(items) if it.label is Label.BODY), None)
        if first is not None:
            anchors = [first] if title_index is None else [title_index, first]
            lo = max(0, min(anchors) - DATELINE_REACH)
            hi = min(_tail_start(items), first + DATELINE_REACH + 1)
            near = sorted(
                (min(abs(i - a) for a in anchors), i) for i in range(lo, hi)
                if items[i].dateline and items[i].section is None and not in_date_list(items, i, len(items)) and (
                    items[i].label is Label.BYLINE
                    # a date alone above the headline, read as a menu's or a list's part
                    or items[i].label in _SOFT and i < min(anchors) and _only_a_date(items[i].text.strip(" •·□*-"))
                )
            )
            _read_dates(md, [items[i] for _, i in near], language, order)
    if md.published is None and md.updated is None:
        # Then the article's foot: a dated line, or a label over a date,
        # right after its last paragraph ("This entry was posted on May 3,
        # 2012", "Content current as of:" / "09/25/2025", "Mise en ligne" /
        # "23 mai 2019"), before any comment or list of other articles.
        _read_dates(md, _foot_dates(items), language, order)
    if md.published is None and md.updated is None:
        # Then the page's only date: every dateline read as a byline, out of
        # any section, gives the same day (a list's items give several) --
        # before the article's tail, or just past it (under a short
        # article's box of other links: "Audios et vidéos sur le sujet" /
        # ... / "Date 23.05.2011") when no line beside it is dated (a list
        # of dated teasers: "Next Step - December 16, 2019" / "Waiting - December 9, 2019").
        # A date alone among the article's facts under it, read as a menu's
        # item ("• Ökonomie" / "• 13. 1. 2020" / "Kommentar von"), counts there too.
        tail = _tail_start(items)
        last = _last_body(items)
        reach = last + ONLY_DATE_REACH
        found = [
            f for i, it in enumerate(items[: max(tail, reach + 1)])
            if it.dateline and it.section is None
            and (
                it.label is Label.BYLINE and (i < tail or not _dated_beside(items, i))
                or it.label in _SOFT and last < i and not _dated_beside(items, i)
                and _only_a_date(it.text.strip(" •·□*-"))
            )
            and (f := _line_date(it.text, language, order)) is not None
        ]
        if found and len({when.date() for _, when in found}) == 1:
            md.published, md.published_text = found[0][1], found[0][0]
    if md.published is None and md.updated is None:
        # Then a byline closing the standfirst ("... By Jane Doe on Dec. 19, 2025").
        tail = _lead_byline(md.lead)
        found = _line_date(tail, language, order) if tail is not None else None
        if found is not None:
            md.published_text, md.published = found
    if md.published is None and md.updated is None:
        # Then a date in a line of the head above the article's first
        # paragraph that the first pass read as no dateline: glued to the
        # words around it ("von Jane Doe13.12.2022 - 08:13 Uhr", "Datum: 13.
        # April 2017Autor: ..."), or in a long row of facts and tags.
        _read_dates(md, _head_rows(head, body_start, title_index, items), language, order)
    if md.published is None and md.updated is None:
        # Last of all, a dateline that opens the article's first paragraph,
        # as wires and press releases print it: "Wien, 14. Dezember 2021 --
        # ...", "01.02.2022 "Der ...", "LONDON, March 3, 2024: ...".
        # (The first paragraphs: a subheading or a standfirst the first
        # pass read as body may stand before the one it opens.)
        for it in islice((it for it in items if it.label is Label.BODY), OPENING_DATELINE_PARAGRAPHS):
            m = _OPENING_DATELINE.match(it.text)
            if m is not None and _only_a_date(m.group("date")):
                found = _line_date(m.group("date"), language, order)
                if found is not None:
                    md.published_text, md.published = found
                    break
    if md.published is None and md.updated is None:
        # Failing every line of the article, the page's own "last changed"
        # line, which a wiki or a site's template prints under every page
        # ("This page was last edited on 29 January 2020, at 13:22"): the
        # date the page was last updated.  Never a comment's or the body's.
        for it in reversed(items):
            if it.label is not Label.BODY and not it.in_thread and it.digit and page_changed().search(it.text):
                found = _line_date(it.text, language, order)
                if found is not None:
                    md.updated = found[1]
                    break


#: Words of a head line whose glued or buried date dates the article, at most.
HEAD_ROW_MAX_WORDS = 30


def _head_rows(head: list[Item], body_start: int | None, title_index: int | None, items: list[Item]) -> list[Item]:
    """The head's lines above the body that hold a date with its year the
    first pass did not see (glued to a word, or in a long row), nearest the
    headline first; none that is prose (a sentence that names a date)."""
    anchor = items[title_index].start if title_index is not None else body_start or 0
    rows = [
        it for it in head
        if (body_start is None or it.start < body_start)
        and not it.dateline
        and it.digit
        and it.prose is not Prose.GOOD
        and it.n_words <= HEAD_ROW_MAX_WORDS
        and (d := find_date(unglued(it.text))) is not None
        and _FULL_YEAR.search(d.group())
    ]
    return sorted(rows, key=lambda it: abs(it.start - anchor))


#: Blocks after the article's last paragraph where its foot may date it.
FOOT_REACH = 4
_NOT_FOOT = {Label.CAPTION, Label.TITLE, Label.LEAD}


def _foot_dates(items: list[Item]) -> list[Item]:
    """The dated lines of the article's foot: the FOOT_REACH blocks after its
    last paragraph, up to the comments or a list of other articles (a
    rule's, or a section's); a picture's credit dates the picture.  None
    when they give several dates: a list's."""
    last = _last_body(items)
    if last < 0:
        return []
    out: list[tuple[Item, str]] = []
    for i in range(last + 1, min(len(items), last + 1 + FOOT_REACH)):
        it = items[i]
        if it.label is Label.COMMENT or any(
            h is not None and h.family.opens and h.family.label in _TAIL for h in (it.hit, it.section)
        ):
            break  # the comments, a list of other articles: their dates are theirs
        if it.label in _NOT_FOOT:
            continue
        postmeta = it.hit is not None and it.hit.family.name == "byline.postmeta"
        date = find_date(unglued(it.text)) if _dateline(it) or postmeta else None
        if date is not None:
            out.append((it, date.group()))
    # a foot's dates agree; several days in a row are a list's (events, archives)
    return [it for it, _ in out] if len({date for _, date in out}) <= 1 else []


#: The body's first paragraphs, of which one may open with a dateline.
OPENING_DATELINE_PARAGRAPHS = 3
#: The opening of a paragraph that is a dateline: an optional place and a
#: comma, a date and a time, then a dash, a colon or an opening quote before
#: the text.  A date a sentence begins with ("On 3 May 2022 the ...") is none.
_OPENING_DATELINE = regex.compile(
    r"^(?:\p{Lu}[\p{L}.'’ /-]{0,40},\s+)?(?P<date>[\d\p{L}.,/: -]{6,40}?)\s*(?:[–—-]\s|:\s|[„“\"«(])"
)


#: Blocks past the article's last paragraph where the page's only date
#: may stand, past its tail.
ONLY_DATE_REACH = 8


def _dated_beside(items: list[Item], i: int) -> bool:
    """Whether a block next to block ``i`` holds a date."""
    return any(0 <= j < len(items) and find_date(items[j].text) is not None for j in (i - 1, i + 1))


def _only_a_date(text: str) -> bool:
    """Whether ``text`` is a date, maybe with a time, and nothing else."""
    date = find_date(text)
    if date is None or text[: date.start()].strip(" ,"):
        return False
    rest = text[date.end() :]
    time = find_time(rest)
    if time is not None:
        rest = rest[: time.start()] + rest[time.end() :]
    return not LETTER.search(rest)


#: How far from the body's first paragraph (blocks) a dateline outside the
#: head may date the page when nothing in the head does: as far as the head
#: reaches from the headline.
DATELINE_REACH = HEAD_BLOCKS


def _url_date(md: Metadata, items: list[Item], language: str, url: PageUrl, order: DateOrder | None = None) -> None:
    """The published date with the URL's path as evidence: the text's date
    when it agrees with the path; else a dated line of the page (before its
    comments and related items) that agrees; else the path's day, when the
    text gives no date.  A text's date the path contradicts is kept: the
    path is evidence, not the answer (on the dev sets, taking the path's
    day over it changed no page)."""
    if url.month is None:
        return
    if md.published is not None and _agrees(md.published, url):
        return
    for it in items[: _tail_start(items)]:
        if (it.dateline or it.label is Label.BYLINE) and it.label is not Label.CAPTION and find_date(it.text):
            found = _line_date(it.text, language, order)
            if found is not None and _agrees(found[1], url):
                md.published_text, md.published = found
                md.published_from = DateSource.TEXT
                return
    if url.day is not None and md.published is None:
        md.published = datetime(url.day.year, url.day.month, url.day.day)
        md.published_text, md.published_from = None, DateSource.URL


def _agrees(when: datetime, url: PageUrl) -> bool:
    """Whether a date is the URL's day, or falls in its month when the
    path gives no day."""
    if url.day is not None:
        return when.date() == url.day
    return (when.year, when.month) == url.month


def _line_date(text: str, language: str, order: DateOrder | None = None) -> tuple[str, datetime] | None:
    """The date a dated line gives, as written and parsed; a date glued to
    the word before it is read apart ("DoeMar 5, 2025", "Demel13.12.2022");
    ``order`` tells day from month in a numeric date."""
    raw = date_text(text)
    found = _parsed(raw, language, order) if raw else None
    if found is None:
        # "Jane Doe22. Februar 2020" holds "Februar 2020", which names no
        # day: read the date apart from the word it is glued to
        apart = unglued(text)
        other = date_text(apart) if apart != text else None
        if other and other != raw:
            found = _parsed(other, language, order)
    return found


def _parsed(raw: str, language: str, order: DateOrder | None) -> tuple[str, datetime] | None:
    """``raw``, a date as written, and its parse (``None`` when it has none)."""
    numeric = order is not None and _NUMERIC_DAY.search(raw) is not None
    when = parse_date(raw, language, order() if numeric else None)
    return (raw, when) if when is not None else None


def _read_dates(md: Metadata, candidates: list[Item], language: str, order: DateOrder | None = None) -> None:
    """The first published date of the candidates, and an updated one."""
    for it in candidates:
        found = _line_date(it.text, language, order)
        if found is None:
            continue
        raw, when = found
        text = glued_month().sub(" ", it.text)
        if date_words("updated").search(text) and not date_words("published").search(text):
            if md.updated is None:
                md.updated = when
            continue
        if md.published is None:
            md.published, md.published_text = when, raw
        elif md.updated is None and _wall(when) > _wall(md.published) and date_words("updated").search(text):
            md.updated = when


#: Languages that capitalise every noun: a capitalised pair of words in a
#: row of facts is as likely a topic ("Aktuelle Meldung") as a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})


def _row_name(part: str, common: _CommonWords) -> bool:
    """A part of a dateline or row of facts that names a person: not the
    row's own words ("Last Updated", "Written By", "Updated July"), no word
    in capitals or glued to the next ("HealthDECEMBER"), not only words the
    article writes in lower case."""
    if _common_phrase(part, common) or not _has_word(part):
        return False
    for w in part.split():
        low = w.casefold().strip(".,:")
        if low in _ROW_WORDS or names_month(w) or (len(w.rstrip(".")) > 1 and w.isupper()) or GLUED_CAPS.search(w):
            return False
    return True


_ROW_WORDS = frozenset({
    "by", "on", "at", "in", "posted", "published", "updated", "last", "written", "reviewed", "edited",
    "actualizado", "publicado", "aktualisiert", "veröffentlicht", "mis", "publié", "logo", "app", "read", "min",
    "author", "autor", "autorin", "von", "par", "por",
})


def _without_date(text: str) -> str:
    """A line with its date taken out ("Susan December 9, 2024" -> "Susan |")."""
    date = find_date(text)
    return text[: date.start()] + " | " + text[date.end() :] if date else text


def _after_date(text: str) -> str:
    """The parts of a row that may name its author in a language that
    capitalises its nouns: after the date ("28. Jan. 2022 Paula Berger"), or
    before it with a comma ("Paula Berger, 02.02.2022"); a row's topic comes
    before the date ("Aktuelle Meldung • 3. März 2021")."""
    date = find_date(text)
    if date is None:
        return ""
    before = text[: date.start()].rstrip()
    return (before[:-1] if before.endswith((",", "|", "/")) else "") + " | " + text[date.end() :]


#: Where a row of facts splits into its parts: separators, dates, an "in
#: Category" tail, a picture's name.
_ROW_PARTS = regex.compile(r"[|·•⋅/]|\[[^\]]{0,40}\]|(?<!\s)\s++in\s++(?=\p{Lu})|\d+(?:\s*(?:min|words?|comments?)\b)?")
#: A row's part that goes on in lower case after its capitalised words:
#: the words from the first small one on ("Jane Doe on behalf of the Docs
#: team", "Jane Doe for the Herald").
_CAPS_BEFORE_SMALL = regex.compile(r"(?<=^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+\p{Ll}.*$")
_WORD_BEFORE = regex.compile(r"(?i)(?:\b[\p{L}]{3,12}\.?,?\s*)?$")
_WEEKDAY_START = regex.compile(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun|пон|вів|сер|чет|п.ят|суб|нед|вто|сре|пят|вос)")
_DATE_TAIL = regex.compile(
    r"^(?:,?\s*(?:\d{4}|['’]\d{2}(?![\w'’])|(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*))?)*"
)


def _wall(when: datetime) -> datetime:
    """The wall-clock time, so that dates with and without a zone compare."""
    return when.replace(tzinfo=None)


def date_text(text: str) -> str | None:
    """The date (and time) part of a line, as written."""
    d = find_date(text)
    t = find_time(text)
    if d is None:
        return None
    start, end = d.start(), d.end()
    if t is not None and (abs(t.start() - end) <= 4 or abs(start - t.end()) <= 4):
        start, end = min(start, t.start()), max(end, t.end())
    # a weekday or a year just before or after belongs to it
    m = _WORD_BEFORE.search(text[:start])
    if m and m.group().strip() and _WEEKDAY_START.match(m.group().strip()):
        start = m.start()
    # a date badge prints the day before its weekday ("31 Donnerstag Okt 2019")
    if weekday_first().match(text, start, end) and not _DAY_IN.search(text, start, end):
        day = _DAY_BEFORE.search(text[:start])
        if day is not None and not text[: day.start()].rstrip()[-1:].isalnum():
            start = day.start()
    tail = _DATE_TAIL.match(text[end:])
    if tail:
        end += len(tail.group())
    zone = _ZONE_AFTER.match(text[end:])
    if zone:
        end += len(zone.group())
    return text[start:end].strip(" ,|–-") or None


#: A day of the month ending the text before a weekday, and a day's or a
#: month's number inside a date (not its year).
_DAY_BEFORE = regex.compile(r"(?<![\w.,:/-])(?:[12]\d|3[01]|0?[1-9])\.?\s*$")
_DAY_IN = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")
_ZONE_AFTER = regex.compile(r"^\s*(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b")
_YEAR_GLUED_TIME = regex.compile(r"(?<![\d.:/-])((?:19|20)\d{2})(\d{1,2}:\d{2})(?!\d)")
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)")


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset[str]:
    try:
        from dateparser.languages.loader import default_loader

        return frozenset(default_loader.get_locale_map().keys())
    except Exception:  # noqa: BLE001 - older or newer dateparser: try everything
        return frozenset()


#: How dateparser reads a dateline: a full date (day, month and year) or none.
_DATE_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}


def preload_dates() -> None:
    """Load dateparser's locales for every language :func:`find_date` knows
    (a one-off cost of a process; benchmarks pay it before timing)."""
    import dateparser

    known = _dateparser_languages()
    for raw in ("Thursday, 1 June 2023, 11:50", "15.01.2008 01:07", "77 June 2023"):
        dateparser.parse(raw, languages=[x for x in date_languages() if not known or x in known], settings=_DATE_SETTINGS)


_DOTTED_DATE = regex.compile(r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?![\d.])")


#: A numeric date of day and month in either order, and a year: "12/04/2020",
#: "05.15.2025", "3-4-21".
_NUMERIC_DAY = regex.compile(r"(?<!\d)(?<!\d[./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)(?![./-]\d)")


#: The page's order of day and month, worked out when a date first needs it.
DateOrder = Callable[[], "str | None"]


def _page_order(items: list[Item]) -> DateOrder:
    """:func:`page_date_order` of the page's blocks, read the first time an
    ambiguous numeric date asks (most pages have none: no pass over them)."""
    return lru_cache(maxsize=1)(lambda: page_date_order(it.text for it in items))


def page_date_order(texts: Iterable[str]) -> str | None:
    """The order of day and month a page writes its numeric dates in, when
    one of them shows it and none says otherwise: "DMY" when a first part
    is above 12 ("14/04/2020"), "MDY" when a second one is ("05.15.2025");
    ``None`` when none shows it or both orders appear."""
    dmy = mdy = False
    for text in texts:
        if "/" not in text and "." not in text and "-" not in text:  # what every such date holds
            continue
        for m in _NUMERIC_DAY.finditer(text):
            a, b = int(m.group(1)), int(m.group(3))
            if 12 < a <= 31 and 1 <= b <= 12:
                dmy = True
            elif 12 < b <= 31 and 1 <= a <= 12:
                mdy = True
    return "DMY" if dmy and not mdy else "MDY" if mdy and not dmy else None


@lru_cache(maxsize=4096)
def parse_date(raw: str, language: str | None = None, order: str | None = None) -> datetime | None:
    """A datetime from a date string with day, month and year (timezone-aware
    when the string names a zone), or ``None``.  Remembered: a site prints
    its dates the same way on every page.  ``order`` ("DMY", "MDY"): the
    order of day and month the page's other numeric dates show
    (:func:`page_date_order`), which reads an ambiguous one ("12/04/2020")."""
    zone = None
    m = regex.search(r"\b(ET|EST|EDT|CT|PT|MT)\b", raw)
    if m:
        zone = _TIMEZONES[m.group(1)]
        raw = raw[: m.start()] + raw[m.end():]
    # A year glued to the time that follows it, "October 17, 20236:01 PM".
    raw = _YEAR_GLUED_TIME.sub(r"\1 \2", raw)
    # A year of two digits after an apostrophe, "14 Feb ’20", "Mar 3 '98".
    raw = _SHORT_YEAR.sub(_full_year, raw)
    if not _YEAR.search(raw):
        return None
    if zone is None:
        plain = plain_date(raw, language, order)
        if plain is not NOT_PLAIN:
            return plain  # type: ignore[return-value]
    return _by_dateparser(raw, language, order, zone)


#: A year written with two digits after an apostrophe, after a day or a
#: month ("14 Feb ’20", "March 3, '98"), not a decade ("the ’90s").
_SHORT_YEAR = regex.compile(r"(?<=[\p{L}\d.],?\s+)['’](\d{2})(?![\w'’])")
#: Two-digit years up to this one are of the 2000s, later ones of the 1900s
#: (the POSIX convention of ``strptime``'s ``%y``).
SHORT_YEAR_PIVOT = 68


def _full_year(m: regex.Match[str]) -> str:
    yy = int(m.group(1))
    return str((2000 if yy <= SHORT_YEAR_PIVOT else 1900) + yy)


@lru_cache(maxsize=256)
def _date_parser(languages: tuple[str, ...], settings: tuple[tuple[str, object], ...]) -> DateDataParser:
    """dateparser's parser for these languages and settings, made once:
    ``dateparser.parse`` makes (and loads the locales of) a new one on every
    call that names its languages -- a deep copy of each locale's data."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(languages), settings={k: list(v) if isinstance(v, tuple) else v for k, v in settings}
    )


def _by_dateparser(raw: str, language: str | None, order: str | None, zone: str | None = None) -> datetime | None:
    """:func:`parse_date` by dateparser (for what no plain form reads)."""
    settings = _DATE_SETTINGS
    if order is not None and _NUMERIC_DAY.search(raw):
        # the page's other dates tell which part is the day
        settings = {**settings, "DATE_ORDER": order}
    elif _DOTTED_DATE.search(raw):
        # "12.04.2020" is day.month.year wherever dots separate the parts
        # (dateparser would read it month first in English).
        settings = {**settings, "DATE_ORDER": "DMY"}
    key = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in settings.items())
    try:
        when = None
        if language in _dateparser_languages():
            when = _date_parser((language,), key).get_date_data(raw)["date_obj"]
        if when is None:
            # Only the languages whose month names found the date: asking
            # dateparser to try all of its 200 locales costs seconds.
            known = _dateparser_languages()
            others = tuple(x for x in date_languages() if x != language and (not known or x in known))
            when = _date_parser(others, key).get_date_data(raw)["date_obj"]
    except Exception:  # noqa: BLE001 - a date we cannot read is no date
        logger.debug("dateparser failed on %r", raw, exc_info=True)
        return None
    if when is None or when.year < 1900:
        return None
    if zone and when.tzinfo is None:
        from zoneinfo import ZoneInfo

        when = when.replace(tzinfo=ZoneInfo(zone))
    if when.tzinfo is not None and when.utcoffset() is None:  # pragma: no cover - defensive
        when = when.replace(tzinfo=timezone.utc)
    return when


# --------------------------------------------------------------------- names


def _authors(
    items: list[Item], head: list[Item], title_index: int | None, by: list[bool], language: str = "en"
) -> tuple[str, ...]:
    """Authors from bylines in the head; failing those, the "By ..." byline
    nearest the headline before the comments; then a name standing next to
    the dateline, or named by the author's picture."""
    stops = stoplist(language) or stoplist("en")
    common = _CommonWords(items)

    def refused(w: str) -> bool:
        return w in stops or w in common or names_month(w)

    def not_name(w: str) -> bool:  # the stoplists hold first names ("david", "mark")
        return w in common or names_month(w)

    # "By Industry", "By Use Case": a menu of facets, not bylines (a comment's
    # header "Posted by: John at ..." under the article's byline is none)
    facets = {
        id(items[i]) for i in range(len(items))
        if by[i]
        and any(
            by[j] and items[j].text != items[i].text and items[j].label is not Label.COMMENT
            and not _same_byline(items[i].text, items[j].text)  # "By Jane Doe, COO" over "By Jane Doe"
            for j in range(max(0, i - 4), min(len(items), i + 5))
        )
    }
    found = _names(it.text for it in head if BYLINE_START.match(it.text) and id(it) not in facets)
    if found:
        return found
    found = _names(_byline_in_dateline(it.text) or "" for it in head if it.dateline or it.label is Label.BYLINE)
    if found:
        return found
    found = _names(_row_byline(it.text) or "" for it in head if meta_row(it))
    if found:
        return found
    found = _names(split_bylines(head))
    if found:
        return found
    found = _carded_name(items, head)
    if found:
        return found
    first_body = next((i for i, it in enumerate(items) if it.label is Label.BODY), None)
    anchor = title_index if title_index is not None else first_body
    if anchor is not None:
        bylines = [
            (abs(i - anchor), i)
            for i in range(_tail_start(items))
            if by[i]
            and (
                items[i].label is Label.BYLINE
                or (items[i].label in _SOFT and (items[i].n_words <= SHORT_BYLINE_WORDS or _dated(items[i].text)))
                or (items[i].label is Label.BODY and _dated_byline(items[i]))  # "ByJane DoeMar 5, 2025 | 6 comments"
            )
            and items[i].section is None
            and id(items[i]) not in facets
        ]
        for _, i in sorted(bylines):
            found = tuple(n for n in _names([items[i].text]) if _byline_name(n, items[i].text, common, not_name))
            if found:
                return found
        # a byline on two lines elsewhere than the head: the author's box
        # under the article ("Article by" / "Jane Doe")
        tail = _tail_start(items)
        comments = next((i for i in range(tail, len(items)) if items[i].label is Label.COMMENT), len(items))
        pairs = sorted(
            (abs(i - anchor), line)
            for i, line in split_byline_pairs(items[:comments])
            if items[i].label not in _NOT_CARD
            and not items[i].reason.startswith("prose.")  # short lines the article's span holds count
            and (i < tail or items[i].label is Label.BYLINE)
        )
        for _, line in pairs:
            found = tuple(n for n in _names([line]) if _byline_name(n, line, common, not_name))
            if found:
                return found
    for it in head:
        name = _pictured(it.text, max_chars=None)  # "Headshot of Jane Doe, Associate Writer at Acme"
        if name is not None:
            return (name,)
    body_start = items[first_body].start if first_body is not None else None
    above = [it for it in head if body_start is None or it.start < body_start]
    for it in above:
        # "Jane Doe, Shipping Expert", "Byline imageWritten by Jane Doe, CEPF"
        m = _GLUED_BY.search(it.text)
        text = it.text[m.start() :] if m else ("By " + it.text if _NAME_ROLE.match(it.text) else "")
        if not text and it.label is not Label.TITLE and (r := _NAME_THEN_ROLE.match(it.text)) is not None:
            # "Jane Doe Education editor"; not "Meet The New Sports editor"
            # (a stopword after the first word, which may be a first name)
            if not any(w.casefold() in stops for w in r.group("name").split()[1:]):
                text = "By " + r.group("name")
        found = tuple(n for n in split_names(text) if not _common_phrase(n, common)) if text else ()
        if found:
            return found
    nouns = _BodyWords(items, language) if language in NOUN_CAPITALISING else None
    for it in above:
        if it.dateline or meta_row(it):
            row = without_comment_link(it.text)  # "... By Jane Doe Leave a Comment"
            text = name_text(row) if nouns is None else _after_date(row)
            for k, part in enumerate(_ROW_PARTS.split(_without_date(text))):
                part = BYLINE_START.sub("", part.strip(" ,.:;-–—[]"))  # "Accueil | Par Jean Dupont | 30 septembre"
                part = BEFORE_DATE.sub("", part)  # "Jane Doe Published 10:19am 19 December 2025"
                part = HANDLE_AFTER_NAME.sub("", part).strip()  # "Jane Doe @janedoe • Jan 26, 2026 • Reading time"
                if nouns is None:
                    part = _CAPS_BEFORE_SMALL.sub("", part)  # "Jane Doe on behalf of the Docs team"
                if (
                    2 <= len(part.split()) <= (4 if nouns is None else 3)
                    and NAME.match(part)
                    and _row_name(part, common)
                    # (a name the article also prints only as the byline's, before the date)
                    and (nouns is None or not nouns.names_noun(part, signed=k == 0 and not text.startswith(" | ")))
                ):
                    return (part,)  # "December 15, 2025 · 30 min · Jane Doe"
            for part in _ROW_PARTS.split(_without_date(it.text)):
                part = BYLINE_START.sub("", part.strip(" ,.:;-–—[]")).strip()
                if part[:1].isupper() and part.casefold() in newsroom_words():
                    return (part,)  # "Redaktion 1. November 2023 10:29": the newsroom signs
    # no name: a blog's byline in the head may give a handle ("by whova | Apr
    # 21, 2025"), before a capitalised line beside the dateline (a column's name)
    for it in head:
        # (a row of post facts too: "Dezember 10, 2019 · von freeman1984 · in Uncategorized")
        if BYLINE_START.match(it.text) or it.dateline or it.label is Label.BYLINE or meta_row(it):
            handle = byline_handle(it.text, refused)
            if handle is not None:
                return (handle,)
    for k, it in enumerate(head):
        if not it.dateline:
            continue
        for j in range(max(0, k - 2), min(len(head), k + 3)):
            other = head[j]
            text = name_text(BYLINE_START.sub("", PICTURE_NAME.sub(" ", other.text).lstrip(" •·□☆*-")).strip())
            if (
                other is not it
                and not other.dateline
                and other.hit is None
                and other.glue != "outlet"
                and 2 <= len(text.split()) <= 4
                and NAME.match(text)
                and not _common_phrase(text, common)
                and _has_word(text)
                and (nouns is None or not nouns.names_noun(text))
            ):
                return (text,)
            if (
                other is not it
                and other.hit is None
                and (_pictured_word(text, head, j, refused)
                     or text[:1].isupper() and text.casefold() in newsroom_words())
            ):
                return (text,)  # "Wyndo's avatar" / "Wyndo" / "Dec 04, 2025"
    found = _doubled_name(head, refused) or _doubled_name(head, refused, common, nouns)
    if found:
        return found
    # a handle from a byline above the article's first paragraph outside the
    # head (the head is the headline's, and a blog's headline may be
    # missed), nearest the article (below it, a byline is another text's)
    if anchor is not None and first_body is not None:
        inside = set(map(id, head))
        for _, i in sorted((abs(i - anchor), i) for i in range(first_body) if items[i].label is Label.BYLINE):
            if id(items[i]) not in inside and items[i].section is None and id(items[i]) not in facets:
                handle = byline_handle(items[i].text, refused)
                if handle is not None:
                    return (handle,)
    return (
        _tail_byline(items, by, facets, common, not_name)
        or _confirmed_name(items, common)
        or _bio_name(items, common, nouns)
        or _card_name(items, common)
        or _owner(items, common)
    )


#: A personal site's name: its owner's name and a word for the site ("Jane
#: Doe's Tech Blog", "John Roe’s Notes").
_OWNED_BLOG = regex.compile(r"^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})[’']s\s+(?:[\p{L}-]+\s+)?(?i:blog|journal|notes|website|homepage|site)$")


def _owner(items: list[Item], common: _CommonWords) -> tuple[str, ...]:
    """A personal site's owner, when nothing else names the writer: the
    person whose site a line outside the article names ("Jane Doe's Tech
    Blog"), when the page names one so.  (A copyright line's holder was
    tried too: most are companies, "© 2025 Acme Health".)"""
    found = []
    for it in items:
        if it.label is Label.BODY or it.label is Label.COMMENT:
            continue
        m = _OWNED_BLOG.match(it.text.strip())
        if m is not None:
            name = m.group(1)
            if not _common_phrase(name, common) and _has_word(name) and name not in found:
                found.append(name)
    return (found[0],) if len(found) == 1 else ()


def _card_name(items: list[Item], common: _CommonWords) -> tuple[str, ...]:
    """The name of the author's card inside the article ("Jane Doe" /
    "Redakteurin im Ressort Wirtschaft", :func:`newsclean.bio.author_cards`),
    when the page has one such card: several are a list of contributors or
    of people the article quotes."""
    found = {
        name
        for it in items
        if it.reason == "byline.author-card"
        and NAME.match(name := name_text(it.text.strip(" •·□☆*-")))
        and 2 <= len(name.split()) <= 4
        and not _common_phrase(name, common)
    }
    return (found.pop(),) if len(found) == 1 else ()


def _same_byline(a: str, b: str) -> bool:
    """Two bylines naming the same people, one with a role or a date more
    ("By Jane Doe, Co-Founder & COO" and "By Jane Doe,"): one byline printed
    twice, not a menu's facets ("By Industry", "By Use Case")."""
    first, second = _names([a]), _names([b])
    return bool(first) and first == second


#: "Posted by", "Written by": a byline whose verb says a person wrote the
#: text, so that one word may name them ("Posted by David at December 16,
#: 2025"); a bare "By" before one word is a menu's facet ("By Industry"),
#: a bare "von", "par" or "por" is a byline ("von Ulrike").
_VERB_BY = regex.compile(
    r"(?i)^(?:[•·□☆*-]\s*)?(?:(?:written|posted|published|words|story|text|geschrieben|verfasst|gepostet)\s+(?:by|von)|von|par|por)\b"
)


def _byline_name(name: str, line: str, common: _CommonWords, refused: Callable[[str], bool]) -> bool:
    """Whether ``name``, read from the byline ``line``, is a person's: two
    words or more that are not all the page's common words nor a site's
    words; or one capitalised word of three letters or more (no stopword,
    common word, month or site word) after a byline's verb or in a dated
    byline."""
    words = name.split()
    if len(words) >= 2:
        return not _common_phrase(name, common)
    w = words[0] if words else ""
    return (
        len(w) >= HANDLE_MIN_CHARS
        and w[:1].isupper()
        and w.isalpha()
        and not refused(w.casefold())
        and w.casefold() not in site_words()
        and (_VERB_BY.match(line) is not None or _dated(line))
    )


#: Blocks after the article's last paragraph where its own byline may
#: still stand: "Written by Jane Doe" / "April 8, 2024" under the last
#: paragraph, past a tag row, a share bar or a comment form's lines.
TAIL_BYLINE_REACH = 20


def _tail_byline(
    items: list[Item], by: list[bool], facets: set[int], common: _CommonWords, refused: Callable[[str], bool]
) -> tuple[str, ...]:
    """The article's byline printed under it (a blog's "Posted by Jane Doe
    on 2025-12-18 in ..."): labelled a byline, or read as a link or a
    related line when it is short or dated ("Erstellt von Jane Doe" among
    share links), never a comment's header; only when one byline stands
    there (several are a list's)."""
    last_body = _last_body(items)
    if last_body < 0:
        return ()
    found: list[tuple[str, ...]] = []
    for i in range(last_body + 1, min(len(items), last_body + 1 + TAIL_BYLINE_REACH)):
        it = items[i]
        if not by[i] or it.section is not None or id(it) in facets:
            continue
        if it.label is not Label.BYLINE and not (
            it.label in _SOFT and (it.n_words <= SHORT_BYLINE_WORDS or _dated(it.text))
        ):
            continue
        names = tuple(n for n in _names([it.text]) if _byline_name(n, it.text, common, refused))
        if names and names not in found:
            found.append(names)
    return found[0] if len(found) == 1 else ()


#: Blocks on each side of a name line searched for what confirms it.
CONFIRM_REACH = 2
#: Labels of blocks that are never an author's card: the headline, the
#: standfirst, the comments (a short line inside the article's span is one
#: at its end).
_NOT_CARD = {Label.LEAD, Label.COMMENT, Label.TITLE}


def _confirmed_name(items: list[Item], common: _CommonWords) -> tuple[str, ...]:
    """The author's card, wherever the page prints it: a line of only a
    name beside a block that says whose it is -- the person's picture
    ("Picture of Jane Doe", "A headshot of Jane Doe", "Jane Doe's Profile
    Picture") or a byline naming them ("This post was written by Jane Doe,
    Head of ...", "All articles by Jane Doe").  Never from the headline, the
    standfirst or the comments; and only when the page confirms one name so
    (a list of other articles confirms each of its authors).  A name line
    beside a paragraph that opens with the name, or printed twice, is no
    proof: headings do both ("Healthcare AI" / "Healthcare AI is ...")."""
    found: list[str] = []
    for i, it in enumerate(items):
        if it.label in _NOT_CARD or not 2 <= it.n_words <= 4 or it.hit is not None and it.label is not Label.BYLINE:
            continue
        name = name_text(it.text.strip(" •·□☆*-"))
        if not NAME.match(name) or not 2 <= len(name.split()) <= 4 or name in found:
            continue
        confirmed = any(
            j != i and items[j].label is not Label.COMMENT and _confirms(name, items[j].text.strip(" •·□☆*-"))
            for j in range(max(0, i - CONFIRM_REACH), min(len(items), i + CONFIRM_REACH + 1))
        )
        # the page's common words are read only for a confirmed name
        if confirmed and not _common_phrase(name, common) and _has_word(name):
            found.append(name)
    if len(found) != 1:
        return ()
    pictured = {_pictured(it.text.strip(" •·□☆*-")) for it in items if it.label is not Label.COMMENT} - {None}
    return (found[0],) if len(pictured) <= 1 else ()  # more: a team's or a list's pictures


#: How far after an author's name (blocks) the biography may open, and the
#: words of a role line between the two ("| Author", "Senior Editor").
BIO_REACH, BIO_ROLE_MAX_WORDS = 3, 8
#: A biography's opening: a role in brackets or a dash first, maybe ("(Editor /
#: Journalist) – Albert comes from ..."), then a capitalised word and a word
#: in lower case.
_BIO_OPENING = regex.compile(r"^(?:\([^()]{1,60}\)\s*[–—-]?\s*)?(\p{Lu}[\p{L}'’-]*)\s+\p{Ll}")


def _bio_name(items: list[Item], common: _CommonWords, nouns: _BodyWords | None = None) -> tuple[str, ...]:
    """The author's box with a biography: a line of only a name (two or
    three capitalised words), and under it -- past a role line, maybe --
    a paragraph that calls the person by the first name alone ("Jane Doe" /
    "Jane writes about ...", "(Editor) – Jane comes from ...").  A heading
    is no person: its paragraph repeats the whole heading ("Healthcare AI" /
    "Healthcare AI is ...", so a whole name is no proof) or repeats it in
    lower case ("Medical Loss Ratios" / "Medical loss ratios are ..."), nor
    is a name of words the page prints in lower case (a product's, "Acme
    Business" / "Acme helps ...") or, in German, of the article's own
    nouns.  The box stands before the article's first paragraph or after
    its last (a person the article portrays has the paragraphs around the
    name), and only when the page has one such box (a team page has
    several), never from the comments."""
    found: set[str] = set()
    small: frozenset[str] | None = None
    prose = [i for i, it in enumerate(items) if it.label is Label.BODY and it.prose is Prose.GOOD]
    for i, it in enumerate(items):
        if it.label in _NOT_CARD or not 2 <= it.n_words <= 3 or it.in_thread:
            continue
        name = name_text(it.text.strip(" •·□☆*-"))
        words = name.split()
        if not 2 <= len(words) <= 3 or not NAME.match(name) or not it.text.strip(" •·□☆*-").startswith(words[0]):
            continue
        for j in range(i + 1, min(len(items), i + 1 + BIO_REACH)):
            other = items[j]
            if other.label in (Label.COMMENT, Label.CAPTION) or other.in_thread:
                break  # a picture's caption names whom it shows ("Jane Doe is one of the artists ...")
            text = other.text.strip()
            m = _BIO_OPENING.match(text)
            # in a box a rule names the author's ("About the author"), the
            # paragraph may call the person by the whole name: no heading's
            boxed = other.label is Label.BYLINE and other.reason.startswith("byline.bio") and text.startswith(name + " ")
            if (boxed or m is not None and m.group(1) == words[0]) and other.n_words > BIO_ROLE_MAX_WORDS:
                if prose and prose[0] < i and j < prose[-1]:
                    break  # inside the article: a person it portrays, not its writer
                # not a heading's words again in lower case ("Medical Loss
                # Ratios" / "Medical loss ratios are ..."), nor a word the
                # article writes in lower case ("Our Methodology" / "Our
                # experts ..."): a first name is never one
                again = not boxed and text[m.end(1) :].split(None, 1)[:1] == [words[1].casefold()]
                if again or _common_phrase(name, common) or not _has_word(name):
                    break
                if small is None:
                    small = nouns._small() if nouns is not None else lower_words(items)
                # a product's or a setting's words ("Acme Business", "Necessary Always Enabled"), nouns
                if not any(w.casefold() in small for w in words) and (nouns is None or not nouns.names_noun(name)):
                    found.add(name)
                break
            if other.n_words > BIO_ROLE_MAX_WORDS:
                break
    return (found.pop(),) if len(found) == 1 else ()


#: Characters of a picture's text that names a person, at most.
PICTURED_MAX_CHARS = 80
#: The words of :data:`_AVATAR` ("pictur" for "picture" and "pictured").
_PICTURE_WORDS = ("photo", "pictur", "image", "avatar", "portrait", "headshot")


def _pictured(text: str, max_chars: int | None = PICTURED_MAX_CHARS) -> str | None:
    """The person a picture's text names ("Picture of Jane Doe", "Jane
    Doe's Profile Picture"; a role after a comma left out) -- a name of two
    to four capitalised words --, or ``None``; a text longer than
    ``max_chars`` is no picture's."""
    if max_chars is not None and len(text) > max_chars:
        return None
    folded = text.casefold()
    if not any(w in folded for w in _PICTURE_WORDS):
        return None
    m = _AVATAR.match(text)
    if m is None:
        return None
    name = (m.group(1) or m.group(2) or "").split(",")[0].strip()
    return name if 2 <= len(name.split()) <= 4 and NAME.match(name) else None


#: What a picture's text names that is no person: "Logo image", "User's
#: avatar" (a comment's default picture), "Default avatar".
_GENERIC_PICTURED = frozenset({"logo", "icon", "user", "profile", "default", "placeholder", "anonymous", "guest"})


def _pictured_word(word: str, lines: list[Item], k: int, refused: Callable[[str], bool]) -> bool:
    """Whether ``word``, a line of one capitalised word (``lines[k]``), is
    the name under the author's picture: the line beside it is the picture
    of that word ("Wyndo's avatar", "Photo of Wyndo").  Not a stopword, a
    common word, a month or a site's word."""
    if not (len(word) >= HANDLE_MIN_CHARS and word[:1].isupper() and word.isalpha()):
        return False
    low = word.casefold()
    if refused(low) or low in site_words() or low in _ROW_WORDS or low in _GENERIC_PICTURED:
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines):
            m = _AVATAR.match(lines[j].text.strip())
            if m is not None and (m.group(1) or m.group(2) or "").strip() == word:
                return True
    return False


def _confirms(name: str, text: str) -> bool:
    """Whether the block ``text`` beside a line of only ``name`` says that
    the name is a person's (see :func:`_confirmed_name`)."""
    low, folded = text.casefold(), name.casefold()
    if folded not in low:
        return False  # the cheap test first: both proofs spell the name
    if _pictured(text) == name:
        return True
    key = "by " + folded
    k = low.find(key)
    while k != -1:  # "... by Jane Doe", as words: not "Baby Jane Doel"
        end = k + len(key)
        if (k == 0 or not low[k - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            return True
        k = low.find(key, k + 1)
    return False


#: Blocks before and after a dateline where an author's doubled name is looked for.
DOUBLED_REACH = 3
#: Words of a doubled name.
DOUBLED_MAX_WORDS = 4


def _doubled_name(
    head: list[Item],
    refused: Callable[[str], bool],
    common: _CommonWords | None = None,
    nouns: _BodyWords | None = None,
) -> tuple[str, ...]:
    """The author a blog's template prints twice in a row next to the
    dateline -- the avatar's text, then the name's link ("Mazi" / "Mazi" /
    "December 19, 2025"; "Jane Doe" / "Jane Doe" / "Last update:" /
    "July 16, 2025") -- a handle or a name of up to four capitalised words,
    none of them a stopword, a word of the article's prose, a month or a
    site's word ("Home" / "Home"); or ``()``.  Given the page's ``common``
    words (and ``nouns``, in a language that capitalises its nouns), also
    anywhere in the head: a name of two words or more that is no phrase of
    the page's words (a template's author slot under the headline with no
    date beside it: "Jane Doe, MS, RD" / "Jane Doe, MS, RD"; its
    credentials after a comma are the name's; not a column's "Inside
    Acme" / "Inside Acme")."""
    site = site_words()
    beside_dateline = common is None
    if beside_dateline:
        spans = [
            range(max(0, k - DOUBLED_REACH), min(len(head) - 1, k + DOUBLED_REACH))
            for k, it in enumerate(head) if it.dateline
        ]
    else:
        spans = [range(len(head) - 1)]
    for span in spans:
        for a in span:
            x, y = head[a], head[a + 1]
            if x.text != y.text or x.dateline or x.hit is not None or x.digit:
                continue
            if common is not None:
                name, _, credentials = x.text.partition(",")
                words = name.split()
                if (
                    len(words) < 2
                    or (credentials and not all(credential(c) for c in credentials.split(",")))
                    or _common_phrase(name, common)
                    or (nouns is not None and nouns.names_noun(name))
                ):
                    continue
            else:
                words = x.text.split()
            if not 1 <= len(words) <= DOUBLED_MAX_WORDS or not all(w[:1].isupper() for w in words):
                continue
            if any(refused(w.casefold()) or w.casefold().strip(".,:;") in site for w in words):
                continue
            if len(words) > 1 and not NAME.match(" ".join(words)):
                continue
            if len(words) == 1 and len(words[0]) < HANDLE_MIN_CHARS:
                continue
            return (x.text,)
    return ()


def _has_word(name: str) -> bool:
    """A name has a word of three letters or more ("Jane K. Doe", not the
    letters "Y I R" of a logo)."""
    return any(len(w.strip(".")) >= 3 for w in name.split())


#: A job title on the line under an author's name: "Jane Doe" / "Product
#: Analytics Expert", "Marketing Operations Analyst", "Senior Editor".
_JOB_TITLE = regex.compile(
    rf"(?i)\b(?:{ROLE_NOUNS}|ceo|coo|cto|cfo|cmo|marketers?|researchers?|engineers?|scientists?"
    r"|photographers?|producers?|designers?|developers?|journaliste|rédacteur|rédactrice|redactor(?:a)?|periodista"
    r"|\w*redakteur(?:in)?|\w*reporter(?:in)?|\w*journalist(?:in)?|\w*korrespondent(?:in)?|autor(?:in)?)\b"
    r"(?:\s+(?:at|of|for|bei|für|chez|de|en|@)\b.*+)?\s*$"  # the line ends with the job ("Editor at Acme")
)
JOB_TITLE_MAX_WORDS = 5


def _carded_name(items: list[Item], head: list[Item]) -> tuple[str, ...]:
    """An author's card above the article: a line of only a name, then a
    line of only a job title ("Jane Doe" / "Product Analytics Expert")."""
    body_start = next((it.start for it in items if it.label is Label.BODY), None)
    for a, b in zip(head, head[1:]):
        if body_start is not None and a.start >= body_start:
            break
        if a.hit is not None or b.n_words > JOB_TITLE_MAX_WORDS or "," in b.text or not _JOB_TITLE.search(b.text):
            continue
        text = name_text(BYLINE_START.sub("", PICTURE_NAME.sub(" ", a.text).lstrip(" •·□☆*-")).strip())
        if (
            2 <= len(text.split()) <= 4
            and NAME.match(text)
            and not _JOB_TITLE.search(text)
            and not any(w.casefold() in site_words() for w in text.split())
        ):
            return (text,)
    return ()


def _dated(text: str) -> bool:
    """A byline with its date ("By Jane Doe – Updated Sep 9, 2025 | ..."):
    a menu's or a teaser's "By ..." carries none."""
    return find_date(glued_month().sub(" ", text)) is not None


#: Labels a short "By Jane Doe" line may carry from the context pass (a
#: byline printed as a list item reads as a menu's).
_SOFT = {Label.NAVIGATION, Label.RELATED, Label.WIDGET}
SHORT_BYLINE_WORDS = 6


#: "Written by" glued to the word before it ("Byline imageWritten by Jane").
_GLUED_BY = regex.compile(r"(?<=\p{Ll})(?:Written|Posted|Reviewed|Edited)\s+by\s+(?=\p{Lu})")
#: A name, a comma and a role: "Jane Doe, Shipping Expert".
_NAME_ROLE = regex.compile(
    r"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}"
    r"(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})?"  # "Jane Doe and John Roe | Guest Columnists"
    r"\s*(?:,|\s[|–—]|\s-)\s+(?:[\p{L}-]+\s+){0,3}"
    r"(?i:writer|reporter|editor|correspondent|columnist|contributor|expert|analyst|producer|journalist)s?\s*$"
)


#: A name, then its role with no mark between, as a newspaper prints a
#: writer's link over the desk ("Jane Doe Education editor", "John Roe
#: Political correspondent"): the role's noun in lower case, after a
#: capitalised word.
_NAME_THEN_ROLE = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+"
    r"(?:editor|correspondent|reporter|writer|columnist|critic|producer|analyst)s?\s*$"
)


def _byline_in_dateline(text: str) -> str | None:
    """The byline after a date: "September 1st, 2023 By Emily Norwood",
    "Published August 7, 2023 by Nicole Burke", "03/01/2017 by Jane Roe"."""
    date = find_date(text)
    if date is None:
        return None
    return _writers_by(text, date.end(), BY_AFTER_DATE_CHARS)  # "June 2, 2025, edited by Jane Roe, by John Doe"


#: The word before a "by" that names another hand than the writer's:
#: "Medically reviewed by", "Photos by", "Powered by" (then "Written by"
#: in the same row is the byline).
_OTHER_HAND = regex.compile(
    r"(?i)(?:review(?:ed)?|fact[- ]?checked|checked|edited|photos?|photograph(?:s|ed)?|pictures?|images?|illustrat\w*"
    r"|produced|designed|powered|sponsored|presented|brought\s+to\s+you|supported|translated|fotos?|bilder?)\s*$"
)


def _row_byline(text: str) -> str | None:
    """The byline inside a dated row of facts, wherever it stands ("Medically
    reviewed by Kim Roe — Written by Jane Doe — Updated on March 7, 2025",
    "Veröffentlicht am 03.02.2022 von Jane Doe")."""
    return _writers_by(text)


def _writers_by(text: str, start: int = 0, reach: int | None = None) -> str | None:
    """``text`` from its first "by" at or after ``start`` (at most ``reach``
    characters after it) that is not another hand's (:data:`_OTHER_HAND`)."""
    for m in BY_AFTER.finditer(text, start):
        if reach is not None and m.start() - start > reach:
            break
        if _OTHER_HAND.search(text, 0, m.start()) is None:
            return text[m.start() :]
    return None


class _CommonWords:
    """Words the article writes in lower case: common words, which a
    person's name ("Travel Tips", "By Industry") is not made of.  Only the
    body's, and not inside a web address: links spell names and handles in
    lower case ("/emily-walker", "https://janedoe.blog/..."). Read from the
    body only when a name is to be checked."""

    def __init__(self, items: list[Item]) -> None:
        self._items = items
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            found: set[str] = set()
            for it in self._items:
                if it.label is Label.BODY:
                    found.update(words_of(without_web_addresses(it.text)))
            self._words = frozenset(w for w in found if w.islower())  # each word tested once
        return word in self._words


class _BodyWords:
    """Every word of the body and the language's stopwords, case-folded: in
    a language that capitalises its nouns ("Kultur", "Wohnen"), a row's part
    is a person's name only when the article does not use its words."""

    def __init__(self, items: list[Item], language: str) -> None:
        self._items = items
        self._stops = stoplist(language)
        self._words: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None
        self._body: str | None = None

    def names_noun(self, part: str, signed: bool = False) -> bool:
        """Whether a row's capitalised words hold a noun or a function word
        ("Kultur Wohnen", "Über Uns"), not only a name: any word the body
        uses (unless the row is ``signed``: ``part`` stands before its
        date, as a byline's name does, and the body prints it as a name), or
        a stopword -- but for a first word that the page never prints in
        lower case: the stoplists hold first names ("Michael",
        "Thomas", "Georg"), and a preposition is written small in the text."""
        words = [w.casefold() for w in part.split()]
        if self._words is None:
            self._words = frozenset(
                w.casefold() for it in self._items if it.label is Label.BODY for w in WORD.findall(it.text)
            )
        # (not the words of a person the article names: it prints them
        # together as written, "..., hat Jane Doe skizziert", where nouns
        # stand apart, with articles and conjunctions between)
        if any(w in self._words for w in words) and not (signed and self._named(part)):
            return True
        if any(w in self._stops for w in words[1:]):
            return True
        return bool(words) and words[0] in self._stops and words[0] in self._small()

    def _named(self, part: str) -> bool:
        """Whether the body prints ``part``'s two or more capitalised words
        in a row, as written ("Jane Doe"), and none of them elsewhere (a
        noun of an organisation's name, "Europäische Union", is also the
        text's own word)."""
        words = part.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return False
        if self._body is None:
            self._body = "\n".join(it.text for it in self._items if it.label is Label.BODY)
        body = self._body
        together = len(regex.findall(r"(?<!\w)" + r"\s+".join(map(regex.escape, words)) + r"(?!\w)", body))
        return together > 0 and all(
            len(regex.findall(r"(?i)(?<!\w)" + regex.escape(w) + r"(?!\w)", body)) == together for w in words
        )

    def _small(self) -> frozenset[str]:
        """The words the page prints in lower case."""
        if self._lower is None:
            self._lower = lower_words(self._items)
        return self._lower


def lower_words(items: list[Item]) -> frozenset[str]:
    """The words the page prints in lower case, anywhere."""
    return frozenset(w for it in items for w in WORD.findall(it.text) if w[:1].islower())


def _common_phrase(name: str, common: _CommonWords) -> bool:
    """A one-word "name", one made only of the page's common words, or one
    holding a site's word ("Press Release", "Home Blog"; data/names.toml)."""
    words = name.split()
    if len(words) < 2 or all(w.casefold() in common for w in words) or glued_links(name):
        return True
    site = site_words()
    return any(w.casefold().strip(".,:;") in site for w in words)


def _names(lines: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for line in lines:
        for name in split_names(line):
            if name not in out:
                out.append(name)
    return tuple(out)


# ----------------------------------------------------------------- publisher


def _publisher(items: list[Item], head: list[Item]) -> str | None:
    candidates: list[str] = []
    for it in head:
        if it.glue == "outlet":
            candidates.append(it.text)
        elif it.label is Label.BYLINE and BYLINE_START.match(it.text) and "|" in it.text:
            candidates.append(it.text.split("|", 1)[1].strip())
    for it in items:
        if it.label is Label.LEGAL:
            m = _COPYRIGHT.search(it.text)
            if m:
                candidates.append(m.group(1).strip())
    for it in items:
        if it.label is Label.APPEAL:
            m = _APPEAL_NAME.search(it.text)
            if m:
                candidates.append(m.group(1).strip())
    for it in items[:80]:
        if it.label is Label.BODY:
            m = _CORRESPONDENT.search(it.text)
            if m:
                candidates.append(m.group(1).strip())
    candidates = [c for c in (_tidy(c) for c in candidates) if c]
    if not candidates:
        return None
    best = candidates[0]
    # A domain ("Euromaidanpress.com") gives way to the spelled-out name
    # found elsewhere on the page ("Euromaidan Press").
    if "." in best and " " not in best:
        stem = best.split(".")[0].casefold()
        text = " ".join(it.text for it in items)
        m = regex.search(r"\b((?:[\p{Lu}][\p{L}]+\s){1,3}[\p{Lu}][\p{L}]+)\b", text)
        for m in regex.finditer(r"\b((?:[\p{Lu}][\p{L}]+\s){1,3}[\p{Lu}][\p{L}]+)\b", text):
            if m.group(1).replace(" ", "").casefold() == stem:
                return m.group(1)
    return best


def _tidy(name: str) -> str | None:
    name = name.strip(" .,:;|–—-")
    if not name or len(name) > 60 or not regex.search(r"\p{L}", name):
        return None
    return name


# ------------------------------------------------------------------- sources


def _sources(items: list[Item]) -> tuple[str, ...]:
    found: list[str] = []
    for it in items:
        if it.label is Label.BYLINE and _SOURCE_LINE.match(it.text):
            found.append(_SOURCE_LINE.sub("", it.text))
    paragraphs = [it.text for it in items if it.label is Label.BODY][:SOURCE_PARAGRAPHS]
    for text in paragraphs:
        for m in _REPORTED_BY.finditer(text):
            found.append(m.group(1))
        m = _X_REPORTED.search(text)
        if m:
            found.append(m.group(1))
    out: list[str] = []
    for s in found:
        s = _tidy(s)
        if s and s not in out:
            out.append(s)
    return tuple(out)


# ------------------------------------------------------------ captions, tags


def _captions(items: list[Item]) -> tuple[Caption, ...]:
    out: list[Caption] = []
    seen: set[str] = set()
    for it in items:
        if it.label is not Label.CAPTION:
            continue
        cap = split_caption(it.text)
        if cap is None or cap.text.casefold() in seen:
            continue
        seen.add(cap.text.casefold())
        out.append(cap)
    return tuple(out)


def split_caption(text: str) -> Caption | None:
    """A caption's text and its credit: "Jens Stoltenberg. Photo: Bloomberg"."""
    text = text.strip()
    m = _CREDIT_SLASH.search(text) or _CREDIT_WORD.search(text)
    if m is None:
        return Caption(text.rstrip(" ,"), None) if text else None
    body = text[: m.start(1)].strip().rstrip("/|–-(").strip()
    credit = _CREDIT_LEAD.sub("", m.group(1)).strip().rstrip(" ,)") or None
    if body.endswith(".") and not body.endswith(".."):
        body = body[:-1]
    if not body:
        if credit is None:
            return None
        return Caption(credit, None)
    return Caption(body, credit)


_TAGS_LEAD = regex.compile(r"(?i)^(?:tags?|tagged(?:\s+(?:with|as|in))?|topics?|filed under|categor(?:y|ies)|keywords)\s*:?\s*")
_WORD_CHAR = regex.compile(r"\w")


def _tags(items: list[Item]) -> tuple[str, ...]:
    out: dict[str, None] = {}  # insertion-ordered set
    for it in items:
        if it.label is not Label.TAGS:
            continue
        text = _TAGS_LEAD.sub("", it.text)
        parts = [p for p in _TAG_SPLIT.split(text) if p.strip()]
        if len(parts) == 1 and it.reason == "head.tag-row":
            parts = tag_row(parts[0])
        for p in parts:
            p = p.strip(" .")
            if p and _WORD_CHAR.search(p):
                out.setdefault(p)
    return tuple(out)


def tag_row(text: str) -> list[str]:
    """A row of tag links run together: capitalised words are tags of their
    own, runs of lower-case words one tag ("US NATO Russia security guarantees")."""
    tags: list[str] = []
    run: list[str] = []
    for w in text.split():
        if w[:1].isupper():
            if run:
                tags.append(" ".join(run))
                run = []
            tags.append(w)
        else:
            run.append(w)
    if run:
        tags.append(" ".join(run))
    return tags
