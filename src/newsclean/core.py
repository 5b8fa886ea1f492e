"""``clean()``: plain text in, :class:`Article` out.

normalise and segment -> judge each block alone -> find the article and
revise by context -> label the head -> read metadata -> Article.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields

from .classify import analyse
from .comments import read_comments
from .config import DEFAULT_CONFIG, Config
from .context import decide
from .dates import page_memo
from .head import EVIDENCE, headline_evidence, label_head, weights
from .item import Item
from .labels import Label
from .metadata import Metadata, read_metadata
from .model import Article, Block, HeadlineCandidate
from .segment import segment
from .url import read_url

logger = logging.getLogger(__name__)


def clean(text: str, *, url: str | None = None, config: Config | None = None) -> Article:
    """Clean the plain text of one news page.

    Returns an :class:`Article` whose ``body`` holds the article's
    paragraphs exactly as written (whitespace normalised) and whose
    ``blocks`` label and explain every block of the input.  ``url``, the
    page's address when known, is evidence for the headline (its slug), the
    published date (its path) and the publisher (its host); it is kept as
    ``Article.url``.  Never raises on a ``str``; raises ``TypeError`` for
    anything else.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes a str, not {type(text).__name__}; decode bytes first")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"clean()'s url is a str, not {type(url).__name__}")
    cfg = config or DEFAULT_CONFIG
    with page_memo(), collector_paused():
        return _clean(text, cfg, url)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while one page is cleaned.

    The cleaner makes no reference cycles (its records reference later
    stages' results, never back), so the collector finds nothing to free
    here; but it runs every few hundred allocations and walks every block
    of the page each time an older generation is due, which on a long page
    of short blocks cost a third of the features pass.  Reference counting
    still frees everything as usual.  The collector's state is restored
    after the page; when it was off, it is left off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: Markdown links (``](``) in a text, from which ``clean()`` notes that the
#: text looks like Markdown.
MARKDOWN_HINT_LINKS = 20


def _clean(text: str, cfg: Config, url: str | None = None) -> Article:
    if text.count("](") >= MARKDOWN_HINT_LINKS:
        logger.info("the text looks like Markdown; newsclean.clean_markdown() reads it as such (clean() keeps its marks)")
    items = segment(text)
    if not items:
        return Article(body="", paragraphs=(), blocks=(), url=url)
    page_url = read_url(url)
    if url and page_url is None:
        logger.info("%r is no web address; the page is read without it", url[:200])
    items, language, s, e = _article(items, cfg)
    title_index = label_head(items, s, e, language, page_url) if e >= s else None
    try:
        md = read_metadata(items, title_index, language, page_url)
    except Exception:  # noqa: BLE001 - a metadata bug must not cost the body
        logger.warning("metadata failed; the body is kept, metadata left empty", exc_info=True)
        md = Metadata()
    try:
        comments = read_comments(items)
    except Exception:  # noqa: BLE001 - a thread we cannot read must not cost the body
        logger.warning("comments failed; the body is kept, comments left empty", exc_info=True)
        comments = ()
    blocks = tuple(map(_block, items))
    paragraphs = tuple(b.text for b in blocks if b.label is Label.BODY)
    logger.debug("cleaned %d blocks, region %d-%d, %d paragraphs", len(items), s, e, len(paragraphs))
    return Article(
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        blocks=blocks,
        **{f.name: getattr(md, f.name) for f in fields(md)},  # Metadata's fields are Article's
        language=language,
        comments=comments,
        url=url,
    )


def _article(items: list[Item], cfg: Config) -> tuple[list[Item], str, int, int]:
    """Each block judged alone, then the article found and the blocks
    revised by context: the blocks, the page's language and the article's
    first and last block (``e < s``: none)."""
    items, language = analyse(items, cfg)
    s, e = decide(items, cfg.thresholds, language)
    return items, language, s, e


def headline_candidates(
    text: str, *, url: str | None = None, config: Config | None = None
) -> tuple[HeadlineCandidate, ...]:
    """The lines :func:`clean` chose the headline among, best first, each
    with the evidence that scored it (``newsclean explain --headline``).
    Empty when the page has no article."""
    if not isinstance(text, str):
        raise TypeError(f"headline_candidates() takes a str, not {type(text).__name__}")
    cfg = config or DEFAULT_CONFIG
    with page_memo(), collector_paused():
        items = segment(text)
        if not items:
            return ()
        items, language, s, e = _article(items, cfg)
        if e < s:
            return ()
        w = weights()
        found = []
        for i, ev in headline_evidence(items, s, e, language, read_url(url)):
            pieces = tuple((name, float(x), a) for name, x, a in zip(EVIDENCE, ev, w) if x)
            found.append(HeadlineCandidate(i, items[i].text, sum(x * a for _, x, a in pieces), pieces))
    # the first of equal scores is the headline, as in label_head
    return tuple(sorted(found, key=lambda c: -c.score))


#: A Block is made for every block of every page, and its frozen
#: dataclass's ``__init__`` sets each field through ``object.__setattr__``
#: by name, then calls ``__post_init__`` (which only fills empty spans):
#: :func:`_block` sets the same fields through their slots' descriptors,
#: half the cost, and always gives the spans.
_new = object.__new__
(_set_text, _set_label, _set_reason, _set_score, _set_start, _set_end, _set_first_line, _set_last_line,
 _set_spans, _set_column) = (getattr(Block, f.name).__set__ for f in fields(Block))


def _block(it: Item) -> Block:
    b = _new(Block)
    _set_text(b, it.text)
    _set_label(b, it.label or Label.WIDGET)
    _set_reason(b, it.reason or "undecided")
    _set_score(b, it.value)
    _set_start(b, it.start)
    _set_end(b, it.end)
    _set_first_line(b, it.first_line)
    _set_last_line(b, it.last_line)
    _set_spans(b, tuple(it.spans) if it.spans else ((it.start, it.end),))
    _set_column(b, it.column)
    return b
