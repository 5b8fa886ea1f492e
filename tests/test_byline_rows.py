"""Bylines read from where a page's layout puts them: on two lines in the
author's box under the article ("Article by" / "Jane Doe"), inside a dated
row of facts wherever the "by" stands ("Medically reviewed by ... — Written
by ..."), and in a German row with the name before the date ("Jana
Beispiel | 06.11.23")."""

import pytest
from article import BODY, LONG_BODY, TITLE, page

from newsclean import clean

MENU = ["Home", "Reviews", "Guides", "Contact"]
LONG = LONG_BODY
FOOT = "© 2025 Example Reviews"


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        (["My photo", "Article by", "Matias Virtanen", "Let's talk", "Subscribe"], ("Matias Virtanen",)),
        (["Share this article", "Written by", "• Colin Watson", "Colin writes about cities and their bridges."],
         ("Colin Watson",)),
        (["Author:", "Shira Levin", "Last Updated:", "February 1, 2026"], ("Shira Levin",)),
        (["Words by", "Ana Lucía Pérez"], ("Ana Lucía Pérez",)),
    ],
)
def test_a_byline_on_two_lines_in_the_authors_box(box, authors):
    art = clean(page(*MENU, TITLE, *LONG, *box, FOOT))
    assert art.authors == authors


@pytest.mark.parametrize(
    "box",
    [
        # a handle and a date under "Author": no name
        ["Share this article", "Author", "@jdoe • Jan 26, 2026 •", "Jane builds tools for engineers."],
        # "by" over a menu's facet
        ["Browse", "By", "Industry", "Region"],
        # a name under "Posted by" in a comment thread is a commenter's
        ["3 Comments", "Posted by", "Maria Gonzalez",
         "I walked over that bridge every day for years and never felt safe on it, so this is good news.",
         "Posted by", "John Carter",
         "A ferry will be slower, but at least the children will get to school without crossing traffic."],
    ],
)
def test_no_byline_from_what_only_looks_like_one(box):
    art = clean(page(*MENU, TITLE, *LONG, *box, FOOT))
    assert art.authors == ()


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        ("Medically reviewed by Kim Rowe, RDN — Written by Jane Holm — Updated on March 7, 2025", ("Jane Holm",)),
        ("Photos by Tom Kerr · Story by Lena Ortiz · March 3, 2024", ("Lena Ortiz",)),
        ("Posted on 3 March 2024 | Edited by Paul Grant | by Nora Quist", ("Nora Quist",)),
    ],
)
def test_the_byline_inside_a_dated_row(row, authors):
    art = clean(page(*MENU, TITLE, row, *BODY, FOOT))
    assert art.authors == authors


@pytest.mark.parametrize(
    "row",
    [
        "Photos by Tom Kerr | March 3, 2024",  # another hand than the writer's
        "Medically reviewed by Kim Rowe, RDN — Updated on March 7, 2025",
        "Powered by Acme Cloud · March 3, 2024",
    ],
)
def test_another_hands_by_in_a_dated_row_is_no_byline(row):
    art = clean(page(*MENU, TITLE, row, *BODY, FOOT))
    assert art.authors == ()


DE_TITLE = "Stadtrat beschließt Sperrung der alten Hafenbrücke für Autos"
DE_BODY = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Autos zu sperren. Damit endet "
    "eine Debatte, die mehr als ein Jahrzehnt gedauert und die Viertel auf beiden Seiten gespalten hat.",
    "Die Ingenieure hatten gewarnt, dass der Stahl unter der Fahrbahn schneller rostet als erwartet, und "
    "die im vergangenen Jahr vorgeschlagene Reparatur hätte mehr gekostet als eine neue Brücke für Radfahrer.",
    "Die Sperrung gilt ab dem Frühjahr. Bis dahin soll eine Fähre die beiden Ufer verbinden, während die "
    "Stadt nach Geld für einen leichteren Steg sucht, der in den nächsten Jahren gebaut werden soll.",
]


def de_page(row: str) -> str:
    """A German article with ``row`` between its headline and its text."""
    return page("Startseite", "Politik", "Kultur", DE_TITLE, row, *DE_BODY, "© 2025 Stadtanzeiger")


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        ("Jana Kessler | 06.11.23", ("Jana Kessler",)),
        ("Arne Lindqvist / 22.04.2020 / 06:15", ("Arne Lindqvist",)),
        ("Veröffentlicht am 03.02.2022 von Sarah Möller", ("Sarah Möller",)),
    ],
)
def test_a_german_row_names_its_author(row, authors):
    art = clean(de_page(row))
    assert art.authors == authors


@pytest.mark.parametrize("row", ["Aktuelle Meldung • 3. März 2021", "Stadt und Land | 06.11.23"])
def test_a_german_rows_topic_is_no_author(row):
    art = clean(de_page(row))
    assert art.authors == ()


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        (["Wyndo's avatar", "Wyndo", "Dec 04, 2025"], ("Wyndo",)),
        (["Photo of Marisol", "Marisol", "• 3 March 2024"], ("Marisol",)),
    ],
)
def test_one_word_under_the_authors_picture_beside_the_dateline(head, authors):
    art = clean(page(*MENU, TITLE, *head, *BODY, FOOT))
    assert art.authors == authors


@pytest.mark.parametrize(
    "head",
    [
        ["Wyndo", "Dec 04, 2025"],  # no picture says it is a person
        ["Logo image", "Logo", "Dec 04, 2025"],  # a picture that names no person
        ["User's avatar", "User", "Dec 04, 2025"],
        ["Wyndo's avatar", "Travel", "Dec 04, 2025"],  # the picture names another word
    ],
)
def test_one_word_beside_the_dateline_needs_its_picture(head):
    art = clean(page(*MENU, TITLE, *head, *BODY, FOOT))
    assert art.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Manoj Rao and Jagpreet Singh | Guest Columnists", ("Manoj Rao", "Jagpreet Singh")),
        ("Lena Ortiz – Staff Writer", ("Lena Ortiz",)),
        ("Paul Grant, Shipping Expert", ("Paul Grant",)),
    ],
)
def test_a_name_and_its_role_under_the_headline(line, authors):
    art = clean(page(*MENU, TITLE, line, *BODY, FOOT))
    assert art.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Bridge | Local News",  # no role
        "City Council – Meeting Notes",
    ],
)
def test_a_section_under_the_headline_is_no_name(line):
    art = clean(page(*MENU, TITLE, line, *BODY, FOOT))
    assert art.authors == ()


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        ("Dec. 19, 2025 · Niko Varga on behalf of the Docs team", ("Niko Varga",)),
        ("March 3, 2024 | Jane Holm for the Herald", ("Jane Holm",)),
    ],
)
def test_a_rows_name_before_words_in_lower_case(row, authors):
    art = clean(page(*MENU, TITLE, row, *BODY, FOOT))
    assert art.authors == authors


def test_a_rows_topic_before_words_in_lower_case_is_no_name():
    art = clean(page(*MENU, TITLE, "Dec. 19, 2025 · Council news in brief", *BODY, FOOT))
    assert art.authors == ()


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        ("Redaktion 1. November 2023 10:29", ("Redaktion",)),
        ("Posted on 25. Januar 2022 | Autor: Redaktion", ("Redaktion",)),
    ],
)
def test_the_newsroom_signs_a_german_row(row, authors):
    art = clean(de_page(row))
    assert art.authors == authors


@pytest.mark.parametrize("row", ["Politik 1. November 2023 10:29", "Startseite | 1. November 2023"])
def test_a_section_in_a_german_row_is_no_newsroom(row):
    art = clean(de_page(row))
    assert art.authors == ()


@pytest.mark.parametrize(
    ("head", "authors"),
    [(["19 Dec, 2025", "Newsdesk"], ("Newsdesk",)), (["Travel", "19 Dec, 2025"], ())],
)
def test_the_newsroom_beside_the_dateline(head, authors):
    art = clean(page(*MENU, TITLE, *head, *BODY, FOOT))
    assert art.authors == authors


@pytest.mark.parametrize(
    ("site", "authors"),
    [
        ("Derek Holm's Tech Blog", ("Derek Holm",)),
        ("Ana Lucía Pérez’s Notes", ("Ana Lucía Pérez",)),
        ("Acme's Blog", ()),  # one word: a company's as often as a person's
        ("The Harbour Times Blog", ()),
    ],
)
def test_a_personal_sites_owner_when_nothing_else_names_the_writer(site, authors):
    art = clean(page(site, *MENU, TITLE, *BODY, FOOT))
    assert art.authors == authors


def test_a_byline_beats_the_sites_owner():
    art = clean(page("Derek Holm's Tech Blog", *MENU, TITLE, "By Jane Roe", *BODY, FOOT))
    assert art.authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["By Jane Holm - Senior Editor"], ("Jane Holm",)),
        (["By Jean-Luc Moreau"], ("Jean-Luc Moreau",)),  # a hyphen inside a name is no dash
        (["Written by", "Eliza - Product marketer"], ("Eliza",)),
    ],
)
def test_a_hyphen_between_blanks_ends_the_bylines_name(lines, authors):
    art = clean(page(*MENU, TITLE, *lines, *BODY, FOOT))
    assert art.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["By (BUTTON) Melanie Hart", "12 March 2021"], ("Melanie Hart",)),  # lynx's mark for the name's link
        (["* Jonah Jones Jonah Jones Jonah Jones", "* Last Updated Nov 6, 2025"], ("Jonah Jones",)),
    ],
)
def test_lynx_bylines(lines, authors):
    art = clean(page(*MENU, TITLE, *lines, *BODY, FOOT))
    assert art.authors == authors


def test_a_byline_on_two_lines_inside_the_articles_span():
    art = clean(page(*MENU, TITLE, BODY[0], "Written By", "Miguel Zabala", *BODY[1:], FOOT))
    assert art.authors == ("Miguel Zabala",)


@pytest.mark.parametrize(("name", "authors"), [("Ulrike", ("Ulrike",)), ("oben", ())])
def test_one_word_after_a_bare_von_under_the_article(name, authors):
    art = clean(page(
        "Startseite", "Politik", "Kultur", DE_TITLE, *DE_BODY,
        "Themen", "Stadt", f"Bild des Benutzers {name}", f"von {name}", "18.10.2019 16:06 Uhr", "© 2025 Stadtanzeiger",
    ))
    assert art.authors == authors
