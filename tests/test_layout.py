"""The layout pass: columns laid side by side are read column by column;
everything else keeps its lines."""

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Label, clean
from newsclean.evaluation import paragraphs_from_input
from newsclean.layout import physical_lines, read_order
from newsclean.text import squash

ARTICLE = [
    "The council met on Tuesday evening to discuss the budget for the coming year, and the "
    "session ran late into the night as residents queued to speak about the repairs of the old bridge.",
    "Residents said the plan would raise their taxes while leaving the roads of the northern "
    "districts as they are, and several of them asked the mayor to publish the engineers' report in full.",
    "The mayor replied that the city had no choice but to repair the bridge first, since the "
    "engineers had found cracks in two of its piers during the inspection that was carried out in March.",
]
MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Contact us"]
SIDEBAR = ["Most read", "Storm closes the coast road", "New school opens in spring", "Market hall to be sold"]


def columns(*cols: list[str], widths: tuple[int, ...], gap: int = 4) -> str:
    """Columns side by side as w3m lays a table out: each cell padded to its
    width, cells ``gap`` blanks apart, the rows as long as the longest cell."""
    height = max(len(c) for c in cols)
    rows = []
    for k in range(height):
        cells = [(c[k] if k < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
        rows.append((" " * gap).join(cells).rstrip())
    return "\n".join(rows) + "\n"


def wrapped(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs wrapped at ``width``, a blank line between them."""
    out: list[str] = []
    for p in paragraphs:
        out.extend(textwrap.wrap(p, width))
        out.append("")
    return out[:-1]


def body_words(article):
    return " ".join(article.paragraphs).split()


def test_a_menu_beside_the_article_is_read_before_it():
    page = columns(MENU, wrapped(ARTICLE, 44), widths=(12, 44))
    order = [ln.text.strip() for ln in read_order(page) if ln.text.strip()]
    assert order[: len(MENU)] == MENU
    article = clean(page)
    assert article.paragraphs == tuple(ARTICLE)
    assert all(b.label is not Label.BODY for b in article.blocks if b.text in MENU)
    assert paragraphs_from_input(article.paragraphs, page)


def test_three_columns_are_read_left_to_right():
    page = columns(MENU, wrapped(ARTICLE, 40), SIDEBAR, widths=(12, 40, 28))
    order = [ln.text.strip() for ln in read_order(page) if ln.text.strip()]
    first_article_line = textwrap.wrap(ARTICLE[0], 40)[0]
    assert order.index("Contact us") < order.index(first_article_line) < order.index("Most read")
    article = clean(page)
    assert article.paragraphs == tuple(ARTICLE)


def test_columns_inside_a_column_are_read_as_columns():
    inner = columns(["Photo: the bridge", "from the river,", "in March."], ["Engineers found", "cracks in two", "of its piers."],
                    widths=(18, 16)).splitlines()
    middle = wrapped(ARTICLE[:1], 40) + [""] + inner + [""] + wrapped(ARTICLE[1:], 40)
    page = columns(MENU, middle, widths=(12, 40))
    order = [ln.text.strip() for ln in read_order(page) if ln.text.strip()]
    assert order.index("Photo: the bridge") + 1 == order.index("from the river,")
    assert order.index("in March.") < order.index("Engineers found")
    article = clean(page)
    texts = [b.text for b in article.blocks]
    photo, cracks = "Photo: the bridge from the river, in March.", "Engineers found cracks in two of its piers."
    assert texts.index(ARTICLE[0]) < texts.index(photo) < texts.index(cracks) < texts.index(ARTICLE[1])
    column = {b.text: b.column for b in article.blocks}
    assert column[ARTICLE[0]] == column[ARTICLE[1]] == column[ARTICLE[2]]
    assert len({column[ARTICLE[0]], column[photo], column[cracks]}) == 3
    assert article.paragraphs[-2:] == tuple(ARTICLE[1:])


def test_a_column_of_one_line_sentences_is_a_column():
    # each paragraph of the cell fits on one line: no line goes on in lower
    # case, but lines that end a sentence are prose all the same
    sentences = [
        "The file you asked for is no longer on this server.",
        "",
        "Reports of earlier years are kept in the archive below.",
        "",
        "Please write to the office if a report is still missing.",
    ]
    page = columns(["Home", "Reports", "Archive", "Contact", "Search"], sentences, widths=(12, 60))
    order = [ln.text.strip() for ln in read_order(page) if ln.text.strip()]
    assert order == ["Home", "Reports", "Archive", "Contact", "Search", *[x for x in sentences if x]]


def test_a_ragged_column_and_a_cell_blank_for_some_lines():
    left = ["Storm closes", "the coast road", "", "", "", "New school", "opens in", "spring"]
    page = columns(left, wrapped(ARTICLE, 46), widths=(15, 46), gap=3)
    article = clean(page)
    assert article.paragraphs == tuple(ARTICLE)
    blocks = {b.text: b for b in article.blocks}
    assert "Storm closes the coast road" in blocks  # the teaser's two lines are one block
    assert blocks[ARTICLE[0]].column != blocks["Storm closes the coast road"].column


def test_a_columns_paragraph_keeps_its_input_spans():
    page = columns(MENU, wrapped(ARTICLE, 44), widths=(12, 44))
    article = clean(page)
    # the first paragraph's lines stand beside menu items: a span per line
    block = next(b for b in article.blocks if b.text == ARTICLE[0])
    assert len(block.spans) == len(textwrap.wrap(ARTICLE[0], 44))
    assert squash(" ".join(page[s:e] for s, e in block.spans)) == block.text
    assert (block.start, block.end) == (block.spans[0][0], block.spans[-1][1])
    assert block.first_line < block.last_line
    assert block.to_dict()["spans"] == [list(s) for s in block.spans]
    # lines with nothing beside them make one span, as in a page of one column
    last = next(b for b in article.blocks if b.text == ARTICLE[2])
    assert len(last.spans) == 1 and squash(page[last.start : last.end]) == last.text


def test_table_rules_at_a_cells_ends_are_no_text():
    rows = columns(MENU, wrapped(ARTICLE, 44), widths=(12, 44)).splitlines()
    page = "┌" + "─" * 62 + "┐\n" + "".join(f"│ {r.ljust(60)} │\n" for r in rows) + "└" + "─" * 62 + "┘\n"
    article = clean(page)
    assert article.paragraphs == tuple(ARTICLE)
    assert not any("│" in b.text for b in article.blocks if b.label is Label.BODY)


def test_wide_characters_count_two_columns():
    # a CJK character takes two display columns: "新闻" fills a cell of 4
    left = ["新闻", "体育", "财经", "文化", "天气"]
    right = wrapped(ARTICLE, 44)
    rows = [((left[k] if k < len(left) else "").ljust(6 - (len(left[k]) if k < len(left) else 0)) + "    " + r).rstrip()
            for k, r in enumerate(right)]
    page = "\n".join(rows) + "\n"
    order = [ln.text.strip() for ln in read_order(page) if ln.text.strip()]
    assert order[:5] == left
    assert clean(page).paragraphs == tuple(ARTICLE)


# ------------------------------------------------------- not a layout


def test_a_data_table_in_an_article_keeps_its_rows():
    table = [
        "Route        Departs    Arrives    Fare",
        "Harbour      07:10      07:45      2.50",
        "Old Town     07:25      08:05      3.10",
        "Airport      07:40      08:30      6.00",
        "Stadium      08:00      08:20      2.50",
    ]
    page = "\n\n".join(ARTICLE[:2]) + "\n\n" + "\n".join(table) + "\n\n" + ARTICLE[2] + "\n"
    assert read_order(page) == physical_lines(page)


def test_a_table_whose_cells_hold_sentences_is_read_row_by_row():
    # a record per row, the notes wrapped in their cell: each row's cells are
    # read one after the other (as lynx reads a table), the rows in order
    names = ["Fleur Delacour", "", "Seamus Finnigan", "", "Rubeus Hagrid"]
    notes = [
        ["She conjured water without a word in the", "first task of the tournament."],
        ["He used the charm during class practice, but", "it only made a small fountain of water."],
        ["Used it to put out the fire on his hut after", "the hut had been set on fire by the others."],
    ]
    left, right = [], []
    for k, cell in enumerate(notes):
        left += [names[2 * k], ""] + ([""] if k < len(notes) - 1 else [])
        right += cell + ([""] if k < len(notes) - 1 else [])
    page = columns(left, right, widths=(18, 46))
    order = [ln.text.strip() for ln in read_order(page) if ln.text.strip()]
    assert order == [
        "Fleur Delacour", *notes[0], "Seamus Finnigan", *notes[1], "Rubeus Hagrid", *notes[2]
    ]


def test_code_with_aligned_comments_keeps_its_lines():
    code = [
        "x = load(path)        # the raw file",
        "y = clean(x)          # strip the markup",
        "z = split(y, 4)       # four parts",
        "save(z, out)          # and write them",
    ]
    page = ARTICLE[0] + "\n\n" + "\n".join(code) + "\n\n" + ARTICLE[1] + "\n"
    assert read_order(page) == physical_lines(page)


def test_a_line_with_one_wide_gap_is_no_layout():
    page = "Thursday, 1 June 2023, 11:50" + " " * 30 + "Print\n\n" + "\n\n".join(ARTICLE) + "\n"
    assert read_order(page) == physical_lines(page)


def test_sentences_two_blanks_apart_are_no_gutter():
    # a typist's two blanks after a full stop, in lines that happen to line up
    lines = [
        "The bridge was closed.  Traffic went round",
        "the old town for weeks.  Shops lost trade",
        "and owners complained.  The mayor listened",
        "and promised a quick fix for the summer.",
    ]
    page = "\n".join(lines) + "\n"
    assert read_order(page) == physical_lines(page)


_word = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=12)
_line = st.lists(_word, min_size=0, max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 8), _line), max_size=40))
def test_text_without_gaps_inside_lines_passes_unchanged(rows):
    # lines whose words are one blank apart (any indentation) have no gutter
    page = "\n".join(" " * indent + line for indent, line in rows)
    assert read_order(page) == physical_lines(page)


@settings(max_examples=80, deadline=None)
@given(st.lists(_line, min_size=1, max_size=12), st.lists(_line, min_size=1, max_size=12), st.integers(8, 30), st.integers(2, 8))
def test_every_column_line_is_a_slice_of_the_input(left, right, width, gap):
    page = columns([x[:width] for x in left], right, widths=(width, 60), gap=gap)
    for ln in read_order(page):
        assert page[ln.start : ln.start + len(ln.text)] == ln.text
    article = clean(page)
    assert paragraphs_from_input(article.paragraphs, page)
    for b in article.blocks:
        assert squash(" ".join(page[s:e] for s, e in b.spans)) == b.text


def boxed(paragraphs: list[str], width: int, indent: int = 0) -> list[str]:
    """Paragraphs wrapped inside a box of one cell as w3m draws a bordered
    table: each line framed at the same two places, an empty framed line
    between paragraphs, the text against the left frame."""
    lines = ["┌" + "─" * width + "┐"]
    for k, p in enumerate(paragraphs):
        if k:
            lines.append("│" + " " * width + "│")
        lines += ["│" + ln.ljust(width) + "│" for ln in textwrap.wrap(p, width)]
    lines.append("└" + "─" * width + "┘")
    return [" " * indent + ln for ln in lines]


def test_a_box_of_one_cell_is_read_inside_its_frame():
    """Its wrapped lines are joined into paragraphs, its empty lines part
    them, and its frames are no text; each paragraph's spans are its lines'
    text in the input."""
    page = "\n".join(["Letters to the editor", "", *boxed(ARTICLE, 60, indent=30), "", "© 2024 Example"]) + "\n"
    article = clean(page)
    assert article.paragraphs == tuple(ARTICLE)
    for b in article.blocks:
        assert "│" not in b.text
        if b.label is Label.BODY:
            assert squash(" ".join(page[s:e] for s, e in b.spans)) == b.text


def test_a_short_box_and_a_table_of_cells_keep_their_lines():
    lines = [ln for ln in physical_lines("\n".join(boxed(["Open daily from nine to five, closed on Sundays."], 60)))]
    assert read_order("\n".join(ln.text for ln in lines)) == lines  # three framed lines: a label, no box of text
    table = ["│ Name     │ Votes │", "│ Smith    │ 1,204 │", "│ Jones    │   998 │", "│ Brown    │   761 │",
             "│ Green    │   502 │"]
    assert [ln.text for ln in read_order("\n".join(table))] == table  # rules inside: a table of several cells
