"""The author a page names only after the article or beside it: a blog's
"Posted by" / "Written by" line under the last paragraph (one word may
name the writer there), and an author's card, a line of only the name
beside the person's picture or a byline naming them."""

import pytest
from article import BODY, LONG_BODY, TITLE, page

from newsclean import clean

MENU = ["Home", "Reviews", "Guides", "Contact"]
LONG = LONG_BODY
FOOT = "© 2025 Example Reviews"
COMMENTS = [
    "2 Comments",
    "Posted by: John at December 18, 2025 05:48 PM",
    "I walked over that bridge every day for years and never felt safe on it, so this is good news.",
    "Posted by: Maria at December 19, 2025 09:12 AM",
    "A ferry will be slower, but at least the children will get to school without crossing traffic.",
]


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        (["Posted by David at December 16, 2025 11:15 AM", *COMMENTS], ("David",)),  # one word after "Posted by"
        (["Written by Melissa"], ("Melissa",)),
        (["Tags: bridges, council", "Written by Moses Kim and Kate Shokurova", "April 8, 2024"],
         ("Moses Kim", "Kate Shokurova")),
        (["Posted by Colin Watson on 2025-12-18 in council. Tags: bridges, ferries."], ("Colin Watson",)),
        # a byline the page's links stand around
        (["Autoren Jelko Djuren und Jutta Klaukien", "Downloads", "Kontakt", "Impressum"],
         ("Jelko Djuren", "Jutta Klaukien")),
        (["• Eawag", "• ETHZ", "Erstellt von Andri Bryner", "Seite teilen via", "• Facebook", "• Twitter"],
         ("Andri Bryner",)),
        # past the comment form's lines, which open the page's tail
        (["Comments", "Load comments", "Loading comments relies on JavaScript. Try enabling JavaScript and reloading.",
          "Posted by Colin Watson on 2025-12-18 in council. Tags: bridges, ferries.", "Categories", "1. bridges",
          "2. ferries"], ("Colin Watson",)),
        (["More from the blog", "• Ferries return to the bay", "• New tram line opens",
          "Written by Moses Kim and Kate Shokurova", "April 8, 2024"], ("Moses Kim", "Kate Shokurova")),
    ],
)
def test_a_blogs_byline_under_the_article(after, authors):
    art = clean(page(*MENU, TITLE, *LONG, *after, FOOT))
    assert art.authors == authors


@pytest.mark.parametrize(
    "after",
    [
        ["By Industry"],  # a facet of a menu, not a person
        ["Written by staff"],  # a common word
        ["Posted by December"],  # a month
        ["Posted by Me"],  # too short for a name
        # a list of other stories, each with its byline
        ["More stories", "Ferries return to the bay", "By Jane Doe", "New tram line opens", "By John Roe"],
        ["More stories", "Ferries return to the bay", "Posted by Jane Doe on March 2, 2025",
         "The ferry service returns in spring with two boats and a new timetable for the summer.", "Read more",
         "New tram line opens", "Photo: Example Reviews", "Posted by John Roe on March 1, 2025",
         "The tram line to the harbour opens next month after three years of works in the old town.", "Read more"],
    ],
)
def test_no_author_from_other_lines_under_the_article(after):
    body = LONG + ["The staff of the council will run the ferry."]
    art = clean(page(*MENU, TITLE, *body, *after, FOOT))
    assert art.authors == ()


def test_a_comments_header_is_no_author():
    """The comments' "Posted by: John at ..." lines are the commenters'."""
    art = clean(page(*MENU, TITLE, *LONG, *COMMENTS, FOOT))
    assert art.authors == ()


@pytest.mark.parametrize(
    "card",
    [
        ["Picture of Liam Austin", "Liam Austin"],
        ["A headshot of Cara Dumaplin", "Cara Dumaplin"],
        ["Liam Austin", "Liam Austin's Profile Picture"],
        ["Liam Austin", "This post was written by Liam Austin, Head of Marketing and Community Development"],
        ["Liam Austin", "All articles by Liam Austin"],
    ],
)
def test_an_authors_card_beside_the_article(card):
    art = clean(page(*MENU, TITLE, *LONG, "About the author", *card, FOOT))
    assert art.authors == (card[0] if "of" not in card[0] else card[1],)


@pytest.mark.parametrize(
    "lines",
    [
        # two cards: a list of other articles' authors
        ["Picture of Liam Austin", "Liam Austin", "Picture of Cara Dumaplin", "Cara Dumaplin"],
        # a team's pictures, of which one has its name on a line alone
        ["Picture of Liam Austin", "Liam Austin", "Picture of Cara Dumaplin",
         "Cara Dumaplin, senior editor at Example Reviews since 2019"],
        # two cards, each named by its byline: a list's
        ["Jane Doe", "All articles by Jane Doe", "Read more", "John Roe", "All articles by John Roe"],
        # a heading over a paragraph that opens with its words
        ["Healthcare AI", "Healthcare AI is changing how clinics plan their staff and their budgets."],
        # the name printed twice: a heading's copy does the same
        ["Nordic Lights", "Nordic Lights"],
        # a picture of no one named beside it
        ["Picture of Liam Austin", "Cara Dumaplin"],
    ],
)
def test_no_card_without_proof_of_one_person(lines):
    art = clean(page(*MENU, TITLE, *LONG, *lines, FOOT))
    assert art.authors == ()


def test_a_commenters_picture_is_no_card():
    thread = [
        "2 Comments",
        "Picture of Liam Austin", "Liam Austin", "December 18, 2025 at 5:48 pm",
        "I walked over that bridge every day for years and never felt safe on it, so this is good news.",
        "Reply",
        "Picture of Cara Dumaplin", "Cara Dumaplin", "December 19, 2025 at 9:12 am",
        "A ferry will be slower, but at least the children will get to school without crossing traffic.",
        "Reply",
    ]
    art = clean(page(*MENU, TITLE, *LONG, *thread, FOOT))
    assert art.authors == ()


def test_an_author_box_whose_biography_opens_with_the_whole_name():
    """Under "About the author" (a box a rule names), the biography may call
    the writer by the whole name: no heading's words repeated."""
    bio = "Liam Austin is a triathlete and coach who has written about endurance training for ten years."
    art = clean(page(*MENU, TITLE, *LONG, "About the author", "Liam Austin", bio, FOOT))
    assert art.authors == ("Liam Austin",)


def test_a_heading_over_its_paragraph_is_no_author_outside_an_authors_box():
    bio = "Liam Austin is a triathlete and coach who has written about endurance training for ten years."
    art = clean(page(*MENU, TITLE, *LONG, "Healthcare AI", "Healthcare AI is changing how clinics plan their staff.", FOOT))
    assert art.authors == ()
    # the same name and paragraph without the box's header: a heading and its paragraph
    art = clean(page(*MENU, TITLE, *LONG, "Liam Austin", bio, FOOT))
    assert art.authors == ()
