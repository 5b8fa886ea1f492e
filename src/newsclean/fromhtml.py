"""``clean_html()``: an HTML page in, :class:`Article` out.

Two readers look at the page and a merge decides block by block:

1. the page is rendered to layout-preserving text (:mod:`newsclean.render`)
   and cleaned by :func:`newsclean.clean`: every block gets a label, and
   the rules name teasers, appeals, newsletter boxes, legal lines;
2. trafilatura extracts the main text from the HTML tree (it sees the
   markup: ``<article>``, ``<aside>``, class names) and reads the page's
   metadata from its head (meta tags, JSON-LD, htmldate).

Trafilatura's text is aligned onto the rendered blocks (word 4-grams, each
used once, so a caption repeated elsewhere on the page is not taken
twice).  A block trafilatura kept is body unless a newsclean *rule* names
it as boilerplate or a headline; a block only newsclean calls body is kept
when it reads as prose and sits between blocks trafilatura kept (lists,
quotes and tables trafilatura prunes), or when it is a short line whose
words trafilatura printed in a row inside a longer line (a code listing's
rows), never when it comes from a ``<figure>``.  When trafilatura finds
(almost) nothing, newsclean's own reading stands.  The body is always the rendered page's text: words are
never rewritten.  Metadata are reconciled in :mod:`newsclean.reconcile`.

The design was chosen by measurement on the development sets (README,
"HTML input").
"""

from __future__ import annotations

import codecs
import logging
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .config import DEFAULT_CONFIG, Config
from .core import clean
from .labels import BOILERPLATE, Label
from .model import Article, Block
from .reconcile import reconcile
from .render import Rendering, render, render_flat
from .text import WORD
from .textio import decode

logger = logging.getLogger(__name__)

#: How far into the bytes a ``<meta charset>`` is looked for.
CHARSET_SNIFF = 8192
#: Share of a block's word 4-grams found in trafilatura's text for the
#: block to count as extracted by it.
ALIGN_SHARE = 0.5
#: With fewer words than this, and newsclean finding more than
#: ``SHORT_RATIO`` times as many, trafilatura missed the article: newsclean's
#: reading stands.
MIN_EXTRACTED_WORDS = 100
SHORT_RATIO = 2.0
#: Reasons of body blocks that may be added between extracted blocks.
PROSE_REASONS = frozenset({"prose.good", "prose.near"})
#: Reason prefixes that come from position, not from a rule; trafilatura's
#: view of the markup overrides them.
POSITIONAL = ("outside.", "context.", "shape.", "inside.")
#: Labels a newsclean rule may keep out of trafilatura's text.
RULE_LABELS = BOILERPLATE | {Label.TITLE}

_TAG = re.compile(r"<[^<>]{0,2000}>")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
#: Labels the web uses for Windows-1252 (the WHATWG encoding standard).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "iso_8859-1", "cp819"}


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>``,
    ``http-equiv`` content type or an XML declaration), as a Python codec
    name; ``None`` when it declares none we know."""
    head = data[:CHARSET_SNIFF]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").strip().lower()
    if name in _WINDOWS_1252:
        return "cp1252"
    if name.startswith(("utf-16", "utf16")):
        return "utf-8"  # a page read as bytes that says UTF-16 in ASCII is not UTF-16
    try:
        return codecs.lookup(name).name
    except LookupError:
        logger.debug("unknown declared charset %r", name)
        return None


def decode_html(data: bytes) -> str:
    """Text of an HTML page: by its byte order mark, else by the charset it
    declares, else as UTF-8 or what charset-normalizer detects.  Raises
    :class:`newsclean.InputError` for binary data."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    enc = declared_charset(data)
    if enc and _single_byte(enc) and not data.isascii():
        try:
            # A page that declares a one-byte charset but whose bytes are
            # UTF-8 (a stale <meta> after the site moved to UTF-8, a
            # re-encoded copy): UTF-8's multi-byte sequences do not come
            # about by chance in Latin-1 or Windows-1252 text.
            text = data.decode("utf-8")
            logger.debug("page declares %s but its bytes are UTF-8", enc)
            return text
        except UnicodeDecodeError:
            pass
    if enc:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            logger.debug("page declares %s but is not; detecting", enc)
    return decode(data)


@lru_cache(maxsize=None)
def _single_byte(enc: str) -> bool:
    """Whether a codec reads every byte as one character (Latin-1, the
    Windows and ISO 8859 code pages, KOI8-R ...)."""
    try:
        high = codecs.decode(bytes(range(128, 256)), enc, "replace")
    except (LookupError, ValueError):
        return False
    return len(high) == 128 and high.count("\ufffd") < 16  # UTF-8 reads each lone byte as a replacement


def clean_html(html: str | bytes, *, url: str | None = None, config: Config | None = None) -> Article:
    """Clean one HTML page.

    ``html`` is the page's source; bytes are decoded by the charset the
    page declares, falling back to detection.  ``url``, the page's address,
    is evidence for the metadata (see :func:`newsclean.clean`) and helps
    trafilatura's.  Returns an :class:`Article` whose ``blocks`` index
    ``Article.rendered`` (the page rendered as text).  Never raises on a
    ``str``; bytes that are not text raise
    :class:`newsclean.InputError`; other types ``TypeError``.
    """
    if isinstance(html, (bytes, bytearray)):
        html = decode_html(bytes(html))
    elif not isinstance(html, str):
        raise TypeError(f"clean_html() takes str or bytes, not {type(html).__name__}")
    cfg = config or DEFAULT_CONFIG
    tree, complete = parse_html(drop_noscript(html))
    if not complete:
        # lxml stopped early (nesting deeper than libxml2 allows): read the
        # whole page as a stream of tags rather than lose its rest.
        logger.warning("the HTML nests too deep for lxml; the page is read without trafilatura")
        try:
            text = render_flat(html)
        except Exception:  # noqa: BLE001 - html.parser is lenient; this is a last resort
            logger.warning("the stream reading failed too; the page is read without its tags", exc_info=True)
            text = _TAG.sub(" ", html)
        return replace(clean(text, url=url, config=cfg), rendered=text)
    if tree is None:
        return replace(clean("", url=url, config=cfg), rendered="")
    try:
        page = render(tree)
    except Exception:  # noqa: BLE001 - a renderer bug must not cost the page
        logger.warning("rendering failed; the page is read as its text content", exc_info=True)
        page = Rendering(" ".join(tree.itertext()), frozenset())
    article = clean(page.text, url=url, config=cfg)
    doc = _extract(tree, url)
    if doc is None:
        return replace(article, rendered=page.text)
    try:
        blocks = merge(article.blocks, doc.text or "", page.figure_lines, doc.title)
        md = reconcile(article, doc)
    except Exception:  # noqa: BLE001 - a merge bug must not cost the page
        logger.warning("merging with trafilatura failed; newsclean's reading stands", exc_info=True)
        return replace(article, rendered=page.text)
    paragraphs = tuple(b.text for b in blocks if b.label is Label.BODY)
    return replace(
        article,
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        blocks=blocks,
        rendered=page.text,
        **md,
    )


_NOSCRIPT_OPEN = re.compile(r"<noscript\b", re.I)
_NOSCRIPT_CLOSE = re.compile(r"</noscript\s*>", re.I)


def drop_noscript(html: str) -> str:
    """The page without its ``<noscript>`` elements, cut as a browser that
    runs scripts reads them: the content is raw text up to the first
    ``</noscript>``.  libxml2 parses it as markup instead, and a ``<div>``
    opened inside one (``<noscript><div id="nojs"></noscript>``) keeps it
    from ever closing: the rest of the page would sit inside it, unseen.
    An unclosed ``<noscript>`` is left to the parser.  One pass."""
    parts = []
    pos = 0
    while (m := _NOSCRIPT_OPEN.search(html, pos)) is not None:
        close = _NOSCRIPT_CLOSE.search(html, m.end())
        if close is None:
            break
        parts.append(html[pos : m.start()])
        pos = close.end()
    if not parts:
        return html
    parts.append(html[pos:])
    return "".join(parts)


def parse_html(html: str) -> tuple[Any, bool]:
    """The page's lxml tree (None when there is nothing to parse) and
    whether the parser read the whole page."""
    import lxml.html
    from lxml import etree

    def parser(encoding: str | None = None) -> Any:
        return lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_pis=True, encoding=encoding)

    if not html.strip():
        return None, True
    p = parser()
    try:
        tree = lxml.html.document_fromstring(html, parser=p)
    except ValueError:  # a str that declares its encoding (<?xml ... encoding=...?>)
        p = parser("utf-8")
        try:
            tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=p)
        except (etree.ParserError, ValueError):
            tree = None
    except etree.ParserError:  # "Document is empty"
        tree = None
    complete = not any(e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message for e in p.error_log)
    return tree, complete


def _extract(tree: Any, url: str | None) -> Any:
    """trafilatura's reading of the tree (it works on a copy), or None."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            tree, url=url, include_comments=False, with_metadata=True, deduplicate=False
        )
    except Exception:  # noqa: BLE001 - trafilatura's failures cost its view only
        logger.warning("trafilatura failed on the page; newsclean's reading stands", exc_info=True)
        return None


def align(blocks: tuple[Block, ...], extracted: str) -> list[bool]:
    """Which blocks trafilatura's text contains.

    A block of four words or more counts when at least ``ALIGN_SHARE`` of
    its word 4-grams are in the text; a shorter one when a line of the text
    reads the same.  Each 4-gram and line is used once; blocks newsclean
    calls body claim theirs first, so a headline repeated in a teaser list
    does not take the article's copy.  The number the renderer puts before
    an ordered list's item ("4. ") is not in trafilatura's text: a block
    is tried without it too.
    """
    toks = WORD.findall(extracted)
    grams = Counter(zip(toks, toks[1:], toks[2:], toks[3:]))
    lines = Counter(" ".join(WORD.findall(line)) for line in extracted.splitlines())
    found = [False] * len(blocks)
    order = [i for i, b in enumerate(blocks) if b.label is Label.BODY]
    order += [i for i, b in enumerate(blocks) if b.label is not Label.BODY]
    for i in order:
        words = WORD.findall(blocks[i].text)
        found[i] = _claim(words, grams, lines)
        if not found[i] and len(words) > 1 and _NUMBERED.match(blocks[i].text):
            found[i] = _claim(words[1:], grams, lines)
    return found


#: Words a short body block between the extract's blocks needs for its
#: words in a row in trafilatura's text to keep it (fewer: "Share",
#: "Read more" are everywhere).
SHORT_RUN = 3


def _in_line(text: str, run: str) -> bool:
    """A short block whose words stand in a row in ``run`` (trafilatura's
    words, space-joined and padded): trafilatura printed it inside a
    longer line, as it prints a code listing's or a table's rows."""
    words = WORD.findall(text)
    return SHORT_RUN <= len(words) < 4 and f" {' '.join(words)} " in run


_NUMBERED = re.compile(r"\s*\d{1,3}\.\s")


def _claim(words: list[str], grams: Counter, lines: Counter) -> bool:
    """Whether ``words`` are in the extracted text; what they match is used up."""
    if not words:
        return False
    if len(words) < 4:
        key = " ".join(words)
        if lines[key] > 0:
            lines[key] -= 1
            return True
        return False
    mine = Counter(zip(words, words[1:], words[2:], words[3:]))
    hit = sum(min(n, grams[g]) for g, n in mine.items())
    if hit >= ALIGN_SHARE * sum(mine.values()):
        grams.subtract(mine)
        return True
    return False


def merge(
    blocks: tuple[Block, ...],
    extracted: str,
    figure_lines: frozenset[int] = frozenset(),
    page_title: str | None = None,
) -> tuple[Block, ...]:
    """Relabel newsclean's blocks with trafilatura's extraction (module doc).

    A block newsclean took for the headline that trafilatura kept stays a
    headline only when the page's own title (``<title>``, og:title) has its
    words; otherwise it was the article's first sentence.
    """
    title_words = {w.casefold() for w in WORD.findall(page_title or "")}
    inside = align(blocks, extracted)
    kept = [i for i, x in enumerate(inside) if x]
    words = sum(len(WORD.findall(blocks[i].text)) for i in kept)
    ours = sum(len(WORD.findall(b.text)) for b in blocks if b.label is Label.BODY)
    if not kept or (words < MIN_EXTRACTED_WORDS and ours > SHORT_RATIO * words):
        logger.debug("trafilatura kept %d words, newsclean %d; newsclean's reading stands", words, ours)
        return blocks
    lo, hi = kept[0], kept[-1]
    run = f" {' '.join(WORD.findall(extracted))} "
    out = []
    for i, b in enumerate(blocks):
        if inside[i]:
            ruled = b.label in RULE_LABELS and not b.reason.startswith(POSITIONAL)
            if b.label is Label.TITLE and not _titled(b.text, title_words):
                ruled = False
            if b.label is not Label.BODY and b.label is not Label.COMMENT and not ruled:
                b = replace(b, label=Label.BODY, reason="html.extracted")
        elif b.label is Label.BODY:
            in_figure = any(n in figure_lines for n in range(b.first_line, b.last_line + 1))
            if in_figure:
                b = replace(b, label=Label.CAPTION, reason="html.figure")
            elif not (lo < i < hi and (b.reason in PROSE_REASONS or _in_line(b.text, run))):
                outside = i < lo or i > hi
                b = replace(
                    b,
                    label=Label.RELATED if outside else Label.WIDGET,
                    reason="html.outside-extract" if outside else "html.not-extracted",
                )
        out.append(b)
    return tuple(out)


#: Share of a headline's words the page title must have for it to stay one.
TITLE_SHARE = 0.6


def _titled(text: str, title_words: set[str]) -> bool:
    words = [w.casefold() for w in WORD.findall(text)]
    if not words or not title_words:
        return not title_words  # no page title to check against: trust newsclean
    return sum(w in title_words for w in words) >= TITLE_SHARE * len(words)
