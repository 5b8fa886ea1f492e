"""Render an Article's blocks for a terminal: line, column, label, reason, text."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.text import Text

from .labels import Label
from .model import Article, HeadlineCandidate

#: Colour of each label in ``newsclean explain``.
LABEL_STYLE = {
    Label.BODY: "bold green",
    Label.TITLE: "bold cyan",
    Label.LEAD: "cyan",
    Label.BYLINE: "blue",
    Label.CAPTION: "magenta",
    Label.NAVIGATION: "dim",
    Label.ADVERTISEMENT: "red",
    Label.APPEAL: "red",
    Label.SOCIAL: "yellow",
    Label.RELATED: "yellow",
    Label.COMMENT: "bright_magenta",
    Label.LEGAL: "dim",
    Label.WIDGET: "dim",
    Label.TAGS: "blue",
}


LABEL_WIDTH = max(len(label.value) for label in Label)
REASON_WIDTH = 30


def render(article: Article, console: Console, *, full: bool = False, only: set[Label] | None = None) -> None:
    """Print the summary and one row per block to ``console``."""
    counts = Counter(b.label for b in article.blocks)
    head = Text()
    head.append("title: ", style="bold")
    head.append(article.title or "-")
    head.append("   language: ", style="bold")
    head.append(article.language or "-")
    head.append("   body: ", style="bold")
    head.append(f"{len(article.paragraphs)} paragraphs, {len(article.body.split())} words")
    columns = max((b.column for b in article.blocks), default=0)
    if columns:
        # the page laid columns side by side: blocks are listed in reading
        # order, each column top to bottom, and marked c1, c2, ...
        head.append("   columns: ", style="bold")
        head.append(f"{columns} (read one after the other)")
    console.print(head)
    console.print(
        "  ".join(f"{label.value} {counts[label]}" for label in Label if counts[label]),
        style="dim",
    )
    reason_w = min(REASON_WIDTH, max((len(b.reason) for b in article.blocks), default=6))
    # On a terminal each block takes one line, cut to the width; into a
    # pipe or a file the text is whole, so it can be searched.
    cut = console.is_terminal and not full
    col_w = len(f"c{columns}") + 1 if columns else 0
    text_w = max(20, console.width - (8 + 1 + col_w + LABEL_WIDTH + 1 + reason_w + 1 + 6 + 2))
    for block in article.blocks:
        if only and block.label not in only:
            continue
        lines = str(block.first_line + 1)
        if block.last_line != block.first_line:
            lines += f"-{block.last_line + 1}"
        body = block.text
        if cut and len(body) > text_w:
            body = body[: text_w - 1] + "…"
        row = Text(no_wrap=cut, overflow="ellipsis" if cut else "fold")
        row.append(f"{lines:>8} ")
        if columns:
            row.append(f"{f'c{block.column}' if block.column else '':<{col_w - 1}} ", style="dim")
        row.append(f"{block.label.value:<{LABEL_WIDTH}} ", style=LABEL_STYLE.get(block.label, ""))
        row.append(f"{block.reason[:reason_w]:<{reason_w}} ", style="dim")
        row.append(f"{block.score:6.1f}  ", style="dim")
        row.append(body, style="" if block.label is Label.BODY else "dim")
        console.print(row, soft_wrap=not cut)


#: Headline candidates ``newsclean explain --headline`` lists.
HEADLINE_CANDIDATES_SHOWN = 5


def render_headlines(article: Article, candidates: tuple[HeadlineCandidate, ...], console: Console) -> None:
    """Print the best headline candidates, each with its score and the
    evidence that made it (value x weight, from data/headline.toml)."""
    if not candidates:
        console.print("no headline candidates: no article was found", style="dim")
        return
    for rank, c in enumerate(candidates[:HEADLINE_CANDIDATES_SHOWN], 1):
        block = article.blocks[c.index] if c.index < len(article.blocks) else None
        row = Text()
        row.append(f"{rank}. {c.score:6.2f}  ", style="bold" if rank == 1 else "")
        row.append(f"line {block.first_line + 1 if block else '?'}  ", style="dim")
        row.append(c.text, style=LABEL_STYLE[Label.TITLE] if block and block.reason == "head.headline" else "")
        console.print(row)
        pieces = "  ".join(f"{name} {value:.3g}×{weight:g}" for name, value, weight in c.evidence)
        console.print(f"     {pieces}", style="dim")
