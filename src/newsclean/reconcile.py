"""Metadata of an HTML page from two readers: newsclean's, from the
rendered text, and trafilatura's, from the page's markup and head.

Per field, the policy measured best on the development sets (README,
"HTML input"); see :func:`reconcile`.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from .model import Article
from .text import WORD

logger = logging.getLogger(__name__)

_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ")


def reconcile(article: Article, doc: Any) -> dict[str, Any]:
    """Metadata fields for ``dataclasses.replace(article, **fields)``.

    * title: the page's ``<title>``/og:title with the site name cut off,
      unless newsclean's headline is a part of it of three words or more
      (then the headline, which has no site name to cut);
    * published: the date newsclean read near the headline, else
      trafilatura's (htmldate's) date; when the two are a day apart the page
      shows the day in its own time zone and the markup's day is taken, and
      when the text's date is all digits with day and month both under 13
      ("12/04/2020") and the markup reads it the other way round, the
      markup settles it; a
      page that only says when it was updated keeps that as ``updated``;
    * authors: trafilatura's (from the markup), unless newsclean's names
      are all inside them (a role or a prefix dropped: "Recipe by X" → X);
      newsclean's when trafilatura finds none;
    * publisher and tags: newsclean's, else trafilatura's site name and tags.
    """
    out: dict[str, Any] = {}
    page_title = site_title(doc.title, doc.sitename)
    if article.title and doc.title and len(_words(article.title)) >= 3 and _inside(article.title, doc.title):
        out["title"] = article.title
    else:
        out["title"] = page_title or article.title
    date = parse_date(doc.date)
    if date is not None and (
        article.published is None
        or _next_day(article.published, date)
        or _swapped(article.published_text, article.published, date)
    ):
        out["published"] = date
        out["published_text"] = doc.date
    theirs = tuple(dict.fromkeys(a for a in _AUTHOR_SPLIT.split(doc.author or "") if a))
    if theirs and not (article.authors and _inside(" ".join(article.authors), " ".join(theirs))):
        out["authors"] = theirs
    if not article.publisher and doc.sitename:
        out["publisher"] = doc.sitename
    if not article.tags and doc.tags:
        out["tags"] = tuple(dict.fromkeys(t.strip() for t in doc.tags if t and t.strip()))
    return out


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def _inside(part: str, whole: str) -> bool:
    """Whether every word of ``part`` is a word of ``whole``."""
    words = set(_words(whole))
    mine = _words(part)
    return bool(mine) and all(w in words for w in mine)


def site_title(title: str | None, sitename: str | None) -> str | None:
    """A page title without the site's name glued to it ("Headline | Site")."""
    if not title:
        return None
    title = title.strip()
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if (sitename and _same(tail, sitename)) or len(tail.split()) <= 3 < len(head.split()):
            return head.strip()
        first, _, rest = title.partition(sep)
        if sitename and _same(first, sitename):
            return rest.strip()
    return title


def _same(a: str, b: str) -> bool:
    na = re.sub(r"\W+", "", a).casefold()
    nb = re.sub(r"\W+", "", b).casefold()
    return bool(na) and (na == nb or na in nb or nb in na)


def parse_date(value: str | None) -> datetime | None:
    """trafilatura's date ("2023-06-01", or with a time) as a datetime."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        logger.debug("unreadable date from trafilatura: %r", value)
        return None


def _next_day(a: datetime, b: datetime) -> bool:
    """Whether two dates fall on neighbouring days."""
    return abs((a.date() - b.date()).days) == 1


_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?!\d)")


def _swapped(text: str | None, read: datetime, markup: datetime) -> bool:
    """Whether an ambiguous numeric date was read month-first where the
    markup has it day-first, or the reverse."""
    m = _NUMERIC_DATE.search(text or "")
    if not m or int(m.group(1)) > 12 or int(m.group(2)) > 12 or m.group(1) == m.group(2):
        return False
    return (read.year, read.month, read.day) == (markup.year, markup.day, markup.month)
