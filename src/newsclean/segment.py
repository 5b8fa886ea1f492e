"""Cut the input into blocks, keeping each block's span in the input.

A block is a paragraph, or a single line where lines are independent.  Text
dumped by ``w3m -dump`` or ``lynx -dump`` (and copied from a browser) puts
one paragraph on one line, menus and headline lists one item per line, list
items behind bullets or numbers, and -- when dumped at a fixed width --
paragraphs hard-wrapped over several lines.  The rules here:

* a blank line always ends a block;
* every non-blank line starts a new block, except in a *wrapped document*
  (one whose lines stop short of a fixed width) where a line continues the
  previous one when the previous line is full -- the first word of the line
  would not have fitted on it -- and the indentation matches (a list item's
  hanging indent included);
* a few kinds of glued spans are split where the page lost a line break:
  a caption credit glued to a sentence ("... get it.Credit...Doug Mills"),
  and a dateline glued to an outlet's name ("European PravdaThursday, 1 June").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

import regex

from .item import Item
from .layout import LINE_ENDINGS, Line, column_lines
from .text import NON_GAP, squash

#: A list marker: bullet symbols w3m and lynx emit, or "1." / "2)" / "a)".
MARKER = regex.compile(
    r"(?:[•◦▪▫■□☆★●○◆◇‣⁃∙·*+»›\-–—]|\(?\d{1,3}[.)]|\(?[a-z]\))(?=\s)"
)

#: Widest line that a fixed-width dump produces; wider means "not wrapped".
MAX_WRAP_WIDTH = 200
#: A line this close to the widest line counts as "full".
FULL_LINE_SLACK = 12
#: Lines that must be full before a document counts as hard-wrapped.
MIN_FULL_LINES = 3
#: Narrowest plausible wrap width.
MIN_WRAP_WIDTH = 40
TAB_WIDTH = 4

#: Split points inside one line where a page glued two blocks together
#: (zero-width; the named group says which kind).  Kept small and generic on
#: purpose, and written as look-behind + literal look-ahead so that one scan
#: of the whole text costs almost nothing.
GLUE = regex.compile(
    r"""
    # a sentence glued to a photo credit: "...get it.Credit...Doug Mills"
    (?<=[.!?”"’)])(?=(?:Credit|Photo|Image|Picture|Foto|Фото)\b\s*(?:[:.…/]|by\b))(?P<credit>)
    |
    # a caption glued to its credit without a stop: "...marmotsCredit: Vesti"
    (?<=\p{Ll})(?=(?:Credit|Photo|Image):)(?P<credit2>)
    |
    # an outlet's name glued to a weekday that starts a dateline
    (?<=\p{Ll})(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|
                    Понеділок|Вівторок|Середа|Четвер|П'ятниця|Субота|Неділя|
                    Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье)
                 ,?\s+\d)(?P<outlet>)
    """,
    regex.VERBOSE,
)
#: A gap this wide inside a line separates columns laid side by side; a
#: line is cut there when one of its cells has COLUMN_PROSE_WORDS words.
COLUMN_GAP = regex.compile(r"(?<=[^\s\[])[ \t]{12,}(?=[^\s\]])")
COLUMN_PROBE = " " * 12
COLUMN_PROSE_WORDS = 8
#: Characters that can start a list marker.
_MARKER_START = frozenset("•◦▪▫■□☆★●○◆◇‣⁃∙·*+»›-–—(0123456789")


def _indent_of(raw: str) -> int:
    lead = raw[: len(raw) - len(raw.lstrip())]
    return len(lead) + lead.count("\t") * (TAB_WIDTH - 1)


def _display_len(raw: str) -> int:
    return len(raw.rstrip()) + raw.count("\t") * (TAB_WIDTH - 1)


def _marker(content: str) -> str:
    """The list marker that starts ``content`` (stripped), or ''."""
    c0 = content[0]
    if c0 in _MARKER_START or content[1:2] == ")":
        m = MARKER.match(content)
        if m:
            return m.group()
    return ""


def _squash_line(content: str) -> str:
    """``squash`` for one stripped line, fast when it holds no control characters."""
    text = " ".join(content.split())
    return text if text.isprintable() else squash(text)


def wrap_width(raws: list[str]) -> int | None:
    """The fixed width the document was wrapped at (the right edge of its
    full lines, a line number in the margin or a box's right border left
    out: "... and he    1", "... the story:     │"), or ``None``.  Widths are measured from the document's
    left margin: a page set in from the left (a centred layout dumped with
    hundreds of blanks before each line) wraps as one that is not."""
    widest = 0
    margin = 1 << 30
    lengths = []
    for raw in raws:
        n = _display_len(raw)
        if n and "  " in raw[-MARGIN_MARK_TAIL:] and (m := MARGIN_MARK.search(raw)) is not None:
            n = _display_len(raw[: m.start()])  # a line number in the margin is no part of the width
        if n:
            lengths.append(n)
            if n > widest:
                widest = n
            if raw[:1].isspace():
                indent = _indent_of(raw)
                if n - indent > MAX_WRAP_WIDTH:
                    return None  # a line of text wider than any wrap width: the margin cannot save it
                margin = min(margin, indent)
            else:
                if n > MAX_WRAP_WIDTH:
                    return None
                margin = 0
    if not lengths:
        return None
    margin = min(margin, widest)
    if not MIN_WRAP_WIDTH <= widest - margin <= MAX_WRAP_WIDTH:
        return None
    full = sum(1 for n in lengths if n >= widest - FULL_LINE_SLACK)
    return widest if full >= MIN_FULL_LINES else None


#: A page number or a placeholder at a line's end, two blanks or more after
#: its text ("... the board's decision.     [12]", "_"): no part of the width
#: the text was wrapped at.
MARGIN_MARK = regex.compile(r"(?<=\S)[ \t]{2,}+[\d\W_]{1,6}+[ \t]*+$")
#: Characters at a line's end in which a margin mark's two blanks are looked for.
MARGIN_MARK_TAIL = 12
#: Share of a text's prose lines that must reach its shared width.
SHARED_WIDTH_SHARE = 0.25
#: Percentile of the prose lines' indentations taken as the text's margin.
MARGIN_PERCENTILE = 0.1


def _without_margin_mark(raw: str) -> str:
    """``raw`` without a margin mark at its end (:data:`MARGIN_MARK`).  The
    mark's blanks stand between two characters that are no blanks, so a
    line whose stripped text holds neither two spaces nor a tab has none
    (the cheap test first: most lines of prose)."""
    core = raw.strip()
    return MARGIN_MARK.sub("", raw) if "  " in core or "\t" in core else raw


def shared_width(raws: list[str]) -> int | None:
    """The width a text's prose lines were wrapped at: the longest length
    that ``MIN_FULL_LINES`` of them, and ``SHARED_WIDTH_SHARE`` of them,
    reach within ``FULL_LINE_SLACK`` -- not the widest line, which may be a
    footer's menu or a line of rules -- measured without a page number or
    placeholder at a line's end, and from the margin most prose lines keep
    (a stray line at column 0 does not count).  ``None`` when no such width
    lies between ``MIN_WRAP_WIDTH`` and ``MAX_WRAP_WIDTH``."""
    prose = [r for r in raws if r.strip() and _prose_line(r)]
    if len(prose) < MIN_FULL_LINES:
        return None
    lengths = sorted(_display_len(_without_margin_mark(r)) for r in prose)
    indents = sorted(_indent_of(r) for r in prose)
    margin = indents[int(len(indents) * MARGIN_PERCENTILE)]
    need = max(MIN_FULL_LINES, SHARED_WIDTH_SHARE * len(prose))
    for k in range(len(lengths) - 1, -1, -1):
        c = lengths[k]
        if k + 1 - bisect_left(lengths, c - FULL_LINE_SLACK) >= need:
            return c if MIN_WRAP_WIDTH <= c - margin <= MAX_WRAP_WIDTH else None
    return None


#: A run of lines between blank lines is wrapped on its own (an e-mail or a
#: poem quoted in a page of long lines) when it has this many lines, all
#: but the last full, and its width is in this range.
GROUP_MIN_LINES, GROUP_MAX_WIDTH = 3, 120


def group_widths(raws: list[str]) -> list[int | None]:
    """Per line, the width its run of lines (between blank lines) was
    wrapped at, or ``None``: for documents without one fixed width."""
    out: list[int | None] = [None] * len(raws)
    i, n = 0, len(raws)
    while i < n:
        if not raws[i].strip():
            i += 1
            continue
        j = i
        while j < n and raws[j].strip():
            j += 1
        if j - i >= GROUP_MIN_LINES:
            # wrapped mid-sentence: most lines go on in lower case (a list
            # of headlines or a repeated line does not) -- the cheap test first
            lower = sum(1 for r in raws[i + 1 : j] if r.lstrip()[:1].islower() or r.lstrip()[:1].isdigit())
            if lower >= GROUP_MIN_LINES - 1 and 2 * lower >= j - i - 1:
                lengths = [_display_len(r) for r in raws[i:j]]
                widest = max(lengths)
                margin = min(_indent_of(r) for r in raws[i:j])
                full = sum(1 for k in lengths[:-1] if k >= widest - FULL_LINE_SLACK)
                if (
                    MIN_WRAP_WIDTH <= widest - margin <= GROUP_MAX_WIDTH
                    and full >= len(lengths) - 1
                    and all(_prose_line(r) for r in raws[i:j])
                ):
                    out[i:j] = [widest] * (j - i)
        i = j
    return out


#: Lines that start with closing punctuation (see :func:`node_pieces`), at
#: least, and their share of the pairs of adjacent lines.
NODE_PIECES_MIN, NODE_PIECES_SHARE = 5, 0.02
#: Closing punctuation at a line's start: the text after a link or an
#: emphasis, where a converter broke the line at the element's end.
_CLOSING_START = regex.compile(r"[.,;:!?)\]’”»](?![.\w])")
#: One blank, then a word in lower case: the text after an inline element.
_BLANK_LOWER_START = regex.compile(r" [\p{Ll}\d]")


def node_pieces(raws: list[str]) -> frozenset[int]:
    """The lines that go on the sentence of the line above them, in a text
    whose converter put every text node of the page on a line of its own
    (BeautifulSoup's ``get_text("\\n")``): a paragraph with a link inside
    comes as "... led to " / "widespread problems" / " last week when ..." /
    ".".  Such a text shows it by lines that open with closing punctuation,
    NODE_PIECES_MIN of them and NODE_PIECES_SHARE of its adjacent lines (a
    text browser's dump: about one in three hundred); in it, a line that
    opens so, or with one blank and a word in lower case, or that follows
    a line ending in one blank (not after a full stop), goes on the line
    above.  Elsewhere: none."""
    opening = pairs = 0
    for i in range(1, len(raws)):
        if raws[i].strip() and raws[i - 1].strip():
            pairs += 1
            opening += _CLOSING_START.match(raws[i]) is not None
    if opening < NODE_PIECES_MIN or opening < NODE_PIECES_SHARE * pairs:
        return frozenset()
    found = set()
    for i in range(1, len(raws)):
        raw, prev = raws[i], raws[i - 1]
        if not raw.strip() or not prev.strip() or MARKER.match(raw.lstrip()):
            continue
        if (
            _CLOSING_START.match(raw)
            or _BLANK_LOWER_START.match(raw)
            or prev.endswith(" ") and not prev.endswith("  ") and prev.rstrip()[-1:] not in ".!?:"
        ):
            found.add(i)
    return frozenset(found)


def _wraps_at(raws: list[str], width: int) -> bool:
    """Whether the text's prose lines that reach ``width`` go on, on the
    next line, mid-sentence (in lower case or with a number) at least half
    the time, ``MIN_FULL_LINES`` times or more: wrapped prose, not a list of
    headlines of one length (each goes on in upper case) -- and no line of
    prose is wider than any wrap width (a paragraph on one line: the text
    was not wrapped, whatever width its shorter lines share)."""
    if any(len(raw) > MAX_WRAP_WIDTH and _display_len(raw) > MAX_WRAP_WIDTH and _prose_line(raw) for raw in raws):
        return False
    full = lower = 0
    for raw, nxt in zip(raws, raws[1:]):
        if _display_len(raw) < width - FULL_LINE_SLACK or not nxt.strip() or not _prose_line(raw):
            continue
        full += 1
        c = nxt.lstrip()[:1]
        lower += c.islower() or c.isdigit()
    return lower >= MIN_FULL_LINES and 2 * lower >= full


#: Words a line of a wrapped run has at least (a table's row or a menu's
#: item is not wrapped prose).
GROUP_LINE_WORDS = 4


def _prose_line(raw: str) -> bool:
    """A line of wrapped prose: no list marker, no column gap, some words."""
    content = raw.strip()
    return (
        not MARKER.match(content)
        and "   " not in content
        and content.count(" ") + 1 >= GROUP_LINE_WORDS
        and not content.startswith(("[", "//", "#", "/*", "*", ">"))
        and not any(c in content for c in "{};=|")
        and CODE_FLAG.search(content) is None
    )


#: A command-line flag ("git checkout -b x"): a line of code, not prose.
CODE_FLAG = regex.compile(r"\s--?[a-z]")


#: How far (columns) a paragraph's first line may be set in from its next.
FIRST_LINE_INDENT = 4


def _indented_first(prev_raw: str, raw: str, width: int, hang: int) -> bool:
    """Whether ``raw`` goes on with a paragraph whose first line,
    ``prev_raw``, was set in (as typewritten text and books are: "  The
    thing which ... was the" / "schoolmaster's history, ..."): ``raw`` stands
    up to FIRST_LINE_INDENT columns further left, goes on in lower case,
    and its first word would not have fitted on the first line."""
    stripped = raw.lstrip()
    if not 0 < hang - _indent_of(raw) <= FIRST_LINE_INDENT or not stripped[:1].islower():
        return False
    first_word = stripped.split(" ", 1)[0]
    return _display_len(prev_raw) + 1 + len(first_word) > width - 1


def _continues(prev_raw: str, raw: str, width: int, hang: int) -> bool:
    """Whether ``raw`` is the wrapped continuation of ``prev_raw``."""
    stripped = raw.lstrip()
    if not stripped or MARKER.match(stripped):
        return False
    if _indent_of(raw) != hang:
        return False
    first_word = stripped.split(" ", 1)[0]
    return _display_len(prev_raw) + 1 + len(first_word) > width - 1


def segment(text: str) -> list[Item]:
    """Cut ``text`` into segments with spans; never raises on a ``str``.

    The lines are read in the order :func:`newsclean.layout.read_order`
    gives: columns laid side by side one after the other, each column's
    wrapped lines joined at the column's width."""
    lines = column_lines(text)
    if lines is not None:
        raws = [ln.text for ln in lines]
        starts = [ln.start for ln in lines]
        numbers = [ln.number for ln in lines]
        columns = [ln.column for ln in lines]
        widths = _column_widths(lines)
        glued = {i for i, raw in enumerate(raws) if GLUE.search(raw)}
    else:  # the input's lines as they are
        physical = text.splitlines(keepends=True)
        raws = [line.rstrip(LINE_ENDINGS) for line in physical]
        starts = list(accumulate((len(x) for x in physical), initial=0))
        numbers = range(len(raws))
        columns = None
        width = wrap_width(raws)
        if width is not None:
            widths = [width] * len(raws)
        else:
            # no fixed width for every line (a converter left a long address
            # unbroken): each run's own, else the width the prose lines share
            # when the text shows it wraps there
            widths = group_widths(raws)
            shared = shared_width(raws)
            if shared is not None and _wraps_at(raws, shared):
                widths = [w if w is not None else shared for w in widths]
        glued = _glued_lines(text, starts)
    pieces = node_pieces(raws) if columns is None else frozenset()
    out: list[Item] = []
    blanks = 0
    cur: Item | None = None
    parts: list[str] = []
    prev_raw = cur_raw = ""
    hang = cur_start = 0
    for i, raw in enumerate(raws):
        start, number, column = starts[i], numbers[i], columns[i] if columns else 0
        content = raw.strip()
        piece = _squash_line(content) if content else ""
        if not piece:
            if cur is not None:
                _finish(cur, parts, out, glued, cur_raw, cur_start)
                cur = None
            blanks += 1
            continue
        if COLUMN_PROBE in content:  # cells of a line the layout pass left whole
            cells = _columns(raw)
            if cells:
                if cur is not None:
                    _finish(cur, parts, out, glued, cur_raw, cur_start)
                    cur = None
                for a, b in cells:
                    cell = raw[a:b]
                    cell_text = _squash_line(cell)
                    if cell_text:
                        out.append(Item(cell_text, start + a, start + b, number, number, a, _marker(cell), blanks))
                        out[-1].column = column
                        blanks = 0
                continue
        w = widths[i]
        if cur is not None and w is not None and len(parts) == 1 and not cur.marker and _indented_first(prev_raw, raw, w, hang):
            hang = _indent_of(raw)  # the paragraph's first line was set in; the rest keep this margin
        if cur is not None and (w is not None and _continues(prev_raw, raw, w, hang) or i in pieces):
            parts.append(piece)
            lead = len(raw) - len(raw.lstrip())
            end = start + len(raw.rstrip())
            if not text[cur.end : start + lead].strip():
                if cur.spans is not None:
                    cur.spans[-1] = (cur.spans[-1][0], end)
            else:  # a column's next line: not next to the last in the input
                if cur.spans is None:
                    cur.spans = [(cur.start, cur.end)]
                cur.spans.append((start + lead, end))
            cur.end = end
            cur.last_line = number
            prev_raw = raw
            continue
        if cur is not None:
            _finish(cur, parts, out, glued, cur_raw, cur_start)
        lead = len(raw) - len(raw.lstrip())
        indent = lead + raw.count("\t", 0, lead) * (TAB_WIDTH - 1)
        marker = _marker(content)
        hang = indent
        if marker:
            rest = content[len(marker) :]
            hang = indent + len(marker) + (len(rest) - len(rest.lstrip()))
        cur = Item(piece, start + lead, start + len(raw.rstrip()), number, number, indent, marker, blanks)
        cur.column = column
        cur_raw, cur_start = raw, start
        parts = [piece]
        prev_raw = raw
        blanks = 0
    if cur is not None:
        _finish(cur, parts, out, glued, cur_raw, cur_start)
    return out


def _column_widths(lines: list[Line]) -> list[int | None]:
    """Per line, the width its lines were wrapped at: for a run of a
    column's lines (between blank lines: a cell's paragraph), the run's
    widest line, when one of its lines was full at that width and the next
    goes on in lower case (wrapped mid-sentence; a column's cells differ in
    width, and a menu's items never go on in lower case); for the text
    between and around the columns, the width its prose lines share
    (:func:`shared_width`), else what a run of lines shows by itself
    (:func:`group_widths`)."""
    raws = [ln.text for ln in lines]
    out = group_widths(raws)
    i, n = 0, len(lines)
    while i < n:
        if lines[i].column:
            i += 1
            continue
        j = i
        while j < n and not lines[j].column:
            j += 1
        width = shared_width(raws[i:j])
        if width is not None:
            out[i:j] = [w if w is not None else width for w in out[i:j]]
        i = j
    i = 0
    while i < n:
        if not lines[i].column or not raws[i].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].column == lines[i].column and raws[j].strip():
            j += 1
        lengths = [_display_len(_without_margin_mark(r)) for r in raws[i:j]]
        width = max(lengths)
        if any(
            raws[k + 1].lstrip()[:1].islower() and lengths[k - i] + 1 + len(raws[k + 1].split(None, 1)[0]) > width - 1
            for k in range(i, j - 1)
        ):
            out[i:j] = [width] * (j - i)
        i = j
    return out


def _columns(raw: str) -> list[tuple[int, int]]:
    """Cells of a line that holds columns side by side, or [].

    A layout table dumped by w3m puts a sidebar and the article on the same
    lines, far apart ("• Breakfast <40 spaces> The tricky thing about...").
    Such a line is cut at its wide gaps when one of its cells reads like
    prose; a data table's row (all cells short) stays whole, and so do a
    form field's blank ("[          ]") and a line of text with its number
    far out in the margin.
    """
    cells: list[tuple[int, int]] = []
    pos = len(raw) - len(raw.lstrip())
    for m in COLUMN_GAP.finditer(raw):
        cells.append((pos, m.start()))
        pos = m.end()
    if not cells:
        return []
    cells.append((pos, len(raw.rstrip())))
    if len(cells) == 2 and MARGIN_MARK.search(raw) is not None:
        return []  # a line and its number in the margin ("... was the        2") or its box's border: one cell
    if max(len(raw[a:b].split()) for a, b in cells) < COLUMN_PROSE_WORDS:  # words, not spaces: lynx pads a cell
        return []
    return cells


#: The words a glue point stands before (each kind of :data:`GLUE` looks
#: ahead at one of them): the text is searched for these, and the pattern
#: tried where one starts.
GLUE_WORDS = (
    "Credit", "Photo", "Image", "Picture", "Foto", "Фото",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Понеділок", "Вівторок", "Середа", "Четвер", "П'ятниця", "Субота", "Неділя",
    "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье",
)


#: Any of :data:`GLUE_WORDS`, found in one scan (each is capitalised and
#: has no other capital, so no two of them overlap in a text).
_GLUE_WORD = re.compile("|".join(re.escape(w) for w in GLUE_WORDS))


def glue_points(text: str) -> list[int]:
    """Where :data:`GLUE` matches in ``text`` (``m.start()`` of each match
    of ``GLUE.finditer``): a glue point stands before one of
    :data:`GLUE_WORDS`, so only the places where one starts are tried."""
    return [m.start() for m in _GLUE_WORD.finditer(text, 1) if GLUE.match(text, m.start()) is not None]


def _glued_lines(text: str, starts: list[int]) -> set[int]:
    """Indices of the lines (starting at ``starts``) that hold a glue point."""
    return {bisect_right(starts, k) - 1 for k in glue_points(text)}


def _finish(seg: Item, parts: list[str], out: list[Item], glued: set[int], raw: str, line_start: int) -> None:
    if len(parts) > 1:
        seg.text = " ".join(parts)
        out.append(seg)
        return
    matches = list(GLUE.finditer(seg.text)) if seg.first_line in glued else []
    if not matches:
        out.append(seg)
        return
    # Cut the line at the glue points; each piece keeps its exact span, found
    # by mapping the squashed text back to the raw line.
    joined = seg.text
    cuts = [m.start() for m in matches]
    where = _squash_positions(raw)
    bounds = [0, *cuts, len(joined)]
    for k in range(len(bounds) - 1):
        a, b = bounds[k], bounds[k + 1]
        piece = joined[a:b].strip()
        if not piece:
            continue
        a += len(joined[a:b]) - len(joined[a:b].lstrip())
        b = a + len(piece)
        out.append(
            Item(
                piece,
                line_start + where[a],
                line_start + where[b - 1] + 1,
                seg.first_line,
                seg.last_line,
                seg.indent,
                seg.marker if k == 0 else "",
                seg.blank_before if k == 0 else 0,
                "outlet" if k < len(matches) and matches[k].group("outlet") is not None else "",
            )
        )
        out[-1].column = seg.column


def _squash_positions(raw: str) -> list[int]:
    """For each character of ``squash(raw)``, its index in ``raw``."""
    where: list[int] = []
    for m in NON_GAP.finditer(raw):
        if where:
            where.append(m.start() - 1)  # the single space standing for a gap
        where.extend(range(m.start(), m.end()))
    return where
