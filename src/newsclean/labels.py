"""The closed vocabularies of newsclean: block labels and modes."""

from __future__ import annotations

from enum import Enum


class Label(str, Enum):
    """What a block of the page is.

    Only ``BODY`` blocks form ``Article.body``.  ``TITLE``, ``LEAD``,
    ``BYLINE``, ``CAPTION``, ``TAGS`` and ``COMMENT`` blocks feed the
    metadata; the rest is boilerplate.
    """

    BODY = "body"
    TITLE = "title"
    LEAD = "lead"
    BYLINE = "byline"
    CAPTION = "caption"
    NAVIGATION = "navigation"
    ADVERTISEMENT = "advertisement"
    APPEAL = "appeal"
    SOCIAL = "social"
    RELATED = "related"
    COMMENT = "comment"
    LEGAL = "legal"
    WIDGET = "widget"
    TAGS = "tags"

    def __str__(self) -> str:
        return self.value

    @property
    def is_boilerplate(self) -> bool:
        return self in BOILERPLATE


#: Labels that are neither body nor metadata.
BOILERPLATE = frozenset(
    {
        Label.NAVIGATION,
        Label.ADVERTISEMENT,
        Label.APPEAL,
        Label.SOCIAL,
        Label.RELATED,
        Label.LEGAL,
        Label.WIDGET,
    }
)

#: Labels whose blocks metadata readers look at.
METADATA = frozenset({Label.TITLE, Label.LEAD, Label.BYLINE, Label.CAPTION, Label.TAGS})


class Favor(str, Enum):
    """Which error the cleaner prefers to make when it is unsure.

    ``PRECISION`` drops doubtful blocks (less boilerplate, may lose a
    paragraph), ``RECALL`` keeps them (never loses text, may keep a teaser),
    ``BALANCED`` is tuned for the best F1 on the benchmarks.
    """

    PRECISION = "precision"
    BALANCED = "balanced"
    RECALL = "recall"

    def __str__(self) -> str:
        return self.value
