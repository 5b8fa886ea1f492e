"""A date in a line of the article's head that the first pass read as no
dateline -- glued to the words around it, or in a long row of facts and
tags -- dates the article when nothing else does."""

from datetime import date

import pytest
from article import BODY, TITLE, page

from newsclean import clean

MENU = ["Home", "Reviews", "Guides", "Contact"]


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("[Jane-Doe-]von Jane Doe13.12.2022 - 08:13 Uhr13.12.2022 - 08:13 Uhr", date(2022, 12, 13)),
        ("Datum: 13. April 2017Autor: www.example.com 2 Kommentare", date(2017, 4, 13)),
        ("6. November 20236. November 2023 Jane Doe Stadtrat, Brücke, Verkehr, Hafen", date(2023, 11, 6)),
        ("Posted in City Hall, Transport, Harbour, Bridges and Ferries, Local News on March 3, 2024"
         " by the newsroom of Example Reviews with 4 comments", date(2024, 3, 3)),
    ],
)
def test_a_date_in_a_head_row(row, day):
    art = clean(page(*MENU, TITLE, row, *BODY, "© 2025 Example Reviews"))
    assert art.published is not None and art.published.date() == day


@pytest.mark.parametrize(
    "row",
    [
        "Datum: 13. AprilAutor: www.example.com 2 Kommentare",  # no year
        # a sentence that names a date is prose, not a row of facts
        "The city council, which first debated the closure of the old bridge on 3 March 2024, "
        "met again this week and voted to end the traffic of cars over the harbour for good.",
    ],
)
def test_no_date_from_other_head_lines(row):
    art = clean(page(*MENU, TITLE, row, *BODY, "© 2025 Example Reviews"))
    assert art.published is None


def test_a_row_below_the_article_dates_it_not():
    row = "Datum: 13. April 2017Autor: www.example.com 2 Kommentare"
    art = clean(page(*MENU, TITLE, *BODY, "More stories", "Ferries return to the bay", row,
                     "© 2025 Example Reviews"))
    assert art.published is None


@pytest.mark.parametrize("line", ["21.12.2022", "01.11.2023 11:35", "• December 21, 2022"])
def test_a_date_alone_above_the_headline(line):
    """A page's date printed above its headline among the menu's lines."""
    art = clean(page(*MENU, line, "Architektur", "Sport", TITLE, *BODY, "© 2025 Example Reviews"))
    assert art.published is not None and art.published.date() in (date(2022, 12, 21), date(2023, 11, 1))


def test_a_list_of_dates_above_the_headline_dates_it_not():
    archive = ["Archiv", "• 21.12.2022", "• 14.12.2022", "• 07.12.2022", "• 30.11.2022"]
    art = clean(page(*MENU, *archive, "Architektur", "Sport", "Kultur", "Wissen", TITLE, *BODY, "© 2025 Example Reviews"))
    assert art.published is None
