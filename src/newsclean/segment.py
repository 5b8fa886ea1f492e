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

from dataclasses import dataclass

import regex

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

#: Split points inside one line where a page glued two blocks together.
#: Group 1 ends the first part.  Kept small and generic on purpose.
GLUE = regex.compile(
    r"""
    # a sentence glued to a photo credit: "...get it.Credit...Doug Mills"
    ([.!?”"’)])(?=(?:Credit|Photo|Image|Picture|Foto|Фото)\b\s*(?:[:.…/]|by\b))
    |
    # an outlet's name glued to a weekday or month that starts a dateline
    (\p{Ll})(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|
                  Понеділок|Вівторок|Середа|Четвер|П'ятниця|Субота|Неділя|
                  Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье)
               ,?\s+\d)
    """,
    regex.VERBOSE,
)


@dataclass(slots=True)
class Segment:
    """A block before it is labelled (internal, mutable while segmenting)."""

    text: str
    start: int
    end: int
    first_line: int
    last_line: int
    indent: int
    marker: str
    blank_before: int
    #: Why this piece was cut from a glued line: "outlet" (a name glued to
    #: the dateline after it) or "" (not glued).
    glue: str = ""


def _indent_of(raw: str) -> int:
    n = 0
    for ch in raw:
        if ch == " ":
            n += 1
        elif ch == "\t":
            n += TAB_WIDTH
        elif ch.isspace() or ch == "\u200b":
            n += 1
        else:
            break
    return n


def _display_len(raw: str) -> int:
    return len(raw.rstrip()) + raw.count("\t") * (TAB_WIDTH - 1)


def _line_ending_len(line: str) -> int:
    if line.endswith("\r\n"):
        return 2
    if line and line[-1] in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029":
        return 1
    return 0


def wrap_width(raws: list[str]) -> int | None:
    """The fixed width the document was wrapped at, or ``None``."""
    widest = 0
    lengths = []
    for raw in raws:
        n = _display_len(raw)
        if n:
            lengths.append(n)
            if n > widest:
                widest = n
                if widest > MAX_WRAP_WIDTH:
                    return None
    if widest < MIN_WRAP_WIDTH:
        return None
    full = sum(1 for n in lengths if n >= widest - FULL_LINE_SLACK)
    return widest if full >= MIN_FULL_LINES else None


def _continues(prev_raw: str, raw: str, width: int, hang: int) -> bool:
    """Whether ``raw`` is the wrapped continuation of ``prev_raw``."""
    stripped = raw.lstrip()
    if not stripped or MARKER.match(stripped):
        return False
    if _indent_of(raw) != hang:
        return False
    first_word = stripped.split(" ", 1)[0]
    return _display_len(prev_raw) + 1 + len(first_word) > width - 1


def segment(text: str) -> list[Segment]:
    """Cut ``text`` into segments with spans; never raises on a ``str``."""
    lines = text.splitlines(keepends=True)
    raws = [line[: len(line) - _line_ending_len(line)] for line in lines]
    width = wrap_width(raws)
    out: list[Segment] = []
    offset = 0
    blanks = 0
    cur: Segment | None = None
    cur_parts: list[str] = []
    prev_raw = ""
    hang = 0
    for i, line in enumerate(lines):
        raw = raws[i]
        start = offset
        offset += len(line)
        content = raw.strip()
        if not content or content.isspace() or not squash(content):
            if cur is not None:
                _finish(cur, cur_parts, out)
                cur = None
            blanks += 1
            continue
        if cur is not None and width is not None and _continues(prev_raw, raw, width, hang):
            cur_parts.append(raw)
            cur.end = start + len(raw)
            cur.last_line = i
            prev_raw = raw
            continue
        if cur is not None:
            _finish(cur, cur_parts, out)
        indent = _indent_of(raw)
        lead = len(raw) - len(raw.lstrip())
        m = MARKER.match(raw, lead)
        marker = m.group() if m else ""
        hang = indent
        if m:
            rest = raw[m.end():]
            hang = indent + len(marker) + (len(rest) - len(rest.lstrip()))
        cur = Segment("", start + lead, start + len(raw.rstrip()), i, i, indent, marker, blanks)
        cur_parts = [raw]
        prev_raw = raw
        blanks = 0
    if cur is not None:
        _finish(cur, cur_parts, out)
    return out


def _finish(seg: Segment, parts: list[str], out: list[Segment]) -> None:
    joined = squash(" ".join(parts))
    matches = list(GLUE.finditer(joined)) if len(parts) == 1 else []
    cuts = [m.end() for m in matches]
    if not cuts:
        seg.text = joined
        out.append(seg)
        return
    # Map each character of the squashed line back to the raw line, so the
    # pieces keep exact spans.
    raw = parts[0]
    base = seg.start - (len(raw) - len(raw.lstrip()))
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
            Segment(
                piece,
                base + where[a],
                base + where[b - 1] + 1,
                seg.first_line,
                seg.last_line,
                seg.indent,
                seg.marker if k == 0 else "",
                seg.blank_before if k == 0 else 0,
                "outlet" if k < len(matches) and matches[k].group(2) else "",
            )
        )


def _squash_positions(raw: str) -> list[int]:
    """For each character of ``squash(raw)``, its index in ``raw``."""
    where: list[int] = []
    for m in NON_GAP.finditer(raw):
        if where:
            where.append(m.start() - 1)  # the single space standing for a gap
        where.extend(range(m.start(), m.end()))
    return where
