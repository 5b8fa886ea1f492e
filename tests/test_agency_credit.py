"""An agency or outlet credited after a byline's name, glued by a slash
or in brackets ("Von Anna Meier/dpa", "By Jane Doe (AFP)"), is cut from
the name, not a reason to refuse it."""

import pytest
from article import BODY, TITLE, page

from newsclean import clean
from newsclean.names import split_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Meier/dpa", ["Anna Meier"]),
        ("By Jane Doe/Reuters", ["Jane Doe"]),
        ("Autor: Peter Maahn/SP-X", ["Peter Maahn"]),
        ("Par Jean Dupont (AFP)", ["Jean Dupont"]),
        ("Von Anna Meier ( KNA )", ["Anna Meier"]),
        ("Von Anna Meier und Jan Roth/dpa", ["Anna Meier", "Jan Roth"]),
        ("By Jane Doe and John Roe/AP", ["Jane Doe", "John Roe"]),
        # spaced, the slash was read before as a byline's parts
        ("Von Anna Meier / dpa", ["Anna Meier"]),
    ],
)
def test_the_credited_agency_is_cut(line, names):
    assert split_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # two words after the slash: a second name or a desk, not one agency's word
        ("By Jane Doe/John Roe", []),
        # no name before the slash
        ("By 2030/31", []),
        ("Von Anna Meier", ["Anna Meier"]),
    ],
)
def test_other_slashes_and_brackets(line, names):
    assert split_names(line) == names


def test_an_article_names_the_author_of_an_agency_byline():
    art = clean(page(TITLE, "Von Anna Meier/dpa", *BODY))
    assert art.authors == ("Anna Meier",)
    assert "Anna Meier" not in art.body


def test_a_sentence_with_a_slash_names_nobody():
    # a paragraph's "and/or" or a fraction is not a credit
    art = clean(page(TITLE, *BODY, "Ministers met in Berlin/Brandenburg on Monday, the agency said."))
    assert art.authors == ()
