"""Reading order of laid-out text: columns side by side are read as columns.

``w3m -dump`` and inscriptis lay a page's layout table out in two
dimensions: a menu column, the article column and a sidebar side by side,
separated by runs of blanks, each cell's text wrapped at the cell's width.
Read line by line, one paragraph of the article becomes a run of fragments
interleaved with menu items.  This pass finds the columns and gives the
lines back in reading order -- each column top to bottom, then the next --
as :class:`Line` records that keep their place in the input.

How a column is found (whitespace analysis of the page as a grid of
display columns, as layout analysers of scanned pages do with white
rectangles):

* every line is reduced to its *ink runs*, the spans of display columns
  that hold text, words one blank apart belonging to one run; table rules
  drawn with box characters ("│", "━") count as blank;
* a *gutter* is a run of display columns that stays blank over
  consecutive lines, followed from the line where it first separates two
  runs down to the line whose text crosses it (a blank line crosses
  nothing); a region's gutter is what every one of its lines leaves blank;
* a gutter makes a column layout only when the whole region says so, never
  one line: at least ``MIN_SIDE_BY_SIDE`` lines hold text on both sides of
  it, the column right of it starts at one edge in most of its lines (a
  column is aligned; a chance alignment of word gaps is not), and one of
  the two sides holds wrapped or long prose (a data table whose cells are
  all short keeps its rows: read row by row, as it is);
* the region's columns are read left to right, each again searched for
  columns inside it (a two-column area inside the middle column), down to
  ``MAX_DEPTH``.

Text without such a region comes back line for line, unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

import regex

#: Narrowest gutter, in blank display columns (one blank separates words).
MIN_GUTTER = 2
#: Lines that must hold text on both sides of a gutter.
MIN_SIDE_BY_SIDE = 3
#: A gutter narrower than this needs an aligned column right of it: this
#: share of the column's lines (and MIN_SIDE_BY_SIDE at least) start at
#: its edge.  Word gaps in prose are one or two blanks wide.
WIDE_GUTTER = 3
MIN_ALIGNED_SHARE = 0.5
#: How much more an aligned column's lines count when gutters compete.
ALIGNED_WEIGHT = 2
#: Words that make a cell's line "long" (prose, not a data table's cell).
LONG_LINE_WORDS = 16
#: Words of a cell's line that ends a sentence and counts as prose.
SENTENCE_LINE_WORDS = 8
#: Wrapped lines (a line going on in lower case) or long lines a side needs
#: for the region to be read column by column.
MIN_PROSE_LINES = 2
#: Share of a cell line's tokens that must be words for it to read as prose.
WORDY_SHARE = 0.6
#: A table read row by row has this many rows at least, and this share of
#: the cell beginnings of its side with fewer of them begins a row.
MIN_ROWS = 3
ROW_SHARE = 0.7
#: Lines within which the cheap look wants its side-by-side lines.
NEAR_LINES = 40
#: Bounds that keep the sweep linear on any input (a staircase of gaps, an
#: edge that moves on every line): gutters followed at once, copies a
#: gutter leaves where its edge moves, lines a gutter is followed upwards.
MAX_ACTIVE = 32
MAX_FORKS = 4
MAX_REACH_UP = 200
#: Columns inside columns, at most.
MAX_DEPTH = 4
TAB_STOP = 8
#: Characters that end a line (what ``str.splitlines`` splits on).
LINE_ENDINGS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

#: Box-drawing characters: table rules, blank for the layout.
_BOX = "\u2500-\u257f"
#: Blanks for the layout: spaces, tabs and table rules (a no-break space is
#: text's own spacing: "•\u00a0\u00a0Monday" is one cell).
_BLANK = f" \\t{_BOX}"
#: An ink run: text whose words are at most one blank apart.
_RUN = regex.compile(rf"[^{_BLANK}]+(?: [^{_BLANK}]+)*+")
_LETTER = regex.compile(r"\p{L}")
#: A character that does not take one display column: a tab, a wide or
#: full-width character, a combining mark (``_Grid`` measures the line then).
_NOT_ONE_COLUMN = regex.compile(r"[\t\p{ea=W}\p{ea=F}\p{Mn}\p{Me}]")
#: For the cheap look: text, a gap of MIN_GUTTER blanks (stdlib ``re``
#: scans this fastest); a table rule after text.
_QUICK_GAP = re.compile(r"\S[ \t]{2,}(?=\S)")
_WIDE_GAP = re.compile(rf"\S[ \t]{{{WIDE_GUTTER},}}(?=\S)")
_BOX_CHAR = re.compile(f"[{_BOX}]")
_RULED_GAP = re.compile(rf"[^{_BLANK}\n][ \t]*[{_BOX}]")
#: A word with the punctuation that may close it ("bridge,", "piers.").
_WORD_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*+[.,;:!?)\"”’]*+$")
#: The box-drawing characters, and with the blanks: what frames a cell.
_BOX_CHARS = "".join(chr(c) for c in range(0x2500, 0x2580))
_FRAME_CHARS = " \t" + _BOX_CHARS


class Line(NamedTuple):
    """One line of text in reading order (a named tuple: one is made for
    every line of a page with columns).

    ``text`` is ``input[start:start + len(text)]`` (the line, or the part of
    it inside one column, without its line ending); ``number`` is the
    0-based line of the input it is on; ``column`` is 0 outside column
    layouts, else the column's number in reading order (1, 2, ...) and
    ``width`` that column's width in display columns.
    """

    text: str
    start: int
    number: int
    column: int = 0
    width: int | None = None


def physical_lines(text: str) -> list[Line]:
    """The input's lines as they are (line endings as ``str.splitlines``)."""
    out = []
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        raw = line.rstrip(LINE_ENDINGS)
        out.append(Line(raw, offset, number))
        offset += len(line)
    return out


def read_order(text: str) -> list[Line]:
    """The input's lines in reading order: columns laid side by side are
    read one after the other; everything else as it is."""
    arranged = column_lines(text)
    return arranged if arranged is not None else physical_lines(text)


def column_lines(text: str) -> list[Line] | None:
    """:func:`read_order`, or ``None`` when the text lays no columns side by
    side and frames no box of text (its lines are read as they are)."""
    counter = [0]
    arranged: list[Line] | None = None
    lines: list[Line] | None = None
    if may_have_columns(text):
        # the lines' texts are what the layout is read from (most pages
        # that may have columns have none: their lines are not made)
        regions, runs_of = _regions(text.splitlines())
        if regions:
            lines = physical_lines(text)
            arranged = _arranged(lines, regions, runs_of, 0, counter)
    if _BOX_CHAR.search(text) is not None:  # the cheap test first
        framed = _unframe(arranged if arranged is not None else lines or physical_lines(text), counter)
        if framed is not None:
            arranged = framed
    if arranged is None:
        return None
    # number the columns in reading order (an inner column was numbered
    # before the column around it)
    number: dict[int, int] = {}
    out = []
    for ln in arranged:
        if ln.column:
            k = number.setdefault(ln.column, len(number) + 1)
            if k != ln.column:
                ln = Line(ln.text, ln.start, ln.number, k, ln.width)
        out.append(ln)
    return out


#: Lines in a row framed at the same two places ("│text of the box ...│")
#: that make a box of one cell, whose text is read inside its frame.
FRAME_MIN_LINES = 4


def _frame(text: str) -> tuple[int, int] | None:
    """Where a line of a one-cell box has its two frame characters (the
    first and the last that are not blank), when it has no other."""
    end = len(text.rstrip())
    a = len(text) - len(text.lstrip())
    if end - a < 2 or text[a] not in _BOX_CHARS or text[end - 1] not in _BOX_CHARS:
        return None
    if _BOX_CHAR.search(text, a + 1, end - 1) is not None:
        return None  # a rule inside: a table of several cells, or a border line
    return a, end - 1


def _unframe(lines: list[Line], counter: list[int]) -> list[Line] | None:
    """The lines with each box of one cell read inside its frame: a run of
    FRAME_MIN_LINES lines or more framed at the same two places ("│ ... │",
    a bordered table of one cell as w3m draws it) gives the text between
    the frames as a column of the frame's inner width, so that its wrapped
    lines are joined into paragraphs and its empty lines part them; or
    ``None`` when the text has no such box."""
    out: list[Line] = []
    found = False
    i, n = 0, len(lines)
    while i < n:
        frame = None if lines[i].column else _frame(lines[i].text)
        if frame is None:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < n and not lines[j].column and _frame(lines[j].text) == frame:
            j += 1
        if j - i < FRAME_MIN_LINES:
            out.extend(lines[i:j])
            i = j
            continue
        found = True
        a, b = frame
        counter[0] += 1
        out.append(_break(lines[i]))
        for ln in lines[i:j]:
            inner = ln.text[a + 1 : b].rstrip()
            lead = len(inner) - len(inner.lstrip())
            out.append(Line(inner[lead:], ln.start + a + 1 + lead, ln.number, counter[0], b - a - 1) if inner.strip()
                       else Line("", ln.start, ln.number))
        out.append(_break(lines[j - 1]))
        i = j
    return out if found else None


def may_have_columns(text: str) -> bool:
    """A cheap look before the layout is analysed: a gutter needs
    ``MIN_SIDE_BY_SIDE`` lines with text on both sides of it, within
    ``NEAR_LINES`` lines of each other -- lines with a gap of
    ``WIDE_GUTTER`` blanks or a table rule inside them, or gaps of two
    blanks that end at one place in their lines (an aligned column's edge);
    two blanks after a full stop here and there, or a share bar's wide gaps
    twice on a page, are neither."""
    wide: list[int] = []
    edges: dict[int, list[int]] = {}
    line = pos = line_start = 0
    for m in _QUICK_GAP.finditer(text):
        newlines = text.count("\n", pos, m.start())
        if newlines:
            line += newlines
            line_start = text.rfind("\n", pos, m.start()) + 1
        pos = m.start()
        if m.end() - m.start() - 1 >= WIDE_GUTTER:
            if not wide or wide[-1] != line:
                wide.append(line)
                if len(wide) >= MIN_SIDE_BY_SIDE and line - wide[-MIN_SIDE_BY_SIDE] <= NEAR_LINES:
                    return True
            continue
        at = edges.setdefault(m.end() - line_start, [])
        at.append(line)
        if len(at) >= MIN_SIDE_BY_SIDE and line - at[-MIN_SIDE_BY_SIDE] <= NEAR_LINES:
            return True
    if _BOX_CHAR.search(text) is None:
        return False
    ruled = set(wide)  # table rules beside text count as wide gaps
    line = pos = 0
    for m in _RULED_GAP.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        ruled.add(line)
    lines = sorted(ruled)
    return any(b - a <= NEAR_LINES for a, b in zip(lines, lines[MIN_SIDE_BY_SIDE - 1 :]))


# ---------------------------------------------------------------- the grid


class _Grid:
    """Display columns of one line: where each character starts on screen.

    A tab moves to the next multiple of ``TAB_STOP``; East Asian wide and
    full-width characters take two columns, combining marks none."""

    __slots__ = ("text", "cols")

    def __init__(self, text: str):
        self.text = text
        if _one_column_each(text):
            self.cols: list[int] | None = None
            return
        cols = []
        x = 0
        for ch in text:
            cols.append(x)
            if ch == "\t":
                x = (x // TAB_STOP + 1) * TAB_STOP
            elif unicodedata.combining(ch):
                pass
            elif unicodedata.east_asian_width(ch) in "WF":
                x += 2
            else:
                x += 1
        cols.append(x)
        self.cols = cols

    def x(self, i: int) -> int:
        """The display column of character ``i`` (``len(text)``: the end)."""
        return i if self.cols is None else self.cols[i]

    def index(self, x: int) -> int:
        """The first character at or after display column ``x``."""
        if self.cols is None:
            return min(x, len(self.text))
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cols[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def runs(self) -> list[tuple[int, int]]:
        """Ink runs as display-column spans ``[x0, x1)``."""
        return [(self.x(m.start()), self.x(m.end())) for m in _RUN.finditer(self.text)]


def _one_column_each(text: str) -> bool:
    """Whether every character of a line takes one display column."""
    return text.isascii() and "\t" not in text or _NOT_ONE_COLUMN.search(text) is None


def _narrow_class() -> str:
    """The characters below U+3000 that :data:`_NOT_ONE_COLUMN` does not
    match (read from the ``regex`` module's own tables, the tab aside), as
    the ranges of a character class."""
    ranges: list[tuple[int, int]] = []
    for c in range(0x3000):
        if c == 9 or _NOT_ONE_COLUMN.search(chr(c)) is not None:
            continue
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


#: A character that may not take one display column: any but those of the
#: scripts and signs below U+3000 known to take one (the standard library's
#: engine scans this class several times faster than ``regex`` scans
#: :data:`_NOT_ONE_COLUMN`'s properties; when it finds one, that decides).
_MAYBE_NOT_ONE_COLUMN = re.compile(f"[^{_narrow_class()}]")


def _runs(text: str) -> list[tuple[int, int]]:
    """A line's ink runs in display columns (see :meth:`_Grid.runs`)."""
    if "\t" not in text:
        body = text.strip(" ")
        if not body:
            return []
        if text.isascii():
            if "  " not in body:  # one run: most lines of most pages
                start = text.index(body[0])
                return [(start, start + len(body))]
            return [m.span() for m in _RUN.finditer(text)]
        if _MAYBE_NOT_ONE_COLUMN.search(text) is None or _NOT_ONE_COLUMN.search(text) is None:
            if "  " not in body and _BOX_CHAR.search(body) is None:  # one run, as in ASCII
                start = len(text) - len(text.lstrip(" "))
                return [(start, start + len(body))]
            return [m.span() for m in _RUN.finditer(text)]
        return _Grid(text).runs()
    if _NOT_ONE_COLUMN.search(text) is None:
        return [m.span() for m in _RUN.finditer(text)]
    return _Grid(text).runs()


# ------------------------------------------------------------- the gutters


@dataclass(slots=True)
class _Gutter:
    """A blank run of display columns ``[a, b)`` over lines ``first`` to
    ``last``: ``b`` is the left edge of the column right of it."""

    a: int
    b: int
    first: int
    last: int
    both: int  # lines with text on both sides
    aligned: int  # lines whose text right of the gutter starts at b
    right: int  # lines with text right of the gutter
    forks: int = 0  # copies left behind where a line moved the edge


def _gutters(runs_of: list[list[tuple[int, int]]]) -> list[_Gutter]:
    """Every gutter that separates text in some line, followed down the
    lines until text crosses it (one sweep), then up from where it began.

    A gutter is the blank span its lines share: each line narrows it to its
    own blank span that overlaps it most; where a line moves its right edge,
    the gutter as it was so far stays a candidate.  A line's gap opens a new gutter
    unless one that is followed already has the same right edge or holds
    the gap (it would only repeat it); gutters that end up on the same span
    are one."""
    active: list[_Gutter] = []
    done: list[_Gutter] = []
    for j, runs in enumerate(runs_of):
        if not runs:
            continue  # a blank line crosses no gutter
        blanks = _blanks(runs)
        kept: dict[tuple[int, int], _Gutter] = {}
        for g in active:
            best = max(blanks, key=lambda span: min(g.b, span[1]) - max(g.a, span[0]))
            a, b = max(g.a, best[0]), min(g.b, best[1])
            if b - a < MIN_GUTTER:
                done.append(g)
                continue
            if b != g.b and g.forks < MAX_FORKS:
                # a line moves the edge (a search box, a stray word): the
                # gutter as it was up to here is a candidate of its own
                done.append(_Gutter(g.a, g.b, g.first, g.last, 0, 0, 0))
                g.forks += 1
            g.a, g.b, g.last = a, b, j
            other = kept.get((a, b))
            if other is None or g.first < other.first:
                kept[(a, b)] = g
        for (_, x1), (x0, _) in zip(runs, runs[1:]):
            if x0 - x1 < MIN_GUTTER:
                continue
            if any(g.b == x0 or (g.a <= x1 and x0 <= g.b) for g in kept.values()):
                continue
            kept[(x1, x0)] = _Gutter(x1, x0, j, j, 0, 0, 0)
        active = list(kept.values())
        if len(active) > MAX_ACTIVE:  # a staircase of gaps: the oldest are closed
            active.sort(key=lambda g: g.first)
            done.extend(active[: len(active) - MAX_ACTIVE])
            active = active[len(active) - MAX_ACTIVE :]
    out = []
    for g in done + active:
        reach = max(0, g.first - MAX_REACH_UP)
        while g.first > reach and _clear(runs_of[g.first - 1], g.a, g.b):
            g.first -= 1
        out.append(_region(runs_of, g.a, g.b, g.first, g.last))
    return out


def _clear(runs: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether no text of a line lies in display columns ``[a, b)``."""
    return all(x1 <= a or x0 >= b for x0, x1 in runs)


def _blanks(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The blank spans of a line around and between its ink runs."""
    out = []
    x = 0
    for x0, x1 in runs:
        if x0 > x:
            out.append((x, x0))
        x = x1
    out.append((x, 1 << 30))
    return out


def _region(runs_of: list[list[tuple[int, int]]], a: int, b: int, top: int, bottom: int) -> _Gutter:
    """The gutter ``[a, b)`` over lines ``top`` to ``bottom`` with its counts
    (blank lines at either end left out)."""
    first = last = -1
    both = aligned = right = 0
    for j in range(top, bottom + 1):
        runs = runs_of[j]
        if not runs:
            continue
        if first < 0:
            first = j
        last = j
        start = next((x0 for x0, _ in runs if x0 >= b), None)
        if start is not None:
            right += 1
            aligned += start == b
            both += runs[0][0] < a
    return _Gutter(a, b, first, last, both, aligned, right)


def _is_layout(g: _Gutter, runs_of: list[list[tuple[int, int]]], texts: list[str]) -> bool:
    """Whether a gutter's region is a column layout (see the module docstring)."""
    if g.both < MIN_SIDE_BY_SIDE:
        return False
    if g.b - g.a < WIDE_GUTTER and not _aligned(g):
        return False  # a narrow gap of word spaces lined up by chance: no column edge
    # the cells next to the gutter: words on both sides (a column of list
    # markers is no column), and prose on one side -- a cell's lines going
    # on in lower case, or long lines -- where a data table's cells are short
    lines = range(g.first, g.last + 1)
    for side in (0, 1):
        words = 0
        for j in lines:
            if _LETTER.search(_next_to(texts[j], runs_of[j], g, side)):
                words += 1
                if words >= MIN_SIDE_BY_SIDE:
                    break
        else:
            return False
    for side in (0, 1):
        prose = 0
        prev = False
        for j in lines:
            cell = _next_to(texts[j], runs_of[j], g, side)
            wordy = _wordy(cell)
            n_words = cell.count(" ") + 1
            if (
                n_words >= LONG_LINE_WORDS
                or (prev and wordy and cell[:1].islower())
                or (wordy and n_words >= SENTENCE_LINE_WORDS and cell.rstrip("\"”’)»")[-1:] in ".!?")
            ):
                prose += 1
                if prose >= MIN_PROSE_LINES:
                    return True
            prev = wordy
    return False


def _aligned(g: _Gutter) -> bool:
    """Whether the text right of a gutter starts at one edge in most lines."""
    return g.aligned >= MIN_SIDE_BY_SIDE and g.aligned >= MIN_ALIGNED_SHARE * g.right


def _wordy(cell: str) -> bool:
    """A line of a cell made of words (prose, a headline), not of code,
    figures or signs: two words at least, most of its tokens words."""
    tokens = cell.split()
    return len(tokens) >= 2 and sum(1 for t in tokens if _WORD_TOKEN.match(t)) >= WORDY_SHARE * len(tokens)


def _next_to(text: str, runs: list[tuple[int, int]], g: _Gutter, side: int) -> str:
    """The text of a line's ink run next to a gutter, on one side ('' if none)."""
    if side == 0:
        run = next((r for r in reversed(runs) if r[1] <= g.a), None)
    else:
        run = next((r for r in runs if r[0] >= g.b), None)
    if run is None:
        return ""
    if _one_column_each(text):
        return text[run[0] : run[1]]
    grid = _Grid(text)
    return text[grid.index(run[0]) : grid.index(run[1])]


# ------------------------------------------------------------ the regions


def _regions(texts: list[str]) -> tuple[list[_Gutter], list[list[tuple[int, int]]]]:
    """The column layouts among lines of ``texts``: gutters of regions that
    do not overlap, the one over most lines first; and every line's ink runs."""
    runs_of = [_runs(t) for t in texts]
    found = [g for g in _gutters(runs_of) if g.both >= MIN_SIDE_BY_SIDE]
    # the most lines side by side first, a column with an aligned edge
    # counting twice (of two gutters splitting much the same text, the one
    # at the column's edge), then the one over most lines; the layout test
    # (the costly part) only for a gutter that would be chosen
    found.sort(key=lambda g: (-g.both * (ALIGNED_WEIGHT if _aligned(g) else 1), -(g.last - g.first), g.a))
    chosen: list[_Gutter] = []
    for g in found:
        if all(g.last < c.first or g.first > c.last for c in chosen) and _is_layout(g, runs_of, texts):
            chosen.append(g)
    return sorted(chosen, key=lambda g: g.first), runs_of


def _rows(g: _Gutter, runs_of: list[list[tuple[int, int]]]) -> list[int]:
    """Where the rows of a table start, when the region is a table whose
    cells on both sides begin on the same lines (a record per row: "Fleur
    Delacour | 24 November, 1994 | She conjured water ..."): it is read row
    by row, each row's cells one after the other, as lynx reads a table.
    Else the region is one row: ``[g.first]``.

    A cell begins at a line with text on its side after a line without;
    the side with fewer cell beginnings must share most of them."""
    starts: tuple[list[int], list[int]] = ([], [])
    before = [False, False]
    for j in range(g.first, g.last + 1):
        runs = runs_of[j]
        here = [bool(runs) and runs[0][0] < g.a, bool(runs) and runs[-1][1] > g.b]
        for side in (0, 1):
            if here[side] and not before[side]:
                starts[side].append(j)
        before = here
    shared = sorted(set(starts[0]) & set(starts[1]))
    fewer = min(len(starts[0]), len(starts[1]))
    if len(shared) >= MIN_ROWS and len(shared) >= ROW_SHARE * fewer:
        return sorted({g.first, *shared})
    return [g.first]


def _cut(line: Line, x0: int, x1: int | None) -> Line:
    """The part of ``line`` in display columns ``[x0, x1)``, without the
    table rules drawn at its ends ("│ text │": a cell's frame, no text)."""
    text = line.text
    grid = _Grid(text)
    i = grid.index(x0)
    k = len(text) if x1 is None else grid.index(x1)
    cell = text[i:k]
    lead = cell[: len(cell) - len(cell.lstrip(_FRAME_CHARS))].rstrip(" \t")
    if lead and lead[-1] in _BOX_CHARS:
        i += len(lead)  # after the last rule; the blanks after it stay (the cell's indentation)
    k = i + len(text[i:k].rstrip(_FRAME_CHARS))
    return Line(text[i:k].rstrip(), line.start + i, line.number)


def _arrange(lines: list[Line], depth: int, counter: list[int]) -> list[Line]:
    if depth >= MAX_DEPTH:
        return lines
    regions, runs_of = _regions([ln.text for ln in lines])
    if not regions:
        return lines
    return _arranged(lines, regions, runs_of, depth, counter)


def _arranged(
    lines: list[Line], regions: list[_Gutter], runs_of: list[list[tuple[int, int]]], depth: int, counter: list[int]
) -> list[Line]:
    """:func:`_arrange` of lines whose column layouts are ``regions`` (not
    empty) and whose ink runs are ``runs_of``."""
    out: list[Line] = []
    pos = 0
    for g in regions:
        out.extend(lines[pos : g.first])
        rows = _rows(g, runs_of)
        for top, bottom in zip(rows, [*rows[1:], g.last + 1]):
            band = lines[top:bottom]
            for x0, x1 in ((0, g.a), (g.b, None)):
                part = _arrange([_cut(ln, x0, x1) for ln in band], depth + 1, counter)
                out.append(_break(band[0]))
                out.extend(_in_column(part, counter))
            out.append(_break(band[-1]))
        pos = g.last + 1
    out.extend(lines[pos:])
    return out


def _in_column(part: list[Line], counter: list[int]) -> list[Line]:
    """A column's lines, numbered as one column with its width (lines that
    an inner layout numbered keep their own column)."""
    counter[0] += 1
    width = max((len(ln.text) for ln in part if not ln.column), default=0)
    return [ln if ln.column else Line(ln.text, ln.start, ln.number, counter[0], width) for ln in part]


def _break(line: Line) -> Line:
    """A blank line between columns: no block runs from one into the next."""
    return Line("", line.start, line.number)
