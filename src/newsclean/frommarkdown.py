"""``clean_markdown()``: a page converted to Markdown in, :class:`Article` out.

Crawlers and converters (html2text, reader services, LLM pipelines) often
keep a page as Markdown rather than as text: links as ``[text](url)``,
pictures as ``![alt](src)``, headings after ``#``, emphasis between ``*``
or ``_``, and paragraphs wrapped at a fixed width.  Read as plain text, the
marks and the addresses are words of no sentence, and a paragraph's lines
wrapped round a long address no longer look wrapped: read as text, the
article fell apart (aeb, pages converted by html2text: F1 0.49; 0.73-0.74
once segment joined lines at their shared width; 0.91-0.92 read as
Markdown, README "Which text it reads").

So Markdown is read as what it is, markup: parsed by markdown-it-py (the
CommonMark reference's Python port), rendered as a text browser shows the
HTML it stands for (:mod:`newsclean.render`: a picture as ``[alt]``, a
list item after a bullet, a paragraph on one line), and that text is
cleaned by :func:`newsclean.clean`.  ``Article.rendered`` holds it, and the
blocks index it, as with :func:`newsclean.clean_html`.  No trafilatura
merge: the Markdown has lost the page's markup (``<article>``, class names)
that trafilatura reads.

Converters break a long link's address over two lines, which CommonMark
does not read as a link any more; the line breaks inside an address are
dropped before parsing (:func:`mend_links`).  Nothing else is changed.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache
from typing import Any

import regex

from .config import DEFAULT_CONFIG, Config
from .core import clean
from .fromhtml import parse_html
from .model import Article
from .render import render

logger = logging.getLogger(__name__)

#: A link's or a picture's address after its text, ``](...)``, with line
#: breaks inside it where a converter wrapped a long address (html2text
#: breaks it at its hyphens): no blank, parenthesis or empty line inside.
_BROKEN_TARGET = regex.compile(r"\]\((?:[^()\s]++|[ \t]*+\n[ \t]*+(?=[^\s()]))*+\)")
_BREAK = regex.compile(r"[ \t]*\n[ \t]*")


def mend_links(md: str) -> str:
    """``md`` with the line breaks inside links' addresses dropped (and the
    blanks around them): "[Jane Doe](https://example.com/author/jane-" /
    "doe.html)" is one link again.  Only an address is mended: the text of
    a link may span lines in CommonMark."""
    if "](" not in md:
        return md
    return _BROKEN_TARGET.sub(lambda m: _BREAK.sub("", m.group()) if "\n" in m.group() else m.group(), md)


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    # CommonMark with GitHub's pipe tables (html2text writes them); raw
    # HTML inside the Markdown is passed on and rendered like the rest
    return MarkdownIt("commonmark", {"html": True}).enable("table")


def render_markdown(md: str) -> str:
    """The text a reader sees of the Markdown ``md``, laid out as a text
    browser shows a page (:func:`newsclean.render.render`)."""
    html = _parser().render(mend_links(md))
    tree, _ = parse_html(html)
    return render(tree).text if tree is not None else ""


def clean_markdown(md: str, *, url: str | None = None, config: Config | None = None) -> Article:
    """Clean one page kept as Markdown.

    The Markdown is rendered to text (:func:`render_markdown`) and cleaned
    by :func:`newsclean.clean`; ``Article.rendered`` is that text, which
    the blocks' spans index.  ``url`` as for :func:`newsclean.clean`.
    Never raises on a ``str``; raises ``TypeError`` for anything else.
    """
    if not isinstance(md, str):
        raise TypeError(f"clean_markdown() takes a str, not {type(md).__name__}; decode bytes first")
    cfg = config or DEFAULT_CONFIG
    try:
        text = render_markdown(md)
    except Exception:  # noqa: BLE001 - a parser bug must not cost the page
        logger.warning("the Markdown could not be rendered; the page is read as plain text", exc_info=True)
        text = md
    return replace(clean(text, url=url, config=cfg), rendered=text)
