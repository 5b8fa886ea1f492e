"""The closed vocabularies of newsclean: block labels and modes."""

from __future__ import annotations

from enum import Enum


class TextEnum(str, Enum):
    """An enum whose members print as their value (``str(Label.BODY)`` is
    "body"), as the CLI, the JSON output and the rule files write them."""

    def __str__(self) -> str:
        return self.value


class Label(TextEnum):
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


class Favor(TextEnum):
    """Which error the cleaner prefers to make when it is unsure.

    ``PRECISION`` drops doubtful blocks (less boilerplate, may lose a
    paragraph), ``RECALL`` keeps them (never loses text, may keep a teaser),
    ``BALANCED`` is tuned for the best F1 on the benchmarks.
    """

    PRECISION = "precision"
    BALANCED = "balanced"
    RECALL = "recall"


class DateSource(TextEnum):
    """Where ``Article.published`` was read: a line of the ``TEXT``, or the
    page's ``URL`` (its path's date, taken when the text gives none)."""

    TEXT = "text"
    URL = "url"


class InputFormat(TextEnum):
    """How inputs are read: ``AUTO`` by file name (``.html``/``.htm`` as
    HTML, ``.md``/``.markdown`` as Markdown, everything else as text), or
    all as ``TEXT``, ``HTML`` or ``MARKDOWN``."""

    AUTO = "auto"
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


#: File name endings read as HTML by ``InputFormat.AUTO``.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: File name endings read as Markdown by ``InputFormat.AUTO``.
MARKDOWN_SUFFIXES = (".md", ".markdown")
#: Files searched for in directories when no pattern is given (a folder's
#: ``.md`` files are often its notes, not pages: AUTO leaves them out).
DEFAULT_PATTERNS = {
    InputFormat.AUTO: ("*.txt", "*.html", "*.htm"),
    InputFormat.TEXT: ("*.txt",),
    InputFormat.HTML: ("*.html", "*.htm"),
    InputFormat.MARKDOWN: ("*.md", "*.markdown"),
}


def format_of(input_format: InputFormat, name: str) -> InputFormat:
    """How the input ``name`` is read: ``TEXT``, ``HTML`` or ``MARKDOWN``
    (``AUTO`` decides by the name's ending)."""
    if input_format is not InputFormat.AUTO:
        return input_format
    low = name.lower()
    if low.endswith(HTML_SUFFIXES):
        return InputFormat.HTML
    if low.endswith(MARKDOWN_SUFFIXES):
        return InputFormat.MARKDOWN
    return InputFormat.TEXT
