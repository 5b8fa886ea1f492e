"""HTML to layout-preserving plain text, the way a text browser shows a page.

``clean()`` was built on pages as ``w3m -dump`` renders them: block
elements start new lines, paragraphs and headings are set off by a blank
line, list items are indented with a marker, table cells without block
content sit side by side.  :func:`render` produces that shape from an lxml
tree so ``clean_html()`` can hand the page to the plain-text cleaner.

It walks the tree with an explicit stack (hostile pages nest thousands of
elements deep), drops what a reader never sees (scripts, styles, forms'
inputs, elements hidden by ``hidden`` or an inline ``display:none``), and
never changes a word: text nodes are copied with their whitespace collapsed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

#: Elements whose content a reader never sees as text.
SKIP = frozenset(
    "script style noscript template svg math iframe object embed canvas head title meta link "
    "input textarea select option datalist audio video source track map area img picture param base".split()
)
#: Elements that start a new line.
BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody thead tfoot tr td th caption legend ul noframes".split()
)
#: Block elements set off by a blank line.
PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 blockquote pre figure table hr dl header footer nav aside form".split())
LISTS = frozenset({"ul", "ol", "menu", "dir"})
CELLS = frozenset({"td", "th"})
#: Class names that hide text from sighted readers.
HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|screenreader-only)(?:\s|$)", re.I)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")
BULLET = "•"


#: Elements whose text is a caption, not running text.
FIGURE = frozenset({"figure", "figcaption"})


@dataclass(frozen=True)
class Rendering:
    """The page as text, and which of its lines (0-based) came from a
    ``<figure>`` or ``<figcaption>``."""

    text: str
    figure_lines: frozenset[int]


class _Writer:
    """Accumulates lines; breaks are requested and emitted lazily, so runs of
    empty blocks never pile up blank lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.pending = 0  # 0 nothing, 1 new line, 2 blank line
        self.prefix = ""  # marker of the list item whose first line is next
        self.indent = ""
        self.figure = 0  # depth of open <figure>/<figcaption> elements
        self.figure_lines: set[int] = set()

    def brk(self, level: int) -> None:
        if self.line:
            self.lines.append("".join(self.line).rstrip())
            self.line = []
        self.pending = max(self.pending, level)

    def text(self, s: str, pre: bool = False) -> None:
        if pre:
            parts = s.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.brk(1)
                if part:
                    self._put(part.replace("\t", "    "))
            return
        s = _SPACE.sub(" ", s)
        if not s or (s == " " and not self.line):
            return
        if not self.line:
            s = s.lstrip()
        elif self.line[-1].endswith(" ") and s.startswith(" "):
            s = s[1:]
        if s:
            self._put(s)

    def cell(self) -> None:
        """Two spaces between table cells that share a line."""
        if self.line:
            self.line[-1] = self.line[-1].rstrip(" ")
            self.line.append("  ")

    def _put(self, s: str) -> None:
        if not self.line:
            if self.lines and self.pending:
                self.lines.extend([""] * (self.pending - 1))
            self.pending = 0
            if self.figure:
                self.figure_lines.add(len(self.lines))
            lead = self.indent
            if self.prefix:
                lead = self.indent[: max(0, len(self.indent) - len(self.prefix))] + self.prefix
                self.prefix = ""
            self.line.append(lead)
        self.line.append(s)

    def result(self) -> str:
        self.brk(0)
        return "\n".join(self.lines) + ("\n" if self.lines else "")


def _hidden(el: Any) -> bool:
    get = el.get
    style = get("style")
    if style and HIDDEN_STYLE.search(style):
        return True
    cls = get("class")
    return bool(cls and HIDDEN_CLASS.search(cls))


def _has_block(el: Any) -> bool:
    for d in el.iterdescendants():
        tag = d.tag
        if isinstance(tag, str) and tag.lower() in BLOCK:
            return True
    return False


def render(tree: Any) -> Rendering:
    """Plain text of an lxml HTML tree (or element), laid out like ``w3m -dump``."""
    w = _Writer()
    # Stack entries: (element, entering?) plus saved writer state on exit.
    stack: list[tuple[Any, bool, Any]] = [(tree, True, None)]
    lists: list[list[int]] = []  # per open list: [kind (0 ul, 1 ol), counter]
    pre = 0
    while stack:
        el, entering, saved = stack.pop()
        tag = el.tag
        if not isinstance(tag, str):  # comment, processing instruction, entity
            if el.tail:
                w.text(el.tail, pre > 0)
            continue
        tag = tag.lower()
        if entering:
            if tag in SKIP or _hidden(el):
                if el.tail:
                    w.text(el.tail, pre > 0)
                continue
            inline_cell = tag in CELLS and not _has_block(el)
            state = (w.indent, len(lists), inline_cell)
            if tag == "br":
                w.brk(1)
            elif tag in BLOCK:
                if inline_cell:
                    w.cell()
                else:
                    w.brk(2 if tag in PARAGRAPH or (tag in LISTS and not lists) else 1)
                if tag in LISTS:
                    lists.append([1 if tag == "ol" else 0, 0])
                    w.indent += "   " if lists[:-1] else "  "
                elif tag == "li":
                    if lists:
                        lists[-1][1] += 1
                        marker = f"{lists[-1][1]}. " if lists[-1][0] else f"{BULLET} "
                    else:
                        marker = f"{BULLET} "
                    w.indent += " " * len(marker)
                    w.prefix = marker
                elif tag == "blockquote" or tag == "dd":
                    w.indent += "    "
                elif tag == "pre":
                    pre += 1
                if tag in FIGURE:
                    w.figure += 1
            stack.append((el, False, state))
            children = list(el)
            for child in reversed(children):
                stack.append((child, True, None))
            if el.text:
                w.text(el.text, pre > 0)
        else:
            if tag in BLOCK:
                if not saved[2]:
                    w.brk(2 if tag in PARAGRAPH or (tag in LISTS and len(lists) <= 1) else 1)
                if tag == "pre":
                    pre -= 1
                if tag in FIGURE:
                    w.figure -= 1
                if tag == "li":
                    w.prefix = ""
            w.indent = saved[0]
            del lists[saved[1] :]
            if el.tail:
                w.text(el.tail, pre > 0)
    text = w.result()
    return Rendering(text, frozenset(w.figure_lines))


#: Elements whose content the flat renderer drops (they have end tags).
_FLAT_SKIP = frozenset("script style noscript template svg math textarea select title head iframe object".split())


def render_flat(html: str) -> str:
    """Text of HTML read as a stream of tags, for pages lxml cannot build a
    tree of (nesting deeper than libxml2 allows stops its parser, and the
    rest of the page would be lost).  Block elements start new lines,
    paragraphs are set off by blank lines; no lists or tables."""
    from html.parser import HTMLParser

    lines: list[str] = []
    line: list[str] = []
    skip: list[str] = []

    def brk(blank: bool) -> None:
        text = _SPACE.sub(" ", "".join(line)).strip()
        line.clear()
        if text:
            lines.append(text)
        if blank and lines and lines[-1]:
            lines.append("")

    class _Flat(HTMLParser):
        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in _FLAT_SKIP:
                skip.append(tag)
            elif tag == "br":
                brk(False)
            elif tag in BLOCK:
                brk(tag in PARAGRAPH)

        def handle_endtag(self, tag: str) -> None:
            if tag in _FLAT_SKIP:
                if tag in skip:
                    del skip[len(skip) - 1 - skip[::-1].index(tag) :]
            elif tag in BLOCK:
                brk(tag in PARAGRAPH)

        def handle_data(self, data: str) -> None:
            if not skip:
                line.append(data)

    parser = _Flat(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    brk(False)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + ("\n" if lines else "")
