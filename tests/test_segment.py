"""Segmentation: spans, independent lines, lists, wrapped paragraphs, glue."""

from newsclean.segment import node_pieces, segment, wrap_width


def texts(s):
    return [seg.text for seg in segment(s)]


def test_spans_point_into_the_input():
    s = "  Title line  \r\n\r\nFirst paragraph here.\n\t• item one\n"
    for seg in segment(s):
        assert s[seg.start : seg.end].split() == seg.text.split()


def test_independent_lines_are_blocks():
    assert texts("Home\nNews\nSport\n\nA paragraph.") == ["Home", "News", "Sport", "A paragraph."]


def test_list_markers_are_kept_and_recorded():
    segs = segment("  • first item\n  1. numbered item\n  a) lettered")
    assert [s.marker for s in segs] == ["•", "1.", "a)"]
    assert segs[0].text == "• first item"


def test_hard_wrapped_paragraphs_are_joined():
    para = (
        "The committee met on Tuesday to discuss the proposal, which would\n"
        "change how the city finances its public transport network over the\n"
        "next decade, according to documents seen by reporters on Monday.\n"
        "\n"
        "A second paragraph follows here and it is also wrapped at the same\n"
        "width as the first one so the document counts as a wrapped one.\n"
        "\n"
        "Menu\n"
        "News\n"
    )
    assert wrap_width(para.split("\n")) is not None
    out = texts(para)
    assert out[0].startswith("The committee met") and out[0].endswith("on Monday.")
    assert out[1].startswith("A second paragraph") and out[1].endswith("wrapped one.")
    assert out[2:] == ["Menu", "News"]


def test_unwrapped_dump_keeps_lines_apart():
    long_line = "word " * 60
    s = f"{long_line}\nShort line\nAnother short line"
    assert len(segment(s)) == 3


def test_wrapped_list_item_continues_with_hanging_indent():
    s = (
        "  * The first item of the list is long enough that it has to wrap onto\n"
        "    the next line of the dump.\n"
        "  * Second item of the list, which is also long enough to wrap around\n"
        "    at the fixed width.\n"
        "Some text that is long enough to be a full line at the wrap width, too.\n"
    )
    out = texts(s)
    assert out[0] == "* The first item of the list is long enough that it has to wrap onto the next line of the dump."
    assert out[1].startswith("* Second item") and out[1].endswith("fixed width.")


def test_glued_credit_and_dateline_are_split_with_exact_spans():
    s = "Voters lined up early.Credit...Jane Roe/Example\nDaily HeraldThursday, 1 June 2023, 11:50"
    segs = segment(s)
    assert [g.text for g in segs] == [
        "Voters lined up early.",
        "Credit...Jane Roe/Example",
        "Daily Herald",
        "Thursday, 1 June 2023, 11:50",
    ]
    assert [g.glue for g in segs] == ["", "", "outlet", ""]
    for g in segs:
        assert s[g.start : g.end] == g.text


def test_blank_and_control_only_input():
    assert segment("") == []
    assert segment("\n\n \t \n\x00\x01\n") == []


def test_columns_side_by_side_are_cut_into_cells():
    gap = " " * 40
    s = (
        f"  • Breakfast{gap}The tricky thing about pickled peaches is that they slide around the plate.\n"
        f"  • Desserts{gap}We served these peaches with grilled chicken and whole-grain pancakes.\n"
        f"Garmin 970{' ' * 14}$750{' ' * 14}26 hours\n"
        f"Name [{' ' * 20}]\n"
    )
    segs = segment(s)
    assert [g.text for g in segs[:4]] == [
        "• Breakfast",
        "The tricky thing about pickled peaches is that they slide around the plate.",
        "• Desserts",
        "We served these peaches with grilled chicken and whole-grain pancakes.",
    ]
    assert segs[1].indent > segs[0].indent + 30
    for g in segs:
        assert s[g.start : g.end] == g.text or " ".join(s[g.start : g.end].split()) == g.text
    # a data table's row and a form field stay whole
    assert segs[4].text == "Garmin 970 $750 26 hours"
    assert segs[5].text.startswith("Name [")


def test_a_table_row_whose_cells_lynx_padded_stays_whole():
    # lynx pads a table's cells with runs of blanks narrower than a column's
    # gap: a cell's words are counted, not its blanks
    rows = "\n\n".join(f"   Q{q} 2023    -20.7%      5.5%{' ' * 14}Q{q} 2024    -3.1%      flat" for q in (1, 2))
    assert [g.text for g in segment(rows)] == ["Q1 2023 -20.7% 5.5% Q1 2024 -3.1% flat", "Q2 2023 -20.7% 5.5% Q2 2024 -3.1% flat"]


LONG_LINE = (
    "This paragraph was dumped on one line, as text browsers print the paragraphs of a page, so that the "
    "document as a whole has no fixed width at which its lines were wrapped, and it goes on for a while longer."
)


def test_an_email_quoted_at_a_fixed_width_is_joined_in_a_page_of_long_lines():
    email = (
        "Hi! At the end of September I got an old workstation, and I grabbed\n"
        "all of the port's code and started working on it.  The maintainer\n"
        "has a very good foundation of code, which has saved me months of\n"
        "time.  Now, after a lot of coding myself, I am in single-user mode."
    )
    items = segment(LONG_LINE + "\n\n" + email + "\n\n" + LONG_LINE)
    assert [it.text for it in items][1] == " ".join(email.split())
    assert len(items) == 3


def test_runs_of_lines_that_are_not_wrapped_prose_stay_apart():
    runs = [
        # headlines of about one length: each goes on in upper case
        "Storm closes the harbour for a week after damage\nSchools reopen after the holidays with heating\nNew bridge opens to traffic on a Friday morning",
        # the same line repeated
        "This is some text inside of a div block here.\n" * 4,
        # commands
        "git checkout -b bugfix/fix-login-timeout-now\ngit checkout -b experiment/try-new-caching-now\ngit push origin experiment/try-new-caching-x",
        # a table's rows
        "Cherry tomatoes        88g       175g      350g\nChestnut mushrooms     155g      310g      620g\nbananas and pears      5         10        20",
    ]
    for run in runs:
        items = segment(LONG_LINE + "\n\n" + run.strip() + "\n\n" + LONG_LINE)
        assert len(items) == 2 + run.strip().count("\n") + 1, run


# A book's text as w3m prints a <pre>: wrapped at 80 columns, each
# paragraph's first line set in, a line number far out in the margin.
BOOK = (
    "EYVIND grew and became an active boy: at school he was amongst the first, and he    1\n"
    "was capable at his work at home. That was because at home he was fond of his\n"
    "mother and at school he was fond of his master. His father he saw but little,\n"
    "for he was either away fishing or else he was looking after their mill, where\n"
    "half the parish had their grinding done.\n"
    "\n"
    "  The thing which most influenced his mind during these years was the               2\n"
    "schoolmaster's history, which his mother told him one evening as they sat by the\n"
    "fire. It ran through all his books, it underlay every word the schoolmaster\n"
    "said; he felt it in the air of the schoolroom when all was quiet. It filled him\n"
    "with obedience and respect, and gave him a quicker apprehension, as it were, of\n"
    "all that was taught him. This was the story:\n"
)


def test_a_number_in_the_margin_is_no_part_of_the_wrap_width():
    assert wrap_width(BOOK.splitlines()) == 80
    first = texts(BOOK)[0]
    assert first.startswith("EYVIND grew") and first.endswith("had their grinding done.")


def test_a_paragraph_whose_first_line_is_set_in_is_one_block():
    got = texts(BOOK)
    assert len(got) == 2
    assert got[1].startswith("The thing which") and got[1].endswith("This was the story:")
    assert " 2 schoolmaster's history" in got[1]  # the margin's number is kept where it stood, not a column


def test_a_set_in_line_before_a_capitalised_one_stays_apart():
    # a heading set in over a paragraph, and a list's item over the next
    # paragraph, are not first lines of the text under them
    s = (
        "  Chapter Three\n"
        "The council met on Tuesday to discuss the proposal, which would change how the\n"
        "city finances its public transport network over the next decade, officials say.\n"
    )
    assert texts(s)[0] == "Chapter Three"
    items = "  • The first point of the proposal\nwas read out loud by the mayor on Tuesday evening.\n"
    assert len(texts(items)) == 2
    # a full line set in, then one in upper case: two paragraphs whose blank line was lost
    quote = (
        "    The mayor said that the plan would be put to a vote of all the residents.\n"
        "Residents who spoke at the meeting were split, with shop owners fearing losses\n"
        "and parents asking for safer crossings near the schools on the northern side.\n"
    )
    assert len(texts(quote)) == 2


#: A page as converters that do not break long words write it (html2text):
#: prose wrapped at 78 columns, and lines made longer than any wrap width by
#: an address that was not broken.
_LONG_ADDRESS = "* [Most read](https://news.example.com/" + "section/" * 30 + "story-of-the-day.html)"
CONVERTED = (
    _LONG_ADDRESS + "\n"
    "\n"
    "The council voted on Tuesday to close the old bridge to traffic while\n"
    "engineers inspect it.\n"
    "\n"
    "Repairs could take most of the summer, a spokesperson said, and the\n"
    "ferry will run every twenty minutes until the bridge reopens to cars.\n"
    "\n"
    "Residents who cross every day will get passes for the ferry from the\n"
    "town hall, which opens early on weekdays for the whole of that time.\n"
    "\n"
    "Weather\n"
    "Sport\n"
)


def test_wrapped_prose_is_joined_beside_a_line_wider_than_any_wrap_width():
    # no fixed width for the whole text (one line is far wider), and runs of
    # two lines are too short to show their own: the width the prose lines
    # share joins them
    assert wrap_width(CONVERTED.split("\n")) is None
    out = texts(CONVERTED)
    first = "The council voted on Tuesday to close the old bridge to traffic while engineers inspect it."
    assert first in out
    assert any(t.startswith("Repairs could take") and t.endswith("reopens to cars.") for t in out)
    assert any(t.startswith("Residents who cross") and t.endswith("that time.") for t in out)
    assert out[-2:] == ["Weather", "Sport"]  # lines that share no width stay apart


#: A page as BeautifulSoup's get_text("\n") gives it: every text node on a
#: line of its own, so a paragraph with links and emphasis inside comes in
#: pieces; menus and paragraphs are lines without blank lines between.
NODES = (
    "Home\nPolitics\nSport\nShare\n"
    "Walt Disney Co. executive Kevin Mayer said a coding glitch led to \n"
    "widespread problems\n"
    " last week when the entertainment giant \n"
    "launched its service\n"
    ".\n"
    "The company struggled with the more than 10 million users who signed up on the first day.\n"
    "Customers who called for help waited for hours, according to posts on \n"
    "social media\n"
    ", and some gave up.\n"
    "The engineers isolated the problem, \n"
    "Mayer said\n"
    ", and patched the software within a day.\n"
    "Most customers were never affected by it\n"
    ", a spokesperson added.\n"
    "Advertisement\n"
    "The streaming service marks a shift in the company's strategy\n"
    ".\n"
    "Newsletter\nSubscribe\n"
)


def test_text_nodes_on_lines_of_their_own_are_joined_into_their_sentences():
    out = texts(NODES)
    assert (
        "Walt Disney Co. executive Kevin Mayer said a coding glitch led to widespread problems last week when "
        "the entertainment giant launched its service ."
    ) in out
    assert "Customers who called for help waited for hours, according to posts on social media , and some gave up." in out
    assert "The engineers isolated the problem, Mayer said , and patched the software within a day." in out
    # lines that are no piece of a sentence stay apart
    assert out[:4] == ["Home", "Politics", "Sport", "Share"]
    assert "Advertisement" in out and "Newsletter" in out and "Subscribe" in out
    assert "The company struggled with the more than 10 million users who signed up on the first day." in out


def test_a_text_with_few_lines_opening_with_punctuation_is_read_line_by_line():
    # a dump where a line opens with closing punctuation now and then (a
    # quotation's end after a wrapped line) shows no pieces of sentences:
    # its lines ending in a blank (a form's field, a padded cell) stay apart
    lines = ["Menu ", "News "] + [f"Line {k} of a page, standing alone {'.' * (k % 7)}" for k in range(60)]
    lines[30:30] = [", and more", ") closing"]
    assert node_pieces(lines) == frozenset()
    assert node_pieces(NODES.split("\n")) == frozenset({5, 6, 7, 8, 11, 12, 14, 15, 17, 20})


def test_a_text_with_paragraphs_on_one_line_is_not_read_as_wrapped():
    # a dump that prints each paragraph on one line (some wider than any
    # wrap width) and list items of about one length: its short lines share
    # a width, but nothing there was wrapped -- the items stay apart
    para = "The survey counted the breeding birds of every square kilometre of the country " * 4
    items = [
        "o Hühner: Pflanzenfresser als Spielbälle des Wetters im Gebirge",
        "o Auf dem Vormarsch: gebietsfremde Vogelarten in den Städten",
        "o Hecken und Waldränder sind wertvolle Strukturen im Kulturland",
        "o Brutplätze für Möwen und Seeschwalben an den großen Seen",
        "o Mit den Kiesbrütern geht es in den Flussauen bachab heute",
        "o Tot- und Altholz sind essenziell für die Vögel im Wald",
    ]
    pairs = "\n\n".join("\n".join(items[k : k + 2]) for k in range(0, len(items), 2))
    s = para + "\n\n" + pairs + "\n\n" + para + "\n"
    assert [it.text for it in segment(s)][1:-1] == items
