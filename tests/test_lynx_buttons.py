"""lynx prints a form's button as "(BUTTON) label", where w3m prints the
label alone: the mark is no word of the page, so a block is judged by its
label, as on w3m's text; the block's text is left as written."""

import pytest
from article import BODY, TITLE, page

from newsclean import clean
from newsclean.classify import without_buttons

MENU = ["Home", "Reviews", "Guides", "Contact"]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("(BUTTON) Subscribe", "Subscribe"),
        ("(BUTTON) Close Menu", "Close Menu"),
        ("____________________ (BUTTON) Search", "____________________ Search"),
        ("Share (BUTTON) Close extra sharing options", "Share Close extra sharing options"),
        ("(BUTTON)", "(BUTTON)"),  # an icon's button: nothing else to read
        ("(BUTTON) (BUTTON)", "(BUTTON) (BUTTON)"),
        ("Press the red (BUTTONS) twice", "Press the red (BUTTONS) twice"),  # no mark
    ],
)
def test_without_buttons(line, label):
    assert without_buttons(line) == label


def _labels(lines):
    art = clean(page(*MENU, TITLE, *BODY, *lines, "© 2025 Example Reviews"))
    return {b.text: (b.label, b.reason) for b in art.blocks}


@pytest.mark.parametrize("label", ["Subscribe", "Close", "Learn more", "Sign in"])
def test_a_button_is_read_as_its_label(label):
    w3m = _labels([label])[label]
    lynx = _labels([f"(BUTTON) {label}"])[f"(BUTTON) {label}"]
    assert lynx == w3m
    assert w3m[0].value != "body"


def test_the_article_is_the_same_on_both_renderings():
    menu_w3m = ["Sections", "Search", *MENU]
    menu_lynx = ["(BUTTON) Sections", "(BUTTON) Search", *MENU]
    w3m = clean(page(*menu_w3m, TITLE, *BODY, "Learn more", "© 2025 Example Reviews"))
    lynx = clean(page(*menu_lynx, TITLE, *BODY, "(BUTTON) Learn more", "© 2025 Example Reviews"))
    assert lynx.body == w3m.body
    assert lynx.title == w3m.title


def test_prose_holding_the_mark_keeps_its_text():
    """The mark is left out of a block's features, never out of its text."""
    para = BODY[1] + " Press (BUTTON) Continue to read the engineers' report in full on the city's site."
    art = clean(page(*MENU, TITLE, BODY[0], para, *BODY[2:], "© 2025 Example Reviews"))
    assert para in art.paragraphs


@pytest.mark.parametrize("marks", ["(BUTTON)", "(BUTTON) (BUTTON)", "____________________", "____________________ (BUTTON)"])
def test_a_line_of_lynx_marks_between_paragraphs_is_no_body(marks):
    art = clean(page(*MENU, TITLE, BODY[0], BODY[1], marks, BODY[2], BODY[3], "© 2024 Harbour News"))
    assert all(p in art.paragraphs for p in BODY)
    assert marks not in art.paragraphs
    assert next(b for b in art.blocks if b.text == marks).reason == "context.lynx-mark"


def test_a_writers_three_underscores_between_sections_stay_in_the_body():
    # AP parts an article's sections with "___": the writer's, not a form field
    art = clean(page(*MENU, TITLE, BODY[0], BODY[1], "___", BODY[2], BODY[3], "© 2024 Harbour News"))
    assert "___" in art.paragraphs


LINKS = (
    "#Harbour News » Feed Harbour News » Comments Feed Harbour News » Why the council says that it is time for the "
    "old bridge over the harbour to be closed to all of the cars in the spring, and what it will mean for the people "
    "who live on either side of the water Comments Feed"
)


def test_lynxs_first_line_of_the_pages_links_is_no_prose():
    # lynx opens its dump with the titles of the page's <link> elements; as
    # prose it reached the article across the menu
    art = clean(page(LINKS, "Home", TITLE, *BODY, "© 2024 Harbour News"))
    assert LINKS not in art.paragraphs
    assert all(p in art.paragraphs for p in BODY)


@pytest.mark.parametrize(("text", "links"), [(LINKS, True), ("#RSS", True), ("# A Markdown heading", False), ("Home", False)])
def test_lynx_link_list(text, links):
    from newsclean.classify import lynx_link_list

    assert lynx_link_list(text) is links
