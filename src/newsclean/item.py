"""The working record of one block while the cleaner decides it.

Internal and mutable (one object per block, built by ``segment`` and filled
in by ``classify``, ``context`` and ``head``); it becomes an immutable
:class:`newsclean.Block` at the end.  A plain ``__slots__`` class because
one is made for every line of every page.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from .labels import Label

if TYPE_CHECKING:
    from .rules import RuleHit
    from .thread import Thread


class Prose(str, Enum):
    """How much a block reads like article prose on its own."""

    GOOD = "good"
    NEAR = "near"
    SHORT = "short"
    BAD = "bad"


class Item:
    __slots__ = (
        # segmentation: normalised text, span, lines, layout
        "text", "start", "end", "spans", "column", "first_line", "last_line", "indent", "marker", "blank_before", "glue",
        # first pass: features, rule verdict, prose class
        "words", "digit", "key", "n_words", "stop_ratio", "ends", "upper", "hit", "prose", "dateline", "code", "headline", "dup", "echo",
        # second pass: value in the region search, decision
        "value", "card", "section", "shape", "header_text", "thread", "in_thread", "label", "reason",
    )

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        first_line: int,
        last_line: int,
        indent: int,
        marker: str,
        blank_before: int,
        glue: str = "",
    ):
        self.text = text
        self.start = start
        self.end = end
        #: The input spans the text came from, when they are not one
        #: (a paragraph of a column, whose lines have other columns' text
        #: between them); ``None``: ``(start, end)`` alone.
        self.spans: list[tuple[int, int]] | None = None
        #: The column of a layout the block was read from (0: none).
        self.column = 0
        self.first_line = first_line
        self.last_line = last_line
        self.indent = indent
        self.marker = marker
        self.blank_before = blank_before
        #: Why the block was cut from a glued line: "outlet" (a name glued to
        #: the dateline after it) or "".
        self.glue = glue
        #: The text's words (``text.WORD`` runs), case-folded.
        self.words: tuple[str, ...] = ()
        #: Whether the text holds a digit (``None``: not looked at yet).
        self.digit: bool | None = None
        self.key = ""
        self.n_words = 0
        self.stop_ratio = 0.0
        self.ends = False
        self.upper: bool | None = None
        self.hit: RuleHit | None = None
        self.prose = Prose.SHORT
        self.dateline = False
        #: A line of program code (a statement, a comment in code, a query).
        self.code = False
        self.headline = False
        self.dup = 1
        self.echo = False
        self.value = 0.0
        self.card = False
        #: The rule family of the section header this block sits under.
        self.section: RuleHit | None = None
        #: The block's shape as a comment header (:func:`newsclean.thread.header_shape`),
        #: set for every block when threads are looked for.
        self.shape: str | None = None
        #: Its text as a comment header (:func:`newsclean.thread.header_text`),
        #: set when first asked for.
        self.header_text: str | None = None
        #: The comment thread this block heads a comment of (a header line).
        self.thread: Thread | None = None
        #: Inside the span of a comment thread found by its headers.
        self.in_thread = False
        self.label: Label | None = None
        self.reason = ""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Item {self.first_line} {self.prose.value} {self.label} {self.reason} {self.value:.1f} {self.text[:50]!r}>"
