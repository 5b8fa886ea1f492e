"""A post's comment counter or comment link closing its row of facts ("May
3, 2017 By Jane Doe 4 Comments", "... Leave a Comment", "0 Kommentare") is
no word of the row: the row is still a dateline, and the link is no part
of the author's name."""

import datetime as dt

import pytest
from article import BODY, TITLE, page

from newsclean import clean
from newsclean.classify import is_dateline, without_comment_link


@pytest.mark.parametrize(
    ("row", "rest"),
    [
        ("November 3, 2012 By Jane Doe Leave a Comment", "November 3, 2012 By Jane Doe"),
        ("May 3, 2017 By Jane Doe 4 Comments", "May 3, 2017 By Jane Doe"),
        ("Published on November 6th, 2012 - One Comment", "Published on November 6th, 2012"),
        ("von Max Muster | 20. Mai 2007 | 0 Kommentare", "von Max Muster | 20. Mai 2007"),
        ("Von Max Muster / 6. November 2023 / Keine Kommentare", "Von Max Muster / 6. November 2023"),
        ("6. November 2023 15:00 Kommentar schreiben", "6. November 2023 15:00"),
        ("Par Jean Dupont le 3 mars 2021 · Laisser un commentaire", "Par Jean Dupont le 3 mars 2021"),
        ("Por Ana García 3 de marzo de 2021 | 12 comentarios", "Por Ana García 3 de marzo de 2021"),
        ("Posted on28. Juli 2019 by Jane Doe4 Kommentare", "Posted on28. Juli 2019 by Jane Doe"),
        ("June 9, 2020 · 1,204 Replies", "June 9, 2020"),
    ],
)
def test_the_comment_link_is_cut_from_a_row(row, rest):
    assert without_comment_link(row) == rest


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to comment",  # no count, no link
        "Ten comments",  # a count in words other than none or one
        "Comments policy for readers",
        "Jane Doe",
        "It drew 2 million responses from readers around the world",  # the count is not at the end
    ],
)
def test_other_lines_keep_their_words(text):
    assert without_comment_link(text) == text


def test_a_row_with_its_comment_link_is_a_dateline():
    row = "November 3, 2012 By Jane Doe Leave a Comment"
    assert is_dateline(row, 9)
    # without the link, six words beside the date are too many for one
    assert not is_dateline("November 3, 2012 By Jane Doe of the Harbour Desk", 11)


@pytest.mark.parametrize(
    "row", ["November 3, 2012 By Jane Doe Leave a Comment", "November 3, 2012 By Jane Doe · 14 Comments"]
)
def test_the_author_and_date_of_a_row_with_its_comment_link(row):
    art = clean(page(TITLE, row, *BODY))
    assert art.authors == ("Jane Doe",)
    assert art.published is not None and art.published.date() == dt.date(2012, 11, 3)
    assert art.body == "\n\n".join(BODY)


def test_a_sentence_that_ends_with_comments_is_body():
    last = "On May 3, 2017 the council had asked residents for their views and received 4 comments"
    art = clean(page(TITLE, *BODY, last))
    assert art.paragraphs[-1] == last
