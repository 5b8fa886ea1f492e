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


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (["Jane Roe", "Jane Roe"], "Jane Roe"),  # the avatar's text and the name's link, no date beside
        (["Ana María Ruiz, MS, RD", "Ana María Ruiz, MS, RD"], "Ana María Ruiz, MS, RD"),  # credentials kept
        (["Reviewed", "Tomás Novak, PhD", "Tomás Novak, PhD"], "Tomás Novak, PhD"),
    ],
)
def test_a_name_printed_twice_under_the_headline_without_a_date(head, author):
    art = clean(page(*MENU, TITLE, *head, *BODY, "© 2025 Example Reviews"))
    assert art.authors == (author,)


@pytest.mark.parametrize(
    "head",
    [
        ["Harbour Bridge", "Harbour Bridge"],  # words the article writes in lower case
        ["Mazi", "Mazi"],  # one word: a handle needs its dateline
        ["Jane Roe, Senior Editor at Example", "Jane Roe, Senior Editor at Example"],  # no credentials: a role
        ["Latest News", "Latest News"],  # a site's words
    ],
)
def test_no_name_from_other_doubled_lines_without_a_date(head):
    body = [*BODY, "Drivers will use the new harbour bridge from next year, the council said."]
    art = clean(page(*MENU, TITLE, *head, *body, "© 2025 Example Reviews"))
    assert art.authors == ()


GERMAN = [
    "Stadtrat beschließt neue Regeln für das Wohnen am Hafen",
    "Inside Wohnen",
    "Inside Wohnen",
    (
        "Der Stadtrat hat am Dienstag beschlossen, dass am alten Hafen künftig mehr Wohnungen gebaut werden "
        "dürfen. Das Wohnen am Wasser soll für Familien bezahlbar bleiben, sagte die Bürgermeisterin."
    ),
    (
        "Die ersten Häuser sollen im kommenden Jahr fertig werden. Bis dahin bleibt der Parkplatz am Kai "
        "geöffnet, und die Fähre fährt weiter nach dem gewohnten Fahrplan."
    ),
    "Anwohner können ihre Fragen bei einer Versammlung im Rathaus stellen, die für den nächsten Monat geplant ist.",
]


def test_a_column_printed_twice_in_german_is_no_name():
    # "Wohnen" is a noun of the article (German capitalises its nouns)
    assert clean(page(*MENU, *GERMAN, "© 2025 Beispiel Zeitung")).authors == ()
