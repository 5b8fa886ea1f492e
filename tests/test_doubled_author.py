"""The author in a blog template's head: printed twice next to the
dateline (the avatar's text, then the name's link), named by a profile
photo's text, or in a row of facts with a handle after the name."""

import pytest
from article import BODY, TITLE, page

from newsclean import clean

MENU = ["Home", "Reviews", "Guides", "Contact"]


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (["Mazi", "Mazi", "December 19, 2025"], "Mazi"),  # a handle
        (["Jane Doe", "Jane Doe", "Last update:", "July 16, 2025"], "Jane Doe"),
        (["March 3, 2024", "Ola Hansen", "Ola Hansen"], "Ola Hansen"),  # after the date
        (["Profile photo of author Brian Becker", "7 min read"], "Brian Becker"),
        (["Photo of the author Marta Nowak", "May 2, 2024"], "Marta Nowak"),
        (["Nawaz Dhandala @nawazdhandala • Jan 26, 2026 • Reading time"], "Nawaz Dhandala"),
        (["Li Wei @li.wei · 3 min read · Mar 5, 2025"], "Li Wei"),
    ],
)
def test_the_author_of_a_blogs_head(head, author):
    art = clean(page(*MENU, TITLE, *head, *BODY, "© 2025 Example Reviews"))
    assert art.authors == (author,)


@pytest.mark.parametrize(
    "head",
    [
        ["News", "News", "December 19, 2025"],  # a site's word
        ["December", "December", "December 19, 2025"],  # a month
        ["Council", "Council", "December 19, 2025"],  # a word of the article's prose
        ["Ab", "Ab", "December 19, 2025"],  # too short for a handle
        ["Mazi", "Mazi"],  # no dateline near
        ["Mazi", "Tom", "December 19, 2025"],  # two different lines
        ["Photo of the harbour bridge at night", "May 2, 2024"],  # a picture of no person
    ],
)
def test_no_author_from_other_doubled_lines(head):
    body = [p.replace("The city council", "The Council") for p in BODY] + ["the council said so."]
    art = clean(page(*MENU, TITLE, *head, *body, "© 2025 Example Reviews"))
    assert art.authors == ()
