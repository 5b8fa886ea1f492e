"""Immutable result types: Block, Comment, Caption, Article, HeadlineCandidate."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .labels import DateSource, Label


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the page: a paragraph, or a line where lines are independent.

    ``spans`` are the pieces of the input string given to
    :func:`newsclean.clean` that the block's text comes from, in reading
    order: one ``(start, end)`` for a block on consecutive lines
    (``input[start:end]`` is its raw text, line breaks and indentation
    included), one per line for a paragraph read from a column laid beside
    others (between its lines stand the other columns' text).  ``start`` and
    ``end`` are the first span's start and the last span's end;
    ``first_line``/``last_line`` are the 0-based input lines of the first
    and the last span.  ``column`` is the column of a layout the block was
    read from (1, 2, ... in reading order; 0: none).  ``text`` is the block
    with whitespace normalised and wrapped lines joined.  ``reason`` names
    the rule or heuristic that decided ``label``; ``score`` is the block's
    prose score (positive: reads like article text).
    """

    text: str
    label: Label
    reason: str
    score: float
    start: int
    end: int
    first_line: int
    last_line: int
    spans: tuple[tuple[int, int], ...] = ()
    column: int = 0

    def __post_init__(self) -> None:
        if not self.spans:
            object.__setattr__(self, "spans", ((self.start, self.end),))

    def to_dict(self) -> dict[str, Any]:
        out = {
            "text": self.text,
            "label": self.label.value,
            "reason": self.reason,
            "score": round(self.score, 3),
            "start": self.start,
            "end": self.end,
            "first_line": self.first_line,
            "last_line": self.last_line,
        }
        if len(self.spans) > 1:
            out["spans"] = [list(s) for s in self.spans]
        if self.column:
            out["column"] = self.column
        return out


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption and its credit ("Photo: Bloomberg"), when given."""

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment; ``parent`` is the index of the comment it replies
    to; ``header`` the lines that head it as written ("1. Avatar Jane
    says:", "October 23, 2012 at 3:41 pm"), from which ``author`` and
    ``posted`` were read."""

    author: str | None
    text: str
    depth: int = 0
    parent: int | None = None
    posted: str | None = None
    likes: int | None = None
    header: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "text": self.text,
            "depth": self.depth,
            "parent": self.parent,
            "posted": self.posted,
            "likes": self.likes,
            "header": self.header,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Article:
    """What :func:`newsclean.clean` returns.

    ``body`` is the text of the body blocks in input order, one blank line
    between paragraphs; every other field is read from labelled blocks and is
    ``None`` (or empty) when the text does not say it.  ``url`` is the
    page's address as the caller gave it; ``published_from`` says whether
    ``published`` was read from the text or, when the text gives no date,
    from the URL's path (:class:`DateSource`).  ``rendered`` is
    set by :func:`newsclean.clean_html` only: the page rendered as text,
    which the blocks' spans index (it is not part of ``to_dict()``).
    """

    body: str
    paragraphs: tuple[str, ...]
    blocks: tuple[Block, ...]
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
    language: str | None = None
    comments: tuple[Comment, ...] = field(default=())
    url: str | None = None
    published_from: DateSource | None = None
    rendered: str | None = field(default=None, repr=False, compare=False)

    def blocks_with(self, label: Label) -> tuple[Block, ...]:
        """The blocks carrying ``label``, in input order."""
        return tuple(b for b in self.blocks if b.label is label)

    def to_dict(self, *, blocks: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title,
            "lead": self.lead,
            "published": _iso(self.published),
            "published_text": self.published_text,
            "published_from": self.published_from.value if self.published_from is not None else None,
            "updated": _iso(self.updated),
            "publisher": self.publisher,
            "authors": list(self.authors),
            "translators": list(self.translators),
            "sources": list(self.sources),
            "captions": [c.to_dict() for c in self.captions],
            "tags": list(self.tags),
            "language": self.language,
            "url": self.url,
            "body": self.body,
            "comments": [c.to_dict() for c in self.comments],
        }
        if blocks:
            out["blocks"] = [b.to_dict() for b in self.blocks]
        return out

    def to_json(self, *, blocks: bool = True, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(blocks=blocks), ensure_ascii=False, indent=indent)


@dataclass(frozen=True, slots=True)
class HeadlineCandidate:
    """A line the headline was chosen among (:func:`newsclean.headline_candidates`).

    ``index`` is the line's block in :attr:`Article.blocks`; ``score`` the
    sum of its evidence, each piece's value times its weight
    (``data/headline.toml``); ``evidence`` the pieces it has, as
    ``(name, value, weight)``.  The highest score is the headline.
    """

    index: int
    text: str
    score: float
    evidence: tuple[tuple[str, float, float], ...]
